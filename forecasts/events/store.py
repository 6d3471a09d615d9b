"""The local event store: GDELT and ACLED records as Parquet files, partitioned by day.

Layout under the store folder (by default ``<scenarios>/_events/``, derived data, gitignored;
the scenario loader skips folders starting with ``_``)::

    gdelt/day=2019-01-01/events.parquet    every event GDELT published that day (by DATEADDED)
    acled/day=2020-01-08/<import>.parquet  ACLED events of that day (event_date), one file per import
    manifest.json                          what is stored: source files with their MD5, rows, parts

GDELT is partitioned by the day GDELT published the batches (DATEADDED), so that one day's 96
15-minute files make exactly one partition: a day is complete or absent, never half there. Rows
are sorted by actor 1's country inside (``SORT_ORDER``), so a rule naming it reads few row
groups. ACLED
rows are partitioned by event date; each import of an export writes its own files, and the
latest version of an event (by ``timestamp``) wins when reading, as in the check.

Every file is written atomically (temporary file, fsync, rename), and the manifest last: a sync
that dies midway leaves at worst a partition the manifest does not list, which the next sync
writes again.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from forecasts.store import write_derived_file

STORE_FOLDER = "_events"
MANIFEST = "manifest.json"
LOCK = ".lock"
MANIFEST_VERSION = 1

# Column types of the stored tables: the normalized tables of forecasts.resolve.gdelt / .acled
# without the per-file line numbers.
GDELT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("day", pa.int32()),
        ("added", pa.int64()),
        ("a1_code", pa.string()),
        ("a1_country", pa.string()),
        ("a2_code", pa.string()),
        ("a2_country", pa.string()),
        ("code", pa.string()),
        ("root", pa.int8()),
        ("quad", pa.int8()),
        ("mentions", pa.int32()),
        ("sources", pa.int32()),
        ("articles", pa.int32()),
        ("ac", pa.string()),
        ("adm1", pa.string()),
        ("place", pa.string()),
        ("feature", pa.string()),
        ("url", pa.string()),
    ]
)
ACLED_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("day", pa.int32()),
        ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("actor1", pa.string()),
        ("actor2", pa.string()),
        ("assoc1", pa.string()),
        ("assoc2", pa.string()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("location", pa.string()),
        ("fatalities", pa.int32()),
        ("precision", pa.int8()),
        ("source", pa.string()),
        ("notes", pa.string()),
        ("timestamp", pa.int64()),
    ]
)
SCHEMAS = {"gdelt": GDELT_SCHEMA, "acled": ACLED_SCHEMA}
# GDELT partitions are sorted by actor 1's country, then event date: nearly every rule names
# actor 1's country, and Parquet's per-row-group min/max then let a query skip most of a file.
SORT_ORDER = [("a1_country", "ascending"), ("day", "ascending"), ("id", "ascending")]
ROW_GROUP = 64_000


class StoreError(Exception):
    """A store that cannot be read or written (a message naming the file and the fix)."""


def default_store(scenarios: Path) -> Path:
    """Where the event store lives for a scenarios folder: next to the scenarios, in ``_events``."""
    return scenarios / STORE_FOLDER


def partition_name(day: date) -> str:
    """The folder of one day's partition: ``day=YYYY-MM-DD``."""
    return f"day={day.isoformat()}"


@dataclass
class Manifest:
    """What the store holds: ``files`` maps a feed to its source files (by key) and what became of them.

    A source entry is ``{"md5": ..., "bytes": ..., "rows": ..., "day": "YYYY-MM-DD"}`` for a GDELT
    batch (the day is its partition), ``{"sha256": ..., "rows": ..., "parts": [...]}`` for an
    ACLED import. ``days`` maps a feed to the partitions written complete, with their files' keys.
    """

    path: Path
    files: dict[str, dict[str, dict[str, Any]]]
    days: dict[str, dict[str, list[str]]]

    @classmethod
    def load(cls, store: Path) -> Manifest:
        """Read the manifest of a store (an empty one when the store is new)."""
        path = store / MANIFEST
        if not path.exists():
            return cls(path, {}, {})
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(
                f"{path}: cannot be read ({exc}); delete it and sync again (the Parquet files are rewritten)"
            ) from None
        if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
            raise StoreError(f"{path}: not a version {MANIFEST_VERSION} event store manifest; delete it and sync again")
        return cls(path, dict(data.get("files") or {}), dict(data.get("days") or {}))

    def save(self) -> None:
        """Write the manifest atomically."""
        data = {"version": MANIFEST_VERSION, "files": self.files, "days": self.days}
        # The manifest is derived from the Parquet files (delete it and sync again), so replacing it loses nothing.
        write_derived_file(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


@contextmanager
def store_lock(store: Path) -> Iterator[None]:
    """Hold the store's write lock: one sync or import at a time (two would lose each other's manifest)."""
    store.mkdir(parents=True, exist_ok=True)
    path = store / LOCK
    with open(path, "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                f"{store}: another sync or import is writing to this store; wait for it to finish and run the command again"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def _temporary(path: Path) -> Iterator[Path]:
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


def table_of(frame: pd.DataFrame, feed: str) -> pa.Table:
    """A normalized GDELT or ACLED frame as an Arrow table with the store's schema."""
    schema = SCHEMAS[feed]
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def write_parquet(path: Path, table: pa.Table) -> None:
    """Write one Parquet file atomically (zstd, small row groups)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _temporary(path) as temporary:
        pq.write_table(table, temporary, compression="zstd", row_group_size=ROW_GROUP)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)


def parquet_files(store: Path, feed: str) -> list[Path]:
    """The Parquet files of one feed in a store, in path order."""
    folder = store / feed
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("day=*/*.parquet") if not p.name.startswith("."))
