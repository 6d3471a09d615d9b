"""Fixtures every dashboard test shares."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testdata import DATA


@pytest.fixture(autouse=True)
def viewer_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a plain viewer at today's date, whatever the shell says."""
    monkeypatch.delenv("FORECASTS_AS_OF", raising=False)
    monkeypatch.delenv("FORECASTS_EDITOR", raising=False)


@pytest.fixture
def scenarios(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/data/tree (four scenarios in case 'demo') as the dashboard's scenarios folder."""
    root = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", root)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    return root
