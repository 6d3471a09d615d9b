"""Paths to test fixtures and to the optional ../shared material, importable from any test.

(Test modules import this rather than ``conftest``: with several conftest.py files in the tree,
``import conftest`` resolves to whichever pytest loaded first.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
SHARED = REPO.parent / "shared"
# Derived state a checkout may hold after `forecasts update`, `forecasts check` or `forecasts events`: tests never see it.
DERIVED = ("_posterior", ".forecasts", "_events")


# The cases the repository ships under scenarios/. A checkout where someone has tried the README
# (an extracted case, scenarios/_rejected) holds more; tests see only these.
BUNDLED_CASES = ("iran-2020", "practice")


def copy_bundled(target: Path) -> Path:
    """A copy of the repository's bundled cases at ``target``, without derived state (posterior,
    cursor) and without anything a user added beside them."""
    target.mkdir(parents=True)
    for case in BUNDLED_CASES:
        shutil.copytree(REPO / "scenarios" / case, target / case, ignore=shutil.ignore_patterns(*DERIVED))
    return target


def require_shared(relative: str) -> Path:
    """A path under ../shared, or skip the test saying why (users' clones have no ../shared)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not found: the ../shared reference material sits beside the checkout only in development")
    return path
