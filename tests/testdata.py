"""Paths to test fixtures and to the optional ../shared material, importable from any test.

(Test modules import this rather than ``conftest``: with several conftest.py files in the tree,
``import conftest`` resolves to whichever pytest loaded first.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
SHARED = REPO.parent / "shared"


def require_shared(relative: str) -> Path:
    """A path under ../shared, or skip the test saying why (users' clones have no ../shared)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not found: the ../shared reference material sits beside the checkout only in development")
    return path
