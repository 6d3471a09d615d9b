"""One word per idea on the command line (issue 17, item 8).

`--by` is always a person, `--as-of` always the date a command looks from, `--url` always where a
thing can be checked, `--format` always offers text and json first. The former spellings
(`score --by`, `check --now`, `resolve --source`, `backtest --at`) still work for one release,
hidden from --help, and say on stderr that they are deprecated.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from forecasts.cli import cli

DEPRECATED = "warning: {old} is deprecated, use {new} (the old spelling goes in the next release)\n"


@pytest.fixture
def run(tree: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tree.parent)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_resolve_takes_url_and_the_old_source_with_a_warning(run, tree: Path) -> None:  # type: ignore[no-untyped-def]
    new = run("resolve", "strike", "yes", "--by", "carol", "--url", "https://example.org/new")
    assert (new.exit_code, new.stderr) == (0, "")
    old = run("resolve", "response", "direct", "--by", "carol", "--source", "https://example.org/old")
    assert old.exit_code == 0
    assert old.stderr == DEPRECATED.format(old="--source", new="--url")
    assert old.stdout == "recorded: response resolved direct by carol\n"
    assert "https://example.org/old" in (tree / "demo" / "response.yaml").read_text()


def test_resolve_without_a_url_is_a_usage_error(run) -> None:  # type: ignore[no-untyped-def]
    result = run("resolve", "strike", "yes", "--by", "carol")
    assert result.exit_code == 2
    assert "Error: Missing option '--url'." in result.stderr


def test_the_old_and_new_spelling_together_are_a_usage_error(run) -> None:  # type: ignore[no-untyped-def]
    result = run("resolve", "strike", "yes", "--by", "c", "--url", "https://a.org/x", "--source", "https://a.org/y")
    assert result.exit_code == 2
    assert "Error: --source is the old spelling of --url: give --url only" in result.stderr


def test_check_as_of_replaces_now(run) -> None:  # type: ignore[no-untyped-def]
    new = run("check", "--as-of", "2020-01-10", "--dry-run", "--format", "json")
    old = run("check", "--now", "2020-01-10", "--dry-run", "--format", "json")
    assert old.stderr == DEPRECATED.format(old="--now", new="--as-of")
    assert (old.exit_code, old.stdout) == (new.exit_code, new.stdout)
    assert '"as_of": "2020-01-10' in new.stdout or '"now": "2020-01-10' in new.stdout


def test_score_group_by_replaces_by(run) -> None:  # type: ignore[no-untyped-def]
    new = run("score", "--group-by", "speaker", "--format", "json")
    old = run("score", "--by", "speaker", "--format", "json")
    assert new.exit_code == 0 and new.stderr == ""
    assert old.stderr == DEPRECATED.format(old="--by", new="--group-by")
    assert old.stdout == new.stdout
    assert '"by": "speaker"' in new.stdout or '"group_by": "speaker"' in new.stdout


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found: list[tuple[tuple[str, ...], click.Command]] = []
    for name, command in sorted(group.commands.items()):
        found.append(((*prefix, name), command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
    return found


COMMANDS = _commands(cli)
PERSON_COMMANDS = {("forecast",), ("evidence",), ("resolve",)}


@pytest.mark.parametrize("path,command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_speaks_one_vocabulary(path: tuple[str, ...], command: click.Command) -> None:
    visible = {name: p for p in command.params if isinstance(p, click.Option) and not p.hidden for name in p.opts}
    assert not {"--now", "--source"} & set(visible), "old spellings are hidden aliases"
    if "--by" in visible:
        assert path in PERSON_COMMANDS and (visible["--by"].help or "").startswith("Who ")
    if "--at" in visible:
        assert path in PERSON_COMMANDS, "--at is when something was said; a point of view is --as-of"
    if "--format" in visible and "--out" in visible:
        # A command that writes files (export) picks their file format; json is always one.
        kind = visible["--format"].type
        assert isinstance(kind, click.Choice) and "json" in kind.choices
    elif "--format" in visible:
        kind = visible["--format"].type
        assert isinstance(kind, click.Choice) and list(kind.choices)[:2] == ["text", "json"]
        assert visible["--format"].default == "text"
    if "--as-of" in visible:
        assert visible["--as-of"].type.name == "DATE"


def test_old_spellings_are_hidden_from_help() -> None:
    for args, old in ((["check"], "--now"), (["resolve"], "--source"), (["score"], "--by"), (["backtest"], "--at")):
        shown = CliRunner().invoke(cli, [*args, "--help"]).stdout
        assert f"{old} " not in shown and f"{old}\n" not in shown, (args, old)


def test_backtest_as_of_replaces_at(tmp_path: Path) -> None:
    missing = str(tmp_path / "forecasts.csv")
    old = CliRunner().invoke(cli, ["backtest", missing, "--train-until", "2015-01-01", "--at", "2015-06-01"])
    assert old.exit_code == 1
    assert old.stderr.startswith(DEPRECATED.format(old="--at", new="--as-of"))
    new = CliRunner().invoke(cli, ["backtest", missing, "--train-until", "2015-01-01", "--as-of", "2015-06-01"])
    assert new.exit_code == 1 and "deprecated" not in new.stderr
    assert old.stderr.removeprefix(DEPRECATED.format(old="--at", new="--as-of")) == new.stderr
