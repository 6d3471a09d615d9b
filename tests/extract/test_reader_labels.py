"""Readers' verdicts on held-out drafts become labelled claims the scorer also learns from."""

from __future__ import annotations

from pathlib import Path

import pytest

from forecasts.extract.reader_labels import is_forecast, reader_digest, reader_examples
from forecasts.extract.training import ArticleExamples, train_scorer

DATA = Path(__file__).resolve().parents[1] / "data" / "reader_labels"


@pytest.mark.parametrize(
    ("score", "why", "expected"),
    [
        ("as_is", "A dated announced reopening: none", True),
        ("one_field", "The title needs the summit's name: title", True),
        ("rewritten", "Rhetoric of resolve, not a checkable event: title, question, criteria", False),
        ("rewritten", "The quote describes what the paper does not signal: title, question", False),
        ("rewritten", "This is only the condition of the rate-cut claim: title, question", False),
        ("rewritten", "A genuine forecast, but 'the summit' is never named: title, question, criteria", True),
        ("rewritten", "The window should end in 2022 and the title is cut: title, window", None),
        # A forecast named in other words than "a genuine forecast".
        ("rewritten", "The forecast is that the UK will donate 100 million doses, but the window: window", True),
        ("rewritten", "The underlying forecast is that the terminal opens in summer: title, question", True),
        ("rewritten", "An announced resignation is a fair forecast, but the title keeps 'announced': title", True),
        ("rewritten", "The projection counts as a forecast, but the criteria name no source: criteria", True),
        ("rewritten", "The sentence does forecast the primaries, but the draft garbles them: title, question", True),
        ("rewritten", "The scheduled debate is a forecastable event, but 'be still scheduled': title, question", True),
        # ... and not where it is denied.
        ("rewritten", "A policy slogan, not a forecastable action: title, question, criteria", None),
    ],
)
def test_a_verdicts_reason_says_whether_the_quote_was_a_forecast(score: str, why: str, expected: bool | None) -> None:
    assert is_forecast(score, why) is expected


def test_the_claims_readers_judged_are_examples_and_the_rest_of_the_article_is_not() -> None:
    (examples,) = reader_examples(DATA / "verdicts.yaml", DATA / "holdout")
    assert examples.name == "zz01-ledger-port-reopening"
    # The reopening (as is) and the freight forecast (a genuine forecast, badly drafted) are forecasts;
    # the remembrance is rhetoric. A verdict on an article outside the held-out folder is left out.
    assert sorted(examples.labels) == [0, 1, 1]
    assert examples.n_gold == 0
    assert all(features for features in examples.features)


def test_without_verdicts_or_held_out_texts_there_are_no_reader_examples(tmp_path: Path) -> None:
    assert reader_examples(tmp_path / "missing.yaml", DATA / "holdout") == []
    assert reader_examples(DATA / "verdicts.yaml", tmp_path / "missing") == []
    # Nothing to learn from is nothing in the scorer's hash either: the check need not build examples.
    assert reader_digest(tmp_path / "missing.yaml", DATA / "holdout") == ""


def test_the_digest_changes_with_the_verdicts(tmp_path: Path) -> None:
    before = reader_digest(DATA / "verdicts.yaml", DATA / "holdout")
    changed = tmp_path / "verdicts.yaml"
    changed.write_text((DATA / "verdicts.yaml").read_text(encoding="utf-8").replace("as_is", "rewritten", 1))
    assert reader_digest(changed, DATA / "holdout") != before


def test_reader_examples_are_trained_on_but_not_counted_in_the_threshold_choice() -> None:
    labelled = ArticleExamples("labelled", [{"event_verb": 1.0}, {"abstract_object": 1.0}] * 5, [1, 0] * 5, 5)
    extra = reader_examples(DATA / "verdicts.yaml", DATA / "holdout")
    scorer = train_scorer([labelled, labelled], "hash", extra=extra)
    assert scorer.trained_on["reader_claims"] == 3
    assert scorer.trained_on["reader_positives"] == 2
    assert scorer.trained_on["claims"] == 20  # the labelled claims alone
