"""Every write says who wrote it, when and from where (``recorded:`` on the history entry)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.problems import ScenarioError
from forecasts.provenance import cli_origin, describe_origin, find_git_author
from forecasts.recording import record_forecast
from forecasts.scenario import Recorded
from forecasts.store import load_catalog, read_scenario
from testdata import copy_bundled

AT = datetime(2020, 1, 7, 12, tzinfo=UTC)


@pytest.fixture
def no_global_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Git sees only the repository's own settings, not the machine's."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_DIR", "GIT_WORK_TREE"):
        monkeypatch.delenv(name, raising=False)


def git_repo(folder: Path, name: str | None = "Ana Torres", email: str | None = "ana@example.org") -> Path:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    if name:
        subprocess.run(["git", "-C", str(folder), "config", "user.name", name], check=True)
    if email:
        subprocess.run(["git", "-C", str(folder), "config", "user.email", email], check=True)
    return folder


def recorded_blocks(path: Path) -> list[dict[str, object] | None]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [entry.get("recorded") for entry in data.get("history") or []]


def test_git_author_of_the_scenarios_repository(
    tree: Path, no_global_git: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert find_git_author(tree) is None  # not in a repository: no author, whatever the machine's settings
    git_repo(tree)
    assert find_git_author(tree) == "Ana Torres <ana@example.org>"
    assert find_git_author(tree / "demo") == "Ana Torres <ana@example.org>"
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Ben Okafor")  # as git itself would take it
    assert find_git_author(tree) == "Ben Okafor <ana@example.org>"


def test_git_repository_without_an_author(tree: Path, no_global_git: None) -> None:
    git_repo(tree, name=None, email=None)
    assert find_git_author(tree) is None
    assert cli_origin(tree).git_author is None


def test_cli_writes_carry_the_git_author_next_to_the_typed_name(tree: Path, no_global_git: None) -> None:
    git_repo(tree)
    path = tree / "demo" / "strike.yaml"
    runner = CliRunner()
    base = ["--scenarios", str(tree)]
    for args in (
        ["forecast", "strike", "30%", "--by", "Dana", "--at", "2020-01-07"],
        [
            "evidence",
            "strike",
            "--by",
            "Dana",
            "--note",
            "drill",
            "--direction",
            "up",
            "--strength",
            "weak",
            "--at",
            "2020-01-07",
        ],
        ["resolve", "strike", "no", "--by", "Dana", "--source", "https://example.org/report"],
    ):
        result = runner.invoke(cli, [args[0], *base, *args[1:]])
        assert result.exit_code == 0, result.output
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e["by"] for e in data["history"]] == ["Dana", "Dana", "Dana"]
    for block in recorded_blocks(path):
        assert block is not None
        assert (block["via"], block["git_author"]) == ("cli", "Ana Torres <ana@example.org>")
        assert "identity" not in block
        assert abs((block["at"] - datetime.now(UTC)).total_seconds()) < 60  # type: ignore[operator]


def test_old_entries_without_attribution_still_validate(tree: Path) -> None:
    path = tree / "demo" / "strike.yaml"
    record_forecast(read_scenario(path), "30%", "Dana", at=AT)  # the library call without an origin
    assert recorded_blocks(path) == [None]
    assert not load_catalog(tree).problems
    assert describe_origin(None) == ("not recorded", "written before attribution was kept")


def test_a_wrong_attribution_is_refused_with_its_line(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    path = tree / "demo" / "strike.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "history:\n- type: forecast\n  at: 2020-01-07\n  by: Dana\n  probability: 0.3\n"
        "  recorded:\n    at: 2020-01-07T10:00:00Z\n    via: email\n",
        encoding="utf-8",
    )
    with pytest.raises(ScenarioError) as info:
        read_scenario(path)
    message = str(info.value)
    assert "history[0].recorded.via: 'email' is not allowed; use one of: dashboard, local-dashboard, cli" in message


def test_describe_origin() -> None:
    at = datetime(2026, 12, 5, 19, 50, tzinfo=UTC)
    assert describe_origin(Recorded(at=at, via="dashboard", identity="ana@example.org")) == (
        "dashboard (signed in)",
        "ana@example.org",
    )
    assert describe_origin(Recorded(at=at, via="cli", git_author="Ana Torres <ana@example.org>")) == (
        "command line",
        "git: Ana Torres <ana@example.org>",
    )
    assert describe_origin(Recorded(at=at, via="local-dashboard")) == ("dashboard (local)", "no git author known")


def test_claims_merged_from_a_draft_say_who_merged_them(
    tmp_path: Path, no_global_git: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = git_repo(copy_bundled(tmp_path / "scenarios"))
    monkeypatch.chdir(tmp_path)
    draft = "practice-iran-threatens-us-persons"
    result = CliRunner().invoke(cli, ["drafts", "merge", f"{draft}-2024", "--into", draft, "--scenarios", str(root)])
    assert result.exit_code == 0, result.output
    blocks = recorded_blocks(root / "practice" / f"{draft}.yaml")
    assert blocks and all(
        b is not None and (b["via"], b["git_author"]) == ("cli", "Ana Torres <ana@example.org>") for b in blocks
    )


def test_claims_attached_by_extract_write_say_who_attached_them(
    tmp_path: Path, no_global_git: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    git_repo(copy_bundled(tmp_path / "scenarios"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    one = "Iran will probably strike US forces in Iraq within two weeks, officials said.\n"
    other = "Iran is likely to strike US forces in Iraq within two weeks, a general said.\n"
    write = ["extract", "-", "--outlet", "A", "--write", "scenarios/t"]
    drafted = CliRunner().invoke(cli, [*write, "--published", "2020-01-05"], input=one)
    (written,) = [line[len("wrote ") :] for line in drafted.stderr.splitlines() if line.startswith("wrote ")]
    attached = CliRunner().invoke(cli, [*write, "--published", "2020-01-06"], input=other)
    assert attached.exit_code == 0, attached.output
    block = recorded_blocks(tmp_path / written)[-1]  # the attached claim, after the drafted one
    assert block is not None and (block["via"], block["git_author"]) == ("cli", "Ana Torres <ana@example.org>")
