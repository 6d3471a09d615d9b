"""Backtests on real data, printed side by side (PredictionBook, then GJP), in one run.

    python bench/backtest.py [--method nuts|advi] [--half-life DAYS|none|learn ...]

PredictionBook (cutoff 2015-01-01): raw forecasts, a global Platt recalibration and the model,
Brier and log scores on every forecast made after the cutoff. GJP year 1 (cutoff 2011-10-01):
per-question aggregates (mean, median, geometric mean of odds, extremized mean of log-odds,
recency-weighted median) against the model's pooled estimate. Each ``--half-life`` setting is a
run of its own (default: 14 and learn), so the recency settings compare side by side. Needs
../shared/data/forecasts.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("PYTENSOR_FLAGS", f"base_compiledir={REPO / '.pytensor'}")
sys.path.insert(0, str(REPO))

import forecasts.cli  # noqa: E402,F401  (registers the commands; importing command.py first would be circular)
from forecasts.model.backtest import read_forecasts, score_aggregates, score_forecasts  # noqa: E402
from forecasts.model.command import HalfLife, backtest_text  # noqa: E402
from forecasts.model.config import FitConfig, ModelConfig  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "forecasts"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--method", choices=["nuts", "advi"], default="nuts")
    parser.add_argument("--half-life", nargs="+", default=["14", "learn"], help="settings to compare")
    args = parser.parse_args()
    settings = [HalfLife().convert(value, None, None) for value in args.half_life]
    fit = FitConfig(method=args.method)
    runs = [
        ("predictionbook", DATA / "predictionbook" / "forecasts.csv.gz", None, datetime(2015, 1, 1, tzinfo=UTC)),
        (
            "gjp",
            DATA / "gjp" / "survey_fcasts_mini.yr1.csv",
            DATA / "gjp" / "ifps.csv",
            datetime(2011, 10, 1, tzinfo=UTC),
        ),
    ]
    for name, path, questions, cutoff in runs:
        if not path.exists():
            print(f"{name}: {path} not found (the ../shared material sits beside the checkout only in development)")
            continue
        data = read_forecasts(path, questions)
        for label, setting in zip(args.half_life, settings, strict=True):
            start = time.perf_counter()
            model = ModelConfig(half_life_days=setting)
            if data.options:
                result = score_aggregates(data, cutoff, model, fit)
            else:
                result = score_forecasts(data, cutoff, model, fit)
            print(f"--half-life {label}")
            print(backtest_text(result))
            print(f"  ({time.perf_counter() - start:.1f} s in all)\n")


if __name__ == "__main__":
    main()
