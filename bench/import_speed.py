"""Import PredictionBook's forecasts from ../shared twice (target: 30,000 forecasts in under 30 s).

The first run creates the scenario files, the second finds every one unchanged. Prints both times.
Run from the repository: ``python bench/import_speed.py``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from forecasts.track_record.platforms import read_predictionbook
from forecasts.track_record.scenario_files import write_questions

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "forecasts" / "predictionbook" / "forecasts.csv.gz"


def main() -> None:
    if not SHARED.exists():
        sys.exit(f"{SHARED} not found: the ../shared reference material sits beside the checkout only in development")
    with tempfile.TemporaryDirectory() as folder:
        scenarios = Path(folder) / "scenarios"
        for run in ("first import", "re-import"):
            started = time.perf_counter()
            batch = read_predictionbook(SHARED)
            report = write_questions(list(batch.questions.values()), scenarios, "predictionbook")
            seconds = time.perf_counter() - started
            print(
                f"{run}: {batch.forecast_count:,} forecasts on {len(batch.questions):,} questions in {seconds:.1f} s "
                f"({len(report.created):,} created, {report.unchanged:,} unchanged, {len(batch.problems) + len(report.problems)} skipped)"
            )


if __name__ == "__main__":
    main()
