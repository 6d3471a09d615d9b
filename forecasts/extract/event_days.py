"""Event days: the day a claim names for its event, and the room a draft's window leaves for reports.

A claim about "today", "tomorrow" or one named day ("will graduate on May 8") resolves to a
window of that day alone, and a draft asking "between 2008-02-07 and 2008-02-07" leaves no time
for the event to be reported: one that happens late in the day, or in another time zone, is in
the news the next day. So a draft window shorter than ``REPORTING_DAYS`` has its deadline moved
``REPORTING_DAYS`` later, and the criteria pin the day the claim names ("It must take place on
2008-02-07, the day the claim names; the 2 days after it leave time for it to be reported"), so
the question still asks about that day. A day already past at publication pins nothing.

A condition says when on its own ("talks will follow if the motion is passed tomorrow"): the
condition's draft is asked over its own window, read from the condition's words, not over the
conditional claim's half year. A consequence that comes "the following day" ("if the chair is
not confirmed, a second vote will be held the following day (14 March)") dates its condition too:
the day before the one the claim names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from forecasts.extract.article import Article
from forecasts.extract.article_countries import publisher_country
from forecasts.extract.fiscal_years import fiscal_calendar
from forecasts.extract.windows import find_windows

REPORTING_DAYS = 2
# The consequence comes a day after its condition: "the following day", "the next day", "a day later".
_DAY_AFTER = re.compile(
    r"(?i)\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after(?:\s+that)?|a\s+day\s+later|the\s+next\s+morning)\b"
)


@dataclass(frozen=True)
class ConditionWindow:
    """The window a condition's own words give ("tomorrow"), with room for reports."""

    phrase: str
    opens: date
    deadline: date
    named_start: date
    named_end: date


def with_room(opens: date, deadline: date) -> date:
    """The deadline, moved ``REPORTING_DAYS`` later when the window is shorter than that."""
    if (deadline - opens).days >= REPORTING_DAYS:
        return deadline
    try:
        return deadline + timedelta(days=REPORTING_DAYS)
    except OverflowError:
        return deadline


def named_days_sentence(start: date | None, end: date | None, published: date, named_by: str = "claim") -> str:
    """What the criteria add when the claim (or, ``named_by``, its sentence, paragraph or the article)
    names a day or two from publication on: the event must take place then, and the days after leave
    time for reports; else ""."""
    if end is None or end < published:
        return ""
    first = max(start or published, published)
    if (end - first).days >= REPORTING_DAYS:
        return ""
    room = f"the {REPORTING_DAYS} days after {{it}} leave time for it to be reported."
    if first == end:
        return f" It must take place on {first.isoformat()}, the day the {named_by} names; " + room.format(it="it")
    return (
        f" It must take place between {first.isoformat()} and {end.isoformat()}, the days the {named_by} names; "
        + room.format(it="them")
    )


def condition_window(condition: str | None, article: Article) -> ConditionWindow | None:
    """The dated window of a condition's own words ("if the motion is passed tomorrow"), or None."""
    if not condition:
        return None
    published = article.published
    for window in find_windows(condition, 0, published, fiscal_calendar(publisher_country(article))):
        end = window.window_end
        if end is None or (published is not None and end < published):
            continue
        start = window.window_start or published or end
        opens = max(start, published) if published is not None else start
        return ConditionWindow(window.phrase, opens, with_room(opens, max(end, opens)), opens, max(end, opens))
    return None


def condition_day_before(
    claim: str, condition: str | None, named: tuple[date | None, date] | None, published: date | None
) -> ConditionWindow | None:
    """The condition's day when the claim's event comes "the following day" on the one day it
    names (``named``): the day before, or None (no such words, more than one day, or already past)."""
    if named is None or named[0] is None or named[0] != named[1]:
        return None
    consequence = claim.replace(condition, " ") if condition else claim
    if _DAY_AFTER.search(consequence) is None:
        return None
    day = named[1] - timedelta(days=1)
    if published is not None and day < published:
        return None
    return ConditionWindow(f"the day before {named[1].isoformat()}", day, with_room(day, day), day, day)
