"""The ``forecasts events`` commands: fill the event store, and ask a rule of the history.

Registered in ``forecasts.cli``. Exit status: 0 success, 1 an error (message on stderr, naming
the file or address and the fix), 2 a usage error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from forecasts.cli_options import fail, format_option, load_or_fail, scenarios_option
from forecasts.events.choices import DEFAULT_MAX_BYTES, ENGINES, MASTER_LIST
from forecasts.json_output import render_document

if TYPE_CHECKING:
    from forecasts.events.history import HistoryIncident
    from forecasts.events.sync import Progress

# The store's modules (pandas, pyarrow, sqlglot, DuckDB) are imported by each command when it
# runs: `forecasts` starts without them.

DAY = click.DateTime(formats=["%Y-%m-%d"])

store_option = click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Event store folder [default: SCENARIOS/_events].",
)


def _store(store: Path | None, scenarios: Path) -> Path:
    from forecasts.events.store import default_store

    return store if store is not None else default_store(scenarios)


@click.group()
def events() -> None:
    """Event history: GDELT and ACLED records in a local Parquet store, and rules asked of it as SQL.

    \b
    Examples:
      forecasts events sync --feed gdelt --from 2019-01-01 --to 2019-12-31
      forecasts events import --feed gdelt tests/data/feeds/gdelt/iran-2020-timeline.export.CSV
      forecasts events query iran-direct-strike --from 2020-01-01 --to 2020-03-31
      forecasts events query --engine bigquery --dry-run iran-direct-strike --from 2015-01-01 --to 2019-12-31
    """


@events.command("sync")
@click.option(
    "--feed", type=click.Choice(["gdelt", "acled"]), required=True, help="The feed to fetch (GDELT; ACLED is imported)."
)
@click.option("--from", "since", type=DAY, required=True, help="First day of batches to fetch (YYYY-MM-DD, UTC).")
@click.option("--to", "until", type=DAY, required=True, help="Last day of batches to fetch (YYYY-MM-DD, UTC).")
@click.option(
    "--list",
    "listing",
    default=MASTER_LIST,
    show_default=True,
    help="GDELT's file list: 2.0 masterfilelist.txt (15-minute files) or 1.0 md5sums (daily files).",
)
@store_option
@scenarios_option
def sync(feed: str, since: Any, until: Any, listing: str, store: Path | None, scenarios: Path) -> None:
    """Fetch GDELT export files of a range of days into the store: resumable, MD5-checked.

    Files already stored with the MD5 the list gives are not fetched again, so the same command
    run after an interruption (or a failed file) fetches only what is missing. A progress bar
    goes to stderr.

    \b
    Examples:
      forecasts events sync --feed gdelt --from 2019-01-01 --to 2019-12-31
      forecasts events sync --feed gdelt --from 2010-01-01 --to 2010-01-31 --list http://data.gdeltproject.org/events/md5sums
    """
    from forecasts.events.store import StoreError
    from forecasts.events.sync import SyncError, sync_gdelt

    if feed == "acled":
        fail(
            "ACLED publishes no file list to sync from; download an export and run: forecasts events import --feed acled FILE.csv"
        )
    folder = _store(store, scenarios)
    try:
        with progress_bar() as progress:
            report = sync_gdelt(folder, since.date(), until.date(), listing, progress)
    except (SyncError, StoreError) as exc:
        fail(str(exc))
    click.echo(
        f"{report.fetched} file(s) fetched ({report.rows:,} events), {report.skipped} already stored, "
        f"{len(report.days_written)} day(s) written to {folder / 'gdelt'}"
    )
    if report.failed:
        for problem in report.failed[:20]:
            click.echo(f"error: {problem}", err=True)
        fail(f"{len(report.failed)} file(s) could not be stored; run the same command again to fetch them")


@contextmanager
def progress_bar() -> Iterator[Progress]:
    """A rich progress bar on stderr, fed (files done, bytes done, files, bytes)."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    with Bar(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    ) as bar:
        task = bar.add_task("files 0/0", total=None)

        def update(files: int, done: int, total_files: int, total_bytes: int) -> None:
            bar.update(task, completed=done, total=total_bytes or None, description=f"files {files}/{total_files}")

        yield update


@events.command("import")
@click.option("--feed", type=click.Choice(["acled", "gdelt"]), required=True, help="The feed the files are from.")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@store_option
@scenarios_option
def import_files(feed: str, files: tuple[Path, ...], store: Path | None, scenarios: Path) -> None:
    """Import ACLED CSV exports (or local GDELT export files) into the store; the same file twice is skipped.

    ACLED rows go by event date; GDELT rows by the day GDELT added them. Import GDELT files only
    when `sync` does not fetch the same days: a file both imported and synced counts twice.

    \b
    Examples:
      forecasts events import --feed acled tests/data/feeds/acled/iraq-2020-current.csv
      forecasts events import --feed gdelt tests/data/feeds/gdelt/iran-2020-timeline.export.CSV
    """
    from forecasts.events.store import StoreError
    from forecasts.events.sync import import_acled, import_gdelt

    folder = _store(store, scenarios)
    for path in files:
        try:
            report = import_acled(folder, path) if feed == "acled" else import_gdelt(folder, path)
        except StoreError as exc:
            fail(str(exc))
        if report.skipped:
            click.echo(f"{path}: already imported ({report.rows} events), skipped")
        else:
            click.echo(f"{path}: {report.rows} events over {report.days} day(s) imported into {folder / feed}")


