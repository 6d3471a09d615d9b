"""One compiler from a rule to SQL, rendered for DuckDB (the local store) or BigQuery (GDELT's public tables).

The query is written once, in BigQuery's dialect, over a table of normalized events with the
columns of the local store (``forecasts.events.store``): ``gdelt_events`` or ``acled_events``.
sqlglot parses it and writes it out for DuckDB. For BigQuery a first common table expression
maps ``gdelt-bq.gdeltv2.events`` (or ``gdelt-bq.full.events``) onto those columns, empty codes
(NULL there, '' in the files) included, so the rest of the query is the same text on both.

What it reproduces is the check's matcher (``forecasts.resolve.rules``):

- GDELT: the rule's equality tests (actor countries, action country, QuadClass, root codes as
  ``_equalities`` works them out from ``event_root_codes`` and ``event_codes``), prefix tests
  (actor codes, event codes), ``exclude``, and the window on SQLDATE (``date_field: event``) or
  on DATEADDED widened by ``SLIP_DAYS`` (``date_field: added``); matching rows grouped into
  incidents (event day, root code, actor countries, action country) with their totals, kept when
  the totals meet ``min_sources`` / ``min_mentions`` / ``min_articles``. For every incident the
  best ``TOP_ROWS`` rows (most sources first, then earliest added, then id) and its places.
- ACLED: the latest version of each event (by ``timestamp``), the rule's types, place and actor
  patterns (regular expressions, ignoring case), ``min_fatalities`` and ``exclude``.

What depends on dates as instants (whether an incident first reported a week late, the day an
``added`` rule counts) is settled on the incidents afterwards, in ``forecasts.events.history``.

Many GDELT rules at once (a ladder's rungs, ``baserate --all``) are compiled into one query over
the local store (``compile_gdelt_batch``, DuckDB): a single scan keeps the rows any of the rules
can use (``candidate_conditions``) in a temporary table, and every rule's own conditions, totals,
thresholds and ranking run on that table, instead of each rule scanning the store again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

import sqlglot
from sqlglot import exp

from forecasts.dates import end_instant, start_instant
from forecasts.resolve.rules import SLIP_DAYS, TOP_ROWS, day_number
from forecasts.scenario import AcledFilter, AcledRule, GdeltFilter, GdeltRule

DIALECTS = ("duckdb", "bigquery")
GDELT_TABLE = "gdelt_events"
ACLED_TABLE = "acled_events"
# GDELT 2.0 starts on 2015-02-18; before that only the 1.0 table (from 1979) has the events.
BIGQUERY_V2 = "gdelt-bq.gdeltv2.events"
BIGQUERY_FULL = "gdelt-bq.full.events"
V2_START = date(2015, 2, 18)
PLACE_SEPARATOR = "|"
INCIDENT_KEY = ("day", "root", "a1_country", "a2_country", "ac")


class RuleSqlError(ValueError):
    """A rule or request the SQL path cannot serve (the message says what to do instead)."""


@dataclass(frozen=True)
class CompiledQuery:
    """A rule's query: the SQL text in one dialect, and the feed it reads."""

    feed: str
    dialect: str
    sql: str


def _string(value: str) -> str:
    return exp.Literal.string(value).sql(dialect="bigquery")


def _strings(values: list[str]) -> str:
    return ", ".join(_string(v) for v in values)


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _gdelt_checks(rule: GdeltFilter) -> list[tuple[str, str, list[Any]]]:
    """A GDELT filter's tests (without window or thresholds) as ``(column, kind, values)``, as the matcher tests them.

    ``kind`` is ``in`` (the column holds one of the values) or ``prefix`` (it starts with one).
    """
    checks: list[tuple[str, str, list[Any]]] = []
    for column, value in (
        ("a1_country", rule.actor1_country),
        ("a2_country", rule.actor2_country),
        ("ac", rule.action_country),
    ):
        if value is not None:
            checks.append((column, "in", [str(v) for v in _listed(value)]))
    if rule.quad_class is not None:
        checks.append(("quad", "in", [int(v) for v in _listed(rule.quad_class)]))
    roots = set(rule.event_root_codes or [])
    if rule.event_codes:
        code_roots = {int(code[:2]) for code in rule.event_codes}
        # Codes outside the listed roots can never match: the matcher then looks for root -1.
        roots = (roots & code_roots if roots else code_roots) or {-1}
    if roots:
        checks.append(("root", "in", sorted(roots)))
    for column, value in (("a1_code", rule.actor1_code), ("a2_code", rule.actor2_code), ("code", rule.event_codes)):
        prefixes = [str(v) for v in _listed(value)]
        if prefixes:
            checks.append((column, "prefix", prefixes))
    return checks


