"""``forecasts baserate``: how often a scenario's rule matched before it, from the event history.

The numbers are ``forecasts.baserate``'s; this module picks the scenarios (one, a ladder's rungs,
or ``--all``), asks the event history for each rule's incidents, prints them, and with
``--write`` stores them next to the posterior, where ``forecasts update`` takes them up as the
outside view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import click

from forecasts.baserate import (
    BaseRate,
    BaseRates,
    DatedIncident,
    compute_base_rate,
    default_span,
    format_base_rate,
    read_base_rates,
    rule_window_test,
    window_days,
    write_base_rates,
)
from forecasts.cli_options import WHEN, fail, format_option, load_or_fail, scenarios_option
from forecasts.dates import When, start_instant
from forecasts.events.choices import ENGINES
from forecasts.json_output import render_document
from forecasts.model.location import posterior_folder
from forecasts.scenario import Rule
from forecasts.state import ladder_rungs
from forecasts.store import ScenarioFile

# The incidents of each of several rules between two days (both included), in the order asked:
# the event history's answer, for all the rules at once (one pass over the store).
IncidentSource = Callable[[Sequence[tuple[Rule, date, date]]], Sequence[Sequence[DatedIncident]]]


@dataclass
class Selection:
    """The scenarios asked about, in order, and those left out with the reason."""

    files: list[ScenarioFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def select_scenarios(files: list[ScenarioFile], name: str | None, every: bool) -> Selection:
    """A scenario by id, a ladder's rungs (by rung), or with ``every`` each scenario with a rule.

    Raises ValueError, naming the file and the fix, for an unknown name or a scenario without a rule.
    """
    selection = Selection()
    if every:
        for item in sorted(files, key=lambda f: f.scenario.id):
            if item.scenario.is_draft:
                selection.skipped.append((item.scenario.id, "a draft"))
            elif item.scenario.resolution.rule is None:
                selection.skipped.append((item.scenario.id, "no machine rule"))
            else:
                selection.files.append(item)
        return selection
    by_id = {f.scenario.id: f for f in files}
    if name in by_id:
        found = by_id[name]
        if found.scenario.resolution.rule is None:
            raise ValueError(
                f"{found.path}: resolution: no rule; a base rate counts how often a machine rule matched "
                "(add one under resolution: rule:, see README 'Resolving and scoring')"
            )
        selection.files.append(found)
        return selection
    rungs = ladder_rungs(files, name) if name is not None else []
    if not rungs:
        ladders = sorted({f.scenario.ladder.name for f in files if f.scenario.ladder is not None})
        raise ValueError(
            f"{name!r} is neither a scenario id nor a ladder (ladders: {', '.join(ladders) or 'none'}; "
            "`forecasts list` shows the ids)"
        )
    for item in rungs:
        if item.scenario.resolution.rule is None:
            selection.skipped.append((item.scenario.id, "no machine rule"))
        else:
            selection.files.append(item)
    return selection


def scenario_span(item: ScenarioFile, start: date | None, end: date | None) -> tuple[date, date]:
    """The history span of one scenario's base rate: [start, end], by default the five years before it."""
    first, last = default_span(item.scenario)
    start, end = start or first, end or last
    if start > end:
        raise ValueError(f"--from {start.isoformat()} is after --to {end.isoformat()}; give --from before --to")
    return start, end


def scenario_base_rate(
    item: ScenarioFile, incidents: Sequence[DatedIncident], start: date, end: date, history: str
) -> BaseRate:
    """One scenario's base rate over [start, end] from its rule's incidents there."""
    scenario = item.scenario
    rule = scenario.resolution.rule
    if rule is None:
        raise ValueError(f"{item.path}: resolution: no rule")
    try:
        return compute_base_rate(
            incidents,
            start,
            end,
            window_days(scenario),
            history=history,
            scenario=scenario.id,
            window_test=rule_window_test(rule),
        )
    except ValueError as error:
        raise ValueError(f"{item.path}: {error}") from error


