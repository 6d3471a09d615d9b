"""The check's planning: which rules are open, and what the data, conditions and ladders settle.

Input: the scenarios as of the run (``CheckScenarios``), the open rules' scopes and what each
rule's data decided (``forecasts.resolve.rules.decide``). Output: the planned ``Action``s by
scenario, the matches waiting for a condition, and flags (ambiguous matches, coverage gaps,
ladder conflicts, ambiguous conditions, deadlines left to a person). Nothing is written here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from forecasts.dates import When, end_instant, start_instant
from forecasts.problems import display_path
from forecasts.resolve.cursor import CheckState, intervals_of, missing_parts
from forecasts.resolve.feeds import Interval
from forecasts.resolve.findings import Action, FlagKind, Flags, span_text
from forecasts.resolve.rules import Decision, RuleMemory
from forecasts.resolve.scope import RuleScope, check_rule, rule_scope
from forecasts.scenario import ANNULLED, Scenario, url_problem
from forecasts.state import ResolutionView, ScenarioState, exists_at, scenario_state
from forecasts.store import ScenarioFile

REVIEW_MESSAGE = "rule proposed by extract, marked for review: remove `review: true` once checked"

ConditionState = Literal["none", "met", "failed", "waiting", "ambiguous"]


def has_resolution(scenario: Scenario) -> bool:
    """Whether anyone has recorded a resolution in the file (hand-written or in history), whenever."""
    return scenario.resolution.outcome is not None or any(e.type == "resolution" for e in scenario.history)


@dataclass
class CheckScenarios:
    """The scenarios that exist at the run's instant, their states, and who is already resolved."""

    now: datetime
    by_id: dict[str, ScenarioFile]
    states: dict[str, ScenarioState]
    recorded: set[str]  # resolved in the file by anyone: never touched again
    effective: dict[str, ResolutionView]  # the resolution each one shows at ``now``, if any

    @classmethod
    def at(cls, files: list[ScenarioFile], now: datetime) -> CheckScenarios:
        """The scenarios of ``files`` that exist at ``now``."""
        present = [f for f in files if exists_at(f.scenario, now)]
        by_id = {f.scenario.id: f for f in present}
        states = {sid: scenario_state(f, now) for sid, f in by_id.items()}
        return cls(
            now=now,
            by_id=by_id,
            states=states,
            recorded={sid for sid, f in by_id.items() if has_resolution(f.scenario)},
            effective={sid: st.resolution for sid, st in states.items() if st.resolution is not None},
        )


def open_scopes(scenarios: CheckScenarios, flags: Flags) -> dict[str, RuleScope]:
    """The rules the check may act on, by scenario; rules marked for review or invalid are flagged instead."""
    scopes: dict[str, RuleScope] = {}
    for sid, f in scenarios.by_id.items():
        s = f.scenario
        if s.resolution.rule is None or sid in scenarios.recorded or s.status in ("draft", "annulled"):
            continue
        if s.resolution.rule.review:
            # A proposed rule is a guess until a person reads it: it must never resolve anything.
            line = f.line_of(("resolution", "rule", "review"))
            place = f"{display_path(f.path)}{f':{line}' if line else ''}"
            flags.add("rule", f"{place}: resolution.rule.review: {REVIEW_MESSAGE}", sid)
            continue
        findings = check_rule(s)
        if findings:
            for where, message in findings:
                line = f.line_of(where)
                place = f"{display_path(f.path)}{f':{line}' if line else ''}"
                flags.add("rule", f"{place}: {'.'.join(str(p) for p in where)}: {message}", sid)
            continue
        scope = rule_scope(s)
        assert scope is not None
        scopes[sid] = scope
    return scopes


