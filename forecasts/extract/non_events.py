"""Claims that sound like forecasts but name no event a stranger could observe.

The resolvability gate (``forecasts.extract.resolvability``) judges a claim's verb and its
object. Some claims pass that test on their words and still forecast nothing one could watch
happen:

- **an option laid out**: "the council could raise revenue by selling land", "the ministry
  could instead cut costs": a possibility modal with the means to an end ("by selling"), or an
  alternative to another course ("instead", "alternatively"), lists a choice, not a forecast
  ("Iran could strike US bases within days" has neither, and is one);
- **coming to know**: "we will know in a few hours who has won", "investors will learn whether
  ...": what happens is a person learning something; the question is what they learn;
- **an evaluation of an event**: "the vote is set to be a tense election", "the summit will be a
  difficult meeting": the event may be scheduled, but the claim is its character, which no
  report settles ("there will be a snap election" names the kind of event, and is kept);
- **a worry**: "I worry less about the outbreak of civil war": a state of mind about an event,
  not a forecast that it happens ("I worry that the army will stage a coup" forecasts one);
- **a frame of mind changed**: "change Moscow's strategic calculus", "reshape the regional
  landscape": an act on how someone thinks, not on anything one can see;
- **a means put to use**: "leverage their trade links to blunt the tariffs": turning an
  advantage to a purpose, with no act named;
- **no horizon**: "catch up over the long term", "eventually": a change with no figure, no year
  and no window to check it in;
- **a necessity, more than nothing**: "will need to borrow more to pay for ...": what must be done,
  by an amount compared with nothing named.

Each finder returns the reason, quoting the words it judged, or None.
"""

from __future__ import annotations

import re

# A possibility modal that lays out a choice: "could also ... by selling", "might instead".
_POSSIBILITY = r"(?:could|might)"
_ALTERNATIVE_COURSE = re.compile(
    rf"\b{_POSSIBILITY}\s+(?:\w+\s+)?(?:instead|alternatively|otherwise)\b|\b{_POSSIBILITY}\s+(?:\w+\s+)?"
    r"(?:choose|opt|elect)\s+to\s+\w+\s+\w+\s+(?:\w+\s+)?(?:or|rather\s+than|instead\s+of)\b",
    re.IGNORECASE,
)
# The means to an end: "by selling", "through collecting" after the verb phrase.
_MEANS = re.compile(r"\b(?:by|through)\s+(?:\w+ly\s+)?[a-z]+ing\b", re.IGNORECASE)
_MODAL_OF_POSSIBILITY = re.compile(rf"\b{_POSSIBILITY}\s+(?:(?:also|well|even|still|then|further)\s+)*\w+", re.I)

# Verbs of coming to know: the event is in someone's head.
_KNOWING = frozenset("know realise realize wonder".split())
# Verbs that are coming to know only before a question or a "that" clause ("learn whether ...");
# with an object they can be acts ("discover a new comet", "see heavy fighting").
_LEARNING = frozenset("learn discover see hear find".split())
_QUESTION_WORD = re.compile(r"^(?:\w+\s+){0,5}?(?:whether|if|who|what|which|how|when|where|why|that)\b", re.I)

# Adjectives that judge an event rather than say which event it is ("a tense election").
_EVALUATIVE = (
    r"(?:tense|bitter|close|tight|heated|fierce|difficult|tough|hard|crucial|critical|decisive|pivotal|historic|"
    r"momentous|landmark|messy|ugly|acrimonious|contentious|dramatic|significant|important|key|big|huge|serious|"
    r"successful|disastrous|fraught|stormy|rocky|bruising|nail-biting|hard-fought|interesting|exciting|major|"
    r"real|genuine|defining|watershed)"
)
_EVALUATION = re.compile(
    rf"^be\s+(?:(?:a|an|the)\s+)?(?:(?:very|most|particularly|especially|potentially|highly|rather|really|"
    rf"extremely|increasingly)\s+)?{_EVALUATIVE}\b(?:\s+(?:and|,)\s+\w+)?(?:\s+[a-z-]+){{0,2}}",
    re.IGNORECASE,
)
_TRAILING = frozenset("for with to in on of at by and or from as between among a an the".split())

# A state of mind about an event: "worry less about", "are concerned about", "fear for".
_WORRY = re.compile(
    r"\b(?:worry|worries|worried|concerned|anxious|nervous|fret|frets|fear|fears|afraid|care|cares)\s+"
    r"(?:(?:much|less|more|most|least|a\s+lot|a\s+little|little|greatly|deeply|far|somewhat|too)\s+){0,2}"
    r"(?:about|over|for|of)\b",
    re.IGNORECASE,
)
# A modal in the quote forecasts something beside the worry ("a trend that could precipitate a crisis").
_FUTURE_IN_QUOTE = re.compile(
    r"\b(?:will|would|shall|could|might|may|going\s+to|is\s+to|are\s+to)\b|'ll\b|\u2019ll\b", re.I
)

