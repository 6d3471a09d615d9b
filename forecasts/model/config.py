"""Model and fit settings, validated strictly (unknown keys are errors), and hashed into posteriors."""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Group = Literal["who", "outlet", "phrase", "kind"]
HazardShape = Literal["constant", "front", "back", "none"]
LEARN: Literal["learn"] = "learn"


class StrictConfig(BaseModel):
    """Base for settings: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class PriorConfig(StrictConfig):
    """Priors of the calibration model, centred on a well-calibrated source (bias 0, slope 1)."""

    bias_mu_sd: float = Field(0.5, gt=0)
    slope_mu: float = 1.0
    slope_mu_sd: float = Field(0.4, gt=0)
    bias_group_sd: float = Field(0.4, gt=0, description="HalfNormal scale of each group's spread in bias")
    slope_group_sd: float = Field(0.25, gt=0, description="HalfNormal scale of each group's spread in slope")
    extremize_alpha: float = Field(2.0, gt=0, description="Beta prior of the extremization exponent")
    extremize_beta: float = Field(3.0, gt=0)
    base_rate_alpha: float = Field(1.0, gt=0, description="Beta prior of the share of units resolving yes")
    base_rate_beta: float = Field(1.0, gt=0)


class EvidenceConfig(StrictConfig):
    """How a direction + strength becomes a likelihood ratio, and how sure we are of it.

    The ratios follow Jeffreys' scale of evidence: weak (1.5) is "barely worth mentioning",
    moderate (3) is the start of "substantial", strong (10) the start of "strong". The shift in
    log-odds is Normal(log LR, sd_fraction * |log LR|): a judged strength is known only roughly,
    a stated ratio somewhat better.
    """

    weak: float = Field(1.5, gt=1)
    moderate: float = Field(3.0, gt=1)
    strong: float = Field(10.0, gt=1)
    strength_sd_fraction: float = Field(0.5, ge=0)
    ratio_sd_fraction: float = Field(0.25, ge=0)


class ModelConfig(StrictConfig):
    """What the model is: groups that share calibration, recency, hazard, priors."""

    groups: tuple[Group, ...] = ("who", "outlet", "phrase", "kind")
    half_life_days: float | Literal["learn"] | None = Field(
        14.0,
        description="a judgment's pooling weight halves every this many days; None: no decay; "
        "'learn': the candidate that best predicts the resolved questions (forecasts.model.recency)",
    )
    half_life_candidates: tuple[float | None, ...] = Field(
        (7.0, 14.0, 30.0, 90.0, 365.0, None), min_length=1, description="what 'learn' chooses among"
    )
    half_life_fallback_days: float | None = Field(
        14.0, gt=0, description="'learn' with too few resolved questions to tell: this half-life"
    )
    min_units_to_learn_half_life: int = Field(
        30, ge=1, description="resolved units with pooled judgments needed to learn the half-life"
    )
    hazard: HazardShape = "constant"
    front_shape: float = Field(0.5, gt=0, lt=1, description="cumulative hazard grows as u**shape: < 1 front-loads")
    back_shape: float = Field(2.0, gt=1)
    clip: float = Field(0.01, gt=0, lt=0.5, description="stated probabilities are read within [clip, 1 - clip]")
    max_snapshots_per_unit: int = Field(4, ge=1, description="training instants per resolved unit")
    max_judgments_per_snapshot: int = Field(60, ge=1, description="most recent judgments pooled at one instant")
    training_half_life_days: float | None = Field(
        730.0,
        gt=0,
        description="calibration drifts: a training query's weight halves for every this many days it is older than the newest",
    )
    pool_weight: float = Field(1.0, ge=0, description="total likelihood weight of one unit's pooled training queries")
    new_level: Literal["population", "draw"] = Field(
        "population",
        description="a source never seen in training: the population's calibration, or a draw from its spread",
    )
    slope_groups: tuple[Group, ...] = Field(
        ("who", "outlet", "kind"),
        description="groups whose levels get their own slope; the others shift only the bias",
    )
    min_levels_to_learn_spread: int = Field(
        6, ge=2, description="groups with fewer levels keep their spread fixed at the prior's scale"
    )
    outside_view: bool = Field(
        True,
        description="a scenario's stored base rate (forecasts baserate --write) is a judgment from the source 'base rate'",
    )
    priors: PriorConfig = PriorConfig()
    evidence: EvidenceConfig = EvidenceConfig()

    @field_validator("half_life_days")
    @classmethod
    def _positive(cls, value: float | str | None) -> float | str | None:
        # A union with 'learn' cannot carry gt=0, so the number is checked here.
        if isinstance(value, float | int) and value <= 0:
            raise ValueError(f"{value!r} is not a positive number of days")
        return value

    @field_validator("half_life_candidates")
    @classmethod
    def _positive_candidates(cls, values: tuple[float | None, ...]) -> tuple[float | None, ...]:
        for value in values:
            if value is not None and value <= 0:
                raise ValueError(f"{value!r} is not a positive number of days")
        return values

    def digest(self) -> str:
        """SHA-256 of the settings, for posterior hashes."""
        return hashlib.sha256(json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()


class FitConfig(StrictConfig):
    """How the model is fitted, and how many draws the posterior file keeps."""

    method: Literal["nuts", "advi"] = "nuts"
    draws: int = Field(500, ge=10)
    tune: int = Field(500, ge=10)
    chains: int = Field(2, ge=1)
    target_accept: float = Field(0.8, gt=0.5, lt=1)
    adaptation: Literal["diag", "low_rank"] = Field("diag", description="nutpie's mass matrix adaptation")
    seed: int = 20200104
    advi_iterations: int = Field(5000, ge=100)
    advi_learning_rate: float = Field(
        0.02,
        gt=0,
        description="Adam's step size. With the iterates averaged, a larger step reaches the optimum sooner and "
        "its jitter cancels out: on three simulated worlds of bench/engine_speed.py the largest gap to NUTS was "
        "0.015, 0.008, 0.008 with 0.02 (last half averaged), against 0.020, 0.012, 0.010 with 0.01 (last 40%)",
    )
    advi_average_fraction: float = Field(
        0.5,
        ge=0,
        lt=1,
        description="the approximation is the average of the parameters over this last share of the iterations "
        "(Polyak-Ruppert averaging: the optimizer's jitter cancels out); 0: the last iterate",
    )
    keep_draws: int = Field(400, ge=10, description="draws stored for summaries and incremental updates")

    def digest(self) -> str:
        """SHA-256 of the settings, for posterior hashes."""
        return hashlib.sha256(json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()
