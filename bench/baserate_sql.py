"""Rules as SQL at archive scale (issue 18, item 5): DuckDB, batched and per rule, against the check's pandas matcher.

    .venv/bin/python bench/baserate_sql.py [--rows 50000000] [--rules 100] [--pandas-months N] [--keep]
    .venv/bin/python bench/baserate_sql.py --rows 2000000 --rules 20        # a quick check (about a minute)

(``python bench/baserate.py`` runs it as its section 2, after the outside view in the model.)

100 generated GDELT rules are asked of 50 million synthetic GDELT events (five years, 2015-2019,
written as Parquet to /tmp/forecasts-bench-history, deleted at the end unless ``--keep``) through
``forecasts.events.history``, three ways over the same store:

- DuckDB, batched (``batch_incidents``, what ``forecasts baserate`` runs for a ladder or ``--all``):
  one scan of the store for all the rules;
- DuckDB, one query per rule (``duckdb_incidents`` on one connection: the path before batching);
- the check's pandas matcher (``pandas_batch_incidents``), reading the store one partition at a
  time as the check reads its feed files, every rule on each. With ``--pandas-months N`` it reads
  only the first N months, and its time is extrapolated to the whole store by the ratio of rows
  (the table says so); by default it reads everything.

Each runs in a subprocess of its own, so the memory peak printed is that engine's alone (peak
resident set size of the process, reading included); CPU is the process's user + system time,
start-up (about a second of imports) included (the machine is shared: wall time moves with the
load, CPU time much less; DuckDB uses both cores, the pandas matcher one). The incidents of every rule
(days, keys, ids, URLs, totals, places) are compared across the three.

Targets: DuckDB <= 60 s for the 100 rules over 50 million rows on two cores, and >= 10x faster
than the pandas path.

The rows are drawn with numpy and written with pyarrow (no Python loop per row): actor
countries, root codes and places from skewed distributions like the real export, QuadClass from
the root, counts heavy-tailed, one row in a hundred first reported more than a week late.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
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


ENGINES = {
    "batch": "DuckDB, batched: one scan",
    "per-rule": "DuckDB, one query per rule",
    "pandas": "pandas matcher, day by day",
}


def digest(incidents: list[Any]) -> str:
    """A fingerprint of a rule's incidents, everything in them (days, keys, ids, URLs, totals, places)."""
    return hashlib.sha256(repr(incidents).encode()).hexdigest()[:16]


def run_engine(engine: str, files_limit: int | None, rules: int) -> dict[str, Any]:
    """In this process: every rule over the store (or its first ``files_limit`` monthly files)."""
    from forecasts.events.history import (
        batch_incidents,
        duckdb_connection,
        duckdb_incidents,
        pandas_batch_incidents,
    )
    from forecasts.events.sql import RulePeriod
    from forecasts.events.store import parquet_files

    files = parquet_files(STORE, "gdelt")[:files_limit]
    last = date.fromisoformat(files[-1].parent.name[4:])  # the first day of the last month read
    following = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    until = min(PERIOD[1], date.fromordinal(following.toordinal() - 1))
    requests = [RulePeriod(rule, PERIOD[0], until) for rule in bench_rules(rules)]
    started = time.perf_counter()
    if engine == "batch":
        if files_limit:
            raise SystemExit("the batched engine reads the whole store (batch_incidents)")
        found = batch_incidents(requests, store=STORE)
    elif engine == "per-rule":
        connection = duckdb_connection(files, "gdelt")
        found = [duckdb_incidents(*request, files, connection=connection) for request in requests]
    else:
        found = pandas_batch_incidents(requests, {"gdelt": files})
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    import pyarrow.parquet as pq

    rows = sum(pq.ParquetFile(path).metadata.num_rows for path in files)
    return {
        "engine": engine,
        "rows": rows,
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_bytes": usage.ru_maxrss * 1024,
        "counts": [len(f) for f in found],
        "digests": [digest(f) for f in found],
    }