def _check_sql(column: str, kind: str, values: list[Any]) -> str:
    """One test as a condition (BigQuery dialect)."""
    if kind == "prefix":
        return "(" + " OR ".join(f"STARTS_WITH({column}, {_string(str(p))})" for p in values) + ")"
    if values and isinstance(values[0], int):
        return f"{column} IN ({', '.join(str(int(v)) for v in values)})"
    return f"{column} IN ({_strings([str(v) for v in values])})"


def _gdelt_tests(rule: GdeltFilter) -> list[str]:
    """The WHERE conditions of a GDELT filter (without window or thresholds), as the matcher tests them."""
    return [_check_sql(*check) for check in _gdelt_checks(rule)]


def _window(rule: GdeltRule, since: date, until: date) -> str:
    # added: as the matcher, rows added within the window widened by SLIP_DAYS; which incidents fall
    # inside is decided on their first report afterwards. day: the event day is part of the
    # incident key, so an incident is inside or not by its rows' day.
    low, high = _window_bounds(rule, since, until)
    return f"{'added' if rule.date_field == 'added' else 'day'} BETWEEN {low} AND {high}"


def gdelt_conditions(rule: GdeltRule, since: date, until: date) -> list[str]:
    """What a row must pass to count for the rule (BigQuery dialect): window, tests, not ``exclude``."""
    where = [_window(rule, since, until), *_gdelt_tests(rule)]
    if rule.exclude is not None:
        where.append("NOT (" + " AND ".join(["TRUE", *_gdelt_tests(rule.exclude)]) + ")")
    return where


def gdelt_core(rule: GdeltRule, since: date, until: date) -> list[tuple[str, str]]:
    """The common table expressions and final SELECT of a GDELT rule's query (BigQuery dialect)."""
    where = gdelt_conditions(rule, since, until)
    having = [f"SUM(sources) >= {int(rule.min_sources)}"]
    if rule.min_mentions:
        having.append(f"SUM(mentions) >= {int(rule.min_mentions)}")
    if rule.min_articles:
        having.append(f"SUM(articles) >= {int(rule.min_articles)}")
    key = ", ".join(INCIDENT_KEY)
    on = " AND ".join(f"m.{c} = i.{c}" for c in INCIDENT_KEY)
    on_ranked = " AND ".join(f"r.{c} = i.{c}" for c in INCIDENT_KEY)
    matched = (
        f"SELECT {key}, sources, mentions, articles, added, "
        "COALESCE(NULLIF(feature, ''), NULLIF(ac, ''), '?') AS place "
        f"FROM {GDELT_TABLE} WHERE " + " AND ".join(where)
    )
    incidents = (
        f"SELECT {key}, SUM(sources) AS sources, SUM(mentions) AS mentions, SUM(articles) AS articles, "
        f"COUNT(*) AS row_count, MIN(added) AS first_added, STRING_AGG(DISTINCT place, {_string(PLACE_SEPARATOR)}) AS places "
        f"FROM matched GROUP BY {key} HAVING " + " AND ".join(having)
    )
    # The text columns (ids, URLs) are read only now, for the incidents that qualified: a second
    # scan, which the join's keys narrow (DuckDB pushes their range into it), is cheaper than
    # carrying every matching row's URL through the grouping.
    ranked = (
        f"SELECT {', '.join('m.' + c for c in INCIDENT_KEY)}, m.id, m.url, "
        f"ROW_NUMBER() OVER (PARTITION BY {', '.join('m.' + c for c in INCIDENT_KEY)} "
        "ORDER BY m.sources DESC, m.added ASC, m.id ASC) AS row_rank "
        f"FROM {GDELT_TABLE} AS m JOIN incidents AS i ON {on} WHERE " + " AND ".join(_qualified(where, "m"))
    )
    final = (
        f"SELECT {', '.join('i.' + c for c in INCIDENT_KEY)}, i.sources, i.mentions, i.articles, i.row_count, "
        "i.first_added, i.places, r.row_rank, r.id, r.url "
        f"FROM incidents AS i JOIN ranked AS r ON {on_ranked} WHERE r.row_rank <= {TOP_ROWS} "
        f"ORDER BY {', '.join('i.' + c for c in INCIDENT_KEY)}, r.row_rank"
    )
    return [("matched", matched), ("incidents", incidents), ("ranked", ranked), ("", final)]


