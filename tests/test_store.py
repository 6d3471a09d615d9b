import subprocess
import sys
from datetime import UTC, datetime

import pytest

from forecasts.problems import ScenarioError
from forecasts.scenario import EvidenceEntry, ForecastEntry, ResolutionEntry
from forecasts.store import append_history, create_scenario, find_scenario_files, load_catalog, read_scenario
from testdata import REPO

AT = datetime(2020, 1, 6, 9, 30, tzinfo=UTC)


def forecast(p, by="alice", **extra):
    return ForecastEntry(type="forecast", at=AT, by=by, probability=p, **extra)


def test_append_keeps_every_byte_a_person_wrote(tree):
    path = tree / "demo" / "strike.yaml"
    before = path.read_bytes()
    append_history(path, forecast(0.35, note="missile units dispersed"))
    append_history(path, EvidenceEntry(type="evidence", at=AT, by="bob", note="satellite images", likelihood_ratio=2.5))
    after = path.read_bytes()
    assert after.startswith(before)
    assert after[len(before) :].decode() == (
        "history:\n"
        "- type: forecast\n"
        "  at: 2020-01-06T09:30:00+00:00\n"
        "  by: alice\n"
        "  probability: 0.35\n"
        "  note: missile units dispersed\n"
        "- type: evidence\n"
        "  at: 2020-01-06T09:30:00+00:00\n"
        "  by: bob\n"
        "  note: satellite images\n"
        "  likelihood_ratio: 2.5\n"
    )
    scenario = read_scenario(path).scenario
    assert [e.type for e in scenario.history] == ["forecast", "evidence"]


def test_append_follows_the_indentation_of_an_existing_history(tmp_path):
    path = tmp_path / "c" / "x.yaml"
    path.parent.mkdir()
    text = (
        "id: x  # comment kept\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-01-31\n"
        "resolution: {criteria: c}\nhistory:\n    - type: forecast\n      at: 2020-01-05\n      by: a\n      probability: 0.2\n"
    )
    path.write_text(text)
    append_history(path, forecast(0.3))
    new = path.read_text()
    assert new.startswith(text)
    assert new[len(text) :].startswith("    - type: forecast\n      at: 2020-01-06T09:30:00+00:00\n")
    assert [e.probability for e in read_scenario(path).scenario.history] == [0.2, 0.3]


def test_append_to_a_file_without_final_newline(tmp_path):
    path = tmp_path / "c" / "x.yaml"
    path.parent.mkdir()
    text = "id: x\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}"
    path.write_text(text)
    append_history(path, forecast(0.3))
    assert path.read_text().startswith(text + "\nhistory:\n- type: forecast\n")


def test_flow_style_history_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "c" / "x.yaml"
    path.parent.mkdir()
    text = "id: x\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\nhistory: []\n"
    path.write_text(text)
    with pytest.raises(ScenarioError) as info:
        append_history(path, forecast(0.3))
    assert info.value.problems[0].message.startswith(
        "cannot append safely: history must be the last key and a block list"
    )
    assert path.read_text() == text


def test_invalid_file_is_never_appended_to(tree):
    path = tree / "demo" / "strike.yaml"
    broken = path.read_text().replace("deadline: 2020-01-31", "deadline: 2020-13-31")
    path.write_text(broken)
    with pytest.raises(ScenarioError, match="is not a date"):
        append_history(path, forecast(0.3))
    assert path.read_text() == broken


def test_entry_that_does_not_fit_the_scenario_is_refused(tree):
    path = tree / "demo" / "response.yaml"
    before = path.read_text()
    with pytest.raises(ScenarioError) as info:
        append_history(path, forecast({"asymmetric": 0.5, "direct": 0.2}))
    assert [str(p).split(": ", 1)[1] for p in info.value.problems] == [
        "probability: no probability for option none; give every option one"
    ]
    with pytest.raises(ScenarioError) as info:
        append_history(path, ResolutionEntry(type="resolution", at=AT, by="a", outcome="yes"))
    assert (
        "'yes' is not an outcome of this categorical scenario; use one of: asymmetric, direct, none, ambiguous, annulled"
        in str(info.value)
    )
    assert path.read_text() == before


def test_no_temporary_files_are_left_behind(tree):
    append_history(tree / "demo" / "strike.yaml", forecast(0.3))
    assert sorted(p.name for p in (tree / "demo").iterdir()) == [
        "proxy.yaml",
        "response.yaml",
        "retaliation-if-strike.yaml",
        "strike.yaml",
    ]


def test_create_never_overwrites(tree):
    path = tree / "demo" / "strike.yaml"
    before = path.read_bytes()
    text = "id: strike\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\n"
    with pytest.raises(ScenarioError, match="already exists"):
        create_scenario(path, text)
    assert path.read_bytes() == before
    created = create_scenario(tree / "demo" / "fresh.yaml", text.replace("strike", "fresh"))
    assert created.scenario.id == "fresh"


def test_create_refuses_invalid_text(tree):
    with pytest.raises(ScenarioError, match="missing required key 'question'"):
        create_scenario(
            tree / "demo" / "bad.yaml",
            "id: bad\ntitle: T\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\n",
        )
    assert not (tree / "demo" / "bad.yaml").exists()


def test_discovery_skips_hidden_and_underscore_entries(tree):
    (tree / "_derived").mkdir()
    (tree / "_derived" / "posterior.yaml").write_text("x: 1\n")
    (tree / "demo" / ".draft.yaml").write_text("x: 1\n")
    (tree / "demo" / "notes.md").write_text("# notes\n")
    assert [p.name for p in find_scenario_files(tree)] == [
        "proxy.yaml",
        "response.yaml",
        "retaliation-if-strike.yaml",
        "strike.yaml",
    ]


WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from forecasts.scenario import ForecastEntry
from forecasts.store import append_history
path, who = Path(sys.argv[1]), sys.argv[2]
start = datetime(2020, 1, 5, tzinfo=UTC)
for i in range(200):
    append_history(path, ForecastEntry(type="forecast", at=start + timedelta(minutes=i), by=who, probability=0.01 + i / 250, note=str(i)))
"""


def test_two_processes_appending_200_each_lose_nothing(tree):
    path = tree / "demo" / "strike.yaml"
    human = path.read_bytes()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), who], cwd=REPO) for who in ("w1", "w2")]
    assert [w.wait(timeout=300) for w in writers] == [0, 0]
    assert path.read_bytes().startswith(human)
    history = read_scenario(path).scenario.history
    assert len(history) == 400
    for who in ("w1", "w2"):
        assert [int(e.note) for e in history if e.by == who] == list(range(200))
    assert load_catalog(tree).problems == []
