"""Every command of the README's tour and of every `--help` Examples section runs as written.

Each section runs in order in its own fresh copy of the repository's scenarios (as a newcomer's
clone has them: no posterior, no check state), from a folder laid out like a clone, so relative
paths in the examples (``scenarios/...``, ``tests/data/feeds/...``, ``../shared/...``) resolve.
A few commands cannot run here; ``EXEMPT`` lists them with the reason.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from forecasts.cli import cli
from testdata import REPO, SHARED, copy_bundled

README = REPO / "README.md"
TOUR_HEADING = "## A tour of the command line"
EXTRACT_HEADING = "## Finding forecasts in an article"
IMPORT_HEADING = "## Importing a track record"
EXPORT_HEADING = "## Exporting"
WATCH_HEADING = "## Watching outlets' feeds"
NOTIFY_HEADING = "## Notifications"

# Commands that cannot run in a test, by prefix, with the reason.
EXEMPT = {
    "forecasts dashboard": "starts a web server (its --as-of is checked in tests/test_cli_inputs.py)",
    "forecasts update": "fits the model: a minute or more per fit (tests/model run update with mock sampling)",
    "forecasts backtest": "fits on ../shared data for minutes (bench/backtest.py runs it)",
    "forecasts check --feed gdelt=http://": "fetches GDELT over the network",
    "forecasts extract https://": "fetches a web page over the network",
    "forecasts watch": "fetches feeds over the network (tests/watch serve feeds from a local HTTP server)",
    "forecasts baserate": "needs years of event history (forecasts events sync, over the network); "
    "tests/test_baserate_command.py runs these examples on a SYNTHETIC store",
    "forecasts events sync --feed gdelt --from": "fetches GDELT's file list and batches over the network "
    "(tests/events/test_events_sync.py serves them locally)",
    "forecasts events query --engine bigquery": "asks BigQuery with the user's own credentials "
    "(tests/events/test_events_bigquery.py stands a client in)",
}
# `check` exits 3 when something needs a person: a report, not a failure.
REPORT_EXIT = {"forecasts check": {0, 3}}


def join_continued(lines: list[str]) -> list[str]:
    """Commands from lines, a trailing backslash joining a line to the next."""
    commands: list[str] = []
    pending = ""
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if text.endswith("\\"):
            pending += text[:-1] + " "
            continue
        commands.append(pending + text)
        pending = ""
    assert not pending, f"a continuation line ends the block: {pending!r}"
    return commands


def readme_tour(heading: str = TOUR_HEADING) -> list[str]:
    """The commands in the first shell block of a README.md section (the tour by default)."""
    text = README.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None, f"the README's {heading!r} has no ```sh block"
    return join_continued(block[1].splitlines())


def help_examples(path: tuple[str, ...]) -> list[str]:
    """The commands of the Examples section of ``forecasts PATH --help``."""
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name="forecasts")
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("Examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    return join_continued(lines)


def command_paths() -> list[tuple[str, ...]]:
    """The group and every command (and every command of a command group), as argument prefixes."""
    assert isinstance(cli, click.Group)
    paths: list[tuple[str, ...]] = [()]
    for name in sorted(cli.commands):
        paths.append((name,))
        group = cli.commands[name]
        if isinstance(group, click.Group):
            paths.extend((name, sub) for sub in sorted(group.commands))
    return paths


def sections() -> list[tuple[str, list[str]]]:
    found = [("README tour", readme_tour()), ("README extract", readme_tour(EXTRACT_HEADING))]
    found += [("README import", readme_tour(IMPORT_HEADING)), ("README export", readme_tour(EXPORT_HEADING))]
    found += [("README watch", readme_tour(WATCH_HEADING)), ("README notify", readme_tour(NOTIFY_HEADING))]
    for path in command_paths():
        found.append((" ".join(("forecasts", *path)) + " --help", help_examples(path)))
    return found


def exempt_reason(command: str) -> str | None:
    return next((why for prefix, why in EXEMPT.items() if command.startswith(prefix)), None)


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder laid out like a fresh clone beside ../shared: scenarios copied, the rest linked."""
    root = tmp_path / "clone"
    root.mkdir()
    copy_bundled(root / "scenarios")
    (root / "tests").symlink_to(REPO / "tests")
    (root / "corpus").symlink_to(REPO / "corpus")
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED)
    monkeypatch.chdir(root)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    monkeypatch.delenv("FORECASTS_AS_OF", raising=False)
    return root


def test_every_help_section_has_examples() -> None:
    for name, commands in sections():
        assert commands, f"{name} has no examples"
        assert all(c.startswith(("forecasts ", "cat ")) for c in commands), (name, commands)


@pytest.mark.parametrize(("name", "commands"), sections(), ids=[name for name, _ in sections()])
def test_examples_run_as_written(clone: Path, name: str, commands: list[str]) -> None:
    runner = CliRunner()
    for command in commands:
        if exempt_reason(command) is not None:
            continue
        if "../shared/" in command and not SHARED.exists():
            continue  # users' clones have no ../shared; the development checkout has it
        stdin = None
        piped = re.match(r"^cat (\S+) \| (forecasts .*)$", command)
        if piped:
            stdin = Path(piped[1]).read_bytes()
        words = shlex.split(piped[2] if piped else command, comments=True)
        assert words[0] == "forecasts", command
        result = runner.invoke(cli, words[1:], prog_name="forecasts", catch_exceptions=False, input=stdin)
        allowed = next((codes for prefix, codes in REPORT_EXIT.items() if command.startswith(prefix)), {0})
        assert result.exit_code in allowed, f"{name}: `{command}` exited {result.exit_code}:\n{result.output}"


def test_the_exemptions_are_few_and_each_says_why() -> None:
    exempt = [c for _, commands in sections() for c in commands if exempt_reason(c) is not None]
    assert all(exempt_reason(c) for c in exempt)
    # The recording examples are never exempt: they are what a newcomer tries first.
    recording = [c for _, commands in sections() for c in commands if c.split()[1:2] in (["forecast"], ["resolve"])]
    assert recording and not any(exempt_reason(c) for c in recording)


def test_the_tour_records_on_open_questions(clone: Path) -> None:
    """The recording examples write to the live practice case, never to the settled archive."""
    runner = CliRunner()
    before = {p: p.read_bytes() for p in (clone / "scenarios" / "iran-2020").iterdir()}
    for command in readme_tour():
        if exempt_reason(command) is None:
            runner.invoke(cli, shlex.split(command, comments=True)[1:], catch_exceptions=False)
    assert {p: p.read_bytes() for p in (clone / "scenarios" / "iran-2020").iterdir()} == before
    practice = (clone / "scenarios" / "practice" / "practice-hormuz-closure.yaml").read_text(encoding="utf-8")
    assert "by: Ana Torres" in practice and "type: evidence" in practice
    assert (clone / "scenarios" / "practice" / "red-sea-shipping-halt.yaml").is_file()


def test_list_help_says_where_the_numbers_come_from() -> None:
    text = " ".join(CliRunner().invoke(cli, ["list", "--help"]).stdout.split())
    assert "the Bayesian model's posterior mean, with its 90% interval, once `forecasts update` has fitted one" in text
    assert "An --as-of date only uses a fit made on what was known by then" in text
