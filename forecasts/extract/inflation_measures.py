"""Which index measures "inflation" where: the measure a bare "inflation in the US" is read by.

A speaker says "inflation will fall"; a stranger resolving the question needs a figure. Readers
sent back drafts whose criteria named "the national statistics office" but no index: headline or
core, consumer prices or the personal consumption deflator, twelve months or a quarter at an
annual rate. Where the claim names its index ("core PCE inflation", "the CPI", "HICP") the claim
stands as written; where it names only "inflation" and the place, this module gives the measure
that place's central bank targets (in the US the PCE price index of the Fed's 2 percent goal, in
the euro area the HICP), as a twelve-month change, core when the claim says core.
"""

from __future__ import annotations

import re

from forecasts.extract.gazetteer import actors_in

# An index, a component or another rate the claim already names: the claim's own measure stands.
_NAMED_MEASURE = re.compile(
    r"(?i)\b(?:pce|cpi|cpih|hicp|rpi|ppi|deflator|price\s+index|consumer\s+prices?|producer\s+prices?|goods|services|"
    r"housing|shelter|rents?|wages?|food|energy|fuel|expectations?|import|export|asset|house|home|medical|"
    r"trimmed|median|sticky|wholesale|\d{4})\b"
)
# The euro area has no country code of its own; its key stands beside the countries' codes.
_EURO_AREA = "euro area"
_EURO_AREA_NAME = re.compile(r"(?i)(?:the\s+)?euro\s*(?:area|zone)")
_INFLATION = re.compile(
    r"(?i)^(?:the\s+)?(?P<core>core\s+)?(?:headline\s+|overall\s+|annual\s+)?inflation(?:\s+rate)?\s+in\s+(?P<place>.+)$"
)

# The index each place's central bank targets, its publisher, and what core leaves out, by the
# place's CAMEO country code (the gazetteer reads "the US", "the U.S.", "Britain" alike).
_MEASURES: dict[str, tuple[str, str]] = {
    "USA": (
        "the price index for personal consumption expenditures (PCE), published by the Bureau of Economic "
        "Analysis: the measure of the Federal Reserve's 2 percent goal",
        "excluding food and energy",
    ),
    _EURO_AREA: (
        "the Harmonised Index of Consumer Prices (HICP), published by Eurostat",
        "excluding energy, food, alcohol and tobacco",
    ),
    "GBR": (
        "the consumer prices index (CPI), published by the Office for National Statistics",
        "excluding energy, food, alcohol and tobacco",
    ),
    "RUS": ("the consumer price index, published by Rosstat", "as Rosstat's core CPI"),
    "JPN": ("the consumer price index, published by the Statistics Bureau of Japan", "excluding fresh food"),
    "CAN": (
        "the consumer price index, published by Statistics Canada",
        "as the Bank of Canada's preferred core measures",
    ),
}


def _place_code(place: str) -> str | None:
    """The euro area, or the CAMEO code of the one country ``place`` names; None for anything else."""
    if _EURO_AREA_NAME.fullmatch(place):
        return _EURO_AREA
    countries = {a.cameo_country for a in actors_in(place) if a.cameo_country}
    return countries.pop() if len(countries) == 1 else None


def inflation_measure(subject: str) -> str | None:
    """The sentence that says which index a bare "inflation in <place>" is read by, or None when the
    subject is no bare inflation rate (it names its index, a component, or no place)."""
    found = _INFLATION.match(subject.strip())
    if found is None or _NAMED_MEASURE.search(subject):
        return None
    place = re.sub(r"(?<![A-Z])\.$", "", found.group("place").strip())  # the full stop of "U.S." stays
    code = _place_code(place)
    known = _MEASURES.get(code) if code is not None else None
    core = bool(found.group("core"))
    if known is None:
        index, without = (
            f"the consumer price index of {place}, published by its national statistics office",
            "excluding food and energy",
        )
    else:
        index, without = known
    kind = f"core inflation ({without})" if core else "inflation"
    return f"{kind[0].upper()}{kind[1:]} is read as the twelve-month change in {index}."
