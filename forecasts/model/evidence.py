"""Evidence as a shift of the log-odds: a likelihood ratio, or a direction and a strength.

Bayes' rule on the odds scale: posterior odds = prior odds x LR, where
LR = P(evidence | yes) / P(evidence | no). A stated ``likelihood_ratio`` is used as given; a
direction + strength maps to a ratio on Jeffreys' scale of evidence (see
``forecasts.model.config.EvidenceConfig``):

| strength | LR (up) | LR (down) | log-odds shift |
|----------|---------|-----------|----------------|
| weak     | 1.5     | 1/1.5     | +-0.41         |
| moderate | 3       | 1/3       | +-1.10         |
| strong   | 10      | 1/10      | +-2.30         |

The shift is uncertain: Normal(log LR, sd) with sd a fraction of |log LR| (0.5 for a judged
strength, 0.25 for a stated ratio), so strong evidence moves the estimate a lot and widens its
interval too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from forecasts.model.config import EvidenceConfig
from forecasts.scenario import Evidence


@dataclass(frozen=True)
class Shift:
    """A log-odds shift with its uncertainty (standard deviation)."""

    mean: float
    sd: float


def strength_ratio(strength: str, config: EvidenceConfig) -> float:
    """The likelihood ratio (> 1) a strength word stands for."""
    ratios = {"weak": config.weak, "moderate": config.moderate, "strong": config.strong}
    if strength not in ratios:
        raise ValueError(f"strength {strength!r} is not one of: {', '.join(ratios)}")
    return ratios[strength]


def evidence_shift(evidence: Evidence, config: EvidenceConfig) -> Shift | None:
    """The log-odds shift an evidence entry implies, or None when it gives no weight."""
    if evidence.likelihood_ratio is not None:
        mean = math.log(evidence.likelihood_ratio)
        return Shift(mean, config.ratio_sd_fraction * abs(mean))
    if evidence.direction is None:
        return None
    magnitude = math.log(strength_ratio(evidence.strength or "weak", config))
    mean = magnitude if evidence.direction == "up" else -magnitude
    return Shift(mean, config.strength_sd_fraction * magnitude)
