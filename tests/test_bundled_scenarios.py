"""The built-in example case: valid, open as of the article's date, resolved as history went."""

import re
from datetime import date

import pytest
import yaml

from forecasts.state import as_of_instant, catalog_states
from forecasts.store import load_catalog
from testdata import copy_bundled, require_shared

CASE = "iran-2020"


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    # A copy: a checkout where `forecasts update` ran holds a posterior these tests must not see.
    return load_catalog(copy_bundled(tmp_path_factory.mktemp("bundled") / "scenarios"))


def test_every_bundled_scenario_is_valid(catalog):
    assert [str(p) for p in catalog.problems] == []
    assert len(catalog.files) >= 18


def case_states(catalog, as_of):
    return {s.id: s for s in catalog_states(catalog.files, as_of_instant(as_of)) if s.scenario.case == CASE}


def test_the_case_is_open_on_the_day_of_the_article(catalog):
    states = case_states(catalog, date(2020, 1, 4))
    assert len(states) >= 18
    assert {s.status for s in states.values()} == {"open"}
    assert all(s.estimate.basis in ("sources", "forecast") for s in states.values() if s.scenario.sources)


def test_the_case_is_settled_today(catalog):
    states = case_states(catalog, None)
    settled = [s for s in states.values() if s.status in ("resolved", "annulled")]
    assert len(settled) >= len(states) - 2, [s.id for s in states.values() if s.status == "open"]
    for state in settled:
        assert state.resolution.sources or state.resolution.notes, state.id


def test_ladder_and_categorical_and_conditionals(catalog):
    case = [f.scenario for f in catalog.files if f.scenario.case == CASE]
    rungs = sorted(s.ladder.rung for s in case if s.ladder and s.ladder.name == "us-iran-2020")
    assert rungs == list(range(1, len(rungs) + 1)) and len(rungs) >= 5
    categorical = [s for s in case if s.kind == "categorical"]
    assert any({"asymmetric", "direct", "none"} <= set(s.option_ids()) for s in categorical)
    assert any(s.conditional_on for s in case)


def test_at_least_two_named_forecasters_in_january_2020(catalog):
    from forecasts.state import all_forecasts

    forecasters = {
        f.by
        for sf in catalog.files
        if sf.scenario.case == CASE
        for f in all_forecasts(sf.scenario)
        if str(f.at).startswith("2020-01")
    }
    assert len(forecasters) >= 2


def test_every_gold_forecast_of_the_article_has_a_scenario(catalog):
    gold = yaml.safe_load(require_shared("articles/gold.yaml").read_text())
    ids = {item["id"] for item in gold["forecasts"] if item["id"].startswith("00-")}
    noted = {
        m for sf in catalog.files for src in sf.scenario.sources for m in re.findall(r"\b00-\d\d\b", src.note or "")
    }
    assert ids <= noted, sorted(ids - noted)


def test_quotes_are_exact_substrings_of_the_article(catalog):
    text = require_shared("articles/00-inside-arabia-soleimani.txt").read_text()
    body = text.split("\n\n", 1)[1]
    for sf in catalog.files:
        if sf.scenario.case != CASE:
            continue
        for src in sf.scenario.sources:
            if src.outlet == "Inside Arabia":
                assert src.quote in body, (sf.scenario.id, src.quote)