def _qualified(conditions: list[str], alias: str) -> list[str]:
    """Conditions on the events table's columns, with the columns named through ``alias``."""
    out = []
    for condition in conditions:
        tree = sqlglot.parse_one(condition, read="bigquery")
        for column in tree.find_all(exp.Column):
            if not column.table:
                column.set("table", exp.to_identifier(alias))
        out.append(tree.sql(dialect="bigquery"))
    return out


def _text_in(column: str, values: Any) -> str:
    wanted = sorted({str(v).strip().lower() for v in _listed(values)})
    return f"LOWER(TRIM({column})) IN ({_strings(wanted)})"


def _pattern_in(column: str, patterns: Any) -> str:
    # pandas str.contains(case=False) on the joined alternatives, as the matcher does.
    joined = "|".join(f"(?:{p})" for p in _listed(patterns))
    return f"REGEXP_CONTAINS({column}, {_string('(?i)' + joined)})"


def _acled_tests(rule: AcledFilter) -> list[str]:
    tests: list[str] = []
    for column, value in (
        ("event_type", rule.event_type),
        ("sub_event_type", rule.sub_event_type),
        ("country", rule.country),
        ("admin1", rule.admin1),
    ):
        if value is not None:
            tests.append(_text_in(column, value))
    if rule.actor1 is not None:
        tests.append(f"({_pattern_in('actor1', rule.actor1)} OR {_pattern_in('assoc1', rule.actor1)})")
    if rule.actor2 is not None:
        tests.append(f"({_pattern_in('actor2', rule.actor2)} OR {_pattern_in('assoc2', rule.actor2)})")
    if rule.actor is not None:
        either = "CONCAT(actor1, ' | ', assoc1, ' | ', actor2, ' | ', assoc2)"
        tests.append(_pattern_in(either, rule.actor))
    return tests


def acled_core(rule: AcledRule, since: date, until: date) -> list[tuple[str, str]]:
    """The common table expressions and final SELECT of an ACLED rule's query (BigQuery dialect)."""
    latest = (
        "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY timestamp DESC, file_name DESC) "
        f"AS version_rank FROM {ACLED_TABLE}) AS versions WHERE version_rank = 1"
    )
    where = [f"day BETWEEN {day_number(since)} AND {day_number(until)}", *_acled_tests(rule)]
    if rule.min_fatalities is not None:
        where.append(f"fatalities >= {int(rule.min_fatalities)}")
    if rule.exclude is not None:
        where.append("NOT (" + " AND ".join(["TRUE", *_acled_tests(rule.exclude)]) + ")")
    final = (
        "SELECT id, day, fatalities, precision, source, location, admin1, country FROM latest WHERE "
        + " AND ".join(where)
        + " ORDER BY day, id"
    )
    return [("latest", latest), ("", final)]


def bigquery_table(since: date) -> str:
    """The public GDELT table that holds events from ``since``: 2.0 from 2015-02-18, else 1.0 (from 1979)."""
    return BIGQUERY_V2 if since >= V2_START else BIGQUERY_FULL


