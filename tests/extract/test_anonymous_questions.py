"""A question that names no one and nowhere is listed for a person to word, not drafted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from forecasts.extract.anonymous_questions import (
    find_anonymous_question,
    find_anonymous_subject,
    find_first_person,
    find_generic_subject,
    find_pointed_thing,
)
from forecasts.extract.article import Article
from forecasts.extract.drafts import write_drafts
from forecasts.extract.extractor import analyse_article


@pytest.mark.parametrize(
    ("subject", "phrase"),
    [
        ("the company", "operate 2,500 service stations"),
        ("any conflicts", "happen"),
        ("communications", "be jammed"),
        ("a June cut", "happen"),  # a month says when, not who or where
        ("Most economists", "cut their forecasts"),  # capitalised by its place in the sentence
        ("the agency", "publish a notice in the register"),
    ],
)
def test_a_question_with_no_name_is_named(subject: str, phrase: str) -> None:
    words = f"{subject} {phrase}"
    assert find_anonymous_question(subject, phrase) == (
        f"unresolved reference: {words!r} names no one and nowhere; a stranger cannot tell whose or where"
    )


@pytest.mark.parametrize(
    ("subject", "phrase"),
    [
        ("the company", "operate 2,500 service stations across Russia"),  # a name anywhere will do
        ("Russian missiles and bombs", "drop across the country"),
        ("NOVATEK", "launch a plant"),
        ("the Fed", "cut rates"),
        ("global inflation", "edge down to 2.6%"),
        ("growth in developing economies", "slow to 4% from 4.2%"),
        ("the federal funds rate", "rise by 170 basis points"),
    ],
)
def test_a_question_that_names_someone_or_somewhere_passes(subject: str, phrase: str) -> None:
    assert find_anonymous_question(subject, phrase) is None


def test_the_drafting_lists_an_anonymous_question(tmp_path: Path) -> None:
    body = (
        "The minister spoke to reporters on Monday.\n\n"
        "The new berths will be opened to tankers in June, the minister said.\n\n"
        "Ruritania will hold a general election in March, the minister said."
    )
    article = Article(body=body, source="<text>", outlet="Example News", published=date(2024, 1, 8))
    root = tmp_path / "scenarios"
    report = write_drafts(analyse_article(article).candidates, article, root / "case", root)
    assert [(c.quote[:20], reason[:40]) for c, reason in report.not_drafted] == [
        ("The new berths will ", "unresolved reference: 'the new berths be")
    ]
    assert [path.name for path in report.written] == ["ruritania-hold-general-election.yaml"]


@pytest.mark.parametrize(
    "subject",
    [
        "the contractor",
        "their results",
        "the latter two systems",
        "This pillar",
        "the leaders",
        "colleagues",
        "Dear friends",
    ],
)
def test_a_definite_subject_with_no_name_is_named(subject: str) -> None:
    assert find_anonymous_subject(subject) == (
        f"unresolved reference: the subject {subject!r} names no one; a stranger cannot tell which"
    )


@pytest.mark.parametrize(
    "subject",
    [
        "the Saginaw River contractor",  # a name in the subject
        "the Fed",
        "the federal funds rate",  # a scope
        "the dollar",  # a currency names one thing
        "oil prices",  # no definite description: the question as a whole is judged
        "Iran's armed forces",
        "Ostland's partners in the Gulf",  # a relation with its other side named
    ],
)
def test_a_subject_that_says_which_passes(subject: str) -> None:
    assert find_anonymous_subject(subject) is None


def test_the_drafting_lists_a_definite_subject_even_beside_a_name(tmp_path: Path) -> None:
    body = (
        "The Army Corps of Engineers awarded the dredging contract on Monday.\n\n"
        "The contractor will complete the removal of silt from the Saginaw River by October, the Corps said.\n\n"
        "Ruritania will hold a general election in March, the minister said."
    )
    article = Article(body=body, source="<text>", outlet="Example News", published=date(2024, 1, 8))
    root = tmp_path / "scenarios"
    report = write_drafts(analyse_article(article).candidates, article, root / "case", root)
    assert [(c.quote[:20], reason) for c, reason in report.not_drafted] == [
        (
            "The contractor will ",
            "unresolved reference: the subject 'the contractor' names no one; a stranger cannot tell which",
        )
    ]
    assert [path.name for path in report.written] == ["ruritania-hold-general-election.yaml"]


@pytest.mark.parametrize(
    ("subject", "phrase", "word"),
    [
        ("the United States", "wean ourselves from dependence on foreign oil", "ourselves"),
        ("the minister", "return our economy to growth", "our"),
        ("my government", "hold a referendum", "my"),
        ("Prince Philip and I", "welcome the President", "and I"),
    ],
)
def test_a_question_that_still_says_we_is_named(subject: str, phrase: str, word: str) -> None:
    assert find_first_person(subject, phrase) == (
        f"unresolved reference: {word!r} in the question is the speaker's; a stranger cannot tell who"
    )


@pytest.mark.parametrize(
    ("subject", "phrase"),
    [("Iran", "strike US forces"), ("Britain", "mark the end of World War I"), ("the US", "cut tariffs")],
)
def test_a_question_with_no_first_person_passes(subject: str, phrase: str) -> None:
    assert find_first_person(subject, phrase) is None


@pytest.mark.parametrize(
    ("subject", "generic"),
    [
        ("people around the world", True),
        ("Many people", True),
        ("critics", True),
        ("everyone eligible to vote", True),
        ("the people of Crimea", False),
        ("people in the United Kingdom", False),
        ("Ruritania", False),
    ],
)
def test_a_subject_that_is_no_one_in_particular_is_named(subject: str, generic: bool) -> None:
    assert (find_generic_subject(subject) is not None) == generic


def test_the_drafting_lists_a_generic_subject(tmp_path: Path) -> None:
    body = (
        "The Prime Minister spoke at the Security Council on Monday.\n\n"
        "People around the world will say this is all green stuff from tree-huggers, not serious diplomacy."
    )
    article = Article(body=body, source="<text>", outlet="Example News", published=date(2024, 1, 8))
    root = tmp_path / "scenarios"
    # Every claim the rules read, the scorer taken as sure (the shipped one does not even list the
    # second): what is tested is the drafting's structure.
    found = [replace(c, confidence=0.9) for c in analyse_article(article, None, 0.0).candidates]
    report = write_drafts(found, article, root / "case", root)
    assert report.written == []
    reasons = {c.quote: reason for c, reason in report.not_drafted}
    assert reasons[found[1].quote] == (
        "a generic subject: 'People around the world' is no one in particular; nothing they all do can be checked"
    )


@pytest.mark.parametrize(
    ("subject", "phrase", "reason"),
    [
        (
            "a corresponding law in Ostland",
            "come into effect",
            "unresolved reference: 'a corresponding law' points to something the text named elsewhere; name it",
        ),
        (
            "Ostland",
            "sign the relevant agreement",
            "unresolved reference: 'the relevant agreement' points to something the text named elsewhere; name it",
        ),
        ("Ostland", "sign the trade agreement with Varnia", None),
    ],
)
def test_a_thing_pointed_at_as_corresponding_or_relevant_is_not_named(
    subject: str, phrase: str, reason: str | None
) -> None:
    assert find_pointed_thing(subject, phrase) == reason
