"""Spans of time the labelling rules' window finder leaves out, read for drafting only.

``forecasts.extract.windows`` follows the labelling rules and the extractor's scorer is trained
on them, so it is left alone. A draft needs a few more expressions to ask over the period the
article gives rather than the default half year:

=================================================  ==============================================
expression                                         window (P: publication)
=================================================  ==============================================
"in (just) over four years", "in more than N       [P, P + N + 1 years]: past the N the text says
months"
"in about / under / less than N years"             [P, P + N years]
"over the next 2 or 3 years", "in 2 to 3 years",   [P, P + the larger count]
"within the next 5-10 years", "in 8 and 11 years,
respectively"
"late in 2016", "at the start of 2016", "the       that part of the year: early / start Jan-Apr,
second half of 2016", "H1 2016", "at the end of    middle May-Aug, late / end Sep-Dec (the thirds
2015"                                              ``windows`` gives "late 2016"), a half six
                                                   months; from P when P falls inside it
"late March", "mid-October 2015", "early in June"  days 1-10, 11-20 or 21 to the end of the month
                                                   (its year when written, else the next not over)
"for the rest of the decade", "by the end of the   [P, the last day of the decade of P]
decade"
"over the course of the year", "for the rest of    [P, the last day of the year of P]
this year", "at the end of the year", "at
year-end"
"over the next decade", "within a decade"          [P, P + 10 years]
"in the coming year", "over the year ahead"        [P, P + 1 year]
"by the end of the 75-year projection period",     [P, P + 75 years]
"over the 10-year plan"
"carried out over five years", "phased in across   [P, P + N]: what is spread over the span
three years", "over a period of three months"      (not "for over five years", "over N years ago");
                                                   [S, S + N] from the start the sentence gives
"phased in over four months, starting in           ("starting in September": S); none for a
September"                                         process only possible ("could be phased in
                                                   over three months"), whose start is open
"over this Parliament", "during the current        [P, P + 5 years]: the longest a parliament
parliamentary term"                                sits (Westminster's five years) bounds its term
"a year on average, the same pace as over the      the span it sets beside: this Parliament
last Parliament" (decade, year)                    [P, P + 5 years], [P, the decade's or year's end]
"on 26th to the 29th", "from the 3rd to the 5th",  those days of the month named (or nearest
"from July 26th to the 29th"                       before
                                                   (else after) in the paragraph; its year when
                                                   one is written with it, else the next such
                                                   days on or after P
"the 2030s", "in the 2020s" (a decade not over     [P or the decade's start, its last day]: a
at P)                                              decade's claim is judged on the whole decade
"the fourth quarter of 2015", "Q1 2016", "the      that calendar quarter's three months; with no
final quarter of the year", "the second quarter"   year written, the next such quarter not over
                                                   at P
=================================================  ==============================================

A day range needs an ordinal suffix or "the" on a day ("2 to 3 years" is a count, not days).

Periods named as alternatives or as a range's ends ("in February or March 2005", "late March -
early April", "from 2025 to 2035") are one window, to the end of the later (``join_alternatives``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from forecasts.extract.windows import MONTHS, NUMBER_WORDS, UNIT_DAYS, WEEKDAYS, Window

_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?)"

# "in just over four years", "in less than 10 years", "within about two years".
_APPROXIMATE = re.compile(
    rf"(?i)\b(?:in|within)\s+(?:just\s+|a\s+little\s+|slightly\s+|well\s+)?"
    rf"(?P<bound>over|more\s+than|under|less\s+than|about|around|roughly|some|approximately|nearly|almost)\s+"
    rf"(?P<count>{_NUMBER})\s+{_UNIT}"
)
# "over the next 2 or 3 years", "in the next five to ten years", "within 5-10 years"; "in 8 and 11
# years, respectively" (two things, each in its own span): the longer bounds both.
_RANGE_OF_COUNTS = re.compile(
    rf"(?i)\b(?:over|in|within|during)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?P<low>{_NUMBER})\s*"
    rf"(?:or|to|and|-|\u2013)\s*(?P<count>{_NUMBER})\s+{_UNIT}"
)
# "by the end of the 75-year projection period", "over the 10-year plan".
_SPAN_OF_A_PLAN = re.compile(
    rf"(?i)\b(?:by\s+the\s+end\s+of|over|during|within|in)\s+the\s+(?:next\s+)?(?P<count>{_NUMBER})[- ]"
    r"(?P<unit>year|month|week|day)\s+(?:\w+\s+)?(?:period|horizon|plan|programme|program|window|term)\b"
)
# "carried out over five years", "phased in across three years": the span the work is spread over.
# "for over five years", "by over two years", "a term of over five years" and "over five years ago"
# are lengths of time, "over" meaning more than.
_SPREAD_OVER = re.compile(
    rf"(?i)(?<!\bfor\s)(?<!\bby\s)(?<!\bof\s)\b(?:over|across)\s+(?:a\s+(?:period|span)\s+of\s+)?(?P<count>{_NUMBER})\s+"
    rf"{_UNIT}\b(?!\s+(?:ago|old|earlier|before|of\s+age)\b)"
)
# "starting in September", "beginning in June 2022", "commencing 1 July": when a process spread over
# a span begins. The span then runs from that start, not from publication: "phased in over three
# months, starting in September" ends three months after September opens.
_MONTH_ALTERNATION = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
_PROCESS_START = re.compile(
    r"(?i)\b(?:starting|beginning|commencing|as\s+of|effective)\s+(?:(?:in|on|from)\s+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<month>" + _MONTH_ALTERNATION + r")\b(?:\s+(?P<day_after>\d{1,2})\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"
    r"|\b(?:starting|beginning|commencing)\s+(?:in\s+)?(?P<only_year>(?:19|20)\d{2})\b"
)
# "could be phased in over three months": a process only possible has no start yet, so its span is
# its length and says nothing of when it ends. "will be carried out over five years" is planned
# work, taken to begin now.
_ONLY_POSSIBLE = re.compile(r"(?i)\b(?:could|might|may)\b(?:\s+(?:not|well|also|even|only|eventually|then))*\s+be\b")
# "phased in", "brought in", "eased in": "in" is the verb's particle, so "phased in over four months"
# is spread over four months, not "in more than four months".
_PARTICLE_IN = re.compile(
    r"(?i)\b(?:phase[ds]?|phasing|brought|bring(?:s|ing)?|ease[ds]?|easing|usher(?:s|ed|ing)?|fade[ds]?|fading)\s+$"
)
# "by 1.1% of GDP a year on average, the same pace as over the last Parliament": a pace set beside the
# last such span is the pace over this one (this Parliament, this decade, this year).
_PACE_AS_OVER_THE_LAST = re.compile(
    r"(?i)\b(?:the\s+same|a\s+(?:faster|slower|similar|quicker)|a\s+similar)\s+(?:pace|rate|speed)\s+(?:as|than)\s+"
    r"(?:over|in|during|through)\s+the\s+(?:last|previous|past)\s+"
    r"(?P<span>Parliament|parliamentary\s+term|legislative\s+term|decade|year)\b"
)
# "over this Parliament", "during the current parliamentary term": at most five years from now.
PARLIAMENT_YEARS = 5
_THIS_PARLIAMENT = re.compile(
    r"(?i)\b(?:over|during|in|within|for|by\s+the\s+end\s+of)\s+(?:the\s+(?:course|life|rest)\s+of\s+)?"
    r"(?:this|the\s+current|the\s+present)\s+(?:Parliament|parliamentary\s+term|legislative\s+term)\b"
)
# "on 26th to the 29th", "from the 3rd to the 5th", "between the 3rd and 5th".
_DAY = r"(?P<{name}>(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?)"
_DAY_RANGE = re.compile(
    r"(?i)\b(?:on|from|between)\s+"
    + r"(?:(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+)?"
    + _DAY.format(name="first")
    + r"\s*(?:-|\u2013|to|and|until|till|through)\s*"
    + _DAY.format(name="last")
    + r"(?![\w%]|\s+(?:"
    + "|".join(MONTHS)
    + r"|years?|months?|weeks?|days?|hours?|per\s*cent|percent|million|billion)\b)"
)
# "on Wednesday 3 May", "Tuesday, May 3rd, 2016": a weekday written with its date names that date,
# not the next such weekday after publication.
_MONTH_ALTERNATIVES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_DATE = re.compile(
    r"\b(?:(?i:on)\s+)?(?P<weekday>" + "|".join(name.capitalize() for name in WEEKDAYS) + r"),?\s+"
    r"(?:(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>(?i:" + _MONTH_ALTERNATIVES + r"))"
    r"|(?P<month2>(?i:" + _MONTH_ALTERNATIVES + r"))\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?(?![\w%])"
)
# "the fourth quarter of 2015", "Q1 2016", "the final quarter of the year", "the second quarter".
_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_QUARTER = re.compile(
    r"(?i)\b(?:(?:the\s+)?(?P<ordinal>first|1st|second|2nd|third|3rd|fourth|4th|final)\s+quarter"
    r"|(?:the\s+)?last\s+quarter(?=\s+of\s+(?:the\s+year|this\s+year|(?:19|20)\d{2}))"
    r"|\bQ(?P<number>[1-4]))"
    r"(?:\s+of)?(?:\s+(?P<year>(?:19|20)\d{2})|\s+(?P<this>the\s+year|this\s+year))?\b"
)
_MONTH_NAME = re.compile(
    r"(?i)\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?:\s+(?P<year>(?:19|20)\d{2}))?\b"
)


# "the 2020s will be the weakest decade", "growth will average 1% in the 2030s": a decade as a whole.
# A decade already over ("since the 1960s") is a reference point, not a window.
_DECADE = re.compile(r"(?i)\b(?:(?:in|during|over|for|through(?:out)?)\s+)?the\s+(?P<decade>(?:19|20)\d0)s\b")


# A part of a year ("late in 2016", "the second half of 2016", "at the end of 2015"): early, mid and
# late are thirds of the year as ``windows`` reads "late 2016" (Jan-Apr, May-Aug, Sep-Dec), a half
# is six months. "by the end of 2015" is a deadline ``windows`` reads; "at the end of" is late in it.
_PART_OF_YEAR = re.compile(
    r"(?i)\b(?:(?:in|during|over)\s+)?(?:"
    r"(?P<part>early|late)\s+in\s+(?:the\s+year\s+)?"
    r"|(?:(?:at|towards?|near|around)\s+)?(?<!by\s)(?<!before\s)(?<!until\s)(?<!through\s)the\s+"
    r"(?P<edge>start|beginning|middle|end|close)"
    r"\s+of\s+(?:the\s+year\s+)?"
    r"|the\s+(?P<half>first|second|latter|last)\s+half\s+of\s+(?:the\s+year\s+)?"
    r"|(?:the\s+)?(?P<h>H[12])\s+"
    r")(?P<year>(?:19|20)\d{2})\b(?![-\u2013/]\d)"
)
_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_EDGES = {"start": "early", "beginning": "early", "middle": "mid", "end": "late", "close": "late"}
# A part of a month: "late March", "mid-April", "early in June" (days 1-10, 11-20, 21 to the end).
# A month given its year with "of" ("in August of 2010"): the labelling rules read the month alone
# and take the next such month after publication, which is a year early when the year named is later.
_MONTH_OF_YEAR = re.compile(
    r"(?i)\b(?P<month>"
    + "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
    + r")\s+of\s+(?P<year>(?:19|20)\d{2})\b"
)
_PART_OF_MONTH = re.compile(
    r"(?i)\b(?:(?:in|during|by)\s+)?(?P<part>early|mid|late)(?:-|\s+)(?:in\s+)?(?P<month>"
    + "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
    + r")\b(?:\s+(?P<year>(?:19|20)\d{2})\b)?"
)
_MONTH_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
# "for the rest of the decade", "by the end of the decade": to the last day of the decade the
# article is written in; "over the next decade", "within a decade": ten years from publication.
_REST_OF_DECADE = re.compile(
    r"(?i)\b(?:(?:for|over|during|through(?:out)?|in)\s+the\s+(?:rest|remainder)\s+of|by\s+the\s+end\s+of)"
    r"\s+(?:the|this)\s+decade\b"
)
# "over the course of the year", "for the rest of this year": to the end of the year of publication.
_REST_OF_YEAR = re.compile(
    r"(?i)\b(?:(?:over|during|in|for|through(?:out)?)\s+)?the\s+(?:(?:rest|remainder|balance)\s+of|course\s+of)"
    r"\s+(?:the|this)\s+year\b"
)
# "expire at the end of the year", "at year-end": by the last day of the year of publication, as "by the
# end of the year" (which ``windows`` reads) is; the event is due then, not in the default half year.
_END_OF_THE_YEAR = re.compile(
    r"(?i)\b(?:at|towards?|near|around|by|before)\s+(?:the\s+)?(?:end\s+of\s+the\s+year|year[-\s]?end)\b(?!['\u2019]s)"
)
_NEXT_DECADE = re.compile(r"(?i)\b(?:(?:over|in|within|during)\s+the\s+(?:next|coming)|within\s+a)\s+decade\b")
# "in the coming year", "over the year ahead": a year from publication, as ``windows`` reads "in the
# next year" and "in the coming years"; "the coming year's budget" names a year's thing, not a span.
_COMING_YEAR = re.compile(
    r"(?i)\b(?:over|in|within|during|for|throughout)\s+the\s+(?:coming\s+year|year\s+(?:ahead|to\s+come))\b"
    r"(?!['\u2019]s)"
)


def _part_of_year(m: re.Match[str]) -> tuple[date, date]:
    year = int(m["year"])
    if m["half"] or m["h"]:
        second = (m["half"] or "").lower() in ("second", "latter", "last") or (m["h"] or "").upper() == "H2"
        return (date(year, 7, 1), date(year, 12, 31)) if second else (date(year, 1, 1), date(year, 6, 30))
    part = m["part"].lower() if m["part"] else _EDGES[m["edge"].lower()]
    first, last = _THIRDS[part]
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _stated_or_published_year(m: re.Match[str], published: date | None) -> int | None:
    """The year the phrase states, else the article's (None when neither is known)."""
    if m["year"]:
        return int(m["year"])
    return published.year if published is not None else None


