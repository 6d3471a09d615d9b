"""The window a draft asks about: the period the article gives, and when a statistic's figure is out.

The extractor keeps the labelling rules' windows (``forecasts.extract.windows``): only a time
expression in the claim's own clause counts, and a claim without one has none. A draft asking
about such a claim over the default half year asks something else than the article says when
the period is given nearby. So, for drafting only (the extractor and its scorer are untouched),
the window is looked for, in this order:

- in the claim: its own window, unless it sits in an "(even) if" / "unless" clause while the
  rest of the sentence names another ("even if the law passed next week, the October 1 deadline
  is unlikely to be met": the deadline), in a clause telling a past act ("as described in the
  Plans that were issued in May": no window of the claim's), or in a second complement of the
  claim's verb ("ensure that X for the rest of the decade, and that Y by 2020-21": X's); a year
  or month with days inside it in the sentence ("in September 2031, on 12th to the 14th") is
  those days;
- what "in that year", "by then" or "before then" in the claim points back to: the last window
  before it in the sentence, else in the paragraph, else the paragraph before when the claim opens
  its own ("debt ... peak in 2019-20. ... debt in that year"); "before then" ends the day before
  that time begins;
- in the claim's whole sentence ("In 2023, we will commission the reactor, and Turkey will thus
  join ..."), but not from a clause after the claim with a verb of its own ("The first line will
  be small, and next year we will decide on two more": next year is the deciding's);
- a trip the article dates, when the claim says what is done on it ("will meet with ...",
  "while in X"; ``forecasts.extract.trips``): the leg's or the trip's days;
- in the next sentence, when its subject refers back to the claim's ("The largest will link A and
  B. These are projects that will be carried out over five years": from publication to its end);
- the time the previous sentence of the paragraph opens with, when that sentence says what is to
  come and shares a word of content with the claim's ("Next week at the United Nations ... will
  chair a meeting of the U.N. Security Council. The Council will be holding a special summit");
- in its paragraph, when the claim's subject refers back ("This number is expected to rise ...
  Demand is forecast to peak in 2021");
- a later year the paragraph names for the thing the claim is about ("production at the plant starts
  in 2027 ... The plant will create 2,100 jobs");
- for what a project yields (jobs, capacity, output), the one year the article says it starts
  operating ("Production will be launched in 2024");
- in a later sentence (this paragraph or the next) whose subject names the claim's act as a noun
  ("will propose changing the formula ... The proposal, which will be offered to Congress in
  February or March 2005"): from publication to that time's end;
- in a scheduled event the claim names whose year or date the article gives ("a free and fair
  election" after "the 2024 election").

"Next week" is the calendar week after publication's, to its Sunday, not seven days from
publication. In a speech opening a session of parliament, a claim promising an Act's passage ("my
government will legislate to ...") with no time of its own is asked to the session's end
(``forecasts.extract.legislative_sessions``), not the default half year.

Besides the labelling rules' windows, drafting reads durations and day ranges they leave out
("in just over four years", "over the next 2 or 3 years", "on 26th to the 29th":
``forecasts.extract.spans_of_time``).

Windows that closed before publication, stand for a past thing ("2015's figures") or date the
statement itself ("said today (18 April) that"), are skipped. A named event's year ("the 2024 election") is a deadline, the end of that year, not
the calendar year; a date named as a deadline ("the October 1 deadline") is one too, and so is
the year of an event the claim comes before ("ahead of the French election in 2017": from
publication to that year's end, the event's day being unknown); so is the time of a goal a sentence
opens with ("To achieve the surplus in 2019-20 the government will undertake ...": the means by then).

A long-run build or process the article gives no time for ("the plant will be built") keeps the
default half year with its review item ("deadline: the article gives no window ..."), which
``forecasts drafts accept`` refuses to pass until a person sets the deadline: the event is
checkable and the claim worth keeping; only its time is a guess, and one field is quicker to set
than a held-back claim is to find again.

A statistic for a period ("employment will be 31.2 million in 2015", "borrowing will fall to
3.7% of GDP in 2015-16", "inflation will be 2% in March") is settled by the first official
figure for that period, which comes out after the period ends: the deadline is moved past the
usual release (``RELEASE_LAG``: a year's figure about six months after it ends, a quarter's
three, a month's six weeks), and the question keeps naming the period. The year right after a
figure is that figure's period: a starting or compared level's ("from 90 percent of GDP this
year", "than they were in 2016") and another figure's ("before edging up to 3.2% in 2028") are no
window of the claim's; "this year" is the calendar year; a figure set against last year's ("2.5
percent, down from 3.1 percent last year") is this year's. A claim timed by its own occasion ("at
the current meeting") takes no year the paragraph names for another thing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from forecasts.extract.article import Article
from forecasts.extract.article_countries import publisher_country
from forecasts.extract.calendar_names import MONTH_NAMES
from forecasts.extract.candidates import Candidate
from forecasts.extract.fiscal_years import fiscal_calendar
from forecasts.extract.legislative_sessions import SESSION_PHRASE, session_deadline
from forecasts.extract.propositions import Proposition
from forecasts.extract.quantities import (
    COMPANY_OUTPUT,
    DEFENCE_SPENDING,
    PUBLIC_BORROWING,
    REGIONAL_STATISTIC,
    STATISTIC,
    STATISTIC_BASELINE,
    figure_for_period,
    is_averaged_price,
    is_share_each_year,
    is_yearly_pace,
    quantity_of,
)
from forecasts.extract.sentences import split_sentences
from forecasts.extract.spans_of_time import find_spans, join_alternatives
from forecasts.extract.trips import find_trips, trip_window
from forecasts.extract.windows import MONTHS, RELATIVE_QUARTER, Window, find_windows, is_change_between_times

# How long after a period ends its first official figure is usually out (months, or days for
# a month's figure): national accounts and labour statistics for a year or fiscal year within
# about six months, a quarter's first estimate within three, a month's within about six weeks.
RELEASE_LAG = {"year": 6, "quarter": 3}
MONTHLY_RELEASE_DAYS = 42
RELEASE_WORDS = {"year": "six months", "quarter": "three months", "month": "six weeks"}
# A price's average over a period is worked out from prices published daily or weekly (the EIA's
# monthly and annual spot averages among them): all out by the end of the month after the period.
AVERAGED_PRICE_MONTHS = 1


@dataclass(frozen=True)
class DraftWindow:
    """The time expression a draft's window comes from, and where it was found.

    ``where`` is "claim", "sentence", "paragraph" or "article" (a scheduled event's date);
    ``window_start`` None means the window opens at publication.
    """

    phrase: str
    window_start: date | None
    window_end: date
    where: str


@dataclass(frozen=True)
class MeasuredPeriod:
    """The period a statistic is measured over ("2015", "2015-16", "March", "the fourth quarter of 2015")
    and when its first figure is due."""

    label: str
    length: str
    deadline: date
    # A yearly rate ("produce 57 million tonnes by 2030"): the year's own output, not a running total.
    yearly: bool = False
    # A price's average ("average $54/b in 2015"): worked out from prices published day by day or week
    # by week, so out soon after the period, not at a statistic's release.
    averaged: bool = False


def _add_months(day: date, months: int) -> date:
    """The last day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def release_deadline(end: date, length: str) -> date:
    """When the first official figure for a period ending on ``end`` is out ("year", "quarter", "month")."""
    if length == "month":
        return end + timedelta(days=MONTHLY_RELEASE_DAYS)
    return _add_months(end, RELEASE_LAG[length])


# A clause the claim hangs on: its time expression dates the condition, not the event.
_CONDITION_LEAD = re.compile(r"(?i)\b(?:even\s+if|if|unless|once|even\s+when)\b[^,;]*$")
# A subject that refers back to something said before ("This number", "These plans", "It").
_REFERS_BACK = re.compile(r"(?i)^\W*(?:this|these|that|those|such|it|they|the\s+same)\b")
# Scheduled events a claim may name without a date; the article dates them elsewhere.
_EVENT = r"(?:elections?|vote|referendum|polls|summit|census|olympics|games|world\s+cup|visit|dialogue|talks)"
_EVENT_NOUN = re.compile(rf"(?i)\b{_EVENT}\b")
_YEAR_EVENT = re.compile(rf"(?i)\b(?P<year>(?:19|20)\d{{2}})\s+(?:\w+\s+)?(?P<event>{_EVENT})\b")
_DEADLINE_NOUN = re.compile(r"(?i)^\s*(?:deadline|target\s+date|cut-?off)\b")
# A window that is a whole period (a statistic measured over it), not a deadline ("by 2015").
_PERIOD_PHRASE = re.compile(
    r"(?i)^(?:in|for|during|over|through)?\s*(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+|fy\s*)?"
)
_QUARTER_LABEL = re.compile(
    r"(?i)(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?|q[1-4])\s+(?:19|20)\d{2}"
)
_QUARTER_NAMES = ("first", "second", "third", "fourth")
_YEAR_PERIOD = re.compile(r"(?i)^(?:19|20)\d{2}(?:[-\u2013/](?:19|20)?\d{2})?$")


def _windows(article: Article, start: int, end: int) -> list[Window]:
    """The labelling rules' windows in ``body[start:end]``, with the spans only drafting reads
    (``spans_of_time``: "in just over four years", "on 26th to the 29th" ...), earliest first."""
    fiscal = fiscal_calendar(publisher_country(article))
    found = find_windows(article.body[start:end], start, article.published, fiscal)
    p_start, p_end = _paragraph(article.body, start, end)
    for extra in find_spans(article.body[start:end], start, article.published, article.body[p_start:p_end], p_start):
        inside = [w for w in found if w.start < extra.end and extra.start < w.end]
        # A longer span ("over the next 2 or 3 years") stands for what a shorter one in it only begins.
        if all(extra.end - extra.start > w.end - w.start for w in inside):
            found = [w for w in found if w not in inside] + [extra]
    return join_alternatives(sorted(found, key=lambda w: w.start), article.body)


# A month's or year's figure a change is measured from or against ("decline from the August level",
# "above the 2014 average"): that period is the reference point, not when the change happens.
_REFERENCE_BEFORE = re.compile(
    r"(?i)\b(?:from|since|than|to|above|below|over|under|with|on|at|of)\s+(?:the|its|their|this\s+year's)\s+$"
)
_REFERENCE_AFTER = re.compile(
    r"(?i)^\s+(?:levels?|figures?|averages?|readings?|rates?|prices?|peaks?|highs?|lows?|totals?|values?|"
    r"numbers?|estimates?|forecasts?|projections?)\b"
)


# A figure with its unit right before a time ("to 112 percent in 2036", "from 3.4% in 2026"): the time
# is that figure's period. After "from", "than" or "compared with" the figure is the starting or
# compared level, and its period is no window of the claim's.
_FIGURE_BEFORE = re.compile(
    r"(?i)(?P<lead>\b(?:from|than|since|compared\s+(?:with|to)|versus|vs\.?)\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?<![\w.])[-+]?[$\u20ac\u00a3]?(?P<figure>\d[\d,.]*)"
    r"(?![A-Za-z]+\d)(?:\s*%|(?:\s+(?:[a-z$/]+|of|a|an|the))){0,5}?\s*,?\s+$"
)
# "higher in 2020 than they were in 2016": the time after "than" is what is compared with.
_COMPARED_WITH = re.compile(
    r"(?i)\b(?:than|compared\s+(?:with|to))\s+(?:(?:it|they|he|she|we|this|that|these|those)\s+"
    r"(?:was|were|did|had\s+been|had)\s+)?$"
)


def figure_of_period(window: Window, article: Article) -> re.Match[str] | None:
    """The figure a time is the period of ("112 percent" in "to 112 percent in 2036"), or None. A
    bare year is a time, not a figure: "the first landing since 1972 and is planned to occur by
    2028" compares nothing with 1972."""
    text = article.body[max(0, window.start - 60) : window.start]
    found = _FIGURE_BEFORE.search(text)
    while found is not None and _is_bare_year(found):
        found = _FIGURE_BEFORE.search(text, found.end("figure"))
    return found


def _is_bare_year(found: re.Match[str]) -> bool:
    after = found.string[found.end("figure") : found.end()]
    return bool(_YEAR_NUMBER.fullmatch(found.group("figure").rstrip(".,"))) and not re.match(r"\s*(?:%|per)", after)


_NUMBER = re.compile(
    r"(?<![\w.])[-+]?[$\u20ac\u00a3]?(?P<digits>\d[\d,.]*)(?![A-Za-z]+\d)(?P<percent>\s*(?:%|percent\b|per\s+cent\b))?"
)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}(?:[-\u2013/]\d{2,4})?")
_FIGURE_LEAD = re.compile(
    r"(?i)\b(?:from|than|since|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$"
)


