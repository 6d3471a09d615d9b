"""Whether a condition names something a stranger could observe.

A conditional claim ("if X, Y will happen") is drafted as two scenarios, X and Y given X, only
when X can itself be resolved. Some conditions name a state of mind ("if Beijing becomes
frustrated or anxious", "if they feel cornered") or a judgement nobody can check ("unless its
sovereignty is violated", "if its interests are threatened"): no report settles them, so a
scenario asking them would never resolve. Such a claim is drafted as the forecast alone, with a
review note saying which condition was left out (``forecasts.extract.drafts``).
"""

from __future__ import annotations

import re

from forecasts.extract.propositions import Proposition

# States of mind and feelings: "becomes frustrated", "grows anxious", "feels threatened".
_MENTAL_STATE = re.compile(
    r"(?i)\b(?:frustrat\w*|anxious|angry|angered|nervous|worried|concerned|afraid|fearful|desperate|impatient|"
    r"emboldened|humiliated|insecure|cornered|threatened|provoked|alarmed|uneasy|confident|convinced|"
    r"dissatisfied|unhappy|upset|resentful|tempted|inclined|willing|determined)\b"
)
_MENTAL_VERBS = frozenset("feel fear believe perceive think sense want wish suspect worry conclude judge".split())
# Verbs that only link a subject to a state: "become", "grow", "get", "feel", "be".
_LINKING = frozenset("be become grow get feel remain seem appear turn".split())
# Things whose violation, threat or insult is a matter of judgement, not of a report.
_ABSTRACT_HEADS = re.compile(
    r"(?i)\b(?:sovereignty|interests?|security|dignity|hono(?:u)?r|integrity|credibility|patience|resolve|"
    r"prestige|pride|red\s+lines?|vital\s+interests?|national\s+interests?|core\s+interests?)$"
)


# The forecaster's premises: "if these forecasts hold", "if current trends continue", "unless
# spending and revenue policies change". They say on what the forecast rests, not what will happen.
_PREMISE_SUBJECT = re.compile(
    r"(?i)\b(?:forecasts?|projections?|estimates?|assumptions?|trends?|polic(?:y|ies)|conditions|"
    r"circumstances|baseline|path|course|laws?)$"
)
_PREMISE_VERBS = frozenset("hold continue persist remain stay change prevail last materialise materialize".split())


# A judgement that circumstances call for the act: "if market conditions warrant", "if circumstances
# permit", "if the situation requires it". Whoever acts decides when they do; no report says so first.
_CIRCUMSTANCES_CALL = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w-]+\s+)?(?:conditions|circumstances|situation|events|developments|"
    r"need)\s+(?:so\s+)?(?:warrant|permit|allow|require|dictate|justify|demand|necessitate)s?(?:\s+(?:it|so|this))?$"
)


def unobservable_reason(condition: Proposition) -> str | None:
    """Why ``condition`` names nothing observable, or None when a report could settle it.

    A state of mind ("becomes frustrated or anxious", "feels threatened", "believes ...") and a
    judgement on an abstract thing ("its sovereignty is violated", "its interests are
    threatened") are not observable, nor is the forecaster's own premise ("these forecasts hold",
    "current trends continue", "policies change"); an act by someone ("Syria shells the border towns", "the
    talks collapse") is.
    """
    subject = condition.subject.strip()
    said = (
        condition.phrase.strip()
        if not subject or condition.phrase.startswith(subject)
        else f"{subject} {condition.phrase}"
    )
    if _CIRCUMSTANCES_CALL.match(said.strip()) or _CIRCUMSTANCES_CALL.match(f"{subject} {condition.verb}".strip()):
        return f"{said}: a judgement that circumstances call for it, which whoever acts makes; no report settles it"
    if not subject:
        return None  # unparsed: a person rephrases it in any case
    if condition.verb in _MENTAL_VERBS or (condition.verb in _LINKING and _MENTAL_STATE.search(condition.phrase)):
        return f"{subject} {condition.phrase}: a state of mind, which no report settles"
    if _ABSTRACT_HEADS.search(subject):
        return f"{subject} {condition.phrase}: a judgement on an abstract thing, which no report settles"
    if _PREMISE_SUBJECT.search(subject) and condition.verb in _PREMISE_VERBS:
        return f"{subject} {condition.phrase}: the forecaster's own premise, not an event a report settles"
    return None
