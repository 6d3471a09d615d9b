"""Loading for the dashboard: the scenario catalog, cached on the files' stamps.

The catalog is read with ``forecasts.store.load_catalog`` and kept until a scenario file is
added, removed or changed (its path, mtime or size differs); each rerun only ``stat``s the
files. The cached catalog is shared between sessions, so nothing here may modify it.

Also here: small pure helpers that turn scenario states into table rows. Business logic
(states, estimates, formatting of estimates) stays in ``forecasts``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st

from forecasts.dates import DateError, When, now_utc, parse_when, start_instant
from forecasts.display import format_estimate, ladder_label, outcome_text
from forecasts.state import ScenarioState
from forecasts.store import ENV_VAR, Catalog, find_scenario_files, load_catalog

AS_OF_ENV_VAR = "FORECASTS_AS_OF"
DEFAULT_ROOT = "scenarios"
SCENARIO_URL_PATH = "scenario"

FileStamp = tuple[str, int, int]


def scenarios_root() -> Path:
    """The scenarios folder: ``$FORECASTS_SCENARIOS``, else ``scenarios`` in the working directory."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_ROOT).expanduser().resolve()


def file_stamps(root: Path) -> tuple[FileStamp, ...]:
    """(path, mtime_ns, size) of every scenario file under ``root``: the catalog's cache key."""
    if not root.exists():
        return ()
    stamps: list[FileStamp] = []
    for path in find_scenario_files(root):
        try:
            info = path.stat()
        except OSError:  # removed between the listing and the stat: the next rerun sees it gone
            continue
        stamps.append((str(path), info.st_mtime_ns, info.st_size))
    return tuple(stamps)


@st.cache_resource(show_spinner="Loading scenarios…", max_entries=8)
def _catalog_for(root: str, stamps: tuple[FileStamp, ...]) -> Catalog:
    # ``stamps`` is only the cache key: any change to the files makes a new entry.
    del stamps
    return load_catalog(Path(root))


def load() -> Catalog:
    """The catalog under the scenarios root, re-read only when a scenario file changed."""
    root = scenarios_root()
    return _catalog_for(str(root), file_stamps(root))


@dataclass(frozen=True)
class DefaultAsOf:
    """The as-of date the dashboard opens at, and why it may differ from what was asked."""

    day: date
    problem: str | None = None


def default_as_of() -> DefaultAsOf:
    """``$FORECASTS_AS_OF`` if set and valid, else today (UTC)."""
    text = os.environ.get(AS_OF_ENV_VAR, "").strip()
    if not text:
        return DefaultAsOf(now_utc().date())
    parsed = parse_as_of(text)
    if parsed is None:
        return DefaultAsOf(now_utc().date(), f"{AS_OF_ENV_VAR}={text!r} is not a date (YYYY-MM-DD); showing today")
    return DefaultAsOf(parsed)


def parse_as_of(text: str | None) -> date | None:
    """A date from ``YYYY-MM-DD`` (or an ISO datetime, taken by its UTC day); None if invalid."""
    if not text:
        return None
    try:
        when = parse_when(text)
    except DateError:
        return None
    return day_of(when)


def day_of(when: When) -> date:
    """The calendar day of a date, or of a datetime in UTC."""
    return when if not isinstance(when, datetime) else start_instant(when).date()


def format_when(when: When) -> str:
    """``2020-01-05`` for a date, ``2020-01-05 09:00`` (UTC) for a datetime."""
    if isinstance(when, datetime):
        return start_instant(when).strftime("%Y-%m-%d %H:%M")
    return when.isoformat()


def scenario_link(scenario_id: str, as_of: date | None = None) -> str:
    """Relative URL of a scenario's page, e.g. ``scenario?id=strike&as_of=2020-01-10``."""
    params = {"id": scenario_id}
    if as_of is not None:
        params["as_of"] = as_of.isoformat()
    return f"{SCENARIO_URL_PATH}?{urlencode(params)}"


def overview_rows(
    states: Iterable[ScenarioState], as_of: date, link_as_of: date | None = None
) -> list[dict[str, object]]:
    """One row per scenario for the overview table (links carry ``link_as_of`` if given)."""
    rows: list[dict[str, object]] = []
    for state in states:
        s = state.scenario
        estimate = state.estimate
        deadline = day_of(s.deadline)
        mark = "*" if estimate.basis == "sources" else ""
        rows.append(
            {
                "id": scenario_link(s.id, link_as_of),
                "title": s.title,
                "p_yes": round(estimate.probability * 100, 1) if estimate.probability is not None else None,
                "estimate": format_estimate(estimate) + mark,
                "status": outcome_text(state),
                "deadline": deadline,
                "days_left": (deadline - as_of).days if state.status == "open" else None,
                "ladder": ladder_label(state),
                "case": state.case,
            }
        )
    return rows


def status_counts(states: Iterable[ScenarioState]) -> dict[str, int]:
    """How many scenarios are open, resolved, annulled and draft."""
    counts = dict.fromkeys(("open", "resolved", "annulled", "draft"), 0)
    for state in states:
        counts[state.status] = counts.get(state.status, 0) + 1
    return counts


_MARKDOWN_SPECIAL = set("\\`*_{}[]()#+-.!|~<>$:^=&")


def escape_markdown(text: str) -> str:
    """Text shown literally by ``st.markdown``: special characters escaped, white space collapsed."""
    flat = " ".join(text.split())
    return "".join(f"\\{c}" if c in _MARKDOWN_SPECIAL else c for c in flat)


def quote_markdown(quote: str, span: tuple[int, int] | None) -> str:
    """The quote as Markdown, the characters in ``span`` (the hedge) on an orange background."""
    if span is None:
        return escape_markdown(quote)
    start, end = span
    parts = (quote[:start], quote[start:end], quote[end:])
    before, hedge, after = (escape_markdown(p) for p in parts)
    # escape_markdown collapses white space, which also drops it at the joins: put it back.
    before += " " if parts[0][-1:].isspace() else ""
    after = (" " if parts[2][:1].isspace() else "") + after
    return f"{before}:orange-background[**{hedge}**]{after}"
