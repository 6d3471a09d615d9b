"""docs/cli.md cannot drift from the CLI (issue 17, item 10): it is every command's --help, generated."""

from __future__ import annotations

import re
from pathlib import Path

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
