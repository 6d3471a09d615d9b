"""Words of manner and degree a stranger cannot check, and the time a "late" or "early" belongs to
(issue 16, seed 29): "arrive in the capital late on Tuesday" is a time (the window), not a
manner; "win easily" is an election won, settled by the certified result.

Texts are made up, of the shapes the hand-scored sample found.
"""

from __future__ import annotations

from datetime import date

import pytest
from hand_made_claims import claim
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.manner_words import without_manner
from forecasts.extract.propositions import criteria_text, propose, question_text

OPENS, DEADLINE = date(2024, 3, 4), date(2024, 3, 8)


def _question(body: str, quote: str, window: tuple[str, date | None, date | None] | None = None) -> str:
    article = Article(body=body, source="briefing.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(body, quote, "Test Wire", None, speaker_type="author", window=window), article)
    return question_text(p, OPENS, DEADLINE)


@pytest.mark.parametrize(
    ("quote", "window", "question"),
    [
        (
            "The foreign minister will arrive in Lusaka late on Tuesday.",
            ("on Tuesday", date(2024, 3, 5), date(2024, 3, 7)),
            "Will the foreign minister arrive in Lusaka between 2024-03-04 and 2024-03-08?",
        ),
        (
            "The foreign minister will arrive in Lusaka early on Tuesday.",
            None,
            "Will the foreign minister arrive in Lusaka between 2024-03-04 and 2024-03-08?",
        ),
        (
            "The mine's output will resume growth late in 2025.",
            None,
            "Will the mine's output resume growth between 2024-03-04 and 2024-03-08?",
        ),
    ],
)
def test_late_or_early_before_a_time_goes_with_the_time_into_the_window(
    quote: str, window: tuple[str, date | None, date | None] | None, question: str
) -> None:
    assert _question(quote, quote, window) == question


def test_late_with_no_time_after_it_is_a_manner_and_stays() -> None:
    quote = "The foreign minister will arrive in Lusaka late."
    assert (
        _question(quote, quote) == "Will the foreign minister arrive in Lusaka late between 2024-03-04 and 2024-03-08?"
    )


def test_a_party_winning_with_no_object_wins_the_election_the_article_names_on_its_certified_result() -> None:
    body = "Ruritanians will vote in the general election next month. The Unity Party will win easily, an analyst said."
    quote = "The Unity Party will win easily"
    article = Article(body=body, source="briefing.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(body, quote, "an analyst", None), article)
    assert question_text(p, OPENS, DEADLINE) == (
        "Will the Unity Party win the general election between 2024-03-04 and 2024-03-08?"
    )
    assert criteria_text(p, OPENS, DEADLINE) == (
        "Yes if, between 2024-03-04 and 2024-03-08, the Unity Party wins the general election according to the "
        "certified result published by the electoral authority. Exit polls, projections and claims of victory do not "
        "count; a result still contested at the deadline resolves on its certification."
    )


def test_a_country_winning_is_a_war_not_an_election_even_where_an_election_is_named() -> None:
    body = "Ostland holds a general election next month. Ukraine will win, the minister said."
    quote = "Ukraine will win"
    article = Article(body=body, source="briefing.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(body, quote, "the minister", None), article)
    assert p.event_kind != "election"


@pytest.mark.parametrize(
    ("quote", "question"),
    [
        (
            "The ministers will touch briefly on the fisheries dispute.",
            "Will the ministers touch on the fisheries dispute between 2024-03-04 and 2024-03-08?",
        ),
        (
            "The ministers will discuss the fisheries dispute only briefly.",
            "Will the ministers discuss the fisheries dispute between 2024-03-04 and 2024-03-08?",
        ),
        (
            "The mine's output will rise sharply to 40,000 tonnes.",
            "Will the mine's output rise to 40,000 tonnes between 2024-03-04 and 2024-03-08?",
        ),
        (
            "The mine's wages will grow more slowly than prices.",
            "Will the mine's wages grow more slowly than prices between 2024-03-04 and 2024-03-08?",
        ),
    ],
)
def test_an_adverb_of_manner_or_degree_with_nothing_to_check_it_by_is_dropped(quote: str, question: str) -> None:
    assert _question(quote, quote) == question


_WORDS = st.sampled_from(
    "win rise fall touch briefly easily sharply only very on the deal to 3% more slowly than prices".split()
)


@given(st.lists(_WORDS, min_size=1, max_size=8))
def test_dropping_manner_words_keeps_the_other_words_in_order(words: list[str]) -> None:
    phrase = " ".join(words)
    dropped = without_manner(phrase)
    kept = iter(phrase.split())
    assert all(word in kept for word in dropped.split())  # a subsequence: nothing added or moved
    assert dropped.split()[0] == words[0]  # the verb stays


def test_a_judgement_of_the_election_does_not_name_which_election_is_won() -> None:
    body = (
        "Critics say the campaign has lacked a competitive election. The Unity Party will win easily, an analyst said."
    )
    quote = "The Unity Party will win easily"
    article = Article(body=body, source="briefing.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(body, quote, "an analyst", None), article)
    assert (
        question_text(p, OPENS, DEADLINE) == "Will the Unity Party win the election between 2024-03-04 and 2024-03-08?"
    )


def test_a_people_using_military_force_is_its_state_attacking_and_how_generally_is_dropped() -> None:
    body = "Analysts doubt that the Chinese are going to be using military force to protect their ports in a general sense."
    quote = "the Chinese are going to be using military force to protect their ports in a general sense"
    article = Article(body=body, source="briefing.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(body, quote, "Test Wire", None, speaker_type="author"), article)
    assert p.event_kind == "attack"
    assert question_text(p, OPENS, DEADLINE) == (
        "Will China use military force to protect its ports between 2024-03-04 and 2024-03-08?"
    )


@pytest.mark.parametrize(
    ("phrase", "left"),
    [
        ("decline gradually and predictably", "decline"),
        ("fall sharply but briefly", "fall"),
        ("grow strongly and steadily to 3%", "grow to 3%"),
        ("rise and fall", "rise and fall"),
    ],
)
def test_an_adverb_coordinated_with_a_manner_adverb_goes_with_it(phrase: str, left: str) -> None:
    assert without_manner(phrase) == left
