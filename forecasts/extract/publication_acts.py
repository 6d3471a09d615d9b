"""Claims whose act is done by the time the text is published: no forecast is left in them.

A claim can be worded as a forecast and still be settled on the day its text comes out:

- **the document's own act**: a Budget's "This Budget sets out the next stage of welfare
  reform", or a bullet under "This Budget:" reading "sets out ...", "confirms ...",
  "announces ...": the setting out is the publication itself. What the document announces for
  later stays a forecast ("the Spending Review will set out budgets in the autumn", "confirms
  that fuel duty will be frozen until 2027": there the claim's verb is "freeze");
- **the meeting the text reports**: minutes say what participants "expected at the current
  meeting" or "judged appropriate at this meeting"; the meeting is over when its minutes are
  published ("the committee will decide at its next meeting" is still to come);
- **a change effective on a day before publication**: "the new rate will apply effective
  March 17" in a text dated April 6 (a day with no year is read as its nearest occurrence);
- **an amount stated flatly as set**: "the grant will be set at a rate of £45 per pupil", "the
  amounts will be protected at the current rates", with no hedge, in the text's own voice: an amount
  no one could know unless it had been decided is the announcement's decision; a setting still
  to be decided is hedged ("is expected to be set at £45"), names when it is made ("at its next
  meeting"), or is what someone the text reports expects ("analysts said it will be set at");
- **a promise the article reports kept**: "I promised to build the arena for the Games" where
  the article goes on "the arena was built" or "the arena built": the act is done ("the arena
  will host the championships in 2031" is a new act);
- **an act the transcript records done**: "we are going to sign the MOU" before the stage
  direction "(The Memorandum of Cooperation is signed.)";
- **a document said to act**: "the budget will accelerate the response by providing $2.5
  billion", "the proposal would restore our standing": a document only says, on the day it is
  issued; what can happen later is its enactment, and an amount it names is asked as enacted.
"""

from __future__ import annotations

import re
from datetime import date

from forecasts.extract.propositions import lemmatise

# Verbs by which a document presents its content: its own act, done on publication.
_PRESENTING = (
    r"(?:sets\s+out|lays\s+out|outlines|confirms|reaffirms|restates|announces|publishes|presents|describes|"
    r"details|summari[sz]es|explains|highlights|unveils)"
)
# Kinds of document a publisher issues, named as the subject of its own presenting act.
_DOCUMENT_KINDS = (
    r"(?:document|budget|report|paper|white\s+paper|green\s+paper|statement|strategy|plan|review|update|"
    r"publication|guidance|consultation|announcement|framework|minutes|letter|package|programme|program|"
    r"release|note|bulletin|speech|communiqu[eé])"
)
# "This Budget sets out", "The report outlines", or a line that opens on the verb (a bullet
# under "This Budget:"), with no modal or auxiliary in between: the present of the document.
_DOCUMENT_ACT = re.compile(
    rf"(?i)^\s*(?:[-\u2022*\u2013\u2014]\s*)?(?:(?:this|the|our|today['\u2019]s)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_DOCUMENT_KINDS}\s+(?:also\s+)?)?(?P<act>{_PRESENTING})\b"
)

# "at the current meeting", "at this meeting", "at the present meeting": the meeting a text reports.
_REPORTED_MEETING = re.compile(r"(?i)\bat\s+(?:the\s+(?:current|present)|this)\s+meeting\b")
# A reporting frame in the past, or "would" of reported speech: the text looks back on the meeting.
_PAST_FRAME = re.compile(
    r"(?i)\b(?:expected|anticipated|judged|agreed|noted|said|saw|thought|felt|considered|viewed|indicated|"
    r"remarked|commented|favou?red|preferred|supported|projected|would)\b"
)

