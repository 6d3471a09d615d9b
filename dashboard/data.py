"""Loading for the dashboard: the scenario catalog, cached on the files' stamps.

The catalog is what ``forecasts.store.load_catalog`` reads, kept until a scenario file is added,
removed or changed (its path, mtime or size differs); each rerun only ``stat``s the files, and a
change re-reads only the files it touched. The cached catalog and its scenarios are shared
between sessions, so nothing here may modify them.

States, moves and the track record's download files (``forecasts.tables``) are cached the
same way, on the tree's state (files and posterior), and shared read-only between sessions.

Also here: small pure helpers that turn scenario states into table rows. Business logic
(states, estimates, formatting of estimates) stays in ``forecasts``.
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from forecasts import tables as export_tables
from forecasts.attention import Movement, days_left, movement, movements
from forecasts.dates import DateError, When, end_instant, now_utc, parse_when, start_instant
from forecasts.display import (
    format_change,
    format_estimate,
    format_interval,
    format_probability,
    ladder_label,
    outcome_text,
)
from forecasts.model.location import FOLDER  # a name and a stat: no numpy
from forecasts.problems import Problem, ScenarioError
from forecasts.scenario import ResolutionEntry, Scenario
from forecasts.scoring import CalibrationBin, GroupScore, Prediction
from forecasts.state import ScenarioState, all_forecasts, as_of_instant, catalog_states, source_names
from forecasts.store import (
    ENV_VAR,
    Catalog,
    ScenarioFile,
    find_scenario_files,
    load_catalog,
    read_scenario,
    settle_catalog,
)

AS_OF_ENV_VAR = "FORECASTS_AS_OF"
# The window for "change" on the overview and for its panels.
RECENT_DAYS = 7
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


@dataclass(frozen=True)
class TreeState:
    """The scenarios folder as one page view sees it: every file's stamp, the posterior's, and digests.

    The digests are the caches' keys: Streamlit hashes a cache function's arguments on every
    call, and hashing a thousand stamps three times a rerun cost more than the page itself.
    """

    root: str
    stamps: tuple[FileStamp, ...]
    posterior: tuple[FileStamp, ...]
    files_key: str  # changes when a scenario file is added, removed or changed
    key: str  # changes also when the posterior is refitted (the estimates change, not the files)


def _digest(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def tree_state() -> TreeState:
    """The scenarios root's files and posterior now (one ``stat`` of each): take it once per page view."""
    root = scenarios_root()
    stamps, posterior = file_stamps(root), posterior_stamps(root)
    return TreeState(str(root), stamps, posterior, _digest(stamps), _digest(stamps, posterior))


@st.cache_resource(show_spinner="Loading scenarios…", max_entries=8)
def _catalog_for(root: str, files_key: str, _stamps: tuple[FileStamp, ...]) -> Catalog:
    # Keyed by the digest of the stamps (Streamlit does not hash an argument named with "_"):
    # any change to the files makes a new entry.
    return catalog_from_stamps(Path(root), _stamps)


# The last reading of each file, by path: (stamp, scenario or None, problems). One entry per path,
# replaced when the file changes, so a forecaster's write re-reads one file, not the whole tree.
_FILES: dict[str, tuple[FileStamp, ScenarioFile | None, tuple[Problem, ...]]] = {}
_FILES_LOCK = threading.Lock()


def _read_file(stamp: FileStamp) -> tuple[ScenarioFile | None, tuple[Problem, ...]]:
    path = stamp[0]
    with _FILES_LOCK:
        known = _FILES.get(path)
    if known is not None and known[0] == stamp:
        return known[1], known[2]
    try:
        result: tuple[ScenarioFile | None, tuple[Problem, ...]] = (read_scenario(Path(path)), ())
    except ScenarioError as exc:
        result = (None, tuple(exc.problems))
    with _FILES_LOCK:
        _FILES[path] = (stamp, *result)
    return result


def forget_catalogs() -> None:
    """Drop every cached catalog and file reading (the next page view reads the files again)."""
    _catalog_for.clear()
    _states_for.clear()
    _moves_for.clear()
    _tables_for.clear()
    _downloads_for.clear()
    with _FILES_LOCK:
        _FILES.clear()


def catalog_from_stamps(root: Path, stamps: tuple[FileStamp, ...]) -> Catalog:
    """What ``load_catalog(root)`` gives, reading again only the files whose stamp changed.

    Each file is validated on its own as before; the checks across files (ids, conditions,
    rungs) run on the whole tree every time, since one changed file can break another.
    """
    if not root.exists():
        return load_catalog(root)  # the store words the missing-folder problem
    catalog = Catalog(root=root)
    broken: set[str] = set()
    for stamp in stamps:
        found, problems = _read_file(stamp)
        if found is None:
            catalog.problems.extend(problems)
            broken.add(Path(stamp[0]).stem)
        else:
            catalog.files.append(found)
    settle_catalog(catalog, broken)
    current = {stamp[0] for stamp in stamps}
    below = str(root) + os.sep
    with _FILES_LOCK:
        for path in [p for p in _FILES if p.startswith(below) and p not in current]:
            del _FILES[path]
    return catalog


