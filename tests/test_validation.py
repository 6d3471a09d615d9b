"""One fixture per kind of invalid file, each with the exact message a person sees."""

from pathlib import Path

import pytest

from forecasts.problems import ScenarioError
from forecasts.store import load_catalog, read_scenario
from testdata import DATA

INVALID = DATA / "invalid"
F = "tests/data/invalid/"

EXPECTED = {
    "alias-bomb": [
        f"{F}alias-bomb.yaml:3: YAML aliases (*name) are not allowed in scenario files; write the value out in full"
    ],
    "bad-date": [f"{F}bad-date.yaml:6: deadline: '2020-13-01' is not a date (YYYY-MM-DD)"],
    "bad-evidence": [
        f"{F}bad-evidence.yaml:12: evidence[0].direction: direction needs a strength: weak, moderate or strong"
    ],
    "bad-outcome": [
        f"{F}bad-outcome.yaml:9: resolution.outcome: 'maybe' is not an outcome of this binary scenario; use one of: yes, no, ambiguous"
    ],
    "bad-probability": [
        f"{F}bad-probability.yaml:11: forecasts[0].probability: '130%' is not strictly between 0 and 1 (0% and 100% are never honest forecasts)",
        f"{F}bad-probability.yaml:14: forecasts[1].probability: 'likly' is not a probability (did you mean 'likely' or 'unlikely'?); write a number between 0 and 1 (0.7), a percentage (70%), odds (3:1), 'N in M' (1 in 4) or a hedge word (likely)",
    ],
    "bad-rule": [
        f"{F}bad-rule.yaml:10: resolution.rule.quad_class: 7 must be <= 4",
        f"{F}bad-rule.yaml:11: resolution.rule: unknown key 'actor1_countyr' (did you mean 'actor1_country'?)",
    ],
    "bad-status": [
        f"{F}bad-status.yaml:6: status: 'opne' is not allowed (did you mean 'open'?); use one of: draft, open, resolved, annulled"
    ],
    "categorical-no-options": [
        f"{F}categorical-no-options.yaml:4: kind: a categorical scenario needs options: at least two, each with id and label"
    ],
    "categorical-sum": [
        f"{F}categorical-sum.yaml:16: forecasts[0].probability: option probabilities sum to 1.2, not 1"
    ],
    "deadline-before-opens": [
        f"{F}deadline-before-opens.yaml:6: deadline: 2020-01-31 is not after opens (2020-02-01); move the deadline later or opens earlier"
    ],
    "empty": [f"{F}empty.yaml:1: a scenario file holds a mapping of keys (id:, title:, ...), not an empty file"],
    "history-not-last": [
        f"{F}history-not-last.yaml:6: history: must be the last key in the file (forecasts appends to it); move it to the end"
    ],
    "id-mismatch": [
        f"{F}id-mismatch.yaml:1: id: 'some-other-id' does not match the file name; rename the file to some-other-id.yaml or set id: id-mismatch"
    ],
    "missing-key": [f"{F}missing-key.yaml:1: missing required key 'question'"],
    "naive-datetime": [
        f"{F}naive-datetime.yaml:5: deadline: '2020-01-31T18:00:00' has no timezone; add one (e.g. '2020-01-31T18:00:00+00:00' or 'Z')"
    ],
    "not-a-mapping": [
        f"{F}not-a-mapping.yaml:1: a scenario file holds a mapping of keys (id:, title:, ...), not a list"
    ],
    "not-yaml": [
        f"{F}not-yaml.yaml:4: not valid YAML: found unexpected end of stream while scanning a quoted scalar that starts on line 2"
    ],
    "python-tag": [
        f"{F}python-tag.yaml:2: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed: scenario files hold plain data (text, numbers, dates, lists, mappings)"
    ],
    "unknown-hedge": [
        f"{F}unknown-hedge.yaml:11: sources[0].hedge: 'in all likelyhood' is not a known hedge phrase (did you mean 'in all likelihood'?); add prior: with the probability it implies"
    ],
    "unknown-key": [f"{F}unknown-key.yaml:8: resolution: unknown key 'sorces' (did you mean 'sources'?)"],
}


