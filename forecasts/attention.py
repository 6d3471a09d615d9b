"""What needs attention: deadlines coming up or passed, recent resolutions, stale and moving odds.

Shared by the dashboard's overview panels and the scheduled check's report. Everything is
computed from scenario states at an as-of instant, so a replayed date shows what was due then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from forecasts.dates import end_instant, start_instant
from forecasts.estimate import Estimate, estimate_probability
from forecasts.state import ScenarioState, all_forecasts

STALE_AFTER_DAYS = 14


def days_left(state: ScenarioState) -> float:
    """Days from the as-of instant to the end of the deadline (negative once it has passed)."""
    return (end_instant(state.scenario.deadline) - state.as_of).total_seconds() / 86400


def due_within(states: list[ScenarioState], days: float) -> list[ScenarioState]:
    """Open scenarios whose deadline falls within ``days`` of the as-of instant, soonest first."""
    due = [s for s in states if s.status == "open" and 0 <= days_left(s) <= days]
    return sorted(due, key=days_left)


def overdue(states: list[ScenarioState]) -> list[ScenarioState]:
    """Open scenarios whose deadline has passed without a resolution, longest overdue first."""
    return sorted((s for s in states if s.status == "open" and days_left(s) < 0), key=days_left)


def recently_resolved(states: list[ScenarioState], days: float) -> list[ScenarioState]:
    """Scenarios resolved or annulled within the last ``days``, latest first."""
    recent = [
        s
        for s in states
        if s.resolution is not None and s.as_of - end_instant(s.resolution.resolved_at) <= timedelta(days=days)
    ]
    return sorted(
        recent, key=lambda s: start_instant(s.resolution.resolved_at) if s.resolution else s.as_of, reverse=True
    )


def stale(states: list[ScenarioState], days: float = STALE_AFTER_DAYS) -> list[ScenarioState]:
    """Open scenarios with no forecast in the last ``days`` (counting from creation if none)."""
    found = []
    for s in states:
        if s.status != "open":
            continue
        last = start_instant(s.forecasts[-1].at) if s.forecasts else start_instant(s.scenario.created)
        if s.as_of - last > timedelta(days=days):
            found.append(s)
    return found


@dataclass(frozen=True)
class Movement:
    """How a scenario's shown probability changed between two instants."""

    state: ScenarioState
    before: Estimate
    after: Estimate
    change: float  # signed change of P(yes); for options, the largest change of any option


def estimate_at(state: ScenarioState, moment: datetime) -> Estimate:
    """The probability that was shown for the scenario at ``moment``."""
    visible = [f for f in all_forecasts(state.scenario) if start_instant(f.at) <= moment]
    return estimate_probability(state.scenario, visible, moment)


def _change(before: Estimate, after: Estimate) -> float:
    if before.options is not None and after.options is not None:
        deltas = [after.options[k] - before.options.get(k, 0.0) for k in after.options]
        return max(deltas, key=abs) if deltas else 0.0
    if before.probability is None or after.probability is None:
        return 0.0
    return after.probability - before.probability


def movement(state: ScenarioState, days: float) -> Movement:
    """The change in the shown probability over the ``days`` before the as-of instant.

    A scenario created within those days is measured from its creation (the sources' prior,
    if any): asked three days ago and moved since, it has moved within the window.
    """
    start = max(state.as_of - timedelta(days=days), start_instant(state.scenario.created))
    before = estimate_at(state, start)
    return Movement(state=state, before=before, after=state.estimate, change=_change(before, state.estimate))


def movements(states: Iterable[ScenarioState], days: float) -> dict[str, Movement]:
    """Every scenario's ``movement`` over ``days``, by id: computed once, read by the table and the panels."""
    return {s.id: movement(s, days) for s in states}


def largest_moves(moves: Iterable[Movement], count: int = 5, threshold: float = 0.0) -> list[Movement]:
    """The moves of open scenarios larger than ``threshold``, largest first, at most ``count``."""
    kept = [m for m in moves if m.state.status == "open" and abs(m.change) > threshold]
    return sorted(kept, key=lambda m: -abs(m.change))[:count]


def biggest_movers(states: list[ScenarioState], days: float, count: int = 5, threshold: float = 0.0) -> list[Movement]:
    """Open scenarios whose probability moved most over the last ``days`` (at least ``threshold``)."""
    return largest_moves((movement(s, days) for s in states if s.status == "open"), count, threshold)
