"""Shared fixtures: a writable copy of the fixture tree."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from testdata import DATA, REPO

# Property tests check correctness, not wall time: with every core busy (the default run spreads
# over all of them) a first example that loads the parser or the gazetteer can pass Hypothesis's
# 200 ms deadline, which it reports as a failure (seen once in a fresh clone). No deadline, anywhere.
settings.register_profile("forecasts", deadline=None)
settings.load_profile("forecasts")

# PyTensor's compiled code is cached across runs in the repository's .pytensor/ (git-ignored, shared
# with bench/), whichever tests run: tests/model, the dashboard's and the JSON schema's mock fits.
# Set here, before anything imports PyTensor (test modules do at collection), or PyTensor reads its
# default (~/.pytensor) and compiles again what the repository's cache holds.
os.environ.setdefault("PYTENSOR_FLAGS", f"base_compiledir={REPO / '.pytensor'}")


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Without pytest-xdist (``-p no:xdist``, or a venv from before it joined the test extra), the
    ``--numprocesses=auto`` of pyproject.toml's addopts is taken and ignored: one process runs every
    test, instead of the command line refusing an option it does not know. (The addopts spell out
    --numprocesses since only plugins may register one-letter options like -n.)"""
    if pluginmanager.has_plugin("xdist"):
        return
    group = parser.getgroup("xdist", "single process: pytest-xdist is not loaded")
    group.addoption("--numprocesses", dest="numprocesses", default=None, help="ignored without xdist")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A writable copy of tests/data/tree (four valid scenarios in case 'demo')."""
    target = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", target)
    return target
