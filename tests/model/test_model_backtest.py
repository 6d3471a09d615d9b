"""Backtest scores against hand-computed values, and the PredictionBook target (slow)."""

import json
import math
from datetime import UTC, datetime

import numpy as np
import pytest

from forecasts.model.backtest import (
    brier,
    calibration_of,
    crowd_aggregates,
    fit_platt,
    log_score,
    question_prediction,
    read_forecasts,
    weighted_median,
)
from forecasts.scoring import brier_score, wilson_interval
from testdata import require_shared


def test_scores_by_hand():
    p = np.array([0.9, 0.2, 0.6])
    y = np.array([1.0, 0.0, 0.0])
    assert brier(p, y) == pytest.approx((0.01 + 0.04 + 0.36) / 3)
    # The log score is a loss, -ln p(what happened), as in `forecasts score`: lower is better.
    assert log_score(p, y) == pytest.approx(-(math.log(0.9) + math.log(0.8) + math.log(0.4)) / 3)
    assert log_score(np.array([1.0]), np.array([0.0])) == pytest.approx(-math.log(0.001))


def test_a_question_with_options_scores_as_in_forecasts_score():
    # Half the sum over options: 0.39, not the GJP's 0-2 sum (0.78) the backtest used to report.
    p = {"q:a": 0.5, "q:b": 0.3, "q:c": 0.2}
    probabilities, outcome = question_prediction(p, {"q:a": 0.0, "q:b": 1.0, "q:c": 0.0})
    assert outcome == "q:b"
    assert brier_score(probabilities, outcome) == pytest.approx(0.5 * (0.25 + 0.49 + 0.04)) == pytest.approx(0.39)
    # One unit is a yes/no question: its Brier is (p - outcome)^2.
    single, happened = question_prediction({"u": 0.8}, {"u": 0.0})
    assert (single, happened) == ({"yes": 0.8, "no": pytest.approx(0.2)}, "no")
    assert brier_score(single, happened) == pytest.approx(0.64)


def test_calibration_bins_count_and_bound_the_observed_share():
    p = np.array([0.05, 0.07, 0.95, 0.96, 0.97])
    y = np.array([0, 1, 1, 1, 1])
    table = calibration_of(p, y)
    assert [b["n"] for b in table] == [2, 3]
    low, high = table[0]["interval"]
    assert low < table[0]["observed"] == 0.5 < high
    # The score command's 95% Wilson interval, not a second kind.
    assert (low, high) == pytest.approx(wilson_interval(1, 2), abs=1e-6)


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
    assert result["log_score"]["model"] < result["log_score"]["raw"]
