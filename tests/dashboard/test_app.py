"""The dashboard, driven through Streamlit's AppTest on a copy of the fixture tree."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from markdown_text import shown_text
from streamlit.testing.v1 import AppTest

from forecasts.scenario import ForecastEntry
from forecasts.store import append_history

REPO = Path(__file__).resolve().parents[2]


APP = REPO / "dashboard" / "app.py"
TITLES = {
    "Proxy attacks on US forces",
    "Direct strike on US forces",
    "Nature of the response",
    "Retaliation if the strike happens",
}


def app() -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=30)


def scenario_page(scenario_id: str, **params: str) -> AppTest:
    at = app()
    at.query_params["id"] = scenario_id
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def table_titles(at: AppTest) -> set[str]:
    assert len(at.dataframe) == 1
    return set(at.dataframe[0].value["title"])


def metric(at: AppTest, label: str) -> str:
    found = [m.value for m in at.metric if m.label == label]
    assert found, f"no metric {label!r} among {[m.label for m in at.metric]}"
    return found[0]


def markdown_text(at: AppTest) -> str:
    # Markdown is escaped for display; drop the escapes to compare with the file's text.
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def chart_specs(at: AppTest) -> list[str]:
    """Each chart's Vega-Lite spec, with its named datasets (sent as Arrow) appended as CSV."""
    texts = []
    for element in at.get("vega_lite_chart"):
        tables = [pa.ipc.open_stream(d.data.data).read_pandas().to_csv() for d in element.proto.datasets]
        texts.append("\n".join([element.proto.spec, *tables]))
    return texts


def test_overview_lists_every_scenario(scenarios: Path) -> None:
    at = app().run()
    assert not at.exception
    assert table_titles(at) == TITLES
    links = set(at.dataframe[0].value["id"])
    assert "scenario?id=strike" in links
    assert metric(at, "Open") == "3"
    assert metric(at, "Resolved") == "1"
    assert metric(at, "Annulled") == "0"
    assert not at.warning


def test_filters_narrow_the_table(scenarios: Path) -> None:
    at = app().run()
    at.multiselect(key="filter_status").set_value(["resolved"]).run()
    assert table_titles(at) == {"Proxy attacks on US forces"}
    assert metric(at, "Open") == "0"

    at.multiselect(key="filter_status").set_value([]).run()
    at.text_input(key="filter_text").input("STRIKE").run()
    assert table_titles(at) == {"Direct strike on US forces", "Retaliation if the strike happens"}

    at.text_input(key="filter_text").input("").run()
    at.multiselect(key="filter_tag").set_value(["escalation"]).run()
    assert table_titles(at) == {"Direct strike on US forces"}

    at.multiselect(key="filter_tag").set_value([]).run()
    at.multiselect(key="filter_ladder").set_value(["demo-ladder"]).run()
    assert table_titles(at) == {"Direct strike on US forces", "Proxy attacks on US forces"}


def test_as_of_date_hides_scenarios_not_yet_created(scenarios: Path) -> None:
    at = app().run()
    at.date_input(key="as_of").set_value(date(2020, 1, 3)).run()
    assert not at.exception
    assert not at.dataframe
    assert any("No scenarios had been created by 2020-01-03" in i.value for i in at.info)
    assert at.query_params.get("as_of") == "2020-01-03"

    at.date_input(key="as_of").set_value(date(2020, 1, 4)).run()
    assert table_titles(at) == TITLES
    # The links carry the as-of date, so a scenario opens at the same date.
    assert "scenario?id=strike&as_of=2020-01-04" in set(at.dataframe[0].value["id"])


