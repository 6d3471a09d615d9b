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
"""

from __future__ import annotations

import fcntl
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from forecasts.dates import When, end_instant, now_utc, start_instant
from forecasts.problems import ScenarioError, display_path
from forecasts.resolve.acled import AcledFormatError, parse_acled
from forecasts.resolve.audit import append_audit
from forecasts.resolve.cursor import (
    STATE_FILE,
    StateError,
    intervals_of,
    load_state,
    merge_intervals,
    missing_parts,
    pairs_of,
    state_dir,
)
from forecasts.resolve.feeds import (
    FeedBlob,
    FeedKind,
    FeedRef,
    FeedSpec,
    FeedUnavailable,
    Interval,
    batch_interval,
    list_feed,
    sniff_kind,
)
from forecasts.resolve.gdelt import GdeltFormatError, parse_gdelt
from forecasts.resolve.rules import (
    Decision,
    Evidence,
    GdeltEvents,
    RuleMemory,
    acled_rows,
    decide,
    gdelt_rows,
    number_day,
    remember_acled,
    remember_gdelt,
)
from forecasts.resolve.scope import RuleScope, check_rule, rule_scope
from forecasts.scenario import ANNULLED, FeedEvent, ResolutionEntry, Scenario, url_problem
from forecasts.state import ResolutionView, all_forecasts, exists_at, scenario_state
from forecasts.store import ScenarioFile, append_history_entry, load_catalog, replace_file

BY = "forecasts check"
EXIT_OK, EXIT_ERROR, EXIT_NEEDS_PERSON = 0, 1, 3
PRUNE_MARGIN = timedelta(days=7)
REVIEW_MESSAGE = "rule proposed by extract, marked for review: remove `review: true` once checked"

FlagKind = Literal["due", "overdue", "stale", "ambiguous", "moved", "rule", "coverage", "condition", "ladder", "feed"]
ActionKind = Literal["resolve", "imply", "annul"]


class _ResolvedMeanwhile(Exception):
    """A person resolved the scenario between the check's plan and its write."""


@dataclass(frozen=True)
class CheckOptions:
    """How to run the check. ``now`` is the instant it runs as; ``recorded_at`` what goes in ``at:``."""

    root: Path
    now: datetime
    recorded_at: When
    feeds: tuple[FeedSpec, ...] = ()
    since: datetime | None = None
    dry_run: bool = False
    stale_days: int = 14
    overdue_days: int = 7
    moved_threshold: float = 0.15
    max_batches: int = 96


@dataclass(frozen=True)
class FeedReport:
    """What happened to one feed file (or one source) in this run."""

    feed: str
    origin: str
    status: Literal["read", "skipped", "void", "unused"]
    rows: int = 0
    layout: str = ""
    covers: tuple[str, str] | None = None
    message: str = ""


@dataclass(frozen=True)
class Action:
    """A resolution the check writes (or, in a dry run, would write)."""

    kind: ActionKind
    scenario_id: str
    path: Path
    outcome: str
    resolved_at: When
    reason: str
    note: str
    source: str | None = None
    events: tuple[Evidence, ...] = ()
    written: bool = False


@dataclass(frozen=True)
class Flag:
    """Something a person needs to look at."""

    kind: FlagKind
    message: str
    scenario_id: str | None = None
    path: Path | None = None


@dataclass
class CheckReport:
    """Everything one run did and found."""

    now: datetime
    dry_run: bool
    root: Path
    feeds: list[FeedReport] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    watching: int = 0
    scenarios: int = 0

    @property
    def exit_code(self) -> int:
        """1 on an error, 3 when something needs a person, else 0."""
        if self.errors:
            return EXIT_ERROR
        return EXIT_NEEDS_PERSON if self.flags else EXIT_OK


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


def has_resolution(scenario: Scenario) -> bool:
    """Whether anyone has recorded a resolution in the file (hand-written or in history), whenever."""
    return scenario.resolution.outcome is not None or any(e.type == "resolution" for e in scenario.history)


