"""Cut marks: a drafted question that shows where the drafting cut the claim's words is held back."""

from __future__ import annotations

import pytest

from forecasts.extract.cut_marks import find_cut_mark
from forecasts.extract.question_form import judge_question_form, question_body

WINDOW = " between 2031-03-01 and 2031-08-31?"


def mark(event: str) -> str | None:
    return find_cut_mark(question_body("Will " + event + WINDOW))


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        (
            "in the absence of regular purchases of bonds",
            "garbled question: it opens with 'in the', not with who or what",
        ),
        (
            "according to industry estimates account for a tenth of output",
            "garbled question: it opens with 'according to industry', not with who or what",
        ),
        (
            "notes that, the harbour levy be halved for small boats",
            "garbled question: it opens with 'notes that'; whoever reports it was cut off",
        ),
        (
            "Ostrava sailed the Baltic in May, and Korvi sail to Ruse",
            "garbled question: 'Ostrava sailed the' tells what was done ('sailed'); the future event is another clause",
        ),
        (
            "the bridge opening be set for the end of",
            "garbled question: the event stops at 'the end of'; what followed was cut",
        ),
        (
            "the reserves be spent or sometime",
            "garbled question: the event stops at 'spent or sometime'; what followed was cut",
        ),
        (
            "Ostland thin its reserves and sharply lowered its output of grain",
            "garbled question: 'and sharply lowered its' tells what was done ('lowered'); the future event is another "
            "clause",
        ),
        (
            "the Senate approved the harbour levy",
            "garbled question: 'the Senate approved the' tells what was done ('approved'); the future event is "
            "another clause",
        ),
        (
            "the second report on the old pier that be demolished",
            "garbled question: 'pier that be' has lost the subject or modal of its clause",
        ),
        (
            "Varnia invade Ostland now",
            "unresolved reference: 'now' leans on the article's moment or its sentence before",
        ),
        (
            "a large crowd nonetheless gather",
            "unresolved reference: 'nonetheless' leans on the article's moment or its sentence before",
        ),
    ],
)
def test_a_cut_in_the_wrong_place_is_named(event: str, reason: str) -> None:
    assert mark(event) == reason


@pytest.mark.parametrize(
    "event",
    [
        "Ostland strike Varnian forces in the north",
        "the minister travel to Ruse, Korvi, and Vesta",  # a name ending in "a" is no article
        "the Harbour Board stand up under the Port Authority",
        "per capita income in Ostland be 3%",
        "the treaty under which Varnian troops now serve in Ostland expire",  # "now" of a relative clause
        "in 2031, will Ostland hold an election",  # a person's own opening
        "the reformed council approve the budget",
        "the council approve the budget and the armed forces",  # an "-ed" word before a noun
        "the Senate ask that the levy be halved",  # a subject between "that" and "be"
        "Ostland exceed its quota for grain",  # a bare verb ending in "eed" is no past tense
        "Ostland cut costs and exceed its quota",
    ],
)
def test_a_well_cut_question_has_no_mark(event: str) -> None:
    assert mark(event) is None


def test_the_question_form_check_holds_back_a_cut_question() -> None:
    assert judge_question_form("Will according to estimates rise by a third" + WINDOW, "A title") == (
        "garbled question: it opens with 'according to estimates', not with who or what"
    )


def test_a_comparison_with_itself_at_an_unnamed_moment_is_held_back() -> None:
    assert mark("living standards in Ostland be higher than they were") == (
        "unresolved reference: 'than they were' compares with a time the question does not name"
    )
    assert mark("prices in Ostland be higher than they are in Varnia") is None


@pytest.mark.parametrize(
    "event",
    [
        "the summit talks take place, during",
        "the two ministers sign a treaty, after which",
        "the council split the fund among",
        "the envoy travel to the capital, via",
    ],
)
def test_an_event_that_stops_on_a_preposition_or_its_relative_was_cut(event: str) -> None:
    reason = mark(event)
    assert reason is not None and reason.startswith("garbled question: the event stops at"), reason


@pytest.mark.parametrize(
    "event", ["the new levy be phased in", "the rebels give in", "the company take over", "the reforms carry on"]
)
def test_an_event_that_ends_on_a_particle_is_whole(event: str) -> None:
    assert mark(event) is None
