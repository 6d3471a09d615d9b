"""Recording forecasts, evidence and resolutions: the one path the CLI and the dashboard share.

Each function validates what a person typed, checks that the scenario is still open at that
moment, and appends one entry to the file's history (``forecasts.store.append_history``).
Problems raise ``RecordError`` naming the field, so a form can show the message next to it;
problems with the file itself raise ``forecasts.problems.ScenarioError``. Nothing is written
unless everything is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pydantic import ValidationError

from forecasts.dates import When, now_utc, start_instant
from forecasts.probability import ProbabilityError, parse_probability
from forecasts.problems import did_you_mean
from forecasts.scenario import ANNULLED, EvidenceEntry, ForecastEntry, ResolutionEntry, Scenario
from forecasts.state import scenario_state
from forecasts.store import ScenarioFile, append_history


class RecordError(ValueError):
    """Input that cannot be recorded; ``field`` names the input it is about (or None)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.message = message
        self.field = field


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


def _entry_error(exc: ValidationError) -> RecordError:
    err = exc.errors(include_url=False)[0]
    field = ".".join(str(p) for p in err["loc"]) or None
    message = (err.get("ctx") or {}).get("message") or err["msg"]
    return RecordError(str(message), field)


def _append[E: (ForecastEntry, EvidenceEntry, ResolutionEntry)](found: ScenarioFile, build: Callable[[], E]) -> E:
    """Build the entry (turning schema errors into RecordError) and append it to the history."""
    try:
        entry = build()
    except ValidationError as exc:
        raise _entry_error(exc) from None
    append_history(found.path, entry)
    return entry


def record_forecast(
    found: ScenarioFile, probability: str, by: str, note: str | None = None, at: When | None = None
) -> ForecastEntry:
    """Append a forecast (P as 0.7, 70%, 3:1, "1 in 4", a hedge word, or option=p,...)."""
    value = parse_forecast_value(found.scenario, probability)
    moment = now_utc() if at is None else at
    _check_open_at(found, start_instant(moment), "a forecast")
    stated = None if _is_plain_number(probability) else probability.strip()
    name = _require_name(by)
    return _append(
        found,
        lambda: ForecastEntry(type="forecast", at=moment, by=name, probability=value, stated=stated, note=note or None),
    )


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
) -> EvidenceEntry:
    """Append evidence: a likelihood ratio, or a direction (up/down) and a strength."""
    moment = now_utc() if at is None else at
    _check_open_at(found, start_instant(moment), "evidence")
    name = _require_name(by)
    return _append(
        found,
        lambda: EvidenceEntry(
            type="evidence",
            at=moment,
            by=name,
            note=note,
            url=url or None,
            likelihood_ratio=likelihood_ratio,
            direction=direction,
            strength=strength,
            option=option or None,
        ),
    )


def record_resolution(
    found: ScenarioFile,
    outcome: str,
    by: str,
    source: str,
    note: str | None = None,
    resolved_at: When | None = None,
    at: When | None = None,
    correct: bool = False,
) -> ResolutionEntry:
    """Append a resolution; refuses to replace an earlier one unless ``correct`` is set."""
    scenario = found.scenario
    valid = scenario.outcomes() + [ANNULLED]
    if outcome not in valid:
        raise RecordError(
            f"{scenario.id}: {outcome!r} is not an outcome of this scenario{did_you_mean(outcome, valid)}; "
            f"use one of: {', '.join(valid)}"
        )
    current = scenario_state(found, now_utc())
    if current.resolution is not None and not correct:
        raise RecordError(
            f"{scenario.id}: already resolved as {current.resolution.outcome!r} on "
            f"{current.resolution.resolved_at.isoformat()}; pass --correct to record a correction"
        )
    moment = now_utc() if at is None else at
    name = _require_name(by)
    return _append(
        found,
        lambda: ResolutionEntry(
            type="resolution",
            at=moment,
            by=name,
            outcome=outcome,
            resolved_at=resolved_at,
            source=source,
            note=note or None,
        ),
    )
