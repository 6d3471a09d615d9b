"""A production figure "by <year>" is a yearly rate: that year's output, settled once its figure is out."""

from __future__ import annotations

from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts


def draft_of(text: str) -> dict[str, object]:
    article = Article(body=text, source="<text>", published=date(2020, 1, 4), outlet="Inside Arabia")
    (candidate,) = extract_forecasts(article)
    return draft_scenario(candidate, article, "drafted", None)


def test_output_by_a_year_is_that_years_output_not_a_running_total() -> None:
    draft = draft_of("Acme Gas is expected to produce 30 million tonnes of ammonia by 2028, the company said.")
    assert draft["question"] == "Will Acme Gas produce 30 million tonnes of ammonia in 2028?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert criteria.startswith("Yes if, for 2028, Acme Gas produces 30 million tonnes of ammonia")
    assert "the output of 2028 alone (a yearly rate), not a total over several years" in criteria
    assert draft["deadline"] > date(2028, 12, 31)  # type: ignore[operator]


def test_gas_extracted_or_power_generated_in_a_year_is_that_years_output() -> None:
    draft = draft_of("Acme Gas is expected to extract 470 billion cubic metres of gas in 2021, the company said.")
    assert draft["question"] == "Will Acme Gas extract 470 billion cubic metres of gas in 2021?"
    criteria = draft["resolution"]["criteria"]  # type: ignore[index]
    assert criteria.startswith("Yes if, for 2021, Acme Gas extracts 470 billion cubic metres of gas")
    assert "the output of 2021 alone (a yearly rate)" in criteria
