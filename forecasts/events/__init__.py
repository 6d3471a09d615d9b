"""Event history: GDELT and ACLED records kept locally in Parquet, and rules asked of them as SQL.

The check (``forecasts.resolve``) reads the newest feed files as they come; base rates need
years of the same records. This package keeps them and queries them:

  store.py     the local Parquet store (``<scenarios>/_events/``): layout, atomic writes, manifest
  sync.py      filling it: GDELT 2.0 batches from the master file list (resumable, MD5-checked),
               ACLED CSV exports
  sql.py       one compiler from a GDELT or ACLED rule to SQL, rendered for DuckDB or BigQuery;
               many GDELT rules compiled into one scan of the local store (DuckDB)
  bigquery.py  running that SQL on BigQuery's public GDELT tables (optional extra ``[bigquery]``)
  history.py   ``rule_incidents``: the qualifying incidents of a rule between two dates;
               ``batch_incidents``: those of many rules, with one pass over the store
  command.py   the ``forecasts events`` commands

Layering: this package reads ``forecasts.resolve`` (readers, matcher, scopes); nothing in
``forecasts.resolve`` imports it.
"""
