"""The 2020 case resolved end to end from the GDELT feed built from the timeline, run as cron runs it."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

from forecasts.scenario import ResolutionEntry
from forecasts.store import load_catalog
from testdata import bundled_scenarios

REPO = Path(__file__).resolve().parents[2]
CASE = bundled_scenarios() / "iran-2020"
FEEDS = REPO / "tests" / "data" / "feeds"
FEED = FEEDS / "gdelt" / "iran-2020-timeline.export.CSV"


def cron(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `forecasts check` in a fresh process with cron's sparse environment."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "forecasts", "check", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def snapshot(root: Path) -> dict[str, str]:
    """Every file under root (hidden state included) by relative path, with a hash of its bytes."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def history_outcomes() -> dict[str, tuple[str, str]]:
    """What the people recorded for the bundled case: scenario id -> (outcome, resolved_at)."""
    found = {}
    for f in load_catalog(CASE.parent).files:
        if f.scenario.case != "iran-2020":
            continue
        entries = [e for e in f.scenario.history if isinstance(e, ResolutionEntry)]
        if entries:
            last = entries[-1]
            found[f.scenario.id] = (last.outcome, (last.resolved_at or last.at).isoformat())
    return found


def checker_resolutions(root: Path) -> dict[str, ResolutionEntry]:
    found = {}
    for f in load_catalog(root).files:
        entries = [e for e in f.scenario.history if isinstance(e, ResolutionEntry) and e.by == "forecasts check"]
        assert len(entries) <= 1, f.scenario.id
        if entries:
            found[f.scenario.id] = entries[0]
    return found


def test_the_case_resolves_as_history_went_and_a_second_run_changes_nothing(stripped_case: Path) -> None:
    root = stripped_case
    expected = history_outcomes()
    assert len(expected) == 22
    assert checker_resolutions(root) == {}

    first = cron(
        "--scenarios", str(root), "--as-of", "2020-03-31", "--feed", str(FEED), "--format", "json", cwd=root.parent
    )
    assert first.returncode == 3, first.stderr
    report = json.loads(first.stdout)
    resolved = checker_resolutions(root)

    # Every resolution the data settled is the one the people recorded.
    assert resolved, "the feed settles nothing"
    for sid, entry in resolved.items():
        outcome, resolved_at = expected[sid]
        assert entry.outcome == outcome, (sid, entry.outcome, outcome)
        assert entry.at.isoformat() == "2020-03-31"
        assert entry.resolved_at is not None
        if "implied" in (entry.note or "").lower():
            # A lower ladder rung is known to have happened by the higher rung's date at the latest.
            assert entry.resolved_at.isoformat() >= resolved_at, sid
        else:
            assert entry.resolved_at.isoformat() == resolved_at, (sid, entry.resolved_at, resolved_at)
    # The ones the feed's data settle (rules, conditions, the ladder), and nothing else.
    assert set(resolved) == {
        "iran-direct-strike",
        "iran-military-reprisal",
        "iran-reprisal-two-weeks",
        "iran-response-nature",
        "iran-revenge-attack",
        "iraq-parliament-expulsion-vote",
        "proxy-attacks-us-iraq",
        "iran-threatens-us",
        "iran-attacks-gulf-ally",
        "iran-reprisal-immediate",
        "iran-reprisal-persistent",
        "us-strikes-iran",
        "iran-war-on-gulf-if-us-strikes",
    }
    # Matches carry their evidence: event ids, dates and source URLs from the feed.
    strike = resolved["iran-direct-strike"]
    assert strike.events and all(e.feed == "gdelt" and e.id.isdigit() for e in strike.events)
    assert {e.date.isoformat() for e in strike.events} == {"2020-01-08"}
    assert strike.source and strike.source.startswith("http")
    assert resolved["iran-war-on-gulf-if-us-strikes"].outcome == "annulled"
    assert "us-strikes-iran" in (resolved["iran-war-on-gulf-if-us-strikes"].note or "")

    # The rest is flagged for a person, each once.
    flagged = {f["scenario"] for f in report["flags"]}
    assert flagged == set(expected) - set(resolved)
    assert {f["kind"] for f in report["flags"]} <= {"due", "overdue", "stale"}
    assert report["exit"] == 3 and report["errors"] == []

    # The audit log has every action, and the state remembers the file.
    audit = [json.loads(line) for line in (root / ".forecasts" / "audit.jsonl").read_text().splitlines()]
    assert sorted(r["scenario"] for r in audit if r["action"] in ("resolve", "imply", "annul")) == sorted(resolved)
    assert [r["action"] for r in audit].count("read") == 1
    assert {r["scenario"] for r in audit if r["action"] == "flag"} == flagged

    before = snapshot(root)
    second = cron("--scenarios", str(root), "--as-of", "2020-03-31", "--feed", str(FEED), cwd=root.parent)
    assert second.returncode == 3, second.stderr
    assert snapshot(root) == before
    assert "resolved (" not in second.stdout and "needs a person (9)" in second.stdout


