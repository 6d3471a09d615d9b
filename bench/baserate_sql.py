"""Rules as SQL at archive scale (issue 18, item 5): DuckDB against the check's pandas matcher.

    .venv/bin/python bench/baserate_sql.py [--rows 50000000] [--rules 100] [--sample-months 6]

(``python bench/baserate.py`` runs it as its section 2, after the outside view in the model.)

100 generated GDELT rules are asked of 50 million synthetic GDELT events (five years, 2015-2019,
written once as Parquet to /tmp/forecasts-bench-history and reused) through
``forecasts.events.history``: DuckDB over the Parquet store (the default engine), and the check's
own pandas matcher (``GdeltEvents`` + ``gdelt_rows``, grouped into incidents the same way). Each
engine runs in a subprocess of its own, so the memory peak printed is that engine's alone (peak
resident set size of the process, reading included).

The pandas matcher holds the whole table in memory as Python strings: 50 million rows would need
tens of GB. It runs on the first ``--sample-months`` months of the same store instead, and its
time is scaled up by the ratio of rows (the matcher's work grows linearly with rows); DuckDB runs
on that sample too, and the two engines' incidents are checked equal there.

Targets: DuckDB <= 60 s for the 100 rules over 50 million rows on two cores, and >= 10x faster
than the pandas path.

The rows are drawn with numpy and written with pyarrow (no Python loop per row): actor
countries, root codes and places from skewed distributions like the real export, QuadClass from
the root, counts heavy-tailed, one row in a hundred first reported more than a week late.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from forecasts.events.store import GDELT_SCHEMA, SORT_ORDER, write_parquet  # noqa: E402
from forecasts.resolve.vocabulary import CAMEO_TO_FIPS, QUAD_CLASS_OF_ROOT  # noqa: E402
from forecasts.scenario import GdeltRule  # noqa: E402

STORE = Path("/tmp/forecasts-bench-history")
PERIOD = (date(2015, 1, 1), date(2019, 12, 31))
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CAMEO = list(CAMEO_TO_FIPS) + [f"X{a}{b}" for a in _LETTERS for b in _LETTERS][:120]
FIPS = list(CAMEO_TO_FIPS.values()) + [f"{a}{b}" for a in "QWXZJ" for b in _LETTERS][:120]
TYPES = ["", "GOV", "MIL", "REB", "COP", "LEG", "BUS", "MED"]


def skewed(rng: np.random.Generator, n: int, size: int, power: float = 1.2) -> np.ndarray:
    weights = 1 / np.arange(1, n + 1) ** power
    return rng.choice(n, size=size, p=weights / weights.sum())


def _strings(values: list[str], indices: np.ndarray) -> pa.Array:
    return pa.DictionaryArray.from_arrays(pa.array(indices.astype(np.int32)), pa.array(values)).cast(pa.string())


def month_table(year: int, month: int, rows: int, first_id: int, rng: np.random.Generator) -> pa.Table:
    """One month of synthetic GDELT events in the store's schema."""
    start = np.datetime64(f"{year:04d}-{month:02d}-01")
    end = start.astype("datetime64[M]") + np.timedelta64(1, "M")
    days = (end.astype("datetime64[D]") - start).astype(int)
    offset = rng.integers(0, days, rows)
    when = start + offset.astype("timedelta64[D]")
    day = (year * 10000 + month * 100 + offset + 1).astype(np.int32)
    midnight = when.astype("datetime64[s]").astype(np.int64)
    late = rng.random(rows) < 0.01
    added = midnight + rng.integers(0, 2 * 86400, rows) + late * rng.integers(8 * 86400, 400 * 86400, rows)
    a1 = skewed(rng, len(CAMEO), rows)
    a2 = skewed(rng, len(CAMEO), rows)
    a2 = np.where(rng.random(rows) < 0.15, -1, a2)  # no second actor
    root = skewed(rng, 20, rows, 0.8) + 1
    quad = np.array([0] + [QUAD_CLASS_OF_ROOT[r] for r in range(1, 21)], dtype=np.int8)[root]
    digit = rng.integers(0, 4, rows)
    ac = np.where(rng.random(rows) < 0.7, a1, skewed(rng, len(FIPS), rows))
    ac = np.where(rng.random(rows) < 0.05, -1, ac)
    sources = np.minimum(rng.zipf(2.2, rows), 500).astype(np.int32)
    mentions = (sources * rng.integers(1, 6, rows)).astype(np.int32)
    articles = (sources + rng.integers(0, 3, rows)).astype(np.int32)
    ids = pc.cast(pa.array(np.arange(first_id, first_id + rows, dtype=np.int64)), pa.string())
    cameo = CAMEO + [""]
    fips = FIPS + [""]
    a1_country = _strings(cameo, a1)
    a2_country = _strings(cameo, np.where(a2 < 0, len(CAMEO), a2))
    a1_type = _strings(TYPES, rng.integers(0, len(TYPES), rows))
    code_text = [f"{r:02d}{d}" for r in range(1, 21) for d in range(4)]
    features = [str(-100000 - i) for i in range(3000)] + [""]
    feature = np.where(rng.random(rows) < 0.2, 3000, skewed(rng, 3000, rows, 1.0))
    table = pa.table(
        {
            "id": ids,
            "day": pa.array(day, pa.int32()),
            "added": pa.array(added, pa.int64()),
            "a1_code": pc.binary_join_element_wise(a1_country, a1_type, ""),
            "a1_country": a1_country,
            "a2_code": a2_country,
            "a2_country": a2_country,
            "code": _strings(code_text, (root - 1) * 4 + digit),
            "root": pa.array(root, pa.int8()),
            "quad": pa.array(quad, pa.int8()),
            "mentions": pa.array(mentions, pa.int32()),
            "sources": pa.array(sources, pa.int32()),
            "articles": pa.array(articles, pa.int32()),
            "ac": _strings(fips, np.where(ac < 0, len(FIPS), ac)),
            "adm1": _strings([""], np.zeros(rows, dtype=np.int32)),
            "place": _strings(fips, np.where(ac < 0, len(FIPS), ac)),
            "feature": _strings(features, feature),
            "url": pc.binary_join_element_wise("https://example.org/", ids, ""),
        },
        schema=GDELT_SCHEMA,
    )
    return table.sort_by(SORT_ORDER)  # as the store's compaction sorts a partition


