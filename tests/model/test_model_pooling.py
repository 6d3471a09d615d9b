"""Pooling: latest per person, recency weights, evidence seen since, training cut at settlement."""

import math

import numpy as np
import pandas as pd
import pytest

from forecasts.model.config import ModelConfig
from forecasts.model.data import EVIDENCE_COLUMNS, JUDGMENT_COLUMNS, ModelData, expit
from forecasts.model.pooling import Calibration, build_layout, predict_probabilities, training_queries


def world(judgments, evidence=(), outcome=math.nan, settled=math.nan, shape=0.0):
    units = pd.DataFrame(
        [
            {
                "key": "u",
                "scenario": "u",
                "option": None,
                "opens": 0.0,
                "deadline": 100.0,
                "shape": shape,
                "outcome": outcome,
                "settled_at": settled,
                "n_options": 1,
            }
        ]
    )
    rows = [
        {
            "unit": "u",
            "who": who,
            "outlet": "(none)",
            "phrase": "(number)",
            "kind": "forecast",
            "at": at,
            "p": p,
            "beta_a": math.nan,
            "beta_b": math.nan,
            "offset": 0.0,
            "scale": 1.0,
        }
        for who, at, p in judgments
    ]
    ev = pd.DataFrame([{"unit": "u", "at": at, "shift": s, "sd": 0.0} for at, s in evidence], columns=EVIDENCE_COLUMNS)
    return ModelData(units, pd.DataFrame(rows, columns=JUDGMENT_COLUMNS), ev)


def identity_calibration(extremize=0.0, base_rate=0.3, draws=4):
    one = np.ones(draws)
    return Calibration(
        levels={},
        draws={"bias_mu": 0 * one, "slope_mu": one, "extremize": extremize * one, "base_rate": base_rate * one},
    )


def logit(p):
    return math.log(p / (1 - p))


def test_a_newer_forecast_supersedes_the_older_and_recency_weighs_the_rest():
    config = ModelConfig(half_life_days=2.0)
    data = world([("ana", 0.0, 0.2), ("ben", 3.0, 0.4), ("ana", 5.0, 0.6)])
    layout = build_layout(data, [(0, 6.0)], config)
    assert sorted(layout.row_judgment.tolist()) == [1, 2]  # ana's 0.2 is superseded by her 0.6
    weights = dict(zip(layout.row_judgment.tolist(), layout.row_weight.tolist(), strict=True))
    assert weights[2] == pytest.approx(2 ** (-1 / 2)) and weights[1] == pytest.approx(2 ** (-3 / 2))
    p = predict_probabilities(identity_calibration(), data, layout, config)
    expected = (weights[2] * logit(0.6) + weights[1] * logit(0.4)) / (weights[1] + weights[2])
    assert p[0, 0] == pytest.approx(expit(expected))


def test_extremization_adds_independent_evidence():
    config = ModelConfig(half_life_days=None)
    data = world([("ana", 1.0, 0.7), ("ben", 1.0, 0.7)])
    layout = build_layout(data, [(0, 2.0)], config)
    averaged = predict_probabilities(identity_calibration(extremize=0.0), data, layout, config)[0, 0]
    summed = predict_probabilities(identity_calibration(extremize=1.0), data, layout, config)[0, 0]
    assert averaged == pytest.approx(0.7)
    assert summed == pytest.approx(expit(2 * logit(0.7)))  # n_eff = 2, 2**1 * mean


def test_evidence_shifts_only_judgments_made_before_it():
    config = ModelConfig(half_life_days=None)
    data = world([("ana", 1.0, 0.5), ("ben", 5.0, 0.5)], evidence=[(3.0, math.log(4))])
    layout = build_layout(data, [(0, 6.0)], config)
    # Half the weight (ana's) had not seen it: the pooled log-odds move by half of log 4.
    assert layout.shift[0] == pytest.approx(0.5 * math.log(4))
    p = predict_probabilities(identity_calibration(), data, layout, config)[0, 0]
    assert p == pytest.approx(expit(0.5 * math.log(4)))


def test_nobody_judged_gives_the_decayed_base_rate():
    config = ModelConfig()
    data = world([], shape=1.0)
    layout = build_layout(data, [(0, 50.0)], config)
    p = predict_probabilities(identity_calibration(base_rate=0.3), data, layout, config)[0, 0]
    assert p == pytest.approx(1 - 0.7**0.5)


def test_training_never_sees_what_was_said_once_the_answer_was_known():
    config = ModelConfig()
    data = world([("ana", 1.0, 0.3), ("ben", 2.0, 0.4), ("ana", 9.0, 0.99)], outcome=1.0, settled=8.0)
    queries = training_queries(data, config)
    assert [t for _, t in queries] == [1.0, 2.0]
    layout = build_layout(data, queries, config, training=True)
    assert 2 not in layout.row_judgment.tolist()


def test_a_hedged_categorical_claim_moves_its_options_together(tree):
    """One Beta draw per claim: the backed option gets it, the others share its complement."""
    from datetime import UTC, datetime

    from forecasts.model.data import scenario_data
    from forecasts.model.pooling import hedge_draws, judgment_draws
    from forecasts.store import load_catalog

    files = [f for f in load_catalog(tree).files if f.scenario.id == "response"]
    data, _ = scenario_data(files, datetime(2020, 1, 4, 12, tzinfo=UTC), ModelConfig())
    config = ModelConfig()
    rows = np.arange(len(data.judgments))
    hedges = hedge_draws(data, rows, 2000, np.random.default_rng(1))
    assert hedges[1].shape == (2000, 1)  # three option rows, one claim
    p = expit(judgment_draws(data, rows, 2000, config, hedges))
    assert p.std(axis=0).min() > 0.02  # every option varies with the hedge, none is fixed
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=3 * config.clip)
    backed = data.judgments["unit"].to_numpy() == "response:asymmetric"
    assert np.corrcoef(p[:, backed][:, 0], p[:, ~backed][:, 0])[0, 1] < -0.99
