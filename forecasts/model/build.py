"""The PyMC graph: pure construction, no sampling (``forecasts.model.fit`` samples it).

For judgment i by a source in levels g (who, outlet, phrase, kind), with stated log-odds x_i:

    a_i = bias_mu  + sum_g bias_sd_g  * bias_z_g[level_g(i)]      (bias on the log-odds scale)
    b_i = slope_mu + sum_g slope_sd_g * slope_z_g[level_g(i)]     (slope: < 1 over-confident)
    l_i = a_i + b_i * x_i                                          (calibrated log-odds)

Non-centred partial pooling: z ~ ZeroSumNormal(1) (each group's effects sum to zero, so the
population terms are the average level; drawn as raw - mean(raw) with raw ~ Normal(0, 1), which is
that distribution), sd ~ HalfNormal, so a source with few resolved
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


@dataclass(frozen=True)
class Effects:
    """Where each group's levels sit in one part's (bias or slope) stacked effect vector.

    ``all_groups`` are the groups with two or more levels (the columns of the source
    combinations); ``groups`` those of them that get effects in this part, stacked in that order
    (``offsets``, ``sizes``). A group's spread is learned (``learned``, in the order of the
    ``<part>_sd`` vector) or, with too few levels to learn it, fixed (``fixed``).
    """

    part: str
    all_groups: list[str]
    groups: list[str]
    sizes: list[int]
    offsets: list[int]
    learned: list[str]
    fixed: dict[str, float]

    def slice(self, group: str) -> slice:
        """The group's levels in the stacked vector."""
        i = self.groups.index(group)
        return slice(self.offsets[i], self.offsets[i] + self.sizes[i])


def effect_layouts(levels: dict[str, list[str]], config: ModelConfig) -> dict[str, Effects]:
    """The bias and slope effect layouts for the groups' levels."""
    all_groups = [g for g, names in levels.items() if names]
    layouts: dict[str, Effects] = {}
    for part, prior_sd in (("bias", config.priors.bias_group_sd), ("slope", config.priors.slope_group_sd)):
        # A hedge phrase states one fixed probability, so within a phrase level x is constant and
        # its slope cannot be told from its bias: such a group (not in slope_groups) shifts the
        # bias only. Sampling both leaves a ridge per level that NUTS mixes through slowly.
        groups = [g for g in all_groups if part == "bias" or g in config.slope_groups]
        sizes = [len(levels[g]) for g in groups]
        # A spread cannot be learned from a handful of levels (and a HalfNormal spread over few
        # levels is a funnel NUTS crawls through): fix it at the prior's scale.
        learned = [g for g in groups if len(levels[g]) >= config.min_levels_to_learn_spread]
        layouts[part] = Effects(
            part=part,
            all_groups=all_groups,
            groups=groups,
            sizes=sizes,
            offsets=np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int).tolist() if sizes else [],
            learned=learned,
            fixed={g: prior_sd for g in groups if g not in learned},
        )
    return layouts


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
    effects: dict[str, Effects]

    def coords(self) -> dict[str, list[str]]:
        """Model coordinates: the groups whose spread each part learns."""
        coords: dict[str, list[str]] = {}
        for part, effects in self.effects.items():
            if effects.learned:
                coords[f"{part}_spread"] = list(effects.learned)
        return coords

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
        effects=effect_layouts(levels, config),
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


@dataclass
class QuerySplit:
    """Training queries split by how their log-odds are formed, to keep each gradient step small.

    Most queries count one judgment, at its own time (calibration queries): their log-odds is
    that judgment's calibrated log-odds. Only the rest pool several (decayed, recency-weighted,
    extremized). Each judgment's calibrated log-odds is computed once and gathered into every
    query row that counts it, instead of once per row.
    """

    judgment_combo: npt.NDArray[np.int64]  # per distinct judgment: its source combination
    judgment_x: Array  # per distinct judgment: its stated log-odds
    plain_query: npt.NDArray[np.int64]  # queries whose log-odds is one judgment's, undecayed
    plain_judgment: npt.NDArray[np.int64] | None  # their judgment (None: judgment i for query i)
    pooled_query: npt.NDArray[np.int64]  # the other queries
    row_judgment: npt.NDArray[np.int64]  # rows of the pooled queries: distinct judgment index
    row_query: npt.NDArray[np.int64]  # ... and position among the pooled queries
    row_weight: Array
    row_ratio: Array


