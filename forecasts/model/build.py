"""The PyMC graph: pure construction, no sampling (``forecasts.model.fit`` samples it).

For judgment i by a source in levels g (who, outlet, phrase, kind), with stated log-odds x_i:

    a_i = bias_mu  + sum_g bias_sd_g  * bias_z_g[level_g(i)]      (bias on the log-odds scale)
    b_i = slope_mu + sum_g slope_sd_g * slope_z_g[level_g(i)]     (slope: < 1 over-confident)
    l_i = a_i + b_i * x_i                                          (calibrated log-odds)

Non-centred partial pooling: z ~ ZeroSumNormal(1) (each group's effects sum to zero, so the
population terms are the average level), sd ~ HalfNormal, so a source with few resolved
judgments stays near its groups and a new one gets the population. For each training query
(a resolved unit at one of its judgment times), the counted judgments are decayed to that
instant, pooled with recency weights and extremized (``forecasts.model.pooling``):

    eta_q = n_q ** extremize * sum_i w_i decay(l_i, r_i) / sum_i w_i + evidence_q
    outcome_q ~ Bernoulli(logit^-1(eta_q))       (weighted: see ``training_set``)

A query counting one judgment alone is plain calibration; queries pooling several teach the
extremization (how much several judges know beyond one).

A unit nobody judged falls back on the base rate: base_rate ~ Beta, and every resolved binary
unit's outcome is a Bernoulli(base_rate) draw (conjugate: the posterior is Beta(a + yes, b + no)).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pymc as pm
import pytensor.tensor as pt

from forecasts.model.config import ModelConfig
from forecasts.model.data import ModelData
from forecasts.model.pooling import (
    Layout,
    alone_layout,
    build_layout,
    concat_layouts,
    judgment_logits,
    select_queries,
    training_queries,
)

Array = npt.NDArray[np.float64]


@dataclass
class TrainingSet:
    """Everything the graph needs, as arrays: the layout, logits, level codes and outcomes."""

    layout: Layout
    x: Array
    codes: dict[str, npt.NDArray[np.int64]]
    levels: dict[str, list[str]]
    last_seen: dict[str, list[float]]
    outcome: Array
    weight: Array
    base_yes: int
    base_total: int

    @property
    def n_rows(self) -> int:
        """Rows (counted judgments over all training queries)."""
        return len(self.layout.row_judgment)


def training_set(data: ModelData, config: ModelConfig) -> TrainingSet:
    """Training queries, their rows, and level codes for the groups in ``config.groups``.

    Two kinds of query, both scored against the unit's outcome:

    - every judgment made before its unit was settled, alone (weight 1): calibration;
    - the unit at up to ``max_snapshots_per_unit`` of its judgment times, pooling two or more
      judgments (decayed, recency-weighted, extremized): how judgments combine. Each unit's pooled
      queries share a total weight of ``pool_weight``, so a question forecast often does not
      outweigh one forecast rarely.

    With ``training_half_life_days``, older queries weigh less: a source's track record fades,
    so its recent calibration counts most.
    """
    index = data.unit_index()
    outcome_of_unit = data.units["outcome"].to_numpy(dtype=float)
    settled = data.units["settled_at"].to_numpy(dtype=float)
    j_unit = (
        data.judgments["unit"].map(index).to_numpy(dtype=np.int64) if len(data.judgments) else np.zeros(0, np.int64)
    )
    j_at = data.judgments["at"].to_numpy(dtype=float)
    usable = ~np.isnan(outcome_of_unit[j_unit]) & (j_at < settled[j_unit])
    alone = alone_layout(data, np.flatnonzero(usable))
    pooled = build_layout(data, training_queries(data, config), config, training=True)
    counts = np.bincount(pooled.row_query, minlength=pooled.n_queries)
    pooled = select_queries(pooled, counts >= 2)
    per_unit = np.bincount(pooled.query_unit, minlength=len(data.units)).astype(float)
    weight = np.concatenate(
        [np.ones(alone.n_queries), config.pool_weight / np.maximum(per_unit[pooled.query_unit], 1.0)]
    )
    layout = concat_layouts(alone, pooled)
    if config.training_half_life_days and layout.n_queries:
        age = layout.query_time.max() - layout.query_time
        weight = weight * np.exp2(-age / config.training_half_life_days)
    x = judgment_logits(data, config)[layout.row_judgment]
    codes: dict[str, npt.NDArray[np.int64]] = {}
    levels: dict[str, list[str]] = {}
    last_seen: dict[str, list[float]] = {}
    for group in config.groups:
        values = np.array([str(v) for v in data.judgments[group].to_numpy()[layout.row_judgment]], dtype=object)
        names = sorted(set(values.tolist()))
        if len(names) < 2:
            # One level cannot be told apart from the population mean: leave the group out
            # (a new level met later draws its effect from the group prior's zero spread).
            levels[group] = []
            continue
        lookup = {name: i for i, name in enumerate(names)}
        levels[group] = names
        codes[group] = np.array([lookup[v] for v in values], dtype=np.int64)
        times = data.judgments["at"].to_numpy(dtype=float)[layout.row_judgment]
        latest = np.full(len(names), -np.inf)
        np.maximum.at(latest, codes[group], times)
        last_seen[group] = latest.tolist()
    outcome = data.units["outcome"].to_numpy(dtype=float)[layout.query_unit]
    units = data.units
    binary = units[(units["n_options"] <= 1) & units["outcome"].notna()]
    return TrainingSet(
        layout=layout,
        x=x,
        codes=codes,
        levels=levels,
        last_seen=last_seen,
        outcome=outcome,
        weight=weight,
        base_yes=int((binary["outcome"] == 1).sum()),
        base_total=len(binary),
    )


def source_combinations(training: TrainingSet) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Distinct (who, outlet, phrase, kind) level combinations, and each row's combination.

    Bias and slope depend on a row only through its combination, so the graph computes them once
    per combination (hundreds) and gathers once per row (tens of thousands): fewer, cheaper
    gradient scatters than one gather per group per row.
    """
    groups = [g for g, names in training.levels.items() if names]
    if not groups or not training.n_rows:
        return np.zeros((1, 0), dtype=np.int64), np.zeros(training.n_rows, dtype=np.int64)
    stacked = np.stack([training.codes[g] for g in groups], axis=1)
    combos, row_combo = np.unique(stacked, axis=0, return_inverse=True)
    return combos.astype(np.int64), row_combo.reshape(-1).astype(np.int64)


