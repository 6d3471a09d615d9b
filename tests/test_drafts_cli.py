"""`forecasts drafts` and `list --drafts` from the command line: messages, exit codes, files."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from forecasts.cli import cli
from forecasts.store import load_catalog
from testdata import copy_bundled

DRAFT = "practice-iran-threatens-us-persons"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = copy_bundled(tmp_path / "scenarios")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    monkeypatch.delenv("FORECASTS_AS_OF", raising=False)
    return target


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="forecasts")


def test_list_leaves_drafts_out_unless_asked(root: Path) -> None:
    assert DRAFT not in run("list", "--case", "practice").stdout
    assert DRAFT in run("list", "--case", "practice", "--drafts").stdout
    assert DRAFT in run("list", "--status", "draft").stdout


def test_list_says_how_many_drafts_it_hides(root: Path) -> None:
    hidden = "2 drafts hidden: --drafts shows them, `forecasts drafts list` reviews them"
    assert run("list", "--case", "practice").stdout.splitlines()[-1] == hidden
    assert hidden not in run("list", "--case", "practice", "--drafts").stdout
    assert "hidden" not in run("list", "--case", "iran-2020").stdout


def test_drafts_list_names_the_review_items(root: Path) -> None:
    result = run("drafts", "list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()[-6:]
    # The probability, and the order of the signs by weight, move each time the model learns from new
    # verdicts; the signs themselves are the draft's own.
    shown = re.fullmatch(r"  publishability: 0\.\d\d \(down on: (?P<signs>.+)\)", lines[2])
    assert shown is not None, lines[2]
    assert set(shown["signs"].split("; ")) == {"window over a year", "question length (per 10 words)"}
    assert lines[:2] + lines[3:] == [
        f"{DRAFT}  Iran directly threatens U.S. persons (by 2028)",
        f"  scenarios/practice/{DRAFT}.yaml",
        "  review: question: check that a stranger could resolve it from the wording alone",
        "  review: deadline: the assessment gives no window; the end of 2028 was assumed",
        "2 drafts",
    ]


def test_accept_refuses_with_the_items_then_opens(root: Path) -> None:
    path = root / "practice" / f"{DRAFT}.yaml"
    before = path.read_bytes()
    refused = run("drafts", "accept", DRAFT)
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"scenarios/practice/{DRAFT}.yaml:16: review: 2 review items remain: question: check that a stranger could "
        "resolve it from the wording alone; deadline: the assessment gives no window; the end of 2028 was assumed. "
        f"Check each, then `forecasts drafts edit {DRAFT} --checked FIELD` (FIELD one of: deadline, question), or "
        "change it with --set FIELD=VALUE\n"
    )
    assert path.read_bytes() == before
    edited = run("drafts", "edit", DRAFT, "--checked", "question", "--checked", "deadline")
    assert edited.stdout == (
        f"edited {DRAFT} (scenarios/practice/{DRAFT}.yaml); no review items left: forecasts drafts accept {DRAFT}\n"
    )
    assert run("drafts", "accept", DRAFT).stdout == f"opened {DRAFT} (scenarios/practice/{DRAFT}.yaml)\n"
    assert DRAFT in run("list", "--case", "practice").stdout
    assert run("validate").exit_code == 0


def test_merge_and_reject(root: Path) -> None:
    merged = run("drafts", "merge", f"{DRAFT}-2024", "--into", DRAFT)
    assert merged.exit_code == 0, merged.output
    assert not (root / "practice" / f"{DRAFT}-2024.yaml").exists()
    assert "type: source" in (root / "practice" / f"{DRAFT}.yaml").read_text(encoding="utf-8")
    rejected = run("drafts", "reject", DRAFT)
    assert rejected.stdout == f"rejected {DRAFT}: moved to scenarios/_rejected/practice/{DRAFT}.yaml\n"
    assert run("drafts", "list").stdout == "no drafts under scenarios\n"


def test_editing_an_open_scenario_is_refused(root: Path) -> None:
    result = run("drafts", "edit", "practice-tour", "--set", "title=X")
    assert result.exit_code == 1
    assert "is not a draft (status: open); `forecasts drafts` only changes drafts" in result.stderr


def test_extract_write_reports_drafts_added_and_claims_attached(root: Path) -> None:
    article = Path(__file__).resolve().parents[1] / "corpus" / "articles" / "105-odni-ata-2024-iran.txt"
    first = run("extract", str(article), "--write", "scenarios/iran-ata-2024")
    assert first.exit_code == 0, first.output
    assert run("validate").exit_code == 0
    # Written once, the article's quotes are in the tree: a second run skips each, naming its file.
    wrote = [line[len("wrote ") :] for line in first.stderr.splitlines() if line.startswith("wrote ")]
    assert wrote, first.stderr
    again = run("extract", str(article), "--write", "scenarios/iran-ata-2024-again")
    assert again.exit_code == 0, again.output
    assert f"skipped (already in {wrote[0]})" in again.stderr
    assert not any(line.startswith("wrote ") for line in again.stderr.splitlines())
    one = "Iran will probably strike US forces in Iraq within two weeks, officials said.\n"
    other = "Iran is likely to strike US forces in Iraq within two weeks, a general said.\n"
    drafted = CliRunner().invoke(
        cli, ["extract", "-", "--published", "2020-01-05", "--outlet", "A", "--write", "scenarios/t"], input=one
    )
    (written,) = [line[len("wrote ") :] for line in drafted.stderr.splitlines() if line.startswith("wrote ")]
    attached = CliRunner().invoke(
        cli, ["extract", "-", "--published", "2020-01-06", "--outlet", "B", "--write", "scenarios/t"], input=other
    )
    assert attached.exit_code == 0, attached.output
    assert attached.stderr.splitlines() == [
        f"attached to {written} (same event): 'Iran is likely to strike US forces in Iraq within two weeks'",
        "0 draft(s) written to scenarios/t, 1 claim(s) attached to existing scenarios, 0 skipped as already present",
    ]


def readme_article_commands() -> list[str]:
    """The commands of the README's 'From an article to published scenarios' block."""
    from test_tour import README, join_continued

    section = README.read_text(encoding="utf-8").split("## From an article to published scenarios", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section.split("\n## ", 1)[0], re.DOTALL)
    assert block is not None
    return join_continued(block[1].splitlines())


def test_the_readme_article_goes_to_published_scenarios(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root.parent)
    (root.parent / "corpus").symlink_to(Path(__file__).resolve().parents[1] / "corpus")
    for command in readme_article_commands():
        result = CliRunner().invoke(cli, shlex.split(command, comments=True)[1:], prog_name="forecasts")
        assert result.exit_code == 0, f"`{command}` exited {result.exit_code}:\n{result.output}"
    opened = [f.scenario for f in load_catalog(root).files if f.scenario.case == "ukraine-2022"]
    assert sorted(s.id for s in opened if s.status == "open") == [
        "russian-missiles-drop-across-ukraine",
        "russian-tanks-advance-key-targets",
    ]
