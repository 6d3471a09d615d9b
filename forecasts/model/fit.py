"""Fitting: NUTS through nutpie (the default) or ADVI, into plain draws with diagnostics.

NUTS goes through ``pm.sample(nuts_sampler="nutpie")``: nutpie compiles the log-density with
numba and samples in Rust, with the progress bar off. Compiled code is cached on disk by
PyTensor; ``PYTENSOR_FLAGS=base_compiledir=DIR`` moves the cache (both the C and the numba
caches), so a second fit of a model of the same structure skips most compilation. Tests swap
``pm.sample`` for ``pymc.testing.mock_sample`` when they only need the plumbing.

ADVI (``pm.fit``, mean-field) is the fast path: an approximation whose draws are good for
means, a little narrow for intervals. Its parameters are averaged over the last part of the run
(Polyak-Ruppert): the last iterate of a stochastic optimizer jitters around the optimum, and the
average of many iterates sits much closer to it, which halves the gap to NUTS at no cost. It
runs on PyTensor's C backend, whose compiled step is cached on disk (the numba step is
recompiled every run, which costs more than it saves).
"""

from __future__ import annotations

import logging
import time
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pymc as pm

from forecasts.model.build import TrainingSet
from forecasts.model.config import FitConfig
from forecasts.model.pooling import Calibration

Array = npt.NDArray[np.float64]
SCALARS = ("base_rate", "bias_mu", "slope_mu", "extremize")


@dataclass
class FitResult:
    """Draws as a calibration, and what the fit reports about itself."""

    calibration: Calibration
    method: str
    seconds: float
    diagnostics: dict[str, Any] = field(default_factory=dict)


