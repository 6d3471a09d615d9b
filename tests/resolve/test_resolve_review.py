"""Rules marked for review (proposed by `forecasts extract`): validated, listed for a person, never acted on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.resolve.scope import rule_fingerprint
from forecasts.scenario import ResolutionEntry
from forecasts.store import load_catalog

GDELT = Path(__file__).resolve().parents[1] / "data" / "feeds" / "gdelt" / "iran-2020-timeline.export.CSV"

SCENARIO = """id: {sid}
title: Iran strikes US forces
question: Will Iran's armed forces strike US forces between 2020-01-05 and 2020-03-31?
kind: binary
created: 2020-01-04
opens: 2020-01-05
deadline: 2020-03-31
status: open
resolution:
  criteria: Yes if Iran's own forces strike US forces.
  rule:
    feed: gdelt
    actor1_country: IRN
    actor2_country: USA
    quad_class: 4
    event_root_codes: [18, 19, 20]
    min_sources: 3
{review}"""


def write(root: Path, sid: str, review: str) -> Path:
    path = root / "demo" / f"{sid}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SCENARIO.format(sid=sid, review=review), encoding="utf-8")
    return path


def check(root: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(
        cli, ["check", "--scenarios", str(root), "--format", "json", *args], catch_exceptions=False
    )
    return result.exit_code, json.loads(result.stdout) if result.stdout.startswith("{") else {"stderr": result.stderr}


def resolved(root: Path) -> dict[str, str | None]:
    return {
        f.scenario.id: entry.outcome
        for f in load_catalog(root).files
        for entry in f.scenario.history
        if isinstance(entry, ResolutionEntry)
    }


def test_a_rule_marked_for_review_is_never_acted_on_though_the_feed_matches(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    proposed = write(root, "proposed", "    review: true\n")
    write(root, "checked", "")  # the same rule, checked by a person: the feed settles it
    before = proposed.read_bytes()
    status, report = check(root, "--as-of", "2020-03-31", "--feed", str(GDELT))
    assert resolved(root) == {"checked": "yes"}
    assert proposed.read_bytes() == before
    assert status == 3
    assert [(f["scenario"], f["kind"], f["message"]) for f in report["flags"]] == [
        (
            "proposed",
            "rule",
            f"{root}/demo/proposed.yaml:18: resolution.rule.review: rule proposed by extract, marked for review: "
            "remove `review: true` once checked",
        )
    ]
    assert not any(a["scenario"] == "proposed" for a in report["actions"])


def test_a_rule_marked_for_review_is_not_concluded_at_its_deadline_either(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    path = write(root, "proposed", "    review: true\n")
    path.write_text(path.read_text().replace("min_sources: 3", 'min_sources: 3\n    on_deadline_without_match: "no"'))
    status, report = check(root, "--as-of", "2020-12-31", "--feed", str(GDELT))
    assert resolved(root) == {}
    assert status == 3
    # The one thing a person must do first is check the rule; then the next run settles the deadline.
    assert [(f["scenario"], f["kind"]) for f in report["flags"]] == [("proposed", "rule")]
    assert not any(a["scenario"] == "proposed" for a in report["actions"])


def test_review_must_be_true_or_false(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    write(root, "proposed", "    review: maybe\n")
    result = CliRunner().invoke(cli, ["validate", "--scenarios", str(root)])
    assert result.exit_code == 1
    assert (
        f"{root}/demo/proposed.yaml:18: resolution.rule.review: 'maybe' is not true or false; write 'review: true' "
        "while a person still has to check the rule (forecasts check leaves it alone), and remove the line once checked"
    ) in result.output


def test_review_defaults_to_false_and_does_not_change_what_the_rule_matches(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    write(root, "plain", "")
    write(root, "proposed", "    review: true\n")
    files = {f.scenario.id: f.scenario for f in load_catalog(root).files}
    plain, proposed = files["plain"], files["proposed"]
    assert plain.resolution.rule is not None and plain.resolution.rule.review is False
    assert proposed.resolution.rule is not None and proposed.resolution.rule.review is True
    # Clearing the mark after a check must not start the rule over (the cursor keys on this).
    assert rule_fingerprint(plain) == rule_fingerprint(proposed)


def test_show_names_the_mark_only_on_a_rule_still_to_check(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    write(root, "plain", "")
    write(root, "proposed", "    review: true\n")

    def rule_line(sid: str) -> str:
        result = CliRunner().invoke(cli, ["show", sid, "--scenarios", str(root)])
        assert result.exit_code == 0, result.output
        return next(line for line in result.output.splitlines() if line.startswith("  rule: "))

    assert rule_line("plain") == (
        "  rule: actor1_country=IRN, actor2_country=USA, quad_class=4, event_root_codes=[18, 19, 20], feed=gdelt, "
        "min_sources=3, on_match=yes, on_deadline_without_match=flag"
    )
    assert rule_line("proposed").endswith("on_deadline_without_match=flag, review=True")