@events.command("query")
@click.argument("scenario")
@click.option("--from", "since", type=DAY, required=True, help="First day of history (YYYY-MM-DD).")
@click.option("--to", "until", type=DAY, required=True, help="Last day of history (YYYY-MM-DD).")
@click.option("--engine", type=click.Choice(ENGINES), default="duckdb", show_default=True, help="Where the rule runs.")
@click.option("--dry-run", is_flag=True, help="Print the SQL (and, on BigQuery, the bytes it would scan); run nothing.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="BigQuery: refuse a query that would scan more.",
)
@store_option
@format_option
@scenarios_option
def query(
    scenario: str,
    since: Any,
    until: Any,
    engine: str,
    dry_run: bool,
    max_bytes: int,
    store: Path | None,
    fmt: str,
    scenarios: Path,
) -> None:
    """The incidents SCENARIO's rule finds in the history between two dates.

    \b
    Examples:
      forecasts events import --feed gdelt tests/data/feeds/gdelt/iran-2020-timeline.export.CSV
      forecasts events query iran-direct-strike --from 2020-01-01 --to 2020-03-31
      forecasts events query proxy-attacks-us-iraq --from 2020-01-01 --to 2020-03-31 --format json
      forecasts events query iran-direct-strike --from 2015-01-01 --to 2019-12-31 --dry-run
    """
    from forecasts.events.bigquery import BigQueryError
    from forecasts.events.history import HistoryError, bigquery_incidents, rule_incidents
    from forecasts.events.sql import RuleSqlError

    catalog = load_or_fail(scenarios)
    item = catalog.by_id.get(scenario)
    if item is None:
        fail(f"no scenario {scenario!r} in {scenarios}; `forecasts list` shows the ids")
    rule = item.scenario.resolution.rule
    if rule is None:
        fail(f"{item.path}: resolution: has no rule: to query; add a GDELT or ACLED rule")
    first, last = since.date(), until.date()
    folder = _store(store, scenarios)
    if dry_run:
        _dry_run(rule, first, last, engine, max_bytes, folder)
        return
    try:
        if engine == "bigquery":
            incidents = bigquery_incidents(rule, first, last, max_bytes)
        else:
            incidents = rule_incidents(rule, first, last, engine=engine, store=folder)
    except (HistoryError, RuleSqlError, BigQueryError) as exc:
        fail(str(exc))
    click.echo(render_incidents(scenario, first, last, engine, incidents, fmt))


def _dry_run(rule: Any, first: date, last: date, engine: str, max_bytes: int, folder: Path) -> None:
    from forecasts.events.bigquery import BigQueryError, check_bytes, dry_run
    from forecasts.events.sql import RuleSqlError, compile_rule
    from forecasts.events.store import parquet_files

    dialect = "bigquery" if engine == "bigquery" else "duckdb"
    try:
        compiled = compile_rule(rule, first, last, dialect)
    except RuleSqlError as exc:
        fail(str(exc))
    click.echo(compiled.sql)
    if engine != "bigquery":
        files = parquet_files(folder, rule.feed)
        click.echo(f"-- DuckDB over {len(files)} Parquet file(s) in {folder / rule.feed}", err=True)
        return
    try:
        plan = dry_run(compiled.sql)
        click.echo(f"-- would scan {plan.bytes:,} bytes (--max-bytes {max_bytes:,})", err=True)
        check_bytes(plan, max_bytes)
    except BigQueryError as exc:
        fail(str(exc))


def render_incidents(
    scenario: str, since: date, until: date, engine: str, incidents: list[HistoryIncident], fmt: str
) -> str:
    """The incidents as text (one line each) or JSON."""
    if fmt == "json":
        data = {
            "scenario": scenario,
            "from": since.isoformat(),
            "to": until.isoformat(),
            "engine": engine,
            "incidents": [{**asdict(i), "day": i.day.isoformat()} for i in incidents],
        }
        return render_document(data)
    lines = [f"{scenario}: {len(incidents)} incident(s) {since} … {until} ({engine})"]
    for i in incidents:
        url = f"  {i.urls[0]}" if i.urls else ""
        lines.append(f"  {i.day}  {i.key}  sources {i.sources}, mentions {i.mentions}{url}")
    return "\n".join(lines)
