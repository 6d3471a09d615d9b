"""Posterior files: written under _posterior with their inputs' hash, read back by the seam,
stale once an input changes, recomputed between fits from the stored calibration."""

import json
from datetime import UTC, datetime

import pytest

from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.posterior import DRAWS, SUMMARY, posterior_folder, read_posterior
from forecasts.model.update import update_posterior
from forecasts.scenario import EvidenceEntry, ForecastEntry
from forecasts.state import catalog_states, scenario_state
from forecasts.store import append_history, load_catalog, read_scenario

NOW = datetime(2020, 1, 10, 12, tzinfo=UTC)
FIT = FitConfig(draws=20, chains=1)


def fit(tree, moment=NOW, replay=False, force=False):
    catalog = load_catalog(tree)
    return update_posterior(tree, catalog.files, moment, replay, ModelConfig(), FIT, force=force)


def test_update_writes_posterior_files_that_the_loader_skips(tree, mock_sampling):
    report = fit(tree)
    assert report.fitted
    folder = posterior_folder(tree)
    assert (folder / SUMMARY).is_file() and (folder / DRAWS).is_file()
    summary = json.loads((folder / SUMMARY).read_text())
    assert summary["inputs_sha256"] == report.inputs_sha256 and len(summary["inputs_sha256"]) == 64
    assert set(summary["scenarios"]) == {"strike", "proxy", "response", "retaliation-if-strike"}
    strike = summary["scenarios"]["strike"]
    assert {"mean", "p05", "p50", "p95"} <= set(strike["current"])
    assert strike["current"]["p05"] <= strike["current"]["p50"] <= strike["current"]["p95"]
    options = summary["scenarios"]["response"]["current"]["options"]
    assert sum(v["mean"] for v in options.values()) == pytest.approx(1.0, abs=1e-3)
    assert len(strike["history"]) > 5  # a point per day and per judgment
    catalog = load_catalog(tree)
    assert catalog.problems == [] and len(catalog.files) == 4


def test_shown_probability_comes_from_the_posterior(tree, mock_sampling):
    fit(tree)
    states = {s.id: s for s in catalog_states(load_catalog(tree).files, NOW)}
    strike = states["strike"].estimate
    assert strike.basis == "model" and strike.quantiles is not None
    low, mid, high = strike.quantiles
    assert low <= mid <= high
    assert states["response"].estimate.options is not None
    assert sum(states["response"].estimate.options.values()) == pytest.approx(1.0, abs=1e-3)
    # the ladder is coherent: rung 1 (proxy, resolved yes) is reached, rung 2 can only be lower.
    assert states["proxy"].status == "resolved"


def test_an_unchanged_tree_is_not_refitted_and_a_change_is_detected(tree, mock_sampling):
    first = fit(tree)
    again = fit(tree)
    assert not again.fitted and again.inputs_sha256 == first.inputs_sha256
    path = tree / "demo" / "strike.yaml"
    append_history(path, ForecastEntry(type="forecast", at="2020-01-09T10:00:00Z", by="carol", probability=0.9))
    changed = fit(tree)
    assert changed.fitted and changed.inputs_sha256 != first.inputs_sha256
    assert fit(tree, force=True).fitted


def test_settings_and_date_are_part_of_the_hash(tree, mock_sampling):
    first = fit(tree)
    catalog = load_catalog(tree)
    other = update_posterior(tree, catalog.files, NOW, False, ModelConfig(half_life_days=3.0), FIT)
    assert other.fitted and other.inputs_sha256 != first.inputs_sha256
    later = update_posterior(tree, catalog.files, datetime(2020, 1, 12, tzinfo=UTC), False, ModelConfig(), FIT)
    assert later.fitted and later.inputs_sha256 != first.inputs_sha256


def test_a_new_forecast_is_shown_at_once_from_the_stored_calibration(tree, mock_sampling):
    fit(tree)
    path = tree / "demo" / "strike.yaml"
    before = scenario_state(read_scenario(path), NOW).estimate
    assert "recomputed" not in before.detail
    append_history(path, ForecastEntry(type="forecast", at="2020-01-09T10:00:00Z", by="carol", probability=0.95))
    after = scenario_state(read_scenario(path), NOW).estimate
    assert after.basis == "model" and "recomputed" in after.detail
    assert after.probability != before.probability
    append_history(
        path, EvidenceEntry(type="evidence", at="2020-01-09T11:00:00Z", by="carol", note="n", likelihood_ratio=20.0)
    )
    shifted = scenario_state(read_scenario(path), NOW).estimate
    assert shifted.probability > after.probability


def test_a_replay_posterior_is_preferred_for_its_own_date(tree, mock_sampling):
    fit(tree)
    replay = fit(tree, moment=datetime(2020, 1, 5, 23, 59, 59, tzinfo=UTC), replay=True)
    assert replay.folder == posterior_folder(tree, "2020-01-05")
    assert read_posterior(replay.folder).summary["replay"] is True
    state = scenario_state(read_scenario(tree / "demo" / "strike.yaml"), datetime(2020, 1, 5, 23, 59, 59, tzinfo=UTC))
    assert "(replay)" in state.estimate.detail


def test_without_a_posterior_nothing_changes(tree):
    state = scenario_state(read_scenario(tree / "demo" / "strike.yaml"), NOW)
    assert state.estimate.basis == "forecast" and state.estimate.quantiles is None


def test_a_posterior_from_settings_this_version_does_not_know_is_refitted_not_read(tree, mock_sampling):
    fit(tree)
    path = posterior_folder(tree) / SUMMARY
    summary = json.loads(path.read_text())
    summary["model"]["centered_rows_per_level"] = 1e9  # a setting an older version had
    path.write_text(json.dumps(summary))
    assert read_posterior(posterior_folder(tree)) is None
    edited = tree / "demo" / "strike.yaml"
    edited.write_text(edited.read_text() + "\n")  # the recompute path would read the settings
    state = scenario_state(read_scenario(edited), NOW)
    assert state.estimate.basis == "forecast"
    assert fit(tree).fitted
    assert read_posterior(posterior_folder(tree)) is not None


def test_a_draft_added_or_edited_needs_no_refit(tree, mock_sampling):
    first = fit(tree)
    draft = tree / "demo" / "drafted.yaml"
    text = (
        (tree / "demo" / "strike.yaml")
        .read_text()
        .replace("id: strike", "id: drafted")
        .replace("status: open", "status: draft")
        .replace("ladder: {name: demo-ladder, rung: 2}\n", "")
    )
    draft.write_text(text)
    assert load_catalog(tree).problems == []
    again = fit(tree)
    assert not again.fitted and again.inputs_sha256 == first.inputs_sha256
