"""``forecasts update``: fit the model on a scenarios tree and write its posterior files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from forecasts.baserate import base_rates_path, read_base_rates
from forecasts.model.build import build_model, training_set
from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.data import DAY, ModelData, ScenarioRecord, scenario_data, to_days
from forecasts.model.fit import FitResult, fit_model
from forecasts.model.pooling import Calibration
from forecasts.model.posterior import (
    FORMAT,
    code_version,
    day_of,
    inputs_digest,
    posterior_folder,
    read_posterior,
    summarize,
    write_posterior,
)
from forecasts.model.predict import Evaluation, evaluate
from forecasts.model.recency import resolve_recency
from forecasts.store import ScenarioFile

Array = npt.NDArray[np.float64]


@dataclass
class UpdateReport:
    """What ``update_posterior`` did: where, whether it fitted, and the summary it wrote."""

    folder: Path
    fitted: bool
    inputs_sha256: str
    summary: dict[str, Any]
    fit: FitResult | None = None
    data: ModelData | None = None


def from_days(days: float) -> datetime:
    """Days since the epoch as an aware UTC datetime (to the second)."""
    return datetime.fromtimestamp(round(days * DAY), tz=UTC)


def case_grid(records: list[ScenarioRecord], data: ModelData, moment: float) -> Array:
    """Instants worth a point: the end of every day, every judgment and evidence time, finals."""
    start = min(r.created for r in records)
    end = max(min(moment, r.known_at if r.known_at is not None else moment) for r in records)
    days = np.arange(np.floor(start) + 1.0 - 1e-6 / DAY, end, 1.0)
    ids = {r.id for r in records}
    keys = {k for r in records for k in r.units}
    times = [start, end, moment]
    times += data.judgments.loc[data.judgments["unit"].isin(keys), "at"].tolist()
    times += data.evidence.loc[data.evidence["unit"].isin(keys), "at"].tolist()
    times += [r.last_judgment for r in records if r.last_judgment is not None]
    del ids
    grid = np.unique(np.round(np.concatenate([days, np.asarray(times, dtype=float)]), 7))
    return grid[(grid >= start) & (grid <= moment)]


def _point(values: Array, options: list[str] | None, at: float) -> dict[str, Any]:
    point: dict[str, Any] = {"at": from_days(at).isoformat()}
    if options is None:
        point.update(summarize(values).as_json())
    else:
        point["options"] = {o: summarize(values[:, i]).as_json() for i, o in enumerate(options)}
    return point


def scenario_summary(record: ScenarioRecord, evaluation: Evaluation, moment: float) -> dict[str, Any]:
    """One scenario's entry: provenance, structure, the probability now and its history."""
    draws = evaluation.scenarios[record.id]
    options = evaluation.options.get(record.id)
    grid = evaluation.instants
    end = min(moment, record.known_at) if record.known_at is not None else moment
    keep = np.flatnonzero((grid >= record.created - 1e-9) & (grid <= end + 1e-9))
    history = [_point(draws[:, i], options, float(grid[i])) for i in keep]
    settled = record.known_at is not None and record.known_at <= moment
    final_at = record.last_judgment if record.last_judgment is not None else record.created
    at = final_at if settled else moment
    i = int(np.argmin(np.abs(grid - at)))
    current = _point(draws[:, i], options, float(grid[i]))
    current["basis"] = "final model forecast before resolution" if settled else "model"
    return {
        "path": record.path,
        "sha256": record.sha256,
        "case": record.case,
        "kind": record.kind,
        "units": record.units,
        "ladder": list(record.ladder) if record.ladder else None,
        "condition": list(record.condition) if record.condition else None,
        "marginal": record.marginal,
        "status": record.status,
        "outcome": record.outcome,
        "known_at": from_days(record.known_at).isoformat() if record.known_at is not None else None,
        "current": current,
        "history": history,
    }


def calibration_summary(calibration: Calibration) -> dict[str, Any]:
    """The learned calibration in words a reader can check: population and per-level effects."""
    d = calibration.draws
    result: dict[str, Any] = {
        name: summarize_value(d[name]) for name in ("bias_mu", "slope_mu", "extremize", "base_rate")
    }
    groups: dict[str, Any] = {}
    for group, names in calibration.levels.items():
        bias = d[f"bias_sd_{group}"][:, None] * d[f"bias_z_{group}"]
        slope = d[f"slope_sd_{group}"][:, None] * d[f"slope_z_{group}"]
        groups[group] = {
            "bias_sd": summarize_value(d[f"bias_sd_{group}"]),
            "slope_sd": summarize_value(d[f"slope_sd_{group}"]),
            "levels": {
                name: {"bias": round(float(bias[:, i].mean()), 4), "slope": round(float(slope[:, i].mean()), 4)}
                for i, name in enumerate(names)
            },
        }
    result["groups"] = groups
    return result


