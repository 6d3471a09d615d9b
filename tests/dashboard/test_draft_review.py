"""The Extract page's draft review (editor mode): the same refusals and writes as `forecasts drafts`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_text import shown_text
from streamlit.testing.v1 import AppTest

from forecasts.store import read_scenario
from testdata import copy_bundled

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
PAGE = "views/extract.py"
DRAFT = "practice-iran-threatens-us-persons"


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "bundled"
    copy_bundled(root)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    monkeypatch.delenv("FORECASTS_AS_OF", raising=False)
    return root


def extract_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def test_viewers_see_no_draft_review(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORECASTS_EDITOR", raising=False)
    at = extract_page()
    assert not [s for s in at.subheader if s.value == "Review drafts"]
    assert not [b for b in at.button if b.key == f"draft-{DRAFT}-accept"]


def test_editor_accepts_a_draft_once_its_items_are_checked(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECASTS_EDITOR", "1")
    path = bundled / "practice" / f"{DRAFT}.yaml"
    before = path.read_bytes()
    at = extract_page()
    at.button(key=f"draft-{DRAFT}-accept").click().run()
    assert not at.exception
    (error,) = at.error
    assert shown_text(error.value) == (
        f"{path}:16: review: 2 review items remain: question: check that a stranger could resolve it from the wording "
        "alone; deadline: the assessment gives no window; the end of 2028 was assumed. Check each, then "
        f"`forecasts drafts edit {DRAFT} --checked FIELD` (FIELD one of: deadline, question), or change it with "
        "--set FIELD=VALUE"
    )
    assert path.read_bytes() == before
    at.multiselect(key=f"draft-{DRAFT}-checked").set_value(["deadline", "question"])
    at.selectbox(key=f"draft-{DRAFT}-field").set_value("deadline")
    at.text_input(key=f"draft-{DRAFT}-value").input("2028-06-30")
    at.button(key=f"draft-{DRAFT}-apply").click().run()
    assert [shown_text(s.value) for s in at.success] == [f"Edited {DRAFT}: no review items left."]
    at.button(key=f"draft-{DRAFT}-accept").click().run()
    assert [shown_text(s.value) for s in at.success] == [f"Opened {DRAFT}: it now counts as published."]
    scenario = read_scenario(path).scenario
    assert (scenario.status, str(scenario.deadline), scenario.review) == ("open", "2028-06-30", [])


def test_editor_rejects_a_draft(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECASTS_EDITOR", "1")
    at = extract_page()
    at.button(key=f"draft-{DRAFT}-2024-reject").click().run()
    assert not at.exception
    assert (bundled / "_rejected" / "practice" / f"{DRAFT}-2024.yaml").is_file()
    assert not [b for b in at.button if b.key == f"draft-{DRAFT}-2024-reject"]


def test_editor_sees_each_drafts_publishability(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECASTS_EDITOR", "1")
    at = extract_page()
    shown = [shown_text(c.value) for c in at.caption if shown_text(c.value).startswith("Publishability")]
    # The same line `forecasts drafts list` prints, one per draft (the probability, and which of the
    # drafts' own signs weighs most, move with each retraining).
    assert len(shown) == 2
    signs = (
        r"(?:window over a year; question length \(per 10 words\)|question length \(per 10 words\); window over a year)"
    )
    for line in shown:
        assert re.fullmatch(rf"Publishability 0\.\d\d \(down on: {signs}\)", line)
