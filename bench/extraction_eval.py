"""Score `forecasts extract` against the labelled corpus: baseline, rules, fitted, cross-validated.

The corpus is corpus/labels/*.yaml (texts in corpus/articles) plus, when present, the four
articles of ../shared/articles/gold.yaml (see forecasts/extract/corpus.py). Four extractors are
scored side by side in one run:

- cue words: every sentence with will/would/could/may/might/likely is a forecast by the author,
  hedged by that word (the floor any extractor must beat);
- rules only: the hand-written rules' verdict, no learned scorer;
- shipped: the package's stored scorer (forecasts/data/extract_scorer.json) as it is: on articles
  added to the corpus since it was last trained (``--only`` them), a figure on text it never saw;
- fitted: the scorer trained on every article, scored on the same articles (optimistic);
- cross-validated: each article scored by a scorer trained without it (leave one article out,
  or --folds K groups): the figure to quote.

Matching and field checks are those of forecasts/extract/evaluation.py: spans overlapping by
half the shorter, one-to-one; hedge, window, speaker, conditional, polarity and kind compared
over matched pairs; listed distractors left alone.

    python bench/extraction_eval.py [--folds 0] [--details] [--only NAME-PREFIX] [--no-reader-labels]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The readers' verdicts and the held-out texts they are on, where bench/draft_quality.py keeps them.
from draft_quality import HOLDOUT, VERDICTS  # bench/ beside this file

from forecasts.extract.corpus import CORPUS_DIR, SHARED_GOLD, LabelledArticle, load_corpus
from forecasts.extract.evaluation import Prediction, Tally, prediction_of, score_article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.reader_labels import reader_digest, reader_examples
from forecasts.extract.scorer import RULES_ONLY, Scorer, default_scorer
from forecasts.extract.sentences import split_sentences
from forecasts.extract.training import corpus_digest, cross_validate, examples_of, train_scorer

_CUE = re.compile(r"\b(will|would|could|may|might|likely|won't)\b", re.IGNORECASE)


def baseline(body: str) -> list[Prediction]:
    """Every sentence with a modal cue is a forecast by the author, hedged by that modal."""
    found = []
    for s in split_sentences(body):
        m = _CUE.search(s.text)
        if m:
            hedge = m.group(1) if m.group(1).lower() in ("could", "may", "might", "likely") else None
            found.append(
                Prediction(
                    s.start, s.end, s.text, "author", "author", hedge, (None, None), None, "positive", "prediction"
                )
            )
    return found


def evaluate(
    articles: list[LabelledArticle], predict: Callable[[LabelledArticle], list[Prediction]], details: list[str]
) -> Tally:
    total = Tally()
    for a in articles:
        details.append(f"{a.name} ({a.outlet})")
        total.add(score_article(a.forecasts, a.distractors, predict(a), details))
    return total


def with_scorer(scorers: Callable[[LabelledArticle], Scorer]) -> Callable[[LabelledArticle], list[Prediction]]:
    def predict(a: LabelledArticle) -> list[Prediction]:
        return [prediction_of(c) for c in analyse_article(a.article, scorer=scorers(a)).candidates]

    return predict


ROWS = [
    ("precision", 0.85),
    ("recall", 0.85),
    ("F1", None),
    ("hedge", 0.92),
    ("hedge_strict", None),
    ("window", None),
    ("speaker", 0.90),
    ("conditional", None),
    ("polarity", None),
    ("kind", None),
    ("distractors_left", None),
]
LABELS = {
    "hedge": "hedge accuracy",
    "hedge_strict": "hedge accuracy (exact words)",
    "window": "window accuracy",
    "speaker": "speaker accuracy",
    "conditional": "conditional accuracy",
    "polarity": "polarity accuracy",
    "kind": "kind accuracy",
    "distractors_left": "distractors left alone",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--gold", type=Path, default=SHARED_GOLD, help="The shared gold.yaml (skipped if absent).")
    parser.add_argument("--folds", type=int, default=0, help="Cross-validation groups; 0 = leave one article out.")
    parser.add_argument("--only", default=None, help="Score only articles whose name starts with this.")
    parser.add_argument(
        "--details", action="store_true", help="List misses, extras and field errors (cross-validated)."
    )
    parser.add_argument(
        "--no-reader-labels",
        action="store_true",
        help="Train on the labelled corpus only, without the held-out claims readers judged (reader_labels.py).",
    )
    args = parser.parse_args()
    articles = load_corpus(args.corpus, args.gold)
    if not articles:
        sys.exit(f"{args.corpus}: no labelled articles; see corpus/README.md")
    started = time.perf_counter()
    examples = [examples_of(a) for a in articles]
    extra = [] if args.no_reader_labels else reader_examples(VERDICTS, HOLDOUT)
    digest = corpus_digest(articles, "" if args.no_reader_labels else reader_digest(VERDICTS, HOLDOUT))
    fitted = train_scorer(examples, digest, extra=extra)
    held_out = cross_validate(articles, examples, args.folds, extra)
    train_seconds = time.perf_counter() - started
    scored = [a for a in articles if args.only is None or a.name.startswith(args.only)]
    shipped = default_scorer()
    details: list[str] = []
    columns = {
        "cue words": evaluate(scored, lambda a: baseline(a.article.body), []),
        "rules only": evaluate(scored, with_scorer(lambda a: RULES_ONLY), []),
        "shipped": evaluate(scored, with_scorer(lambda a: shipped), []),
        "fitted": evaluate(scored, with_scorer(lambda a: fitted), []),
        "cross-val": evaluate(scored, with_scorer(lambda a: held_out[a.name]), details),
    }
    outlets = {a.outlet for a in scored}
    print(
        f"corpus: {len(scored)} articles from {len(outlets)} outlets"
        f" ({sum(a.origin == 'shared' for a in scored)} from ../shared), "
        f"{sum(len(a.forecasts) for a in scored)} labelled forecasts, "
        f"{sum(len(a.distractors) for a in scored)} listed distractors"
    )
    folds = "leave one article out" if args.folds <= 0 else f"{args.folds} groups of articles"
    readers = f"{sum(len(e.labels) for e in extra)} held-out claims readers judged" if extra else "no reader labels"
    print(
        f"cross-validation: {folds}, each scorer also trained on {readers}; training all scorers took {train_seconds:.1f} s"
    )
    print(f"{'measure':30}" + "".join(f"{name:>11}" for name in columns) + "   target (cross-val)")
    for key in ("gold", "predicted", "matched"):
        print(f"{key:30}" + "".join(f"{getattr(t, key):>11d}" for t in columns.values()))
    for key, target in ROWS:
        values = [t.f1 if key == "F1" else t.ratio(key) for t in columns.values()]
        mark = "" if target is None else f"   >= {target:.2f} {'met' if values[-1] >= target else 'NOT MET'}"
        print(f"{LABELS.get(key, key):30}" + "".join(f"{v:>11.3f}" for v in values) + mark)
    shipped_on = "this corpus" if shipped.trained_on.get("corpus_sha256") == digest else "another corpus"
    print(
        f"fitted scorer: C={fitted.trained_on.get('C')}, threshold {fitted.threshold:.2f}; shipped scorer: trained on "
        f"{shipped.trained_on.get('articles')} articles ({shipped_on}); field accuracies are over matched pairs"
    )
    if args.details:
        print("\n".join(details))


if __name__ == "__main__":
    main()
