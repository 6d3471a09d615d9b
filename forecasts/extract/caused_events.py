"""A cause asked about instead of the event it causes.

"The failure of the assembly to pass a budget is likely to cause the elections to be
postponed": the event a report would date is the postponement; asking "will the failure ...
cause ..." makes a stranger judge causation as well, and the subject is itself a second event
(a failure, a refusal, a decision). The claim is held back, naming the event to ask about and
the cause as its condition. An actor's own act ("the strike will cause flights to be
cancelled" is judged by its verb; "Iran will force the US to withdraw" has an actor, not an
event, as subject) is left to the rest of the gate.
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
