"""Imminence: a claim that something is imminent or immediate is a question about the next week.

The extractor keeps the labelling rules' windows, in which "imminent" or "any day now" is a
month ([P, P + 30 days], like "soon") and "will not be immediate" has no time expression at
all. A draft asking whether the event happens within that month, or within the default half
year, asks something else than the claim: "the reprisal will not be immediate" is about the
first days. A draft of such a claim ends ``IMMINENT_DAYS`` after it opens, as "in the coming
days" does, and its criteria say that week is the window, not a time the sentence gives for
something else ("will not be immediate but will come in the next two weeks"). "Immediately after the talks" hangs on another event and is left alone.
"""

from __future__ import annotations

import re

from forecasts.extract.candidates import Candidate

IMMINENT_DAYS = 7

_IMMINENT_WINDOW = re.compile(r"(?i)^(?:imminent(?:ly)?|any\s+(?:day|moment)\s+now)$")
_IMMEDIATE = re.compile(
    r"(?i)\b(?:is|are|be|was|were|become|remain)\s+(?:\w+\s+){0,2}?(?:immediate|imminent)\b"
    r"|\b(?:immediately|imminently)\b(?!\s+(?:after|following|before|upon|on|once|when|if|as)\b)"
)


def is_imminent(candidate: Candidate) -> bool:
    """Whether the claim is about the next few days: its window is "imminent" or "any day now", or,
    with no other window, it says the event is (not) immediate or happens immediately."""
    return imminence_word(candidate) is not None


def imminence_word(candidate: Candidate) -> str | None:
    """The word that makes the claim one about the next few days ("imminent", "immediate",
    "immediately", "any day now"), or None when it is not one (``is_imminent``)."""
    phrase = (candidate.window_phrase or "").strip()
    if phrase:
        return phrase if _IMMINENT_WINDOW.match(phrase) else None
    m = _IMMEDIATE.search(candidate.quote) or _IMMEDIATE.search(candidate.event)
    if m is None:
        return None
    word = re.search(r"(?i)immediate(?:ly)?|imminent(?:ly)?", m.group())
    return word.group() if word else m.group()
