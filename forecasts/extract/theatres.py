"""Theatres: the country an article places events in ("in Syria", "into Ukraine").

A military act the claim gives no place ("Russian tanks will advance on key targets") happens
where the article says the fighting is, which is neither the actor's own country nor, as a
rule, the publisher's. Drafting uses it for the question's place; the extractor does not (so
it lives outside ``article_countries``, whose code the learned scorer's features depend on).
"""

from __future__ import annotations

import re
from collections import Counter

from forecasts.extract.article import Article
from forecasts.extract.gazetteer import actors_in

# A country named as where things happen: "in Syria", "into Ukraine", "across Ukraine".
_WHERE = re.compile(
    r"\b(?:in|inside|into|across|throughout|within)\s+((?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
)


def theatre_country(article: Article, before: int, exclude: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The CAMEO code of the country the article places events in ("in Syria", "into Ukraine") most
    often in its title and body up to ``before``, leaving out ``exclude`` (an actor's own country:
    Russian tanks advance in Ukraine, not in Russia). None unless one country is so named at least
    twice and more often than any other: a publisher's country counts for nothing here, since
    where an article is written is not where the fighting is."""
    counts: Counter[str] = Counter()
    for m in _WHERE.finditer(f"{article.title or ''}\n{article.body[:before]}"):
        for actor in actors_in(m.group(1)):
            if actor.fips is not None and actor.cameo_type is None and actor.cameo_country:
                if actor.cameo_country not in exclude:
                    counts[actor.cameo_country] += 1
                break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
