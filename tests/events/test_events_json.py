"""`forecasts events query --format json` validates against docs/schema/events-query.json (issue 17, item 9)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from forecasts.cli import cli
from testdata import bundled_scenarios

REPO = Path(__file__).resolve().parents[2]


def test_events_query_json_validates(history_store: Path) -> None:
    args = ["events", "query", "proxy-attacks-us-iraq", "--from", "2020-01-01", "--to", "2020-03-31"]
    args += ["--store", str(history_store), "--scenarios", str(bundled_scenarios()), "--format", "json"]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert list(document)[0] == "schema_version" and document["incidents"]
    schema = json.loads((REPO / "docs" / "schema" / "events-query.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
