"""An event named as a noun is asked with its noun's verb (``nominal_events``)."""

from __future__ import annotations

from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.nominal_events import happening_verb
from forecasts.extract.propositions import propose, question_text


def test_each_kind_of_noun_has_its_verb() -> None:
    assert happening_verb("a deal with the U.S. on Nord Stream 2") == "be signed"
    assert happening_verb("the next summit") == "be held"
    assert happening_verb("new talks between Ostland and Varnia") == "be held"
    assert happening_verb("a state visit") == "take place"
    # The head noun, not a noun inside a phrase that names it further.
    assert happening_verb("the speaker of the talks") is None
    assert happening_verb("a recovery in prices") is None


def test_a_deal_expected_by_a_date_is_asked_as_signed_in_the_window() -> None:
    published = date(2021, 6, 24)
    body = "German Foreign Minister Heiko Maas said that he expects a deal with the U.S. on Nord Stream 2 by August."
    article = Article(body=body, source="<text>", published=published, outlet="Wire")
    candidate = next(c for c in analyse_article(article, None, 0.0).candidates if "deal" in c.quote)
    p = propose(candidate, article)
    assert question_text(p, published, date(2021, 8, 31)) == (
        "Will a deal with the U.S. on Nord Stream 2 be signed between 2021-06-24 and 2021-08-31?"
    )


def _question_of(body: str, word: str, published: date = date(2026, 10, 5)) -> str:
    article = Article(body=body, source="<text>", published=published, outlet="Wire")
    candidate = next(c for c in analyse_article(article, None, 0.0).candidates if word in c.quote)
    p = propose(candidate, article)
    assert candidate.window_start is not None and candidate.window_end is not None
    return question_text(p, candidate.window_start, candidate.window_end)


def test_an_election_a_country_prepares_for_is_asked_as_held_without_the_words_that_judge_it() -> None:
    body = "Now, Ostland is preparing for a highly polarised parliamentary election on October 27, observers say."
    assert _question_of(body, "preparing") == (
        "Will Ostland's parliamentary election be held between 2026-10-27 and 2026-10-27?"
    )


def test_an_event_that_is_to_be_held_on_a_day_is_found_and_asked_without_the_copula() -> None:
    body = "The first round went to Ivo Marek. The runoff between the two candidates is to be held Oct. 25."
    assert _question_of(body, "runoff") == (
        "Will the runoff between the two candidates be held between 2026-10-25 and 2026-10-25?"
    )


def test_an_arrangement_that_is_to_be_done_is_read_as_scheduled_and_a_purpose_is_not() -> None:
    body = "The new embassy in Ruse is to be opened next spring. The aim is to reduce the backlog of visas."
    article = Article(body=body, source="<text>", published=date(2026, 10, 5), outlet="Wire")
    scored = analyse_article(article, None, 0.0).scored
    assert [(claim.candidate.quote, claim.marker) for claim, _ in scored] == [
        ("The new embassy in Ruse is to be opened next spring.", "is to")
    ]
    assert "family=scheduled" in scored[0][0].features
