"""A conditional claim is drafted only when its condition is an event of a known kind; a premise
or hypothetical trigger lists it, and an unobservable premise still drafts the forecast alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gate_verdicts import drafted_and_held
from hand_made_claims import claim

from forecasts.extract.candidates import Candidate
from forecasts.extract.conditional_triggers import find_unsettled_trigger
from forecasts.extract.propositions import Proposition


def test_a_conditional_claim_on_an_act_of_no_known_kind_is_listed(tmp_path: Path) -> None:
    body = (
        "The governor spoke to the regional assembly on Monday.\n\n"
        "If the old tunnel is replaced, the railway will carry 29 million tonnes of freight a year by 2027, he said."
    )
    written, held = drafted_and_held(body, tmp_path)
    assert written == []
    assert list(held.values()) == [
        "a condition that is no event of a known kind: 'If the old tunnel is replaced' is a premise or a "
        "hypothetical, no visit, vote, election, statement, figure or act of force; word the condition as an "
        "event a report could settle (--draft-all drafts it as it stands)"
    ]


def test_a_conditional_claim_on_an_act_of_force_is_drafted_with_its_condition(tmp_path: Path) -> None:
    body = "If Syria shells the border towns, Turkey will strike Syrian army posts before June, a general said."
    written, held = drafted_and_held(body, tmp_path)
    assert held == {}
    assert sorted(written) == ["syria-shell-border-towns.yaml", "turkey-strike-syrian-army-posts.yaml"]


def _claim(conditional_on: str | None) -> Candidate:
    quote = "The railway will carry 29 million tonnes a year by 2027."
    return replace(claim(quote, quote, "the governor", None), conditional_on=conditional_on)


def _p(condition: Proposition | None) -> Proposition:
    return Proposition("Ostland", "build", "build a pipeline", False, "other", None, (), condition)


def test_only_a_read_observable_condition_of_no_known_kind_is_found() -> None:
    other = Proposition("the old tunnel", "replace", "be replaced", False, "other", None)
    vote = Proposition("the Senate", "ratify", "ratify the treaty", False, "vote", None)
    premise = Proposition("current trends", "continue", "continue", False, "other", None)
    unread = Proposition("", "happen", "Governor Mako carries out the purge", False, "other", None)
    recorded = Proposition("a bill", "introduce", "be introduced in Parliament", False, "other", None)
    said = "if the old tunnel is replaced"
    assert find_unsettled_trigger(_claim(said), _p(other)) is not None
    assert find_unsettled_trigger(_claim(None), _p(other)) is None
    assert find_unsettled_trigger(_claim(said), _p(vote)) is None
    # A premise drafts the forecast alone, and so does a condition the drafting could not read (``drafts``).
    assert find_unsettled_trigger(_claim(said), _p(premise)) is None
    assert find_unsettled_trigger(_claim(said), _p(unread)) is None
    assert find_unsettled_trigger(_claim(said), _p(recorded)) is None
