"""Imported questions as scenario files: created once, then only appended to.

A question becomes ``SCENARIOS/CASE/<id>.yaml`` with its forecasts under ``forecasts:`` and its
outcome under ``resolution:``. Importing again finds the file by id (anywhere in the tree) and
appends, through the store's append-only history, only forecasts it does not hold yet (same
time and forecaster) and an outcome it does not have yet; nothing already written changes, so
re-importing the same export changes nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from forecasts.problems import ScenarioError
from forecasts.scenario import ForecastEntry, ResolutionEntry
from forecasts.store import (
    ScenarioFile,
    append_history,
    create_scenarios,
    dump_yaml,
    load_catalog,
    read_scenario,
)
from forecasts.track_record.records import ImportedForecast, ImportedQuestion

HEADER = (
    "# Imported by `forecasts import {platform}`. Edit freely above `history:`; importing again only\n"
    "# appends forecasts and an outcome this file does not have yet, below it.\n"
)


@dataclass
class WriteReport:
    """What an import wrote: files created, files appended to, forecasts added, problems."""

    created: list[Path] = field(default_factory=list)
    appended: list[Path] = field(default_factory=list)
    unchanged: int = 0
    forecasts_added: int = 0
    problems: list[str] = field(default_factory=list)


def _probability_data(forecast: ImportedForecast) -> dict[str, Any]:
    data: dict[str, Any] = {"at": forecast.at, "by": forecast.by, "probability": forecast.probability}
    if forecast.stated is not None:
        data["stated"] = forecast.stated
    return data


def scenario_data(question: ImportedQuestion, case: str) -> dict[str, Any]:
    """The scenario file's fields for an imported question (the mapping README documents)."""
    # Some platforms let a question be made after its own deadline; the deadline is what it asked.
    created = min(question.created, question.deadline)
    data: dict[str, Any] = {
        "id": question.scenario_id,
        "title": question.title,
        "question": question.question,
        "kind": "binary" if question.options is None else "categorical",
    }
    if question.options is not None:
        data["options"] = [{"id": option, "label": label} for option, label in question.options]
    status = "open"
    if question.outcome == "annulled":
        status = "annulled"
    elif question.outcome is not None:
        status = "resolved"
    data.update(
        {
            "case": case,
            "tags": [question.platform],
            "created": created,
            # opens is left out where it would not be before the deadline (a question made at its deadline)
            **({"opens": created} if created < question.deadline else {}),
            "deadline": question.deadline,
            "status": status,
        }
    )
    resolution: dict[str, Any] = {"criteria": question.criteria, "sources": [question.platform]}
    if question.outcome is not None and question.outcome != "annulled":
        resolution["outcome"] = question.outcome
        resolution["resolved_at"] = question.resolved_at or question.deadline
        resolution["resolved_by"] = question.platform
    if question.url:
        resolution["evidence"] = [{"url": question.url}]
    data["resolution"] = resolution
    data["sources"] = []
    data["forecasts"] = [_probability_data(f) for f in sorted(question.forecasts, key=lambda f: (f.at, f.by))]
    return data


def render_question(question: ImportedQuestion, case: str) -> str:
    """The text of the scenario file for an imported question."""
    return HEADER.format(platform=question.platform) + dump_yaml(scenario_data(question, case), bulk=True)


def _held(existing: ScenarioFile) -> set[tuple[datetime, str]]:
    scenario = existing.scenario
    held = {(_utc(f.at), f.by) for f in scenario.forecasts}
    held |= {(_utc(e.at), e.by) for e in scenario.history if isinstance(e, ForecastEntry)}
    return held


def _utc(value: Any) -> Any:
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def _has_outcome(existing: ScenarioFile) -> bool:
    scenario = existing.scenario
    return (
        scenario.status in ("resolved", "annulled")
        or scenario.resolution.outcome is not None
        or any(isinstance(e, ResolutionEntry) for e in scenario.history)
    )


def _append_new(path: Path, question: ImportedQuestion, report: WriteReport) -> None:
    existing = read_scenario(path)
    held = _held(existing)
    added = 0
    for forecast in sorted(question.forecasts, key=lambda f: (f.at, f.by)):
        if (forecast.at, forecast.by) in held:
            continue
        append_history(
            path,
            ForecastEntry(type="forecast", note=f"imported from {question.platform}", **_probability_data(forecast)),
        )
        held.add((forecast.at, forecast.by))
        added += 1
    resolved = False
    if question.outcome is not None and not _has_outcome(existing):
        append_history(
            path,
            ResolutionEntry(
                type="resolution",
                at=question.resolved_at or question.deadline,
                by=question.platform,
                outcome=question.outcome,
                resolved_at=question.resolved_at or question.deadline,
                source=question.url,
            ),
        )
        resolved = True
    if added or resolved:
        report.appended.append(path)
        report.forecasts_added += added
    else:
        report.unchanged += 1


def write_questions(questions: list[ImportedQuestion], scenarios: Path, case: str) -> WriteReport:
    """Create or append to the scenario files of ``questions`` under ``scenarios/case``.

    A question whose file cannot be written (its text would not validate, say a control
    character in a title) is reported by id and skipped; the others are written.
    """
    report = WriteReport()
    existing = {f.scenario.id: f.path for f in load_catalog(scenarios).files} if scenarios.is_dir() else {}
    folder = scenarios / case
    new: list[tuple[Path, str]] = []
    counts: dict[Path, int] = {}
    for question in questions:
        path = existing.get(question.scenario_id)
        if path is not None:
            try:
                _append_new(path, question, report)
            except ScenarioError as exc:
                report.problems.extend(f"{question.scenario_id}: not imported: {p}" for p in exc.problems)
            continue
        path = folder / f"{question.scenario_id}.yaml"
        if path.exists():
            # A file of this name the catalog left out (it does not load): never overwritten.
            report.problems.append(
                f"{path}: exists but does not load (run `forecasts validate`); {question.scenario_id} not imported"
            )
            continue
        new.append((path, render_question(question, case)))
        counts[path] = len(question.forecasts)
    if new:
        created, problems = create_scenarios(folder, new)
        for scenario_file in created:
            report.created.append(scenario_file.path)
            report.forecasts_added += counts[scenario_file.path]
        report.problems.extend(f"{p.path.stem}: not imported: {p}" for p in problems)
    return report