# How someone thinks or weighs things: changing it is no act a stranger could see.
FRAME_OF_MIND_NOUNS = frozenset(
    """calculus calculation calculations calculations thinking mindset mind minds perception perceptions
    attitude attitudes psyche psychology worldview mentality dynamic dynamics equation equations""".split()
)
# Turning an advantage to a purpose: "leverage", "harness", "capitalise on".
USE_OF_ADVANTAGE_VERBS = frozenset("leverage harness capitalise capitalize parlay mitigate offset".split())

# A change with no horizon: "over the long term", "in the long run", "eventually", "over time".
_NO_HORIZON = re.compile(
    r"\b(?:over|in)\s+the\s+(?:long|longer|medium|longer)[\s-](?:term|run|haul)\b|\beventually\b|\bover\s+time\b|"
    r"\bsooner\s+or\s+later\b|\bin\s+the\s+(?:years|decades)\s+(?:ahead|to\s+come)\b",
    re.IGNORECASE,
)
# "need to borrow more": a necessity, with an adverb of amount that has no noun after it and no
# "than". What must happen is not what will; and "more" than what? ("Prices will rise further" is
# a movement counted from the window's opening, and "borrow more" a forecast of borrowing: both kept.)
_BARE_COMPARATIVE = re.compile(
    r"^(?:need|have|be\s+forced|be\s+obliged|be\s+required)\s+to\s+(?P<said>[a-z]+\s+(?:\w+\s+)?(?:more|less|further))"
    r"(?=\s*$|[\s,;.]+(?:to|in|by|for|over|as|and|so|because|if|when|while|from|after)\b|[,;.])",
    re.IGNORECASE,
)


def find_option(clause: str, phrase: str) -> str | None:
    """The choice a possibility modal lays out ("could also raise revenue by selling ..."), quoted
    as the modal and its verb, or None. A modal of possibility alone is a hedged forecast."""
    modal = _MODAL_OF_POSSIBILITY.search(clause)
    if modal is None:
        return None
    alternative = _ALTERNATIVE_COURSE.search(clause)
    if alternative is not None:
        return f"an option, not a forecast: {alternative.group(0)!r} lays out a course one might take"
    means = _MEANS.search(phrase)
    if means is not None and _MEANS.search(clause[modal.start() :]):
        return f"an option, not a forecast: {modal.group(0)!r} ... {means.group(0)!r} lays out a means to an end"
    return None


def find_coming_to_know(verb: str, phrase: str, quote: str) -> str | None:
    """Someone learning something ("know in a few hours", "learn whether"), quoted, or None."""
    words = phrase.split()
    said = _trimmed(words[:5])
    if verb in _KNOWING:
        return f"a mental event: {said!r} is someone coming to know, not an event; ask about what they learn"
    if verb in _LEARNING:
        rest = _after_verb(quote, verb) or " ".join(words[1:])
        if _QUESTION_WORD.match(rest.strip()) or (verb == "find" and rest.lower().startswith("out")):
            return f"a mental event: {said!r} is someone coming to know, not an event; ask about what they learn"
    return None


def find_evaluation(phrase: str) -> str | None:
    """A judgement of an event's character ("be a tense election"), quoted, or None."""
    found = _EVALUATION.match(phrase)
    if found is None:
        return None
    said = _trimmed(found.group(0).split())
    return f"an evaluation: {said!r} judges what the event will be like, which no report settles"


def find_worry(quote: str) -> str | None:
    """A state of mind about an event, with no forecast that it happens ("worry less about the
    outbreak"), quoted, or None. "I worry that X will ..." forecasts, and is left alone."""
    found = _WORRY.search(quote)
    if found is None or _FUTURE_IN_QUOTE.search(quote):
        return None
    return f"a state of mind: {found.group(0)!r} is a worry, not a forecast that the event happens"


def find_no_horizon(phrase: str) -> str | None:
    """A change with no horizon ("over the long term"), quoted, or None. The caller checks first
    that there is no number, year or window to hold it to."""
    found = _NO_HORIZON.search(phrase)
    if found is None:
        return None
    return f"nothing to measure: {found.group(0)!r} names no date to check the change by"


def find_bare_comparative(phrase: str) -> str | None:
    """A necessity by an amount compared with nothing named ("need to borrow more to pay for ..."),
    quoted, or None.
    The caller checks first that the phrase has no number."""
    if re.search(r"\bthan\b", phrase, re.IGNORECASE):
        return None
    found = _BARE_COMPARATIVE.match(phrase)
    if found is None:
        return None
    return f"nothing to measure: {found.group('said')!r} compares with nothing named"


def _after_verb(quote: str, verb: str) -> str:
    """The quote's words after the first form of ``verb`` ("learn", "learns", "learned")."""
    found = re.search(rf"\b{re.escape(verb)}\w*\b", quote, re.IGNORECASE)
    return quote[found.end() :] if found else ""


def _trimmed(words: list[str]) -> str:
    """The words quoted, without a trailing preposition or article: "be a difficult meeting for"
    quotes as "be a difficult meeting", for the preposition belongs to what follows."""
    words = [w.strip(",;:.") for w in words]
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    return " ".join(words)
