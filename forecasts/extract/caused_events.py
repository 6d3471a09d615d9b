"""A cause asked about instead of the event it causes.

"The failure of the assembly to pass a budget is likely to cause the elections to be
postponed": the event a report would date is the postponement; asking "will the failure ...
cause ..." makes a stranger judge causation as well, and the subject is itself a second event
(a failure, a refusal, a decision). The claim is held back, naming the event to ask about and
the cause as its condition. An actor's own act ("the strike will cause flights to be
cancelled" is judged by its verb; "Iran will force the US to withdraw" has an actor, not an
event, as subject) is left to the rest of the gate.

The same holds when the event caused is the verb's object: "the assassination will draw drastic
retaliation", "recent developments will result in tighter credit conditions", "this will lead to
a confrontation" (with "this" read as the person whose act it was). The subject is an event, or,
after "lead to" and "result in", which only a cause does, a name standing for what someone did;
the question to ask is whether the retaliation, the tightening, the confrontation happens. A
condition that goes on ("rising food prices could spark protests") is left to the rest of the gate.
"""

from __future__ import annotations

import re

# Nouns that make the subject an event of someone's doing or not doing ("the failure of X to pass Y").
_EVENT_SUBJECT = re.compile(
    r"(?i)^(?:the|a|an|its|their|his|her|this|that|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>failure|refusal|inability|decision|collapse|lack|absence|rejection|defeat|delay|breakdown)\b"
)
# "cause the elections to be postponed", "lead the government to resign": a causal verb with
# an object and the event as an infinitive.
_CAUSED = re.compile(
    r"(?i)^(?:cause|force|lead|prompt|compel|oblige)\s+(?P<object>(?:[\w'\u2019-]+\s+){1,8}?)to\s+"
    r"(?P<event>(?:be\s+)?[a-z]+)\b"
)
_CAUSAL = frozenset("cause force lead prompt compel oblige".split())
# An event as the cause: its head noun, the last word before a preposition ("the assassination
# of ...", "recent developments", "Tuesday's vote"). A condition ("rising food prices", "a drift in
# policy") is left to the rest of the gate, as an actor is.
_CAUSE_EVENT_HEAD = re.compile(
    r"(?i)^(?:assassinations?|killings?|murders?|deaths?|attacks?|strikes?|bombings?|invasion|occupation|annexation|"
    r"withdrawal|decisions?|moves?|refusal|failure|collapse|announcements?|elections?|votes?|victory|defeat|"
    r"resignation|sanctions|embargo|blockade|escalation|developments|events|incidents?|crisis|war|conflict|"
    r"protests?|closure|ban|default|ruling|verdict|arrest|execution|coup|shooting|raid|downing|sinking|seizure)$"
)
# Verbs whose object is the event caused: "draw drastic retaliation", "trigger a war".
_CAUSING_OBJECT = frozenset("draw trigger spark provoke prompt precipitate cause unleash ignite invite".split())
# "lead to a confrontation", "result in tighter conditions", "give rise to protests": only a cause
# leads to or results in something; an actor does not (a person so said stands for what they did).
_RESULTING = re.compile(r"(?i)^(?:lead|result|give\s+rise|translate)\s+(?:in|to|into)\s+(?P<event>.+)$")
_OBJECT_END = re.compile(r"(?i)\s+(?:but|while|as|which|because|so)\s+|[,;:]")


def find_caused_event(subject: str, verb: str, phrase: str) -> str | None:
    """Why the claim asks about a cause rather than its event, or None: an event subject ("the
    failure of ...") with a causal verb whose object and infinitive name the event ("cause the
    elections to be postponed")."""
    if verb not in _CAUSAL:
        return None
    cause = _EVENT_SUBJECT.match(subject.strip())
    caused = _CAUSED.match(phrase.strip())
    if cause is None or caused is None:
        return None
    event = f"{caused.group('object').strip()} {caused.group('event')}"
    cause_words = subject.split()
    shown = " ".join(cause_words[:6]) + (" ..." if len(cause_words) > 6 else "")
    return (
        f"a cause asked instead of its event: the event to check is {event!r}; ask whether it happens, "
        f"with {shown!r} as its condition"
    )


def find_caused_object(subject: str, verb: str, phrase: str) -> str | None:
    """Why the claim asks whether an event causes another named as the verb's object, or None:
    an event subject with a causing verb ("the assassination will draw retaliation", "recent
    developments will result in tighter credit conditions"), or a name said to "lead to" or
    "result in" something, which stands for an act the claim does not name."""
    words = phrase.split()
    if not words or not subject.strip():
        return None
    resulting = _RESULTING.match(phrase.strip())
    if resulting is not None:
        event = resulting.group("event")
    elif verb in _CAUSING_OBJECT and words[0].lower() != "be" and len(words) > 1:
        event = " ".join(words[1:])
    else:
        return None
    if re.match(r"(?i)(?:[\w'\u2019-]+\s+){0,8}?to\s+(?:be\s+)?[a-z]+\b", event) and resulting is None:
        return None  # "cause the elections to be postponed": find_caused_event's shape
    head = _head_noun(subject)
    event = _OBJECT_END.split(event, maxsplit=1)[0].strip()
    event_words = event.split()
    shown_event = " ".join(event_words[:8]) + (" ..." if len(event_words) > 8 else "")
    cause_words = subject.split()
    shown = " ".join(cause_words[:6]) + (" ..." if len(cause_words) > 6 else "")
    if not _CAUSE_EVENT_HEAD.match(head):
        if not (head[:1].isupper() and resulting is not None):
            return None
        return (
            f"a cause asked instead of its event: {shown!r} stands for something done, which the claim does not "
            f"name, that would {words[0].lower()} {words[1].lower()} {shown_event!r}; ask whether that happens"
        )
    return (
        f"a cause asked instead of its event: the event to check is {shown_event!r}; ask whether it happens, "
        f"with {shown!r} as its condition"
    )


def is_event_cause(subject: str) -> bool:
    """Whether ``subject`` names an event as a cause ("the arrest of the mayor", "the failure of the
    assembly to pass a budget", "recent developments"): its head noun is an event's."""
    return bool(_EVENT_SUBJECT.match(subject.strip()) or _CAUSE_EVENT_HEAD.match(_head_noun(subject)))


def _head_noun(subject: str) -> str:
    """The subject's head noun: its last word before a preposition ("the assassination of ..." -> "assassination")."""
    words = re.split(r"\s+(?:of|in|on|over|against|between|from|with|by|at)\s+", subject.strip(), maxsplit=1)[0].split()
    return words[-1].strip(",.;:'\u2019") if words else ""
