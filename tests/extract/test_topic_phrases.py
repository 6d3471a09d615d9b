"""A fronted topic stands for the pronoun that refers to it (``topic_phrases``)."""

from __future__ import annotations

from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import propose, question_text
from forecasts.extract.topic_phrases import sentence_topic, topic_subject, with_topic_object


def test_the_topic_a_sentence_opens_on() -> None:
    assert sentence_topic("MS PORTER: Specific to the military drawdown, we will complete that.") == (
        "the military drawdown"
    )
    assert sentence_topic("As for the new agreement, it will enter into force in July.") == "the new agreement"
    assert sentence_topic("With regard to Iran, we will consult our allies.") == "Iran"
    assert sentence_topic("The drawdown, we are told, will end soon.") is None


def test_a_pronoun_takes_the_topic_only_when_number_agrees() -> None:
    sentence = "As for the new agreement, it will enter into force in July."
    assert topic_subject("it", sentence) == "the new agreement"
    assert topic_subject("they", sentence) is None
    assert topic_subject("Russia", sentence) is None
    assert with_topic_object("ratify them", "Regarding the treaties, we will ratify them.") == "ratify the treaties"
    assert (
        with_topic_object("complete that from Afghanistan", "We will complete that.")
        == "complete that from Afghanistan"
    )


def test_the_drafted_question_names_the_topic() -> None:
    published = date(2021, 6, 30)
    body = (
        "MS PORTER: Specific to the military drawdown, the President has made clear that we will complete that "
        "from Afghanistan by early September."
    )
    article = Article(body=body, source="<text>", published=published, outlet="U.S. Department of State")
    candidate = next(c for c in analyse_article(article, None, 0.0).candidates if "complete" in c.quote)
    p = propose(candidate, article)
    assert "complete the military drawdown from Afghanistan" in question_text(p, published, date(2021, 9, 30))
