"""The drafting's held-out articles (bench/drafting_holdout) are not the labelled corpus it is built from.

Twelve gathered articles once turned out to be copies of labelled ones: a set measured on them
measured the drafting on its own material. Their bodies are compared word for word, so a copy with
other header lines or cut page furniture is still caught.
"""

from __future__ import annotations

import re
from pathlib import Path

from forecasts.extract.article import read_article
from forecasts.extract.corpus import load_corpus

HOLDOUT = Path(__file__).resolve().parents[2] / "bench" / "drafting_holdout"
# Words in a row that no two different articles share.
RUN = 40


def _runs(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(0, max(0, len(words) - RUN), RUN // 2)}


def _starts(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(0, max(0, len(words) - RUN))}


def test_no_held_out_article_repeats_a_labelled_one() -> None:
    labelled = set().union(*(_starts(a.article.body) for a in load_corpus()))
    copies = [path.name for path in sorted(HOLDOUT.glob("*.txt")) if _runs(read_article(str(path)).body) & labelled]
    assert copies == []


def test_a_copy_is_caught_whatever_its_header() -> None:
    body = " ".join(f"word{i}" for i in range(200))
    assert _runs(f"other opening words. {body}") & _starts(body)
    assert not _runs(" ".join(f"other{i}" for i in range(200))) & _starts(body)
