"""The record `forecasts extract` returns for each forecast it finds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from forecasts.json_output import probability_record

SPEAKER_TYPES = ("author", "quoted_source", "reported_source")
KINDS = ("prediction", "threat", "scheduled", "reported_expectation")
POLARITIES = ("positive", "negative")


@dataclass(frozen=True)
class Probability:
    """The prior a hedge implies for the forecast as stated (its event, negation included)."""

    mean: float
    beta_a: float
    beta_b: float
    p05: float
    p95: float
    basis: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the one probability shape of ``forecasts.json_output`` (no median, no options)."""
        return probability_record(
            self.basis, mean=self.mean, quantiles=(self.p05, None, self.p95), beta=(self.beta_a, self.beta_b)
        )


@dataclass(frozen=True)
class Candidate:
    """One forecast found in an article.

    ``quote`` is ``body[char_start:char_end]``; ``hedge`` the exact hedge words (None for a bare
    "will"); ``probability`` the prior for the forecast as stated, so for a negative forecast the
    probability that the event does NOT happen (``event`` keeps the negation); ``event`` a
    drafted sentence a person should check.
    """

    quote: str
    char_start: int
    char_end: int
    speaker: str
    speaker_type: str
    hedge: str | None
    probability: Probability
    polarity: str
    kind: str
    window_phrase: str | None
    window_start: date | None
    window_end: date | None
    event: str
    conditional_on: str | None
    confidence: float
    speaker_role: str | None = None
    hedge_prior_mean: float | None = None
    flags: tuple[str, ...] = field(default=())
    sentence_start: int = 0
    sentence_end: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with the fields in the documented order."""
        return {
            "quote": self.quote,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "speaker": self.speaker,
            "speaker_type": self.speaker_type,
            "speaker_role": self.speaker_role,
            "hedge": self.hedge,
            "probability": self.probability.to_dict(),
            "polarity": self.polarity,
            "kind": self.kind,
            "window_phrase": self.window_phrase,
            "window_start": self.window_start.isoformat() if self.window_start else None,
            "window_end": self.window_end.isoformat() if self.window_end else None,
            "event": self.event,
            "conditional_on": self.conditional_on,
            "confidence": round(self.confidence, 2),
            "flags": list(self.flags),
        }