def summarize_value(draws: Array) -> dict[str, float]:
    """Mean and 90 % interval of a parameter."""
    q05, q95 = np.quantile(draws, [0.05, 0.95])
    return {"mean": round(float(draws.mean()), 4), "p05": round(float(q05), 4), "p95": round(float(q95), 4)}


def posterior_summary(
    records: list[ScenarioRecord],
    data: ModelData,
    calibration: Calibration,
    moment: datetime,
    config: ModelConfig,
    seed: int = 0,
) -> dict[str, Any]:
    """Scenario entries and marginals for every case, each case evaluated on its own grid."""
    by_case: dict[str, list[ScenarioRecord]] = {}
    for record in records:
        by_case.setdefault(record.case, []).append(record)
    now = to_days(moment)
    scenarios: dict[str, Any] = {}
    marginals: dict[str, Any] = {}
    for case_records in by_case.values():
        grid = case_grid(case_records, data, now)
        evaluation = evaluate(case_records, data, calibration, grid, config, seed=seed)
        for record in case_records:
            scenarios[record.id] = scenario_summary(record, evaluation, now)
        for name, draws in evaluation.marginals.items():
            marginals[name] = {
                **evaluation.marginal_parts[name],
                "current": _point(draws[:, -1], None, float(grid[-1])),
                "history": [_point(draws[:, i], None, float(t)) for i, t in enumerate(grid)],
            }
    return {"scenarios": scenarios, "marginals": marginals}


def update_posterior(
    root: Path,
    files: list[ScenarioFile],
    moment: datetime,
    replay: bool,
    model_config: ModelConfig,
    fit_config: FitConfig,
    force: bool = False,
    on_fit: Callable[[str], None] | None = None,
) -> UpdateReport:
    """Fit and write the posterior for ``files`` as of ``moment``, unless it is already fresh.

    ``replay`` (an explicit ``--as-of``) writes to ``_posterior/as-of-DATE``. ``on_fit`` is told,
    in a sentence, what is about to be fitted (a fit takes from seconds to minutes).
    """
    day = day_of(moment)
    folder = posterior_folder(root, day if replay else None)
    # Drafts are left out of the fit (unreviewed), so adding or editing one changes nothing to refit.
    fitted_paths = [f.path for f in files if not f.scenario.is_draft]
    # The outside view: base rates computed beforehand by `forecasts baserate --all --write` (never
    # here: the event history may not be on this machine). They are inputs like the files.
    unreadable: str | None = None
    try:
        stored = read_base_rates(posterior_folder(root)) if model_config.outside_view else None
    except ValueError as error:  # derived data: fit without it, and say how to recompute it
        stored, unreadable = None, f"{error}; fitted without the outside view"
    rates_file = base_rates_path(posterior_folder(root)) if stored is not None else None
    digest, parts = inputs_digest(root, fitted_paths, model_config, fit_config, day, rates_file)
    existing = read_posterior(folder)
    if existing is not None and existing.summary.get("inputs_sha256") == digest and not force:
        return UpdateReport(folder=folder, fitted=False, inputs_sha256=digest, summary=existing.summary)
    data, records = scenario_data(files, moment, model_config, stored.rates if stored is not None else None)
    if unreadable is not None:
        data.notes.append(unreadable)
    # The digest above hashes the settings as given ('learn'); what is fitted, stored and predicted
    # with is the half-life chosen for these data.
    model_config, recency = resolve_recency(data, model_config)
    training = training_set(data, model_config)
    if on_fit is not None:
        resolved = int(data.units["outcome"].notna().sum())
        on_fit(
            f"fitting {fit_config.method.upper()} on {len(data.units)} units ({resolved} resolved) and "
            f"{len(data.judgments)} judgments; compiling takes a minute or two the first time..."
        )
    model = build_model(training, model_config)
    fit = fit_model(model, training, fit_config, model_config.training_half_life_days)
    for record in records:
        record.path = (
            str(Path(record.path).relative_to(root)) if Path(record.path).is_relative_to(root) else record.path
        )
    body = posterior_summary(records, data, fit.calibration, moment, model_config, seed=fit_config.seed)
    summary: dict[str, Any] = {
        "format": FORMAT,
        "note": "Derived by `forecasts update`; never edit by hand. Delete this folder to start afresh.",
        "inputs_sha256": digest,
        "inputs": {k: v for k, v in parts.items() if k != "files"} | {"files": len(parts["files"])},
        "code_version": code_version(),
        "as_of": moment.isoformat(),
        "replay": replay,
        "fitted_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "method": fit.method,
        "seconds": round(fit.seconds, 2),
        "diagnostics": fit.diagnostics,
        "training": {
            "units": int(data.units["outcome"].notna().sum()),
            "queries": training.layout.n_queries,
            "rows": training.n_rows,
        },
        "notes": data.notes,
        "model": model_config.model_dump(mode="json"),
        "recency": recency.report(),
        "calibration": calibration_summary(fit.calibration),
        **body,
    }
    write_posterior(folder, summary, fit.calibration)
    return UpdateReport(folder=folder, fitted=True, inputs_sha256=digest, summary=summary, fit=fit, data=data)
