"""The ``forecasts check`` and ``forecasts score`` commands (registered in ``forecasts.cli``)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from forecasts.baserate import BaseRate, read_base_rates
from forecasts.cli_options import (
    AS_OF,
    COMMAND_SETTINGS,
    WHEN,
    deprecated_alias,
    fail,
    format_choice,
    format_option,
    notify_option,
    scenarios_option,
)
from forecasts.dates import When, end_instant, now_utc, start_instant
from forecasts.json_output import render_document
from forecasts.model.location import posterior_folder
from forecasts.resolve.check_options import MAX_BATCHES, MOVED_THRESHOLD, OVERDUE_DAYS, STALE_DAYS, CheckOptions
from forecasts.resolve.feeds import FeedSpec, FeedSpecError, parse_feed_spec
from forecasts.resolve.report import render_report
from forecasts.scoring import GROUPINGS, collect_predictions, render_scores, score_by, scores_record
from forecasts.state import as_of_instant, catalog_states
from forecasts.store import load_catalog


class FeedType(click.ParamType):  # type: ignore[type-arg]
    """``[gdelt=|acled=]LOCATION``: a file, folder, glob, .zip or .gz, URL or GDELT lastupdate.txt."""

    name = "FEED"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> FeedSpec:
        if isinstance(value, FeedSpec):
            return value
        try:
            spec = parse_feed_spec(str(value))
        except FeedSpecError as exc:
            self.fail(str(exc), param, ctx)
        # A path typed wrong would otherwise pass as a feed nobody needed ("unused"). Globs may
        # match nothing yet and URLs may be down: those stay void for the run, as documented.
        if not spec.is_url and not any(c in spec.location for c in "*?[") and not Path(spec.location).exists():
            self.fail(
                f"{spec.location!r}: no such file or folder; give an existing file, folder, glob, .zip or http(s) URL",
                param,
                ctx,
            )
        return spec


class ShareType(click.ParamType):  # type: ignore[type-arg]
    """A share between 0 and 1: 0.15 or 15%."""

    name = "SHARE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        text = str(value).strip()
        try:
            share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
        except ValueError:
            self.fail(f"{value!r} is not a share (0.15 or 15%)", param, ctx)
        if not 0 < share < 1:
            self.fail(f"{value!r} is not between 0 and 1 (0% and 100%)", param, ctx)
        return share


@click.command(name="check", context_settings=COMMAND_SETTINGS)
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    type=FeedType(),
    metavar="[gdelt=|acled=]LOCATION",
    help="An event feed (repeat): a file, folder, glob, .zip or .gz, http(s) URL, or GDELT's lastupdate.txt.",
)
@click.option(
    "--as-of", "as_of", type=AS_OF, default=None, help="Run as of this date (end of day) or datetime; default: now."
)
@deprecated_alias("--now", "--as-of", "as_of", type=AS_OF)
@click.option("--since", type=WHEN, default=None, help="Read feed files again, taking events added from this date on.")
@click.option("--dry-run", is_flag=True, help="Report what would happen; write nothing (no resolutions, state or log).")
@format_choice("markdown")
@click.option(
    "--stale-days",
    type=click.IntRange(min=1),
    default=STALE_DAYS,
    show_default=True,
    help="Flag open scenarios without a forecast for this long.",
)
@click.option(
    "--overdue-days",
    type=click.IntRange(min=0),
    default=OVERDUE_DAYS,
    show_default=True,
    help="A passed deadline is 'due' this long, then 'overdue'.",
)
@click.option(
    "--moved",
    "moved",
    type=ShareType(),
    default=str(MOVED_THRESHOLD),
    show_default=True,
    help="Flag probability moves larger than this since the last check.",
)
@click.option(
    "--max-batches",
    type=click.IntRange(min=1),
    default=MAX_BATCHES,
    show_default=True,
    help="At most this many GDELT 15-minute batches per lastupdate.txt source per run.",
)
@notify_option
@scenarios_option
def check_command(
    feeds: tuple[FeedSpec, ...],
    as_of: When | None,
    since: When | None,
    dry_run: bool,
    fmt: str,
    stale_days: int,
    overdue_days: int,
    moved: float,
    max_batches: int,
    scenarios: Path,
    notify: tuple[str, ...] = (),
) -> None:
    """Resolve scenarios from event feeds (GDELT, ACLED) and report what needs a person.

    For every open scenario with a `rule:` the feeds are searched for matching events. A match
    resolves the scenario (its history gets a resolution by "forecasts check" with the matching
    event ids, dates and source URLs); at the deadline without a match `on_deadline_without_match`
    applies, but a "no" is only concluded when the feeds read cover the rule's whole window.
    Conditional scenarios whose condition resolved the other way are annulled, and a ladder rung
    that happened resolves the rungs below it. A scenario somebody already resolved is never
    touched. An unreachable or corrupt feed, or a glob that matches nothing, is void for the run:
    nothing is resolved from it; a local path that does not exist is an error. Running the check
    again with nothing new changes nothing.

    The state (files read, what each rule found, last probabilities) and an audit log of every
    action live in SCENARIOS/.forecasts/ (check-state.json, audit.jsonl).

    --notify sends what is new as one message per run (auto-resolutions, due, overdue, moved,
    void feeds), never the same news twice (SCENARIOS/.forecasts/notified.json).

    \b
    Exit status:
      0  nothing needs a person
      3  something needs a person: due or overdue, stale, ambiguous, moved,
         a rule problem, a ladder conflict, a void feed or a coverage gap
      1  an error (invalid scenario files, unreadable state, a write failed)
      2  a usage error

    \b
    Examples:
      forecasts check --feed gdelt=http://data.gdeltproject.org/gdeltv2/lastupdate.txt
      forecasts check --feed tests/data/feeds/gdelt/ \\
        --feed acled=tests/data/feeds/acled/iraq-2020-current.csv --as-of 2020-03-31 --dry-run
      forecasts check --feed 'gdelt=downloads/2020*.export.CSV.zip' --dry-run --format json

    \b
    Cron (every 15 minutes; missed GDELT batches are fetched on the next run):
      */15 * * * * cd /srv/forecasts && .venv/bin/forecasts check \\
          --feed gdelt=http://data.gdeltproject.org/gdeltv2/lastupdate.txt >> check.log 2>&1
    """
    moment = end_instant(as_of) if as_of is not None else now_utc()
    recorded_at: When = as_of if as_of is not None else moment
    # The engine (pandas) is imported only when a check runs: every other command starts without it.
    from forecasts.notifications import NotifyError, check_urls, send_news
    from forecasts.resolve.check import CheckError, run_check
    from forecasts.resolve.news import check_news

    options = CheckOptions(
        root=scenarios,
        now=moment,
        recorded_at=recorded_at,
        feeds=tuple(feeds),
        since=start_instant(since) if since is not None else None,
        dry_run=dry_run,
        stale_days=stale_days,
        overdue_days=overdue_days,
        moved_threshold=moved,
        max_batches=max_batches,
    )
    try:
        check_urls(list(notify))
        report = run_check(options)
        notified = (
            None if dry_run else send_news(check_news(report), list(notify), scenarios, moment, "forecasts check")
        )
    except (CheckError, NotifyError) as exc:
        fail(str(exc))
    click.echo(render_report(report, fmt))
    if report.errors:
        click.echo("\n".join(report.errors), err=True)
    for failure in notified.failed if notified else []:
        click.echo(f"warning: {failure}", err=True)
    sys.exit(report.exit_code)


@click.command(name="score", context_settings=COMMAND_SETTINGS)
@click.option(
    "--group-by",
    "group_by",
    type=click.Choice(GROUPINGS),
    default="source",
    show_default=True,
    help="Rank sources, speakers, outlets, forecasters, hedge phrases or tags.",
)
@deprecated_alias("--by", "--group-by", "group_by", type=click.Choice(GROUPINGS))
@click.option("--as-of", type=AS_OF, default=None, help="Score what was resolved by the end of this date.")
@click.option("--case", help="Only scenarios of this case (folder).")
@click.option(
    "--forecasts",
    "rule",
    type=click.Choice(["daily", "last"]),
    default="daily",
    show_default=True,
    help="Score a forecaster's forecasts averaged over time (daily) or only the last before settlement.",
)
@click.option("--bins", type=click.IntRange(2, 20), default=10, show_default=True, help="Calibration bins.")
@format_option
@scenarios_option
def score_command(
    group_by: str, as_of: When | None, case: str | None, rule: str, bins: int, fmt: str, scenarios: Path
) -> None:
    """Score sources and forecasters on resolved scenarios: Brier, log score, calibration.

    Sources that gave words ("in all likelihood") are scored on the probability their words
    imply; forecasters on their forecasts averaged over the time each stood (or the last one).
    The table ranks groups by mean Brier score, with the log score, how often the most likely
    outcome happened, a calibration table and the Murphy decomposition (reliability,
    resolution, uncertainty) and discrimination. Annulled and ambiguous scenarios are not scored.

    Scores: Brier is half the sum over outcomes of (p - o)^2, so (p - outcome)^2 on a yes/no
    question and one 0-1 scale for every question (0 perfect, 0.25 always 50%); log score is -ln
    p(what happened), lower is better; calibration bins forecasts in equal widths (tenths by
    default) with 95% Wilson intervals. The same as `forecasts backtest`; the JSON says so under
    "scoring".

    \b
    Examples:
      forecasts score --group-by speaker        # how did the pundits in the article do?
      forecasts score --group-by forecaster --as-of 2020-03-31
      forecasts score --group-by phrase --format json
    """
    catalog = load_catalog(scenarios)
    if catalog.problems and not catalog.files:
        fail("\n".join(str(p) for p in catalog.problems))
    if catalog.problems:
        click.echo(
            f"warning: {len(catalog.problems)} problem(s) in {scenarios}, {len(catalog.left_out)} file(s) left out "
            "(run `forecasts validate`)",
            err=True,
        )
    moment: datetime = as_of_instant(as_of)
    states = [s for s in catalog_states(catalog.files, moment) if case is None or s.case == case]
    if case is not None and not states:
        fail(f"no scenarios of case {case!r} in {scenarios} by {moment.date().isoformat()}")
    collected = collect_predictions(states, rule, stored_base_rates(scenarios))  # type: ignore[arg-type]
    scores = score_by(collected.predictions, group_by, bins)  # type: ignore[arg-type]
    if fmt == "json":
        click.echo(render_document(scores_record(collected, scores, group_by, moment, bins)))  # type: ignore[arg-type]
    else:
        click.echo(render_scores(collected, scores, group_by, moment, bins))  # type: ignore[arg-type]


def stored_base_rates(root: Path) -> dict[str, BaseRate] | None:
    """The base rates `forecasts baserate --write` stored, to score the base rate alone; None if absent."""
    try:
        stored = read_base_rates(posterior_folder(root))
    except ValueError as error:  # derived data: score without it, and say how to recompute it
        click.echo(f"warning: {error}", err=True)
        return None
    return stored.rates if stored is not None else None


# Declared types: forecasts.cli imports these while it is itself being imported (an import cycle),
# and mypy cannot infer a decorated function's type across one.
check: click.Command = check_command
score: click.Command = score_command