def stored_days(store: Path, feed: str) -> set[date] | None:
    """The days a store holds GDELT partitions for (None for ACLED: a day without events has none)."""
    from forecasts.events.store import parquet_files  # pandas and pyarrow: only when baserate runs

    if feed != "gdelt":
        return None
    days: set[date] = set()
    for path in parquet_files(store, feed):
        try:
            days.add(date.fromisoformat(path.parent.name.removeprefix("day=")))
        except ValueError:
            continue
    return days


def coverage_warning(store: Path, feed: str, start: date, end: date) -> str | None:
    """A warning when the store lacks days of [start, end]: they would count as days without incidents."""
    days = stored_days(store, feed)
    if days is None:
        return None
    wanted = (end - start).days + 1
    held = sum(1 for d in days if start <= d <= end)
    if held >= wanted:
        return None
    return (
        f"warning: {store}: {feed.upper()} is stored for {held} of the {wanted} days {start.isoformat()}..{end.isoformat()}; "
        f"days not stored count as days without incidents (fill them: forecasts events sync --feed {feed} "
        f"--from {start.isoformat()} --to {end.isoformat()})"
    )


def _day(when: When | None) -> date | None:
    return start_instant(when).date() if when is not None else None


def store_incident_source(engine: str, store: Path) -> IncidentSource:
    """The event history's ``batch_incidents`` on ``engine``; its errors stop the command with their fix."""
    from forecasts.events.history import HistoryError, batch_incidents
    from forecasts.events.sql import RulePeriod

    def incidents_of(requests: Sequence[tuple[Rule, date, date]]) -> Sequence[Sequence[DatedIncident]]:
        try:
            return batch_incidents([RulePeriod(*request) for request in requests], engine=engine, store=store)
        except HistoryError as error:
            fail(str(error))

    return incidents_of


@click.command("baserate")
@click.argument("scenario", required=False)
@click.option("--all", "every", is_flag=True, help="Every scenario with a machine rule.")
@click.option(
    "--from", "start", type=WHEN, default=None, help="First day of history [default: 5 years before created]."
)
@click.option("--to", "end", type=WHEN, default=None, help="Last day of history [default: the day before created].")
@click.option("--engine", type=click.Choice(ENGINES), default="duckdb", show_default=True, help="Where rules run.")
@click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Event store folder [default: SCENARIOS/_events].",
)
@click.option("--write", is_flag=True, help="Store the base rates for `forecasts update` (SCENARIOS/_posterior/).")
@format_option
@scenarios_option
def baserate(
    scenario: str | None,
    every: bool,
    start: When | None,
    end: When | None,
    engine: str,
    store: Path | None,
    write: bool,
    fmt: str,
    scenarios: Path,
) -> None:
    """How often SCENARIO's rule matched before it: the outside view.

    Counts, over the history (default: the five years before the scenario was created), in how
    many windows of the scenario's own length the rule matched, the incidents per day, a Beta for
    "at least one in a window" (effective sample: history days / window days, since sliding
    windows overlap), the constant hazard per day, and the incidents behind it. SCENARIO may be a
    ladder's name (one base rate per rung). With --write the base rates are stored in
    SCENARIOS/_posterior/baserates.json and the next `forecasts update` uses them.

    \b
    Examples:
      forecasts baserate iran-direct-strike
      forecasts baserate us-iran-2020 --from 2015-01-01 --to 2019-12-31
      forecasts baserate --all --write --format json
    """
    if every == (scenario is not None):
        raise click.UsageError("give a SCENARIO (an id or a ladder's name) or --all, not both")
    catalog = load_or_fail(scenarios)
    try:
        selection = select_scenarios(catalog.files, scenario, every)
    except ValueError as error:
        fail(str(error))
    # The event store's modules load pandas and pyarrow: imported when baserate runs, not at start-up.
    from forecasts.events.store import default_store
    from forecasts.synthetic_history import is_synthetic

    folder = store if store is not None else default_store(scenarios)
    incidents_of = store_incident_source(engine, folder)
    if engine == "bigquery":
        history = "BigQuery GDELT tables"
    elif is_synthetic(folder):
        history = f"SYNTHETIC history in {folder} (made-up rates, not real events)"
    else:
        history = f"{engine} over {folder}"
    rates = compute_selection(selection, incidents_of, _day(start), _day(end), history)
    if engine != "bigquery":
        feeds = {f.scenario.id: f.scenario.resolution.rule.feed for f in selection.files if f.scenario.resolution.rule}
        warned: set[str] = set()
        for rate in rates:
            warning = coverage_warning(folder, feeds[rate.scenario], rate.start, rate.end)
            if warning is not None and warning not in warned:
                warned.add(warning)
                click.echo(warning, err=True)
    if write:
        problem = hindsight_problem(selection, rates)
        if problem is not None:
            fail(problem)
        path = store_base_rates(scenarios, rates, history)
        click.echo(f"wrote {len(rates)} base rate(s) to {path}", err=True)
    titles = {f.scenario.id: f.scenario.title for f in selection.files}
    click.echo(render_base_rates(rates, selection.skipped, titles, fmt))


