"""The suite runs on every core (pytest-xdist, from pyproject.toml's addopts) and still in one process.

A debugger, ``-p no:xdist`` or a venv installed before pytest-xdist joined the test extra all run
the tests in one process: the addopts' xdist option must not stop them at the command line.
"""

from __future__ import annotations

import re
import subprocess
import sys

from testdata import REPO

ONE_TEST = "tests/test_flags.py::test_only_the_on_words_are_on"


def run_one_test(*options: str) -> subprocess.CompletedProcess[str]:
    """One quick test run by ``pytest`` in a fresh interpreter, with the repository's settings."""
    command = [sys.executable, "-m", "pytest", *options, "-p", "no:cacheprovider", ONE_TEST]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)


def test_the_default_run_starts_a_worker_per_core() -> None:
    done = run_one_test()
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"created: (\d+)/\1 workers?", done.stdout), done.stdout


def test_without_xdist_the_tests_run_in_one_process() -> None:
    done = run_one_test("-p", "no:xdist")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "created:" not in done.stdout and "1 passed" in done.stdout, done.stdout