def bigquery_source(rule: GdeltRule, since: date, until: date, table: str | None = None) -> str:
    """SELECT mapping a public GDELT table onto the store's columns, cut to the rows the rule can use."""
    table = table or bigquery_table(since)
    slip = timedelta(days=SLIP_DAYS)
    if rule.date_field == "added":
        # DATEADDED is YYYYMMDDHHMMSS in 2.0 and YYYYMMDD in 1.0: compare on the day.
        lo, hi = day_number(since - slip), day_number(until + slip)
        cut = f"DIV(DATEADDED, IF(DATEADDED >= 10000000000000, 1000000, 1)) BETWEEN {lo} AND {hi}"
    else:
        cut = f"SQLDATE BETWEEN {day_number(since)} AND {day_number(until)}"

    def text(column: str) -> str:
        return f"COALESCE(CAST({column} AS STRING), '')"

    return (
        "SELECT CAST(GLOBALEVENTID AS STRING) AS id, SQLDATE AS day, "
        "IF(DATEADDED >= 10000000000000, "
        "UNIX_SECONDS(PARSE_TIMESTAMP('%Y%m%d%H%M%S', CAST(DATEADDED AS STRING))), "
        "UNIX_SECONDS(PARSE_TIMESTAMP('%Y%m%d', CAST(DATEADDED AS STRING)))) AS added, "
        f"{text('Actor1Code')} AS a1_code, {text('Actor1CountryCode')} AS a1_country, "
        f"{text('Actor2Code')} AS a2_code, {text('Actor2CountryCode')} AS a2_country, "
        f"{text('EventCode')} AS code, CAST(EventRootCode AS INT64) AS root, CAST(QuadClass AS INT64) AS quad, "
        "NumMentions AS mentions, NumSources AS sources, NumArticles AS articles, "
        f"{text('ActionGeo_CountryCode')} AS ac, {text('ActionGeo_FeatureID')} AS feature, "
        f"{text('SOURCEURL')} AS url "
        f"FROM `{table}` WHERE {cut}"
    )


def _assemble(parts: list[tuple[str, str]]) -> str:
    ctes = [f"{name} AS ({body})" for name, body in parts if name]
    final = next(body for name, body in parts if not name)
    return ("WITH " + ", ".join(ctes) + " " if ctes else "") + final


def compile_rule(
    rule: GdeltRule | AcledRule, since: date, until: date, dialect: str = "duckdb", table: str | None = None
) -> CompiledQuery:
    """The SQL that finds a rule's incidents between two dates (inclusive), in ``duckdb`` or ``bigquery``.

    DuckDB reads the views ``gdelt_events`` / ``acled_events`` over the local store; BigQuery
    reads ``table`` (by default the public table that covers ``since``).
    """
    if dialect not in DIALECTS:
        raise RuleSqlError(f"unknown SQL dialect {dialect!r}; use one of: {', '.join(DIALECTS)}")
    if until < since:
        raise RuleSqlError(f"the period ends ({until}) before it starts ({since}); swap --from and --to")
    if isinstance(rule, GdeltRule):
        parts = gdelt_core(rule, since, until)
        if dialect == "bigquery":
            parts = [(GDELT_TABLE, bigquery_source(rule, since, until, table)), *parts]
    else:
        if dialect == "bigquery":
            raise RuleSqlError(
                "ACLED has no public BigQuery table; import its CSV exports (forecasts events import --feed acled FILE.csv) and use --engine duckdb"
            )
        parts = acled_core(rule, since, until)
    text = _assemble(parts)
    # Parsing checks the query is valid BigQuery; DuckDB gets the same tree written in its dialect.
    tree = sqlglot.parse_one(text, read="bigquery")
    return CompiledQuery(feed=rule.feed, dialect=dialect, sql=tree.sql(dialect=dialect, pretty=True))


# --- many GDELT rules over the local store in one scan ---------------------------------------

BATCH_TABLE = "batch_candidates"
# The columns a GDELT rule's query reads: its tests and window, the incident key, the totals, the
# place, and the id and URL of the best rows.
BATCH_COLUMNS = (
    "id",
    "day",
    "added",
    "a1_code",
    "a1_country",
    "a2_code",
    "a2_country",
    "code",
    "root",
    "quad",
    "mentions",
    "sources",
    "articles",
    "ac",
    "url",
)
# Which one test of each rule narrows the batch's single scan, first found first: in GDELT an
# event code or root code (the conflict roots a rule asks about are a few percent of the rows) or
# an actor code is rarer than any QuadClass, and a QuadClass rarer than an actor country.
NARROWING_ORDER = ("root", "code", "a1_code", "a2_code", "quad", "ac", "a2_country", "a1_country")


