"""Drafts (``status: draft``) on the dashboard: out of the default views, never counted as open.

``forecasts list`` leaves drafts out unless ``--drafts``; the overview does the same with a
"Show drafts" toggle and says how many it hides. The ladders and track record pages leave them
out (a draft is not a question anyone has been asked yet), and the scenario chooser marks them.
That a draft never makes the posterior stale is in test_posterior.py (it needs a fitted tree).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
TITLES = {
    "Proxy attacks on US forces",
    "Direct strike on US forces",
    "Nature of the response",
    "Retaliation if the strike happens",
}
DRAFT = """id: {id}
title: {title}
question: Will Iran strike US forces between 2020-01-09 and 2020-03-31?
created: 2020-01-09
deadline: 2020-03-31
status: draft
tags: [extracted]
review:
- 'question: check that a stranger could resolve it from the wording alone'
resolution:
  criteria: Yes if Iran's own forces strike US forces.
sources:
- quote: Iran will strike US forces
  speaker: A Pundit
"""


@pytest.fixture
def drafts(scenarios: Path) -> Path:
    """The fixture tree with two drafts: one on its own, one conditional on ``strike``."""
    (scenarios / "demo" / "drafted-strike.yaml").write_text(
        DRAFT.format(id="drafted-strike", title="Iran strikes US forces"), encoding="utf-8"
    )
    (scenarios / "demo" / "drafted-if-strike.yaml").write_text(
        DRAFT.format(id="drafted-if-strike", title="Iran strikes again if struck")
        + "conditional_on: {scenario: strike, outcome: yes}\n",
        encoding="utf-8",
    )
    return scenarios


def page(path: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if path is not None:
        at.switch_page(path)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
    assert not at.exception
    return at


def titles(at: AppTest) -> set[str]:
    assert len(at.dataframe) == 1
    return set(at.dataframe[0].value["title"])


def metric(at: AppTest, label: str) -> str:
    (found,) = [m.value for m in at.metric if m.label == label]
    return found


def test_the_overview_hides_drafts_and_says_how_many(drafts: Path) -> None:
    at = page()
    assert titles(at) == TITLES
    assert [c.value for c in at.caption if "hidden" in c.value] == ["2 drafts hidden; switch on to show them."]
    assert metric(at, "Open") == "3"
    assert metric(at, "Shown") == "4 of 6"

    at.toggle(key="filter_drafts").set_value(True).run()
    assert titles(at) == TITLES | {"Iran strikes US forces", "Iran strikes again if struck"}
    assert not [c.value for c in at.caption if "hidden" in c.value]
    assert metric(at, "Open") == "3"  # a draft is not an open question
    assert metric(at, "Shown") == "6 of 6"


def test_the_count_follows_the_other_filters(drafts: Path) -> None:
    at = page()
    at.text_input(key="filter_text").input("again").run()
    assert not at.dataframe
    assert [i.value for i in at.info] == ["No scenario matches these filters. Drafts are hidden."]
    assert [c.value for c in at.caption if "hidden" in c.value] == ["1 draft hidden; switch on to show it."]


def test_picking_the_status_draft_shows_only_drafts(drafts: Path) -> None:
    at = page()
    at.multiselect(key="filter_status").set_value(["draft"]).run()
    assert titles(at) == {"Iran strikes US forces", "Iran strikes again if struck"}
    assert not [c.value for c in at.caption if "hidden" in c.value]


def test_the_ladders_page_leaves_drafts_out_of_the_conditional_trees(drafts: Path) -> None:
    at = page("views/ladders.py", as_of="2020-01-12")
    shown = "\n".join(str(frame.value.to_dict()) for frame in at.dataframe)
    assert "retaliation-if-strike" in shown
    assert "drafted-if-strike" not in shown
    assert [c.value for c in at.caption if "draft" in c.value] == [
        "1 draft on a ladder or conditional on another question left out until reviewed (Extract page or "
        "`forecasts drafts`)."
    ]


def test_the_track_record_does_not_count_drafts_as_unresolved(drafts: Path) -> None:
    at = page("views/track_record.py")
    (line,) = [c.value for c in at.caption if c.value.startswith("As of ")]
    assert "1 resolved scenario scored (3 unresolved not scored)." in line
    # "How the pundits did", for the case the drafts are in too.
    assert any(c.value.startswith("1 resolved scenario of `demo` scored (3 unresolved not scored)") for c in at.caption)


def test_the_scenario_chooser_marks_drafts(drafts: Path) -> None:
    at = page("views/scenario.py")
    options = at.selectbox(key="scenario_id").options
    assert "drafted-strike — Iran strikes US forces (draft)" in options
    assert "strike — Direct strike on US forces" in options
