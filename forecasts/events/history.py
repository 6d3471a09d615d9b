"""The qualifying incidents of a rule between two dates, from the event history.

``rule_incidents`` is what base rates are computed from. It finds what the check's matcher
(``forecasts.resolve.rules``) would count as a match on each day: GDELT incidents (rows grouped
by event day, root code, actor countries and action country) whose totals meet the rule's
thresholds, dated inside the period and not first reported more than ``LATE_REPORT`` after the
day they are dated to (a misdated old event, which the check leaves to a person); ACLED events
(latest version) that pass the rule's filters. Thresholds over several incidents
(``min_occasions``, ``min_places``, ``min_events``, ``min_total_fatalities``) belong to a window,
and are left to the caller: each incident carries its places and fatalities for that.

Engines: ``duckdb`` (default) runs the compiled SQL over the local Parquet store; ``bigquery``
runs it on GDELT's public tables; ``pandas`` runs the check's own matcher over the same store,
one partition at a time as the check reads its feed files (the reference the SQL is tested
against, and the benchmark's baseline).

``batch_incidents`` asks many rules at once (a ladder's rungs, ``baserate --all``): on DuckDB the
GDELT rules share one scan of the store (``forecasts.events.sql.compile_gdelt_batch``), on
pandas one read of it; each rule's incidents are exactly what ``rule_incidents`` gives for it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from forecasts.dates import end_instant, start_instant
from forecasts.events.bigquery import BigQueryError, run_query
from forecasts.events.choices import DEFAULT_MAX_BYTES, ENGINES
from forecasts.events.sql import (
    ACLED_TABLE,
    GDELT_TABLE,
    PLACE_SEPARATOR,
    RulePeriod,
    RuleSqlError,
    compile_gdelt_batch,
    compile_rule,
)
from forecasts.events.store import default_store, parquet_files
from forecasts.resolve.rules import LATE_REPORT, TOP_ROWS, GdeltEvents, acled_rows, day_number, gdelt_rows, number_day
from forecasts.resolve.scope import RuleScope
from forecasts.scenario import AcledRule, GdeltRule
from forecasts.store import ENV_VAR

_URL_PREFIXES = ("http://", "https://")


class HistoryError(Exception):
    """A history query that cannot run: no store, no data, an unknown engine (the message says the fix)."""


@dataclass(frozen=True)
class HistoryIncident:
    """One qualifying incident of a rule (GDELT) or event (ACLED) on one day.

    ``ids`` and ``urls`` are those of its best rows (at most ``TOP_ROWS``: most sources first);
    ``sources`` and ``mentions`` its totals over all its rows (ACLED: the number of sources the
    event names, and 0). ``places`` are its distinct places (GDELT ActionGeo feature ids, else
    the action country; ACLED the location), ``fatalities`` ACLED's count (0 for GDELT), ``key``
    the incident key ``day|root|actor1|actor2|action-country`` (the event id for ACLED).
    """

    day: date
    ids: tuple[str, ...]
    urls: tuple[str, ...]
    sources: int
    mentions: int
    places: tuple[str, ...] = ()
    fatalities: int = 0
    key: str = ""


def default_store_path() -> Path:
    """The store next to the scenarios folder in use (``FORECASTS_SCENARIOS``, else ./scenarios)."""
    return default_store(Path(os.environ.get(ENV_VAR) or "scenarios"))


def rule_incidents(
    rule: GdeltRule | AcledRule,
    since: date,
    until: date,
    engine: str = "duckdb",
    store: Path | None = None,
) -> list[HistoryIncident]:
    """The rule's qualifying incidents dated ``since`` .. ``until`` (inclusive), by day then key.

    ``store`` is the local event store (default: ``_events`` beside the scenarios folder); the
    ``bigquery`` engine ignores it and reads GDELT's public tables with the user's credentials.
    """
    _check_request(engine, since, until)
    try:
        if engine == "bigquery":
            return bigquery_incidents(rule, since, until)
        return _local_incidents(rule, since, until, engine, store)
    except (RuleSqlError, BigQueryError) as exc:
        raise HistoryError(str(exc)) from None


def batch_incidents(
    requests: Sequence[RulePeriod], engine: str = "duckdb", store: Path | None = None
) -> list[list[HistoryIncident]]:
    """Each request's incidents, exactly as ``rule_incidents`` finds them, in the order asked.

    On the local store the GDELT rules share one pass over it (DuckDB: one scan, pandas: one read
    of each partition); ACLED rules (a small table) and BigQuery (each query is priced by what it
    scans, and refused above the cap on its own) run rule by rule.
    """
    for request in requests:
        _check_request(engine, request.since, request.until)
    try:
        if engine == "bigquery":
            return [bigquery_incidents(*request) for request in requests]
        folder = store if store is not None else default_store_path()
        feeds = {request.rule.feed for request in requests}
        files: dict[str, list[Path]] = {feed: _stored_files(folder, feed) for feed in sorted(feeds)}
        if engine == "pandas":
            return pandas_batch_incidents(requests, files)
        found: list[list[HistoryIncident]] = [[] for _ in requests]
        gdelt = [(n, r) for n, r in enumerate(requests) if r.rule.feed == "gdelt"]
        if gdelt:
            answers = duckdb_batch_incidents([r for _, r in gdelt], files["gdelt"])
            for (number, _), answer in zip(gdelt, answers, strict=True):
                found[number] = answer
        acled = [(n, r) for n, r in enumerate(requests) if r.rule.feed == "acled"]
        if acled:
            connection = duckdb_connection(files["acled"], "acled")
            try:
                for number, request in acled:
                    found[number] = duckdb_incidents(*request, files["acled"], connection=connection)
            finally:
                connection.close()
        return found
    except (RuleSqlError, BigQueryError) as exc:
        raise HistoryError(str(exc)) from None


def _check_request(engine: str, since: date, until: date) -> None:
    if engine not in ENGINES:
        raise HistoryError(f"unknown engine {engine!r}; use one of: {', '.join(ENGINES)}")
    if until < since:
        raise HistoryError(f"the period ends ({until}) before it starts ({since}); swap --from and --to")


def bigquery_incidents(
    rule: GdeltRule | AcledRule, since: date, until: date, max_bytes: int = DEFAULT_MAX_BYTES, client: Any = None
) -> list[HistoryIncident]:
    """The incidents from GDELT's public BigQuery tables (refused above ``max_bytes`` scanned)."""
    query = compile_rule(rule, since, until, "bigquery")  # ACLED: raises the explanation
    assert isinstance(rule, GdeltRule)
    return gdelt_incidents(rule, since, until, run_query(query.sql, max_bytes, client))


