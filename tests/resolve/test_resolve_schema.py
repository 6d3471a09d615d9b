"""Rules in scenario files: every mistake gets file:line: field: message, quoting the value."""

from __future__ import annotations

from pathlib import Path

import pytest

from forecasts.document import parse_document
from forecasts.problems import ScenarioError
from forecasts.resolve.scope import check_rule, rule_scope
from forecasts.scenario import Scenario
from forecasts.store import parse_scenario

HEAD = """id: probe
title: Probe
question: Will it happen?
kind: {kind}
{options}created: 2020-01-04
opens: 2020-01-05
deadline: 2020-03-31
resolution:
  criteria: Yes if it happens.
  rule:
    feed: {feed}
"""


def scenario_text(rule: str, feed: str = "gdelt", categorical: bool = False) -> str:
    options = "options:\n  - {id: direct, label: Direct}\n  - {id: none, label: None}\n" if categorical else ""
    head = HEAD.format(kind="categorical" if categorical else "binary", options=options, feed=feed)
    return head + "".join(f"    {line}\n" for line in rule.strip().splitlines())


def problems(rule: str, feed: str = "gdelt") -> list[str]:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(Path("probe.yaml"), scenario_text(rule, feed))
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            "actor1_country: IR",
            "probe.yaml:12: resolution.rule.actor1_country: 'IR' is a 2-letter FIPS place code; actor countries are CAMEO 3-letter codes (IRN Iran, IRQ Iraq, USA); for this place use 'IRN'",
        ),
        (
            "actor2_country: [USA, iz]",
            "probe.yaml:12: resolution.rule.actor2_country: 'iz' is not a CAMEO country code (3 capital letters, e.g. IRN, USA)",
        ),
        (
            "actor2_country: [usa]",
            "probe.yaml:12: resolution.rule.actor2_country: 'usa': CAMEO country codes are capital letters; write 'USA'",
        ),
        (
            "action_country: [IZ, IRN]",
            "probe.yaml:12: resolution.rule.action_country: 'IRN' is a 3-letter CAMEO actor code; action_country takes FIPS 10-4 2-letter codes as in GDELT's geo fields (IR Iran, IZ Iraq, US); for this country use 'IR'",
        ),
        (
            "action_country: iz",
            "probe.yaml:12: resolution.rule.action_country: 'iz': FIPS country codes are capital letters; write 'IZ'",
        ),
        (
            "event_codes: [10]",
            "probe.yaml:12: resolution.rule.event_codes[0]: 10 is a number; write CAMEO event codes as quoted text so leading zeros survive ('010' is not '10')",
        ),
        (
            "event_codes: ['1386']",
            "probe.yaml:12: resolution.rule.event_codes[0]: '1386' is not a CAMEO event code (did you mean '1385'?); codes have 2-4 digits, e.g. '190', '1384', '0211'",
        ),
        ("event_root_codes: [21]", "probe.yaml:12: resolution.rule.event_root_codes[0]: 21 must be <= 20"),
        (
            "window: {from: opnes}",
            "probe.yaml:12: resolution.rule.window.from: 'opnes' is not a date (YYYY-MM-DD) or one of: opens, created, deadline (did you mean 'opens'?)",
        ),
        ("min_sources: 0", "probe.yaml:12: resolution.rule.min_sources: 0 must be >= 1"),
        (
            "date_field: reported",
            "probe.yaml:12: resolution.rule.date_field: 'reported' is not allowed; use one of: event, added",
        ),
        (
            "exclude: {actor1_country: Iran}",
            "probe.yaml:12: resolution.rule.exclude.actor1_country: 'Iran' is not a CAMEO country code (3 capital letters, e.g. IRN, USA)",
        ),
        ("min_source: 3", "probe.yaml:12: resolution.rule: unknown key 'min_source' (did you mean 'min_sources'?)"),
    ],
)
def test_gdelt_rule_mistakes(rule: str, message: str) -> None:
    assert problems(rule) == [message]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            "event_type: Battle",
            "probe.yaml:12: resolution.rule.event_type: 'Battle' is not an ACLED event_type (did you mean 'Battles'?); use one of: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments",
        ),
        (
            "event_type: Protests\nsub_event_type: armed clash",
            "probe.yaml:13: resolution.rule.sub_event_type: 'Armed clash' belongs to event_type 'Battles', which this rule leaves out; add it or drop the sub-type",
        ),
        (
            "actor1: Military Forces of Iran (1989-",
            "probe.yaml:12: resolution.rule.actor1: 'Military Forces of Iran (1989-' is not a valid pattern (missing ), unterminated subpattern at position 24); patterns are regular expressions matched anywhere in the name, ignoring case: escape ( and ) as \\( and \\)",
        ),
        ("min_fatalities: -1", "probe.yaml:12: resolution.rule.min_fatalities: -1 must be >= 0"),
        ("country: [Iraq, '']", "probe.yaml:12: resolution.rule.country: must not be empty"),
    ],
)
def test_acled_rule_mistakes(rule: str, message: str) -> None:
    assert problems(rule, feed="acled") == [message]


