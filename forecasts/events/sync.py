"""Filling the event store: GDELT batches from GDELT's file lists, ACLED CSV exports.

GDELT (``sync_gdelt``): the file list is GDELT 2.0's ``masterfilelist.txt`` (lines ``<size>
<md5> <url>``, one per 15-minute file since 2015-02-18) or GDELT 1.0's ``md5sums`` (lines ``<md5>
<name>``, one daily file, named relative to the list). The export files of the requested days
are fetched with the feed module's limits (``MAX_FEED_BYTES`` for the list, every download and
what each archive unpacks to), checked against the list's size and MD5, parsed strictly (a
broken file is refused whole), and staged one Parquet file per batch. When every listed file of
a day is there, the day is compacted into its partition (sorted by event date) and the staged
files removed. The manifest records each file with its MD5, so a sync run again, or one that
died midway, fetches only what is missing: a file already stored and checksummed is never
fetched again.

ACLED (``import_acled``): an export is parsed as the check parses it and written by event date,
one file per day per import; the same bytes imported twice are skipped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from forecasts.events.choices import MASTER_LIST
from forecasts.events.store import (
    SORT_ORDER,
    Manifest,
    StoreError,
    partition_name,
    store_lock,
    table_of,
    write_parquet,
)
from forecasts.resolve.acled import AcledFormatError, parse_acled
from forecasts.resolve.feeds import FeedUnavailable, batch_interval, download_feed, read_feed_file, unpack_feed
from forecasts.resolve.gdelt import GdeltFormatError, parse_gdelt
from forecasts.resolve.rules import number_day

DAILY_LIST = "http://data.gdeltproject.org/events/md5sums"
_V2_LINE = re.compile(r"^\s*(\d+)\s+([0-9a-fA-F]{32})\s+(\S+)\s*$")
_V1_LINE = re.compile(r"^\s*([0-9a-fA-F]{32})\s+(\S+)\s*$")
_EXPORT = re.compile(r"(?:^|/)(\d{8}|\d{14})\.export\.csv\.zip$", re.IGNORECASE)
STAGING = ".batches"
COMPACTED = "events.parquet"

# (files done, bytes done, files in all, bytes in all): what a progress bar shows.
Progress = Callable[[int, int, int, int], None]


class SyncError(Exception):
    """A sync that cannot start (unreadable file list, bad dates); the message says the fix."""


@dataclass(frozen=True)
class ListedFile:
    """One export file named in a GDELT file list."""

    url: str
    key: str  # the file name without .zip, e.g. 20190101000000.export.CSV
    day: date  # the day of its batch
    md5: str
    size: int | None  # the 1.0 md5sums list gives no size


@dataclass
class SyncReport:
    """What a sync did: files fetched and skipped, days written, and what failed (with why)."""

    fetched: int = 0
    skipped: int = 0
    rows: int = 0
    days_written: list[date] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether every listed file is stored."""
        return not self.failed


def list_files(listing_url: str, since: date, until: date) -> list[ListedFile]:
    """The export files of days ``since`` .. ``until`` named in a GDELT 2.0 master list or 1.0 md5sums."""
    try:
        raw = fetch_file(listing_url)
    except FeedUnavailable as exc:
        raise SyncError(f"{exc.origin}: {exc.reason}; check the address (--list) and the network") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SyncError(f"{listing_url}: not a GDELT file list (not text)") from None
    base = listing_url.rsplit("/", 1)[0] + "/" if "/" in listing_url else ""
    found: dict[str, ListedFile] = {}
    recognised = 0
    for line in text.splitlines():
        if m := _V2_LINE.match(line):
            size: int | None = int(m[1])
            md5, url = m[2].lower(), m[3]
        elif m := _V1_LINE.match(line):
            size, md5, url = None, m[1].lower(), m[2]
        else:
            continue
        if not url.startswith(("http://", "https://", "/")):
            url = base + url  # a name relative to the list, as in 1.0's md5sums
        recognised += 1
        name = url.rsplit("/", 1)[-1]
        if not _EXPORT.search(name) or ".translation." in name.lower():
            continue  # mentions, GKG and translated batches are not what rules read
        interval = batch_interval(name)
        if interval is None:
            continue
        day = interval.start.date()
        if since <= day <= until:
            key = name[:-4]
            found[key] = ListedFile(url=url, key=key, day=day, md5=md5, size=size)
    if not recognised:
        raise SyncError(
            f"{listing_url}: no '<size> <md5> <url>' (masterfilelist.txt) or '<md5> <name>' (md5sums) lines; "
            f"is this GDELT's file list? Use {MASTER_LIST} or {DAILY_LIST}"
        )
    return sorted(found.values(), key=lambda f: f.key)