def _part_of_month(m: re.Match[str], published: date | None) -> tuple[date, date] | None:
    if not m["month"][0].isupper():
        return None  # "may" in lower case is the verb
    month = MONTHS[m["month"].lower()]
    first, last = _MONTH_DAYS[m["part"].lower()]
    year = _stated_or_published_year(m, published)
    if year is None:
        return None
    last = min(last, calendar.monthrange(year, month)[1])
    if not m["year"] and published is not None and date(year, month, last) < published:
        year += 1
        last = min(_MONTH_DAYS[m["part"].lower()][1], calendar.monthrange(year, month)[1])
    return date(year, month, first), date(year, month, last)


# Two periods offered as alternatives or as the ends of a range: "in February or March 2005",
# "late March - early April", "in 2016 or 2017". Either may be when it happens, so the window runs
# to the end of the later; a year written only with the second is the first's too.
_BETWEEN_ALTERNATIVES = re.compile(r"(?i)^\s*(?:,?\s*or|-|\u2013|\u2014|to)\s*(?:(?:in|during|by)\s+)?$")


def join_alternatives(windows: list[Window], body: str) -> list[Window]:
    """``windows`` (earliest first, body offsets) with periods named as alternatives joined into one
    ("in February or March 2005": February to the end of March 2005)."""
    joined: list[Window] = []
    for w in windows:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.window_start is not None
            and last.window_end is not None
            and w.window_start is not None
            and w.window_end is not None
            and last.end <= w.start
            and _BETWEEN_ALTERNATIVES.match(body[last.end : w.start])
        ):
            start = last.window_start
            written = re.search(r"(?:19|20)\d{2}", w.phrase)
            if written and not re.search(r"(?:19|20)\d{2}", last.phrase) and start.year != w.window_end.year:
                try:
                    start = start.replace(year=w.window_end.year)
                except ValueError:  # 29 February
                    start = start.replace(year=w.window_end.year, day=28)
            if start <= w.window_end and w.window_end >= last.window_end:
                joined[-1] = Window(
                    body[last.start : w.end], last.start, w.end, min(start, w.window_start), w.window_end
                )
                continue
        joined.append(w)
    return joined


