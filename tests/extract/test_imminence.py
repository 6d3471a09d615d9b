"""A claim that something is imminent or immediate is asked within a week, not months.

The extractor keeps the labelling rules' windows ("imminent" is [P, P + 30 days], "not be
immediate" has no time expression); the draft's deadline is cut to a week when the claim is
about immediacy. Texts are made up, of the shape the hand-scored sample found ("The reprisal will
probably not be immediate" drafted with a half-year deadline).
"""

from __future__ import annotations

from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.scorer import RULES_ONLY

P = date(2020, 1, 4)


def draft(body: str) -> dict:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    (candidate,) = extract_forecasts(article, RULES_ONLY)
    return draft_scenario(candidate, article, "draft", None)


def test_an_immediate_response_is_asked_within_a_week() -> None:
    data = draft("Syria's retaliation will probably not be immediate, a diplomat said.")
    # "be immediate" is the window, not the event: the question asks whether the retaliation comes in it.
    assert data["question"] == "Will Syria's retaliation come between 2020-01-04 and 2020-01-11?"
    assert data["deadline"] == date(2020, 1, 11)


def test_imminent_and_immediately_are_a_week_and_other_claims_keep_their_window() -> None:
    assert draft("A strike on the port is imminent, officials warned.")["deadline"] == date(2020, 1, 11)
    assert draft("The army will immediately withdraw from the border, the minister said.")["deadline"] == date(
        2020, 1, 11
    )
    # "immediately after" hangs on another event; "soon" keeps its month.
    assert draft("The army will withdraw immediately after the talks, the minister said.")["deadline"] == date(
        2020, 7, 2
    )
    assert draft("The army will withdraw soon, the minister said.")["deadline"] == date(2020, 2, 3)


def test_an_imminent_act_named_as_a_noun_is_asked_whether_it_comes() -> None:
    data = draft("A strike on the port is imminent, officials warned.")
    assert data["question"] == "Will a strike on the port come between 2020-01-04 and 2020-01-11?"
    data = draft("The army's withdrawal will be very immediate, the minister said.")
    assert data["question"] == "Will the army's withdrawal come between 2020-01-04 and 2020-01-11?"


def test_the_criteria_name_the_week_immediate_asks_about_not_the_time_of_the_next_clause() -> None:
    body = "The counter-strike will probably not be immediate but will come in the next two weeks, an officer said."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    first = min(extract_forecasts(article, RULES_ONLY), key=lambda c: c.char_start)
    criteria = draft_scenario(first, article, "draft", None)["resolution"]["criteria"]
    assert criteria.endswith(" Window: the 7 days after publication, which 'immediate' names.")
    assert "next two weeks" not in criteria
