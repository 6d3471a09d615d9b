"""Fixtures every dashboard test shares."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit import config

from testdata import DATA


@pytest.fixture(autouse=True, scope="session")
def components_scanned_once() -> Iterator[None]:
    """Each new AppTest scans every installed distribution for Streamlit components (0.14 s, a
    third of a typical page test here): the installed packages do not change during a run, so
    the first scan's answer serves every app."""
    from streamlit.components.v2 import manifest_scanner

    found = manifest_scanner.scan_component_manifests()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(manifest_scanner, "scan_component_manifests", lambda: list(found))
        yield


@pytest.fixture(autouse=True)
def viewer_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a plain viewer at today's date, whatever the shell says."""
    monkeypatch.delenv("FORECASTS_AS_OF", raising=False)
    monkeypatch.delenv("FORECASTS_EDITOR", raising=False)
    monkeypatch.delenv("FORECASTS_LOCAL_EDITOR", raising=False)


@pytest.fixture(autouse=True)
def loopback_server() -> Iterator[None]:
    """AppTest runs the app in this process: its server address is set as ``forecasts dashboard
    --local-editor`` sets it (127.0.0.1), so the local editor mode may switch on; tests of other
    addresses set their own."""
    before = config.get_option("server.address")
    config.set_option("server.address", "127.0.0.1")
    yield
    config.set_option("server.address", before)


@pytest.fixture
def scenarios(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/data/tree (four scenarios in case 'demo') as the dashboard's scenarios folder."""
    root = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", root)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    return root


@pytest.fixture
def editing(scenarios: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``scenarios``, with the dashboard in the local single-user editor mode."""
    monkeypatch.setenv("FORECASTS_LOCAL_EDITOR", "1")
    return scenarios
