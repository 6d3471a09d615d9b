"""Words of manner and degree a question cannot check: "win easily", "touch briefly on the
Expo", "grow strongly", "fall sharply".

A forecast's adverb of manner or degree says how the speaker expects the event to go, but with no
figure nobody can say whether a win was "easy" or a fall "sharp": the question asks whether the
event happens, and the adverb is dropped. A figure that goes with it stays ("fall sharply to 2%"
keeps "to 2%"), as does a comparison with a standard ("grow more slowly than wages"), which is
checkable. Words of manner that change what happens ("fully", "jointly", "directly", "publicly")
are not listed, nor are words of time ("late on Tuesday" is a time: see the drafting windows).
"""

from __future__ import annotations

import re

# How easily, how much, how fast: said of the verb, with nothing a source reports to check it by.
_MANNER = (
    r"easily|comfortably|handily|narrowly|convincingly|decisively|overwhelmingly|resoundingly|"
    r"strongly|sharply|significantly|substantially|considerably|markedly|dramatically|drastically|steeply|"
    r"modestly|slightly|marginally|somewhat|rapidly|quickly|swiftly|slowly|gradually|steadily|briefly|"
    r"robustly|firmly|heavily|greatly|massively|hugely|vigorously|aggressively|meaningfully|noticeably|"
    r"materially|briskly|smoothly"
)
# "only slightly", "very sharply": the intensifier goes with its adverb.
_INTENSIFIER = r"(?:(?:only|very|so|too|quite|rather|fairly|extremely|relatively|pretty)\s+)?"
# After the verb ("touch briefly on"), or closing the phrase ("grow strongly"); never before
# "than" ("more slowly than wages"), nor after "more"/"less"/"most", which make a comparison.
# "decline gradually and predictably": a second adverb coordinated with a listed one goes with it.
_AND_ADVERB = rf"(?:,?\s+(?:and|but)\s+{_INTENSIFIER}[a-z]+ly)?"
_AFTER_VERB = re.compile(rf"(?i)^(?P<verb>[a-z]+)\s+{_INTENSIFIER}(?:{_MANNER}){_AND_ADVERB}\b(?!\s+than\b)\s*")
_CLOSING = re.compile(rf"(?i)(?<!\bmore)(?<!\bless)(?<!\bmost)\s+{_INTENSIFIER}(?:{_MANNER}){_AND_ADVERB}$")
# "protect their investments in a general sense": how far the claim holds, said of all of it; no event's part.
_GENERALLY = re.compile(
    r"(?i),?\s+(?:in\s+a\s+general\s+sense|in\s+general|by\s+and\s+large|for\s+the\s+most\s+part|on\s+the\s+whole)$"
)


def without_manner(phrase: str) -> str:
    """The phrase without an adverb of manner or degree said of its verb: "win easily" -> "win",
    "touch briefly on the Expo" -> "touch on the Expo", "continue to grow strongly" -> "continue
    to grow". A phrase that would be left with nothing but its verb's object marker is kept."""
    text = phrase.strip()
    after = _AFTER_VERB.match(text)
    if after is not None:
        text = f"{after.group('verb')} {text[after.end() :]}".strip()
    text = _CLOSING.sub("", text)
    text = _GENERALLY.sub("", text)
    return text or phrase
