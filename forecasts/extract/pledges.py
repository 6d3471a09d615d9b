"""Undated pledges: the speaker's own "we will ..." with no time in the article is listed, not drafted.

A speaker who says what they themselves will do or aim to do ("We will put in place reforms", "we
are going to take advantage of all the freedoms Brexit can give", "we aim to reach $100 billion
trade volume") states an aim or a programme. With a time ("by 2024", "next week", "in less than 48 hours") it is a
forecast a stranger can settle; without one, the draft's deadline would be the drafting's own
default horizon, not the speaker's, and the question would ask something the speaker never said.
Readers of held-out drafts found such drafts publishable about one time in ten, against four in
ten for the rest (bench/drafting_holdout).

Kinds of event that carry their own date are left alone (a visit, a meeting or another scheduled
step, a vote or an election), and so are acts of force or pressure, which a speaker announces as a
warning with no time ("we will retaliate", "we will impose sanctions"). So is a claim a person
gave a deadline (the Extract page's correction), or one that says it is imminent.
"""

from __future__ import annotations

import re

from forecasts.extract.candidates import Candidate
from forecasts.extract.first_person import FIRST_PERSON_WILL
from forecasts.extract.propositions import FORCE_KINDS, Proposition

# Kinds of event whose own date a stranger can find, and acts of force or pressure.
KEPT_KINDS = frozenset({"scheduled", "election", "vote"}) | FORCE_KINDS

_SPEAKER_WILL = re.compile(rf"(?i){FIRST_PERSON_WILL}")
# What a person does with an undated claim the drafting lists (also ``undated_acts``).
ASK_FOR_A_DEADLINE = "give it a deadline (--draft-all drafts it with the default half year)"


def speaker_will(quote: str) -> str | None:
    """The words by which the speaker says what they will do or aim to do themselves ("we will",
    "I'll", "we are going to", "we aim to"), or None."""
    found = _SPEAKER_WILL.search(quote)
    return re.sub(r"\s+", " ", found.group(0)) if found else None


def find_undated_pledge(candidate: Candidate, p: Proposition, undated: bool) -> str | None:
    """Why the claim is listed rather than drafted, when it is the speaker's own undated pledge, or
    None. ``undated``: the article gives the claim no time, so its deadline is the default one
    (``drafts.window_of``: no window found, none set by a person, not imminent)."""
    if not undated or p.event_kind in KEPT_KINDS or p.condition is not None:
        return None
    words = speaker_will(candidate.quote)
    if words is None:
        return None
    return (
        f"an undated pledge: {words!r} says what the speaker will do, and the article gives no time; "
        + ASK_FOR_A_DEADLINE
    )
