"""Train the parser the drafting reads questions with, and write it to forecasts/data/parser.

The parser is a spaCy pipeline (tok2vec, tagger, dependency parser, trainable lemmatizer; the
settings are the shipped parser's own config.cfg, spaCy's "efficiency" English config, with the
data paths set here) trained on the Universal
Dependencies English Web Treebank, UD_English-EWT (CC BY-SA 4.0): 12,544 sentences to train
on, 2,001 to choose the best model on; the test split is scored at the end and printed.

    git clone https://github.com/UniversalDependencies/UD_English-EWT /tmp/UD_English-EWT
    python scripts/train_parser.py /tmp/UD_English-EWT            # about an hour on two cores

The treebank's en_ewt-ud-{train,dev,test}.conllu are read; where a checkout lacks one (a large
file left out), the split is rebuilt from not-to-release/sources/ in the order of
not-to-release/file-lists/files.{split}, which is how the treebank makes it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from spacy.cli.evaluate import evaluate
from spacy.cli.train import train
from spacy.tokens import DocBin
from spacy.training.converters.conllu_to_docs import conllu_to_docs

from forecasts.extract.syntax import PARSER_PATH

# The settings the shipped parser was trained with; spaCy saves them beside the weights.
CONFIG = PARSER_PATH / "config.cfg"
SPLITS = ("train", "dev", "test")
SENTENCES_PER_DOC = 10


def read_split(treebank: Path, split: str) -> str:
    """The split's CoNLL-U text, from its file or rebuilt from the per-document sources."""
    whole = treebank / f"en_ewt-ud-{split}.conllu"
    if whole.is_file() and whole.stat().st_size > 0:
        return whole.read_text(encoding="utf-8")
    listing = treebank / "not-to-release" / "file-lists" / f"files.{split}"
    if not listing.is_file():
        sys.exit(
            f"{treebank}: neither {whole.name} nor {listing.relative_to(treebank)}; is it a UD_English-EWT checkout?"
        )
    parts = []
    for name in listing.read_text(encoding="utf-8").split():
        source = treebank / "not-to-release" / "sources" / name
        if not source.is_file():
            sys.exit(f"{source}: listed in {listing.name} but missing from the checkout")
        parts.append(source.read_text(encoding="utf-8").rstrip("\n") + "\n\n")
    return "".join(parts)


def write_docbin(conllu: str, path: Path) -> int:
    """The split as spaCy training documents; returns the number of documents."""
    docs = list(conllu_to_docs(conllu, n_sents=SENTENCES_PER_DOC, no_print=True))  # type: ignore[no-untyped-call]
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("treebank", type=Path, help="A checkout of UD_English-EWT.")
    parser.add_argument("--out", type=Path, default=PARSER_PATH, help="Where to write the parser.")
    parser.add_argument(
        "--max-steps", type=int, default=None, help="Stop after this many steps (default: the config's)."
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for split in SPLITS:
            print(f"{split}: {write_docbin(read_split(args.treebank, split), work / f'{split}.spacy')} documents")
        overrides: dict[str, object] = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
        }
        if args.max_steps is not None:
            overrides["training.max_steps"] = args.max_steps
        train(CONFIG, work / "out", overrides=overrides)
        best = work / "out" / "model-best"
        scores = evaluate(str(best), work / "test.spacy", silent=True)
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(best, args.out)
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["name"], meta["description"] = (
        "forecasts_parser",
        "Trained on UD_English-EWT (CC BY-SA 4.0) by scripts/train_parser.py",
    )
    meta["license"] = "CC BY-SA 4.0"
    meta.pop("performance", None)  # the dev split's scores, per label; the test split's follow
    meta["test_scores"] = {k: round(float(v), 4) for k, v in scores.items() if isinstance(v, (int, float))}
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out}: on the test split, tags {scores.get('tag_acc', 0):.3f}, "
        f"UAS {scores.get('dep_uas', 0):.3f}, LAS {scores.get('dep_las', 0):.3f}, lemmas {scores.get('lemma_acc', 0):.3f}"
    )


if __name__ == "__main__":
    main()