def _quiet() -> None:
    for name in ("pymc", "pymc.sampling", "pytensor", "nutpie"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _calibration(
    posterior: Any, training: TrainingSet, fade_days: float | None, fixed: dict[str, float]
) -> Calibration:
    """Stack chains x draws into one axis for every variable the predictions need."""

    def stacked(name: str) -> Array:
        values = np.asarray(posterior[name].values, dtype=float)
        return values.reshape(values.shape[0] * values.shape[1], *values.shape[2:])

    draws: dict[str, Array] = {name: stacked(name) for name in SCALARS}
    levels: dict[str, list[str]] = {}
    n = draws["bias_mu"].shape[0]
    for group, names in training.levels.items():
        levels[group] = list(names)
        for part in ("bias", "slope"):
            if names and f"{part}_sd_{group}" not in posterior and f"{part}_sd_{group}" not in fixed:
                # A group without a slope of its own (not in slope_groups): zero spread, zero effects.
                draws[f"{part}_sd_{group}"] = np.zeros(n)
                draws[f"{part}_z_{group}"] = np.zeros((n, len(names)))
            elif names:
                sd = (
                    stacked(f"{part}_sd_{group}")
                    if f"{part}_sd_{group}" in posterior
                    else np.full(n, fixed[f"{part}_sd_{group}"])
                )
                draws[f"{part}_sd_{group}"] = sd
                if f"{part}_effect_{group}" in posterior:
                    effect = stacked(f"{part}_effect_{group}").reshape(n, len(names))
                    safe = np.where(sd > 1e-12, sd, 1.0)[:, None]
                    draws[f"{part}_z_{group}"] = np.where(sd[:, None] > 1e-12, effect / safe, 0.0)
                else:
                    draws[f"{part}_z_{group}"] = stacked(f"{part}_z_{group}").reshape(n, len(names))
            else:
                draws[f"{part}_sd_{group}"] = np.zeros(n)
                draws[f"{part}_z_{group}"] = np.zeros((n, 0))
    return Calibration(levels, draws, dict(training.last_seen), fade_days)


def _fixed_values(model: pm.Model) -> dict[str, float]:
    """Spreads the model holds fixed (``pm.Data``), by name."""
    values: dict[str, float] = {}
    for variable in model.data_vars:
        data = np.asarray(variable.get_value())
        if data.ndim == 0:
            values[variable.name] = float(data)
    return values


def _diagnostics(tree: Any) -> dict[str, Any]:
    import arviz as az

    posterior = tree["posterior"]
    result: dict[str, Any] = {"chains": int(posterior.sizes["chain"]), "draws": int(posterior.sizes["draw"])}
    if result["chains"] > 1 and result["draws"] >= 4:
        rhat = az.rhat(tree)
        ess = az.ess(tree)
        by_variable = {
            str(name): float(np.nanmax(v.values)) for name, v in rhat.to_dataset().data_vars.items() if v.size
        }
        result["max_rhat"] = max(by_variable.values())
        # Worst first: which part of the model mixes slowest, for whoever tunes it.
        result["rhat_by_variable"] = dict(sorted(by_variable.items(), key=lambda item: -item[1]))
        result["min_ess_bulk"] = float(min(float(np.nanmin(v.values)) for v in ess.to_dataset().data_vars.values()))
    if "sample_stats" in tree and "diverging" in tree["sample_stats"]:
        result["divergences"] = int(np.asarray(tree["sample_stats"]["diverging"].values).sum())
    return result


class IterateAverage:
    """A ``pm.fit`` callback: the running mean of the approximation's parameters after ``start``."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.total: list[Array] | None = None
        self.count = 0

    def __call__(self, approx: Any, losses: Any, i: int) -> None:
        if i <= self.start:
            return
        values = [np.asarray(p.get_value(), dtype=float) for p in approx.params]
        if self.total is None:
            self.total = [v.copy() for v in values]
        else:
            for total, value in zip(self.total, values, strict=True):
                total += value
        self.count += 1

    def apply(self, approx: Any) -> None:
        """Set the approximation's parameters to their average (no-op if nothing was averaged)."""
        if self.total is None:
            return
        for param, total in zip(approx.params, self.total, strict=True):
            param.set_value((total / self.count).astype(param.dtype))


def fit_model(model: pm.Model, training: TrainingSet, config: FitConfig, fade_days: float | None = None) -> FitResult:
    """Fit the model with NUTS (nutpie) or ADVI as ``config.method`` says.

    ``fade_days`` (the model's ``training_half_life_days``) is kept with the draws: predictions
    shrink a level's learned effect by half for every that many days since it was last seen.
    """
    _quiet()
    start = time.perf_counter()
    if config.method == "advi":
        average = IterateAverage(round(config.advi_iterations * (1 - config.advi_average_fraction)))
        with model, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            approx = pm.fit(
                n=config.advi_iterations,
                method="advi",
                random_seed=config.seed,
                progressbar=False,
                obj_optimizer=pm.adam(learning_rate=config.advi_learning_rate),
                callbacks=[average] if config.advi_average_fraction > 0 else None,
                # Keep the loss output: with score=False (PyMC 6.4) the compiled step has no output
                # to collect the random generator's update from, every step reuses one Monte Carlo
                # draw, and the fit diverges (seen here on a two-parameter normal model).
                score=True,
            )
            average.apply(approx)
            tree = approx.sample(draws=config.draws * config.chains, random_seed=config.seed)
        posterior = tree["posterior"]
        diagnostics: dict[str, Any] = {
            "iterations": config.advi_iterations,
            "averaged_iterations": average.count,
            "final_loss": float(np.mean(approx.hist[-max(1, config.advi_iterations // 20) :])),
        }
    else:
        with model, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = pm.sample(
                draws=config.draws,
                tune=config.tune,
                chains=config.chains,
                cores=min(config.chains, 2),
                random_seed=config.seed,
                nuts_sampler="nutpie",
                progressbar=False,
                quiet=True,
                compute_convergence_checks=False,
                nuts={"target_accept": config.target_accept, "adaptation": config.adaptation},
            )
        posterior = tree["posterior"]
        diagnostics = _diagnostics(tree)
    seconds = time.perf_counter() - start
    fixed = _fixed_values(model)
    calibration = _calibration(posterior, training, fade_days, fixed)
    return FitResult(
        calibration=calibration.thinned(config.keep_draws),
        method=config.method,
        seconds=seconds,
        diagnostics=diagnostics,
    )
