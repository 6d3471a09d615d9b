"""Coherence: options sum to one, ladders never rise, conditional branches combine."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from forecasts.model.structure import cohere_ladder, combine_conditional, isotonic_increasing, normalize_options


def pava(values):
    """Reference isotonic regression (pool adjacent violators), one row."""
    blocks = [[v, 1] for v in values]
    i = 0
    while i < len(blocks) - 1:
        if blocks[i][0] > blocks[i + 1][0]:
            total = blocks[i][0] * blocks[i][1] + blocks[i + 1][0] * blocks[i + 1][1]
            count = blocks[i][1] + blocks[i + 1][1]
            blocks[i : i + 2] = [[total / count, count]]
            i = max(i - 1, 0)
        else:
            i += 1
    return [v for v, n in blocks for _ in range(n)]


@given(arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(1, 7)), elements=st.floats(0, 1)))
@settings(max_examples=200)
def test_isotonic_matches_pool_adjacent_violators(values):
    got = isotonic_increasing(values)
    for row, expected in zip(got, values, strict=True):
        assert row == pytest.approx(pava(list(expected)), abs=1e-12)


@given(arrays(np.float64, st.tuples(st.integers(1, 20), st.integers(2, 6)), elements=st.floats(0, 1)))
def test_a_ladder_never_rises(draws):
    cohered = cohere_ladder(draws, [None] * draws.shape[1])
    assert np.all(np.diff(cohered, axis=1) <= 1e-12)
    assert np.all((cohered >= 0) & (cohered <= 1))


def test_resolved_rungs_bound_the_open_ones():
    draws = np.array([[0.3, 0.6, 0.2, 0.5, 0.4]])
    # rung 2 reached (1), rung 4 failed (0): rung 1 must be reached, rung 5 cannot be.
    cohered = cohere_ladder(draws, [None, 1.0, None, 0.0, None])
    assert cohered[0].tolist() == [1.0, 1.0, 0.2, 0.0, 0.0]


def test_a_coherent_ladder_is_left_alone():
    draws = np.array([[0.9, 0.5, 0.2]])
    assert cohere_ladder(draws, [None, None, None]) == pytest.approx(draws)


def test_options_sum_to_one():
    draws = np.array([[0.6, 0.6, 0.3], [0.1, 0.1, 0.1]])
    out = normalize_options(draws)
    assert out.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert out[1] == pytest.approx([1 / 3] * 3)


def test_conditional_branches_combine_by_total_probability():
    p_a = np.array([0.2, 0.5])
    assert combine_conditional(p_a, np.array([0.9, 0.9]), np.array([0.1, 0.3])) == pytest.approx(
        [0.2 * 0.9 + 0.8 * 0.1, 0.5 * 0.9 + 0.5 * 0.3]
    )
