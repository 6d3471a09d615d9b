"""The README's real-history example: one real GDELT batch imported, and `baserate` saying how thin it is.

The only real GDELT export reachable where this project is developed is one 15-minute batch
(../shared/data/events/, 2019-10-24 14:30 UTC). Imported, it covers one day of the 1,826 a
bundled rule asks about: the command must say so before any figure, as the README quotes.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from forecasts.cli import cli
from testdata import copy_bundled, require_shared

BATCH = "data/events/gdelt2_events_20191024143000.export.CSV"


def test_one_real_batch_is_reported_as_one_day_of_the_five_years(tmp_path: Path) -> None:
    batch = require_shared(BATCH)
    tree = copy_bundled(tmp_path / "scenarios")
    store = tmp_path / "real-events"
    runner = CliRunner()
    imported = runner.invoke(cli, ["events", "import", "--feed", "gdelt", "--store", str(store), str(batch)])
    assert imported.exit_code == 0, imported.output
    assert imported.stdout == f"{batch}: 2111 events over 1 day(s) imported into {store / 'gdelt'}\n"
    result = runner.invoke(cli, ["baserate", "iran-threatens-us", "--store", str(store), "--scenarios", str(tree)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: {store}: GDELT is stored for 1 of the 1826 days 2015-01-04..2020-01-03; days not stored count as "
        "days without incidents (fill them: forecasts events sync --feed gdelt --from 2015-01-04 --to 2020-01-03)\n"
    )
    assert "in 2015-01-04 to 2020-01-03 this happened in 0 of 20 87-day windows" in result.stdout
