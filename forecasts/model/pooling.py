"""Pooling: which judgments count for a unit at an instant, and the probability they give.

For a unit at instant T, the judgments that count are each person's latest one made by T (a
forecaster's newer forecast supersedes the older; a speaker's newer claim likewise), at most
``max_judgments_per_snapshot`` of them, most recent first. Each one is

1. calibrated: l = a + b * logit(p), with a (bias) and b (slope; < 1 means over-confident) the
   sum of population, who, outlet, phrase and kind effects (``forecasts.model.build``);
2. decayed to T with the hazard model (``forecasts.model.hazard``): the judgment covered the
   window from its own time, T sees less of it;
3. weighted by recency: weight 2 ** (-(T - t) / half_life).

The pooled log-odds are the weighted mean m, extremized by the effective number of judges
n = (sum w)^2 / sum w^2 as n**lambda * m (lambda = 0: plain average, as if everyone shared one
signal; lambda = 1: independent evidence adds up; learned from resolved units). Evidence
recorded after a judgment and by T then shifts the log-odds by its log likelihood ratio, scaled
by the share of the pooled weight that had not seen it. A unit nobody has judged gets the base
rate, decayed like a judgment made when its window opened.

The same layout serves training (instants = judgment times of resolved units) and prediction,
where ``predict_probabilities`` turns stored calibration draws into probability draws in numpy:
no PyMC, no compilation, fast enough for incremental updates between fits.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

from forecasts.model.config import LEARN, ModelConfig
from forecasts.model.data import ModelData, expit, logit
from forecasts.model.hazard import decay_logit, decay_probability, decay_ratio, remaining_hazard

Array = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
LN2 = math.log(2.0)


@dataclass
class Layout:
    """Flat arrays: one entry per (query, counted judgment) row, and per query.

    Rows point at judgments (``row_judgment``) and queries (``row_query``); ``row_weight`` is the
    recency weight, ``row_ratio`` the hazard decay ratio. Per query: the weight sum, the log of
    the effective number of judges, the mean evidence shift, the base-rate decay ratio (for
    queries without judgments), whether the window has closed, and the unit.
    """

    row_judgment: IntArray
    row_query: IntArray
    row_weight: Array
    row_ratio: Array
    query_unit: IntArray
    query_time: Array
    weight_sum: Array
    log_neff: Array
    shift: Array
    base_ratio: Array
    closed: npt.NDArray[np.bool_]
    evidence_query: IntArray
    evidence_index: IntArray
    evidence_coef: Array

    @property
    def n_queries(self) -> int:
        """Number of queries."""
        return len(self.query_unit)

    def empty(self) -> npt.NDArray[np.bool_]:
        """Queries with no judgment counted."""
        return np.asarray(self.weight_sum <= 0)


def build_layout(
    data: ModelData, queries: Sequence[tuple[int, float]], config: ModelConfig, training: bool = False
) -> Layout:
    """The pooling layout for (unit index, instant) queries.

    ``training`` keeps judgments strictly before a unit's settlement (the event or the deadline
    outcome), so the model never learns from what was said once the answer was known.
    """
    units = data.units
    judgments = data.judgments
    j_unit = judgments["unit"].map(data.unit_index()).to_numpy()
    if len(j_unit) and np.isnan(j_unit.astype(float)).any():
        raise ValueError("a judgment names a unit that is not in the units table")
    j_unit = j_unit.astype(np.int64)
    j_at = judgments["at"].to_numpy(dtype=float)
    j_who = judgments["who"].to_numpy()
    order = np.lexsort((np.arange(len(j_at)), j_at, j_unit))
    starts = np.searchsorted(j_unit[order], np.arange(len(units) + 1))
    opens = units["opens"].to_numpy(dtype=float)
    deadline = units["deadline"].to_numpy(dtype=float)
    shape = units["shape"].to_numpy(dtype=float)
    settled = units["settled_at"].to_numpy(dtype=float)
    ev = data.evidence
    ev_unit = ev["unit"].map(data.unit_index()).to_numpy(dtype=float) if len(ev) else np.zeros(0)
    ev_at = ev["at"].to_numpy(dtype=float) if len(ev) else np.zeros(0)
    ev_shift = ev["shift"].to_numpy(dtype=float) if len(ev) else np.zeros(0)
    half_life = config.half_life_days
    if half_life == LEARN:
        raise ValueError("half_life_days is 'learn': choose it first (forecasts.model.recency.resolve_recency)")
    limit = config.max_judgments_per_snapshot

    rows_j: list[int] = []
    rows_q: list[int] = []
    rows_w: list[float] = []
    rows_r: list[float] = []
    q_unit = np.array([q[0] for q in queries], dtype=np.int64)
    q_time = np.array([q[1] for q in queries], dtype=float)
    n = len(queries)
    weight_sum = np.zeros(n)
    log_neff = np.zeros(n)
    shift = np.zeros(n)
    e_q: list[int] = []
    e_i: list[int] = []
    e_c: list[float] = []
    for qi in range(n):
        u, t = int(q_unit[qi]), float(q_time[qi])
        idx = order[starts[u] : starts[u + 1]]
        latest: dict[object, int] = {}
        for j in idx[::-1]:
            if j_at[j] > t or (training and j_at[j] >= settled[u]):
                continue
            if j_who[j] not in latest:
                latest[j_who[j]] = int(j)
                if len(latest) >= limit:
                    break
        chosen = np.fromiter(latest.values(), dtype=np.int64, count=len(latest))
        if len(chosen):
            ages = t - j_at[chosen]
            w = np.exp(-LN2 * ages / half_life) if half_life else np.ones(len(chosen))
            ratio = decay_ratio(j_at[chosen], np.full(len(chosen), t), opens[u], deadline[u], shape[u])
            rows_j.extend(chosen.tolist())
            rows_q.extend([qi] * len(chosen))
            rows_w.extend(w.tolist())
            rows_r.extend(ratio.tolist())
            total = float(w.sum())
            weight_sum[qi] = total
            log_neff[qi] = math.log(total * total / float((w * w).sum()))
        if len(ev_at):
            for e in np.flatnonzero((ev_unit == u) & (ev_at <= t)):
                if training and ev_at[e] >= settled[u]:
                    continue
                if len(chosen):
                    unseen = float(w[j_at[chosen] < ev_at[e]].sum()) / weight_sum[qi]
                else:
                    unseen = 1.0
                if unseen > 0:
                    shift[qi] += unseen * ev_shift[e]
                    e_q.append(qi)
                    e_i.append(int(e))
                    e_c.append(unseen)
    base_ratio = remaining_hazard(q_time, opens[q_unit], deadline[q_unit], shape[q_unit]) if n else np.zeros(0)
    closed = (shape[q_unit] > 0) & (base_ratio <= 0) if n else np.zeros(0, dtype=bool)
    return Layout(
        row_judgment=np.asarray(rows_j, dtype=np.int64),
        row_query=np.asarray(rows_q, dtype=np.int64),
        row_weight=np.asarray(rows_w, dtype=float),
        row_ratio=np.asarray(rows_r, dtype=float),
        query_unit=q_unit,
        query_time=q_time,
        weight_sum=weight_sum,
        log_neff=log_neff,
        shift=shift,
        base_ratio=np.asarray(base_ratio, dtype=float),
        closed=np.asarray(closed, dtype=bool),
        evidence_query=np.asarray(e_q, dtype=np.int64),
        evidence_index=np.asarray(e_i, dtype=np.int64),
        evidence_coef=np.asarray(e_c, dtype=float),
    )


def alone_layout(data: ModelData, judgments: IntArray) -> Layout:
    """One query per judgment, counting that judgment alone, at its own time (no decay, no pooling).

    Training on these is plain calibration: how each stated probability relates to the outcome.
    """
    n = len(judgments)
    at = data.judgments["at"].to_numpy(dtype=float)[judgments]
    units = data.judgments["unit"].map(data.unit_index()).to_numpy(dtype=np.int64)[judgments]
    return Layout(
        row_judgment=np.asarray(judgments, dtype=np.int64),
        row_query=np.arange(n, dtype=np.int64),
        row_weight=np.ones(n),
        row_ratio=np.ones(n),
        query_unit=units,
        query_time=at,
        weight_sum=np.ones(n),
        log_neff=np.zeros(n),
        shift=np.zeros(n),
        base_ratio=np.ones(n),
        closed=np.zeros(n, dtype=bool),
        evidence_query=np.zeros(0, dtype=np.int64),
        evidence_index=np.zeros(0, dtype=np.int64),
        evidence_coef=np.zeros(0),
    )


def select_queries(layout: Layout, keep: npt.NDArray[np.bool_]) -> Layout:
    """The layout restricted to the queries in ``keep`` (renumbered in order)."""
    new_index = np.cumsum(keep) - 1
    rows = keep[layout.row_query]
    evidence = keep[layout.evidence_query] if len(layout.evidence_query) else np.zeros(0, dtype=bool)
    return Layout(
        row_judgment=layout.row_judgment[rows],
        row_query=new_index[layout.row_query[rows]],
        row_weight=layout.row_weight[rows],
        row_ratio=layout.row_ratio[rows],
        query_unit=layout.query_unit[keep],
        query_time=layout.query_time[keep],
        weight_sum=layout.weight_sum[keep],
        log_neff=layout.log_neff[keep],
        shift=layout.shift[keep],
        base_ratio=layout.base_ratio[keep],
        closed=layout.closed[keep],
        evidence_query=new_index[layout.evidence_query[evidence]] if len(evidence) else layout.evidence_query,
        evidence_index=layout.evidence_index[evidence] if len(evidence) else layout.evidence_index,
        evidence_coef=layout.evidence_coef[evidence] if len(evidence) else layout.evidence_coef,
    )


def concat_layouts(first: Layout, second: Layout) -> Layout:
    """Queries of ``first`` then of ``second`` in one layout."""
    offset = first.n_queries
    return Layout(
        row_judgment=np.concatenate([first.row_judgment, second.row_judgment]),
        row_query=np.concatenate([first.row_query, second.row_query + offset]),
        row_weight=np.concatenate([first.row_weight, second.row_weight]),
        row_ratio=np.concatenate([first.row_ratio, second.row_ratio]),
        query_unit=np.concatenate([first.query_unit, second.query_unit]),
        query_time=np.concatenate([first.query_time, second.query_time]),
        weight_sum=np.concatenate([first.weight_sum, second.weight_sum]),
        log_neff=np.concatenate([first.log_neff, second.log_neff]),
        shift=np.concatenate([first.shift, second.shift]),
        base_ratio=np.concatenate([first.base_ratio, second.base_ratio]),
        closed=np.concatenate([first.closed, second.closed]),
        evidence_query=np.concatenate([first.evidence_query, second.evidence_query + offset]),
        evidence_index=np.concatenate([first.evidence_index, second.evidence_index]),
        evidence_coef=np.concatenate([first.evidence_coef, second.evidence_coef]),
    )


def training_queries(data: ModelData, config: ModelConfig) -> list[tuple[int, float]]:
    """Instants at which resolved units are scored in training: judgment times before settlement.

    At most ``max_snapshots_per_unit`` per unit, spread evenly over its judgment times and always
    including the last one (the most informed view before the answer was known).
    """
    units = data.units
    index = data.unit_index()
    outcome = units["outcome"].to_numpy(dtype=float)
    settled = units["settled_at"].to_numpy(dtype=float)
    j = data.judgments
    unit_of = j["unit"].map(index).to_numpy()
    at = j["at"].to_numpy(dtype=float)
    queries: list[tuple[int, float]] = []
    frame = pd.DataFrame({"u": unit_of, "at": at})
    frame = frame[~np.isnan(outcome[frame["u"].to_numpy(dtype=np.int64)])] if len(frame) else frame
    for u, group in frame.groupby("u", sort=True):
        u = int(u)
        times = np.unique(group["at"].to_numpy())
        times = times[times < settled[u]]
        if not len(times):
            continue
        k = config.max_snapshots_per_unit
        if len(times) > k:
            picks = np.unique(np.round(np.linspace(0, len(times) - 1, k)).astype(int))
            times = times[picks]
        queries.extend((u, float(t)) for t in times)
    return queries


def judgment_logits(data: ModelData, config: ModelConfig) -> Array:
    """Stated probabilities as log-odds, read within [clip, 1 - clip]."""
    return logit(data.judgments["p"].to_numpy(dtype=float), config.clip)


@dataclass
class Calibration:
    """Posterior draws of the calibration model, as plain arrays (see ``forecasts.model.build``).

    ``levels`` names the levels of each group seen in training; ``draws`` holds ``bias_mu``,
    ``slope_mu``, ``extremize``, ``base_rate`` (D,), and per group ``bias_sd_<g>``,
    ``slope_sd_<g>`` (D,) and ``bias_z_<g>``, ``slope_z_<g>`` (D, levels).
    """

    levels: dict[str, list[str]]
    draws: dict[str, Array]
    # When each level was last seen in training (days since the epoch), for fading track records.
    last_seen: dict[str, list[float]] = field(default_factory=dict)
    fade_days: float | None = None

    @property
    def n_draws(self) -> int:
        """Number of draws."""
        return int(self.draws["bias_mu"].shape[0])

    def thinned(self, keep: int) -> Calibration:
        """At most ``keep`` draws, evenly spaced."""
        if self.n_draws <= keep:
            return self
        pick = np.round(np.linspace(0, self.n_draws - 1, keep)).astype(int)
        return Calibration(self.levels, {k: v[pick] for k, v in self.draws.items()}, self.last_seen, self.fade_days)


def row_coefficients(
    calibration: Calibration, data: ModelData, rows: IntArray, rng: np.random.Generator, draw_new: bool = False
) -> tuple[Array, Array]:
    """Bias and slope draws (draws x rows) for the judgments ``rows``.

    A level not seen in training (a new speaker, say) gets the population's effect (zero), or
    with ``draw_new`` an effect drawn from the group's spread, Normal(0, group sd) per draw,
    shared by all of that level's judgments.
    """
    d = calibration.draws
    n_draws = calibration.n_draws
    bias = np.repeat(d["bias_mu"][:, None], len(rows), axis=1)
    slope = np.repeat(d["slope_mu"][:, None], len(rows), axis=1)
    for group, names in calibration.levels.items():
        values = data.judgments[group].to_numpy()[rows]
        lookup = {name: i for i, name in enumerate(names)}
        codes = np.array([lookup.get(v, -1) for v in values], dtype=np.int64)
        unseen = sorted({v for v, c in zip(values, codes, strict=True) if c < 0}, key=str)
        z_bias = d[f"bias_z_{group}"]
        z_slope = d[f"slope_z_{group}"]
        if unseen:
            extra = {v: len(names) + i for i, v in enumerate(unseen)}
            codes = np.array([c if c >= 0 else extra[v] for v, c in zip(values, codes, strict=True)], dtype=np.int64)
            shape = (n_draws, len(unseen))
            z_bias = np.concatenate([z_bias, rng.standard_normal(shape) if draw_new else np.zeros(shape)], axis=1)
            z_slope = np.concatenate([z_slope, rng.standard_normal(shape) if draw_new else np.zeros(shape)], axis=1)
        fade = np.ones(len(rows))
        seen_at = calibration.last_seen.get(group)
        if calibration.fade_days and seen_at:
            # A track record fades like training weights do: a level's learned effect shrinks
            # toward the population the longer ago it was last seen.
            last = np.array([seen_at[c] if 0 <= c < len(names) else np.nan for c in codes])
            gap = np.maximum(data.judgments["at"].to_numpy(dtype=float)[rows] - last, 0.0)
            fade = np.where(np.isnan(last), 1.0, np.exp2(-gap / calibration.fade_days))
        bias += d[f"bias_sd_{group}"][:, None] * z_bias[:, codes] * fade[None, :]
        slope += d[f"slope_sd_{group}"][:, None] * z_slope[:, codes] * fade[None, :]
    return bias, slope


def hedge_draws(data: ModelData, used: IntArray, n_draws: int, rng: np.random.Generator) -> tuple[IntArray, Array]:
    """One Beta draw per hedged claim (among judgments ``used``) and posterior draw, and each
    judgment's column in them.

    A claim's rows (one per option of a categorical scenario) share a column, so the options it
    speaks of move together draw by draw; a judgment reused at several instants (a history) keeps
    its draws. Column -1: a stated number, no draw.
    """
    j = data.judgments
    a = j["beta_a"].to_numpy(dtype=float)
    b = j["beta_b"].to_numpy(dtype=float)
    hedged = np.unique(used)
    hedged = hedged[~np.isnan(a[hedged])]
    column = np.full(len(j), -1, dtype=np.int64)
    if not len(hedged):
        return column, np.zeros((n_draws, 0))
    named = j["claim"].to_numpy(dtype=object)[hedged] if "claim" in j else np.full(len(hedged), "", dtype=object)
    # A row without a claim id is a claim of its own.
    ids = [c if isinstance(c, str) and c else f"#row{row}" for c, row in zip(named, hedged, strict=True)]
    _, first, inverse = np.unique(np.asarray(ids, dtype=object), return_index=True, return_inverse=True)
    column[hedged] = inverse.reshape(-1)
    return column, rng.beta(a[hedged][first], b[hedged][first], size=(n_draws, len(first)))


def judgment_draws(
    data: ModelData, rows: IntArray, n_draws: int, config: ModelConfig, hedges: tuple[IntArray, Array]
) -> Array:
    """Log-odds of the judgments ``rows`` per draw: hedges read through their claim's Beta draws."""
    j = data.judgments
    p = np.repeat(j["p"].to_numpy(dtype=float)[rows][None, :], n_draws, axis=0)
    column, claims = hedges
    cols = column[rows]
    hedged = np.flatnonzero(cols >= 0)
    if len(hedged):
        offset = j["offset"].to_numpy(dtype=float)[rows][hedged]
        scale = j["scale"].to_numpy(dtype=float)[rows][hedged]
        p[:, hedged] = offset + scale * claims[:, cols[hedged]]
    return logit(p, config.clip)


