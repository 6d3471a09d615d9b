"""What a speaker says "we" will do today: the programme of the meeting the article records.

"Today, we will sign a large package of bilateral documents", "Today we will take stock of the
second stage", "concrete outcomes that we'll discuss later today", "Our ministries will sign a
memorandum of understanding today": in a transcript or a readout,
the speaker announces what the meeting itself will do. By the time anyone reads the article the
act is done (or the article says it was), so it is no forecast to draft. Readers rewrote 9 of the
10 such drafts they saw. A third party's act today ("the central bank will announce its decision
today") is still drafted: the article was written before it.
"""

from __future__ import annotations

import re

from forecasts.extract.candidates import Candidate
from forecasts.extract.first_person import FIRST_PERSON_WILL

_TODAY = re.compile(r"(?i)^(?:later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$")
# "Our economic development ministries will sign a memorandum today": the speaker's side, at the meeting.
_WE_WILL = re.compile(rf"(?i){FIRST_PERSON_WILL}|\bour\s+(?:[\w'\u2019-]+\s+){{1,4}}?(?:will|shall)\b")


def find_meeting_programme(candidate: Candidate) -> str | None:
    """Why the claim is the day's own programme rather than a forecast, or None."""
    phrase = (candidate.window_phrase or "").strip()
    found = _WE_WILL.search(candidate.quote) if _TODAY.match(phrase) else None
    if found is None:
        return None
    words = found.group(0) if found.group(0).lower().startswith("our") else "we will"
    return f"not a forecast: {phrase!r} with {words!r} is the programme of the meeting the article records"
