"""Questions that came out garbled in the hand-scored sample (seed 19), each from a short made-up
sentence of the same shape: a copula whose subject was lost ("Will is somewhat ..."), a subject
interrupted by an aside between commas ("Will Norway, as build ..."), a gerund phrase as the
subject, a past participle after a noun read as the main verb ("Will debt hold by banks rises"),
and "the time will come", which names no event.
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.events import clean_phrase
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import Proposition, is_plural, propose, question_text, title_text
from forecasts.extract.resolvability import judge_resolvability
from forecasts.extract.scorer import RULES_ONLY

P = date(2021, 8, 2)
D = date(2022, 1, 29)


def article_of(body: str) -> Article:
    return Article(body=body, source="wire.txt", outlet="Test Wire", published=P)


def proposition(body: str, quote: str | None = None, speaker: str = "Jane Roe") -> Proposition:
    return propose(claim(body, quote or body.rstrip("."), speaker, "an official"), article_of(body))


def test_a_question_never_starts_with_a_verb_that_lost_its_subject() -> None:
    body = "The count is somewhat at odds with early figures that suggest the party will win every seat."
    p = proposition(body, "is somewhat at odds with early figures that suggest the party will win every seat")
    question = question_text(p, P, D)
    assert not p.parsed or p.subject.lower() == "the party", question
    for verb in ("is", "are", "was", "has", "have"):
        assert not question.startswith(f"Will {verb} "), question


def test_an_aside_between_commas_after_the_subject_is_no_part_of_it() -> None:
    p = proposition("Norway, as it always does, will build a new port here.")
    assert p.subject == "Norway"
    assert question_text(p, P, D) == "Will Norway build a new port here between 2021-08-02 and 2022-01-29?"
    assert proposition("The next phase, I hope, will open the new port.").subject == "the next phase"


def test_a_gerund_phrase_as_subject_makes_no_question_about_the_gerund() -> None:
    p = proposition("Introducing the new levy from 2022 will include a grace period.")
    assert not question_text(p, P, D).startswith("Will introducing")
    assert (p.subject, p.phrase) == ("the new levy", "be introduced"), p


def test_a_past_participle_after_a_noun_is_a_reduced_relative_not_the_verb() -> None:
    p = proposition("Public debt held by foreign banks rises to 90 percent of output.")
    question = question_text(p, P, D)
    assert "hold by" not in question, question
    assert not p.parsed or p.subject == "public debt held by foreign banks", question
    # The head noun, not the agent's, sets the verb's number: "debt ... rises", "loans ... rise".
    assert title_text(p) == "Public debt held by foreign banks rises to 90 percent of output"
    assert not is_plural("debt held by foreign banks") and is_plural("loans made by foreign banks")


def test_the_time_coming_names_no_event_and_is_held_back() -> None:
    for body in ("The time will come when the port reopens.", "The day will come when the strikers win."):
        article = article_of(body)
        candidate = claim(body, body.rstrip("."), "Jane Roe", "an official")
        verdict = judge_resolvability(candidate, propose(candidate, article), article)
        assert not verdict.resolvable, body
    # An event that comes stays drafted: "the storm will come ashore" names something to observe.
    body = "The delegation will come to Oslo in May."
    article = article_of(body)
    candidate = claim(body, body.rstrip("."), "Jane Roe", "an official")
    assert judge_resolvability(candidate, propose(candidate, article), article).resolvable


def test_i_in_a_coordinate_subject_is_the_speaker_and_looking_forward_to_an_act_is_the_act() -> None:
    body = "Prince Albert and I look forward to welcoming the President of Chile in May."
    p = proposition(body, speaker="Queen Anne")
    assert p.subject == "Prince Albert and Queen Anne"
    assert p.phrase.startswith("welcome the President of Chile"), p.phrase
    assert "look forward" not in question_text(p, P, D)
    # A department publishing the speech has no name to put for "I": left for a person to word.
    candidate = claim(body, body.rstrip("."), "HM Treasury", None, speaker_type="author")
    unnamed = propose(candidate, article_of(body))
    assert not unnamed.parsed and "I look forward" in question_text(unnamed, P, D)


def test_a_nominal_event_with_a_percentage_keeps_its_decimal_and_unit() -> None:
    body = "The bank forecasts GDP growth of 1.5% in Chile in 2022."
    article = article_of(body)
    candidate = claim(
        body, body.rstrip("."), "Jane Roe", "an official", event="GDP growth of 1.5% in Chile will happen"
    )
    p = propose(candidate, article)
    question = question_text(p, P, D)
    assert "1.5%" in question, question
    assert p.subject == "GDP growth in Chile" and p.phrase == "be 1.5%", p


def test_a_second_predicate_with_its_own_modal_or_finite_verb_is_cut_from_the_question() -> None:
    # "and will encourage ...", "and may chair ...", "and allows ...": a second predicate whose verb
    # does not fit after "Will <subject>"; the first predicate is the claim.
    for body, expected in (
        (
            "The ministry will consult regional mayors across the north and will encourage other councils to join.",
            "Will the ministry consult regional mayors across the north between 2021-08-02 and 2022-01-29?",
        ),
        (
            "Local delegates will be invited to attend the hearings and may chair working sessions on budgets.",
            "Will local delegates be invited to attend the hearings between 2021-08-02 and 2022-01-29?",
        ),
        (
            "The new depot will link rail and road freight from several ports and allows faster customs checks.",
            "Will the new depot link rail and road freight from several ports between 2021-08-02 and 2022-01-29?",
        ),
    ):
        assert question_text(proposition(body), P, D) == expected


def test_an_intensifier_before_a_time_word_goes_out_with_it() -> None:
    for adverb in ("quite", "very", "fairly"):
        p = proposition(f"The next round of talks will take place in Lisbon {adverb} soon.")
        assert (
            question_text(p, P, D)
            == "Will the next round of talks take place in Lisbon between 2021-08-02 and 2022-01-29?"
        )


def test_a_schedule_for_an_act_asks_whether_the_act_is_done() -> None:
    for noun, done in (("completion", "completed"), ("delivery", "delivered"), ("launch", "launched")):
        for word in ("scheduled", "due", "set"):
            p = proposition(f"The new harbour crane in Tromso is {word} for {noun} by March 2022.")
            assert p.phrase == f"be {done}", (word, noun, p)


def test_a_determiner_that_opened_the_sentence_is_lower_case_in_the_question() -> None:
    for determiner in ("Each", "Every", "Both"):
        p = proposition(f"{determiner} Regional Council will publish a new transport plan.")
        assert question_text(p, P, D).startswith(f"Will {determiner.lower()} Regional Council publish"), p


def test_pronouns_and_possessives_are_no_options_of_a_categorical_question() -> None:
    p = proposition("The clinic will treat either himself or his brother for free.")
    assert p.alternatives == (), p
    assert proposition("The ceasefire will be either partial or complete.").alternatives == ("partial", "complete")


def test_a_verb_whose_start_reads_as_an_opening_word_is_drafted_whole() -> None:
    # "soar", "solve", "soften": the event text is stripped of an opening "so" only as a whole word.
    for body, expected in (
        ("Analysts said copper prices will soar.", "soar"),
        ("The ministry said the new rules will solve the shortage.", "solve"),
        ("Officials said the council will soften its stance.", "soften"),
    ):
        assert clean_phrase(body.split(" will ", 1)[1]).split()[0].rstrip(".") == expected
        article = article_of(body)
        (candidate,) = extract_forecasts(article, RULES_ONLY)
        p = propose(candidate, article)
        assert p.phrase.split()[0] == expected, p


def test_a_nominal_level_leaves_its_period_to_the_window() -> None:
    # "GDP growth of 2.0% in 2017": the question says "in 2017" once, from the window.
    for event, subject in (
        ("GDP growth of 2.0% in 2017 will happen", "GDP growth"),
        ("real GDP growth of 2.1 percent this quarter will happen", "real GDP growth"),
        ("GDP growth of 1.5% in Chile will happen", "GDP growth in Chile"),
    ):
        body = f"The bank forecasts {event.removesuffix(' will happen')}."
        candidate = claim(body, body.rstrip("."), "Jane Roe", "an official", event=event)
        p = propose(candidate, article_of(body))
        assert p.subject == subject and p.phrase.startswith("be "), (event, p)
