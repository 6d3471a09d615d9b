"""Where events happen: the country a text places fighting in, and the states a region names.

ACLED records an event where it happens and GDELT's ActionGeo likewise, so a proposed rule needs
the place of the events, not the nationality of who acts, where a speaker stands, or the country
that publishes the text. Kept apart from the gazetteer, which the extractor's features read:
changing how drafting finds places never calls for retraining the scorer.
"""

from __future__ import annotations

import re

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


def fighting_country(text: str) -> Actor | None:
    """The country where ``text`` says fighting happens: the most often named place of fighting.

    A phrase of fighting placed in a country ("the cessation of hostilities in Syria", "the Syrian
    conflict") names where the events are; the nationality of those who fight ("Russian strikes"),
    where a speaker is ("officials in Moscow said") and the country that publishes the text do not.
    None when the text places no fighting in a country.
    """
    counts: dict[Actor, int] = {}
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        found = [place_in(m.group(1)) for m in _FIGHTING_IN.finditer(sentence)]
        for m in _COUNTRY_BEFORE_FIGHTING.finditer(sentence):
            found.append(next((a for a in actors_in(m.group(1)) if a.fips is not None and a.cameo_type is None), None))
        for place in found:
            if place is not None:
                counts[place] = counts.get(place, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda actor: counts[actor])  # a tie goes to the first place named