def _local_incidents(
    rule: GdeltRule | AcledRule, since: date, until: date, engine: str, store: Path | None
) -> list[HistoryIncident]:
    folder = store if store is not None else default_store_path()
    files = _stored_files(folder, rule.feed)
    if engine == "pandas":
        return pandas_incidents(rule, since, until, files)
    return duckdb_incidents(rule, since, until, files)


def _stored_files(folder: Path, feed: str) -> list[Path]:
    """The feed's Parquet files in the store; none is an error saying how to fill it."""
    files = parquet_files(folder, feed)
    if not files:
        how = (
            "forecasts events sync --feed gdelt --from YYYY-MM-DD --to YYYY-MM-DD"
            if feed == "gdelt"
            else "forecasts events import --feed acled FILE.csv"
        )
        raise HistoryError(f"{folder}: no {feed.upper()} events stored; fill the store first: {how}")
    return files


# --- DuckDB ----------------------------------------------------------------------------------


def duckdb_connection(files: list[Path], feed: str, threads: int | None = None) -> Any:
    """An in-memory DuckDB with a view of the feed's Parquet files under the name the SQL reads."""
    import duckdb

    connection = duckdb.connect(":memory:")
    # Parquet footers parsed once per connection, not once per query: a base rate asks many rules.
    connection.execute("SET parquet_metadata_cache = true")
    if threads:
        connection.execute(f"SET threads = {int(threads)}")
    listed = ", ".join("'" + str(p).replace("'", "''") + "'" for p in files)
    if feed == "gdelt":
        connection.execute(
            f"CREATE VIEW {GDELT_TABLE} AS SELECT * FROM read_parquet([{listed}], hive_partitioning = false)"
        )
    else:
        connection.execute(
            f"CREATE VIEW {ACLED_TABLE} AS SELECT *, filename AS file_name FROM read_parquet([{listed}], filename = true, hive_partitioning = false)"
        )
    return connection


