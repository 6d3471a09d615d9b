"""Claims done by the day their text is published are not drafted (``forecasts.extract.publication_acts``),
and a cause asked instead of its event is held back (``forecasts.extract.caused_events``).

Made-up text of the shapes the hand-scored samples found "not a forecast": a document's own
presenting act, the meeting its minutes report, a change effective on a day already past, a
promise the article reports kept, and "the failure of X will cause Z to be postponed". Each is
judged with the scorer sure (0.9): the structure decides. Beside each, real forecasts of the same
shape that must still be drafted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from gate_verdicts import judged_in as judged_at
from gate_verdicts import passes_the_checks
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.caused_events import find_caused_event, find_caused_object
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import propose
from forecasts.extract.publication_acts import find_document_act, find_effective_day_passed
from forecasts.extract.resolvability import judge_resolvability

PUBLISHED = date(2025, 12, 1)


def judged_in(body: str, part: str, published: date = PUBLISHED) -> tuple[bool, str, str]:
    """The gate's verdict on the claim of ``body`` whose quote holds ``part``, published ``published``."""
    return judged_at(body, part, published=published)


def judged_line(body: str, line: str, published: date = PUBLISHED) -> tuple[bool, str, str]:
    """The gate's verdict on ``line`` of ``body`` taken as a claim of the publisher, "HM
    Treasury" (the extractor finds such bullet lines in the real Budgets; the made-up text is
    too short for its scorer, so the claim is placed by hand)."""
    article = Article(body=body, source="t.txt", published=published, outlet="HM Treasury")
    template = analyse_article(article, None, 0.0).candidates[0]
    start = body.index(line)
    end = start + len(line)
    candidate = replace(
        template,
        quote=line,
        char_start=start,
        char_end=end,
        sentence_start=start,
        sentence_end=end,
        event=line[0].upper() + line[1:] + ".",
        speaker="HM Treasury",
        hedge=None,
        window_phrase="by 2028-29",
        window_start=None,
        window_end=date(2029, 3, 31),
        conditional_on=None,
        confidence=0.9,
    )
    verdict = judge_resolvability(candidate, propose(candidate, article), article)
    return verdict.resolvable, verdict.grounds, verdict.reason


BULLETS = """The Spring Statement 2026 was presented to Parliament today.

This Statement:

sets out the next stage of pension reform, delivering savings of £4 billion from the pensions budget by 2028-29

announces a review of business rates in England, to report by 2028-29

confirms that, from April 2027, the state pension age will rise to 67
"""


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("sets out the next stage of pension reform", "sets out"),
        ("announces a review of business rates in England", "announces"),
    ],
)
def test_a_bullet_of_what_the_document_does_is_its_own_act_on_publication(line: str, act: str) -> None:
    assert judged_line(BULLETS, line) == (
        False,
        "past",
        f"not a forecast: {act!r} is what the document itself does on publication (2025-12-01)",
    )


def test_the_document_named_as_the_subject_of_its_presenting_act_is_its_own_act() -> None:
    assert find_document_act("This Budget sets out the next stage of pension reform", "set", PUBLISHED) == (
        "not a forecast: 'This Budget sets out' is what the document itself does on publication (2025-12-01)"
    )
    assert find_document_act("- The white paper also outlines a new court", "outline", None) == (
        "not a forecast: 'The white paper also outlines' is what the document itself does on publication"
    )


def test_what_a_plan_the_document_sets_out_will_achieve_stays_a_forecast() -> None:
    # The claim's verb is "save": the saving by a date is checkable, the setting out is not asked.
    body = "The Spring Budget was presented today. This Budget sets out plans to save £4 billion from pensions.\n"
    # A saving is no measure the drafting knows: listed for a person, not refused as the document's act.
    assert passes_the_checks(judged_line(body, "This Budget sets out plans to save £4 billion from pensions"))


def test_what_the_document_confirms_for_later_stays_a_forecast() -> None:
    # The claim's verb is "rise", not "confirm": the confirmed change is still to come.
    kept, grounds, _ = judged_in(BULLETS, "the state pension age will rise to 67")
    assert (kept, grounds) == (True, "act")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Spending Review in the autumn will set out the next stage of pension reform.",
        "The government will legislate next year to cap rents in England.",
        "The Budget will be published on 8 July.",
    ],
)
def test_a_document_or_act_announced_for_later_is_still_drafted(sentence: str) -> None:
    kept, _, reason = judged_in(sentence, sentence.split()[1])
    assert kept, reason


def test_a_document_act_in_the_future_or_of_another_verb_is_no_act_of_publication() -> None:
    assert find_document_act("The Spending Review will set out budgets", "set", PUBLISHED) is None
    assert find_document_act("This Budget sets out", "freeze", PUBLISHED) is None
    assert find_document_act("Iran announces a ceasefire", "announce", PUBLISHED) is None


