"""The scenario page's "Who wrote what" lists a claim attached later (a `type: source` entry), which has no `at`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from streamlit.testing.v1 import AppTest

from forecasts.scenario import Recorded, SourceEntry
from forecasts.store import append_history

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


def test_an_attached_source_is_listed_by_when_it_was_recorded(scenarios: Path) -> None:
    claim = SourceEntry(
        type="source",
        quote="State A will strike within days.",
        speaker="Pundit C",
        outlet="Other",
        published="2020-01-05",
        recorded=Recorded(at=datetime(2020, 1, 6, 9, tzinfo=UTC), via="cli"),
    )
    append_history(scenarios / "demo" / "strike.yaml", claim)
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["id"] = "strike"
    at.run()
    assert not at.exception
    rows = next(d.value for d in at.dataframe if "who wrote it" in d.value.columns)
    source = rows[rows["entry"] == "source"].iloc[0]
    assert (source["by"], source["at"]) == ("Pundit C", "2020-01-05")
