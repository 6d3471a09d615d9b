"""Conditional claims whose trigger is no event: "if nature can no longer support our needs, much of
civilisation will break down" is listed, not drafted.

A conditional forecast is drafted as two scenarios, the condition and the forecast that hangs on
it (``drafts``). That serves a warning whose trigger a report can settle: "if the Senate ratifies
the treaty, Russia will mount a campaign", "if Americans strike mainland Iran, Iran will target
US allies". Most conditionals in speeches and reports are of another sort: an argument's premise
("if the trend of the past 11 months continues", "if things go well"), a hypothetical ("if both
of those things become law, the top rate will be 54.9 percent") or a warning's vague trigger ("if
Russia chooses to continue reckless and aggressive actions"). Readers of held-out drafts published
2 of 46 conditional drafts and their conditions (bench/draft_verdicts.yaml); the two were those
whose condition was an act of a known kind (a visit, a ratification).

So a conditional claim is drafted only when its condition reads as an event of a known kind
(``propositions.EVENT_KINDS`` other than "other": an act of force or pressure, a statement, a
vote, an election, a figure, a visit or other scheduled step) or as an act an institution records
itself (``settled_by_its_record``). Otherwise it is listed with the reason: a person who finds a
forecast in it words the trigger.
"""

from __future__ import annotations

from forecasts.extract.candidates import Candidate
from forecasts.extract.observability import unobservable_reason
from forecasts.extract.propositions import Proposition, of_no_known_kind

# What a person does with a conditional claim the drafting lists.
ASK_FOR_A_TRIGGER = "word the condition as an event a report could settle (--draft-all drafts it as it stands)"


def find_unsettled_trigger(candidate: Candidate, p: Proposition) -> str | None:
    """Why the conditional claim is listed rather than drafted, when its condition is no event of
    a known kind, or None (also for a claim with no condition)."""
    condition = (candidate.conditional_on or "").strip()
    if not condition:
        return None
    if p.condition is None or not p.condition.parsed:
        return None  # unread: the forecast is drafted alone, with a note that a person words the condition
    if not of_no_known_kind(p.condition):
        return None
    if unobservable_reason(p.condition) is not None:
        return None  # a premise ("if current trends continue"): the forecast is drafted alone (``drafts``)
    return (
        f"a condition that is no event of a known kind: {condition!r} is a premise or a hypothetical, "
        "no visit, vote, election, statement, figure or act of force; " + ASK_FOR_A_TRIGGER
    )
