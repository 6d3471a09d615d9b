"""The escalation ladders page: rungs and conditional trees replayed with the date slider."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from forecasts.display import format_estimate
from forecasts.state import as_of_instant, scenario_state
from forecasts.store import load_catalog
from testdata import copy_bundled

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled Iran 2020 case as the dashboard's scenarios folder."""
    root = copy_bundled(tmp_path / "bundled")
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    return root


APP = REPO / "dashboard" / "app.py"
RUNGS = [
    "regional-war",
    "iran-attacks-gulf-ally",
    "us-strikes-iran",
    "iran-direct-strike",
    "proxy-attacks-us-iraq",
    "iran-threatens-us",
]


def day_of(microseconds: float) -> date:
    """A date slider's bound, sent to the browser as microseconds since the epoch (UTC)."""
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=microseconds)).date()


def ladders_page(as_of: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    if as_of is not None:
        at.query_params["as_of"] = as_of
    at.run()
    at.switch_page("views/ladders.py")
    if as_of is not None:
        at.query_params["as_of"] = as_of
    return at.run()


def rung_table(at: AppTest) -> pd.DataFrame:
    table = at.dataframe[0].value
    table["id"] = table["url"].str.extract(r"id=([^&]+)", expand=False)
    return table.set_index("id")


def chart_data(at: AppTest, index: int) -> pd.DataFrame:
    element = at.get("vega_lite_chart")[index]
    return pd.concat([pa.ipc.open_stream(d.data.data).read_pandas() for d in element.proto.datasets])


def test_replay_on_the_day_of_the_article_shows_every_rung_open_with_its_prior(bundled: Path) -> None:
    at = ladders_page("2020-01-04")
    assert not at.exception
    assert at.title[0].value == "Escalation ladders"
    slider = at.slider(key="ladder_day")
    assert slider.value == date(2020, 1, 4)
    # The slider spans the case: first creation to the last deadline or resolution.
    assert (day_of(slider.min), day_of(slider.max)) == (date(2020, 1, 4), date(2020, 6, 30))
    table = rung_table(at)
    assert list(table.index) == RUNGS  # top rung first
    assert set(table["status"]) == {"open"}
    moment = as_of_instant(date(2020, 1, 4))
    catalog = load_catalog(bundled)
    for rung in RUNGS:
        state = scenario_state(catalog.get(rung), moment)
        assert state.estimate.basis == "sources"
        assert table.loc[rung, "estimate"] == format_estimate(state.estimate) + "*"
    bars = chart_data(at, 0).set_index("rung")
    assert set(bars["status"]) == {"open"}
    threats = scenario_state(catalog.get("iran-threatens-us"), moment)
    assert bars.loc[1, "text"] == format_estimate(threats.estimate) + "*"
    assert at.query_params.get("as_of") == "2020-01-04"


def test_replay_after_the_missile_strikes(bundled: Path) -> None:
    at = ladders_page("2020-01-09")
    table = rung_table(at)
    assert list(table["status"]) == ["open", "open", "open", "happened", "happened", "happened"]
    bars = chart_data(at, 0).set_index("rung")
    assert list(bars.loc[[1, 2, 3], "probability"]) == [1.0, 1.0, 1.0]
    assert bars.loc[3, "text"] == "yes · 2020-01-08"
    # By the end, the ladder stopped at rung 3.
    at.slider(key="ladder_day").set_value(date(2020, 4, 1)).run()
    assert list(rung_table(at)["status"]) == ["did not happen"] * 3 + ["happened"] * 3


def test_conditional_trees_show_the_joint_probability(bundled: Path) -> None:
    at = ladders_page("2020-01-05")
    assert not at.exception
    trees = {str(t.value) for t in at.subheader}
    assert "If: US military strike on Iranian territory" in trees
    rows = pd.concat([d.value for d in at.dataframe[1:]]).set_index("then")
    gulf = rows.loc["scenario?id=iran-war-on-gulf-if-us-strikes&as_of=2020-01-05"]
    # The latest forecasts by the end of Jan 5 that the US strikes Iran, and that Iran then hits the Gulf.
    catalog = load_catalog(bundled)
    moment = as_of_instant(date(2020, 1, 5))
    p_strike = scenario_state(catalog.get("us-strikes-iran"), moment).estimate.probability
    p_gulf = scenario_state(catalog.get("iran-war-on-gulf-if-us-strikes"), moment).estimate.probability
    assert p_strike is not None and p_gulf is not None
    assert (gulf["p_condition"], gulf["given"]) == (p_strike, p_gulf)
    assert gulf["joint"] == pytest.approx(p_strike * p_gulf)
    # Written beside the bar, one decimal below 10%: e.g. "3.6% = 12% × 30%".
    shown = [f"{p:.1%}" if p < 0.1 else f"{p:.0%}" for p in (p_strike * p_gulf, p_strike, p_gulf)]
    assert gulf["text"] == "{} = {} × {}".format(*shown)

    # Once the condition resolved "no", the branch is impossible and its question annulled.
    at.slider(key="ladder_day").set_value(date(2020, 4, 2)).run()
    rows = pd.concat([d.value for d in at.dataframe[1:]]).set_index("then")
    gulf = rows.loc["scenario?id=iran-war-on-gulf-if-us-strikes&as_of=2020-04-02"]
    assert gulf["p_condition"] == 0.0 and gulf["joint"] == 0.0 and pd.isna(gulf["given"])
    assert gulf["status"] == "annulled"


def test_day_buttons_step_the_replay(bundled: Path) -> None:
    at = ladders_page("2020-01-04")
    at.button(key="ladder_on").click().run()
    assert at.slider(key="ladder_day").value == date(2020, 1, 5)
    at.button(key="ladder_back").click().run()
    at.button(key="ladder_back").click().run()
    # Never before the first day of the case.
    assert at.slider(key="ladder_day").value == date(2020, 1, 4)
    # The day is shared: the overview opens at it.
    at.switch_page("views/overview.py").run()
    assert at.date_input(key="as_of").value == date(2020, 1, 4)


def test_a_date_outside_the_case_is_brought_into_it(scenarios: Path) -> None:
    at = ladders_page()  # today: long after the fixture case
    assert not at.exception
    assert at.slider(key="ladder_day").value == date(2020, 3, 31)
    assert list(rung_table(at).index) == ["strike", "proxy"]
    early = ladders_page("2019-06-01")
    assert early.slider(key="ladder_day").value == date(2020, 1, 4)


def test_no_ladders_is_explained(scenarios: Path) -> None:
    for name in ("strike", "proxy", "retaliation-if-strike"):
        (scenarios / "demo" / f"{name}.yaml").unlink()
    at = ladders_page()
    assert not at.exception
    assert "No scenario is on an escalation ladder" in at.info[0].value


def test_a_question_asked_in_both_branches_is_added_up(scenarios: Path) -> None:
    branch = (scenarios / "demo" / "retaliation-if-strike.yaml").read_text(encoding="utf-8")
    tagged = branch.replace("\nconditional_on:", "\ntags: [marginal-us-strike]\nconditional_on:")
    (scenarios / "demo" / "retaliation-if-strike.yaml").write_text(
        tagged + "forecasts:\n  - {at: 2020-01-05, by: bob, probability: 0.7}\n", encoding="utf-8"
    )
    sibling = (
        tagged.replace("id: retaliation-if-strike", "id: retaliation-if-no-strike")
        .replace("outcome: yes}", "outcome: no}")
        .split("\nevidence:")[0]
    )
    (scenarios / "demo" / "retaliation-if-no-strike.yaml").write_text(
        sibling + "\nforecasts:\n  - {at: 2020-01-05, by: bob, probability: 0.05}\n", encoding="utf-8"
    )
    at = ladders_page("2020-01-07")
    assert not at.exception
    lines = [m.value for m in at.markdown if "Either way" in m.value]
    # P(strike) on Jan 7 is bob's 40%: 0.4 * 0.7 + 0.6 * 0.05 = 0.31.
    assert lines == ["**Either way**, `us-strike` (asked in every branch): P = **31%** = 40% × 70% + 60% × 5.0%"]


def test_a_fit_made_later_is_not_replayed_on_the_day_of_the_article(bundled: Path) -> None:
    """A posterior fitted after the replayed day learnt from its outcomes: the day shows its priors."""
    import pymc as pm
    from pymc.testing import mock_sample

    from forecasts.model.config import FitConfig, ModelConfig
    from forecasts.model.update import update_posterior

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pm, "sample", mock_sample)
        fitted = datetime(2020, 6, 30, 12, tzinfo=UTC)
        update_posterior(
            bundled, load_catalog(bundled).files, fitted, False, ModelConfig(), FitConfig(draws=20, chains=1)
        )
    at = ladders_page("2020-01-04")
    assert not at.exception
    table = rung_table(at)
    moment = as_of_instant(date(2020, 1, 4))
    catalog = load_catalog(bundled)
    for rung in RUNGS:
        state = scenario_state(catalog.get(rung), moment)
        assert state.estimate.basis == "sources"
        assert table.loc[rung, "estimate"] == format_estimate(state.estimate) + "*"
    captions = [c.value for c in at.caption]
    assert (
        "Model not used: its NUTS fit as of 2020-06-30 learnt from what happened after 2020-01-04; showing the "
        "forecasts and priors known then (`forecasts update --as-of 2020-01-04` fits a replay)."
    ) in captions
    # The overview and a scenario's page, at the same day, say the same.
    for page in ("views/overview.py", "views/scenario.py"):
        at.switch_page(page).run()
        assert not at.exception
        assert any(c.value.startswith("Model not used: its NUTS fit as of 2020-06-30") for c in at.caption), page
    # On the day of the fit, the same page shows the model and names the fit.
    later = ladders_page("2020-06-30")
    assert "Probabilities from the model's posterior (NUTS fit as of 2020-06-30)." in [c.value for c in later.caption]
