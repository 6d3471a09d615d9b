"""Where feed files come from: a file, a folder, a glob, a .zip, a URL, or GDELT's lastupdate.txt.

A ``--feed`` value is ``[gdelt=|acled=]LOCATION``. Without a kind the content decides (an ACLED
export has a header with ``event_id_cnty``; a GDELT file is tab-separated without one).

Each source expands to ``FeedRef`` items that can be fetched one at a time, so the check can skip
files it has already read without opening them:
- GDELT batch files are known by name: ``YYYYMMDDHHMMSS.export.CSV`` (2.0, one 15-minute batch,
  also ``.translation.export.CSV``) and ``YYYYMMDD.export.CSV`` (1.0, one day). Their names say
  what stretch of time they cover.
- Any other file is known by its name and a hash of its bytes, and covers the whole days from
  its first to its last date (an export is taken to be complete between those days).
- ``lastupdate.txt`` names the newest 2.0 batch (with its size and MD5, which are checked).
  The batches between the last one read and the newest are fetched too (oldest first, at most
  ``max_batches`` per run), so a check that runs late leaves no gap.

Anything that goes wrong while listing or fetching raises ``FeedUnavailable``: the check then
treats that source (or that one file) as void for the run and resolves nothing from it.

No feed file can exhaust memory: downloads, local files and what a ``.zip`` or ``.gz`` unpacks
to are read as streams and stopped at ``MAX_FEED_BYTES`` (a zip bomb of 2 MB that unpacks to
2 GiB is voided after reading that much), and a local path must be a regular file (a FIFO would
block the read forever, a link to ``/dev/zero`` never end).
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import os
import re
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, Protocol

from forecasts.regular_files import FileTooLarge, NotARegularFile, read_regular_file
from forecasts.spelling import did_you_mean

FeedKind = Literal["gdelt", "acled"]
FEED_KINDS: tuple[FeedKind, ...] = ("gdelt", "acled")
BATCH = timedelta(minutes=15)
HTTP_TIMEOUT = 30.0
USER_AGENT = "forecasts-check/0.1 (python-urllib)"
# The most one feed file (download, local file, or everything one archive unpacks to) may hold.
# A day of GDELT 1.0 events is about 100 MB and a 15-minute 2.0 batch about 5 MB; more is a zip
# bomb or an export to split (say an ACLED export by country or year).
MAX_FEED_BYTES = 512 * 2**20

_BATCH_V2 = re.compile(r"^(\d{14})\.(?:translation\.)?export\.csv$", re.IGNORECASE)
_DAILY_V1 = re.compile(r"^(\d{8})\.export\.csv$", re.IGNORECASE)
_FEED_FILE = re.compile(r"\.(csv|tsv)(\.zip|\.gz)?$|\.zip$", re.IGNORECASE)
_NOT_EVENTS = re.compile(r"\.(mentions|gkg)\.|^(lastupdate|masterfilelist)", re.IGNORECASE)
_GLOB_CHARS = re.compile(r"[*?\[]")


class FeedUnavailable(Exception):
    """A feed (or one file of it) that is missing, unreachable or corrupt: void for this run."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class FeedSpecError(ValueError):
    """A ``--feed`` value that cannot be understood (a usage error)."""


@dataclass(frozen=True)
class FeedSpec:
    """One ``--feed`` value: an optional kind and a location."""

    kind: FeedKind | None
    location: str

    def __str__(self) -> str:
        return f"{self.kind}={self.location}" if self.kind else self.location

    @property
    def is_url(self) -> bool:
        """Whether the location is an http(s) URL."""
        return self.location.startswith(("http://", "https://"))

    @property
    def is_lastupdate(self) -> bool:
        """Whether the location is GDELT's lastupdate(-translation).txt listing."""
        name = self.location.rstrip("/").rsplit("/", 1)[-1].lower()
        return name.startswith("lastupdate") and name.endswith(".txt")


