"""Fixtures for the engine's tests: mock sampling (the compile cache is set in tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def mock_sampling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace pm.sample by PyMC's mock sampler (prior draws): for plumbing, not for numbers."""
    import pymc as pm
    from pymc.testing import mock_sample

    monkeypatch.setattr(pm, "sample", mock_sample)