def _target_figure(article: Article, start: int, end: int) -> int | None:
    """Where the claim's own figure starts ("3%" in "slow to 3% from 3.4% in 2026"): its first
    number that is no year and no starting or compared level; None when it gives none."""
    body = article.body
    for m in _NUMBER.finditer(body, start, end):
        if _YEAR_NUMBER.fullmatch(m.group("digits").rstrip(".,")) and not m.group("percent"):
            continue
        if _FIGURE_LEAD.search(body[max(0, m.start() - 40) : m.start()]):
            continue
        return m.start("digits")  # where the figure's digits start, as ``_period_of`` counts
    return None


def _period_of_another_figure(window: Window, article: Article, target: int | None) -> bool:
    """ "slow to 3% ... before edging up to 3.2% in 2028": the time is the period of a figure that is
    not the claim's own, so no window of the claim's."""
    figure = _period_of(window, article)
    return figure is not None and target is not None and figure > target


def _period_of(window: Window, article: Article) -> int | None:
    """Where the figure a time is the period of starts, unless it is a starting or compared level."""
    figure = figure_of_period(window, article)
    if figure is None or figure.group("lead") is not None:
        return None
    return max(0, window.start - 60) + figure.start("figure")


def _is_reference_point(window: Window, article: Article) -> bool:
    """ "from the August level", "from 90 percent of GDP this year", "than they were in 2016": a
    period's figure to compare with, not the claim's window."""
    before = article.body[max(0, window.start - 30) : window.start]
    if _REFERENCE_BEFORE.search(before) and _REFERENCE_AFTER.match(article.body[window.end : window.end + 30]):
        return True
    if _COMPARED_WITH.search(article.body[max(0, window.start - 40) : window.start]):
        return True
    figure = figure_of_period(window, article)
    return figure is not None and figure.group("lead") is not None


def _usable(window: Window, article: Article) -> bool:
    """A future, dated window that does not stand for a past thing ("2015's figures") or a
    reference level ("from the August level")."""
    if window.window_end is None:
        return False
    if article.body[window.end : window.end + 2] in ("'s", "\u2019s"):
        return False
    if _is_reference_point(window, article):
        return False
    return article.published is None or window.window_end >= article.published


_SAYING_DAY = re.compile(r"(?i)^(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week))$")
_REPORTING_BEFORE = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|indicated|indicates|announced|announces|stated|states|warned|warns|"
    r"predicted|predicts|added|confirmed|confirms|insisted|explained|wrote|writes|argued|argues)"
    r"(?:\s+\w+){0,3}\s*$"
)


# "On October 4, Iran's parliamentary speaker said the strait will not reopen": a time before a past
# verb of saying, whose complement holds the forecast, dates the saying.
_SAID_THEN_FUTURE = re.compile(
    r"(?i)^[^.;:]*?\b(?:said|told|announced|stated|warned|wrote|declared|added|noted|claimed|insisted|vowed|"
    r"predicted|argued|tweeted)\b[^.;:]*?\b(?:will|would|won't|shall|could|may|might|(?:is|are)\s+going\s+to)\b"
)


def _dates_a_report(window: Window, article: Article, sentence_end: int) -> bool:
    """The window comes before a past verb of saying whose complement forecasts (``_SAID_THEN_FUTURE``)."""
    return _SAID_THEN_FUTURE.match(article.body[window.end : sentence_end]) is not None


def _dates_the_saying(window: Window, article: Article) -> bool:
    """ "said today that ...": the day the statement was made, not when what it forecasts happens; so
    is the date that glosses it ("has indicated today (18 April) that ...")."""
    body = article.body
    start, end = window.start, window.end
    gloss = re.search(
        r"(?i)\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\s*\(\s*$",
        body[max(0, start - 30) : start],
    )
    if gloss is not None:
        start = max(0, start - 30) + gloss.start()
        closing = re.match(r"[^()]{0,5}\)", body[end : end + 6])
        end = end + closing.end() if closing else end
    elif not _SAYING_DAY.match(window.phrase.strip()):
        return False
    before = body[max(0, start - 60) : start]
    after = body[end : end + 8]
    return _REPORTING_BEFORE.search(before) is not None or re.match(r"\s*,?\s*that\b", after) is not None


def _in_condition(window: Window, article: Article, sentence_start: int) -> bool:
    return _CONDITION_LEAD.search(article.body[sentence_start : window.start]) is not None


# Where a clause begins: a punctuation mark, a relative pronoun or a conjunction.
_CLAUSE_START = re.compile(r"(?i)[,;:()\u2013\u2014]|\.\s|\b(?:that|which|who|whom|whose|and|but|as)\b")
_PAST_FINITE = re.compile(r"(?i)\b(?:was|were|had|did)\b")
_FUTURE_MARKER = re.compile(
    r"(?i)\b(?:will|would|shall|to|is\s+to|are\s+to|expected|scheduled|planned|slated|due|set|going|plans?|aims?)\b"
)


