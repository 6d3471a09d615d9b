"""Tidy tables of the scenarios, for pandas, a spreadsheet or a notebook (``forecasts export``).

Five tables, one row per thing, with stable column names (``COLUMNS``, documented in README
"Exporting"; a column is only ever added, never renamed or dropped without raising
``forecasts.json_output.SCHEMA_VERSION``):

- ``scenarios``: one row per scenario, with the probability shown as of the export;
- ``forecasts``: one row per forecast and outcome (a yes/no forecast is one row, outcome "yes";
  a forecast on a question with options is one row per option);
- ``sources``: one row per quoted claim (the ``sources:`` list and ``type: source`` history entries);
- ``resolutions``: one row per resolution given (hand-written or recorded; a correction is a row too);
- ``scores``: one row per forecast made before its scenario resolved, with its Brier and log score
  (``forecasts.scoring``'s convention) against the outcome.

The dashboard's Track record page offers the same tables as downloads (``table_bytes``).
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forecasts.dates import start_instant
from forecasts.json_output import SCHEMA_VERSION, dump_json
from forecasts.scenario import ANNULLED, ResolutionEntry, Scenario
from forecasts.scoring import brier_score, forecast_distribution, log_score
from forecasts.state import ScenarioState
from forecasts.store import replace_file

if TYPE_CHECKING:  # pandas is imported where the tables are built: `forecasts` starts without it
    import pandas as pd

FORMATS = ("csv", "json", "parquet")

# table -> ((column, meaning), ...): the stable, documented names.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "scenarios": (
        ("scenario_id", "the scenario's id (its file name)"),
        ("case", "its case (folder)"),
        ("title", "short title"),
        ("question", "the question asked"),
        ("kind", "binary or categorical"),
        ("options", "option ids of a categorical question, ';'-separated"),
        ("status", "draft, open, resolved or annulled, as of the export"),
        ("created", "when the question was posed (ISO 8601)"),
        ("opens", "when the window opens"),
        ("deadline", "the deadline"),
        ("outcome", "yes, no, ambiguous, annulled or an option id; empty while open"),
        ("resolved_at", "when it was settled"),
        ("resolved_by", "who settled it"),
        ("probability", "P(yes) shown as of the export (empty for a categorical question)"),
        ("option_probabilities", "P(option) shown, as JSON, for a categorical question"),
        ("basis", "what the shown probability rests on: model, forecast, prior, ..."),
        ("tags", "tags, ';'-separated"),
        ("ladder", "escalation ladder name"),
        ("rung", "rung on the ladder"),
        ("condition", "the scenario this one is conditional on"),
        ("condition_outcome", "the outcome of that scenario it assumes"),
        ("path", "the scenario file"),
    ),
    "forecasts": (
        ("scenario_id", "the scenario"),
        ("at", "when the forecast was made"),
        ("by", "the forecaster"),
        ("outcome", "the outcome this probability is for: yes, or an option id"),
        ("probability", "the probability given to that outcome"),
        ("stated", "how the forecaster wrote it, when recorded"),
        ("note", "the forecaster's note"),
    ),
    "sources": (
        ("scenario_id", "the scenario"),
        ("quote", "the claim as quoted"),
        ("speaker", "who made it"),
        ("role", "the speaker's role"),
        ("outlet", "where it was published"),
        ("url", "the article's address"),
        ("published", "when it was published"),
        ("hedge", "the hedge word(s)"),
        ("prior", "a stated probability, when given"),
        ("polarity", "positive, or negative when the claim says the event will not happen"),
        ("option", "the option the claim is about"),
    ),
    "resolutions": (
        ("scenario_id", "the scenario"),
        ("outcome", "yes, no, ambiguous, annulled or an option id"),
        ("resolved_at", "when the outcome was settled"),
        ("resolved_by", "who or what settled it (a person, forecasts check, an importing platform)"),
        ("source", "evidence: a URL, ';'-separated when several"),
        ("note", "a note on the resolution"),
    ),
    "scores": (
        ("scenario_id", "the scenario"),
        ("by", "the forecaster"),
        ("at", "when the forecast was made"),
        ("outcome", "what happened"),
        ("probability_of_outcome", "the probability the forecast gave to what happened"),
        ("brier", "half the sum over outcomes of (p - o)^2: 0 perfect, 0.25 for always 50%"),
        ("log_score", "-ln p(what happened), p held at 0.001 or more; lower is better"),
    ),
}


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _scenario_row(state: ScenarioState) -> dict[str, Any]:
    s = state.scenario
    estimate = state.estimate
    return {
        "scenario_id": s.id,
        "case": state.case,
        "title": s.title,
        "question": s.question,
        "kind": s.kind,
        "options": ";".join(s.option_ids()) if s.kind == "categorical" else None,
        "status": state.status,
        "created": _iso(s.created),
        "opens": _iso(s.opens),
        "deadline": _iso(s.deadline),
        "outcome": state.outcome,
        "resolved_at": _iso(state.resolution.resolved_at) if state.resolution else None,
        "resolved_by": state.resolution.resolved_by if state.resolution else None,
        "probability": estimate.probability,
        "option_probabilities": json.dumps(estimate.options) if estimate.options is not None else None,
        "basis": estimate.basis,
        "tags": ";".join(s.tags),
        "ladder": s.ladder.name if s.ladder else None,
        "rung": s.ladder.rung if s.ladder else None,
        "condition": s.conditional_on.scenario if s.conditional_on else None,
        "condition_outcome": s.conditional_on.outcome if s.conditional_on else None,
        "path": str(state.path),
    }


def _resolution_rows(s: Scenario) -> list[dict[str, Any]]:
    rows = []
    r = s.resolution
    if r.outcome is not None:
        rows.append(
            {
                "scenario_id": s.id,
                "outcome": r.outcome,
                "resolved_at": _iso(r.resolved_at),
                "resolved_by": r.resolved_by,
                "source": ";".join(e.url for e in r.evidence if e.url) or None,
                "note": "; ".join(e.note for e in r.evidence if e.note) or None,
            }
        )
    for entry in s.history:
        if isinstance(entry, ResolutionEntry):
            rows.append(
                {
                    "scenario_id": s.id,
                    "outcome": entry.outcome,
                    "resolved_at": _iso(entry.resolved_at or entry.at),
                    "resolved_by": entry.by,
                    "source": entry.source,
                    "note": entry.note,
                }
            )
    return rows


def build_tables(states: list[ScenarioState]) -> dict[str, pd.DataFrame]:
    """The five tables for ``states`` (scenarios as of one date), columns in ``COLUMNS`` order."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for state in states:
        s = state.scenario
        rows["scenarios"].append(_scenario_row(state))
        for forecast in state.forecasts:
            p = forecast.probability
            split = p if isinstance(p, dict) else {"yes": p}
            for outcome, probability in split.items():
                rows["forecasts"].append(
                    {
                        "scenario_id": s.id,
                        "at": _iso(forecast.at),
                        "by": forecast.by,
                        "outcome": outcome,
                        "probability": probability,
                        "stated": forecast.stated,
                        "note": forecast.note,
                    }
                )
        for source in s.all_sources():
            rows["sources"].append(
                {
                    "scenario_id": s.id,
                    "quote": source.quote,
                    "speaker": source.speaker,
                    "role": source.role,
                    "outlet": source.outlet,
                    "url": source.url,
                    "published": _iso(source.published),
                    "hedge": source.hedge,
                    "prior": source.prior,
                    "polarity": source.polarity,
                    "option": source.option,
                }
            )
        rows["resolutions"].extend(_resolution_rows(s))
        resolution = state.resolution
        if resolution is not None and resolution.outcome not in (ANNULLED, "ambiguous"):
            cutoff = start_instant(resolution.resolved_at)
            for forecast in state.forecasts:
                if start_instant(forecast.at) >= cutoff:
                    continue
                distribution = forecast_distribution(s, forecast)
                rows["scores"].append(
                    {
                        "scenario_id": s.id,
                        "by": forecast.by,
                        "at": _iso(forecast.at),
                        "outcome": resolution.outcome,
                        "probability_of_outcome": distribution.get(resolution.outcome, 0.0),
                        "brier": brier_score(distribution, resolution.outcome),
                        "log_score": log_score(distribution, resolution.outcome),
                    }
                )
    import pandas as pd

    return {name: pd.DataFrame(rows[name], columns=[c for c, _ in COLUMNS[name]]) for name in COLUMNS}


def table_bytes(frame: pd.DataFrame, name: str, fmt: str) -> bytes:
    """One table as the bytes of a file in ``fmt`` (csv, json or parquet)."""
    if fmt == "csv":
        text: str = frame.to_csv(index=False, lineterminator="\n")
        return text.encode("utf-8")
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records", force_ascii=False))
        document = {"schema_version": SCHEMA_VERSION, "table": name, "columns": list(frame.columns), "rows": records}
        return (dump_json(document) + "\n").encode("utf-8")
    if fmt == "parquet":
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        return buffer.getvalue()
    raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")


def write_tables(tables: dict[str, pd.DataFrame], folder: Path, fmt: str) -> list[Path]:
    """Write each table to ``folder/<table>.<fmt>`` atomically (a reader never sees half a file)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = folder / f"{name}.{fmt}"
        replace_file(path, table_bytes(frame, name, fmt))
        written.append(path)
    return written