def duckdb_incidents(
    rule: GdeltRule | AcledRule, since: date, until: date, files: list[Path], connection: Any = None
) -> list[HistoryIncident]:
    """The incidents from DuckDB over Parquet files (or over ``connection``'s views when given)."""
    import duckdb

    query = compile_rule(rule, since, until, "duckdb")
    own = connection is None
    connection = connection or duckdb_connection(files, rule.feed)
    try:
        frame = connection.execute(query.sql).fetch_df()
    except duckdb.Error as exc:
        # Rules are validated with Python's regular expressions; DuckDB's (RE2) lack a few features.
        raise HistoryError(
            f"DuckDB cannot run this rule's query: {exc}; an actor pattern with look-around or back-references "
            "(which DuckDB's regular expressions lack) must be rewritten without them, or use --engine pandas"
        ) from None
    finally:
        if own:
            connection.close()
    if isinstance(rule, GdeltRule):
        return gdelt_incidents(rule, since, until, frame)
    return acled_incidents(frame)


def duckdb_batch_incidents(
    requests: Sequence[RulePeriod], files: list[Path], connection: Any = None
) -> list[list[HistoryIncident]]:
    """Many GDELT rules' incidents from one scan of the Parquet files (or of ``connection``'s view).

    The rows any rule can use are copied into a temporary table once (``compile_gdelt_batch``),
    and every rule's query runs on that table in one statement, instead of each rule reading the
    store again.
    """
    if not requests:
        return []
    batch = compile_gdelt_batch(requests)
    own = connection is None
    connection = connection or duckdb_connection(files, "gdelt")
    try:
        connection.execute(batch.candidates)
        rows = connection.execute(batch.incidents).fetchall()
    finally:
        connection.execute(batch.drop)
        if own:
            connection.close()
    grouped: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        grouped.setdefault(int(row[0]), []).append(row[1:])
    found: list[list[HistoryIncident]] = []
    for number, (rule, since, until) in enumerate(requests):
        assert isinstance(rule, GdeltRule)
        found.append(dated_incidents(rule, since, until, grouped.get(number, [])))
    return found


# --- shaping query results -------------------------------------------------------------------


def gdelt_incidents(rule: GdeltRule, since: date, until: date, frame: pd.DataFrame) -> list[HistoryIncident]:
    """Incidents from the compiled query's rows (one per incident and best row), with the date tests applied.

    An incident counts on its event day if it was first reported at most ``LATE_REPORT`` later;
    an ``added`` rule counts it on the day of its first report, if that falls in the period.
    """
    if frame.empty:
        return []
    keys = ["day", "root", "a1_country", "a2_country", "ac"]
    # One pass over plain lists (a broad rule has tens of thousands of incidents: no per-group pandas).
    frame = frame.sort_values([*keys, "row_rank"], kind="stable")
    columns = {c: frame[c].tolist() for c in [*keys, "first_added", "sources", "mentions", "places", "id", "url"]}
    size = len(frame)
    grouped: list[tuple[Any, ...]] = []
    at = 0
    while at < size:
        key = tuple(columns[c][at] for c in keys)
        stop = at + 1
        while stop < size and tuple(columns[c][stop] for c in keys) == key:
            stop += 1
        day_value, root, a1, a2, ac = key
        places = sorted(p for p in str(columns["places"][at]).split(PLACE_SEPARATOR) if p)
        totals = tuple(columns[c][at] for c in ("sources", "mentions", "first_added"))
        label = f"{int(day_value)}|{int(root)}|{a1}|{a2}|{ac}"
        grouped.append((day_value, label, *totals, places, columns["id"][at:stop], columns["url"][at:stop]))
        at = stop
    return dated_incidents(rule, since, until, grouped)


