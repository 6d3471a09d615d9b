"""The check's feed reading: list each feed's files, skip what every open rule has seen, parse the
rest and add what each rule finds to its memory.

Input: the run's options, the open rules' scopes and memories, the check's state (its file
registry and GDELT batch watermarks) and the run's flags. Output (``FeedReading``): a report per
feed file and audit records; the memories gain the files' matches and coverage and the state's
registry the files read. A file that is missing, unreachable or corrupt is void for the run.
This is the only part of the check that needs pandas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd

from forecasts.dates import start_instant
from forecasts.resolve.acled import AcledFormatError, parse_acled
from forecasts.resolve.check_options import CheckOptions
from forecasts.resolve.cursor import CheckState, intervals_of, merge_intervals, missing_parts, pairs_of
from forecasts.resolve.feeds import (
    FeedBlob,
    FeedKind,
    FeedRef,
    FeedSpec,
    FeedUnavailable,
    Interval,
    batch_interval,
    list_feed,
    sniff_kind,
)
from forecasts.resolve.findings import AuditRecord, FeedReport, Flags
from forecasts.resolve.gdelt import GdeltFormatError, parse_gdelt
from forecasts.resolve.rules import (
    GdeltEvents,
    RuleMemory,
    acled_rows,
    gdelt_rows,
    number_day,
    remember_acled,
    remember_gdelt,
)
from forecasts.resolve.scope import RuleScope


@dataclass
class FeedReading:
    """Reads the run's feeds into the rules' memories; ``read()`` fills ``reports`` and ``audit``."""

    options: CheckOptions
    scopes: dict[str, RuleScope]
    memories: dict[str, RuleMemory]
    state: CheckState
    flags: Flags
    reports: list[FeedReport] = field(default_factory=list)
    audit: list[AuditRecord] = field(default_factory=list)

    def read(self) -> None:
        """Read every feed of the options (see the module docstring)."""
        for spec in self.options.feeds:
            self._read_feed(spec)

    def _read_feed(self, spec: FeedSpec) -> None:
        candidates = [s for s in self.scopes.values() if spec.kind is None or s.feed == spec.kind]
        if not candidates:
            self.reports.append(FeedReport(str(spec), spec.location, "unused", message="no open rule needs this feed"))
            return
        watermark_text = self.state.batches.get(spec.location)
        watermark = datetime.fromisoformat(watermark_text) if watermark_text else None
        try:
            refs = list_feed(spec, watermark, self.options.since, self.options.max_batches)
        except FeedUnavailable as exc:
            self._void(spec, exc.origin, exc.reason)
            return
        newest_batch: datetime | None = None
        for ref in refs:
            if self._read_ref(spec, ref, candidates) and ref.interval is not None:
                newest_batch = max(newest_batch or ref.interval.start, ref.interval.start)
        if spec.is_lastupdate and newest_batch is not None:
            self.state.batches[spec.location] = newest_batch.isoformat()

    def _needs(self, scope: RuleScope, covers: Interval | None) -> bool:
        """Whether a rule still has to be checked against a file covering ``covers``."""
        if self.options.since is not None or covers is None:
            return True
        if covers.end <= scope.start - timedelta(days=1):
            return False  # wholly before the window: nothing in it can be dated inside
        covered = intervals_of(self.memories[scope.scenario_id].covered)
        return bool(missing_parts(covered, covers))

    def _void(self, spec: FeedSpec, origin: str, reason: str) -> None:
        # A reason that starts with ':' carries a line number (file:line: message).
        message = f"void: feed unavailable: {origin}{reason if reason.startswith(':') else ': ' + reason}"
        self.reports.append(FeedReport(str(spec), origin, "void", message=reason.removeprefix(":").lstrip(": ")))
        self.flags.add("feed", message + "; nothing was resolved from it this run")
        self.audit.append({"action": "void", "feed": str(spec), "origin": origin, "reason": reason})

    def _read_ref(self, spec: FeedSpec, ref: FeedRef, candidates: list[RuleScope]) -> bool:
        key = ref.known_key or self.state.key_for_stat(ref.stat_key)
        if key is not None and key in self.state.files:
            seen = self.state.files[key]
            full = intervals_of([seen["covers"]])[0] if seen.get("covers") else None
            covers = full.clip(self.options.since, self.options.now) if full else None
            kind = seen.get("feed")
            needing = [s for s in candidates if s.feed == kind and self._needs(s, covers)] if covers else []
            if self.options.since is None and not needing:
                self.reports.append(
                    FeedReport(str(spec), ref.origin, "skipped", message="read before; every open rule has seen it")
                )
                return True
        try:
            blobs = ref.fetch()
        except FeedUnavailable as exc:
            self._void(spec, exc.origin, exc.reason)
            return False
        ok = True
        for blob in blobs:
            ok = self._read_blob(spec, ref, blob, candidates, single=len(blobs) == 1) and ok
        return ok

    def _read_blob(
        self, spec: FeedSpec, ref: FeedRef, blob: FeedBlob, candidates: list[RuleScope], single: bool
    ) -> bool:
        kind = spec.kind or sniff_kind(blob)
        if kind is None:
            self._void(
                spec, blob.origin, "neither a GDELT events file nor an ACLED export; write gdelt=... or acled=..."
            )
            return False
        try:
            if kind == "gdelt":
                gdelt = parse_gdelt(blob.data, blob.origin)
                frame = gdelt.frame
                layout = (
                    ", ".join(f"{k}: {v:,}" for k, v in gdelt.layouts.items())
                    if len(gdelt.layouts) > 1
                    else "".join(gdelt.layouts)
                )
            else:
                acled = parse_acled(blob.data, blob.origin)
                frame, layout = acled.frame, acled.layout
        except (GdeltFormatError, AcledFormatError) as exc:
            self._void(spec, blob.origin, str(exc).removeprefix(blob.origin))
            return False
        frame, full, covers = self._clip(kind, blob, frame)
        key = blob.key
        needing = [s for s in candidates if s.feed == kind and self._needs(s, covers)]
        if needing and len(frame):
            if kind == "gdelt":
                events = GdeltEvents(frame)
                for scope in needing:
                    remember_gdelt(self.memories[scope.scenario_id], key, events, gdelt_rows(events, scope), scope)
            else:
                for scope in needing:
                    remember_acled(self.memories[scope.scenario_id], key, frame, acled_rows(frame, scope))
        if covers is not None:
            for scope in needing:
                memory = self.memories[scope.scenario_id]
                memory.covered = pairs_of(merge_intervals([*intervals_of(memory.covered), covers]))
        # The registry keeps what the whole file covers; a run as of an earlier --as-of only
        # credits its rules with the part up to then, so a later run reads the file again.
        pair = (full.start.isoformat(), full.end.isoformat()) if full else None
        entry: dict[str, Any] = {"feed": kind, "origin": blob.origin, "rows": len(frame), "layout": layout}
        entry["covers"] = list(pair) if pair else None
        if single and ref.stat_key:
            entry["stat"] = ref.stat_key
        self.state.files[key] = entry
        shown = (covers.start.isoformat(), covers.end.isoformat()) if covers else None
        self.reports.append(FeedReport(str(spec), blob.origin, "read", len(frame), layout, shown))
        self.audit.append(
            {"action": "read", "feed": kind, "file": key, "origin": blob.origin, "rows": len(frame), "covers": shown}
        )
        return True

    def _clip(
        self, kind: FeedKind, blob: FeedBlob, frame: pd.DataFrame
    ) -> tuple[pd.DataFrame, Interval | None, Interval | None]:
        """Drop events after ``now`` (and before ``--since``); what the file covers, and the part this run uses."""
        now, since = self.options.now, self.options.since
        if kind == "gdelt":
            added = frame["added"].to_numpy()
            keep = added <= now.timestamp()
            if since is not None:
                keep &= added >= since.timestamp()
            kept = frame[keep]
            covers = batch_interval(blob.name)
            if covers is None and len(frame):
                first = datetime.fromtimestamp(int(added.min()), UTC)
                last = datetime.fromtimestamp(int(added.max()), UTC)
                covers = Interval(_day_start(first), _day_start(last) + timedelta(days=1))
        else:
            day = frame["day"].to_numpy()
            keep = day <= now.year * 10000 + now.month * 100 + now.day
            if since is not None:
                keep &= day >= since.year * 10000 + since.month * 100 + since.day
            kept = frame[keep]
            covers = None
            if len(frame):
                first_day, last_day = number_day(int(np.min(day))), number_day(int(np.max(day)))
                covers = Interval(start_instant(first_day), start_instant(last_day) + timedelta(days=1))
        used = covers.clip(since, now) if covers is not None else None
        return kept.reset_index(drop=True), covers, used


def _day_start(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)
