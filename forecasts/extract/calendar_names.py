"""The English names of months and weekdays, as regex alternations for the drafting rules.

Spelled out here rather than taken from ``calendar``, whose names follow the locale. Patterns
that must leave out "May" (a modal as often as a month) write their own list.
"""

from __future__ import annotations

MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
