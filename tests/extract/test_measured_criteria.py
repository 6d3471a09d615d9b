"""Criteria follow what is measured (issue 16, hand-scored sample item 4): a growth statistic is
never a scheduled step, a company's output is judged on its reported output, aid on the official
ODA statistic, a workforce figure on the assessment it comes from, a country's first nuclear power
on the first grid connection, a tax threshold on the amount in force (legislated is not enough)."""

from __future__ import annotations

from datetime import date

import pytest
from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import criteria_text, propose
from forecasts.extract.quantities import (
    AID_SPENDING,
    COMPANY_OUTPUT,
    FIRST_NUCLEAR_POWER,
    SET_RATE,
    STATISTIC,
    WORKFORCE,
    quantity_of,
)

OPENS, DEADLINE = date(2020, 1, 5), date(2020, 12, 31)


def _criteria(quote: str) -> str:
    article = Article(body=quote, source="story.txt", outlet="Example Institute", published=OPENS)
    return criteria_text(
        propose(claim(quote, quote, "Test Wire", None, speaker_type="author"), article), OPENS, DEADLINE
    )


def test_a_growth_rate_holding_steady_is_a_statistic_not_a_scheduled_step() -> None:
    text = _criteria("Growth in the Andean region will hold steady at 2.1%.")
    assert "the step actually taking place" not in text
    assert "first published for that period by the national statistics office" in text
    assert "the level: 2.1%" in text


@pytest.mark.parametrize(
    ("subject", "phrase", "quantity"),
    [
        ("Acme Gas", "produce 30 million tonnes of LNG", COMPANY_OUTPUT),
        ("Acme Gas's output", "reach 30 million tonnes", COMPANY_OUTPUT),
        ("Ruritania's aid spending", "be 0.7% of gross national income", AID_SPENDING),
        ("the commitment on international development spending", "be honoured", AID_SPENDING),
        ("the demand for skilled welders", "rise", WORKFORCE),
        ("Ruritania", "join the countries that use nuclear power", FIRST_NUCLEAR_POWER),
        ("the personal allowance", "be £12,500", SET_RATE),
        ("unemployment", "fall to 4%", STATISTIC),
    ],
)
def test_the_source_follows_what_is_measured(subject: str, phrase: str, quantity: object) -> None:
    assert quantity_of(subject, phrase) is quantity


@pytest.mark.parametrize(
    ("quote", "source", "not_counted"),
    [
        (
            "Acme Gas will produce 30 million tonnes of LNG.",
            "the company's own reported output (its annual report or results statement)",
            "Targets, capacity and plans do not count.",
        ),
        (
            "The commitment on international development spending will be honoured.",
            "official development assistance statistics",
            "Pledges and budget allocations do not count.",
        ),
        (
            "Ruritania will join the countries that use atomic energy.",
            "first connection of a nuclear power reactor in the country to the grid",
            "Construction milestones, fuel loading, official claims of readiness and research reactors do not count.",
        ),
        (
            "The personal allowance will be £12,500.",
            "the rate or amount in force",
            "A rate legislated or announced but not yet in force does not count; nor do proposals.",
        ),
    ],
)
def test_the_criteria_name_the_measured_source_and_what_does_not_count(
    quote: str, source: str, not_counted: str
) -> None:
    text = _criteria(quote)
    assert source in text and not_counted in text
    assert "as reported by at least two major outlets" not in text
