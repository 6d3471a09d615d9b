"""Publishability: how likely a reader is to publish a draft as it stands, learned from readers' verdicts.

Every draft the project's readers have scored (``bench/draft_verdicts.yaml``: as is, one field
edited, or rewritten) is a lesson in what a stranger can resolve. This model weighs the surface
signs readers react to: a question that pastes the quote ("Will this happen: ..."), pronouns and
first or second person left in it, a long or punctuated clause, a title cut short, a window of
months for a claim of days, a bare "the <noun>" no one named, a quote in the speaker's own "we".

It is a logistic regression over these interpretable features, trained by
``scripts/train_publishability.py`` and stored as plain weights in
``forecasts/data/publishability.json`` with the hash of the verdicts it was trained on and its
cross-validated figures (each set of articles predicted by a model that never saw it). ``forecasts
drafts list`` shows each draft's probability and the signs that pulled it down, and flags a draft
below the threshold, where readers published about one draft in twenty, so a reviewer starts with
the drafts that most need a person.

It ranks and flags; it does not hold drafts back. As a gate it was measured and left out: on the
held-out sets it raised the share of publishable drafts only from 0.21 to 0.27 at the threshold that
keeps nine in ten publishable drafts, and on the labelled news articles, predicted without them, it
held back publishable drafts by the dozen (their drafts are publishable whatever these signs say).

Only what a draft holds before it is written is read (a quote, the title and the question with its
dates), so the same features serve the verdicts and a draft under review.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from forecasts.extract.scorer import logistic
from forecasts.review import DraftItem

PUBLISHABILITY_PATH = Path(__file__).resolve().parent.parent / "data" / "publishability.json"
PUBLISHABILITY_FORMAT = 1

_WINDOW = re.compile(r" between (\d{4}-\d{2}-\d{2}) and (\d{4}-\d{2}-\d{2})")
_PASTED = "Will this happen:"
_THIRD_PERSON = re.compile(r"\b(?:it|its|this|that|these|those|they|them|their|he|she|his|her|him)\b")
_FIRST_SECOND = re.compile(r"\b(?:I|me|my|we|our|us|you|your)\b")
_BARE_THE = re.compile(r"\bthe (?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]+\b")
_MODAL = re.compile(r"\b(?:would|could|should|might|may|must|can|shall)\b")
_DURATIVE = re.compile(r"\b(?:continue|continues|remain|remains|keep|keeps|stay|stays)\b")
_NORM = re.compile(r"\b(?:should|must|need to|needs to|have to|has to|ought to)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|provided|as long as)\b", re.IGNORECASE)
_EXPECT = re.compile(r"\b(?:expect|expects|expected|expecting|anticipate|anticipates)\b", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:plan|plans|planned|scheduled|intend|intends|will hold|will visit|will travel)\b")
_FIRST_PERSON_QUOTE = re.compile(r"\b(?:I|we|our|us)\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*")
_DIGIT = re.compile(r"\d")


class PublishabilityError(Exception):
    """A publishability model file that cannot be used; the message names the file and the fix."""


def _days(question: str) -> int | None:
    found = _WINDOW.search(question)
    if found is None:
        return None
    try:
        return (date.fromisoformat(found.group(2)) - date.fromisoformat(found.group(1))).days
    except ValueError:
        return None


def describe_draft(quote: str, title: str, question: str) -> dict[str, float]:
    """The features of a draft: named, each 0/1 or a small count, so a weight reads as a reason."""
    clause = _WINDOW.split(question, maxsplit=1)[0]
    clause = clause.removeprefix("Will ").rstrip("?")
    words = clause.split()
    days = _days(question)
    features = {
        "question pastes the quote": float(question.startswith(_PASTED)),
        "question is long (over 14 words)": float(len(words) > 14),
        "question is short (under 5 words)": float(len(words) < 5),
        "question length (per 10 words)": len(words) / 10,
        "question keeps a pronoun": float(bool(_THIRD_PERSON.search(clause))),
        "question keeps I, we or you": float(bool(_FIRST_SECOND.search(clause))),
        "question opens in lower case": float(clause[:1].islower()),
        "question has a comma, colon or dash": float(bool(re.search(r"[,;:]| - | – | — ", clause))),
        "question keeps a modal": float(bool(_MODAL.search(clause))),
        "question asks to continue or remain": float(bool(_DURATIVE.search(clause))),
        "question has a bare 'the <noun>'": float(bool(_BARE_THE.search(clause))),
        "names in the question (per 3)": min(len(_CAPITALISED.findall(clause)), 9) / 3,
        "question has a figure": float(bool(_DIGIT.search(clause))),
        "question is categorical": float("which of" in question),
        "title cut short": float(title.endswith(("…", "...")) or len(title) >= 70),
        "window within a month": float(days is not None and days <= 31),
        "window of one to six months": float(days is not None and 31 < days <= 190),
        "window over a year": float(days is not None and days > 400),
        "quote is a norm (should, must, need to)": float(bool(_NORM.search(quote))),
        "quote has a condition": float(bool(_CONDITION.search(quote))),
        "quote says expect": float(bool(_EXPECT.search(quote))),
        "quote names a plan or schedule": float(bool(_PLAN.search(quote))),
        "quote speaks as I or we": float(bool(_FIRST_PERSON_QUOTE.search(quote))),
        "quote length (per 20 words)": min(len(quote.split()), 80) / 20,
    }
    return features


# The features' names, in the order describe_draft gives them (the training's columns).
FEATURES = tuple(describe_draft("", "", ""))


@dataclass(frozen=True)
class Assessment:
    """What the model says of one draft."""

    probability: float
    # The features that pulled the probability down most, worst first.
    signs: tuple[str, ...]
    # Below the threshold: readers seldom publish such a draft without rewriting it.
    flagged: bool

    def summary(self) -> str:
        """One line for a reviewer: "0.44 (down on: window over a year)", and the flag when raised."""
        text = f"{self.probability:.2f}"
        if self.signs:
            text += f" (down on: {'; '.join(self.signs)})"
        if self.flagged:
            text += ", flagged: readers seldom publish a draft like this without rewriting it"
        return text


@dataclass(frozen=True)
class PublishabilityModel:
    """Weights of a logistic model over draft features, and the threshold below which a draft is flagged."""

    intercept: float
    weights: dict[str, float]
    threshold: float
    trained_on: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: dict[str, float]) -> float:
        """P(a reader publishes the draft as is or with one field edited)."""
        return logistic(self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items()))

    def explain(self, features: dict[str, float], top: int = 2) -> list[str]:
        """The features that pulled this draft down most."""
        parts = [(name, self.weights.get(name, 0.0) * value) for name, value in features.items()]
        return [name for name, weight in sorted(parts, key=lambda p: p[1]) if weight < 0][:top]

    def assess(self, quote: str, title: str, question: str) -> Assessment:
        """The draft's probability of being published, the signs that pulled it down, and whether it is flagged."""
        features = describe_draft(quote, title, question)
        p = self.probability(features)
        return Assessment(probability=p, signs=tuple(self.explain(features)), flagged=p < self.threshold)

    def to_json(self) -> str:
        """The file form, weights sorted by name so diffs between trainings are readable."""
        return json.dumps(
            {
                "format": PUBLISHABILITY_FORMAT,
                "intercept": round(self.intercept, 6),
                "threshold": round(self.threshold, 4),
                "trained_on": self.trained_on,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
            },
            indent=1,
            ensure_ascii=False,
        )


