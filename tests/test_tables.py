"""forecasts export / forecasts.tables: tidy tables with their documented columns, in three formats."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from forecasts.export_command import FORMATS as EXPORT_FORMATS
from forecasts.export_command import export_command
from forecasts.scoring import brier_score, yes_no
from forecasts.state import as_of_instant, catalog_states
from forecasts.store import load_catalog
from forecasts.tables import COLUMNS, FORMATS, build_tables, table_bytes
from testdata import bundled_scenarios

REPO = Path(__file__).resolve().parents[1]


def test_every_column_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Exporting", 1)[1].split("\n## ", 1)[0]
    for table, columns in COLUMNS.items():
        for column, _ in columns:
            assert re.search(rf"`{column}`", section), f"{table}.{column} is not in README's Exporting section"


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_writes_one_file_per_table(tree: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(export_command, ["--format", fmt, "--out", str(out), "--scenarios", str(tree)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.{fmt}" for name in COLUMNS)
    data = (out / f"forecasts.{fmt}").read_bytes()
    if fmt == "csv":
        frame = pd.read_csv(io.BytesIO(data))
    elif fmt == "parquet":
        frame = pd.read_parquet(io.BytesIO(data))
    else:
        document = json.loads(data)
        assert document["schema_version"] == 1 and document["table"] == "forecasts"
        frame = pd.DataFrame(document["rows"], columns=document["columns"])
    assert list(frame.columns) == [c for c, _ in COLUMNS["forecasts"]]
    assert f"{out / f'scenarios.{fmt}'}: 4 rows" in result.output


def test_one_row_per_forecast_and_outcome_and_scores_match_scoring() -> None:
    states = catalog_states(load_catalog(bundled_scenarios()).files, as_of_instant(None))
    tables = build_tables(states)
    assert len(tables["scenarios"]) == len(states)
    per_option = [
        len(s.forecasts) * (len(s.scenario.option_ids()) if s.scenario.kind == "categorical" else 1) for s in states
    ]
    assert len(tables["forecasts"]) == sum(per_option)
    scores = tables["scores"]
    assert len(scores) > 0
    forecasts = tables["forecasts"].set_index(["scenario_id", "at", "by", "outcome"])["probability"]
    for row in scores.itertuples():
        if row.outcome in ("yes", "no"):
            p = float(forecasts[(row.scenario_id, row.at, row.by, "yes")])
            assert row.brier == pytest.approx(brier_score(yes_no(p), row.outcome))


def test_unknown_case_is_an_error_naming_it(tree: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        export_command, ["--case", "nope", "--out", str(tmp_path / "o"), "--scenarios", str(tree)]
    )
    assert result.exit_code == 1
    assert result.output.strip() == f"--case: no scenarios of case 'nope' in {tree}"


def test_csv_bytes_have_the_documented_header() -> None:
    frame = build_tables([])["scores"]
    assert (
        table_bytes(frame, "scores", "csv").decode()
        == "scenario_id,by,at,outcome,probability_of_outcome,brier,log_score\n"
    )


def test_the_new_command_modules_load_no_engine() -> None:
    heavy = ("pandas", "numpy", "pyarrow", "feedparser", "apprise", "forecasts.extract.extractor")
    for module in ("forecasts.export_command", "forecasts.track_record.command", "forecasts.watch.command"):
        code = f"import sys, {module}; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert done.stdout.split() == [], module


def test_the_command_offers_the_formats_the_tables_write() -> None:
    assert EXPORT_FORMATS == FORMATS
