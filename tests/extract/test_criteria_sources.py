"""Criteria name the source that settles the kind of claim, not "at least two major outlets": a
plant's or project's capacity and the jobs it creates by the operator's announcements or its
filings with a regulator, living standards by real household disposable income per head, and a
cost "passed through" is no vote. Sentences are made up."""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import Proposition, criteria_text, propose

P = date(2031, 1, 1)
D = date(2031, 6, 1)


def _proposition(body: str) -> Proposition:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return propose(claim(body, body.rstrip("."), "Jane Roe", "an official"), article)


def test_a_plants_capacity_is_settled_by_the_operator_or_the_regulator_not_the_statistics_office() -> None:
    p = _proposition("The annual production capacity of the Ostland smelter will be 120 tonnes.")
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, the annual production capacity of the Ostland smelter is 120 "
        "tonnes, as shown by the operator's or the project's own announcement that the capacity is in place (on "
        "commissioning or in its results), or its filings with the regulator (a licence, a permit or a "
        "commissioning notice); the level: 120. Output actually produced, plans, design figures for capacity not "
        "yet built, and estimates by others do not count."
    )


def test_jobs_a_project_creates_are_settled_by_its_own_announcements() -> None:
    p = _proposition("The Ostland copper project will create 4,200 jobs in the northern region.")
    assert p.event_kind == "price_level"
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, the Ostland copper project creates 4,200 jobs in the northern "
        "region, as shown by the company's or the project's own announcements of the jobs it has created, or the "
        "figures it reports to the regulator or the government body that granted the project; the level: 4,200 jobs "
        "or more. "
        "Pledges, estimates of jobs to come and jobs said to be created elsewhere in the economy (indirect jobs) do "
        "not count."
    )
    # Two figures: the verb's own is the level, not the one "over" a wider area.
    p = _proposition("The Ostland copper project will create 4,200 jobs in the north and over 30,000 jobs in Ostland.")
    assert "; the level: 4,200 jobs or more." in criteria_text(p, P, D)
    # Employment in a country is still the statistics office's figure.
    p = _proposition("Employment in Ostland will rise to 31.2 million.")
    assert "as first published for that period by the national statistics office" in criteria_text(p, P, D)


def test_living_standards_are_read_from_real_household_disposable_income_per_head() -> None:
    p = _proposition("Living standards in Ostland will continue to grow over the forecast period.")
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, living standards in Ostland continue to grow over the forecast "
        "period, as shown by real household disposable income per head as the national statistics office "
        "publishes it (in the UK the ONS's quarterly national accounts). Forecasts, surveys of how people feel and "
        "estimates by others do not count; a later revision counts only if published before the deadline."
    )


def test_a_rate_passed_through_to_other_rates_is_no_vote() -> None:
    p = _proposition("The rise in the policy rate will pass through to market interest rates.")
    assert p.event_kind == "other"
    assert "formal vote" not in criteria_text(p, P, D)
    assert _proposition("The motion will be passed.").event_kind == "vote"
