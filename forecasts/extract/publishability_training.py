"""Train the publishability model on readers' verdicts, and measure it on sets it never saw.

A verdict (``bench/draft_verdicts.yaml``) is a draft's quote, title and question with a reader's
score; as is and one field edited are publishable. Verdicts come in sets: the labelled corpus's
articles, and each set of held-out articles (``bench/drafting_holdout``, named by the letters before
an article's number). A set shares a gatherer, sources and a round of the code, so cross-validation
holds out one set at a time (``cross_validate``): each verdict is predicted by a model trained on
every other set.

The threshold, below which ``forecasts drafts list`` flags a draft, is the highest (on a 0.05 grid)
at which the held-out predictions still leave ``KEEP_PUBLISHABLE`` of the held-out sets' publishable
drafts unflagged: a flag should mean "readers almost never publish this", not "often rewritten".
The strength is fixed (``STRENGTH``): the features are few and the verdicts many, and over 0.1 to 3
it moved the held-out AUC by less than 0.01.

scikit-learn is needed only here (``pip install -e '.[train]'``); the package reads the stored weights.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from forecasts.extract.publishability import FEATURES, PublishabilityModel, describe_draft

PUBLISHABLE = ("as_is", "one_field")
STRENGTH = 1.0
KEEP_PUBLISHABLE = 0.9
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.05, 0.61, 0.05))
LABELLED = "labelled"
_SET = re.compile(r"^([a-z]+)\d")


@dataclass(frozen=True)
class Verdict:
    """One reader's verdict on one draft: the fields the model reads, the set, and whether it was publishable."""

    quote: str
    title: str
    question: str
    set_name: str
    publishable: bool


def set_of(article: str) -> str:
    """The set a verdict's article belongs to: a held-out set's letters ("ax07-..." is "ax"), else the labelled corpus."""
    found = _SET.match(article)
    return found.group(1) if found else LABELLED


def read_verdicts(path: Path) -> list[Verdict]:
    """The scored drafts of a verdicts file (``bench/draft_verdicts.yaml``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        Verdict(
            quote=str(d.get("quote") or ""),
            title=str(d.get("title") or ""),
            question=str(d.get("question") or ""),
            set_name=set_of(str(d.get("article") or "")),
            publishable=d.get("score") in PUBLISHABLE,
        )
        for d in data.get("drafts") or []
        if d.get("score")
    ]


def verdicts_digest(path: Path) -> str:
    """A hash of the verdicts file, so a model trained on other verdicts shows in review."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _matrix(verdicts: Sequence[Verdict], names: list[str]) -> np.ndarray[Any, np.dtype[np.float64]]:
    rows = [describe_draft(v.quote, v.title, v.question) for v in verdicts]
    return np.array([[row[name] for name in names] for row in rows], dtype=float)


def _fit(x: np.ndarray[Any, np.dtype[np.float64]], y: np.ndarray[Any, np.dtype[np.bool_]]) -> LogisticRegression:
    return LogisticRegression(C=STRENGTH, max_iter=5000).fit(x, y)


def cross_validate(verdicts: Sequence[Verdict]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Each verdict's predicted probability from a model trained without its set."""
    names = list(FEATURES)
    x = _matrix(verdicts, names)
    y = np.array([v.publishable for v in verdicts])
    sets = np.array([v.set_name for v in verdicts])
    predicted = np.zeros(len(verdicts))
    for name in sorted(set(sets)):
        held = sets == name
        if y[~held].all() or not y[~held].any():
            raise ValueError("the verdicts outside one set are all of one score: nothing to learn from")
        predicted[held] = _fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
    return predicted


def choose_threshold(
    predicted: np.ndarray[Any, np.dtype[np.float64]], publishable: np.ndarray[Any, np.dtype[np.bool_]]
) -> float:
    """The highest threshold keeping at least ``KEEP_PUBLISHABLE`` of the publishable drafts."""
    total = publishable.sum()
    kept = [t for t in THRESHOLDS if total and (publishable & (predicted >= t)).sum() >= KEEP_PUBLISHABLE * total]
    return max(kept) if kept else THRESHOLDS[0]


def train_publishability(verdicts: Sequence[Verdict], digest: str = "") -> PublishabilityModel:
    """The model over every verdict, with its threshold and figures from set-wise cross-validation."""
    names = list(FEATURES)
    y = np.array([v.publishable for v in verdicts])
    predicted = cross_validate(verdicts)
    held_out = np.array([v.set_name != LABELLED for v in verdicts])
    threshold = choose_threshold(predicted[held_out], y[held_out])
    kept = predicted >= threshold
    model = _fit(_matrix(verdicts, names), y)
    trained_on = {
        "verdicts": len(verdicts),
        "publishable": int(y.sum()),
        "sets": len({v.set_name for v in verdicts}),
        "verdicts_sha256": digest,
        "C": STRENGTH,
        "trained": date.today().isoformat(),
        "cv_auc_held_out_sets": round(float(roc_auc_score(y[held_out], predicted[held_out])), 3),
        "cv_held_out_publishable_unflagged": f"{int((y & kept & held_out).sum())} of {int((y & held_out).sum())}",
        "cv_held_out_share_publishable": {
            "all drafts": round(float(y[held_out].mean()), 3),
            "unflagged": round(float(y[held_out & kept].mean()), 3),
            "flagged": round(float(y[held_out & ~kept].mean()), 3) if (held_out & ~kept).any() else None,
        },
    }
    return PublishabilityModel(
        intercept=float(model.intercept_[0]),
        weights={name: float(w) for name, w in zip(names, model.coef_[0], strict=True)},
        threshold=threshold,
        trained_on=trained_on,
    )
