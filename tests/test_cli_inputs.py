"""Odd command-line values get a bound and a message naming the value and what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

from forecasts.cli import cli
from forecasts.dates import now_utc
from forecasts.probability import ProbabilityError, parse_probability


@pytest.fixture
def run(tree: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tree.parent)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def files_of(tree: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}


@pytest.mark.parametrize("command", [("list",), ("show", "strike"), ("update", "--method", "advi")])
def test_an_as_of_after_today_is_refused(run, tree, command):  # type: ignore[no-untyped-def]
    before = files_of(tree)
    result = run(*command, "--as-of", "2999-01-01")
    assert result.exit_code == 2
    today = now_utc().date().isoformat()
    assert (
        f"Invalid value for '--as-of': '2999-01-01' is after today ({today}); --as-of shows what was known on a "
        "past date (leave it out for today)"
    ) in result.stderr
    assert files_of(tree) == before


def test_dashboard_checks_its_as_of_like_every_command(run, monkeypatch):  # type: ignore[no-untyped-def]
    # Were it to start Streamlit, this test would fail loudly instead of replacing the process.
    monkeypatch.setattr("os.execve", lambda *a: pytest.fail(f"dashboard started with {a}"))
    result = run("dashboard", "--as-of", "2030-13-01")
    assert result.exit_code == 2
    assert "Invalid value for '--as-of': '2030-13-01' is not a date (YYYY-MM-DD)" in result.stderr
    assert "FORECASTS_AS_OF" not in result.stderr


@pytest.mark.parametrize("value", ["inf", "nan", "0", "1e6", "-2"])
def test_a_likelihood_ratio_is_bounded(run, tree, value):  # type: ignore[no-untyped-def]
    before = files_of(tree)
    result = run("evidence", "strike", "--by", "ana", "--note", "n", "--lr", value, "--at", "2020-01-05")
    assert result.exit_code == 2
    shown = repr(float(value))
    assert (
        f"Invalid value for '--lr': {shown} is not a likelihood ratio from 0.001 to 1000 (weak, moderate and "
        "strong evidence are 1.5, 3 and 10; below 1 it points down)"
    ) in result.stderr
    assert files_of(tree) == before


def test_a_likelihood_ratio_in_a_file_is_bounded_too(tree):  # type: ignore[no-untyped-def]
    from forecasts.store import load_catalog

    path = tree / "demo" / "strike.yaml"
    path.write_text(path.read_text() + "evidence:\n  - {at: 2020-01-05, by: ana, note: n, likelihood_ratio: .inf}\n")
    problems = [str(p) for p in load_catalog(tree).problems]
    assert len(problems) == 1 and "likelihood_ratio: inf is not a likelihood ratio from 0.001 to 1000" in problems[0]


def test_a_forecast_finer_than_one_in_a_thousand_is_refused(run, tree):  # type: ignore[no-untyped-def]
    before = files_of(tree)
    result = run("forecast", "strike", "1e-320", "--by", "ana", "--at", "2020-01-05")
    assert result.exit_code == 1
    assert "'1e-320' is closer to 0 than forecasts go; write from 0.1% to 99.9% (0.001 to 0.999)" in result.stderr
    assert files_of(tree) == before


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_probabilities_are_kept_within_one_in_a_thousand(value: float) -> None:
    try:
        parsed = parse_probability(str(value))
    except ProbabilityError:
        assert not 0.001 <= value <= 0.999
    else:
        assert 0.001 <= parsed <= 0.999 + 1e-12 and parsed == value


@pytest.mark.parametrize(
    ("text", "expected"), [("0.1%", 0.001), ("99.9%", 0.999), ("1 in 1000", 0.001), ("999:1", 0.999)]
)
def test_the_bounds_themselves_are_allowed(text: str, expected: float) -> None:
    assert parse_probability(text) == pytest.approx(expected)


@pytest.mark.parametrize(("option", "value"), [("ID", "a" * 401), ("--case", "b" * 300)])
def test_an_id_or_case_too_long_for_a_file_name_is_refused(run, tree, option, value):  # type: ignore[no-untyped-def]
    before = files_of(tree)
    args = {"ID": "x", "--case": "demo"}
    args[option] = value
    result = run(
        "new", args["ID"], "--case", args["--case"], "--title", "t", "--question", "q?", "--criteria", "c",
        "--created", "2020-01-01", "--deadline", "2020-02-01",
    )  # fmt: skip
    assert (result.exit_code, result.stderr) == (
        1,
        f"{option}: '{value[:40]}…' is {len(value)} characters long; a slug has at most 80 (it names a file)\n",
    )
    assert files_of(tree) == before
