"""GDELT event files (1.0 and 2.0 layouts) -> one normalized pandas table.

Layouts (../shared/data/events/SCHEMAS.md §1-2): tab-separated, no header, one event per line.
- 2.0 "export" rows have 61 fields; DATEADDED is YYYYMMDDHHMMSS (UTC, the 15-minute batch).
- 1.0 daily rows have 58 fields (no ADM2 columns); DATEADDED is YYYYMMDD.
- 1.0 back-file rows (events before April 2013) have 57 (no SOURCEURL).
Rows of different layouts may share a file. Codes stay text ("010" is not "10").

A file is read whole or not at all: a row with another field count (a truncated download), a
byte that is not UTF-8, or a value that cannot be what its column holds (a date that is not a
date, a QuadClass of 7) makes the whole file corrupt, reported with its line. That is what lets
the check promise never to resolve anything from a broken feed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import numpy as np
import pandas as pd

_V2_NAMES = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
)
GDELT_V2_COLUMNS: tuple[str, ...] = tuple(_V2_NAMES.split())
assert len(GDELT_V2_COLUMNS) == 61

# 1.0 daily files drop the three ADM2 columns; the back-file also drops SOURCEURL.
GDELT_V1_COLUMNS: tuple[str, ...] = tuple(c for c in GDELT_V2_COLUMNS if not c.endswith("ADM2Code"))
assert len(GDELT_V1_COLUMNS) == 58
LAYOUTS: dict[int, tuple[str, tuple[str, ...]]] = {
    61: ("2.0", GDELT_V2_COLUMNS),
    58: ("1.0", GDELT_V1_COLUMNS),
    57: ("1.0 back-file", GDELT_V1_COLUMNS[:57]),
}

# Normalized column -> source column; everything matching and evidence need.
_WANTED = {
    "id": "GLOBALEVENTID",
    "sqldate": "SQLDATE",
    "a1_code": "Actor1Code",
    "a1_country": "Actor1CountryCode",
    "a2_code": "Actor2Code",
    "a2_country": "Actor2CountryCode",
    "code": "EventCode",
    "root_text": "EventRootCode",
    "quad_text": "QuadClass",
    "mentions_text": "NumMentions",
    "sources_text": "NumSources",
    "articles_text": "NumArticles",
    "ac": "ActionGeo_CountryCode",
    "adm1": "ActionGeo_ADM1Code",
    "place": "ActionGeo_FullName",
    "feature": "ActionGeo_FeatureID",
    "dateadded": "DATEADDED",
    "url": "SOURCEURL",
}

# Every raw position any layout needs, so the reader skips the rest.
_POSITIONS = sorted(
    {columns.index(source) for _, columns in LAYOUTS.values() for source in _WANTED.values() if source in columns}
)

# Columns of the normalized table (see GdeltTable).
TABLE_COLUMNS = (
    "id day added added_precision a1_code a1_country a2_code a2_country code root quad "
    "mentions sources articles ac adm1 place feature url line"
).split()

_CHECKS: tuple[tuple[str, str, str], ...] = (
    ("id", r"\d{1,19}", "is not a GLOBALEVENTID (digits)"),
    ("sqldate", r"\d{8}", "is not a SQLDATE (YYYYMMDD)"),
    ("code", r"\d{2,4}", "is not a CAMEO EventCode (2-4 digits)"),
    ("root_text", r"(0[1-9]|1\d|20)", "is not an EventRootCode (01-20)"),
    ("quad_text", r"[1-4]", "is not a QuadClass (1-4)"),
    ("mentions_text", r"\d{1,9}", "is not a NumMentions count"),
    ("sources_text", r"\d{1,9}", "is not a NumSources count"),
    ("articles_text", r"\d{1,9}", "is not a NumArticles count"),
    ("a1_country", r"([A-Z0-9]{3})?", "is not a CAMEO country code"),
    ("a2_country", r"([A-Z0-9]{3})?", "is not a CAMEO country code"),
    ("ac", r"([A-Z]{2})?", "is not a FIPS country code"),
)


class GdeltFormatError(ValueError):
    """A GDELT file that is not what it claims to be; names the line and the column."""


@dataclass(frozen=True)
class GdeltTable:
    """Normalized GDELT events.

    Columns: ``id`` (text), ``day`` (SQLDATE as int YYYYMMDD: the day the event happened, as the
    article put it), ``added`` (DATEADDED as int64 Unix seconds, UTC), ``added_precision``
    (seconds DATEADDED resolves to: 900 for a 2.0 batch, 86400 for a 1.0 date), actor codes and
    CAMEO countries, ``code``, ``root`` and ``quad`` (int8), ``mentions``/``sources``/``articles``
    (int32), ``ac``/``adm1``/``place``/``feature`` (the action's FIPS country, ADM1, full name and
    feature id), ``url`` (SOURCEURL, empty in the back-file) and ``line`` (1-based, in the file).
    """

    frame: pd.DataFrame
    layouts: dict[str, int]

    @property
    def rows(self) -> int:
        """Number of events."""
        return len(self.frame)


def parse_gdelt(data: bytes, name: str = "<feed>") -> GdeltTable:
    """Parse a GDELT events file; raises GdeltFormatError (with the line) if any row is broken."""
    if not data.strip():
        raise GdeltFormatError(f"{name}: file is empty")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GdeltFormatError(f"{name}:{line}: bytes that are not UTF-8 text; the file is garbled") from None
    fields = _field_counts(data)
    bad = np.flatnonzero(~np.isin(fields, list(LAYOUTS)))
    if bad.size:
        line = int(bad[0]) + 1
        hint = " (the file looks truncated)" if line == len(fields) else ""
        raise GdeltFormatError(
            f"{name}:{line}: {int(fields[bad[0]])} tab-separated fields; GDELT rows have 61 (2.0), 58 (1.0) or 57 (1.0 back-file){hint}"
        )
    width = int(fields.max())
    try:
        raw = pd.read_csv(
            io.BytesIO(data),
            sep="\t",
            header=None,
            names=range(width),
            usecols=[p for p in _POSITIONS if p < width],
            dtype=str,
            keep_default_na=False,
            na_values=[],
            quoting=csv.QUOTE_NONE,
            skip_blank_lines=False,
            engine="c",
        )
    except (pd.errors.ParserError, ValueError) as exc:
        raise GdeltFormatError(f"{name}: cannot be read as tab-separated GDELT rows: {exc}") from None
    if len(raw) != len(fields):
        raise GdeltFormatError(f"{name}: {len(raw)} rows read from {len(fields)} lines; the file is garbled")
    parts: list[pd.DataFrame] = []
    lines: list[np.ndarray] = []
    precisions: list[np.ndarray] = []
    layouts: dict[str, int] = {}
    for count, (label, columns) in LAYOUTS.items():
        where = np.flatnonzero(fields == count)
        if not where.size:
            continue
        layouts[label] = int(where.size)
        position = {column: i for i, column in enumerate(columns)}
        block = pd.DataFrame(
            {
                source: (
                    raw[position[source]].iloc[where].reset_index(drop=True)
                    if source in position
                    else pd.Series([""] * where.size, dtype=str)
                )
                for source in _WANTED.values()
            }
        )
        parts.append(block)
        lines.append(where + 1)
        precisions.append(np.full(where.size, 900 if count == 61 else 86400, dtype=np.int64))
    frame = pd.concat(parts, ignore_index=True)
    line_numbers = np.concatenate(lines)
    order = np.argsort(line_numbers, kind="stable")
    frame = frame.iloc[order].reset_index(drop=True)
    table = _normalize(frame, line_numbers[order], np.concatenate(precisions)[order], name)
    return GdeltTable(frame=table, layouts=layouts)


def _field_counts(data: bytes) -> np.ndarray:
    """Tab-separated fields on each line, counted on the raw bytes (fast, no parsing)."""
    buffer = np.frombuffer(data, dtype=np.uint8)
    newlines = np.flatnonzero(buffer == 10)
    starts = np.concatenate(([0], newlines + 1))
    if data.endswith(b"\n"):
        starts = starts[:-1]
    per_line = np.add.reduceat((buffer == 9).view(np.uint8), starts, dtype=np.int32)
    # reduceat gives an empty line the value at its start instead of 0; an empty line has no tab.
    ends = np.concatenate((newlines, [buffer.size]))[: starts.size]
    per_line[ends == starts] = 0
    return per_line.astype(np.int64) + 1


def _normalize(frame: pd.DataFrame, lines: np.ndarray, precision: np.ndarray, name: str = "<feed>") -> pd.DataFrame:
    named = pd.DataFrame({key: frame[source].astype(str) for key, source in _WANTED.items()})
    for key, pattern, problem in _CHECKS:
        ok = named[key].str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
        if not ok.all():
            at = int(np.flatnonzero(~ok)[0])
            raise GdeltFormatError(
                f"{name}:{int(lines[at])}: {_WANTED[key]} {named[key].iloc[at]!r} {problem}; the file is garbled"
            )
    day = pd.to_datetime(named["sqldate"], format="%Y%m%d", errors="coerce")
    _require(~day.isna().to_numpy(), named["sqldate"], lines, name, "SQLDATE", "is not a real date")
    added_text = named["dateadded"]
    long_form = added_text.str.len().to_numpy() == 14
    added = pd.Series(pd.NaT, index=named.index, dtype="datetime64[ns, UTC]")
    if long_form.any():
        added[long_form] = pd.to_datetime(added_text[long_form], format="%Y%m%d%H%M%S", errors="coerce", utc=True)
    if (~long_form).any():
        added[~long_form] = pd.to_datetime(added_text[~long_form], format="%Y%m%d", errors="coerce", utc=True)
    _require(
        ~added.isna().to_numpy(), added_text, lines, name, "DATEADDED", "is not YYYYMMDDHHMMSS (2.0) or YYYYMMDD (1.0)"
    )
    codes_fit = (named["code"].str.slice(0, 2) == named["root_text"]).to_numpy(dtype=bool)
    _require(codes_fit, named["code"], lines, name, "EventCode", "does not start with its EventRootCode")
    return pd.DataFrame(
        {
            "id": named["id"],
            "day": named["sqldate"].astype(np.int64).astype(np.int32),
            "added": (added.astype("int64") // 1_000_000_000).astype(np.int64),
            "added_precision": precision.astype(np.int64),
            "a1_code": named["a1_code"],
            "a1_country": named["a1_country"],
            "a2_code": named["a2_code"],
            "a2_country": named["a2_country"],
            "code": named["code"],
            "root": named["root_text"].astype(np.int64).astype(np.int8),
            "quad": named["quad_text"].astype(np.int64).astype(np.int8),
            "mentions": named["mentions_text"].astype(np.int64).astype(np.int32),
            "sources": named["sources_text"].astype(np.int64).astype(np.int32),
            "articles": named["articles_text"].astype(np.int64).astype(np.int32),
            "ac": named["ac"],
            "adm1": named["adm1"],
            "place": named["place"],
            "feature": named["feature"],
            "url": named["url"],
            "line": lines.astype(np.int32),
        }
    )


def _require(ok: np.ndarray, values: pd.Series, lines: np.ndarray, name: str, column: str, problem: str) -> None:
    if not ok.all():
        at = int(np.flatnonzero(~ok)[0])
        raise GdeltFormatError(f"{name}:{int(lines[at])}: {column} {values.iloc[at]!r} {problem}; the file is garbled")
