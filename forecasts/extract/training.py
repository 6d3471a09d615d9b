"""Train the claim scorer on the labelled corpus, and measure it on articles it never saw.

Each article's claims (every marker the rules analyse, kept or not) are matched to its labels
the way the bench matches them (``forecasts.extract.evaluation``): a claim that matches a
labelled forecast is a positive example, every other claim a negative one (a second claim on an
already matched forecast is a duplicate, so a negative too).

The model is scikit-learn's L2-regularised logistic regression. Its strength and the keep
threshold are chosen by grouped cross-validation inside the training articles (articles, not
claims, are the unit: claims of one article share a writer and a style), maximising F1 at the
article level. ``cross_validate`` holds out one group of articles at a time and trains on the
rest, so every article is scored by a scorer built without it.

scikit-learn is needed only here (``pip install -e '.[train]'``); the package uses the stored
weights (``forecasts.extract.scorer``).
"""

from __future__ import annotations

import ast
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from forecasts.extract.corpus import LabelledArticle
from forecasts.extract.evaluation import match_spans
from forecasts.extract.extractor import judge_article
from forecasts.extract.features import EVENT_WORD
from forecasts.extract.scorer import Scorer

STRENGTHS = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.81, 0.05))
INNER_FOLDS = 5
# How far below the best inner-CV F1 the shipped scorer's strength may score and still be kept:
# strengths a few thousandths apart are a tie, and a tie broken the other way retrains the whole
# scorer (and what it keeps on new text) for nothing.
STRENGTH_TOLERANCE = 0.005
# An event word of fewer articles than this is a topic one article brought, not a sign of a forecast.
MIN_EVENT_WORD_ARTICLES = 3


@dataclass(frozen=True)
class ArticleExamples:
    """One article's claims as training examples."""

    name: str
    features: list[dict[str, float]]
    labels: list[int]
    n_gold: int


def examples_of(article: LabelledArticle) -> ArticleExamples:
    """The article's claims, each labelled 1 when it matches a labelled forecast."""
    claims = judge_article(article.article).claims
    spans = [(c.candidate.char_start, c.candidate.char_end) for c in claims]
    matched = {j for _, j in match_spans(article.forecasts, spans)}
    return ArticleExamples(
        article.name,
        [c.features for c in claims],
        [int(j in matched) for j in range(len(claims))],
        len(article.forecasts),
    )


def _fit(examples: Sequence[ArticleExamples], strength: float) -> tuple[DictVectorizer, LogisticRegression]:
    common = _common_event_words(examples)
    rows = [
        {name: value for name, value in f.items() if not name.startswith(EVENT_WORD) or name in common}
        for e in examples
        for f in e.features
    ]
    labels = [y for e in examples for y in e.labels]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=strength, max_iter=2000)
    model.fit(x, labels)
    return vectorizer, model


def _common_event_words(examples: Sequence[ArticleExamples]) -> set[str]:
    """The event-word features found in at least ``MIN_EVENT_WORD_ARTICLES`` of the articles."""
    counts: Counter[str] = Counter()
    for e in examples:
        counts.update({name for f in e.features for name in f if name.startswith(EVENT_WORD)})
    return {name for name, n in counts.items() if n >= MIN_EVENT_WORD_ARTICLES}


def _as_scorer(
    vectorizer: DictVectorizer, model: LogisticRegression, threshold: float, meta: dict[str, object]
) -> Scorer:
    names = vectorizer.get_feature_names_out()
    weights = {str(name): float(w) for name, w in zip(names, model.coef_[0], strict=True)}
    return Scorer(float(model.intercept_[0]), weights, threshold, dict(meta))


def _f1_by_threshold(examples: Sequence[ArticleExamples], scores: Sequence[np.ndarray]) -> dict[float, float]:
    """F1 over the articles for each threshold, counting one true positive per matched label."""
    out = {}
    n_gold = sum(e.n_gold for e in examples)
    for threshold in THRESHOLDS:
        kept = sum(int((s >= threshold).sum()) for s in scores)
        hits = sum(
            int(((s >= threshold) & (np.array(e.labels) == 1)).sum()) for e, s in zip(examples, scores, strict=True)
        )
        p = hits / kept if kept else 0.0
        r = hits / n_gold if n_gold else 0.0
        out[threshold] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def _folds(names: Sequence[str], k: int) -> list[list[int]]:
    """k groups of article indices, assigned by a hash of the name (stable across runs)."""
    groups: list[list[int]] = [[] for _ in range(k)]
    for i, name in enumerate(names):
        groups[int(hashlib.sha256(name.encode()).hexdigest(), 16) % k].append(i)
    return [g for g in groups if g]


def choose_strength(
    by_strength: dict[float, tuple[float, float]], incumbent: float | None = None
) -> tuple[float, float, float]:
    """(F1, strength, threshold) of the strength with the best inner-CV F1 (``by_strength``: each
    strength's best F1 and its threshold, in the order tried; an exact tie goes to the first), except
    that ``incumbent``, the strength of the scorer shipped now, is kept while its F1 is within
    ``STRENGTH_TOLERANCE`` of the best."""
    if not by_strength:
        return -1.0, STRENGTHS[0], 0.5
    best = max(by_strength, key=lambda s: by_strength[s][0])
    chosen = best
    if incumbent in by_strength and by_strength[incumbent][0] >= by_strength[best][0] - STRENGTH_TOLERANCE:
        chosen = incumbent
    f1, threshold = by_strength[chosen]
    return f1, chosen, threshold


