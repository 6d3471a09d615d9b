"""The SQL path finds exactly what the check's pandas matcher finds, for every rule of the case and the tests."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from unittest import mock

import duckdb
import numpy as np
import pandas as pd
import pytest
import sqlglot
from event_fixtures import TIMELINE, all_rules, case_rules, public_gdelt_tables
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.events.history import (
    HistoryError,
    HistoryIncident,
    batch_incidents,
    duckdb_batch_incidents,
    duckdb_connection,
    duckdb_incidents,
    pandas_batch_incidents,
    pandas_incidents,
    read_store,
    rule_incidents,
)
from forecasts.events.sql import (
    BATCH_TABLE,
    GDELT_TABLE,
    NARROWING_ORDER,
    RulePeriod,
    RuleSqlError,
    candidate_conditions,
    compile_gdelt_batch,
    compile_rule,
)
from forecasts.events.store import GDELT_SCHEMA, parquet_files, partition_name, table_of, write_parquet
from forecasts.resolve.gdelt import parse_gdelt
from forecasts.resolve.rules import GdeltEvents, RuleMemory, decide_gdelt, gdelt_rows, remember_gdelt
from forecasts.resolve.scope import rule_scope
from forecasts.scenario import AcledRule, GdeltRule
from forecasts.store import load_catalog
from testdata import bundled_scenarios

CASE = (date(2019, 1, 1), date(2020, 12, 31))
PERIODS = [
    CASE,
    (date(2020, 1, 3), date(2020, 1, 9)),
    (date(2020, 1, 8), date(2020, 1, 8)),
    (date(2020, 2, 1), date(2020, 3, 31)),
]
RULES = all_rules()


@pytest.fixture(scope="module")
def prepared(history_store: Path) -> dict[str, tuple[object, object]]:
    """Per feed: a DuckDB connection over the store, and the store's table as the pandas matcher reads it."""
    found: dict[str, tuple[object, object]] = {}
    for feed in ("gdelt", "acled"):
        files = parquet_files(history_store, feed)
        frame = read_store(files, feed)
        table = GdeltEvents(frame.assign(line=0, added_precision=900)) if feed == "gdelt" else frame
        found[feed] = (duckdb_connection(files, feed), table)
    return found


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[n for n, _ in RULES])
def test_duckdb_finds_what_the_pandas_matcher_finds(
    prepared: dict[str, tuple[object, object]], name: str, rule: GdeltRule | AcledRule
) -> None:
    connection, table = prepared[rule.feed]
    for since, until in PERIODS:
        sql = duckdb_incidents(rule, since, until, [], connection=connection)
        reference = pandas_incidents(rule, since, until, [], frame=table)
        assert sql == reference, (name, since, until)


def test_the_public_function_runs_both_engines_over_the_store(history_store: Path) -> None:
    rule = next(r for n, r in RULES if n == "proxy-attacks-us-iraq")
    sql = rule_incidents(rule, *CASE, store=history_store)
    assert len(sql) == 12 and sql == rule_incidents(rule, *CASE, engine="pandas", store=history_store)


def test_the_rules_find_something_so_the_comparison_means_something(history_store: Path) -> None:
    found = {name: rule_incidents(rule, *CASE, store=history_store) for name, rule in RULES}
    assert sum(1 for v in found.values() if v) >= 20
    assert [i.day for i in found["iran-direct-strike"]] == [date(2020, 1, 8)]
    strike = found["iran-direct-strike"][0]
    assert strike.key == "20200108|19|IRN|USA|IZ" and (strike.sources, strike.mentions) == (76, 364)
    assert strike.ids[0] == "900000061" and len(strike.ids) <= 5
    assert (
        strike.urls[0]
        == "https://www.thenationalnews.com/world/mena/one-year-on-iran-s-al-asad-missile-attacks-in-iraq-1.1142788"
    )


def test_a_misdated_old_event_reported_again_is_not_counted(history_store: Path) -> None:
    # The feed re-reports a June 2019 strike on a US drone in January 2020 (DATEADDED): the check
    # leaves such an incident to a person, and history does not count it on its 2019 date.
    rule = GdeltRule.model_validate(
        {"feed": "gdelt", "actor1_country": "IRN", "actor2_country": "USA", "quad_class": 4, "min_sources": 1}
    )
    in_2019 = rule_incidents(rule, date(2019, 1, 1), date(2019, 12, 31), store=history_store)
    assert in_2019 == []
    by_report = GdeltRule.model_validate({**rule.model_dump(exclude_none=True), "date_field": "added"})
    reported = rule_incidents(by_report, date(2020, 1, 5), date(2020, 1, 5), store=history_store)
    assert "https://example.org/trap/iran-downed-us-drone-june-2019" in [u for i in reported for u in i.urls]