# A level reached: "after they hit a record 149.12p on Sunday", "when the index closed at 7,200 on
# Friday". With no future marker in its clause the level is one already set, the baseline a rise is
# "further" from; the day it was set is not the window of what comes next.
_LEVEL_REACHED = re.compile(
    r"(?i)\b(?:hit|reached|touched|set|struck|peaked|rose|climbed|fell|dropped|jumped|soared|surged|slumped|"
    r"plunged|sank|closed|ended|finished)\s+(?:at\s+|to\s+)?(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:new|fresh|all-time|record|multi-year|[\w-]+-year)\s+)*(?:record|high|low|peak|[$\u00a3\u20ac]?\d)"
)


def _a_past_day(window: Window, article: Article) -> bool:
    """ "during your visit to Russia on July 3-4 we had very substantial talks", read in September: a
    day written without its year that fell before publication, in a sentence told in the past. The
    window reads it as next year's; the sentence says it is the one gone by."""
    published = article.published
    if published is None or window.window_start is None or re.search(r"(?:19|20)\d{2}", window.phrase):
        return False
    if window.window_start.year <= published.year:
        return False
    try:
        this_year = window.window_start.replace(year=published.year)
    except ValueError:  # 29 February
        return False
    if this_year >= published:
        return False
    p_start, p_end = _paragraph(article.body, window.start, window.end)
    sentence = next(
        (x for x in split_sentences(article.body[p_start:p_end]) if x.start <= window.start - p_start < x.end), None
    )
    return sentence is not None and _PAST_FINITE.search(sentence.text) is not None


def _in_past_clause(window: Window, article: Article, sentence_start: int) -> bool:
    """ "the Plans ... that were issued in May": a time in a clause that tells what was done dates that
    past act, not the claim's event; so does a level reached ("after they hit a record on Sunday"). A
    clause without a finite past verb ("the rules adopted in May") is left alone: it reads as well as
    an object's state to come ("keep the bridge closed in May")."""
    before = article.body[sentence_start : window.start]
    starts = [m.start() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1] :] if starts else before
    if _FUTURE_MARKER.search(clause):
        return False
    return _PAST_FINITE.search(clause) is not None or _LEVEL_REACHED.search(clause) is not None


# Where a coordinated or added clause begins, after the claim: "..., and next year we will ...".
_LATER_CLAUSE_START = re.compile(
    r"(?i)[,;:\u2013\u2014]\s*(?:(?:and|but|while|whereas|so|or|then)\b)?|\s(?:and|but|while|whereas)\s"
)
_FINITE_VERB = re.compile(
    r"(?i)\b(?:will|would|shall|may|might|could|can|must|is|are|was|were|has|have|had|said|says|added|expects?)\b"
)


def _in_a_later_clause(window: Window, article: Article, claim_end: int, sentence_end: int) -> bool:
    """ "The first line will be 600,000 tonnes, and next year we will decide on two more": a time after
    the claim, in a clause with a verb of its own, dates that clause's event. A time set before the
    claim ("In 2023, we will commission the reactor, and Turkey will thus join ...") scopes over the
    sentence and is kept, as is one in a phrase without a verb ("..., reaching 5% by 2020")."""
    if window.start < claim_end:
        return False
    body = article.body
    starts = [m.end() for m in _LATER_CLAUSE_START.finditer(body, claim_end, window.start)]
    if not starts:
        return False
    following = _LATER_CLAUSE_START.search(body, window.end, sentence_end)
    clause = body[starts[-1] : following.start() if following else sentence_end]
    return _FINITE_VERB.search(clause) is not None


# "ahead of the French election in 2017", "before the summit in 2026": the event is a deadline; a year
# names when it falls, not a period to ask over (its day unknown, the year's end bounds it).
_AHEAD_OF = re.compile(
    r"(?i)\b(?:ahead\s+of|before|prior\s+to|in\s+the\s+(?:run|lead)-?\s*up\s+to)\s+"
    r"(?:the|a|an|its|their|his|her|next)\s+(?:[\w'.\u2019-]+\s+){0,5}?(?:in|of|,)?\s*$"
)

_GAP_VERB = re.compile(r"(?i)\b(?:is|are|was|were|will|would|be|been|has|have|had)\b")


def _is_ahead_of_an_event(window: Window, article: Article) -> bool:
    """ "ahead of the French election in 2017": the window is the event's, the claim comes before it."""
    lead = _AHEAD_OF.search(article.body[max(0, window.start - 70) : window.start])
    return lead is not None and not _GAP_VERB.search(lead.group())


# A U.S. federal general election ("the U.S. election", "the American presidential election", "the US
# midterms"): its day is set by law, so a claim made ahead of it ends then, not at the year's end.
_US_ELECTION = re.compile(
    r"(?i)\b(?:U\.S\.|(?-i:US)|United\s+States|American)\s+(?:(?:presidential|general|federal|midterm|congressional)\s+)?"
    r"(?:elections?|midterms|vote)\b"
)


def us_election_day(year: int) -> date | None:
    """The day of the U.S. federal general election of the year (the Tuesday after the first Monday
    of November, 2 U.S.C. 7), or None in an odd year, which has none."""
    if year % 2:
        return None
    first = date(year, 11, 1)
    first_monday = first + timedelta(days=(0 - first.weekday()) % 7)
    return first_monday + timedelta(days=1)


def _us_election_ahead(window: Window, article: Article) -> date | None:
    """The election day of "ahead of the U.S. election in 2024", or None when the event before the
    year is no U.S. federal election, or the window no single even year."""
    year = re.fullmatch(r"(?i)(?:in\s+)?((?:19|20)\d{2})", window.phrase.strip())
    if year is None:
        return None
    lead = _AHEAD_OF.search(article.body[max(0, window.start - 70) : window.start])
    if lead is None or _US_ELECTION.search(lead.group()) is None:
        return None
    day = us_election_day(int(year.group(1)))
    # Said after the election, the day is past; the year's end the finder gave stands.
    if day is None or (article.published is not None and day < article.published):
        return None
    return day


# "To achieve the surplus in 2019-20(,) the government will ...", "In order to win the election in
# 2021 ...": a sentence opening with a purpose names the time of its goal; what is done for it is
# done by then, from publication on, not during that year alone.
_PURPOSE_OPENING = re.compile(r"^(?:In\s+order\s+)?[Tt]o\s+[a-z]+\b[^,;:.!?]*$")
# "We plan to buy 2,000 planes in order to bring the share of new ones up to 70 percent by 2020": a
# purpose after the main clause names its goal's time too; the means are had by then. A bare "to"
# is left out, for it also opens what is planned ("plan to buy ... by 2020").
_PURPOSE_FOLLOWING = re.compile(
    r"(?i)\b(?:in\s+order\s+to|so\s+as\s+to|with\s+(?:the|an)\s+(?:aim|goal|objective)\s+of|in\s+a\s+bid\s+to)\s+"
    r"[a-z]+\b[^;:.!?]*$"
)
_SENTENCE_BREAK = re.compile(r"(?:[.!?][\"'\u201d\u2019)]?\s+|\n)")


