"""Conditional questions: P(condition), P(consequent | condition) and their joint probability.

A scenario B with ``conditional_on: {scenario: A, outcome: o}`` asks about the world in which A
resolves ``o``, so the probability shown for B is P(B | A = o). With P(A = o) from A's own
estimate (1 or 0 once A is settled), the chance that both come about is
P(A = o and B) = P(A = o) · P(B | A = o). The consequents of one condition, grouped by the
outcome they assume, form a tree: A's branches, each with the questions asked in it.

When one question is asked in every branch of A (the same event B, one scenario per branch,
each tagged ``marginal-<name>``), the branches add up to B's overall chance by the law of total
probability: P(B) = sum over A's outcomes o of P(A = o) · P(B | A = o); for a yes/no condition,
P(A)P(B|A) + P(not A)P(B|not A).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
class Total:
    """One question asked in every branch of a condition, and its overall probability.

    ``parts`` pairs each branch's outcome with the consequent asked in it; ``probability`` is
    the sum of their joint probabilities (None if any part is unknown).
    """

    name: str
    parts: list[tuple[str, Consequent]]
    probability: float | None


@dataclass(frozen=True)
class ConditionalTree:
    """A condition and its branches; ``condition`` is None if it did not exist at the as-of date.

    ``totals``: the questions asked in every branch (tagged ``marginal-<name>``), each with its
    overall probability.
    """

    condition_id: str
    condition: ScenarioState | None
    branches: list[Branch]
    totals: list[Total] = field(default_factory=list)


def branch_totals(condition: ScenarioState | None, branches: list[Branch]) -> list[Total]:
    """P(B) over all of the condition's outcomes, for each binary question B asked in every branch."""
    if condition is None:
        return []
    outcomes = [o for o in condition.scenario.outcomes() if o != AMBIGUOUS]
    found: dict[str, dict[str, Consequent]] = {}
    for branch in branches:
        for item in branch.consequents:
            name = item.state.scenario.marginal_group()
            if name is not None and item.state.scenario.kind == "binary":
                found.setdefault(name, {})[branch.outcome] = item
    totals: list[Total] = []
    for name, by_outcome in found.items():
        if any(o not in by_outcome for o in outcomes):
            continue  # a branch without the question: no total to speak of
        parts = [(o, by_outcome[o]) for o in outcomes]
        joints = [c.joint[YES] for _, c in parts]
        probability = None if any(j is None for j in joints) else sum(j for j in joints if j is not None)
        totals.append(Total(name=name, parts=parts, probability=probability))
    return totals


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
        trees.append(
            ConditionalTree(
                condition_id=condition_id,
                condition=condition,
                branches=branches,
                totals=branch_totals(condition, branches),
            )
        )
    return trees