def dated_incidents(rule: GdeltRule, since: date, until: date, rows: Sequence[Sequence[Any]]) -> list[HistoryIncident]:
    """Incidents from one row each, with the date tests of ``gdelt_incidents`` applied, by day then key.

    A row: event day (YYYYMMDD), incident key (``day|root|actor1|actor2|action-country``), sources,
    mentions, first added (seconds), places (sorted, distinct), the best rows' ids and their URLs.
    """
    found: list[HistoryIncident] = []
    start, end = start_instant(since).timestamp(), end_instant(until).timestamp()
    late = LATE_REPORT.total_seconds()
    by_added = rule.date_field == "added"
    # A broad rule has hundreds of thousands of incidents over a few thousand days: each day's
    # date and midnight are worked out once.
    days: dict[int, tuple[date, float]] = {}
    for day_value, key, sources, mentions, first_added, places, ids, urls in rows:
        first_added = int(first_added)
        if by_added:
            inside = start <= first_added <= end
            day = datetime.fromtimestamp(first_added, UTC).date()
        else:
            known = days.get(day_value)
            if known is None:
                event_day = number_day(int(day_value))
                midnight = datetime(event_day.year, event_day.month, event_day.day, tzinfo=UTC).timestamp()
                known = days[day_value] = (event_day, midnight)
            day, midnight = known
            inside = first_added - midnight <= late
        if inside:
            found.append(
                HistoryIncident(
                    day=day,
                    ids=tuple(map(str, ids)),
                    urls=tuple(dict.fromkeys(u for u in map(str, urls) if u.startswith(_URL_PREFIXES))),
                    sources=int(sources),
                    mentions=int(mentions),
                    places=tuple(places),
                    key=key,
                )
            )
    found.sort(key=lambda i: (i.day, i.key))
    return found


def acled_incidents(frame: pd.DataFrame) -> list[HistoryIncident]:
    """ACLED events from the compiled query's rows, one incident each."""
    found = [
        HistoryIncident(
            day=number_day(int(row.day)),
            ids=(str(row.id),),
            urls=(),
            sources=len([s for s in str(row.source).split(";") if s.strip()]),
            mentions=0,
            places=(", ".join(x for x in (str(row.location), str(row.admin1), str(row.country)) if x),),
            fatalities=int(row.fatalities),
            key=str(row.id),
        )
        for row in frame.itertuples(index=False)
    ]
    found.sort(key=lambda i: (i.day, i.key))
    return found


# --- pandas: the check's matcher, the reference ---------------------------------------------


def history_scope(rule: GdeltRule | AcledRule, since: date, until: date) -> RuleScope:
    """A rule's scope over a history period, for the check's matcher."""
    return RuleScope(
        scenario_id="history",
        rule=rule,
        first_day=since,
        last_day=until,
        start=start_instant(since),
        end=end_instant(until),
        deadline_end=end_instant(until),
        fingerprint="history",
    )


def read_store(files: list[Path], feed: str) -> pd.DataFrame:
    """The stored events of one feed as one frame (ACLED: the latest version of each event)."""
    import pyarrow.parquet as pq

    frames = []
    for path in files:
        frame = pq.read_table(path).to_pandas()
        if feed == "acled":
            frame["file_name"] = str(path)
        frames.append(frame)
    frame = pd.concat(frames, ignore_index=True)
    if feed == "acled":
        frame = frame.sort_values(["timestamp", "file_name"], kind="stable").drop_duplicates("id", keep="last")
        frame = frame.sort_values(["day", "id"], kind="stable").reset_index(drop=True)
    return frame


def pandas_incidents(
    rule: GdeltRule | AcledRule,
    since: date,
    until: date,
    files: list[Path],
    frame: pd.DataFrame | GdeltEvents | None = None,
) -> list[HistoryIncident]:
    """The incidents found by the check's pandas matcher (``gdelt_rows`` / ``acled_rows``).

    Over ``frame`` when given (the whole store, read once), else over ``files`` one at a time.
    """
    if frame is None:
        return pandas_batch_incidents([RulePeriod(rule, since, until)], {rule.feed: files})[0]
    if isinstance(rule, AcledRule):
        table = frame.frame if isinstance(frame, GdeltEvents) else frame
        return _acled_matches(rule, since, until, table)
    events = frame if isinstance(frame, GdeltEvents) else GdeltEvents(_with_stored_columns(frame))
    return matcher_incidents(rule, since, until, events)


