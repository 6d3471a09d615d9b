"""Criteria name the source that settles the kind of claim, not "at least two major outlets": a
plant's or project's capacity and the jobs it creates by the operator's announcements or its
filings with a regulator, living standards by real household disposable income per head, and a
cost "passed through" is no vote. Sentences are made up."""

from __future__ import annotations

from datetime import date

import pytest
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
    # Two figures, each with its place: the claim is both, and the wider one counts suppliers' jobs.
    p = _proposition("The Ostland copper project will create 4,200 jobs in the north and over 30,000 jobs in Ostland.")
    assert "; the level: 4,200 jobs or more in the north and more than 30,000 jobs in Ostland." in criteria_text(
        p, P, D
    )
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


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # A decision no body votes on: no recorded vote to ask for.
        ("The Berkman Center will adopt the wiki pages for the project next week.", "other"),
        ("The leaders will adopt a plan of action on democratic governance at the summit in June.", "other"),
        # A body that votes, or a text that is voted on.
        ("The Senate will adopt the resolution next week.", "vote"),
        ("Ostland will approve the budget in March.", "vote"),
    ],
)
def test_adopting_is_a_vote_only_by_a_body_that_votes_or_of_a_text_voted_on(sentence: str, kind: str) -> None:
    p = _proposition(sentence)
    assert p.event_kind == kind
    assert ("formal vote" in criteria_text(p, P, D)) == (kind == "vote")


def test_a_bills_stage_is_settled_by_the_legislatures_record_of_its_bills() -> None:
    p = _proposition("A new bill will be introduced to ban single-use plastics.")
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, a new bill is introduced to ban single-use plastics, as shown by "
        "the legislature's own record of its bills and their stages (in the UK the Parliament's Bills and "
        "Legislation pages, in the US Congress.gov). A bill counts once formally introduced (its first reading); "
        "announcements, consultations and draft bills published for comment do not count."
    )
    # Proposals may be a consultation paper, and what the government does outside the legislature is
    # no bill's stage either.
    p = _proposition("Proposals will be brought forward for a new charter of rights.")
    assert "legislature" not in criteria_text(p, P, D)
    p = _proposition("The government will introduce new indicators for measuring poverty.")
    assert "at least two major outlets or an official source" in criteria_text(p, P, D)


def test_a_case_brought_or_decided_is_settled_by_the_courts_record() -> None:
    expected_source = (
        "as shown by the court's own record (its register of cases, docket, judgment or order). Statements that a "
        "case will be brought, and rulings of other courts, do not count."
    )
    p = _proposition("The opposition candidate, Mr. Varga, will challenge the result in the Supreme Court.")
    assert criteria_text(p, P, D).endswith(f"challenges the result in the Supreme Court, {expected_source}")
    p = _proposition("The Constitutional Court will rule on the appeal.")
    assert criteria_text(p, P, D) == (
        f"Yes if, between 2031-01-01 and 2031-06-01, the Constitutional Court rules on the appeal, {expected_source}"
    )


def test_a_central_banks_decision_is_settled_by_its_own_statements_and_its_rate_vote_by_the_rate() -> None:
    p = _proposition("The Bank of Canada will resume its purchases of government bonds.")
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, the Bank of Canada resumes its purchases of government bonds, "
        "as shown by the central bank's own policy statements, minutes, implementation notes or published "
        "operations (for the Federal Reserve, the FOMC's statements and the New York Fed's operation schedules). "
        "Market expectations, speeches about what may be done and reports that it is being considered do not count."
    )
    p = _proposition("The Monetary Policy Committee will vote to cut Bank Rate to 3%.")
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, the Monetary Policy Committee votes to cut Bank Rate to 3%, as "
        "shown by the policy rate the central bank announces after its rate-setting meetings; the level: 3% or less. "
        "Market expectations, futures prices and forecasts of the rate do not count."
    )
    # A commercial bank named for a country is no central bank.
    p = _proposition("Bank of America will open new branches in Ohio.")
    assert "central bank" not in criteria_text(p, P, D)


def test_seats_got_are_settled_by_the_certified_result() -> None:
    p = _proposition("The Ostland People's Party will get most of the seats in the National Assembly.")
    assert p.event_kind == "election"
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, the Ostland People's Party gets most of the seats in the National "
        "Assembly according to the certified result published by the electoral authority. Exit polls, projections "
        "and claims of victory do not count; a result still contested at the deadline resolves on its certification."
    )


def test_a_fund_running_out_is_settled_by_its_own_accounts() -> None:
    p = _proposition("The Ostland pension trust fund will become exhausted.")
    assert criteria_text(p, P, D) == (
        "Yes if, between 2031-01-01 and 2031-06-01, the Ostland pension trust fund becomes exhausted, as shown by the "
        "fund's own accounts: the annual report of its trustees or managers, or the monthly statements of the "
        "treasury that holds it (for the US Social Security and Medicare trust funds, the Trustees' Reports and the "
        "Treasury's monthly trust-fund statements). Projections of when it will happen do not count."
    )