def sync_gdelt(
    store: Path,
    since: date,
    until: date,
    listing_url: str = MASTER_LIST,
    progress: Progress | None = None,
    fetch: Callable[[str], bytes] | None = None,
) -> SyncReport:
    """Fetch the GDELT export files of ``since`` .. ``until`` into the store (see the module docstring).

    Raises StoreError when another sync or import holds the store.
    """
    if until < since:
        raise SyncError(f"--to {until} is before --from {since}; swap them")
    listed = list_files(listing_url, since, until)
    with store_lock(store):
        return _sync_listed(store, listed, progress, fetch or fetch_file)


def _sync_listed(
    store: Path, listed: list[ListedFile], progress: Progress | None, fetch: Callable[[str], bytes]
) -> SyncReport:
    manifest = Manifest.load(store)
    stored = manifest.files.setdefault("gdelt", {})
    days_done = manifest.days.setdefault("gdelt", {})
    report = SyncReport()
    by_day: dict[date, list[ListedFile]] = {}
    for item in listed:
        by_day.setdefault(item.day, []).append(item)
    for day, files in by_day.items():
        # A file GDELT replaced (another MD5) after its day was compacted: the partition cannot
        # drop just that file's rows, so the whole day is fetched again and rebuilt.
        compacted = set(days_done.get(day.isoformat()) or [])
        if any(f.key in compacted and not _have(stored, f) for f in files):
            for f in files:
                stored.pop(f.key, None)
            days_done.pop(day.isoformat(), None)
    todo = [f for f in listed if not _have(stored, f)]
    report.skipped = len(listed) - len(todo)
    total_bytes = sum(f.size or 0 for f in todo)
    done_files = done_bytes = 0
    if progress:
        progress(0, 0, len(todo), total_bytes)
    for day, files in sorted(by_day.items()):
        folder = store / "gdelt" / partition_name(day)
        keys = sorted(f.key for f in files)
        for item in files:
            if _have(stored, item):
                continue
            try:
                rows = _fetch_batch(item, folder / STAGING, fetch)
            except (FeedUnavailable, GdeltFormatError) as exc:
                report.failed.append(str(exc))
            else:
                stored[item.key] = {"md5": item.md5, "bytes": item.size, "rows": rows, "day": day.isoformat()}
                report.fetched += 1
                report.rows += rows
            done_files += 1
            done_bytes += item.size or 0
            if progress:
                progress(done_files, done_bytes, len(todo), total_bytes)
        complete = all(_have(stored, f) for f in files)
        written = days_done.get(day.isoformat()) or []
        if complete and written != keys:
            _compact(folder, [k for k in keys if k not in written], keep=bool(written))
            days_done[day.isoformat()] = keys
            report.days_written.append(day)
        manifest.save()  # after every day: a sync cut short resumes here
    return report


def fetch_file(location: str) -> bytes:
    """The bytes of a listed file: over http(s), or from disk for a list kept in a folder; capped."""
    if location.startswith(("http://", "https://")):
        return download_feed(location)
    return read_feed_file(Path(location))


def _have(stored: dict[str, dict[str, object]], item: ListedFile) -> bool:
    entry = stored.get(item.key)
    return entry is not None and entry.get("md5") == item.md5


def _fetch_batch(item: ListedFile, staging: Path, fetch: Callable[[str], bytes]) -> int:
    data = fetch(item.url)
    if item.size is not None and len(data) != item.size:
        raise FeedUnavailable(
            item.url, f"size {len(data):,} bytes, the file list says {item.size:,}: truncated or replaced"
        )
    if hashlib.md5(data).hexdigest() != item.md5:  # noqa: S324 - GDELT publishes MD5
        raise FeedUnavailable(item.url, "MD5 does not match the file list: corrupt download")
    frames = [
        parse_gdelt(blob.data, blob.origin).frame for blob in unpack_feed(item.url.rsplit("/", 1)[-1], item.url, data)
    ]
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    write_parquet(staging / f"{item.key}.parquet", table_of(frame, "gdelt"))
    return len(frame)


