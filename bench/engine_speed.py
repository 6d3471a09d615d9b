"""Speed of the Bayesian engine, side by side with its baselines, in one run.

    python bench/engine_speed.py            # the full run (4 to 15 minutes on 2 cores, by machine)
    python bench/engine_speed.py --quick    # smaller, for a smoke test
    python bench/engine_speed.py --only-full  # section 1 only, with the worst R-hat per variable

Simulated world (seeded): scenarios whose true log-odds are Normal(-0.4, 1.6); sources (speakers,
forecasters) with their own bias and slope (stated log-odds = (truth - bias) / slope + noise),
spread over outlets and hedge phrases; each scenario gets judgments from random sources over its
window; half the scenarios are resolved (training), the other half are held out with their
simulated outcomes (scoring).

Printed:
1. the full model at 2,000 scenarios / 20,000 judgments / 200 sources: NUTS (nutpie) time with
   R-hat, ESS and divergences; ADVI time and its largest gap to NUTS on scenario probabilities;
2. compile cache: the same fit's compile step in a fresh process with an empty PyTensor cache
   and with a warm one (PYTENSOR_FLAGS=base_compiledir=...);
3. scaling: 100 / 1,000 / 10,000 scenarios, NUTS and ADVI;
4. baselines on the held-out scenarios: one small PyMC model per scenario (timed on a sample,
   extrapolated), and the closed-form aggregates (mean, median, geometric mean of odds,
   extremized mean of log-odds, recency-weighted median), Brier side by side with the model;
5. the incremental update: a forecast appended to a scenario file, the shown probability
   recomputed from the stored calibration (no refit), in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("PYTENSOR_FLAGS", f"base_compiledir={REPO / '.pytensor'}")
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from forecasts.model.config import FitConfig, ModelConfig  # noqa: E402
from forecasts.model.data import ModelData, expit, logit  # noqa: E402

PHRASES = [("likely", 14.07, 5.45), ("probably", 9.41, 4.58), ("unlikely", 4.6, 14.0), ("possible", 2.74, 3.98)]


def simulate(n_scenarios: int, n_judgments: int, n_sources: int, seed: int = 1) -> tuple[ModelData, np.ndarray]:
    """A simulated world: model data (half the units resolved) and every unit's true outcome."""
    rng = np.random.default_rng(seed)
    truth = rng.normal(-0.4, 1.6, n_scenarios)
    outcome = (rng.random(n_scenarios) < expit(truth)).astype(float)
    bias = rng.normal(0.0, 0.4, n_sources)
    slope = np.exp(rng.normal(0.15, 0.25, n_sources))  # > 1 on average: stated odds too extreme
    noise = rng.uniform(0.4, 1.2, n_sources)
    outlet = rng.integers(0, max(n_sources // 10, 1), n_sources)
    start = 18000.0 + rng.uniform(0, 300, n_scenarios)
    length = rng.uniform(14, 120, n_scenarios)
    resolved = rng.random(n_scenarios) < 0.5
    units = pd.DataFrame(
        {
            "key": [f"s{i}" for i in range(n_scenarios)],
            "scenario": [f"s{i}" for i in range(n_scenarios)],
            "option": None,
            "opens": start,
            "deadline": start + length,
            "shape": 0.0,
            "outcome": np.where(resolved, outcome, np.nan),
            "settled_at": np.where(resolved, start + length, np.nan),
            "n_options": 1,
        }
    )
    unit = rng.integers(0, n_scenarios, n_judgments)
    who = rng.integers(0, n_sources, n_judgments)
    stated = (truth[unit] - bias[who]) / slope[who] + rng.normal(0, 1, n_judgments) * noise[who]
    p = expit(stated)
    hedged = rng.random(n_judgments) < 0.15
    phrase = rng.integers(0, len(PHRASES), n_judgments)
    beta_a = np.where(hedged, [PHRASES[k][1] for k in phrase], np.nan)
    beta_b = np.where(hedged, [PHRASES[k][2] for k in phrase], np.nan)
    means = np.array([a / (a + b) for _, a, b in PHRASES])
    closest = np.argmin(np.abs(p[:, None] - means[None, :]), axis=1)  # a person says the nearest hedge
    phrase = np.where(hedged, closest, phrase)
    beta_a = np.where(hedged, [PHRASES[k][1] for k in phrase], np.nan)
    beta_b = np.where(hedged, [PHRASES[k][2] for k in phrase], np.nan)
    p = np.where(hedged, beta_a / (beta_a + beta_b), p)
    at = start[unit] + rng.uniform(0, 0.9, n_judgments) * length[unit]
    judgments = pd.DataFrame(
        {
            "unit": [f"s{i}" for i in unit],
            "who": [f"w{i}" for i in who],
            "outlet": [f"o{outlet[i]}" for i in who],
            "phrase": np.where(hedged, [PHRASES[k][0] for k in phrase], "(number)"),
            "kind": "forecast",
            "at": at,
            "p": p,
            "beta_a": beta_a,
            "beta_b": beta_b,
            "offset": 0.0,
            "scale": 1.0,
        }
    )
    evidence = pd.DataFrame(columns=["unit", "at", "shift", "sd"])
    units["settled_at"] = units["settled_at"].astype(float)
    return ModelData(units, judgments, evidence), outcome


def fit(
    data: ModelData, method: str, config: ModelConfig, draws: int = 500, tune: int = 500
) -> tuple[object, float, float]:
    """(fit result, seconds to build, seconds to fit); the result's ``config`` has the half-life chosen."""
    from forecasts.model.build import build_model, training_set
    from forecasts.model.fit import fit_model
    from forecasts.model.recency import resolve_recency

    start = time.perf_counter()
    config, recency = resolve_recency(data, config)
    training = training_set(data, config)
    model = build_model(training, config)
    built = time.perf_counter() - start
    result = fit_model(
        model, training, FitConfig(method=method, draws=draws, tune=tune), config.training_half_life_days
    )
    result.config = config  # type: ignore[attr-defined]
    result.recency = recency  # type: ignore[attr-defined]
    return result, built, result.seconds


def held_out_predictions(result: object, data: ModelData) -> tuple[np.ndarray, np.ndarray]:
    """Posterior mean P(yes) of every held-out unit at its last judgment, and the unit indices."""
    from forecasts.model.pooling import build_layout, predict_probabilities

    config: ModelConfig = result.config  # type: ignore[attr-defined]

    held = np.flatnonzero(data.units["outcome"].isna().to_numpy())
    last = data.judgments.groupby("unit")["at"].max()
    keys = data.units["key"].to_numpy()
    queries = [(int(u), float(last.get(keys[u], data.units["opens"].iloc[u]))) for u in held]
    layout = build_layout(data, queries, config)
    draws = predict_probabilities(result.calibration, data, layout, config)  # type: ignore[attr-defined]
    return draws.mean(axis=0), held


def closed_form(data: ModelData, held: np.ndarray, extremize: float, config: ModelConfig) -> dict[str, np.ndarray]:
    """The crowd aggregates of each held-out unit's judgments (each source's latest)."""
    from forecasts.model.backtest import crowd_aggregates

    keys = data.units["key"].to_numpy()
    judgments = data.judgments.sort_values("at", kind="stable")
    grouped = {k: g.groupby("who").tail(1).rename(columns={"p": "probability"}) for k, g in judgments.groupby("unit")}
    names = ["mean", "median", "geometric_mean_odds", "extremized_logodds", "recency_weighted_median"]
    out = {n: np.full(len(held), 0.5) for n in names}
    for i, u in enumerate(held):
        group = grouped.get(keys[u])
        if group is None:
            continue
        values = crowd_aggregates(group, extremize, config.clip)
        for n in names:
            out[n][i] = values[n]
    return out


def fit_extremizing_on_training(data: ModelData, config: ModelConfig) -> float:
    """Satopaa's factor fitted on the resolved units' mean log-odds."""
    from scipy import optimize

    resolved = data.units[data.units["outcome"].notna()]
    outcome = dict(zip(resolved["key"], resolved["outcome"], strict=True))
    j = data.judgments[data.judgments["unit"].isin(outcome)]
    latest = j.sort_values("at").groupby(["unit", "who"]).tail(1)
    means = latest.assign(x=logit(latest["p"].to_numpy(), config.clip)).groupby("unit")["x"].mean()
    y = np.array([outcome[k] for k in means.index])
    m = means.to_numpy()
    res = optimize.minimize_scalar(
        lambda a: float(np.sum(np.logaddexp(0, a * m) - y * a * m)), bounds=(0.2, 6), method="bounded"
    )
    return float(res.x)


def per_scenario_models(
    data: ModelData, held: np.ndarray, sample: int, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, float]:
    """One small PyMC model per scenario (no shared calibration): timed on ``sample`` scenarios.

    Each: logit p ~ Normal(0, 1.5); every judgment's log-odds ~ Normal(logit p, sigma),
    sigma ~ HalfNormal(1). Returns (predictions, which held-out units, seconds per scenario).
    """
    import pymc as pm

    rng = np.random.default_rng(seed)
    chosen = rng.choice(held, size=min(sample, len(held)), replace=False)
    keys = data.units["key"].to_numpy()
    preds = []
    start = time.perf_counter()
    for u in chosen:
        rows = data.judgments[data.judgments["unit"] == keys[u]]
        x = logit(rows["p"].to_numpy(), 0.01)
        with pm.Model():
            theta = pm.Normal("theta", 0.0, 1.5)
            sigma = pm.HalfNormal("sigma", 1.0)
            if len(x):
                pm.Normal("x", theta, sigma, observed=x)
            tree = pm.sample(
                draws=300,
                tune=300,
                chains=2,
                cores=1,
                progressbar=False,
                quiet=True,
                nuts_sampler="nutpie",
                random_seed=1,
                compute_convergence_checks=False,
            )
        preds.append(float(expit(np.asarray(tree["posterior"]["theta"].values)).mean()))
    seconds = (time.perf_counter() - start) / len(chosen)
    return np.asarray(preds), chosen, seconds


def brier(p: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def compile_cache_probe(n_scenarios: int) -> None:
    """Compile the same model in fresh processes: empty cache, then warm cache."""
    code = (
        f"import time,sys; sys.path.insert(0, {str(REPO)!r}); "
        "from bench.engine_speed import simulate; from forecasts.model.config import ModelConfig; "
        "from forecasts.model.build import training_set, build_model; import nutpie; "
        f"d,_=simulate({n_scenarios}, {n_scenarios * 10}, 200); c=ModelConfig(); m=build_model(training_set(d,c),c); "
        "t=time.perf_counter(); nutpie.compile_pymc_model(m); print(round(time.perf_counter()-t,2))"
    )
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTENSOR_FLAGS": f"base_compiledir={cache}"}
        cold = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout.strip()
        warm = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout.strip()
    print(f"  compile (nutpie, numba) in a fresh process: empty cache {cold} s · warm cache {warm} s")


def incremental_probe() -> None:
    """Fit the bundled case (ADVI), append a forecast, time the shown probability's recompute."""
    from forecasts.dates import now_utc
    from forecasts.model.update import update_posterior
    from forecasts.scenario import ForecastEntry
    from forecasts.state import scenario_state
    from forecasts.store import append_history, load_catalog, read_scenario

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "scenarios"
        shutil.copytree(REPO / "scenarios", root, ignore=shutil.ignore_patterns("_posterior"))
        catalog = load_catalog(root)
        moment = now_utc()
        update_posterior(root, catalog.files, moment, False, ModelConfig(), FitConfig(method="advi"))
        path = root / "iran-2020" / "us-strikes-iran.yaml"
        before = scenario_state(read_scenario(path), moment)
        fresh = []
        for _ in range(20):
            start = time.perf_counter()
            scenario_state(read_scenario(path), moment)
            fresh.append(time.perf_counter() - start)
        entry = ForecastEntry(type="forecast", at="2020-01-09T09:00:00+00:00", by="Bench Tester", probability=0.5)
        timings = []
        for i in range(10):
            start = time.perf_counter()
            append_history(path, entry.model_copy(update={"probability": 0.3 + 0.02 * i}))
            appended = time.perf_counter()
            after = scenario_state(read_scenario(path), moment)
            timings.append((appended - start, time.perf_counter() - appended))
        write = np.median([t[0] for t in timings]) * 1000
        shown = np.median([t[1] for t in timings]) * 1000
        print(
            f"  stored summary (file unchanged): {np.median(fresh) * 1000:.1f} ms · after appending a forecast: "
            f"append {write:.1f} ms + recompute shown probability {shown:.1f} ms (median of 10; target <= 100 ms)"
        )
        print(
            f"  us-strikes-iran: {before.estimate.probability:.4f} -> {after.estimate.probability:.4f} [{after.estimate.detail}]"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke test")
    parser.add_argument(
        "--only-full",
        action="store_true",
        help="section 1 only (the full model's NUTS and ADVI), with R-hat per variable",
    )
    args = parser.parse_args()
    config = ModelConfig()
    size = (200, 2000, 50) if args.quick else (2000, 20000, 200)
    print(f"engine speed · {os.cpu_count()} cores · PYTENSOR_FLAGS={os.environ['PYTENSOR_FLAGS']}")
    print(f"\n1. full model: {size[0]:,} scenarios, {size[1]:,} judgments, {size[2]} sources (half resolved)")
    data, truth = simulate(*size)
    nuts, built, nuts_s = fit(data, "nuts", config, draws=2000, tune=500)
    d = nuts.diagnostics  # type: ignore[attr-defined]
    print(
        f"  NUTS (nutpie, 2 chains x 2000 draws + 500 tune, compile included): {nuts_s:6.1f} s (graph {built:.1f} s) · "
        f"R-hat max {d['max_rhat']:.4f} · ESS bulk min {d['min_ess_bulk']:.0f} · divergences {d['divergences']}"
    )
    if args.only_full:
        worst = list(d["rhat_by_variable"].items())[:6]
        print("  worst R-hat: " + ", ".join(f"{name} {value:.4f}" for name, value in worst))
    advi, _, advi_s = fit(data, "advi", config)
    p_nuts, held = held_out_predictions(nuts, data)
    p_advi, _ = held_out_predictions(advi, data)
    gap = np.abs(p_nuts - p_advi)
    print(
        f"  ADVI ({FitConfig().advi_iterations} iterations):              {advi_s:6.1f} s · "
        f"|P_ADVI - P_NUTS| on {len(held)} held-out scenarios: max {gap.max():.4f}, mean {gap.mean():.4f}"
    )

    if args.only_full:
        return

    print("\n2. compile cache")
    compile_cache_probe(size[0])

    print("\n3. scaling (10 judgments per scenario, 200 sources)")
    print(f"  {'scenarios':>9} {'judgments':>9} {'NUTS s':>8} {'R-hat':>7} {'div':>4} {'ADVI s':>8}")
    for n in (100, 1000) if args.quick else (100, 1000, 10000):
        sim, _ = simulate(n, n * 10, 200, seed=n)
        r_nuts, _, s_nuts = fit(sim, "nuts", config)
        r_advi, _, s_advi = fit(sim, "advi", config)
        dn = r_nuts.diagnostics  # type: ignore[attr-defined]
        print(f"  {n:>9,} {n * 10:>9,} {s_nuts:>8.1f} {dn['max_rhat']:>7.3f} {dn['divergences']:>4} {s_advi:>8.1f}")

    print(f"\n4. baselines on {len(held)} held-out scenarios (Brier, lower is better)")
    y = truth[held]
    extremize = fit_extremizing_on_training(data, config)
    # (method, Brier, seconds; None for the closed-form aggregates, which take no fit)
    rows: list[tuple[str, float, float | None]] = [
        ("model, NUTS (one joint fit)", brier(p_nuts, y), nuts_s),
        ("model, ADVI", brier(p_advi, y), advi_s),
    ]
    learnt, _, learnt_s = fit(data, "advi", config.model_copy(update={"half_life_days": "learn"}))
    days = learnt.recency.half_life_days  # type: ignore[attr-defined]
    rows.append(
        (f"model, ADVI, --half-life learn ({days}d)", brier(held_out_predictions(learnt, data)[0], y), learnt_s)
    )
    for name, values in closed_form(data, held, extremize, config).items():
        rows.append((name + (f" (a={extremize:.2f})" if name == "extremized_logodds" else ""), brier(values, y), None))
    sample = 10 if args.quick else 20
    small, chosen, per = per_scenario_models(data, held, sample)
    index = {u: i for i, u in enumerate(held)}
    pick = np.array([index[u] for u in chosen])
    print(
        f"  one small NUTS model per scenario: {per:.2f} s each, so ~{per * len(data.units):,.0f} s for all "
        f"{len(data.units):,}; Brier on its {len(chosen)} sampled scenarios {brier(small, truth[chosen]):.4f} "
        f"vs the joint model's {brier(p_nuts[pick], truth[chosen]):.4f} on the same"
    )
    print(f"  {'method':<40} {'Brier':>7} {'seconds':>8}")
    for name, score, seconds in sorted(rows, key=lambda r: r[1]):
        print(f"  {name:<40} {score:>7.4f} {'' if seconds is None else f'{seconds:8.1f}'}")

    print("\n5. incremental update (bundled case, ADVI calibration)")
    incremental_probe()


if __name__ == "__main__":
    main()
