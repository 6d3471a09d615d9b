"""The publishability model: its features, the shipped weights, its file's errors, and its training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from forecasts.extract.publishability import (
    PUBLISHABILITY_PATH,
    PublishabilityError,
    PublishabilityModel,
    default_publishability,
    describe_draft,
    read_publishability,
)

REPO = Path(__file__).resolve().parents[2]
VERDICTS = REPO / "bench" / "draft_verdicts.yaml"

# Drafts of sets az and ba (bench/drafting_holdout), read blind after the shipped model was first
# trained without them: the clean ones were published, the garbled ones rewritten.
CLEAN = (
    "Local authorities in the Liverpool City Region will move to the Very High alert level from Wednesday.",
    "Local authorities in the Liverpool City Region move to the Very High alert level",
    "Will local authorities in the Liverpool City Region move to the Very High alert level between 2020-10-12 "
    "and 2020-10-16?",
)
GARBLED = (
    "Whether we will be successful, we don't know.",
    "We don't know be successful",
    "Will we don't know be successful between 2020-09-26 and 2021-03-25?",
)


def test_a_draft_is_described_by_named_signs() -> None:
    features = describe_draft(
        "I mentioned before that the Secretary will be at the meeting.",
        "This happens",
        "Will this happen: I mentioned before that the Secretary will be at the meeting, between 2022-07-05 and "
        "2022-07-09?",
    )
    assert features["question pastes the quote"] == 1.0
    assert features["question keeps I, we or you"] == 1.0
    assert features["window within a month"] == 1.0
    assert features["window over a year"] == 0.0
    assert features["quote speaks as I or we"] == 1.0
    assert features["question is categorical"] == 0.0


def test_the_window_is_read_from_the_question_dates() -> None:
    def long(question: str) -> float:
        return describe_draft("", "", question)["window over a year"]

    assert long("Will Iran strike US forces between 2020-01-05 and 2021-03-31?") == 1.0
    assert long("Will Iran strike US forces between 2020-01-05 and 2020-03-31?") == 0.0
    # No dates, or dates that are none: no window sign at all.
    assert long("Will Iran strike US forces?") == 0.0
    assert long("Will Iran strike US forces between 2020-13-05 and 2020-14-31?") == 0.0


def test_the_shipped_model_flags_a_garbled_draft_and_not_a_clean_one() -> None:
    model = default_publishability()
    clean, garbled = model.assess(*CLEAN), model.assess(*GARBLED)
    assert not clean.flagged
    assert garbled.flagged
    assert garbled.probability < model.threshold <= clean.probability
    assert garbled.signs[0] == "question keeps I, we or you"


def test_the_shipped_model_was_trained_on_the_verdicts_in_the_tree() -> None:
    from forecasts.extract.publishability_training import verdicts_digest

    stored = default_publishability().trained_on["verdicts_sha256"]
    assert stored == verdicts_digest(VERDICTS), "run python scripts/train_publishability.py"


def test_a_model_file_of_another_format_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "publishability.json"
    path.write_text(json.dumps({"format": 9, "intercept": 0, "threshold": 0.1, "weights": {}}), encoding="utf-8")
    with pytest.raises(PublishabilityError) as caught:
        read_publishability(path)
    assert str(caught.value) == f"{path}: format 9 is not 1; run scripts/train_publishability.py to retrain"


def test_weights_for_unknown_features_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "publishability.json"
    data = json.loads(PUBLISHABILITY_PATH.read_text(encoding="utf-8"))
    data["weights"]["question rhymes"] = 1.0
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        PublishabilityError, match=r"weights for features this version does not compute: question rhymes"
    ):
        read_publishability(path)


def test_signs_are_the_features_that_pull_down_worst_first() -> None:
    model = PublishabilityModel(intercept=0.0, weights={"a": -2.0, "b": -1.0, "c": 3.0}, threshold=0.5)
    assert model.explain({"a": 1.0, "b": 3.0, "c": 1.0}) == ["b", "a"]
    assert model.explain({"a": 0.0, "b": 0.0, "c": 1.0}) == []


def test_the_threshold_keeps_nine_in_ten_publishable_drafts() -> None:
    from forecasts.extract.publishability_training import choose_threshold

    predicted = np.array([0.05, 0.12, 0.22, 0.32, 0.42, 0.52, 0.62, 0.72, 0.82, 0.92, 0.02, 0.03])
    publishable = np.array([True] * 10 + [False] * 2)
    # At 0.15 two of the ten publishable drafts would be flagged; at 0.1 only one.
    assert choose_threshold(predicted, publishable) == 0.1


def test_cross_validation_predicts_each_set_without_it() -> None:
    from forecasts.extract.publishability_training import Verdict, cross_validate, set_of

    assert (set_of("ax07-kremlin-talks"), set_of("00-inside-arabia-soleimani")) == ("ax", "labelled")
    good = (
        "Iran will hold elections in June.",
        "Iran holds elections",
        "Will Iran hold elections between 2024-06-01 and 2024-06-30?",
    )
    bad = ("We will see.", "We see", "Will we see it between 2024-06-01 and 2025-12-31?")
    verdicts = [Verdict(*good, set_name=s, publishable=True) for s in ("aa", "bb", "cc")]
    verdicts += [Verdict(*bad, set_name=s, publishable=False) for s in ("aa", "bb", "cc")]
    predicted = cross_validate(verdicts)
    assert all(p > 0.5 for p in predicted[:3]) and all(p < 0.5 for p in predicted[3:])
    # A set whose only lessons are its own teaches nothing to the others: refused, not guessed.
    with pytest.raises(ValueError, match="all of one score"):
        cross_validate(
            [Verdict(*good, set_name="aa", publishable=True), Verdict(*bad, set_name="bb", publishable=False)]
        )
