"""A scenario's timeline: its forecasts, evidence and resolutions in time order, and which of
them count at an instant.

``--as-of D`` replays the record: forecasts and evidence made after the end of day D are
ignored, and a resolution counts from its ``resolved_at`` (when the outcome was settled; the
time it was recorded if none is given; a plain date counts from the end of that day). Scenarios
created after D did not exist yet. The human-written ``resolution`` block and ``history``
resolutions combine: the latest resolution that counts by D wins, so a correction appended later
supersedes an earlier one.

This is the bottom layer the shown probability is built on: ``forecasts.model.data`` reads it to
fit, ``forecasts.estimate`` to show, and ``forecasts.state`` combines it with the estimate. It
imports neither.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from forecasts.dates import When, end_instant, now_utc, start_instant
from forecasts.scenario import (
    ANNULLED,
    Evidence,
    EvidenceEntry,
    Forecast,
    ForecastEntry,
    ResolutionEntry,
    Scenario,
    SourceEntry,
)


@dataclass(frozen=True)
class ResolutionView:
    """A resolution as shown: outcome, when it was settled, by whom, on what evidence."""

    outcome: str
    resolved_at: When
    resolved_by: str | None
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def entry_date(entry: ForecastEntry | EvidenceEntry | ResolutionEntry | SourceEntry) -> When | None:
    """When a history entry was said: its ``at``; for a claim attached later (``type: source``),
    which has no ``at``, the date it was published, or None when the claim is undated."""
    if isinstance(entry, SourceEntry):
        return entry.published
    return entry.at


def as_of_instant(as_of: When | None) -> datetime:
    """The instant an ``--as-of`` value stands for: the end of that day, or now."""
    return now_utc() if as_of is None else end_instant(as_of)


def exists_at(scenario: Scenario, as_of: datetime) -> bool:
    """Whether the scenario had been created by ``as_of``."""
    return start_instant(scenario.created) <= as_of


def _resolutions(scenario: Scenario) -> list[ResolutionView]:
    found: list[ResolutionView] = []
    r = scenario.resolution
    if r.outcome is not None and r.resolved_at is not None:
        found.append(
            ResolutionView(
                outcome=r.outcome,
                resolved_at=r.resolved_at,
                resolved_by=r.resolved_by,
                sources=[e.url for e in r.evidence if e.url],
                notes=[e.note for e in r.evidence if e.note],
            )
        )
    for entry in scenario.history:
        if isinstance(entry, ResolutionEntry):
            found.append(
                ResolutionView(
                    outcome=entry.outcome,
                    resolved_at=entry.resolved_at or entry.at,
                    resolved_by=entry.by,
                    sources=[entry.source] if entry.source else [],
                    notes=[entry.note] if entry.note else [],
                )
            )
    return found


def all_forecasts(scenario: Scenario) -> list[Forecast]:
    """Hand-written and recorded forecasts together, in time order."""
    entries: list[Forecast] = [*scenario.forecasts, *(e for e in scenario.history if e.type == "forecast")]
    return sorted(entries, key=lambda f: start_instant(f.at))


def all_evidence(scenario: Scenario) -> list[Evidence]:
    """Hand-written and recorded evidence together, in time order."""
    entries: list[Evidence] = [*scenario.evidence, *(e for e in scenario.history if e.type == "evidence")]
    return sorted(entries, key=lambda e: start_instant(e.at))


def resolution_at(scenario: Scenario, moment: datetime) -> tuple[str, ResolutionView | None]:
    """The status and the resolution that counts at ``moment`` (no estimate computed)."""
    # A resolution given as a date takes effect at the end of that day: the question stays open
    # (and forecastable) through the day the event happened or the deadline fell.
    settled = [r for r in _resolutions(scenario) if end_instant(r.resolved_at) <= moment]
    resolution = settled[-1] if settled else None
    if scenario.is_draft:
        status = "draft"
    elif resolution is not None:
        status = "annulled" if resolution.outcome == ANNULLED else "resolved"
    elif scenario.status == "annulled":
        status = "annulled"
    else:
        status = "open"
    return status, resolution
