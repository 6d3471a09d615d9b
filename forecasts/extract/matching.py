"""Fast pattern matching over a whole article: run a regex only near its keywords.

Python's ``re`` tries a pattern that opens with alternatives ("is|are|'s ... likely to") at
every position of the text; over a 10 kB article and some thirty patterns that dominates the
run time. Every marker and window pattern has a few literal keywords it cannot match without
("likely", "verge", a month name), found with ``str.find`` at C speed; the pattern is then tried
only in a small window around each keyword occurrence. Patterns run on lower-cased text without
``re.IGNORECASE``, which is itself about twice as fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping characters whose lower case is longer ('İ') so offsets hold."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def keyword_positions(text: str, keywords: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of any keyword."""
    positions: set[int] = set()
    for keyword in keywords:
        start = text.find(keyword)
        while start >= 0:
            positions.add(start)
            start = text.find(keyword, start + 1)
    return sorted(positions)


def anchored_matches(
    pattern: re.Pattern[str], text: str, keywords: Iterable[str], before: int = 80, after: int = 200
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that contain a keyword occurrence, each reported once, in order.

    ``before``/``after`` bound how far a match may reach before and after its keyword; a match
    longer than that is not found, so they must exceed the pattern's longest reach.
    """
    seen: set[tuple[int, int]] = set()
    reach_end = -1
    for position in keyword_positions(text, keywords):
        if position < reach_end:
            continue  # inside a match already reported
        for m in pattern.finditer(text, max(0, position - before), min(len(text), position + after)):
            if m.start() > position:
                break
            if m.end() <= position or (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            reach_end = max(reach_end, m.end())
            yield m
            break


class SpanSet:
    """Non-overlapping spans, with a fast overlap test (bisect, not a scan of every span)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a span already in the set."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add a span (the caller has checked it overlaps nothing)."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
