"""A noun phrase set beside the subject ("the opposition candidate, Mr. Varga") is closed by a comma
before the verb, the verb agrees with the head, and a title too long for it keeps the name rather
than adding "and others" (an apposition is no list). Sentences are made up."""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import Proposition, criteria_text, propose, question_text, title_text

P = date(2031, 1, 1)
D = date(2031, 6, 1)


def _proposition(body: str) -> Proposition:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return propose(claim(body, body.rstrip("."), "Jane Roe", "an official"), article)


def test_an_apposition_is_closed_before_the_verb_which_agrees_with_the_head() -> None:
    p = _proposition("The opposition candidate, Mr. Varga will challenge the result in the Supreme Court.")
    assert question_text(p, P, D) == (
        "Will the opposition candidate, Mr. Varga, challenge the result in the Supreme Court "
        "between 2031-01-01 and 2031-06-01?"
    )
    assert criteria_text(p, P, D).startswith(
        "Yes if, between 2031-01-01 and 2031-06-01, the opposition candidate, Mr. Varga, challenges the result"
    )
    assert title_text(p) == "Mr. Varga challenges the result in the Supreme Court"
    p = _proposition("Peru, a key copper exporter, will hold a referendum on mining.")
    assert title_text(p) == "Peru, a key copper exporter, holds a referendum on mining"


def test_a_list_is_no_apposition() -> None:
    p = _proposition("Peru, Chile and Bolivia will sign the accord.")
    assert question_text(p, P, D) == "Will Peru, Chile and Bolivia sign the accord between 2031-01-01 and 2031-06-01?"
    assert title_text(p) == "Peru, Chile and Bolivia sign the accord"


def test_two_names_or_two_descriptions_are_left_as_they_are() -> None:
    # Two names are a list cut short; two descriptions may be a fronted phrase and the subject.
    p = _proposition("Ostland, Varnia will join the customs union.")
    assert question_text(p, P, D).startswith("Will Ostland, Varnia join")
    p = _proposition("In 2040, the first year of insolvency of the fund, the program will pay 77% of benefits.")
    assert ", the program, " not in question_text(p, P, D)


def test_an_aside_after_a_comma_is_no_list_the_title_shortens() -> None:
    # ", with or without the President's leadership" is no list: no "Iraq and others".
    p = _proposition("U.S. troops will start redeployment from Iraq, with or without the President's leadership.")
    assert title_text(p) == "U.S. troops start redeployment"
