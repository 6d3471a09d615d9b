"""Train the extraction scorer on the labelled corpus and write forecasts/data/extract_scorer.json.

The corpus is every article under corpus/labels (text in corpus/articles) plus, where it is
present, the four articles of ../shared/articles/gold.yaml. It also learns from the claims of the
held-out articles (bench/drafting_holdout) that readers judged in bench/draft_verdicts.yaml, each
a forecast or not as the reader's reason says (forecasts/extract/reader_labels.py). The scorer's
strength and keep threshold are chosen by grouped cross-validation inside the corpus (see
forecasts/extract/training.py); the file records how many articles and claims it was trained on
and a hash of the corpus and the verdicts, so a scorer trained on other data shows in review.

    python scripts/train_extractor.py                  # train and write the package's scorer
    python scripts/train_extractor.py --check          # exit 1 when the stored scorer is not from this corpus
    python scripts/train_extractor.py --no-incumbent   # choose the strength afresh, ignoring the stored one
    python scripts/train_extractor.py --no-reader-labels --out /tmp/scorer.json  # the labelled corpus only

The stored scorer's strength (C) is kept while its inner-CV F1 is within STRENGTH_TOLERANCE (0.005)
of the best strength's: a near tie broken the other way would retrain the whole scorer for nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forecasts.extract.corpus import CORPUS_DIR, SHARED_GOLD, load_corpus
from forecasts.extract.scorer import SCORER_PATH, ScorerError, read_scorer

try:
    from forecasts.extract.reader_labels import reader_digest, reader_examples
    from forecasts.extract.training import STRENGTH_TOLERANCE, corpus_digest, examples_of, train_scorer
except ModuleNotFoundError as missing:  # scikit-learn comes with the [train] extra only
    sys.exit(f"scripts/train_extractor.py needs {missing.name}: pip install -e '.[train]'")
from forecasts.store import replace_file

BENCH = Path(__file__).resolve().parents[1] / "bench"
VERDICTS = BENCH / "draft_verdicts.yaml"
HOLDOUT = BENCH / "drafting_holdout"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="Folder with labels/ and articles/.")
    parser.add_argument("--gold", type=Path, default=SHARED_GOLD, help="The shared gold.yaml (skipped if absent).")
    parser.add_argument("--out", type=Path, default=SCORER_PATH, help="Where to write the scorer.")
    parser.add_argument("--check", action="store_true", help="Only check that --out was trained on this corpus.")
    parser.add_argument(
        "--verdicts", type=Path, default=VERDICTS, help="Readers' verdicts whose held-out claims are also learned from."
    )
    parser.add_argument("--holdout", type=Path, default=HOLDOUT, help="The held-out articles those verdicts are on.")
    parser.add_argument(
        "--no-reader-labels",
        action="store_true",
        help="Learn from the labelled corpus only, not the readers' verdicts.",
    )
    parser.add_argument(
        "--no-incumbent", action="store_true", help="Choose the strength afresh, not keeping --out's on a near tie."
    )
    args = parser.parse_args()
    articles = load_corpus(args.corpus, args.gold)
    if not articles:
        sys.exit(f"{args.corpus}: no labelled articles found (labels/*.yaml)")
    digest = corpus_digest(articles, "" if args.no_reader_labels else reader_digest(args.verdicts, args.holdout))
    if args.check:
        stored = read_scorer(args.out).trained_on.get("corpus_sha256")
        if stored != digest:
            sys.exit(f"{args.out}: trained on another corpus ({stored}); run python scripts/train_extractor.py")
        print(f"{args.out}: trained on this corpus ({len(articles)} articles)")
        return
    examples = [examples_of(a) for a in articles]
    extra = [] if args.no_reader_labels else reader_examples(args.verdicts, args.holdout)
    incumbent = None if args.no_incumbent else _stored_strength(args.out)
    scorer = train_scorer(examples, digest, incumbent, extra)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    replace_file(args.out, (scorer.to_json() + "\n").encode("utf-8"))
    meta = scorer.trained_on
    print(
        f"wrote {args.out}: {meta['articles']} articles, {meta['claims']} claims ({meta['positives']} forecasts), "
        f"{meta['reader_claims']} claims readers judged in {meta['reader_articles']} held-out articles "
        f"({meta['reader_positives']} forecasts), "
        f"C={meta['C']}, threshold {scorer.threshold:.2f}, inner-CV F1 {meta['inner_cv_f1']:.3f}, "
        f"{len([w for w in scorer.weights.values() if w])} weights"
        + (
            f"; kept the stored C (C={meta['C_best_inner_cv']} scored at most {STRENGTH_TOLERANCE} higher)"
            if meta["C"] != meta["C_best_inner_cv"]
            else ""
        )
    )


def _stored_strength(path: Path) -> float | None:
    """The strength (C) of the scorer stored at ``path``, or None when there is none to read."""
    if not path.exists():
        return None
    try:
        strength = read_scorer(path).trained_on.get("C")
    except ScorerError:
        return None
    return float(strength) if isinstance(strength, int | float) else None


if __name__ == "__main__":
    main()
