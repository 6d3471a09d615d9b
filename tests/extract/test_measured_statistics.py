"""A statistic put at a percentage or a level is judged on its publisher's figure, whatever its verb."""

from __future__ import annotations

from datetime import date

from forecasts.extract.draft_windows import DraftWindow, MeasuredPeriod, is_statistic, measured_period, period_wording
from forecasts.extract.propositions import Proposition, criteria_text, event_kind_of

OPENS, DEADLINE = date(2026, 1, 13), date(2027, 6, 30)


def test_a_statistic_at_a_percentage_takes_the_statistics_template_whatever_its_verb() -> None:
    assert event_kind_of("edge", "growth in Chile", "edge down to 1.9% in 2026") == "price_level"
    assert event_kind_of("slow", "inflation in Peru", "slow to 2.5 percent next year") == "price_level"
    assert event_kind_of("edge", "the committee", "edge towards a deal") == "other"  # no statistic, no figure


def test_a_regional_aggregate_is_judged_on_the_forecasters_first_estimate_after_the_period() -> None:
    region = Proposition("growth in South Asia", "pick", "pick up to 5.8% in 2026", False, "price_level", None)
    assert event_kind_of(region.verb, region.subject, region.phrase) == "price_level"
    text = criteria_text(region, OPENS, DEADLINE)
    assert "the first estimate for that period that the institution that made the forecast publishes after" in text
    assert "the next estimate" not in text  # the next edition of a January report is June's forecast
    assert "at least two major outlets" not in text
    assert is_statistic(region)  # a measured year: the deadline waits for the year's figure


def test_a_regional_figure_for_a_year_waits_for_the_forecasters_first_estimate_after_the_year() -> None:
    """A January report's next edition (June) forecasts the year again; the year's outcome is the
    forecaster's first estimate after it ends (the next January's or April's report), and the deadline
    waits for it."""
    region = Proposition("growth in the Pacific islands", "ease", "ease to 2.7% in 2028", False, "price_level", None)
    opens, deadline = date(2028, 1, 11), date(2028, 7, 9)
    found = DraftWindow("in 2028", date(2028, 1, 1), date(2028, 12, 31), "claim")
    period = measured_period(found, is_statistic(region))
    assert period == MeasuredPeriod("2028", "year", date(2029, 6, 30))
    question, criteria = period_wording(
        "Will growth in the Pacific islands ease to 2.7% between 2028-01-11 and 2029-06-30?",
        criteria_text(region, opens, deadline).replace("2028-07-09", "2029-06-30"),
        period,
        opens,
        period.deadline,
    )
    assert question == "Will growth in the Pacific islands ease to 2.7% in 2028?"
    assert criteria == (
        "Yes if, for 2028, growth in the Pacific islands eases to 2.7% in 2028, as shown by the first estimate for "
        "that period that the institution that made the forecast publishes after the period ends (for a calendar "
        "year, the first edition of its report after the year ends, such as the World Bank's Global Economic "
        "Prospects of the following January or the IMF's World Economic Outlook of the following April); the "
        "level: 2.7% or less. Forecasts published before the period ends, the next edition of the same report "
        "among them, and estimates by other institutions do not count; a later revision counts only if published "
        "before the deadline. Settled by the forecaster's first estimate for 2028, published by 2029-06-30 (a "
        "year's first figure is assumed out within six months of its end)."
    )


def test_a_national_figure_for_a_year_is_still_settled_by_the_first_official_figure() -> None:
    national = Proposition("inflation in Ruritania", "ease", "ease to 2.7% in 2028", False, "price_level", None)
    found = DraftWindow("in 2028", date(2028, 1, 1), date(2028, 12, 31), "claim")
    period = measured_period(found, is_statistic(national))
    assert period is not None
    _, criteria = period_wording(
        "", criteria_text(national, date(2028, 1, 11), period.deadline), period, date(2028, 1, 11), period.deadline
    )
    assert "Settled by the first official figure for 2028, published by 2029-06-30" in criteria
    assert "the institution that made the forecast" not in criteria
