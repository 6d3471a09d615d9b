"""Who "he" or "she" is after sentences naming two people: the one the article makes its topic.

Texts are made up, of the shape the hand-scored sample found drafted wrongly: "he" drafted as the
last person named (an object or an appositive) rather than the sentence's subject.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import propose
from forecasts.extract.question_form import judge_question_form

PUBLISHED = date(2022, 3, 20)
OUTLET = "U.S. Department of State"


def subject_of(body: str, quote: str) -> str:
    article = Article(body=body, source="briefing.txt", outlet=OUTLET, published=PUBLISHED)
    return propose(claim(body, quote, "Lane", "Ms"), article).subject


def test_he_is_the_subject_of_the_sentence_not_the_object_or_appositive_named_last() -> None:
    body = (
        "Secretary Holm will travel to Portugal next week. The Secretary's visit will end in Porto, where he "
        "will meet President Sousa and his counterpart, Foreign Minister Rui Costa. The Secretary also will "
        "open the trade fair, and he will meet with American exporters."
    )
    assert subject_of(body, "he will meet with American exporters") == "Secretary Holm"


def test_he_after_a_sentence_opening_with_a_person_is_that_person() -> None:
    body = "Ambassador Reed met President Sousa in Porto on Monday. He will visit Braga on Friday."
    assert subject_of(body, "He will visit Braga on Friday") == "Ambassador Reed"


def test_two_people_and_neither_the_topic_leaves_he_for_a_person() -> None:
    body = "Talks between President Sousa and Ambassador Reed ended on Monday. He will fly to Braga on Friday."
    subject = subject_of(body, "He will fly to Braga on Friday")
    assert subject == "he"
    question = "Will he fly to Braga between 2022-03-20 and 2022-03-27?"
    assert judge_question_form(question, "He flies to Braga", PUBLISHED, subject) == (
        "unresolved reference: 'he' is not resolved to a name"
    )


def test_one_person_named_is_still_who_he_is() -> None:
    body = "Talks with Ambassador Reed ended on Monday. He will fly to Braga on Friday."
    assert subject_of(body, "He will fly to Braga on Friday") == "Ambassador Reed"


def test_he_after_a_bare_name_as_subject_is_that_person_not_the_speaker() -> None:
    body = "MS LANE: Well, some progress has been made, and like I said, Rob Malley is in Vienna. He'll be returning to Washington pretty soon."
    assert subject_of(body, "He'll be returning to Washington pretty soon") == "Rob Malley"


def test_he_is_the_speaker_only_where_the_sentence_names_the_speaker() -> None:
    body = "Talks in Vienna went on all week. Lane said he will return to Washington on Friday."
    article = Article(body=body, source="briefing.txt", outlet=OUTLET, published=PUBLISHED)
    quoted = claim(body, "he will return to Washington on Friday", "Lane", "Ms")
    said = replace(quoted, sentence_start=body.index("Lane said"))
    assert propose(said, article).subject == "Lane"
    body = "Talks in Vienna went on all week. He will return to Washington on Friday."
    assert subject_of(body, "He will return to Washington on Friday") == "he"
