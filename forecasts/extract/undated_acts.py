"""Undated acts of no known kind: a claim with no time in the article whose act is none of the
kinds the drafting knows is listed, not drafted.

The kinds of event (``propositions.EVENT_KINDS``) are the ones a question can be asked about
with criteria of their own: an act of force or pressure, a statement, a vote, an election, a
price or figure, a visit, meeting or other scheduled step. What is left ("other": "Nord Stream
and South Stream will increase the reliability of supplies", "the position will be held for
three years", "Russia will carry 29 million tons") is asked about only with the generic criteria.
When the article also gives it no time, the draft's deadline is the drafting's default half
year, not the speaker's, and readers of held-out drafts found such drafts publishable about one
time in eight (5 of 40 rows of ``bench/draft_verdicts.yaml`` the gate passed, against 98 of 253
for the rest): mostly a description, a rule or a hope read as a forecast, whose wording and
window a forecaster would write anew.

Left alone: an act an institution records itself (a bill introduced, a central bank's operation,
a fund running out, a case decided: ``propositions.settled_by_its_record``), whose record dates
it; a claim a person gave a deadline, or one that says it is imminent (both have a window); a
conditional claim (its condition is drafted as a scenario of its own); and a categorical one (it
names its alternatives).
"""

from __future__ import annotations

from forecasts.extract.pledges import ASK_FOR_A_DEADLINE
from forecasts.extract.propositions import Proposition, of_no_known_kind


def find_undated_act(p: Proposition, undated: bool) -> str | None:
    """Why the claim is listed rather than drafted, when its act is of no known kind and the
    article gives it no time, or None. ``undated``: the deadline is the default one
    (``drafts.window_of``: no window found, none set by a person, not imminent)."""
    # A bill introduced, a fund run out, a case decided: the institution's record dates it
    # (``of_no_known_kind`` leaves it out).
    if not undated or p.condition is not None or not of_no_known_kind(p):
        return None
    return (
        f"an undated act of no known kind: the article gives no time for {p.verb!r}"
        f" ({p.phrase!r}), and it is no visit, meeting, vote, election, statement, figure or act of force; "
        + ASK_FOR_A_DEADLINE
    )