def _is_the_time_of_a_purpose(window: Window, article: Article) -> bool:
    """Whether the window sits in a purpose clause opening its sentence ("To achieve the surplus in
    2019-20 the government will undertake ...") or following its main clause ("will buy 2,000 planes
    in order to bring the share of new ones to 70 percent by 2020"): the time of the goal, a
    deadline for the means."""
    before = article.body[max(0, window.start - 240) : window.start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    opening = before[breaks[-1].end() :] if breaks else before
    if _PURPOSE_FOLLOWING.search(opening):
        return True
    if len(opening) > 160 or (not breaks and window.start > 160):
        return False  # the sentence starts further back than a purpose clause runs
    return _PURPOSE_OPENING.match(opening.lstrip()) is not None


def _as_found(window: Window, article: Article, where: str) -> DraftWindow:
    """The window, with a named event's year and a named deadline read as deadlines."""
    after = article.body[window.end : window.end + 40]
    start = window.window_start
    assert window.window_end is not None
    end = window.window_end
    if re.fullmatch(r"(?:19|20)\d{2}", window.phrase) and _YEAR_EVENT.match(
        article.body[window.start : window.end + 40]
    ):
        start = None  # "the 2024 election": some time that year, asked from publication on
    elif _DEADLINE_NOUN.match(after) and window.window_start == window.window_end:
        start = None  # "the October 1 deadline": by that day
    elif _is_ahead_of_an_event(window, article):
        start = None  # "ahead of the election in 2017": by then, from publication on
        end = _us_election_ahead(window, article) or end
    elif _is_the_time_of_a_purpose(window, article):
        start = None  # "To achieve the surplus in 2019-20 the government will ...": by then
    week = calendar_week(window.phrase, article.published)
    if week is not None:
        start, end = week
    return DraftWindow(window.phrase, start, end, where)


# "next week", "early next week": the calendar week after publication's, to its Sunday, as a reader
# of the article takes it (as the labelling rules take "this week" and "next month"); their "next
# week" is seven days from publication, which on a Wednesday leaves out half of the week named. The
# window still opens at publication: where the working week starts on Sunday or Saturday, "next
# week" said on a Saturday may be the next day.
_NEXT_WEEK = re.compile(r"(?i)^(?:(?:early|late|later|during|in|over|for)\s+)?(?:the\s+)?next\s+week$")


def calendar_week(phrase: str, published: date | None) -> tuple[date, date] | None:
    """The window "next week" (said on ``published``) stands for: from publication to the Sunday
    after the next Monday; None for any other phrase."""
    if published is None or not _NEXT_WEEK.match(phrase.strip()):
        return None
    return published, published + timedelta(days=13 - published.weekday())


def _nearest(windows: list[Window], start: int, end: int) -> Window | None:
    def distance(w: Window) -> int:
        return 0 if start <= w.start < end else min(abs(w.start - end), abs(start - w.end))

    return min(windows, key=distance) if windows else None


# A "paragraph" longer than this is a text whose breaks were lost (a page scraped into one block):
# only the sentences around the claim stand for its paragraph.
_LONGEST_PARAGRAPH = 1500
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")


def _paragraph(body: str, start: int, end: int) -> tuple[int, int]:
    before = body.rfind("\n\n", 0, start)
    after = body.find("\n\n", end)
    p_start, p_end = (0 if before < 0 else before + 2), (len(body) if after < 0 else after)
    if p_end - p_start <= _LONGEST_PARAGRAPH:
        return p_start, p_end
    ends_before = [m.end() for m in _SENTENCE_END.finditer(body, p_start, start)]
    ends_after = [m.end() for m in _SENTENCE_END.finditer(body, end, p_end)]
    return (ends_before[-3] if len(ends_before) >= 3 else p_start), (ends_after[1] if len(ends_after) >= 2 else p_end)


def _event_date(article: Article, sentence: str) -> DraftWindow | None:
    """A scheduled event the sentence names, dated by the article ("the 2024 election")."""
    nouns = {m.group().lower().rstrip("s") for m in _EVENT_NOUN.finditer(sentence)}
    if not nouns:
        return None
    for m in _YEAR_EVENT.finditer(article.body):
        if m["event"].lower().rstrip("s") not in nouns:
            continue
        year = int(m["year"])
        end = date(year, 12, 31)
        if article.published is None or end >= article.published:
            return DraftWindow(m.group(), None, end, "article")
    return None


# A claim that points back at a time named before it ("in that year", "by then").
_BACK_TO_A_TIME = re.compile(
    r"(?i)\b(?P<before>before\s+then|before\s+that\s+(?:time|point|date|day))\b|"
    r"\b(?P<deadline>by\s+then|by\s+that\s+(?:time|point|date|year)|until\s+then)\b|"
    r"\b(?:(?:in|during|for|of|over)\s+)?that\s+(?:same\s+)?(?:year|month|quarter|period)\b"
)


def _year_referred_back(candidate: Candidate, article: Article, s_start: int, s_end: int) -> DraftWindow | None:
    """The time a claim's "in that year" or "by then" points back to: the last window named
    before it in its sentence, else in its paragraph ("debt ... in 2019-20 ... in that year be
    lower"). "by then" asks from publication until that time; "in that year", over it."""
    body = article.body
    m = _BACK_TO_A_TIME.search(body, candidate.char_start, s_end)
    if m is None:
        return None
    before = [w for w in _windows(article, s_start, m.start()) if _usable(w, article)]
    where = "sentence"
    if not before:
        p_start, _ = _paragraph(body, s_start, s_end)
        before = [w for w in _windows(article, p_start, s_start) if _usable(w, article)]
        where = "paragraph"
        if not before and p_start >= 2:
            # The paragraph opens with the claim: "then" points to the paragraph before ("... dissolved
            # on Wednesday 3 May.\n\nThe House may prorogue before then.").
            previous_start, _ = _paragraph(body, p_start - 2, p_start - 2)
            before = [w for w in _windows(article, previous_start, p_start) if _usable(w, article)]
    if not before:
        return None
    found = _as_found(before[-1], article, where)
    if m["before"]:
        # "dissolved on 6 June ... adjourn before then": by the day before that time begins.
        opens = before[-1].window_start or found.window_end
        return replace(found, window_start=None, window_end=max(opens - timedelta(days=1), article.published or opens))
    return replace(found, window_start=None) if m["deadline"] else found


# Words too common to say two sentences are about the same thing.
_COMMON_WORDS = frozenset(
    """about after again against along also although among another around because before being below between
    could during either every expect expected expects first further however including later least likely might
    million billion months other over percent said says should since still their there these they those through
    under until where which while whose within would years according officials year total""".split()
)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text)} - _COMMON_WORDS


def _is_year_of_publication(window: Window, article: Article) -> bool:
    """ "In 2024" in an article of 2024: more often what has happened so far than what is to come."""
    published = article.published
    return (
        published is not None
        and re.fullmatch(r"(?i)(?:in\s+|during\s+)?(?:19|20)\d{2}", window.phrase.strip()) is not None
        and window.window_end is not None
        and window.window_end.year == published.year
    )


def _year_of_the_same_thing(candidate: Candidate, article: Article, s_start: int, s_end: int) -> DraftWindow | None:
    """A later year (or date) the paragraph names for the thing the claim is about ("The plant will create
    2,100 jobs" after "production at the plant starts in 2027"): the claim's window runs from
    publication to that year's end. The year's sentence must share a content word with the claim."""
    body = article.body
    claim_words = _content_words(body[candidate.char_start : candidate.char_end])
    if not claim_words:
        return None
    p_start, p_end = _paragraph(body, s_start, s_end)
    years = [
        w
        for w in _windows(article, p_start, p_end)
        if not (s_start <= w.start < s_end)
        and _usable(w, article)
        and re.search(r"(?:19|20)\d{2}$", w.phrase)
        and not _is_year_of_publication(w, article)
        and not _dates_the_saying(w, article)
    ]
    for w in sorted(years, key=lambda w: min(abs(w.start - s_start), abs(w.start - s_end))):
        around = next((s for s in split_sentences(body[p_start:p_end]) if s.start <= w.start - p_start < s.end), None)
        if around is not None and claim_words & _content_words(around.text):
            return replace(_as_found(w, article, "paragraph"), window_start=None)
    return None


# What a project yields once it runs: jobs, capacity, output, revenue, taxes.
_YIELD_OF_A_PROJECT = re.compile(
    r"(?i)\b(?:jobs|employ\w*|capacity|produc\w*|output|revenues?|tax(?:es)?|exports?|generat\w*)\b"
)
# "Production will be launched in 2024", "the plant is due to start operating in 2027".
_STARTS_OPERATING = re.compile(
    r"(?i)\b(?:production|operations?|output|(?:the|its)\s+(?:plant|mine|project|facility|factory|terminal|"
    r"refinery|smelter|field|line|railway|pipeline))\b[^.;]{0,60}?\b(?:will|is\s+(?:due|expected|scheduled|set)"
    r"\s+to|are\s+(?:due|expected|scheduled|set)\s+to)\s+(?:be\s+)?(?:launched|start\w*|begin\w*|open\w*|"
    r"commence\w*|come\s+on\s*(?:stream|line)|commissioned)\b"
)


def _start_of_operation(candidate: Candidate, article: Article) -> DraftWindow | None:
    """The year the article says the project starts operating ("Production will be launched in 2024"),
    for a claim on what it yields with no time of its own ("The project will create 5,860 jobs"):
    jobs and output come with operation, so the claim is asked from publication to that year's end.
    None when the claim is on no yield, or the article dates no start, or more than one."""
    body = article.body
    if not _YIELD_OF_A_PROJECT.search(body[candidate.char_start : candidate.char_end]):
        return None
    years: dict[date, Window] = {}
    for sentence in split_sentences(body):
        start = _STARTS_OPERATING.search(sentence.text)
        if start is None:
            continue
        for w in _windows(article, sentence.start + start.start(), sentence.end):
            if (
                _usable(w, article)
                and re.search(r"(?:19|20)\d{2}$", w.phrase)
                and not _in_a_later_clause(w, article, sentence.start + start.end(), sentence.end)
            ):
                years.setdefault(w.window_end, w)  # type: ignore[arg-type]
                break
    if len(years) != 1:
        return None
    (w,) = years.values()
    return replace(_as_found(w, article, "article"), window_start=None)


# What building an undertaking does: a facility established, a plant built, a line installed.
_BUILDS = re.compile(
    r"(?i)\b(?:will|to)\s+(?:\w+ly\s+)?(?:establish|build|construct|set\s+up|install|erect|complete|create)\b"
)
# "The work is scheduled for completion by March 2027", "construction is expected to be completed in 2027".
_COMPLETION_SCHEDULED = re.compile(
    r"(?i)\b(?:(?:is|are)\s+(?:scheduled|expected|due|slated|set|planned)\s+(?:for\s+completion|to\s+be\s+"
    r"(?:completed|finished))|will\s+be\s+(?:completed|finished)|completion\s+is\s+(?:scheduled|expected|due|"
    r"planned|set))\b"
)


