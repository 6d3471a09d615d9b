"""The check's writing: resolutions into the scenario files, the audit log, the check's state.

Input: the planned actions, the run's flags and audit records, the rules' memories and the state
as loaded (with its text, to leave an unchanged state's file alone). Output (``Written``): the
actions as written (``written=True``) or not, and the errors met; the files, the audit log and
the state file change on disk. A dry run never comes here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from forecasts.dates import now_utc
from forecasts.problems import ScenarioError, display_path
from forecasts.provenance import cli_origin
from forecasts.resolve.audit import append_audit
from forecasts.resolve.check_options import CheckOptions
from forecasts.resolve.cursor import STATE_FILE, CheckState, state_dir
from forecasts.resolve.findings import Action, AuditRecord, Flags
from forecasts.resolve.planning import has_resolution, web_url
from forecasts.resolve.rules import Evidence, RuleMemory
from forecasts.resolve.scope import RuleScope
from forecasts.scenario import FeedEvent, ResolutionEntry
from forecasts.store import ScenarioFile, append_history_entry, replace_file

BY = "forecasts check"
PRUNE_MARGIN_DAYS = 7


class _ResolvedMeanwhile(Exception):
    """A person resolved the scenario between the check's plan and its write."""


@dataclass
class Written:
    """What the write did: every action (``written`` says whether it landed) and the errors met."""

    actions: list[Action] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def write_run(
    options: CheckOptions,
    actions: list[Action],
    scopes: dict[str, RuleScope],
    memories: dict[str, RuleMemory],
    flags: Flags,
    state: CheckState,
    old_state_text: str,
    audit: list[AuditRecord],
    run_id: str,
) -> Written:
    """Write the actions' resolutions, then the audit log and the state (see the module docstring)."""
    moment = now_utc().isoformat()
    written = Written()
    audit = list(audit)
    for action in actions:
        landed, error = _write_action(action, options)
        written.actions.append(replace(action, written=True) if landed else action)
        if error:
            written.errors.append(error)
            continue
        audit.append(
            {
                "action": action.kind,
                "scenario": action.scenario_id,
                "file": display_path(action.path),
                "outcome": action.outcome,
                "resolved_at": action.resolved_at.isoformat(),
                "reason": action.reason,
                "rule": scopes[action.scenario_id].fingerprint if action.scenario_id in scopes else None,
                "events": [e.id for e in action.events],
                "source": action.source,
            }
        )
    planned = {action.scenario_id for action in actions}
    audit.extend(_remember_flags(flags, state))
    state.rules = dict(sorted((sid, m) for sid, m in memories.items() if sid not in planned))
    state.files = _pruned_files(state, scopes, planned, options.now)
    records = [{"run": run_id, "time": moment, "now": options.now.isoformat(), **r} for r in audit]
    folder = state_dir(options.root)
    append_audit(folder, records)
    text = state.to_text()
    if text != old_state_text and not (state.is_empty and not (folder / STATE_FILE).exists()):
        folder.mkdir(parents=True, exist_ok=True)
        replace_file(folder / STATE_FILE, text.encode("utf-8"))
    return written


def _write_action(action: Action, options: CheckOptions) -> tuple[bool, str | None]:
    entry = ResolutionEntry(
        type="resolution",
        at=options.recorded_at,
        by=BY,
        outcome=action.outcome,
        resolved_at=action.resolved_at,
        source=action.source,
        note=action.note,
        events=[_feed_event(e) for e in action.events] or None,
        # Who wrote it: the check, run from the command line (or a scheduled job) by this git author.
        recorded=cli_origin(options.root).stamp(now_utc()),
    )

    def unless_resolved(current: ScenarioFile) -> ResolutionEntry:
        # Checked on the file as re-read under the folder's lock: a person's `forecasts
        # resolve` between the plan and this write must win, never be doubled.
        if has_resolution(current.scenario):
            raise _ResolvedMeanwhile
        return entry

    try:
        append_history_entry(action.path, unless_resolved)
    except _ResolvedMeanwhile:
        return False, f"{display_path(action.path)}: resolved by someone else while the check ran; left as it is"
    except ScenarioError as exc:
        return False, str(exc)
    return True, None


def _pruned_files(
    state: CheckState, scopes: dict[str, RuleScope], planned: set[str], now: datetime
) -> dict[str, dict[str, Any]]:
    """The file registry without files no open rule can need again (it would grow by 96 a day).

    A file is kept while it ends after the earliest window start of a rule still open (less
    a week), or in the last week. Forgetting a file is safe: read again, it replaces its own
    earlier contribution and counts once.
    """
    open_starts = [s.start for sid, s in scopes.items() if sid not in planned]
    horizon = min([*open_starts, now]) - timedelta(days=PRUNE_MARGIN_DAYS)
    kept = {}
    for key, info in sorted(state.files.items()):
        covers = info.get("covers")
        if covers and datetime.fromisoformat(covers[1]) < horizon:
            continue
        kept[key] = info
    return kept


def _remember_flags(flags: Flags, state: CheckState) -> list[AuditRecord]:
    """Store the kinds flagged per scenario; audit records for the flags new since the last run."""
    records: list[AuditRecord] = []
    current: dict[str, list[str]] = {}
    for sid, raised in flags.by_scenario.items():
        if not sid:
            continue
        current[sid] = sorted({str(flag.kind) for flag in raised})
        old = set(state.flags.get(sid, []))
        for flag in raised:
            if flag.kind not in old:
                records.append({"action": "flag", "scenario": sid, "kind": flag.kind, "message": flag.message})
    state.flags = dict(sorted(current.items()))
    return records


def _feed_event(evidence: Evidence) -> FeedEvent:
    return FeedEvent(
        feed="acled" if evidence.feed == "acled" else "gdelt",
        id=evidence.id,
        date=evidence.day,
        url=web_url(evidence.url),
        place=evidence.place,
        sources=evidence.sources,
        fatalities=evidence.fatalities,
    )
