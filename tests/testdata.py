"""Paths to test fixtures and to the optional ../shared material, importable from any test.

(Test modules import this rather than ``conftest``: with several conftest.py files in the tree,
``import conftest`` resolves to whichever pytest loaded first.)
"""

from __future__ import annotations

import atexit
import io
import shutil
import subprocess
import tarfile
import tempfile
from functools import cache
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
SHARED = REPO.parent / "shared"
# Derived state a checkout may hold after `forecasts update`, `forecasts check` or `forecasts events`: tests never see it.
DERIVED = ("_posterior", ".forecasts", "_events")


# The cases the repository ships under scenarios/. A checkout where someone has tried the README
# (an extracted case, scenarios/_rejected, forecasts recorded on the practice questions) holds more
# or other; tests see only these, as committed.
BUNDLED_CASES = ("iran-2020", "practice")


@cache
def bundled_scenarios() -> Path:
    """The bundled cases as the checkout's HEAD commits them, in a folder of their own (read it, do
    not write to it; ``copy_bundled`` gives a copy to change). The README's tour records forecasts
    on the practice questions and resolves one, so the working tree's files are not the bundled
    ones; a change to them is seen by the tests once committed. Without git (an unpacked archive),
    the working tree's cases."""
    folder = Path(tempfile.mkdtemp(prefix="forecasts-bundled-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    paths = [f"scenarios/{case}" for case in BUNDLED_CASES]
    try:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", "--format=tar", "HEAD", *paths],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        for case in BUNDLED_CASES:
            shutil.copytree(
                REPO / "scenarios" / case, folder / "scenarios" / case, ignore=shutil.ignore_patterns(*DERIVED)
            )
    else:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
    return folder / "scenarios"


def copy_bundled(target: Path) -> Path:
    """A copy of the repository's bundled cases at ``target`` (``bundled_scenarios``), without
    derived state (posterior, cursor) and without anything a user added beside them."""
    target.mkdir(parents=True)
    for case in BUNDLED_CASES:
        shutil.copytree(bundled_scenarios() / case, target / case, ignore=shutil.ignore_patterns(*DERIVED))
    return target


def require_shared(relative: str) -> Path:
    """A path under ../shared, or skip the test saying why (users' clones have no ../shared)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not found: the ../shared reference material sits beside the checkout only in development")
    return path
