"""The learned scorer: how sure we are that an analysed claim is a forecast.

A logistic regression over the features of ``forecasts.extract.features``, trained by
``scripts/train_extractor.py`` on the labelled corpus and stored as plain weights in
``forecasts/data/extract_scorer.json`` (no machine-learning library is needed to use it). Its
output is the ``confidence`` shown to users; claims below the threshold are dropped, and
``--min-confidence`` moves the threshold.

The file records what produced it (corpus articles and their hash, settings, date), so a
stale scorer is visible in review.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

SCORER_PATH = Path(__file__).resolve().parent.parent / "data" / "extract_scorer.json"
SCORER_FORMAT = 1


def logistic(z: float) -> float:
    """1 / (1 + e^-z), computed without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class ScorerError(Exception):
    """A scorer file that cannot be used; the message names the file and the fix."""


@dataclass(frozen=True)
class Scorer:
    """Weights of a logistic model over claim features, and the threshold for keeping a claim."""

    intercept: float
    weights: dict[str, float]
    threshold: float = 0.5
    trained_on: dict[str, Any] = field(default_factory=dict)

    def confidence(self, features: dict[str, float]) -> float:
        """P(forecast) for a claim with these features."""
        return logistic(self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items()))

    def explain(self, features: dict[str, float], top: int = 3) -> list[tuple[str, float]]:
        """The features that moved this claim's score most, with their contributions."""
        parts = [(name, self.weights.get(name, 0.0) * value) for name, value in features.items()]
        parts = [p for p in parts if p[1] != 0.0]
        return sorted(parts, key=lambda p: -abs(p[1]))[:top]

    def to_json(self) -> str:
        """The file form: weights sorted by name so diffs between trainings are readable."""
        return json.dumps(
            {
                "format": SCORER_FORMAT,
                "intercept": round(self.intercept, 6),
                "threshold": round(self.threshold, 4),
                "trained_on": self.trained_on,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-6},
            },
            indent=1,
            ensure_ascii=False,
        )


def read_scorer(path: Path) -> Scorer:
    """A scorer from its JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ScorerError(f"{path}: cannot read the extraction scorer: {exc}; run scripts/train_extractor.py") from None
    if not isinstance(data, dict) or data.get("format") != SCORER_FORMAT:
        raise ScorerError(
            f"{path}: format {data.get('format') if isinstance(data, dict) else None!r} is not {SCORER_FORMAT}; "
            "run scripts/train_extractor.py to retrain"
        )
    return Scorer(
        intercept=float(data["intercept"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        threshold=float(data.get("threshold", 0.5)),
        trained_on=dict(data.get("trained_on") or {}),
    )


@cache
def default_scorer() -> Scorer:
    """The scorer shipped with the package."""
    return read_scorer(SCORER_PATH)


# The hand-written rules alone, as a scorer: what the extractor did before it learned. Used as a
# yardstick by the bench and before a scorer has been trained.
RULES_ONLY = Scorer(intercept=-4.0, weights={"rule=ok": 8.0}, threshold=0.5, trained_on={"rules_only": True})
