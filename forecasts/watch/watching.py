"""One pass over the watched feeds: new articles read once, their forecasts drafted into an inbox.

Each feed is asked with If-None-Match / If-Modified-Since from the last answer, so an unchanged
feed costs a 304. Requests to one host are spaced by ``delay`` seconds. Feeds and articles are
fetched by ``forecasts.extract.fetch`` with the same address rules as ``forecasts extract``
(public addresses only, every redirect checked, size and time limits). An article is read once:
its feed entry id (or link) is remembered in ``SCENARIOS/.forecasts/watch-state.json`` when it
was read; an article that failed is tried again next run. Drafts go through
``forecasts.extract.drafts.write_drafts``, which never drafts a claim already in the tree (same
quote, same source) twice. A feed that cannot be fetched or parsed is void for the run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser

from forecasts.extract.article import ArticleError, read_article
from forecasts.extract.drafts import write_drafts
from forecasts.extract.extractor import analyse_article
from forecasts.extract.fetch import FetchError, fetch_page
from forecasts.extract.scorer import default_scorer
from forecasts.notifications import News
from forecasts.store import replace_file
from forecasts.watch.outlets import Outlet

STATE_FILE = "watch-state.json"
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8"


class WatchStateError(ValueError):
    """The watch state cannot be read: names the file and the fix."""


@dataclass
class WatchReport:
    """What a run did: feeds read, articles read, forecasts found, drafts written, failures."""

    feeds_read: int = 0
    feeds_unchanged: int = 0
    void_feeds: list[str] = field(default_factory=list)
    articles_read: int = 0
    articles_failed: list[str] = field(default_factory=list)
    forecasts_found: int = 0
    drafts_written: list[Path] = field(default_factory=list)
    attached: int = 0
    already_drafted: int = 0
    not_drafted: int = 0

    @property
    def needs_a_person(self) -> bool:
        """New drafts to review, or a feed that failed."""
        return bool(self.drafts_written or self.void_feeds)

    def news(self) -> list[News]:
        """What to notify: each new draft, and each void feed with its reason."""
        items = [
            News(f"draft:{path.stem}", f"new draft to review: {path.stem} ({path})") for path in self.drafts_written
        ]
        items += [News(f"void-feed:{message}", f"feed void for the run: {message}") for message in self.void_feeds]
        return items


@dataclass
class Politeness:
    """Spaces requests to one host by ``delay`` seconds (``sleep`` and ``clock`` are injectable for tests)."""

    delay: float
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    last: dict[str, float] = field(default_factory=dict)

    def wait(self, url: str) -> None:
        """Wait until ``delay`` has passed since the last request to ``url``'s host."""
        host = (urlsplit(url).hostname or "").lower()
        if host in self.last:
            remaining = self.last[host] + self.delay - self.clock()
            if remaining > 0:
                self.sleep(remaining)
        self.last[host] = self.clock()


def _state_path(root: Path) -> Path:
    return root / ".forecasts" / STATE_FILE


def read_state(root: Path) -> dict[str, Any]:
    """{"feeds": {url: {etag, last_modified}}, "seen": {article key: date read}}."""
    path = _state_path(root)
    if not path.exists():
        return {"feeds": {}, "seen": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WatchStateError(
            f"{path}: cannot read ({exc}); fix or remove it (removing it reads every article again)"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), dict) or not isinstance(data.get("seen"), dict):
        raise WatchStateError(f"{path}: needs 'feeds' and 'seen' objects; fix or remove it")
    return data


def _write_state(root: Path, state: dict[str, Any]) -> None:
    path = _state_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_file(path, (json.dumps(state, indent=1, sort_keys=True) + "\n").encode("utf-8"))


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


@dataclass
class WatchOptions:
    """How to run: where drafts go, the politeness delay, limits, and the test-only loopback switch."""

    root: Path
    inbox: Path
    delay: float = 2.0
    timeout: float = 15.0
    max_articles: int = 50
    dry_run: bool = False
    allow_loopback: bool = False


def run_watch(
    outlets: list[Outlet], options: WatchOptions, now: datetime, politeness: Politeness | None = None
) -> WatchReport:
    """Read every feed once, each new article once, and draft what they forecast into the inbox."""
    report = WatchReport()
    state = read_state(options.root)
    polite = politeness or Politeness(options.delay)
    scorer = None
    for outlet in outlets:
        cached = state["feeds"].get(outlet.url, {})
        headers = {"Accept": FEED_ACCEPT}
        if cached.get("etag"):
            headers["If-None-Match"] = cached["etag"]
        if cached.get("last_modified"):
            headers["If-Modified-Since"] = cached["last_modified"]
        polite.wait(outlet.url)
        try:
            page = fetch_page(
                outlet.url, timeout=options.timeout, allow_loopback=options.allow_loopback, headers=headers
            )
        except FetchError as exc:
            report.void_feeds.append(str(exc))
            continue
        if page.status == 304:
            report.feeds_unchanged += 1
            continue
        parsed = feedparser.parse(page.data)
        if parsed.bozo and not parsed.entries:
            report.void_feeds.append(
                f"{outlet.url}: not an RSS or Atom feed ({parsed.get('bozo_exception')}); check the address"
            )
            continue
        report.feeds_read += 1
        name = outlet.name or parsed.feed.get("title") or urlsplit(outlet.url).hostname
        fully_read = True
        for entry in parsed.entries:
            link = entry.get("link")
            key = entry.get("id") or link
            if not link or not key or key in state["seen"]:
                continue
            if report.articles_read + len(report.articles_failed) >= options.max_articles:
                fully_read = False
                break
            polite.wait(link)
            try:
                article = read_article(
                    link,
                    published=_entry_date(entry),
                    outlet=name,
                    timeout=options.timeout,
                    allow_loopback=options.allow_loopback,
                )
            except ArticleError as exc:
                report.articles_failed.append(str(exc))
                fully_read = False  # so the feed is asked in full again and the article retried
                continue
            report.articles_read += 1
            scorer = scorer or default_scorer()
            candidates = analyse_article(article, scorer, None).candidates
            report.forecasts_found += len(candidates)
            if candidates and not options.dry_run:
                drafted = write_drafts(candidates, article, options.inbox, options.root)
                report.drafts_written.extend(drafted.written)
                report.attached += len(drafted.attached)
                report.already_drafted += len(drafted.skipped)
                report.not_drafted += len(drafted.not_drafted)
            if not options.dry_run:
                state["seen"][key] = now.date().isoformat()
        # A feed's validators are kept only when all its new articles were read: a feed cut short
        # by --max-articles, or with an article that failed, must be asked in full next time.
        if fully_read and not options.dry_run:
            state["feeds"][outlet.url] = {"etag": page.etag, "last_modified": page.last_modified}
    if not options.dry_run:
        _write_state(options.root, state)
    return report