def load(tree: TreeState | None = None) -> Catalog:
    """The catalog under the scenarios root, re-read only when a scenario file changed."""
    tree = tree or tree_state()
    return _catalog_for(tree.root, tree.files_key, tree.stamps)


def posterior_stamps(root: Path) -> tuple[FileStamp, ...]:
    """(path, mtime_ns, size) of the posterior files under ``root/_posterior`` (none: empty)."""
    folder = root / FOLDER
    if not folder.is_dir():
        return ()
    stamps: list[FileStamp] = []
    for path in sorted(folder.rglob("*")):
        try:
            info = path.stat()
        except OSError:
            continue
        if path.is_file():
            stamps.append((str(path), info.st_mtime_ns, info.st_size))
    return tuple(stamps)


@st.cache_resource(show_spinner=False, max_entries=32)
def _states_for(root: str, key: str, day: date, _tree: TreeState) -> list[ScenarioState]:
    return catalog_states(load(_tree).files, as_of_instant(day))


def states_at(day: date, tree: TreeState | None = None) -> list[ScenarioState]:
    """``catalog_states`` of the catalog at the end of ``day``, kept until a file or the posterior changes.

    Computed once per (tree state, as-of) and shared by every session, read-only: reruns (a
    filter, a click) and other viewers reuse them; viewers arriving together wait for the first.
    """
    tree = tree or tree_state()
    return _states_for(tree.root, tree.key, day, tree)


@st.cache_resource(show_spinner=False, max_entries=32)
def _moves_for(root: str, key: str, day: date, _tree: TreeState) -> dict[str, Movement]:
    # Each move estimates a scenario again at an earlier instant: once per (tree, as-of), not per viewer.
    return movements(states_at(day, _tree), RECENT_DAYS)


def moves_at(day: date, tree: TreeState | None = None) -> dict[str, Movement]:
    """``movements`` over ``RECENT_DAYS`` of ``states_at(day)``, by id, cached and shared like them; read-only."""
    tree = tree or tree_state()
    return _moves_for(tree.root, tree.key, day, tree)


@st.cache_resource(show_spinner=False, max_entries=8)
def _tables_for(root: str, key: str, day: date, _tree: TreeState) -> dict[str, pd.DataFrame]:
    return export_tables.build_tables(states_at(day, _tree))


@dataclass(frozen=True)
class DownloadFile:
    """One table of ``forecasts export`` as a file to download: its name, row count and bytes."""

    table: str
    rows: int
    content: bytes


@st.cache_resource(show_spinner=False, max_entries=16)
def _downloads_for(root: str, key: str, day: date, fmt: str, _tree: TreeState) -> tuple[DownloadFile, ...]:
    tables = _tables_for(root, key, day, _tree)
    return tuple(
        DownloadFile(name, len(frame), export_tables.table_bytes(frame, name, fmt)) for name, frame in tables.items()
    )


def download_files(day: date, fmt: str, tree: TreeState | None = None) -> tuple[DownloadFile, ...]:
    """The tables of ``forecasts export`` at the end of ``day`` (drafts in them too, as there), as ``fmt`` files.

    Built once per (tree state, as-of) and written once per format, shared by every session like
    ``states_at``: a rerun of the page (a click, another viewer) reuses them. The estimates in
    them follow the posterior, so the key is the tree's full key, not only its files'.
    """
    tree = tree or tree_state()
    return _downloads_for(tree.root, tree.key, day, fmt, tree)


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
    states: Iterable[ScenarioState], link_as_of: date | None = None, moves: Mapping[str, Movement] | None = None
) -> list[dict[str, object]]:
    """One row per scenario for the overview table (links carry ``link_as_of`` if given).

    ``moves`` (``moves_at``) saves computing each state's move again; without it they are computed.

    ``change`` is the move of the shown probability over the last ``RECENT_DAYS`` days in
    percentage points (for a categorical scenario, the option that moved most); ``days_left``
    counts down to the deadline of an open scenario, negative once it has passed; ``interval``
    is the model's 90 % interval (empty without a posterior).
    """
    rows: list[dict[str, object]] = []
    for state in states:
        s = state.scenario
        estimate = state.estimate
        mark = "*" if estimate.basis == "sources" else ""
        move = moves.get(s.id) if moves is not None else None
        change = (move if move is not None else movement(state, RECENT_DAYS)).change
        rows.append(
            {
                "id": scenario_link(s.id, link_as_of),
                "title": s.title,
                "p_yes": round(estimate.probability * 100, 1) if estimate.probability is not None else None,
                "estimate": format_estimate(estimate) + mark,
                "interval": format_interval(estimate),
                "change": round(change * 100, 1) if state.status == "open" else None,
                "status": outcome_text(state),
                "deadline": day_of(s.deadline),
                "days_left": math.floor(days_left(state)) if state.status == "open" else None,
                "ladder": ladder_label(state),
                "case": state.case,
                "sources": ", ".join(source_names(s)),
            }
        )
    return rows


