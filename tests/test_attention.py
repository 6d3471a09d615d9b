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