def split_queries(training: TrainingSet, row_combo: npt.NDArray[np.int64]) -> QuerySplit:
    """Plain and pooled queries of a training set (see ``QuerySplit``)."""
    layout = training.layout
    judgments, first, row_j = np.unique(layout.row_judgment, return_index=True, return_inverse=True)
    row_j = row_j.reshape(-1)
    rows_per_query = np.bincount(layout.row_query, minlength=layout.n_queries)
    plain_row = (
        (rows_per_query[layout.row_query] == 1) & (layout.row_ratio >= 1.0) & (layout.log_neff[layout.row_query] == 0.0)
    )
    order = np.argsort(layout.row_query[plain_row], kind="stable")
    plain_query = layout.row_query[plain_row][order]
    plain_judgment = row_j[plain_row][order]
    is_plain = np.zeros(layout.n_queries, dtype=bool)
    is_plain[plain_query] = True
    pooled_query = np.flatnonzero(~is_plain)
    position = np.cumsum(~is_plain) - 1
    rows = ~plain_row
    identity = len(plain_judgment) == len(judgments) and bool(np.all(plain_judgment == np.arange(len(judgments))))
    return QuerySplit(
        judgment_combo=row_combo[first],
        judgment_x=training.x[first],
        plain_query=plain_query,
        plain_judgment=None if identity else plain_judgment,
        pooled_query=pooled_query,
        row_judgment=row_j[rows],
        row_query=position[layout.row_query[rows]],
        row_weight=layout.row_weight[rows],
        row_ratio=layout.row_ratio[rows],
    )


def _outcome_loglik(
    training: TrainingSet, bias: Any, slope: Any, row_combo: npt.NDArray[np.int64], extremize: Any, data: GraphData
) -> Any:
    """The weighted Bernoulli log-likelihood of every training query's outcome."""
    layout = training.layout
    split = split_queries(training, row_combo)
    combo = data.add(split.judgment_combo)
    ell = bias[combo] + slope[combo] * data.add(split.judgment_x)
    total: Any = 0.0
    if len(split.plain_query):
        q = split.plain_query
        eta = ell if split.plain_judgment is None else ell[data.add(split.plain_judgment)]
        eta = eta + data.add(layout.shift[q]) if np.any(layout.shift[q]) else eta
        total = total + _bernoulli_loglik(data, eta, training.outcome[q], training.weight[q])
    if len(split.pooled_query):
        q = split.pooled_query
        rows = ell[data.add(split.row_judgment)]
        decays = split.row_ratio < 1.0
        if decays.any():
            # log(expm1(r * softplus(l))): the hazard decay of forecasts.model.hazard on the graph.
            ratio = data.add(split.row_ratio)
            decayed = pt.log(pt.expm1(pt.maximum(ratio * pt.softplus(rows), 1e-12)))
            rows = pt.switch(data.add(decays), decayed, rows)
        weight_sum = data.add(layout.weight_sum[q])
        zeros = pt.zeros_like(weight_sum)  # type: ignore[no-untyped-call]
        sums = pt.inc_subtensor(  # type: ignore[no-untyped-call]
            zeros[data.add(split.row_query)], data.add(split.row_weight) * rows
        )
        scale = pt.exp(extremize * data.add(layout.log_neff[q]))
        eta = scale * (sums / weight_sum) + data.add(layout.shift[q])
        total = total + _bernoulli_loglik(data, eta, training.outcome[q], training.weight[q])
    return total


def _bernoulli_loglik(data: GraphData, eta: Any, outcome: Array, weight: Array) -> Any:
    # A weighted Bernoulli likelihood: log p(y | eta) = y * eta - log(1 + e^eta).
    y = data.add(outcome)
    return (data.add(weight) * (y * eta - pt.softplus(eta))).sum()


class GraphData:
    """The model's data on the graph: packed into three ``pm.Data`` arrays, read back as slices.

    Compiled code is cached on disk under a key that covers the graph's constants (PyTensor's
    numba backend hashes them in), so data baked in as constants would make every new forecast
    or resolution a cache miss and a full recompile; as data (graph inputs) a refit on changed
    data of the same structure reuses the compiled code. Packed, because the compiled function
    checks the type of every input on every call, and ADVI calls it thousands of times: three
    inputs instead of two dozen. Segment bounds are data too, so sizes are not constants either.
    """

    def __init__(self) -> None:
        self._floats = pm.Data("data_floats", np.zeros(0))
        self._ints = pm.Data("data_ints", np.zeros(0, dtype=np.int64))
        self._bounds = pm.Data("data_bounds", np.zeros(0, dtype=np.int64))
        # Keyed by "is integer": the flattened segments of each packed array, and their bounds.
        self._segments: dict[bool, list[npt.NDArray[Any]]] = {True: [], False: []}
        self._bound_values: list[int] = []

    def add(self, values: npt.ArrayLike) -> Any:
        """``values`` (a scalar, vector or matrix) on the graph; integers and booleans stay integers."""
        array = np.asarray(values)
        integer = array.dtype.kind in "iub"
        segments = self._segments[integer]
        start = sum(len(segment) for segment in segments)
        segments.append(array.astype(np.int64 if integer else float).ravel())
        k = len(self._bound_values)
        self._bound_values += [start, start + array.size]
        flat = (self._ints if integer else self._floats)[self._bounds[k] : self._bounds[k + 1]]
        if array.ndim == 0:
            return flat[0]
        # -1: the row count is data; the column count (groups) is structure.
        return flat if array.ndim == 1 else flat.reshape((-1, *array.shape[1:]))

    def store(self) -> None:
        """Set the packed arrays once every segment is added."""
        packed = ((self._floats, self._segments[False]), (self._ints, self._segments[True]))
        for variable, values in (*packed, (self._bounds, [np.asarray(self._bound_values)])):
            # In the dtypes pm.Data chose (its integer type may be int32).
            variable.set_value(np.concatenate(values).astype(variable.dtype) if values else np.zeros(0, variable.dtype))


