"""Recency learnt from resolved questions: long memory where views don't move, short where they do."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from forecasts.model.config import ModelConfig
from forecasts.model.data import EVIDENCE_COLUMNS, JUDGMENT_COLUMNS, ModelData, expit
from forecasts.model.hazard import NO_DECAY
from forecasts.model.recency import choose_half_life, resolve_recency


def world(drift: bool, n_units: int = 300, per_unit: int = 12, seed: int = 5) -> ModelData:
    """Resolved questions judged over 120 days. With ``drift`` the truth is learnt as time passes:
    early judgments are noise, late ones nearly know the answer; without it every judgment is as
    good as any other."""
    rng = np.random.default_rng(seed)
    truth = rng.normal(0.0, 1.5, n_units)
    outcome = (rng.random(n_units) < expit(truth)).astype(float)
    units = pd.DataFrame(
        {
            "key": [f"u{i}" for i in range(n_units)],
            "scenario": [f"u{i}" for i in range(n_units)],
            "option": None,
            "opens": 0.0,
            "deadline": 130.0,
            "shape": NO_DECAY,  # only recency is at stake
            "outcome": outcome,
            "settled_at": 130.0,
            "n_options": 1,
        }
    )
    rows = []
    for u in range(n_units):
        for k in range(per_unit):
            at = rng.uniform(0, 120)
            if drift:
                informed = at / 120.0
                signal = informed**6 * (5.0 * (outcome[u] - 0.5)) + rng.normal(0, 0.7)
            else:
                signal = truth[u] + rng.normal(0, 1.0)
            rows.append(
                {
                    "unit": f"u{u}",
                    "who": f"w{u}-{k}",
                    "outlet": "(none)",
                    "phrase": "(number)",
                    "kind": "forecast",
                    "at": at,
                    "p": float(expit(signal)),
                    "beta_a": math.nan,
                    "beta_b": math.nan,
                    "offset": 0.0,
                    "scale": 1.0,
                    "claim": "",
                }
            )
    return ModelData(units, pd.DataFrame(rows, columns=JUDGMENT_COLUMNS), pd.DataFrame(columns=EVIDENCE_COLUMNS))


def test_views_that_do_not_move_keep_a_long_memory() -> None:
    choice = choose_half_life(world(drift=False), ModelConfig(half_life_days="learn"))
    assert choice.half_life_days is None or choice.half_life_days >= 90, choice
    assert choice.how.startswith("learnt from 300 resolved units")
    assert set(choice.losses) == {"7d", "14d", "30d", "90d", "365d", "none"}


def test_views_that_learn_as_time_passes_keep_a_short_one() -> None:
    choice = choose_half_life(world(drift=True), ModelConfig(half_life_days="learn"))
    assert choice.half_life_days is not None and choice.half_life_days <= 30, choice
    # Weighing the stale views alike is clearly worse here.
    assert choice.losses["none"] > choice.losses[f"{choice.half_life_days:g}d"] + 0.02


def test_too_few_resolved_questions_fall_back_and_a_set_value_is_kept() -> None:
    small = world(drift=True, n_units=10)
    config, choice = resolve_recency(small, ModelConfig(half_life_days="learn", half_life_fallback_days=21.0))
    assert config.half_life_days == 21.0 and choice.how.startswith("fallback: 10 resolved units")
    config, choice = resolve_recency(small, ModelConfig(half_life_days=3.0))
    assert (config.half_life_days, choice.how) == (3.0, "set")


def test_learn_must_be_resolved_before_pooling() -> None:
    from forecasts.model.pooling import build_layout

    with pytest.raises(ValueError, match="resolve_recency"):
        build_layout(world(drift=False, n_units=2), [(0, 50.0)], ModelConfig(half_life_days="learn"))
