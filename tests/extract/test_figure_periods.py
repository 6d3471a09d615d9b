"""The year attached to a figure is that figure's period: a statistic's draft asks for the year of
its own (target) figure, not the year of a starting level ("from 90 percent of GDP this year"), of
another figure in the sentence ("before edging up to 3.2% in 2028") or of a comparison ("than they
were in 2016"); and "this year" for a statistic is the calendar year, settled by its first figure.
Texts are made up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from forecasts.extract import extract_from_text
from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario, write_drafts
from forecasts.extract.extractor import extract_forecasts
from forecasts.store import read_scenario


def draft_of(text: str, published: date = date(2026, 3, 4)) -> dict[str, object]:
    article = Article(body=text, source="<text>", published=published, outlet="Daily Ledger")
    (candidate,) = extract_forecasts(article)
    return draft_scenario(candidate, article, "drafted", None)


def test_a_level_reached_in_a_later_year_is_asked_for_that_year_not_the_starting_years() -> None:
    draft = draft_of(
        "Public debt in Ruritania rises from 90 percent of GDP this year to 112 percent in 2036, the office said."
    )
    assert draft["question"] == "Will public debt in Ruritania rise from 90 percent of GDP to 112 percent in 2036?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert "Settled by the first official figure for 2036, published by 2037-06-30" in criteria
    assert draft["deadline"] == date(2037, 6, 30)


def test_the_year_of_a_starting_figure_and_of_a_later_figure_are_not_the_claims() -> None:
    draft = draft_of(
        "In 2027, growth in Ruritania is expected to slow to 3% from 3.4% in 2026 before edging up to 3.2% in 2028 as "
        "trade tensions ease."
    )
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert criteria.startswith("Yes if, for 2027, growth in Ruritania slows to 3%")
    assert "Settled by the first official figure for 2027, published by 2028-06-30" in criteria
    assert draft["deadline"] == date(2028, 6, 30)


def test_this_year_for_a_statistic_is_the_calendar_year_settled_by_its_first_figure() -> None:
    draft = draft_of("The bank predicts growth in Ruritania will be 2.5 percent this year.")
    assert draft["question"] == "Will growth in Ruritania be 2.5 percent in 2026?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert "Settled by the first official figure for 2026, published by 2027-06-30" in criteria
    assert draft["deadline"] == date(2027, 6, 30)


def test_the_year_of_a_figure_in_a_later_clause_is_not_the_claims() -> None:
    # The starting year (2026) is past at publication; the extractor's window is the later figure's.
    draft = draft_of(
        "In 2027, growth in Ruritania is expected to slow to 3% from 3.4% in 2026 before edging up to 3.2% in 2028 as "
        "trade tensions ease.",
        published=date(2027, 1, 10),
    )
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert criteria.startswith("Yes if, for 2027, growth in Ruritania slows to 3%")
    assert draft["deadline"] == date(2028, 6, 30)


def test_each_figure_of_a_list_keeps_its_own_year() -> None:
    draft = draft_of("Inflation in Ruritania is expected to ease to 3.2% in 2027 and to 2.9% in 2028, the bank said.")
    assert draft["question"] == "Will inflation in Ruritania ease to 3.2% in 2027?"
    assert draft["deadline"] == date(2028, 6, 30)


def test_two_figures_for_the_same_year_are_two_drafts_not_one(tmp_path: Path) -> None:
    body = (
        "The bank published its outlook on Monday.\n\n"
        "In 2027, growth in East Asia is expected to slow to 3% from 3.2% in 2026 before edging up to "
        "3.1% in 2028 as trade tensions ease.\n\n"
        "Regional Outlooks:\n\n"
        "South Pacific and Oceania: Growth is expected to slow to 3.3% in 2027 and to 3.5% in 2028."
    )
    published = date(2027, 1, 10)
    article = Article(body=body, source="outlook.txt", outlet="Daily Ledger", published=published)
    root = tmp_path / "scenarios"
    report = write_drafts(
        extract_from_text(body, published=published, outlet="Daily Ledger"), article, root / "case", root
    )
    questions = sorted(read_scenario(path).scenario.question for path in report.written)
    assert questions == [
        "Will growth in East Asia slow to 3% from 3.2% in 2027?",
        "Will growth in South Pacific and Oceania slow to 3.3% in 2027?",
    ]


def test_a_figure_set_against_last_years_is_this_years_settled_by_its_first_figure() -> None:
    draft = draft_of(
        "The slowdown continued this year, the bank says. It predicts that growth in Ruritania will come in at 2.5 "
        "percent, down from 3.1 percent last year."
    )
    assert draft["question"] == "Will growth in Ruritania come in at 2.5 percent in 2026?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert "Settled by the first official figure for 2026, published by 2027-06-30" in criteria
    assert draft["deadline"] == date(2027, 6, 30)


def test_a_statistic_drafted_as_a_condition_is_written_with_the_claim(tmp_path: Path) -> None:
    # A drafted condition has no claim of its own to read a comparison with last year from.
    body = "If inflation in Ruritania rises to 6% this year, the Ruritanian central bank will raise interest rates in June."
    published = date(2027, 1, 10)
    article = Article(body=body, source="outlook.txt", outlet="Daily Ledger", published=published)
    root = tmp_path / "scenarios"
    report = write_drafts(
        extract_from_text(body, published=published, outlet="Daily Ledger"), article, root / "case", root
    )
    assert sorted(read_scenario(path).scenario.question for path in report.written) == [
        "Will inflation in Ruritania rise to 6% between 2027-01-10 and 2027-12-31?",
        "Will the Ruritanian central bank raise interest rates between 2027-06-01 and 2027-06-30?",
    ]


def test_a_time_in_the_sentence_stands_over_a_comparison_with_last_year() -> None:
    draft = draft_of(
        "Exports of Ruritania will reach $5 billion by 2030, up from $3 billion last year, the minister said."
    )
    assert draft["deadline"] == date(2030, 12, 31)


def test_a_claim_timed_by_its_own_meeting_takes_no_year_the_paragraph_gives_another_thing() -> None:
    body = (
        "Officials projected that the policy rate would return to its longer-run level in 2029. Traders expected "
        "the deposit rate to be raised by 25 basis points at the current meeting, in line with the expected "
        "increase in the policy rate."
    )
    article = Article(body=body, source="<text>", published=date(2026, 3, 4), outlet="Daily Ledger")
    (candidate,) = [c for c in extract_forecasts(article) if c.quote.startswith("Traders")]
    draft = draft_scenario(candidate, article, "drafted", None)
    assert draft["question"] == (
        "Will the deposit rate be raised by 25 basis points at the current meeting between 2026-03-04 and 2026-08-31?"
    )
