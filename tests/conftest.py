"""Shared fixtures: a writable copy of the fixture tree."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from testdata import DATA, REPO

# PyTensor's compiled code is cached across runs in the repository's .pytensor/ (git-ignored, shared
# with bench/), whichever tests run: tests/model, the dashboard's and the JSON schema's mock fits.
# Set here, before anything imports PyTensor (test modules do at collection), or PyTensor reads its
# default (~/.pytensor) and compiles again what the repository's cache holds.
os.environ.setdefault("PYTENSOR_FLAGS", f"base_compiledir={REPO / '.pytensor'}")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A writable copy of tests/data/tree (four valid scenarios in case 'demo')."""
    target = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", target)
    return target
