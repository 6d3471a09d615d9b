"""Conditions: "if X, Y will happen" forecasts Y on condition X.

The condition is the "if"/"unless"/"once"/"in the event that" clause next to the forecast,
copied from the text with its conjunction ("If and when Americans respond ..."), or a subject
that is itself hypothetical ("Tehran's possible decision to abandon the JCPOA ... could prompt
...": the possible decision is the condition). "Even if" concedes rather than conditions, and
"if ... had ..." is a counterfactual, which the caller rejects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONDITION = re.compile(
    r"(?<!even\s)(?<!as\s)(?<!only\s)(?<!\bat\s)\b(?:if\s+and\s+when|if|unless|once(?!\s+(?:again|more|and\s+for\s+all|in\s+a\s+while))|in\s+the\s+event\s+(?:that|of)|provided\s+(?:that\s+)?|as\s+long\s+as|only\s+if)\b",
    re.IGNORECASE,
)
# "without it, Ukraine would run short": a condition only before the clause it conditions.
_WITHOUT = re.compile(
    r"(?:^|[,;]\s*|\band\s+|\bbut\s+)(?P<c>without\s+(?:it|them|this|that|[\w'-]+(?:\s+[\w'-]+){0,5}?)),?\s+(?=[\w'-]+(?:\s+[\w'-]+){0,5}?\s+(?:would|could|will|might|may)\b)",
    re.IGNORECASE,
)
_INDIRECT = re.compile(
    r"\b(?:ask|asked|asks|asking|wonder|wondered|know|knows|see|unclear|uncertain|doubt)\s*$", re.IGNORECASE
)
_COUNTERFACTUAL = re.compile(r"\bif\b[^,.;]{0,80}?\bhad\b(?!\s+to\b)", re.IGNORECASE)
_CONDITION_END = re.compile(r",|\s+then\s+|\s+that\s+", re.IGNORECASE)
_HYPOTHETICAL_SUBJECT = re.compile(r"\b(?:possible|potential|eventual|any\s+future|a\s+future)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Condition:
    """The text of a condition and its offsets in the body."""

    text: str
    start: int
    end: int


def is_counterfactual(scan: str, start: int, end: int) -> bool:
    """True for "if X had happened, Y could have ..." in the span."""
    return _COUNTERFACTUAL.search(scan, start, end) is not None


def find_condition(
    body: str,
    scan: str,
    sentence_start: int,
    marker_start: int,
    marker_end: int,
    clause_end: int,
    subject: tuple[int, int],
) -> Condition | None:
    """The condition of the forecast whose marker is at ``marker_start``, or None."""
    before = None
    for m in _CONDITION.finditer(scan, sentence_start, marker_start):
        if _INDIRECT.search(scan, max(sentence_start, m.start() - 20), m.start()):
            continue
        before = m
    if before is not None:
        end_match = _CONDITION_END.search(scan, before.end(), marker_start)
        end = end_match.start() if end_match else None
        if end is not None and end > before.end() + 2:
            return Condition(body[before.start() : end], before.start(), end)
    if before is None:
        without = None
        for w in _WITHOUT.finditer(scan, sentence_start, marker_end):
            without = w
        if without is not None and without.end("c") <= marker_start:
            return Condition(body[without.start("c") : without.end("c")], without.start("c"), without.end("c"))
    after = _CONDITION.search(scan, marker_end, clause_end)
    if after is not None and not _INDIRECT.search(scan, max(marker_end, after.start() - 20), after.start()):
        end_match = re.search(r"[,;.]", scan[after.end() : clause_end])
        end = after.end() + end_match.start() if end_match else clause_end
        text = body[after.start() : end].rstrip(" ,\"'\u201d")
        if len(text.split()) >= 3:
            return Condition(text, after.start(), after.start() + len(text))
    s_start, s_end = subject
    subject_text = body[s_start:s_end]
    if _HYPOTHETICAL_SUBJECT.search(subject_text) and len(subject_text.split()) >= 4:
        stripped = subject_text.strip(" ,\"'")
        lead = subject_text.find(stripped)
        return Condition(stripped, s_start + lead, s_start + lead + len(stripped))
    return None
