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
