import shutil
from datetime import date

import pytest

from forecasts.phrases import phrase_prior
from forecasts.scenario import ResolutionEntry
from forecasts.state import as_of_instant, catalog_states, probability_history, scenario_state
from forecasts.store import append_history, load_catalog, read_scenario
from testdata import DATA


def states_by_id(root, as_of):
    return {s.id: s for s in catalog_states(load_catalog(root).files, as_of_instant(as_of))}


def test_scenarios_do_not_exist_before_they_were_created(tree):
    assert states_by_id(tree, date(2020, 1, 3)) == {}
    assert len(states_by_id(tree, date(2020, 1, 4))) == 4


def test_as_of_replays_forecasts(tree):
    early = states_by_id(tree, date(2020, 1, 4))["strike"]
    late = states_by_id(tree, date(2020, 1, 6))["strike"]
    assert (early.estimate.probability, early.estimate.detail) == (0.3, "alice, 2020-01-04")
    assert (late.estimate.probability, late.estimate.detail) == (0.4, "bob, 2020-01-06T09:00:00+00:00")
    assert [f.by for f in late.forecasts] == ["alice", "bob"]


def test_source_prior_when_nobody_has_forecast(tree):
    state = states_by_id(tree, date(2020, 1, 4))["response"]
    likely = phrase_prior("in all likelihood").mean
    assert state.estimate.basis == "sources"
    assert state.estimate.options == pytest.approx(
        {"asymmetric": likely, "direct": (1 - likely) / 2, "none": (1 - likely) / 2}
    )
    assert sum(state.estimate.options.values()) == pytest.approx(1)


def test_negative_source_polarity_flips_the_prior(tree):
    scenario = read_scenario(tree / "demo" / "strike.yaml").scenario
    from forecasts.source_priors import source_probability

    assert source_probability(scenario.sources[0]) == pytest.approx(1 - phrase_prior("in all likelihood").mean)


def test_resolution_counts_from_resolved_at_and_latest_wins(tree):
    path = tree / "demo" / "strike.yaml"
    append_history(
        path,
        ResolutionEntry(
            type="resolution",
            at=date(2020, 1, 9),
            by="carol",
            outcome="yes",
            resolved_at=date(2020, 1, 8),
            source="https://example.org/a",
        ),
    )
    assert states_by_id(tree, date(2020, 1, 7))["strike"].status == "open"
    resolved = states_by_id(tree, date(2020, 1, 8))["strike"]
    assert (resolved.status, resolved.outcome, resolved.resolution.resolved_by) == ("resolved", "yes", "carol")
    append_history(
        path,
        ResolutionEntry(
            type="resolution", at=date(2020, 2, 1), by="dan", outcome="annulled", resolved_at=date(2020, 2, 1)
        ),
    )
    assert states_by_id(tree, date(2020, 1, 20))["strike"].outcome == "yes"
    assert states_by_id(tree, date(2020, 2, 2))["strike"].status == "annulled"


def test_hand_written_resolution(tree):
    state = states_by_id(tree, date(2020, 1, 4))["proxy"]
    assert (state.status, state.outcome) == ("resolved", "yes")
    assert state.resolution.sources == ["https://example.org/rockets"]


def test_probability_history_steps_at_each_forecast(tree):
    points = probability_history(read_scenario(tree / "demo" / "strike.yaml"))
    assert [(p.at.date().isoformat(), p.estimate.probability) for p in points] == [
        ("2020-01-04", 0.3),
        ("2020-01-06", 0.4),
    ]


def test_state_of_one_scenario_now(tree):
    state = scenario_state(read_scenario(tree / "demo" / "retaliation-if-strike.yaml"))
    assert state.estimate.basis == "none"
    assert [e.direction for e in state.evidence] == ["up"]


def test_filters_and_ladder_rungs(tree):
    from forecasts.state import Filters, filter_states, ladder_rungs

    files = load_catalog(tree).files
    states = catalog_states(files, as_of_instant(date(2020, 1, 6)))
    assert [s.id for s in filter_states(states, Filters(ladders=("demo-ladder",)))] == ["proxy", "strike"]
    assert [s.id for s in filter_states(states, Filters(text="NATURE"))] == ["response"]
    assert [s.id for s in filter_states(states, Filters(statuses=("resolved",), tags=("military",)))] == []
    assert [f.scenario.id for f in ladder_rungs(files, "demo-ladder")] == ["proxy", "strike"]


def test_filter_by_source_speaker_or_outlet(tree):
    from forecasts.state import Filters, filter_states

    states = catalog_states(load_catalog(tree).files, as_of_instant(date(2020, 1, 6)))
    assert [s.id for s in filter_states(states, Filters(sources=("Jane Analyst",)))] == ["strike", "response"]
    assert [s.id for s in filter_states(states, Filters(sources=("Example Outlet",)))] == ["strike"]


def test_drafts_are_left_out_unless_asked_for(tree):
    from forecasts.state import Filters, count_hidden_drafts, filter_states, leave_out_drafts

    shutil.copy(DATA / "drafts" / "drafted-strike.yaml", tree / "demo")
    files = load_catalog(tree).files
    states = catalog_states(files, as_of_instant(date(2020, 1, 12)))

    def ids(filters):
        return [s.id for s in filter_states(states, filters)]

    assert "drafted-strike" not in ids(Filters())
    assert count_hidden_drafts(states, Filters()) == 1
    # Counted among those the other filters let through only.
    assert count_hidden_drafts(states, Filters(sources=("Jane Analyst",))) == 1
    assert count_hidden_drafts(states, Filters(text="proxy")) == 0
    assert "drafted-strike" in ids(Filters(drafts=True))
    assert count_hidden_drafts(states, Filters(drafts=True)) == 0
    assert ids(Filters(statuses=("draft",))) == ["drafted-strike"]
    assert count_hidden_drafts(states, Filters(statuses=("draft",))) == 0
    assert "drafted-strike" not in [f.scenario.id for f in leave_out_drafts(files)]
    assert [s.id for s in leave_out_drafts(states)] == ids(Filters())
