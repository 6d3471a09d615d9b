"""The BigQuery engine offline: a stand-in client answers dry runs with a byte count and runs the SQL on DuckDB."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest
import sqlglot
from click.testing import CliRunner
from event_fixtures import public_gdelt_tables

from forecasts.events.command import events
from forecasts.events.history import HistoryError, batch_incidents, rule_incidents
from forecasts.events.sql import RulePeriod
from forecasts.scenario import GdeltRule
from testdata import bundled_scenarios

SCANNED = 1_234_567
STRIKE = GdeltRule.model_validate(
    {
        "feed": "gdelt",
        "actor1_country": "IRN",
        "actor2_country": "USA",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "min_sources": 3,
    }
)


class QueryJobConfig:
    def __init__(self, dry_run: bool = False, use_query_cache: bool = True) -> None:
        self.dry_run = dry_run
        self.use_query_cache = use_query_cache
        self.maximum_bytes_billed: int | None = None


@dataclass
class Row:
    values: dict[str, Any]

    def items(self) -> Any:
        return self.values.items()


@dataclass
class Job:
    rows: list[Row]
    total_bytes_processed: int

    def result(self) -> list[Row]:
        return self.rows


@dataclass
class Client:
    """Answers like google.cloud.bigquery.Client: dry runs with SCANNED bytes, queries on DuckDB tables."""

    tables: duckdb.DuckDBPyConnection
    jobs: list[tuple[bool, int | None, str]] = field(default_factory=list)

    def query(self, sql: str, job_config: QueryJobConfig) -> Job:
        self.jobs.append((job_config.dry_run, job_config.maximum_bytes_billed, sql))
        if job_config.dry_run:
            return Job([], SCANNED)
        frame = self.tables.execute(sqlglot.transpile(sql, read="bigquery", write="duckdb")[0]).fetch_df()
        return Job([Row(r) for r in frame.to_dict("records")], SCANNED)


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Client:
    """google.cloud.bigquery replaced by a stand-in whose Client() is this one."""
    made = Client(public_gdelt_tables())
    bigquery = types.ModuleType("google.cloud.bigquery")
    bigquery.QueryJobConfig = QueryJobConfig  # type: ignore[attr-defined]
    bigquery.Client = lambda: made  # type: ignore[attr-defined]
    cloud = types.ModuleType("google.cloud")
    cloud.bigquery = bigquery  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "google", types.ModuleType("google"))
    monkeypatch.setitem(sys.modules, "google.cloud", cloud)
    monkeypatch.setitem(sys.modules, "google.cloud.bigquery", bigquery)
    return made


def query(*args: str) -> Any:
    return CliRunner().invoke(events, ["query", *args, "--scenarios", str(bundled_scenarios())])


def test_dry_run_prints_the_sql_and_the_bytes_and_runs_nothing(client: Client) -> None:
    result = query(
        "--engine", "bigquery", "--dry-run", "iran-direct-strike", "--from", "2016-01-01", "--to", "2019-12-31"
    )
    assert result.exit_code == 0, result.output
    sqlglot.parse_one(result.stdout, read="bigquery")
    assert "FROM `gdelt-bq.gdeltv2.events`" in result.stdout
    assert result.stderr == f"-- would scan {SCANNED:,} bytes (--max-bytes 20,000,000,000)\n"
    assert [dry for dry, _, _ in client.jobs] == [True]


def test_a_query_above_max_bytes_is_refused_before_it_runs(client: Client) -> None:
    args = (
        "iran-direct-strike",
        "--from",
        "1979-01-01",
        "--to",
        "2019-12-31",
        "--engine",
        "bigquery",
        "--max-bytes",
        "1000",
    )
    for extra in ((), ("--dry-run",)):
        result = query(*args, *extra)
        assert result.exit_code == 1
        assert result.stderr.endswith(
            f"the query would scan {SCANNED:,} bytes, more than --max-bytes 1,000; narrow --from/--to or raise --max-bytes\n"
        )
    assert all(dry for dry, _, _ in client.jobs)  # only dry runs were sent
    assert "`gdelt-bq.full.events`" in client.jobs[0][2]  # before 2015: the 1.0 table


def test_a_query_within_max_bytes_runs_with_the_cap_and_finds_what_duckdb_finds(
    client: Client, history_store: Path
) -> None:
    result = query(
        "iran-direct-strike", "--from", "2020-01-01", "--to", "2020-03-31", "--engine", "bigquery", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert [(dry, cap) for dry, cap, _ in client.jobs] == [(True, None), (False, 20_000_000_000)]
    local = query(
        "iran-direct-strike",
        "--from",
        "2020-01-01",
        "--to",
        "2020-03-31",
        "--format",
        "json",
        "--store",
        str(history_store),
    )
    assert result.stdout.replace('"engine": "bigquery"', '"engine": "duckdb"') == local.stdout
    assert rule_incidents(STRIKE, date(2020, 1, 1), date(2020, 3, 31), engine="bigquery") == rule_incidents(
        STRIKE, date(2020, 1, 1), date(2020, 3, 31), store=history_store
    )


def test_without_the_extra_installed_the_engine_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "google.cloud.bigquery", None)
    monkeypatch.setitem(sys.modules, "google.cloud", None)
    with pytest.raises(HistoryError) as info:
        rule_incidents(STRIKE, date(2015, 1, 1), date(2019, 12, 31), engine="bigquery")
    assert str(info.value) == (
        "--engine bigquery needs google-cloud-bigquery: pip install 'forecasts[bigquery]' (then gcloud auth application-default login)"
    )


def test_the_duckdb_dry_run_prints_its_sql(history_store: Path) -> None:
    result = query(
        "iran-direct-strike", "--from", "2015-01-01", "--to", "2019-12-31", "--dry-run", "--store", str(history_store)
    )
    assert result.exit_code == 0
    assert "FROM gdelt_events" in result.stdout and "day BETWEEN 20150101 AND 20191231" in result.stdout
    assert result.stderr == f"-- DuckDB over 90 Parquet file(s) in {history_store / 'gdelt'}\n"


def test_query_names_an_unknown_scenario_and_one_without_a_rule() -> None:
    unknown = query("iran-direct-stike", "--from", "2020-01-01", "--to", "2020-01-31")
    assert unknown.exit_code == 1
    assert (
        unknown.stderr == f"no scenario 'iran-direct-stike' in {bundled_scenarios()}; `forecasts list` shows the ids\n"
    )


def test_a_batch_on_bigquery_runs_each_rule_under_the_cap_and_finds_what_the_local_batch_finds(
    client: Client, history_store: Path
) -> None:
    """Each BigQuery query is priced, and refused above --max-bytes, on its own: a batch runs rule by rule."""
    reprisal = GdeltRule.model_validate({**STRIKE.model_dump(exclude_none=True), "actor2_country": ["USA", "SAU"]})
    requests = [
        RulePeriod(STRIKE, date(2020, 1, 1), date(2020, 3, 31)),
        RulePeriod(reprisal, date(2020, 1, 5), date(2020, 1, 20)),
    ]
    found = batch_incidents(requests, engine="bigquery")
    assert [(dry, cap) for dry, cap, _ in client.jobs] == [(True, None), (False, 20_000_000_000)] * 2
    assert found == batch_incidents(requests, store=history_store) and all(found)
