"""`forecasts check` writes a feed row's URL only when it is a web URL the schema takes: a row whose
URL would smuggle Markdown (an image, a link) into the dashboard is recorded without it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.scenario import ResolutionEntry
from forecasts.store import read_scenario

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
GDELT = FEEDS / "gdelt" / "iran-2020-timeline.export.CSV"
SMUGGLED = "/![p](http://127.0.0.1:9/p.png)"
STRIKE = """id: strike
title: Strike
question: Will state A strike US forces by 2020-01-31?
created: 2020-01-04
deadline: 2020-01-31
resolution:
  criteria: Yes if it happens.
  rule:
    feed: gdelt
    actor1_country: IRN
    actor2_country: USA
    quad_class: 4
    event_root_codes: [18, 19, 20]
    min_sources: 3
    on_deadline_without_match: "no"
"""


def test_a_feed_url_that_smuggles_markdown_is_left_out(tmp_path: Path) -> None:
    feed = tmp_path / "feed" / GDELT.name
    feed.parent.mkdir()
    # Every row's SOURCEURL (the last column) gets an image tacked on: no spaces, so it looks like a URL.
    rows = [line.split("\t") for line in GDELT.read_text(encoding="utf-8").splitlines()]
    feed.write_text("".join("\t".join([*r[:-1], r[-1] + SMUGGLED]) + "\n" for r in rows), encoding="utf-8")
    assert all(r[-1].startswith("http") for r in rows)
    path = tmp_path / "scenarios" / "demo" / "strike.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(STRIKE, encoding="utf-8")

    result = CliRunner().invoke(
        cli,
        ["check", "--scenarios", str(tmp_path / "scenarios"), "--as-of", "2020-01-10", "--feed", str(feed)],
        catch_exceptions=False,
    )

    assert result.exit_code == 0, result.output
    entries = [e for e in read_scenario(path).scenario.history if isinstance(e, ResolutionEntry)]
    assert [(e.outcome, str(e.resolved_at)) for e in entries] == [("yes", "2020-01-08")]
    assert entries[0].source is None
    assert entries[0].events and all(event.url is None for event in entries[0].events)
    assert "![" not in path.read_text(encoding="utf-8")


def test_good_feed_urls_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "scenarios" / "demo" / "strike.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(STRIKE, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["check", "--scenarios", str(tmp_path / "scenarios"), "--as-of", "2020-01-10", "--feed", str(GDELT)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    entry = next(e for e in read_scenario(path).scenario.history if isinstance(e, ResolutionEntry))
    assert (
        entry.source
        == "https://www.thenationalnews.com/world/mena/one-year-on-iran-s-al-asad-missile-attacks-in-iraq-1.1142788"
    )
    assert entry.events and all(event.url and event.url.startswith("http") for event in entry.events)