def build_model(training: TrainingSet, config: ModelConfig) -> pm.Model:
    """The calibration-and-pooling model for a training set (no sampling happens here)."""
    priors = config.priors
    layout = training.layout
    coords = {f"{g}_level": names for g, names in training.levels.items() if names}
    combos, row_combo = source_combinations(training)
    with pm.Model(coords=coords) as model:
        base_rate = pm.Beta("base_rate", priors.base_rate_alpha, priors.base_rate_beta)
        if training.base_total:
            pm.Binomial("base_outcomes", n=training.base_total, p=base_rate, observed=training.base_yes)
        bias_mu = pm.Normal("bias_mu", 0.0, priors.bias_mu_sd)
        slope_mu = pm.Normal("slope_mu", priors.slope_mu, priors.slope_mu_sd)
        extremize = pm.Beta("extremize", priors.extremize_alpha, priors.extremize_beta)
        bias: Any = bias_mu * pt.ones(len(combos))
        slope: Any = slope_mu * pt.ones(len(combos))
        for column, group in enumerate(g for g, names in training.levels.items() if names):
            # A hedge phrase states one fixed probability, so within a phrase level x is constant and
            # its slope cannot be told from its bias: such a group (not in slope_groups) shifts the
            # bias only. Sampling both leaves a ridge per level that NUTS mixes through slowly.
            has_slope = group in config.slope_groups
            if len(training.levels[group]) >= config.min_levels_to_learn_spread:
                bias_sd = pm.HalfNormal(f"bias_sd_{group}", priors.bias_group_sd)
                slope_sd = pm.HalfNormal(f"slope_sd_{group}", priors.slope_group_sd) if has_slope else None
            else:
                # A spread cannot be learned from a handful of levels (and a HalfNormal spread over
                # few levels is a funnel NUTS crawls through): fix it at the prior's scale.
                bias_sd = pm.Data(f"bias_sd_{group}", priors.bias_group_sd)
                slope_sd = pm.Data(f"slope_sd_{group}", priors.slope_group_sd) if has_slope else None
            # Zero-sum effects: the population mean is the average level, not confounded with
            # the levels' own offsets. Groups whose levels have many judgments each are sampled
            # centred (effect ~ ZeroSumNormal(sd)), the others non-centred (z ~ ZeroSumNormal(1),
            # effect = sd * z): each the parametrisation NUTS handles best for that much data.
            per_level = training.n_rows / max(len(training.levels[group]), 1)
            if per_level >= config.centered_rows_per_level:
                bias_effect = pm.ZeroSumNormal(f"bias_effect_{group}", sigma=bias_sd, dims=f"{group}_level")
                if slope_sd is not None:
                    slope_effect = pm.ZeroSumNormal(f"slope_effect_{group}", sigma=slope_sd, dims=f"{group}_level")
            else:
                bias_effect = bias_sd * pm.ZeroSumNormal(f"bias_z_{group}", sigma=1.0, dims=f"{group}_level")
                if slope_sd is not None:
                    slope_effect = slope_sd * pm.ZeroSumNormal(f"slope_z_{group}", sigma=1.0, dims=f"{group}_level")
            bias = bias + bias_effect[combos[:, column]]
            if slope_sd is not None:
                slope = slope + slope_effect[combos[:, column]]
        if training.n_rows:
            ell = bias[row_combo] + slope[row_combo] * training.x
            ratio = layout.row_ratio
            decays = ratio < 1.0
            if decays.any():
                # log(expm1(r * softplus(l))): the hazard decay of forecasts.model.hazard on the graph.
                decayed = pt.log(pt.expm1(pt.maximum(ratio * pt.softplus(ell), 1e-12)))
                ell = pt.switch(decays, decayed, ell)
            rows_per_query = np.bincount(layout.row_query, minlength=layout.n_queries)
            single = rows_per_query[layout.row_query] == 1
            if single.all() and np.allclose(layout.log_neff, 0.0):
                # Only queries with one judgment: the pooled log-odds is that judgment's.
                order = np.argsort(layout.row_query, kind="stable")
                eta = ell[order] + layout.shift
            else:
                sums = pt.inc_subtensor(  # type: ignore[no-untyped-call]
                    pt.zeros(layout.n_queries)[layout.row_query], layout.row_weight * ell
                )
                mean = sums / layout.weight_sum
                eta = pt.exp(extremize * layout.log_neff) * mean + layout.shift
            # A weighted Bernoulli likelihood: log p(y | eta) = y * eta - log(1 + e^eta).
            loglik = training.outcome * eta - pt.softplus(eta)
            pm.Potential("outcome", (training.weight * loglik).sum())
    return model