def read_publishability(path: Path) -> PublishabilityModel:
    """A publishability model from its JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PublishabilityError(
            f"{path}: cannot read the publishability model: {exc}; run scripts/train_publishability.py"
        ) from None
    if not isinstance(data, dict) or data.get("format") != PUBLISHABILITY_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise PublishabilityError(
            f"{path}: format {found!r} is not {PUBLISHABILITY_FORMAT}; run scripts/train_publishability.py to retrain"
        )
    unknown = sorted(set(data["weights"]) - set(FEATURES))
    if unknown:
        raise PublishabilityError(
            f"{path}: weights for features this version does not compute: {', '.join(unknown)}; "
            "run scripts/train_publishability.py to retrain"
        )
    return PublishabilityModel(
        intercept=float(data["intercept"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
        trained_on=dict(data.get("trained_on") or {}),
    )


@cache
def default_publishability() -> PublishabilityModel:
    """The model shipped with the package."""
    return read_publishability(PUBLISHABILITY_PATH)


def assess_draft(item: DraftItem, model: PublishabilityModel | None = None) -> Assessment:
    """What the model (the shipped one unless given) says of a draft in the tree, from its first
    claim's quote, its title and its question: the one reading `forecasts drafts list` and the
    dashboard's review panel show."""
    return (model or default_publishability()).assess(item.quote or "", item.title, item.question)
