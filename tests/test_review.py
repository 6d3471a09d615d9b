"""Reviewing drafts: accept refuses while review items remain, edit rewrites only what it sets,
merge attaches sources append-only, reject moves the draft out of the tree."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.problems import ScenarioError
from forecasts.review import accept_draft, edit_draft, list_drafts, merge_draft, reject_draft
from forecasts.store import load_catalog, read_scenario

DRAFT = """# Scenario drafted by `forecasts extract` from story.txt.
# Review it with `forecasts drafts` (list, edit, accept, merge, reject).
id: iran-strike-us-forces
title: Iran strikes US forces
question: Will Iran strike US forces between 2020-01-05 and 2020-03-31?
kind: binary
case: demo
created: 2020-01-05
opens: 2020-01-05
deadline: 2020-03-31
status: draft
review:
- 'question: check that a stranger could resolve it from the wording alone'
- 'deadline: the article gives no window; a default of 180 days after publication was assumed'
resolution:
  criteria: Yes if Iran's own forces strike US forces.
  sources: []
# a person's note on the sources
sources:
- quote: Iran will strike US forces
  speaker: A Pundit
  outlet: Test Wire
  published: 2020-01-05
  hedge: probably
"""


@pytest.fixture
def draft(tree: Path) -> Path:
    path = tree / "demo" / "iran-strike-us-forces.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_list_names_each_draft_with_its_review_items(tree: Path, draft: Path) -> None:
    (item,) = list_drafts(tree)
    assert (item.scenario_id, item.path, item.review) == (
        "iran-strike-us-forces",
        draft,
        (
            "question: check that a stranger could resolve it from the wording alone",
            "deadline: the article gives no window; a default of 180 days after publication was assumed",
        ),
    )


def test_accept_refuses_while_review_items_remain_and_names_them(tree: Path, draft: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        accept_draft(tree, "iran-strike-us-forces")
    assert str(caught.value) == (
        f"{draft}:12: review: 2 review items remain: question: check that a stranger could resolve it from the "
        "wording alone; deadline: the article gives no window; a default of 180 days after publication was assumed. "
        "Check each, then `forecasts drafts edit iran-strike-us-forces --checked FIELD` (FIELD one of: deadline, "
        "question), or change it with --set FIELD=VALUE"
    )
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_edit_sets_a_field_clears_its_item_and_changes_no_other_line(tree: Path, draft: Path) -> None:
    edit_draft(tree, "iran-strike-us-forces", ["deadline=2020-02-29"], ["question"])
    assert draft.read_text(encoding="utf-8") == DRAFT.replace("deadline: 2020-03-31", "deadline: 2020-02-29").replace(
        "question: Will Iran strike US forces between 2020-01-05 and 2020-03-31?",
        "question: Will Iran strike US forces between 2020-01-05 and 2020-02-29?",
    ).replace(
        "review:\n- 'question: check that a stranger could resolve it from the wording alone'\n"
        "- 'deadline: the article gives no window; a default of 180 days after publication was assumed'\n",
        "",
    )
    opened = accept_draft(tree, "iran-strike-us-forces")
    assert opened.scenario.status == "open"
    text = draft.read_text(encoding="utf-8")
    assert "status: open\n" in text and "# a person's note on the sources\n" in text
    assert load_catalog(tree).problems == []


def test_edit_refuses_a_bad_date_naming_the_value(tree: Path, draft: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        edit_draft(tree, "iran-strike-us-forces", ["deadline=2020-13-01"])
    assert str(caught.value) == f"{draft}: deadline: '2020-13-01' is not a date (YYYY-MM-DD)"
    with pytest.raises(ScenarioError) as caught:
        edit_draft(tree, "iran-strike-us-forces", ["colour=red"])
    assert str(caught.value) == (
        f"{draft}: 'colour' cannot be set here; use one of: title, question, opens, deadline, case, tags, criteria, "
        "condition"
    )
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_edit_that_would_make_the_file_invalid_changes_nothing(tree: Path, draft: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        edit_draft(tree, "iran-strike-us-forces", ["deadline=2019-01-01"])
    assert "deadline: 2019-01-01 is not after opens (2020-01-05)" in str(caught.value)
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_only_drafts_are_changed(tree: Path) -> None:
    path = tree / "demo" / "strike.yaml"
    before = path.read_bytes()
    with pytest.raises(ScenarioError) as caught:
        accept_draft(tree, "strike")
    assert str(caught.value) == (
        f"{path}:11: status: is not a draft (status: open); `forecasts drafts` only changes drafts — edit the file "
        "by hand or record with `forecasts forecast/evidence/resolve`"
    )
    assert path.read_bytes() == before


def test_merge_appends_the_sources_and_removes_the_draft(tree: Path, draft: Path) -> None:
    target = tree / "demo" / "strike.yaml"
    before = target.read_text(encoding="utf-8")
    merge_draft(tree, "iran-strike-us-forces", "strike")
    assert not draft.exists()
    after = target.read_text(encoding="utf-8")
    assert after.startswith(before)
    scenario = read_scenario(target).scenario
    assert [s.speaker for s in scenario.all_sources()] == ["Jane Analyst", "A Pundit"]


def test_reject_moves_the_draft_out_of_the_tree(tree: Path, draft: Path) -> None:
    where = reject_draft(tree, "iran-strike-us-forces")
    assert where == tree / "_rejected" / "demo" / "iran-strike-us-forces.yaml"
    assert where.read_text(encoding="utf-8") == DRAFT and not draft.exists()
    assert "iran-strike-us-forces" not in load_catalog(tree).by_id


def test_a_condition_of_another_scenario_is_not_rejected(tree: Path, draft: Path) -> None:
    other = tree / "demo" / "retaliation-if-strike.yaml"
    other.write_text(other.read_text().replace("scenario: strike", "scenario: iran-strike-us-forces"))
    with pytest.raises(ScenarioError) as caught:
        reject_draft(tree, "iran-strike-us-forces")
    assert str(caught.value) == (
        f"{draft}: cannot reject it: retaliation-if-strike is conditional on it; reject it or re-point that first "
        "(`forecasts drafts edit ID --set condition=OTHER`)"
    )
    assert draft.exists()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(title=st.text(min_size=1, max_size=60).filter(lambda t: t.strip()))
def test_any_title_set_reads_back_exactly_or_is_refused(tree: Path, draft: Path, title: str) -> None:
    draft.write_text(DRAFT, encoding="utf-8")
    try:
        edited = edit_draft(tree, "iran-strike-us-forces", [f"title={title}"])
    except ScenarioError:
        assert draft.read_text(encoding="utf-8") == DRAFT
        return
    assert edited.scenario.title == read_scenario(draft).scenario.title
    assert read_scenario(draft).scenario.created == date(2020, 1, 5)


def test_a_new_deadline_moves_the_dates_the_question_and_criteria_spell_out(tree: Path, draft: Path) -> None:
    text = DRAFT.replace(
        "criteria: Yes if Iran's own forces strike US forces.",
        "criteria: Yes if, between 2020-01-05 and 2020-03-31, Iran's own forces strike US forces.",
    )
    draft.write_text(text, encoding="utf-8")
    edited = edit_draft(tree, "iran-strike-us-forces", ["deadline=2020-02-29"]).scenario
    assert edited.question == "Will Iran strike US forces between 2020-01-05 and 2020-02-29?"
    assert (
        edited.resolution.criteria == "Yes if, between 2020-01-05 and 2020-02-29, Iran's own forces strike US forces."
    )


def test_a_draft_conditional_on_a_draft_waits_for_its_condition(tree: Path, draft: Path) -> None:
    conditional = tree / "demo" / "retaliation-if-strike.yaml"
    text = conditional.read_text().replace("scenario: strike", "scenario: iran-strike-us-forces")
    conditional.write_text(text.replace("status: open", "status: draft"))
    with pytest.raises(ScenarioError) as caught:
        accept_draft(tree, "retaliation-if-strike")
    assert str(caught.value) == (
        f"{conditional}:9: conditional_on: is conditional on 'iran-strike-us-forces', still a draft; accept (or "
        "reject) it first, or re-point this one: `forecasts drafts edit retaliation-if-strike --set condition=OTHER`"
    )
