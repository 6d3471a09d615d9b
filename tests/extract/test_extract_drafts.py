"""Draft scenarios from forecasts: ids, deadlines, questions, sources (unit level)."""

from dataclasses import replace
from datetime import date, timedelta

from forecasts.extract import extract_from_text
from forecasts.extract.article import Article
from forecasts.extract.drafts import DEFAULT_HORIZON_DAYS, REVIEW_DEADLINE, draft_scenario, unique_id, write_drafts
from forecasts.extract.propositions import propose, question_text, slug_words
from forecasts.extract.resolvability import DRAFT_CONFIDENCE
from forecasts.extract.scorer import RULES_ONLY
from forecasts.store import load_catalog

ARTICLE = Article(body="", source="story.txt", outlet="Test Wire", published=date(2024, 1, 10))


def candidate(text):
    (c,) = extract_from_text(text, published=ARTICLE.published, outlet="Test Wire", scorer=RULES_ONLY)
    return c


def test_unknown_hedge_gets_an_explicit_prior():
    data = draft_scenario(candidate("The government is on the cusp of collapse."), ARTICLE, "collapse", None)
    (source,) = data["sources"]
    assert (source["hedge"], source["prior"]) == ("on the cusp of", 0.5)
    assert "flags: unknown_hedge" in source["note"]


def test_no_window_means_the_default_horizon_and_says_so():
    data = draft_scenario(candidate("Iran will test a missile."), ARTICLE, "test", None)
    assert (data["opens"], data["deadline"]) == (date(2024, 1, 10), date(2024, 1, 10) + timedelta(DEFAULT_HORIZON_DAYS))
    assert REVIEW_DEADLINE.format(days=DEFAULT_HORIZON_DAYS) in data["review"]


def test_negative_forecasts_ask_about_the_positive_event():
    negative = candidate("Iran will not resume exports before March.")
    data = draft_scenario(negative, ARTICLE, "x", None)
    assert data["question"] == question_text(propose(negative, ARTICLE), date(2024, 1, 10), date(2024, 2, 29))
    assert " not " not in data["question"]
    assert data["sources"][0]["polarity"] == "negative"


def test_ids_are_whole_words_and_unique():
    assert unique_id(["russia", "hold", "elections"], set()) == "russia-hold-elections"
    taken = {"russia-hold-elections", "russia-hold-elections-2"}
    assert unique_id(["russia", "hold", "elections"], taken) == "russia-hold-elections-3"


def test_written_drafts_load_as_valid_scenarios(tmp_path):
    # Both claims taken as clearing the drafting cut, whatever the scorer makes of two made-up
    # sentences: what is tested is the files written.
    found = [
        replace(c, confidence=max(c.confidence, DRAFT_CONFIDENCE))
        for c in extract_from_text(
            "Iran will probably retaliate within two weeks, officials said. The NATO summit opens on Monday in Geneva.",
            published=ARTICLE.published,
            outlet="Test Wire",
        )
    ]
    folder = tmp_path / "scenarios" / "drafts"
    report = write_drafts(found, ARTICLE, folder, tmp_path / "scenarios")
    # Ids are the propositions' slug words (tests/extract/test_propositions.py pins those down).
    assert [p.stem for p in report.written] == ["-".join(slug_words(propose(c, ARTICLE))) for c in found]
    catalog = load_catalog(tmp_path / "scenarios")
    assert catalog.problems == []
    assert {f.scenario.status for f in catalog.files} == {"draft"}
    assert (
        report.written[0]
        .read_text(encoding="utf-8")
        .startswith("# Scenario drafted by `forecasts extract` from story.txt.\n")
    )
