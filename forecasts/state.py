"""What was known about a scenario on a given date: status, outcome, forecasts, evidence.

``--as-of D`` replays the record: forecasts and evidence made after the end of day D are
ignored, and a resolution counts from its ``resolved_at`` (when the outcome was settled; the
time it was recorded if none is given; a plain date counts from the end of that day). Scenarios created after D did not exist yet.
The human-written ``resolution`` block and ``history`` resolutions combine: the latest
resolution that counts by D wins, so a correction appended later supersedes an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from forecasts.dates import When, end_instant, now_utc, start_instant
from forecasts.estimate import Estimate, estimate_probability
from forecasts.scenario import ANNULLED, Evidence, Forecast, ResolutionEntry, Scenario
from forecasts.store import ScenarioFile


@dataclass(frozen=True)
class ResolutionView:
    """A resolution as shown: outcome, when it was settled, by whom, on what evidence."""

    outcome: str
    resolved_at: When
    resolved_by: str | None
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ScenarioState:
    """A scenario as it stood at ``as_of``."""

    path: Path
    scenario: Scenario
    as_of: datetime
    status: str
    resolution: ResolutionView | None
    forecasts: list[Forecast]
    evidence: list[Evidence]
    estimate: Estimate

    @property
    def id(self) -> str:
        """The scenario id."""
        return self.scenario.id

    @property
    def case(self) -> str:
        """The case: the ``case:`` key, else the folder's name."""
        return self.scenario.case or self.path.parent.name

    @property
    def outcome(self) -> str | None:
        """The outcome, once resolved."""
        return self.resolution.outcome if self.resolution else None


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
    if scenario.status == "draft":
        status = "draft"
    elif resolution is not None:
        status = "annulled" if resolution.outcome == ANNULLED else "resolved"
    elif scenario.status == "annulled":
        status = "annulled"
    else:
        status = "open"
    return status, resolution


def scenario_state(scenario_file: ScenarioFile, as_of: datetime | None = None) -> ScenarioState:
    """The scenario as known at ``as_of`` (now by default)."""
    moment = as_of or now_utc()
    scenario = scenario_file.scenario
    forecasts = [f for f in all_forecasts(scenario) if start_instant(f.at) <= moment]
    evidence = [e for e in all_evidence(scenario) if start_instant(e.at) <= moment]
    status, resolution = resolution_at(scenario, moment)
    return ScenarioState(
        path=scenario_file.path,
        scenario=scenario,
        as_of=moment,
        status=status,
        resolution=resolution,
        forecasts=forecasts,
        evidence=evidence,
        estimate=estimate_probability(scenario, forecasts, moment, path=scenario_file.path),
    )


def catalog_states(files: list[ScenarioFile], as_of: datetime | None = None) -> list[ScenarioState]:
    """States of every scenario that existed at ``as_of``, by case then deadline."""
    moment = as_of or now_utc()
    states = [scenario_state(f, moment) for f in files if exists_at(f.scenario, moment)]
    return sorted(states, key=lambda s: (s.case, start_instant(s.scenario.deadline), s.id))


def source_names(scenario: Scenario) -> list[str]:
    """The speakers and outlets of a scenario's sources, each once, in the order they appear."""
    names: dict[str, None] = {}
    for source in scenario.all_sources():
        names[source.speaker] = None
        if source.outlet:
            names[source.outlet] = None
    return list(names)


@dataclass(frozen=True)
class Filters:
    """What a listing narrows to; an empty selection lets everything through."""

    cases: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    ladders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # speakers or outlets of the scenario's sources
    text: str = ""


def filter_states(states: list[ScenarioState], filters: Filters) -> list[ScenarioState]:
    """States that pass every filter; ``text`` matches id, title or question, ignoring case."""
    needle = " ".join(filters.text.split()).lower()
    kept: list[ScenarioState] = []
    for state in states:
        s = state.scenario
        if filters.cases and state.case not in filters.cases:
            continue
        if filters.statuses and state.status not in filters.statuses:
            continue
        if filters.ladders and (s.ladder is None or s.ladder.name not in filters.ladders):
            continue
        if filters.tags and not set(filters.tags) & set(s.tags):
            continue
        if filters.sources and not set(filters.sources) & set(source_names(s)):
            continue
        if needle and needle not in f"{s.id} {s.title} {s.question}".lower():
            continue
        kept.append(state)
    return kept


def ladder_rungs(files: list[ScenarioFile], name: str) -> list[ScenarioFile]:
    """The scenarios on ladder ``name``, lowest rung first."""
    on_ladder = [f for f in files if f.scenario.ladder is not None and f.scenario.ladder.name == name]
    return sorted(on_ladder, key=lambda f: f.scenario.ladder.rung if f.scenario.ladder else 0)


@dataclass(frozen=True)
class HistoryPoint:
    """The shown probability from ``at`` on (until the next point)."""

    at: datetime
    estimate: Estimate


def probability_history(scenario_file: ScenarioFile, until: datetime | None = None) -> list[HistoryPoint]:
    """How the shown probability moved: the model's stored history when a fresh posterior covers
    the scenario (a point per day and per judgment), else one point at creation and one per forecast."""
    moment = until or now_utc()
    scenario = scenario_file.scenario
    modelled = model_history(scenario_file, moment)
    if modelled is not None:
        return modelled
    instants = [start_instant(scenario.created)]
    instants += [start_instant(f.at) for f in all_forecasts(scenario) if start_instant(f.at) <= moment]
    points: list[HistoryPoint] = []
    for instant in sorted(set(instants)):
        visible = [f for f in all_forecasts(scenario) if start_instant(f.at) <= instant]
        points.append(HistoryPoint(at=instant, estimate=estimate_probability(scenario, visible, instant)))
    return points


def model_history(scenario_file: ScenarioFile, until: datetime) -> list[HistoryPoint] | None:
    """The posterior's stored history for the scenario, or None when no fresh posterior covers it."""
    from forecasts.model.posterior import find_root

    if find_root(scenario_file.path) is None:
        return None
    from forecasts.estimate import estimate_from_point
    from forecasts.model.shown import posterior_history

    points = posterior_history(scenario_file.path, scenario_file.scenario, until)
    if not points:
        return None
    return [HistoryPoint(at=p.at, estimate=estimate_from_point(p)) for p in points]
