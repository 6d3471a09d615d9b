"""Long-run projections: claims whose figure belongs to a period the claim itself does not state.

The drafting gives a claim with no time of its own a default window of six months from
publication, or borrows one from the paragraph. Some claims are projections that such a window
cannot hold, and no rule can read their period from the claim's own words:

- **a share of a whole with no period**: "the plant will supply 10 percent of the country's
  electricity", "our cargo will account for 50 percent of the total": a share is one year's figure
  set against the year's whole, published after the year ends; with no year named, a window from
  publication asks about a year that has not begun, and more so when the share comes only with
  a state that has no date ("when all the reactors are operational", "once the line is
  complete"). "Renewables will supply 40 percent of power in 2030" names its year, and is kept;
  "cut 10 percent of the jobs" is an act, and is left to the other tests;
- **a share of a budget given to a purpose, with no period**: "we will put a quarter of the
  procurement budget into aircraft", "spend 10 percent of its funds on training": the share of a
  budget over its whole period ("put half of the troops on alert" is an act, and is kept);
- **a trend carried forward**: "at this pace", "at the current rate", "if current trends
  continue": the projection follows from a pace, not from a date ("at this pace the lake will be
  dry by 2031" has one, and is kept);
- **a span defined elsewhere**: "over the forecast period", "over the projection horizon": the
  horizon of a forecast the article sets out elsewhere, which the claim does not date ("over the
  forecast period to 2030" names its end, and is kept);
- **a construction with no date**: "the plant with four units will be built in the north",
  "the railway will be completed": building a works takes years, and a claim that gives no date
  says where or how it is to be built, not by when; a window from publication would ask whether
  years of work end within months ("the first unit will be completed in 2023", "the bridge will
  be built within two years" are dated, and kept);
- **a turn in a trend**: "continue decreasing through mid-year before growth resumes": two
  movements in two spans, which one question with one window cannot ask ("peak in 2027 before
  falling", one level in one year then another, is left to the drafting).

Each finder returns the reason, quoting the words it judged, or None. The caller checks whether
the sentence names a year or a window of its own.
"""

from __future__ import annotations

import re

