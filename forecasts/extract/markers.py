"""Future markers: the words that make a clause about something that has not happened yet.

A marker is a modal ("will", "could", "may"), a periphrasis ("is going to", "is likely to",
"is expected to", "is set to", "is due on"), an idiom of imminence ("on the verge of", "awaits",
"is on the horizon"), a vow ("pledged to"), or a first-person worry about an event ("I worry
about the outbreak of ..."). Some carry their own hedge ("likely", "expected", "on the verge
of"); some need a date to count ("plans to", "to take place"). Markers are found on the scan
text (see ``sentences.scan_text``) so offsets are body offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forecasts.extract.matching import SpanSet, anchored_matches, lower_same_length

# Families decide how a marker is judged later: which filters apply, what kind it gives.
WILL = "will"
WOULD = "would"
POSSIBLE = "possible"  # could, may, might
GOING_TO = "going_to"
LIKELY_TO = "likely_to"
EXPECTED_TO = "expected_to"
CERTAIN_TO = "certain_to"
SET_TO = "set_to"
SCHEDULED = "scheduled"
ABOUT_TO = "about_to"
NEEDS_DATE = "needs_date"  # plans to, to take place: a forecast only with a date
IMMINENT = "imminent"  # on the verge of, awaits, looms, on the horizon, in store
VOW = "vow"
WORRY = "worry"
EXPECT = "expect"
RULED_OUT = "ruled_out"
STATED = "stated"  # "a 60% chance of", "a one-in-four risk that"
ADJECTIVE = "adjective"  # "an upward revision is possible in a year or two"
DATED = "dated"  # no marker, but a date after publication ("agreed that the ceasefire starts on 27 February")
SHOULD = "should"  # mostly normative ("must", "should"); a forecast only where the scorer says so

_COPULA = r"(?:\b(?:is|are|am|be|been|being|was|were)|'s|'re|'m)"
_ADVERBS = r"(?:(?:also|still|now|then|already|increasingly|therefore|thus|even|only|just|all|currently|widely|generally|broadly|largely|tentatively|reportedly|not|very|highly|more|most|less|quite|far|much|almost|nearly|virtually|all\s+but|really)\s+)*"
_SCHEDULE_VERBS = (
    "be|begin|start|end|take|meet|hold|arrive|visit|open|close|expire|vote|sign|launch|return|resume|report|"
    "announce|publish|release|finish|conclude|run|come|go|leave|deliver|decide|rule|testify|speak|appear|"
    "travel|attend|host|convene|sit|stand|face|retire|step|hand|receive|become|reach|enter|complete|present|"
    "unveil|give|make|pay|rise|fall|increase|decrease|expand|raise|cut|lift|ease|submit|issue|hear|debate"
)


@dataclass(frozen=True)
class Marker:
    """A future marker in the body: its family, offsets, and the hedge words it carries."""

    family: str
    start: int
    end: int
    text: str
    hedge_start: int | None = None
    hedge_end: int | None = None
    negative: bool = False
    past: bool = False


def _pattern(text: str) -> re.Pattern[str]:
    # Patterns run on lower-cased text (see matching.py), so they are written in lower case.
    return re.compile(text)


# (family, pattern); a "h" group marks hedge words inside the marker, "neg" an event negation,
# "past" a past-tense form that only counts with a future date.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (WILL, _pattern(r"\b(?:will|shall)\b|\b(?P<neg>won't|wont|shan't)\b|(?<=[a-z])'ll\b")),
    (WOULD, _pattern(r"\bwould(?P<neg>n't)?\b")),
    (POSSIBLE, _pattern(r"\b(?:could|may|might)(?P<neg>n't)?\b")),
    (SHOULD, _pattern(r"\b(?P<h>should|ought\s+to)(?P<neg>n't)?\b(?!\s+(?:expect|anticipate)\b)")),
    (
        GOING_TO,
        _pattern(
            rf"(?:\b(?:is|are|am|be|been|being)|'s|'re|'m|\b(?P<past>was|were))\s+{_ADVERBS}going\s+to\s+(?!the\b|a\b|an\b|my\b|his\b|her\b|their\b|our\b|your\b|its\b|this\b|that\b|these\b|those\b|\w+ing\b|\d)(?=\w)|\bgonna\b"
        ),
    ),
    (
        LIKELY_TO,
        _pattern(
            rf"{_COPULA}\s+(?:(?:also|still|now|therefore|thus|even|only|all)\s+)*(?P<h>(?:(?:not|very|highly|more|most|less|increasingly|quite|far|much|so|fairly|extremely)\s+)*(?:un)?likely)\s+(?P<neg>not\s+)?to\s+(?=\w)"
        ),
    ),
    (
        LIKELY_TO,
        _pattern(
            r"\b(?:seems?|appears?|looks?|remains?|becomes?|seemed|appeared)\s+(?P<h>(?:(?:very|highly|more|most|less|increasingly|quite)\s+)*(?:un)?likely)\s+to\s+(?=\w)"
        ),
    ),
    (
        EXPECTED_TO,
        _pattern(
            r"(?:\b(?:is|are|be|been)|'s|'re|\b(?P<past>was|were))\s+(?:(?:also|still|now|widely|generally|broadly|largely|increasingly|therefore)\s+)*(?:(?P<h>(?:not\s+)?expected)|(?:not\s+)?(?:projected|forecast|predicted|estimated|anticipated|tipped))\s+to\s+(?=\w)"
        ),
    ),
    (
        CERTAIN_TO,
        _pattern(
            rf"{_COPULA}\s+(?:(?:also|still|now)\s+)*(?P<h>(?:(?:almost|all\s+but|virtually|nearly|near)\s+)?(?:certain|sure|bound))\s+to\s+(?=\w)"
        ),
    ),
    (
        SET_TO,
        _pattern(
            r"(?:\b(?:is|are|be)|'s|'re|\b(?P<past>was|were))\s+(?:(?:now|also|still|all)\s+)*set\s+to\s+(?!be\s+(?:seen|viewed))(?=\w)"
        ),
    ),
    (
        SCHEDULED,
        _pattern(
            rf"(?:\b(?:is|are|be|been)|'s|'re|\b(?P<past>was|were))\s+(?:(?:also|now|still|currently|tentatively)\s+)*(?:due\s+(?:to\s+(?=(?:{_SCHEDULE_VERBS})\b)|(?=(?:on|in|by|at|next|this|later|tomorrow|before|around|out)\b))|(?:scheduled|slated|planned|timetabled)\s+(?:to|for)\b)"
        ),
    ),
    # "the runoff is to be held Oct. 25", "new rules are to be published": an arrangement.
    (SCHEDULED, _pattern(r"\b(?:is|are)\s+(?:(?:also|now)\s+)?to\s+(?=be\s+[a-z]+(?:ed|en|wn|ld|lt|ne)\b)")),
    (
        ABOUT_TO,
        _pattern(
            r"(?:\b(?:is|are|am)|'s|'re|'m|\b(?P<past>was|were))\s+(?:(?:now|just|finally)\s+)*about\s+to\s+(?=\w)"
        ),
    ),
    (
        ABOUT_TO,
        _pattern(rf"{_COPULA}\s+(?:(?:now|also)\s+)*(?:poised|on\s+track|on\s+course|slated)\s+to\s+(?=\w)"),
    ),
    (
        NEEDS_DATE,
        _pattern(
            r"\bto\s+(?:take\s+place|be\s+held)\b|\b(?:plans?|planned|intends?|intended|aims?|is\s+planning|are\s+planning)\s+to\s+(?=\w)"
        ),
    ),
    (IMMINENT, _pattern(r"\b(?P<h>on\s+the\s+(?:verge|brink|cusp|edge)\s+of)\b")),
    (IMMINENT, _pattern(r"\bawaits?\b(?!\s+(?:the\s+)?(?:outcome|result|decision|verdict|approval|word|news)\b)")),
    (
        IMMINENT,
        _pattern(
            rf"\blooms\b|{_COPULA}\s+looming\b|{_COPULA}\s+(?:(?:now|already|also|clearly)\s+)*on\s+the\s+horizon\b"
        ),
    ),
    (IMMINENT, _pattern(rf"{_COPULA}\s+(?:(?:now|also|increasingly|seen\s+as)\s+)*imminent\b|\bin\s+store\b")),
    (
        VOW,
        _pattern(
            r"\b(?:pledge[sd]?|vow(?:s|ed)?|promise[sd]?|threaten(?:s|ed)?|swore|swears?)\b(?:\s+(?:from|by)\s+(?P<who>[^,.;:]{2,80}?))?\s+to\s+(?!the\b|a\b|an\b|him\b|her\b|them\b|us\b|me\b)(?=[a-z])"
        ),
    ),
    (
        WORRY,
        _pattern(
            r"(?<!what\s)\b(?P<h>(?:i|we)\s+(?:(?:also|still|really|do)\s+)?(?:worry|fear|am\s+worried|'m\s+worried|am\s+concerned|'m\s+concerned|are\s+worried|are\s+concerned)\s+(?:(?:less|more|most|a\s+lot|greatly|mostly|much)\s+)?about)\s+(?:the\s+)?(?=(?:prospect|possibility|risk|danger|threat|outbreak|onset|spectre|specter|start)\s+of\b|(?:an?\s+|another\s+)?(?:war|attack|invasion|conflict|strike|collapse|default|recession|crisis|escalation|coup|blockade|confrontation|clash|crackdown|shutdown|assault)\b)"
        ),
    ),
    (
        EXPECT,
        _pattern(
            r"\b(?:i|we|one|you)\s+(?P<h>(?:(?:should|can|could|must|would)\s+)?(?:(?:fully|also|still)\s+)?expect)\s+(?=(?:a|an|the|some|more|further|another|no|significant|major|big|higher|lower)\b)"
        ),
    ),
    (
        EXPECT,
        _pattern(
            r"\b(?P<h>expects?|expected|anticipates?|anticipated|predicts?|predicted|forecasts?)\s+(?!that\b|to\b)(?:[\w'$%.-]+\s+){1,8}?to\s+(?!the\b|a\b|an\b|be\s+(?:seen|viewed)\b)(?=[a-z])"
        ),
    ),
    (
        EXPECT,
        _pattern(
            r"\b(?P<neg>(?:does|do)\s+not\s+|doesn't\s+|don't\s+)?(?:(?P<h>expects?|anticipates?)\s+(?=(?:a|an|the|some|more|further|another|no|any|significant|major|big|higher|lower)\b)|(?:forecasts?|projects?|predicts?)\s+(?=(?:[a-z-]+\s+){0,2}(?:growth|inflation|unemployment|prices?|rates?|deficits?|debt|output|demand|sales|revenues?|earnings|turnout|production|exports|imports)\s+(?:of|to|at|in|will|would|rising|falling|growing)\b))"
        ),
    ),
    (EXPECT, _pattern(r"\b(?P<h>expects?|expected|anticipates?|anticipated)\s+(?P<neg>not\s+)?to\s+(?=[a-z])")),
    (NEEDS_DATE, _pattern(r"\blooks?\s+forward\s+to\s+(?=[a-z]+ing\b)")),
    (
        ADJECTIVE,
        _pattern(
            rf"{_COPULA}\s+(?:(?:also|still|now|quite|very|highly|entirely|increasingly|more\s+than|all\s+but|almost|virtually|not)\s+)*(?P<h>(?:(?:quite|very|highly|entirely|increasingly|all\s+but|almost|virtually|not)\s+)*(?:possible|probable|likely|unlikely|inevitable|imminent|certain|expected))\b(?!\s+(?:to|that|for)\b)(?=\s*(?:[.,;)\x22]|$|\s+(?:in|by|within|next|this|soon|before|after|again|if|unless|as|but|and|now|later)\b))"
        ),
    ),
    (
        STATED,
        _pattern(
            r"\b(?:an?\s+)?(?P<h>(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)|(?:one|two|three|\d)[\s-]+in[\s-]+(?:two|three|four|five|six|ten|\d{1,3}))\s+(?:chance|probability|likelihood|risk|odds))\s+(?:of|that)\b"
        ),
    ),
    (
        RULED_OUT,
        _pattern(
            r"\b(?P<h>(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+be\s+ruled\s+out|(?:is|are)\s+not\s+ruled\s+out|(?:cannot|can't|would\s+not|wouldn't|did\s+not|didn't)\s+rule\s+out)\b"
        ),
    ),
]

# Literal keywords each pattern cannot match without, in PATTERNS order (see matching.py).
KEYWORDS: list[tuple[str, ...]] = [
    ("will", "shall", "won't", "wont", "shan't", "'ll"),
    ("would",),
    ("could", "may", "might"),
    ("should", "ought"),
    ("going to", "gonna"),
    ("likely",),
    ("likely",),
    ("expected", "projected", "forecast", "predicted", "estimated", "anticipated", "tipped"),
    ("certain", "sure", "bound"),
    ("set to",),
    ("due", "scheduled", "slated", "planned", "timetabled"),
    ("is to be", "are to be", "is also to be", "are also to be", "is now to be", "are now to be"),
    ("about to",),
    ("poised", "on track", "on course", "slated"),
    ("take place", "be held", "plan", "intend", "aim"),
    ("verge", "brink", "cusp", "edge of"),
    ("await",),
    ("loom", "horizon"),
    ("imminent", "in store"),
    ("pledge", "vow", "promise", "threaten", "swore", "swear"),
    ("worr", "fear", "concerned"),
    ("expect",),
    ("expect", "anticipat", "predict", "forecast"),
    ("expect", "anticipat", "forecast", "project", "predict"),
    ("expect", "anticipat"),
    ("forward",),
    ("possible", "probable", "likely", "inevitable", "imminent", "certain", "expected"),
    ("chance", "probability", "likelihood", "risk", "odds"),
    ("rule out", "ruled out"),
]
assert len(KEYWORDS) == len(PATTERNS), "every marker pattern needs its keywords"

# Words before "will"/"might" that make it a noun: "by God's will", "political will", "military might".
_NOUN_BEFORE = frozenset(
    "the a an his her their its our my your political free good ill own strong popular military sheer "
    "economic national collective general last".split()
)
_NOT_A_VERB_AFTER = frozenset("of and to or , . ; : ) - \u2014 \" '".split())
# "May" as a month, not the modal.
_MONTH_CONTEXT = frozenset("in on since until by early late mid last next this of from through before after".split())


def _previous_word(scan: str, position: int) -> str:
    match = re.search(r"([\w']+)\W*$", scan[max(0, position - 40) : position])
    return match.group(1).lower() if match else ""


def _next_token(scan: str, position: int) -> str:
    match = re.match(r"\s*([\w']+|\S)", scan[position : position + 40])
    return match.group(1).lower() if match else ""


def _is_modal(scan: str, body: str, start: int, end: int) -> bool:
    """Rule out 'will', 'may' and 'might' used as nouns or months."""
    word = scan[start:end].lower()
    before = _previous_word(scan, start)
    after = _next_token(scan, end)
    if not after or after in _NOT_A_VERB_AFTER:
        return False
    if word in ("will", "might") and (before in _NOUN_BEFORE or before.endswith("'s")):
        return False
    if word == "may" and body[start] == "M":
        at_sentence_start = not scan[max(0, start - 3) : start].strip(" \"'(")
        if after.isdigit() or before in _MONTH_CONTEXT or not at_sentence_start:
            return False
    return True


def find_markers(body: str, scan: str, start: int, end: int) -> list[Marker]:
    """Every future marker between ``start`` and ``end``, in order, without overlaps."""
    segment = lower_same_length(scan[start:end])
    found: list[Marker] = []
    taken = SpanSet()
    for (family, pattern), keywords in zip(PATTERNS, KEYWORDS, strict=True):
        for m in anchored_matches(pattern, segment, keywords):
            m_start, m_end = start + m.start(), start + len(m.group().rstrip()) + m.start()
            if family in (WILL, POSSIBLE, WOULD, SHOULD) and not _is_modal(scan, body, m_start, m_end):
                continue
            if taken.overlaps(m_start, m_end):
                continue
            taken.add(m_start, m_end)
            groups = m.groupdict()
            hedge_start = hedge_end = None
            # "forecasts", "projected to": a forecasting verb reports a forecast as made; unlike
            # "expected" it says nothing of how sure, so it carries no hedge (labelling rules).
            if groups.get("h"):
                hedge_start, hedge_end = start + m.start("h"), start + m.end("h")
            found.append(
                Marker(
                    family=family,
                    start=m_start,
                    end=m_end,
                    text=body[m_start:m_end],
                    hedge_start=hedge_start,
                    hedge_end=hedge_end,
                    negative=bool(groups.get("neg")),
                    past=bool(groups.get("past")),
                )
            )
    found.sort(key=lambda marker: marker.start)
    return found
