"""From calibration draws to coherent scenario probabilities at given instants (numpy only).

``evaluate`` runs the pooling predictive for every unit of a set of scenarios on a common grid
of instants, then applies the structure of ``forecasts.model.structure`` at each instant:
options normalised, ladders projected (rungs resolved by then fixed at 1 or 0), conditional
branches combined into marginals. ``forecasts update`` calls it on a whole case; the seam calls
it on one scenario's structural group between fits.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from forecasts.model.config import ModelConfig
from forecasts.model.data import ModelData, ScenarioRecord
from forecasts.model.pooling import Calibration, build_layout, predict_probabilities
from forecasts.model.structure import cohere_ladder, combine_conditional, normalize_options

Array = npt.NDArray[np.float64]


@dataclass
class Evaluation:
    """Draws per scenario: (draws, instants) for binary, (draws, instants, options) for categorical."""

    instants: Array
    scenarios: dict[str, Array]
    options: dict[str, list[str]]
    marginals: dict[str, Array] = field(default_factory=dict)
    marginal_parts: dict[str, dict[str, str]] = field(default_factory=dict)


def _fixed_value(record: ScenarioRecord, t: float) -> float | None:
    if record.known_at is None or t < record.known_at:
        return None
    return {"yes": 1.0, "no": 0.0}.get(record.outcome or "")


def evaluate(
    records: list[ScenarioRecord],
    data: ModelData,
    calibration: Calibration,
    instants: Array,
    config: ModelConfig,
    seed: int = 0,
) -> Evaluation:
    """Coherent probability draws for ``records`` at every instant of ``instants``."""
    index = data.unit_index()
    instants = np.asarray(instants, dtype=float)
    queries = [(index[key], float(t)) for record in records for key in record.units for t in instants]
    layout = build_layout(data, queries, config)
    draws = predict_probabilities(calibration, data, layout, config, seed=seed)
    n_t = len(instants)
    result = Evaluation(instants=instants, scenarios={}, options={})
    at = 0
    for record in records:
        k = len(record.units)
        block = draws[:, at : at + k * n_t].reshape(draws.shape[0], k, n_t)
        at += k * n_t
        if record.kind == "categorical":
            result.scenarios[record.id] = normalize_options(np.transpose(block, (0, 2, 1)))
            result.options[record.id] = [key.split(":", 1)[1] for key in record.units]
        else:
            result.scenarios[record.id] = block[:, 0, :]
    _cohere_ladders(records, result)
    _combine_branches(records, result)
    return result


def _cohere_ladders(records: list[ScenarioRecord], result: Evaluation) -> None:
    ladders: dict[str, list[ScenarioRecord]] = defaultdict(list)
    for record in records:
        if record.ladder is not None and record.kind == "binary":
            ladders[record.ladder[0]].append(record)
    for rungs in ladders.values():
        if len(rungs) < 2:
            continue
        rungs.sort(key=lambda r: r.ladder[1] if r.ladder else 0)
        for ti, t in enumerate(result.instants):
            present = [r for r in rungs if r.created <= t]
            if len(present) < 2:
                continue
            stacked = np.stack([result.scenarios[r.id][:, ti] for r in present], axis=1)
            cohered = cohere_ladder(stacked, [_fixed_value(r, t) for r in present])
            for i, r in enumerate(present):
                if _fixed_value(r, t) is None:
                    result.scenarios[r.id][:, ti] = cohered[:, i]


def _combine_branches(records: list[ScenarioRecord], result: Evaluation) -> None:
    by_id = {r.id: r for r in records}
    groups: dict[str, list[ScenarioRecord]] = defaultdict(list)
    for record in records:
        if record.marginal and record.condition and record.kind == "binary":
            groups[record.marginal].append(record)
    for name, branches in groups.items():
        parents = {b.condition[0] for b in branches if b.condition}
        if len(parents) != 1:
            continue
        parent = by_id.get(parents.pop())
        if parent is None or parent.kind != "binary" or parent.id not in result.scenarios:
            continue
        when = {b.condition[1]: b for b in branches if b.condition}
        if "yes" not in when or "no" not in when:
            continue
        p_parent = result.scenarios[parent.id].copy()
        for ti, t in enumerate(result.instants):
            fixed = _fixed_value(parent, t)
            if fixed is not None:
                p_parent[:, ti] = fixed
        result.marginals[name] = combine_conditional(
            p_parent, result.scenarios[when["yes"].id], result.scenarios[when["no"].id]
        )
        result.marginal_parts[name] = {"condition": parent.id, "if_yes": when["yes"].id, "if_no": when["no"].id}
