"""Dates and timezone-aware datetimes as scenarios use them.

A scenario date may be a calendar date or a timezone-aware datetime. Comparisons need instants:
a date used as the start of something (``opens``, ``created``) means 00:00 UTC that day; a date
used as an end (``deadline``, ``--as-of``) means the end of that day, so "by 2020-01-31" includes
the 31st and ``--as-of 2020-01-04`` includes everything recorded on the 4th.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

When = date | datetime

_DATE_LIKE = re.compile(r"^\s*\d{1,4}-\d{1,2}-\d{1,2}\s*$")


class DateError(ValueError):
    """A value that is not a date or a timezone-aware datetime."""


def parse_when(value: object) -> When:
    """Accept a date, an aware datetime, or ISO text for either; reject naive datetimes."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise DateError(f"'{value.isoformat()}' has no timezone; add one (e.g. '{value.isoformat()}+00:00' or 'Z')")
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _DATE_LIKE.match(text):
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise DateError(f"{value!r} is not a date (YYYY-MM-DD)") from None
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise DateError(
                f"{value!r} is not a date (YYYY-MM-DD) or a datetime with a timezone (YYYY-MM-DDTHH:MM:SS+00:00)"
            ) from None
        return parse_when(parsed)
    raise DateError(f"{value!r} is not a date (YYYY-MM-DD)")


def start_instant(when: When) -> datetime:
    """The first instant ``when`` covers, in UTC."""
    if isinstance(when, datetime):
        return when.astimezone(UTC)
    return datetime.combine(when, time.min, tzinfo=UTC)


def end_instant(when: When) -> datetime:
    """The last instant ``when`` covers, in UTC (end of day for a date)."""
    if isinstance(when, datetime):
        return when.astimezone(UTC)
    return datetime.combine(when + timedelta(days=1), time.min, tzinfo=UTC) - timedelta(microseconds=1)


def format_when(when: When) -> str:
    """ISO text: YYYY-MM-DD for a date, YYYY-MM-DDTHH:MM:SS+HH:MM for a datetime."""
    return when.isoformat()


def now_utc() -> datetime:
    """The current instant, to the second, in UTC."""
    return datetime.now(UTC).replace(microsecond=0)
