"""The command line: exact messages and exit codes (0 ok, 1 user error, 2 usage error)."""

import json
import re

import pytest
from click.testing import CliRunner

from forecasts.cli import cli


@pytest.fixture
def run(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_validate_ok(run):
    result = run("validate")
    assert (result.exit_code, result.stdout) == (0, "ok: 4 scenarios in scenarios valid\n")


def test_validate_reports_every_problem_with_file_and_line(run, tree):
    path = tree / "demo" / "strike.yaml"
    path.write_text(
        path.read_text().replace("deadline: 2020-01-31", "deadline: 2020-13-01").replace("status: open", "status: opne")
    )
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "scenarios/demo/strike.yaml:10: deadline: '2020-13-01' is not a date (YYYY-MM-DD)\n"
        "scenarios/demo/strike.yaml:11: status: 'opne' is not allowed (did you mean 'open'?); use one of: draft, open, resolved, annulled\n"
        "2 problems in 1 file\n"
    )


def test_validate_one_file_checks_it_against_the_tree(run, tree):
    copy = tree / "demo" / "strike2.yaml"
    copy.write_text((tree / "demo" / "strike.yaml").read_text().replace("id: strike", "id: strike2"))
    result = run("validate", "scenarios/demo/strike2.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "scenarios/demo/strike2.yaml:27: ladder.rung: rung 2 of ladder 'demo-ladder' is already taken by 'strike'; rungs are unique within a ladder"
    )


def test_validate_missing_path(run):
    result = run("validate", "nowhere")
    assert (result.exit_code, result.stderr) == (1, "nowhere: no such file or folder\n")


def test_list_text_and_as_of(run):
    result = run("list", "--as-of", "2020-01-04")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "P", "STATUS", "DEADLINE", "LADDER", "TITLE"]
    assert re.match(r"strike\s+30%\s+open\s+2020-01-31\s+demo-ladder:2\s+Direct strike on US forces", lines[2])
    assert run("list", "--as-of", "2020-01-03").stdout == "no scenarios\n"


def test_list_json_and_filters(run):
    result = run("list", "--format", "json", "--status", "open", "--case", "demo")
    records = json.loads(result.stdout)["scenarios"]
    assert [r["id"] for r in records] == ["strike", "response", "retaliation-if-strike"]
    assert records[0]["probability"] == {
        "mean": 0.4,
        "p05": None,
        "p50": None,
        "p95": None,
        "beta": None,
        "options": None,
        "basis": "forecast",
        "detail": "bob, 2020-01-06T09:00:00+00:00",
        "note": None,
    }
    assert records[0]["ladder"] == {"name": "demo-ladder", "rung": 2}
    assert json.loads(run("list", "--format", "json", "--tag", "military").stdout)["scenarios"][0]["id"] == "strike"


def test_show_text_and_json(run):
    text = run("show", "strike").stdout
    assert "Will state A openly strike US forces" in text
    assert "hedge 'in all likelihood' → 86% [73%–96%] (against)" in text
    data = json.loads(run("show", "strike", "--format", "json", "--as-of", "2020-01-05").stdout)
    assert [f["by"] for f in data["forecasts"]] == ["alice"]
    assert data["sources"][0]["implied_for_scenario"] == pytest.approx(0.1373, abs=1e-4)
    assert data["sources"][0]["implied"]["beta"] is not None and data["sources"][0]["implied"]["p50"] is None
    assert data["resolution"]["rule"]["window"] == {"from": "opens", "to": "deadline"}


def test_show_unknown_id_suggests(run):
    result = run("show", "strik")
    assert (result.exit_code, result.stderr) == (
        1,
        "no scenario with id 'strik' in scenarios (did you mean 'strike'?)\n",
    )


def test_forecast_is_appended_and_shows_everywhere(run, tree):
    path = tree / "demo" / "strike.yaml"
    human = path.read_bytes()
    result = run("forecast", "strike", "3:1", "--by", "dana", "--note", "troops moving", "--at", "2020-01-07T08:00:00Z")
    assert (result.exit_code, result.stdout) == (0, "recorded: strike 75% by dana at 2020-01-07T08:00:00+00:00\n")
    assert path.read_bytes().startswith(human)
    appended = path.read_text()[len(human.decode()) :]
    # ... and who wrote it, when, from where (no git repository around this copy: no git author).
    assert re.fullmatch(
        "history:\n- type: forecast\n  at: 2020-01-07T08:00:00\\+00:00\n  by: dana\n  probability: 0.75\n  stated: '3:1'\n  note: troops moving\n"
        "  recorded:\n    at: 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00\n    via: cli\n",
        appended,
    ), appended
    listed = json.loads(run("list", "--format", "json").stdout)["scenarios"]
    assert next(r for r in listed if r["id"] == "strike")["probability"]["mean"] == 0.75
    assert "2020-01-07T08:00:00+00:00 dana         75% — troops moving" in run("show", "strike").stdout