def _completion_scheduled(candidate: Candidate, article: Article) -> DraftWindow | None:
    """The day or year the article schedules the work's completion for ("The work in Ardan is scheduled
    for completion by March 16, 2027"), for a claim that builds ("The project will establish a
    plant"): what is built is built by then, so the claim is asked from publication to that time.
    None when the claim builds nothing, or the article schedules no completion, or more than one."""
    body = article.body
    if not _BUILDS.search(body[candidate.char_start : candidate.char_end]):
        return None
    ends: dict[date, Window] = {}
    for sentence in split_sentences(body):
        done = _COMPLETION_SCHEDULED.search(sentence.text)
        if done is None:
            continue
        for w in _windows(article, sentence.start + done.end(), sentence.end):
            if _usable(w, article):
                ends.setdefault(w.window_end, w)  # type: ignore[arg-type]
                break
    if len(ends) != 1:
        return None
    (w,) = ends.values()
    return replace(_as_found(w, article, "article"), window_start=None)


# The claim's verb: the word after its modal ("will propose changing ...": propose).
_CLAIM_VERB = re.compile(
    r"\b(?i:will|shall|would|may|might|could|must|(?:expected|likely|set|due|going|planning|plans?)\s+to)\s+"
    r"(?:\w+ly\s+)?(?:be\s+)?(?P<verb>[a-z]{4,})\b"
)
_AUXILIARIES = frozenset("have been make take continue become begin start seek remain keep".split())
_DETERMINER = r"(?:the|this|that|its|their|his|her|these)"


def _event_named_later(candidate: Candidate, article: Article, s_end: int) -> DraftWindow | None:
    """The time a later sentence gives the claim's act named as a noun ("the White House will propose
    changing the formula ... / The administration's proposal, which will be offered to Congress in
    February or March 2005, ..."): a subject made of the claim's verb ("proposal", "visit") refers to
    the claim's event, so the claim is asked from publication to the end of that time. Only the rest
    of the claim's paragraph and the next paragraph are read."""
    body = article.body
    verb = _CLAIM_VERB.search(body, candidate.char_start, candidate.char_end)
    if verb is None or verb["verb"].lower() in _AUXILIARIES:
        return None
    stem = re.escape(verb["verb"].lower().removesuffix("e"))
    noun = re.compile(
        rf"(?i)^\W*(?:[^,.;]{{0,40}},\s*)?{_DETERMINER}\s+(?:[\w'\u2019-]+\s+){{0,4}}?"
        rf"(?P<noun>{stem}(?:e|al|ion|ation|ment|ure)?s?)\b(?!\s+(?:to|that)\b)"
    )
    _, p_end = _paragraph(body, s_end, s_end)
    _, next_end = _paragraph(body, p_end + 2, p_end + 2) if p_end + 2 < len(body) else (0, p_end)
    for sentence in split_sentences(body[s_end:next_end]):
        named = noun.match(sentence.text)
        if named is None:
            continue
        start, end = s_end + sentence.start, s_end + sentence.end
        found = [
            w
            for w in _windows(article, start + named.end(), end)
            if _usable(w, article)
            and not _dates_the_saying(w, article)
            and not _in_past_clause(w, article, start)
            and not _in_condition(w, article, start)
        ]
        if found:
            return replace(_as_found(found[0], article, "article"), window_start=None)
    return None


def _is_whole_period(window: Window) -> bool:
    """A window that is a calendar year or month ("in 2021", "in July"), not a deadline."""
    s, e = window.window_start, window.window_end
    if s is None or e is None or s.day != 1 or e.day != calendar.monthrange(e.year, e.month)[1]:
        return False
    return (s.month, e.month) == (1, 12) and s.year == e.year or (s.year, s.month) == (e.year, e.month)


_BESIDE = 12


def _most_specific(chosen: Window, windows: list[Window]) -> Window:
    """The days the sentence gives, right beside the year or month it names and inside it ("in
    2021, on 26th to the 29th" is those days), else ``chosen``."""
    if not _is_whole_period(chosen):
        return chosen
    assert chosen.window_start is not None and chosen.window_end is not None
    inside = [
        w
        for w in windows
        if w is not chosen
        and w.window_start is not None
        and w.window_end is not None
        and chosen.window_start <= w.window_start <= w.window_end <= chosen.window_end
        and (w.window_start, w.window_end) != (chosen.window_start, chosen.window_end)
        # Set beside it ("in September 2031, on 12th to the 14th"), not in a clause of its own
        # ("in June, before ... on June 30").
        and -_BESIDE <= w.start - chosen.end <= _BESIDE
    ]
    return min(inside, key=lambda w: abs(w.start - chosen.start)) if inside else chosen


def is_set_by_a_person(candidate: Candidate) -> bool:
    """Whether the claim's deadline was set by a person (the Extract page's correction) rather than
    read from the text: the extractor never gives a window without the words it read it from."""
    return candidate.window_end is not None and not (candidate.window_phrase or "").strip()


def with_deadline(candidate: Candidate, deadline: date | None) -> Candidate:
    """The claim with the deadline a person chose; an unchanged one keeps the text's window."""
    if deadline == candidate.window_end:
        return candidate
    return replace(candidate, window_end=deadline, window_phrase=None)


# "ensure that X ..., and that Y ...": a second complement of the same verb, with its own time.
_SECOND_COMPLEMENT = re.compile(r"(?i),?\s+and\s+(?:that|to)\s")


def _first_of_two_complements(own: Window, in_claim: list[Window], article: Article, claim_start: int) -> Window | None:
    """The window of the claim's first complement when the extractor's lies in a second one ("will
    ensure that defence spending stays at 2% for the rest of the decade, and that health spending
    rises by 2020-21": the draft asks about the first), else None."""
    joins = [m for m in _SECOND_COMPLEMENT.finditer(article.body, claim_start, own.start)]
    if not joins:
        return None
    first = [w for w in in_claim if claim_start <= w.start and w.end <= joins[0].start() and _usable(w, article)]
    return first[-1] if first else None


# A sentence whose subject points back at the one before ("These are projects that will be carried
# out over five years", "According to our estimates, this will ..."), after an opening phrase at most.
_SUBJECT_POINTS_BACK = re.compile(
    r"(?i)^\W*(?:[^,.;]{0,60},\s*)?(?:this|these|those|it|they|such\s+\w+|the\s+same|all\s+of\s+them)\b"
)


def _span_said_next(article: Article, s_start: int, s_end: int) -> DraftWindow | None:
    """The time the next sentence of the paragraph gives, when its subject refers back to the claim's
    ("The largest will link A and B. These are projects that will be carried out over five years."):
    what it says of the whole says when the part is done, so the claim is asked from publication to
    that time's end."""
    body = article.body
    _, p_end = _paragraph(body, s_start, s_end)
    following = split_sentences(body[s_end:p_end])
    if not following:
        return None
    nxt = following[0]
    n_start, n_end = s_end + nxt.start, s_end + nxt.end
    if not _SUBJECT_POINTS_BACK.match(nxt.text):
        return None
    found = [
        w
        for w in _windows(article, n_start, n_end)
        if _usable(w, article)
        and not _dates_the_saying(w, article)
        and not _in_past_clause(w, article, n_start)
        and not _in_condition(w, article, n_start)
    ]
    if not found:
        return None
    return replace(_as_found(found[0], article, "paragraph"), window_start=None)


# An occasion the claim names as its time ("at the current meeting", "at its next session"), undated.
_OWN_OCCASION = re.compile(
    r"(?i)\b(?:at|during)\s+(?:the|this|its|their)\s+(?:(?:current|next|upcoming|coming|same|present)\s+)?"
    r"(?:meeting|session|sitting|hearing)\b"
)


# A sentence that opens on its time ("Next week at the United Nations, ...", "On Monday, ...").
_OPENING_TIME_GAP = 3
# "Before the June elections, the chief took a straw poll": a time the previous sentence tells a
# past act by is no time of what comes next.
_SAYS_TO_COME = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are)\s+(?:to|due|scheduled|set|going)|(?:is|are)\s+(?:expected|planned)\s+to)\b|['\u2019]ll\b"
)
# Words of four letters or more that any two sentences may share.
_FUNCTION_WORDS = frozenset(
    "will shall with from have been that this than them then when what also into onto upon".split()
)


