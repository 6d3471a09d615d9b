"""forecasts watch: feeds from a local HTTP server, conditional requests, each article once, drafts in an inbox."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from page_server import Answer, PageServer, serve_pages

from forecasts.store import load_catalog
from forecasts.watch.command import render_watch, watch_command
from forecasts.watch.outlets import Outlet, OutletListError, read_outlets
from forecasts.watch.watching import Politeness, WatchOptions, read_state, run_watch
from testdata import DATA, REPO

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
ARTICLE = REPO / "corpus" / "articles" / "101-state-blinken-unsc-russia-threat.txt"


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        "<pubDate>Thu, 17 Feb 2022 15:00:00 GMT</pubDate></item>"
        for path, title in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>State Department</title>'
        f"<link>{base}/</link>{entries}</channel></rss>"
    ).encode()


class Feed:
    """A feed route that honours If-None-Match, as a real server does."""

    def __init__(self, body: bytes, etag: str) -> None:
        self.body, self.etag = body, etag
        self.conditional: list[str | None] = []

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        asked = handler.headers.get("If-None-Match")
        self.conditional.append(asked)
        if asked == self.etag:
            handler.send_response(304)
            handler.send_header("ETag", self.etag)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("ETag", self.etag)
        handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        handler.wfile.write(self.body)


@pytest.fixture
def server() -> Iterator[PageServer]:
    with serve_pages({}) as running:
        yield running


@pytest.fixture
def scenarios(tmp_path: Path) -> Path:
    root = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", root)
    return root


def options(scenarios: Path, **changes: object) -> WatchOptions:
    base = WatchOptions(root=scenarios, inbox=scenarios / "inbox", delay=0, timeout=10, allow_loopback=True)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def article_answer() -> Answer:
    return Answer(200, ARTICLE.read_bytes(), {"Content-Type": "text/plain; charset=utf-8"})


def test_new_articles_are_read_once_and_drafted_into_the_inbox(server: PageServer, scenarios: Path) -> None:
    feed = Feed(rss(server.url, [("/blinken", "Blinken at the UN")]), '"v1"')
    server.routes.update({"/feed.xml": feed, "/blinken": article_answer()})
    outlets = [Outlet(f"{server.url}/feed.xml", "U.S. Department of State")]

    first = run_watch(outlets, options(scenarios), NOW)
    assert (first.feeds_read, first.articles_read, first.void_feeds) == (1, 1, [])
    assert first.forecasts_found > 0 and first.drafts_written
    assert all(p.parent == scenarios / "inbox" for p in first.drafts_written)
    drafts = {f.path for f in load_catalog(scenarios).files if f.scenario.status == "draft"}
    assert set(first.drafts_written) <= drafts
    # Claims the resolvability gate holds back ("the world will remember that commitment") are
    # counted, not dropped silently.
    assert first.not_drafted >= 1
    assert (
        f"not drafted (nothing a stranger could check, a question to rewrite whole, or a claim the scorer doubts): "
        f"{first.not_drafted}" in render_watch(first)
    )

    # The feed has not changed: asked with its ETag, answered 304, the article is not fetched again.
    second = run_watch(outlets, options(scenarios), NOW)
    assert feed.conditional == [None, '"v1"']
    assert (second.feeds_unchanged, second.articles_read, second.drafts_written) == (1, 0, [])
    assert server.seen().count("GET /blinken") == 1

    # Re-published under a new id and address with the same text: read again, no claim drafted twice.
    server.routes["/blinken-again"] = article_answer()
    feed.body, feed.etag = rss(server.url, [("/blinken", "Blinken"), ("/blinken-again", "Blinken again")]), '"v2"'
    third = run_watch(outlets, options(scenarios), NOW)
    assert third.articles_read == 1 and third.drafts_written == []
    assert third.already_drafted + third.attached > 0


def test_a_loopback_feed_is_refused_without_the_test_switch(server: PageServer, scenarios: Path) -> None:
    server.routes["/feed.xml"] = Feed(rss(server.url, []), '"v1"')
    report = run_watch([Outlet(f"{server.url}/feed.xml")], options(scenarios, allow_loopback=False), NOW)
    assert len(report.void_feeds) == 1 and "a loopback address" in report.void_feeds[0]
    assert server.seen() == []


def test_a_feed_that_is_not_a_feed_is_void_for_the_run(server: PageServer, scenarios: Path) -> None:
    server.routes["/feed.xml"] = Answer(200, b"<html><p>unclosed", {"Content-Type": "text/html"})
    report = run_watch([Outlet(f"{server.url}/feed.xml")], options(scenarios), NOW)
    assert report.void_feeds and report.void_feeds[0].startswith(f"{server.url}/feed.xml: not an RSS or Atom feed (")
    assert report.needs_a_person and report.news()[0].text.startswith("feed void for the run: ")


def test_an_article_that_fails_is_tried_again_next_run(server: PageServer, scenarios: Path) -> None:
    feed = Feed(rss(server.url, [("/gone", "Gone")]), '"v1"')
    server.routes["/feed.xml"] = feed
    first = run_watch([Outlet(f"{server.url}/feed.xml")], options(scenarios), NOW)
    assert len(first.articles_failed) == 1
    assert read_state(scenarios)["seen"] == {}
    server.routes["/gone"] = article_answer()
    second = run_watch([Outlet(f"{server.url}/feed.xml")], options(scenarios), NOW)
    assert feed.conditional == [None, None]  # the feed is asked in full again, not answered 304
    assert second.articles_read == 1


def test_requests_to_one_host_are_spaced_by_the_delay() -> None:
    clock = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    polite = Politeness(2.0, sleep=sleep, clock=lambda: clock[0])
    polite.wait("https://a.example/feed")
    polite.wait("https://b.example/feed")
    clock[0] += 0.5
    polite.wait("https://a.example/story")
    assert slept == [pytest.approx(1.5)]


def test_feed_lists_in_yaml_and_opml() -> None:
    assert read_outlets(DATA / "watch" / "watch.yaml") == [
        Outlet("https://www.state.gov/rss-feed/press-releases/feed/", "U.S. Department of State"),
        Outlet("https://feeds.bbci.co.uk/news/world/rss.xml"),
    ]
    assert read_outlets(DATA / "watch" / "outlets.opml") == [
        Outlet("https://feeds.bbci.co.uk/news/world/rss.xml", "BBC News"),
        Outlet("https://www.state.gov/rss-feed/press-releases/feed/", "State Department"),
    ]


def test_a_bad_feed_list_names_the_file_the_place_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "watch.yaml"
    path.write_text("feeds:\n  - url: ftp://example.org/feed\n")
    with pytest.raises(OutletListError) as caught:
        read_outlets(path)
    assert str(caught.value) == f"{path}: feeds[0]: url: 'ftp://example.org/feed' is not a URL (http:// or https://)"
    path.write_text("feeds:\n  - url: https://example.org/feed\n    outlett: X\n")
    with pytest.raises(OutletListError) as caught:
        read_outlets(path)
    assert str(caught.value) == f"{path}: feeds[0]: unknown key 'outlett'; a feed has url and outlet"


def test_the_command_says_where_it_looked_for_the_feed_list(tmp_path: Path) -> None:
    result = CliRunner().invoke(watch_command, ["--scenarios", str(tmp_path / "scenarios")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{tmp_path / 'watch.yaml'}: no such file; write a feed list, e.g.\nfeeds:")


def test_a_run_with_a_void_feed_reports_it_in_json_by_its_schema(tmp_path: Path) -> None:
    feeds = tmp_path / "watch.yaml"
    # Loopback: refused by the address rules without any connection, so this runs offline.
    feeds.write_text("feeds:\n  - url: http://127.0.0.1:9/feed.xml\n")
    scenarios = tmp_path / "scenarios"
    result = CliRunner().invoke(
        watch_command, ["--feeds", str(feeds), "--scenarios", str(scenarios), "--format", "json"]
    )
    assert result.exit_code == 3, result.output
    document = json.loads(result.stdout)
    schema = json.loads((REPO / "docs" / "schema" / "watch.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    assert document["void_feeds"] and "a loopback address" in document["void_feeds"][0]
    assert json.loads((scenarios / ".forecasts" / "watch-state.json").read_text()) == {"feeds": {}, "seen": {}}


def test_a_corrupt_watch_state_stops_the_run_naming_the_file(tmp_path: Path) -> None:
    feeds = tmp_path / "watch.yaml"
    feeds.write_text("feeds:\n  - https://example.org/feed.xml\n")
    state = tmp_path / "scenarios" / ".forecasts" / "watch-state.json"
    state.parent.mkdir(parents=True)
    state.write_text('{"feeds": []}')
    result = CliRunner().invoke(watch_command, ["--feeds", str(feeds), "--scenarios", str(tmp_path / "scenarios")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{state}: needs 'feeds' and 'seen' objects; fix or remove it"
    assert state.read_text() == '{"feeds": []}'