# --- the meeting the text reports ----------------------------------------------------------------


def test_what_minutes_say_was_expected_at_the_current_meeting_is_decided_by_publication() -> None:
    sentence = "Traders expected the deposit rate to be raised by 50 basis points at the current meeting."
    assert judged_in(sentence, "deposit rate") == (
        False,
        "past",
        "decided by publication: 'at the current meeting' is the meeting the text reports, over when it is "
        "published, and 'expected' looks back on it",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders expect the deposit rate to be raised by 50 basis points at this meeting.",
        "The committee will decide at its next meeting whether to lower the policy rate by a quarter point.",
    ],
)
def test_a_meeting_still_to_come_is_a_forecast(sentence: str) -> None:
    kept, _, reason = judged_in(sentence, sentence.split()[1])
    assert kept, reason


# --- a change effective on a day already past ----------------------------------------------------


def test_a_change_effective_on_a_day_before_publication_is_past() -> None:
    sentence = "The board said the new discount rate of 3.5 percent will apply effective November 20."
    assert judged_in(sentence, "discount rate") == (
        False,
        "past",
        "a present or past assessment: 'effective November 20' was before publication (2025-12-01)",
    )


def test_a_change_effective_early_next_year_is_still_to_come() -> None:
    # 20 January is read as the one nearest publication: 2026-01-20, not 2025-01-20.
    sentence = "The board said the new discount rate of 3.5 percent will apply effective January 20."
    verdict = judged_in(sentence, "discount rate")
    assert passes_the_checks(verdict), verdict


@given(st.dates(date(2000, 3, 1), date(2040, 10, 1)), st.integers(1, 150))
def test_an_effective_day_is_past_exactly_when_it_falls_before_publication(published: date, days: int) -> None:
    for when, passed in ((published - timedelta(days=days), True), (published + timedelta(days=days), False)):
        clause = f"the rate applies effective {when.strftime('%B')} {when.day}"
        assert (find_effective_day_passed(clause, published) is not None) is passed, (clause, published)
        dated = f"the rate applies effective {when.strftime('%B')} {when.day}, {when.year}"
        assert find_effective_day_passed(dated, published) is None  # a full date is judged elsewhere


# --- an amount stated flatly as set --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The transitional grant for local councils will be set at a rate of £45 per pupil and paid from April 2027.",
            "be set at a rate of £45",
        ),
        (
            "The bursary amounts for 2027-28 will be protected at the current rates.",
            "be protected at the current rates",
        ),
    ],
)
def test_an_amount_the_announcement_states_flatly_is_decided_by_publication(sentence: str, said: str) -> None:
    assert judged_in(sentence, sentence.split()[1]) == (
        False,
        "past",
        f"decided by publication: {said!r} states the amount flatly, a decision the announcement makes; ask about "
        "what is paid or in force at that amount",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The transitional grant is expected to be set at a rate of £45 per pupil.",
        "The levy will be set at £5 per tonne at the board's meeting in March 2027.",
        "Analysts said the central bank's deposit rate will be set at 4.5 percent in March.",
    ],
)
def test_a_setting_still_to_be_decided_or_someone_elses_expectation_stays_a_forecast(sentence: str) -> None:
    kept, _, reason = judged_in(sentence, sentence.split()[1])
    assert kept, reason


# --- a promise the article reports kept ----------------------------------------------------------

PROMISE = (
    "In 2019 the mayor promised to build the Riverside Stadium in Tallinn for the 2024 European Games. "
    "The project has been completed, and the stadium built on time. It hosted the opening ceremony."
)


def test_a_promise_the_article_reports_kept_is_no_forecast() -> None:
    assert judged_in(PROMISE, "Riverside Stadium") == (
        False,
        "past",
        "not a forecast: 'promised to build' is a promise the article reports kept: 'the stadium built' is done "
        "by publication",
    )


def test_a_promise_kept_also_when_the_article_says_it_was_done() -> None:
    body = PROMISE.replace("and the stadium built on time", "and the stadium was built on time")
    kept, grounds, reason = judged_in(body, "Riverside Stadium")
    assert (kept, grounds) == (False, "past")
    assert reason.endswith("reports kept: 'stadium was built' is done by publication"), reason


def test_a_promise_kept_is_read_in_the_sentences_that_follow_it() -> None:
    body = "In 2024 the junta promised to hold general elections in the country. General elections were held in May."
    assert judged_in(body, "promised") == (
        False,
        "past",
        "not a forecast: 'promised to hold' is a promise the article reports kept: 'elections were held' is done "
        "by publication",
    )