def test_forecast_categorical(run):
    result = run("forecast", "response", "asymmetric=50%,direct=0.3,none=1 in 5", "--by", "dana", "--at", "2020-01-05")
    assert result.exit_code == 0, result.output
    assert "asymmetric 50%, direct 30%, none 20%" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["strike", "130%"],
            "probability: '130%' is not strictly between 0 and 1 (0% and 100% are never honest forecasts)\n",
        ),
        (
            ["strike", "likly"],
            "probability: 'likly' is not a probability (did you mean 'likely' or 'unlikely'?); write a number between 0 and 1 (0.7), a percentage (70%), odds (3:1), 'N in M' (1 in 4) or a hedge word (likely)\n",
        ),
        (
            ["response", "asymmetric=0.5,direct=0.2"],
            "scenarios/demo/response.yaml: probability: no probability for option none; give every option one\n",
        ),
        (["response", "0.5"], "probability '0.5': write one probability per option, e.g. asymmetric=0.5,direct=0.5\n"),
        (["proxy", "0.5"], "proxy: cannot record a forecast: resolved as 'yes' on 2020-01-04\n"),
        (["nope", "0.5"], "no scenario with id 'nope' in scenarios\n"),
    ],
)
def test_forecast_errors(run, tree, args, message):
    before = {p: p.read_bytes() for p in tree.rglob("*.yaml")}
    result = run("forecast", *args, "--by", "dana", "--at", "2020-01-05")
    assert (result.exit_code, result.stderr) == (1, message)
    assert {p: p.read_bytes() for p in tree.rglob("*.yaml")} == before


def test_usage_errors_exit_2(run):
    assert run("forecast", "strike", "0.5").exit_code == 2  # --by missing
    result = run("list", "--as-of", "2020-13-01")
    assert result.exit_code == 2
    assert "Invalid value for '--as-of': '2020-13-01' is not a date (YYYY-MM-DD)" in result.stderr
    assert run("frobnicate").exit_code == 2


def test_evidence(run, tree):
    ok = run(
        "evidence",
        "strike",
        "--by",
        "dana",
        "--note",
        "IRGC statement",
        "--direction",
        "up",
        "--strength",
        "weak",
        "--at",
        "2020-01-05",
    )
    assert ok.exit_code == 0, ok.output
    assert "up (weak): IRGC statement" in run("show", "strike").stdout
    bad = run("evidence", "strike", "--by", "dana", "--note", "x", "--at", "2020-01-05")
    assert (bad.exit_code, bad.stderr) == (
        1,
        "scenarios/demo/strike.yaml: evidence needs likelihood_ratio (e.g. 2.0) or direction (up or down) with strength (weak, moderate or strong)\n",
    )


def test_resolve_then_list_and_refuse_second(run):
    result = run(
        "resolve", "strike", "yes", "--by", "carol", "--url", "https://example.org/x", "--resolved-at", "2020-01-08"
    )
    assert (result.exit_code, result.stdout) == (0, "recorded: strike resolved yes by carol\n")
    records = {r["id"]: r for r in json.loads(run("list", "--format", "json").stdout)["scenarios"]}
    assert (records["strike"]["status"], records["strike"]["outcome"]) == ("resolved", "yes")
    assert (
        json.loads(run("list", "--format", "json", "--as-of", "2020-01-07").stdout)["scenarios"][1]["status"] == "open"
    )
    again = run("resolve", "strike", "no", "--by", "carol", "--url", "https://example.org/y")
    assert (again.exit_code, again.stderr) == (
        1,
        "strike: already resolved as 'yes' on 2020-01-08; pass --correct to record a correction\n",
    )
    fixed = run("resolve", "strike", "no", "--by", "carol", "--url", "https://example.org/y", "--correct")
    assert fixed.exit_code == 0


def test_resolve_bad_outcome_and_source(run):
    result = run("resolve", "response", "dirct", "--by", "c", "--url", "https://example.org/x")
    assert (result.exit_code, result.stderr) == (
        1,
        "response: 'dirct' is not an outcome of this scenario (did you mean 'direct'?); use one of: asymmetric, direct, none, ambiguous, annulled\n",
    )
    result = run("resolve", "strike", "yes", "--by", "c", "--url", "example.org")
    assert (result.exit_code, result.stderr) == (1, "source: 'example.org' is not a URL (http:// or https://)\n")


def test_new_creates_a_valid_file_and_never_overwrites(run, tree):
    args = [
        "--case",
        "demo",
        "--title",
        "Hormuz closed",
        "--question",
        "Will the strait close by 2020-03-31?",
        "--criteria",
        "Yes if traffic stops for 24 hours.",
        "--deadline",
        "2020-03-31",
        "--opens",
        "2020-01-05",
        "--created",
        "2020-01-04",
    ]
    result = run("new", "hormuz", *args, "--tag", "shipping")
    assert (result.exit_code, result.stdout) == (0, "created scenarios/demo/hormuz.yaml\n")
    assert run("validate").exit_code == 0
    again = run("new", "hormuz", *args)
    assert (again.exit_code, again.stderr) == (
        1,
        "scenarios/demo/hormuz.yaml: already exists; pick another id or edit the file\n",
    )
    clash = run("new", "hormuz-2", *args, "--ladder", "demo-ladder:2")
    assert clash.exit_code == 1
    assert clash.stderr == "scenarios/demo/hormuz-2.yaml: rung 2 of ladder 'demo-ladder' is already taken by 'strike'\n"
    assert not (tree / "demo" / "hormuz-2.yaml").exists()
    cat = run("new", "nature", *args, "--kind", "categorical", "--option", "a=A", "--option", "b=B")
    assert cat.exit_code == 0, cat.output


def test_env_var_chooses_the_tree(tree, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(tree))
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 0
    assert result.stdout == f"ok: 4 scenarios in {tree} valid\n"


def test_missing_tree_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    result = CliRunner().invoke(cli, ["list"])
    assert (result.exit_code, result.stderr) == (
        1,
        "scenarios: no such file or folder; pass --scenarios DIR or set FORECASTS_SCENARIOS\n",
    )


@pytest.mark.parametrize("command", ["validate", "list", "show", "new", "forecast", "evidence", "resolve", "dashboard"])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"forecasts {command}" in result.stdout
