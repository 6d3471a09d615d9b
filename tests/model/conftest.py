"""Fixtures for the engine's tests: a PyTensor compile cache inside the repo, mock sampling."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Compiled code is cached across test runs (and shared with bench/): .pytensor/ is git-ignored.
# Set before PyTensor is first imported, which happens lazily inside the tests.
os.environ.setdefault("PYTENSOR_FLAGS", f"base_compiledir={REPO / '.pytensor'}")


@pytest.fixture
def mock_sampling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace pm.sample by PyMC's mock sampler (prior draws): for plumbing, not for numbers."""
    import pymc as pm
    from pymc.testing import mock_sample

    monkeypatch.setattr(pm, "sample", mock_sample)