def months() -> list[tuple[int, int]]:
    return [(y, m) for y in range(PERIOD[0].year, PERIOD[1].year + 1) for m in range(1, 13)]


def ensure_store(rows: int, seed: int = 18) -> Path:
    """The synthetic store (generated once, reused while its row count matches)."""
    marker = STORE / "bench.json"
    if marker.exists() and json.loads(marker.read_text()).get("rows") == rows:
        return STORE
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    per_month = rows // len(months())
    first = 1
    for index, (year, month) in enumerate(months()):
        count = per_month + (rows - per_month * len(months()) if index == len(months()) - 1 else 0)
        table = month_table(year, month, count, first, rng)
        first += count
        write_parquet(STORE / "gdelt" / f"day={year:04d}-{month:02d}-01" / "events.parquet", table)
    marker.write_text(json.dumps({"rows": rows, "seconds": round(time.perf_counter() - started, 1)}))
    return STORE


def bench_rules(count: int, seed: int = 7) -> list[GdeltRule]:
    """Rules like the case's: actor countries (the common ones), violent root codes, thresholds."""
    rng = np.random.default_rng(seed)
    top = CAMEO[:25]
    rules: list[GdeltRule] = []
    for _ in range(count):
        data: dict[str, Any] = {"feed": "gdelt", "actor1_country": str(top[rng.integers(0, len(top))])}
        if rng.random() < 0.7:
            data["actor2_country"] = [str(c) for c in rng.choice(top, size=int(rng.integers(1, 4)), replace=False)]
        kind = rng.random()
        if kind < 0.5:
            data["quad_class"] = 4
            data["event_root_codes"] = [18, 19, 20]
        elif kind < 0.7:
            data["quad_class"] = 3
            data["event_root_codes"] = [13]
        elif kind < 0.85:
            data["event_codes"] = ["190", "195"]
        else:
            data["actor1_code"] = f"{data['actor1_country']}MIL"
        if rng.random() < 0.3:
            data["action_country"] = [CAMEO_TO_FIPS.get(data["actor1_country"], "IZ"), "IZ"]
        data["min_sources"] = int(rng.integers(1, 12))
        if rng.random() < 0.2:
            data["min_mentions"] = int(rng.integers(5, 40))
        if rng.random() < 0.1:
            data["date_field"] = "added"
        if rng.random() < 0.1:
            data["exclude"] = {"event_root_codes": [18]}
        rules.append(GdeltRule.model_validate(data))
    return rules


