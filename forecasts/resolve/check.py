"""The scheduled check: resolve what the feeds settle, flag what needs a person, remember the rest.

One run (``run_check``):

1. Loads the scenarios. A scenario that already has a resolution (a hand-written ``resolution:``
   outcome or any resolution in its history, whoever recorded it and whatever its date) is never
   touched again: the check only resolves scenarios nobody has resolved.
2. Reads the feeds given, skipping files every open rule has already been checked against (the
   cursor, ``forecasts.resolve.cursor``). A file that is missing, unreachable or corrupt is void
   for the run: nothing is resolved from it and it covers no time.
3. Matches every open rule (``forecasts.resolve.rules``) and decides:
   - a match resolves ``on_match`` as of the day the data first satisfied the rule, with the
     matching events (ids, dates, source URLs) as evidence;
   - a conditional scenario waits until its condition has resolved as it requires; a condition
     that resolved otherwise annuls it;
   - a rung of an escalation ladder that happened implies every lower rung happened too (by
     then, if that falls in the lower rung's window);
   - at the deadline without a match, ``on_deadline_without_match`` resolves ``no`` (or another
     outcome) only when the feed read covers the rule's whole window, and otherwise, or when it
     says ``flag``, a person is asked.
4. Reports what needs a person: due (deadline passed, unresolved), overdue (more than
   ``overdue_days`` past), stale (open, no forecast for ``stale_days``), ambiguous matches,
   probability moves larger than ``moved_threshold`` since the last check, rule problems, ladder
   conflicts, void feeds and coverage gaps.
5. Writes resolutions with ``forecasts.store.append_history`` (``by: forecasts check``), appends
   every action to the audit log and saves the state if it changed. ``dry_run`` writes nothing.

Running it again with nothing new changes no byte anywhere.

The phases live in their own modules, each with its inputs and outputs explicit:
``feed_reading`` (step 2), ``planning`` (3), ``flagging`` (4), ``writing`` (5); the records they
share are in ``findings`` and the options in ``check_options``.
"""

from __future__ import annotations

import fcntl
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from forecasts.resolve.check_options import CheckOptions
from forecasts.resolve.cursor import StateError, load_state
from forecasts.resolve.feed_reading import FeedReading
from forecasts.resolve.findings import CheckReport, Flags
from forecasts.resolve.flagging import flag_people
from forecasts.resolve.planning import CheckScenarios, Planner, open_scopes, rule_memories
from forecasts.resolve.rules import decide
from forecasts.resolve.writing import write_run
from forecasts.store import load_catalog


class CheckError(Exception):
    """A problem that stops the check before it changes anything (exit status 1)."""


@contextmanager
def _check_lock(root: Path) -> Iterator[None]:
    # One check per scenarios folder at a time; a second one fails fast rather than queue up
    # behind a stuck run (cron will start another one soon enough).
    fd = os.open(root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CheckError(f"{root}: another forecasts check is running on this folder; try again later") from None
        yield
    finally:
        os.close(fd)


def run_check(options: CheckOptions) -> CheckReport:
    """Run the check once (see the module docstring); raises CheckError before changing anything."""
    root = options.root
    if not root.is_dir():
        raise CheckError(f"{root}: no such folder; pass --scenarios DIR or set FORECASTS_SCENARIOS")
    if options.dry_run:
        return _run(options)
    with _check_lock(root):
        return _run(options)


def _run(options: CheckOptions) -> CheckReport:
    report = CheckReport(now=options.now, dry_run=options.dry_run, root=options.root)
    catalog = load_catalog(options.root)
    report.errors.extend(str(p) for p in catalog.problems)
    try:
        state = load_state(options.root)
    except StateError as exc:
        raise CheckError(str(exc)) from None
    old_state_text = state.to_text()
    scenarios = CheckScenarios.at(catalog.files, options.now)
    report.scenarios = len(scenarios.by_id)
    flags = Flags({sid: f.path for sid, f in scenarios.by_id.items()})

    scopes = open_scopes(scenarios, flags)
    memories = rule_memories(scopes, state)
    reading = FeedReading(options, scopes, memories, state, flags)
    reading.read()
    report.feeds = reading.reports

    decisions = {sid: decide(scope, memories[sid]) for sid, scope in scopes.items()}
    planner = Planner(scenarios, scopes, memories, decisions, flags, options.overdue_days)
    planned = planner.plan()
    report.waiting = planner.waiting
    state.probabilities = flag_people(scenarios, planner, flags, state.probabilities, options)

    report.actions = list(planned.values())
    report.flags = flags.all()
    report.watching = sum(1 for sid in scopes if sid not in planned and not decisions[sid].matched)
    if not options.dry_run:
        written = write_run(
            options,
            report.actions,
            scopes=scopes,
            memories=memories,
            flags=flags,
            state=state,
            old_state_text=old_state_text,
            audit=reading.audit,
            run_id=uuid.uuid4().hex[:12],
        )
        report.actions = written.actions
        report.errors.extend(written.errors)
    return report
