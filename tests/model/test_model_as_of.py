"""An as-of view never shows a posterior fitted after its date (that fit learnt from the outcomes).

Mock sampling (prior draws): these tests check which posterior is picked, not its numbers.
"""

import json
from datetime import UTC, datetime

from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.display import format_interval, outcome_text
from forecasts.estimate import shown_basis
from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.shown import posterior_history
from forecasts.model.update import update_posterior
from forecasts.state import as_of_instant, scenario_state
from forecasts.store import load_catalog, read_scenario

FITTED = datetime(2020, 1, 10, 12, tzinfo=UTC)
BEFORE = datetime(2020, 1, 5, 23, 59, 59, 999999, tzinfo=UTC)
FIT = FitConfig(draws=20, chains=1)
NOTE = (
    "model not used: its NUTS fit as of 2020-01-10 learnt from what happened after 2020-01-05; showing the "
    "forecasts and priors known then (`forecasts update --as-of 2020-01-05` fits a replay)"
)


def fit(tree, moment=FITTED, replay=False):
    return update_posterior(tree, load_catalog(tree).files, moment, replay, ModelConfig(), FIT)


def test_a_date_before_the_fit_shows_what_was_known_then_and_says_why(tree, mock_sampling):
    fit(tree)
    path = tree / "demo" / "strike.yaml"
    before = scenario_state(read_scenario(path), BEFORE).estimate
    assert before.basis == "forecast" and before.quantiles is None
    assert before.note == NOTE
    assert before.as_dict()["note"] == NOTE
    assert shown_basis(tree, BEFORE) == NOTE
    # The fit's own date and later still show the model, naming the fit.
    after = scenario_state(read_scenario(path), FITTED).estimate
    assert after.basis == "model" and after.note is None
    assert shown_basis(tree, FITTED) == "probabilities from the model's posterior (NUTS fit as of 2020-01-10)"
    # The chart's history follows the same rule.
    assert posterior_history(path, read_scenario(path).scenario, BEFORE) is None


def test_a_replay_serves_its_day_and_later_days_but_not_earlier_ones(tree, mock_sampling):
    fit(tree)
    fit(tree, moment=BEFORE, replay=True)
    path = tree / "demo" / "strike.yaml"
    on_the_day = scenario_state(read_scenario(path), BEFORE).estimate
    assert on_the_day.basis == "model" and "(replay)" in on_the_day.detail
    next_day = scenario_state(read_scenario(path), as_of_instant(datetime(2020, 1, 6, tzinfo=UTC).date())).estimate
    assert next_day.basis == "model" and next_day.detail.startswith("NUTS fit as of 2020-01-05 (replay)")
    earlier = scenario_state(read_scenario(path), as_of_instant(datetime(2020, 1, 4, tzinfo=UTC).date())).estimate
    assert earlier.basis != "model" and "its NUTS fit as of 2020-01-05 (replay) learnt" in (earlier.note or "")


def test_list_and_show_say_which_they_show(tree, mock_sampling, monkeypatch):
    fit(tree)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    runner = CliRunner()
    listing = runner.invoke(cli, ["list", "--as-of", "2020-01-05", "--scenarios", str(tree)])
    assert listing.exit_code == 0, listing.output
    assert "90% INTERVAL" not in listing.stdout
    assert listing.stdout.splitlines()[-1] == f"note: {NOTE}"
    records = json.loads(
        runner.invoke(cli, ["list", "--as-of", "2020-01-05", "--scenarios", str(tree), "--format", "json"]).stdout
    )["scenarios"]
    assert {r["probability"]["note"] for r in records} == {NOTE}
    shown = runner.invoke(cli, ["show", "strike", "--as-of", "2020-01-05", "--scenarios", str(tree)]).stdout
    assert "note: model not used: its NUTS fit as of 2020-01-10 learnt" in shown
    modelled = runner.invoke(cli, ["list", "--as-of", "2020-01-10", "--scenarios", str(tree)]).stdout
    assert modelled.splitlines()[-1] == "model: NUTS fit as of 2020-01-10"


def test_an_open_scenario_past_its_deadline_shows_its_last_forecast_and_says_why(tree, mock_sampling):
    after_deadline = datetime(2020, 3, 1, 12, tzinfo=UTC)
    fit(tree, moment=after_deadline)
    path = tree / "demo" / "strike.yaml"
    state = scenario_state(read_scenario(path), after_deadline)
    estimate = state.estimate
    assert estimate.basis == "model"
    assert estimate.detail.endswith(
        "past its deadline (2020-01-31), awaiting resolution: the model's forecast at the last judgment (2020-01-06)"
    )
    # Not the hazard model's "nothing recorded, so nothing happened" decay to 0.
    assert estimate.probability is not None and estimate.probability > 0.01
    assert estimate.quantiles is not None and format_interval(estimate) != "<0.01%–<0.01%"
    assert outcome_text(state) == "open: past deadline, awaiting resolution"
