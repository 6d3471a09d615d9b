"""The ``forecasts export`` command (registered in ``forecasts.cli``); the tables are ``forecasts.tables``'."""

from __future__ import annotations

from pathlib import Path

import click

from forecasts.cli_options import COMMAND_SETTINGS, as_of_option, fail, load_or_fail, scenarios_option
from forecasts.dates import When
from forecasts.state import as_of_instant, catalog_states

# forecasts.tables' formats, written out here so that the command module does not load pandas.
FORMATS = ("csv", "json", "parquet")


@click.command(name="export", context_settings=COMMAND_SETTINGS)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True, help="File format.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("export"),
    show_default=True,
    help="Folder to write the tables to (created; files of the same name are replaced).",
)
@click.option("--case", help="Only scenarios of this case (folder).")
@as_of_option
@scenarios_option
def export_command(fmt: str, out: Path, case: str | None, as_of: When | None, scenarios: Path) -> None:
    """Write scenarios, forecasts, sources, resolutions and scores as tidy tables.

    One file per table in OUT (scenarios.csv, forecasts.csv, ...), one row per scenario, per
    forecast and outcome, per quoted claim, per resolution and per scored forecast, with stable
    column names (README, "Exporting", says what each holds), ready for pandas, a spreadsheet or a
    notebook. JSON files hold {schema_version, table, columns, rows}.

    \b
    Examples:
      forecasts export --out export
      forecasts export --format parquet --case iran-2020 --out export
      forecasts export --format json --as-of 2020-01-04 --out export
    """
    # pandas loads only when export runs: every other command starts without it.
    from forecasts.tables import build_tables, write_tables

    catalog = load_or_fail(scenarios)
    states = [s for s in catalog_states(catalog.files, as_of_instant(as_of)) if case is None or s.case == case]
    if case is not None and not states:
        fail(f"--case: no scenarios of case {case!r} in {scenarios}")
    tables = build_tables(states)
    try:
        written = write_tables(tables, out, fmt)
    except OSError as exc:
        fail(f"{out}: cannot write: {exc.strerror or exc}")
    for path in written:
        click.echo(f"{path}: {len(tables[path.stem])} rows")


# Declared type: forecasts.cli imports this while it is itself being imported.
export_tables: click.Command = export_command
