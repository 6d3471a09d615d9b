"""Fixtures for the event history tests: stores filled from tests/data/feeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from event_fixtures import ACLED_CURRENT, ACLED_OLD, DAILY_V1, TIMELINE

from forecasts.events.sync import import_acled, import_gdelt


@pytest.fixture(scope="session")
def history_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store holding the GDELT timeline feed and both ACLED exports (one event revised between them)."""
    store = tmp_path_factory.mktemp("events")
    import_gdelt(store, TIMELINE)
    import_acled(store, ACLED_OLD)
    import_acled(store, ACLED_CURRENT)
    yield store


@pytest.fixture(scope="session")
def daily_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store holding the GDELT 1.0 daily file (with two 1988 back-file rows)."""
    store = tmp_path_factory.mktemp("events-v1")
    import_gdelt(store, DAILY_V1)
    yield store
