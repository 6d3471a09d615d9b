"""Running compiled rule SQL on BigQuery's public GDELT tables, with the user's own credentials.

google-cloud-bigquery is an optional extra (``pip install 'forecasts[bigquery]'``), imported only
here and only when the ``bigquery`` engine is used. Credentials and the billing project are the
client library's own (``gcloud auth application-default login``, ``GOOGLE_CLOUD_PROJECT``).

Every query is first sent as a dry run, which costs nothing and says how many bytes the real one
would scan (what BigQuery bills); a query above ``max_bytes`` is refused before it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from forecasts.events.choices import DEFAULT_MAX_BYTES


class BigQueryError(Exception):
    """BigQuery unavailable, refused or failed; the message says what to do."""


@dataclass(frozen=True)
class DryRun:
    """What a query would scan."""

    sql: str
    bytes: int


def _client() -> Any:
    try:
        from google.cloud import bigquery
    except ImportError:
        raise BigQueryError(
            "--engine bigquery needs google-cloud-bigquery: pip install 'forecasts[bigquery]' "
            "(then gcloud auth application-default login)"
        ) from None
    try:
        return bigquery.Client()
    except Exception as exc:  # the library raises many kinds (no credentials, no project)
        raise BigQueryError(
            f"cannot open a BigQuery client: {exc}; log in with gcloud auth application-default login "
            "and set GOOGLE_CLOUD_PROJECT to a project you may bill"
        ) from None


def _job_config(dry_run: bool, max_bytes: int | None) -> Any:
    from google.cloud import bigquery

    config = bigquery.QueryJobConfig(dry_run=dry_run, use_query_cache=not dry_run)
    if max_bytes is not None and not dry_run:
        # BigQuery itself refuses the job if it would bill more, a second guard after the dry run.
        config.maximum_bytes_billed = int(max_bytes)
    return config


def dry_run(sql: str, client: Any = None) -> DryRun:
    """The bytes a query would scan (a BigQuery dry-run job: free, nothing runs)."""
    client = client or _client()
    try:
        job = client.query(sql, job_config=_job_config(True, None))
    except Exception as exc:
        raise BigQueryError(f"BigQuery refused the query: {exc}") from None
    return DryRun(sql=sql, bytes=int(job.total_bytes_processed or 0))


def check_bytes(plan: DryRun, max_bytes: int) -> None:
    """Refuse a query that would scan more than ``max_bytes``."""
    if plan.bytes > max_bytes:
        raise BigQueryError(
            f"the query would scan {plan.bytes:,} bytes, more than --max-bytes {max_bytes:,}; "
            "narrow --from/--to or raise --max-bytes"
        )


def run_query(sql: str, max_bytes: int = DEFAULT_MAX_BYTES, client: Any = None) -> pd.DataFrame:
    """Run a query after a dry run within ``max_bytes``; its rows as a DataFrame."""
    client = client or _client()
    check_bytes(dry_run(sql, client), max_bytes)
    try:
        job = client.query(sql, job_config=_job_config(False, max_bytes))
        rows = [dict(row.items()) for row in job.result()]
    except Exception as exc:
        raise BigQueryError(f"BigQuery query failed: {exc}") from None
    return pd.DataFrame(rows)
