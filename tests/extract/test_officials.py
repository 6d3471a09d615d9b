"""A bare title of office in a government's release is that government's office, and the question
says whose ("the US Secretary of State"); a news outlet's bare title, and a title with its owner or
holder, are left as they are."""

from __future__ import annotations

from datetime import date

import pytest

from forecasts.extract.article import Article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.officials import qualify_offices, without_parliamentary_address
from forecasts.extract.propositions import propose, question_text


def _article(outlet: str, url: str, body: str = "x") -> Article:
    return Article(body=body, source="release.txt", outlet=outlet, url=url, published=date(2022, 8, 1))


STATE = ("U.S. Department of State", "https://www.state.gov/x")
GOVUK = ("Prime Minister's Office, 10 Downing Street", "https://www.gov.uk/government/news/x")
KREMLIN = ("President of Russia", "http://en.kremlin.ru/events/president/news/1")
NEWS = ("Example Herald", "https://herald.example.com/x")


@pytest.mark.parametrize(
    ("where", "text", "qualified"),
    [
        (STATE, "The Secretary", "The US Secretary of State"),
        (STATE, "the Deputy Secretary", "the US Deputy Secretary of State"),
        (STATE, "leave it for the President", "leave it for the US President"),
        (GOVUK, "the Chancellor", "the UK Chancellor of the Exchequer"),
        (GOVUK, "the Prime Minister", "the UK Prime Minister"),
        (KREMLIN, "report back to the President", "report back to the President of Russia"),
        # A news outlet's bare title says nothing of whose office it is.
        (NEWS, "the Secretary", "the Secretary"),
        # Whose office it is, or who holds it, is said already.
        (STATE, "meet the Prime Minister of Japan", "meet the Prime Minister of Japan"),
        (STATE, "the Secretary Blinken", "the Secretary Blinken"),
        (STATE, "the secretary of the committee", "the secretary of the committee"),
    ],
)
def test_a_bare_office_in_a_release_is_the_publishers(where: tuple[str, str], text: str, qualified: str) -> None:
    assert qualify_offices(text, _article(*where)) == qualified


def test_the_question_names_the_office_of_a_secretary_the_release_never_names() -> None:
    body = (
        "The Secretary will travel to Phnom Penh, Cambodia, from August 2-6 to participate in the "
        "ASEAN-related ministerial meetings."
    )
    article = _article(*STATE, body=body)
    (candidate,) = analyse_article(article).candidates
    p = propose(candidate, article)
    assert question_text(p, date(2022, 8, 2), date(2022, 8, 6)) == (
        "Will the US Secretary of State travel to Phnom Penh, Cambodia between 2022-08-02 and 2022-08-06?"
    )


def test_a_secretary_the_release_names_is_named() -> None:
    body = (
        "Secretary of State Antony J. Blinken met staff on Monday. "
        "The Secretary will travel to Phnom Penh, Cambodia, from August 2-6."
    )
    article = _article(*STATE, body=body)
    (candidate,) = [c for c in analyse_article(article).candidates if "Phnom Penh" in c.quote]
    assert propose(candidate, article).subject == "Secretary Antony J. Blinken"


def test_parliaments_form_of_address_before_an_office_is_not_the_actor() -> None:
    assert without_parliamentary_address("My Rt Hon Friend the Secretary of State for Health") == (
        "the Secretary of State for Health"
    )
    assert without_parliamentary_address("my hon. Friend the Minister for Security") == "the Minister for Security"
    # With nothing after it, or none at all, the subject is kept as written.
    assert without_parliamentary_address("The hon. Member for Bath") == "The hon. Member for Bath"
    assert without_parliamentary_address("the Secretary") == "the Secretary"
    body = "My Rt Hon Friend the Secretary of State for Health will open the debate on the regulations shortly."
    article = Article(body=body, source="statement.txt", outlet="GOV.UK", published=date(2021, 1, 6))
    candidate = next(c for c in analyse_article(article, None, 0.0).candidates if "debate" in c.quote)
    assert propose(candidate, article).subject == "the Secretary of State for Health"
