"""Base rates (issue 18), measured. This file has one section per half of the issue's item 5:

1. the outside view in the model (this section): on the bundled case, the Brier score of the
   model with and without the base rates, and of the base rate alone;
2. rules as SQL at archive scale: 100 rules over 50 million synthetic GDELT rows in Parquet,
   DuckDB batched (one scan for all the rules) and per rule against the check's pandas matcher,
   with the memory peaks (``bench/baserate_sql.py``, which also runs on its own).

    python bench/baserate.py [--method advi|nuts] [--seed N] [--section all|model|sql]
                             [--rows N] [--rules N] [--pandas-months N] [--keep]

(``--rows 2000000 --rules 20`` makes section 2 a quick check.)

The bundled case's rules need GDELT history for the five years before 4 January 2020. There is
no network here, so the outside-view section computes its base rates from a SYNTHETIC history
(``forecasts.synthetic_history``: made-up daily rates, written to a temporary store and labelled
as such in the output). Its figures show the machinery working end to end, not what real
history would do for these questions: with `forecasts events sync` on a user's machine the same
run measures that.

Two views of "with and without": the replay as of 2020-01-04 (the day the article appeared:
nothing resolved yet, so the base rate's weight is the population prior's, and the scores are
out of sample), and the fit on everything (its weights learnt from the very outcomes it is
scored on: in sample, an upper bound).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("PYTENSOR_FLAGS", f"base_compiledir={REPO / '.pytensor'}")
sys.path.insert(0, str(REPO))

from baserate_sql import sql_section  # noqa: E402  (section 2, in bench/ beside this file)

import forecasts.cli  # noqa: E402,F401  (registers the commands before command modules are imported)
from forecasts.baserate import BaseRates, write_base_rates  # noqa: E402
from forecasts.baserate_command import compute_selection, select_scenarios, store_incident_source  # noqa: E402
from forecasts.model.config import FitConfig, ModelConfig  # noqa: E402
from forecasts.model.posterior import posterior_folder  # noqa: E402
from forecasts.model.update import update_posterior  # noqa: E402
from forecasts.scoring import brier_score, collect_predictions, score_by  # noqa: E402
from forecasts.state import catalog_states  # noqa: E402
from forecasts.store import ScenarioFile, load_catalog  # noqa: E402
from forecasts.synthetic_history import write_synthetic_store  # noqa: E402

CASE = "iran-2020"
HISTORY = (date(2015, 1, 4), date(2020, 1, 3))  # the five years before the case's scenarios were created
ARTICLE_DAY = datetime(2020, 1, 4, 23, 59, tzinfo=UTC)
EVERYTHING = datetime(2020, 12, 31, tzinfo=UTC)


# --- 1. the outside view in the model ----------------------------------------------------------


def synthetic_base_rates(root: Path, files: list[ScenarioFile], store: Path) -> BaseRates:
    """Base rates of every bundled scenario with a rule, from a SYNTHETIC store written to ``store``."""
    write_synthetic_store(store, HISTORY[0], HISTORY[1])
    selection = select_scenarios(files, None, every=True)
    incidents_of = store_incident_source("duckdb", store)
    label = f"SYNTHETIC history in {store} (made-up rates, not real events)"
    rates = compute_selection(selection, incidents_of, None, None, label)  # every rule in one pass over the store
    return BaseRates({rate.scenario: rate for rate in rates}, label)


def model_briers(summary: dict[str, Any], files: list[ScenarioFile]) -> dict[str, float]:
    """The model's Brier score on each resolved scenario, from its current forecast in the fit
    (the replay's at its date; the full fit's last before resolution)."""
    scores: dict[str, float] = {}
    for state in catalog_states(files, EVERYTHING):
        scenario = state.scenario
        entry = summary["scenarios"].get(scenario.id)
        if entry is None or state.resolution is None or state.resolution.outcome in ("annulled", "ambiguous"):
            continue
        point = entry["current"]
        if "options" in point:
            probabilities = {option: value["mean"] for option, value in point["options"].items()}
        else:
            probabilities = {"yes": point["mean"], "no": 1.0 - point["mean"]}
        scores[scenario.id] = brier_score(probabilities, state.resolution.outcome)
    return scores


def outside_calibration(summary: dict[str, Any]) -> str:
    """The learned bias and slope effects of the 'base rate' levels (who, kind, phrase), in words."""
    parts = []
    for group, found in summary["calibration"]["groups"].items():
        for name, effect in found["levels"].items():
            if "base rate" in name:
                parts.append(f"{group} bias {effect['bias']:+.2f}, slope {effect['slope']:+.2f}")
    population = summary["calibration"]
    return (
        "; ".join(parts or ["no level of its own (too few levels to learn)"])
        + f" (population: bias {population['bias_mu']['mean']:+.2f}, slope {population['slope_mu']['mean']:.2f})"
    )


def outside_view_section(method: str, seed: int) -> None:
    print("== 1. the outside view in the model: Brier with and without base rates (bundled case) ==")
    with tempfile.TemporaryDirectory(prefix="baserate-bench-") as folder:
        root = Path(folder) / "scenarios"
        shutil.copytree(REPO / "scenarios" / CASE, root / CASE)
        files = load_catalog(root).files
        start = time.perf_counter()
        rates = synthetic_base_rates(root, files, Path(folder) / "events")
        print(f"history: {rates.history.replace(folder, '<tmp>')}")
        print(f"base rates of {len(rates.rates)} scenarios with rules in {time.perf_counter() - start:.1f} s:")
        for key, rate in sorted(rates.rates.items()):
            low, high = rate.interval()
            print(
                f"  {key:32s} {rate.tiled_matched:3d} of {rate.tiled_windows:3d} {rate.window_days:2d}-day windows; "
                f"P(at least one) {rate.mean:6.1%} (90% {low:.1%} to {high:.1%})"
            )
        write_base_rates(posterior_folder(root), rates)
        fit = FitConfig(method=method, seed=seed)
        results: dict[tuple[str, bool], dict[str, float]] = {}
        learned: dict[str, str] = {}
        for label, moment, replay in (
            ("as of 2020-01-04", ARTICLE_DAY, True),
            ("fit on everything", EVERYTHING, False),
        ):
            for outside in (False, True):
                start = time.perf_counter()
                report = update_posterior(root, files, moment, replay, ModelConfig(outside_view=outside), fit)
                results[(label, outside)] = model_briers(report.summary, files)
                if outside:
                    learned[label] = outside_calibration(report.summary)
                print(
                    f"  fitted {label}, outside view {'on' if outside else 'off'} in {time.perf_counter() - start:.1f} s"
                )
        with_rules = set(rates.rates)
        print()
        print(f"{'model':40s} {'all resolved':>14s} {'with a base rate':>18s}")
        for label, _, _ in (("as of 2020-01-04", 0, 0), ("fit on everything", 0, 0)):
            for outside in (False, True):
                scores = results[(label, outside)]
                ruled = [v for k, v in scores.items() if k in with_rules]
                name = f"{label}, {'with' if outside else 'without'} outside view"
                print(
                    f"{name:40s} {sum(scores.values()) / len(scores):8.4f} (n={len(scores)}) "
                    f"{sum(ruled) / len(ruled):10.4f} (n={len(ruled)})"
                )
        states = catalog_states(files, EVERYTHING)
        collected = collect_predictions(states, base_rates=rates.rates)
        for group in score_by(collected.predictions, "forecaster"):
            if group.name == "base rate alone":
                print(f"{'base rate alone (SYNTHETIC)':40s} {'':>14s} {group.brier:10.4f} (n={group.n})")
        print()
        for label, text in learned.items():
            print(f"the source 'base rate' as calibrated in the fit {label}: {text}")
    print("(Brier: half the sum over outcomes of (p - o)^2, as `forecasts score`; lower is better.)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--method", choices=["advi", "nuts"], default="advi")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--section", choices=["all", "model", "sql"], default="all", help="model: section 1 only; sql: section 2 only"
    )
    parser.add_argument("--rows", type=int, default=50_000_000, help="section 2: synthetic GDELT rows")
    parser.add_argument("--rules", type=int, default=100, help="section 2: generated rules")
    parser.add_argument("--pandas-months", type=int, default=None, help="section 2: pandas on N months, extrapolated")
    parser.add_argument("--keep", action="store_true", help="section 2: keep the generated store in /tmp")
    args = parser.parse_args()
    if args.section in ("all", "model"):
        outside_view_section(args.method, args.seed)
    if args.section in ("all", "sql"):
        print("\n== 2. rules as SQL at archive scale (bench/baserate_sql.py) ==")
        sql_section(args.rows, args.rules, args.pandas_months, args.keep)


if __name__ == "__main__":
    main()
