"""Fiscal years: which dates "2019-20", "FY2021" or "fiscal year 2021" stand for.

A government's year of account is not the calendar year, and which one a text means depends on
the country that writes it (``article_countries.publisher_country``):

=================  ===================  ==============================  =========================
country            fiscal year runs     "2019-20", "2019/20"            "FY2021", "fiscal year 2021"
=================  ===================  ==============================  =========================
United Kingdom,    1 April - 31 March   2019-04-01 .. 2020-03-31        the year ending in 2021
Canada, India                                                           (2020-04-01 .. 2021-03-31)
Japan              1 April - 31 March   2019-04-01 .. 2020-03-31        the year starting in 2021
United States      1 October -          2019-10-01 .. 2020-09-30        2020-10-01 .. 2021-09-30
(federal)          30 September
Australia, New     1 July - 30 June     2019-07-01 .. 2020-06-30        the year ending in 2021
Zealand, Pakistan,
Egypt
any other          the calendar year    no fiscal year (two calendar    the calendar year 2021
                                        years)
=================  ===================  ==============================  =========================

Only consecutive years ("2019-20", "2019/2020", "financial year 2019 to 2020") are a fiscal year;
"2015-20" is a span of calendar years. Where the country is unknown, a fiscal year keeps its
phrase and gets no dates: a calendar year would be a wrong window, not an approximate one.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FiscalCalendar:
    """When a country's fiscal year starts, and which calendar year a one-year name gives.

    ``start_month`` is 1 for a fiscal year that is the calendar year; ``named_by_start`` says
    "FY2021" is the year that starts in 2021 (Japan) rather than the one that ends in it.
    """

    start_month: int
    named_by_start: bool = False

    def year_starting(self, year: int) -> tuple[date, date]:
        """First and last day of the fiscal year that starts in calendar year ``year``."""
        start = date(year, self.start_month, 1)
        end_year, end_month = (year, 12) if self.start_month == 1 else (year + 1, self.start_month - 1)
        return start, date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])

    def year_named(self, year: int) -> tuple[date, date]:
        """The fiscal year a one-year name gives ("FY2021", "fiscal year 2021")."""
        if self.start_month == 1 or self.named_by_start:
            return self.year_starting(year)
        return self.year_starting(year - 1)

    @property
    def spans_two_years(self) -> bool:
        """Whether "2019-20" can name one of its fiscal years (not when it is the calendar year)."""
        return self.start_month != 1


_APRIL = FiscalCalendar(4)
_JULY = FiscalCalendar(7)
FISCAL_CALENDARS: dict[str, FiscalCalendar] = {
    "GBR": _APRIL,
    "CAN": _APRIL,
    "IND": _APRIL,
    "JPN": FiscalCalendar(4, named_by_start=True),
    "USA": FiscalCalendar(10),
    "AUS": _JULY,
    "NZL": _JULY,
    "PAK": _JULY,
    "EGY": _JULY,
}
CALENDAR_YEAR = FiscalCalendar(1)


def fiscal_calendar(country: str | None) -> FiscalCalendar | None:
    """The fiscal calendar of a country (CAMEO code); the calendar year for one not listed, None if unknown."""
    if country is None:
        return None
    return FISCAL_CALENDARS.get(country, CALENDAR_YEAR)
