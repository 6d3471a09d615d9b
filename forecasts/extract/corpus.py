"""The labelled corpus: articles with every forecast and the likely distractors marked by hand.

Two places hold labelled articles, in the same label format (the rules are in the header of
``../shared/articles/gold.yaml``):

- ``../shared/articles/gold.yaml``: one file listing the four articles the project began with
  (text beside it, never copied into the repository);
- ``corpus/labels/<name>.yaml`` in this repository: one file per article, with the article's
  metadata (outlet, publisher type, topic, licence and where the text came from) and its
  ``forecasts`` and ``distractors``; the text is ``corpus/articles/<name>.txt``.

Every quote is checked against the text at its offsets when loaded, so a label can never drift
silently from its article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from forecasts.extract.article import Article, ArticleError, read_article

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS_DIR = REPO_ROOT / "corpus"
SHARED_GOLD = REPO_ROOT.parent / "shared" / "articles" / "gold.yaml"


class CorpusError(Exception):
    """A label file that does not fit its article; the message names the file and the item."""


@dataclass(frozen=True)
class LabelledArticle:
    """One article, its text as the extractor reads it, and its hand-made labels."""

    name: str
    article: Article
    meta: dict[str, Any]
    forecasts: list[dict[str, Any]]
    distractors: list[dict[str, Any]] = field(default_factory=list)
    origin: str = "corpus"  # corpus | shared

    @property
    def outlet(self) -> str:
        """The outlet or publisher, for grouping folds and counting sources."""
        return str(self.meta.get("outlet") or self.article.outlet or "unknown")


def load_corpus(corpus_dir: Path | None = CORPUS_DIR, shared_gold: Path | None = SHARED_GOLD) -> list[LabelledArticle]:
    """Every labelled article: the shared set (when present) first, then the repository's corpus."""
    articles: list[LabelledArticle] = []
    if shared_gold is not None and shared_gold.exists():
        articles.extend(load_gold_file(shared_gold))
    if corpus_dir is not None and (corpus_dir / "labels").is_dir():
        for path in sorted((corpus_dir / "labels").glob("*.yaml")):
            articles.append(load_label_file(path, corpus_dir / "articles"))
    return articles


def load_gold_file(path: Path) -> list[LabelledArticle]:
    """The articles of a ``gold.yaml`` that lists several articles and their forecasts."""
    data = _read_yaml(path)
    forecasts = data.get("forecasts") or []
    found = []
    for meta in data.get("articles") or []:
        text_path = path.parent / meta["file"]
        article = _read_text(text_path, path)
        own = [f for f in forecasts if f.get("article") == meta["file"]]
        distractors = list(meta.get("distractors") or [])
        _check_spans(path, article.body, own, distractors)
        found.append(LabelledArticle(text_path.stem, article, meta, own, distractors, origin="shared"))
    return found


def load_label_file(path: Path, articles_dir: Path) -> LabelledArticle:
    """One ``corpus/labels/<name>.yaml`` and the text it labels."""
    data = _read_yaml(path)
    meta = data.get("article")
    if not isinstance(meta, dict):
        raise CorpusError(f"{path}: article: missing; the file starts with the article's metadata")
    text_path = articles_dir / str(meta.get("file") or f"{path.stem}.txt")
    article = _read_text(text_path, path)
    forecasts = [_with_alt_spans(item, article.body) for item in data.get("forecasts") or []]
    distractors = list(data.get("distractors") or [])
    _check_spans(path, article.body, forecasts, distractors)
    return LabelledArticle(path.stem, article, meta, forecasts, distractors)


def _with_alt_spans(item: dict[str, Any], body: str) -> dict[str, Any]:
    """Alternative quotes given as bare strings get the offsets of their first occurrence."""
    alts = []
    for alt in item.get("alt_quotes") or []:
        if isinstance(alt, str):
            start = body.find(alt)
            alts.append({"quote": alt, "char_start": start, "char_end": start + len(alt)})
        else:
            alts.append(alt)
    return {**item, "alt_quotes": alts}


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(f"{path}: cannot read the labels: {exc}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected a mapping of labels, found {type(data).__name__}")
    return data


def _read_text(text_path: Path, label_path: Path) -> Article:
    try:
        return read_article(str(text_path))
    except ArticleError as exc:
        raise CorpusError(f"{label_path}: the labelled text cannot be read: {exc}") from None


def _check_spans(path: Path, body: str, forecasts: list[dict[str, Any]], distractors: list[dict[str, Any]]) -> None:
    for kind, items in (("forecast", forecasts), ("distractor", distractors)):
        for index, item in enumerate(items):
            where = item.get("id") or f"{kind} {index + 1}"
            spans = [item, *(item.get("alt_quotes") or [])]
            for span in spans:
                if not isinstance(span, dict) or "char_start" not in span:
                    continue
                start, end = int(span["char_start"]), int(span["char_end"])
                if body[start:end] != span.get("quote"):
                    raise CorpusError(
                        f"{path}: {where}: the quote is not the text at {start}-{end} "
                        f"(found {body[start:end][:60]!r}); fix char_start/char_end"
                    )