def test_a_dry_run_reports_the_same_and_writes_nothing(stripped_case: Path) -> None:
    before = snapshot(stripped_case)
    result = cron(
        "--scenarios",
        str(stripped_case),
        "--as-of",
        "2020-03-31",
        "--feed",
        str(FEED),
        "--dry-run",
        cwd=stripped_case.parent,
    )
    assert result.returncode == 3
    assert "would be resolved (12)" in result.stdout and "would be annulled (1)" in result.stdout
    assert snapshot(stripped_case) == before


def test_the_bundled_case_is_already_resolved_and_the_check_changes_nothing(bundled_copy: Path) -> None:
    before = snapshot(bundled_copy)
    result = cron(
        "--scenarios", str(bundled_copy), "--as-of", "2020-03-31", "--feed", str(FEED), cwd=bundled_copy.parent
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "exit 0: nothing needs a person" in result.stdout
    assert snapshot(bundled_copy) == before
    assert not (bundled_copy / ".forecasts").exists()


def test_replaying_the_case_day_by_day_only_uses_what_was_known(stripped_case: Path) -> None:
    root = stripped_case
    early = cron(
        "--scenarios", str(root), "--as-of", "2020-01-06", "--feed", str(FEED), "--format", "json", cwd=root.parent
    )
    assert early.returncode in (0, 3), early.stderr
    report = json.loads(early.stdout)
    # Before the strikes of 8 January (local time; 22:00 UTC on the 7th) only the parliament vote and
    # the missed immediate reprisal are settled.
    assert {(a["scenario"], a["outcome"]) for a in report["actions"]} == {
        ("iraq-parliament-expulsion-vote", "yes"),
        ("iran-reprisal-immediate", "no"),
    }
    later = cron(
        "--scenarios", str(root), "--as-of", "2020-01-10", "--feed", str(FEED), "--format", "json", cwd=root.parent
    )
    actions = {a["scenario"]: a for a in json.loads(later.stdout)["actions"]}
    assert actions["iran-direct-strike"]["resolved_at"] == "2020-01-08"
    assert "iran-attacks-gulf-ally" not in actions  # its deadline is still ahead
    final = cron(
        "--scenarios", str(root), "--as-of", "2020-03-31", "--feed", str(FEED), "--format", "json", cwd=root.parent
    )
    assert {a["scenario"] for a in json.loads(final.stdout)["actions"]} == {
        "iran-attacks-gulf-ally",
        "iran-reprisal-persistent",
        "us-strikes-iran",
        "iran-war-on-gulf-if-us-strikes",
    }


def test_cron_sees_a_usage_error_as_status_2(tmp_path: Path) -> None:
    result = cron("--feed", "gdlet=x.csv", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown feed kind 'gdlet' (did you mean 'gdelt'?)" in result.stderr


def test_help_documents_every_exit_status() -> None:
    from click.testing import CliRunner

    from forecasts.cli import cli

    text = CliRunner().invoke(cli, ["check", "--help"]).stdout
    for status in (0, 1, 2, 3):
        assert re.search(rf"^\s+{status}  \w", text, re.MULTILINE), status
    assert "*/15 * * * *" in text and "lastupdate.txt" in text