def test_acled_reads_the_latest_version_of_a_revised_event(history_store: Path) -> None:
    rule = AcledRule.model_validate({"feed": "acled", "country": "Iraq"})
    found = {i.key: i for i in rule_incidents(rule, date(2020, 1, 1), date(2020, 12, 31), store=history_store)}
    assert len(found) == 14  # the two exports hold the same 14 events
    assert found["IRQ90009"].fatalities == 3  # the current export's later version (the older says 2)


@pytest.mark.parametrize(("name", "rule"), case_rules(), ids=[n for n, _ in case_rules()])
def test_history_agrees_with_the_check_on_the_case_windows(history_store: Path, name: str, rule: GdeltRule) -> None:
    """On each scenario's own window, the first incident is the day the check's decision matches on."""
    scenario = next(f.scenario for f in load_catalog(bundled_scenarios()).files if f.scenario.id == name)
    scope = rule_scope(scenario)
    assert scope is not None
    events = GdeltEvents(parse_gdelt(TIMELINE.read_bytes(), TIMELINE.name).frame)
    memory = RuleMemory(fingerprint=scope.fingerprint, feed="gdelt")
    remember_gdelt(memory, "f", events, gdelt_rows(events, scope), scope)
    decision = decide_gdelt(scope, memory)
    found = rule_incidents(rule, scope.first_day, scope.last_day, store=history_store)
    if (rule.min_occasions or 1) > 1 or (rule.min_places or 1) > 1:
        assert not decision.matched or decision.day in {i.day for i in found}
    else:
        assert (found[0].day if found else None) == decision.day, name
        assert {e.id for e in decision.evidence} <= {x for i in found for x in i.ids}


def test_gdelt_1_0_daily_rows_are_matched_the_same(daily_store: Path) -> None:
    rule = GdeltRule.model_validate({"feed": "gdelt", "actor1_country": "IRN", "quad_class": 4})
    for since, until in [(date(1988, 1, 1), date(2020, 12, 31)), (date(2020, 1, 8), date(2020, 1, 8))]:
        assert rule_incidents(rule, since, until, store=daily_store) == rule_incidents(
            rule, since, until, engine="pandas", store=daily_store
        )
    assert rule_incidents(rule, date(2020, 1, 8), date(2020, 1, 8), store=daily_store)


# --- BigQuery's SQL, offline ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def public_tables() -> duckdb.DuckDBPyConnection:
    return public_gdelt_tables()


