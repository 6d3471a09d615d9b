"""The dashboard's catalog cache: the same catalog as the store's, re-reading only changed files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dashboard import data
from forecasts.store import ScenarioFile, load_catalog

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "scenarios"
    shutil.copytree(REPO / "tests" / "data" / "tree", root)
    return root


def same(root: Path) -> None:
    """The cached catalog holds what load_catalog reads: the same scenarios and problems."""
    cached = data.catalog_from_stamps(root, data.file_stamps(root))
    fresh = load_catalog(root)
    assert [f.scenario for f in cached.files] == [f.scenario for f in fresh.files]
    assert [str(p) for p in cached.problems] == [str(p) for p in fresh.problems]


def test_only_changed_files_are_read_again(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    real = data.read_scenario

    def counting(path: Path) -> ScenarioFile:
        reads.append(path.name)
        return real(path)

    monkeypatch.setattr(data, "read_scenario", counting)
    same(tree)
    assert sorted(reads) == ["proxy.yaml", "response.yaml", "retaliation-if-strike.yaml", "strike.yaml"]

    reads.clear()
    same(tree)
    assert reads == []

    strike = tree / "demo" / "strike.yaml"
    strike.write_text(strike.read_text(encoding="utf-8").replace("probability: 40%", "probability: 45%"))
    os.utime(strike, ns=(1, 1))  # a different stamp even within the clock's resolution
    same(tree)
    assert reads == ["strike.yaml"]


def test_broken_files_and_problems_across_files(tree: Path) -> None:
    same(tree)
    # A file that does not load, and one that takes another's rung: both reported as the store does.
    (tree / "demo" / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    proxy = tree / "demo" / "proxy.yaml"
    proxy.write_text(proxy.read_text(encoding="utf-8").replace("rung: 1", "rung: 2"), encoding="utf-8")
    same(tree)
    cached = data.catalog_from_stamps(tree, data.file_stamps(tree))
    messages = [p.message for p in cached.problems]
    assert any("already taken by 'strike'" in m or "already taken by 'proxy'" in m for m in messages)
    # Removing the broken file removes its problem.
    (tree / "demo" / "broken.yaml").unlink()
    same(tree)


def test_missing_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    catalog = data.catalog_from_stamps(missing, data.file_stamps(missing))
    assert not catalog.files
    assert "no such file or folder" in str(catalog.problems[0])
