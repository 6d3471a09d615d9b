"""Drafts assembled from propositions: one scenario per event, claims attached to the tree,
conditions as scenarios of their own, categorical questions from alternatives, review items."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.extract import extract_from_text
from forecasts.extract.article import Article
from forecasts.extract.drafts import (
    REVIEW_CONDITION,
    REVIEW_DEADLINE,
    REVIEW_QUESTION,
    REVIEW_RULE,
    draft_scenario,
    same_window,
    write_drafts,
)
from forecasts.extract.propositions import criteria_text, propose, question_text, slug_words, title_text
from forecasts.extract.rule_proposal import propose_rule
from forecasts.extract.scorer import RULES_ONLY
from forecasts.store import load_catalog, read_scenario

PUBLISHED = date(2020, 1, 5)
TWO_VOICES = (
    "Iran will probably strike US forces in Iraq within two weeks, officials said. "
    "Iran is likely to strike US forces in Iraq within two weeks, an analyst said."
)


def article(body: str, outlet: str = "Test Wire", source: str = "story.txt") -> Article:
    return Article(body=body, source=source, outlet=outlet, published=PUBLISHED)


def found(body: str) -> list:
    return extract_from_text(body, published=PUBLISHED, outlet="Test Wire", scorer=RULES_ONLY)


def test_a_draft_is_assembled_from_the_proposition_with_no_marker_in_the_question() -> None:
    body = "Iran will probably strike US forces in Iraq within two weeks, officials said."
    (candidate,) = found(body)
    p = propose(candidate, article(body))
    data = draft_scenario(candidate, article(body), "-".join(slug_words(p)), None)
    deadline = date(2020, 1, 19)
    assert data["id"] == "-".join(slug_words(p))
    assert data["title"] == title_text(p)
    assert data["question"] == question_text(p, PUBLISHED, deadline)
    assert "DRAFT" not in data["question"] and "probably" not in data["question"]
    assert data["resolution"]["criteria"].startswith(criteria_text(p, PUBLISHED, deadline))
    rule = propose_rule(p, PUBLISHED, deadline)
    assert rule is not None and rule["review"] is True
    assert data["resolution"]["rule"] == rule
    assert (data["status"], data["review"]) == ("draft", [REVIEW_QUESTION, REVIEW_RULE])


def test_two_claims_about_one_event_make_one_scenario_with_two_sources(tmp_path: Path) -> None:
    folder = tmp_path / "scenarios" / "case"
    report = write_drafts(found(TWO_VOICES), article(TWO_VOICES), folder, tmp_path / "scenarios")
    assert len(report.written) == 1 and report.attached == []
    scenario = read_scenario(report.written[0]).scenario
    assert [s.quote for s in scenario.sources] == [
        "Iran will probably strike US forces in Iraq within two weeks",
        "Iran is likely to strike US forces in Iraq within two weeks, an analyst said.",
    ]


def test_a_claim_about_an_event_in_the_tree_is_attached_not_drafted(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    first = write_drafts(found(TWO_VOICES), article(TWO_VOICES), root / "case", root)
    (path,) = first.written
    before = path.read_text(encoding="utf-8")
    later = "Iran will almost certainly strike US forces in Iraq within two weeks, a general said."
    report = write_drafts(found(later), article(later, outlet="Other Wire", source="other.txt"), root / "case", root)
    assert report.written == []
    assert [(c.quote, p) for c, p in report.attached] == [
        ("Iran will almost certainly strike US forces in Iraq within two weeks", path)
    ]
    assert path.read_text(encoding="utf-8").startswith(before)  # append-only
    scenario = read_scenario(path).scenario
    assert [s.outlet for s in scenario.all_sources()] == ["Test Wire", "Test Wire", "Other Wire"]
    assert load_catalog(root).problems == []


def test_a_conditional_claim_yields_its_condition_as_a_scenario_and_links_it(tmp_path: Path) -> None:
    body = "If the US kills more commanders, Iran will attack US bases before March."
    root = tmp_path / "scenarios"
    report = write_drafts(found(body), article(body), root / "case", root)
    (candidate,) = found(body)
    p = propose(candidate, article(body))
    assert p.condition is not None
    condition_id, claim_id = "-".join(slug_words(p.condition)), "-".join(slug_words(p))
    assert [w.stem for w in report.written] == [condition_id, claim_id]
    condition = read_scenario(report.written[0]).scenario
    claim = read_scenario(report.written[1]).scenario
    assert condition.question == question_text(p.condition, PUBLISHED, date(2020, 2, 29))
    assert [s.quote for s in condition.sources] == [candidate.quote]  # the words it came from
    assert claim.conditional_on is not None
    assert (claim.conditional_on.scenario, claim.conditional_on.outcome) == (condition_id, "yes")
    assert claim.review == [REVIEW_QUESTION, REVIEW_RULE, REVIEW_CONDITION.format(condition=condition_id)]
    assert load_catalog(root).problems == []


def test_a_second_claim_on_the_same_condition_links_the_condition_drafted_before(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    body = "If the US kills more commanders, Iran will attack US bases before March."
    write_drafts(found(body), article(body), root / "case", root)
    other = "If the US kills more commanders, Iran will expel US diplomats before March."
    report = write_drafts(found(other), article(other, source="b.txt", outlet="B"), root / "case", root)
    (written,) = report.written
    (first,) = found(body)
    condition = propose(first, article(body)).condition
    assert condition is not None
    linked = read_scenario(written).scenario.conditional_on
    assert linked is not None and linked.scenario == "-".join(slug_words(condition))


def test_alternatives_make_a_categorical_question(tmp_path: Path) -> None:
    body = "The response will in all likelihood be asymmetric rather than direct, an analyst said."
    root = tmp_path / "scenarios"
    report = write_drafts(found(body), article(body), root / "case", root)
    scenario = read_scenario(report.written[0]).scenario
    assert (scenario.kind, scenario.option_ids()) == ("categorical", ["asymmetric", "direct"])
    assert [s.option for s in scenario.sources] == ["asymmetric"]
    assert REVIEW_DEADLINE.format(days=180) in scenario.review


def test_claims_with_windows_far_apart_are_two_questions(tmp_path: Path) -> None:
    body = (
        "Iran will probably strike US forces in Iraq within two weeks, officials said. "
        "Iran will strike US forces in Iraq by the end of 2021, an analyst said."
    )
    root = tmp_path / "scenarios"
    report = write_drafts(found(body), article(body), root / "case", root)
    assert len(report.written) == 2


def test_rerunning_drafts_nothing_and_rejected_claims_stay_rejected(tmp_path: Path) -> None:
    from forecasts.review import reject_draft

    root = tmp_path / "scenarios"
    (path,) = write_drafts(found(TWO_VOICES), article(TWO_VOICES), root / "case", root).written
    reject_draft(root, path.stem)
    again = write_drafts(found(TWO_VOICES), article(TWO_VOICES), root / "case", root)
    assert again.written == [] and len(again.skipped) == 2


@given(st.tuples(st.dates(), st.dates()), st.tuples(st.dates(), st.dates()))
def test_same_window_is_symmetric(a: tuple[date, date], b: tuple[date, date]) -> None:
    a, b = (min(a), max(a)), (min(b), max(b))
    assert same_window(a, b) == same_window(b, a)
    assert same_window(a, a)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=200))
def test_any_text_drafts_valid_files_or_reports_why(tmp_path: Path, text: str) -> None:
    body = f"Officials said {text} will probably happen next week."
    root = tmp_path / "scenarios" / str(abs(hash(text)))
    report = write_drafts(found(body), article(body), root / "case", root)
    assert report.failed == []
    assert load_catalog(root).problems == [] if root.exists() else True


def test_a_quote_given_twice_is_drafted_once_and_the_skip_names_the_draft(tmp_path: Path) -> None:
    body = "Iran will probably strike US forces in Iraq within two weeks, officials said."
    (candidate,) = found(body)
    root = tmp_path / "scenarios"
    report = write_drafts([candidate, candidate], article(body), root / "case", root)
    (written,) = report.written
    assert [path for _, path in report.skipped] == [written]
