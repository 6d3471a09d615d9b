"""Bench: 1,000 rules against one day of GDELT (about 200,000 events), next to row-by-row baselines.

    .venv/bin/python bench/rules_vs_rows.py [--events 200000] [--rules 1000] [--baseline-rules 25]

Generates one day of GDELT 2.0 events in the real 61-column layout (96 batches; actor countries,
root codes, QuadClass, places and counts drawn from skewed distributions like the real export),
parses it with ``forecasts.resolve.gdelt``, and matches 1,000 generated rules the way
``forecasts check`` does (index, narrow, group into incidents, decide). Target: <= 10 s.

Baselines in the same run, on the same data:
- row by row: a Python loop over every row testing each rule, incidents summed in dicts (the way
  one writes it without pandas). Too slow for all 1,000 rules, so it runs on the first
  ``--baseline-rules`` and is scaled up; its matches are checked against the vectorized ones.
- naive vectorized: one full-length boolean mask per rule and condition (pandas, no index).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from forecasts.resolve.gdelt import GDELT_V2_COLUMNS, parse_gdelt  # noqa: E402
from forecasts.resolve.rules import (  # noqa: E402
    GdeltEvents,
    RuleMemory,
    day_number,
    decide_gdelt,
    gdelt_rows,
    remember_gdelt,
)
from forecasts.resolve.scope import RuleScope, rule_scope  # noqa: E402
from forecasts.resolve.vocabulary import CAMEO_TO_FIPS, QUAD_CLASS_OF_ROOT  # noqa: E402
from forecasts.scenario import GdeltRule, Scenario  # noqa: E402

DAY = date(2020, 1, 8)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# 25 named countries and 120 made-up ones, in both code systems (CAMEO 3 letters, FIPS 2).
CAMEO = list(CAMEO_TO_FIPS) + [f"X{a}{b}" for a in _LETTERS for b in _LETTERS][:120]
FIPS = list(CAMEO_TO_FIPS.values()) + [f"{a}{b}" for a in "QWXZJ" for b in _LETTERS][:120]
CODES = {root: [f"{root:02d}0", f"{root:02d}1", f"{root:02d}2", f"{root:02d}3"] for root in range(1, 21)}


def skewed(rng: np.random.Generator, n: int, size: int, power: float = 1.2) -> np.ndarray:
    weights = 1 / np.arange(1, n + 1) ** power
    return rng.choice(n, size=size, p=weights / weights.sum())


def generate_day(n: int, seed: int = 8) -> bytes:
    """One day of GDELT 2.0 events as the raw tab-separated export text."""
    rng = np.random.default_rng(seed)
    a1 = np.array([""] + CAMEO, dtype=object)[np.where(rng.random(n) < 0.3, 0, 1 + skewed(rng, len(CAMEO), n))]
    a2 = np.array([""] + CAMEO, dtype=object)[np.where(rng.random(n) < 0.4, 0, 1 + skewed(rng, len(CAMEO), n))]
    root = 1 + skewed(rng, 20, n, 0.6)
    code = np.array([CODES[r][k] for r, k in zip(root, rng.integers(0, 4, n), strict=True)], dtype=object)
    quad = np.array([QUAD_CLASS_OF_ROOT[r] for r in root])
    place = skewed(rng, len(FIPS), n)
    ac = np.array(FIPS, dtype=object)[place]
    batch = rng.integers(0, 96, n)
    added = np.array(
        [(datetime(2020, 1, 8) + timedelta(minutes=15 * int(b))).strftime("%Y%m%d%H%M%S") for b in range(96)],
        dtype=object,
    )[batch]
    old = rng.random(n) < 0.05
    sqldate = np.where(old, "20190108", DAY.strftime("%Y%m%d"))
    sources = 1 + skewed(rng, 40, n, 1.5)
    mentions = sources * rng.integers(1, 6, n)
    columns: dict[str, object] = {c: "" for c in GDELT_V2_COLUMNS}
    columns.update(
        {
            "GLOBALEVENTID": (900_000_000 + np.arange(n)).astype(str),
            "SQLDATE": sqldate,
            "MonthYear": [s[:6] for s in sqldate],
            "Year": [s[:4] for s in sqldate],
            "FractionDate": "2020.0877",
            "Actor1Code": [c + "GOV" if c and i % 3 == 0 else c for i, c in enumerate(a1)],
            "Actor1CountryCode": a1,
            "Actor2Code": a2,
            "Actor2CountryCode": a2,
            "IsRootEvent": "1",
            "EventCode": code,
            "EventBaseCode": code,
            "EventRootCode": [f"{r:02d}" for r in root],
            "QuadClass": quad.astype(str),
            "GoldsteinScale": "-5.0",
            "NumMentions": mentions.astype(str),
            "NumSources": sources.astype(str),
            "NumArticles": mentions.astype(str),
            "AvgTone": "-2.5",
            "ActionGeo_Type": "4",
            "ActionGeo_FullName": [f"Place {p}" for p in place],
            "ActionGeo_CountryCode": ac,
            "ActionGeo_ADM1Code": [f"{c}01" for c in ac],
            "ActionGeo_FeatureID": [
                str(-(100000 + p * 10 + k)) for p, k in zip(place, rng.integers(0, 10, n), strict=True)
            ],
            "DATEADDED": added,
            "SOURCEURL": [f"https://news.example.org/{i}" for i in range(n)],
        }
    )
    frame = pd.DataFrame(
        {c: pd.Series(columns[c] if not isinstance(columns[c], str) else [columns[c]] * n) for c in GDELT_V2_COLUMNS}
    )
    out = io.StringIO()
    frame.to_csv(out, sep="\t", header=False, index=False, quoting=csv.QUOTE_NONE, lineterminator="\n")
    return out.getvalue().encode("utf-8")


def generate_rules(n: int, seed: int = 1000) -> list[RuleScope]:
    rng = np.random.default_rng(seed)
    scopes = []
    for i in range(n):
        rule: dict[str, object] = {"feed": "gdelt"}
        if rng.random() < 0.8:
            rule["actor1_country"] = CAMEO[int(skewed(rng, len(CAMEO), 1)[0])]
        if rng.random() < 0.6:
            picks = sorted({CAMEO[int(k)] for k in skewed(rng, len(CAMEO), int(rng.integers(1, 4)))})
            rule["actor2_country"] = picks if len(picks) > 1 else picks[0]
        if rng.random() < 0.5:
            quad = int(rng.integers(1, 5))
            rule["quad_class"] = quad
            roots = [r for r in range(1, 21) if QUAD_CLASS_OF_ROOT[r] == quad]
            rule["event_root_codes"] = sorted({int(r) for r in rng.choice(roots, size=int(rng.integers(1, 4)))})
        elif rng.random() < 0.3:
            root = int(rng.integers(1, 21))
            rule["event_codes"] = [CODES[root][int(rng.integers(0, 4))]]
        if rng.random() < 0.4:
            rule["action_country"] = sorted({FIPS[int(k)] for k in skewed(rng, len(FIPS), int(rng.integers(1, 3)))})
        if rng.random() < 0.2:
            rule["actor1_code"] = f"{rule.get('actor1_country', 'USA')}GOV"
        if rng.random() < 0.15:
            rule["exclude"] = {"action_country": FIPS[int(skewed(rng, len(FIPS), 1)[0])]}
        rule["min_sources"] = int(rng.choice([1, 2, 3, 5, 10]))
        scenario = Scenario.model_validate(
            {
                "id": f"rule-{i}",
                "title": "Bench",
                "question": "Bench?",
                "created": "2020-01-01",
                "opens": "2020-01-02",
                "deadline": "2020-01-31",
                "resolution": {"criteria": "Bench.", "rule": rule},
            }
        )
        scope = rule_scope(scenario)
        assert scope is not None
        scopes.append(scope)
    return scopes


# --- the baselines ---------------------------------------------------------------------------------


def row_by_row(raw: bytes, scopes: list[RuleScope]) -> dict[str, set[str]]:
    """The plain way: every row, every rule, in Python; incidents summed in a dict."""
    # Per rule, incident key -> [mentions summed, event ids]: the bookkeeping a plain loop does.
    found: dict[str, dict[tuple[object, ...], list[Any]]] = {s.scenario_id: {} for s in scopes}
    tests = [(s, s.rule, day_number(s.first_day), day_number(s.last_day)) for s in scopes]

    def listed(value: object) -> list[object] | None:
        return None if value is None else value if isinstance(value, list) else [value]

    prepared = []
    for scope, rule, lo, hi in tests:
        assert isinstance(rule, GdeltRule)
        prepared.append(
            (
                scope.scenario_id,
                lo - 1,
                hi + 1,
                listed(rule.actor1_country),
                listed(rule.actor2_country),
                listed(rule.action_country),
                listed(rule.quad_class),
                rule.event_root_codes,
                tuple(rule.event_codes) if rule.event_codes else None,
                tuple(str(code) for code in listed(rule.actor1_code) or []) or None,
                listed(rule.exclude.action_country) if rule.exclude else None,
            )
        )
    for line in raw.decode("utf-8").splitlines():
        f = line.split("\t")
        day, a1, a2, ac, code, root, quad = int(f[1]), f[7], f[17], f[53], f[26], int(f[28]), int(f[29])
        for sid, lo, hi, c1, c2, cac, cq, roots, codes, code1, ex in prepared:
            if not lo <= day <= hi:
                continue
            if c1 is not None and a1 not in c1:
                continue
            if c2 is not None and a2 not in c2:
                continue
            if cac is not None and ac not in cac:
                continue
            if cq is not None and quad not in cq:
                continue
            if roots is not None and root not in roots:
                continue
            if codes is not None and not code.startswith(codes):
                continue
            if code1 is not None and not f[5].startswith(code1):
                continue
            if ex is not None and ac in ex:
                continue
            incident = found[sid].setdefault((day, root, a1, a2, ac), [0, set()])
            incident[0] += int(f[32])
            incident[1].add(f[0])
    return {sid: {i for _, ids in incidents.values() for i in ids} for sid, incidents in found.items()}


def naive_vectorized(frame: pd.DataFrame, scopes: list[RuleScope]) -> dict[str, int]:
    """One full-length mask per rule and condition, no index."""
    found = {}
    for scope in scopes:
        rule = scope.rule
        assert isinstance(rule, GdeltRule)
        keep = (
            frame["day"]
            .between(day_number(scope.first_day - timedelta(days=1)), day_number(scope.last_day + timedelta(days=1)))
            .to_numpy()
            .copy()
        )
        for column, value in (
            ("a1_country", rule.actor1_country),
            ("a2_country", rule.actor2_country),
            ("ac", rule.action_country),
            ("quad", rule.quad_class),
        ):
            if value is not None:
                keep &= frame[column].isin(value if isinstance(value, list) else [value]).to_numpy()
        if rule.event_root_codes:
            keep &= frame["root"].isin(rule.event_root_codes).to_numpy()
        if rule.event_codes:
            keep &= frame["code"].str.startswith(tuple(rule.event_codes)).to_numpy()
        if rule.actor1_code:
            code = rule.actor1_code
            keep &= frame["a1_code"].str.startswith(tuple(code if isinstance(code, list) else [code])).to_numpy()
        if rule.exclude is not None and rule.exclude.action_country is not None:
            ex = rule.exclude.action_country
            keep &= ~frame["ac"].isin(ex if isinstance(ex, list) else [ex]).to_numpy()
        found[scope.scenario_id] = int(keep.sum())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rules", type=int, default=1000)
    parser.add_argument("--baseline-rules", type=int, default=25)
    args = parser.parse_args()

    t = time.perf_counter()
    raw = generate_day(args.events)
    scopes = generate_rules(args.rules)
    print(
        f"generated {args.events:,} events ({len(raw) / 1e6:.0f} MB, 61 columns) and {len(scopes):,} rules in {time.perf_counter() - t:.1f} s"
    )

    t0 = time.perf_counter()
    table = parse_gdelt(raw, "bench.export.CSV")
    t1 = time.perf_counter()
    events = GdeltEvents(table.frame)
    t2 = time.perf_counter()
    matched_rows = 0
    matched_rules = 0
    sampled: dict[str, np.ndarray] = {}
    sample = scopes[: args.baseline_rules]
    for scope in scopes:
        rows = gdelt_rows(events, scope)
        memory = RuleMemory(fingerprint=scope.fingerprint, feed="gdelt")
        remember_gdelt(memory, "bench", events, rows, scope)
        decision = decide_gdelt(scope, memory)
        matched_rows += rows.size
        matched_rules += decision.matched
        if len(sampled) < len(sample):
            sampled[scope.scenario_id] = rows
    t3 = time.perf_counter()
    match_seconds = t3 - t2

    b0 = time.perf_counter()
    reference = row_by_row(raw, sample)
    b1 = time.perf_counter()
    baseline_seconds = (b1 - b0) * len(scopes) / len(sample)
    n0 = time.perf_counter()
    naive_vectorized(table.frame, scopes)
    n1 = time.perf_counter()

    ids = events.frame["id"].to_numpy(dtype=object)
    for scope in sample:
        got = set(ids[sampled[scope.scenario_id]].tolist())
        assert got == reference[scope.scenario_id], f"{scope.scenario_id}: vectorized and row-by-row disagree"

    print(f"{args.rules:,} rules matched {matched_rows:,} rows in all; {matched_rules:,} rules satisfied")
    print()
    print(f"{'method':<58}{'seconds':>9}{'ms/rule':>10}")
    print(f"{'parse the day (forecasts.resolve.gdelt)':<58}{t1 - t0:>9.2f}{'':>10}")
    print(f"{'index the table (GdeltEvents)':<58}{t2 - t1:>9.2f}{'':>10}")
    print(
        f"{'forecasts: match + incidents + decide, 1,000 rules':<58}{match_seconds:>9.2f}{1000 * match_seconds / len(scopes):>10.2f}"
    )
    print(
        f"{'baseline: naive vectorized masks (rows only, no incidents)':<58}{n1 - n0:>9.2f}{1000 * (n1 - n0) / len(scopes):>10.2f}"
    )
    label = f"baseline: row by row in Python ({len(sample)} rules, scaled)"
    print(f"{label:<58}{baseline_seconds:>9.2f}{1000 * baseline_seconds / len(scopes):>10.2f}")
    total = t3 - t0
    print()
    print(
        f"end to end (parse + index + 1,000 rules): {total:.2f} s — target <= 10 s: {'met' if total <= 10 else 'MISSED'}"
    )
    print(f"row-by-row agreed with the vectorized matches on all {len(sample)} sampled rules")
    return 0 if total <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
