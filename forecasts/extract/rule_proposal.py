"""Proposed machine rules: a forecast's event as a GDELT (or ACLED) rule, marked for review.

Where the event maps onto CAMEO, the actors come from the gazetteer (subject -> Actor1, target ->
Actor2, the place "in Iraq" -> the FIPS action country) and the verb picks CAMEO root or event
codes: strike/attack/bomb/shell 18-20, threaten 13 (138 with military force), protest 14, impose
sanctions 163, expel 166, arrest 173, blockade 191, mobilise 152, advance 19, take territory 192,
use nuclear (2042) or chemical and biological (2041) weapons, withdraw troops 0874, deploy troops
152, send military aid 07, agree a ceasefire 0871, sign an agreement 057, release prisoners 0841,
and the acts between two named actors: demand 10, visit 042, host 043, meet or consult 04,
negotiate 046, cooperate 05-06. NATO, the UN and the EU are coded by their own Actor codes
(IGOWSTNAT, IGOUNO, IGOEUREEC). "Strikes against ISIS" names who is struck, not who strikes. An armed group no country
code covers (ISIS, al-Qaeda) or a protest wave in a country with no named organiser fits ACLED
better: its actor names and event types say it directly.

Every proposal carries ``review: true``: ``forecasts check`` lists it for a person and never
acts on it until that line is removed. A proposal is only returned when it validates against
the schema (``forecasts.scenario``); votes, prices and elections have no rule (``None``), nor
do statements and scheduled steps other than the acts above, nor a meeting, visit or demand whose
other side is not named.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import TypeAdapter, ValidationError

from forecasts.extract.gazetteer import Actor, actors_in, country_actor, place_in
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
    # Demands, meetings, negotiation and cooperation: CAMEO roots 10, 04, 05 and 06.
    "demand": ("root", [10]),
    "visit": ("code", ["042"]),
    "host": ("code", ["043"]),
    "meet": ("root", [4]),
    "consult": ("root", [4]),
    "negotiate": ("code", ["046"]),
    "talk": ("code", ["046"]),
    "cooperate": ("root", [5, 6]),
}
# Verbs of statements and scheduled steps that CAMEO codes as acts between two actors: a rule only
# when the other actor is named too ("meet President Zelenskyy", "visit Morocco").
_NEEDS_TARGET = frozenset({"visit", "host", "meet", "consult", "negotiate", "talk", "cooperate", "demand", "sign"})
_NO_RULE_KINDS = frozenset({"vote", "price_level", "election"})
_MILITARY_THREAT = re.compile(r"\b(?:attack|strike|war|military|force|retaliat\w*|bomb\w*|invade|invasion)\b", re.I)
# ACLED event types for the kinds it records; an attack may be a battle, a strike or a massacre.
_ACLED_EVENT: dict[str, list[str]] = {
    "attack": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
    "protest": ["Protests"],
}


def _is_conflict_code(codes: tuple[str, list[Any]]) -> bool:
    """Threats (CAMEO 13) and force (18-20): what only an attack or a threat may be coded as."""
    return any(int(str(v)[:2]) in (13, 18, 19, 20) for v in codes[1])


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
    if p.verb in ("deploy", "send", "move") and re.search(r"\b(?:troops|forces|soldiers|warships?)\b", p.phrase, re.I):
        return ("code", ["152"])  # mobilize or increase armed forces
    if p.verb in ("send", "provide", "supply", "deliver", "give") and re.search(
        r"\b(?:aid|assistance|weapons|arms|missiles|ammunition|air\s+defen[cs]e)\b", p.phrase, re.I
    ):
        return ("root", [7])  # provide aid (military aid 072)
    if p.verb in ("agree", "declare", "accept", "observe", "sign") and re.search(
        r"\b(?:cease-?fire|truce)\b", p.phrase, re.I
    ):
        return ("code", ["0871"])  # declare truce, ceasefire
    if p.verb == "sign" and re.search(r"\b(?:agreement|deal|accord|treaty|pact)\b", p.phrase, re.I):
        return ("code", ["057"])  # sign formal agreement
    if p.verb in ("release", "free", "exchange") and re.search(
        r"\b(?:hostages?|prisoners?|detainees?|captives?)\b", p.phrase, re.I
    ):
        return ("code", ["0841"])  # return, release person(s)
    if p.event_kind in ("statement", "scheduled") and p.verb not in _VERB_CODES:
        return None  # what is said or scheduled is not an act between actors CAMEO codes
    found = _VERB_CODES.get(p.verb)
    if found is not None and _is_conflict_code(found) and p.event_kind not in ("attack", "threat"):
        return None  # "be targeted for the next phase", "threaten the integrity of": the verb's other sense
    if found is None:
        if p.event_kind == "attack":
            return ("root", _ATTACK_ROOTS)
        if p.event_kind == "protest":
            return ("root", [14])
        return None
    if found == ("root", [13]) and _MILITARY_THREAT.search(p.phrase):
        return ("code", ["138"])
    return found


def _igo_code(actors: list[Actor]) -> str | None:
    """The Actor1Code of an intergovernmental organisation among ``actors`` ("IGOWSTNAT" NATO)."""
    return next((a.actor_code for a in actors if a.cameo_type == "IGO" and a.actor_code), None)


def _one_code(actors: list[Actor]) -> str | list[str] | None:
    codes: list[str] = []
    for actor in actors:
        if actor.cameo_country and actor.cameo_country not in codes:
            codes.append(actor.cameo_country)
    if not codes:
        return None
    return codes[0] if len(codes) == 1 else codes


# "Strikes against ISIS will continue": who is struck follows the attack noun; who strikes is unnamed.
_AGAINST_IN_SUBJECT = re.compile(r"\s+(?:against|on|at|into)\s+")


def _subject_actors(p: Proposition) -> list[Actor]:
    return actors_in(_AGAINST_IN_SUBJECT.split(p.subject, maxsplit=1)[0])


def _target_actors(p: Proposition, subject: list[Actor]) -> list[Actor]:
    own = {s.cameo_country for s in subject if s.cameo_country}
    in_subject = _AGAINST_IN_SUBJECT.split(p.subject, maxsplit=1)
    if len(in_subject) == 2 and actors_in(in_subject[1]):
        return [a for a in actors_in(in_subject[1]) if a.cameo_country is None or a.cameo_country not in own]
    found = [a for a in actors_in(p.target or "") if a.cameo_country is None or a.cameo_country not in own]
    if found:
        return found
    # "fire rockets at Israel", "launch strikes against US bases": the target follows the weapon.
    m = re.search(r"\b(?:at|on|against|into|toward|towards)\s+(.+)$", p.phrase)
    if m:
        return [a for a in actors_in(m.group(1)) if a.cameo_country is None or a.cameo_country not in own]
    if p.verb in _NEEDS_TARGET:
        # "visit Morocco", "meet with President Zelenskyy": the one visited or met is the object.
        after = re.sub(r"(?i)^\S+\s+(?:with\s+)?", "", p.phrase)
        others = [a for a in actors_in(after) if a.cameo_country is None or a.cameo_country not in own]
        return others[:1]  # "demand that US troops leave Iraq": of the US, not of Iraq
    return []


def _quad(kind: str, values: list[Any]) -> int | None:
    roots = {int(str(v)[:2]) for v in values}
    quads = {QUAD_CLASS_OF_ROOT[r] for r in roots if r in QUAD_CLASS_OF_ROOT}
    return quads.pop() if len(quads) == 1 else None


def _gdelt_rule(p: Proposition, subject: list[Actor], codes: tuple[str, list[Any]]) -> dict[str, Any] | None:
    actor1 = _one_code(subject)
    igo1 = _igo_code(subject)
    target = _target_actors(p, subject)
    actor2 = _one_code(target)
    igo2 = _igo_code(target)
    if actor1 is None and igo1 is None and (subject or actor2 is None):
        return None  # no one to code as Actor1, unless the subject names no actor and the target does
    if p.verb in _NEEDS_TARGET and actor2 is None and igo2 is None:
        return None  # "meet" with no one named would match every meeting the actor holds
    rule: dict[str, Any] = {"feed": "gdelt"}
    if actor1 is not None:
        rule["actor1_country"] = actor1
    if igo1 is not None:
        rule["actor1_code"] = igo1
    # A named armed group or force narrows the country to its actor type ("LBNREB", "IRNMIL").
    typed = [a for a in subject if a.cameo_type in ("REB", "INS", "SPY") and a.actor_code]
    if typed and igo1 is None:
        rule["actor1_code"] = typed[0].actor_code
    if actor2 is not None:
        rule["actor2_country"] = actor2
    if igo2 is not None:
        rule["actor2_code"] = igo2
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


def _acled_rule(p: Proposition, subject: list[Actor], article_country: str | None) -> dict[str, Any] | None:
    event = _ACLED_EVENT.get(p.event_kind)
    if event is None:
        return None
    rule: dict[str, Any] = {"feed": "acled", "event_type": event[0] if len(event) == 1 else list(event)}
    named = [a for a in subject if a.cameo_country is None or a.cameo_type is not None]
    if named:
        rule["actor1"] = _literal_pattern(named[0].name)
    struck = [a for a in _target_actors(p, subject) if a.cameo_country is None or a.cameo_type is not None]
    if struck:
        rule["actor2"] = _literal_pattern(struck[0].name)
    place = place_in(p.phrase)
    countries = [a for a in subject if a.fips is not None and a.cameo_type is None]
    where = place or (countries[0] if countries else None)
    if where is None and article_country is not None:
        where = country_actor(article_country)
    if where is None:
        # ACLED records every country's fighting: "strikes against ISIS" with no country would
        # match Iraq's, Nigeria's and Syria's alike, so an unbounded rule is no proposal.
        return None
    rule["country"] = where.name
    return rule


def propose_rule(
    p: Proposition, opens: date, deadline: date, article_country: str | None = None
) -> dict[str, Any] | None:
    """The mapping to put under ``resolution: rule:`` for ``p``, with ``review: true``, or None.

    GDELT when the subject is a country or an armed group with a home country and the verb has
    CAMEO codes; ACLED for groups without a country and for protests with no named country
    actor. An ACLED rule is bounded by a country: the claim's place, the subject's country, else
    ``article_country`` (the CAMEO code of the country the article is about); without one there is
    no ACLED proposal. The window is the scenario's own (opens to deadline), so it is left at its default.
    The result always validates against the schema; None when nothing maps or it would not.
    """
    if deadline < opens or p.event_kind in _NO_RULE_KINDS:
        return None
    codes = _codes_for(p)
    if codes is None:
        return None
    subject = _subject_actors(p)
    target = _target_actors(p, subject)
    rule = None
    if any(a.cameo_country or a.cameo_type == "IGO" for a in subject):
        rule = _gdelt_rule(p, subject, codes)
    elif p.event_kind in _ACLED_EVENT:
        rule = _acled_rule(p, subject, article_country)
    elif not subject and any(a.cameo_country for a in target):
        rule = _gdelt_rule(p, subject, codes)  # "strikes against Syria": who strikes is unnamed
    if rule is None:
        return None
    rule["review"] = True
    try:
        _RULE.validate_python(rule)
    except ValidationError:
        return None  # a proposal that does not validate would only give the person more to fix
    return rule
