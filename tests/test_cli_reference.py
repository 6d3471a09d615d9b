"""docs/cli.md cannot drift from the CLI (issue 17, item 10): it is every command's --help, generated."""

from __future__ import annotations

import importlib.util
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.cli_reference import END, START, WIDTH, reference_path, render_reference, updated_document

REPO = Path(__file__).resolve().parents[1]


def test_docs_cli_md_is_current() -> None:
    path = reference_path(REPO)
    current = path.read_text(encoding="utf-8")
    assert updated_document(current) == current, "docs/cli.md is stale: run `python scripts/cli_reference.py`"


def test_each_section_is_what_help_prints() -> None:
    sections = re.findall(r"`(forecasts[^`]*)`\n\n```text\n(.*?)\n```", render_reference(), flags=re.S)
    assert len(sections) > 10
    for command, text in sections:
        args = [*command.split()[1:], "--help"]
        shown = CliRunner().invoke(cli, args, prog_name="forecasts", terminal_width=WIDTH)
        assert shown.exit_code == 0 and shown.stdout.rstrip() == text, command


def test_text_around_the_markers_is_kept() -> None:
    written = f"# Mine\n\nA note a person wrote.\n\n{START}\nold\n{END}\n\nMore of mine.\n"
    updated = updated_document(written)
    assert updated.startswith("# Mine\n\nA note a person wrote.\n\n" + START)
    assert updated.endswith(END + "\n\nMore of mine.\n") and "\nold\n" not in updated


def test_the_script_writes_a_reference_everyone_can_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A private temporary file renamed into place left docs/cli.md readable by its owner only.
    spec = importlib.util.spec_from_file_location("cli_reference_script", REPO / "scripts" / "cli_reference.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "REPO", tmp_path)
    previous = os.umask(0o022)
    try:
        assert script.main([]) == 0
    finally:
        os.umask(previous)
    path = reference_path(tmp_path)
    assert path.read_text(encoding="utf-8") == updated_document("")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_every_command_with_settings_of_its_own_keeps_the_short_help_option() -> None:
    """click caches a command's help option when first asked: a subcommand with settings of its own
    must name `-h` itself, or `forecasts watch -h` (and docs/cli.md) would depend on what ran first."""

    def commands(group: click.Group) -> Iterator[click.Command]:
        for command in group.commands.values():
            yield command
            if isinstance(command, click.Group):
                yield from commands(command)

    lacking = [
        c.name
        for c in commands(cli)
        if c.context_settings and "-h" not in c.context_settings.get("help_option_names", [])
    ]
    assert lacking == []
    watch = cli.commands["watch"]
    assert "-h" in CliRunner().invoke(watch, ["-h"]).output  # on its own, before the group is asked
