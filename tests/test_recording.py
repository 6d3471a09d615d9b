from datetime import UTC, date, datetime

import pytest

from forecasts.problems import ScenarioError
from forecasts.recording import RecordError, record_evidence, record_forecast, record_resolution
from forecasts.store import read_scenario

AT = datetime(2020, 1, 7, 12, tzinfo=UTC)


def test_record_forecast_keeps_what_was_typed(tree):
    found = read_scenario(tree / "demo" / "strike.yaml")
    entry = record_forecast(found, "1 in 4", "  dana ", note="", at=AT)
    assert (entry.probability, entry.stated, entry.by, entry.note) == (0.25, "1 in 4", "dana", None)
    assert read_scenario(found.path).scenario.history[-1] == entry


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        (
            {"probability": "2", "by": "d"},
            "probability",
            "'2' is not strictly between 0 and 1 (0% and 100% are never honest forecasts)",
        ),
        ({"probability": "0.2", "by": " "}, "by", "say who is recording this (a name)"),
    ],
)
def test_record_forecast_errors_name_the_field(tree, kwargs, field, message):
    found = read_scenario(tree / "demo" / "strike.yaml")
    before = found.path.read_bytes()
    with pytest.raises(RecordError) as info:
        record_forecast(found, at=AT, **kwargs)
    assert (info.value.field, info.value.message) == (field, message)
    assert found.path.read_bytes() == before


def test_record_evidence_and_resolution(tree):
    found = read_scenario(tree / "demo" / "strike.yaml")
    record_evidence(found, "dana", "convoy seen", likelihood_ratio=2.0, at=AT)
    with pytest.raises(ScenarioError, match="direction needs a strength"):
        record_evidence(found, "dana", "convoy seen", direction="up", at=AT)
    with pytest.raises(RecordError) as info:
        record_resolution(found, "yes", "dana", "not a url")
    assert (info.value.field, info.value.message) == ("source", "'not a url' is not a URL (http:// or https://)")
    record_resolution(read_scenario(found.path), "yes", "dana", "https://example.org/a", resolved_at=AT)
    with pytest.raises(RecordError, match="cannot record a forecast: resolved as 'yes'"):
        record_forecast(read_scenario(found.path), "0.5", "dana")
    with pytest.raises(RecordError, match="already resolved as 'yes' on 2020-01-07T12:00:00\\+00:00; pass --correct"):
        record_resolution(read_scenario(found.path), "no", "dana", "https://example.org/b")


# --- dates: a record must fall between the scenario's creation, its deadline and now ---------

NOW = datetime(2026, 12, 5, 18, 0, tzinfo=UTC)
SHOWN = "scenarios/demo/strike.yaml"


@pytest.fixture
def strike(tree, monkeypatch):
    """The fixture's strike scenario (created 2020-01-04, deadline 2020-01-31), 'now' fixed."""
    monkeypatch.chdir(tree.parent)
    monkeypatch.setattr("forecasts.recording.now_utc", lambda: NOW)
    return read_scenario(tree / "demo" / "strike.yaml")


@pytest.mark.parametrize(
    ("at", "message"),
    [
        (
            date(2030, 1, 1),
            "'2030-01-01' is in the future; use a date from 2020-01-04 (when the scenario was created) "
            "to 2020-01-31 (its deadline)",
        ),
        (
            datetime(2026, 12, 5, 18, 0, 1, tzinfo=UTC),
            "'2026-12-05T18:00:01+00:00' is in the future; use a date from 2020-01-04 (when the scenario was created) "
            "to 2020-01-31 (its deadline)",
        ),
        (
            date(2020, 2, 1),
            "'2020-02-01' is after the scenario's deadline (2020-01-31); use a date from 2020-01-04 "
            "(when the scenario was created) to 2020-01-31 (its deadline)",
        ),
        (
            datetime(2020, 1, 3, 23, 59, tzinfo=UTC),
            "'2020-01-03T23:59:00+00:00' is before the scenario was created (2020-01-04); use a date from 2020-01-04 "
            "(when the scenario was created) to 2020-01-31 (its deadline)",
        ),
    ],
)
def test_forecast_and_evidence_outside_the_scenarios_life_are_refused(strike, at, message):
    before = strike.path.read_bytes()
    with pytest.raises(RecordError) as info:
        record_forecast(strike, "30%", "dana", at=at)
    assert (info.value.field, info.value.message) == ("at", message)
    assert str(info.value) == f"{SHOWN}: at: {message}"
    with pytest.raises(RecordError) as info:
        record_evidence(strike, "dana", "convoy seen", likelihood_ratio=2.0, at=at)
    assert str(info.value) == f"{SHOWN}: at: {message}"
    assert strike.path.read_bytes() == before


