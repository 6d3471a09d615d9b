"""The meeting's own programme ("Today, we will sign ...") and one voter's secret ballot are no forecasts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gate_verdicts import drafted_and_held
from hand_made_claims import claim

from forecasts.extract.meeting_programme import find_meeting_programme
from forecasts.extract.secret_ballot import find_secret_ballot


def _first_clause(quote: str) -> str:
    """The quote up to its first comma, at most 24 characters: the key the held-back claims go by."""
    return quote.split(",")[0][:24]


def test_the_meetings_programme_is_not_drafted_but_a_forecast_beside_it_is(tmp_path: Path) -> None:
    body = (
        "President of Russia Vladimir Putin met President of Belarus Alexander Lukashenko in Moscow.\n\n"
        "Vladimir Putin: Today, we will sign a large package of bilateral documents.\n\n"
        "Vladimir Putin: Next year, Russia will build a new gas pipeline to Belarus."
    )
    written, held = drafted_and_held(body, tmp_path, key=_first_clause)
    assert written == ["russia-build-new-gas-pipeline.yaml"]
    assert held == {
        "Today": "not a forecast: 'Today' with 'we will' is the programme of the meeting the article records"
    }


@pytest.mark.parametrize(
    ("text", "phrase", "held"),
    [
        ("Today, we will sign a large package of bilateral documents.", "Today", True),
        ("concrete outcomes that we'll discuss later today", "later today", True),
        ("The central bank will announce its decision today.", "today", False),  # a third party's act
        ("We will sign the treaty next week.", "next week", False),  # not today
        ("Our economic development ministries will sign a memorandum of understanding today", "today", True),
    ],
)
def test_only_our_own_act_today_is_the_programme(text: str, phrase: str, held: bool) -> None:
    found = find_meeting_programme(
        claim(text, text, "Speaker", None, window=(phrase, date(2024, 1, 8), date(2024, 1, 8)))
    )
    assert (found is not None) == held


@pytest.mark.parametrize(
    ("quote", "held"),
    [
        ("I will vote for Samdech since he is the leader who developed the country", True),
        ("We'll vote for the ruling party again", True),
        ("I will vote for the bill on Tuesday", False),  # a legislator's vote is on the record
        ("The Senate will vote for the measure", False),
    ],
)
def test_one_voters_ballot_is_secret(quote: str, held: bool) -> None:
    found = find_secret_ballot(claim(quote, quote, "A voter", None))
    assert (found is not None) == held


def test_the_reason_quotes_the_sides_words() -> None:
    text = "Our economic development ministries will sign a memorandum of understanding today"
    found = find_meeting_programme(
        claim(text, text, "Speaker", None, window=("today", date(2024, 1, 8), date(2024, 1, 8)))
    )
    assert found == (
        "not a forecast: 'today' with 'Our economic development ministries will' is the programme of the meeting "
        "the article records"
    )
