"""Fiscal years: "2023-24", "FY2026", "fiscal year 2026" are the fiscal year the publisher's country
keeps (UK April-March, US federal October-September), not a calendar year.

Texts are made up, of the shape the hand-scored sample found drafted as calendar years.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.article_countries import publisher_country
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.fiscal_years import FISCAL_CALENDARS, FiscalCalendar, fiscal_calendar
from forecasts.extract.scorer import RULES_ONLY
from forecasts.extract.windows import find_windows

UK, US = fiscal_calendar("GBR"), fiscal_calendar("USA")


def window(text: str, published: date, fiscal: FiscalCalendar | None) -> tuple[str, str | None, str | None]:
    (found,) = find_windows(text, 0, published, fiscal)
    return (
        found.phrase,
        found.window_start.isoformat() if found.window_start else None,
        found.window_end.isoformat() if found.window_end else None,
    )


@pytest.mark.parametrize(
    ("text", "published", "fiscal", "expected"),
    [
        ("will show a surplus in 2023-24.", date(2021, 3, 3), UK, ("in 2023-24", "2023-04-01", "2024-03-31")),
        ("will show a surplus in 2021/22.", date(2021, 9, 3), UK, ("in 2021/22", "2021-09-03", "2022-03-31")),
        ("debt will fall by 2024-25.", date(2021, 3, 3), UK, ("by 2024-25", "2021-03-03", "2025-03-31")),
        (
            "support continues through to financial year 2024 to 2025.",
            date(2021, 3, 3),
            UK,
            ("through to financial year 2024 to 2025", "2021-03-03", "2025-03-31"),
        ),
        (
            "outlays will rise in fiscal year 2026.",
            date(2025, 2, 1),
            US,
            ("in fiscal year 2026", "2025-10-01", "2026-09-30"),
        ),
        (
            "the deficit will reach $2 trillion in FY2025.",
            date(2025, 2, 1),
            US,
            ("in FY2025", "2025-02-01", "2025-09-30"),
        ),
        ("the deficit will narrow in FY 2027.", date(2025, 2, 1), US, ("in FY 2027", "2026-10-01", "2027-09-30")),
    ],
)
def test_a_fiscal_year_follows_the_publishers_convention(text, published, fiscal, expected) -> None:
    assert window(text, published, fiscal) == expected


def test_without_a_known_convention_a_split_year_spans_both_calendar_years() -> None:
    # Whichever twelve months "2023-24" names, they lie within 2023 and 2024: the latest it can resolve.
    assert window("will show a surplus in 2023-24.", date(2021, 3, 3), None) == (
        "in 2023-24",
        "2023-01-01",
        "2024-12-31",
    )
    assert window("will show a surplus in 2021/22.", date(2021, 9, 3), None) == (
        "in 2021/22",
        "2021-09-03",
        "2022-12-31",
    )
    # One fiscal year of an unknown calendar still has no dates: one calendar year would be wrong.
    assert window("outlays will rise in fiscal year 2026.", date(2025, 2, 1), None) == (
        "in fiscal year 2026",
        None,
        None,
    )
    # Years that are not consecutive are a span of calendar years, not a fiscal year.
    assert window("the plan for 2015-20 will cut costs.", date(2015, 3, 3), UK)[0] == "2015"


def test_the_publishers_country_comes_from_its_address_or_outlet() -> None:
    assert publisher_country(Article(body="", source="x", url="https://www.gov.uk/budget")) == "GBR"
    assert publisher_country(Article(body="", source="x", url="https://www.cbo.gov/publication/1")) == "USA"
    assert publisher_country(Article(body="", source="x", outlet="U.S. Department of State")) == "USA"
    assert publisher_country(Article(body="", source="x", outlet="Test Wire")) is None


def test_a_draft_of_a_uk_fiscal_year_statistic_covers_april_to_march_and_waits_for_its_first_figure() -> None:
    body = "Ministers expect that the budget will show a surplus of £4 billion in 2023-24."
    article = Article(
        body=body,
        source="budget.html",
        outlet="HM Treasury (GOV.UK)",
        url="https://www.gov.uk/government/publications/budget-2021",
        published=date(2021, 3, 3),
    )
    (candidate,) = extract_forecasts(article, RULES_ONLY)
    assert (candidate.window_phrase, candidate.window_start, candidate.window_end) == (
        "in 2023-24",
        date(2023, 4, 1),
        date(2024, 3, 31),
    )
    data = draft_scenario(candidate, article, "budget-surplus", None)
    # The fiscal year ends on 31 March; its first official figure is awaited for six months more.
    assert (data["opens"], data["deadline"]) == (date(2023, 4, 1), date(2024, 9, 30))
    assert "Settled by the first official figure for 2023-24, published by 2024-09-30" in data["resolution"]["criteria"]


@given(
    year=st.integers(min_value=1901, max_value=2098),
    country=st.sampled_from(sorted(FISCAL_CALENDARS) + ["FRA"]),
)
def test_every_fiscal_year_is_twelve_months_and_a_name_gives_the_year_it_ends_or_starts_in(year, country) -> None:
    calendar_ = fiscal_calendar(country)
    assert calendar_ is not None
    start, end = calendar_.year_starting(year)
    assert start.day == 1 and start.year == year
    assert end + timedelta(days=1) == date(year + 1, start.month, 1)
    named_start, named_end = calendar_.year_named(year)
    assert year in (named_start.year, named_end.year)
    assert (named_start.year == year) == (calendar_.start_month == 1 or calendar_.named_by_start)


@pytest.mark.parametrize("fiscal", [UK, US, None])
def test_a_marketing_year_is_the_crops_two_years_not_the_governments_fiscal_year(fiscal) -> None:
    assert window("exports will rise in marketing year 2019/2020.", date(2019, 3, 1), fiscal) == (
        "in marketing year 2019/2020",
        "2019-03-01",
        "2020-12-31",
    )
    assert window("MY 2023/24 exports are forecast to rise.", date(2023, 2, 1), fiscal)[0] == "MY 2023/24"


def test_a_statistic_for_a_marketing_year_is_asked_for_that_year_named_once() -> None:
    body = (
        "Nigeria's wheat imports are forecast to rise to 3.2 million tons in marketing year 2005/06, up from "
        "2.9 million tons in 2004/05. Nigeria's rice production in MY 2005/06 is expected to reach 3.6 million tons."
    )
    article = Article(body=body, source="<text>", published=date(2005, 3, 1), outlet="Daily Ledger")
    questions = [
        draft_scenario(c, article, "drafted", None)["question"] for c in extract_forecasts(article, RULES_ONLY)
    ]
    assert questions == [
        "Will Nigeria's wheat imports rise to 3.2 million tons in marketing year 2005/06?",
        "Will Nigeria's rice production in MY 2005/06 reach 3.6 million tons?",
    ]
