"""ACLED CSV exports (current and pre-2023 columns) -> one normalized pandas table.

Columns (../shared/data/events/SCHEMAS.md §4): since 2023-03-20 exports have 31 columns starting
``event_id_cnty, event_date, year, time_precision, disorder_type, ...``; earlier ones start
``data_id, iso, event_id_cnty, event_id_no_cnty, event_date, ...`` and end with ``iso3``; files
from 2018 and before used UPPER-CASE names. Columns are found by name, so all three read the same.
``event_date`` is ``01 January 2020`` in the export tool and ``2020-01-01`` from the API.

As with GDELT, a file is read whole or not at all: a missing column, a row cut short, a date that
is not a date or a fatality count that is not a number make it corrupt, with the line named.
ACLED is a living dataset: when an event id appears more than once, the row with the latest
``timestamp`` wins.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pandas as pd

REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "fatalities")
# Columns every real export fills in; one of them empty means a row was cut short.
_NEVER_EMPTY = ("event_id_cnty", "event_date", "event_type", "country", "fatalities", "timestamp", "iso3", "iso")

CURRENT_MARKERS = ("disorder_type", "civilian_targeting", "tags")
OLD_MARKERS = ("data_id", "event_id_no_cnty", "iso3")

TABLE_COLUMNS = (
    "id day event_type sub_event_type actor1 actor2 assoc1 assoc2 country admin1 location "
    "fatalities precision source notes timestamp line"
).split()


class AcledFormatError(ValueError):
    """An ACLED file that is not what it claims to be; names the line and the column."""


@dataclass(frozen=True)
class AcledTable:
    """Normalized ACLED events.

    Columns: ``id`` (event_id_cnty), ``day`` (event_date as int YYYYMMDD), the event and sub-event
    types, ``actor1``/``actor2`` and associated actors, ``country``, ``admin1``, ``location``,
    ``fatalities`` and ``precision`` (time_precision 1-3, int), ``source``, ``notes``, ``timestamp``
    (Unix seconds of the row's last update, 0 if absent) and ``line`` (1-based, in the file).
    """

    frame: pd.DataFrame
    layout: str

    @property
    def rows(self) -> int:
        """Number of events."""
        return len(self.frame)


def parse_acled(data: bytes, name: str = "<feed>") -> AcledTable:
    """Parse an ACLED CSV export; raises AcledFormatError (with the line) if anything is broken."""
    if not data.strip():
        raise AcledFormatError(f"{name}: file is empty")
    try:
        raw = pd.read_csv(
            io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[], encoding="utf-8", engine="c"
        )
    except UnicodeDecodeError:
        raise AcledFormatError(f"{name}: bytes that are not UTF-8 text; the file is garbled") from None
    except (pd.errors.ParserError, ValueError) as exc:
        raise AcledFormatError(f"{name}: cannot be read as an ACLED CSV export: {exc}") from None
    raw.columns = [str(c).strip().lower() for c in raw.columns]
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise AcledFormatError(
            f"{name}: no column {', '.join(repr(c) for c in missing)}; an ACLED export has "
            f"event_id_cnty, event_date, event_type, sub_event_type, actor1, actor2, country, admin1, fatalities, ..."
        )
    layout = (
        "current"
        if all(c in raw.columns for c in CURRENT_MARKERS)
        else "pre-2023"
        if any(c in raw.columns for c in OLD_MARKERS)
        else "other"
    )
    # The header is line 1; quoted notes may span lines, but only for well-formed files, where
    # the data row number is what a person searches for anyway.
    lines = np.arange(2, len(raw) + 2, dtype=np.int32)
    for column in _NEVER_EMPTY:
        if column in raw.columns:
            empty = (raw[column].str.strip() == "").to_numpy(dtype=bool)
            if empty.any():
                at = int(np.flatnonzero(empty)[0])
                raise AcledFormatError(
                    f"{name}: row {int(lines[at])}: {column} is empty; the row is cut short or the file is garbled"
                )
    day = _parse_dates(raw["event_date"])
    _require(
        ~day.isna().to_numpy(), raw["event_date"], lines, name, "event_date", "is not '01 January 2020' or '2020-01-01'"
    )
    fatalities = _whole(raw["fatalities"], lines, name, "fatalities")
    precision = _whole(raw["time_precision"], lines, name, "time_precision") if "time_precision" in raw else None
    if precision is not None and not np.isin(precision, (1, 2, 3)).all():
        at = int(np.flatnonzero(~np.isin(precision, (1, 2, 3)))[0])
        raise AcledFormatError(f"{name}: row {int(lines[at])}: time_precision {int(precision[at])} is not 1, 2 or 3")
    timestamp = _whole(raw["timestamp"], lines, name, "timestamp") if "timestamp" in raw else None

    def text(column: str) -> pd.Series:
        return raw[column].astype(str) if column in raw else pd.Series([""] * len(raw), dtype=str)

    frame = pd.DataFrame(
        {
            "id": text("event_id_cnty").str.strip(),
            "day": (day.dt.year * 10000 + day.dt.month * 100 + day.dt.day).astype(np.int32),
            "event_type": text("event_type").str.strip(),
            "sub_event_type": text("sub_event_type").str.strip(),
            "actor1": text("actor1"),
            "actor2": text("actor2"),
            "assoc1": text("assoc_actor_1"),
            "assoc2": text("assoc_actor_2"),
            "country": text("country").str.strip(),
            "admin1": text("admin1").str.strip(),
            "location": text("location"),
            "fatalities": fatalities.astype(np.int32),
            "precision": (precision if precision is not None else np.ones(len(raw), dtype=np.int64)).astype(np.int8),
            "source": text("source"),
            "notes": text("notes"),
            "timestamp": (timestamp if timestamp is not None else np.zeros(len(raw), dtype=np.int64)).astype(np.int64),
            "line": lines,
        }
    )
    # A revised event appears again with a later timestamp: keep the latest version only.
    frame = frame.sort_values(["timestamp", "line"], kind="stable").drop_duplicates("id", keep="last")
    frame = frame.sort_values("line", kind="stable").reset_index(drop=True)
    return AcledTable(frame=frame, layout=layout)


def _parse_dates(values: pd.Series) -> pd.Series:
    text = values.str.strip()
    long_form = pd.to_datetime(text, format="%d %B %Y", errors="coerce")
    iso_form = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    return long_form.fillna(iso_form)


def _whole(values: pd.Series, lines: np.ndarray, name: str, column: str) -> np.ndarray:
    text = values.str.strip()
    ok = text.str.fullmatch(r"\d{1,12}").fillna(False).to_numpy(dtype=bool)
    _require(ok, values, lines, name, column, "is not a whole number")
    return np.asarray(text.astype(np.int64).to_numpy(), dtype=np.int64)


def _require(ok: np.ndarray, values: pd.Series, lines: np.ndarray, name: str, column: str, problem: str) -> None:
    if not ok.all():
        at = int(np.flatnonzero(~ok)[0])
        raise AcledFormatError(
            f"{name}: row {int(lines[at])}: {column} {values.iloc[at]!r} {problem}; the file is garbled"
        )