def hindsight_problem(selection: Selection, rates: list[BaseRate]) -> str | None:
    """Why ``rates`` may not be stored for the model, if one reaches the day its scenario was created.

    The model takes a stored base rate as a judgment made at creation: history from later would
    be hindsight (and would leak into replays with ``--as-of``).
    """
    created = {f.scenario.id: (f.path, start_instant(f.scenario.created).date()) for f in selection.files}
    for rate in rates:
        path, day = created[rate.scenario]
        if rate.end >= day:
            return (
                f"{path}: --to {rate.end.isoformat()} is not before the scenario was created ({day.isoformat()}); "
                f"a base rate the model uses must come from the history before it: give --to "
                f"{(day - timedelta(days=1)).isoformat()} or earlier, or leave out --write"
            )
    return None


def compute_selection(
    selection: Selection, incidents_of: IncidentSource, start: date | None, end: date | None, history: str
) -> list[BaseRate]:
    """The base rate of every selected scenario; stops with the first problem.

    The rules are asked of the history together: a ladder's rungs or ``--all`` take one pass over
    the store, not one per rule.
    """
    requests: list[tuple[Rule, date, date]] = []
    for item in selection.files:
        rule = item.scenario.resolution.rule
        if rule is None:
            fail(f"{item.path}: resolution: no rule")
        try:
            requests.append((rule, *scenario_span(item, start, end)))
        except ValueError as error:
            fail(str(error))
    found = incidents_of(requests) if requests else []
    rates: list[BaseRate] = []
    for item, (_, first, last), incidents in zip(selection.files, requests, found, strict=True):
        try:
            rates.append(scenario_base_rate(item, incidents, first, last, history))
        except ValueError as error:
            fail(str(error))
    return rates


def store_base_rates(root: Path, rates: list[BaseRate], history: str) -> Path:
    """Merge ``rates`` into the stored base rates (derived data) and write them atomically."""
    folder = posterior_folder(root)
    try:
        stored = read_base_rates(folder) or BaseRates()
    except ValueError:
        stored = BaseRates()  # derived data: a damaged file is recomputed, not merged
    stored.rates.update({rate.scenario: rate for rate in rates})
    stored.history = history
    return write_base_rates(folder, stored)


def render_base_rates(rates: list[BaseRate], skipped: list[tuple[str, str]], titles: dict[str, str], fmt: str) -> str:
    """Text (one block per scenario) or JSON (``schema_version``, ``base_rates``, ``skipped``)."""
    if fmt == "json":
        data = {
            "base_rates": [rate.to_data() for rate in rates],
            "skipped": [{"scenario": name, "reason": reason} for name, reason in skipped],
        }
        return render_document(data)
    blocks = [format_base_rate(rate, titles.get(rate.scenario, "")) for rate in rates]
    if skipped:
        blocks.append("skipped: " + ", ".join(f"{name} ({reason})" for name, reason in skipped))
    return "\n\n".join(blocks) if blocks else "no scenario with a machine rule"