def train_scorer(
    examples: Sequence[ArticleExamples],
    corpus_hash: str = "",
    incumbent: float | None = None,
    extra: Sequence[ArticleExamples] = (),
) -> Scorer:
    """A scorer trained on these articles, its strength and threshold chosen by inner CV
    (``choose_strength``: ``incumbent``, the shipped scorer's strength, wins a near tie).

    ``extra`` are claims labelled outside the corpus (``forecasts.extract.reader_labels``): always
    trained on, never held out or counted in the F1 the strength and threshold are chosen by, since
    their articles are not labelled whole."""
    by_strength: dict[float, tuple[float, float]] = {}
    folds = _folds([e.name for e in examples], min(INNER_FOLDS, len(examples)))
    if len(folds) >= 2:
        for strength in STRENGTHS:
            held_examples: list[ArticleExamples] = []
            held_scores: list[np.ndarray] = []
            for fold in folds:
                train = [e for i, e in enumerate(examples) if i not in fold]
                if not any(y for e in train for y in e.labels):
                    continue
                vectorizer, model = _fit([*train, *extra], strength)
                for i in fold:
                    held_examples.append(examples[i])
                    held_scores.append(_predict(vectorizer, model, examples[i]))
            totals = _f1_by_threshold(held_examples, held_scores)
            threshold, f1 = max(totals.items(), key=lambda kv: (kv[1], -abs(kv[0] - 0.5)))
            by_strength[strength] = (f1, threshold)
    best_f1, strength, threshold = choose_strength(by_strength, incumbent)
    best_strength = choose_strength(by_strength)[1]
    vectorizer, model = _fit([*examples, *extra], strength)
    meta = {
        "articles": len(examples),
        "claims": sum(len(e.labels) for e in examples),
        "positives": sum(sum(e.labels) for e in examples),
        "reader_articles": len(extra),
        "reader_claims": sum(len(e.labels) for e in extra),
        "reader_positives": sum(sum(e.labels) for e in extra),
        "corpus_sha256": corpus_hash,
        "C": strength,
        "C_best_inner_cv": best_strength,
        "inner_cv_f1": round(best_f1, 4),
        "trained": date.today().isoformat(),
    }
    return _as_scorer(vectorizer, model, threshold, meta)


def _predict(vectorizer: DictVectorizer, model: LogisticRegression, e: ArticleExamples) -> np.ndarray:
    if not e.features:
        return np.zeros(0)
    return np.asarray(model.predict_proba(vectorizer.transform(e.features))[:, 1])


def cross_validate(
    articles: Sequence[LabelledArticle],
    examples: Sequence[ArticleExamples],
    folds: int = 0,
    extra: Sequence[ArticleExamples] = (),
) -> dict[str, Scorer]:
    """For each article, a scorer trained without it (``folds`` groups; 0 = leave one out), and with
    every ``extra`` example (claims of other texts, see ``train_scorer``)."""
    names = [a.name for a in articles]
    groups = [[i] for i in range(len(names))] if folds <= 0 else _folds(names, folds)
    out: dict[str, Scorer] = {}
    for group in groups:
        train = [e for i, e in enumerate(examples) if i not in group]
        scorer = train_scorer(train, extra=extra)
        for i in group:
            out[names[i]] = scorer
    return out


PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def feature_code() -> list[Path]:
    """The source files that turn text into claims and features: every forecasts module the
    extractor imports, followed through the import graph (so a new module it comes to use is
    covered without a list to keep), and the phrase table. Drafting, fetching or the CLI do not
    change a feature, so editing them does not call for retraining."""
    seen: set[Path] = set()
    todo = [PACKAGE_ROOT / "extract" / "extractor.py"]
    while todo:
        path = todo.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.startswith("forecasts."):
                    module = PACKAGE_ROOT.parent.joinpath(*name.split("."))
                    todo.append(module / "__init__.py" if module.is_dir() else module.with_suffix(".py"))
    return sorted(seen) + [PACKAGE_ROOT / "data" / "phrases.csv"]


def corpus_digest(articles: Sequence[LabelledArticle], reader_hash: str = "") -> str:
    """SHA-256 over every article's text and labels and over the code that turns text into claims
    and features (this package and the phrase table): what a scorer was trained on. Changing a
    rule changes the features, so the stored scorer must be retrained to match. ``reader_hash``
    stands for the readers' verdicts the scorer also learned from (``reader_labels.reader_digest``)."""
    digest = hashlib.sha256()
    digest.update(reader_hash.encode())
    for path in feature_code():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for a in articles:
        digest.update(a.name.encode())
        digest.update(a.article.body.encode())
        digest.update(repr(sorted((f.get("char_start"), f.get("char_end")) for f in a.forecasts)).encode())
    return digest.hexdigest()
