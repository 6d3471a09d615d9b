from datetime import date

import pytest

from forecasts.attention import biggest_movers, days_left, due_within, overdue, recently_resolved, stale
from forecasts.state import as_of_instant, catalog_states
from forecasts.store import load_catalog


def states(tree, day):
    return catalog_states(load_catalog(tree).files, as_of_instant(day))


def ids(items):
    return [getattr(i, "id", None) or i.state.id for i in items]


def test_due_and_overdue(tree):
    jan25 = states(tree, date(2020, 1, 25))
    assert ids(due_within(jan25, 7)) == ["strike"]
    assert ids(due_within(jan25, 70)) == ["strike", "response", "retaliation-if-strike"]
    feb10 = states(tree, date(2020, 2, 10))
    assert ids(overdue(feb10)) == ["strike"]
    strike = next(s for s in feb10 if s.id == "strike")
    assert days_left(strike) == pytest.approx(-10)


def test_recently_resolved_and_stale(tree):
    jan6 = states(tree, date(2020, 1, 6))
    assert ids(recently_resolved(jan6, 7)) == ["proxy"]
    assert ids(recently_resolved(states(tree, date(2020, 2, 1)), 7)) == []
    assert ids(stale(states(tree, date(2020, 1, 30)), 14)) == ["strike", "response", "retaliation-if-strike"]
    assert ids(stale(jan6, 14)) == []


def test_biggest_movers(tree):
    moves = biggest_movers(states(tree, date(2020, 1, 7)), days=2)
    assert [(m.state.id, round(m.change, 3)) for m in moves][0] == ("strike", 0.1)
    assert biggest_movers(states(tree, date(2020, 1, 7)), days=2, threshold=0.2) == []


def test_countdown_and_change_text():
    from forecasts.display import format_change, format_countdown

    assert format_countdown(6) == "6 days left"
    assert format_countdown(1.5) == "1 day left"
    assert format_countdown(0) == "deadline today"
    assert format_countdown(0.4) == "less than a day left"
    assert format_countdown(-10) == "10 days overdue"
    assert format_countdown(-0.2) == "1 day overdue"
    assert format_change(0.1) == "+10 pp"
    assert format_change(-0.034) == "−3 pp"
    assert format_change(0.004) == "±0 pp"


def test_source_names(tree):
    from forecasts.state import source_names

    files = load_catalog(tree).by_id
    assert source_names(files["strike"].scenario) == ["Jane Analyst", "Example Outlet"]
    assert source_names(files["retaliation-if-strike"].scenario) == []


def test_movement_of_a_scenario_created_within_the_window(tree):
    from forecasts.attention import movement

    # strike was created on Jan 4, when alice said 30%; by Jan 7 bob says 40%. The 7 days reach
    # back before Jan 4, when nothing was known: the move is measured from creation.
    strike = next(s for s in states(tree, date(2020, 1, 7)) if s.id == "strike")
    moved = movement(strike, 7)
    assert moved.before.basis == "forecast" and moved.before.probability == 0.3
    assert round(moved.change, 3) == 0.1
    # response had only its source's prior on the day it was created; alice forecast on Jan 5.
    response = next(s for s in states(tree, date(2020, 1, 7)) if s.id == "response")
    assert movement(response, 7).before.basis == "sources"
    assert movement(response, 7).change != 0
