"""Recency: how fast a judgment's weight in a pool fades, chosen from the resolved questions.

Whether last month's forecast still counts depends on the questions: where news moves the
answer, the latest views know more; where it does not, dropping older views only throws away
judges. So the half-life is not fixed but chosen, before the fit, from the training data: for
each candidate half-life, every resolved unit's pooled training queries are scored with a small
logistic recalibration of the recency-weighted mean log-odds (intercept, slope, and an
extremization term that grows with the effective number of judges, as the model's own pool
does), and the candidate with the lowest weighted log loss wins. Each candidate gets the same
three parameters, so in-sample losses compare fairly. With too few resolved units to tell,
``half_life_fallback_days`` is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from scipy import optimize, special

from forecasts.model.config import ModelConfig
from forecasts.model.data import ModelData
from forecasts.model.hazard import decay_logit
from forecasts.model.pooling import build_layout, judgment_logits, training_queries

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class RecencyChoice:
    """The half-life used, how it was chosen, and the log loss of every candidate (per query)."""

    half_life_days: float | None
    how: str
    losses: dict[str, float] = field(default_factory=dict)

    def report(self) -> dict[str, object]:
        """For the posterior file and the backtest's JSON."""
        return {"half_life_days": self.half_life_days, "how": self.how, "log_loss": self.losses}


def candidate_label(half_life: float | None) -> str:
    """``14d`` or ``none`` (no decay)."""
    return "none" if half_life is None else f"{half_life:g}d"


def _recalibrated_loss(mean: Array, log_neff: Array, outcome: Array, weight: Array) -> float:
    """Weighted log loss of y ~ Bernoulli(logit^-1(a + b m + c m log n_eff)) at its best a, b, c."""
    features = np.stack([np.ones_like(mean), mean, mean * log_neff], axis=1)

    def loss(w: Array) -> tuple[float, Array]:
        eta = features @ w
        # expit, not 1 / (1 + exp(-eta)): separable pools push eta past exp's range (an overflow
        # warning the user would see) on the way to the optimum.
        p = special.expit(eta)
        value = float(np.sum(weight * (np.logaddexp(0.0, eta) - outcome * eta)))
        return value, features.T @ (weight * (p - outcome))

    start = np.array([0.0, 1.0, 0.0])
    result = optimize.minimize(loss, start, jac=True, method="L-BFGS-B")
    return float(result.fun) / float(weight.sum())


def pooled_loss(data: ModelData, config: ModelConfig, x: Array) -> tuple[float, int]:
    """The recalibrated log loss of ``config``'s recency-weighted pools, and how many units it covers."""
    layout = build_layout(data, training_queries(data, config), config, training=True)
    counts = np.bincount(layout.row_query, minlength=layout.n_queries)
    keep = counts >= 2  # a pool of one says nothing about weighting
    if not keep.any():
        return float("nan"), 0
    ell = decay_logit(x[layout.row_judgment], layout.row_ratio)
    sums = np.bincount(layout.row_query, weights=layout.row_weight * ell, minlength=layout.n_queries)
    mean = sums[keep] / layout.weight_sum[keep] + layout.shift[keep]
    units = layout.query_unit[keep]
    per_unit = np.bincount(units, minlength=len(data.units)).astype(float)
    outcome = data.units["outcome"].to_numpy(dtype=float)[units]
    return _recalibrated_loss(mean, layout.log_neff[keep], outcome, 1.0 / per_unit[units]), len(np.unique(units))


def choose_half_life(data: ModelData, config: ModelConfig) -> RecencyChoice:
    """The half-life to pool with: ``config.half_life_days`` as set, or learnt (see the module)."""
    setting = config.half_life_days
    if not isinstance(setting, str):  # a number of days, or None: as set ('learn' is the only string)
        return RecencyChoice(setting, "set")
    x = judgment_logits(data, config)
    losses: dict[str, float] = {}
    best: tuple[float, float | None] | None = None
    covered = 0
    for candidate in config.half_life_candidates:
        loss, covered = pooled_loss(data, config.model_copy(update={"half_life_days": candidate}), x)
        losses[candidate_label(candidate)] = round(loss, 6)
        if covered >= config.min_units_to_learn_half_life and (best is None or loss < best[0]):
            best = (loss, candidate)
    if best is None:
        fallback = config.half_life_fallback_days
        how = (
            f"fallback: {covered} resolved units with pooled judgments, fewer than the "
            f"{config.min_units_to_learn_half_life} 'learn' needs to choose, so the fallback "
            f"{candidate_label(fallback)} is used"
        )
        return RecencyChoice(fallback, how, losses)
    return RecencyChoice(best[1], f"learnt from {covered} resolved units", losses)


def resolve_recency(data: ModelData, config: ModelConfig) -> tuple[ModelConfig, RecencyChoice]:
    """``config`` with a concrete half-life for ``data`` (the one fitted, stored and predicted with)."""
    choice = choose_half_life(data, config)
    return config.model_copy(update={"half_life_days": choice.half_life_days}), choice
