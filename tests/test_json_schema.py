"""JSON output is an interface (issue 17, item 9).

Every command's ``--format json`` document starts with ``schema_version``, validates against its
schema in docs/schema/ (`check`'s in tests/resolve/test_resolve_json.py; generated from ``forecasts.json_schema`` by scripts/json_schemas.py), and
those files are what the script would write now. A probability has one shape everywhere.
"""

from __future__ import annotations

import importlib.util
import json
import os
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click
import jsonschema
import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

from forecasts.cli import cli
from forecasts.json_output import PROBABILITY_KEYS, dump_json, probability_record, render_document
from forecasts.json_schema import DOCUMENTS, Probability, schema_file, schema_texts
from testdata import copy_bundled

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "docs" / "schema"


def validate(command: str, text: str) -> dict[str, Any]:
    """The document ``text`` printed by ``command``, checked against docs/schema/."""
    document = json.loads(text)
    assert list(document)[0] == "schema_version" and document["schema_version"] == 1
    schema = json.loads((FOLDER / schema_file(command)).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
    return dict(document)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)

    def invoke(*args: str) -> Result:
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
        assert result.exit_code in (0, 3), result.output
        return result

    return invoke


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of the bundled scenarios (iran-2020 and the practice case with its drafts)."""
    target = tmp_path / "bundled" / "scenarios"
    return copy_bundled(target)


def test_the_schema_files_are_current() -> None:
    for name, text in schema_texts().items():
        path = FOLDER / name
        assert path.is_file() and path.read_text(encoding="utf-8") == text, (
            f"docs/schema/{name} is stale: run `python scripts/json_schemas.py`"
        )
    assert sorted(p.name for p in FOLDER.glob("*.json")) == sorted(schema_texts())


def _json_commands(group: click.Group, prefix: str = "") -> set[str]:
    found: set[str] = set()
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found |= _json_commands(command, f"{prefix}{name} ")
            continue
        for param in command.params:
            if param.name == "fmt" and isinstance(param.type, click.Choice) and "json" in param.type.choices:
                found.add(prefix + name)
    return found


def test_every_command_with_json_output_has_a_schema() -> None:
    assert _json_commands(cli) == set(DOCUMENTS)


def test_list_and_show_validate(run, bundled: Path, tree: Path) -> None:  # type: ignore[no-untyped-def]
    for root in (bundled, tree):
        listed = validate("list", run("list", "--scenarios", str(root), "--drafts", "--format", "json").stdout)
        assert listed["scenarios"]
        for record in listed["scenarios"]:
            assert list(record["probability"]) == list(PROBABILITY_KEYS)
            shown = validate("show", run("show", record["id"], "--scenarios", str(root), "--format", "json").stdout)
            assert all(list(f["probability"]) == list(PROBABILITY_KEYS) for f in shown["forecasts"])
    early = validate(
        "list", run("list", "--scenarios", str(bundled), "--as-of", "2020-01-04", "--format", "json").stdout
    )
    categorical = next(r for r in early["scenarios"] if r["kind"] == "categorical")
    assert categorical["probability"]["mean"] is None and set(categorical["probability"]["options"])


def test_score_validates(run, bundled: Path) -> None:  # type: ignore[no-untyped-def]
    for grouping in ("speaker", "forecaster", "phrase"):
        scores = validate(
            "score", run("score", "--scenarios", str(bundled), "--group-by", grouping, "--format", "json").stdout
        )
        assert scores["group_by"] == grouping and scores["groups"]


def test_extract_validates(run) -> None:  # type: ignore[no-untyped-def]
    page = "tests/data/extract/saved-page.html"
    found = validate("extract", run("extract", page, "--published", "2020-01-04", "--format", "json").stdout)
    assert found["forecasts"]
    assert all(list(f["probability"]) == list(PROBABILITY_KEYS) for f in found["forecasts"])


def test_drafts_list_validates(run, bundled: Path) -> None:  # type: ignore[no-untyped-def]
    drafts = validate("drafts list", run("drafts", "list", "--scenarios", str(bundled), "--format", "json").stdout)
    assert {d["id"] for d in drafts["drafts"]} >= {"practice-iran-threatens-us-persons"}


def write_predictionbook(path: Path, questions: int = 60) -> None:
    """A small PredictionBook file: 3 forecasters on each question, one question every 12 days of 2014-2015."""
    lines = ["question_id,user_id,probability,timestamp,outcome,resolve_time"]
    for q in range(questions):
        truth = q % 5 < 2
        day = date(2014, 1, 1).toordinal() + 12 * q
        for user in range(3):
            p = (0.7 if truth else 0.3) + (user - 1) * 0.1
            made, settled = date.fromordinal(day + user), date.fromordinal(day + 5)
            lines.append(f"{q},user{user},{p:.2f},{made}T00:00:00+00:00,{float(truth)},{settled}T00:00:00+00:00")
    path.write_text("\n".join(lines) + "\n")


@pytest.fixture
def mock_sampling(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyMC's mock sampler (prior draws): the plumbing of a fit in seconds, not its numbers."""
    import pymc as pm
    from pymc.testing import mock_sample

    monkeypatch.setattr(pm, "sample", mock_sample)


