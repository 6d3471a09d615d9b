"""Odd command-line values get a bound and a message naming the value and what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from forecasts.cli import cli
from forecasts.dates import now_utc


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
