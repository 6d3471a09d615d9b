"""The two countries, both sides: the pair a bilateral meeting's title names.

"The two countries will open their first road bridge", "both sides will increase supplies": in the
record of talks between two states, the pair is the states the title names ("Russian-Kyrgyz talks",
"Meeting with Russian and French business representatives", "U.S.-India 2+2 Ministerial
Dialogue"). A question that keeps "the two countries" says who only to a reader of the article; one
that names them ("Russia and Kyrgyzstan") a stranger can settle. Only a title that names exactly two
states and an encounter between them (talks, a meeting, a visit, a summit, relations, cooperation,
a dialogue, a council, a joint statement) is read: "U.S. Military Operations Against Iran" or a G7
statement "on Russia and Ukraine" names two states, but no pair that meets.
"""

from __future__ import annotations

import re

from forecasts.extract.article import Article
from forecasts.extract.gazetteer import actors_in, country_actor, display_name

# What makes a title the record of an encounter between the two states it names.
_ENCOUNTER = re.compile(
    r"(?i)\b(?:talks|meeting|meets|press\s+statements?|statements?\s+for\s+the\s+press|relations|cooperation|"
    r"council|summit|visit|dialogue|consultations?|bilateral|2\s*\+\s*2|joint\s+statement|partnership)\b"
)
# "the two countries", "both sides", "the two governments": the pair, by what it is called.
_PAIR_NOUN = re.compile(
    r"(?i)\b(?:the\s+two|both(?:\s+the)?)\s+(?P<noun>countries|nations|states|sides|parties|governments|leaders|"
    r"presidents|peoples)\b(?P<possessive>['\u2019])?"
)
_OF_THE_PAIR = frozenset({"governments", "leaders", "presidents", "peoples"})


def title_pair(article: Article) -> tuple[str, str] | None:
    """The two states a bilateral encounter's title names, as a sentence writes them, or None."""
    title = article.title or ""
    if not _ENCOUNTER.search(title):
        return None
    codes: list[str] = []
    for actor in actors_in(title):
        if actor.fips is not None and actor.cameo_country and actor.cameo_country not in codes:
            codes.append(actor.cameo_country)
    if len(codes) != 2:
        return None
    first, second = (display_name(country_actor(code)) for code in codes)
    return first, second


def with_pair_named(text: str, article: Article) -> str:
    """``text`` with "the two countries", "both sides" and the like replaced by the pair the title
    names ("Russia and Kyrgyzstan", "the governments of Russia and Kyrgyzstan"); unchanged when the
    title names no such pair."""
    if _PAIR_NOUN.search(text) is None:
        return text
    pair = title_pair(article)
    if pair is None:
        return text
    both = f"{pair[0]} and {pair[1]}"

    def name(m: re.Match[str]) -> str:
        noun = m.group("noun").lower()
        named = f"the {noun} of {both}" if noun in _OF_THE_PAIR else both
        if m.group(0)[0].isupper():
            named = named[0].upper() + named[1:]
        if not m.group("possessive"):
            return named
        return f"{named}'" if named.endswith("s") else f"{named}'s"

    return _PAIR_NOUN.sub(name, text)


# "our joint university", "our ministries" said at a bilateral meeting: both sides', not the speaker's.
_BOTH_SIDES_OWN = re.compile(
    r"(?i)^(?:joint\s+\w|(?:[\w-]+\s+){0,3}(?:countries|nations|states|peoples|governments|ministries|"
    r"delegations|teams)\b)"
)


def pair_owner(owned: str, article: Article) -> str | None:
    """Whose "our <owned>" is at a bilateral meeting when it is both sides' ("our joint university",
    "our economic development ministries"): the pair the title names ("Russia and India"), or None."""
    if _BOTH_SIDES_OWN.match(owned.strip()) is None:
        return None
    pair = title_pair(article)
    return f"{pair[0]} and {pair[1]}" if pair is not None else None
