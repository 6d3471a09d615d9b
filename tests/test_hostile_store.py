"""What a hostile or unlucky user does to the store: races, crashes, odd bytes, huge files.

Races run real processes (multiprocessing, spawned, so each has its own interpreter) that meet at
a barrier after reading the file, which is the moment a check made on that read goes stale.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.cli import cli
from forecasts.document import MAX_BYTES
from forecasts.problems import ScenarioError
from forecasts.recording import RecordError, record_evidence, record_forecast, record_resolution
from forecasts.scenario import ForecastEntry
from forecasts.store import append_history, create_scenario, read_scenario
from testdata import DATA

AT = datetime(2020, 1, 6, 9, 30, tzinfo=UTC)
STRIKE = (DATA / "tree" / "demo" / "strike.yaml").read_text()
ROUNDS = 12
# Spawned workers start in a second or two; a worker that died would leave its rival waiting.
BARRIER_SECONDS = 120


def forecast(p: float, note: str | None = None) -> ForecastEntry:
    return ForecastEntry(type="forecast", at=AT, by="alice", probability=p, note=note)


def scenario_copies(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the strike scenario, still running (deadline 2099), ids r0, r1, ..."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"r{i}.yaml"
        path.write_text(
            STRIKE.replace("id: strike", f"id: r{i}").replace("deadline: 2020-01-31", "deadline: 2099-12-31")
        )
        paths.append(path)
    return paths


# --- races -----------------------------------------------------------------------------------


def resolve_each(paths: list[str], outcome: str, barrier: multiprocessing.synchronize.Barrier, out) -> None:  # type: ignore[name-defined]
    """Worker: for each file, read it, wait for the rival, then try to resolve it."""
    for path in paths:
        found = read_scenario(Path(path))
        barrier.wait(timeout=BARRIER_SECONDS)
        try:
            record_resolution(found, outcome, f"resolver-{outcome}", "https://example.org/r")
            out.put((path, outcome, "recorded"))
        except Exception as exc:  # reported, not raised: the parent waits for every result
            out.put((path, outcome, exc.message if isinstance(exc, RecordError) else repr(exc)))


def test_two_resolutions_started_together_one_wins_every_time(tmp_path):
    paths = [str(p) for p in scenario_copies(tmp_path / "demo", ROUNDS)]
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2)
    out = spawn.Queue()
    workers = [spawn.Process(target=resolve_each, args=(paths, o, barrier, out)) for o in ("yes", "no")]
    for w in workers:
        w.start()
    results = [out.get(timeout=120) for _ in range(2 * ROUNDS)]
    for w in workers:
        w.join(timeout=60)
    assert [w.exitcode for w in workers] == [0, 0]
    for path in paths:
        outcomes = sorted(r[2] for r in results if r[0] == path)
        assert outcomes[1] == "recorded", outcomes
        assert re.fullmatch(r"r\d+: already resolved as '(yes|no)' on \S+; pass --correct .*", outcomes[0]), outcomes
        history = read_scenario(Path(path)).scenario.history
        assert [e.type for e in history] == ["resolution"]


def race_entries(paths: list[str], role: str, barrier: multiprocessing.synchronize.Barrier, out) -> None:  # type: ignore[name-defined]
    """Worker for a mixed race on each file: forecasts, evidence or one resolution."""
    for path in paths:
        found = read_scenario(Path(path))
        barrier.wait(timeout=BARRIER_SECONDS)
        refused: int | str = 0
        for i in range(1 if role == "resolve" else 6):
            try:
                if role == "forecast":
                    record_forecast(found, "0.4", "fay", note=str(i))
                elif role == "evidence":
                    record_evidence(found, "eve", f"seen {i}", likelihood_ratio=2.0)
                else:
                    record_resolution(found, "yes", "rex", "https://example.org/r")
            except Exception as exc:  # reported, not raised: the parent waits for every result
                if not isinstance(exc, RecordError) or "resolved as 'yes'" not in exc.message:
                    refused = repr(exc)
                    break
                refused = int(refused) + 1
        out.put((path, role, refused))


def test_no_forecast_or_evidence_lands_after_a_resolution(tmp_path):
    paths = scenario_copies(tmp_path / "demo", ROUNDS)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(3)
    out = spawn.Queue()
    roles = ("forecast", "evidence", "resolve")
    workers = [spawn.Process(target=race_entries, args=([str(p) for p in paths], r, barrier, out)) for r in roles]
    for w in workers:
        w.start()
    results = {(path, role): refused for path, role, refused in (out.get(timeout=120) for _ in range(3 * ROUNDS))}
    for w in workers:
        w.join(timeout=60)
    for path in paths:
        refused = {role: results[(str(path), role)] for role in roles}
        assert refused["resolve"] == 0
        kinds = [e.type for e in read_scenario(path).scenario.history]
        after = kinds[kinds.index("resolution") :]
        assert (kinds.count("resolution"), after.count("forecast"), after.count("evidence")) == (1, 0, 0)
        assert kinds.count("forecast") + refused["forecast"] == 6
        assert kinds.count("evidence") + refused["evidence"] == 6


# --- temporary files ---------------------------------------------------------------------------


def test_a_leftover_temp_file_with_a_reused_pid_does_not_block_writes(tree):
    folder = tree / "demo"
    # kill -9 mid-write leaves '.NAME.PID.tmp'; here the next writer got that PID (ours).
    mine = folder / f".strike.yaml.{os.getpid()}.tmp"
    mine.write_text("half a fi")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone = folder / f".strike.yaml.{int(dead.stdout)}.3f2a9c1d.tmp"
    gone.write_text("half")
    (folder / ".strike.yaml.99999999999999999999.tmp").write_text("a PID no process can have")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = folder / f".response.yaml.{sleeper.pid}.0a1b2c3d.tmp"
        live.write_text("being written")
        old = folder / f".proxy.yaml.{sleeper.pid}.tmp"
        old.write_text("left a day ago")
        day_ago = time.time() - 86400
        os.utime(old, (day_ago, day_ago))
        (folder / ".notes.txt").write_text("not ours")
        (folder / ".backup.99999999.tmp").write_text("not ours either")
        append_history(folder / "strike.yaml", forecast(0.3))
        assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == [
            ".backup.99999999.tmp",
            ".notes.txt",
            live.name,
        ]
    finally:
        sleeper.kill()
        sleeper.wait()
    assert read_scenario(folder / "strike.yaml").scenario.history[-1].probability == 0.3


def test_a_leftover_temp_file_does_not_pass_for_an_existing_scenario(tree):
    folder = tree / "demo"
    (folder / f".fresh.yaml.{os.getpid()}.tmp").write_text("half a fi")
    text = STRIKE.replace("id: strike", "id: fresh").replace("ladder: {name: demo-ladder, rung: 2}\n", "")
    created = create_scenario(folder / "fresh.yaml", text)
    assert created.scenario.id == "fresh"
    assert (folder / "fresh.yaml").read_text() == text
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_each_write_uses_its_own_temp_name(tree, monkeypatch):
    seen: list[str] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    append_history(tree / "demo" / "strike.yaml", forecast(0.3))
    append_history(tree / "demo" / "strike.yaml", forecast(0.4))
    assert len(set(seen)) == 2
    assert all(re.fullmatch(rf"\.strike\.yaml\.{os.getpid()}\.[0-9a-f]{{8,}}\.tmp", n) for n in seen), seen


# --- line endings --------------------------------------------------------------------------------


def test_a_crlf_file_keeps_its_bytes_and_gets_crlf_lines(tree):
    path = tree / "demo" / "strike.yaml"
    human = STRIKE.replace("\n", "\r\n").encode()
    path.write_bytes(human)
    append_history(path, forecast(0.3, note="first"))
    append_history(path, forecast(0.4, note="second"))
    data = path.read_bytes()
    assert data.startswith(human)
    added = data[len(human) :]
    assert added.count(b"\n") == added.count(b"\r\n") == 11
    assert added.startswith(b"history:\r\n- type: forecast\r\n")
    assert [e.note for e in read_scenario(path).scenario.history] == ["first", "second"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    endings=st.lists(st.sampled_from(["\n", "\r\n"]), min_size=STRIKE.count("\n"), max_size=STRIKE.count("\n")),
    final_newline=st.booleans(),
    bom=st.booleans(),
)
def test_any_mix_of_line_endings_is_kept_and_followed(tmp_path_factory, endings, final_newline, bom):
    path = tmp_path_factory.mktemp("eol") / "demo" / "strike.yaml"
    path.parent.mkdir()
    lines = STRIKE.split("\n")[:-1]
    text = "".join(line + ending for line, ending in zip(lines, endings, strict=True))
    own = endings[-1].encode()
    if not final_newline:
        text = text.removesuffix(endings[-1])
        own = endings[-2].encode()
    human = ("\ufeff" if bom else "").encode() + text.encode()
    path.write_bytes(human)
    append_history(path, forecast(0.3))
    append_history(path, forecast(0.4))
    data = path.read_bytes()
    assert data.startswith(human)
    added = data[len(human) :]
    assert added.replace(own, b"").count(b"\n") == 0 and added.replace(own, b"").count(b"\r") == 0
    assert [e.probability for e in read_scenario(path).scenario.history] == [0.3, 0.4]


# --- arbitrary text ----------------------------------------------------------------------------------

_SAFE_REFUSALS = ("say who is recording this", "must not be empty", "holds the control character")
# Text a person can type: no control characters other than tab and line breaks.
_TYPED = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n"), max_size=200)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(by=st.text(min_size=1, max_size=40), note=st.text(max_size=200))
def test_any_name_and_note_read_back_exactly_and_leave_the_file_above_alone(tmp_path_factory, by, note):
    path = tmp_path_factory.mktemp("text") / "demo" / "strike.yaml"
    path.parent.mkdir()
    path.write_text(STRIKE)
    human = path.read_bytes()
    try:
        entry = record_forecast(read_scenario(path), "30%", by, note=note, at=AT)
    except (RecordError, ScenarioError) as exc:
        assert any(reason in str(exc) for reason in _SAFE_REFUSALS), str(exc)
        assert path.read_bytes() == human
        return
    assert path.read_bytes().startswith(human)
    written = read_scenario(path).scenario.history
    assert written == [entry]
    assert (written[0].by, written[0].note) == (by.strip(), note or None)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(by=_TYPED.filter(str.strip), note=_TYPED.filter(str.strip))
def test_any_typed_name_and_note_are_recorded(tmp_path_factory, by, note):
    path = tmp_path_factory.mktemp("typed") / "demo" / "strike.yaml"
    path.parent.mkdir()
    path.write_text(STRIKE)
    human = path.read_bytes()
    record_evidence(read_scenario(path), by, note, likelihood_ratio=2.0, at=AT)
    assert path.read_bytes().startswith(human)
    (written,) = read_scenario(path).scenario.history
    assert (written.by, written.note) == (by.strip(), note)


# --- size limit --------------------------------------------------------------------------------------


def padded(path: Path, size: int) -> bytes:
    """The strike scenario padded with a comment to exactly ``size`` bytes."""
    head = STRIKE.encode()
    filler = size - len(head) - len(b"# \n")
    data = head + b"# " + b"x" * filler + b"\n"
    path.write_bytes(data)
    return data


def test_an_append_past_the_size_limit_says_so_and_writes_nothing(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    path = tree / "demo" / "strike.yaml"
    before = padded(path, MAX_BYTES - 50)
    with pytest.raises(ScenarioError) as info:
        append_history(path, forecast(0.3, note="one more"))
    assert str(info.value) == (
        "scenarios/demo/strike.yaml: cannot append: with this entry the file would be 1,000,056 bytes, over the "
        "1,000,000-byte limit on a scenario file (it is 999,950 bytes now); nothing was written. Make room by "
        "moving old history entries by hand into a file this tool does not read (a name starting with '_', "
        "e.g. _archive/strike.yaml), or start a follow-up scenario"
    )
    assert path.read_bytes() == before


def test_an_append_up_to_the_limit_is_written_and_reads_back(tree):
    path = tree / "demo" / "strike.yaml"
    entry_size = len("history:\n- type: forecast\n  at: 2020-01-06T09:30:00+00:00\n  by: alice\n  probability: 0.3\n")
    padded(path, MAX_BYTES - entry_size)
    append_history(path, forecast(0.3))
    assert path.stat().st_size == MAX_BYTES
    assert read_scenario(path).scenario.history[-1].probability == 0.3


# --- the command line ------------------------------------------------------------------------------


def test_cli_refuses_a_forecast_dated_in_the_future(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    before = (tree / "demo" / "strike.yaml").read_bytes()
    result = CliRunner().invoke(cli, ["forecast", "strike", "30%", "--by", "ana", "--at", "2999-01-01"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "scenarios/demo/strike.yaml: at: '2999-01-01' is in the future; use a date from 2020-01-04 "
        "(when the scenario was created) to 2020-01-31 (its deadline)"
    )
    assert (tree / "demo" / "strike.yaml").read_bytes() == before
