"""The labelled corpus: loading, span checks, the scorer trained on it, and the bench's matching."""

import re
import runpy
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from forecasts.extract.corpus import CORPUS_DIR, CorpusError, load_corpus, load_label_file
from forecasts.extract.evaluation import match_spans, prediction_of, score_article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.features import EVENT_WORD
from forecasts.extract.scorer import RULES_ONLY, Scorer, read_scorer
from forecasts.extract.training import MIN_EVENT_WORD_ARTICLES, ArticleExamples, examples_of, train_scorer
from testdata import REPO, SHARED

DATA = Path(__file__).parent.parent / "data" / "corpus"


def test_a_label_file_loads_with_its_text_and_bare_alt_quotes_get_offsets():
    labelled = load_label_file(DATA / "labels" / "t01-wire.yaml", DATA / "articles")
    assert labelled.outlet == "Test Wire"
    assert [f["id"] for f in labelled.forecasts] == ["t01-01", "t01-02"]
    assert labelled.forecasts[1]["alt_quotes"] == [
        {"quote": "The summit takes place on 15 March", "char_start": 166, "char_end": 200}
    ]
    assert len(labelled.distractors) == 2


def test_a_quote_that_drifted_from_its_offsets_is_refused_naming_the_item(tmp_path):
    shutil.copytree(DATA, tmp_path / "corpus")
    labels = tmp_path / "corpus" / "labels" / "t01-wire.yaml"
    labels.write_text(labels.read_text().replace("char_start: 88", "char_start: 87"))
    with pytest.raises(CorpusError) as raised:
        load_corpus(tmp_path / "corpus", None)
    assert str(raised.value) == (
        f"{labels}: distractor 1: the quote is not the text at 87-113 (found '\\nCould the talks collapse?'); "
        "fix char_start/char_end"
    )


def test_claims_are_labelled_by_the_bench_matching():
    (labelled,) = load_corpus(DATA, None)
    examples = examples_of(labelled)
    assert sum(examples.labels) == 2  # both forecasts are found as claims
    assert len(examples.labels) == 4  # and the question and the present-tense "may" are claims too
    tally = score_article(
        labelled.forecasts,
        labelled.distractors,
        [prediction_of(c) for c in analyse_article(labelled.article, RULES_ONLY).candidates],
    )
    assert (tally.matched, tally.predicted, tally.distractors_left) == (2, 2, 2)


def test_matching_is_one_to_one_and_accepts_alt_quotes():
    labels = [{"char_start": 0, "char_end": 10, "alt_quotes": [{"char_start": 50, "char_end": 60}]}]
    assert match_spans(labels, [(52, 60), (0, 4)]) == [(0, 1)]  # the quote itself is preferred
    assert match_spans(labels, [(52, 60)]) == [(0, 0)]
    assert match_spans(labels, [(8, 30)]) == []


def test_training_learns_which_features_mark_a_forecast():
    good = {"rule=ok": 1.0, "window_dated": 1.0}
    bad = {"rule=counterfactual": 1.0}
    examples = [ArticleExamples(f"a{i}", [good, bad, good, bad], [1, 0, 1, 0], 2) for i in range(6)]
    scorer = train_scorer(examples, "hash")
    assert scorer.confidence(good) > 0.6 > 0.4 > scorer.confidence(bad)
    assert scorer.trained_on["articles"] == 6 and scorer.trained_on["corpus_sha256"] == "hash"
    again = read_scorer_from_text(scorer.to_json())
    assert again.confidence(good) == pytest.approx(scorer.confidence(good), abs=1e-5)


def test_a_claim_s_features_hold_the_words_of_its_drafted_event():
    (labelled,) = load_corpus(DATA, None)
    claims = analyse_article(labelled.article, RULES_ONLY).candidates
    features = examples_of(labelled).features
    first = next(f for f in features if any(name.startswith(EVENT_WORD) for name in f))
    words = {name.removeprefix(EVENT_WORD) for name in first if name.startswith(EVENT_WORD)}
    assert words and words <= set(re.findall(r"[a-z][a-z']*", " ".join(c.event.lower() for c in claims)))


def test_an_event_word_of_fewer_than_three_articles_gets_no_weight():
    def article(name: str, topic: str) -> ArticleExamples:
        good = {"rule=ok": 1.0, f"{EVENT_WORD}summit": 1.0, f"{EVENT_WORD}{topic}": 1.0}
        bad = {"rule=counterfactual": 1.0, f"{EVENT_WORD}growth": 1.0}
        return ArticleExamples(name, [good, bad], [1, 0], 1)

    examples = [article(f"a{i}", "geneva" if i < 2 else "talks") for i in range(6)]
    weights = train_scorer(examples, "hash").weights
    assert f"{EVENT_WORD}summit" in weights and f"{EVENT_WORD}talks" in weights
    assert f"{EVENT_WORD}geneva" not in weights  # two articles only: one topic, learnt by heart
    assert MIN_EVENT_WORD_ARTICLES == 3


def read_scorer_from_text(text: str) -> Scorer:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        handle.write(text)
    return read_scorer(Path(handle.name))


def test_every_corpus_label_file_fits_its_text():
    articles = load_corpus(CORPUS_DIR, None)
    assert len(articles) >= 1
    for a in articles:
        assert a.meta.get("licence"), f"{a.name}: no licence recorded"
        assert a.meta.get("source"), f"{a.name}: no source recorded (repository, path and commit, or page)"
        assert a.forecasts, f"{a.name}: no forecasts labelled"


def test_the_shipped_scorer_was_trained_on_the_corpus_as_it_is(monkeypatch, capsys):
    if not (SHARED / "articles" / "gold.yaml").exists():
        pytest.skip(f"{SHARED / 'articles'} not found: the scorer is trained with the shared articles too")
    # The script as `python scripts/train_extractor.py --check` runs it, in this process (no second
    # start-up of Python, scikit-learn and the extractor); a mismatch exits with its message.
    monkeypatch.setattr(sys, "argv", ["train_extractor.py", "--check"])
    try:
        runpy.run_path(str(REPO / "scripts" / "train_extractor.py"), run_name="__main__")
    except SystemExit as stop:
        pytest.fail(f"train_extractor.py --check exited: {stop.code}")
    assert re.fullmatch(r".*extract_scorer\.json: trained on this corpus \(\d+ articles\)\n", capsys.readouterr().out)


def test_the_scorer_hash_covers_what_makes_features_and_not_drafting():
    from forecasts.extract.training import feature_code

    names = {p.name for p in feature_code()}
    assert {"claims.py", "features.py", "markers.py", "speakers.py", "hedges.py", "phrases.csv"} <= names
    # The resolvability gate is drafting's too: tuning it never calls for retraining the scorer.
    assert not {"drafts.py", "propositions.py", "command.py", "resolvability.py"} & names
