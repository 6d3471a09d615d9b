"""The check's flags for people about open scenarios: deadlines due or overdue, stale forecasts,
probabilities that moved since the last check.

Input: the scenarios as of the run, the planner (what is still open, conditions, deadlines),
the probabilities the last check saw and the thresholds of the options. Output: the flags (added
to the run's ``Flags``) and the probabilities shown now, for the next check to compare with.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from forecasts.dates import end_instant, start_instant
from forecasts.resolve.check_options import CheckOptions
from forecasts.resolve.findings import Flags
from forecasts.resolve.planning import CheckScenarios, Planner
from forecasts.state import all_forecasts

Shown = float | dict[str, float]


def flag_people(
    scenarios: CheckScenarios,
    planner: Planner,
    flags: Flags,
    before: dict[str, Any],
    options: CheckOptions,
) -> dict[str, Shown]:
    """Flag what needs a person among the scenarios still open; the shown probabilities, by id.

    ``before`` holds the probabilities the last check saw (the state's, as read from JSON).
    """
    now = scenarios.now
    probabilities: dict[str, Shown] = {}
    for sid, f in scenarios.by_id.items():
        scenario = f.scenario
        if not planner.is_open(sid):
            continue
        state = scenarios.states[sid]
        if state.status != "open":
            continue
        if planner.deadline_passed(scenario):
            if not flags.of(sid):
                late = (now - end_instant(scenario.deadline)).days
                why = (
                    f"condition {scenario.conditional_on.scenario} is unresolved"
                    if planner.condition_state(scenario) == "waiting" and scenario.conditional_on
                    else "no machine rule"
                    if scenario.resolution.rule is None
                    else "its rule did not settle it"
                )
                when = "today" if late == 0 else f"{late} day{'s' if late != 1 else ''} ago"
                flags.add(
                    planner.due_kind(scenario),
                    f"deadline {scenario.deadline.isoformat()} passed {when}; {why}: resolve it with `forecasts resolve`",
                    sid,
                )
            continue
        forecasts = [x for x in all_forecasts(scenario) if start_instant(x.at) <= now]
        last = start_instant(forecasts[-1].at) if forecasts else start_instant(scenario.created)
        idle = now - last
        if idle > timedelta(days=options.stale_days):
            since = (
                f"since {last.date().isoformat()}" if forecasts else f"since it was created ({last.date().isoformat()})"
            )
            flags.add("stale", f"no forecast {since}, {idle.days} days; deadline {scenario.deadline.isoformat()}", sid)
        value = _shown(state.estimate.options if state.estimate.options is not None else state.estimate.probability)
        if value is None:
            continue
        probabilities[sid] = value
        earlier = before.get(sid)
        moved = _largest_move(earlier, value)
        if moved is not None and moved > options.moved_threshold:
            flags.add(
                "moved",
                f"probability moved {_format_value(earlier)} → {_format_value(value)} since the last check",
                sid,
            )
    return probabilities


def _shown(value: float | dict[str, float] | None) -> Shown | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return {k: round(v, 4) for k, v in sorted(value.items())}
    return round(value, 4)


def _largest_move(before: Any, after: Shown) -> float | None:
    if before is None:
        return None
    if isinstance(after, dict):
        if not isinstance(before, dict):
            return None
        return max(abs(after[k] - float(before.get(k, 0.0))) for k in after)
    if isinstance(before, dict):
        return None
    return abs(after - float(before))


def _format_value(value: Any) -> str:
    if isinstance(value, dict):
        return " · ".join(f"{k} {v:.0%}" for k, v in value.items())
    return f"{float(value):.0%}"
