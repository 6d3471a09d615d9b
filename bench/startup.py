"""Benchmark: how long the commands that fit nothing take to start, beside `import pymc`.

Each command runs in a fresh interpreter (as a person or cron runs it), ``--repeat`` times;
the median wall time is printed beside ``python -c "import pymc"`` measured in the same run,
so a busy machine slows both alike, and the median CPU time (user + system) of the process,
which a machine busy with other work barely changes. Target: under 0.5 s for ``forecasts list`` and the other
commands that read the scenarios but fit no model.

Also printed: the heavy libraries that ``import forecasts.cli`` loads (none should be: pandas,
numpy, pymc, ... are imported by the commands that use them, when they run) and the slowest
first-party modules of that import, from ``python -X importtime``.

    python bench/startup.py [--repeat 7] [--scenarios scenarios] [--checkout DIR]

``--checkout DIR`` times another copy of the code (say ``git worktree add /tmp/before <commit>``)
with this interpreter, for a before/after in the same conditions.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TARGET_SECONDS = 0.5
# Libraries that cost a tenth of a second or more to import; the CLI must not load them up front.
HEAVY = ("pandas", "numpy", "scipy", "pymc", "pytensor", "arviz", "streamlit", "altair", "duckdb", "sqlglot", "pyarrow")


def run_times(argv: list[str], repeat: int, env: dict[str, str], code: Path) -> tuple[float, float]:
    """Median wall and CPU seconds of ``argv`` run ``repeat`` times in fresh processes (it must succeed)."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(argv, cwd=code, env=env, capture_output=True, text=True, check=False)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return statistics.median(walls), statistics.median(cpus)


def heavy_imports(env: dict[str, str], code: Path) -> list[str]:
    """The heavy libraries ``import forecasts.cli`` loads."""
    script = f"import sys, forecasts.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], cwd=code, env=env, capture_output=True, text=True, check=True)
    return done.stdout.split()


def slowest_modules(env: dict[str, str], code: Path, count: int = 8) -> list[tuple[str, float]]:
    """First-party modules of ``import forecasts.cli`` by cumulative import time, slowest first."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import forecasts.cli"],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found: list[tuple[str, float]] = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[2].strip().startswith("forecasts."):
            continue
        try:
            found.append((parts[2].strip(), int(parts[1]) / 1e6))
        except ValueError:
            continue  # the header line
    return sorted(found, key=lambda item: -item[1])[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--scenarios", type=Path, default=REPO / "scenarios")
    parser.add_argument("--checkout", type=Path, default=REPO, help="the copy of the code to time (default: this one)")
    args = parser.parse_args()
    code = args.checkout.resolve()
    env = {**os.environ, "FORECASTS_SCENARIOS": str(args.scenarios.resolve())}
    if code != REPO:
        env["PYTHONPATH"] = str(code)  # ahead of the installed (editable) package
    python = sys.executable
    cli = [python, "-m", "forecasts"]
    some_id = "iran-direct-strike"
    cases = [
        ("python -c pass (the interpreter alone)", [python, "-c", "pass"]),
        ('python -c "import pymc" (reference)', [python, "-c", "import pymc"]),
        ("forecasts --help", [*cli, "--help"]),
        ("forecasts list", [*cli, "list"]),
        ("forecasts list --as-of 2020-01-04", [*cli, "list", "--as-of", "2020-01-04"]),
        (f"forecasts show {some_id}", [*cli, "show", some_id]),
        ("forecasts validate", [*cli, "validate"]),
        ("forecasts check --help", [*cli, "check", "--help"]),
    ]
    results = [(label, *run_times(argv, args.repeat, env, code)) for label, argv in cases]
    print(f"code {code}, scenarios {args.scenarios}; median of {args.repeat} fresh processes each")
    print(f"{'what':<48}{'wall s':>10}{'CPU s':>10}")
    for label, wall, cpu in results:
        print(f"{label:<48}{wall:>10.3f}{cpu:>10.3f}")
    loaded = heavy_imports(env, code)
    print(f"heavy libraries loaded by `import forecasts.cli`: {', '.join(loaded) or 'none'}")
    print("slowest first-party modules of that import (cumulative):")
    for name, seconds in slowest_modules(env, code):
        print(f"  {name:<46}{seconds:>10.3f}")
    fitting_nothing = [(wall, cpu) for label, wall, cpu in results if label.startswith("forecasts")]
    worst_wall = max(wall for wall, _ in fitting_nothing)
    worst_cpu = max(cpu for _, cpu in fitting_nothing)
    verdict = "met" if worst_wall < TARGET_SECONDS else "NOT met"
    print(
        f"target: commands that fit nothing start in < {TARGET_SECONDS} s -> {verdict} "
        f"(worst wall {worst_wall:.3f} s, worst CPU {worst_cpu:.3f} s)"
    )


if __name__ == "__main__":
    main()
