"""A subject whose first word the extractor's event cut at its start ("Me NGOs" for the quote's
"Some NGOs") is taken whole from the quote. Sentences are made up."""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import propose

P = date(2031, 3, 1)


def test_a_first_word_whose_start_the_event_cut_off_is_taken_whole_from_the_quote() -> None:
    # The extractor's event takes an opening "so" or "and" off inside a word ("Some" -> "me").
    for quote, event, subject in (
        ("Some NGOs may attempt to block the vote", "Me NGOs will attempt to block the vote.", "some NGOs"),
        ("Andean states will sign the accord", "ean states will sign the accord.", "Andean states"),
    ):
        body = f"Officials spoke on Monday. {quote}."
        article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
        drafted = claim(body, quote, "Jane Roe", "an official", event=event)
        assert propose(drafted, article).subject == subject
