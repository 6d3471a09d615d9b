"""The ``forecasts`` command: validate, browse and record scenarios from the shell.

Exit status: 0 on success, 1 on a user or validation error (the message goes to stderr),
2 on a usage error (a bad option or argument).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from forecasts.cli_options import (
    AS_OF,
    COMMAND_SETTINGS,
    LIKELIHOOD_RATIO,
    WHEN,
    as_of_option,
    deprecated_alias,
    fail,
    format_option,
    load_or_fail,
    scenarios_option,
)
from forecasts.dates import When, now_utc
from forecasts.display import format_probability, render_list, render_show, state_record
from forecasts.flags import parse_flag
from forecasts.json_output import render_document
from forecasts.problems import ScenarioError
from forecasts.provenance import cli_origin
from forecasts.recording import RecordError, record_evidence, record_forecast, record_resolution
from forecasts.scenario import slug_problem
from forecasts.state import Filters, as_of_instant, catalog_states, count_hidden_drafts, filter_states, scenario_state
from forecasts.store import (
    ENV_VAR,
    ScenarioFile,
    create_scenario,
    dump_yaml,
    load_catalog,
)


@click.group(context_settings=COMMAND_SETTINGS)
@click.version_option(package_name="forecasts")
def cli() -> None:
    """Track forecasts as resolvable scenarios: validate, list, show and record odds.

    Scenarios live in YAML files, one per scenario, under scenarios/<case>/<id>.yaml. What a
    person writes is never rewritten: forecasts, evidence and resolutions recorded here are
    appended to the file's `history:` list.

    \b
    Examples:
      forecasts validate
      forecasts list --as-of 2020-01-04
      forecasts show iran-direct-strike
      forecasts forecast practice-hormuz-closure 5% --by alice --note "tanker seizures, no closure"
      forecasts dashboard

    The case iran-2020 is settled history; the case practice holds open questions to record on.
    """


def _find(root: Path, scenario_id: str) -> ScenarioFile:
    catalog = load_or_fail(root)
    try:
        return catalog.get(scenario_id)
    except KeyError as exc:
        fail(str(exc.args[0]))


@cli.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@scenarios_option
def validate(path: Path | None, scenarios: Path) -> None:
    """Check scenario files and report every problem (file:line: field: message).

    PATH is a scenario file or a folder; by default the whole scenarios folder. A file inside
    the scenarios folder is also checked against the others (unique ids, conditions, ladders).

    \b
    Examples:
      forecasts validate
      forecasts validate scenarios/iran-2020/iran-direct-strike.yaml
    """
    target = path or scenarios
    if not target.exists():
        fail(f"{target}: no such file or folder")
    if target.is_file():
        inside = scenarios.is_dir() and target.resolve().is_relative_to(scenarios.resolve())
        catalog = load_catalog(scenarios if inside else target)
        problems = [p for p in catalog.problems if p.path.resolve() == target.resolve()]
        count = 1
    else:
        catalog = load_catalog(target)
        problems = catalog.problems
        count = len(catalog.files) + len({p.path for p in problems if p.path not in {f.path for f in catalog.files}})
    if problems:
        files = len({p.path for p in problems})
        lines = [str(p) for p in problems]
        lines.append(
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {files} file{'s' if files != 1 else ''}"
        )
        fail("\n".join(lines))
    click.echo(f"ok: {count} scenario{'s' if count != 1 else ''} in {target} valid")


@cli.command(name="list")
@scenarios_option
@as_of_option
@format_option
@click.option("--case", help="Only this case (folder).")
@click.option("--status", type=click.Choice(["draft", "open", "resolved", "annulled"]), help="Only this status.")
@click.option("--tag", help="Only scenarios with this tag.")
@click.option("--drafts", "with_drafts", is_flag=True, help="Show drafts too (left out unless --status draft).")
def list_scenarios(
    scenarios: Path,
    as_of: When | None,
    fmt: str,
    case: str | None,
    status: str | None,
    tag: str | None,
    with_drafts: bool,
) -> None:
    """List scenarios with their probability, status, deadline and ladder.

    The probability is the Bayesian model's posterior mean, with its 90% interval, once
    `forecasts update` has fitted one (in SCENARIOS/_posterior/). An --as-of date only uses a fit
    made on what was known by then (`forecasts update --as-of DATE` fits one): a fit made later
    knew the outcomes. Without such a fit, the probability is the latest forecast made by the
    as-of date, or the mean prior implied by the sources' hedges (marked *) when nobody has
    forecast yet. The last lines say which fit was used, or why none. Drafts (written by
    `forecasts extract`, reviewed with `forecasts drafts`) are left out unless --drafts.

    \b
    Examples:
      forecasts list
      forecasts list --as-of 2020-01-04 --case iran-2020
      forecasts list --status open --format json
    """
    catalog = load_or_fail(scenarios)
    states = catalog_states(catalog.files, as_of_instant(as_of))
    filters = Filters(
        cases=(case,) if case else (),
        statuses=(status,) if status else (),
        tags=(tag,) if tag else (),
        drafts=with_drafts,
    )
    hidden = count_hidden_drafts(states, filters)
    states = filter_states(states, filters)
    if fmt == "json":
        click.echo(render_document({"scenarios": [state_record(s) for s in states]}))
    else:
        click.echo(render_list(states))
        if hidden:
            # Said, so a draft written by `extract --write` is not taken for lost.
            click.echo(
                f"{hidden} draft{'s' if hidden != 1 else ''} hidden: --drafts shows them, `forecasts drafts list` reviews them"
            )


@cli.command()
@click.argument("scenario_id", metavar="ID")
@scenarios_option
@as_of_option
@format_option
def show(scenario_id: str, scenarios: Path, as_of: When | None, fmt: str) -> None:
    """Show one scenario: question, criteria, sources, forecasts, evidence and resolution.

    \b
    Examples:
      forecasts show iran-direct-strike
      forecasts show iran-direct-strike --as-of 2020-01-04 --format json
    """
    found = _find(scenarios, scenario_id)
    moment = as_of_instant(as_of)
    state = scenario_state(found, moment)
    if fmt == "json":
        click.echo(render_document(state_record(state, full=True)))
    else:
        click.echo(render_show(state))


@contextmanager
def _recording() -> Iterator[None]:
    """Turn recording errors into user errors (exit 1, message on stderr)."""
    try:
        yield
    except (RecordError, ScenarioError) as exc:
        fail(str(exc))


at_option = click.option(
    "--at", type=WHEN, default=None, help="When it was said (default: now), to back-fill a record."
)


@cli.command()
@click.argument("scenario_id", metavar="ID")
@click.argument("probability", metavar="P")
@click.option("--by", "by", required=True, help="Who makes the forecast.")
@click.option("--note", help="Why: the reasoning behind the number.")
@at_option
@scenarios_option
def forecast(scenario_id: str, probability: str, by: str, note: str | None, at: When | None, scenarios: Path) -> None:
    """Record a forecast: P as 0.7, 70%, odds 3:1, "1 in 4" or a hedge word ("likely").

    For a categorical scenario give every option: asymmetric=0.6,direct=0.3,none=0.1.
    The forecast is appended to the scenario file's history; nothing else in it changes.

    \b
    Examples:
      forecasts forecast practice-hormuz-closure 5% --by alice --note "tanker seizures, no closure"
      forecasts forecast practice-iran-nuclear-status test=5%,agreement=25%,neither=70% --by bob
    """
    found = _find(scenarios, scenario_id)
    with _recording():
        entry = record_forecast(found, probability, by, note=note, at=at, origin=cli_origin(scenarios))
    click.echo(f"recorded: {found.scenario.id} {_describe(entry.probability)} by {entry.by} at {entry.at.isoformat()}")


def _describe(value: float | dict[str, float]) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {format_probability(v)}" for k, v in value.items())
    return format_probability(value)


@cli.command()
@click.argument("scenario_id", metavar="ID")
@click.option("--by", "by", required=True, help="Who adds the evidence.")
@click.option("--note", required=True, help="What was observed.")
@click.option("--url", help="Where it can be checked.")
@click.option(
    "--lr",
    "likelihood_ratio",
    type=LIKELIHOOD_RATIO,
    help="Likelihood ratio P(evidence | yes) / P(evidence | no), from 0.001 to 1000.",
)
@click.option("--direction", type=click.Choice(["up", "down"]), help="Which way it moves the odds (instead of --lr).")
@click.option("--strength", type=click.Choice(["weak", "moderate", "strong"]), help="How strongly (with --direction).")
@click.option("--option", help="The option it bears on (categorical scenarios).")
@at_option
@scenarios_option
def evidence(
    scenario_id: str,
    by: str,
    note: str,
    url: str | None,
    likelihood_ratio: float | None,
    direction: str | None,
    strength: str | None,
    option: str | None,
    at: When | None,
    scenarios: Path,
) -> None:
    """Record evidence: a dated note with a likelihood ratio, or a direction and a strength.

    \b
    Examples:
      forecasts evidence practice-hormuz-closure --by alice --note "IRGC navy drill" --direction up --strength weak
      forecasts evidence practice-hormuz-closure --by bob --note "talks resume" --lr 0.5 --url https://example.org/a
    """
    found = _find(scenarios, scenario_id)
    with _recording():
        entry = record_evidence(
            found,
            by,
            note,
            url=url,
            likelihood_ratio=likelihood_ratio,
            direction=direction,
            strength=strength,
            option=option,
            at=at,
            origin=cli_origin(scenarios),
        )
    click.echo(f"recorded: evidence on {found.scenario.id} by {entry.by} at {entry.at.isoformat()}")


@cli.command()
@click.argument("scenario_id", metavar="ID")
@click.argument("outcome")
@click.option("--by", "by", required=True, help="Who resolves it.")
@click.option("--url", "url", help="Where the evidence that settles it can be checked (required).")
@deprecated_alias("--source", "--url", "url", required=True)
@click.option("--note", help="How the evidence settles it.")
@click.option("--resolved-at", type=WHEN, default=None, help="When the outcome was settled (default: --at, or now).")
@click.option("--correct", is_flag=True, help="Replace an earlier resolution (the old one stays in the history).")
@at_option
@scenarios_option
def resolve(
    scenario_id: str,
    outcome: str,
    by: str,
    url: str,
    note: str | None,
    resolved_at: When | None,
    correct: bool,
    at: When | None,
    scenarios: Path,
) -> None:
    """Resolve a scenario: OUTCOME is yes, no, ambiguous, an option id, or annulled.

    \b
    Examples:
      forecasts resolve practice-tour yes --by alice --url https://example.org/report
      forecasts resolve practice-tour no --correct --by alice --url https://example.org/b --note "changed my mind"

    (practice-tour is a throwaway question for trying this; --resolved-at back-dates the outcome.)
    """
    found = _find(scenarios, scenario_id)
    with _recording():
        record_resolution(
            found,
            outcome,
            by,
            url,
            note=note,
            resolved_at=resolved_at,
            at=at,
            correct=correct,
            origin=cli_origin(scenarios),
        )
    click.echo(f"recorded: {found.scenario.id} resolved {outcome} by {by}")


NEW_TEMPLATE_HEADER = "# Scenario file (schema v1). Edit freely above `history:`; `forecasts` only appends below it.\n"


@cli.command()
@click.argument("scenario_id", metavar="ID")
@click.option("--case", required=True, help="Case folder, e.g. iran-2020.")
@click.option("--title", required=True, help="Short title.")
@click.option("--question", required=True, help="One resolvable sentence.")
@click.option("--criteria", required=True, help="How a stranger would decide the outcome.")
@click.option("--deadline", required=True, type=WHEN, help="Last date the event can happen.")
@click.option("--opens", type=WHEN, default=None, help="First date the event counts (default: --created).")
@click.option("--created", type=WHEN, default=None, help="When the question was posed (default: today).")
@click.option("--kind", type=click.Choice(["binary", "categorical"]), default="binary", show_default=True)
@click.option(
    "--option", "options", multiple=True, metavar="ID=LABEL", help="An option of a categorical scenario (repeat)."
)
@click.option("--tag", "tags", multiple=True, help="A tag (repeat).")
@click.option("--ladder", metavar="NAME:RUNG", help="Escalation ladder and rung, e.g. us-iran-2020:3.")
@click.option("--status", type=click.Choice(["draft", "open"]), default="open", show_default=True)
@scenarios_option
def new(
    scenario_id: str,
    case: str,
    title: str,
    question: str,
    criteria: str,
    deadline: When,
    opens: When | None,
    created: When | None,
    kind: str,
    options: tuple[str, ...],
    tags: tuple[str, ...],
    ladder: str | None,
    status: str,
    scenarios: Path,
) -> None:
    """Create a scenario file at SCENARIOS/CASE/ID.yaml (never overwrites).

    \b
    Examples:
      forecasts new bab-el-mandeb-closure --case practice --title "Bab el-Mandeb closed" \\
        --question "Will shipping through the Bab el-Mandeb stop for a week by 2030-12-31?" \\
        --criteria "Yes if commercial traffic through the strait stops for 7 days or more." \\
        --deadline 2030-12-31 --tag shipping

    --created (default: today) must not be after --deadline; give it to back-fill an old question.
    """
    for label, name in (("ID", scenario_id), ("--case", case)):
        problem = slug_problem(name)
        if problem is not None:
            fail(f"{label}: {problem}")
    created = created or now_utc().date()
    data: dict[str, Any] = {
        "id": scenario_id,
        "title": title,
        "question": question,
        "kind": kind,
    }
    if options:
        parsed = []
        for item in options:
            if "=" not in item:
                fail(f"--option {item!r}: write ID=LABEL, e.g. asymmetric='Asymmetric response'")
            option_id, label = item.split("=", 1)
            parsed.append({"id": option_id.strip(), "label": label.strip()})
        data["options"] = parsed
    data.update(
        {
            "case": case,
            "tags": list(tags),
            "created": created,
            "opens": opens or created,
            "deadline": deadline,
            "status": status,
        }
    )
    data["resolution"] = {"criteria": criteria, "sources": []}
    if ladder:
        name, _, rung = ladder.partition(":")
        if not rung.isdigit():
            fail(f"--ladder {ladder!r}: write NAME:RUNG with a whole number rung, e.g. us-iran-2020:3")
        data["ladder"] = {"name": name, "rung": int(rung)}
    data["sources"] = []
    text = NEW_TEMPLATE_HEADER + dump_yaml(data)
    path = scenarios / case / f"{scenario_id}.yaml"
    existing = load_catalog(scenarios).files if scenarios.is_dir() else []
    for other in existing:
        if other.scenario.id == scenario_id and other.path.resolve() != path.resolve():
            fail(f"{path}: id {scenario_id!r} is already used by {other.path}; ids are unique across the tree")
        if (
            ladder
            and other.scenario.ladder
            and (other.scenario.ladder.name, other.scenario.ladder.rung)
            == (data["ladder"]["name"], data["ladder"]["rung"])
        ):
            fail(
                f"{path}: rung {data['ladder']['rung']} of ladder {data['ladder']['name']!r} is already taken by {other.scenario.id!r}"
            )
    try:
        written = create_scenario(path, text)
    except ScenarioError as exc:
        fail(str(exc))
    click.echo(f"created {written.path}")


@cli.command()
@click.option("--port", type=int, default=None, help="Port to serve on (default: Streamlit's, 8501).")
@click.option(
    "--as-of", "as_of", type=AS_OF, default=None, help="Open the dashboard at this date (YYYY-MM-DD, not after today)."
)
@click.option(
    "--local-editor",
    is_flag=True,
    help="Single-user editing on this machine: forms to record forecasts, evidence and resolutions, "
    "with the server bound to 127.0.0.1 only. A shared server signs its editors in instead (README).",
)
@click.option("--editor", is_flag=True, hidden=True, help="Deprecated: --local-editor.")
@scenarios_option
def dashboard(port: int | None, as_of: When | None, local_editor: bool, editor: bool, scenarios: Path) -> None:
    """Open the dashboard (Streamlit) on the scenarios folder.

    Read-only for everyone unless editors sign in (an identity provider in
    .streamlit/secrets.toml, editors listed in the scenarios folder's _settings.yaml), or
    --local-editor lets the one person at this machine record.

    \b
    Examples:
      forecasts dashboard
      forecasts dashboard --port 8600 --scenarios scenarios
      forecasts dashboard --local-editor --as-of 2020-01-04
    """
    import dashboard as dashboard_package

    if not scenarios.is_dir():
        fail(f"{scenarios}: no such folder; pass --scenarios DIR or set {ENV_VAR}")
    app = Path(dashboard_package.__file__).parent / "app.py"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    if port is not None:
        command += ["--server.port", str(port)]
    env = {**os.environ, ENV_VAR: str(scenarios.resolve())}
    if as_of:
        env["FORECASTS_AS_OF"] = as_of.isoformat()
    # FORECASTS_EDITOR=1 and --editor used to open editing to everyone who could reach the
    # server; they now mean the local mode, on 127.0.0.1 only.
    deprecated = editor or parse_flag(env.pop("FORECASTS_EDITOR", ""))
    if deprecated:
        click.echo(
            "warning: --editor and FORECASTS_EDITOR=1 are deprecated; they now mean --local-editor "
            "(editing on 127.0.0.1 only)",
            err=True,
        )
    if local_editor or deprecated or parse_flag(env.get("FORECASTS_LOCAL_EDITOR")):
        env["FORECASTS_LOCAL_EDITOR"] = "1"
        command += ["--server.address", "127.0.0.1"]
    else:
        env.pop("FORECASTS_LOCAL_EDITOR", None)
    click.echo(f"dashboard on {scenarios.resolve()} (Ctrl-C to stop)", err=True)
    # Become Streamlit, so signals (Ctrl-C, a service manager's SIGTERM) reach it directly.
    os.execve(sys.executable, command, env)


# --- commands that live in sub-packages: registered last, since they import the options above ---
from forecasts.resolve.command import check, score  # noqa: E402

cli.add_command(check)
cli.add_command(score)
from forecasts.model.command import backtest, update  # noqa: E402

cli.add_command(update)
cli.add_command(backtest)

from forecasts.extract.command import extract  # noqa: E402

cli.add_command(extract)
from forecasts.review_command import drafts  # noqa: E402

cli.add_command(drafts)
from forecasts.baserate_command import baserate  # noqa: E402

cli.add_command(baserate)
from forecasts.track_record.command import import_track_record  # noqa: E402

cli.add_command(import_track_record)
from forecasts.export_command import export_tables  # noqa: E402

cli.add_command(export_tables)
from forecasts.watch.command import watch  # noqa: E402

cli.add_command(watch)

from forecasts.events.command import events  # noqa: E402

cli.add_command(events)


def main() -> None:
    """Entry point of the ``forecasts`` console script."""
    cli(prog_name="forecasts")
