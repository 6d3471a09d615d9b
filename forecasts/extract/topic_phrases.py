"""A fronted topic: what "it" or "that" stands for when the sentence opens by naming it.

Spokespeople and officials name their topic first and then speak of it with a pronoun: "Specific
to the military drawdown, the President has made clear that we will complete that from
Afghanistan by early September", "As for the new agreement, it will enter into force in July".
The question cannot say "complete that": a stranger never saw the topic. The pronoun stands for
the noun phrase the opening "as for", "regarding", "specific to" ... names, and only that phrase:
an antecedent found further back could be anything the speaker said before.
"""

from __future__ import annotations

import re

from forecasts.extract.speakers import TURN_LABEL

# "Specific to the military drawdown, ...", "As for the new agreement, ...": the topic, then a comma.
_TOPIC = re.compile(
    r"^\s*(?:(?:Specific(?:ally)?|With\s+regard|With\s+respect|In\s+regard|In\s+relation)\s+to|As\s+(?:for|to|regards)|"
    r"Regarding|Concerning|When\s+it\s+comes\s+to|On\s+the\s+(?:subject|question|issue|matter)\s+of|In\s+terms\s+of)\s+"
    r"(?P<topic>(?:the|a|an|this|our|its|their)\s+[^,;:.!?]{2,60}?|[A-Z][^,;:.!?]{1,60}?)\s*,",
)
_SINGULAR = ("it", "that", "this")
_PLURAL = ("they", "them", "these", "those")
# The verb and its object pronoun: "complete that", "sign it", "ratify them".
_OBJECT = re.compile(
    r"^(?P<verb>(?:be\s+)?[a-z]+)\s+(?P<pronoun>it|that|this|them|these|those)\b(?!\s+(?:is|are|was|were|will)\b)"
)


def sentence_topic(sentence: str) -> str | None:
    """The noun phrase a sentence opens by naming as its topic ("Specific to the military drawdown,"
    -> "the military drawdown"), or None."""
    # "MS PORTER: Specific to the military drawdown, ...": the turn's label comes before the topic.
    found = _TOPIC.match(TURN_LABEL.sub("", sentence, count=1))
    if found is None:
        return None
    topic = found.group("topic").strip()
    return topic if len(topic.split()) <= 10 else None


def _agrees(topic: str, pronoun: str) -> bool:
    plural = topic.split()[-1].lower().endswith("s") and not topic.split()[-1].lower().endswith("ss")
    return (pronoun.lower() in _PLURAL) == plural


def topic_subject(subject: str, sentence: str) -> str | None:
    """The topic a pronoun subject stands for ("As for the new agreement, it will enter into force":
    "it" -> "the new agreement"), or None when the subject is no pronoun or the sentence names no topic."""
    if subject.lower() not in (*_SINGULAR, *_PLURAL):
        return None
    topic = sentence_topic(sentence)
    if topic is None or not _agrees(topic, subject):
        return None
    return topic


def with_topic_object(phrase: str, sentence: str) -> str:
    """``phrase`` with its object pronoun put as the topic it stands for ("complete that from
    Afghanistan" -> "complete the military drawdown from Afghanistan"); unchanged when there is
    no object pronoun or no topic."""
    found = _OBJECT.match(phrase)
    if found is None:
        return phrase
    topic = sentence_topic(sentence)
    if topic is None or not _agrees(topic, found.group("pronoun")):
        return phrase
    return phrase[: found.start("pronoun")] + topic + phrase[found.end("pronoun") :]