def _transpiled_rows(connection: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    duck = sqlglot.transpile(sql, read="bigquery", write="duckdb")[0]
    return connection.execute(duck).fetch_df()


@pytest.mark.parametrize(
    ("name", "rule"), [r for r in RULES if r[1].feed == "gdelt"], ids=[n for n, r in RULES if r.feed == "gdelt"]
)
def test_the_bigquery_sql_parses_and_transpiled_gives_the_same_rows(
    prepared: dict[str, tuple[object, object]], public_tables: duckdb.DuckDBPyConnection, name: str, rule: GdeltRule
) -> None:
    from forecasts.events.history import gdelt_incidents

    # What DuckDB finds in the store (rule_incidents' answer, over the module's one connection).
    connection, _ = prepared["gdelt"]
    for since, until in PERIODS:
        sql = compile_rule(rule, since, until, "bigquery").sql
        tree = sqlglot.parse_one(sql, read="bigquery")
        assert "gdelt-bq.gdeltv2.events" in tree.sql(dialect="bigquery")
        got = gdelt_incidents(rule, since, until, _transpiled_rows(public_tables, sql))
        assert got == duckdb_incidents(rule, since, until, [], connection=connection), (name, since, until)


def test_before_2015_the_query_reads_the_1_0_table_and_its_day_dates(
    daily_store: Path, public_tables: duckdb.DuckDBPyConnection
) -> None:
    from forecasts.events.history import gdelt_incidents

    rule = GdeltRule.model_validate({"feed": "gdelt", "actor1_country": "IRN", "quad_class": 4})
    since, until = date(1988, 1, 1), date(2020, 12, 31)
    sql = compile_rule(rule, since, until, "bigquery").sql
    assert "`gdelt-bq.full.events`" in sql
    got = gdelt_incidents(rule, since, until, _transpiled_rows(public_tables, sql))
    assert got and got == rule_incidents(rule, since, until, store=daily_store)


def test_acled_has_no_bigquery_table() -> None:
    rule = AcledRule.model_validate({"feed": "acled", "country": "Iraq"})
    with pytest.raises(RuleSqlError) as info:
        compile_rule(rule, date(2020, 1, 1), date(2020, 1, 31), "bigquery")
    assert str(info.value) == (
        "ACLED has no public BigQuery table; import its CSV exports (forecasts events import --feed acled FILE.csv) and use --engine duckdb"
    )


def test_text_in_a_rule_is_quoted_not_spliced(history_store: Path) -> None:
    rule = AcledRule.model_validate({"feed": "acled", "actor": "x' OR TRUE OR '", "country": "Iraq"})
    sql = compile_rule(rule, date(2020, 1, 1), date(2020, 12, 31)).sql
    patterns = [
        lit.this for lit in sqlglot.parse_one(sql, read="duckdb").find_all(sqlglot.exp.Literal) if "TRUE" in lit.this
    ]
    assert patterns == ["(?i)(?:x' OR TRUE OR ')"]
    assert rule_incidents(rule, date(2020, 1, 1), date(2020, 12, 31), store=history_store) == []


# --- errors -------------------------------------------------------------------------------------


def test_an_empty_store_says_how_to_fill_it(tmp_path: Path) -> None:
    rule = GdeltRule.model_validate({"feed": "gdelt", "actor1_country": "IRN"})
    with pytest.raises(HistoryError) as info:
        rule_incidents(rule, date(2020, 1, 1), date(2020, 1, 31), store=tmp_path)
    assert str(info.value) == (
        f"{tmp_path}: no GDELT events stored; fill the store first: forecasts events sync --feed gdelt --from YYYY-MM-DD --to YYYY-MM-DD"
    )


def test_a_period_backwards_and_an_unknown_engine_are_refused(history_store: Path) -> None:
    rule = GdeltRule.model_validate({"feed": "gdelt", "actor1_country": "IRN"})
    with pytest.raises(
        HistoryError,
        match=re.escape("the period ends (2020-01-01) before it starts (2020-02-01); swap --from and --to"),
    ):
        rule_incidents(rule, date(2020, 2, 1), date(2020, 1, 1), store=history_store)
    with pytest.raises(HistoryError, match=re.escape("unknown engine 'spark'; use one of: duckdb, bigquery, pandas")):
        rule_incidents(rule, date(2020, 1, 1), date(2020, 2, 1), engine="spark", store=history_store)


# --- property: any rule over the fixture's values ---------------------------------------------

COUNTRIES = ["IRN", "USA", "IRQ", "SAU", "ISR", ""]
FIPS = ["IZ", "IR", "SA", "SY", "US"]


@st.composite
def gdelt_rules(draw: st.DrawFn) -> GdeltRule:
    data: dict[str, object] = {"feed": "gdelt", "min_sources": draw(st.integers(1, 40))}
    for key, values in (
        ("actor1_country", COUNTRIES[:-1]),
        ("actor2_country", COUNTRIES[:-1]),
        ("action_country", FIPS),
    ):
        if draw(st.booleans()):
            data[key] = draw(st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        data["quad_class"] = draw(st.lists(st.integers(1, 4), min_size=1, max_size=2, unique=True))
    if draw(st.booleans()):
        data["event_root_codes"] = draw(st.lists(st.integers(1, 20), min_size=1, max_size=4, unique=True))
    if draw(st.booleans()):
        data["event_codes"] = draw(
            st.lists(
                st.sampled_from(["19", "190", "195", "04", "042", "13", "166", "18"]),
                min_size=1,
                max_size=2,
                unique=True,
            )
        )
    if draw(st.booleans()):
        data["actor1_code"] = draw(st.sampled_from(["IRN", "IRNMIL", "USA", "IRQ"]))
    if draw(st.booleans()):
        data["min_mentions"] = draw(st.integers(1, 60))
    if draw(st.booleans()):
        data["date_field"] = "added"
    if draw(st.booleans()):
        data["exclude"] = draw(
            st.sampled_from([{"event_root_codes": [19]}, {"actor2_country": "USA"}, {"quad_class": 1}, {}])
        )
    return GdeltRule.model_validate(data)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rule=gdelt_rules(), start=st.dates(date(2019, 12, 25), date(2020, 3, 31)), days=st.integers(0, 60))
def test_any_rule_over_any_period_agrees(
    prepared: dict[str, tuple[object, object]], rule: GdeltRule, start: date, days: int
) -> None:
    connection, events = prepared["gdelt"]
    until = start + timedelta(days=days)
    sql = duckdb_incidents(rule, start, until, [], connection=connection)
    reference = pandas_incidents(rule, start, until, [], frame=events)
    assert sql == reference
    assert all(isinstance(i, HistoryIncident) and start <= i.day <= until for i in sql)
    assert np.all(np.diff([i.day.toordinal() for i in sql]) >= 0)


def test_a_pattern_duckdb_cannot_run_is_named_with_the_way_out(history_store: Path) -> None:
    rule = AcledRule.model_validate({"feed": "acled", "actor": "Kata(?=ib)", "country": "Iraq"})
    with pytest.raises(HistoryError) as info:
        rule_incidents(rule, date(2020, 1, 1), date(2020, 12, 31), store=history_store)
    assert str(info.value) == (
        "DuckDB cannot run this rule's query: Invalid Input Error: invalid perl operator: (?=; an actor pattern with "
        "look-around or back-references (which DuckDB's regular expressions lack) must be rewritten without them, "
        "or use --engine pandas"
    )
    assert rule_incidents(rule, date(2020, 1, 1), date(2020, 12, 31), engine="pandas", store=history_store)


# --- many rules at once: one scan of the store ---------------------------------------------------

GDELT_RULES = [(n, r) for n, r in RULES if isinstance(r, GdeltRule)]


def test_a_batch_of_every_rule_finds_what_each_finds_alone(prepared: dict[str, tuple[object, object]]) -> None:
    """The case's and the tests' GDELT rules (thresholds on sources, mentions, articles; added-dated; exclude)
    in one batch, each over its own period, against the check's matcher rule by rule."""
    connection, table = prepared["gdelt"]
    for shift in range(len(PERIODS)):
        requests = [RulePeriod(rule, *PERIODS[(i + shift) % len(PERIODS)]) for i, (_, rule) in enumerate(GDELT_RULES)]
        batch = duckdb_batch_incidents(requests, [], connection=connection)
        for (name, _), request, found in zip(GDELT_RULES, requests, batch, strict=True):
            assert found == pandas_incidents(*request, [], frame=table), (name, request.since, request.until)
    assert sum(1 for found in batch if found) >= 10


def test_the_batch_reads_the_store_once_and_each_rule_from_what_it_kept() -> None:
    requests = [RulePeriod(rule, *CASE) for _, rule in GDELT_RULES]
    batch = compile_gdelt_batch(requests)
    assert batch.candidates.count(GDELT_TABLE) == 1
    assert GDELT_TABLE not in batch.incidents and batch.incidents.count(BATCH_TABLE) == len(requests)


def test_the_first_scan_keeps_the_union_of_the_windows_and_of_one_test_per_rule() -> None:
    strike = GdeltRule.model_validate(
        {"feed": "gdelt", "actor1_country": "IRN", "actor2_country": "USA", "quad_class": 4, "event_root_codes": [19]}
    )
    vote = GdeltRule.model_validate(
        {"feed": "gdelt", "actor1_code": "IRQLEG", "actor1_country": "IRQ", "date_field": "added"}
    )
    conditions = candidate_conditions(
        [
            RulePeriod(strike, date(2019, 1, 1), date(2019, 6, 30)),
            RulePeriod(vote, date(2019, 3, 1), date(2019, 12, 31)),
        ]
    )
    # The added-dated rule reads rows added a day (SLIP_DAYS) either side of its period.
    low, high = (int(datetime(*day, tzinfo=UTC).timestamp()) for day in ((2019, 2, 28), (2020, 1, 1, 23, 59, 59)))
    assert conditions == [
        f"(added BETWEEN {low} AND {high} OR day BETWEEN 20190101 AND 20190630)",
        "a1_country IN ('IRN', 'IRQ')",  # both rules test actor 1's country: the scan skips the rest
        "(LEFT(a1_code, 6) IN ('IRQLEG') OR root IN (19))",
    ]
    # Prefixes are compared a length at a time.
    either = GdeltRule.model_validate({"feed": "gdelt", "actor2_code": ["USA", "IRQGOV", "IRN"]})
    assert candidate_conditions([RulePeriod(either, *CASE)]) == [
        "day BETWEEN 20190101 AND 20201231",
        "(LEFT(a2_code, 3) IN ('IRN', 'USA') OR LEFT(a2_code, 6) IN ('IRQGOV'))",
    ]
    # A rule without any test lets every row of its window through.
    anything = GdeltRule.model_validate({"feed": "gdelt"})
    assert candidate_conditions([RulePeriod(strike, *CASE), RulePeriod(anything, *CASE)]) == [
        "day BETWEEN 20190101 AND 20201231"
    ]


def test_the_batch_is_for_gdelt_rules() -> None:
    rule = AcledRule.model_validate({"feed": "acled", "country": "Iraq"})
    with pytest.raises(RuleSqlError) as info:
        compile_gdelt_batch([RulePeriod(rule, *CASE)])
    assert str(info.value) == "a batch query needs one GDELT rule or more (ACLED rules run one by one)"


@pytest.mark.parametrize("engine", ["duckdb", "pandas"])
def test_batch_incidents_answers_each_request_in_order_over_both_feeds(history_store: Path, engine: str) -> None:
    requests = [RulePeriod(rule, *PERIODS[i % len(PERIODS)]) for i, (_, rule) in enumerate(RULES)]
    found = batch_incidents(requests, engine=engine, store=history_store)
    assert found == [rule_incidents(*request, store=history_store) for request in requests]


def test_a_batch_with_a_period_backwards_is_refused_before_reading(tmp_path: Path) -> None:
    rule = GdeltRule.model_validate({"feed": "gdelt", "actor1_country": "IRN"})
    requests = [RulePeriod(rule, *CASE), RulePeriod(rule, date(2020, 2, 1), date(2020, 1, 1))]
    with pytest.raises(HistoryError) as info:
        batch_incidents(requests, store=tmp_path)
    assert str(info.value) == "the period ends (2020-01-01) before it starts (2020-02-01); swap --from and --to"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rules=st.lists(gdelt_rules(), min_size=1, max_size=6),
    starts=st.lists(st.dates(date(2019, 12, 25), date(2020, 3, 31)), min_size=6, max_size=6),
    days=st.lists(st.integers(0, 60), min_size=6, max_size=6),
    order=st.permutations(NARROWING_ORDER),
)
def test_any_batch_agrees_whatever_test_narrows_the_scan(
    prepared: dict[str, tuple[object, object]],
    rules: list[GdeltRule],
    starts: list[date],
    days: list[int],
    order: list[str],
) -> None:
    connection, events = prepared["gdelt"]
    requests = [RulePeriod(r, s, s + timedelta(days=d)) for r, s, d in zip(rules, starts, days, strict=False)]
    with mock.patch("forecasts.events.sql.NARROWING_ORDER", tuple(order)):
        batch = duckdb_batch_incidents(requests, [], connection=connection)
    assert batch == [pandas_incidents(*request, [], frame=events) for request in requests]


