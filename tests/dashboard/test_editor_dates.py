"""The editor's forms refuse dates outside a scenario's life, as the command line does.

The forms record through ``forecasts.recording``, so the library's checks apply; these tests see
the message under the input it is about and the file unchanged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_editor import editor_page, message_after


def test_forecast_form_refuses_a_date_in_the_future(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = editor_page("strike")
    at.text_input(key="forecast-strike-probability").input("30%")
    at.text_input(key="forecast-strike-at").input("2999-01-01")
    at.button(key="forecast-strike-submit").click().run()
    assert not at.exception
    assert message_after(at, "forecast-strike-at") == (
        "'2999-01-01' is in the future; use a date from 2020-01-04 (when the scenario was created) "
        "to 2020-01-31 (its deadline)"
    )
    assert path.read_bytes() == before


def test_evidence_form_refuses_a_date_after_the_deadline(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = editor_page("strike")
    at.text_area(key="evidence-strike-note").input("convoy seen")
    at.text_input(key="evidence-strike-likelihood_ratio").input("2")
    at.text_input(key="evidence-strike-at").input("2020-02-01")
    at.button(key="evidence-strike-submit").click().run()
    assert not at.exception
    assert message_after(at, "evidence-strike-at") == (
        "'2020-02-01' is after the scenario's deadline (2020-01-31); use a date from 2020-01-04 "
        "(when the scenario was created) to 2020-01-31 (its deadline)"
    )
    assert path.read_bytes() == before


def test_resolution_form_refuses_a_settling_date_before_the_scenario(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = editor_page("strike")
    at.selectbox(key="resolution-strike-outcome").select("yes")
    at.text_input(key="resolution-strike-source").input("https://example.org/missiles")
    at.date_input(key="resolution-strike-resolved_at").set_value(date(2019, 12, 1))
    at.button(key="resolution-strike-submit").click().run()
    assert not at.exception
    message = message_after(at, "resolution-strike-resolved_at") or ""
    assert message.startswith(
        "'2019-12-01' is before the scenario was created (2020-01-04); use a date from 2020-01-04 "
        "(when the scenario was created) to now ("
    ), message
    assert path.read_bytes() == before


def test_forms_on_a_scenario_past_its_deadline_ask_for_a_date_up_front(editing: Path) -> None:
    at = editor_page("strike")  # deadline 2020-01-31, long past
    captions = [c.value for c in at.caption]
    assert "The deadline (2020-01-31) has passed: give the date it was said, on or before 2020-01-31." in captions
    assert at.text_input(key="forecast-strike-at").placeholder == "e.g. 2020-01-31"
