"""A speaker's own undated pledge ("we will put in place reforms") is listed, not drafted."""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_verdicts import drafted_and_held

from forecasts.extract.pledges import speaker_will

OUTLET = "GOV.UK (Prime Minister's Office)"


def test_an_undated_pledge_is_listed_and_a_dated_one_drafted(tmp_path: Path) -> None:
    body = (
        "The Prime Minister set out the government's plans on Monday.\n\n"
        "We will put in place reforms to keep the UK world-leading in audit and corporate governance.\n\n"
        "We will publish the Defence Review by the end of March."
    )
    written, held = drafted_and_held(body, tmp_path, outlet=OUTLET)
    assert written == ["united-kingdom-publish-defence-review.yaml"]
    # The first sentence sets the scene; whether the scorer lists it moves as it is retrained.
    held.pop("The Prime Minister set out the", None)
    assert held == {
        "We will put in place reforms t": "an undated pledge: 'We will' says what the speaker will do, and the "
        "article gives no time; give it a deadline (--draft-all drafts it with the default half year)",
    }


def test_a_warning_of_force_without_a_time_is_still_drafted(tmp_path: Path) -> None:
    body = "The foreign minister spoke after the strike on Monday.\n\nWe will strike the missile sites of Ruritania."
    written, held = drafted_and_held(body, tmp_path, outlet=OUTLET)
    assert written == ["united-kingdom-strike-missile-sites-ruritania.yaml"]
    assert held == {}


@pytest.mark.parametrize(
    ("quote", "words"),
    [
        ("We will put in place reforms.", "We will"),
        ("we'll take part in the talks", "we'll"),
        ("we are going to take advantage of all the freedoms", "we are going to"),
        ("We also will increase budget spending", "We also will"),
        ("I will issue appropriate instructions to the Government", "I will"),
        ("Yes, we aim to reach $100 billion trade volume", "we aim to"),
        # The subject of "will" is not the speaker.
        ("We believe that our people acquiring their freedom will deny the extremists leverage", None),
        ("Ministers will publish the plan, as we said.", None),
    ],
)
def test_the_speakers_own_will(quote: str, words: str | None) -> None:
    assert speaker_will(quote) == words
