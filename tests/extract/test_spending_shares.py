"""A share of GDP a government spends or borrows is an annual official figure: defence spending
is settled by NATO's yearly defence expenditure figures after the year, the deficit by the
statistics office's public sector finances, never by "two major outlets"."""

from __future__ import annotations

from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import event_kind_of
from forecasts.extract.quantities import (
    DEFENCE_SPENDING,
    PUBLIC_BORROWING,
    committed_measure,
    price_criteria,
    quantity_of,
)


def draft_of(text: str) -> dict[str, object]:
    article = Article(body=text, source="<text>", published=date(2026, 3, 4), outlet="Daily Ledger")
    (candidate,) = extract_forecasts(article)
    return draft_scenario(candidate, article, "drafted", None)


def test_a_share_of_gdp_spent_on_defence_is_settled_by_the_years_defence_expenditure_figures() -> None:
    assert event_kind_of("spend", "the government", "spend 2.5% of GDP on defence") == "price_level"
    assert quantity_of("the government", "spend 2% of national income on defence") is DEFENCE_SPENDING
    draft = draft_of("The minister said the government will spend 2% of national income on defence in 2027.")
    assert draft["question"] == "Will the government spend 2% of national income on defence in 2027?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert criteria.startswith(
        "Yes if, for 2027, the government spends 2% of national income on defence, as shown by NATO's yearly "
        "figures of defence expenditure as a share of GDP"
    )
    assert "; the level: 2% or more." in criteria
    assert "at least two major outlets" not in criteria
    assert draft["deadline"] == date(2028, 6, 30)  # the year's figure, out after the year ends


def test_a_deficit_cut_by_a_share_of_gdp_a_year_is_settled_by_the_public_sector_finances() -> None:
    assert quantity_of("the government", "cut the deficit by around 0.8% of GDP a year") is PUBLIC_BORROWING
    draft = draft_of(
        "The Treasury said the government will continue to reduce the deficit by around 0.8% of GDP a year."
    )
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert "as shown by the public sector finances the national statistics office publishes" in criteria
    assert (
        "; the pace: the deficit as a share of GDP falls by around 0.8% of GDP (a figure from 0.75% of GDP up to "
        "0.85% of GDP counts) a year, each fiscal year's "
        "figure against the year before's" in criteria
    )
    assert "at least two major outlets" not in criteria


def test_a_share_of_gdp_spent_on_something_else_is_not_defence() -> None:
    assert quantity_of("the government", "spend 2% of GDP on research") is not DEFENCE_SPENDING
    assert event_kind_of("spend", "the government", "spend more on roads") == "other"  # no figure


def test_a_defence_share_with_no_year_is_the_years_figure_not_six_months() -> None:
    draft = draft_of("The minister said the government will spend 2% of GDP on defence.")
    assert draft["question"] == "Will the government spend 2% of GDP on defence in 2026?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert criteria.startswith("Yes if, for 2026, the government spends 2% of GDP on defence, as shown by NATO's")
    assert "Settled by the first official figure for 2026, published by 2027-06-30" in criteria
    assert draft["deadline"] == date(2027, 6, 30)


def test_a_vague_act_meeting_a_spending_commitment_is_asked_as_the_commitments_figure() -> None:
    draft = draft_of(
        "The minister said the government will modernise Ruritania's armed forces, honouring the veterans' "
        "charter and meeting the alliance commitment to spend 2% of national income on defence."
    )
    assert draft["question"] == "Will the government spend 2% of national income on defence in 2026?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert "as shown by NATO's yearly figures of defence expenditure as a share of GDP" in criteria


def test_an_act_with_its_own_figure_keeps_it_beside_a_commitment() -> None:
    assert committed_measure("The council will build 300 homes, meeting its pledge to spend 2% of GDP on housing.") == (
        "The council will build 300 homes, meeting its pledge to spend 2% of GDP on housing."
    )
    assert committed_measure(
        "Ministers will back the navy, keeping their promise to spend 2.5% of GDP on defence."
    ) == ("Ministers will spend 2.5% of GDP on defence.")


def test_a_deficit_pace_with_no_period_is_the_fiscal_year_the_article_speaks_in() -> None:
    article = Article(
        body="The Chancellor said the government will continue to reduce the deficit by around 0.8% of GDP a year.",
        source="<text>",
        url="https://www.gov.uk/government/news/budget-statement",
        published=date(2026, 7, 8),
    )
    (candidate,) = extract_forecasts(article)
    draft = draft_scenario(candidate, article, "drafted", None)
    assert draft["question"] == (
        "Will the UK government continue to reduce the deficit by around 0.8% of GDP a year in 2026-27?"
    )
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert "Settled by the first official figure for 2026-27, published by 2027-09-30" in criteria
    assert draft["deadline"] == date(2027, 9, 30)


def test_a_deficit_pace_from_a_country_of_unknown_fiscal_year_keeps_its_window() -> None:
    draft = draft_of(
        "The Treasury said the government will continue to reduce the deficit by around 0.8% of GDP a year."
    )
    assert "Settled by the first official figure" not in draft["resolution"]["criteria"]  # type: ignore[index]


def test_only_a_british_deficit_names_the_ons_bulletin() -> None:
    # A Kremlin budget forecast was sent to "the ONS's Public sector finances bulletin": the UK's
    # series is named only where the claim is about the UK.
    abroad = price_criteria(
        "the budget deficit in Ostland",
        "decreases to 1.4 percent of GDP",
        "decrease to 1.4 percent of GDP",
        "2026-01-01",
        "2026-12-31",
    )
    assert "the public sector finances the national statistics office publishes" in abroad
    assert "ONS" not in abroad and "UK" not in abroad
    home = price_criteria(
        "public sector net borrowing in the UK",
        "falls to 3.7% of GDP",
        "fall to 3.7% of GDP",
        "2026-01-01",
        "2026-12-31",
    )
    assert "in the UK the ONS's Public sector finances bulletin" in home
