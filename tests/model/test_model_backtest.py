"""Backtest scores against hand-computed values, and the PredictionBook target (slow)."""

import json
import math
from datetime import UTC, datetime

import numpy as np
import pytest

from forecasts.model.backtest import (
    brier,
    calibration_table,
    crowd_aggregates,
    fit_platt,
    log_score,
    read_forecasts,
    weighted_median,
)
from testdata import require_shared


def test_scores_by_hand():
    p = np.array([0.9, 0.2, 0.6])
    y = np.array([1.0, 0.0, 0.0])
    assert brier(p, y) == pytest.approx((0.01 + 0.04 + 0.36) / 3)
    assert log_score(p, y) == pytest.approx((math.log(0.9) + math.log(0.8) + math.log(0.4)) / 3)
    assert log_score(np.array([1.0]), np.array([0.0])) == pytest.approx(math.log(0.001))


def test_calibration_bins_count_and_bound_the_observed_share():
    p = np.array([0.05, 0.07, 0.95, 0.96, 0.97])
    y = np.array([0, 1, 1, 1, 1])
    table = calibration_table(p, y)
    assert [b["count"] for b in table] == [2, 3]
    low, high = table[0]["interval"]
    assert low < table[0]["observed"] == 0.5 < high


def test_platt_recovers_a_known_recalibration():
    rng = np.random.default_rng(0)
    x = rng.normal(0, 2, 20000)
    y = (rng.random(len(x)) < 1 / (1 + np.exp(-(-0.5 + 0.6 * x)))).astype(float)
    a, b = fit_platt(1 / (1 + np.exp(-x)), y, 1e-6)
    assert a == pytest.approx(-0.5, abs=0.06) and b == pytest.approx(0.6, abs=0.04)


def test_crowd_aggregates():
    import pandas as pd

    latest = pd.DataFrame({"probability": [0.2, 0.5, 0.8]})
    values = crowd_aggregates(latest, extremize=2.0, clip=1e-6)
    assert values["mean"] == pytest.approx(0.5) and values["median"] == pytest.approx(0.5)
    assert values["geometric_mean_odds"] == pytest.approx(0.5)
    assert weighted_median(np.array([0.1, 0.9]), np.array([1.0, 3.0])) == 0.9


@pytest.mark.slow
def test_predictionbook_target(tmp_path):
    """The issue's target: cutoff 2015-01-01, the model ahead of raw and Platt, Brier <= 0.153."""
    from forecasts.model.backtest import score_forecasts
    from forecasts.model.config import FitConfig, ModelConfig

    path = require_shared("data/forecasts/predictionbook/forecasts.csv.gz")
    result = score_forecasts(read_forecasts(path), datetime(2015, 1, 1, tzinfo=UTC), ModelConfig(), FitConfig())
    brier_scores = result["brier"]
    assert brier_scores["model"] <= 0.153, json.dumps(brier_scores)
    assert brier_scores["model"] < brier_scores["platt"] < brier_scores["raw"]
    assert result["log_score"]["model"] > result["log_score"]["raw"]
