"""A statistic put at a percentage or a level is judged on its publisher's figure, whatever its verb."""

from __future__ import annotations

from datetime import date

from forecasts.extract.draft_windows import is_statistic
from forecasts.extract.propositions import Proposition, criteria_text, event_kind_of

OPENS, DEADLINE = date(2026, 1, 13), date(2027, 6, 30)


def test_a_statistic_at_a_percentage_takes_the_statistics_template_whatever_its_verb() -> None:
    assert event_kind_of("edge", "growth in Chile", "edge down to 1.9% in 2026") == "price_level"
    assert event_kind_of("slow", "inflation in Peru", "slow to 2.5 percent next year") == "price_level"
    assert event_kind_of("edge", "the committee", "edge towards a deal") == "other"  # no statistic, no figure


def test_a_regional_aggregate_is_judged_on_the_forecasters_next_release() -> None:
    region = Proposition("growth in South Asia", "pick", "pick up to 5.8% in 2026", False, "price_level", None)
    assert event_kind_of(region.verb, region.subject, region.phrase) == "price_level"
    text = criteria_text(region, OPENS, DEADLINE)
    assert "the next estimate for that period published by the institution that made the forecast" in text
    assert "at least two major outlets" not in text
    assert is_statistic(region)  # a measured year: the deadline waits for the year's figure
