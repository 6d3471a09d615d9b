"""The check's audit log: one JSON object per line, appended, never rewritten.

``<scenarios>/.forecasts/audit.jsonl`` records every action a check takes: each feed file read
(``read``) or found unusable (``void``), each resolution or annulment written (``resolve``,
``annul``, ``imply``), and each new reason a scenario needs a person (``flag``). Every record
carries the run id, the wall-clock time (``time``) and the time the check ran as (``now``).
A run that does nothing writes nothing, so repeating a check leaves the log as it was.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from forecasts.resolve.cursor import AUDIT_FILE


def append_audit(folder: Path, records: list[dict[str, Any]]) -> None:
    """Append records to the audit log in ``folder`` and flush them to disk."""
    if not records:
        return
    folder.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) + "\n" for r in records)
    fd = os.open(folder / AUDIT_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        data = text.encode("utf-8")
        while data:
            written = os.write(fd, data)
            data = data[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def read_audit(folder: Path) -> list[dict[str, Any]]:
    """Every record of the audit log in ``folder`` (empty if there is none)."""
    path = folder / AUDIT_FILE
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
