"""Conditional questions: P(condition), P(consequent | condition) and their joint probability.

A scenario B with ``conditional_on: {scenario: A, outcome: o}`` asks about the world in which A
resolves ``o``, so the probability shown for B is P(B | A = o). With P(A = o) from A's own
estimate (1 or 0 once A is settled), the chance that both come about is
P(A = o and B) = P(A = o) · P(B | A = o). The consequents of one condition, grouped by the
outcome they assume, form a tree: A's branches, each with the questions asked in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from forecasts.scenario import BINARY_OUTCOMES
from forecasts.state import ScenarioState

YES = "yes"
AMBIGUOUS = "ambiguous"


def outcome_probability(state: ScenarioState, outcome: str) -> float | None:
    """P(the scenario resolves ``outcome``) as known at the state's as-of instant.

    Once resolved it is 1 for the outcome that happened and 0 for the others. None when there
    is no meaningful number: annulled or ambiguous questions, no estimate yet, or ``outcome``
    ``ambiguous`` (no estimate covers it).
    """
    if state.status == "annulled" or outcome == AMBIGUOUS:
        return None
    if state.resolution is not None:
        if state.resolution.outcome == AMBIGUOUS:
            return None
        return 1.0 if state.resolution.outcome == outcome else 0.0
    estimate = state.estimate
    if state.scenario.kind == "categorical":
        return estimate.options.get(outcome) if estimate.options is not None else None
    if estimate.probability is None or outcome not in BINARY_OUTCOMES:
        return None
    return estimate.probability if outcome == YES else 1 - estimate.probability


def joint_probability(p_condition: float | None, p_given: float | None) -> float | None:
    """P(A and B) = P(A) · P(B | A); 0 when A cannot happen, whatever B's number; None if unknown."""
    if p_condition == 0.0:
        return 0.0
    if p_condition is None or p_given is None:
        return None
    return p_condition * p_given


def consequent_outcomes(state: ScenarioState) -> list[str]:
    """The outcomes a consequent's probabilities are given for: ``yes``, or every option."""
    return state.scenario.option_ids() if state.scenario.kind == "categorical" else [YES]


@dataclass(frozen=True)
class Consequent:
    """A question asked in one branch: P(its outcome | the branch) and P(branch and outcome)."""

    state: ScenarioState
    given: dict[str, float | None]
    joint: dict[str, float | None]


@dataclass(frozen=True)
class Branch:
    """The world in which the condition resolves ``outcome``, and the questions asked in it."""

    outcome: str
    probability: float | None
    consequents: list[Consequent]


@dataclass(frozen=True)
class ConditionalTree:
    """A condition and its branches; ``condition`` is None if it did not exist at the as-of date."""

    condition_id: str
    condition: ScenarioState | None
    branches: list[Branch]


def consequent(state: ScenarioState, p_condition: float | None) -> Consequent:
    """The consequent's conditional and joint probabilities, given P(its condition's outcome)."""
    given = {o: outcome_probability(state, o) for o in consequent_outcomes(state)}
    return Consequent(state=state, given=given, joint={o: joint_probability(p_condition, p) for o, p in given.items()})


def conditional_trees(states: list[ScenarioState]) -> list[ConditionalTree]:
    """One tree per scenario that others are conditional on, in the order the states come.

    Branches follow the condition's outcome order; consequents keep the order of ``states``.
    """
    by_id = {s.id: s for s in states}
    grouped: dict[str, dict[str, list[ScenarioState]]] = {}
    for state in states:
        cond = state.scenario.conditional_on
        if cond is not None:
            grouped.setdefault(cond.scenario, {}).setdefault(cond.outcome, []).append(state)
    order = {s.id: i for i, s in enumerate(states)}
    trees: list[ConditionalTree] = []
    for condition_id in sorted(grouped, key=lambda i: (order.get(i, len(order)), i)):
        condition = by_id.get(condition_id)
        outcomes = condition.scenario.outcomes() if condition is not None else []
        rank = {o: i for i, o in enumerate(outcomes)}
        branches = []
        for outcome in sorted(grouped[condition_id], key=lambda o: (rank.get(o, len(rank)), o)):
            p = outcome_probability(condition, outcome) if condition is not None else None
            branches.append(Branch(outcome, p, [consequent(s, p) for s in grouped[condition_id][outcome]]))
        trees.append(ConditionalTree(condition_id=condition_id, condition=condition, branches=branches))
    return trees
