"""Capitals: a heading's title case is lowered where the article writes the words in lower case."""

from __future__ import annotations

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.capitals import is_heading, is_sentence_capital, lower_heading_words
from forecasts.extract.propositions import propose


def test_a_heading_in_title_case_is_lowered_where_the_article_writes_the_words_in_lower_case() -> None:
    heading = "Port Fees Are Expected to Rise Faster Than Wages"
    body = f"{heading}\nIn Tromso, port fees rise faster than wages when trade is strong. NATO ships pay them too."
    assert is_heading(heading)
    assert not is_heading("The Tromso port fees will rise in June")
    assert lower_heading_words("Port Fees rise Faster Than Wages", body) == "port fees rise faster than wages"
    assert lower_heading_words("NATO Ships", body) == "NATO ships"
    assert lower_heading_words("Tromso Fees", body) == "Tromso fees"


def test_a_heading_drafts_a_question_in_sentence_case() -> None:
    heading = "Port Fees Will Rise Faster Than Wages"
    body = f"{heading}\nIn Norway, port fees rise faster than wages when trade is strong."
    article = Article(body=body, source="brief.txt")
    p = propose(claim(body, heading, "the ministry", None), article)
    assert f"{p.subject} {p.phrase}".startswith("port fees")
    assert p.phrase == "rise faster than wages"


def test_a_number_word_opening_the_sentence_is_lowered() -> None:
    body = "One member of the ruling coalition will leave the government. Officials declined to comment."
    assert is_sentence_capital("One member of the ruling coalition", body)


def test_a_plural_abstract_noun_alone_opening_the_sentence_is_lowered() -> None:
    body = "Proposals will be brought forward for a new charter. The cabinet meets on Monday."
    assert is_sentence_capital("Proposals", body)
    assert not is_sentence_capital("Marvals", "Marvals will sign the deal. He met Marvals twice.")


def test_a_participle_in_a_heading_is_lowered_even_where_the_article_never_repeats_it() -> None:
    body = "Debt Held by the Public Is Projected to Grow. The public owes more each year. Reading is a town."
    assert lower_heading_words("Debt Held by the Public", body) == "Debt held by the public"
    assert lower_heading_words("Debt in Reading", body + " We met in Reading.") == "Debt in Reading"


def test_a_noun_whose_phrase_goes_on_with_a_preposition_is_lowered_but_a_name_and_a_day_is_not() -> None:
    assert is_sentence_capital("Work on a new charter", "Work on a new charter will begin next year.")
    assert not is_sentence_capital("Kovar on Monday", "Kovar on Monday will sign the accord.")
