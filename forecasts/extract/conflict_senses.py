"""Whether a verb of conflict is used in its hostile sense.

"target", "threaten" and their like name an armed attack or a threat of force only when an agent
acts on someone: "Russia will target power plants", "Iran threatened to close the strait". The
same words also select and warn of risks: applicants "will be targeted for the next phase" are
chosen first, a hack that "could threaten the integrity of the grid" is a risk to it, and
"inflation threatens the recovery" has no one who threatens. Such a claim is no attack or threat,
so it gets the generic criteria and no CAMEO rule (CAMEO 13 and 18-20 code acts between actors).

Two more figures of conflict: "use energy as a weapon" (or "as a lever", "turn gas into a tool")
puts pressure on someone and is no armed attack unless the thing used is itself arms; and
"retaliate", "respond" answer in kind, which may be a ban or an expulsion as well as a strike, so
they are an armed attack only when force is named.
"""

from __future__ import annotations

import re

# "be targeted for the next phase", "be targeted at young families", "be targeted as a priority":
# chosen or aimed, not struck.
_SELECTED = re.compile(r"(?i)^be\s+(?:\w+ly\s+)?targeted\s+(?:for|at|as|towards?)\b")
# What is at risk rather than someone threatened: a quality, a state or a good ("the integrity of
# critical infrastructure", "stability", "jobs").
_AT_RISK = (
    r"integrity|stability|security|safety|future|existence|viability|survival|recovery|health|independence|"
    r"sovereignty|credibility|legitimacy|progress|gains|peace|supply|supplies|livelihoods?|jobs|growth|economy|"
    r"prosperity|functioning|operations?|reliability|confidence|trust|democracy|rights|freedoms?|values|"
    r"resilience|continuity|availability|quality|balance|order|unity|cohesion|well-?being|welfare|"
    r"environment|climate|biodiversity|ecosystems?|finances|budget|stocks|harvests?|crops|sustainability"
)
_RISK_OBJECT = re.compile(
    rf"(?i)^\s*(?:(?:the|its|their|our|his|her|a|an|this|that|these|those|long-term|global|regional|national|"
    rf"economic|financial|public|fragile|overall|hard-won|[A-Z][\w.]*['\u2019]s)\s+)*(?:{_AT_RISK})\b"
)
# The verb itself, wherever the phrase has it ("continue to threaten ...").
_THREAT_WORD = re.compile(r"(?i)\b(?:threaten|threatens|threatened|threatening|menace|menaces|menaced|menacing)\b")
# Subjects that cannot threaten anyone: forces of nature, economic conditions, plans and changes.
_NON_AGENT_SUBJECT = re.compile(
    r"(?i)\b(?:change|changes|crisis|inflation|debt|deficit|shortages?|droughts?|floods?|pandemic|virus|disease|"
    r"outbreak|recession|slowdown|downturn|prices|costs|rates|policy|policies|measures?|plans?|move|decision|"
    r"cuts|rise|fall|levels|fighting|conflict|violence|challenges|tensions|uncertainty|volatility|instability|warming|weather|heat|storms?|wildfires?)$"
)
_THREAT_VERBS = frozenset({"threaten", "menace"})


# Weapons destroyed with no one named who destroys them ("the entire complement of missiles will be
# destroyed"): a treaty's elimination, not a strike on them.
_DISARMING_VERBS = frozenset({"destroy", "eliminate", "dismantle", "scrap", "decommission"})
_DISARMED = re.compile(r"(?i)\b(?:missiles?|warheads?|weapons?|stockpiles?|arsenals?|launchers?|munitions)\b")


def is_non_hostile_use(verb: str, subject: str, phrase: str) -> bool:
    """True when ``verb`` (a lemma) in ``subject`` + ``phrase`` selects or warns of a risk and is
    no armed attack or threat: a passive "targeted for <noun>", "threaten <something at risk>"
    rather than "threaten to <act>" or "threaten <someone>", or a subject that cannot threaten; or
    weapons destroyed with no one named who destroys them (a treaty's disarmament)."""
    if verb == "target":
        return bool(_SELECTED.match(phrase))
    if verb in _DISARMING_VERBS and _DISARMED.search(subject) and re.match(r"(?i)be\s+(?:\w+\s+)?\w+ed\s*$", phrase):
        return True  # "our missiles will all be destroyed" under a treaty: disarmament, no attack
    found = _THREAT_WORD.search(phrase)
    if verb not in _THREAT_VERBS or found is None:
        return False
    after = phrase[found.end() :]
    if re.match(r"(?i)\s+to\s+\w", after):
        return False  # "threaten to close the strait" announces an act: a threat
    head = re.split(r"\s+(?:of|in|on|by|from|at|with|for|between)\s+", subject.strip(), maxsplit=1)[0]
    return bool(_RISK_OBJECT.match(after) or _NON_AGENT_SUBJECT.search(head))


# "pose a credible threat to U.S. forces", "present a direct threat to Israel": the idiom of an
# armed group or state as a danger to someone. What a stranger can see of it is the threats and
# attacks themselves, so it is asked as "threaten <someone>" (and, like any "threaten", is no
# threat when what it endangers is a quality or a state: "pose a threat to regional stability").
_THREAT_POSED = re.compile(
    r"(?i)\b(?P<verb>pose|present)\s+(?:an?\s+)?(?:(?:[a-z-]+|[a-z-]+ly\s+[a-z-]+)\s+)?threats?\s+to\s+(?=\S)"
)


