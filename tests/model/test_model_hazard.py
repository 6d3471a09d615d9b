"""Deadline decay against the closed-form hazard formula."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from forecasts.model.config import ModelConfig
from forecasts.model.hazard import (
    decay_logit,
    decay_probability,
    decay_ratio,
    remaining_hazard,
    shape_for_tags,
)


def ratio(t_from, t_to, opens=0.0, deadline=14.0, shape=1.0):
    return float(decay_ratio(np.array([t_from]), np.array([t_to]), opens, deadline, shape)[0])


def test_constant_hazard_halfway_through_a_window():
    # P(event in 14 days) = 0.5 with a constant hazard: h = ln 2 / 14 per day. With 7 days left
    # and nothing yet, P = 1 - exp(-7 h) = 1 - 2**-0.5.
    r = ratio(0.0, 7.0)
    assert r == pytest.approx(0.5)
    assert decay_probability(0.5, r) == pytest.approx(1 - 2**-0.5)


def test_a_judgment_made_mid_window_covers_only_what_is_left():
    # Said on day 4 of 14 (10 days ahead), read on day 9 (5 days ahead): half the hazard remains.
    assert ratio(4.0, 9.0) == pytest.approx(5 / 10)


def test_nothing_decays_before_the_window_opens_and_everything_at_the_deadline():
    assert ratio(-10.0, -1.0) == 1.0
    assert ratio(0.0, 14.0) == 0.0
    assert decay_probability(0.9, 0.0) == 0.0


def test_front_and_back_loaded_shapes():
    config = ModelConfig()
    front = shape_for_tags(["front-loaded"], config)
    back = shape_for_tags(["back-loaded"], config)
    assert shape_for_tags([], config) == 1.0 and shape_for_tags(["no-decay"], config) == 0.0
    # Half the window gone: front-loaded hazard has spent more than half, back-loaded less.
    assert ratio(0.0, 7.0, shape=front) == pytest.approx(1 - 0.5**0.5)
    assert ratio(0.0, 7.0, shape=back) == pytest.approx(1 - 0.5**2)
    assert ratio(0.0, 7.0, shape=0.0) == 1.0


@given(
    st.floats(0.001, 0.999),
    st.floats(0.0, 1.0),
)
def test_decay_on_the_logit_scale_matches_the_probability_scale(p, r):
    expected = decay_probability(p, r)
    got = decay_logit(np.array([math.log(p / (1 - p))]), np.array([r]))[0]
    if expected <= 0:
        assert got == -math.inf or got < -30
    else:
        assert 1 / (1 + math.exp(-got)) == pytest.approx(expected, rel=1e-9, abs=1e-12)


@given(st.floats(0.0, 14.0), st.floats(0.0, 14.0), st.floats(0.2, 3.0))
def test_probability_never_grows_as_days_pass_without_the_event(a, b, shape):
    early, late = sorted((a, b))
    assert ratio(0.0, late, shape=shape) <= ratio(0.0, early, shape=shape) + 1e-12
    assert 0.0 <= remaining_hazard(np.array([late]), 0.0, 14.0, shape)[0] <= 1.0
