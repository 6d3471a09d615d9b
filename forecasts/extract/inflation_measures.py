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

# An index, a component or another rate the claim already names: the claim's own measure stands.
_NAMED_MEASURE = re.compile(
    r"(?i)\b(?:pce|cpi|cpih|hicp|rpi|ppi|deflator|price\s+index|consumer\s+prices?|producer\s+prices?|goods|services|"
    r"housing|shelter|rents?|wages?|food|energy|fuel|expectations?|import|export|asset|house|home|medical|"
    r"trimmed|median|sticky|wholesale|\d{4})\b"
)
_INFLATION = re.compile(
    r"(?i)^(?:the\s+)?(?P<core>core\s+)?(?:headline\s+|overall\s+|annual\s+)?inflation(?:\s+rate)?\s+in\s+(?P<place>.+)$"
)

# The index each place's central bank targets, its publisher, and what core leaves out.
_MEASURES: dict[str, tuple[str, str]] = {
    "the US": (
        "the price index for personal consumption expenditures (PCE), published by the Bureau of Economic "
        "Analysis: the measure of the Federal Reserve's 2 percent goal",
        "excluding food and energy",
    ),
    "the euro area": (
        "the Harmonised Index of Consumer Prices (HICP), published by Eurostat",
        "excluding energy, food, alcohol and tobacco",
    ),
    "the United Kingdom": (
        "the consumer prices index (CPI), published by the Office for National Statistics",
        "excluding energy, food, alcohol and tobacco",
    ),
    "Russia": ("the consumer price index, published by Rosstat", "as Rosstat's core CPI"),
    "Japan": ("the consumer price index, published by the Statistics Bureau of Japan", "excluding fresh food"),
    "Canada": (
        "the consumer price index, published by Statistics Canada",
        "as the Bank of Canada's preferred core measures",
    ),
}
_PLACES = {
    "the us": "the US",
    "the united states": "the US",
    "the u.s.": "the US",
    "the euro area": "the euro area",
    "the eurozone": "the euro area",
    "the euro zone": "the euro area",
    "the uk": "the United Kingdom",
    "the united kingdom": "the United Kingdom",
    "britain": "the United Kingdom",
    "russia": "Russia",
    "japan": "Japan",
    "canada": "Canada",
}


def inflation_measure(subject: str) -> str | None:
    """The sentence that says which index a bare "inflation in <place>" is read by, or None when the
    subject is no bare inflation rate (it names its index, a component, or no place)."""
    found = _INFLATION.match(subject.strip())
    if found is None or _NAMED_MEASURE.search(subject):
        return None
    place = found.group("place").strip().rstrip(".")
    known = _MEASURES.get(_PLACES.get(place.lower(), ""))
    core = bool(found.group("core"))
    if known is None:
        index, without = (
            f"the consumer price index of {place}, published by its national statistics office",
            "excluding food and energy",
        )
    else:
        index, without = known
    kind = f"core inflation ({without})" if core else "inflation"
    return f"{kind.capitalize()} is read as the twelve-month change in {index}."
