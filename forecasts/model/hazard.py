"""Deadline decay: the chance of "event by deadline D" given it has not happened yet.

A binary scenario asks whether an event happens in its window [opens, D]. A judgment made at
time t gives P(event in [t, D] | none before t). With a hazard rate h(s), the survival over
[t, D] is exp(-(H(D) - H(t))), H the cumulative hazard. Writing u in [0, 1] for the share of the
window elapsed and H(u) = H_total * u**k:

- k = 1: constant hazard (the default): the event is as likely on any day of the window;
- k < 1: front-loaded (most of the danger early: "a reprisal, if any, will come soon");
- k > 1: back-loaded (danger grows toward the deadline).

Then P(event in [T, D] | none by T) = 1 - (1 - p_t) ** r with
r = (1 - u_T**k) / (1 - u_t**k), the share of the cumulative hazard still ahead. Before the
window opens nothing decays (u = 0); at the deadline r = 0 and the probability is 0. A shape of
0 switches decay off (categorical options, or a scenario tagged ``no-decay``).

A scenario picks its shape with a tag: ``front-loaded``, ``back-loaded`` or ``no-decay``;
otherwise the model's default (constant).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from forecasts.model.config import ModelConfig

Array = npt.NDArray[np.float64]

NO_DECAY = 0.0
SHAPE_TAGS = {"front-loaded": "front", "back-loaded": "back", "no-decay": "none", "constant-hazard": "constant"}


def hazard_shape(name: str, config: ModelConfig) -> float:
    """The exponent k for a shape name: constant 1, front < 1, back > 1, none 0."""
    return {"constant": 1.0, "front": config.front_shape, "back": config.back_shape, "none": NO_DECAY}[name]


def shape_for_tags(tags: list[str], config: ModelConfig) -> float:
    """The hazard exponent a scenario asks for with a tag, else the model's default."""
    for tag in tags:
        if tag in SHAPE_TAGS:
            return hazard_shape(SHAPE_TAGS[tag], config)
    return hazard_shape(config.hazard, config)


def elapsed_share(t: Array, opens: Array, deadline: Array) -> Array:
    """u: the share of the window [opens, deadline] elapsed at t, within [0, 1]."""
    span = np.maximum(deadline - opens, 1e-9)
    return np.clip((t - opens) / span, 0.0, 1.0)


def remaining_hazard(t: Array, opens: Array, deadline: Array, shape: Array) -> Array:
    """Share of the window's cumulative hazard still ahead at t (1 before it opens, 0 after)."""
    u = elapsed_share(t, opens, deadline)
    safe_shape = np.where(shape > 0, shape, 1.0)
    ahead = 1.0 - u**safe_shape
    return np.where(shape > 0, ahead, 1.0)


def decay_ratio(t_from: Array, t_to: Array, opens: Array, deadline: Array, shape: Array) -> Array:
    """r in [0, 1]: how much of the hazard a judgment made at t_from still covers at t_to."""
    before = remaining_hazard(t_from, opens, deadline, shape)
    after = remaining_hazard(np.maximum(t_to, t_from), opens, deadline, shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(before > 0, after / np.where(before > 0, before, 1.0), 0.0)
    return np.clip(ratio, 0.0, 1.0)


def decay_probability[T: (Array, float)](p: T, ratio: T | Array | float) -> T:
    """P(event in the rest of the window) from P(event in the window from t on): 1 - (1 - p)**r."""
    return 1.0 - (1.0 - p) ** ratio  # type: ignore[return-value]


def decay_logit(logit_p: Array, ratio: Array) -> Array:
    """``decay_probability`` on the log-odds scale, stable for extreme values.

    log(1 - p) = -softplus(l), so the decayed survival is exp(-r softplus(l)) and the decayed
    log-odds are log(expm1(r softplus(l))). A ratio of 0 gives -inf (no chance left).
    """
    hazard = ratio * np.logaddexp(0.0, logit_p)
    with np.errstate(divide="ignore"):
        return np.where(ratio >= 1.0, logit_p, np.log(np.expm1(hazard)))
