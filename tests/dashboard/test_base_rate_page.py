"""The scenario page shows the stored base rate with its incidents, as text, and never computes one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from streamlit.testing.v1 import AppTest

from forecasts.baserate import BaseRates, Incident, compute_base_rate, write_base_rates
from forecasts.model.posterior import posterior_folder
from testdata import REPO

APP = REPO / "dashboard" / "app.py"


def strike_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["id"] = "strike"
    return at.run()


def test_the_stored_base_rate_and_its_incidents_are_shown(scenarios: Path) -> None:
    incidents = [
        Incident(date(2019, 3, 10), ("901",), ("https://example.org/901",), 3),
        Incident(date(2019, 11, 2), ("904",), ("https://example.org/[x](y)",), 5),
    ]
    rate = compute_base_rate(
        incidents, date(2019, 1, 1), date(2019, 12, 31), 28, history="SYNTHETIC test", scenario="strike"
    )
    write_base_rates(posterior_folder(scenarios), BaseRates({"strike": rate}, "SYNTHETIC test"))
    at = strike_page()
    assert not at.exception
    text = "\n".join(m.value for m in at.markdown)
    assert "In 2019 this happened in 2 of 13 28\\-day windows." in text
    captions = "\n".join(c.value for c in at.caption)
    assert (
        "At least one in a window: 18.9% (90% interval 5.2% to 37.9%); 2 incident day(s), hazard 0.00750 a day. "
        "History: SYNTHETIC test"
    ) in captions.splitlines()
    table = at.dataframe[-1].value
    assert list(table["day"]) == ["2019-03-10", "2019-11-02"]
    assert list(table["url"]) == ["https://example.org/901", "https://example.org/[x](y)"]  # text, not a link


def test_without_a_stored_base_rate_the_page_says_how_to_compute_one(scenarios: Path) -> None:
    at = strike_page()
    assert not at.exception
    assert any("`forecasts baserate --all --write` computes them" in c.value for c in at.caption)