def test_the_pandas_path_reads_day_by_day_and_counts_an_incident_added_over_two_days(tmp_path: Path) -> None:
    """Two rows of one incident (event day 2020-01-08) in two days' partitions: only together do they
    reach 5 sources. Read day by day, the matcher keeps each file's rows and groups them at the end."""
    rows = []
    for event_id, added_day, sources in (("1", 8, 2), ("2", 9, 3)):
        added = int(datetime(2020, 1, added_day, 6, tzinfo=UTC).timestamp())
        rows.append(
            {**dict.fromkeys(GDELT_SCHEMA.names, ""), "id": event_id, "day": 20200108, "added": added}
            | {"a1_country": "IRN", "a2_country": "USA", "root": 19, "quad": 4, "code": "190", "ac": "IZ"}
            | {"mentions": sources, "sources": sources, "articles": sources, "url": f"https://example.org/{event_id}"}
        )
        write_parquet(
            tmp_path / "gdelt" / partition_name(date(2020, 1, added_day)) / "events.parquet",
            table_of(pd.DataFrame([rows[-1]]), "gdelt"),
        )
    rule = GdeltRule.model_validate({"feed": "gdelt", "actor1_country": "IRN", "min_sources": 5})
    files = parquet_files(tmp_path, "gdelt")
    found = pandas_batch_incidents([RulePeriod(rule, date(2020, 1, 1), date(2020, 1, 31))], {"gdelt": files})
    assert [(i.key, i.sources, i.ids) for i in found[0]] == [("20200108|19|IRN|USA|IZ", 5, ("2", "1"))]
    assert found[0] == rule_incidents(rule, date(2020, 1, 1), date(2020, 1, 31), store=tmp_path)
    assert found[0] == pandas_incidents(rule, date(2020, 1, 1), date(2020, 1, 31), [], frame=read_store(files, "gdelt"))
