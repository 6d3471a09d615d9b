"""A draft's window has room for the event to be reported, and a condition keeps its own window.

A claim about "today", "tomorrow" or one named day resolves to a window of that day alone
("between 2008-02-07 and 2008-02-07"); the draft's deadline is moved ``REPORTING_DAYS`` later and
the criteria pin the day the claim names. A condition that says when ("if the motion is passed
tomorrow") is asked on its own day, not over the conditional claim's half year, and the time word
leaves its question. Texts are made up, of the shapes the second hand-scored sample found.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.drafts import DEFAULT_HORIZON_DAYS, draft_scenario, window_of, write_drafts
from forecasts.extract.event_days import REPORTING_DAYS
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.scorer import RULES_ONLY
from forecasts.store import read_scenario

P = date(2021, 8, 2)


def article(body: str) -> Article:
    return Article(body=body, source="wire.txt", outlet="Test Wire", published=P)


def test_a_claim_about_today_leaves_room_for_reports_and_the_criteria_pin_the_day() -> None:
    body = "The committee will approve the budget today."
    candidate = claim(body, body.rstrip("."), "Jane Roe", "an official", window=("today", P, P))
    assert REPORTING_DAYS >= 1
    deadline = P + timedelta(days=REPORTING_DAYS)
    assert window_of(candidate, article(body)) == (P, deadline, False)
    data = draft_scenario(candidate, article(body), "committee-approve-budget", None)
    assert data["question"] == f"Will the committee approve the budget between 2021-08-02 and {deadline}?"
    assert data["resolution"]["criteria"].endswith(
        "Window from the article: 'today'. It must take place on 2021-08-02, the day the claim names; "
        f"the {REPORTING_DAYS} days after it leave time for it to be reported."
    )


def test_a_day_read_from_the_claims_sentence_is_said_to_be_the_sentences() -> None:
    # ("The minister said today that ..." dates the saying: test_draft_windows.py.)
    body = "Today, the committee will approve the budget."
    quote = "the committee will approve the budget"
    candidate = replace(claim(body, quote, "Jane Roe", "an official"), sentence_start=0, sentence_end=len(body))
    data = draft_scenario(candidate, article(body), "committee-approve-budget", None)
    assert data["resolution"]["criteria"].endswith(
        "Window from the sentence: 'Today'. It must take place on 2021-08-02, the day the sentence names; "
        f"the {REPORTING_DAYS} days after it leave time for it to be reported."
    )


def test_a_named_day_after_publication_opens_on_that_day_and_a_past_day_pins_nothing() -> None:
    body = "The trainees will qualify on June 3."
    day = date(2022, 6, 3)
    candidate = claim(body, body.rstrip("."), "Jane Roe", "an official", window=("on June 3", day, day))
    assert window_of(candidate, article(body)) == (day, day + timedelta(days=REPORTING_DAYS), False)
    # A day already past at publication gives no day to pin; the window still has room.
    past = date(2021, 7, 30)
    body = "The trainees will qualify on July 30, 2021."
    candidate = claim(body, body.rstrip("."), "Jane Roe", "an official", window=("on July 30, 2021", past, past))
    assert window_of(candidate, article(body)) == (P, P + timedelta(days=REPORTING_DAYS), False)
    data = draft_scenario(candidate, article(body), "trainees-qualify", None)
    assert "the day the claim names" not in data["resolution"]["criteria"]


def test_a_condition_that_says_tomorrow_is_asked_on_the_day_after_publication(tmp_path: Path) -> None:
    body = "Talks regarding the budget will follow if the motion is passed tomorrow."
    candidate = replace(
        claim(body, body.rstrip("."), "Jane Roe", "an official", event="Talks regarding the budget will follow."),
        conditional_on="if the motion is passed tomorrow",
    )
    root = tmp_path / "scenarios"
    report = write_drafts([candidate], article(body), root / "case", root, draft_all=True)
    drafted = [read_scenario(path).scenario for path in report.written]
    condition = next(s for s in drafted if s.conditional_on is None)
    tomorrow = P + timedelta(days=1)
    end = tomorrow + timedelta(days=REPORTING_DAYS)
    assert condition.question == f"Will the motion be passed between {tomorrow} and {end}?"
    assert (condition.opens, condition.deadline) == (tomorrow, end)
    assert condition.resolution.criteria.endswith(
        f"Window from the article: 'tomorrow'. It must take place on {tomorrow}, the day the claim names; "
        f"the {REPORTING_DAYS} days after it leave time for it to be reported."
    )
    conditional = next(s for s in drafted if s.conditional_on is not None)
    assert conditional.deadline == P + timedelta(days=DEFAULT_HORIZON_DAYS)


def test_a_condition_whose_consequence_comes_the_following_day_is_asked_on_the_day_before(tmp_path: Path) -> None:
    body = "If the chair is not confirmed, a second vote will be held the following day (14 March), the clerk said."
    published = date(2031, 3, 1)
    dated = Article(body=body, source="wire.txt", outlet="Test Wire", published=published)
    root = tmp_path / "scenarios"
    report = write_drafts(extract_forecasts(dated, RULES_ONLY), dated, root / "case", root, draft_all=True)
    drafted = [read_scenario(path).scenario for path in report.written]
    condition = next(s for s in drafted if s.conditional_on is None)
    # The vote on the chair is the day before the second vote's 14 March.
    assert (condition.opens, condition.deadline) == (date(2031, 3, 13), date(2031, 3, 15))
    assert condition.resolution.criteria.endswith(
        "Window from the article: 'the day before 2031-03-14'. It must take place on 2031-03-13, the day the "
        f"claim names; the {REPORTING_DAYS} days after it leave time for it to be reported."
    )
    conditional = next(s for s in drafted if s.conditional_on is not None)
    assert (conditional.opens, conditional.deadline) == (date(2031, 3, 14), date(2031, 3, 16))
