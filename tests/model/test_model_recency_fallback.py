"""`--half-life learn` with too few resolved questions: it says why it falls back, and no warning leaks."""

import warnings

import numpy as np
from test_model_recency import world

from forecasts.model.config import ModelConfig
from forecasts.model.recency import _recalibrated_loss, resolve_recency


def test_separable_pools_score_without_an_overflow_warning() -> None:
    mean = np.array([-800.0, -500.0, 500.0, 800.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss = _recalibrated_loss(mean, np.zeros(4), np.array([0.0, 0.0, 1.0, 1.0]), np.ones(4))
    assert 0.0 <= loss < 1e-6


def test_the_fallback_says_what_learn_needs_and_what_is_used() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        config, choice = resolve_recency(world(drift=True, n_units=10), ModelConfig(half_life_days="learn"))
    assert config.half_life_days == 14.0
    assert choice.how == (
        "fallback: 10 resolved units with pooled judgments, fewer than the 30 'learn' needs to choose, "
        "so the fallback 14d is used"
    )
