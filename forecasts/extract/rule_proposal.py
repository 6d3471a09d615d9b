"""Proposed machine rules: a forecast's event as a GDELT (or ACLED) rule, marked for review.

Where the event maps onto CAMEO, the actors come from the gazetteer (subject -> Actor1, target ->
Actor2, the place "in Iraq" -> the FIPS action country) and the verb picks CAMEO root or event
codes: strike/attack/bomb/shell 18-20, threaten 13 (138 with military force), protest 14, impose
sanctions 163, expel 166, arrest 173, blockade 191, mobilise 152, advance 19, take territory 192,
use nuclear (2042) or chemical and biological (2041) weapons, withdraw troops 0874. An armed group no country
code covers (ISIS, al-Qaeda) or a protest wave in a country with no named organiser fits ACLED
better: its actor names and event types say it directly.

Every proposal carries ``review: true``: ``forecasts check`` lists it for a person and never
acts on it until that line is removed. A proposal is only returned when it validates against
the schema (``forecasts.scenario``); statements, votes, prices, elections and scheduled steps
have no rule (``None``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import TypeAdapter, ValidationError

from forecasts.extract.gazetteer import Actor, actors_in, place_in
from forecasts.extract.propositions import Proposition
from forecasts.resolve.vocabulary import QUAD_CLASS_OF_ROOT
from forecasts.scenario import Rule

# GDELT counts one incident many times; three sources is the bundled rules' convention.
MIN_SOURCES = 3
_RULE = TypeAdapter(Rule)

# Verb lemma -> CAMEO codes: ("root", [roots]) or ("code", [event codes]).
_ATTACK_ROOTS = [18, 19, 20]
_VERB_CODES: dict[str, tuple[str, list[Any]]] = {
    **{
        verb: ("root", _ATTACK_ROOTS)
        for verb in (
            "strike attack bomb shell shoot fire hit target retaliate raid assault ambush bombard storm destroy "
            "launch carry conduct mount stage wage escalate unleash"
        ).split()
    },
    "invade": ("code", ["19"]),
    "fight": ("code", ["19"]),
    "clash": ("code", ["19"]),
    "occupy": ("code", ["192"]),
    "seize": ("code", ["192"]),
    "capture": ("code", ["192"]),
    "overrun": ("code", ["192"]),
    "assassinate": ("code", ["186"]),
    "kill": ("code", ["18", "19", "20"]),
    "threaten": ("root", [13]),
    "warn": ("root", [13]),
    "protest": ("root", [14]),
    "demonstrate": ("root", [14]),
    "rally": ("root", [14]),
    "march": ("root", [14]),
    "riot": ("code", ["145"]),
    "sanction": ("code", ["163"]),
    "impose": ("code", ["163"]),
    "embargo": ("code", ["163"]),
    "boycott": ("code", ["163"]),
    "expel": ("code", ["166"]),
    "deport": ("code", ["166"]),
    "arrest": ("code", ["173"]),
    "detain": ("code", ["173"]),
    "blockade": ("code", ["191"]),
    "mobilize": ("code", ["152"]),
    "mobilise": ("code", ["152"]),
}
_NO_RULE_KINDS = frozenset({"statement", "vote", "price_level", "election", "scheduled"})
_MILITARY_THREAT = re.compile(r"\b(?:attack|strike|war|military|force|retaliat\w*|bomb\w*|invade|invasion)\b", re.I)
# ACLED event types for the kinds it records; an attack may be a battle, a strike or a massacre.
_ACLED_EVENT: dict[str, list[str]] = {
    "attack": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
    "protest": ["Protests"],
}


def _codes_for(p: Proposition) -> tuple[str, list[Any]] | None:
    if p.verb in ("launch", "carry", "conduct", "mount", "stage", "wage") and p.event_kind != "attack":
        return None
    if p.verb == "impose" and p.event_kind != "sanction":
        return None
    if p.event_kind == "attack" and p.verb in ("use", "deploy", "employ"):
        if re.search(r"\bnuclear\b", p.phrase, re.I):
            return ("code", ["2042"])  # use nuclear weapons
        if re.search(r"\b(?:chemical|biological|radiological|CBW)\b", p.phrase, re.I):
            return ("code", ["2041"])  # use chemical, biological or radiological weapons
        return ("root", _ATTACK_ROOTS)
    if p.event_kind == "attack" and p.verb in ("advance", "push", "move", "march", "roll", "cross"):
        return ("root", [19])  # fight: use of conventional military force
    if p.event_kind == "attack" and p.verb in ("take", "retake"):
        return ("code", ["192"])  # occupy territory
    if p.verb == "withdraw" and re.search(r"\b(?:troops|forces|soldiers|army)\b", p.phrase, re.I):
        return ("code", ["0874"])  # retreat militarily
    found = _VERB_CODES.get(p.verb)
    if found is None:
        if p.event_kind == "attack":
            return ("root", _ATTACK_ROOTS)
        if p.event_kind == "protest":
            return ("root", [14])
        return None
    if found == ("root", [13]) and _MILITARY_THREAT.search(p.phrase):
        return ("code", ["138"])
    return found


def _one_code(actors: list[Actor]) -> str | list[str] | None:
    codes: list[str] = []
    for actor in actors:
        if actor.cameo_country and actor.cameo_country not in codes:
            codes.append(actor.cameo_country)
    if not codes:
        return None
    return codes[0] if len(codes) == 1 else codes


def _subject_actors(p: Proposition) -> list[Actor]:
    return actors_in(p.subject)


def _target_actors(p: Proposition, subject: list[Actor]) -> list[Actor]:
    own = {s.cameo_country for s in subject}
    found = [a for a in actors_in(p.target or "") if a.cameo_country not in own]
    if found:
        return found
    # "fire rockets at Israel", "launch strikes against US bases": the target follows the weapon.
    m = re.search(r"\b(?:at|on|against|into|toward|towards)\s+(.+)$", p.phrase)
    if m:
        return [a for a in actors_in(m.group(1)) if a.cameo_country not in own]
    return []


def _quad(kind: str, values: list[Any]) -> int | None:
    roots = {int(str(v)[:2]) for v in values}
    quads = {QUAD_CLASS_OF_ROOT[r] for r in roots if r in QUAD_CLASS_OF_ROOT}
    return quads.pop() if len(quads) == 1 else None


def _gdelt_rule(p: Proposition, subject: list[Actor], codes: tuple[str, list[Any]]) -> dict[str, Any] | None:
    actor1 = _one_code(subject)
    if actor1 is None:
        return None
    rule: dict[str, Any] = {"feed": "gdelt", "actor1_country": actor1}
    # A named armed group or force narrows the country to its actor type ("LBNREB", "IRNMIL").
    typed = [a for a in subject if a.cameo_type in ("REB", "INS", "SPY") and a.actor_code]
    if typed:
        rule["actor1_code"] = typed[0].actor_code
    target = _target_actors(p, subject)
    actor2 = _one_code(target)
    if actor2 is not None:
        rule["actor2_country"] = actor2
    kind, values = codes
    quad = _quad(kind, values)
    if quad is not None:
        rule["quad_class"] = quad
    if kind == "root":
        rule["event_root_codes"] = list(values)
    else:
        rule["event_codes"] = [str(v) for v in values]
    place = place_in(p.phrase)
    if place is not None and place.fips is not None:
        rule["action_country"] = place.fips
    rule["min_sources"] = MIN_SOURCES
    return rule


def _literal_pattern(name: str) -> str:
    """A name as an ACLED actor pattern: regex characters escaped, spaces left readable."""
    return re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", name)


def _acled_rule(p: Proposition, subject: list[Actor]) -> dict[str, Any] | None:
    event = _ACLED_EVENT.get(p.event_kind)
    if event is None:
        return None
    rule: dict[str, Any] = {"feed": "acled", "event_type": event[0] if len(event) == 1 else list(event)}
    named = [a for a in subject if a.cameo_country is None or a.cameo_type is not None]
    if named:
        rule["actor1"] = _literal_pattern(named[0].name)
    place = place_in(p.phrase)
    countries = [a for a in subject if a.fips is not None and a.cameo_type is None]
    where = place or (countries[0] if countries else None)
    if where is not None:
        rule["country"] = where.name
    if "actor1" not in rule and "country" not in rule:
        return None
    return rule


def propose_rule(p: Proposition, opens: date, deadline: date) -> dict[str, Any] | None:
    """The mapping to put under ``resolution: rule:`` for ``p``, with ``review: true``, or None.

    GDELT when the subject is a country or an armed group with a home country and the verb has
    CAMEO codes; ACLED for groups without a country and for protests with no named country
    actor. The window is the scenario's own (opens to deadline), so it is left at its default.
    The result always validates against the schema; None when nothing maps or it would not.
    """
    if deadline < opens or p.event_kind in _NO_RULE_KINDS:
        return None
    codes = _codes_for(p)
    if codes is None:
        return None
    subject = _subject_actors(p)
    rule = None
    if any(a.cameo_country for a in subject):
        rule = _gdelt_rule(p, subject, codes)
    elif p.event_kind in _ACLED_EVENT:
        rule = _acled_rule(p, subject)
    if rule is None:
        return None
    rule["review"] = True
    try:
        _RULE.validate_python(rule)
    except ValidationError:
        return None  # a proposal that does not validate would only give the person more to fix
    return rule
