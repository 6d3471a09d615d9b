"""Fitting: NUTS through nutpie (the default) or ADVI, into plain draws with diagnostics.

NUTS goes through ``pm.sample(nuts_sampler="nutpie")``: nutpie compiles the log-density with
numba and samples in Rust, with the progress bar off. Compiled code is cached on disk by
PyTensor; ``PYTENSOR_FLAGS=base_compiledir=DIR`` moves the cache (both the C and the numba
caches). NUTS gets the data as constants (nutpie's per-fit wrapper compiles slowly with many data
inputs, and as data they gain nothing measurable), so its log-density is fully cached for a
refit on the same data, and partly otherwise. Tests swap ``pm.sample`` for
``pymc.testing.mock_sample`` when they only need the plumbing.

ADVI (``pm.fit``, mean-field) is the fast path: an approximation whose draws are good for
means, a little narrow for intervals. Its parameters are averaged over the last part of the run
(Polyak-Ruppert): the last iterate of a stochastic optimizer jitters around the optimum, and the
average of many iterates sits much closer to it, which halves the gap to NUTS at no cost. It
runs on PyTensor's default backend (numba in PyTensor 3), whose compiled pieces are cached on
disk in the same place. The graph takes its data as inputs (``forecasts.model.build``), so a
refit after new forecasts, evidence or resolutions by known sources reuses the compiled code.
Most of a warm fit's fixed cost is PyTensor rewriting the graph, which is why
``forecasts.model.build`` keeps the graph small.
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
from pymc.model.transform.optimization import freeze_dims_and_data

from forecasts.model.build import TrainingSet, zero_sum_levels
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


def calibration_from_draws(posterior: Any, training: TrainingSet, fade_days: float | None) -> Calibration:
    """Stack chains x draws into one axis for every variable the predictions need.

    The graph stacks every group's levels in one vector per part (``forecasts.model.build``);
    predictions read them per group: ``<part>_sd_<group>`` (D,) and ``<part>_z_<group>`` (D, levels),
    zeros for a group without effects in that part.
    """

    def stacked(name: str) -> Array:
        values = np.asarray(posterior[name].values, dtype=float)
        return values.reshape(values.shape[0] * values.shape[1], *values.shape[2:])

    draws: dict[str, Array] = {name: stacked(name) for name in SCALARS}
    n = draws["bias_mu"].shape[0]
    for part, effects in training.effects.items():
        raw = stacked(f"{part}_z") if effects.groups else None
        levels = zero_sum_levels(raw, np.asarray(effects.sizes)) if raw is not None else None
        spread = stacked(f"{part}_sd") if effects.learned else None
        for group, names in training.levels.items():
            if levels is None or group not in effects.groups:
                draws[f"{part}_sd_{group}"] = np.zeros(n)
                draws[f"{part}_z_{group}"] = np.zeros((n, len(names)))
                continue
            draws[f"{part}_z_{group}"] = levels[:, effects.slice(group)]
            draws[f"{part}_sd_{group}"] = (
                spread[:, effects.learned.index(group)]
                if spread is not None and group in effects.learned
                else np.full(n, effects.fixed[group])
            )
    levels_by_group = {group: list(names) for group, names in training.levels.items()}
    return Calibration(levels_by_group, draws, dict(training.last_seen), fade_days)


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
        # nutpie compiles a wrapper around the log-density for every fit, and that wrapper grows
        # with each data variable it must read (minutes when the data were two dozen arrays), so
        # NUTS gets the data as constants. Packed into three arrays they would compile quickly,
        # but gain nothing measurable: at bench size, warm, a fit took 31.6 s with the data as
        # inputs (same or new data alike), against 28.7 s with them as constants on the same data
        # and 33.4 s on new data (the log-density recompiles).
        # ADVI keeps them as data: its compiled code, cached on disk, then serves any refit whose
        # data changed but whose structure did not.
        with freeze_dims_and_data(model), warnings.catch_warnings():
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
    calibration = calibration_from_draws(posterior, training, fade_days)
    return FitResult(
        calibration=calibration.thinned(config.keep_draws),
        method=config.method,
        seconds=seconds,
        diagnostics=diagnostics,
    )