class RulePeriod(NamedTuple):
    """A rule and the days (both included) to find its incidents in."""

    rule: GdeltRule | AcledRule
    since: date
    until: date


@dataclass(frozen=True)
class BatchQuery:
    """Many GDELT rules' queries as one (DuckDB): a scan of the store into a table, then every rule on it.

    ``candidates`` creates ``BATCH_TABLE``: the rows that can count for at least one rule (the
    union of the rules' windows, and of one test of each); ``incidents`` returns one row per
    qualifying incident of every rule: the number of the rule (its position in the batch), the
    event day, the incident key (``day|root|actor1|actor2|action-country``), sources, mentions,
    first added, places (sorted), and the ids and URLs of its best rows, best first; ``drop``
    removes the table.
    """

    candidates: str
    incidents: str
    drop: str


def _duckdb(condition: str) -> str:
    return sqlglot.parse_one(condition, read="bigquery").sql(dialect="duckdb")


def candidate_conditions(requests: Sequence[RulePeriod]) -> list[str]:
    """Conditions every row that counts for any of the GDELT rules passes (BigQuery dialect).

    Each is implied by every rule's own conditions (``gdelt_conditions``), so the rows they keep
    are a superset of each rule's: the window spanning all the rules' windows; for a column every
    rule tests, the union of its values (a single-column test the Parquet scan applies itself,
    skipping row groups by their statistics); and the union, over the rules, of each rule's first
    test in ``NARROWING_ORDER``.
    """
    rules = [request.rule for request in requests]
    if not rules or not all(isinstance(rule, GdeltRule) for rule in rules):
        raise RuleSqlError("a batch query needs one GDELT rule or more (ACLED rules run one by one)")
    windows: dict[str, tuple[int, int]] = {}
    for rule, since, until in requests:
        assert isinstance(rule, GdeltRule)
        bounds = _window_bounds(rule, since, until)
        column = "added" if rule.date_field == "added" else "day"
        low, high = windows.get(column, bounds)
        windows[column] = (min(low, bounds[0]), max(high, bounds[1]))
    spans = [f"{column} BETWEEN {low} AND {high}" for column, (low, high) in sorted(windows.items())]
    conditions = [spans[0] if len(spans) == 1 else "(" + " OR ".join(spans) + ")"]
    checks = [_gdelt_checks(rule) for rule in rules]  # type: ignore[arg-type]
    # A column every rule tests the same way: the union of their values.
    for column, kind, _ in checks[0]:
        found = [next((values for c, k, values in mine if (c, k) == (column, kind)), None) for mine in checks]
        if all(values is not None for values in found):
            union = sorted({value for values in found for value in values or ()})
            conditions.append(_any_of(column, kind, union))
    # One test per rule; a rule without any lets every row in its window through.
    narrowing: dict[tuple[str, str], set[Any]] = {}
    for mine in checks:
        ranked = sorted(mine, key=lambda check: NARROWING_ORDER.index(check[0]))
        if not ranked:
            return conditions
        column, kind, values = ranked[0]
        narrowing.setdefault((column, kind), set()).update(values)
    tests = [_any_of(column, kind, sorted(values)) for (column, kind), values in sorted(narrowing.items())]
    narrowed = tests[0] if len(tests) == 1 else "(" + " OR ".join(tests) + ")"
    return conditions if narrowed in conditions else [*conditions, narrowed]


def _any_of(column: str, kind: str, values: list[Any]) -> str:
    """A row passes one of many tests on one column, as one condition (BigQuery dialect).

    Prefixes are compared by length (``LEFT(code, 3) IN (...)``): one lookup a row for each length,
    rather than one ``STARTS_WITH`` for each prefix.
    """
    if kind != "prefix":
        return _check_sql(column, kind, values)
    lengths = sorted({len(str(p)) for p in values})
    tests = [
        f"LEFT({column}, {n}) IN ({_strings(sorted({str(p) for p in values if len(str(p)) == n}))})" for n in lengths
    ]
    return tests[0] if len(tests) == 1 else "(" + " OR ".join(tests) + ")"


