"""Intentions: a hedge on intent around the act a forecast is about.

"Iran will seek to acquire new weapon systems", "the council will decide to raise the tax",
"Novatek's strategy provides for producing 57 million tonnes of LNG": what a stranger can check
is the act (acquiring the systems, raising the tax, producing the LNG). "Seek to", "try to",
"decide to", "plan to", "intend to", "aim to" are the speaker's reading of the actor's intent,
which the source's prior already holds, like a modal.

The choice made for every one of them: draft the act, and say in the criteria that only the act
counts ("seeking, trying or planning to do it does not"), rather than hold the claim back. An
attempt or a decision leaves no record a stranger could check by a date, so a question about it
would be unresolvable; the act is what the source expects the intent to come to, and a claim
whose act is itself no event ("seek to enhance their capabilities") is for the resolvability
gate to hold back. "Continue to", "begin to", "start to" carry no intent: continuing is the event.
"""

from __future__ import annotations

import re

# Verbs of intent, by what the criteria say does not count.
_ATTEMPTS = "seek try attempt aim strive endeavour endeavor plan intend want hope".split()
_DECISIONS = "decide choose".split()
INTENT_VERBS = frozenset(_ATTEMPTS + _DECISIONS)

_INTENT_THEN_ACT = re.compile(rf"(?i)^(?P<intent>{'|'.join(sorted(INTENT_VERBS))})\s+to\s+(?P<act>[a-z].*)$")
# Every form the clause may have used as its modal ("seeks to", "sought to", "is trying to").
_FORMS = {
    "seek": "seeks?|sought|seeking",
    "try": "tries|tried|try|trying",
    "attempt": "attempts?|attempted|attempting",
    "aim": "aims?|aimed|aiming",
    "strive": "strives?|strove|striving",
    "endeavour": "endeavou?rs?|endeavou?red|endeavou?ring",
    "plan": "plans?|planned|planning",
    "intend": "intends?|intended|intending",
    "want": "wants?|wanted|wanting",
    "hope": "hopes?|hoped|hoping",
    "decide": "decides?|decided|deciding",
    "choose": "chooses?|chose|choosing",
}
# "Novatek's strategy provides for producing ...": a plan of the owner's that provides for an act.
_PLANNED_ACT = re.compile(
    r"^(?P<owner>.+?)['\u2019]s?\s+(?:\w+\s+)?(?:strategy|plan|plans|programme|program|roadmap|blueprint|target|goal|"
    r"budget|agreement|deal|contract)$"
)
_PROVIDES_FOR = re.compile(
    r"(?i)^(?:provide|envisage|envision|foresee|call|allow|include)\s+(?:for\s+)?(?P<gerund>[a-z]{3,}ing)\s+(?P<rest>.+)$"
)


def drop_intent(phrase: str) -> tuple[str, str | None]:
    """ "seek to acquire new weapon systems" -> ("acquire new weapon systems", "seek"); a phrase
    without a verb of intent is returned as it is, with None."""
    m = _INTENT_THEN_ACT.match(phrase)
    if m is None:
        return phrase, None
    return m.group("act"), m.group("intent").lower()


def intent_in(text: str, phrase: str) -> str | None:
    """The verb of intent ``text`` puts right before the phrase's verb ("Iran seeks to acquire"),
    when the clause took it for its modal and the phrase starts at the act; else None."""
    first = phrase.split(" ", 1)[0]
    if not first:
        return None
    for intent, forms in _FORMS.items():
        if re.search(rf"(?i)\b(?:{forms})\s+to\s+(?:\w+ly\s+)?{re.escape(first)}\b", text):
            return intent
    return None


def planned_act(subject: str, phrase: str) -> tuple[str, str, str] | None:
    """ "Novatek's strategy" + "provide for producing 57 million tonnes" -> ("Novatek", "producing",
    "57 million tonnes"): the owner of the plan, the gerund of its act and the rest; else None."""
    owner = _PLANNED_ACT.match(subject.strip())
    act = _PROVIDES_FOR.match(phrase)
    if owner is None or act is None:
        return None
    return owner.group("owner"), act.group("gerund"), act.group("rest")


def act_only_sentence(intent: str | None) -> str:
    """What the criteria add when a verb of intent was dropped: only the act itself counts."""
    if intent is None:
        return ""
    if intent in _DECISIONS:
        return " Only the act itself counts: deciding to do it does not."
    return " Only the act itself counts: seeking, trying or planning to do it does not."
