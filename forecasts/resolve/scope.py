"""What a rule applies to: its window in dates and instants, its outcomes, and whether they fit.

Pandas-free, so that validation can call ``check_rule`` without loading the matching engine.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from forecasts.dates import When, end_instant, start_instant
from forecasts.document import FieldPath
from forecasts.resolve.vocabulary import QUAD_CLASS_NAMES, QUAD_CLASS_OF_ROOT
from forecasts.scenario import ANNULLED, AcledRule, GdeltRule, Scenario

FLAG = "flag"
Finding = tuple[FieldPath, str]
RuleModel = GdeltRule | AcledRule


@dataclass(frozen=True)
class RuleScope:
    """A scenario's rule with its window worked out.

    ``first_day``..``last_day`` (inclusive) is the window in event dates (GDELT SQLDATE, ACLED
    event_date, which are local calendar dates); ``start``..``end`` the same window as UTC
    instants, for dates a feed records as instants (GDELT DATEADDED).
    """

    scenario_id: str
    rule: RuleModel
    first_day: date
    last_day: date
    start: datetime
    end: datetime
    deadline_end: datetime
    fingerprint: str

    @property
    def feed(self) -> str:
        """``gdelt`` or ``acled``."""
        return self.rule.feed

    @property
    def on_match(self) -> str:
        """The outcome a match resolves to."""
        return self.rule.on_match

    @property
    def on_deadline(self) -> str:
        """What happens at the deadline without a match: an outcome, or ``flag``."""
        return self.rule.on_deadline_without_match


def _anchor(scenario: Scenario, value: str | When) -> When:
    if value == "opens":
        return scenario.opens or scenario.created
    if value == "created":
        return scenario.created
    if value == "deadline":
        return scenario.deadline
    assert not isinstance(value, str)
    return value


def _day(when: When) -> date:
    # A datetime keeps its own offset: event dates in feeds are local calendar dates.
    return when.date() if isinstance(when, datetime) else when


def rule_scope(scenario: Scenario) -> RuleScope | None:
    """The scope of the scenario's rule, or None when it has none."""
    rule = scenario.resolution.rule
    if rule is None:
        return None
    first = _anchor(scenario, rule.window.from_)
    last = _anchor(scenario, rule.window.to)
    return RuleScope(
        scenario_id=scenario.id,
        rule=rule,
        first_day=_day(first),
        last_day=_day(last),
        start=start_instant(first),
        end=end_instant(last),
        deadline_end=end_instant(scenario.deadline),
        fingerprint=rule_fingerprint(scenario),
    )


def rule_fingerprint(scenario: Scenario) -> str:
    """A short hash of everything that decides what the rule matches: edit it and it starts over."""
    rule = scenario.resolution.rule
    assert rule is not None
    parts = {
        # `review` says whether a person has checked the rule, not what it matches: clearing it
        # must not start the rule over, and fingerprints from before the field existed still hold.
        "rule": rule.model_dump(mode="json", by_alias=True, exclude={"review"}),
        "opens": (scenario.opens or scenario.created).isoformat(),
        "created": scenario.created.isoformat(),
        "deadline": scenario.deadline.isoformat(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def check_rule(scenario: Scenario) -> list[Finding]:
    """Problems of a rule that only show against its scenario: outcomes, window, dead filters."""
    rule = scenario.resolution.rule
    if rule is None:
        return []
    return list(_check_rule(scenario, rule))


def _check_rule(scenario: Scenario, rule: RuleModel) -> Iterator[Finding]:
    here: FieldPath = ("resolution", "rule")
    outcomes = scenario.outcomes()
    if rule.on_match not in outcomes:
        yield (
            here + ("on_match",),
            f"{rule.on_match!r} is not an outcome of this {scenario.kind} scenario; use one of: {', '.join(outcomes)}",
        )
    if rule.on_deadline_without_match not in [*outcomes, FLAG]:
        yield (
            here + ("on_deadline_without_match",),
            f"{rule.on_deadline_without_match!r} is not an outcome of this {scenario.kind} scenario or {FLAG!r}; use one of: {', '.join([*outcomes, FLAG])}",
        )
    if rule.on_deadline_without_match == rule.on_match and rule.on_match != ANNULLED:
        yield (
            here + ("on_deadline_without_match",),
            f"is {rule.on_match!r} like on_match, so the rule cannot tell anything apart; use another outcome or {FLAG!r}",
        )
    scope = rule_scope(scenario)
    assert scope is not None
    if scope.end < scope.start:
        yield (
            here + ("window",),
            f"ends ({scope.last_day.isoformat()}) before it starts ({scope.first_day.isoformat()}); swap from and to",
        )
    if isinstance(rule, GdeltRule):
        yield from _check_codes(rule, here)


def _check_codes(rule: GdeltRule, here: FieldPath) -> Iterator[Finding]:
    quads = set(rule.quad_class if isinstance(rule.quad_class, list) else [rule.quad_class] if rule.quad_class else [])
    roots = set(rule.event_root_codes or [])
    if quads and roots:
        dead = sorted(r for r in roots if QUAD_CLASS_OF_ROOT[r] not in quads)
        if dead:
            named = ", ".join(
                f"{r} ({QUAD_CLASS_NAMES[QUAD_CLASS_OF_ROOT[r]]}, QuadClass {QUAD_CLASS_OF_ROOT[r]})" for r in dead
            )
            yield (
                here + ("event_root_codes",),
                f"root code {named} never has quad_class {', '.join(str(q) for q in sorted(quads))} in GDELT, so it can never match; drop it or fix quad_class",
            )
    if rule.event_codes and roots:
        stray = [c for c in rule.event_codes if int(c[:2]) not in roots]
        if stray:
            yield (
                here + ("event_codes",),
                f"{', '.join(repr(c) for c in stray)} fall outside event_root_codes {sorted(roots)}, so they can never match",
            )
    if rule.event_codes and quads:
        stray = [c for c in rule.event_codes if QUAD_CLASS_OF_ROOT[int(c[:2])] not in quads]
        if stray:
            yield (
                here + ("event_codes",),
                f"{', '.join(repr(c) for c in stray)} never have quad_class {', '.join(str(q) for q in sorted(quads))} in GDELT, so they can never match",
            )
