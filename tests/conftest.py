"""Shared fixtures: copies of the fixture tree, and the optional ../shared material."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A writable copy of tests/data/tree (four valid scenarios in case 'demo')."""
    target = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", target)
    return target


def require_shared(relative: str) -> Path:
    """A path under ../shared, or skip the test saying why (users' clones have no ../shared)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not found: the ../shared reference material sits beside the checkout only in development")
    return path
