"""Conditions drafted from conditional claims: every source carries its words, and a condition
nobody could observe is not drafted as a scenario (issue 16, hand-scored sample)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from hand_made_claims import claim

from forecasts.extract import extract_from_text
from forecasts.extract.article import Article
from forecasts.extract.drafts import REVIEW_UNOBSERVABLE, write_drafts
from forecasts.extract.observability import unobservable_reason
from forecasts.extract.propositions import Proposition, propose
from forecasts.extract.scorer import RULES_ONLY
from forecasts.store import load_catalog, read_scenario

PUBLISHED = date(2020, 1, 5)


def _article(body: str) -> Article:
    return Article(body=body, source="story.txt", outlet="Test Wire", published=PUBLISHED)


def _found(body: str) -> list:
    return extract_from_text(body, published=PUBLISHED, outlet="Test Wire", scorer=RULES_ONLY)


def test_a_drafted_condition_carries_the_claims_words_and_says_whose_condition_it_is(tmp_path: Path) -> None:
    body = "If Syria shells the border towns, Turkey will strike Syrian army posts before June."
    root = tmp_path / "scenarios"
    report = write_drafts(_found(body), _article(body), root / "case", root)
    condition_path, claim_path = report.written
    condition = read_scenario(condition_path).scenario
    (source,) = condition.sources
    assert source.quote == body
    assert source.note is not None and source.note.startswith(
        "Condition of turkey-strike-syrian-army-posts: the claim forecasts that scenario if this happens"
    )
    # The claim says nothing of how likely its condition is: no hedge, an even prior.
    assert (source.hedge, source.prior, source.polarity) == (None, 0.5, "positive")
    assert [s.quote for s in read_scenario(claim_path).scenario.sources] == [body]
    assert load_catalog(root).problems == []


def test_a_condition_with_a_source_is_not_taken_for_the_claims_event_later(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    body = "If Syria shells the border towns, Turkey will strike Syrian army posts before June."
    first = write_drafts(_found(body), _article(body), root / "case", root)
    again = "Turkey will strike Syrian army posts before June, a general said."
    later = write_drafts(
        _found(again), Article(body=again, source="b.txt", outlet="B", published=PUBLISHED), root / "case", root
    )
    # The unconditional claim is about the forecast's event, not its condition's.
    assert all(path != first.written[0] for _, path in later.attached)


def test_a_condition_no_one_could_observe_is_left_out_with_a_review_note(tmp_path: Path) -> None:
    body = "The minister said Ruritania would not fire missiles unless its honour is insulted."
    root = tmp_path / "scenarios"
    report = write_drafts(_found(body), _article(body), root / "case", root)
    (path,) = report.written
    scenario = read_scenario(path).scenario
    assert scenario.id == "ruritania-fire-missiles"
    assert scenario.conditional_on is None
    assert "annulled" not in scenario.resolution.criteria
    assert (
        REVIEW_UNOBSERVABLE.format(
            condition="unless its honour is insulted",
            reason="Ruritania's honour be insulted: a judgement on an abstract thing, which no report settles",
        )
        in scenario.review
    )


def _condition(subject: str, verb: str, phrase: str) -> Proposition:
    return Proposition(subject, verb, phrase, False, "other", None)


def test_states_of_mind_and_abstract_judgements_are_not_observable_acts_are() -> None:
    assert unobservable_reason(_condition("Moscow", "become", "become sufficiently angry or anxious")) is not None
    assert unobservable_reason(_condition("the cabinet", "feel", "feel cornered")) is not None
    assert unobservable_reason(_condition("its vital interests", "threaten", "be threatened")) is not None
    assert unobservable_reason(_condition("Syria", "shell", "shell the border towns")) is None
    assert unobservable_reason(_condition("the talks", "collapse", "collapse")) is None
    assert unobservable_reason(_condition("", "happen", "whatever happens")) is None


def test_the_unobservable_condition_is_read_from_the_claim() -> None:
    body = "The minister said Ruritania would not fire missiles unless its honour is insulted."
    (candidate,) = _found(body)
    p = propose(candidate, _article(body))
    assert p.condition is not None and unobservable_reason(p.condition) is not None


def test_the_forecasters_own_premise_is_no_condition_to_draft() -> None:
    reason = unobservable_reason(_condition("these forecasts", "hold", "hold"))
    assert reason == "these forecasts hold: the forecaster's own premise, not an event a report settles"
    assert unobservable_reason(_condition("current trends", "continue", "continue")) is not None
    assert unobservable_reason(_condition("spending and revenue policies", "change", "change")) is not None
    # A policy someone adopts is an act: "if the bank changes its policy" has an actor.
    assert unobservable_reason(_condition("the central bank", "change", "change its policy")) is None
    assert unobservable_reason(_condition("the ceasefire", "hold", "hold")) is None


def test_a_premise_claim_is_drafted_as_the_forecast_alone() -> None:
    body = "The agency said output will fall by a third if current trends continue."
    (candidate,) = _found(body)
    p = propose(candidate, _article(body))
    assert p.condition is not None
    assert unobservable_reason(p.condition) == (
        "current trends continue: the forecaster's own premise, not an event a report settles"
    )


def test_unless_policies_change_is_a_premise_whose_subject_keeps_its_list() -> None:
    body = "Unless spending and tax policies change, the debt of Ostland will keep growing faster than its economy."
    (candidate,) = _found(body)
    p = propose(candidate, _article(body))
    assert p.condition is not None
    assert unobservable_reason(p.condition) == (
        "spending and tax policies change: the forecaster's own premise, not an event a report settles"
    )


def test_a_judgement_that_circumstances_call_for_the_act_is_no_condition_to_draft() -> None:
    assert unobservable_reason(_condition("", "happen", "market conditions warrant")) is not None
    assert unobservable_reason(_condition("the situation", "require", "require it")) is not None
    assert unobservable_reason(_condition("weather conditions", "permit", "permit")) is not None
    assert unobservable_reason(_condition("conditions", "improve", "improve")) is None
    assert unobservable_reason(_condition("the regulator", "permit", "permit the merger")) is None


def test_a_forecast_hedged_by_circumstances_is_drafted_alone(tmp_path: Path) -> None:
    body = "The new berths at Tema will be opened to tankers in June if weather conditions permit, the port authority said."
    report = write_drafts(_found(body), _article(body), tmp_path / "scenarios" / "t", tmp_path / "scenarios")
    (path,) = report.written
    assert read_scenario(path).scenario.conditional_on is None


def test_a_condition_whose_question_would_not_read_as_one_is_left_out_with_a_review_note(tmp_path: Path) -> None:
    # The condition keeps the sentence's third-person verb, so its question would read
    # "Will Governor Mako carries out the purge", which no stranger is asked.
    body = "Ruritania will close its border if Governor Mako carries out the purge, the minister said."
    root = tmp_path / "scenarios"
    report = write_drafts(_found(body), _article(body), root / "case", root)
    (path,) = report.written
    scenario = read_scenario(path).scenario
    assert scenario.id == "ruritania-close-border"
    assert scenario.conditional_on is None
    assert any(note.startswith("conditional_on: the claim holds only") for note in scenario.review)


def test_so_will_we_takes_the_conditions_verb_and_the_condition_its_catenative() -> None:
    body = "Ostland's leaders said on Friday that if Varnia continues to shell the border towns, so will Ostland."
    quote = body[body.index("if Varnia") :]
    made = replace(
        claim(body, quote, "Ostland's leaders", None), conditional_on="if Varnia continues to shell the border towns"
    )
    proposition = propose(made, _article(body))
    assert (proposition.subject, proposition.phrase) == ("Ostland", "shell the border towns")
    assert proposition.condition is not None
    assert (proposition.condition.subject, proposition.condition.phrase) == (
        "Varnia",
        "continue to shell the border towns",
    )