def _compact(folder: Path, keys: list[str], keep: bool = False) -> None:
    """Staged batches into their day's partition (in ``SORT_ORDER``), added to what it holds when
    ``keep`` (files GDELT listed for the day after it was first written); the staged files removed."""
    staging = folder / STAGING
    tables = [pq.read_table(folder / COMPACTED)] if keep else []
    tables += [pq.read_table(staging / f"{key}.parquet") for key in keys]
    table = pa.concat_tables(tables)
    table = table.sort_by(SORT_ORDER)
    write_parquet(folder / COMPACTED, table)
    for key in keys:
        (staging / f"{key}.parquet").unlink(missing_ok=True)
    try:
        staging.rmdir()
    except OSError:
        pass  # something else left there: harmless, never read


@dataclass(frozen=True)
class ImportReport:
    """What an import (ACLED export or local GDELT file) did."""

    key: str
    rows: int
    days: int
    skipped: bool


def import_acled(store: Path, path: Path) -> ImportReport:
    """Import an ACLED CSV export into the store; the same bytes a second time are skipped.

    Raises StoreError for a broken export (nothing imported) or when another sync or import holds the store.
    """
    with store_lock(store):
        return _import_acled(store, path)


def _import_acled(store: Path, path: Path) -> ImportReport:
    try:
        data = read_feed_file(path)
    except FeedUnavailable as exc:
        raise StoreError(f"{exc.origin}: {exc.reason}") from None
    digest = hashlib.sha256(data).hexdigest()
    key = f"{_safe(path.stem)}-{digest[:16]}"
    manifest = Manifest.load(store)
    stored = manifest.files.setdefault("acled", {})
    if key in stored:
        return _skipped_import(key, stored[key])
    try:
        frame = parse_acled(data, str(path)).frame
    except AcledFormatError as exc:
        raise StoreError(f"{exc}; nothing was imported") from None
    parts: list[str] = []
    for day_value, rows in frame.groupby("day", sort=True):
        day = number_day(int(day_value))
        write_parquet(store / "acled" / partition_name(day) / f"{key}.parquet", table_of(rows, "acled"))
        parts.append(day.isoformat())
    stored[key] = {"sha256": digest, "rows": len(frame), "parts": parts, "file": path.name}
    manifest.save()
    return ImportReport(key, len(frame), len(parts), skipped=False)


def import_gdelt(store: Path, path: Path) -> ImportReport:
    """Import a GDELT export file (a local copy, unzipped or .zip) into the store, by the day GDELT added each row.

    For files that come without a file list to check them against; a file both imported and
    synced would count its events twice, so import only what ``sync`` does not fetch. Raises
    StoreError for a broken file (nothing imported) or when another sync or import holds the store.
    """
    with store_lock(store):
        return _import_gdelt(store, path)


def _import_gdelt(store: Path, path: Path) -> ImportReport:
    try:
        data = read_feed_file(path)
        blobs = unpack_feed(path.name, str(path), data)
    except FeedUnavailable as exc:
        raise StoreError(f"{exc.origin}: {exc.reason}") from None
    digest = hashlib.sha256(data).hexdigest()
    key = f"{_safe(path.name)}-{digest[:16]}"
    manifest = Manifest.load(store)
    stored = manifest.files.setdefault("gdelt-imports", {})
    if key in stored:
        return _skipped_import(key, stored[key])
    try:
        frames = [parse_gdelt(blob.data, blob.origin).frame for blob in blobs]
    except GdeltFormatError as exc:
        raise StoreError(f"{exc}; nothing was imported") from None
    frame = pd.concat(frames, ignore_index=True)
    added_day = pd.to_datetime(frame["added"], unit="s", utc=True).dt.strftime("%Y-%m-%d")
    parts: list[str] = []
    for day_text, rows in frame.groupby(added_day.to_numpy(), sort=True):
        day = date.fromisoformat(str(day_text))
        table = table_of(rows, "gdelt").sort_by(SORT_ORDER)
        write_parquet(store / "gdelt" / partition_name(day) / f"{key}.parquet", table)
        parts.append(day.isoformat())
    stored[key] = {"sha256": digest, "rows": len(frame), "parts": parts, "file": path.name}
    manifest.save()
    return ImportReport(key, len(frame), len(parts), skipped=False)


def _skipped_import(key: str, entry: dict[str, Any]) -> ImportReport:
    # The manifest entry of an earlier import says what that import did; nothing is read again.
    return ImportReport(key, int(entry.get("rows", 0)), len(entry.get("parts", [])), skipped=True)


def _safe(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem)[:60] or "export"
