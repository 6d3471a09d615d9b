"""`forecasts check --format json` validates against docs/schema/check.json (issue 17, item 9)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from forecasts.cli import cli

REPO = Path(__file__).resolve().parents[2]
FEEDS = REPO / "tests" / "data" / "feeds"


def test_check_json_validates_with_actions_flags_and_feeds(stripped_case: Path) -> None:
    args = ["check", "--scenarios", str(stripped_case), "--feed", str(FEEDS / "gdelt")]
    args += ["--feed", f"acled={FEEDS / 'acled' / 'iraq-2020-current.csv'}", "--as-of", "2020-03-31"]
    result = CliRunner().invoke(cli, [*args, "--dry-run", "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 3, result.output
    report = json.loads(result.stdout)
    assert list(report)[:2] == ["schema_version", "as_of"] and report["schema_version"] == 1
    schema = json.loads((REPO / "docs" / "schema" / "check.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["actions"] and report["flags"] and report["feeds"]
    assert report["as_of"] == "2020-03-31T23:59:59.999999+00:00"