@pytest.mark.parametrize(
    "body",
    [
        # an occasion told before the promise, or the last one, is not the promise kept
        "General elections were held in 2019 under the old constitution. "
        "In 2024 the junta promised to hold general elections in the country.",
        "In 2024 the junta promised to hold general elections in the country. General elections were last held in 2019.",
    ],
)
def test_an_earlier_occasion_of_the_act_is_not_the_promise_kept(body: str) -> None:
    kept, _, reason = judged_in(body, "promised")
    assert kept, reason


@pytest.mark.parametrize(
    "body",
    [
        "The stadium will host the European championships in 2031.",
        "In 2025 the mayor promised to build the Riverside Stadium in Tallinn for the 2031 European Games. "
        "Work on the site has not begun.",
    ],
)
def test_a_promise_not_reported_kept_and_a_new_act_stay_forecasts(body: str) -> None:
    kept, _, reason = judged_in(body, "2031")
    assert kept, reason


# --- a cause asked instead of its event ------------------------------------------------------------


def test_a_cause_asked_instead_of_its_event_is_held_back_naming_the_event() -> None:
    sentence = (
        "Officials know that the failure of the assembly to pass a budget in the coming weeks is likely to cause "
        "the planned municipal elections to be postponed."
    )
    assert judged_in(sentence, "municipal elections") == (
        False,
        "no_event",
        "a cause asked instead of its event: the event to check is 'the planned municipal elections be postponed'; "
        "ask whether it happens, with 'the failure of the assembly to ...' as its condition",
    )


def test_an_actor_that_causes_or_the_event_itself_is_not_a_cause_asked() -> None:
    assert find_caused_event("Iran", "force", "force the US to withdraw from the base") is None
    assert find_caused_event("the planned elections", "be", "be postponed") is None
    kept, _, reason = judged_in(
        "The planned municipal elections are likely to be postponed until the spring.", "municipal elections"
    )
    assert kept, reason


def test_an_event_that_causes_another_named_as_its_object_is_a_cause_asked() -> None:
    assert judged_in("The arrest of the mayor is expected to spark protests in the capital.", "arrest") == (
        False,
        "no_event",
        "a cause asked instead of its event: the event to check is 'protests in the capital'; ask whether it happens, "
        "with 'the arrest of the mayor' as its condition",
    )
    assert judged_in("Recent developments will result in higher borrowing costs for small firms.", "Recent") == (
        False,
        "no_event",
        "a cause asked instead of its event: the event to check is 'higher borrowing costs for small firms'; ask "
        "whether it happens, with 'recent developments' as its condition",
    )


def test_a_name_said_to_lead_to_an_event_stands_for_an_act_not_named() -> None:
    assert find_caused_object("Ruritania", "lead", "lead to a war between the two neighbours") == (
        "a cause asked instead of its event: 'Ruritania' stands for something done, which the claim does not name, "
        "that would lead to 'a war between the two neighbours'; ask whether that happens"
    )


def test_an_actor_that_sparks_or_a_condition_that_leads_to_an_event_is_left_to_the_gate() -> None:
    assert find_caused_object("Ruritania", "spark", "spark a war") is None
    kept, _, reason = judged_in("Rising food prices could lead to protests in the capital.", "Rising")
    assert kept, reason


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The budget will speed up the fight against river pollution by providing $3.1 billion for clean-up.", True),
        ("The proposal would restore the country's standing as a trading power.", False),
        ("The new strategy will double down on the campaign against smuggling.", False),
    ],
)
def test_a_document_said_to_act_is_its_content_and_its_enactment_is_the_event(sentence: str, amount: bool) -> None:
    resolvable, grounds, reason = judged_at("The ministry published its plans on Monday. " + sentence, sentence[:15])
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a document's content, not an event: ")
    assert ("enacted or appropriated" in reason) is amount


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget will be put to a vote in parliament on 14 March.",
        "The bill will pass the upper house before the recess in March.",
        "Work under the new strategy will open two border posts in the north in March.",
    ],
)
def test_what_a_document_undergoes_is_still_drafted(sentence: str) -> None:
    assert judged_at("The ministry published its plans on Monday. " + sentence, sentence[:15])[0]


def test_an_act_the_transcript_records_done_is_no_forecast_and_a_speech_before_a_signing_still_is() -> None:
    body = (
        "SECRETARY BLINKEN: Today we are going to sign the MOU on Africa CDC with the African Union.\n\n"
        "(The Memorandum of Cooperation is signed.)\n\n"
        "SECRETARY BLINKEN: Thank you all."
    )
    resolvable, grounds, reason = judged_at(body, "sign the MOU", published=date(2022, 3, 11))
    assert not resolvable
    assert (
        reason
        == "not a forecast: '(The Memorandum of Cooperation is signed.)' says the act was done where the text was given"
    )
    before = body.split("\n\n")[0]
    assert judged_at(before, "sign the MOU", published=date(2022, 3, 11))[0]
