"""Claims attached later as ``history`` entries of type ``source``: every reader sees them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from forecasts.display import state_record
from forecasts.estimate import estimate_probability
from forecasts.problems import ScenarioError
from forecasts.scenario import SourceEntry
from forecasts.state import scenario_state
from forecasts.store import append_history, read_scenario

LATER = datetime(2020, 1, 10, tzinfo=UTC)


def _attached() -> SourceEntry:
    return SourceEntry(
        type="source",
        quote="Iran will almost certainly strike US forces",
        speaker="John Pundit",
        outlet="Other Outlet",
        published=date(2020, 1, 5),
        hedge="almost certainly",
    )


def test_an_appended_source_keeps_the_written_bytes_and_reads_back(tree: Path) -> None:
    path = tree / "demo" / "strike.yaml"
    before = path.read_text()
    append_history(path, _attached())
    after = path.read_text()
    assert after.startswith(before)
    assert after[len(before) :] == (
        "history:\n"
        "- type: source\n"
        "  quote: Iran will almost certainly strike US forces\n"
        "  speaker: John Pundit\n"
        "  outlet: Other Outlet\n"
        "  published: 2020-01-05\n"
        "  hedge: almost certainly\n"
        "  polarity: positive\n"
    )
    scenario = read_scenario(path).scenario
    assert [s.speaker for s in scenario.all_sources()] == ["Jane Analyst", "John Pundit"]


def test_the_estimate_and_the_record_count_attached_sources(tree: Path) -> None:
    path = tree / "demo" / "strike.yaml"
    scenario_file = append_history(path, _attached())
    estimate = estimate_probability(scenario_file.scenario, [], LATER)
    assert estimate.detail == "prior from 2 sources"
    record = state_record(scenario_state(scenario_file, LATER), full=True)
    assert [s["speaker"] for s in record["sources"]] == ["Jane Analyst", "John Pundit"]


def test_an_attached_source_with_an_unknown_hedge_is_refused(tree: Path) -> None:
    path = tree / "demo" / "strike.yaml"
    before = path.read_bytes()
    entry = _attached().model_copy(update={"hedge": "as sure as eggs"})
    with pytest.raises(ScenarioError) as caught:
        append_history(path, entry)
    assert str(caught.value) == (
        f"{path}: hedge: 'as sure as eggs' is not a known hedge phrase; add prior: with the probability it implies"
    )
    assert path.read_bytes() == before


def test_an_open_scenario_with_review_items_left_is_invalid(tree: Path) -> None:
    path = tree / "demo" / "strike.yaml"
    text = path.read_text().replace("status: open\n", "status: open\nreview:\n- 'question: check the wording'\n")
    path.write_text(text)
    with pytest.raises(ScenarioError) as caught:
        read_scenario(path)
    assert str(caught.value) == (
        f"{path}:12: review: status is 'open' but review items remain (question: check the wording); check each "
        "and remove it from review:, or set status: draft (`forecasts drafts accept ID` opens a draft once none remain)"
    )
