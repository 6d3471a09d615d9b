"""A quoted side's charged label gives way to the article's own neutral wording.

Texts are made up, of the shape the hand-scored sample found: a draft asking whether MPs "vote
for expelling all US occupation forces" (a militia's words, quoted) where the article itself
says "US forces".
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.loaded_words import loaded_word, neutral_wording
from forecasts.extract.propositions import propose


def test_a_charged_label_becomes_the_articles_neutral_wording() -> None:
    body = (
        "Ruritanian forces have been based near the border since 2015. The militia said deputies will vote "
        "for \u201cexpelling all Ruritanian occupation forces\u201d next week."
    )
    phrase = "vote for expelling all Ruritanian occupation forces"
    assert neutral_wording(phrase, body) == "vote for expelling all Ruritanian forces"
    made = Article(body=body, source="story.txt", outlet="Test Wire", published=date(2020, 1, 4))
    quote = "deputies will vote for \u201cexpelling all Ruritanian occupation forces\u201d next week"
    proposition = propose(claim(body, quote, "Test Wire", "author (no byline)", "author"), made)
    assert "occupation" not in proposition.phrase
    assert "Ruritanian forces" in proposition.phrase


def test_a_charged_label_with_no_neutral_wording_in_the_article_stays_and_is_named() -> None:
    body = "The militia said deputies will vote for expelling the occupation troops next week."
    phrase = "vote for expelling the occupation troops"
    assert neutral_wording(phrase, body) == phrase
    assert loaded_word(phrase) == "occupation"
    assert loaded_word("vote for expelling the foreign troops") is None