def threat_as_act(phrase: str) -> str:
    """ "continue to pose a credible threat to U.S. forces" -> "continue to threaten U.S. forces"; any
    other phrase unchanged."""
    return _THREAT_POSED.sub("threaten ", phrase, count=1)


# "Use energy as a weapon", "turn gas into a lever", "use migrants as a tool of pressure": a thing put
# to hostile use in a figure. Only when the thing is itself arms ("use drones as weapons") is it force.
_AS_AN_INSTRUMENT = re.compile(
    r"(?i)^(?:use|employ|wield|turn|deploy|exploit)\s+(?P<thing>.+?)\s+(?:as|into)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:weapons?|levers?|tools?|instruments?|bargaining\s+chips?|cudgels?|bludgeons?|leverage)\b"
)
_ARMS = re.compile(
    r"(?i)\b(?:missiles?|bombs?|rockets?|shells?|drones?|artillery|weapons?|munitions?|warheads?|guns?|tanks?|"
    r"troops|forces|soldiers|aircraft|jets?|warships?|explosives?)\b"
)

# "Retaliate", "respond": answering in kind, which may be an expulsion, a sanction or a
# restriction as well as a strike; only words of force make it an armed attack.
RETALIATION_VERBS = frozenset({"retaliate", "respond", "reply", "answer", "avenge", "revenge"})
# "Respond" and "reply" also answer questions: for them only the claim's own words count.
SPEECH_ANSWERS = frozenset({"respond", "reply", "answer"})
FORCE = re.compile(
    r"\b(?:military|militarily|armed|force|forces|troops|missiles?|rockets?|drones?|strikes?|airstrikes?|attacks?|"
    r"bomb\w*|shell(?:s|ing)|war|weapons?|artillery|raids?|kinetic|firepower|militias?)\b",
    re.I,
)


# Guns in a figure of speech: "fire the starting gun on a global race", "firing on all cylinders".
_FIRED_FIGURE = re.compile(r"(?i)^fire\s+(?:(?:the|a)\s+starting\s+(?:gun|pistol)|on\s+all\s+cylinders)\b")
# "strike (at) the heart of Russia's ability to wage war", "hit them where it hurts": a figure for
# sanctions or pressure aimed at a capacity, not a strike on a place.
_STRUCK_FIGURE = re.compile(
    r"(?i)^(?:strike|hit)\s+(?:at\s+)?(?:(?:the\s+(?:very\s+)?(?:heart|core|root)s?\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:ability|abilities|capacity|capability|capabilities|economy|finances|financing|funding|revenues?|income|war\s+machine|"
    r"business|model|networks?|operations|power|legitimacy|system))|\w+\s+where\s+it\s+hurts)\b"
)


# "keep fighting the good fight with court cases", "fight corruption", "fight it out in the courts":
# a struggle in a figure, against a social ill or by lawsuit, with no one's forces in it.
_FOUGHT_FIGURE = re.compile(
    r"(?i)\bfight(?:s|ing)?\s+(?:(?:it\s+)?(?:out\s+)?in\s+(?:the\s+)?courts?\b|the\s+good\s+fight\b|"
    r"(?:against\s+)?(?:corruption|inflation|poverty|crime|fraud|disease|climate\s+change|the\s+(?:virus|pandemic)|"
    r"cancer|hunger|unemployment|misinformation|disinformation|discrimination|racism|the\s+ruling|the\s+verdict|"
    r"the\s+decision|the\s+results?)\b)"
    r"|\b(?:with|through|via)\s+(?:court\s+cases|lawsuits|legal\s+challenges|litigation)\b"
)


def is_figurative_weapon(verb: str, phrase: str) -> bool:
    """True when ``phrase`` puts something that is no arms to use "as a weapon" (a lever, a tool):
    "use energy as a weapon" is a figure for pressure, no armed attack; "use drones as weapons" is force.
    So is a gun fired in a figure ("fire the starting gun on a global economic race"), and a blow
    struck at the heart of something ("strike the heart of Russia's ability to wage war"), and a fight
    against a social ill or in court ("fight corruption", "keep fighting the good fight with court cases")."""
    if verb == "fire" and _FIRED_FIGURE.match(phrase.strip()):
        return True
    if verb in ("strike", "hit") and _STRUCK_FIGURE.match(phrase.strip()):
        return True
    if verb == "fight" and _FOUGHT_FIGURE.search(phrase):
        return True
    if verb not in ("use", "employ", "wield", "turn", "deploy", "exploit"):
        return False
    found = _AS_AN_INSTRUMENT.match(phrase.strip())
    return found is not None and not _ARMS.search(found.group("thing"))


def is_unarmed_retaliation(verb: str, subject: str, phrase: str, sentence: str = "") -> bool:
    """True when the claim's verb answers in kind but no force is named: not in its own words, nor
    (for "retaliate", which answers no question) in its sentence. "Belarus will not retaliate"
    after a ban on exports may be a ban in return, not a strike. (A reprisal as the subject, "Iran's
    reprisal will not be immediate", is left an attack: the noun is the event the question asks about.)"""
    if verb not in RETALIATION_VERBS:
        return False
    said = f"{subject} {phrase}" if verb in SPEECH_ANSWERS else f"{subject} {phrase} {sentence}"
    return not FORCE.search(said)
