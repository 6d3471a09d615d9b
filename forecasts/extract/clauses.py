"""Clauses: the part of a sentence that one forecast occupies.

One sentence can hold several forecasts ("will probably not be immediate but will come in the
next two weeks"), so a marker's clause runs from the nearest clause break before it to the
nearest after it. Breaks are semicolons, dashes, colons, "but", concessive "though/although/
while/whereas/yet", ", and" before a new finite clause, and the edges of a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forecasts.extract.sentences import CLAUSE_DASH

_BREAK = re.compile(
    rf";|\s\u2014\s?|{CLAUSE_DASH}|"
    r":\s|,\s+but\s+|\s+but\s+|,\s+(?:though|although|while|whereas|yet)\s+|\s+though\s+|\s+although\s+"
)
_AND_CLAUSE = re.compile(r",\s+and\s+")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|may|might|has|have|had|can|should|must|won't|expects?|says?|said|indicated|announced)\b",
    re.IGNORECASE,
)
_MODAL_AHEAD = re.compile(r"\b(?:going\s+to|likely\s+to|expected\s+to)\b|'s\s|'re\s|'ll\s", re.IGNORECASE)
_LEADING_JUNK = re.compile(
    r"(?:[\s,\"'(]|\.{1,3}|\b(?:and|but|so|yet|though|although|while|whereas|however|meanwhile|moreover|furthermore|also|then|indeed|still|instead|nevertheless|nonetheless|thus|therefore|in\s+turn|on\s+the\s+contrary|in\s+fact|of\s+course|after\s+all)\b,?)+",
    re.IGNORECASE,
)


# Asides after the forecast that are not part of it: "..., as it did in September's strikes".
_ASIDE = re.compile(
    r",\s+(?:because|since|as\s+(?:it|they|he|she|we|was|were|is|are)\s+(?:did|has|have|had|does|do|was|were|is|are|already)\b|as\s+(?:announced|reported|stated)\s+by|although|even\s+though|whereas|(?:after|when)\s+(?:it|they|he|she|we|the|its|their|his|her)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    """Offsets of a clause in the body."""

    start: int
    end: int


def clause_breaks(scan: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause breaks between ``start`` and ``end`` as (break start, break end) offsets."""
    segment = scan[start:end]
    breaks = [(start + m.start(), start + m.end()) for m in _BREAK.finditer(segment)]
    for m in _AND_CLAUSE.finditer(segment):
        # ", and Western media has indicated that ..." joins two clauses, each with its own verb;
        # "Iran, China, and other countries" and "Russia, China, and Iran will" do not.
        before = segment[: m.start()]
        last_break = max((b_end - start for b_start, b_end in breaks if b_end - start <= m.start()), default=0)
        right = segment[m.end() : m.end() + 80]
        if _FINITE.search(before[last_break:]) and (_FINITE.search(right) or _MODAL_AHEAD.search(right)):
            breaks.append((start + m.start(), start + m.end()))
    breaks.sort()
    return breaks


def clause_around(scan: str, start: int, end: int, position: int, marker_end: int) -> Clause:
    """The clause between ``start`` and ``end`` that contains the marker at ``position``."""
    left, right = start, end
    for b_start, b_end in clause_breaks(scan, start, end):
        if b_end <= position:
            left = b_end
        elif b_start >= marker_end:
            right = b_start
            break
    return Clause(left, right)


def trim_clause(scan: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without leading conjunctions and quote marks, or trailing commas and spaces."""
    m = _LEADING_JUNK.match(scan, start, end)
    if m:
        start = m.end()
    while end > start and scan[end - 1] in " ,;:\"'\u2014(":
        end -= 1
    # A closing quotation mark may follow the final full stop.
    return start, end


def aside_start(scan: str, start: int, end: int) -> int | None:
    """Where a trailing aside (", because ...", ", as it did ...") begins, if there is one."""
    m = _ASIDE.search(scan, start, end)
    return m.start() if m else None