_MONTHS = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "effective March 17", "effective from 17 March", "with effect from 1 April", with no year after.
_EFFECTIVE_DAY = re.compile(
    rf"\b(?:effective|with\s+effect)\s+(?:from\s+|on\s+|as\s+of\s+)?"
    rf"(?:{_MONTHS}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTHS.replace('month', 'month2')})"
    rf"(?!,?\s*(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_MONTH_NUMBER = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}

# "be set at a rate of £45", "be protected at the current rates": an amount fixed for a period.
_AMOUNT_SET = re.compile(
    r"(?i)^be\s+(?:set|fixed|protected)\s+at\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+\s+){0,4}?(?:of\s+)?"
    r"[£$\u20ac]?\d[\d,.]*(?:\s*(?:%|per\s*cent|percent|pence|p\b))?|current\s+(?:rates?|levels?|amounts?))"
)
_WHEN_DECIDED = re.compile(r"(?i)\bat\s+(?:the|its|their|a)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:meeting|review|session)\b")

# A promise or plan reported in the past: "promised to build", "pledged to open".
_PROMISED = re.compile(
    r"(?i)\b(?:promised|pledged|vowed|undertook|committed\s+(?:myself|ourselves|himself|herself|itself|themselves)|"
    r"agreed)\s+to\s+(?P<verb>[a-z]+)\b"
)
_DONE_AUXILIARY = frozenset("was were been is are".split())
# How far after the promise its fulfilment is looked for: the sentences that go on telling it.
_FULFILMENT_SENTENCES = 3
# "were last held", "previously built": an earlier occasion, not the promised one.
_EARLIER_OCCASION = re.compile(r"(?i)\b(?:last|previous(?:ly)?|earlier|once|formerly|already\s+before)\b")
_PREPOSITIONS = r"\s+(?:of|in|at|on|for|from|with|near|by|to|under|over|across)\s+"


def find_document_act(clause: str, verb: str, published: date | None) -> str | None:
    """Why the claim is what its own document does on publication, or None: the claim's verb
    is a presenting verb ("sets out", "confirms") in the present, said of the document ("This
    Budget sets out") or opening the line, as bullets under "This Budget:" do."""
    found = _DOCUMENT_ACT.match(clause)
    if found is None or lemmatise(found.group("act").split()[0].lower()) != verb:
        return None
    when = f" ({published})" if published is not None else ""
    return f"not a forecast: {found.group(0).strip(' -*')!r} is what the document itself does on publication{when}"


def find_reported_meeting(clause: str) -> str | None:
    """Why the claim is decided by publication, or None: it is about the meeting the text
    reports ("at the current meeting", "at this meeting") under a reporting frame in the past
    ("participants expected", "judged that it would be appropriate")."""
    meeting = _REPORTED_MEETING.search(clause)
    if meeting is None:
        return None
    frame = _PAST_FRAME.search(clause)
    if frame is None:
        return None  # "traders expect a cut at this meeting": a preview, written before it
    return (
        f"decided by publication: {meeting.group(0)!r} is the meeting the text reports, over when it is "
        f"published, and {frame.group(0)!r} looks back on it"
    )


def find_effective_day_passed(clause: str, published: date | None) -> str | None:
    """Why the claim's change took effect before publication, or None: "effective March 17"
    with no year, read as the occurrence of that day nearest publication, falls before it."""
    if published is None:
        return None
    for found in _EFFECTIVE_DAY.finditer(clause):
        month = found.group("month") or found.group("month2")
        day = found.group("d1") or found.group("d2")
        when = _nearest(published, _MONTH_NUMBER[month[:3].lower()], int(day))
        if when is not None and when < published:
            return f"a present or past assessment: {found.group(0)!r} was before publication ({published})"
    return None


def _nearest(published: date, month: int, day: int) -> date | None:
    """The day of that month and day nearest ``published`` (in its year or the one either side)."""
    days: list[date] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue  # "30 February": no such day that year
    if not days:
        return None
    return min(days, key=lambda d: (abs((d - published).days), d > published))


def find_amount_set(phrase: str, hedge: str | None, speaker_type: str, clause: str) -> str | None:
    """Why the claim states a decision the announcement made, or None: an amount the text's own
    author (``speaker_type`` "author", not someone it reports) says flatly will "be set at"
    (fixed, protected) a figure or the current rates, with no hedge and no meeting or review
    named that would make it."""
    found = _AMOUNT_SET.match(phrase.strip())
    if found is None or hedge is not None or speaker_type != "author" or _WHEN_DECIDED.search(clause):
        return None
    return (
        f"decided by publication: {found.group(0)!r} states the amount flatly, a decision the announcement "
        "makes; ask about what is paid or in force at that amount"
    )


def find_promise_kept(clause: str, verb: str, phrase: str, following: str, published: date | None) -> str | None:
    """Why the claim is a promise the article reports kept, or None: the claim's act was
    "promised" (or pledged, vowed) in the past, for no year after publication, and one of the
    sentences that follow it (``following``: the text after the claim) says its object was done
    ("the arena was built", "the arena built"). A fulfilment is told after the promise; an
    earlier or a last occasion ("elections were last held in 2019") is not the promise kept."""
    promised = _PROMISED.search(clause)
    if promised is None or lemmatise(promised.group("verb").lower()) != verb:
        return None
    if published is not None and any(int(y) > published.year for y in re.findall(r"\b(?:19|20)\d{2}\b", clause)):
        return None  # "promised to hold elections by 2031": the promised time is still to come
    head = _object_head(phrase, verb)
    if head is None:
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", following.strip())[:_FULFILMENT_SENTENCES]:
        words = re.findall(r"[A-Za-z'\u2019-]+", sentence)
        lowered = [w.lower() for w in words]
        if head not in lowered or _EARLIER_OCCASION.search(sentence):
            continue
        for i, word in enumerate(lowered):
            if i == 0 or word == verb or lemmatise(word) != verb or word.endswith(("s", "ing")):
                continue
            before = lowered[i - 1]
            if before in _DONE_AUXILIARY or before == head:
                said = " ".join(words[max(0, i - 2) : i + 1])
                return (
                    f"not a forecast: {promised.group(0)!r} is a promise the article reports kept: {said!r} "
                    "is done by publication"
                )
    return None


# The act a transcript records done where it was given: "we are going to sign the MOU", then the
# stage direction "(The Memorandum of Cooperation is signed.)". (A speech "at the Signing of" an
# accord, before the signing, still forecasts it: nothing in the text says it is done.)
_OCCASION_ACTS = frozenset("sign launch open inaugurate unveil".split())
_STAGE_DIRECTION = re.compile(r"\((?:The\s+)?[^()]{0,120}?\b(?:is|are)\s+(?P<done>[a-z]+ed)\.?\)")


def find_occasion_act(verb: str, following: str) -> str | None:
    """Why the claim's act is done where the text was given, or None: a stage direction after the
    claim says so ("(The Memorandum of Cooperation is signed.)")."""
    if verb not in _OCCASION_ACTS:
        return None
    for direction in _STAGE_DIRECTION.finditer(following[:4000]):
        if lemmatise(direction.group("done")) == verb:
            return f"not a forecast: {direction.group(0)!r} says the act was done where the text was given"
    return None


def _object_head(phrase: str, verb: str) -> str | None:
    """The head noun of the claim's object: its last word before a preposition ("build the
    Platinum Arena in Krasnoyarsk" -> "arena"), lower-cased."""
    words = phrase.split()
    if not words or lemmatise(words[0].lower()) != verb:
        return None
    noun_phrase = re.split(_PREPOSITIONS, " ".join(words[1:]), maxsplit=1)[0]
    tail = re.findall(r"[A-Za-z'\u2019-]+", noun_phrase)
    return tail[-1].lower() if tail else None


# A document proposed or issued, as the subject of an act: "the budget will accelerate the response",
# "the request would re-establish leadership". A document does nothing but say; what it says is
# its content, set on the day it is issued. What can happen later is its enactment: a bill passed,
# an amount appropriated, a plan adopted.
_ISSUED_DOCUMENTS = frozenset(
    "budget budgets request requests proposal proposals strategy strategies blueprint bill bills roadmap manifesto".split()
)
# What a document itself can undergo or bring about on a day: passing, taking effect, expiring.
_DOCUMENT_EVENTS = frozenset(
    """be pass clear take come go face fail die survive expire lapse need require cost head reach win lose
    get become enter stall""".split()
)
_TRAILING_WORDS = frozenset("a an the of on in to for with at by and or from as".split())
_AMOUNT = re.compile(
    r"(?i)[$\u00a3\u20ac]\s?\d[\d,.]*(?:\s*(?:billion|million|trillion|bn|m)\b)?|\b\d[\d,.]*\s*(?:billion|million|trillion)\b"
)


def find_document_as_actor(subject: str, verb: str, phrase: str) -> str | None:
    """Why the claim is a document's own content said as its act, or None: the subject is an
    issued or proposed document ("the budget", "the request", "this strategy") and the verb is
    an act ("accelerate", "double down", "reinvest"), not something a document undergoes
    ("pass", "take effect", "expire", "be approved"). The document acts only by being enacted,
    so what can be asked is its enactment; an amount it names is asked as that amount enacted."""
    # The head noun is the last word before a preposition: "planning under the strategy" is planning.
    head = re.split(r"\s+(?:of|in|on|for|under|with|from|by|at|to|between)\s+", subject.strip(), maxsplit=1)[0]
    words = re.findall(r"[A-Za-z-]+", head.lower())
    if not words or words[-1] not in _ISSUED_DOCUMENTS or verb in _DOCUMENT_EVENTS:
        return None
    if re.match(r"(?i)(?:be|get)\s", phrase.strip()):
        return None  # "the budget will be published": done to the document, by someone, on a day
    amount = _AMOUNT.search(phrase)
    said_words = [w.strip(",;:.") for w in phrase.split()[:4]]
    while len(said_words) > 1 and said_words[-1].lower() in _TRAILING_WORDS:
        said_words.pop()
    said = " ".join(said_words)
    if amount is not None:
        return (
            f"a document's content, not an event: {subject.strip()!r} does not {said!r}, it proposes; the checkable "
            f"event is its enactment: ask whether the amount it names ({amount.group(0).strip()!r}) is enacted or "
            "appropriated by a date"
        )
    return (
        f"a document's content, not an event: {subject.strip()!r} does not {said!r}, it proposes, and says so on "
        "the day it is issued; ask whether it is enacted, adopted or funded by a date"
    )
