"""What the event commands offer before any history is read: engines, BigQuery's byte cap,
GDELT's file list.

Kept apart from the modules that read and query the store (pandas, pyarrow, sqlglot) so that the
command line can declare ``forecasts events`` and ``forecasts baserate`` without loading them:
commands that fit nothing start fast.
"""

from __future__ import annotations

# Where a rule's history query runs.
ENGINES = ("duckdb", "bigquery", "pandas")
# 20 GB: a few years of the 2.0 table's columns a rule reads; a full-table scan is about 10 times that.
DEFAULT_MAX_BYTES = 20 * 10**9
# GDELT 2.0's list of every 15-minute file (1.0's daily files are listed in md5sums).
MASTER_LIST = "http://data.gdeltproject.org/gdeltv2/masterfilelist.txt"