def _time_set_before(article: Article, s_start: int, s_end: int) -> DraftWindow | None:
    """The time the previous sentence of the paragraph opens with, when that sentence says what is
    to come and the claim's sentence, with no time of its own, goes on about the same thing: "Next
    week at the United Nations ... a President of the United States will chair a meeting of the
    U.N. Security Council. The Council will be holding a special summit ...": the summit is next
    week's. The two sentences must share a word of content ("Council"), or the time may be another
    event's."""
    body = article.body
    p_start, _ = _paragraph(body, s_start, s_end)
    before = [s for s in split_sentences(body[p_start:s_start]) if s.text.strip()]
    if not before:
        return None
    previous_start = p_start + before[-1].start
    opening = [
        w
        for w in _windows(article, previous_start, s_start)
        if w.start - previous_start <= _OPENING_TIME_GAP and _usable(w, article) and not _dates_the_saying(w, article)
    ]
    if not opening or not _SAYS_TO_COME.search(body, previous_start, s_start):
        return None
    shared = _content_words(body[previous_start:s_start]) & _content_words(body[s_start:s_end])
    if not shared - _FUNCTION_WORDS:
        return None
    return _as_found(opening[0], article, "paragraph")


# Drafting asks for a claim's window several times (its window, the gate's figure check, its group,
# its draft); claim and article are frozen, so the reading is kept rather than done again.
@lru_cache(maxsize=512)
def find_draft_window(candidate: Candidate, article: Article) -> DraftWindow | None:
    """The time expression the draft's window comes from (claim, sentence, paragraph or a dated
    event the claim names), or None: the default horizon applies. A figure's month named without
    its year, whose last one ended just before publication and whose figure is not out yet, is
    that one (``_release_pending``)."""
    found = _find_draft_window(candidate, article)
    return _release_pending(found, candidate, article) if found is not None else None


# A figure a claim reads for a period: an official statistic's words ("core PCE inflation in
# December", "GDP growth this quarter", "payroll gains").
_FIGURE_WORDS = re.compile(
    r"(?i)\b(?:inflation|pce|cpi|ppi|gdp|payrolls?|unemployment|jobs\s+report|employment|retail\s+sales|"
    r"output|growth|price\s+index|reading|readings|figures?|data)\b"
)
_BARE_MONTH = re.compile(rf"(?i)^(?:in|for|during|of)?\s*(?:{MONTH_NAMES})\.?$")


def _release_pending(found: DraftWindow, candidate: Candidate, article: Article) -> DraftWindow:
    """``found``, or the same month a year earlier when the claim reads a figure for it
    ("core PCE inflation in December will remain close to 2 percent", said in mid-January), that
    one ended before publication and its first figure is still to come: the speaker means the period
    just over, not next year's."""
    published = article.published
    phrase = found.phrase.strip()
    if (
        published is None
        or found.where not in ("claim", "sentence")
        or found.window_start is None
        or found.window_start <= published
        or not _BARE_MONTH.match(phrase)
        or not _FIGURE_WORDS.search(candidate.quote)
    ):
        return found
    try:
        start, end = (
            found.window_start.replace(year=found.window_start.year - 1),
            found.window_end.replace(year=found.window_end.year - 1),
        )
    except ValueError:
        return found
    if not end < published <= release_deadline(end, "month"):
        return found
    return replace(found, window_start=start, window_end=end)


def _find_draft_window(candidate: Candidate, article: Article) -> DraftWindow | None:
    if is_set_by_a_person(candidate):
        return None  # the deadline a person set is the window; the text is not searched for another
    body = article.body
    s_start, s_end = candidate.sentence_start, max(candidate.sentence_end, candidate.char_end)
    own: Window | None = None
    if candidate.window_end is not None and candidate.window_phrase:
        # Windows that overlap the claim: one may run on past its end ("late March - early April").
        in_claim = [
            w
            for w in _windows(article, min(s_start, candidate.char_start), s_end)
            if w.start < candidate.char_end and candidate.char_start < w.end and w.window_end is not None
        ]
        phrase = candidate.window_phrase.strip()
        own = next((w for w in in_claim if w.phrase == phrase), None)
        if own is None:
            # A longer span drafting reads holds the extractor's ("2015" in "the fourth quarter of 2015",
            # "in March" in "March of 2031"), its leading preposition aside.
            bare = re.sub(r"(?i)^(?:in|on|by|at|during|until|before)\s+", "", phrase)
            own = next((w for w in in_claim if re.search(rf"\b{re.escape(bare)}\b", w.phrase)), None)
        if own is None:
            start, end = calendar_week(phrase, article.published) or (candidate.window_start, candidate.window_end)
            return DraftWindow(candidate.window_phrase, start, end, "claim")
        if (_in_past_clause(own, article, s_start) and not _in_condition(own, article, s_start)) or _dates_a_report(
            own, article, s_end
        ):
            own = None  # "the Plans ... that were issued in May": another act's time; look further
    if own is not None:
        first_clause = _first_of_two_complements(own, in_claim, article, candidate.char_start)
        if first_clause is not None:
            # "ensure that X for the rest of the decade, and that Y by 2020-21": X's window.
            return _as_found(first_clause, article, "claim")
        target = _target_figure(article, candidate.char_start, candidate.char_end)
        periods = [w for w in _windows(article, s_start, s_end) if _period_of(w, article) == target]
        if periods:
            claimed = body[candidate.char_start : candidate.char_end]
            if (
                own is not periods[0]
                and _period_of(own, article) is not None
                and figure_for_period(claimed, own.phrase) == claimed
                # "decline from 3 percent [next year] to 1 percent [in 2019]": the first period is where it starts.
                and not is_change_between_times(
                    body[candidate.char_start : periods[0].start], body[periods[0].end : own.start]
                )
            ):
                # "peak at 80% in 2016-17, before falling to 70% in 2020-21": the text keeps the first
                # figure, which no list cuts away, so the window is that figure's period, not the other's.
                return _as_found(periods[0], article, "claim")
            # "slow to 3% in 2027 and to 2.8% in 2028": each figure has its own period, the window picks one.
            target = None
        if _period_of_another_figure(own, article, target) and _is_the_time_of_a_purpose(own, article):
            # "buy 2,000 planes in order to bring the share of new ones up to 70 percent by 2020": the
            # goal's figure and time; the means are had by then.
            return _as_found(own, article, "claim")
        if _is_reference_point(own, article) or _period_of_another_figure(own, article, target):
            # "decline from the August level ... during the fourth quarter", "In 2027, growth will slow
            # to 3% from 3.4% in 2026 before edging up to 3.2% in 2028": the claim's other window.
            rest = [
                w
                for w in _windows(article, s_start, s_end)
                if w.start != own.start and _usable(w, article) and not _period_of_another_figure(w, article, target)
            ]
            chosen = _nearest(rest, candidate.char_start, candidate.char_end)
            return _as_found(chosen, article, "claim") if chosen is not None else None
        if _in_condition(own, article, s_start):
            others = [
                w
                for w in _windows(article, s_start, s_end)
                if w.start != own.start and _usable(w, article) and not _in_condition(w, article, s_start)
            ]
            chosen = _nearest(others, candidate.char_start, candidate.char_end)
            if chosen is not None:
                return _as_found(chosen, article, "claim")
        if _is_whole_period(own):
            # "in September 2031, on 12th to the 14th": the days, not the month.
            inner = _most_specific(own, [w for w in _windows(article, s_start, s_end) if _usable(w, article)])
            if inner is not own:
                return _as_found(inner, article, "sentence")
        return _as_found(own, article, "claim")
    if s_end <= s_start:
        return None
    back = _year_referred_back(candidate, article, s_start, s_end)
    if back is not None:
        return back
    in_sentence = [
        w
        for w in _windows(article, s_start, s_end)
        if _usable(w, article)
        and not _in_condition(w, article, s_start)
        and not _dates_the_saying(w, article)
        and not _dates_a_report(w, article, s_end)
        and not _in_past_clause(w, article, s_start)
        and not _in_a_later_clause(w, article, candidate.char_end, s_end)
    ]
    chosen = _nearest(in_sentence, candidate.char_start, candidate.char_end)
    if chosen is not None:
        return _as_found(_most_specific(chosen, in_sentence), article, "sentence")
    # Another sentence's trip: the claim's own sentence has no window to give (else it was taken).
    trips = [
        t
        for t in find_trips(
            body,
            article.published,
            lambda start, end: [
                w
                for w in _windows(article, start, end)
                if not _dates_the_saying(w, article) and not _a_past_day(w, article)
            ],
        )
        if not (t.sentence_start <= s_start < t.sentence_end)
    ]
    trip = trip_window(trips, body[s_start:s_end], s_start)
    if trip is not None:
        phrase, trip_start, trip_end = trip
        return DraftWindow(phrase, trip_start, trip_end, "article")
    said_next = _span_said_next(article, s_start, s_end)
    if said_next is not None:
        return said_next
    set_before = _time_set_before(article, s_start, s_end)
    if set_before is not None:
        return set_before
    if _REFERS_BACK.match(body[candidate.char_start : candidate.char_end]):
        p_start, p_end = _paragraph(body, s_start, s_end)
        around = [
            w
            for w in _windows(article, p_start, p_end)
            if _usable(w, article) and not (s_start <= w.start < s_end) and not _in_past_clause(w, article, p_start)
        ]
        # The sentences after the claim say where the trend it refers to goes; before it, what it refers to.
        later = [w for w in around if w.start >= s_end]
        chosen = _nearest(later or around, s_start, s_end)
        if chosen is not None:
            # "This number is expected to rise ... to peak in 2021": the trend runs from now to then.
            return replace(_as_found(chosen, article, "paragraph"), window_start=None)
    # "raised by 25 basis points at the current meeting": the meeting is the claim's time, which no
    # window reads; a year the paragraph names for something else is not it.
    if not _OWN_OCCASION.search(body, candidate.char_start, candidate.char_end):
        same_thing = _year_of_the_same_thing(candidate, article, s_start, s_end)
        if same_thing is not None:
            return same_thing
        start_of_operation = _start_of_operation(candidate, article)
        if start_of_operation is not None:
            return start_of_operation
        completion = _completion_scheduled(candidate, article)
        if completion is not None:
            return completion
    named_later = _event_named_later(candidate, article, s_end)
    if named_later is not None:
        return named_later
    session_end = session_deadline(candidate, article)
    if session_end is not None:
        # "My government will legislate to ...": an Act's passage takes the session the speech opens.
        return DraftWindow(SESSION_PHRASE, None, session_end, "article")
    return _event_date(article, body[s_start:s_end])


