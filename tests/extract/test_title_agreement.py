"""Titles whose verbs agree with the subject: a verb coordinated after "and" agrees as the first
one does, and "those who ..." is plural. Every sentence is made up, of the shapes the hand-scored
samples found ungrammatical ("X meets ... and consult", "Those who come ... leaves")."""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import criteria_text, is_plural, propose, question_text, title_text

P = date(2031, 3, 1)


def _title(body: str) -> str:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return title_text(propose(claim(body, body.rstrip("."), "Jane Roe", "an official"), article))


def test_a_verb_coordinated_after_and_agrees_with_the_subject() -> None:
    assert _title("Minister Roe will meet with senior Chilean officials and consult on trade.") == (
        "Minister Roe meets with senior Chilean officials and consults on trade"
    )
    body = "Minister Roe will meet with senior Chilean officials and consult on trade."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    p = propose(claim(body, body.rstrip("."), "Jane Roe", "an official"), article)
    assert (
        "roe meets with senior chilean officials and consults on trade" in criteria_text(p, P, date(2031, 8, 1)).lower()
    )


def test_an_and_that_joins_nouns_or_follows_an_infinitive_leaves_the_word_alone() -> None:
    assert _title("The ministry will push for peace and trade with Chile.") == (
        "The ministry pushes for peace and trade with Chile"
    )
    assert _title("The ministry will hold talks between Peru and Chile.") == (
        "The ministry holds talks between Peru and Chile"
    )
    assert _title("The ministry will ask the unions to meet and consult the workers.") == (
        "The ministry asks the unions to meet and consult the workers"
    )


def test_those_who_is_plural() -> None:
    assert _title("Those who travel to Peru for the games will leave with souvenirs.") == (
        "Those who travel to Peru for the games leave with souvenirs"
    )
    assert _title("The man who runs the port will leave the board.") == "The man who runs the port leaves the board"


def test_a_people_named_by_a_demonym_takes_a_plural_verb() -> None:
    assert is_plural("Americans")
    assert is_plural("Iranians")
    assert not is_plural("the United States")


def test_a_negation_after_be_goes_before_it_in_the_question() -> None:
    body = "The former chair is not re-elected, officials said."
    p = propose(claim(body, "The former chair is not re-elected", "Jane Roe", "an official"), _article(body))
    assert question_text(p, P, date(2031, 8, 1)).startswith("Will the former chair not be re-elected between")


def _article(body: str) -> Article:
    return Article(body=body, source="wire.txt", outlet="Test Wire", published=P)


def test_a_second_verb_of_change_agrees_too() -> None:
    assert _title("Inflation will rebound and stay elevated.") == "Inflation rebounds and stays elevated"
    assert _title("Output will grow and then fall back.") == "Output grows and then falls back"
