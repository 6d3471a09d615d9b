"""Garbled questions of five shapes are held back with the words quoted: a list run together after
its conjunction was cut, a year or adverb fronted before the subject, an event verb ("take place")
given people as subject, two noun phrases side by side where a relative pronoun was lost, and a
bare year between two nouns where a time phrase was cut out. Every question is made up; for each
shape, well-formed questions of a near shape pass.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.question_form import judge_question_form

WINDOW = "between 2031-02-01 and 2031-07-31?"
TITLE = "Chile holds a referendum"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            f"Will Senator Roe vote against the farm bill, the water bill {WINDOW}",
            "garbled question: 'the farm bill, the water bill' is a list cut before its last item",
        ),
        (
            f"Will the rebels use radio, leaflets, websites {WINDOW}",
            "garbled question: 'use radio, leaflets, websites' is a list cut before its last item",
        ),
        (
            f"Will 2031, Chile, a key copper exporter hold a referendum {WINDOW}",
            "garbled question: it opens with '2031, Chile, a ...', a time or an adverb before who or what",
        ),
        (
            f"Will meanwhile, the council approve the budget {WINDOW}",
            "garbled question: it opens with 'meanwhile, the council ...', a time or an adverb before who or what",
        ),
        (
            f"Will 30 pupils each take place in the spring {WINDOW}",
            "garbled question: '30 pupils each' is no event that can 'take place'",
        ),
        (
            f"Will the delegates be held in Lima {WINDOW}",
            "garbled question: 'the delegates' is no event that can 'be held'",
        ),
        (
            f"Will Chile join the states the civil use nuclear power {WINDOW}",
            "garbled question: 'the states the civil use' runs two noun phrases together (a word such as 'that' is "
            "missing)",
        ),
        (
            f"Will grants be paid after the receipt of enrolment data 2031 colleges censuses {WINDOW}",
            "garbled question: 'data 2031 colleges' has lost the words that tie the year to the rest",
        ),
    ],
)
def test_garbled_shapes_are_held_back_with_the_words_quoted(question: str, reason: str) -> None:
    assert judge_question_form(question, TITLE, date(2031, 1, 31)) == reason


@pytest.mark.parametrize(
    "question",
    [
        f"Will Senator Roe vote against the farm bill, the water bill and the road bill {WINDOW}",
        f"Will Chile hold talks with Peru, its northern neighbour {WINDOW}",
        f"Will Chile sign the accord with Peru, Bolivia and Ecuador {WINDOW}",
        f"Will Chile, a key copper exporter, hold a referendum {WINDOW}",
        f"Will exports, imports and output rise {WINDOW}",
        f"Will the summit take place in Lima {WINDOW}",
        f"Will three more classes of 30 pupils each take place {WINDOW}",
        f"Will the vote be held in March {WINDOW}",
        f"Will Chile give the regions the right to tax mining {WINDOW}",
        f"Will Chile deliver the rifles the army needs {WINDOW}",
        f"Will the talks last the years the treaty runs {WINDOW}",
        f"Will emissions fall below 2019 levels {WINDOW}",
        f"Will the ministry publish data from the spring 2031 school census {WINDOW}",
        f"Will the agency report on fiscal 2031 revenues {WINDOW}",
        f"Will the agency publish its 2031 budget {WINDOW}",
    ],
)
def test_near_shapes_that_are_english_pass(question: str) -> None:
    assert judge_question_form(question, TITLE, date(2031, 1, 31)) is None


@given(st.sampled_from(["farm", "water", "road", "health", "tax"]), st.sampled_from(["bill", "package", "plan"]))
def test_two_items_with_one_head_and_no_and_are_always_a_cut_list(first: str, head: str) -> None:
    question = f"Will Chile reject the {first} {head}, the new {head} {WINDOW}"
    reason = judge_question_form(question, TITLE, date(2031, 1, 31))
    assert reason == f"garbled question: 'the {first} {head}, the new {head}' is a list cut before its last item"
    joined = judge_question_form(question.replace(", the new", ", and the new"), TITLE, date(2031, 1, 31))
    assert joined is None
