"""The gate holds back a briefing's own proceedings and a consequence with no measure or date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gate_verdicts import LEFT_TO_A_PERSON

from forecasts.extract.article import Article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import propose
from forecasts.extract.resolvability import judge_resolvability


def verdict(text: str) -> tuple[bool, str, str]:
    """The gate's verdict on the one claim the rules read in ``text``, confidently scored, so only
    the gate's own tests decide."""
    article = Article(body=text, source="<text>", published=date(2021, 7, 21), outlet="U.S. Department of State")
    (candidate,) = analyse_article(article, None, 0.0).candidates
    candidate = replace(candidate, confidence=0.9)
    judged = judge_resolvability(candidate, propose(candidate, article), article)
    return judged.resolvable, judged.reason, judged.grounds


def test_the_hosts_own_steps_in_the_briefing_are_no_forecast() -> None:
    for text in (
        "After the minister speaks, we will then open it up for questions.",
        "I will turn it over to our spokesperson now.",
        "We will take a few questions at the end.",
    ):
        kept, reason, test = verdict(text)
        assert (kept, test) == (False, "no_event"), text
        assert reason.startswith("no observable event: the briefing's own proceedings"), text


def test_a_long_run_consequence_with_no_measure_or_date_is_refused() -> None:
    kept, reason, test = verdict("The tax cut will raise borrowing costs and add to future deficits.")
    assert (kept, test) == (False, "no_measure")
    assert reason == "nothing to measure: 'add to future deficits' names no figure and no date"
    assert verdict("The tax cut will add £20 billion to the deficit in 2027.")[0]
    # An amount in words, a date: the long run is measured, and the verb left to the other checks.
    for text in (
        "The plan would add to future deficits by trillions of dollars.",
        "The measure will add to future debt by 2030.",
    ):
        kept, reason, _ = verdict(text)
        assert kept or reason.startswith(LEFT_TO_A_PERSON), reason


def test_joining_a_counted_group_defined_by_what_it_has_done_is_a_figure_of_speech() -> None:
    kept, reason, test = verdict("The new graduates will join 9,000 nurses who have trained at the college.")
    assert (kept, test) == (False, "no_event")
    assert reason.startswith("no observable event: 'join 9,000 nurses who have' is a figure of speech")
    assert verdict("Finland will join NATO by June.")[0]


def test_handing_the_floor_at_a_meeting_is_no_forecast() -> None:
    for text in (
        "I believe the mill's engineers will say a few words about the new furnace.",
        "Our guest from the harbour board will now take the floor.",
    ):
        kept, reason, test = verdict(text)
        assert (kept, test) == (False, "no_event"), text
        assert reason.startswith("no observable event: the briefing's own proceedings"), text
    assert verdict("The mill's engineers will say that the furnace is unsafe in a report due in March.")[0]