def predict_probabilities(
    calibration: Calibration,
    data: ModelData,
    layout: Layout,
    config: ModelConfig,
    seed: int = 0,
    max_cells: int = 4_000_000,
) -> Array:
    """Probability draws (draws x queries) for every query of the layout.

    Queries are processed in chunks so that draws x rows stays under ``max_cells``.
    """
    rng = np.random.default_rng(seed)
    n_draws = calibration.n_draws
    out = np.empty((n_draws, layout.n_queries))
    d = calibration.draws
    extremize = d["extremize"][:, None]
    base = d["base_rate"][:, None]
    ev = data.evidence
    ev_sd = ev["sd"].to_numpy(dtype=float) if len(ev) else np.zeros(0)
    ev_noise = rng.standard_normal((n_draws, len(ev_sd))) * ev_sd[None, :] if len(ev_sd) else np.zeros((n_draws, 0))
    hedges = hedge_draws(data, layout.row_judgment, n_draws, rng)
    row_starts = np.searchsorted(layout.row_query, np.arange(layout.n_queries + 1))
    chunk = max(1, max_cells // max(n_draws, 1))
    q0 = 0
    while q0 < layout.n_queries:
        q1 = q0 + 1
        while q1 < layout.n_queries and row_starts[q1 + 1] - row_starts[q0] <= chunk:
            q1 += 1
        r0, r1 = row_starts[q0], row_starts[q1]
        rows = layout.row_judgment[r0:r1]
        eta = np.zeros((n_draws, q1 - q0))
        if len(rows):
            bias, slope = row_coefficients(calibration, data, rows, rng, draw_new=config.new_level == "draw")
            x = judgment_draws(data, rows, n_draws, config, hedges)
            ell = decay_logit(bias + slope * x, np.broadcast_to(layout.row_ratio[r0:r1], bias.shape))
            ell = np.maximum(ell, -50.0)
            local = layout.row_query[r0:r1] - q0
            weighted = ell * layout.row_weight[r0:r1][None, :]
            sums = np.zeros((n_draws, q1 - q0))
            np.add.at(sums.T, local, weighted.T)
            has = layout.weight_sum[q0:q1] > 0
            mean = np.where(has, sums / np.where(has, layout.weight_sum[q0:q1], 1.0), 0.0)
            eta = np.exp(extremize * layout.log_neff[q0:q1][None, :]) * mean
        empty = layout.weight_sum[q0:q1] <= 0
        if empty.any():
            units = layout.query_unit[q0:q1][empty]
            n_options = data.units["n_options"].to_numpy(dtype=float)[units]
            prior = np.where(n_options > 1, 1.0 / n_options, base)
            eta[:, empty] = logit(decay_probability(prior, layout.base_ratio[q0:q1][empty][None, :]), 1e-12)
        eta += layout.shift[q0:q1][None, :]
        in_chunk = (layout.evidence_query >= q0) & (layout.evidence_query < q1)
        if in_chunk.any():
            noise = ev_noise[:, layout.evidence_index[in_chunk]] * layout.evidence_coef[in_chunk][None, :]
            np.add.at(eta.T, layout.evidence_query[in_chunk] - q0, noise.T)
        p = expit(eta)
        p[:, layout.closed[q0:q1]] = 0.0
        out[:, q0:q1] = p
        q0 = q1
    return out