def _number(text: str) -> int:
    key = text.lower().strip()
    return int(key) if key.isdigit() else NUMBER_WORDS.get(key, 1)


def _after(published: date, count: int, unit: str) -> date:
    unit = unit.lower().rstrip("s")
    if unit == "year":
        try:
            return published.replace(year=published.year + count)
        except ValueError:  # 29 February
            return published.replace(year=published.year + count, day=28)
    return published + timedelta(days=round(count * UNIT_DAYS[unit]))


def _process_start(m: re.Match[str], published: date) -> date | None:
    """The first day a "starting in ..." phrase names: its day, else the month's first (the year
    written, else the next such month not over at ``published``), or a year's first day."""
    if m["only_year"]:
        return date(int(m["only_year"]), 1, 1)
    if not m["month"][0].isupper():
        return None  # "may" in lower case is a verb
    month = MONTHS[m["month"].lower()]
    day = int(m["day"] or m["day_after"] or 1)
    year = int(m["year"]) if m["year"] else published.year
    if not m["year"] and (year, month) < (published.year, published.month):
        year += 1
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _spread_from_its_start(m: re.Match[str], text: str, offset: int, published: date) -> Window | None:
    """The window of work spread over a span ("phased in over a period of three months"): from the
    start the sentence gives ("starting in September") to that start plus the span; with no start,
    from publication when the work is planned, and none when it is only possible ("could be phased
    in"), whose span is a length, not a deadline."""
    count, unit = _number(m["count"]), m["unit"]
    starts = [s for s in _PROCESS_START.finditer(text) if _process_start(s, published) is not None]
    if starts:
        # The start nearest the span is the one that opens it.
        s = min(starts, key=lambda s: min(abs(s.start() - m.end()), abs(m.start() - s.end())))
        first = _process_start(s, published)
        assert first is not None
        try:
            last = _after(first, count, unit)
        except (OverflowError, ValueError):
            return None
        lo, hi = min(s.start(), m.start()), max(s.end(), m.end())
        between = text[min(s.end(), m.end()) : max(s.start(), m.start())]
        phrase = text[lo:hi] if len(between) <= 40 else f"{text[m.start() : m.end()]}, {text[s.start() : s.end()]}"
        return Window(phrase.strip(" ,"), offset + lo, offset + hi, first, last)
    clause = re.split(r"[;:]|\.\s", text[: m.start()])[-1]
    if _ONLY_POSSIBLE.search(clause):
        return None
    try:
        end = _after(published, count, unit)
    except (OverflowError, ValueError):
        return None
    return Window(m.group().strip(), offset + m.start(), offset + m.end(), published, end)


