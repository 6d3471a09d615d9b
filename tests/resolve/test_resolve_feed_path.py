"""`check --feed` on a path that does not exist is an error naming it, not a feed reported "unused"."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from forecasts.cli import cli


@pytest.mark.parametrize("feed", ["nowhere/events.export.CSV", "acled=nowhere/acled.csv"])
def test_a_feed_path_that_does_not_exist_is_an_error(tree: Path, feed: str) -> None:
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = CliRunner().invoke(cli, ["check", "--scenarios", str(tree), "--feed", feed, "--as-of", "2020-01-10"])
    location = feed.split("=")[-1]
    assert result.exit_code == 2
    assert (
        f"Invalid value for '--feed': '{location}': no such file or folder; give an existing file, folder, glob, "
        ".zip or http(s) URL"
    ) in result.stderr
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before


def test_a_glob_matching_nothing_yet_is_still_accepted(tree: Path) -> None:
    result = CliRunner().invoke(
        cli, ["check", "--scenarios", str(tree), "--feed", "nowhere/*.CSV", "--as-of", "2020-01-10"]
    )
    assert result.exit_code in (0, 3), result.output
