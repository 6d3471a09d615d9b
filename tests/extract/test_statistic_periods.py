"""A statistic forecast for several periods at once ("to 3.2% in 2027 and to 2.9% in 2028") is
drafted with the figure of the draft's own period; a year named relatively ("next year") is a
measured year like one named by its number."""

from __future__ import annotations

from datetime import date

import pytest

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.quantities import figure_for_period


def draft_of(text: str) -> dict[str, object]:
    article = Article(body=text, source="<text>", published=date(2026, 3, 4), outlet="Daily Ledger")
    (candidate,) = extract_forecasts(article)
    return draft_scenario(candidate, article, "drafted", None)


def test_a_list_of_years_figures_is_drafted_with_the_figure_of_its_own_year() -> None:
    draft = draft_of("Inflation in Ruritania is expected to ease to 3.2% in 2027 and to 2.9% in 2028, the bank said.")
    assert draft["question"] == "Will inflation in Ruritania ease to 3.2% in 2027?"
    assert draft["title"] == "Inflation in Ruritania eases to 3.2%"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert criteria.startswith("Yes if, for 2027, inflation in Ruritania eases to 3.2%, as first published")
    assert "2.9%" not in criteria


def test_a_relative_year_is_a_measured_year_settled_after_it_ends() -> None:
    draft = draft_of("Officials said growth in Ruritania is expected to pick up to 2.2% next year and 2.5% in 2028.")
    assert draft["question"] == "Will growth in Ruritania pick up to 2.2% in 2027?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert "Settled by the first official figure for 2027, published by 2028-06-30" in criteria
    assert draft["deadline"] == date(2028, 6, 30)


@pytest.mark.parametrize(
    ("phrase", "window", "kept"),
    [
        ("slow to 4.1% in 2031 and to 3.9% in 2032", "in 2031", "slow to 4.1% in 2031"),
        ("slow to 4.1% in 2031 and to 3.9% in 2032", "in 2032", "slow to 3.9% in 2032"),
        ("rise to 5.1% in 2027, 5.3% in 2028 and 5.0% in 2029", "in 2028", "rise to 5.3% in 2028"),
        ("average 1.8% in 2030-31 and about 2% in 2031-32", "in 2030-31", "average 1.8% in 2030-31"),
        # One figure, or figures of the same period: nothing to choose between.
        ("rise to 5.1% in 2027", "in 2027", "rise to 5.1% in 2027"),
        ("rise to 5.1% and 6% in 2027", "in 2027", "rise to 5.1% and 6% in 2027"),
        # The window is not one of the list's periods: left for a person.
        ("slow to 4.1% in 2031 and to 3.9% in 2032", "by 2035", "slow to 4.1% in 2031 and to 3.9% in 2032"),
    ],
)
def test_the_figure_kept_is_the_one_the_window_names(phrase: str, window: str, kept: str) -> None:
    assert figure_for_period(phrase, window) == kept


@pytest.mark.parametrize(
    ("phrase", "window", "kept"),
    [
        ("average $61/b in 2031 and $66/b in 2032", "in 2032", "average $66/b in 2032"),
        ("average $61 a barrel in 2031 and $66 a barrel in 2032", "in 2031", "average $61 a barrel in 2031"),
        ("reach $4.1 billion in 2031 and $4.6 billion in 2032", "in 2032", "reach $4.6 billion in 2032"),
        (
            "rise to 1.2 million barrels per day in 2031 and 1.4 million barrels per day in 2032",
            "in 2031",
            "rise to 1.2 million barrels per day in 2031",
        ),
    ],
)
def test_prices_and_amounts_listed_by_period_keep_the_figure_of_the_window(phrase: str, window: str, kept: str) -> None:
    assert figure_for_period(phrase, window) == kept


def test_a_price_forecast_for_two_years_is_drafted_with_its_own_years_price() -> None:
    draft = draft_of("The agency expects Ruritanian crude oil prices to average $71/b in 2027 and $64/b in 2028.")
    assert draft["question"] == "Will Ruritanian crude oil prices average $71/b in 2027?"
    assert "$64/b" not in draft["resolution"]["criteria"]  # type: ignore[index]


def test_a_figure_for_this_quarter_is_the_calendar_quarter_of_publication() -> None:
    # Said on 2026-03-04: "this quarter" is the first quarter of 2026, not next year's, and the
    # "from the fourth quarter" it is compared with is no window.
    draft = draft_of(
        "Private forecasters project real GDP growth in Ruritania of 2.1 percent this quarter, "
        "with only a slight moderation in consumer spending from the fourth quarter."
    )
    assert draft["question"] == "Will real GDP growth in Ruritania be 2.1 percent in the first quarter of 2026?"
    assert draft["deadline"] == date(2026, 6, 30)


def test_a_figure_for_next_quarter_is_the_following_calendar_quarter() -> None:
    draft = draft_of("Private forecasters expect industrial output in Ruritania to grow 3 percent next quarter.")
    assert "in the second quarter of 2026?" in str(draft["question"])


def test_this_quarter_is_a_time_not_the_quarter_named_before_it() -> None:
    # "this quarter" is no demonstrative pointing back to "the first quarter" of the sentence before.
    draft = draft_of(
        "Growth slowed in the fourth quarter, and the first quarter has started well. "
        "A private model forecasts real GDP in Ruritania will grow 2.6 percent this quarter."
    )
    assert draft["question"] == "Will real GDP in Ruritania grow 2.6 percent in the first quarter of 2026?"
    assert draft["title"] == "Real GDP in Ruritania grows 2.6 percent"


def test_the_current_and_the_coming_quarter_are_named_too() -> None:
    current = draft_of("Private forecasters expect real GDP in Ruritania to grow 2.6 percent in the current quarter.")
    assert current["question"] == "Will real GDP in Ruritania grow 2.6 percent in the first quarter of 2026?"
    coming = draft_of("Private forecasters expect real GDP in Ruritania to grow 2.6 percent in the coming quarter.")
    assert coming["question"] == "Will real GDP in Ruritania grow 2.6 percent in the second quarter of 2026?"
