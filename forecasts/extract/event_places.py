"""Where events happen: the country a text places fighting in, the country an article places
events in (for a drafted question's place and a rule's country alike), and the states a region
names.

ACLED records an event where it happens and GDELT's ActionGeo likewise, so a proposed rule needs
the place of the events, not the nationality of who acts, where a speaker stands, or the country
that publishes the text. Kept apart from the gazetteer, which the extractor's features read:
changing how drafting finds places never calls for retraining the scorer.
"""

from __future__ import annotations

import re
from collections import Counter

from forecasts.extract.article import Article
from forecasts.extract.gazetteer import Actor, actors_in, country_actor, place_in

# Regions whose states a phrase such as "US allies in the Persian Gulf" picks out (CAMEO codes).
_REGION_STATES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:(?:Persian|Arabian)\s+)?Gulf\b"), ("SAU", "ARE", "KWT", "BHR", "QAT", "OMN")),
    (re.compile(r"\bBaltics?\b"), ("EST", "LVA", "LTU")),
)


def region_states(text: str) -> list[Actor]:
    """The states of a region ``text`` names ("in the Persian Gulf" -> the six Gulf monarchies)."""
    for pattern, codes in _REGION_STATES:
        if pattern.search(text):
            return [country_actor(code) for code in codes]
    return []


# Words of fighting; the country a phrase of place right after them names is where it happens.
_FIGHTING = (
    r"(?:hostilities|fighting|warring|war|battles?|clashes|offensive|airstrikes?|air\s+strikes?|strikes|raids|"
    r"bombing|shelling|ceasefire|cease-fire|truce|military\s+action|military\s+operations?|insurgency|"
    r"bloodshed|violence|conflict|front\s+line|frontline)"
)
# "the cessation of hostilities in Syria", "all parties warring in Syria": the place follows within
# a few words, so "officials in Moscow said the truce ..." does not place the truce in Moscow.
_FIGHTING_IN = re.compile(
    rf"\b{_FIGHTING}(?:\s+[\w'-]+){{0,3}}?\s+((?:in|inside|across|throughout|within)\s+\S.*)", re.IGNORECASE
)
# "the Syrian conflict", "the Libyan civil war": the country named by its demonym before the fighting.
_COUNTRY_BEFORE_FIGHTING = re.compile(
    r"\b([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)\s+(?:civil\s+)?(?:war|conflict|ceasefire|front|battlefield)\b"
)


def fighting_country(text: str, exclude: set[str] | frozenset[str] = frozenset()) -> Actor | None:
    """The country where ``text`` says fighting happens: the most often named place of fighting.

    A phrase of fighting placed in a country ("the cessation of hostilities in Syria", "the Syrian
    conflict") names where the events are; the nationality of those who fight ("Russian strikes"),
    where a speaker is ("officials in Moscow said") and the country that publishes the text do not.
    None when the text places no fighting in a country. ``exclude`` holds CAMEO codes never to
    return (an actor's own country).
    """
    counts: dict[Actor, int] = {}
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        found = [place_in(m.group(1)) for m in _FIGHTING_IN.finditer(sentence)]
        for m in _COUNTRY_BEFORE_FIGHTING.finditer(sentence):
            found.append(next((a for a in actors_in(m.group(1)) if a.fips is not None and a.cameo_type is None), None))
        for place in found:
            if place is not None and place.cameo_country not in exclude:
                counts[place] = counts.get(place, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda actor: counts[actor])  # a tie goes to the first place named


# A country named as where things happen: "in Syria", "into Ukraine", "across Ukraine".
_WHERE = re.compile(
    r"\b(?:in|inside|into|across|throughout|within)\s+((?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
)


def theatre_country(article: Article, before: int, exclude: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The CAMEO code of the country the article places events in, in its title and body up to
    ``before``, leaving out ``exclude`` (an actor's own country: Russian tanks advance in Ukraine,
    not in Russia): the country it places fighting in (``fighting_country``), else the one it
    names as where things happen ("in Syria", "into Ukraine") at least twice and more often than
    any other. A publisher's country counts for nothing here, since where an article is written is
    not where the fighting is."""
    text = f"{article.title or ''}\n{article.body[:before]}"
    fighting = fighting_country(text, exclude)
    if fighting is not None and fighting.cameo_country:
        return fighting.cameo_country
    counts: Counter[str] = Counter()
    for m in _WHERE.finditer(text):
        for actor in actors_in(m.group(1)):
            if actor.fips is not None and actor.cameo_type is None and actor.cameo_country:
                if actor.cameo_country not in exclude:
                    counts[actor.cameo_country] += 1
                break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
