"""Recording forecasts, evidence and resolutions: the one path the CLI and the dashboard share.

Each function validates what a person typed and appends one entry to the file's history
(``forecasts.store.append_history_entry``). The checks that depend on what the file holds (the
date lies within the scenario's life and not in the future, the scenario is still open at that
moment) run on the file as re-read under the folder's lock, so a writer that got there first is
always seen.
Problems raise ``RecordError`` naming the field, so a form can show the message next to it;
problems with the file itself raise ``forecasts.problems.ScenarioError``. Nothing is written
unless everything is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from forecasts.dates import When, end_instant, format_when, now_utc, start_instant
from forecasts.probability import ProbabilityError, parse_probability
from forecasts.problems import display_path
from forecasts.provenance import Origin
from forecasts.scenario import ANNULLED, EvidenceEntry, ForecastEntry, Recorded, ResolutionEntry, Scenario
from forecasts.spelling import did_you_mean
from forecasts.state import resolution_at, scenario_state
from forecasts.store import ScenarioFile, append_history_entry


class RecordError(ValueError):
    """Input that cannot be recorded; ``field`` names the input it is about (or None).

    ``path`` is the scenario file it was to be recorded in, when the message needs the file
    (a date outside the scenario's life); ``message`` is the text alone, for a form field.
    """

    def __init__(self, message: str, field: str | None = None, path: Path | None = None) -> None:
        where = "".join(f"{part}: " for part in (display_path(path) if path else None, field) if part)
        super().__init__(where + message)
        self.message = message
        self.field = field
        self.path = path


def _require_name(by: str) -> str:
    if not by or not by.strip():
        raise RecordError("say who is recording this (a name)", "by")
    return by.strip()


def parse_forecast_value(scenario: Scenario, text: str) -> float | dict[str, float]:
    """One probability for a binary scenario; ``option=p,...`` covering every option otherwise."""
    if scenario.kind != "categorical":
        try:
            return parse_probability(text)
        except ProbabilityError as exc:
            raise RecordError(str(exc), "probability") from None
    parts: dict[str, float] = {}
    for chunk in text.split(","):
        if "=" not in chunk:
            example = "=0.5,".join(scenario.option_ids()[:2]) + "=0.5"
            raise RecordError(f"probability {text!r}: write one probability per option, e.g. {example}")
        option, value = (c.strip() for c in chunk.split("=", 1))
        try:
            parts[option] = parse_probability(value)
        except ProbabilityError as exc:
            raise RecordError(f"probability for {option!r}: {exc}") from None
    return parts


def _is_plain_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _check_open_at(found: ScenarioFile, at: datetime, action: str) -> None:
    state = scenario_state(found, at)
    if state.status in ("resolved", "annulled") and state.resolution is not None:
        raise RecordError(
            f"{found.scenario.id}: cannot record {action}: resolved as {state.resolution.outcome!r} "
            f"on {state.resolution.resolved_at.isoformat()}"
        )


def check_recorded_date(found: ScenarioFile, value: When, field: str, now: datetime, *, by_deadline: bool) -> None:
    """Refuse a date after ``now``, before the scenario was created, or (``by_deadline``) after its deadline.

    A date counts as the whole day: a forecast dated the day the scenario was created, or the day
    of its deadline, is in range. The message names the file, the value and the range allowed.
    """
    scenario = found.scenario
    deadline_passed = by_deadline and end_instant(scenario.deadline) < now
    last = f"{format_when(scenario.deadline)} (its deadline)" if deadline_passed else f"now ({format_when(now)})"
    allowed = f"use a date from {format_when(scenario.created)} (when the scenario was created) to {last}"
    if start_instant(value) > now:
        reason = "is in the future"
    elif by_deadline and start_instant(value) > end_instant(scenario.deadline):
        reason = f"is after the scenario's deadline ({format_when(scenario.deadline)})"
    elif end_instant(value) < start_instant(scenario.created):
        reason = f"is before the scenario was created ({format_when(scenario.created)})"
    else:
        return
    raise RecordError(f"{format_when(value)!r} {reason}; {allowed}", field, path=found.path)


def _check_dated_while_open(found: ScenarioFile, moment: When, now: datetime, action: str) -> None:
    """The checks a forecast and evidence share: open at ``moment`` (or now, if earlier), dated in the scenario's life."""
    _check_open_at(found, min(start_instant(moment), now), action)
    check_recorded_date(found, moment, "at", now, by_deadline=True)


def _recorded(origin: Origin | None, now: datetime) -> Recorded | None:
    return origin.stamp(now) if origin is not None else None


def _entry_error(exc: ValidationError) -> RecordError:
    err = exc.errors(include_url=False)[0]
    field = ".".join(str(p) for p in err["loc"]) or None
    message = (err.get("ctx") or {}).get("message") or err["msg"]
    return RecordError(str(message), field)


def _append[E: (ForecastEntry, EvidenceEntry, ResolutionEntry)](
    found: ScenarioFile, build: Callable[[ScenarioFile, datetime], E]
) -> E:
    """Append the entry ``build`` makes from the file as re-read under its folder's lock.

    ``build`` gets that fresh read and the current time, so its checks (dates, still open) see
    every entry another writer appended first; schema errors become RecordError.
    """

    def build_now(current: ScenarioFile) -> E:
        try:
            return build(current, now_utc())
        except ValidationError as exc:
            raise _entry_error(exc) from None

    entry, _ = append_history_entry(found.path, build_now)
    return entry


def record_forecast(
    found: ScenarioFile,
    probability: str,
    by: str,
    note: str | None = None,
    at: When | None = None,
    origin: Origin | None = None,
) -> ForecastEntry:
    """Append a forecast (P as 0.7, 70%, 3:1, "1 in 4", a hedge word, or option=p,...).

    ``at`` (default now) must fall between the scenario's creation and its deadline, not in the
    future, and the scenario must still be open then. ``origin`` says who writes it and from
    where; it is kept with the entry as ``recorded:``, stamped with the moment of writing.
    """
    value = parse_forecast_value(found.scenario, probability)
    stated = None if _is_plain_number(probability) else probability.strip()
    name = _require_name(by)

    def build(current: ScenarioFile, now: datetime) -> ForecastEntry:
        moment = now if at is None else at
        # The entry first: what is wrong with the input itself is said before when it may be recorded.
        entry = ForecastEntry(
            type="forecast",
            at=moment,
            by=name,
            probability=value,
            stated=stated,
            note=note or None,
            recorded=_recorded(origin, now),
        )
        _check_dated_while_open(current, moment, now, "a forecast")
        return entry

    return _append(found, build)


def record_evidence(
    found: ScenarioFile,
    by: str,
    note: str,
    url: str | None = None,
    likelihood_ratio: float | None = None,
    direction: str | None = None,
    strength: str | None = None,
    option: str | None = None,
    at: When | None = None,
    origin: Origin | None = None,
) -> EvidenceEntry:
    """Append evidence: a likelihood ratio, or a direction (up/down) and a strength.

    ``at`` (default now) is checked as for a forecast; ``origin`` is kept as for a forecast.
    """
    name = _require_name(by)

    def build(current: ScenarioFile, now: datetime) -> EvidenceEntry:
        moment = now if at is None else at
        entry = EvidenceEntry(
            type="evidence",
            at=moment,
            by=name,
            note=note,
            url=url or None,
            likelihood_ratio=likelihood_ratio,
            direction=direction,
            strength=strength,
            option=option or None,
            recorded=_recorded(origin, now),
        )
        _check_dated_while_open(current, moment, now, "evidence")
        return entry

    return _append(found, build)


# Every resolution in a file counts for "already resolved", even one settled later today.
_END_OF_TIME = datetime.max.replace(tzinfo=UTC)


def record_resolution(
    found: ScenarioFile,
    outcome: str,
    by: str,
    source: str,
    note: str | None = None,
    resolved_at: When | None = None,
    at: When | None = None,
    correct: bool = False,
    origin: Origin | None = None,
) -> ResolutionEntry:
    """Append a resolution; refuses to replace an earlier one unless ``correct`` is set.

    ``at`` and ``resolved_at`` must not be in the future or before the scenario was created (a
    resolution may come after the deadline). Whether it is already resolved is decided on the
    file as re-read under the lock, so of two resolutions started together only one lands.
    ``origin`` is kept as for a forecast.
    """
    scenario = found.scenario
    valid = scenario.outcomes() + [ANNULLED]
    if outcome not in valid:
        raise RecordError(
            f"{scenario.id}: {outcome!r} is not an outcome of this scenario{did_you_mean(outcome, valid)}; "
            f"use one of: {', '.join(valid)}"
        )
    name = _require_name(by)

    def build(current: ScenarioFile, now: datetime) -> ResolutionEntry:
        moment = now if at is None else at
        entry = ResolutionEntry(
            type="resolution",
            at=moment,
            by=name,
            outcome=outcome,
            resolved_at=resolved_at,
            source=source,
            note=note or None,
            recorded=_recorded(origin, now),
        )
        check_recorded_date(current, moment, "at", now, by_deadline=False)
        if resolved_at is not None:
            check_recorded_date(current, resolved_at, "resolved_at", now, by_deadline=False)
        _, earlier = resolution_at(current.scenario, _END_OF_TIME)
        if earlier is not None and not correct:
            raise RecordError(
                f"{scenario.id}: already resolved as {earlier.outcome!r} on "
                f"{earlier.resolved_at.isoformat()}; pass --correct to record a correction"
            )
        return entry

    return _append(found, build)