def pandas_batch_incidents(requests: Sequence[RulePeriod], files: dict[str, list[Path]]) -> list[list[HistoryIncident]]:
    """Many rules' incidents by the check's pandas matcher, reading each feed's store once.

    GDELT is read one Parquet file (one day) at a time, as the check reads its feed files: every
    rule's ``gdelt_rows`` on it, its matching rows kept, and the rows of each rule grouped into
    incidents at the end (an incident's rows can be added on different days). ACLED, whose latest
    version of an event may sit in any file, is read whole.
    """
    found: list[list[HistoryIncident]] = [[] for _ in requests]
    gdelt = [(n, r) for n, r in enumerate(requests) if isinstance(r.rule, GdeltRule)]
    matched: dict[int, list[pd.DataFrame]] = {n: [] for n, _ in gdelt}
    for path in files.get("gdelt", []) if gdelt else []:
        events = GdeltEvents(_with_stored_columns(_read_file(path)))
        for number, (rule, since, until) in gdelt:
            rows = gdelt_rows(events, history_scope(rule, since, until))
            if rows.size:
                matched[number].append(events.frame.iloc[rows][_MATCHED_COLUMNS])
    for number, (rule, since, until) in gdelt:
        assert isinstance(rule, GdeltRule)
        parts = matched.pop(number)
        if parts:
            found[number] = matched_incidents(rule, since, until, pd.concat(parts, ignore_index=True))
    acled = [(n, r) for n, r in enumerate(requests) if isinstance(r.rule, AcledRule)]
    if acled:
        table = read_store(files["acled"], "acled")
        for number, (rule, since, until) in acled:
            assert isinstance(rule, AcledRule)
            found[number] = _acled_matches(rule, since, until, table)
    return found


# The columns of a GDELT rule's matching rows that its incidents are made of.
_MATCHED_COLUMNS = ["day", "root", "a1_country", "a2_country", "ac", "sources", "mentions", "articles", "added"]
_MATCHED_COLUMNS += ["feature", "id", "url"]


def _read_file(path: Path) -> pd.DataFrame:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pandas()


def _acled_matches(rule: AcledRule, since: date, until: date, table: pd.DataFrame) -> list[HistoryIncident]:
    sub = table.iloc[acled_rows(table, history_scope(rule, since, until))]
    # The matcher widens the window for events dated to a month; history takes the days asked.
    sub = sub[(sub["day"] >= day_number(since)) & (sub["day"] <= day_number(until))]
    return acled_incidents(sub.sort_values(["day", "id"]))


def _with_stored_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns the matcher's table has and the store leaves out (per-file line numbers)."""
    for column, default in (("line", 0), ("added_precision", 900)):
        if column not in frame:
            frame = frame.assign(**{column: default})
    return frame


def matcher_incidents(rule: GdeltRule, since: date, until: date, events: GdeltEvents) -> list[HistoryIncident]:
    """Incidents of a GDELT rule from a prepared table, grouped as the check groups them."""
    rows = gdelt_rows(events, history_scope(rule, since, until))
    if rows.size == 0:
        return []
    return matched_incidents(rule, since, until, events.frame.iloc[rows])


def matched_incidents(rule: GdeltRule, since: date, until: date, sub: pd.DataFrame) -> list[HistoryIncident]:
    """Incidents of a GDELT rule from its matching rows (``gdelt_rows``), grouped as the check groups them."""
    if sub.empty:
        return []
    feature = sub["feature"].where(sub["feature"] != "", sub["ac"]).replace("", "?")
    sub = sub.assign(place=feature.to_numpy())
    key = ["day", "root", "a1_country", "a2_country", "ac"]
    totals = sub.groupby(key, sort=True).agg(
        sources=("sources", "sum"),
        mentions=("mentions", "sum"),
        articles=("articles", "sum"),
        first_added=("added", "min"),
    )
    good = (
        (totals["sources"] >= rule.min_sources)
        & (totals["mentions"] >= (rule.min_mentions or 0))
        & (totals["articles"] >= (rule.min_articles or 0))
    )
    totals = totals[good.to_numpy()]
    if totals.empty:
        return []
    if rule.date_field != "added":
        totals = totals[(totals.index.get_level_values("day") >= day_number(since))]
        totals = totals[(totals.index.get_level_values("day") <= day_number(until))]
    ranked = sub.sort_values(["sources", "added", "id"], ascending=[False, True, True], kind="stable")
    best = ranked.groupby(key, sort=False).head(TOP_ROWS)
    best = best.assign(row_rank=best.groupby(key, sort=False).cumcount() + 1)[[*key, "row_rank", "id", "url"]]
    places = sub.groupby(key)["place"].agg(lambda s: PLACE_SEPARATOR.join(sorted(set(s)))).rename("places")
    table = totals.join(places).reset_index().merge(best, on=key, how="inner")
    return gdelt_incidents(rule, since, until, table)