# "by 2030", "by the end of 2021-22": a year or fiscal year a level is to be reached by.
_BY_YEAR = re.compile(r"(?i)by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2}(?:[-\u2013/]\d{2})?)")
# "fall to 0.7%", "rise to about 2.4 percent": a statistic put at a level.
_TO_A_FIGURE = re.compile(r"(?i)\bto\s+(?:about\s+|around\s+|less\s+than\s+|more\s+than\s+)?[$\u00a3\u20ac]?\d")


def is_level_reached(p: Proposition) -> bool:
    """Whether the claim puts a statistic at a level ("borrowing will fall to 0.7% of GDP"): with "by"
    a year, that year's figure is the one to judge (``measured_period``)."""
    return p.event_kind == "price_level" and _TO_A_FIGURE.search(p.phrase) is not None


# A quarter of a year named from the article's date: "the fourth quarter this year", "the first quarter of next year".
_QUARTER_OF_RELATIVE_YEAR = re.compile(
    r"(?i)(?:the\s+)?(?P<ordinal>first|second|third|fourth)\s+quarter\s+(?:of\s+)?"
    r"(?:this|next|the\s+current|the\s+coming)\s+year"
)


def measured_period(
    found: DraftWindow | None, statistic: bool, yearly: bool = False, averaged: bool = False, reached: bool = False
) -> MeasuredPeriod | None:
    """The period a statistic's claim is measured over and its release deadline, or None (not a
    statistic, or a window that is no whole period: "by 2015", "in the coming months"). A yearly
    rate (``yearly``, ``is_yearly_rate``) is measured over the year it names, "by 2030" included; a
    price's average (``averaged``, ``is_price_average``) is due ``AVERAGED_PRICE_MONTHS`` after it; a
    statistic put at a level (``reached``, ``is_level_reached``) "by" a year is that year's figure."""
    if found is None:
        return None
    decade = re.fullmatch(r"(?i)(?:in|during|over|for|through(?:out)?)?\s*(the\s+(?:19|20)\d0s)", found.phrase.strip())
    if decade is not None and found.where in ("claim", "sentence"):
        # "the 2020s will be the weakest decade": any claim on a decade is settled by its figures,
        # the last of them its last year's, out after the decade ends.
        return MeasuredPeriod(decade.group(1), "decade", release_deadline(found.window_end, "year"))
    if not (statistic or yearly):
        return None
    # A paragraph's window is a period only when pointed back to ("in that year"); else a trend's end.
    if found.where not in ("claim", "sentence") and not (found.where == "paragraph" and found.window_start):
        return None
    label = _PERIOD_PHRASE.sub("", found.phrase.strip()).strip()
    # "marketing year 2005/06" is the crop's year, whose name must stay in the question.
    seasonal = re.match(r"(?i)(?:marketing|crop)\s+year\s+|MY\s*(?=\d)", label)
    season_name = ""
    if seasonal is not None:
        season_name = "marketing year " if seasonal.group().lower().startswith(("marketing", "my")) else "crop year "
        label = label[seasonal.end() :]
    if yearly:
        by_year = re.fullmatch(r"(?i)(?:by|until|before)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})", label)
        if by_year is not None:
            # "57 million tonnes by 2030" is the output of 2030, a year's figure like any other.
            return MeasuredPeriod(by_year.group(1), "year", release_deadline(found.window_end, "year"), yearly=True)
    if statistic and reached:
        by_year = _BY_YEAR.fullmatch(label)
        if by_year is not None:
            # "borrowing will fall to 0.7% of GDP by 2021-22": that year's figure, out after the year
            # ends, not whatever is published before its last day.
            return MeasuredPeriod(by_year.group(1), "year", release_deadline(found.window_end, "year"))
    end = found.window_end
    # "this year" opens at publication, yet a statistic for it is the whole calendar year's figure.
    whole_year = (
        found.window_start is not None and found.window_start.year == end.year and (end.month, end.day) == (12, 31)
    )
    if whole_year and re.fullmatch(r"(?i)(?:next|this|the\s+coming|the\s+following)\s+year", label):
        label = str(end.year)  # "next year" is a calendar year like "2027", named from the article's date
    ordinal = _QUARTER_OF_RELATIVE_YEAR.fullmatch(label)
    if ordinal is not None:
        # "in the fourth quarter this year": a calendar quarter like "the fourth quarter of 2014".
        label = f"{ordinal.group('ordinal').lower()} quarter of {end.year}"
    if re.fullmatch(rf"(?i){RELATIVE_QUARTER}", found.phrase.strip()):
        # "growth of 2.1 percent this quarter": the calendar quarter, named from the article's date.
        label = f"{_QUARTER_NAMES[(end.month - 1) // 3]} quarter of {end.year}"
    if _YEAR_PERIOD.fullmatch(label):
        length = "year"
    elif (
        re.fullmatch(r"(?i)[a-z]+\.?(?:\s+(?:19|20)\d{2})?", label)
        and label.split()[0].lower().rstrip(".") in MONTHS
        and end.day == calendar.monthrange(end.year, end.month)[1]
    ):
        length = "month"
    elif _QUARTER_LABEL.fullmatch(label) and re.search(r"(?:19|20)\d{2}$", label):
        length = "quarter"
    else:
        return None
    if length == "quarter" and not label.lower().startswith("q"):
        label = f"the {label}"  # "in the fourth quarter of 2015"
    if length == "month" and not re.search(r"\d", label):
        label = f"{label} {end.year}"  # "March" alone would not say which
    if found.window_start is None and length == "year":
        return None  # a named event's year ("the 2024 election") or a deadline, not a measured year
    label = season_name + label
    if averaged:
        return MeasuredPeriod(label, length, _add_months(end, AVERAGED_PRICE_MONTHS), averaged=True)
    return MeasuredPeriod(label, length, release_deadline(end, length), yearly=yearly and length == "year")


# "2.5 percent, down from 3.1 percent last year", "up on last year's": set against last year's figure.
_AGAINST_LAST_YEAR = re.compile(
    r"(?i)\b(?:(?:down|up)\s+(?:from|on)\b(?:[^.;:]|\.(?=\d)){0,40}?\blast\s+year\b|"
    r"(?:than|from|on|over|compared\s+(?:with|to))\s+(?:the\s+)?last\s+year(?:['\u2019]s)?\b)"
)


def year_against_the_last(quote: str, published: date) -> MeasuredPeriod | None:
    """This calendar year, for a statistic whose figure the claim sets against last year's ("growth
    will come in at 2.5 percent, down from 3.1 percent last year"): the figure is this year's, settled
    once it is out. None when the claim makes no such comparison."""
    if _AGAINST_LAST_YEAR.search(quote) is None:
        return None
    return MeasuredPeriod(str(published.year), "year", release_deadline(date(published.year, 12, 31), "year"))


def is_price_average(p: Proposition) -> bool:
    """Whether the proposition gives a price's average over a period ("Brent will average $54/b in
    2015", "range from $41/b to $83/b"), settled once the period's prices are all out."""
    return p.event_kind == "price_level" and is_averaged_price(p.subject, p.phrase)


def is_statistic(p: Proposition) -> bool:
    """Whether the proposition is the level of an official statistic (GDP, employment, borrowing, a
    share of GDP spent on defence ...), or a price's average ("Brent will average $54/b in 2015"),
    measured over a period and published after it: "in 2015" is then the whole calendar year, not
    the rest of it from the article's date."""
    measured = (STATISTIC, REGIONAL_STATISTIC, DEFENCE_SPENDING, PUBLIC_BORROWING)
    if p.event_kind != "price_level":
        return False
    return quantity_of(p.subject, p.phrase) in measured or is_averaged_price(p.subject, p.phrase)


