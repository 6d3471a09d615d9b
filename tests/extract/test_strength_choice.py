"""The scorer's strength is the inner-CV best, except that the shipped strength wins a near tie:
a tie broken the other way would retrain the whole scorer for nothing."""

from __future__ import annotations

from forecasts.extract.training import STRENGTH_TOLERANCE, choose_strength

SCORES = {0.1: (0.570, 0.45), 0.3: (0.5847, 0.40), 1.0: (0.5835, 0.50), 3.0: (0.579, 0.55)}


def test_the_best_strength_is_chosen_with_its_threshold() -> None:
    assert choose_strength(SCORES) == (0.5847, 0.3, 0.40)


def test_the_shipped_strength_wins_a_near_tie() -> None:
    assert choose_strength(SCORES, incumbent=1.0) == (0.5835, 1.0, 0.50)


def test_the_shipped_strength_gives_way_to_a_clear_win() -> None:
    behind = {**SCORES, 1.0: (0.5847 - STRENGTH_TOLERANCE - 0.001, 0.50)}
    assert choose_strength(behind, incumbent=1.0)[1] == 0.3
    # A strength the search did not try is no candidate.
    assert choose_strength(SCORES, incumbent=10.0)[1] == 0.3


def test_an_exact_tie_goes_to_the_stronger_regularisation_as_before() -> None:
    tied = {0.1: (0.58, 0.4), 0.3: (0.58, 0.5)}
    assert choose_strength(tied)[1] == 0.1
    assert choose_strength({}) == (-1.0, 0.1, 0.5)
