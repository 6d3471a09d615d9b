"""Proposed machine rules: a forecast's event as a GDELT (or ACLED) rule, marked for review.

Where the event maps onto CAMEO, the actors come from the gazetteer (subject -> Actor1, target ->
Actor2, the place "in Iraq" -> the FIPS action country) and the verb picks CAMEO root or event
codes: strike/attack/bomb/shell 18-20, threaten 13 (138 with military force), protest 14, impose
sanctions 163, expel 166, arrest 173, blockade 191, mobilise 152, advance 19, take territory 192,
use nuclear (2042) or chemical and biological (2041) weapons, withdraw troops 0874, deploy troops
or weapons 152 (weapons deployed are stationed, not used), send military aid 07, agree a ceasefire
0871, sign an agreement 057, release prisoners 0841, and the acts between two named actors:
demand 10, visit 042, host 043, meet or consult 04, negotiate 046, cooperate 05-06. NATO, the UN and the EU are coded by their own Actor codes
(IGOWSTNAT, IGOUNO, IGOEUREEC). "Strikes against ISIS" names who is struck, not who strikes. An armed group no country
code covers (ISIS, al-Qaeda) or a protest wave in a country with no named organiser fits ACLED
better: its actor names and event types say it directly. ACLED's country is where the events
happen, never who acts in them; "US allies" is the allies the article lists or a region's states;
"retaliate" is force only when force is named (``propose_rule_and_notes``).

Every proposal carries ``review: true``: ``forecasts check`` lists it for a person and never
acts on it until that line is removed. A proposal is only returned when it validates against
the schema (``forecasts.scenario``); votes, prices and elections have no rule (``None``), nor
do statements and scheduled steps other than the acts above, nor a meeting, visit or demand whose
other side is not named, nor one whose own side is not known: "Deputy Secretary Sherman will meet
Japanese officials" codes Sherman's country as Actor1 only when a government publishes it (an
official it names by title alone is its own), else a rule with Actor2 alone would match every
meeting the other side holds, and a note asks for Actor1 instead.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import TypeAdapter, ValidationError

from forecasts.extract.article import Article
from forecasts.extract.conflict_senses import FORCE, RETALIATION_VERBS, SPEECH_ANSWERS
from forecasts.extract.event_places import fighting_country as fighting_place
from forecasts.extract.event_places import region_states, theatre_country
from forecasts.extract.gazetteer import Actor, actors_in, country_actor, place_in
from forecasts.extract.officials import is_named_by_office, publishing_government
from forecasts.extract.propositions import Proposition
from forecasts.extract.sentences import split_sentences
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
# Review notes for what a proposal cannot fill in from the article.
REVIEW_ALLIES = (
    "resolution.rule: the target {allies!r} names no country and the article does not say which; "
    "add actor2_country with their CAMEO codes (SAU Saudi Arabia, ARE United Arab Emirates)"
)
REVIEW_NO_ACTOR1 = (
    "resolution.rule: none proposed, as the article does not say whose official {subject!r} is; "
    "a rule with Actor2 alone would match every such act by anyone; write one with actor1_country"
)
REVIEW_NO_PLACE = (
    "resolution.rule: none proposed, as the article does not say in which country the events happen; "
    "write an ACLED rule with country: the country where they happen"
)
# ACLED event types for the kinds it records; an attack may be a battle, a strike or a massacre.
_ACLED_EVENT: dict[str, list[str]] = {
    "attack": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
    "protest": ["Protests"],
}


def _is_conflict_code(codes: tuple[str, list[Any]]) -> bool:
    """Threats (CAMEO 13) and force (18-20): what only an attack or a threat may be coded as."""
    return any(int(str(v)[:2]) in (13, 18, 19, 20) for v in codes[1])


# "Retaliate", "respond", "a reprisal": answering in kind, which may be an expulsion, a sanction or
# a restriction as well as a strike; only words of force make it an armed attack.
_RETALIATION_NOUN = re.compile(r"\b(?:reprisals?|retaliation|response|revenge|riposte)$", re.I)


def _is_retaliation(p: Proposition) -> bool:
    """Whether ``p`` is an answer to something, of no stated kind ("Russia will retaliate", "Iran's response")."""
    head = re.split(r"\s+(?:against|on|by|in|into|at|to|for)\s+", p.subject.strip(), maxsplit=1)[0]
    return p.verb in RETALIATION_VERBS or bool(_RETALIATION_NOUN.search(head))


def _codes_for(p: Proposition, sentence: str = "") -> tuple[str, list[Any]] | None:
    if _is_retaliation(p):
        # "Respond" and "reply" also answer questions: for them only the claim's own words count.
        said = f"{p.subject} {p.phrase}" if p.verb in SPEECH_ANSWERS else f"{p.subject} {p.phrase} {sentence}"
        if not FORCE.search(said):
            return None  # "We will not retaliate ... with any restrictions": no force named, no conflict rule
        return ("root", _ATTACK_ROOTS)  # "Iran will respond with missile strikes": force named
    if p.verb in ("launch", "carry", "conduct", "mount", "stage", "wage") and p.event_kind != "attack":
        return None
    if p.verb == "impose" and p.event_kind != "sanction":
        return None
    if p.event_kind == "attack" and p.verb in ("use", "employ"):
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
    if p.verb in ("deploy", "send", "move") and re.search(
        r"\b(?:troops|forces|soldiers|warships?|missiles?|weapons|warheads|bombers|regiments?|brigades?|battalions?)\b",
        p.phrase,
        re.I,
    ):
        return ("code", ["152"])  # mobilize or increase armed forces: weapons stationed, as troops are
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


# "US allies", "America's Gulf partners", "allies of Israel": states the phrase does not name.
_ALLIES = re.compile(r"\b(?:allies|partners)\b|\ballied\s+(?:states|countries|nations|governments)\b", re.I)
# "allies such as Saudi Arabia and the UAE": the article names them.
_ALLIES_NAMED = re.compile(
    r"\b(?:allies|partners)\b[^.;]*?\b(?:such\s+as|including|like|namely|notably|among\s+them)\s+"
    r"([^.;,]+(?:,\s+(?:and\s+|or\s+)?[A-Z][^.;,]*)*)"
)


def _allied_target(p: Proposition, subject: list[Actor], sentence: str) -> list[Actor] | None:
    """The states "US allies" stands for: those the sentence lists, else those of a region the
    object names ("in the Persian Gulf"); [] when the article does not say which; None when the
    object is not someone's allies.
    """
    obj = p.target or re.sub(r"^\S+\s*", "", p.phrase)
    m = _ALLIES.search(obj)
    if m is None:
        return None
    # The patron is the country the allies belong to: "US allies", "America's Gulf allies", "allies of Israel".
    before = re.search(r"(\S+(?:\s+\S+)?)(?:['\u2019]s)?\s+(?:[A-Z]\w+\s+)?$", obj[: m.start()])
    after = re.match(r"\s+of\s+(?:the\s+)?(\S+(?:\s+[A-Z]\S*)?)", obj[m.end() :])
    patron_words = " ".join(g.group(1) for g in (before, after) if g)
    patrons = {a.cameo_country for a in actors_in(re.sub(r"['\u2019]s\b", "", patron_words)) if a.cameo_country}
    own = {a.cameo_country for a in subject if a.cameo_country}
    outside = own | patrons
    after_verb = re.sub(r"^\S+\s*", "", p.phrase)  # "US allies in the Persian Gulf": the target cut short
    listed = _ALLIES_NAMED.search(after_verb) or _ALLIES_NAMED.search(sentence)
    if listed:
        named = [a for a in actors_in(listed.group(1)) if a.fips is not None and a.cameo_country not in outside]
        if named:
            return named
    return [a for a in region_states(f"{obj} {after_verb}") if a.cameo_country not in outside]


_MEETING_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*")


def _target_actors(p: Proposition, subject: list[Actor], sentence: str = "") -> list[Actor]:
    own = {s.cameo_country for s in subject if s.cameo_country}
    allies = _allied_target(p, subject, sentence)
    if allies is not None:
        return allies  # "attack US allies": never the US, nor any country the object merely places
    in_subject = _AGAINST_IN_SUBJECT.split(p.subject, maxsplit=1)
    if len(in_subject) == 2 and actors_in(in_subject[1]):
        return [a for a in actors_in(in_subject[1]) if a.cameo_country is None or a.cameo_country not in own]
    found = [a for a in actors_in(p.target or "") if a.cameo_country is None or a.cameo_country not in own]
    if found:
        return found
    # "fire rockets at Israel", "launch strikes against US bases": the target follows the weapon.
    m = re.search(r"\b(?:at|on|against|into|toward|towards)\s+(.+)$", p.phrase)
    if m and p.verb not in _NEEDS_TARGET:  # "meet ... at the White House": a place, not who is met
        return [a for a in actors_in(m.group(1)) if a.cameo_country is None or a.cameo_country not in own]
    if p.verb in _NEEDS_TARGET:
        # "visit Morocco", "meet with President Zelenskyy": the one visited or met is the object.
        after = re.sub(r"(?i)^\S+\s+(?:with\s+)?", "", p.phrase)
        # "meet with the regime in Brussels to resolve the disputes over Tehran's ...": where they
        # meet is no side of the meeting when another is named; alone it stands for the host's side
        # ("meet with President-elect Marcos ... in Manila").
        others = [
            a
            for a in actors_in(_MEETING_PLACE.sub("", after)) or actors_in(after)
            if a.cameo_country is None or a.cameo_country not in own
        ]
        return others[:1]  # "demand that US troops leave Iraq": of the US, not of Iraq
    return []


def _quad(kind: str, values: list[Any]) -> int | None:
    roots = {int(str(v)[:2]) for v in values}
    quads = {QUAD_CLASS_OF_ROOT[r] for r in roots if r in QUAD_CLASS_OF_ROOT}
    return quads.pop() if len(quads) == 1 else None


def _gdelt_rule(
    p: Proposition, subject: list[Actor], codes: tuple[str, list[Any]], sentence: str, notes: list[str]
) -> dict[str, Any] | None:
    actor1 = _one_code(subject)
    igo1 = _igo_code(subject)
    target = _target_actors(p, subject, sentence)
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
    elif _allied_target(p, subject, sentence) == []:
        obj = p.target or re.sub(r"^\S+\s*", "", p.phrase)
        notes.append(REVIEW_ALLIES.format(allies=obj))
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


def _acled_rule(
    p: Proposition, subject: list[Actor], fighting_country: str | None, sentence: str, notes: list[str]
) -> dict[str, Any] | None:
    event = _ACLED_EVENT.get(p.event_kind)
    if event is None:
        return None
    rule: dict[str, Any] = {"feed": "acled", "event_type": event[0] if len(event) == 1 else list(event)}
    named = [a for a in subject if a.cameo_country is None or a.cameo_type is not None]
    if named:
        rule["actor1"] = _literal_pattern(named[0].name)
    struck = [a for a in _target_actors(p, subject, sentence) if a.cameo_country is None or a.cameo_type is not None]
    if struck:
        rule["actor2"] = _literal_pattern(struck[0].name)
    # ACLED's country is where the event happens, never the nationality of who acts in it.
    # The claim's own place first ("attack villages in Mali", "strikes against them in Mali").
    where = place_in(p.phrase) or place_in(p.subject) or fighting_place(sentence)
    if where is None and fighting_country is not None and p.event_kind != "protest":
        # The country the article places the fighting in is where its attacks happen, not its
        # protests: "protests across the Latin American region" in a report that opened on Ethiopia.
        where = country_actor(fighting_country)
    if where is None:
        # ACLED records every country's fighting: "strikes against ISIS" with no country would
        # match Iraq's, Nigeria's and Syria's alike, so an unbounded rule is no proposal.
        notes.append(REVIEW_NO_PLACE)
        return None
    rule["country"] = where.name
    return rule


def propose_rule(
    p: Proposition, opens: date, deadline: date, fighting_country: str | None = None, sentence: str = ""
) -> dict[str, Any] | None:
    """The mapping to put under ``resolution: rule:`` for ``p``, with ``review: true``, or None.

    The rule of ``propose_rule_and_notes`` without its review notes.
    """
    return propose_rule_and_notes(p, opens, deadline, fighting_country, sentence)[0]


def propose_rule_and_notes(
    p: Proposition,
    opens: date,
    deadline: date,
    fighting_country: str | None = None,
    sentence: str = "",
    official_country: str | None = None,
) -> tuple[dict[str, Any] | None, list[str]]:
    """The rule for ``p`` (with ``review: true``, or None) and what a person must add to it.

    GDELT when the subject is a country or an armed group with a home country and the verb has
    CAMEO codes; ACLED for groups without a country and for protests with no named country
    actor. An ACLED rule is bounded by the country where the events happen: the claim's place,
    else the one ``sentence`` (the claim's sentence) places fighting in, else ``fighting_country``
    (the CAMEO code of the country the article places the fighting in); never the nationality of
    who acts. Without one there is no ACLED proposal, and a note says so. "Someone's allies" as the
    target is the allies the sentence lists or the states of the region it names; otherwise
    Actor2 is left out and a note asks for it. "Retaliate", "respond" or "a reprisal" is an armed
    attack only when the claim, or for "retaliate" and "reprisal" its sentence, names force.
    An official named by title alone ("Deputy Secretary Sherman") is Actor1 as ``official_country``
    (the government publishing the article, ``officials.publishing_government``); a meeting, visit
    or other act between two sides with no Actor1 gets no rule, and a note asks for one.
    The window is the scenario's own (opens to deadline), so it is left at its default.
    The rule always validates against the schema; None when nothing maps or it would not.
    """
    notes: list[str] = []
    if deadline < opens or p.event_kind in _NO_RULE_KINDS:
        return None, notes
    codes = _codes_for(p, sentence)
    if codes is None:
        return None, notes
    subject = _subject_actors(p)
    if not subject and official_country is not None and is_named_by_office(p.subject):
        subject = [country_actor(official_country)]
    target = _target_actors(p, subject, sentence)
    rule = None
    if any(a.cameo_country or a.cameo_type == "IGO" for a in subject):
        rule = _gdelt_rule(p, subject, codes, sentence, notes)
    elif p.event_kind in _ACLED_EVENT:
        rule = _acled_rule(p, subject, fighting_country, sentence, notes)
    elif not subject and any(a.cameo_country for a in target):
        if p.verb in _NEEDS_TARGET:
            # "Deputy Secretary Sherman will meet Japanese officials": "strikes against Syria" may
            # leave who strikes unnamed, but a meeting is between two sides, and with Actor2 alone
            # every meeting the other side holds would match.
            notes.append(REVIEW_NO_ACTOR1.format(subject=p.subject))
            return None, notes
        rule = _gdelt_rule(p, subject, codes, sentence, notes)  # "strikes against Syria": who strikes is unnamed
    if rule is None:
        return None, notes
    rule["review"] = True
    try:
        _RULE.validate_python(rule)
    except ValidationError:
        return None, []  # a proposal that does not validate would only give the person more to fix
    return rule, notes


def propose_article_rule(
    p: Proposition, opens: date, deadline: date, article: Article, claims: list[tuple[int, int]]
) -> tuple[dict[str, Any] | None, list[str]]:
    """``propose_rule_and_notes`` for the claims at ``claims`` (body offsets) of ``article``.

    The sentences holding the claims are their context; the place of the events is the one the
    article gives up to the last claim (``event_places.theatre_country``), as for the question; an
    official named by title alone is the publishing government's, if a government publishes it.
    """
    end = max((e for _, e in claims), default=len(article.body))
    sentence = " ".join(
        s.text for s in split_sentences(article.body) if any(s.start < e and start < s.end for start, e in claims)
    )
    own = {a.cameo_country for a in actors_in(p.subject) if a.cameo_country}
    place = theatre_country(article, end, exclude=own)
    return propose_rule_and_notes(p, opens, deadline, place, sentence, publishing_government(article))
