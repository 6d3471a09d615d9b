"""Feed fixtures and rules for the event history tests (importable: test modules do not import conftest)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from forecasts.resolve.gdelt import GDELT_V2_COLUMNS
from forecasts.scenario import AcledRule, GdeltRule
from forecasts.store import load_catalog
from testdata import DATA, bundled_scenarios

FEEDS = DATA / "feeds"
TIMELINE = FEEDS / "gdelt" / "iran-2020-timeline.export.CSV"
DAILY_V1 = FEEDS / "gdelt" / "20200108.export.CSV"
ACLED_CURRENT = FEEDS / "acled" / "iraq-2020-current.csv"
ACLED_OLD = FEEDS / "acled" / "iraq-2020-pre2023.csv"

# Rules of the tests (tests/resolve) and one for every field a rule can test, thresholds included.
TEST_GDELT_RULES: list[dict[str, Any]] = [
    {
        "feed": "gdelt",
        "actor1_country": "IRN",
        "actor2_country": "USA",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
    },
    {
        "feed": "gdelt",
        "actor1_country": "IRN",
        "actor2_country": ["SAU", "ARE", "KWT", "QAT", "BHR", "OMN"],
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "min_sources": 3,
    },
    {"feed": "gdelt", "actor1_country": "IRQ", "action_country": "IR"},
    {"feed": "gdelt", "actor1_code": "IRQLEG", "event_codes": ["166"]},
    {"feed": "gdelt", "actor1_code": "IRNMIL", "event_codes": ["19"], "min_sources": 30},
    {"feed": "gdelt", "actor1_country": "USA", "quad_class": [3, 4]},
    {"feed": "gdelt", "action_country": ["SY", "TU", "IZ"], "event_root_codes": [18, 19, 20], "min_mentions": 20},
    {"feed": "gdelt", "actor2_code": "USAGOV", "event_codes": ["04"], "date_field": "added"},
    {"feed": "gdelt", "actor1_country": "IRN", "actor2_country": "USA", "date_field": "added", "min_sources": 3},
    {"feed": "gdelt", "actor1_country": "IRN", "exclude": {"event_root_codes": [5]}},
    {
        "feed": "gdelt",
        "actor2_country": "USA",
        "exclude": {"actor1_country": "IRN", "quad_class": 4},
        "min_articles": 5,
    },
    {"feed": "gdelt", "event_root_codes": [19], "event_codes": ["190", "195"], "actor2_code": ["USA", "IRQ"]},
    {"feed": "gdelt", "event_root_codes": [14], "event_codes": ["190"]},  # codes outside the roots: never
    {"feed": "gdelt", "quad_class": 4, "min_sources": 10, "min_mentions": 40, "min_articles": 20},
]
TEST_ACLED_RULES: list[dict[str, Any]] = [
    {"feed": "acled", "event_type": "Explosions/Remote violence", "country": "Iraq"},
    {
        "feed": "acled",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor2": "United States",
        "country": "Iraq",
        "min_fatalities": 1,
    },
    {"feed": "acled", "actor": ["Kata.?ib", "Military Forces of Iran"], "admin1": ["Baghdad", "al-Anbar"]},
    {"feed": "acled", "actor1": "(?:Unidentified|Islamic)", "exclude": {"sub_event_type": "Air/drone strike"}},
    {"feed": "acled", "country": "iraq", "min_fatalities": 0, "exclude": {"actor2": "Civilians"}},
]


def case_rules() -> list[tuple[str, GdeltRule | AcledRule]]:
    """Every rule of the bundled scenarios, by scenario id."""
    catalog = load_catalog(bundled_scenarios())
    return [
        (f.scenario.id, f.scenario.resolution.rule) for f in catalog.files if f.scenario.resolution.rule is not None
    ]


def all_rules() -> list[tuple[str, GdeltRule | AcledRule]]:
    """The bundled case's rules and the tests' rules, named."""
    tests: list[tuple[str, GdeltRule | AcledRule]] = [
        (f"test-gdelt-{i}", GdeltRule.model_validate(r)) for i, r in enumerate(TEST_GDELT_RULES)
    ]
    tests += [(f"test-acled-{i}", AcledRule.model_validate(r)) for i, r in enumerate(TEST_ACLED_RULES)]
    return case_rules() + tests


def bigquery_layout(path: Path, version: str) -> pd.DataFrame:
    """A GDELT file as BigQuery's public table holds it: typed columns, NULL for empty codes."""
    frame = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False, quoting=3)
    width = frame.shape[1]
    if width == 61:
        frame.columns = list(GDELT_V2_COLUMNS)
    else:  # 1.0 daily rows: no ADM2 columns
        frame.columns = [c for c in GDELT_V2_COLUMNS if not c.endswith("ADM2Code")][:width]
    frame = frame.replace("", None)
    for column in ("GLOBALEVENTID", "SQLDATE", "QuadClass", "NumMentions", "NumSources", "NumArticles", "DATEADDED"):
        frame[column] = frame[column].astype("int64")
    if version == "1.0":
        frame["DATEADDED"] = (
            frame["DATEADDED"] // 1_000_000 if frame["DATEADDED"].max() > 99_999_999 else frame["DATEADDED"]
        )
    return frame


def _public_tables(timeline: pd.DataFrame, daily: pd.DataFrame) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    connection.execute("ATTACH ':memory:' AS \"gdelt-bq\"")
    for schema, frame in (("gdeltv2", timeline), ("full", daily)):
        connection.execute(f'CREATE SCHEMA "gdelt-bq".{schema}')
        connection.register("frame", frame)
        connection.execute(f'CREATE TABLE "gdelt-bq".{schema}.events AS SELECT * FROM frame')
        connection.unregister("frame")
    return connection


def public_gdelt_tables() -> duckdb.DuckDBPyConnection:
    """DuckDB holding `gdelt-bq.gdeltv2.events` (the timeline feed) and `gdelt-bq.full.events` (the 1.0 file)."""
    return _public_tables(bigquery_layout(TIMELINE, "2.0"), bigquery_layout(DAILY_V1, "1.0"))