def _window_bounds(rule: GdeltRule, since: date, until: date) -> tuple[int, int]:
    """The bounds ``_window`` puts on ``added`` (seconds) or ``day`` (YYYYMMDD)."""
    if rule.date_field == "added":
        slip = timedelta(days=SLIP_DAYS)
        return int((start_instant(since) - slip).timestamp()), int((end_instant(until) + slip).timestamp())
    return day_number(since), day_number(until)


def compile_gdelt_batch(requests: Sequence[RulePeriod]) -> BatchQuery:
    """One scan of the local store for many GDELT rules, then each rule's incidents from what it kept (DuckDB).

    Each rule's incidents are those of its ``compile_rule`` query: the same conditions select its
    rows, the same totals and thresholds qualify its incidents, and its best rows are ranked the
    same way (most sources, then earliest added, then id). Only the scan is shared: rows the
    candidate conditions drop cannot count for any rule. The table is sorted by actor 1's
    country, so a rule naming one reads only the table's row groups that hold it.
    """
    where = " AND ".join(_duckdb(condition) for condition in candidate_conditions(requests))
    place = "COALESCE(NULLIF(feature, ''), NULLIF(ac, ''), '?') AS place"
    candidates = (
        f"CREATE OR REPLACE TEMPORARY TABLE {BATCH_TABLE} AS SELECT {', '.join(BATCH_COLUMNS)}, {place} "
        f"FROM {GDELT_TABLE} WHERE {where} ORDER BY a1_country"
    )
    key = ", ".join(INCIDENT_KEY)
    carried = f"{key}, sources, mentions, articles, added, place, id, url"
    branches = []
    limits = []
    for number, (rule, since, until) in enumerate(requests):
        assert isinstance(rule, GdeltRule)
        condition = _duckdb(" AND ".join(gdelt_conditions(rule, since, until)))
        branches.append(f"SELECT {number} AS rule, {carried} FROM {BATCH_TABLE} WHERE {condition}")
        thresholds = (rule.min_sources, rule.min_mentions or 0, rule.min_articles or 0)
        limits.append(f"({number}, {', '.join(str(int(t)) for t in thresholds)})")

    def columns(alias: str, names: tuple[str, ...] = ("rule", *INCIDENT_KEY)) -> str:
        return ", ".join(f"{alias}.{c}" for c in names)

    def same(left: str, right: str) -> str:
        return " AND ".join(f"{left}.{c} = {right}.{c}" for c in ("rule", *INCIDENT_KEY))

    incidents = (
        f"WITH matched AS ({' UNION ALL '.join(branches)}), "
        f"limits(rule, min_sources, min_mentions, min_articles) AS (VALUES {', '.join(limits)}), "
        f"totals AS (SELECT rule, {key}, SUM(sources) AS sources, SUM(mentions) AS mentions, "
        f"SUM(articles) AS articles, MIN(added) AS first_added FROM matched GROUP BY rule, {key}), "
        "qualified AS (SELECT t.* FROM totals AS t JOIN limits AS l ON t.rule = l.rule "
        "WHERE t.sources >= l.min_sources AND t.mentions >= l.min_mentions AND t.articles >= l.min_articles), "
        # Places and best rows only for the incidents that qualified: most incidents do not.
        f"details AS (SELECT {columns('m')}, LIST_SORT(LIST(DISTINCT m.place)) AS places, "
        f"MIN_BY({{'id': m.id, 'url': m.url}}, (-m.sources, m.added, m.id), {TOP_ROWS}) AS best "
        f"FROM matched AS m JOIN qualified AS q ON {same('m', 'q')} GROUP BY {columns('m')}) "
        f"SELECT q.rule, q.day, CONCAT_WS('|', {columns('q', INCIDENT_KEY)}) AS key, "
        "q.sources, q.mentions, q.first_added, d.places, "
        "[b.id FOR b IN d.best] AS ids, [b.url FOR b IN d.best] AS urls "
        f"FROM qualified AS q JOIN details AS d ON {same('d', 'q')}"
    )
    return BatchQuery(candidates=candidates, incidents=incidents, drop=f"DROP TABLE IF EXISTS {BATCH_TABLE}")