def parse_feed_spec(text: str) -> FeedSpec:
    """``gdelt=PATH``, ``acled=URL`` or a bare location; raises FeedSpecError on an unknown kind."""
    text = text.strip()
    if not text:
        raise FeedSpecError("is empty; give a file, folder, glob, .zip or URL, optionally as gdelt=... or acled=...")
    head, sep, rest = text.partition("=")
    if sep and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", head) and not head.lower().startswith("http"):
        kind = head.lower()
        if kind not in FEED_KINDS:
            raise FeedSpecError(
                f"unknown feed kind {head!r}{did_you_mean(kind, list(FEED_KINDS))}; use gdelt=LOCATION or acled=LOCATION"
            )
        if not rest.strip():
            raise FeedSpecError(f"{text!r} names no location after '='")
        return FeedSpec(kind=kind, location=rest.strip())
    return FeedSpec(kind=None, location=text)


@dataclass(frozen=True)
class Interval:
    """A half-open stretch of time [start, end) in UTC."""

    start: datetime
    end: datetime

    def clip(self, start: datetime | None, end: datetime | None) -> Interval | None:
        """The part of the interval between ``start`` and ``end``, or None if nothing is left."""
        lo = max(self.start, start) if start else self.start
        hi = min(self.end, end) if end else self.end
        return Interval(lo, hi) if lo < hi else None


def batch_interval(name: str) -> Interval | None:
    """The time a GDELT batch file covers, from its name (``.zip`` ignored), or None."""
    base = name.rsplit("/", 1)[-1]
    if base.lower().endswith(".zip"):
        base = base[:-4]
    if m := _BATCH_V2.match(base):
        try:
            start = datetime.strptime(m[1], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            return None
        return Interval(start, start + BATCH)
    if m := _DAILY_V1.match(base):
        try:
            start = datetime.strptime(m[1], "%Y%m%d").replace(tzinfo=UTC)
        except ValueError:
            return None
        return Interval(start, start + timedelta(days=1))
    return None


def batch_key(name: str) -> str | None:
    """The cursor key of a GDELT batch file (its name without ``.zip``), or None for other files."""
    base = name.rsplit("/", 1)[-1]
    if base.lower().endswith(".zip"):
        base = base[:-4]
    return base if batch_interval(base) else None


@dataclass(frozen=True)
class FeedBlob:
    """The bytes of one feed file, fetched and unzipped."""

    name: str
    origin: str
    data: bytes

    @property
    def key(self) -> str:
        """The cursor key: a batch file's name, else name and a hash of the content."""
        return batch_key(self.name) or f"{self.name}#{hashlib.sha256(self.data).hexdigest()[:16]}"


@dataclass(frozen=True)
class FeedRef:
    """One file of a feed source, not yet fetched."""

    spec: FeedSpec
    name: str
    origin: str
    fetch: Callable[[], list[FeedBlob]]
    stat_key: str | None = None

    @property
    def known_key(self) -> str | None:
        """The cursor key when the name alone gives it (GDELT batch files)."""
        return batch_key(self.name)

    @property
    def interval(self) -> Interval | None:
        """The time the file covers when its name says so."""
        return batch_interval(self.name)


def list_feed(
    spec: FeedSpec,
    batch_watermark: datetime | None = None,
    since: datetime | None = None,
    max_batches: int = 96,
) -> list[FeedRef]:
    """The files of a feed source, oldest first; raises FeedUnavailable if it cannot be listed."""
    if spec.is_lastupdate:
        return _list_lastupdate(spec, batch_watermark, since, max_batches)
    if spec.is_url:
        name = spec.location.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or spec.location
        return [
            FeedRef(spec, name, spec.location, lambda: unpack_feed(name, spec.location, download_feed(spec.location)))
        ]
    if _GLOB_CHARS.search(spec.location):
        paths = sorted(Path(p) for p in glob.glob(os.path.expanduser(spec.location)) if Path(p).is_file())
        paths = [p for p in paths if not p.name.startswith(".")]
        if not paths:
            raise FeedUnavailable(spec.location, "no files match this pattern")
        return [_file_ref(spec, p) for p in paths]
    path = Path(os.path.expanduser(spec.location))
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file()
            and not p.name.startswith(".")
            and _FEED_FILE.search(p.name)
            and not _NOT_EVENTS.search(p.name)
        )
        if not files:
            raise FeedUnavailable(spec.location, "folder holds no feed files (.csv, .tsv, .zip or .gz)")
        return [_file_ref(spec, p) for p in files]
    if not path.exists():
        raise FeedUnavailable(spec.location, "no such file or folder")
    return [_file_ref(spec, path)]


