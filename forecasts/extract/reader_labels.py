"""Readers' verdicts as labels of what is a forecast: training examples for the claim scorer from
texts the labelled corpus does not hold.

Every draft a reader has scored (``bench/draft_verdicts.yaml``) says more than how much of it had to
be rewritten: its reason says whether the quote was a forecast at all. A publishable draft's quote
is one; a draft rewritten because "the quote is rhetoric, not a forecast" is not; a draft rewritten
although "a genuine forecast" is one. The drafts of the held-out sets (``bench/drafting_holdout``:
speeches, releases, transcripts and reports by writers the labelled corpus has few of) become
examples of the claim they were drafted from, so the scorer learns what a forecast is from many more
writers and genres than the hand-labelled news articles alone. A verdict whose reason says neither
is left out, and so is every claim no reader saw: unlike a labelled article, such a text is not
labelled whole, so an unseen claim is no negative.

Held out by set, the labels raise the scorer's AUC on the held-out sets' claims (forecast or not)
from 0.80 to 0.84, and leave its leave-one-out F1 on the labelled corpus where it was (see
``bench/extraction_eval.py``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from forecasts.extract.article import ArticleError, read_article
from forecasts.extract.extractor import judge_article
from forecasts.extract.training import ArticleExamples

PUBLISHABLE = ("as_is", "one_field")
# A reader's reason for rewriting a draft whose quote is no forecast: rhetoric, a norm, a hope, a
# description of the present or past, a condition standing alone, a proposal's content.
_NOT_A_FORECAST = re.compile(
    r"\bnot\s+(?:itself\s+)?an?\s+(?:\w+\s+){0,2}(?:forecast|prediction|event)\b|\bno\s+(?:\w+\s+)?forecast\b|"
    r"\bnot\s+(?:a\s+)?(?:checkable|observable|resolvable|falsifiable)\b|\bno\s+(?:identifiable|observable|checkable)\b|"
    r"\brhetoric|\bis\s+(?:only\s+|just\s+|merely\s+)?the\s+condition\b|"
    r"\bdescrib(?:es|ing)\s+(?:what|a|the|an|current|present|how|his|her|their|its|house|policy)\b|"
    r"\bnot\s+a\s+future\b|\balready\s+(?:happened|made|taken|under\s*way|done|in\s+(?:place|effect|force)|decided|occurred)\b|"
    r"\ban?\s+(?:opinion|hope|aspiration|norm|wish|promise|goal|exhortation|appeal|demand|request|recommendation|"
    r"proposal|definition|truism|platitude|vow|pledge|assurance|commitment|intention)\b|\bnormative\b|\bhypothetical\b",
    re.IGNORECASE,
)
# A reader's reason for rewriting a draft although its quote is a forecast ("a genuine forecast, but ...").
_A_FORECAST = re.compile(
    r"\b(?:real|genuine|checkable|legitimate|valid|concrete|dated|clear|resolvable)\b[^.;:]{0,25}"
    r"\b(?:forecast|expectation|prediction|scheduled|event|projection|plan)\b",
    re.IGNORECASE,
)
# The same said in other words: "The forecast is that ...", "the underlying forecast is", "is a
# fair forecast", "counts as a forecast", "does forecast", "a forecastable event". Readers wrote
# these about a quote whose draft had to be rewritten; none says the quote is no forecast.
_FORECAST_NAMED = re.compile(
    r"\b(?:the|this|its)\s+(?:underlying\s+|actual\s+|real\s+|only\s+|observable\s+)?(?:forecast|prediction|projection)"
    r"(?:\s+in\s+the\s+(?:quote|sentence|claim|passage))?\s+is\s+(?:that|for|of|a|an|the)\b"
    r"|\b(?:is|counts\s+as|remains)\s+(?:a|an)\s+(?:(?:fair|sound|reasonable|real|genuine|clear|concrete|valid|legitimate|"
    r"dated|checkable|resolvable|proper)\s+)?(?:forecast|prediction|projection)\b"
    r"|\b(?:fair|sound)\b[^.;:]{0,25}\b(?:forecast|expectation|prediction|scheduled|event|projection)\b"
    r"|\bdoes\s+forecast\b|(?<!not\sa\s)\bforecastable\b",
    re.IGNORECASE,
)
# A verdict's quote and a claim's text are the same sentence when one holds the other's opening.
_OPENING = 60


def is_forecast(score: str, why: str) -> bool | None:
    """Whether a reader's verdict says the draft's quote is a forecast: True for a publishable draft
    or a rewritten one the reason calls a real forecast, False when the reason calls it none, None
    when the reason says neither."""
    if score in PUBLISHABLE:
        return True
    if _NOT_A_FORECAST.search(why):
        return False
    if _A_FORECAST.search(why) or _FORECAST_NAMED.search(why):
        return True
    return None


def reader_examples(verdicts: Path, holdout: Path) -> list[ArticleExamples]:
    """The held-out articles' claims that readers judged, each labelled 1 when the reader took it
    for a forecast (``is_forecast``); one ``ArticleExamples`` per article, with no gold count (the
    article is not labelled whole). Empty when either path is missing, as outside a checkout."""
    if not verdicts.exists() or not holdout.is_dir():
        return []
    data = yaml.safe_load(verdicts.read_text(encoding="utf-8")) or {}
    by_article: dict[str, list[tuple[str, bool]]] = {}
    for item in data.get("drafts") or []:
        quote = str(item.get("quote") or "").strip()
        label = is_forecast(str(item.get("score") or ""), str(item.get("why") or ""))
        if quote and label is not None:
            by_article.setdefault(str(item.get("article") or ""), []).append((quote, label))
    out: list[ArticleExamples] = []
    for name, judged in sorted(by_article.items()):
        path = holdout / f"{name}.txt"
        if not path.exists():
            continue  # a labelled corpus article: its labels say more than any verdict
        try:
            article = read_article(str(path))
        except ArticleError:
            continue
        claims = judge_article(article).claims
        texts = [article.body[c.candidate.char_start : c.candidate.char_end] for c in claims]
        labels: dict[int, int] = {}
        for quote, label in judged:
            hit = next((j for j, text in enumerate(texts) if _same_sentence(quote, text)), None)
            if hit is not None:
                # One reader's "a genuine forecast" outweighs another's verdict on a worse draft of it.
                labels[hit] = max(labels.get(hit, 0), int(label))
        if labels:
            ordered = sorted(labels)
            out.append(ArticleExamples(name, [claims[j].features for j in ordered], [labels[j] for j in ordered], 0))
    return out


def _same_sentence(quote: str, text: str) -> bool:
    return quote[:_OPENING] in text or text[:_OPENING] in quote


def reader_digest(verdicts: Path, holdout: Path) -> str:
    """SHA-256 over the verdicts and the held-out texts: what the reader examples come from; empty
    when there are no verdicts to learn from (``reader_examples`` finds none), so that a check of the
    stored scorer need not build the examples to know what it was trained on."""
    if not verdicts.exists() or not holdout.is_dir():
        return ""
    digest = hashlib.sha256()
    for path in _sources(verdicts, holdout):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _sources(verdicts: Path, holdout: Path) -> Iterable[Path]:
    yield verdicts
    yield from sorted(holdout.glob("*.txt"))
