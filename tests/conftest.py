"""Shared fixtures: a writable copy of the fixture tree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testdata import DATA


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A writable copy of tests/data/tree (four valid scenarios in case 'demo')."""
    target = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", target)
    return target