def moved_values(move: Movement) -> tuple[str | None, float, float]:
    """The option that moved most (None for a binary scenario), and its probability before and now."""
    before, after = move.before, move.after
    if after.options is not None:
        options = after.options
        earlier = before.options or {}
        option = max(options, key=lambda k: abs(options[k] - earlier.get(k, 0.0)))
        return option, earlier.get(option, 0.0), options[option]
    return None, before.probability or 0.0, after.probability or 0.0


def move_summary(move: Movement) -> str:
    """``+10 pp → 40%``, or ``−26 pp asymmetric → 60%`` for the option of a categorical scenario that moved most."""
    option, _, now = moved_values(move)
    return f"{format_change(move.change)}{f' {option}' if option else ''} → {format_probability(now)}"


def mover_rows(moves: Iterable[Movement], link_as_of: date | None = None) -> list[dict[str, object]]:
    """Before and after of each move, for ``charts.movers_chart`` (options: the one that moved most)."""
    rows: list[dict[str, object]] = []
    for move in moves:
        after = move.after
        title = move.state.scenario.title
        label = title if len(title) <= 48 else title[:47].rstrip() + "…"
        option, then, now = moved_values(move)
        if option is not None:
            label += f" ({option})"
        rows.append(
            {
                "label": label,
                "title": title,
                "before": then,
                "after": now,
                "change": move.change,
                "change_text": format_change(move.change),
                "direction": "up" if move.change > 0 else "down",
                "detail": format_estimate(after),
                "url": scenario_link(move.state.id, link_as_of),
            }
        )
    return rows


def case_span(files: Iterable[ScenarioFile]) -> tuple[date, date] | None:
    """The days a set of scenarios covers: the first created to the last deadline, forecast or resolution."""
    first: date | None = None
    last: date | None = None
    for scenario_file in files:
        s = scenario_file.scenario
        ends = [s.deadline, *(f.at for f in all_forecasts(s))]
        ends += [e.resolved_at or e.at for e in _resolution_entries(scenario_file)]
        if s.resolution.resolved_at is not None:
            ends.append(s.resolution.resolved_at)
        start = start_instant(s.created).date()
        end = max(end_instant(w) for w in ends).date()
        first = start if first is None else min(first, start)
        last = end if last is None else max(last, end)
    return None if first is None or last is None else (first, last)


def _resolution_entries(scenario_file: ScenarioFile) -> list[ResolutionEntry]:
    return [e for e in scenario_file.scenario.history if isinstance(e, ResolutionEntry)]


def status_counts(states: Iterable[ScenarioState]) -> dict[str, int]:
    """How many scenarios are open, resolved, annulled and draft."""
    counts = dict.fromkeys(("open", "resolved", "annulled", "draft"), 0)
    for state in states:
        counts[state.status] = counts.get(state.status, 0) + 1
    return counts


# --- track record --------------------------------------------------------------------------


def score_rows(scores: Sequence[GroupScore]) -> list[dict[str, object]]:
    """One leaderboard row per group from ``forecasts.scoring.score_by`` (already ranked)."""
    return [
        {
            "rank": rank,
            "name": g.name,
            "n": g.n,
            "scenarios": g.scenarios,
            "right": f"{g.right}/{g.n}",
            "brier": g.brier,
            "log": g.log,
        }
        for rank, g in enumerate(scores, 1)
    ]


def calibration_rows(bins: Iterable[CalibrationBin]) -> list[dict[str, object]]:
    """One row per calibration bin for ``charts.calibration_chart``."""
    return [
        {
            "bin": f"{b.low:.0%}–{b.high:.0%}",
            "mean_forecast": b.mean_forecast,
            "observed": b.observed,
            "low": b.interval[0],
            "high": b.interval[1],
            "n": b.n,
            "interval": f"{b.interval[0]:.0%}–{b.interval[1]:.0%}",
        }
        for b in bins
    ]


def distinct_predictions(scores: Iterable[GroupScore]) -> list[Prediction]:
    """Every prediction ranked, once (a prediction can be in several groups, e.g. by tag)."""
    return list({id(p): p for g in scores for p in g.predictions}.values())


def prediction_rows(predictions: Iterable[Prediction], scenarios: dict[str, Scenario]) -> list[dict[str, object]]:
    """What each prediction said and how it turned out, with the quote(s) it came from.

    ``p_outcome`` is the probability it gave to what happened; ``p_yes`` its P(yes) on a yes/no
    question. Quotes are the scenario's sources by the prediction's speaker (a forecaster has none).
    """
    rows: list[dict[str, object]] = []
    for p in predictions:
        found = scenarios.get(p.scenario_id)
        sources = found.all_sources() if found is not None else []
        quotes = [s for s in sources if p.kind == "source" and s.speaker == p.speaker]
        rows.append(
            {
                "scenario": p.scenario_id,
                "title": found.title if found is not None else p.scenario_id,
                "quote": quotes[0].quote if quotes else "",
                "hedge": quotes[0].hedge if quotes else None,
                "p_yes": p.probabilities.get("yes") if set(p.probabilities) == {"yes", "no"} else None,
                "p_outcome": p.probabilities.get(p.outcome, 0.0),
                "outcome": p.outcome,
                "right": p.right,
                "brier": p.brier,
                "log": p.log,
            }
        )
    return rows
