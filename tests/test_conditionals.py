from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from forecasts.conditionals import conditional_trees, joint_probability, outcome_probability
from forecasts.scenario import ForecastEntry, ResolutionEntry
from forecasts.state import as_of_instant, catalog_states
from forecasts.store import append_history, load_catalog
from testdata import copy_bundled

SIBLING = """\
id: retaliation-if-no-strike
title: Retaliation even without a strike
question: If state A does not strike US forces, will the US strike state A's territory by 2020-03-31?
created: 2020-01-04
deadline: 2020-03-31
resolution:
  criteria: Yes if US forces strike targets on state A's territory.
conditional_on: {scenario: strike, outcome: "no"}
forecasts:
  - {at: 2020-01-05, by: alice, probability: 0.05}
"""


def states(root, day):
    return {s.id: s for s in catalog_states(load_catalog(root).files, as_of_instant(day))}


def test_outcome_probability_binary_categorical_and_settled(tree):
    jan7 = states(tree, date(2020, 1, 7))
    assert outcome_probability(jan7["strike"], "yes") == 0.4
    assert outcome_probability(jan7["strike"], "no") == pytest.approx(0.6)
    assert outcome_probability(jan7["strike"], "ambiguous") is None
    assert outcome_probability(jan7["response"], "direct") == 0.3
    assert outcome_probability(jan7["response"], "nonsense") is None
    # Settled: certainty either way, whatever the forecasts said.
    assert outcome_probability(jan7["proxy"], "yes") == 1.0
    assert outcome_probability(jan7["proxy"], "no") == 0.0
    # No forecast and no source: nothing to say.
    assert outcome_probability(jan7["retaliation-if-strike"], "yes") is None


def test_joint_probability():
    assert joint_probability(0.4, 0.5) == pytest.approx(0.2)
    assert joint_probability(None, 0.5) is None
    assert joint_probability(0.4, None) is None
    # If the condition cannot happen, neither can both, whatever the conditional says.
    assert joint_probability(0.0, None) == 0.0


def test_tree_with_both_branches(tree):
    (tree / "demo" / "retaliation-if-no-strike.yaml").write_text(SIBLING, encoding="utf-8")
    entry = ForecastEntry(type="forecast", at=datetime(2020, 1, 6, 12, tzinfo=UTC), by="bob", probability=0.7)
    append_history(tree / "demo" / "retaliation-if-strike.yaml", entry)
    trees = conditional_trees(list(states(tree, date(2020, 1, 7)).values()))
    assert [t.condition_id for t in trees] == ["strike"]
    (only,) = trees
    assert only.condition is not None and only.condition.id == "strike"
    assert [b.outcome for b in only.branches] == ["yes", "no"]  # the condition's outcome order
    yes, no = only.branches
    assert yes.probability == 0.4 and no.probability == pytest.approx(0.6)
    assert [c.state.id for c in yes.consequents] == ["retaliation-if-strike"]
    assert yes.consequents[0].given == {"yes": 0.7}
    assert yes.consequents[0].joint["yes"] == pytest.approx(0.28)
    assert no.consequents[0].joint["yes"] == pytest.approx(0.03)


def test_condition_not_created_yet_and_bundled_case(tree, tmp_path):
    (tree / "demo" / "strike.yaml").write_text(
        (tree / "demo" / "strike.yaml").read_text().replace("created: 2020-01-04", "created: 2020-01-10"),
        encoding="utf-8",
    )
    (only,) = conditional_trees(list(states(tree, date(2020, 1, 7)).values()))
    assert only.condition is None and only.branches[0].probability is None

    bundled = copy_bundled(tmp_path / "bundled")  # not the checkout: it may hold a posterior
    jan5 = states(bundled, date(2020, 1, 5))
    by_condition = {t.condition_id: t for t in conditional_trees(list(jan5.values()))}
    assert set(by_condition) == {"us-strikes-iran", "iran-abandons-jcpoa"}
    gulf = by_condition["us-strikes-iran"].branches[0]
    p_strike = jan5["us-strikes-iran"].estimate.probability
    p_gulf = jan5["iran-war-on-gulf-if-us-strikes"].estimate.probability
    assert p_strike is not None and p_gulf is not None
    assert (gulf.outcome, gulf.probability) == ("yes", p_strike)
    assert gulf.consequents[0].joint["yes"] == pytest.approx(p_strike * p_gulf)
    # Once the condition failed, the branch cannot happen and its question is void.
    april = states(bundled, date(2020, 4, 2))
    (after,) = [t for t in conditional_trees(list(april.values())) if t.condition_id == "us-strikes-iran"]
    assert after.branches[0].probability == 0.0
    assert after.branches[0].consequents[0].given == {"yes": None}
    assert after.branches[0].consequents[0].joint == {"yes": 0.0}


def tag_marginal(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert "\ntags:" not in text
    path.write_text(text.replace("\nconditional_on:", f"\ntags: [marginal-{name}]\nconditional_on:"), encoding="utf-8")


def test_a_question_asked_in_both_branches_totals_by_total_probability(tree):
    (tree / "demo" / "retaliation-if-no-strike.yaml").write_text(SIBLING, encoding="utf-8")
    entry = ForecastEntry(type="forecast", at=datetime(2020, 1, 6, 12, tzinfo=UTC), by="bob", probability=0.7)
    append_history(tree / "demo" / "retaliation-if-strike.yaml", entry)
    # Untagged, the two branch questions are two questions: no total.
    (only,) = conditional_trees(list(states(tree, date(2020, 1, 7)).values()))
    assert only.totals == []
    tag_marginal(tree / "demo" / "retaliation-if-no-strike.yaml", "us-strike")
    # One branch tagged is not enough: the other branch's question may be another one.
    (only,) = conditional_trees(list(states(tree, date(2020, 1, 7)).values()))
    assert only.totals == []
    tag_marginal(tree / "demo" / "retaliation-if-strike.yaml", "us-strike")
    (only,) = conditional_trees(list(states(tree, date(2020, 1, 7)).values()))
    (total,) = only.totals
    assert total.name == "us-strike"
    assert [(o, c.state.id) for o, c in total.parts] == [
        ("yes", "retaliation-if-strike"),
        ("no", "retaliation-if-no-strike"),
    ]
    # P(strike) 0.4: 0.4 * 0.7 + 0.6 * 0.05
    assert total.probability == pytest.approx(0.4 * 0.7 + 0.6 * 0.05)
    # Once the condition is known, the total is the branch that came true.
    resolved = ResolutionEntry(type="resolution", at=datetime(2020, 1, 8, 12, tzinfo=UTC), by="a", outcome="no")
    append_history(tree / "demo" / "strike.yaml", resolved)
    (only,) = conditional_trees(list(states(tree, date(2020, 1, 9)).values()))
    assert only.totals[0].probability == pytest.approx(0.05)
