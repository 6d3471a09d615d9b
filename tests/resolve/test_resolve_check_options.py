"""The check's options: one source of defaults for the library and the command line."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from forecasts.cli import cli
from forecasts.resolve.check_options import MAX_BATCHES, MOVED_THRESHOLD, OVERDUE_DAYS, STALE_DAYS, CheckOptions


def test_the_command_lines_defaults_are_the_libraries() -> None:
    # Changing a default in one place changes it for `forecasts check` and for run_check alike.
    command = cli.commands["check"]
    shown = {p.name: p.default for p in command.params}
    options = CheckOptions(root=Path("."), now=datetime(2020, 1, 1, tzinfo=UTC), recorded_at=datetime(2020, 1, 1))
    fields = {f.name: getattr(options, f.name) for f in dataclasses.fields(options)}
    assert (fields["stale_days"], fields["overdue_days"], fields["max_batches"]) == (
        STALE_DAYS,
        OVERDUE_DAYS,
        MAX_BATCHES,
    )
    assert fields["moved_threshold"] == MOVED_THRESHOLD
    assert (shown["stale_days"], shown["overdue_days"], shown["max_batches"]) == (STALE_DAYS, OVERDUE_DAYS, MAX_BATCHES)
    # --moved takes a share as text ("0.15" or "15%"): its default is the same number written out.
    assert float(str(shown["moved"])) == MOVED_THRESHOLD