# A share of a whole: "over 50 percent of platinum-group metals", "only 12% of the level in ...",
# "a fifth of what urban households earn".
_SHARE = re.compile(
    r"(?i)\b(?P<share>(?:(?:over|more\s+than|less\s+than|under|about|around|almost|nearly|some|only|at\s+least|"
    r"up\s+to|roughly|just)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b)|half|(?:a|one|two)[\s-]"
    r"(?:third|quarter|fifth|tenth)s?|two-thirds|three-quarters)\s+of\s+(?P<whole>(?:the\s+|its\s+|their\s+)?"
    r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}))"
)
# Verbs whose object or subject share is the level itself, not an act on so much of something
# ("produce over 50 percent of", "be generated", "account for"; "cut 10 percent of the jobs" acts).
_SHARE_VERBS = frozenset(
    """be account make represent constitute comprise produce generate supply provide cover meet reach hold
    control come earn""".split()
)
# Verbs that give a share of a budget to a purpose: "put a quarter of the budget into", "spend 10
# percent of its funds on". The share is the budget's over its whole period, known when its
# accounts are closed, so with no year named it is a long-run share like any other.
_ALLOCATING_VERBS = frozenset("put spend allocate devote invest direct channel earmark dedicate assign".split())
_BUDGET_WHOLE = re.compile(
    r"(?i)\b(?:budgets?|spending|funds|funding|procurement|expenditures?|appropriations|revenues?|resources)\b"
)
# National output as the whole: a share of GDP is judged by the gate's own tests (one credited to a firm
# is in no national series; a measured thing's share is a yearly ratio the drafting dates).
_NATIONAL_OUTPUT = re.compile(
    r"(?i)^(?:the\s+)?(?:gdp|gnp|gni|gross\s+domestic\s+product|national\s+(?:income|output))\b"
)
# Wholes that say not of what: "50 percent of the total".
_BARE_WHOLE = re.compile(r"(?i)^(?:the\s+)?(?:total|whole|rest|remainder|overall\s+figure|sum)\b")
# A state still to come, with no date: "when all the reactors are operational", "once the line is complete".
_UNDATED_STATE = re.compile(
    r"(?i)\b(?:when|once|after|as\s+soon\s+as)\s+(?:(?:all|both|each)\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:is|are|become|becomes|get|gets)\s+(?:fully\s+|all\s+)?(?:operational|online|"
    r"on\s+stream|complete|completed|finished|built|in\s+place|up\s+and\s+running|in\s+operation|in\s+service|"
    r"running|working|at\s+full\s+capacity|launched|commissioned)\b"
)
# A trend carried forward to no date: "at this pace", "at the current rate", "on current trends".
_TREND_CARRIED = re.compile(
    r"(?i)\b(?:at\s+(?:this|that|the\s+current|current|the\s+present|present|today's|today\u2019s)\s+(?:pace|rate|"
    r"speed|clip)|on\s+(?:current|present)\s+trends|if\s+(?:current|present|these|the)\s+trends?\s+"
    r"(?:continues?|persists?|holds?))\b"
)
# The horizon of a forecast set out elsewhere: "over the forecast period", "during the projection horizon".
_DEFINED_SPAN = re.compile(
    r"(?i)\b(?:over|during|through(?:out)?|across|within|for|in)\s+(?:the\s+)?(?:(?:whole|entire|rest\s+of\s+the|"
    r"remainder\s+of\s+the)\s+)?(?:forecast|projection|outlook|planning|scorecard)\s+(?:period|horizon|window|years)\b"
)
# The span's end, when the claim gives it: "to 2030", "ending in 2029-30".
_SPAN_END = re.compile(
    r"(?i)^\s*,?\s*(?:to|until|till|through|ending\s+in|of\s+\w+\s+years\s+to)\s+(?:\w+\s+)?(?:19|20)\d{2}\b"
)
# A trend that turns: "before growth resumes", "until demand recovers".
_TURN = re.compile(
    r"(?i)\b(?:before|until|till)\s+(?:(?:the|a|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?P<turn>resumes?|recovers?|"
    r"rebounds?|returns?|picks?\s+up|turns?\s+(?:up|around|down)|bottoms?\s+out|levels?\s+off|stabili[sz]es?|"
    r"reverses?)\b"
)
# A movement in a measure, the trend whose turn is forecast.
_MOVING = frozenset(
    """rise fall grow decline decrease increase shrink contract expand drop climb ease slide slip sink soften weaken
    strengthen""".split()
)


def find_undated_share(subject: str, verb: str, phrase: str, sentence: str) -> str | None:
    """A share of a whole with no period of its own ("the firm will be producing over 50 percent of
    platinum-group metals", "when all the reactors are operational, 10 percent of the country's
    electricity will be generated at this plant"), quoted, or None. The caller checks first that
    the sentence names no year and sets no window."""
    if verb not in _SHARE_VERBS and verb not in _ALLOCATING_VERBS:
        return None
    share = _SHARE.search(phrase) or _SHARE.search(subject)
    if share is None or _NATIONAL_OUTPUT.match(share.group("whole")):
        return None
    if verb in _ALLOCATING_VERBS and not _BUDGET_WHOLE.search(share.group("whole")):
        return None  # "put half of the troops on alert": an act on so many, not a share of a budget
    said = _cut_whole(share.group("share"))
    state = _UNDATED_STATE.search(sentence)
    pace = _TREND_CARRIED.search(sentence)
    if state is not None:
        when = f"it comes only {_words(state.group(0))!r}, a state with no date"
    elif pace is not None:
        when = f"it comes {_words(pace.group(0))!r}, a trend carried to no year"
    else:
        when = "the claim names no year"
    whole = _BARE_WHOLE.match(share.group("whole"))
    of_what = f", and {_words(whole.group(0))!r} does not say of what" if whole is not None else ""
    return (
        f"a long-run share: {said!r} is a share of a whole in some year, and {when}{of_what}; ask about the share in a "
        "named year, or about the step that would bring it by a date"
    )


