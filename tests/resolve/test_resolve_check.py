"""The scheduled check on a small tree: what it resolves, what it never touches, what it flags, what it remembers."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.resolve.audit import read_audit
from forecasts.scenario import ForecastEntry, ResolutionEntry
from forecasts.store import append_history, load_catalog, read_scenario

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
GDELT = FEEDS / "gdelt" / "iran-2020-timeline.export.CSV"
ACLED = FEEDS / "acled" / "iraq-2020-current.csv"

SCENARIO = """id: {id}
title: {title}
question: {question}
kind: binary
case: demo
created: 2020-01-04
opens: {opens}
deadline: {deadline}
status: open
resolution:
  criteria: Yes if it happens.
{rule}{extra}"""

IRN_USA = """  rule:
    feed: gdelt
    actor1_country: IRN
    actor2_country: USA
    quad_class: 4
    event_root_codes: [18, 19, 20]
    min_sources: 3
    on_deadline_without_match: "no"
"""
IRN_GCC = IRN_USA.replace("actor2_country: USA", "actor2_country: [SAU, ARE, KWT, QAT, BHR, OMN]")
US_DEAD = """  rule:
    feed: acled
    event_type: Explosions/Remote violence
    sub_event_type: Shelling/artillery/missile attack
    actor2: United States
    country: Iraq
    min_fatalities: 1
    on_deadline_without_match: "no"
