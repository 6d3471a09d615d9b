"""What was known about a scenario on a given date, and the probability shown for it then.

``ScenarioState`` joins the two layers below it: the scenario's timeline at the as-of instant
(status, outcome, forecasts, evidence: ``forecasts.timeline``, which says how ``--as-of``
replays the record) and the shown probability (``forecasts.estimate``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from forecasts.dates import now_utc, start_instant
from forecasts.estimate import Estimate, estimate_probability, model_history
from forecasts.scenario import Evidence, Forecast, Scenario
from forecasts.store import ScenarioFile, case_of

# Re-exported: most readers of a state also want these, and had them from here.
from forecasts.timeline import ResolutionView as ResolutionView
from forecasts.timeline import all_evidence as all_evidence
from forecasts.timeline import all_forecasts as all_forecasts
from forecasts.timeline import as_of_instant as as_of_instant
from forecasts.timeline import exists_at as exists_at
from forecasts.timeline import resolution_at as resolution_at

DRAFT = "draft"  # the status of an unreviewed scenario


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
        return case_of(self.scenario, self.path)

    @property
    def outcome(self) -> str | None:
        """The outcome, once resolved."""
        return self.resolution.outcome if self.resolution else None


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
    """What a listing narrows to; an empty selection lets everything through, drafts excepted.

    Drafts (``status: draft``, unreviewed output of ``forecasts extract``) are left out unless
    ``drafts`` is set or ``statuses`` names ``draft``: ``forecasts list --drafts`` and the
    dashboard overview's "Show drafts" toggle.
    """

    cases: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    ladders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # speakers or outlets of the scenario's sources
    text: str = ""
    drafts: bool = False

    @property
    def shows_drafts(self) -> bool:
        """Whether drafts pass: asked for, or the status filter names them."""
        return self.drafts or DRAFT in self.statuses


def filter_states(states: list[ScenarioState], filters: Filters) -> list[ScenarioState]:
    """States that pass every filter; ``text`` matches id, title or question, ignoring case."""
    needle = " ".join(filters.text.split()).lower()
    kept: list[ScenarioState] = []
    for state in states:
        s = state.scenario
        if s.is_draft and not filters.shows_drafts:
            # Unreviewed: read with `forecasts drafts` or on the Extract page until accepted.
            continue
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


def count_hidden_drafts(states: list[ScenarioState], filters: Filters) -> int:
    """How many drafts pass every other filter but are left out (shown once ``drafts`` is set)."""
    if filters.shows_drafts:
        return 0
    return sum(1 for s in filter_states(states, replace(filters, drafts=True)) if s.scenario.is_draft)


class _OfScenario(Protocol):
    @property
    def scenario(self) -> Scenario: ...


def leave_out_drafts[Item: _OfScenario](items: Iterable[Item]) -> list[Item]:
    """The scenario files or states that are not drafts: what pages that rank, replay or tree
    questions work on (a draft is not a question anyone has been asked yet)."""
    return [item for item in items if not item.scenario.is_draft]


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
    modelled = model_history(scenario_file.path, scenario, moment)
    if modelled is not None:
        return [HistoryPoint(at=at, estimate=estimate) for at, estimate in modelled]
    instants = [start_instant(scenario.created)]
    instants += [start_instant(f.at) for f in all_forecasts(scenario) if start_instant(f.at) <= moment]
    points: list[HistoryPoint] = []
    for instant in sorted(set(instants)):
        visible = [f for f in all_forecasts(scenario) if start_instant(f.at) <= instant]
        points.append(HistoryPoint(at=instant, estimate=estimate_probability(scenario, visible, instant)))
    return points
