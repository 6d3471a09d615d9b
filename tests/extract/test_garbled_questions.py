"""Questions that came out garbled in the hand-scored sample (seed 18), each from a short made-up
sentence of the same shape: a fronted time adverb read as the subject ("Will year we decide ..."),
a finite verb left after "will" ("Will the move is akin to ..."), a negative subject drafted
without its "No", and a long list whose cut dropped what the list was used for.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import Proposition, propose, question_text
from forecasts.extract.question_form import judge_question_form

P = date(2021, 8, 2)
D = date(2022, 1, 29)


def proposition(body: str, quote: str | None = None) -> Proposition:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return propose(claim(body, quote or body.rstrip("."), "Jane Roe", "an official"), article)


def test_a_time_adverb_fronted_without_a_comma_is_not_the_subject() -> None:
    p = proposition("Next year the ministry will decide on two more bridges.")
    assert p.subject == "the ministry"
    assert question_text(p, P, D) == "Will the ministry decide on two more bridges between 2021-08-02 and 2022-01-29?"
    assert proposition("This week the council will vote on the budget.").subject == "the council"
    assert proposition("In March the army will open a new base.").subject == "the army"
    # A time word that is part of the subject's noun phrase stays: "Next year's budget" is a thing.
    assert proposition("Next year's budget will cut fuel subsidies.").subject == "Next year's budget"


def test_a_time_adverb_fronted_with_its_comma_before_a_plan_is_not_the_subject() -> None:
    # "will" takes the comma's adverb off by another way; "plans to" and "intends to" by this one.
    assert proposition("Next year, Ostcosmos plans to launch a second satellite.").subject == "Ostcosmos"
    assert proposition("Next month, the ministry intends to sign the contract.").subject == "the ministry"


def test_a_finite_verb_before_the_modal_makes_no_question_of_the_second_clause() -> None:
    p = proposition("The deal is akin to a surrender as half of the troops will leave by 2030.")
    assert not p.parsed
    assert not question_text(p, P, D).startswith("Will the deal is")


def test_a_negative_subject_keeps_its_negation() -> None:
    for body in (
        "No other supplier would come close to the price.",
        "None of the parties will win a majority.",
        "Nobody will attack the port.",
    ):
        p = proposition(body)
        question = question_text(p, P, D)
        # Either drafted as the negative it is, or left for a person with the "No" in its words.
        assert (p.parsed and p.negative and p.subject.split()[0].lower() not in ("no", "none", "nobody")) or (
            not p.parsed and body.split()[0].lower() in question.lower()
        ), question


def test_a_long_list_is_cut_inside_so_what_it_is_used_for_stays() -> None:
    p = proposition(
        "Rebels will continue to use radio, leaflets, websites, online bots, trolls, and couriers to spread their "
        "message and recruit fighters within the capital region."
    )
    assert "to spread their message" in p.phrase
    assert p.phrase.startswith("continue to use radio, leaflets")


def test_a_subject_the_drafted_event_lost_its_determiner_keeps_the_quotes() -> None:
    body = "Clinics serve 60% of the villages; that share would fall to 40% by the end of the period."
    quote = "that share would fall to 40% by the end of the period"
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    drafted = claim(body, quote, "Jane Roe", "an official")
    # The extractor drafts the event without "that" ("Share will fall to 40% ..."): the subject is
    # then a bare noun; the quote's words give it back its determiner.
    drafted = replace(drafted, event="Share will fall to 40% by the end of the period.")
    assert propose(drafted, article).subject.lower() != "share"


def test_it_happening_is_a_clause_not_the_noun_before_it() -> None:
    body = "The president kept his promises. There are no changes yet, but we believe this will still happen."
    p = proposition(body, "we believe this will still happen")
    assert not p.parsed
    assert question_text(p, P, D).startswith("Will this happen: ")


def test_what_costs_less_is_no_country_a_pronoun_pointed_back_to() -> None:
    body = "Russia will keep selling gas to Ukraine. It could cost 25 percent less than buyers pay now."
    p = proposition(body, "It could cost 25 percent less than buyers pay now")
    assert p.subject not in ("Russia", "Ukraine")
    assert not question_text(p, P, D).startswith(("Will Russia cost", "Will Ukraine cost"))


def test_a_drafted_event_cut_with_an_ellipsis_yields_to_the_whole_quote() -> None:
    quote = (
        "Rebels will continue to use radio, leaflets, websites, online bots, trolls, and couriers to spread their "
        "message within the capital region."
    )
    article = Article(body=quote, source="wire.txt", outlet="Test Wire", published=P)
    drafted = claim(quote, quote.rstrip("."), "Jane Roe", "an official")
    drafted = replace(drafted, event=quote[:110] + " ...")
    assert propose(drafted, article).phrase.endswith("within the capital region")


def test_a_phrase_never_ends_on_a_preposition_left_by_a_cut() -> None:
    quote = "The rebels will continue to hold the towns and conduct raids within the ..."
    assert not proposition(quote, quote).phrase.endswith(" within")


def test_a_coordination_interrupted_by_an_aside_keeps_its_first_part_whole() -> None:
    p = proposition(
        "Rebels will continue to shell the port in support of their allies and, at times, in reply to raids."
    )
    assert p.phrase == "continue to shell the port in support of their allies"


def test_a_relative_clause_whose_object_is_its_head_noun_makes_no_question() -> None:
    body = "Border disputes are grievances that rebels will use to justify attacks on the capital."
    p = proposition(body, "grievances that rebels will use to justify attacks on the capital")
    assert not (p.parsed and p.phrase.startswith("use to justify"))
    assert "use to justify" not in question_text(p, P, D) or question_text(p, P, D).startswith("Will this happen: ")


def test_a_first_person_frame_before_the_modal_is_no_subject() -> None:
    p = proposition("I am sure the army will withdraw.")
    assert not question_text(p, P, D).startswith("Will I am")


def test_next_as_a_connective_is_still_no_part_of_the_subject() -> None:
    assert proposition("Next the committee will vote on the budget.").subject == "the committee"


_WINDOW = " between 2031-01-01 and 2031-06-30?"


@pytest.mark.parametrize(
    ("question", "subject", "reason"),
    [
        # A contraction where the subject should be holds a finite verb of its own.
        (
            "Will it's the plan of the council to widen the bridge",
            None,
            'garbled question: it opens with "it\'s", a contraction with its own verb',
        ),
        (
            "Will there\u2019s a vote on the levy",
            None,
            "garbled question: it opens with 'there\u2019s', a contraction with its own verb",
        ),
        # A preposition or adverb where the subject should be.
        (
            "Will together with the rising rents the shortage deepen",
            None,
            "garbled question: it opens with 'together with the ...', not with who or what",
        ),
        (
            "Will despite the storms the harvest grow",
            None,
            "garbled question: it opens with 'despite the storms ...', not with who or what",
        ),
        # A finite third-person verb where the bare verb should be.
        (
            "Will Mayor Lind carries out the merger",
            None,
            "garbled question: a second verb, 'Mayor Lind carries out', after 'Will'",
        ),
        (
            "Will the panel's first review suggests the bridge be closed",
            None,
            "garbled question: a second verb, 'first review suggests the', after 'Will'",
        ),
        # A reporting verb with its "that" inside the question.
        (
            "Will the audit and the survey shows that the mill close",
            None,
            "garbled question: a second verb, 'survey shows that', after 'Will'",
        ),
        # A name, then the clause its lost verb reported, with an inserted phrase after "that".
        (
            "Will Radio North that, short of a recall, the mayor serve",
            None,
            "garbled question: 'Radio North that' has lost the verb that reports the clause",
        ),
        # A past tense cut off from its inserted phrase by a comma.
        (
            "Will Harbour Board officials decided, after long talks, that the port reopen",
            "Harbour Board officials",
            "garbled question: 'officials decided' is in the past where 'Will' needs the bare verb",
        ),
        # A past verb of deciding, an inserted phrase, then the clause it reported.
        (
            "Will the trustees agreed, after a long review, that the fund close",
            None,
            "garbled question: a second verb, 'agreed, after a long review, that', after 'Will'",
        ),
        # A copula with a "that" clause: the forecast is the clause.
        (
            "Will the result be that more ferries will sail",
            None,
            "garbled question: 'the result be that' asks about the clause after 'that'; a person words it",
        ),
        # "in PLACE of YEAR": the month before "of" went into the window.
        (
            "Will 2,000 engineers be in Norway of 2032",
            None,
            "garbled question: 'in Norway of 2032' has lost the month or season before 'of'",
        ),
    ],
)
def test_a_question_that_is_not_will_subject_bare_verb_is_held_back(
    question: str, subject: str | None, reason: str
) -> None:
    assert judge_question_form(question + _WINDOW, "T", subject=subject) == reason


@pytest.mark.parametrize(
    "question",
    [
        "Will the shows resume in the capital",
        "Will the Act of 2031 be repealed",
        "Will the team stay in Summer of 2031 camp",
        "Will the series includes-free edition ship",
        "Will the council adopt the plan it's drafting",
        "Will the delegates agree that the port reopen",
    ],
)
def test_a_question_near_those_shapes_is_left_alone(question: str) -> None:
    assert judge_question_form(question + _WINDOW, "T") is None


def test_a_year_joined_to_its_month_by_of_leaves_the_event_with_the_month() -> None:
    p = proposition("About 2,000 engineers will be in Norway in August of 2032.")
    assert "of 2032" not in p.phrase
    assert question_text(p, P, D) == f"Will about 2,000 engineers be in Norway between {P} and {D}?"
