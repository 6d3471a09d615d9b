"""Unrest a condition is said to bring about is asked as the unrest breaking out (``unrest``)."""

from __future__ import annotations

from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import Proposition, propose, question_text
from forecasts.extract.rule_proposal import REVIEW_NO_PLACE, propose_article_rule, propose_rule
from forecasts.extract.unrest import unrest_as_event

OPENS, DEADLINE = date(2024, 3, 11), date(2024, 9, 7)


def claim_about(body: str, word: str) -> tuple[Article, Candidate, Proposition]:
    """The article of ``body``, its claim whose quote holds ``word``, and that claim's proposition."""
    article = Article(body=body, source="<text>", published=OPENS, outlet="ODNI")
    candidate = next(c for c in analyse_article(article, None, 0.0).candidates if word in c.quote)
    return article, candidate, propose(candidate, article)


def test_unrest_brought_about_by_a_condition_is_the_event() -> None:
    assert unrest_as_event(
        "the economic, political, and societal seeds of popular discontent",
        "threaten further domestic strife akin to the protests inside Iran",
    ) == ("further domestic strife", "break out in Iran")
    # The place from the claim's sentence when the phrase lost it.
    assert unrest_as_event(
        "rising food prices", "spark protests", "Food prices in Egypt are rising and could spark protests."
    ) == ("protests", "break out in Egypt")
    # What goes on already cannot break out.
    assert unrest_as_event("frustration", "fuel continued anti-incumbency protests") == (
        "anti-incumbency protests",
        "break out",
    )


def test_an_actors_own_act_or_no_unrest_is_left_as_it_is() -> None:
    assert unrest_as_event("Russia", "stoke unrest in Moldova") is None
    assert unrest_as_event("rising prices", "threaten the recovery") is None
    assert unrest_as_event("the opposition", "stage protests in the capital") is None


def test_the_drafted_question_asks_whether_the_unrest_breaks_out_and_acled_codes_it() -> None:
    body = (
        "The economic, political, and societal seeds of popular discontent could threaten further domestic "
        "strife akin to the widescale and prolonged protests inside Iran during late 2022 and early 2023."
    )
    _, _, p = claim_about(body, "strife")
    assert (p.subject, p.phrase, p.event_kind) == ("further domestic strife", "break out in Iran", "protest")
    assert question_text(p, OPENS, DEADLINE) == (
        "Will further domestic strife break out in Iran between 2024-03-11 and 2024-09-07?"
    )
    assert propose_rule(p, OPENS, DEADLINE) == {
        "feed": "acled",
        "event_type": "Protests",
        "country": "Iran",
        "review": True,
    }


def test_protests_are_not_placed_where_the_article_placed_its_fighting() -> None:
    body = (
        "Government forces will keep fighting rebels in Ethiopia through the year. "
        "Across the Latin American and Caribbean region, growing frustration with governments could fuel "
        "anti-incumbency protests."
    )
    article, candidate, p = claim_about(body, "protests")
    assert (p.subject, p.phrase, p.event_kind) == ("anti-incumbency protests", "break out", "protest")
    rule, notes = propose_article_rule(p, OPENS, DEADLINE, article, [(candidate.char_start, candidate.char_end)])
    assert (rule, notes) == (None, [REVIEW_NO_PLACE])
