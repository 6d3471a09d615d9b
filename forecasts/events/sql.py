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
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

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


def _gdelt_tests(rule: GdeltFilter) -> list[str]:
    """The WHERE conditions of a GDELT filter (without window or thresholds), as the matcher tests them."""
    tests: list[str] = []
    for column, value in (
        ("a1_country", rule.actor1_country),
        ("a2_country", rule.actor2_country),
        ("ac", rule.action_country),
    ):
        if value is not None:
            tests.append(f"{column} IN ({_strings([str(v) for v in _listed(value)])})")
    if rule.quad_class is not None:
        tests.append(f"quad IN ({', '.join(str(int(v)) for v in _listed(rule.quad_class))})")
    roots = set(rule.event_root_codes or [])
    if rule.event_codes:
        code_roots = {int(code[:2]) for code in rule.event_codes}
        # Codes outside the listed roots can never match: the matcher then looks for root -1.
        roots = (roots & code_roots if roots else code_roots) or {-1}
    if roots:
        tests.append(f"root IN ({', '.join(str(r) for r in sorted(roots))})")
    for column, value in (("a1_code", rule.actor1_code), ("a2_code", rule.actor2_code), ("code", rule.event_codes)):
        prefixes = [str(v) for v in _listed(value)]
        if prefixes:
            tests.append("(" + " OR ".join(f"STARTS_WITH({column}, {_string(p)})" for p in prefixes) + ")")
    return tests


def _window(rule: GdeltRule, since: date, until: date) -> str:
    if rule.date_field == "added":
        # As the matcher: rows added within the window widened by SLIP_DAYS; which incidents fall
        # inside is decided on their first report afterwards.
        slip = timedelta(days=SLIP_DAYS)
        lo = int((start_instant(since) - slip).timestamp())
        hi = int((end_instant(until) + slip).timestamp())
        return f"added BETWEEN {lo} AND {hi}"
    # The event day is part of the incident key: an incident is inside or not by its rows' day.
    return f"day BETWEEN {day_number(since)} AND {day_number(until)}"


def gdelt_core(rule: GdeltRule, since: date, until: date) -> list[tuple[str, str]]:
    """The common table expressions and final SELECT of a GDELT rule's query (BigQuery dialect)."""
    where = [_window(rule, since, until), *_gdelt_tests(rule)]
    if rule.exclude is not None:
        where.append("NOT (" + " AND ".join(["TRUE", *_gdelt_tests(rule.exclude)]) + ")")
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
