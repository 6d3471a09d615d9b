"""`forecasts drafts`: list, edit, accept, merge and reject the drafts `forecasts extract` wrote.

Registered at the end of ``forecasts/cli.py``; the work is done in ``forecasts.review``.
"""

from __future__ import annotations

from pathlib import Path

import click

from forecasts.cli_options import fail, format_option, scenarios_option
from forecasts.extract.publishability import assess_draft
from forecasts.json_output import render_document
from forecasts.problems import ScenarioError
from forecasts.provenance import cli_origin
from forecasts.review import EDITABLE, accept_draft, edit_draft, list_drafts, merge_draft, reject_draft


@click.group()
def drafts() -> None:
    """Review draft scenarios (status: draft) before they count as published.

    `forecasts extract ARTICLE --write FOLDER` writes drafts; each carries a `review:` list of
    what a person must check (the question's wording, an assumed deadline, a proposed rule, a
    drafted condition). Drafts stay out of `forecasts list` (unless --drafts) and out of the
    model. `accept` opens a draft once no review item remains.

    These commands only ever change drafts. `accept` and `edit` rewrite lines of a draft file
    (its status and review lines; the fields set), the one rewrite this tool makes of a file:
    every other line stays as it is, and the new text is validated and replaces the file
    atomically. `merge` attaches a draft's claims to another scenario as history entries.

    \b
    Examples:
      forecasts drafts list
      forecasts drafts edit practice-iran-threatens-us-persons --checked question --set deadline=2028-06-30
      forecasts drafts accept practice-iran-threatens-us-persons
      forecasts drafts merge practice-iran-threatens-us-persons-2024 --into practice-iran-threatens-us-persons
      forecasts list --case practice
      forecasts extract corpus/articles/105-odni-ata-2024-iran.txt --write scenarios/iran-ata-2024
      forecasts drafts list
    """


@drafts.command(name="list")
@scenarios_option
@format_option
def list_command(scenarios: Path, fmt: str) -> None:
    """List the drafts, each with the review items that remain and its publishability.

    Publishability is the probability that a reader publishes the draft as it stands or with one
    field edited, from a model trained on readers' verdicts (forecasts/data/publishability.json),
    with the signs that pulled it down. A draft below the model's threshold is flagged: readers
    published about one such draft in twenty without rewriting it. Start the review there.

    \b
    Examples:
      forecasts drafts list
      forecasts drafts list --format json
    """
    items = list_drafts(scenarios)
    assessed = [assess_draft(i) for i in items]
    if fmt == "json":
        data = [
            {
                "id": i.scenario_id,
                "path": str(i.path),
                "title": i.title,
                "review": list(i.review),
                "rule_marked": i.rule_marked,
                "publishability": round(a.probability, 3),
                "publishability_signs": list(a.signs),
                "flagged": a.flagged,
            }
            for i, a in zip(items, assessed, strict=True)
        ]
        click.echo(render_document({"drafts": data}))
        return
    if not items:
        click.echo(f"no drafts under {scenarios}")
        return
    for item, assessment in zip(items, assessed, strict=True):
        click.echo(f"{item.scenario_id}  {item.title}\n  {item.path}")
        click.echo(f"  publishability: {assessment.summary()}")
        for review in item.review:
            click.echo(f"  review: {review}")
        if item.rule_marked:
            click.echo("  rule: marked for review (`forecasts check` leaves it be until `review: true` is removed)")
        if not item.review:
            click.echo(f"  ready: forecasts drafts accept {item.scenario_id}")
    click.echo(f"{len(items)} draft{'s' if len(items) != 1 else ''}")


@drafts.command()
@click.argument("scenario_id", metavar="ID")
@scenarios_option
def accept(scenario_id: str, scenarios: Path) -> None:
    """Open a draft: set its status to open and drop its empty review list.

    Refuses, naming them, while review items remain (mark them with `drafts edit ID --checked
    FIELD` or change the field with --set). Rewrites only the draft's status and review lines,
    atomically; the rest of the file stays as it is.

    \b
    Examples:
      forecasts drafts edit practice-iran-threatens-us-persons --checked question --checked deadline
      forecasts drafts accept practice-iran-threatens-us-persons
    """
    try:
        written = accept_draft(scenarios, scenario_id)
    except ScenarioError as exc:
        fail(str(exc))
    click.echo(f"opened {written.scenario.id} ({written.path})")


@drafts.command()
@click.argument("scenario_id", metavar="ID")
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="FIELD=VALUE",
    help=f"Set a field (repeatable); FIELD one of: {', '.join(EDITABLE)}. Dates as YYYY-MM-DD, tags comma-separated, "
    "condition the id of the scenario this one is conditional on.",
)
@click.option(
    "--checked",
    multiple=True,
    metavar="FIELD",
    help="Mark the review items of FIELD checked without changing it (repeatable); "
    "resolution.rule also removes the rule's `review: true`.",
)
@scenarios_option
def edit(scenario_id: str, settings: tuple[str, ...], checked: tuple[str, ...], scenarios: Path) -> None:
    """Change fields of a draft and mark its review items checked.

    Setting a field marks its review items checked too. The new file is validated before it
    replaces the old one atomically; only the lines of the fields set (and of review:) change.

    \b
    Examples:
      forecasts drafts edit practice-iran-threatens-us-persons --set deadline=2028-06-30 --checked question
      forecasts drafts edit practice-iran-threatens-us-persons-2024 --set "title=Iran threatens U.S. persons in the Middle East"
    """
    try:
        written = edit_draft(scenarios, scenario_id, settings, checked)
    except ScenarioError as exc:
        fail(str(exc))
    left = written.scenario.review
    click.echo(
        f"edited {written.scenario.id} ({written.path}); "
        + (
            f"review items left: {len(left)}"
            if left
            else f"no review items left: forecasts drafts accept {scenario_id}"
        )
    )


@drafts.command()
@click.argument("scenario_id", metavar="ID")
@click.option("--into", "into", required=True, metavar="OTHER", help="The scenario that asks the same question.")
@scenarios_option
def merge(scenario_id: str, into: str, scenarios: Path) -> None:
    """Attach a draft's claims to another scenario asking the same question; remove the draft.

    Each of the draft's sources is appended to OTHER's history as a `type: source` entry
    (nothing already in OTHER changes), then the draft file is deleted.

    \b
    Examples:
      forecasts drafts merge practice-iran-threatens-us-persons-2024 --into practice-iran-threatens-us-persons
    """
    try:
        written = merge_draft(scenarios, scenario_id, into, origin=cli_origin(scenarios))
    except ScenarioError as exc:
        fail(str(exc))
    click.echo(f"merged {scenario_id} into {written.scenario.id} ({written.path})")


@drafts.command()
@click.argument("scenario_id", metavar="ID")
@click.option("--delete", is_flag=True, help="Delete the file instead of moving it to SCENARIOS/_rejected/.")
@scenarios_option
def reject(scenario_id: str, delete: bool, scenarios: Path) -> None:
    """Reject a draft: move it to SCENARIOS/_rejected/ (or delete it with --delete).

    A rejected draft kept in _rejected/ is out of every listing, and `forecasts extract` does
    not draft its claims again.

    \b
    Examples:
      forecasts drafts reject practice-iran-threatens-us-persons-2024
    """
    try:
        where = reject_draft(scenarios, scenario_id, delete)
    except ScenarioError as exc:
        fail(str(exc))
    click.echo(f"rejected {scenario_id}: " + (f"moved to {where}" if where else "deleted"))