def test_every_fixture_has_an_expected_message():
    assert sorted(p.stem for p in INVALID.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_file_message(name, monkeypatch):
    monkeypatch.chdir(DATA.parent.parent)
    with pytest.raises(ScenarioError) as info:
        read_scenario(Path(F) / f"{name}.yaml")
    assert [str(p) for p in info.value.problems] == EXPECTED[name]


def test_validate_reports_all_problems_at_once(monkeypatch):
    monkeypatch.chdir(DATA.parent.parent)
    catalog = load_catalog(Path(F))
    assert sorted(str(p) for p in catalog.problems) == sorted(m for ms in EXPECTED.values() for m in ms)


def test_unknown_top_level_key_suggests_the_right_one(tmp_path):
    path = tmp_path / "case" / "x.yaml"
    path.parent.mkdir()
    path.write_text(
        "id: x\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\ntagz: [a]\n"
    )
    with pytest.raises(ScenarioError) as info:
        read_scenario(path)
    (problem,) = info.value.problems
    assert (problem.line, problem.field, problem.message) == (7, None, "unknown key 'tagz' (did you mean 'tags'?)")


def test_unknown_key_without_a_close_match_lists_the_allowed_ones(tmp_path):
    path = tmp_path / "case" / "x.yaml"
    path.parent.mkdir()
    path.write_text(
        "id: x\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\nladder: {name: l, rung: 1, zzz: 3}\n"
    )
    with pytest.raises(ScenarioError) as info:
        read_scenario(path)
    assert info.value.problems[0].message == "unknown key 'zzz'; allowed keys: name, rung"


def _write(root: Path, case: str, name: str, text: str) -> Path:
    path = root / case / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


BASE = "title: T\nquestion: Will it?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\n"


def test_cross_file_checks(tmp_path):
    _write(tmp_path, "a", "one", "id: one\n" + BASE + "ladder: {name: l, rung: 1}\n")
    _write(tmp_path, "b", "one", "id: one\n" + BASE)
    _write(
        tmp_path,
        "a",
        "two",
        "id: two\n" + BASE + "ladder: {name: l, rung: 1}\nconditional_on: {scenario: on, outcome: yes}\n",
    )
    _write(tmp_path, "a", "three", "id: three\n" + BASE + "conditional_on: {scenario: one, outcome: direct}\n")
    messages = sorted(
        f"{p.path.parent.name}/{p.path.name}:{p.line}: {p.field}: {p.message}" for p in load_catalog(tmp_path).problems
    )
    assert messages == [
        "a/three.yaml:7: conditional_on.outcome: 'direct' is not an outcome of 'one'; use one of: yes, no",
        "a/two.yaml:7: ladder.rung: rung 1 of ladder 'l' is already taken by 'one'; rungs are unique within a ladder",
        "a/two.yaml:8: conditional_on.scenario: no scenario with id 'on' (did you mean 'one'?)",
        f"b/one.yaml:1: id: 'one' is also the id of {tmp_path / 'a' / 'one.yaml'}; ids must be unique across the tree "
        "(this file is left out until one of them is renamed)",
    ]


def test_case_must_match_folder(tmp_path):
    path = _write(tmp_path, "iran-2020", "x", "id: x\ncase: iran-2019\n" + BASE)
    with pytest.raises(ScenarioError) as info:
        read_scenario(path)
    assert (
        info.value.problems[0].message
        == "'iran-2019' does not match the folder 'iran-2020'; move the file to iran-2019/ or set case: iran-2020"
    )


def test_fixture_tree_is_valid():
    catalog = load_catalog(DATA / "tree")
    assert catalog.problems == []
    assert sorted(f.scenario.id for f in catalog.files) == ["proxy", "response", "retaliation-if-strike", "strike"]
