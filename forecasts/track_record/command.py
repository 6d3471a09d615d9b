"""The ``forecasts import`` command (registered in ``forecasts.cli``)."""

from __future__ import annotations

import time
from pathlib import Path

import click

from forecasts.cli_options import COMMAND_SETTINGS, fail, format_option, scenarios_option
from forecasts.json_output import render_document
from forecasts.scenario import slug_problem
from forecasts.track_record.platforms import READERS
from forecasts.track_record.records import ImportFormatError
from forecasts.track_record.scenario_files import write_questions


@click.command(name="import", context_settings=COMMAND_SETTINGS)
@click.argument("platform", metavar="FORMAT", type=click.Choice(sorted(READERS)))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--case", required=True, help="Case folder to create the scenarios in, e.g. my-predictionbook.")
@click.option(
    "--questions",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The questions file, for platforms that keep it apart (default: its usual name beside FILE).",
)
@format_option
@scenarios_option
def import_command(platform: str, file: Path, case: str, questions: Path | None, fmt: str, scenarios: Path) -> None:
    """Import a track record from another platform's export: questions, forecasts, outcomes, forecasters.

    \b
    FORMAT and FILE (the forecasts; the questions file is found beside it or given with --questions):
      metaculus       forecast_data.csv of a Metaculus data export (question_data.csv beside it)
      gjopen          Good Judgment Open predictions JSON (metadata.json of its questions beside it)
      gjp             Good Judgment Project survey_fcasts*.csv (ifps.csv beside it)
      fatebook        Fatebook's CSV export (one file)
      predictionbook  forecasts.csv(.gz), one row per forecast (questions.csv(.gz) beside it, for titles)

    Each question becomes SCENARIOS/CASE/<platform>-<its id>.yaml with its forecasts, resolution
    and forecasters. A row that cannot be used is reported with its line and skipped; the rest is
    imported. Importing the same file again changes nothing; a later export of the same questions
    appends only the forecasts and outcomes that are new (below `history:`), never rewriting what
    is in a file.

    \b
    Exit status: 0 imported (rows may have been skipped, see the report), 1 nothing could be read.

    \b
    Examples:
      forecasts import fatebook tests/data/import/fatebook.csv --case my-fatebook
      forecasts import predictionbook tests/data/import/predictionbook/forecasts.csv --case pb
      forecasts import gjp ../shared/data/forecasts/gjp/survey_fcasts_mini.yr1.csv --case gjp-year1
    """
    problem = slug_problem(case)
    if problem is not None:
        fail(f"--case: {problem}")
    started = time.perf_counter()
    try:
        batch = READERS[platform](file, questions)
    except ImportFormatError as exc:
        fail(str(exc))
    report = write_questions(list(batch.questions.values()), scenarios, case)
    seconds = time.perf_counter() - started
    skipped = [str(p) for p in batch.problems] + report.problems
    if fmt == "json":
        click.echo(
            render_document(
                {
                    "format": platform,
                    "file": str(file),
                    "case": case,
                    "questions": len(batch.questions),
                    "forecasts_read": batch.forecast_count,
                    "created": [str(p) for p in report.created],
                    "appended": [str(p) for p in report.appended],
                    "unchanged": report.unchanged,
                    "forecasts_added": report.forecasts_added,
                    "skipped": skipped,
                    "seconds": round(seconds, 2),
                }
            )
        )
        return
    for line in skipped:
        click.echo(f"skipped: {line}", err=True)
    click.echo(
        f"{file}: {len(batch.questions)} questions, {batch.forecast_count} forecasts read; "
        f"{len(report.created)} scenarios created, {len(report.appended)} appended to, {report.unchanged} unchanged "
        f"({report.forecasts_added} forecasts added) in {scenarios / case}; {len(skipped)} rows skipped"
    )


# Declared type: forecasts.cli imports this while it is itself being imported.
import_track_record: click.Command = import_command
