"""The outside view in the model: a stored base rate is a judgment from the source 'base rate'."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest

from forecasts.baserate import BaseRates, Incident, compute_base_rate, write_base_rates
from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.data import BASE_RATE, BASE_RATE_PHRASE, end_days, scenario_data, start_days
from forecasts.model.hazard import hazard_shape
from forecasts.model.posterior import posterior_folder
from forecasts.model.update import update_posterior
from forecasts.store import load_catalog

AS_OF = datetime(2020, 1, 10, tzinfo=UTC)


def strike_rate():
    # One incident in 2019, 28-day windows (the fixture's strike scenario runs 2020-01-04..2020-01-31).
    return compute_base_rate([Incident(date(2019, 6, 1))], date(2019, 1, 1), date(2019, 12, 31), 28, scenario="strike")


def test_a_base_rate_is_one_judgment_made_at_creation_over_the_days_left(tree):
    files = load_catalog(tree).files
    rate = strike_rate()
    data, _ = scenario_data(files, AS_OF, ModelConfig(), {"strike": rate})
    rows = data.judgments[data.judgments["who"] == BASE_RATE]
    assert len(rows) == 1
    row = rows.iloc[0]
    strike = next(f.scenario for f in files if f.scenario.id == "strike")
    assert (row["unit"], row["kind"], row["phrase"], row["outlet"]) == ("strike", BASE_RATE, BASE_RATE_PHRASE, "(none)")
    assert row["at"] == start_days(strike.created)
    days = end_days(strike.deadline) - start_days(strike.created)
    assert row["p"] == pytest.approx(1 - math.exp(-rate.hazard_per_day * days))
    assert row["p"] == pytest.approx(rate.mean, rel=1e-6)  # the window is exactly 28 days
    without, _ = scenario_data(files, AS_OF, ModelConfig(outside_view=False), {"strike": rate})
    assert BASE_RATE not in set(without.judgments["who"])
    assert len(without.judgments) == len(data.judgments) - 1


def test_a_scenario_with_a_base_rate_decays_at_the_historys_constant_hazard(tree):
    files = load_catalog(tree).files
    config = ModelConfig(hazard="front")
    plain, _ = scenario_data(files, AS_OF, config)
    outside, _ = scenario_data(files, AS_OF, config, {"strike": strike_rate()})
    shape = dict(zip(plain.units["key"], plain.units["shape"], strict=True))
    assert shape["strike"] == hazard_shape("front", config)
    shape = dict(zip(outside.units["key"], outside.units["shape"], strict=True))
    assert shape["strike"] == 1.0


def test_update_uses_the_stored_base_rates_and_they_enter_its_inputs(tree, mock_sampling):
    catalog = load_catalog(tree)
    fit = FitConfig(draws=20, chains=1)
    first = update_posterior(tree, catalog.files, AS_OF, False, ModelConfig(), fit)
    assert "base_rates" not in first.summary["inputs"]
    write_base_rates(posterior_folder(tree), BaseRates({"strike": strike_rate()}, "SYNTHETIC"))
    second = update_posterior(tree, catalog.files, AS_OF, False, ModelConfig(), fit)
    assert second.fitted and second.inputs_sha256 != first.inputs_sha256
    assert len(second.summary["inputs"]["base_rates"]) == 64
    assert second.data is not None and BASE_RATE in set(second.data.judgments["who"])
    again = update_posterior(tree, catalog.files, AS_OF, False, ModelConfig(), fit)
    assert not again.fitted
    alone = update_posterior(tree, catalog.files, AS_OF, False, ModelConfig(outside_view=False), fit)
    assert alone.fitted and alone.data is not None and BASE_RATE not in set(alone.data.judgments["who"])


def test_a_damaged_base_rates_file_is_fitted_without_and_noted(tree, mock_sampling):
    path = posterior_folder(tree) / "baserates.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    report = update_posterior(
        tree, load_catalog(tree).files, AS_OF, False, ModelConfig(), FitConfig(draws=20, chains=1)
    )
    assert report.fitted and "base_rates" not in report.summary["inputs"]
    (note,) = [n for n in report.summary["notes"] if n.startswith(str(path))]
    assert note.endswith("run `forecasts baserate --all --write` to recompute it; fitted without the outside view")


def test_the_code_that_turns_base_rates_into_judgments_is_in_the_code_hash():
    from forecasts.model.posterior import PACKAGE, code_files

    assert "baserate.py" in {p.relative_to(PACKAGE).as_posix() for p in code_files()}


def test_a_categorical_rule_speaks_for_the_option_its_match_gives():
    from forecasts.baserate import outside_view_distribution, scenario_chance
    from forecasts.store import read_scenario
    from testdata import bundled_scenarios

    item = read_scenario(bundled_scenarios() / "iran-2020" / "iran-response-nature.yaml")
    rate = compute_base_rate([Incident(date(2018, 5, 1))], date(2015, 1, 4), date(2020, 1, 3), 87)
    p = scenario_chance(item.scenario, rate)
    assert p == pytest.approx(rate.mean, rel=1e-3)  # created 2020-01-04, opens the 5th: the whole window is ahead
    distribution = outside_view_distribution(item.scenario, rate)
    assert distribution == pytest.approx({"direct": p, "asymmetric": (1 - p) / 2, "none": (1 - p) / 2})
    data, _ = scenario_data([item], AS_OF, ModelConfig(), {item.scenario.id: rate})
    rows = data.judgments[data.judgments["who"] == BASE_RATE]
    assert list(rows["unit"]) == ["iran-response-nature:direct"] and rows["p"].iloc[0] == pytest.approx(p)