def build_model(training: TrainingSet, config: ModelConfig) -> pm.Model:
    """The calibration-and-pooling model for a training set (no sampling happens here)."""
    priors = config.priors
    combos, row_combo = source_combinations(training)
    with pm.Model(coords=training.coords()) as model:
        data = GraphData()
        base_rate = pm.Beta("base_rate", priors.base_rate_alpha, priors.base_rate_beta)
        if training.base_total:
            pm.Binomial(
                "base_outcomes",
                n=data.add(training.base_total),
                p=base_rate,
                observed=data.add(training.base_yes),
            )
        bias_mu = pm.Normal("bias_mu", 0.0, priors.bias_mu_sd)
        slope_mu = pm.Normal("slope_mu", priors.slope_mu, priors.slope_mu_sd)
        extremize = pm.Beta("extremize", priors.extremize_alpha, priors.extremize_beta)
        bias = bias_mu + _combination_effects(training.effects["bias"], combos, priors.bias_group_sd, data)
        slope = slope_mu + _combination_effects(training.effects["slope"], combos, priors.slope_group_sd, data)
        if training.n_rows:
            pm.Potential("outcome", _outcome_loglik(training, bias, slope, row_combo, extremize, data))
        data.store()
    return model


def zero_sum_levels(raw: Any, sizes: npt.NDArray[np.int64]) -> Any:
    """Levels that sum to zero within each group, from n - 1 free values per group (last axis).

    PyMC's ZeroSumNormal map, for groups of ``sizes`` levels stacked in one vector: with s the
    sum of a group's free values and n its size, the levels are the free values and
    s / (sqrt(n) + n) - s / sqrt(n), all minus s / (sqrt(n) + n). It is an isometry onto the
    zero-sum subspace, so standard normal free values give ZeroSumNormal(1) levels. Works on
    PyTensor tensors (the graph) and numpy arrays of draws (``forecasts.model.fit``) alike.
    """
    k = len(sizes)
    free = sizes - 1
    group_of_free = np.repeat(np.arange(k), free)
    if isinstance(raw, np.ndarray):
        sums = np.zeros((*raw.shape[:-1], k))
        np.add.at(sums.T, group_of_free, np.moveaxis(raw, -1, 0))
        concatenate: Any = np.concatenate
    else:
        sums = pt.inc_subtensor(pt.zeros(k)[group_of_free], raw)  # type: ignore[no-untyped-call]
        concatenate = pt.concatenate
    root = np.sqrt(sizes)
    norm = sums / (root + sizes)
    fill = norm - sums / root
    free_start = np.concatenate([[0], np.cumsum(free)[:-1]])
    position = np.concatenate([np.append(free_start[g] + np.arange(free[g]), free.sum() + g) for g in range(k)]).astype(
        np.int64
    )
    group_of_level = np.repeat(np.arange(k), sizes)
    return concatenate([raw, fill], axis=-1)[..., position] - norm[..., group_of_level]


def _combination_effects(effects: Effects, combos: npt.NDArray[np.int64], prior_sd: float, data: GraphData) -> Any:
    """Each source combination's summed group effects for one part (bias or slope), on the graph.

    Each group's z is a ZeroSumNormal(1) over its levels (as in the module docstring), drawn as
    n - 1 free standard normals mapped isometrically onto the zero-sum levels
    (``zero_sum_levels``), all groups in one vector, and scaled by its group's spread. Stacking
    the groups keeps the graph small (a handful of nodes instead of a ZeroSumNormal transform per
    group), which shortens the compile of every fit; the map has no redundant direction, which
    keeps NUTS's steps as long as with ZeroSumNormal itself.
    """
    if not effects.groups:
        return 0.0
    part = effects.part
    sizes = np.asarray(effects.sizes)
    raw = pm.Normal(f"{part}_z", 0.0, 1.0, shape=int(sizes.sum() - len(sizes)))
    z = zero_sum_levels(raw, sizes)
    group_of_level = np.repeat(np.arange(len(effects.groups)), effects.sizes)
    fixed = np.array([effects.fixed.get(g, 0.0) for g in effects.groups])
    if effects.learned:
        spread = pm.HalfNormal(f"{part}_sd", prior_sd, dims=f"{part}_spread")
        position = np.array([effects.learned.index(g) if g in effects.learned else 0 for g in effects.groups])
        is_learned = np.array([g in effects.learned for g in effects.groups])
        sd_of_group = pt.switch(is_learned, spread[position], fixed)
    else:
        sd_of_group = pt.as_tensor(fixed)
    effect = sd_of_group[group_of_level] * z
    columns = [effects.all_groups.index(g) for g in effects.groups]
    level = combos[:, columns] + np.asarray(effects.offsets)[None, :]
    return effect[data.add(level)].sum(axis=1)
