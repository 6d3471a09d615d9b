"""Rules written once: the source prior, the case, the evidence weight's wording, suggestions, switches.

Each of these was written out in several modules that drifted apart; these tests read the
source (``ast``) of the library and the dashboard and fail when a copy comes back.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import forecasts
from forecasts.display import evidence_weight
from forecasts.scenario import Evidence
from forecasts.store import case_of, read_scenario
from testdata import DATA

PACKAGE = Path(forecasts.__file__).resolve().parent
DASHBOARD = PACKAGE.parent / "dashboard"


@functools.cache
def _sources() -> dict[str, ast.Module]:
    # Parsed once for all the tests here (they only read the trees): parsing is most of their time.
    files = sorted(PACKAGE.rglob("*.py")) + sorted(DASHBOARD.rglob("*.py"))
    return {p.relative_to(PACKAGE.parent).as_posix(): ast.parse(p.read_text(encoding="utf-8")) for p in files}


def _modules_with_text(fragment: str) -> set[str]:
    """Modules holding a string constant (or a literal part of an f-string) containing ``fragment``;
    docstrings, which may name the wording, do not count."""
    found = set()
    for name, tree in _sources().items():
        docstrings = {
            id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)
        }
        for node in ast.walk(tree):
            if id(node) in docstrings:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and fragment in node.value:
                found.add(name)
    return found


def test_did_you_mean_is_worded_in_one_module() -> None:
    assert _modules_with_text("did you mean") == {"forecasts/spelling.py"}


def test_the_evidence_weight_is_worded_in_one_module() -> None:
    assert _modules_with_text("LR ") == {"forecasts/display.py"}


def test_the_case_rule_is_written_once() -> None:
    # `scenario.case or <path>.parent.name`: a BoolOp whose fallback is a `.parent.name`.
    found = set()
    for name, tree in _sources().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
                last = node.values[-1]
                if (
                    isinstance(last, ast.Attribute)
                    and last.attr == "name"
                    and ast.unparse(last).endswith("parent.name")
                ):
                    found.add(name)
    assert found == {"forecasts/store.py"}


def test_the_on_words_of_a_switch_are_written_once() -> None:
    # The command and the dashboard each had their own {"1", "true", "yes", "on"}: a collection
    # literal holding "true" and "on" is the reading of an on/off switch, kept in forecasts.flags.
    found = set()
    for name, tree in _sources().items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
                words = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
                if {"true", "on"} <= {w.lower() for w in words}:
                    found.add(name)
    assert found == {"forecasts/flags.py"}


def test_the_case_is_the_case_key_else_the_folder() -> None:
    scenario_file = read_scenario(DATA / "tree" / "demo" / "strike.yaml")
    assert scenario_file.case == case_of(scenario_file.scenario, scenario_file.path) == "demo"
    keyless = scenario_file.scenario.model_copy(update={"case": None})
    assert case_of(keyless, Path("elsewhere/strike.yaml")) == "elsewhere"


def test_the_evidence_weight_wording() -> None:
    ratio = Evidence(at="2020-01-05", by="Ana", note="n", likelihood_ratio=2)
    words = Evidence(at="2020-01-05", by="Ana", note="n", direction="up", strength="moderate")
    assert (evidence_weight(ratio), evidence_weight(words)) == ("LR 2", "up (moderate)")
