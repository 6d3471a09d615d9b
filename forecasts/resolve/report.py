"""A check's report as text (for a terminal or a cron mail), JSON (for scripts) or Markdown (CI)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from forecasts.json_output import render_document
from forecasts.problems import display_path
from forecasts.resolve.feeds import Interval
from forecasts.resolve.findings import Action, CheckReport, Flag, span_text

EXIT_MEANING = {0: "nothing needs a person", 1: "error", 3: "something needs a person"}


def report_record(report: CheckReport) -> dict[str, Any]:
    """JSON-ready form of a report."""
    return {
        "as_of": report.now.isoformat(),
        "dry_run": report.dry_run,
        "scenarios": display_path(report.root),
        "scenario_count": report.scenarios,
        "exit": report.exit_code,
        "feeds": [
            {
                "feed": f.feed,
                "origin": f.origin,
                "status": f.status,
                "rows": f.rows,
                "layout": f.layout or None,
                "covers": list(f.covers) if f.covers else None,
                "message": f.message or None,
            }
            for f in report.feeds
        ],
        "actions": [_action_record(a, report.dry_run) for a in report.actions],
        "flags": [
            {
                "kind": f.kind,
                "scenario": f.scenario_id,
                "message": f.message,
                "file": display_path(f.path) if f.path else None,
            }
            for f in report.flags
        ],
        "waiting": report.waiting,
        "watching": report.watching,
        "errors": report.errors,
    }


def _action_record(action: Action, dry_run: bool) -> dict[str, Any]:
    return {
        "kind": action.kind,
        "scenario": action.scenario_id,
        "file": display_path(action.path),
        "outcome": action.outcome,
        "resolved_at": action.resolved_at.isoformat(),
        "reason": action.reason,
        "note": action.note,
        "source": action.source,
        "events": [
            {
                "feed": e.feed,
                "id": e.id,
                "date": e.day.isoformat(),
                "url": e.url,
                "place": e.place,
                "sources": e.sources,
            }
            for e in action.events
        ],
        "written": action.written,
        "dry_run": dry_run,
    }


def render_json(report: CheckReport) -> str:
    """The report as a JSON document (``forecasts.json_output``)."""
    return render_document(report_record(report))


def _table(rows: list[tuple[str, ...]], indent: str = "  ") -> list[str]:
    if not rows:
        return []
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return [
        (indent + "  ".join(cell.ljust(w) for cell, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1]).rstrip()
        for r in rows
    ]


def _flag_rows(flags: list[Flag]) -> list[tuple[str, ...]]:
    return [(f.kind, f.scenario_id or "(feed)", f.message) for f in flags]


def now_text(report: CheckReport) -> str:
    """The instant the check ran as; an end of day shows as the date."""
    if (report.now + timedelta(microseconds=1)).time() == datetime.min.time():
        return f"{report.now.date().isoformat()} (end of day, UTC)"
    return report.now.isoformat()


def render_text(report: CheckReport) -> str:
    """The report as plain text."""
    head = f"forecasts check — as of {now_text(report)} — {display_path(report.root)} ({report.scenarios} scenarios)"
    out = [head + (" — DRY RUN, nothing written" if report.dry_run else "")]
    if report.feeds:
        out.append("feeds")
        rows: list[tuple[str, ...]] = []
        for f in report.feeds:
            detail = f.message
            if f.status == "read":
                covers = f" covering {span_text(Interval(*map(datetime.fromisoformat, f.covers)))}" if f.covers else ""
                detail = f"{f.rows:,} events ({f.layout}){covers}"
            rows.append((f.status, f.origin, detail))
        out += _table(rows)
    else:
        out.append("feeds: none given (rules cannot match; pass --feed)")
    resolved = [a for a in report.actions if a.kind != "annul"]
    annulled = [a for a in report.actions if a.kind == "annul"]
    would = "would be " if report.dry_run else ""
    for title, actions in ((f"{would}resolved", resolved), (f"{would}annulled", annulled)):
        if actions:
            out.append(f"{title} ({len(actions)})")
            out += _table([(a.scenario_id, a.outcome, a.resolved_at.isoformat(), a.reason) for a in actions])
    if report.waiting:
        out.append(f"waiting for a condition ({len(report.waiting)})")
        out += [f"  {w}" for w in report.waiting]
    if report.flags:
        out.append(f"needs a person ({len(report.flags)})")
        out += _table(_flag_rows(report.flags))
    if report.watching:
        out.append(f"watching: {report.watching} open rule{'s' if report.watching != 1 else ''} without a match yet")
    if report.errors:
        out.append(f"errors ({len(report.errors)})")
        out += [f"  {e}" for e in report.errors]
    out.append(f"exit {report.exit_code}: {EXIT_MEANING[report.exit_code]}")
    return "\n".join(out)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: CheckReport) -> str:
    """The report as Markdown (a GitHub Actions job summary)."""
    out = [f"## forecasts check — as of {now_text(report)}" + (" (dry run)" if report.dry_run else ""), ""]
    out.append(
        f"**Exit {report.exit_code}**: {EXIT_MEANING[report.exit_code]}. {report.scenarios} scenarios in `{display_path(report.root)}`."
    )
    out.append("")
    if report.feeds:
        out += ["### Feeds", "", "| status | file | details |", "|---|---|---|"]
        for f in report.feeds:
            detail = f"{f.rows:,} events ({f.layout})" if f.status == "read" else f.message
            out.append(f"| {f.status} | `{_md(f.origin)}` | {_md(detail)} |")
        out.append("")
    if report.actions:
        out += [
            "### " + ("Would resolve" if report.dry_run else "Resolved"),
            "",
            "| scenario | outcome | as of | why | evidence |",
            "|---|---|---|---|---|",
        ]
        for a in report.actions:
            evidence = f"[source]({a.source})" if a.source else ""
            out.append(
                f"| `{a.scenario_id}` | {a.outcome} | {a.resolved_at.isoformat()} | {_md(a.reason)} | {evidence} |"
            )
        out.append("")
    if report.flags:
        out += ["### Needs a person", "", "| kind | scenario | what |", "|---|---|---|"]
        for flag in report.flags:
            out.append(f"| {flag.kind} | `{flag.scenario_id or '(feed)'}` | {_md(flag.message)} |")
        out.append("")
    if report.errors:
        out += ["### Errors", ""] + [f"- {_md(e)}" for e in report.errors] + [""]
    return "\n".join(out)


def render_report(report: CheckReport, fmt: str) -> str:
    """The report in ``text``, ``json`` or ``markdown``."""
    if fmt == "json":
        return render_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    return render_text(report)
