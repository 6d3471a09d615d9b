from datetime import UTC, datetime

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