def length_without_start(text: str) -> str | None:
    """The span a process only possible is spread over when the text gives no start ("could be
    phased in over a period of three months"), else None. It says how long the process would last,
    not when it ends, so it gives no window; a draft's review says so."""
    for m in _SPREAD_OVER.finditer(text):
        if _PROCESS_START.search(text) is None and _ONLY_POSSIBLE.search(re.split(r"[;:]|\.\s", text[: m.start()])[-1]):
            return m.group().strip()
    return None


def _day(text: str) -> int:
    return int(re.sub(r"(?i)^the\s+|(?:st|nd|rd|th)$", "", text.strip()))


def _month_near(context: str, at: int, published: date | None) -> tuple[int, int | None] | None:
    """The month (and year written with it) named nearest before ``at`` in ``context``, else after."""
    months = list(_MONTH_NAME.finditer(context))
    # A month is written with a capital; "may" and "mar" in lower case are verbs.
    months = [m for m in months if m["month"][0].isupper()]
    before = [m for m in months if m.end() <= at]
    after = [m for m in months if m.start() >= at]
    m = before[-1] if before else (after[0] if after else None)
    if m is None:
        return None
    year = int(m["year"]) if m["year"] else None
    return MONTHS[m["month"].lower()], year


def _day_range(m: re.Match[str], context: str, at: int, published: date | None) -> tuple[date, date] | None:
    if not (re.search(r"(?i)the|st|nd|rd|th", m["first"]) or re.search(r"(?i)the|st|nd|rd|th", m["last"])):
        return None  # "from 2 to 3" is a count, not days
    first, last = _day(m["first"]), _day(m["last"])
    # "from July 26th to the 29th" names its month; "on 26th to the 29th" takes the one nearby.
    month_year = (MONTHS[m["month"].lower()], None) if m["month"] else _month_near(context, at, published)
    if month_year is None or not 1 <= first <= last <= 31:
        return None
    month, year = month_year
    if year is None:
        if published is None:
            return None
        year = published.year
        if date(year, month, min(last, calendar.monthrange(year, month)[1])) < published:
            year += 1
    if last > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, first), date(year, month, last)


