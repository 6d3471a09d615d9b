"""Time windows: find the time expression of a forecast and turn it into dates.

Dates are resolved against the publication date ``P``. The conventions follow the labelling
rules of ``../shared/articles/gold.yaml``:

=====================================  ==============================================
expression                             window
=====================================  ==============================================
explicit date, weekday ("on Tuesday")  that day (a weekday is the next one on or after P)
"on Tuesday, May 2"                    that date, in the year nearest P where it is a Tuesday
"January 5 to 6", "from Aug 13 to 27"  those days
"by D" / "until D"                     [P, D]            "before D": [P, D - 1]
"by/until/through <month>"             [P, last day of that month]
"by the end of <month/year>"           [P, last day of it]
"in <month>", "<month> <year>"         that calendar month (the next one on or after P)
"next <month>"                         that month in the year after P's
"in <year>"                            [max(P, Jan 1), Dec 31]   (early/mid/late: thirds)
"this week/month/year", "later ..."    [P, end of that week (Sunday)/month/year]
"this quarter", "the current quarter"  [P, end of that calendar quarter]
"next week"                            [P, P + 7 days]
"next quarter", "the coming quarter"   the following calendar quarter
"next month" / "next year"             the following calendar month / year
"in the next N days/weeks/..."         [P, P + N units] (month = 30.5 days, year = 365)
"in the next year"                     [P, P + 365 days]
"in the next couple (of) months"       [P, P + 61 days]  ("few" = 3, "several" = 4)
"in the coming days/weeks/months"      [P, P + 7 / 42 / 180 days]; "coming years": P + 3 years
"within days/weeks/months"             as "in the coming days/weeks/months"
"soon", "very soon", "shortly",        [P, P + 30 days] (a draft asks about "imminent" within
"imminent", "any day now", "promptly", a week: ``forecasts.extract.imminence``)
"right away", "without delay"
"in the near future"                   [P, P + 90 days]
"this/next winter", "in the spring"    that season (meteorological, northern hemisphere:
                                       spring Mar-May, summer Jun-Aug, autumn Sep-Nov,
                                       winter Dec-Feb), the next one on or after P;
                                       "before winter": [P, the day before it starts];
                                       "by spring": [P, its first day]
"tomorrow" / "today", "tonight"        P + 1 / P
"going forward", "eventually",         phrase kept, both dates null (open-ended)
"for the foreseeable future", ...
"in 2019-20", "FY2021", "by 2020-21",  that fiscal year as the publisher's country keeps it
"fiscal year 2021"                     (``forecasts.extract.fiscal_years``); "by": [P, its
                                       last day]; country unknown: phrase, null dates
=====================================  ==============================================

Without a publication date only expressions that carry their own year resolve; the others keep
their phrase with null dates. Explicit calendar dates are read by dateparser (English, dates
preferred from the future of ``P``), which copes with "Jan. 5th", "5 January 2021" and the like.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from forecasts.extract.fiscal_years import FiscalCalendar
from forecasts.extract.matching import SpanSet, anchored_matches, lower_same_length

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name) for name in (name.lower(),)}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "thirty": 30,
    "couple": 2,
    "couple of": 2,
    "few": 3,
    "several": 4,
}
UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.5, "year": 365.0}
COMING_DAYS = {"day": 7, "week": 42, "month": 180}
SOON_DAYS = 30
NEAR_FUTURE_DAYS = 90

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|couple(?:\s+of)?|few|several)"
# "in less than 48 hours", "in just over 50 hours": hours, about the count, end within a few days
# (spans_of_time reads "in just over six years" and other approximate durations).
_ABOUT = r"(?:(?:just\s+)?(?:less|fewer)\s+than|(?:just\s+)?under|just\s+over|about|around|roughly|nearly|almost|some|up\s+to)"


@dataclass(frozen=True)
class Window:
    """A time expression in the body and the dates it stands for (either may be None)."""

    phrase: str
    start: int
    end: int
    window_start: date | None
    window_end: date | None


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_month_on_or_after(published: date, month: int) -> int:
    return published.year if month >= published.month else published.year + 1


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@lru_cache(maxsize=4096)
def parse_calendar_date(text: str, published: date | None) -> date | None:
    """A calendar date written in English ("January 5", "5th of Jan 2021"), or None.

    Without a year the date is the next such day on or after ``published``; without either,
    None (the year is unknown).
    """
    has_year = re.search(_YEAR, text) is not None
    if published is None and not has_year:
        return None
    import dateparser

    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.replace(" of ", " "), flags=re.IGNORECASE)
    base = datetime.combine(published or date(2000, 1, 1), datetime.min.time())
    parsed = dateparser.parse(
        cleaned,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "REQUIRE_PARTS": ["day", "month"]},
    )
    if parsed is None:
        return None
    result: date = parsed.date()
    if not has_year and published is not None:
        # The next such day on or after ``published``: the day of publication itself included
        # ("will travel on March 28" in an article of 28 March), which the parser's "future" skips.
        try:
            this_year = _add_years(result, published.year - result.year)
            result = this_year if this_year >= published else _add_years(this_year, 1)
        except ValueError:
            return None  # past the end of the calendar
    return result


def _count(text: str) -> int:
    key = re.sub(r"\s+", " ", text.lower().strip())
    return int(key) if key.isdigit() else NUMBER_WORDS.get(key, 1)


Resolver = tuple[date | None, date | None]


def _resolve_range(m: re.Match[str], p: date | None) -> Resolver:
    first = parse_calendar_date(m["d1"], p)
    if first is None:
        return None, None
    second_text = m["d2"]
    second: date | None
    day_year = re.fullmatch(rf"(?P<day>{_DAY}),?(?:\s+(?P<year>{_YEAR}))?", second_text.strip(), re.IGNORECASE)
    if day_year is not None:
        # "June 24-27" and "June 24-27, 2021": the year after the second day is both days'.
        day = int(re.match(r"\d+", day_year["day"]).group())  # type: ignore[union-attr]
        try:
            if day_year["year"]:
                first = first.replace(year=int(day_year["year"]))
            second = first.replace(day=day)
        except ValueError:
            return first, None
    else:
        second = parse_calendar_date(second_text, p or first)
    if second is not None and second < first:
        second = _add_years(second, 1)
    return first, second


def _resolve_deadline(m: re.Match[str], p: date | None) -> Resolver:
    word = m["prep"].lower()
    target = m["target"]
    lower = target.lower().strip()
    end: date | None
    if re.fullmatch(_YEAR, lower):
        end = date(int(lower), 12, 31)
    elif m_part := re.fullmatch(rf"(early|mid|late)-?\s*({_YEAR})", lower):
        end = {"early": date(int(m_part.group(2)), 4, 30), "mid": date(int(m_part.group(2)), 8, 31)}.get(
            m_part.group(1), date(int(m_part.group(2)), 12, 31)
        )
    elif lower.startswith(("the end of", "end of", "the end-of", "year-end", "the close of")):
        end = _end_of(lower, p)
    elif re.fullmatch(_WEEKDAY, lower):
        end = _weekday(lower, p)
    elif m_year := re.fullmatch(rf"({_MONTH})\s+({_YEAR})", lower):
        end = _month_deadline(word, int(m_year.group(2)), MONTHS[m_year.group(1).rstrip(".")])
    elif re.fullmatch(_MONTH, lower):
        if p is None:
            return None, None
        month = MONTHS[lower.rstrip(".")]
        end = _month_deadline(word, _next_month_on_or_after(p, month), month)
    else:
        end = parse_calendar_date(target, p)
    if end is None:
        return p, None
    if word == "before":
        end = end - timedelta(days=1)
    return p, end


def _month_deadline(word: str, year: int, month: int) -> date:
    """The last day "by June 2028", "until March" or "through March" allows: the month's last day,
    as the labelled corpus reads every such phrase; "before June" ends on its first day (the caller
    takes one day off)."""
    return date(year, month, 1) if word == "before" else _end_of_month(year, month)


def _end_of(text: str, p: date | None) -> date | None:
    rest = re.sub(r"^(the\s+)?(end|close)(-|\s+)of\s+|^year-end$", "", text).strip()
    if text.strip() == "year-end" or rest in ("the year", "this year", "year"):
        return date(p.year, 12, 31) if p else None
    if rest in ("next year",):
        return date(p.year + 1, 12, 31) if p else None
    if rest in ("the month", "this month", "month"):
        return _end_of_month(p.year, p.month) if p else None
    if rest in ("the week", "this week", "week"):
        return p + timedelta(days=6 - p.weekday()) if p else None
    if re.fullmatch(_YEAR, rest):
        return date(int(rest), 12, 31)
    if m := re.fullmatch(rf"({_MONTH})(?:\s+({_YEAR}))?", rest):
        month = MONTHS[m.group(1).rstrip(".")]
        if m.group(2):
            return _end_of_month(int(m.group(2)), month)
        if p is None:
            return None
        return _end_of_month(_next_month_on_or_after(p, month), month)
    return None


def _weekday(name: str, p: date | None) -> date | None:
    if p is None:
        return None
    return p + timedelta(days=(WEEKDAYS[name.lower()] - p.weekday()) % 7)


def _resolve_next_n(m: re.Match[str], p: date | None) -> Resolver:
    if p is None:
        return None, None
    count_text = m["count"] or m["count2"] or m["count3"] or m["count4"]
    unit = (m["unit"] or m["unit2"] or m["unit4"]).lower()
    count = _count(count_text) if count_text else 1
    # Hours round up to whole days: "in 48 hours" ends two days on, "in 50 hours" three.
    return p, p + timedelta(
        days=math.ceil(count * UNIT_DAYS[unit]) if unit == "hour" else round(count * UNIT_DAYS[unit])
    )


def _resolve_coming(m: re.Match[str], p: date | None) -> Resolver:
    if p is None:
        return None, None
    unit = (m["unit"] or m.groupdict().get("unit2") or "day").lower()
    if unit == "year":
        return p, _add_years(p, 3)
    return p, p + timedelta(days=COMING_DAYS[unit])


def _resolve_relative(m: re.Match[str], p: date | None) -> Resolver:
    if p is None:
        return None, None
    text = re.sub(r"\s+", " ", m.group().lower())
    if "weekend" in text:
        # "this weekend", "over the weekend": the Saturday and Sunday to come (today, on a weekend).
        saturday = p + timedelta(days=(5 - p.weekday()) % 7) if p.weekday() != 6 else p - timedelta(days=1)
        if text.startswith("next"):
            saturday += timedelta(days=7)
        return max(saturday, p), saturday + timedelta(days=1)
    if "next week" in text:
        return p, p + timedelta(days=7)
    if "next month" in text:
        first = date(p.year + (p.month == 12), p.month % 12 + 1, 1)
        return first, _end_of_month(first.year, first.month)
    if "next year" in text:
        return date(p.year + 1, 1, 1), date(p.year + 1, 12, 31)
    if "quarter" in text:
        # Calendar quarters: a statistic's quarter ("growth of 2.1 percent this quarter").
        following = text.startswith(("next", "the coming"))
        index = p.year * 4 + (p.month - 1) // 3 + following
        year, last_month = index // 4, index % 4 * 3 + 3
        return (date(year, last_month - 2, 1) if following else p), _end_of_month(year, last_month)
    if "week" in text:
        return p, p + timedelta(days=6 - p.weekday())
    if "month" in text:
        return p, _end_of_month(p.year, p.month)
    if "year" in text:
        return p, date(p.year, 12, 31)
    if "tomorrow" in text:
        return p + timedelta(days=1), p + timedelta(days=1)
    return p, p  # today, tonight


def _resolve_soon(m: re.Match[str], p: date | None) -> Resolver:
    if p is None:
        return None, None
    days = NEAR_FUTURE_DAYS if "future" in m.group().lower() else SOON_DAYS
    return p, p + timedelta(days=days)


def _resolve_month(m: re.Match[str], p: date | None) -> Resolver:
    month = MONTHS[m["month"].lower().rstrip(".")]
    if m["year"]:
        year = int(m["year"])
    elif p is not None and m.groupdict().get("next"):
        # "next July" said in June or in December: July of the year after, "this July" being this year's.
        year = p.year + 1
    elif p is not None:
        year = _next_month_on_or_after(p, month)
    else:
        return None, None
    return date(year, month, 1), _end_of_month(year, month)


def _resolve_month_range(m: re.Match[str], p: date | None) -> Resolver:
    """ "between May and July of 2023": from the first month's first day to the last month's last."""
    first = MONTHS[(m["m1"] or m["m1b"]).lower().rstrip(".")]
    last = MONTHS[(m["m2"] or m["m2b"]).lower().rstrip(".")]
    year = m["year"] or m["yearb"]
    if year:
        # The year is the range's end: "December to February of 2023" starts in December 2022.
        end_year = int(year)
        start_year = end_year if first <= last else end_year - 1
    elif p is not None:
        start_year = _next_month_on_or_after(p, first)
        end_year = start_year if first <= last else start_year + 1
    else:
        return None, None
    return date(start_year, first, 1), _end_of_month(end_year, last)


def _resolve_year(m: re.Match[str], p: date | None) -> Resolver:
    year = int(m["year"])
    part = (m["part"] or "").lower()
    start, end = date(year, 1, 1), date(year, 12, 31)
    if part == "early":
        end = date(year, 4, 30)
    elif part in ("mid", "mid-"):
        start, end = date(year, 5, 1), date(year, 8, 31)
    elif part == "late":
        start = date(year, 9, 1)
    if p is not None and start < p <= end:
        start = p
    return start, end


def _resolve_weekday(m: re.Match[str], p: date | None) -> Resolver:
    day = _weekday(m["weekday"], p)
    return day, day


def _resolve_date(m: re.Match[str], p: date | None) -> Resolver:
    day = parse_calendar_date(m["date"], p)
    if day is not None and p is not None and m["named_day"] and not re.search(r"\d{4}", m["date"]):
        # "on Tuesday, May 2": the year in which May 2 is a Tuesday, the nearest to publication, past
        # or future (a speech of 8 May 1972 recounting a meeting on Tuesday, May 2).
        weekday = WEEKDAYS[m["named_day"].lower()]
        years = sorted((day.year - 1, day.year, day.year + 1), key=lambda y: abs(y - p.year))
        for year in years:
            try:
                named = day.replace(year=year)
            except ValueError:
                continue  # 29 February
            if named.weekday() == weekday:
                return named, named
    return day, day


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(year: int, first_month: int) -> tuple[date, date]:
    last_month = (first_month + 1) % 12 + 1
    return date(year, first_month, 1), _end_of_month(year + (first_month == 12), last_month)


def _resolve_season(m: re.Match[str], p: date | None) -> Resolver:
    if p is None:
        return None, None
    first_month = SEASONS[m["season"]]
    seasons = [_season(year, first_month) for year in range(p.year - 1, p.year + 3)]
    current = next(s for s in seasons if s[1] >= p)
    upcoming = next(s for s in seasons if s[0] > p)
    prep = re.sub(r"\s+", " ", m["prep"] or "")
    if prep in ("before", "ahead of"):
        return p, upcoming[0] - timedelta(days=1)
    if prep in ("by", "until"):
        return p, upcoming[0] if current[0] > p else current[1]
    chosen = upcoming if "next" in (m["which"] or m["which2"] or "") else current
    return max(chosen[0], p), chosen[1]


def _open_ended(m: re.Match[str], p: date | None) -> Resolver:
    return None, None


# "in 2019-20", "2019/2020", "financial year 2020 to 2021", "FY2021", "fiscal year 2021": a fiscal year.
_FISCAL = re.compile(
    r"\b(?:(?P<prep>by|before|until|through(?:\s+to)?|in|for|during|over)\s+)?(?:the\s+)?"
    r"(?:(?P<word>(?:fiscal|financial|budget|marketing|crop)\s+year|fiscal|fy|my)\s*-?\s*)?"
    r"(?:(?P<y1>(?:19|20)\d{2})(?:[-\u2013/](?P<y2>(?:19|20)?\d{2})|\s+to\s+(?P<y3>(?:19|20)\d{2}))"
    r"|(?P<y>(?:19|20)\d{2}|\d{2}))\b(?![-\u2013/]\d)"
)


# A crop's marketing year ("MY 2023/24") runs on that crop's calendar: two years, not one fiscal year.
_SEASONAL_YEARS = frozenset({"marketing year", "crop year", "my"})


def _is_seasonal(m: re.Match[str]) -> bool:
    return re.sub(r"\s+", " ", m["word"] or "") in _SEASONAL_YEARS


def _names_fiscal_year(m: re.Match[str]) -> bool:
    """Consecutive years ("2019-20"), or a year after "fiscal year" or "FY"; "2015-20" is no fiscal year."""
    if m["y1"]:
        second = m["y2"] or m["y3"]
        if m["y3"] and not m["word"]:
            return False  # "from 2020 to 2021" is a range of calendar years
        return int(second[-2:]) == (int(m["y1"]) + 1) % 100
    return bool(m["word"]) and not _is_seasonal(m) and (len(m["y"]) == 4 or m["word"] == "fy")


def _resolve_fiscal(m: re.Match[str], p: date | None, fiscal: FiscalCalendar | None) -> Resolver:
    if _is_seasonal(m):
        fiscal = None  # a crop's marketing year is not the government's fiscal year
    if fiscal is None:
        if m["y1"] and m["y2"] and (m["prep"] or "").lower() != "before":
            # "2005/06" with no known calendar: whichever twelve months it names end by the close of its
            # second year, so that is the latest the claim can resolve; one calendar year would be wrong.
            first, second = int(m["y1"]), int(m["y1"]) + 1
            start = date(first, 1, 1) if p is None or p < date(first, 1, 1) else p
            return start, date(second, 12, 31)
        return None, None  # whose single fiscal year is unknown: a calendar year would be wrong, not approximate
    if m["y1"]:
        if not fiscal.spans_two_years:
            return None, None
        start, end = fiscal.year_starting(int(m["y1"]))
    else:
        year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        start, end = fiscal.year_named(year)
    prep = re.sub(r"\s+", " ", m["prep"] or "")
    if prep == "before":
        return p, start - timedelta(days=1)
    if prep in ("by", "until", "through", "through to"):
        return p, end
    if p is not None and start < p <= end:
        start = p
    return start, end


# A calendar quarter named from the article's date ("this quarter", "the coming quarter"); drafting
# names it as a statistic's period too (``draft_windows.measured_period``).
RELATIVE_QUARTER = r"(?:this|next|the\s+current|the\s+coming)\s+quarter"


_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (_FISCAL, _resolve_fiscal),
    (
        re.compile(
            rf"\b(?:from\s+|between\s+)?(?P<d1>{_DATE})\s*(?:to|until|through|and|-|\u2013|\u2014)\s*(?P<d2>{_DATE}|{_DAY}\b(?:,?\s+{_YEAR})?)",
        ),
        _resolve_range,
    ),
    (
        # "between May and July of 2023", "from March to June": a span of months. A bare "May and July"
        # may hold the modal, so a "between", "from" or a year is needed.
        re.compile(
            rf"\b(?:(?:from|between)\s+(?P<m1>{_MONTH})\s+(?:to|and|through|until|-|\u2013|\u2014)\s+(?P<m2>{_MONTH})"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?|(?P<m1b>{_MONTH})\s+(?:to|through|-|\u2013|\u2014)\s+(?P<m2b>{_MONTH})"
            rf",?\s+(?:of\s+)?(?P<yearb>{_YEAR}))\b(?!\s*\d)",
        ),
        _resolve_month_range,
    ),
    (
        re.compile(
            rf"\b(?P<prep>by|before|until|through|no later than)\s+(?P<target>(?:the\s+)?(?:end|close)(?:-|\s+)of\s+(?:the\s+|this\s+|next\s+)?(?:year|month|week|{_MONTH}(?:\s+{_YEAR})?|{_YEAR})|year-end|(?:early|mid|late)-?\s*{_YEAR}|{_DATE}|{_MONTH}\s+{_YEAR}|{_MONTH}(?!\s*\d)|{_YEAR}|{_WEEKDAY})\b",
        ),
        _resolve_deadline,
    ),
    (
        re.compile(
            rf"\b(?:in|within|over|during)\s+(?:the\s+)?(?:(?:next|following)\s+(?:(?P<count>{_COUNT})\s+)?|coming\s+(?P<count3>{_COUNT})\s+)(?P<unit>hour|day|week|month|year)s?\b|\b(?:within|in)\s+(?:the\s+)?(?P<count2>{_COUNT})\s+(?P<unit2>hour|day|week|month|year)s?\b"
            rf"|\b(?:within|in)\s+{_ABOUT}\s+(?P<count4>{_COUNT})\s+(?P<unit4>hour)s?\b",
        ),
        _resolve_next_n,
    ),
    (
        re.compile(
            r"\b(?:in|over|during)?\s*(?:the\s+)?(?:coming\s+(?P<unit>day|week|month|year)s|(?P<unit2>day|week|month|year)s\s+(?:ahead|to\s+come))\b",
        ),
        _resolve_coming,
    ),
    (
        re.compile(
            r"\b(?:later\s+)?(?:next|this)\s+(?:week|month|year)\b|\b(?:tomorrow|today|tonight)\b"
            rf"|\b{RELATIVE_QUARTER}\b(?!\s+(?:of|century))"
            r"|\b(?:(?:this|next|the\s+coming)\s+weekend|(?:over|at|during)\s+the\s+weekend)\b",
        ),
        _resolve_relative,
    ),
    (
        re.compile(
            r"\b(?:very\s+)?soon\b|\bshortly\b|\bimminent(?:ly)?\b|\bany\s+(?:day|moment)\s+now\b|\bin\s+the\s+near\s+future\b"
            # "respond promptly", "start right away": as soon. ("Immediately" is the next days: imminence.py.)
            r"|\bpromptly\b|\bright\s+away\b|\bwithout\s+delay\b",
        ),
        _resolve_soon,
    ),
    (re.compile(rf"\b(?:on\s+)?(?:(?P<named_day>{_WEEKDAY}),?\s+)?(?P<date>{_DATE})\b"), _resolve_date),
    (
        re.compile(rf"\b(?:in\s+)?(?:(?P<next>next)\s+)?(?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?\b(?!\s*\d)"),
        _resolve_month,
    ),
    (re.compile(rf"\b(?:in\s+)?(?:(?P<part>early|mid-?|late)\s*)?(?P<year>{_YEAR})\b"), _resolve_year),
    (re.compile(rf"\b(?:on\s+)?(?P<weekday>{_WEEKDAY})\b"), _resolve_weekday),
    (re.compile(r"\bwithin\s+(?P<unit>day|week|month)s\b"), _resolve_coming),
    (
        re.compile(
            r"\b(?:(?:(?P<prep>before|by|until|ahead\s+of|in|during|over)\s+)(?:(?P<which>this|next|the\s+coming|the)\s+)?|(?P<which2>this|next|coming)\s+)(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+(?:of|olympics|games|session))"
        ),
        _resolve_season,
    ),
    (
        re.compile(
            r"\bgoing\s+forward\b|\bfor\s+the\s+foreseeable\s+future\b|\bin\s+the\s+(?:long|medium|short)\s+(?:run|term)\b|\beventually\b|\bsooner\s+or\s+later\b|\bat\s+some\s+point\b|\bin\s+the\s+future\b",
        ),
        _open_ended,
    ),
]


# "before the election in November", "by the time it expires on July 17": a date a few words
# after "before"/"by"/"until" is a deadline, not the day of the event.
_DEADLINE_LEAD = re.compile(r"\b(?P<prep>before|by|until|ahead\s+of)\b(?P<gap>[^,;.]{0,50})$", re.IGNORECASE)


_GAP_VERB = re.compile(r"\b(?:will|would|could|may|might|is|are|was|were|predicts?|says?|said|expects?)\b")


def _as_deadline(
    text: str, start: int, window_start: date | None, window_end: date | None, published: date | None
) -> tuple[str | None, date | None, date | None]:
    lead = _DEADLINE_LEAD.search(text[max(0, start - 60) : start])
    if lead is None or window_start is None or window_end is None:
        return None, window_start, window_end
    # "polled by X predict the cut will come in June" is no deadline: the gap must be a short
    # noun phrase or clause without a verb of its own ("before it expires on", "by the end of").
    gap = lead["gap"]
    if len(gap.split()) > 6 or _GAP_VERB.search(gap):
        return None, window_start, window_end
    # Without a publication date the window still ends at the deadline; its start is unknown.
    if lead["prep"].lower() in ("before", "ahead of"):
        return lead["prep"], published, window_start - timedelta(days=1)
    return lead["prep"], published, window_end


_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Literal keywords each pattern cannot match without, in _PATTERNS order (see matching.py).
_KEYWORDS: list[tuple[str, ...]] = [
    ("19", "20", "fy", "fiscal", "financial", "budget year"),
    _MONTH_KEYS,
    _MONTH_KEYS,
    ("by", "before", "until", "through", "no later"),
    ("hour", "day", "week", "month", "year"),
    ("coming", "ahead", "to come"),
    ("week", "month", "year", "quarter", "tomorrow", "today", "tonight"),
    (
        "soon",
        "shortly",
        "imminent",
        "any day",
        "any moment",
        "near future",
        "promptly",
        "right away",
        "without delay",
    ),
    _MONTH_KEYS,
    _MONTH_KEYS,
    ("19", "20"),
    tuple(WEEKDAYS),
    ("within",),
    ("spring", "summer", "autumn", "fall", "winter"),
    (
        "forward",
        "foreseeable",
        "long run",
        "long term",
        "medium term",
        "short term",
        "eventually",
        "sooner",
        "some point",
        "the future",
    ),
]


_PREFIXED_YEAR = re.compile(r"\b(?:post|pre)[-\u2013]\Z")


def find_windows(text: str, offset: int, published: date | None, fiscal: FiscalCalendar | None = None) -> list[Window]:
    """Every time expression in ``text`` (body offsets), earliest first, without overlaps.

    ``fiscal`` is the publisher's fiscal calendar (``fiscal_years.fiscal_calendar``), which
    "2019-20" or "FY2021" follow; None when the country is unknown.
    """
    found: list[Window] = []
    taken = SpanSet()
    original = text
    text = lower_same_length(text)
    for (pattern, resolve), keywords in zip(_PATTERNS, _KEYWORDS, strict=True):
        for m in anchored_matches(pattern, text, keywords):
            phrase = original[m.start() : m.end()].strip()
            if not phrase or (resolve is _resolve_month and _is_modal_may(m, original)):
                continue
            if resolve is _resolve_fiscal and not _names_fiscal_year(m):
                continue
            lead = len(m.group()) - len(m.group().lstrip())
            start, end = m.start() + lead, m.end()
            if taken.overlaps(start, end):
                continue
            if _PREFIXED_YEAR.search(text, max(0, start - 6), start):
                continue  # "the post-2030 period", "pre-2020 levels": the year qualifies a noun, it is no time
            prep: str | None = None
            try:
                if resolve is _resolve_fiscal:
                    window_start, window_end = _resolve_fiscal(m, published, fiscal)
                else:
                    window_start, window_end = resolve(m, published)  # type: ignore[operator]
                if resolve in (_resolve_date, _resolve_month, _resolve_weekday):
                    prep, window_start, window_end = _as_deadline(text, start, window_start, window_end, published)
            except (OverflowError, ValueError):
                # Dates at the ends of the calendar (year 1 or 9999) have no room for a window.
                window_start = window_end = None
                prep = None
            if prep is not None:
                lead_start = text.rfind(prep.lower(), max(0, start - 60), start)
                start, phrase = lead_start, original[lead_start:end]
            found.append(Window(phrase, offset + start, offset + end, window_start, window_end))
            taken.add(m.start() + lead, end)
    found.sort(key=lambda w: w.start)
    return found


def _is_modal_may(m: re.Match[str], original: str) -> bool:
    """'May' as a month needs a year or a capital and 'in'; otherwise it is the modal verb."""
    month = m["month"]
    if month is None or month != "may":
        return False
    capital = original[m.start("month")] == "M"
    return not (m["year"] or (capital and m.group().lstrip().startswith("in ")))


# A change from one time's level to another's: "from slightly over 3 percent [next year] to 1 percent [in 2019]".
_FROM_BEFORE = re.compile(r"(?is).*\bfrom\s+[^,;.]{1,40}?\s+")
_TO_BETWEEN = re.compile(r"(?is)\s+to\s+[^,;.]{1,40}?\s+")


def is_change_between_times(before_first: str, between: str) -> bool:
    """Whether two times close a change's two ends: ``before_first`` (the text up to the first time)
    ends with "from" and its level, and ``between`` (from the first time to the second) is "to" and
    the level reached. The change ends at the second time, and the forecast is the level it reaches then."""
    return bool(_FROM_BEFORE.fullmatch(before_first) and _TO_BETWEEN.fullmatch(between))
