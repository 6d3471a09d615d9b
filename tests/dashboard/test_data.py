"""The dashboard's catalog cache: the same catalog as the store's, re-reading only changed files."""

from __future__ import annotations

import os
import shutil
from datetime import date
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


def test_moves_are_computed_once_per_tree_state_and_as_of(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Viewers share the overview's states and moves: a second view of the same tree and date
    # computes nothing, a changed file or another date computes them again.
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(tree))
    data.forget_catalogs()
    computed: list[int] = []
    real = data.movements

    def counting(states: list[object], days: float) -> object:
        computed.append(len(states))
        return real(states, days)  # type: ignore[arg-type]

    monkeypatch.setattr(data, "movements", counting)
    day = date(2020, 1, 9)
    first = data.moves_at(day, data.tree_state())
    assert data.moves_at(day) is first
    assert computed == [len(data.states_at(day))]
    assert sorted(first) == sorted(s.id for s in data.states_at(day))
    data.moves_at(date(2020, 1, 10))
    assert len(computed) == 2
    touched = sorted(tree.rglob("*.yaml"))[0]
    os.utime(touched, ns=(1, 1))
    assert data.moves_at(day) is not first
    assert len(computed) == 3


def test_cache_keys_are_short_digests_not_every_stamp(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Streamlit hashes a cached function's arguments on every call: the stamps of a large tree
    # travel in an argument it does not hash ("_stamps", "_tree"), the key is a digest.
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(tree))
    state = data.tree_state()
    assert len(state.stamps) == len(data.file_stamps(Path(state.root)))
    assert len(state.key) == len(state.files_key) == 32
    params = data._catalog_for.__wrapped__.__code__.co_varnames[:3]  # type: ignore[attr-defined]
    assert params == ("root", "files_key", "_stamps")
