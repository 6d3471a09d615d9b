"""Coherence across scenarios, applied to every posterior draw so no summary can violate it.

- Categorical options are mutually exclusive and exhaustive: each draw's option probabilities
  are divided by their sum.
- On an escalation ladder, reaching rung k+1 implies reaching rung k, so
  P(rung k+1) <= P(rung k). Each draw is projected onto non-increasing sequences (the L2
  projection, i.e. isotonic regression); resolved rungs are fixed at 1 (reached) or 0, and bound
  the open rungs around them (a rung below a reached one is reached; above a failed one, failed).
- A question B asked on both branches of a condition A combines as
  P(B) = P(A) P(B | A) + P(not A) P(B | not A).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]


def normalize_options(draws: Array) -> Array:
    """Option probabilities per draw (draws x options) scaled to sum to 1."""
    total = draws.sum(axis=-1, keepdims=True)
    return np.asarray(draws / np.where(total > 0, total, 1.0))


def isotonic_increasing(values: Array) -> Array:
    """Row-wise L2 projection onto non-decreasing sequences (draws x k), vectorised.

    Uses the min-max formula f_i = max_{j<=i} min_{l>=i} mean(y_j..y_l), which needs only
    interval means: O(k^3) per row, fine for ladders of a few rungs and thousands of draws.
    """
    values = np.atleast_2d(values)
    _, k = values.shape
    csum = np.concatenate([np.zeros((values.shape[0], 1)), np.cumsum(values, axis=1)], axis=1)
    j = np.arange(k)[:, None]
    end = np.arange(k)[None, :]
    length = np.where(end >= j, end - j + 1, 1)
    means = (csum[:, end + 1] - csum[:, j]) / length  # means[:, j, l] = mean(y_j..y_l) for l >= j
    valid = end >= j
    result = np.empty_like(values)
    for i in range(k):
        block = np.where(valid[: i + 1, i:], means[:, : i + 1, i:], np.inf)  # j <= i, l >= i
        result[:, i] = block.min(axis=2).max(axis=1)
    return result


def cohere_ladder(draws: Array, fixed: list[float | None]) -> Array:
    """P(rung reached) per draw (draws x rungs, lowest rung first) made non-increasing.

    ``fixed`` holds 1.0 / 0.0 for rungs already resolved (reached / not reached) and None for
    open ones. Open rungs are projected among themselves, then bounded by the resolved ones.
    """
    result = np.array(draws, dtype=float, copy=True)
    k = result.shape[1]
    lower = np.zeros(k)
    upper = np.ones(k)
    for i, value in enumerate(fixed):
        if value is None:
            continue
        result[:, i] = value
        if value >= 1.0:
            lower[: i + 1] = 1.0
        else:
            upper[i:] = 0.0
    # An open rung below a reached one is reached; above a failed one, failed. The rest are
    # projected among themselves (the forced ones do not pull them).
    free = []
    for i, value in enumerate(fixed):
        if value is not None:
            continue
        if lower[i] >= 1.0:
            result[:, i] = 1.0
        elif upper[i] <= 0.0:
            result[:, i] = 0.0
        else:
            free.append(i)
    if free:
        result[:, free] = np.clip(-isotonic_increasing(-result[:, free]), 0.0, 1.0)
    return result


def combine_conditional(p_a: Array, p_b_if_a: Array, p_b_if_not_a: Array) -> Array:
    """P(B) from the two branches of condition A (per draw)."""
    return np.asarray(p_a * p_b_if_a + (1.0 - p_a) * p_b_if_not_a)