def year_of_a_share(p: Proposition, article: Article, published: date) -> MeasuredPeriod | None:
    """The measured year of a share of GDP spent or borrowed every year when the claim names no
    period, settled by that year's figure once it is out, not by what outlets report over six
    months: "spend 2% of GDP on defence" the calendar year the article speaks in (defence figures
    are by calendar year); "reduce the deficit by 1.1% of GDP a year" the fiscal year it speaks in,
    its publisher's (none when the publisher's country, so its fiscal year, is unknown). None for
    any other claim."""
    if p.event_kind != "price_level":
        return None
    quantity = quantity_of(p.subject, p.phrase)
    if quantity is DEFENCE_SPENDING:
        return MeasuredPeriod(str(published.year), "year", release_deadline(date(published.year, 12, 31), "year"))
    fiscal = fiscal_calendar(publisher_country(article))
    if quantity is not PUBLIC_BORROWING or not is_yearly_pace(p.phrase) or fiscal is None:
        return None
    starts = published.year if published.month >= fiscal.start_month else published.year - 1
    first, last = fiscal.year_starting(starts)
    label = str(first.year) if first.year == last.year else f"{first.year}-{str(last.year)[2:]}"
    return MeasuredPeriod(label, "year", release_deadline(last, "year"))


def years_of_a_yearly_share(p: Proposition, found: DraftWindow | None) -> MeasuredPeriod | None:
    """The years a share of GDP spent "a year" is measured over when the window runs over several
    whole calendar years ("spend 2% of GDP a year on defence for the rest of the decade"): every
    year's figure counts, the last one out after its year ends, so that is the deadline. None for any
    other claim or window."""
    if found is None or found.window_start is None or found.where not in ("claim", "sentence"):
        return None
    if p.event_kind != "price_level" or quantity_of(p.subject, p.phrase) is not DEFENCE_SPENDING:
        return None
    if not is_share_each_year(p.phrase):
        return None
    first, end = found.window_start.year, found.window_end
    if first >= end.year or (end.month, end.day) != (12, 31):
        return None
    return MeasuredPeriod(f"each year from {first} to {end.year}", "year", release_deadline(end, "year"))


# Quantities produced or shipped, whose figure is a rate per year: "57 million tonnes of LNG".
_VOLUME = re.compile(
    r"(?i)\d[\d,.]*\s*(?:(?:thousand|million|billion|mn|bn|m)\s+)?(?:metric\s+)?(?:tonnes|tons|barrels|bcm|"
    r"cubic\s+(?:metres|meters|feet)|units|vehicles|cars|aircraft|ships|mtpa|mt|boe|bpd|gigawatt[- ]hours|gwh|twh)\b"
)
_PRODUCING = re.compile(
    r"(?i)\b(?:produc\w*|output|exports?|export\w*|capacity|ship\w*|sell|sales|deliver\w*|mine|extract\w*|pump\w*|generat\w*)\b"
)
_TOTAL = re.compile(r"(?i)\b(?:in\s+total|cumulative\w*|combined|altogether|over\s+the\s+(?:next|coming)|since)\b")


def is_yearly_rate(p: Proposition) -> bool:
    """Whether the proposition puts a production, output or export figure at a volume ("produce 57
    million tonnes of LNG by 2030"): such figures are per year unless the claim says total."""
    text = f"{p.subject} {p.phrase}"
    return (
        p.event_kind == "price_level"
        and quantity_of(p.subject, p.phrase) in (COMPANY_OUTPUT, STATISTIC)
        and bool(_PRODUCING.search(text) and _VOLUME.search(p.phrase))
        and not _TOTAL.search(p.phrase)
    )


# "real wages will grow 4.1 percent next year": a level's growth in percent over a measured period is
# the period's growth rate as the office publishes it, not a change from the last figure before the
# window opens. A rate's change ("inflation will rise 0.5 percent") stays a change of the rate.
_PERIOD_GROWTH = re.compile(
    r"(?P<verb>\b(?:grows?|rises?|increases?|climbs?|expands?|falls?|declines?|decreases?|shrinks?|contracts?|drops?))"
    r"(?:\s+by)?\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)"
    r"(?:,|\s+(?:as|in|for|next|this|over)\b)"
)
_RATE_SUBJECT = re.compile(
    r"(?i)\b(?:inflation|unemployment|rates?|yields?|shares?|ratios?|deficit|borrowing|debt|cpi|pce|ppi|spreads?)\b"
)
# Words that put the change within the period ("next year", "in 2018", "this quarter"), not up to it.
_WITHIN_PERIOD = re.compile(r"(?i)^(?:in|during|for|over|next|this|the\s+(?:next|coming|current))\b(?!.*\bby\b)")
_LAST_PUBLISHED = f"; the change is counted from the {STATISTIC.value} {STATISTIC_BASELINE}: "


def _growth_over_period(criteria: str, period: MeasuredPeriod, opens: date, window: str | None) -> str:
    """The criteria of a level said to grow (or fall) by a percentage within a measured period ("real
    wages will grow 4.1 percent next year"), judged on the period's growth rate as first published
    (a year's against the year before), at least the figure; other criteria unchanged. A rise "by"
    a year ("rise by 46 percent by 2025") is a rise until then, not that year's growth."""
    baseline = _LAST_PUBLISHED.format(opens=opens.isoformat())
    at = criteria.find(baseline)
    growth = _PERIOD_GROWTH.search(criteria, 0, at) if at >= 0 else None
    if growth is None or period.length not in ("year", "quarter", "month") or period.yearly or period.averaged:
        return criteria
    if _RATE_SUBJECT.search(criteria[: growth.start()]) or window is None or not _WITHIN_PERIOD.match(window):
        return criteria
    end = criteria.find(". ", at + len(baseline))
    end = len(criteria) if end < 0 else end
    amount = re.sub(r"\s*\(a figure from .*\)$", "", criteria[at + len(baseline) : end]).strip()
    falling = re.match(r"(?:fall|decline|decrease|shrink|contract|drop)", growth.group("verb")) is not None
    # A quarter's or a month's growth is as the office states it (on the period before, annualised,
    # or on a year before), which differs by office; a year's is on the year before.
    against = " (against the year before)" if period.length == "year" else ""
    said = f"a fall of {amount} or more" if falling else f"{amount} or more"
    return f"{criteria[:at]}; the growth rate the office publishes for {period.label}{against}: {said}{criteria[end:]}"


def period_wording(
    question: str, criteria: str, period: MeasuredPeriod, opens: date, deadline: date, window: str | None = None
) -> tuple[str, str]:
    """The question and criteria naming the measured period ("in 2015") instead of the window's
    dates, and the criteria saying which figure settles it and by when; ``window`` is the words
    the period was read from ("next year"), which say whether a change falls within it."""
    between = f"between {opens.isoformat()} and {deadline.isoformat()}"
    bare = re.sub(r"^(?:marketing|crop) year ", "", period.label)
    named = re.search(
        rf"(?i)\b(?:in|for|during|of)\s+(?:the\s+)?(?:(?:marketing|crop|fiscal)\s+year\s+|MY\s*)?{re.escape(bare)}(?![\w/-])",
        question,
    )
    if (period.length == "decade" and period.label.lower() in question.lower()) or named:
        # "Will rice production in 2005/06 reach ...?": the subject already names the period.
        question = question.replace(f" {between}", "")  # "Will the 2020s be the weakest decade ...?"
        criteria = criteria.replace(f"Yes if, {between},", "Yes if")
    question = question.replace(between, f"in {period.label}")
    # A price's average (quantities._averaged_criteria) is the period's, not the window's from publication.
    criteria = criteria.replace(f"from {opens.isoformat()} to {deadline.isoformat()}", f"in {period.label}")
    criteria = criteria.replace(f"Yes if, {between},", f"Yes if, for {period.label},")
    criteria = _growth_over_period(criteria, period, opens, window)
    if period.yearly:
        criteria += (
            f" The figure is the output of {period.label} alone (a yearly rate), not a total over several years."
        )
    # A region's aggregate has no official figure: its forecaster's first estimate after the period settles it.
    figure = "forecaster's first estimate" if REGIONAL_STATISTIC.source in criteria else "first official figure"
    if period.length == "decade":
        last = int(period.label.split()[-1][:4]) + 9
        return question, criteria + (
            f" Settled by the {figure}s for the whole decade, the last of them for {last}, published by "
            f"{deadline.isoformat()} (a year's first figure is assumed out within six months of its end)."
        )
    if period.averaged:
        published_by = deadline.isoformat()
        return (
            question,
            criteria + f" Settled by the average for {period.label} once its prices are out, by {published_by}.",
        )
    criteria += (
        f" Settled by the {figure} for {period.label}, published by {deadline.isoformat()} (a "
        f"{period.length}'s first figure is assumed out within {RELEASE_WORDS[period.length]} of its end)."
    )
    return question, criteria
