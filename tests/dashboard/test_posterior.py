"""The model's posterior on the dashboard: 90% intervals, the history band, the stale notice, refitting.

A posterior is fitted once for the module on a copy of tests/data/tree with PyMC's mock sampler
(prior draws: plumbing, not numbers), as tests/model does, and copied for each test.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from forecasts.display import format_interval
from forecasts.scenario import ForecastEntry
from forecasts.state import catalog_states
from forecasts.store import append_history, load_catalog
from testdata import DATA

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
NOW = datetime(2020, 1, 10, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def viewer_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a plain viewer, whatever the shell says."""
    monkeypatch.delenv("FORECASTS_AS_OF", raising=False)
    monkeypatch.delenv("FORECASTS_EDITOR", raising=False)


@pytest.fixture(scope="module")
def fitted_tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    import pymc as pm
    from pymc.testing import mock_sample

    from forecasts.model.config import FitConfig, ModelConfig
    from forecasts.model.update import update_posterior

    root = tmp_path_factory.mktemp("fitted") / "scenarios"
    shutil.copytree(REPO / "tests" / "data" / "tree", root)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pm, "sample", mock_sample)
        update_posterior(root, load_catalog(root).files, NOW, False, ModelConfig(), FitConfig(draws=20, chains=1))
    yield root


@pytest.fixture
def scenarios(fitted_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "scenarios"
    shutil.copytree(fitted_tree, root)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    monkeypatch.setenv("FORECASTS_AS_OF", "2020-01-10")
    return root


def overview() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception
    return at


def test_overview_shows_the_models_interval(scenarios: Path) -> None:
    at = overview()
    table = at.dataframe[0].value.set_index("title")
    states = {
        s.scenario.title: s
        for s in catalog_states(load_catalog(scenarios).files, datetime(2020, 1, 10, 23, 59, 59, 999999, tzinfo=UTC))
    }
    assert states["Direct strike on US forces"].estimate.basis == "model"
    for title, state in states.items():
        assert table.loc[title, "interval"] == format_interval(state.estimate)
    assert table.loc["Direct strike on US forces", "interval"].count("%") == 2
    assert not at.warning  # a fresh posterior: no stale notice


def test_scenario_chart_has_the_posterior_band(scenarios: Path) -> None:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["id"] = "strike"
    at.run()
    assert not at.exception
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    area = spec["layer"][0]
    assert area["mark"]["type"] == "area" and area["encoding"]["y2"]["field"] == "high"
    assert any("Shaded: the model's 90% interval" in c.value for c in at.caption)


def test_a_changed_file_makes_the_posterior_stale(scenarios: Path) -> None:
    entry = ForecastEntry(type="forecast", at=datetime(2020, 1, 9, tzinfo=UTC), by="dana", probability=0.5)
    append_history(scenarios / "demo" / "strike.yaml", entry)
    at = overview()
    assert len(at.warning) == 1
    assert "The model's posterior is stale" in at.warning[0].value
    assert "1 scenario file changed since the fit" in at.warning[0].value
    assert "run `forecasts update`" in at.warning[0].value
    assert not [b for b in at.button if b.key == "posterior_refit"]  # viewers cannot refit


def test_editor_refits_in_the_background(scenarios: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dashboard import posterior

    monkeypatch.setenv("FORECASTS_EDITOR", "1")
    marker = tmp_path / "ran"
    # Stands in for `forecasts update --method advi`: records its arguments, takes a moment.
    script = (
        f"import sys, time, pathlib; time.sleep(1); pathlib.Path({str(marker)!r}).write_text(' '.join(sys.argv[1:]))"
    )
    monkeypatch.setattr(posterior, "REFIT_COMMAND", [sys.executable, "-c", script])
    (scenarios / "demo" / "strike.yaml").write_text(
        (scenarios / "demo" / "strike.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    at = overview()
    assert "stale" in at.warning[0].value and "refit to learn from them" in at.warning[0].value
    started = time.monotonic()
    at.button(key="posterior_refit").click().run()
    assert time.monotonic() - started < 5  # the page does not wait for the fit
    assert not at.exception
    assert any("Refitting the model (ADVI)" in i.value for i in at.info)
    deadline = time.monotonic() + 20
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(0.3)
    at.run()
    assert not at.exception
    assert marker.read_text() == f"--scenarios {scenarios}"
    assert any("Refit finished" in c.value for c in at.caption)


def test_a_refit_click_from_a_session_that_may_not_write_starts_nothing(
    scenarios: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from dashboard import posterior

    monkeypatch.setenv("FORECASTS_LOCAL_EDITOR", "1")
    monkeypatch.setattr(posterior, "REFIT_COMMAND", [sys.executable, "-c", "raise SystemExit('must not run')"])
    (scenarios / "demo" / "strike.yaml").write_text(
        (scenarios / "demo" / "strike.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    at = overview()
    assert [b for b in at.button if b.key == "posterior_refit"]
    # By the click, the server no longer lets this session edit: the refit is decided there, not by the page.
    monkeypatch.delenv("FORECASTS_LOCAL_EDITOR")
    with caplog.at_level("WARNING", logger="dashboard.editor"):
        at.button(key="posterior_refit").click().run()
    assert not at.exception
    assert posterior.refit_job(scenarios) is None
    assert not any("Refitting the model (ADVI)" in i.value for i in at.info)
    assert any(
        r.getMessage() == "refused a refit in case (any) from a viewer: this dashboard is read-only"
        for r in caplog.records
    )


def test_without_a_posterior_viewers_are_told_how_to_fit_one(scenarios: Path) -> None:
    shutil.rmtree(scenarios / "_posterior")
    at = overview()
    (notice,) = [c.value for c in at.caption if "No model posterior yet" in c.value]
    assert "Run `forecasts update`" in notice
    assert not [b for b in at.button if b.key == "posterior_refit"]  # viewers cannot start a fit


def test_a_draft_does_not_make_the_posterior_stale(scenarios: Path) -> None:
    shutil.copy(DATA / "drafts" / "drafted-strike.yaml", scenarios / "demo")
    at = overview()
    assert not at.warning
