"""Train the publishability model on readers' verdicts and write forecasts/data/publishability.json.

The verdicts are bench/draft_verdicts.yaml: every draft a reader has scored as is, one field
edited or rewritten. Cross-validation holds out one set of articles at a time (the labelled corpus,
and each held-out set of bench/drafting_holdout), and the threshold (below it `forecasts drafts list`
flags a draft) is the highest that leaves 90% of the held-out sets' publishable drafts unflagged (see forecasts/extract/publishability_training.py). The
file records the verdicts' hash and the cross-validated figures.

    python scripts/train_publishability.py           # train and write the package's model
    python scripts/train_publishability.py --check   # exit 1 when the stored model is not from these verdicts
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forecasts.extract.publishability import PUBLISHABILITY_PATH, read_publishability

try:
    from forecasts.extract.publishability_training import read_verdicts, train_publishability, verdicts_digest
except ModuleNotFoundError as missing:  # scikit-learn comes with the [train] extra only
    sys.exit(f"scripts/train_publishability.py needs {missing.name}: pip install -e '.[train]'")
from forecasts.store import replace_file

VERDICTS = Path(__file__).resolve().parents[1] / "bench" / "draft_verdicts.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verdicts", type=Path, default=VERDICTS, help="The readers' verdicts (YAML).")
    parser.add_argument("--out", type=Path, default=PUBLISHABILITY_PATH, help="Where to write the model.")
    parser.add_argument("--check", action="store_true", help="Only check that --out was trained on these verdicts.")
    args = parser.parse_args()
    if not args.verdicts.exists():
        sys.exit(f"{args.verdicts}: no such file; pass --verdicts with the readers' verdicts (YAML)")
    digest = verdicts_digest(args.verdicts)
    if args.check:
        stored = read_publishability(args.out).trained_on.get("verdicts_sha256")
        if stored != digest:
            sys.exit(f"{args.out}: trained on other verdicts ({stored}); run python scripts/train_publishability.py")
        print(f"{args.out}: trained on these verdicts")
        return
    verdicts = read_verdicts(args.verdicts)
    if not verdicts:
        sys.exit(f"{args.verdicts}: no scored drafts (each needs score: as_is, one_field or rewritten)")
    model = train_publishability(verdicts, digest)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    replace_file(args.out, (model.to_json() + "\n").encode("utf-8"))
    meta = model.trained_on
    share = meta["cv_held_out_share_publishable"]
    print(
        f"wrote {args.out}: {meta['verdicts']} verdicts over {meta['sets']} sets ({meta['publishable']} publishable), "
        f"threshold {model.threshold:.2f}; held out by set: AUC {meta['cv_auc_held_out_sets']}, "
        f"publishable: {share['all drafts']:.2f} of all drafts, {share['flagged']:.2f} of those flagged; "
        f"{meta['cv_held_out_publishable_unflagged']} publishable drafts unflagged"
    )


if __name__ == "__main__":
    main()
