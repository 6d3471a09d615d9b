"""Benchmark: load and validate a tree of 1,000 scenario files.

Prints the time of `load_catalog` (strict parse with line numbers + schema + cross-file checks)
next to two baselines run on the same files in the same run: plain `yaml.safe_load` (PyYAML's
pure-Python loader, what a naive implementation would use) and libyaml's CSafeLoader without
validation (the floor for any YAML-based store).

    python bench/load_scenarios.py [--files 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import yaml

from forecasts.store import load_catalog

TEMPLATE = """\
# Generated scenario {i} for the load benchmark.
id: {sid}
title: Generated scenario {i}
question: Will event {i} happen between 2020-01-05 and {deadline}?
kind: binary
case: {case}
tags: [bench, escalation]
created: 2020-01-04
opens: 2020-01-05
deadline: {deadline}
status: open
resolution:
  criteria: >-
    Yes if at least two major news agencies report event {i} inside the window;
    reports of plans or threats do not count.
  sources: [Reuters, AP, AFP]
  rule:
    feed: gdelt
    actor1_country: IRN
    actor2_country: USA
    quad_class: 4
    event_root_codes: [18, 19, 20]
    action_country: [IZ, IR]
    min_sources: 3
    on_match: yes
    on_deadline_without_match: flag
ladder: {{name: ladder-{ladder}, rung: {rung}}}
sources:
  - quote: "The reprisal will probably come in the next two weeks"
    speaker: Analyst {i}
    role: analyst
    outlet: Example Outlet
    url: https://example.org/{i}
    published: 2020-01-04
    hedge: probably
  - quote: "An attack is unlikely before the funeral"
    speaker: Official {i}
    hedge: unlikely
    polarity: negative
history:
{history}"""

ENTRY = """\
- type: forecast
  at: {at}
  by: forecaster-{who}
  probability: {p}
  note: update {k}
"""


def write_tree(root: Path, count: int) -> int:
    """Write ``count`` scenario files (10 forecasts each) under ``root``; return total bytes."""
    total = 0
    start = datetime(2020, 1, 5, tzinfo=UTC)
    for i in range(count):
        case = f"case-{i % 20:02d}"
        history = "".join(
            ENTRY.format(at=(start + timedelta(hours=6 * k)).isoformat(), who=k % 4, p=round(0.1 + 0.08 * k, 2), k=k)
            for k in range(10)
        )
        text = TEMPLATE.format(
            i=i,
            sid=f"scenario-{i:04d}",
            case=case,
            deadline=date(2020, 3, 31).isoformat(),
            ladder=i // 6,
            rung=i % 6 + 1,
            history=history,
        )
        path = root / case / f"scenario-{i:04d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        total += len(text.encode())
    return total


def timed(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        size = write_tree(root, args.files)
        paths = sorted(root.rglob("*.yaml"))
        catalog = load_catalog(root)
        assert not catalog.problems, catalog.problems[:3]
        assert len(catalog.files) == args.files

        def naive() -> None:
            for p in paths:
                yaml.safe_load(p.read_text())

        def floor() -> None:
            for p in paths:
                yaml.load(p.read_text(), Loader=yaml.CSafeLoader)

        ours = timed(lambda: load_catalog(root), args.repeat)
        base = timed(naive, max(1, args.repeat // 2))
        fast = timed(floor, args.repeat)
    print(f"{args.files} scenario files, {size / 1e6:.1f} MB, median of {args.repeat} runs")
    print(f"{'method':<48}{'seconds':>10}{'ms/file':>10}")
    for label, seconds in [
        ("forecasts load_catalog (parse+lines+schema+xref)", ours),
        ("baseline: yaml.safe_load, no validation", base),
        ("floor: libyaml CSafeLoader, no validation", fast),
    ]:
        print(f"{label:<48}{seconds:>10.3f}{seconds / args.files * 1000:>10.3f}")
    print(f"target: 1,000 files well under 1 s -> {'met' if ours < 1 and args.files >= 1000 else 'NOT met'}")


if __name__ == "__main__":
    main()