def run_check(options: CheckOptions) -> CheckReport:
    """Run the check once (see the module docstring); raises CheckError before changing anything."""
    root = options.root
    if not root.is_dir():
        raise CheckError(f"{root}: no such folder; pass --scenarios DIR or set FORECASTS_SCENARIOS")
    if options.dry_run:
        return _Run(options).execute()
    with _check_lock(root):
        return _Run(options).execute()


@dataclass(frozen=True)
class _Known:
    outcome: str
    resolved_at: When
    source: str | None


class _Run:
    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        self.now = options.now
        self.report = CheckReport(now=options.now, dry_run=options.dry_run, root=options.root)
        self.audit: list[dict[str, Any]] = []
        self.run_id = uuid.uuid4().hex[:12]
        self.planned: dict[str, Action] = {}
        self.flagged: dict[str, list[Flag]] = {}

    # --- the run ---------------------------------------------------------------------------

    def execute(self) -> CheckReport:
        options = self.options
        catalog = load_catalog(options.root)
        self.report.errors.extend(str(p) for p in catalog.problems)
        try:
            self.state = load_state(options.root)
        except StateError as exc:
            raise CheckError(str(exc)) from None
        self.old_state_text = self.state.to_text()
        self.files = [f for f in catalog.files if exists_at(f.scenario, self.now)]
        self.report.scenarios = len(self.files)
        self.by_id = {f.scenario.id: f for f in self.files}
        self.states = {f.scenario.id: scenario_state(f, self.now) for f in self.files}
        self.recorded = {sid for sid, f in self.by_id.items() if has_resolution(f.scenario)}
        self.effective: dict[str, ResolutionView] = {
            sid: st.resolution for sid, st in self.states.items() if st.resolution is not None
        }
        self.scopes = self._open_scopes()
        self.memories = self._memories()
        self._read_feeds()
        self.decisions = {sid: decide(scope, self.memories[sid]) for sid, scope in self.scopes.items()}
        self._plan_matches()
        self._settle()
        self._plan_deadlines()
        self._settle()
        self._flag_people()
        self.report.actions = list(self.planned.values())
        self.report.flags = [flag for flags in self.flagged.values() for flag in flags]
        self.report.watching = sum(
            1 for sid in self.scopes if sid not in self.planned and not self.decisions[sid].matched
        )
        if not options.dry_run:
            self._write()
        return self.report

    # --- rules -----------------------------------------------------------------------------

    def _flag(self, kind: FlagKind, message: str, scenario_id: str | None = None) -> None:
        path = self.by_id[scenario_id].path if scenario_id in self.by_id else None
        self.flagged.setdefault(scenario_id or "", []).append(Flag(kind, message, scenario_id, path))

    def _open_scopes(self) -> dict[str, RuleScope]:
        scopes: dict[str, RuleScope] = {}
        for sid, f in self.by_id.items():
            s = f.scenario
            if s.resolution.rule is None or sid in self.recorded or s.status in ("draft", "annulled"):
                continue
            if s.resolution.rule.review:
                # A proposed rule is a guess until a person reads it: it must never resolve anything.
                line = f.line_of(("resolution", "rule", "review"))
                place = f"{display_path(f.path)}{f':{line}' if line else ''}"
                self._flag("rule", f"{place}: resolution.rule.review: {REVIEW_MESSAGE}", sid)
                continue
            findings = check_rule(s)
            if findings:
                for where, message in findings:
                    line = f.line_of(where)
                    place = f"{display_path(f.path)}{f':{line}' if line else ''}"
                    self._flag("rule", f"{place}: {'.'.join(str(p) for p in where)}: {message}", sid)
                continue
            scope = rule_scope(s)
            assert scope is not None
            scopes[sid] = scope
        return scopes

    def _memories(self) -> dict[str, RuleMemory]:
        memories: dict[str, RuleMemory] = {}
        for sid, scope in self.scopes.items():
            memory = self.state.rules.get(sid)
            if memory is None or memory.fingerprint != scope.fingerprint or memory.feed != scope.feed:
                memory = RuleMemory(fingerprint=scope.fingerprint, feed=scope.feed)
            memories[sid] = memory
        return memories

    # --- feeds -----------------------------------------------------------------------------

    def _scopes_of(self, kind: FeedKind | None) -> list[RuleScope]:
        return [s for s in self.scopes.values() if kind is None or s.feed == kind]

    def _needs(self, scope: RuleScope, covers: Interval | None) -> bool:
        """Whether a rule still has to be checked against a file covering ``covers``."""
        if self.options.since is not None or covers is None:
            return True
        if covers.end <= scope.start - timedelta(days=1):
            return False  # wholly before the window: nothing in it can be dated inside
        covered = intervals_of(self.memories[scope.scenario_id].covered)
        return bool(missing_parts(covered, covers))

    def _void(self, spec: FeedSpec, origin: str, reason: str) -> None:
        # A reason that starts with ':' carries a line number (file:line: message).
        message = f"void: feed unavailable: {origin}{reason if reason.startswith(':') else ': ' + reason}"
        self.report.feeds.append(FeedReport(str(spec), origin, "void", message=reason.removeprefix(":").lstrip(": ")))
        self._flag("feed", message + "; nothing was resolved from it this run")
        self.audit.append({"action": "void", "feed": str(spec), "origin": origin, "reason": reason})

    def _read_feeds(self) -> None:
        for spec in self.options.feeds:
            candidates = self._scopes_of(spec.kind)
            if not candidates:
                self.report.feeds.append(
                    FeedReport(str(spec), spec.location, "unused", message="no open rule needs this feed")
                )
                continue
            watermark_text = self.state.batches.get(spec.location)
            watermark = datetime.fromisoformat(watermark_text) if watermark_text else None
            try:
                refs = list_feed(spec, watermark, self.options.since, self.options.max_batches)
            except FeedUnavailable as exc:
                self._void(spec, exc.origin, exc.reason)
                continue
            newest_batch: datetime | None = None
            for ref in refs:
                if self._read_ref(spec, ref, candidates) and ref.interval is not None:
                    newest_batch = max(newest_batch or ref.interval.start, ref.interval.start)
            if spec.is_lastupdate and newest_batch is not None:
                self.state.batches[spec.location] = newest_batch.isoformat()

    def _read_ref(self, spec: FeedSpec, ref: FeedRef, candidates: list[RuleScope]) -> bool:
        key = ref.known_key or self.state.key_for_stat(ref.stat_key)
        if key is not None and key in self.state.files:
            seen = self.state.files[key]
            full = intervals_of([seen["covers"]])[0] if seen.get("covers") else None
            covers = full.clip(self.options.since, self.now) if full else None
            kind = seen.get("feed")
            needing = [s for s in candidates if s.feed == kind and self._needs(s, covers)] if covers else []
            if self.options.since is None and not needing:
                self.report.feeds.append(
                    FeedReport(str(spec), ref.origin, "skipped", message="read before; every open rule has seen it")
                )
                return True
        try:
            blobs = ref.fetch()
        except FeedUnavailable as exc:
            self._void(spec, exc.origin, exc.reason)
            return False
        ok = True
        for blob in blobs:
            ok = self._read_blob(spec, ref, blob, candidates, single=len(blobs) == 1) and ok
        return ok

    def _read_blob(
        self, spec: FeedSpec, ref: FeedRef, blob: FeedBlob, candidates: list[RuleScope], single: bool
    ) -> bool:
        kind = spec.kind or sniff_kind(blob)
        if kind is None:
            self._void(
                spec, blob.origin, "neither a GDELT events file nor an ACLED export; write gdelt=... or acled=..."
            )
            return False
        try:
            if kind == "gdelt":
                gdelt = parse_gdelt(blob.data, blob.origin)
                frame = gdelt.frame
                layout = (
                    ", ".join(f"{k}: {v:,}" for k, v in gdelt.layouts.items())
                    if len(gdelt.layouts) > 1
                    else "".join(gdelt.layouts)
                )
            else:
                acled = parse_acled(blob.data, blob.origin)
                frame, layout = acled.frame, acled.layout
        except (GdeltFormatError, AcledFormatError) as exc:
            self._void(spec, blob.origin, str(exc).removeprefix(blob.origin))
            return False
        frame, full, covers = self._clip(kind, blob, frame)
        key = blob.key
        needing = [s for s in candidates if s.feed == kind and self._needs(s, covers)]
        if needing and len(frame):
            if kind == "gdelt":
                events = GdeltEvents(frame)
                for scope in needing:
                    remember_gdelt(self.memories[scope.scenario_id], key, events, gdelt_rows(events, scope), scope)
            else:
                for scope in needing:
                    remember_acled(self.memories[scope.scenario_id], key, frame, acled_rows(frame, scope))
        if covers is not None:
            for scope in needing:
                memory = self.memories[scope.scenario_id]
                memory.covered = pairs_of(merge_intervals([*intervals_of(memory.covered), covers]))
        # The registry keeps what the whole file covers; a run as of an earlier --now only
        # credits its rules with the part up to then, so a later run reads the file again.
        pair = (full.start.isoformat(), full.end.isoformat()) if full else None
        entry: dict[str, Any] = {"feed": kind, "origin": blob.origin, "rows": len(frame), "layout": layout}
        entry["covers"] = list(pair) if pair else None
        if single and ref.stat_key:
            entry["stat"] = ref.stat_key
        self.state.files[key] = entry
        shown = (covers.start.isoformat(), covers.end.isoformat()) if covers else None
        self.report.feeds.append(FeedReport(str(spec), blob.origin, "read", len(frame), layout, shown))
        self.audit.append(
            {"action": "read", "feed": kind, "file": key, "origin": blob.origin, "rows": len(frame), "covers": shown}
        )
        return True

    def _clip(
        self, kind: FeedKind, blob: FeedBlob, frame: pd.DataFrame
    ) -> tuple[pd.DataFrame, Interval | None, Interval | None]:
        """Drop events after ``now`` (and before ``--since``); what the file covers, and the part this run uses."""
        now, since = self.now, self.options.since
        if kind == "gdelt":
            added = frame["added"].to_numpy()
            keep = added <= now.timestamp()
            if since is not None:
                keep &= added >= since.timestamp()
            kept = frame[keep]
            covers = batch_interval(blob.name)
            if covers is None and len(frame):
                first = datetime.fromtimestamp(int(added.min()), UTC)
                last = datetime.fromtimestamp(int(added.max()), UTC)
                covers = Interval(_day_start(first), _day_start(last) + timedelta(days=1))
        else:
            day = frame["day"].to_numpy()
            keep = day <= now.year * 10000 + now.month * 100 + now.day
            if since is not None:
                keep &= day >= since.year * 10000 + since.month * 100 + since.day
            kept = frame[keep]
            covers = None
            if len(frame):
                first_day, last_day = number_day(int(np.min(day))), number_day(int(np.max(day)))
                covers = Interval(start_instant(first_day), start_instant(last_day) + timedelta(days=1))
        used = covers.clip(since, now) if covers is not None else None
        return kept.reset_index(drop=True), covers, used

    # --- planning --------------------------------------------------------------------------

    def _known(self, sid: str) -> _Known | None:
        if sid in self.planned:
            action = self.planned[sid]
            return _Known(action.outcome, action.resolved_at, action.source)
        view = self.effective.get(sid)
        if view is not None:
            return _Known(view.outcome, view.resolved_at, view.sources[0] if view.sources else None)
        return None

    def _open(self, sid: str) -> bool:
        f = self.by_id[sid]
        return sid not in self.recorded and sid not in self.planned and f.scenario.status not in ("draft", "annulled")

    def _condition_state(self, scenario: Scenario) -> Literal["none", "met", "failed", "waiting", "ambiguous"]:
        condition = scenario.conditional_on
        if condition is None:
            return "none"
        known = self._known(condition.scenario)
        if known is None:
            return "waiting"
        if known.outcome == condition.outcome:
            return "met"
        return "ambiguous" if known.outcome == "ambiguous" else "failed"

    def _plan(self, action: Action) -> None:
        self.planned[action.scenario_id] = action

    def _plan_matches(self) -> None:
        for sid, decision in self.decisions.items():
            if not decision.matched or not self._open(sid):
                continue
            scenario = self.by_id[sid].scenario
            condition = self._condition_state(scenario)
            if condition == "waiting":
                assert scenario.conditional_on is not None
                self.report.waiting.append(
                    f"{sid}: rule matched on {decision.day}, waiting for condition {scenario.conditional_on.scenario} to resolve"
                )
                continue
            if condition in ("failed", "ambiguous"):
                continue
            self._plan(self._match_action(sid, decision))

    def _match_action(self, sid: str, decision: Decision) -> Action:
        scope = self.scopes[sid]
        assert decision.day is not None
        source = next((url for e in decision.evidence if (url := _web_url(e.url))), None)
        return Action(
            kind="resolve",
            scenario_id=sid,
            path=self.by_id[sid].path,
            outcome=scope.on_match,
            resolved_at=decision.day,
            reason=f"rule matched: {decision.summary.split(', actors')[0]}",
            note=f"Rule matched. {decision.summary}.",
            source=source,
            events=decision.evidence,
        )

    def _settle(self) -> None:
        """Ladder implications and conditional annulments, until nothing more follows."""
        for _ in range(len(self.by_id) + 1):
            before = len(self.planned)
            self._plan_ladders()
            self._plan_conditions()
            if len(self.planned) == before:
                return

    def _plan_conditions(self) -> None:
        for sid, f in self.by_id.items():
            scenario = f.scenario
            if scenario.conditional_on is None or not self._open(sid):
                continue
            state = self._condition_state(scenario)
            known = self._known(scenario.conditional_on.scenario)
            if state == "failed" and known is not None:
                self._plan(
                    Action(
                        kind="annul",
                        scenario_id=sid,
                        path=f.path,
                        outcome=ANNULLED,
                        resolved_at=known.resolved_at,
                        reason=f"condition {scenario.conditional_on.scenario} resolved {known.outcome}",
                        note=(
                            f"Condition {scenario.conditional_on.scenario} resolved {known.outcome!r} "
                            f"(on {known.resolved_at.isoformat()}), not {scenario.conditional_on.outcome!r}: "
                            "the conditional question is void."
                        ),
                        source=known.source,
                    )
                )
            elif state == "ambiguous" and not any(fl.kind == "condition" for fl in self.flagged.get(sid, [])):
                self._flag(
                    "condition",
                    f"condition {scenario.conditional_on.scenario} resolved ambiguous; decide whether to annul {sid}",
                    sid,
                )

    def _plan_ladders(self) -> None:
        ladders: dict[str, list[ScenarioFile]] = {}
        for f in self.by_id.values():
            if f.scenario.ladder is not None and f.scenario.kind == "binary":
                ladders.setdefault(f.scenario.ladder.name, []).append(f)
        for name, rungs in ladders.items():
            rungs.sort(key=lambda f: f.scenario.ladder.rung if f.scenario.ladder else 0)
            for i, lower in enumerate(rungs):
                higher = [(self._known(h.scenario.id), h) for h in rungs[i + 1 :]]
                happened = [(k, h) for k, h in higher if k is not None and k.outcome == "yes"]
                if not happened:
                    continue
                first, top = min(happened, key=lambda item: (start_instant(item[0].resolved_at), item[1].scenario.id))
                lower_id, top_id = lower.scenario.id, top.scenario.id
                rung = top.scenario.ladder.rung if top.scenario.ladder else 0
                known = self._known(lower_id)
                if known is not None:
                    if known.outcome == "no" and not any(fl.kind == "ladder" for fl in self.flagged.get(lower_id, [])):
                        self._flag(
                            "ladder",
                            f"ladder {name}: resolved no, but higher rung {rung} ({top_id}) resolved yes on "
                            f"{first.resolved_at.isoformat()}; one of them is wrong",
                            lower_id,
                        )
                    continue
                if not self._open(lower_id) or self._condition_state(lower.scenario) in ("waiting", "failed"):
                    continue
                scenario = lower.scenario
                day = first.resolved_at
                opens = scenario.opens or scenario.created
                if start_instant(day) < start_instant(opens) or start_instant(day) > end_instant(scenario.deadline):
                    if not any(fl.kind == "ladder" for fl in self.flagged.get(lower_id, [])):
                        self._flag(
                            "ladder",
                            f"ladder {name}: higher rung {rung} ({top_id}) happened on {day.isoformat()}, "
                            f"outside this rung's window ({opens.isoformat()} … {scenario.deadline.isoformat()}); a person decides",
                            lower_id,
                        )
                    continue
                self._plan(
                    Action(
                        kind="imply",
                        scenario_id=lower_id,
                        path=lower.path,
                        outcome="yes",
                        resolved_at=day,
                        reason=f"implied by rung {rung} ({top_id})",
                        note=(
                            f"Implied by ladder {name}: rung {rung} ({top_id}) resolved yes on {day.isoformat()}, "
                            f"so this lower rung ({lower.scenario.ladder.rung if lower.scenario.ladder else '?'}) "
                            "had happened by then at the latest."
                        ),
                        source=first.source,
                    )
                )

    def _deadline_passed(self, scenario: Scenario, scope: RuleScope | None = None) -> bool:
        end = end_instant(scenario.deadline)
        if scope is not None:
            end = max(end, scope.end)
        return self.now >= end

    def _plan_deadlines(self) -> None:
        for sid, scope in self.scopes.items():
            if not self._open(sid):
                continue
            scenario = self.by_id[sid].scenario
            decision = self.decisions[sid]
            if decision.matched:
                continue  # waiting for a condition: reported already
            for reason in decision.ambiguous[:3]:
                self._flag("ambiguous", reason + "; a person decides", sid)
            if decision.ambiguous or not self._deadline_passed(scenario, scope):
                continue
            condition = self._condition_state(scenario)
            if condition in ("waiting", "failed", "ambiguous"):
                continue
            if scope.on_deadline == "flag":
                self._flag(
                    self._due_kind(scenario),
                    f"deadline {scenario.deadline.isoformat()} passed without a {scope.feed.upper()} match; the rule leaves the call to a person",
                    sid,
                )
                continue
            if decision.incomplete:
                self._flag(
                    "coverage",
                    f"cannot conclude {scope.on_deadline!r} at the deadline: the rule matches more small events than the "
                    "check keeps between runs, so some may have added up; narrow the rule or resolve by hand",
                    sid,
                )
                continue
            window = Interval(scope.start, scope.end)
            gaps = missing_parts(intervals_of(self.memories[sid].covered), window)
            if gaps:
                self._flag("coverage", self._gap_message(scope, gaps), sid)
                continue
            self._plan(
                Action(
                    kind="resolve",
                    scenario_id=sid,
                    path=self.by_id[sid].path,
                    outcome=scope.on_deadline,
                    resolved_at=scenario.deadline,
                    reason="deadline without a match",
                    note=(
                        f"Deadline passed without a match: no {scope.feed.upper()} event satisfied the rule between "
                        f"{scope.first_day} and {scope.last_day}, and the feed read covered that whole window "
                        f"({self._coverage_text(scope)})."
                    ),
                )
            )

    def _coverage_text(self, scope: RuleScope) -> str:
        covered = intervals_of(self.memories[scope.scenario_id].covered)
        return "; ".join(span_text(i) for i in covered) or "nothing"

    def _gap_message(self, scope: RuleScope, gaps: list[Interval]) -> str:
        shown = ", ".join(span_text(g) for g in gaps[:3])
        more = f" and {len(gaps) - 3} more" if len(gaps) > 3 else ""
        return (
            f"cannot conclude {scope.on_deadline!r} at the deadline: the {scope.feed.upper()} feed read so far "
            f"does not cover {shown}{more} of the rule's window; pass --feed with those files (or resolve by hand)"
        )

    def _due_kind(self, scenario: Scenario) -> FlagKind:
        late = self.now - end_instant(scenario.deadline)
        return "overdue" if late > timedelta(days=self.options.overdue_days) else "due"

    # --- what needs a person -------------------------------------------------------------------

    def _flag_people(self) -> None:
        probabilities: dict[str, Any] = {}
        for sid, f in self.by_id.items():
            scenario = f.scenario
            if not self._open(sid):
                continue
            state = self.states[sid]
            if state.status != "open":
                continue
            flagged = self.flagged.get(sid, [])
            if self._deadline_passed(scenario):
                if not flagged:
                    late = (self.now - end_instant(scenario.deadline)).days
                    why = (
                        f"condition {scenario.conditional_on.scenario} is unresolved"
                        if self._condition_state(scenario) == "waiting" and scenario.conditional_on
                        else "no machine rule"
                        if scenario.resolution.rule is None
                        else "its rule did not settle it"
                    )
                    when = "today" if late == 0 else f"{late} day{'s' if late != 1 else ''} ago"
                    self._flag(
                        self._due_kind(scenario),
                        f"deadline {scenario.deadline.isoformat()} passed {when}; {why}: resolve it with `forecasts resolve`",
                        sid,
                    )
                continue
            forecasts = [x for x in all_forecasts(scenario) if start_instant(x.at) <= self.now]
            last = start_instant(forecasts[-1].at) if forecasts else start_instant(scenario.created)
            idle = self.now - last
            if idle > timedelta(days=self.options.stale_days):
                since = (
                    f"since {last.date().isoformat()}"
                    if forecasts
                    else f"since it was created ({last.date().isoformat()})"
                )
                self._flag(
                    "stale", f"no forecast {since}, {idle.days} days; deadline {scenario.deadline.isoformat()}", sid
                )
            value = _shown(state.estimate.options if state.estimate.options is not None else state.estimate.probability)
            if value is None:
                continue
            probabilities[sid] = value
            before = self.state.probabilities.get(sid)
            moved = _largest_move(before, value)
            if moved is not None and moved > self.options.moved_threshold:
                self._flag(
                    "moved",
                    f"probability moved {_format_value(before)} → {_format_value(value)} since the last check",
                    sid,
                )
        self.state.probabilities = probabilities

    # --- writing -------------------------------------------------------------------------------

    def _write(self) -> None:
        moment = now_utc().isoformat()
        written: list[Action] = []
        for action in self.report.actions:
            entry = ResolutionEntry(
                type="resolution",
                at=self.options.recorded_at,
                by=BY,
                outcome=action.outcome,
                resolved_at=action.resolved_at,
                source=action.source,
                note=action.note,
                events=[_feed_event(e) for e in action.events] or None,
            )

            def unless_resolved(current: ScenarioFile, entry: ResolutionEntry = entry) -> ResolutionEntry:
                # Checked on the file as re-read under the folder's lock: a person's `forecasts
                # resolve` between the plan and this write must win, never be doubled.
                if has_resolution(current.scenario):
                    raise _ResolvedMeanwhile
                return entry

            try:
                append_history_entry(action.path, unless_resolved)
            except _ResolvedMeanwhile:
                self.report.errors.append(
                    f"{display_path(action.path)}: resolved by someone else while the check ran; left as it is"
                )
                written.append(action)
                continue
            except ScenarioError as exc:
                self.report.errors.append(str(exc))
                written.append(action)
                continue
            written.append(replace(action, written=True))
            self.audit.append(
                {
                    "action": action.kind,
                    "scenario": action.scenario_id,
                    "file": display_path(action.path),
                    "outcome": action.outcome,
                    "resolved_at": action.resolved_at.isoformat(),
                    "reason": action.reason,
                    "rule": self.scopes[action.scenario_id].fingerprint if action.scenario_id in self.scopes else None,
                    "events": [e.id for e in action.events],
                    "source": action.source,
                }
            )
        self.report.actions = written
        self._remember_flags()
        for sid in list(self.memories):
            if sid in self.planned:
                del self.memories[sid]
        self.state.rules = dict(sorted(self.memories.items()))
        self.state.files = self._pruned_files()
        records = [{"run": self.run_id, "time": moment, "now": self.now.isoformat(), **r} for r in self.audit]
        folder = state_dir(self.options.root)
        append_audit(folder, records)
        text = self.state.to_text()
        if text != self.old_state_text and not (self.state.is_empty and not (folder / STATE_FILE).exists()):
            folder.mkdir(parents=True, exist_ok=True)
            replace_file(folder / STATE_FILE, text.encode("utf-8"))

    def _pruned_files(self) -> dict[str, dict[str, Any]]:
        """The file registry without files no open rule can need again (it would grow by 96 a day).

        A file is kept while it ends after the earliest window start of a rule still open (less
        a week), or in the last week. Forgetting a file is safe: read again, it replaces its own
        earlier contribution and counts once.
        """
        open_starts = [s.start for sid, s in self.scopes.items() if sid not in self.planned]
        horizon = min([*open_starts, self.now]) - PRUNE_MARGIN
        kept = {}
        for key, info in sorted(self.state.files.items()):
            covers = info.get("covers")
            if covers and datetime.fromisoformat(covers[1]) < horizon:
                continue
            kept[key] = info
        return kept

    def _remember_flags(self) -> None:
        current: dict[str, list[str]] = {}
        for sid, flags in self.flagged.items():
            if not sid:
                continue
            kinds: list[str] = sorted({str(flag.kind) for flag in flags})
            current[sid] = kinds
            old = set(self.state.flags.get(sid, []))
            for flag in flags:
                if flag.kind not in old:
                    self.audit.append({"action": "flag", "scenario": sid, "kind": flag.kind, "message": flag.message})
        self.state.flags = dict(sorted(current.items()))