def test_the_first_and_last_day_of_a_scenario_are_open_for_forecasts(strike):
    record_forecast(strike, "30%", "dana", at=date(2020, 1, 4))
    record_forecast(strike, "30%", "dana", at=datetime(2020, 1, 31, 23, 59, tzinfo=UTC))
    record_evidence(strike, "dana", "convoy seen", likelihood_ratio=2.0, at=date(2020, 1, 31))
    assert len(read_scenario(strike.path).scenario.history) == 3


def test_while_a_scenario_runs_the_range_ends_now(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    monkeypatch.setattr("forecasts.recording.now_utc", lambda: NOW)
    path = tree / "demo" / "strike.yaml"
    path.write_text(path.read_text().replace("deadline: 2020-01-31", "deadline: 2099-12-31"))
    with pytest.raises(RecordError) as info:
        record_forecast(read_scenario(path), "30%", "dana", at=date(2030, 1, 1))
    assert str(info.value) == (
        f"{SHOWN}: at: '2030-01-01' is in the future; use a date from 2020-01-04 (when the scenario was created) "
        "to now (2026-12-05T18:00:00+00:00)"
    )
    entry = record_forecast(read_scenario(path), "30%", "dana", at=date(2026, 12, 5))
    assert entry.at == date(2026, 12, 5)


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        (
            {"resolved_at": date(2031, 1, 1)},
            "resolved_at",
            "'2031-01-01' is in the future; use a date from 2020-01-04 (when the scenario was created) "
            "to now (2026-12-05T18:00:00+00:00)",
        ),
        (
            {"resolved_at": date(2019, 12, 31)},
            "resolved_at",
            "'2019-12-31' is before the scenario was created (2020-01-04); use a date from 2020-01-04 "
            "(when the scenario was created) to now (2026-12-05T18:00:00+00:00)",
        ),
        (
            {"at": datetime(2027, 1, 1, tzinfo=UTC)},
            "at",
            "'2027-01-01T00:00:00+00:00' is in the future; use a date from 2020-01-04 (when the scenario was created) "
            "to now (2026-12-05T18:00:00+00:00)",
        ),
        (
            {"at": date(2020, 1, 1), "resolved_at": date(2020, 1, 8)},
            "at",
            "'2020-01-01' is before the scenario was created (2020-01-04); use a date from 2020-01-04 "
            "(when the scenario was created) to now (2026-12-05T18:00:00+00:00)",
        ),
    ],
)
def test_resolution_dates_outside_the_scenarios_life_are_refused(strike, kwargs, field, message):
    before = strike.path.read_bytes()
    with pytest.raises(RecordError) as info:
        record_resolution(strike, "yes", "dana", "https://example.org/a", **kwargs)
    assert (info.value.field, info.value.message) == (field, message)
    assert str(info.value) == f"{SHOWN}: {field}: {message}"
    assert strike.path.read_bytes() == before


def test_a_resolution_may_be_settled_after_the_deadline(strike):
    entry = record_resolution(strike, "no", "dana", "https://example.org/a", resolved_at=date(2020, 2, 5))
    assert (entry.resolved_at, entry.at) == (date(2020, 2, 5), NOW)


def test_a_resolution_settling_later_today_still_blocks_a_second_one(strike):
    # Settled "today" counts from the end of the day; it is a resolution all the same.
    record_resolution(strike, "yes", "dana", "https://example.org/a", resolved_at=date(2026, 12, 5))
    with pytest.raises(RecordError, match=r"already resolved as 'yes' on 2026-12-05; pass --correct"):
        record_resolution(read_scenario(strike.path), "no", "dana", "https://example.org/b")
    assert len(read_scenario(strike.path).scenario.history) == 1
