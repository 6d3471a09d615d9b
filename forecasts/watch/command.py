"""The ``forecasts watch`` command (registered in ``forecasts.cli``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from forecasts.cli_options import COMMAND_SETTINGS, fail, format_option, notify_option, scenarios_option
from forecasts.dates import now_utc
from forecasts.json_output import render_document
from forecasts.watch.outlets import OutletListError, read_outlets

if TYPE_CHECKING:
    from forecasts.watch.watching import WatchReport


def render_watch(report: WatchReport) -> str:
    """The run's summary for a person."""
    lines = [
        f"feeds: {report.feeds_read} read, {report.feeds_unchanged} unchanged, {len(report.void_feeds)} void; "
        f"articles: {report.articles_read} read, {len(report.articles_failed)} failed; "
        f"forecasts found: {report.forecasts_found}; drafts written: {len(report.drafts_written)}, "
        f"claims attached: {report.attached}, already drafted: {report.already_drafted}, "
        f"not drafted (nothing a stranger could check, a question to rewrite whole, or a claim the scorer doubts): "
        f"{report.not_drafted}"
    ]
    lines += [f"draft: {path}" for path in report.drafts_written]
    lines += [f"void feed: {message}" for message in report.void_feeds]
    lines += [f"article failed: {message}" for message in report.articles_failed]
    return "\n".join(lines)


@click.command(name="watch", context_settings=COMMAND_SETTINGS)
@click.option(
    "--feeds",
    "feed_list",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The feed list: YAML (feeds: [{url, outlet}]) or OPML. Default: watch.yaml beside the scenarios folder.",
)
@click.option(
    "--inbox",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the drafts (default: SCENARIOS/inbox); review them with `forecasts drafts`.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=2.0,
    show_default=True,
    help="Seconds between requests to one host.",
)
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=15.0, show_default=True, help="Seconds a fetch may take."
)
@click.option(
    "--max-articles",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="At most this many new articles per run.",
)
@click.option("--dry-run", is_flag=True, help="Read and report; write no drafts, no state and send nothing.")
@notify_option
@format_option
@scenarios_option
def watch_command(
    feed_list: Path | None,
    inbox: Path | None,
    delay: float,
    timeout: float,
    max_articles: int,
    dry_run: bool,
    notify: tuple[str, ...],
    fmt: str,
    scenarios: Path,
) -> None:
    """Read outlets' RSS/Atom feeds and draft the forecasts of each new article into an inbox.

    Each feed is asked with the ETag/Last-Modified of its last answer (an unchanged feed costs a
    304), requests to one host are spaced by --delay seconds, and feeds and articles are fetched
    with the address rules of `forecasts extract` (public addresses only, every redirect
    checked). Each article is read once; its forecasts go into drafts in the inbox through the
    same drafting as `extract --write`, which never drafts a claim already in the tree twice. A
    feed that cannot be fetched or parsed is void for the run. State:
    SCENARIOS/.forecasts/watch-state.json.

    \b
    Exit status:
      0  nothing new needs a person
      3  new drafts to review, or a feed was void
      1  an error (unreadable feed list or state, a notification URL apprise does not know)

    \b
    Examples:
      forecasts watch --feeds tests/data/watch/watch.yaml --dry-run
      forecasts watch --feeds tests/data/watch/outlets.opml --dry-run --format json

    \b
    Cron (hourly, next to `forecasts check`; .github/workflows/watch.yml runs it on a schedule):
      0 * * * * cd /srv/forecasts && .venv/bin/forecasts watch \\
          --notify 'mailto://user:password@smtp.example.org?to=desk@example.org' >> watch.log 2>&1
    """
    # feedparser, apprise and the extractor load only when watch runs: other commands start without them.
    from forecasts.notifications import NotifyError, check_urls, send_news
    from forecasts.watch.watching import WatchOptions, WatchStateError, run_watch

    try:
        check_urls(list(notify))
        outlets = read_outlets(feed_list or scenarios.resolve().parent / "watch.yaml")
    except (NotifyError, OutletListError) as exc:
        fail(str(exc))
    options = WatchOptions(
        root=scenarios,
        inbox=inbox or scenarios / "inbox",
        delay=delay,
        timeout=timeout,
        max_articles=max_articles,
        dry_run=dry_run,
    )
    now = now_utc()
    try:
        report = run_watch(outlets, options, now)
        notified = None if dry_run else send_news(report.news(), list(notify), scenarios, now, "forecasts watch")
    except (WatchStateError, NotifyError) as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(
            render_document(
                {
                    "feeds_read": report.feeds_read,
                    "feeds_unchanged": report.feeds_unchanged,
                    "void_feeds": report.void_feeds,
                    "articles_read": report.articles_read,
                    "articles_failed": report.articles_failed,
                    "forecasts_found": report.forecasts_found,
                    "drafts_written": [str(p) for p in report.drafts_written],
                    "claims_attached": report.attached,
                    "already_drafted": report.already_drafted,
                    "not_drafted": report.not_drafted,
                    "notified": len(notified.sent) if notified else 0,
                }
            )
        )
    else:
        click.echo(render_watch(report))
    if notified is not None:
        for failure in notified.failed:
            click.echo(f"warning: {failure}", err=True)
    sys.exit(3 if report.needs_a_person else 0)


# Declared type: forecasts.cli imports this while it is itself being imported.
watch: click.Command = watch_command