def in_subprocess(engine: str, files_limit: int | None, rules: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--engine", engine, "--rules", str(rules)]
    if files_limit:
        command += ["--files", str(files_limit)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def sql_section(rows: int = 50_000_000, rules: int = 100, pandas_months: int | None = None, keep: bool = False) -> None:
    """Section 2 of bench/baserate.py: the figures, printed."""
    started = time.perf_counter()
    ensure_store(rows)
    made = json.loads((STORE / "bench.json").read_text())
    print(
        f"store: {rows:,} synthetic GDELT rows, {PERIOD[0]} … {PERIOD[1]}, in {STORE} "
        f"(generated in {made['seconds']} s; this check {time.perf_counter() - started:.1f} s)"
    )
    try:
        results = {engine: in_subprocess(engine, None, rules) for engine in ("batch", "per-rule")}
        results["pandas"] = in_subprocess("pandas", pandas_months, rules)
        if pandas_months:
            # DuckDB on the same sample, for the equality check there.
            sample = in_subprocess("per-rule", pandas_months, rules)
    finally:
        if not keep:
            shutil.rmtree(STORE, ignore_errors=True)
    batch, per_rule, pandas = results["batch"], results["per-rule"], results["pandas"]
    matched = sum(1 for count in batch["counts"] if count)
    print(f"{rules} rules over the whole period; {matched} find incidents, {sum(batch['counts']):,} incidents in all")
    print(f"{'engine':<44}{'rows':>13}{'wall s':>9}{'CPU s':>9}{'peak RSS':>11}{'x pandas, wall':>16}{'CPU':>6}")
    # The pandas path's figures for the whole store (scaled by rows when it read only a sample).
    scale = batch["rows"] / pandas["rows"]
    pandas_wall, pandas_cpu = pandas["seconds"] * scale, pandas["cpu"] * scale
    for engine, result in results.items():
        label = ENGINES[engine] + (f", first {pandas_months} months" if engine == "pandas" and pandas_months else "")
        speed = ""
        if engine != "pandas" or not pandas_months:
            speed = f"{pandas_wall / result['seconds']:>15.1f}x{pandas_cpu / result['cpu']:>5.1f}x"
        print(
            f"{label:<44}{result['rows']:>13,}{result['seconds']:>9.1f}{result['cpu']:>9.1f}"
            f"{result['peak_bytes'] / 2**30:>8.2f} GB{speed}"
        )
    if pandas_months:
        print(
            f"{'pandas matcher, EXTRAPOLATED':<44}{batch['rows']:>13,}{pandas_wall:>9.0f}{pandas_cpu:>9.0f}"
            f"   <- not measured: {pandas['seconds']:.1f} s on {pandas['rows']:,} rows x {scale:.2f}"
        )
    print(
        f"batched vs per rule: {per_rule['seconds'] / batch['seconds']:.1f}x wall, "
        f"{per_rule['cpu'] / batch['cpu']:.1f}x CPU"
    )
    same = batch["digests"] == per_rule["digests"]
    if pandas_months:
        same_pandas = sample["digests"] == pandas["digests"]
        where = f"pandas = DuckDB per rule on the first {pandas_months} months: {same_pandas}"
    else:
        same_pandas = pandas["digests"] == batch["digests"]
        where = f"pandas = batched on the whole store: {same_pandas}"
    print(f"incidents equal, rule by rule: batched = per rule: {same}; {where}")
    print(
        f"targets: batched <= 60 s: {'met' if batch['seconds'] <= 60 else 'missed'}; "
        f">= 10x the pandas path: {'met' if pandas_wall / batch['seconds'] >= 10 else 'missed'} by wall time, "
        f"{'met' if pandas_cpu / batch['cpu'] >= 10 else 'missed'} by CPU time"
        + (" (against the extrapolated pandas time)" if pandas_months else "")
    )
    if not keep:
        print(f"(the store in {STORE} was deleted; --keep keeps it for the next run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000_000, help="synthetic GDELT rows (default 50,000,000)")
    parser.add_argument("--rules", type=int, default=100, help="generated rules (default 100)")
    parser.add_argument(
        "--pandas-months",
        type=int,
        default=None,
        help="run the pandas matcher on the first N months only and extrapolate (default: the whole store)",
    )
    parser.add_argument("--keep", action="store_true", help=f"keep the generated store in {STORE} for the next run")
    parser.add_argument("--engine", choices=sorted(ENGINES), help=argparse.SUPPRESS)
    parser.add_argument("--files", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:  # a child run: one engine, its figures as JSON on the last line
        print(json.dumps(run_engine(args.engine, args.files, args.rules)))
        return
    sql_section(args.rows, args.rules, args.pandas_months, args.keep)


if __name__ == "__main__":
    main()