def test_as_of_defaults_to_the_environment(scenarios: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECASTS_AS_OF", "2020-01-03")
    at = app().run()
    assert at.date_input(key="as_of").value == date(2020, 1, 3)
    assert not at.dataframe


def test_scenario_page_shows_question_hedge_and_chart(scenarios: Path) -> None:
    at = scenario_page("strike")
    assert not at.exception
    assert at.title[0].value == "Direct strike on US forces"
    text = markdown_text(at)
    assert "Will state A openly strike US forces from its own territory between 2020-01-04 and 2020-01-31?" in text
    assert "> The response will :orange-background[**in all likelihood**] be asymmetric" in text
    assert "Implied prior **86%** (90% interval 73%–96%)" in text
    assert metric(at, "Probability") == "40%"
    specs = chart_specs(at)
    assert len(specs) == 1
    assert "step-after" in specs[0] and "bob" in specs[0] and "deadline" in specs[0]
    assert at.selectbox(key="scenario_id").value == "strike"
    rule = at.dataframe[-1].value
    assert dict(zip(rule["key"], rule["value"], strict=True))["feed"] == "gdelt"
    assert page_links(at) == [
        "1. Proxy attacks on US forces",
        "2. Direct strike on US forces (this scenario)",
    ]


def test_scenario_page_follows_the_as_of_date(scenarios: Path) -> None:
    at = scenario_page("strike", as_of="2020-01-05")
    assert not at.exception
    assert at.date_input(key="as_of").value == date(2020, 1, 5)
    assert metric(at, "Probability") == "30%"
    assert metric(at, "Forecasts") == "1"

    early = scenario_page("strike", as_of="2020-01-03")
    assert any("created on 2020-01-04, after the as-of date" in i.value.replace("\\", "") for i in early.info)


def test_categorical_scenario_page(scenarios: Path) -> None:
    at = scenario_page("response")
    assert not at.exception
    assert at.title[0].value == "Nature of the response"
    assert metric(at, "Most likely: asymmetric") == "60%"
    options = at.dataframe[0].value
    assert list(options["option"]) == ["asymmetric", "direct", "none"]
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["layer"][0]["encoding"]["color"]["field"] == "option"
    assert "direct" in chart_specs(at)[0]


def test_resolved_and_conditional_scenarios(scenarios: Path) -> None:
    at = scenario_page("proxy")
    assert not at.exception
    assert metric(at, "Status") == "resolved: yes"
    assert any("settled 2020-01-04 by carol" in s.value for s in at.success)
    assert "resolved: yes" in chart_specs(at)[0]

    at = scenario_page("retaliation-if-strike")
    assert not at.exception
    assert "Direct strike on US forces (strike)" in page_links(at)
    assert "Official warns of strikes on 52 sites." in set(at.dataframe[-1].value["note"])


def test_appended_forecast_shows_after_rerun(scenarios: Path) -> None:
    at = scenario_page("strike")
    assert metric(at, "Forecasts") == "2"
    entry = ForecastEntry(
        type="forecast",
        at=datetime(2020, 1, 8, 12, tzinfo=UTC),
        by="dana",
        probability=0.55,
        note="after the strike warning",
    )
    append_history(scenarios / "demo" / "strike.yaml", entry)
    at.run()
    assert not at.exception
    assert metric(at, "Forecasts") == "3"
    assert metric(at, "Probability") == "55%"
    log = at.dataframe[0].value
    assert list(log["by"]) == ["alice", "bob", "dana"]
    assert "dana" in chart_specs(at)[0]


def test_unknown_id_is_a_clear_error(scenarios: Path) -> None:
    at = scenario_page("strik")
    assert not at.exception
    assert len(at.error) == 1
    message = at.error[0].value
    assert "no scenario with id 'strik'" in message and "strike" in message
    assert at.selectbox(key="scenario_id").value is None


def test_choosing_a_scenario_sets_the_query_parameter(scenarios: Path) -> None:
    at = app().run()
    at.switch_page("views/scenario.py").run()
    assert not at.exception
    assert not at.title
    at.selectbox(key="scenario_id").select("response").run()
    assert at.query_params.get("id") == "response"
    assert at.title[0].value == "Nature of the response"


def test_invalid_file_is_a_warning_and_the_rest_still_load(scenarios: Path) -> None:
    (scenarios / "demo" / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    at = app().run()
    assert not at.exception
    assert len(at.warning) == 1
    assert "1 scenario file has problems" in at.warning[0].value
    assert "broken.yaml" in at.expander[0].code[0].value
    assert table_titles(at) == TITLES


def page_links(at: AppTest) -> list[str]:
    return [shown_text(p.label) for p in at.get("page_link")]


def test_overview_change_and_countdown(scenarios: Path) -> None:
    at = app()
    at.query_params["as_of"] = "2020-01-12"
    at.run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("title")
    # strike: alice's 30% (Jan 4) was the latest on Jan 5; bob said 40% on Jan 6.
    assert table.loc["Direct strike on US forces", "change"] == 10.0
    assert table.loc["Nature of the response", "change"] == 0.0
    assert table.loc["Direct strike on US forces", "days_left"] == 19
    assert table.loc["Retaliation if the strike happens", "days_left"] == 79
    # Resolved questions have no countdown and no change.
    assert pd.isna(table.loc["Proxy attacks on US forces", "days_left"])
    assert pd.isna(table.loc["Proxy attacks on US forces", "change"])
    assert "+10 pp → 40% · Direct strike on US forces" in page_links(at)
    movers = chart_specs(at)
    assert len(movers) == 1 and "+10 pp" in movers[0] and "scenario?id=strike&as_of=2020-01-12" in movers[0]


def test_overview_panels_follow_the_date(scenarios: Path) -> None:
    at = app()
    at.query_params["as_of"] = "2020-01-06"
    at.run()
    assert "yes on 2020-01-04 · Proxy attacks on US forces" in page_links(at)

    at.date_input(key="as_of").set_value(date(2020, 1, 25)).run()
    assert "6 days left · 40% · Direct strike on US forces" in page_links(at)
    assert any("Nothing resolved in the last 7 days." in c.value for c in at.caption)

    at.date_input(key="as_of").set_value(date(2020, 2, 10)).run()
    assert not at.exception
    assert "10 days overdue · Direct strike on US forces" in page_links(at)
    # The link opens the scenario's page at the date shown.
    link = next(p.proto for p in at.get("page_link") if p.label.endswith("Direct strike on US forces"))
    assert (link.page, link.query_string) == ("scenario", "id=strike&as_of=2020-02-10")


def test_source_filter(scenarios: Path) -> None:
    at = app().run()
    options = at.multiselect(key="filter_source").options
    assert {"A Leader", "Jane Analyst", "Example Outlet"} <= set(options)
    at.multiselect(key="filter_source").set_value(["Example Outlet"]).run()
    assert table_titles(at) == {"Direct strike on US forces"}
    at.multiselect(key="filter_source").set_value(["Jane Analyst"]).run()
    assert table_titles(at) == {"Direct strike on US forces", "Nature of the response"}
    assert metric(at, "Shown") == "2 of 4"


def test_scenario_chart_marks_evidence(scenarios: Path) -> None:
    at = scenario_page("retaliation-if-strike")
    assert not at.exception
    spec = chart_specs(at)[0]
    assert "triangle-up" in spec and "Official warns of strikes on 52 sites." in spec


def test_nothing_needing_attention_takes_one_line(scenarios: Path) -> None:
    at = app()
    at.query_params["as_of"] = "2020-01-04"
    at.run()
    at.text_input(key="filter_text").input("response").run()
    assert not at.exception
    assert table_titles(at) == {"Nature of the response"}
    assert not page_links(at)
    assert any(c.value.startswith(":material/check_circle: Nothing needs attention") for c in at.caption)


def test_viewers_share_the_overviews_moves_and_chart(scenarios: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Viewers opening the overview of the same tree and date must not each estimate every
    # scenario again at an earlier instant, nor each build the movers chart: the first does.
    from dashboard import charts
    from forecasts import attention

    moved: list[str] = []
    built: list[int] = []
    real_movement, real_chart = attention.movement, charts.movers_chart

    def counting_movement(state: Any, days: float) -> Any:
        moved.append(state.id)
        return real_movement(state, days)

    def counting_chart(rows: pd.DataFrame, *args: Any) -> Any:
        built.append(len(rows))
        return real_chart(rows, *args)

    monkeypatch.setattr(attention, "movement", counting_movement)
    monkeypatch.setattr(charts, "movers_chart", counting_chart)
    views = []
    for _ in range(3):
        at = app()
        at.query_params["as_of"] = "2020-01-12"
        views.append(at.run())
    assert [not at.exception for at in views] == [True] * 3
    assert sorted(moved) == sorted(set(moved)) and len(moved) == 4  # once per scenario, for all three
    assert built == [1]
    assert [chart_specs(at) for at in views[1:]] == [chart_specs(views[0])] * 2