def _day_start(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _short(moment: datetime, end: bool = False) -> str:
    """A UTC instant as a date when it falls on a day boundary (an end at midnight shows the day before)."""
    moment = moment.astimezone(UTC)
    if end and (moment + timedelta(microseconds=1)).time() == datetime.min.time():
        return moment.date().isoformat()
    if moment.time() == datetime.min.time():
        return (moment - timedelta(days=1)).date().isoformat() if end else moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def span_text(interval: Interval) -> str:
    """``2020-01-02 … 2020-03-31`` for whole days, with times otherwise."""
    return f"{_short(interval.start)} … {_short(interval.end, end=True)}"


def _web_url(url: str | None) -> str | None:
    """A feed row's URL if the schema takes it, else None.

    Feed rows are written by strangers: a URL holding brackets, quotes or spaces could smuggle
    Markdown into every page that shows the resolution, and would make the file invalid. The
    event is still recorded, by its id, without the URL.
    """
    return url if url and url_problem(url) is None else None


def _feed_event(evidence: Evidence) -> FeedEvent:
    return FeedEvent(
        feed="acled" if evidence.feed == "acled" else "gdelt",
        id=evidence.id,
        date=evidence.day,
        url=_web_url(evidence.url),
        place=evidence.place,
        sources=evidence.sources,
        fatalities=evidence.fatalities,
    )


def _shown(value: float | dict[str, float] | None) -> float | dict[str, float] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return {k: round(v, 4) for k, v in sorted(value.items())}
    return round(value, 4)


def _largest_move(before: Any, after: float | dict[str, float]) -> float | None:
    if before is None:
        return None
    if isinstance(after, dict):
        if not isinstance(before, dict):
            return None
        return max(abs(after[k] - float(before.get(k, 0.0))) for k in after)
    if isinstance(before, dict):
        return None
    return abs(after - float(before))


def _format_value(value: Any) -> str:
    if isinstance(value, dict):
        return " · ".join(f"{k} {v:.0%}" for k, v in value.items())
    return f"{float(value):.0%}"
