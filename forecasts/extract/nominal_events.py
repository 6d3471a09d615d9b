"""Events named as a noun, and the verb that says they happen.

"Maas expects a deal with the U.S. on Nord Stream 2 by August" forecasts a deal, named as a noun
with nothing to say what is done. Asked as "Will a deal with the U.S. ... happen?", the question
leaves a stranger to guess what counts: talks under way, a draft, a signature. Each kind of noun
has the verb its readers use for it happening: a deal or agreement is signed, a meeting or vote
is held, a visit takes place. The noun's own words stay; only "happen" goes.

A noun of no kind listed here keeps "happen": guessing a verb for it would put words in the
speaker's mouth.
"""

from __future__ import annotations

import re

# The verb phrase a noun's event takes ("a deal" -> "be signed"), by head noun.
_VERB_FOR_NOUN: dict[str, str] = {
    **dict.fromkeys(("deal", "agreement", "accord", "treaty", "memorandum", "contract"), "be signed"),
    **dict.fromkeys(
        (
            "meeting",
            "summit",
            "talks",
            "conference",
            "session",
            "vote",
            "election",
            "elections",
            "referendum",
            "hearing",
            "hearings",
            "debate",
            "debates",
            "forum",
            "negotiations",
            "consultations",
            "exercise",
            "exercises",
            "drills",
        ),
        "be held",
    ),
    **dict.fromkeys(("visit",), "take place"),
}

# A determiner, then up to three modifiers, then the head noun, then what names it further (a
# preposition's phrase) or nothing: "a deal with the U.S. on Nord Stream 2", "the next summit".
_NOMINAL = re.compile(
    r"(?i)^(?:(?:a|an|the|this|that|its|their|our|his|her|another|new)\s+)?"
    r"(?:(?!(?:of|with|on|between|among|over|to|for|in|at|by|from|about|under|and|or)\s)[\w'\u2019.-]+\s+){0,3}?"
    r"(?P<head>" + "|".join(sorted((re.escape(n) for n in _VERB_FOR_NOUN), key=len, reverse=True)) + r")"
    r"(?=\s+(?:with|on|between|among|of|over|to|for|in|at|by|from|about|under)\b|\s*$)"
)


def happening_verb(subject: str) -> str | None:
    """The verb phrase that says ``subject``, an event named as a noun, happens ("a deal with the
    U.S. on Nord Stream 2" -> "be signed", "the next summit" -> "be held"), or None when its head
    noun is of no kind listed."""
    found = _NOMINAL.match(subject.strip())
    if found is None:
        return None
    return _VERB_FOR_NOUN[found.group("head").lower()]