# A works whose building takes years ("the Akkuyu plant with four units", "the new railway").
_WORKS = (
    r"(?:plants?|power\s+(?:plants?|stations?)|stations?|reactors?|(?:power\s+)?units?|railways?|railroads?|"
    r"rail\s+lines?|pipelines?|bridges?|ports?|airports?|dams?|highways?|motorways?|roads?|terminals?|factories|"
    r"factory|refinery|refineries|tunnels?|canals?|mines?|cosmodromes?|spaceports?|shipyards?|complex(?:es)?|"
    r"(?:launch\s+)?(?:centres?|centers?)|facilit(?:y|ies)|projects?)"
)
_CONSTRUCTION = re.compile(
    r"(?i)^(?:be\s+)?(?P<verb>built|constructed|completed|finished|build|construct|complete|finish)\b"
)
_WORKS_NOUN = re.compile(rf"(?i)\b{_WORKS}\b")


def find_undated_construction(subject: str, verb: str, phrase: str) -> str | None:
    """Why building or completing a works with no date is no question for a window from
    publication ("the plant with four power units will be built in the province"), or None. The
    caller checks that the claim and its sentence name no time."""
    m = _CONSTRUCTION.match(phrase)
    if m is None:
        return None
    # Passive, the works is the subject ("the plant will be built"); active, the object ("build the plant").
    works = subject if phrase.lower().startswith("be ") else phrase[m.end() :]
    if _WORKS_NOUN.search(works) is None:
        return None
    return (
        f"no date: building {' '.join(works.split()[:10])!r} takes years, and the claim gives no date for it to be "
        "done by; give the date the article sets (a deadline), or ask about a step that is dated"
    )


def find_trend_carried(sentence: str) -> str | None:
    """A projection that carries a trend forward to no date ("at this pace", "at the current
    rate"), quoted, or None. The caller checks first that the sentence names no year and sets no
    window."""
    pace = _TREND_CARRIED.search(sentence)
    if pace is None:
        return None
    return (
        f"a projection with no date: {_words(pace.group(0))!r} carries a trend forward to no year; ask about the "
        "figure in a named year"
    )


# A horizon decades away: "by the end of this century", "over the next three decades", "by
# mid-century". No window a tracker keeps holds it, and the claim is a projection, not an event.
_FAR_HORIZON = re.compile(
    r"(?i)\b(?:by|before|until|towards?)\s+(?:the\s+)?(?:end\s+of\s+(?:this|the)\s+century|mid-?century|"
    r"middle\s+of\s+the\s+century)\b|\b(?:over|in|during|within)\s+the\s+(?:next|coming)\s+"
    r"(?:few\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?decades\b"
)


def find_far_horizon(quote: str) -> str | None:
    """A projection decades away ("by the end of this century"), quoted, or None."""
    found = _FAR_HORIZON.search(quote)
    if found is None:
        return None
    return (
        f"a projection beyond any window: {_words(found.group(0))!r} is decades away; ask about a nearer step "
        "or a named year's figure"
    )


def find_defined_span(phrase: str, quote: str) -> str | None:
    """A span the claim takes from a forecast set out elsewhere ("continue to grow over the
    forecast period"), quoted, or None. "Over the forecast period to 2030" names its end, and is
    kept (the quote is read for it, for the drafting takes the year out of the phrase)."""
    span = _DEFINED_SPAN.search(phrase)
    if span is None or any(_SPAN_END.match(quote[found.end() :]) for found in _DEFINED_SPAN.finditer(quote)):
        return None
    return (
        f"a span the claim does not date: {_words(span.group(0))!r} is the horizon of a forecast set out "
        "elsewhere; ask about the figure for a named year"
    )


def find_trend_turn(verb: str, quote: str) -> str | None:
    """A trend forecast to turn ("continue decreasing through mid-year before growth resumes"),
    quoted, or None: two movements, each in its own span, which one window cannot ask about."""
    if verb not in _MOVING:
        return None
    turn = _TURN.search(quote)
    if turn is None:
        return None
    return (
        f"a turn in a trend: {_words(turn.group(0))!r} puts a second movement after the first, each in its own "
        "span; ask about each (the first by its date, the second after it) as its own question"
    )


def _cut_whole(share: str, words: int = 8) -> str:
    """The share quoted up to a few words of its whole, without a trailing article or preposition."""
    parts = share.split()[:words]
    while len(parts) > 1 and parts[-1].lower() in ("the", "a", "an", "of", "in", "at", "to", "and", "its", "their"):
        parts.pop()
    return " ".join(parts)


def _words(text: str) -> str:
    return " ".join(text.split())