def _weekday_date(m: re.Match[str], published: date | None) -> date | None:
    """The date a weekday is written with: the year given, else the first such date not before publication."""
    day = int(m["day"] or m["day2"])
    month = MONTHS[(m["month"] or m["month2"]).lower()]
    if m["year"]:
        year = int(m["year"])
    elif published is not None:
        year = published.year + (date(published.year, month, 1) < date(published.year, published.month, 1))
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _quarter(m: re.Match[str], published: date | None) -> tuple[date, date] | None:
    """The calendar quarter named: the year written with it, else the next such quarter not over."""
    if m["number"]:
        number = int(m["number"])
    elif m["ordinal"] and m["ordinal"].lower() != "final":
        number = _QUARTER_ORDINALS[m["ordinal"].lower()]
    else:
        number = 4  # "the final quarter", "the last quarter of the year"
    if m["number"] and not m["year"]:
        return None  # "Q3" alone is too often a fiscal quarter or a label
    year = _stated_or_published_year(m, published)
    if year is None:
        return None
    last_month = number * 3
    end = date(year, last_month, calendar.monthrange(year, last_month)[1])
    if not m["year"] and not m["this"] and published is not None and end < published:
        year += 1
        end = date(year, last_month, end.day)
    return date(year, last_month - 2, 1), end


