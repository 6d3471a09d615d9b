"""The check's memory between runs: files read, what each rule found, where the feeds stand.

Kept in ``<scenarios>/.forecasts/check-state.json`` (a hidden folder, so the scenario loader
skips it), written atomically and only when something changed, so a run that learns nothing new
leaves every byte as it was. It holds:

- ``files``: every feed file read, by cursor key (a GDELT batch name, or name#content-hash), with
  the stretch of time it covers. A file already read is not read again unless some open rule
  has not been checked against it yet (a rule added or edited later).
- ``rules``: per scenario, the rule's fingerprint, the time its feed has covered for it and the
  incidents or events found so far (``forecasts.resolve.rules.RuleMemory``). Editing the rule
  changes its fingerprint and starts it over.
- ``batches``: for each lastupdate.txt source, the last 15-minute batch fetched.
- ``probabilities``: each open scenario's shown probability at the last check (to report moves).
- ``flags``: what each scenario was last flagged for (so the audit log records a flag once).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from forecasts.resolve.feeds import Interval
from forecasts.resolve.rules import RuleMemory

STATE_DIR = ".forecasts"
STATE_FILE = "check-state.json"
AUDIT_FILE = "audit.jsonl"
VERSION = 1


class StateError(ValueError):
    """A state file that cannot be read back; the check stops rather than guess."""


def state_dir(root: Path) -> Path:
    """Where the check keeps its state and audit log for a scenarios folder."""
    return root / STATE_DIR


# --- coverage: sorted, merged half-open UTC intervals ----------------------------------------


def _parse_instant(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise StateError(f"{text!r} has no timezone")
    return value


def intervals_of(pairs: list[list[str]]) -> list[Interval]:
    """Coverage as stored (ISO pairs) -> intervals."""
    return [Interval(_parse_instant(a), _parse_instant(b)) for a, b in pairs]


def pairs_of(intervals: list[Interval]) -> list[list[str]]:
    """Intervals -> coverage as stored."""
    return [[i.start.isoformat(), i.end.isoformat()] for i in intervals]


def merge_intervals(intervals: list[Interval]) -> list[Interval]:
    """Sorted, with touching or overlapping intervals joined."""
    merged: list[Interval] = []
    for item in sorted(intervals, key=lambda i: (i.start, i.end)):
        if merged and item.start <= merged[-1].end:
            if item.end > merged[-1].end:
                merged[-1] = Interval(merged[-1].start, item.end)
        else:
            merged.append(item)
    return merged


def missing_parts(covered: list[Interval], wanted: Interval) -> list[Interval]:
    """The parts of ``wanted`` that ``covered`` (merged) does not cover."""
    gaps: list[Interval] = []
    cursor = wanted.start
    for item in covered:
        if item.end <= cursor:
            continue
        if item.start >= wanted.end:
            break
        if item.start > cursor:
            gaps.append(Interval(cursor, min(item.start, wanted.end)))
        cursor = max(cursor, item.end)
        if cursor >= wanted.end:
            break
    if cursor < wanted.end:
        gaps.append(Interval(cursor, wanted.end))
    return gaps


# --- the state file ---------------------------------------------------------------------------


@dataclass
class CheckState:
    """Everything the check remembers between runs (see the module docstring)."""

    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    rules: dict[str, RuleMemory] = field(default_factory=dict)
    batches: dict[str, str] = field(default_factory=dict)
    probabilities: dict[str, Any] = field(default_factory=dict)
    flags: dict[str, list[str]] = field(default_factory=dict)

    def key_for_stat(self, stat_key: str | None) -> str | None:
        """The cursor key of a local file seen before with the same path, size and mtime."""
        if stat_key is None:
            return None
        for key, info in self.files.items():
            if info.get("stat") == stat_key:
                return key
        return None

    def to_text(self) -> str:
        """The state as stable JSON text (sorted keys), so unchanged state gives unchanged bytes."""
        data = {
            "version": VERSION,
            "files": self.files,
            "rules": {key: memory.to_data() for key, memory in self.rules.items()},
            "batches": self.batches,
            "probabilities": self.probabilities,
            "flags": self.flags,
        }
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to remember."""
        return not (self.files or self.rules or self.batches or self.probabilities or self.flags)


def load_state(root: Path) -> CheckState:
    """The remembered state of a scenarios folder (empty on the first run); raises StateError if corrupt."""
    path = state_dir(root) / STATE_FILE
    if not path.exists():
        return CheckState()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise StateError(f"unknown state version {data.get('version') if isinstance(data, dict) else data!r}")
        state = CheckState(
            files={str(k): dict(v) for k, v in (data.get("files") or {}).items()},
            rules={str(k): RuleMemory.from_data(v) for k, v in (data.get("rules") or {}).items()},
            batches={str(k): str(v) for k, v in (data.get("batches") or {}).items()},
            probabilities=dict(data.get("probabilities") or {}),
            flags={str(k): [str(x) for x in v] for k, v in (data.get("flags") or {}).items()},
        )
        for memory in state.rules.values():
            intervals_of(memory.covered)
        return state
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StateError(
            f"{path}: cannot read the check's state ({exc}); move the file away to start over "
            "(the next run reads the feeds you pass again)"
        ) from None
