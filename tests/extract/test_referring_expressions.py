"""Referring expressions are drafted as what they stand for, or not drafted at all.

Texts are made up, of the shapes the hand-scored sample (seed 19) found drafted as written:
"these adversaries" (the article named them), "this line" (the article described it more fully),
"the project" (a named project a sentence before).
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import Proposition, propose


def proposition_of(body: str, quote: str) -> Proposition:
    """The proposition drafted for ``quote``, an author's claim in ``body``."""
    made = Article(
        body=body, source="story.txt", outlet="Test Wire", url=None, title=None, published=date(2019, 10, 30)
    )
    return propose(claim(body, quote, "Test Wire", "author (no byline)", "author"), made)


def test_these_noun_is_the_list_of_names_the_article_gave_it() -> None:
    body = (
        "Officials warned that Norway, Chile and Peru remain the main rivals of the bloc. "
        "These rivals will expand their fleets next year."
    )
    assert proposition_of(body, "These rivals will expand their fleets next year").subject == "Norway, Chile and Peru"


def test_this_noun_is_its_fullest_earlier_mention() -> None:
    body = "The mayor opened the third tram line to Westfield in May. This line will carry 40,000 riders a day by 2021."
    made = proposition_of(body, "This line will carry 40,000 riders a day by 2021")
    assert made.subject == "the third tram line to Westfield"


def test_these_noun_with_nothing_to_stand_for_is_left_for_a_person() -> None:
    body = "Nobody said anything about the shop. These gadgets will sell out by June."
    made = proposition_of(body, "These gadgets will sell out by June")
    assert (made.subject, made.verb) == ("", "happen")


def test_the_noun_is_the_named_thing_the_article_described_more_fully() -> None:
    body = (
        "Orkla signed the Baltic salmon hatchery project in Tromso last week. "
        "The project will start production in 2021."
    )
    made = proposition_of(body, "The project will start production in 2021")
    assert made.subject == "the Baltic salmon hatchery project in Tromso"


def test_these_noun_is_the_list_the_article_introduced_with_such_as() -> None:
    body = (
        "Savers may turn to alternatives such as money market funds and the central bank deposit window. "
        "These alternatives could draw most of the new cash next year."
    )
    made = proposition_of(body, "These alternatives could draw most of the new cash next year")
    assert made.subject == "money market funds and the central bank deposit window"


def test_this_noun_in_the_phrase_is_its_fullest_earlier_mention() -> None:
    body = "The mayor opened the third tram line to Westfield in May. The city will extend this line by 2021."
    made = proposition_of(body, "The city will extend this line by 2021")
    assert "this line" not in made.phrase
    assert "the third tram line to Westfield" in made.phrase


def test_our_countries_in_a_joint_statement_are_the_parties_that_signed_it() -> None:
    title = "Joint statement by the foreign ministers of Egypt, Jordan and Greece"
    body = (
        "The foreign ministers of Egypt, Jordan and Greece met in Athens on Monday and issued a joint statement. "
        "Our countries will open a shared consulate in Dakar next year."
    )
    made = Article(body=body, source="s.txt", outlet="Test Wire", url=None, title=title, published=date(2019, 10, 30))
    quote = "Our countries will open a shared consulate in Dakar next year"
    subject = propose(claim(body, quote, "Test Wire", "author (no byline)", "author"), made).subject
    assert subject == "Egypt, Jordan and Greece"