def find_spans(
    text: str, offset: int, published: date | None, context: str | None = None, context_offset: int = 0
) -> list[Window]:
    """Time spans in ``text`` (body offsets from ``offset``) that ``windows.find_windows`` leaves out:
    approximate and ranged counts, a plan's span, a span work is spread over, this Parliament, a decade, calendar
    quarters, and day ranges with the month from ``context``
    (the paragraph, starting at body offset ``context_offset``; ``text`` itself when None)."""
    found: list[Window] = []
    if context is None:
        context, context_offset = text, offset
    if published is not None:
        for pattern in (_APPROXIMATE, _RANGE_OF_COUNTS, _SPAN_OF_A_PLAN):
            for m in pattern.finditer(text):
                count = _number(m["count"])
                if pattern is _APPROXIMATE and m["bound"].lower() == "over" and _PARTICLE_IN.search(text[: m.start()]):
                    continue  # "phased in over four months": "in" belongs to the verb, the span is spread over
                if pattern is _APPROXIMATE and m["bound"].lower() in ("over", "more than"):
                    count += 1  # "just over four years": past the four the text says
                try:
                    end = _after(published, count, m["unit"])
                except (OverflowError, ValueError):
                    continue
                found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), published, end))
        for m in _SPREAD_OVER.finditer(text):
            spread = _spread_from_its_start(m, text, offset, published)
            if spread is not None:
                found.append(spread)
        for m in _REST_OF_DECADE.finditer(text):
            last_day = date(published.year // 10 * 10 + 9, 12, 31)
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), published, last_day))
        for m in (*_REST_OF_YEAR.finditer(text), *_END_OF_THE_YEAR.finditer(text)):
            last_day = date(published.year, 12, 31)
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), published, last_day))
        for m in _NEXT_DECADE.finditer(text):
            end = _after(published, 10, "years")
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), published, end))
        for m in _COMING_YEAR.finditer(text):
            end = _after(published, 1, "year")
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), published, end))
        for m in _PACE_AS_OVER_THE_LAST.finditer(text):
            span = m["span"].lower()
            if span == "decade":
                end = date(published.year // 10 * 10 + 9, 12, 31)
            elif span == "year":
                end = date(published.year, 12, 31)
            else:
                end = _after(published, PARLIAMENT_YEARS, "years")
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), published, end))
        for m in _THIS_PARLIAMENT.finditer(text):
            end = _after(published, PARLIAMENT_YEARS, "years")
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), published, end))
        for m in _DECADE.finditer(text):
            first, last = date(int(m["decade"]), 1, 1), date(int(m["decade"]) + 9, 12, 31)
            if last >= published:
                found.append(
                    Window(m.group().strip(), offset + m.start(), offset + m.end(), max(first, published), last)
                )
    for m in _PART_OF_YEAR.finditer(text):
        first, last = _part_of_year(m)
        if published is not None and first < published <= last:
            first = published
        found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), first, last))
    for m in _PART_OF_MONTH.finditer(text):
        part = _part_of_month(m, published)
        if part is not None:
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), part[0], part[1]))
    for m in _MONTH_OF_YEAR.finditer(text):
        year, month = int(m["year"]), MONTHS[m["month"].lower()]
        last = date(year, month, calendar.monthrange(year, month)[1])
        found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), date(year, month, 1), last))
    for m in _QUARTER.finditer(text):
        quarter = _quarter(m, published)
        if quarter is not None:
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), quarter[0], quarter[1]))
    for m in _WEEKDAY_DATE.finditer(text):
        day = _weekday_date(m, published)
        if day is not None:
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), day, day))
    for m in _DAY_RANGE.finditer(text):
        days = _day_range(m, context, offset - context_offset + m.start(), published)
        if days is not None:
            found.append(Window(m.group().strip(), offset + m.start(), offset + m.end(), days[0], days[1]))
    found.sort(key=lambda w: w.start)
    return found