def _file_ref(spec: FeedSpec, path: Path) -> FeedRef:
    try:
        info = path.stat()
        stat_key = f"{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"
    except OSError:
        stat_key = None
    return FeedRef(
        spec, path.name, str(path), lambda: unpack_feed(path.name, str(path), read_feed_file(path)), stat_key
    )


def read_feed_file(path: Path) -> bytes:
    """The bytes of a local feed file, capped at MAX_FEED_BYTES; FeedUnavailable says why not."""
    try:
        return read_regular_file(path, MAX_FEED_BYTES)
    except NotARegularFile as exc:
        raise FeedUnavailable(str(path), f"is {exc.kind}, not a regular file") from None
    except FileTooLarge as exc:
        raise FeedUnavailable(str(path), _too_large(f"is {exc.size:,} bytes")) from None
    except OSError as exc:
        raise FeedUnavailable(str(path), f"cannot read: {exc.strerror or exc}") from None


def _too_large(what: str) -> str:
    return (
        f"{what}, more than the {MAX_FEED_BYTES:,} a feed file may hold (a zip bomb, or an export "
        "to split into smaller files); not read"
    )


class _Stream(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _read_capped(stream: _Stream, origin: str, what: str, limit: int | None = None) -> bytes:
    """At most ``limit`` bytes from a (decompressing) stream; FeedUnavailable if it holds more.

    ``read(n)`` on a zip member, a gzip stream or an HTTP response produces at most ``n``
    bytes, so a bomb is never unpacked further than the limit.
    """
    limit = MAX_FEED_BYTES if limit is None else limit
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise FeedUnavailable(origin, _too_large(f"{what} to more than {limit:,} bytes"))
    return data


def download_feed(url: str) -> bytes:
    """The bytes at an http(s) URL, capped and checked against Content-Length; FeedUnavailable says why not."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:  # noqa: S310 - http(s) only
            data = _read_capped(response, url, "downloads")
            expected = response.headers.get("Content-Length")
    except urllib.error.HTTPError as exc:
        raise FeedUnavailable(url, f"unreachable: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FeedUnavailable(url, f"unreachable: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise FeedUnavailable(url, f"unreachable: {exc}") from None
    if expected is not None and expected.isdigit() and int(expected) != len(data):
        raise FeedUnavailable(url, f"truncated download: {len(data):,} of {int(expected):,} bytes")
    return data


def unpack_feed(name: str, origin: str, data: bytes) -> list[FeedBlob]:
    """The files within ``data``: a gzip or zip is unpacked (capped in all), anything else is one blob."""
    if name.lower().endswith(".gz") or data.startswith(b"\x1f\x8b"):
        return [FeedBlob(name.removesuffix(".gz").removesuffix(".GZ"), origin, _gunzip(origin, data))]
    if not name.lower().endswith(".zip") and not data.startswith(b"PK\x03\x04"):
        return [FeedBlob(name, origin, data)]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [
                m for m in archive.infolist() if not m.is_dir() and not m.filename.startswith(("__MACOSX/", "."))
            ]
            if not members:
                raise FeedUnavailable(origin, "zip archive holds no files")
            blobs: list[FeedBlob] = []
            budget = MAX_FEED_BYTES  # for all members together: they are held at once
            for m in members:
                where = f"{origin}!{m.filename}"
                if m.file_size > budget:  # the size the archive declares; the stream is capped too
                    raise FeedUnavailable(where, _too_large(f"unpacks to {m.file_size:,} bytes"))
                # Read to its end, the member's CRC is checked: a damaged archive never yields rows.
                with archive.open(m) as member:
                    unpacked = _read_capped(member, where, "unpacks", budget)
                budget -= len(unpacked)
                blobs.append(FeedBlob(m.filename.rsplit("/", 1)[-1], where, unpacked))
            return blobs
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise FeedUnavailable(origin, f"corrupt zip archive: {exc}") from None


def _gunzip(origin: str, data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return _read_capped(stream, origin, "unpacks")
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise FeedUnavailable(origin, f"corrupt gzip file: {exc or 'it ends too soon'}") from None


_LASTUPDATE_LINE = re.compile(r"^\s*(\d+)\s+([0-9a-fA-F]{32})\s+(\S+)\s*$")


def _list_lastupdate(
    spec: FeedSpec, watermark: datetime | None, since: datetime | None, max_batches: int
) -> list[FeedRef]:
    raw = download_feed(spec.location) if spec.is_url else read_feed_file(Path(os.path.expanduser(spec.location)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FeedUnavailable(spec.location, "not a GDELT lastupdate listing (not text)") from None
    newest: tuple[int, str, str] | None = None
    for line in text.splitlines():
        m = _LASTUPDATE_LINE.match(line)
        if m and re.search(r"\.export\.csv\.zip$", m[3], re.IGNORECASE):
            newest = (int(m[1]), m[2].lower(), m[3])
    if newest is None:
        raise FeedUnavailable(
            spec.location, "no '<size> <md5> <url>.export.CSV.zip' line; is this GDELT's lastupdate.txt?"
        )
    size, md5, url = newest
    name = url.rsplit("/", 1)[-1]
    last = batch_interval(name)
    if last is None:
        raise FeedUnavailable(spec.location, f"{name!r} is not a GDELT batch file name (YYYYMMDDHHMMSS.export.CSV.zip)")
    start = since if since is not None else (watermark + BATCH if watermark is not None else last.start)
    start = _floor_batch(start)
    refs: list[FeedRef] = []
    moment = start
    while moment <= last.start and len(refs) < max_batches:
        if moment == last.start:
            refs.append(_batch_ref(spec, url, size, md5))
        else:
            batch_url = url[: -len(name)] + moment.strftime("%Y%m%d%H%M%S") + name[14:]
            refs.append(_batch_ref(spec, batch_url, None, None))
        moment += BATCH
    return refs


def _floor_batch(moment: datetime) -> datetime:
    moment = moment.astimezone(UTC)
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def _batch_ref(spec: FeedSpec, url: str, size: int | None, md5: str | None) -> FeedRef:
    name = url.rsplit("/", 1)[-1]

    def fetch() -> list[FeedBlob]:
        data = download_feed(url)
        if size is not None and len(data) != size:
            raise FeedUnavailable(url, f"size {len(data):,} bytes, lastupdate.txt says {size:,}: truncated or replaced")
        if md5 is not None and hashlib.md5(data).hexdigest() != md5:  # noqa: S324 - GDELT publishes MD5
            raise FeedUnavailable(url, "MD5 does not match lastupdate.txt: corrupt download")
        return unpack_feed(name, url, data)

    return FeedRef(spec, name, url, fetch)


def sniff_kind(blob: FeedBlob) -> FeedKind | None:
    """GDELT or ACLED, from the first line of a file; None when it looks like neither."""
    first = blob.data[:20000].split(b"\n", 1)[0].lstrip(b"\xef\xbb\xbf").lower()
    if b"event_id_cnty" in first:
        return "acled"
    if first.count(b"\t") in (56, 57, 60):
        return "gdelt"
    return None