def rule_memories(scopes: dict[str, RuleScope], state: CheckState) -> dict[str, RuleMemory]:
    """What each open rule found in earlier runs; a fresh memory for a rule that changed."""
    memories: dict[str, RuleMemory] = {}
    for sid, scope in scopes.items():
        memory = state.rules.get(sid)
        if memory is None or memory.fingerprint != scope.fingerprint or memory.feed != scope.feed:
            memory = RuleMemory(fingerprint=scope.fingerprint, feed=scope.feed)
        memories[sid] = memory
    return memories


def web_url(url: str | None) -> str | None:
    """A feed row's URL if the schema takes it, else None.

    Feed rows are written by strangers: a URL holding brackets, quotes or spaces could smuggle
    Markdown into every page that shows the resolution, and would make the file invalid. The
    event is still recorded, by its id, without the URL.
    """
    return url if url and url_problem(url) is None else None


@dataclass(frozen=True)
class _Known:
    outcome: str
    resolved_at: When
    source: str | None


@dataclass
class Planner:
    """Plans the run's actions from the decisions; ``plan()`` fills ``planned`` and ``waiting``."""

    scenarios: CheckScenarios
    scopes: dict[str, RuleScope]
    memories: dict[str, RuleMemory]
    decisions: dict[str, Decision]
    flags: Flags
    overdue_days: int
    planned: dict[str, Action] = field(default_factory=dict)
    waiting: list[str] = field(default_factory=list)

    def plan(self) -> dict[str, Action]:
        """Matches first, then what they imply; deadlines, then what those imply."""
        self._plan_matches()
        self._settle()
        self._plan_deadlines()
        self._settle()
        return self.planned

    # --- what is known and open ----------------------------------------------------------------

    def _known(self, sid: str) -> _Known | None:
        if sid in self.planned:
            action = self.planned[sid]
            return _Known(action.outcome, action.resolved_at, action.source)
        view = self.scenarios.effective.get(sid)
        if view is not None:
            return _Known(view.outcome, view.resolved_at, view.sources[0] if view.sources else None)
        return None

    def is_open(self, sid: str) -> bool:
        """Nobody resolved it, this run plans nothing for it, and it is neither a draft nor annulled."""
        f = self.scenarios.by_id[sid]
        return (
            sid not in self.scenarios.recorded
            and sid not in self.planned
            and f.scenario.status not in ("draft", "annulled")
        )

    def condition_state(self, scenario: Scenario) -> ConditionState:
        """Whether the scenario's condition (if any) resolved as it requires, otherwise, or not yet."""
        condition = scenario.conditional_on
        if condition is None:
            return "none"
        known = self._known(condition.scenario)
        if known is None:
            return "waiting"
        if known.outcome == condition.outcome:
            return "met"
        return "ambiguous" if known.outcome == "ambiguous" else "failed"

    def deadline_passed(self, scenario: Scenario, scope: RuleScope | None = None) -> bool:
        """Whether the run's instant is past the deadline (and the rule's window, if given)."""
        end = end_instant(scenario.deadline)
        if scope is not None:
            end = max(end, scope.end)
        return self.scenarios.now >= end

    def due_kind(self, scenario: Scenario) -> FlagKind:
        """``due`` for a deadline passed less than ``overdue_days`` ago, then ``overdue``."""
        late = self.scenarios.now - end_instant(scenario.deadline)
        return "overdue" if late > timedelta(days=self.overdue_days) else "due"

    def _plan(self, action: Action) -> None:
        self.planned[action.scenario_id] = action

    # --- matches -----------------------------------------------------------------------------

    def _plan_matches(self) -> None:
        for sid, decision in self.decisions.items():
            if not decision.matched or not self.is_open(sid):
                continue
            scenario = self.scenarios.by_id[sid].scenario
            condition = self.condition_state(scenario)
            if condition == "waiting":
                assert scenario.conditional_on is not None
                self.waiting.append(
                    f"{sid}: rule matched on {decision.day}, waiting for condition {scenario.conditional_on.scenario} to resolve"
                )
                continue
            if condition in ("failed", "ambiguous"):
                continue
            self._plan(self._match_action(sid, decision))

    def _match_action(self, sid: str, decision: Decision) -> Action:
        scope = self.scopes[sid]
        assert decision.day is not None
        source = next((url for e in decision.evidence if (url := web_url(e.url))), None)
        return Action(
            kind="resolve",
            scenario_id=sid,
            path=self.scenarios.by_id[sid].path,
            outcome=scope.on_match,
            resolved_at=decision.day,
            reason=f"rule matched: {decision.summary.split(', actors')[0]}",
            note=f"Rule matched. {decision.summary}.",
            source=source,
            events=decision.evidence,
        )

    # --- what follows: conditions and ladders ------------------------------------------------------

    def _settle(self) -> None:
        """Ladder implications and conditional annulments, until nothing more follows."""
        for _ in range(len(self.scenarios.by_id) + 1):
            before = len(self.planned)
            self._plan_ladders()
            self._plan_conditions()
            if len(self.planned) == before:
                return

    def _plan_conditions(self) -> None:
        for sid, f in self.scenarios.by_id.items():
            scenario = f.scenario
            if scenario.conditional_on is None or not self.is_open(sid):
                continue
            state = self.condition_state(scenario)
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
            elif state == "ambiguous" and not self.flags.has(sid, "condition"):
                self.flags.add(
                    "condition",
                    f"condition {scenario.conditional_on.scenario} resolved ambiguous; decide whether to annul {sid}",
                    sid,
                )

    def _plan_ladders(self) -> None:
        ladders: dict[str, list[ScenarioFile]] = {}
        for f in self.scenarios.by_id.values():
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
                    if known.outcome == "no" and not self.flags.has(lower_id, "ladder"):
                        self.flags.add(
                            "ladder",
                            f"ladder {name}: resolved no, but higher rung {rung} ({top_id}) resolved yes on "
                            f"{first.resolved_at.isoformat()}; one of them is wrong",
                            lower_id,
                        )
                    continue
                if not self.is_open(lower_id) or self.condition_state(lower.scenario) in ("waiting", "failed"):
                    continue
                scenario = lower.scenario
                day = first.resolved_at
                opens = scenario.opens or scenario.created
                if start_instant(day) < start_instant(opens) or start_instant(day) > end_instant(scenario.deadline):
                    if not self.flags.has(lower_id, "ladder"):
                        self.flags.add(
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

    # --- deadlines ---------------------------------------------------------------------------

    def _plan_deadlines(self) -> None:
        for sid, scope in self.scopes.items():
            if not self.is_open(sid):
                continue
            scenario = self.scenarios.by_id[sid].scenario
            decision = self.decisions[sid]
            if decision.matched:
                continue  # waiting for a condition: reported already
            for reason in decision.ambiguous[:3]:
                self.flags.add("ambiguous", reason + "; a person decides", sid)
            if decision.ambiguous or not self.deadline_passed(scenario, scope):
                continue
            condition = self.condition_state(scenario)
            if condition in ("waiting", "failed", "ambiguous"):
                continue
            if scope.on_deadline == "flag":
                self.flags.add(
                    self.due_kind(scenario),
                    f"deadline {scenario.deadline.isoformat()} passed without a {scope.feed.upper()} match; the rule leaves the call to a person",
                    sid,
                )
                continue
            if decision.incomplete:
                self.flags.add(
                    "coverage",
                    f"cannot conclude {scope.on_deadline!r} at the deadline: the rule matches more small events than the "
                    "check keeps between runs, so some may have added up; narrow the rule or resolve by hand",
                    sid,
                )
                continue
            window = Interval(scope.start, scope.end)
            gaps = missing_parts(intervals_of(self.memories[sid].covered), window)
            if gaps:
                self.flags.add("coverage", self._gap_message(scope, gaps), sid)
                continue
            self._plan(
                Action(
                    kind="resolve",
                    scenario_id=sid,
                    path=self.scenarios.by_id[sid].path,
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