def test_update_and_backtest_validate(run, tree: Path, tmp_path: Path, mock_sampling: None) -> None:  # type: ignore[no-untyped-def]
    fitted = validate("update", run("update", "--scenarios", str(tree), "--draws", "20", "--format", "json").stdout)
    assert fitted["fitted"] and all(
        list(s["probability"]) == list(PROBABILITY_KEYS) for s in fitted["scenarios"].values()
    )
    again = validate("update", run("update", "--scenarios", str(tree), "--draws", "20", "--format", "json").stdout)
    assert again["fitted"] is False
    path = tmp_path / "forecasts.csv"
    write_predictionbook(path)
    result = run("backtest", str(path), "--train-until", "2015-01-01", "--format", "json", "--draws", "20")
    assert validate("backtest", result.stdout)["mode"] == "forecasts"


finite = st.floats(0, 1, allow_nan=False)


@given(
    mean=st.none() | finite,
    quantiles=st.none() | st.tuples(st.none() | finite, st.none() | finite, st.none() | finite),
    options=st.none() | st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), finite, max_size=4),
    note=st.none() | st.text(max_size=20),
)
def test_a_probability_always_has_one_shape(mean, quantiles, options, note) -> None:  # type: ignore[no-untyped-def]
    record = probability_record("model", mean=mean, quantiles=quantiles, options=options, note=note)
    assert tuple(record) == PROBABILITY_KEYS
    Probability.model_validate(record)
    assert json.loads(dump_json(record)) == record


def test_one_encoder_dates_as_iso_and_no_repr() -> None:
    assert render_document({"day": date(2020, 1, 4), "path": Path("a/b")}) == (
        '{\n  "schema_version": 1,\n  "day": "2020-01-04",\n  "path": "a/b"\n}'
    )
    with pytest.raises(TypeError, match="object is not JSON"):
        dump_json({"x": object()})


def test_import_validates(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export = REPO / "tests" / "data" / "import" / "gjopen" / "predictions.json"
    args = ["import", "gjopen", str(export), "--case", "gjo", "--scenarios", str(tmp_path / "scenarios")]
    report = validate("import", run(*args, "--format", "json").stdout)
    assert report["created"] and report["skipped"]


def test_export_json_files_validate(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "export"
    run("export", "--format", "json", "--scenarios", "scenarios", "--out", str(out))
    files = sorted(out.glob("*.json"))
    assert [f.stem for f in files] == ["forecasts", "resolutions", "scenarios", "scores", "sources"]
    for path in files:
        table = validate("export", path.read_text(encoding="utf-8"))
        assert table["table"] == path.stem and table["rows"]


def test_the_script_writes_schema_files_everyone_can_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A private temporary file renamed into place left docs/schema/*.json readable by its owner only.
    spec = importlib.util.spec_from_file_location("json_schemas_script", REPO / "scripts" / "json_schemas.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "FOLDER", tmp_path / "schema")
    previous = os.umask(0o022)
    try:
        assert script.main([]) == 0
    finally:
        os.umask(previous)
    written = sorted((tmp_path / "schema").iterdir())
    assert [p.name for p in written] == sorted(schema_texts())
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o644}