"""


def write(
    root: Path, sid: str, rule: str = "", extra: str = "", opens: str = "2020-01-05", deadline: str = "2020-03-31"
) -> Path:
    path = root / "demo" / f"{sid}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = SCENARIO.format(
        id=sid,
        title=sid.replace("-", " ").title(),
        question=f"Will {sid} happen?",
        opens=opens,
        deadline=deadline,
        rule=rule,
        extra=extra,
    )
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    root = tmp_path / "scenarios"
    write(root, "strike", IRN_USA, "ladder: {name: demo, rung: 2}\n", deadline="2020-01-31")
    write(root, "threat", "", "ladder: {name: demo, rung: 1}\n")
    write(root, "gulf", IRN_GCC)
    write(root, "if-gulf", "", 'conditional_on: {scenario: gulf, outcome: "yes"}\n', deadline="2020-04-30")
    write(root, "us-dead", US_DEAD)
    write(root, "manual", "", "", deadline="2020-01-20")
    write(root, "later", "", "", deadline="2020-06-30")
    # Resolved by a person, the other way from what the feed says: the check must not touch it.
    write(
        root,
        "person",
        IRN_USA,
        "history:\n- type: resolution\n  at: 2020-01-09T10:00:00+00:00\n  by: Ana Torres\n  outcome: 'no'\n  resolved_at: 2020-01-09\n  source: https://example.org/her-reading\n",
    )
    # Resolved in the hand-written block.
    write(
        root,
        "by-hand",
        IRN_USA.replace("  rule:", "  outcome: 'no'\n  resolved_at: 2020-01-09\n  resolved_by: Ben Okafor\n  rule:"),
    )
    (root / "demo" / "by-hand.yaml").write_text(
        (root / "demo" / "by-hand.yaml").read_text().replace("status: open", "status: resolved")
    )
    return root


def check(root: Path, *args: str) -> tuple[int, dict[str, Any]]:
    runner = CliRunner()
    result = runner.invoke(cli, ["check", "--scenarios", str(root), "--format", "json", *args], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout) if result.stdout.startswith("{") else {"stderr": result.stderr}


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def resolutions(root: Path) -> dict[str, ResolutionEntry]:
    found = {}
    for f in load_catalog(root).files:
        entries = [e for e in f.scenario.history if isinstance(e, ResolutionEntry)]
        if entries:
            found[f.scenario.id] = entries[-1]
    return found


def flags(report: dict[str, Any]) -> set[tuple[str | None, str]]:
    return {(f["scenario"], f["kind"]) for f in report["flags"]}


def test_resolves_annuls_implies_and_flags_the_rest(demo: Path) -> None:
    person, by_hand = (demo / "demo" / "person.yaml").read_bytes(), (demo / "demo" / "by-hand.yaml").read_bytes()
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT), "--feed", f"acled={ACLED}")
    assert status == 3
    found = resolutions(demo)
    checked = {
        sid: (e.outcome, e.resolved_at.isoformat() if e.resolved_at else None)
        for sid, e in found.items()
        if e.by == "forecasts check"
    }
    assert checked == {
        "strike": ("yes", "2020-01-08"),
        "threat": ("yes", "2020-01-08"),
        "gulf": ("no", "2020-03-31"),
        "if-gulf": ("annulled", "2020-03-31"),
        "us-dead": ("yes", "2020-03-11"),
    }
    assert (
        found["us-dead"].events
        and found["us-dead"].events[0].id == "IRQ90009"
        and found["us-dead"].events[0].fatalities == 3
    )
    assert "Implied by ladder demo: rung 2 (strike)" in (found["threat"].note or "")
    # What people resolved stays exactly as they wrote it.
    assert (demo / "demo" / "person.yaml").read_bytes() == person
    assert (demo / "demo" / "by-hand.yaml").read_bytes() == by_hand
    assert flags(report) == {("manual", "overdue"), ("later", "stale")}
    assert [f["message"] for f in report["flags"] if f["scenario"] == "manual"] == [
        "deadline 2020-01-20 passed 71 days ago; no machine rule: resolve it with `forecasts resolve`"
    ]
    audit = read_audit(demo / ".forecasts")
    assert sorted((r["action"], r.get("scenario")) for r in audit if r["action"] != "read") == sorted(
        [
            ("resolve", "strike"),
            ("imply", "threat"),
            ("resolve", "gulf"),
            ("annul", "if-gulf"),
            ("resolve", "us-dead"),
            ("flag", "manual"),
            ("flag", "later"),
        ]
    )
    assert {r["file"].split("#")[0] for r in audit if r["action"] == "read"} == {GDELT.name, ACLED.name}
    assert all(r["run"] == audit[0]["run"] and r["now"].startswith("2020-03-31T23:59:59") for r in audit)


def test_a_second_run_changes_nothing_and_reads_nothing(demo: Path) -> None:
    check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT), "--feed", str(ACLED))
    before = snapshot(demo)
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT), "--feed", str(ACLED))
    assert status == 3 and report["actions"] == []
    assert {f["status"] for f in report["feeds"]} == {"unused"}
    assert snapshot(demo) == before


def test_a_file_already_read_is_skipped_unless_a_new_rule_needs_it(demo: Path) -> None:
    check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    _, again = check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    assert [f["status"] for f in again["feeds"]] == ["skipped"]
    write(
        demo,
        "new-strike",
        IRN_USA.replace("on_deadline_without_match", "min_mentions: 100\n    on_deadline_without_match"),
    )
    _, third = check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    assert [f["status"] for f in third["feeds"]] == ["read"]
    assert [(a["scenario"], a["outcome"]) for a in third["actions"]] == [("new-strike", "yes")]
    # Run as of a later day, the same file is read again for the part after the first runs' day.
    _, later = check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT))
    assert [f["status"] for f in later["feeds"]] == ["read"] and ("gulf", "no") in {
        (a["scenario"], a["outcome"]) for a in later["actions"]
    }


@pytest.mark.parametrize(
    ("feed", "reason"),
    [
        ("broken/truncated.export.CSV", "truncated.export.CSV:361: 31 tab-separated fields"),
        ("broken/garbled.export.CSV", "bytes that are not UTF-8 text"),
        ("broken/shifted.export.CSV", "60 tab-separated fields"),
    ],
)
def test_a_broken_feed_is_void_and_resolves_nothing(demo: Path, feed: str, reason: str) -> None:
    before = {p.name: p.read_bytes() for p in (demo / "demo").iterdir()}
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", f"gdelt={FEEDS / feed}")
    assert status == 3
    # The truncated file still holds the strikes of 8 January; none of it may be used.
    assert [a for a in report["actions"] if a["reason"] != "implied by rung 2 (strike)"] == []
    assert {p.name: p.read_bytes() for p in (demo / "demo").iterdir()} == before
    void = [f for f in report["flags"] if f["kind"] == "feed"]
    assert len(void) == 1 and void[0]["message"].startswith("void: feed unavailable: ") and reason in void[0]["message"]
    assert ("gulf", "coverage") in flags(report) and ("strike", "coverage") in flags(report)
    assert [r["action"] for r in read_audit(demo / ".forecasts") if r["action"] in ("void", "read")] == ["void"]


def test_an_unreachable_url_is_void(demo: Path, closed_port: str) -> None:
    status, report = check(
        demo, "--as-of", "2020-03-31", "--feed", f"gdelt={closed_port}/20200331234500.export.CSV.zip"
    )
    assert status == 3 and report["actions"] == []
    (void,) = [f for f in report["flags"] if f["kind"] == "feed"]
    assert "unreachable" in void["message"] and "nothing was resolved from it this run" in void["message"]


def test_no_is_only_concluded_when_the_feed_covers_the_whole_window(demo: Path, tmp_path: Path) -> None:
    january = tmp_path / "january.export.CSV"
    january.write_bytes(
        b"".join(
            line
            for line in GDELT.read_bytes().splitlines(keepends=True)
            if b"\t202001" in line.split(b"\t", 60)[59][:7] or line.split(b"\t")[59].startswith(b"202001")
        )
    )
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", str(january))
    assert status == 3
    assert {a["scenario"] for a in report["actions"]} == {"strike", "threat"}  # the match, and the rung below it
    (gap,) = [f["message"] for f in report["flags"] if f["scenario"] == "gulf"]
    assert gap == (
        "cannot conclude 'no' at the deadline: the GDELT feed read so far does not cover 2020-02-01 … 2020-03-31 of the rule's "
        "window; pass --feed with those files (or resolve by hand)"
    )
    # Adding the missing stretch later settles it.
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT))
    assert ("gulf", "no") in {(a["scenario"], a["outcome"]) for a in report["actions"]}


def test_a_dry_run_writes_nothing(demo: Path) -> None:
    before = snapshot(demo)
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT), "--dry-run")
    assert status == 3 and report["dry_run"] and len(report["actions"]) == 4
    assert not any(a["written"] for a in report["actions"])
    assert snapshot(demo) == before and not (demo / ".forecasts").exists()


def test_since_reads_files_again(demo: Path) -> None:
    check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    _, report = check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT), "--since", "2020-01-01")
    assert [f["status"] for f in report["feeds"]] == ["read"]


def test_a_probability_that_moved_is_flagged_once(demo: Path) -> None:
    check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    path = demo / "demo" / "later.yaml"
    append_history(
        path, ForecastEntry(type="forecast", at=datetime(2020, 1, 9, tzinfo=UTC), by="Ana Torres", probability=0.2)
    )
    _, first = check(demo, "--as-of", "2020-01-10")
    assert ("later", "moved") not in flags(
        first
    )  # no forecast at the last check: from the sources' prior, which is none
    append_history(
        path, ForecastEntry(type="forecast", at=datetime(2020, 1, 10, tzinfo=UTC), by="Ben Okafor", probability=0.6)
    )
    _, second = check(demo, "--as-of", "2020-01-10")
    assert [f["message"] for f in second["flags"] if f["kind"] == "moved"] == [
        "probability moved 20% → 60% since the last check"
    ]
    _, third = check(demo, "--as-of", "2020-01-10")
    assert ("later", "moved") not in flags(third)


def test_a_rule_that_does_not_fit_its_scenario_is_an_error(demo: Path) -> None:
    # `forecasts validate` rejects the file, so the check reports it as an error (exit 1).
    write(demo, "bad-rule", IRN_USA.replace('"no"', "nope"))
    status, report = check(demo, "--as-of", "2020-01-31", "--feed", str(GDELT))
    assert status == 1
    assert (
        f"{demo}/demo/bad-rule.yaml:19: resolution.rule.on_deadline_without_match: 'nope' is not an outcome of this "
        "binary scenario or 'flag'; use one of: yes, no, ambiguous, flag"
    ) in report["errors"]
    assert not any(a["scenario"] == "bad-rule" for a in report["actions"])


def test_ladder_conflicts_need_a_person(demo: Path) -> None:
    path = write(demo, "threat", "", "ladder: {name: demo, rung: 1}\n")
    append_history(
        path,
        ResolutionEntry(
            type="resolution",
            at=datetime(2020, 1, 9, tzinfo=UTC),
            by="Ben Okafor",
            outcome="no",
            source="https://example.org/x",
        ),
    )
    status, report = check(demo, "--as-of", "2020-01-31", "--feed", str(GDELT))
    assert status == 3
    messages = {(f["scenario"], f["kind"]): f["message"] for f in report["flags"]}
    assert messages["threat", "ladder"] == (
        "ladder demo: resolved no, but higher rung 2 (strike) resolved yes on 2020-01-08; one of them is wrong"
    )
    assert not any(a["scenario"] == "threat" for a in report["actions"])


def test_a_second_check_on_the_same_folder_fails_fast(demo: Path) -> None:
    fd = os.open(demo, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        status, report = check(demo, "--as-of", "2020-03-31")
    finally:
        os.close(fd)
    assert status == 1
    assert "another forecasts check is running on this folder" in report["stderr"]


def test_a_corrupt_state_file_stops_the_check(demo: Path) -> None:
    check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    (demo / ".forecasts" / "check-state.json").write_text("{not json")
    before = snapshot(demo)
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT))
    assert (
        status == 1 and "cannot read the check's state" in report["stderr"] and "move the file away" in report["stderr"]
    )
    assert snapshot(demo) == before


def test_invalid_scenario_files_are_an_error_but_the_rest_is_checked(demo: Path) -> None:
    (demo / "demo" / "broken.yaml").write_text("id: broken\n")
    status, report = check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT))
    assert status == 1
    assert any("broken.yaml" in e and "missing required key 'title'" in e for e in report["errors"])
    assert {a["scenario"] for a in report["actions"]} >= {"strike", "gulf"}


def test_text_and_markdown_reports(demo: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(
        cli, ["check", "--scenarios", str(demo), "--as-of", "2020-03-31", "--feed", str(GDELT), "--dry-run"]
    )
    assert text.exit_code == 3
    lines = text.stdout.splitlines()
    assert lines[0].startswith("forecasts check — as of 2020-03-31 (end of day, UTC) — ") and lines[0].endswith(
        "DRY RUN, nothing written"
    )
    assert any(
        line.split()[:3] == ["strike", "yes", "2020-01-08"] and "rule matched: GDELT: 1 incident" in line
        for line in lines
    )
    assert lines[-1] == "exit 3: something needs a person"
    md = runner.invoke(
        cli, ["check", "--scenarios", str(demo), "--as-of", "2020-03-31", "--feed", str(GDELT), "--format", "markdown"]
    )
    assert md.stdout.startswith("## forecasts check — as of 2020-03-31 (end of day, UTC)")
    assert "| `strike` | yes | 2020-01-08 |" in md.stdout and "### Needs a person" in md.stdout


def test_lastupdate_feeds_resume_where_the_last_run_stopped(demo: Path, http_server) -> None:
    base, www = http_server
    folder = www / "gdeltv2"
    folder.mkdir()
    lines = GDELT.read_bytes().splitlines(keepends=True)

    def publish(stamp: str, rows: list[bytes]) -> None:
        import zipfile

        archive = folder / f"{stamp}.export.CSV.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr(f"{stamp}.export.CSV", b"".join(rows))
        data = archive.read_bytes()
        (folder / "lastupdate.txt").write_text(
            f"{len(data)} {hashlib.md5(data).hexdigest()} {base}/gdeltv2/{stamp}.export.CSV.zip\n"  # noqa: S324
        )

    strike_rows = [line for line in lines if b"\t20200108\t" in line[:30]]
    publish("20200108000000", strike_rows[:2])
    feed = f"gdelt={base}/gdeltv2/lastupdate.txt"
    _, first = check(demo, "--as-of", "2020-01-08T00:20:00+00:00", "--feed", feed)
    assert [f["origin"].rsplit("/", 1)[-1] for f in first["feeds"] if f["status"] == "read"] == [
        "20200108000000.export.CSV.zip!20200108000000.export.CSV"
    ]
    publish("20200108001500", lines[:1])
    publish("20200108003000", strike_rows[2:])
    _, second = check(demo, "--as-of", "2020-01-08T00:40:00+00:00", "--feed", feed)
    read = [f["origin"].rsplit("!", 1)[-1] for f in second["feeds"] if f["status"] == "read"]
    assert read == ["20200108001500.export.CSV", "20200108003000.export.CSV"]
    state = json.loads((demo / ".forecasts" / "check-state.json").read_text())
    assert state["batches"] == {f"{base}/gdeltv2/lastupdate.txt": "2020-01-08T00:30:00+00:00"}


def test_check_without_a_scenarios_folder_is_an_error(tmp_path: Path) -> None:
    status, report = check(tmp_path / "nowhere")
    assert status == 1 and "no such folder" in report["stderr"]


def test_the_written_resolution_reads_back_through_the_schema(demo: Path) -> None:
    check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT))
    entry = [
        e for e in read_scenario(demo / "demo" / "strike.yaml").scenario.history if isinstance(e, ResolutionEntry)
    ][-1]
    assert entry.by == "forecasts check" and entry.at.isoformat() == "2020-03-31"
    assert [(e.feed, e.date.isoformat()) for e in entry.events or []][:1] == [("gdelt", "2020-01-08")]
    shutil.rmtree(demo / ".forecasts")
    assert (
        check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT))[1]["actions"] == []
    )  # resolved files stay resolved


def test_the_file_registry_forgets_files_no_open_rule_needs(demo: Path, tmp_path: Path) -> None:
    old = tmp_path / "20191201.export.CSV"
    rows = GDELT.read_bytes().splitlines(keepends=True)[:3]
    old.write_bytes(b"".join(line.replace(b"\t20200102", b"\t20191201") for line in rows))
    early = write(demo, "early", IRN_GCC.replace('"no"', "flag"), opens="2019-11-01", deadline="2020-06-30")
    check(demo, "--as-of", "2020-01-10", "--feed", str(old), "--feed", str(GDELT))
    state = json.loads((demo / ".forecasts" / "check-state.json").read_text())
    assert sorted(k.split("#")[0] for k in state["files"]) == ["20191201.export.CSV", GDELT.name]
    # Once the only rule that looked at December is settled, December is forgotten.
    append_history(
        early,
        ResolutionEntry(
            type="resolution",
            at=datetime(2020, 1, 10, tzinfo=UTC),
            by="Ana Torres",
            outcome="no",
            source="https://example.org/x",
        ),
    )
    check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    state = json.loads((demo / ".forecasts" / "check-state.json").read_text())
    assert sorted(k.split("#")[0] for k in state["files"]) == [GDELT.name]


def test_a_resolution_made_while_the_check_runs_is_never_doubled(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A person resolves `strike` after the check planned its resolution but before it wrote it:
    the check re-reads the file under the folder's lock and leaves the person's resolution alone."""
    import contextlib

    import forecasts.store as store

    real_locked = store.locked
    strike = demo / "demo" / "strike.yaml"
    person = (
        "history:\n- type: resolution\n  at: 2020-01-09T00:00:00+00:00\n  by: Ben Okafor\n"
        "  outcome: 'no'\n  source: https://example.org/x\n"
    )

    @contextlib.contextmanager
    def racing_locked(folder: Path):
        with real_locked(folder):
            if folder == strike.parent and "history:" not in strike.read_text():
                with strike.open("a") as handle:  # the person's write landed just before ours
                    handle.write(person)
            yield

    monkeypatch.setattr(store, "locked", racing_locked)
    status, report = check(demo, "--as-of", "2020-01-10", "--feed", str(GDELT))
    history = read_scenario(strike).scenario.history
    assert [(h.by, h.outcome) for h in history] == [("Ben Okafor", "no")]
    assert any(
        e.endswith("strike.yaml: resolved by someone else while the check ran; left as it is") for e in report["errors"]
    )


def test_a_check_resolution_says_who_wrote_it(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The scenarios in a repository whose git author is the job that runs the check.
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_DIR", "GIT_WORK_TREE"):
        monkeypatch.delenv(name, raising=False)
    subprocess.run(["git", "init", "-q", str(demo)], check=True)
    subprocess.run(["git", "-C", str(demo), "config", "user.name", "check bot"], check=True)
    subprocess.run(["git", "-C", str(demo), "config", "user.email", "bot@example.org"], check=True)
    check(demo, "--as-of", "2020-03-31", "--feed", str(GDELT), "--feed", f"acled={ACLED}")
    found = resolutions(demo)
    assert found["strike"].by == "forecasts check"
    recorded = found["strike"].recorded
    assert recorded is not None
    assert (recorded.via, recorded.git_author, recorded.identity) == ("cli", "check bot <bot@example.org>", None)
    assert found["person"].recorded is None  # a person's resolution from before attribution: left as it was