def test_a_rule_needs_a_known_feed() -> None:
    assert problems("actor1_country: IRN", feed="gdlet") == [
        "probe.yaml:10: resolution.rule: rule needs 'feed: gdelt' or 'feed: acled'"
    ]


def findings(rule: str, categorical: bool = False) -> list[str]:
    # Schema only (no semantic checks), so the rule's findings can be looked at on their own.
    data = parse_document(scenario_text(rule, categorical=categorical)).data
    scenario = Scenario.model_validate(data)
    return [f"{'.'.join(str(p) for p in where)}: {message}" for where, message in check_rule(scenario)]


def test_rules_are_checked_against_their_scenario() -> None:
    assert findings("on_match: maybe") == [
        "resolution.rule.on_match: 'maybe' is not an outcome of this binary scenario; use one of: yes, no, ambiguous"
    ]
    assert findings("on_match: direct\non_deadline_without_match: 'yes'", categorical=True) == [
        "resolution.rule.on_deadline_without_match: 'yes' is not an outcome of this categorical scenario or 'flag'; use one of: direct, none, ambiguous, flag"
    ]
    assert findings("on_deadline_without_match: 'yes'") == [
        "resolution.rule.on_deadline_without_match: is 'yes' like on_match, so the rule cannot tell anything apart; use another outcome or 'flag'"
    ]
    assert findings("window: {from: 2020-03-01, to: 2020-02-01}") == [
        "resolution.rule.window: ends (2020-02-01) before it starts (2020-03-01); swap from and to"
    ]
    assert findings("quad_class: 4\nevent_root_codes: [13, 19]") == [
        "resolution.rule.event_root_codes: root code 13 (verbal conflict, QuadClass 3) never has quad_class 4 in GDELT, so it can never match; drop it or fix quad_class"
    ]
    assert findings("event_root_codes: [19]\nevent_codes: ['190', '1384']") == [
        "resolution.rule.event_codes: '1384' fall outside event_root_codes [19], so they can never match"
    ]
    assert findings("actor1_country: IRN\non_match: 'yes'\non_deadline_without_match: 'no'") == []


def test_the_window_follows_the_scenario() -> None:
    scenario = parse_scenario(
        Path("probe.yaml"), scenario_text("window: {from: created, to: 2020-01-31T12:00:00+03:00}")
    ).scenario
    scope = rule_scope(scenario)
    assert scope is not None
    assert (scope.first_day.isoformat(), scope.last_day.isoformat()) == ("2020-01-04", "2020-01-31")
    assert scope.end.isoformat() == "2020-01-31T09:00:00+00:00"
    default = rule_scope(parse_scenario(Path("probe.yaml"), scenario_text("min_sources: 2")).scenario)
    assert default is not None and (default.first_day.isoformat(), default.last_day.isoformat()) == (
        "2020-01-05",
        "2020-03-31",
    )
    assert default.fingerprint != scope.fingerprint


def test_the_bundled_rules_fit_their_scenarios() -> None:
    from forecasts.store import load_catalog

    root = Path(__file__).resolve().parents[2] / "scenarios"
    catalog = load_catalog(root)
    with_rules = [f.scenario for f in catalog.files if f.scenario.resolution.rule is not None]
    assert len(with_rules) >= 12
    assert {s.id: check_rule(s) for s in with_rules} == {s.id: [] for s in with_rules}
