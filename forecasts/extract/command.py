"""The ``forecasts extract`` command.

Registered at the end of ``forecasts/cli.py``; it reuses that module's options and error
handling, so import it through ``forecasts.cli`` (importing this module first would be circular).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click

from forecasts.cli_options import WHEN, fail, format_choice, scenarios_option
from forecasts.dates import When
from forecasts.extract.article import FETCH_TIMEOUT_SECONDS, Article, ArticleError, looks_english, read_article
from forecasts.extract.candidates import Candidate

# Fewer words than this out of an HTML page means the extractor found no article in it.
MIN_HTML_WORDS = 30


def _as_date(value: When | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


@click.argument("source", metavar="SOURCE")
@click.option(
    "--published",
    type=WHEN,
    default=None,
    help="Publication date (YYYY-MM-DD); windows such as 'next week' are resolved against it. Overrides the article's.",
)
@click.option("--outlet", default=None, help="Outlet name (overrides the article's).")
@format_choice("yaml")
@click.option(
    "--write",
    "write_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Write one draft scenario per new event into this folder (never overwrites); claims about an event "
    "already in the tree are attached to it.",
)
@click.option(
    "--draft-all",
    is_flag=True,
    help="With --write: draft also the claims that name no event a stranger could check (nothing to "
    "observe, a past assessment, no named subject) or whose question would need rewriting whole (two "
    "clauses run together, 'you' or 'this war' left unresolved), which are otherwise listed as not drafted, "
    "with why.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Also say (on stderr), for every sentence with a future cue, what was kept or dropped and why.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Keep claims scored at least this (0-1); lower finds more, higher keeps only the surest. "
    "Default: the trained scorer's threshold.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=FETCH_TIMEOUT_SECONDS,
    show_default=True,
    help="Seconds the whole fetch of a URL may take (redirects included).",
)
@scenarios_option
def _extract(
    source: str,
    published: When | None,
    outlet: str | None,
    fmt: str,
    write_dir: Path | None,
    draft_all: bool,
    explain: bool,
    min_confidence: float | None,
    timeout: float,
    scenarios: Path,
) -> None:
    """Find every forecast in an article: quote, speaker, hedge and prior, window, condition.

    SOURCE is a .txt file (optionally with a title:/outlet:/url:/published: header and a blank
    line), an .html file, an http(s) URL, or - for standard input. Offsets (char_start,
    char_end) count in the body: after the header's blank line, or the text trafilatura extracts
    from HTML. With --write DIR each forecast not already in the scenarios tree (same quote,
    same source) goes into a draft scenario in DIR for a person to review (`forecasts drafts`):
    claims about the same event make one draft with several sources, a claim about an event an
    open or draft scenario already asks is attached to it (a `type: source` history entry), and
    a conditional forecast's condition becomes a draft of its own that the forecast's draft is
    conditional on. It says which drafts it wrote and which claims it attached. A claim that
    names no event a stranger could check ("will continue to work to ...", "will remain
    vulnerable", a past assessment, a verb that is no act the drafting recognises: "will engage
    with ..."), the speaker's own pledge or aim with no time in the article ("we will put in
    place reforms", "we aim to reach ..."), an act of no known kind with no time ("will be worth
    more than $30 trillion"), whose question would need rewriting whole ("Will the move is
    akin to ...", "laid before you"), or that the scorer gives less than even odds of being a
    forecast (the drafting cut, 0.50), is not drafted; it is listed with the reason, and
    --draft-all drafts it anyway. A URL is fetched only
    from a public address (never this machine or a private network, also after a redirect), up
    to 2 MB, within --timeout seconds.

    Every clause the rules read as a possible forecast is scored by a learned model (the
    confidence shown); those under the threshold are dropped. --min-confidence moves it (lower
    finds more, higher keeps the surest) and --explain says, for every sentence with a future
    cue, what was kept or dropped and why. The example articles below are in the repository's
    labelled corpus (corpus/articles).

    \b
    Examples:
      forecasts extract corpus/articles/403-voa-cambodia-ruling-party-legitimacy.txt
      forecasts extract tests/data/extract/saved-page.html --published 2020-01-04 --format json
      forecasts extract https://example.org/story --outlet "Example News" --format yaml
      cat corpus/articles/402-voa-north-korea-expels-bbc-journalists.txt | forecasts extract - --format json
      forecasts extract corpus/articles/403-voa-cambodia-ruling-party-legitimacy.txt --write scenarios/cambodia-2018
      forecasts extract corpus/articles/203-govuk-queens-speech-2016.txt --write scenarios/uk-2016 --draft-all
      forecasts extract corpus/articles/403-voa-cambodia-ruling-party-legitimacy.txt --explain --min-confidence 0.6
    """
    if draft_all and write_dir is None:
        raise click.UsageError("--draft-all drafts the claims --write would hold back: give --write DIR too")
    # The extractor and its model are imported only when extract runs: every other command starts without them.
    from forecasts.extract.extractor import analyse_article
    from forecasts.extract.formats import render_explanation, render_json, render_text, render_yaml
    from forecasts.extract.scorer import ScorerError, default_scorer

    try:
        article = read_article(source, published=_as_date(published), outlet=outlet, timeout=timeout)
    except ArticleError as exc:
        fail(str(exc))
    for warning in article.warnings:
        click.echo(f"warning: {warning}", err=True)
    _warn_about(article)
    try:
        scorer = default_scorer()
    except ScorerError as exc:
        fail(str(exc))
    result = analyse_article(article, scorer, min_confidence)
    candidates = result.candidates
    if fmt == "json":
        click.echo(render_json(candidates))
    elif fmt == "yaml":
        click.echo(render_yaml(candidates), nl=False)
    else:
        click.echo(render_text(candidates, article))
    if explain:
        click.echo(render_explanation(result, article, scorer), err=True)
    if write_dir is not None:
        _write(candidates, article, write_dir, scenarios, draft_all)


# Built without the decorator so the command's type is declared: mypy cannot infer it through the
# import cycle with forecasts.cli.
extract: click.Command = click.command(name="extract")(_extract)


def _warn_about(article: Article) -> None:
    where = article.source
    if not article.body.strip():
        click.echo(f"warning: {where}: the article has no text; nothing to extract", err=True)
        return
    words = len(article.body.split())
    if article.kind == "html" and words < MIN_HTML_WORDS:
        click.echo(
            f"warning: {where}: only {words} word{'s' if words != 1 else ''} of text found in the HTML "
            "(a page built by scripts, or a cookie wall?); save the article's text as a .txt file",
            err=True,
        )
    if not looks_english(article.body):
        click.echo(
            f"warning: {where}: the text does not look like English; the extraction rules are for English", err=True
        )
    if article.published is None:
        click.echo(
            f"warning: {where}: no publication date; relative windows ('next week') stay unresolved "
            "(pass --published YYYY-MM-DD)",
            err=True,
        )


def _write(candidates: list[Candidate], article: Article, folder: Path, scenarios: Path, draft_all: bool) -> None:
    from forecasts.extract.drafts import write_drafts  # drafting's vocabulary, only when writing
    from forecasts.extract.syntax import ParserError
    from forecasts.provenance import cli_origin

    if folder.exists() and not folder.is_dir():
        fail(f"{folder}: not a folder; --write takes the folder to put draft scenarios in")
    try:
        report = write_drafts(candidates, article, folder, scenarios, origin=cli_origin(scenarios), draft_all=draft_all)
    except ParserError as exc:
        fail(str(exc))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for candidate, existing in report.skipped:
        click.echo(f"skipped (already in {existing}): {candidate.quote[:80]!r}", err=True)
    for candidate, reason in report.not_drafted:
        click.echo(f"not drafted ({reason}): {candidate.quote[:80]!r}", err=True)
    for path in report.written:
        click.echo(f"wrote {path}", err=True)
    for candidate, existing in report.attached:
        click.echo(f"attached to {existing} (same event): {candidate.quote[:80]!r}", err=True)
    for candidate, message in report.failed:
        click.echo(f"not written: {candidate.quote[:60]!r}: {message}", err=True)
    click.echo(
        f"{len(report.written)} draft(s) written to {folder}, {len(report.attached)} claim(s) attached to existing "
        f"scenarios, {len(report.skipped)} skipped as already present"
        + (
            f", {len(report.not_drafted)} not drafted (no event a stranger could check, a question to rewrite "
            "whole, or a claim the scorer doubts; --draft-all drafts them)"
            if report.not_drafted
            else ""
        )
        + (f", {len(report.failed)} failed" if report.failed else ""),
        err=True,
    )
    if report.failed:
        sys.exit(1)