def run_engine(engine: str, files_limit: int | None, rules: int) -> dict[str, Any]:
    """In this process: every rule over the store (or its first ``files_limit`` monthly files)."""
    from forecasts.events.history import duckdb_connection, duckdb_incidents, pandas_incidents, read_store
    from forecasts.events.store import parquet_files
    from forecasts.resolve.rules import GdeltEvents

    files = parquet_files(STORE, "gdelt")[:files_limit]
    last = date.fromisoformat(files[-1].parent.name[4:])  # the first day of the last month read
    following = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    until = min(PERIOD[1], date.fromordinal(following.toordinal() - 1))
    started = time.perf_counter()
    found: list[list[str]] = []
    if engine == "duckdb":
        connection = duckdb_connection(files, "gdelt")
        for rule in bench_rules(rules):
            found.append([i.key for i in duckdb_incidents(rule, PERIOD[0], until, files, connection=connection)])
        rows = int(connection.execute("SELECT COUNT(*) FROM gdelt_events").fetchone()[0])
    else:
        frame = read_store(files, "gdelt")
        events = GdeltEvents(frame.assign(line=0, added_precision=900))
        rows = len(frame)
        del frame
        for rule in bench_rules(rules):
            found.append([i.key for i in pandas_incidents(rule, PERIOD[0], until, files, frame=events)])
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"engine": engine, "rows": rows, "seconds": seconds, "peak_bytes": peak, "found": found}


def in_subprocess(engine: str, files_limit: int | None, rules: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--engine", engine, "--rules", str(rules)]
    if files_limit:
        command += ["--files", str(files_limit)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def sql_section(rows: int = 50_000_000, rules: int = 100, sample_months: int = 6) -> None:
    """Section 2 of bench/baserate.py: the figures, printed."""
    started = time.perf_counter()
    ensure_store(rows)
    made = json.loads((STORE / "bench.json").read_text())
    print(
        f"store: {rows:,} synthetic GDELT rows, {PERIOD[0]} … {PERIOD[1]}, in {STORE} "
        f"(generated in {made['seconds']} s, reused; this check {time.perf_counter() - started:.1f} s)"
    )
    full = in_subprocess("duckdb", None, rules)
    sample_duck = in_subprocess("duckdb", sample_months, rules)
    sample_pandas = in_subprocess("pandas", sample_months, rules)
    same = sample_duck["found"] == sample_pandas["found"]
    scale = full["rows"] / sample_pandas["rows"]
    matched = sum(1 for keys in full["found"] if keys)
    print(f"{rules} rules over the whole period; {matched} of them find incidents in the full store")
    print(f"{'engine':<44}{'rows':>14}{'seconds':>10}{'peak RSS':>12}")
    for label, result in (
        ("DuckDB over Parquet (full store)", full),
        (f"DuckDB, first {sample_months} months", sample_duck),
        (f"pandas matcher, first {sample_months} months", sample_pandas),
    ):
        print(f"{label:<44}{result['rows']:>14,}{result['seconds']:>10.1f}{result['peak_bytes'] / 2**30:>10.2f} GB")
    estimate = sample_pandas["seconds"] * scale
    print(f"{'pandas matcher, full store (extrapolated)':<44}{full['rows']:>14,}{estimate:>10.0f}{'':>12}")
    print(
        f"speed-up at {full['rows']:,} rows: {estimate / full['seconds']:.1f}x (pandas extrapolated x{scale:.1f} "
        f"from the sample); on the sample itself {sample_pandas['seconds'] / sample_duck['seconds']:.1f}x"
    )
    print(
        f"incidents equal on the sample: {same}; DuckDB target <= 60 s: {'met' if full['seconds'] <= 60 else 'missed'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000_000)
    parser.add_argument("--rules", type=int, default=100)
    parser.add_argument("--sample-months", type=int, default=6)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--files", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:  # a child run: one engine, its figures as JSON on the last line
        print(json.dumps(run_engine(args.engine, args.files, args.rules)))
        return
    sql_section(args.rows, args.rules, args.sample_months)


if __name__ == "__main__":
    main()
