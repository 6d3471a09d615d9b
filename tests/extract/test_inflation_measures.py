"""Which index a bare "inflation in <place>" is read by."""

from __future__ import annotations

import pytest

from forecasts.extract.inflation_measures import inflation_measure
from forecasts.extract.quantities import price_criteria


def test_bare_us_inflation_is_read_by_the_pce_index_of_the_feds_goal() -> None:
    assert inflation_measure("inflation in the US") == (
        "Inflation is read as the twelve-month change in the price index for personal consumption expenditures "
        "(PCE), published by the Bureau of Economic Analysis: the measure of the Federal Reserve's 2 percent goal."
    )
    assert inflation_measure("core inflation in the United States") == (
        "Core inflation (excluding food and energy) is read as the twelve-month change in the price index for "
        "personal consumption expenditures (PCE), published by the Bureau of Economic Analysis: the measure of the "
        "Federal Reserve's 2 percent goal."
    )


def test_a_place_without_a_known_index_gets_its_national_consumer_price_index() -> None:
    assert inflation_measure("inflation in Kazakhstan") == (
        "Inflation is read as the twelve-month change in the consumer price index of Kazakhstan, published by its "
        "national statistics office."
    )


@pytest.mark.parametrize(
    "subject",
    [
        "core PCE inflation in the US",
        "CPI inflation in the United Kingdom",
        "housing services inflation in the US",
        "2021 inflation in the US",
        "inflation expectations in the US",
        "inflation",  # no place: no index to name
        "the price of oil",
    ],
)
def test_a_claim_that_names_its_measure_or_no_place_is_left_as_it_is(subject: str) -> None:
    assert inflation_measure(subject) is None


def test_the_measure_is_part_of_a_statistics_criteria() -> None:
    text = price_criteria("inflation in the euro area", "falls", "fall", "2022-08-26", "2023-02-22")
    assert "twelve-month change in the Harmonised Index of Consumer Prices (HICP), published by Eurostat." in text


def test_the_full_stop_of_an_initialism_and_the_capitals_of_a_core_measure_are_kept() -> None:
    assert inflation_measure("inflation in the U.S.") == inflation_measure("inflation in the US")
    assert inflation_measure("core inflation in Russia") == (
        "Core inflation (as Rosstat's core CPI) is read as the twelve-month change in the consumer price index, "
        "published by Rosstat."
    )
