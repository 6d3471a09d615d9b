"""Matching many rules against a table of feed events, and deciding what each rule's data says.

Matching is vectorized: no Python loop runs over rows, only over rules and over the few incidents
each rule finds.

- GDELT (``gdelt_rows``): for every column a rule tests for equality (actor countries, action
  country, root code, QuadClass) the table is indexed once (value -> row positions). Each rule
  starts from the rows of its most selective value set, then narrows them with numpy on that
  small subset: the other equality tests, the window, actor-code and event-code prefixes, and
  ``exclude``. Matching rows are grouped into incidents (event day, root code, actor countries,
  action country) with ``np.unique``/``np.bincount``, because one real incident yields many rows.
- ACLED (``acled_rows``): types, countries and admin1 are compared case-insensitively, actor
  patterns are regular expressions (pandas ``str.contains``).

What a rule has found is kept as plain data (``RuleMemory``, JSON-ready), so that the check can
remember it between runs, add the next run's files to it, and decide again (``decide``). A file
read twice replaces its own earlier contribution, so re-reading never double-counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from forecasts.resolve.scope import RuleScope
from forecasts.scenario import AcledFilter, AcledRule, GdeltFilter, GdeltRule

# Days either side of a window in which a qualifying incident makes the outcome unclear: GDELT's
# SQLDATE follows the article's calendar, which can be a day off the local date of the event.
SLIP_DAYS = 1
# A GDELT event first reported this long after the day it is dated to may be an old event
# misdated by the article's wording; it needs a person rather than a resolution.
LATE_REPORT = timedelta(days=7)
# ACLED events dated only to the week (precision 2) or month (3) near a window edge are unclear.
ACLED_EDGE_DAYS = {2: 7, 3: 31}
TOP_ROWS = 5
MAX_FEATURES = 50
MAX_EVIDENCE = 10
# Incidents (GDELT) or events (ACLED) a rule remembers between runs; see remember_gdelt.
MAX_INCIDENTS = 300
SETTLED_INCIDENTS = 20
MAX_EVENTS = 2000

_EMPTY = np.array([], dtype=np.int64)


def day_number(day: date) -> int:
    """A date as the int YYYYMMDD feeds use."""
    return day.year * 10000 + day.month * 100 + day.day


def number_day(value: int) -> date:
    """The int YYYYMMDD back as a date."""
    return date(value // 10000, value // 100 % 100, value % 100)


def day_starts(days: np.ndarray) -> np.ndarray:
    """Unix seconds of 00:00 UTC of int YYYYMMDD days (vectorized, no text)."""
    days = days.astype(np.int64)
    months = (days // 10000 - 1970) * 12 + (days // 100 % 100 - 1)
    dates = months.astype("datetime64[M]").astype("datetime64[D]") + (days % 100 - 1).astype("timedelta64[D]")
    return np.asarray(dates.astype("datetime64[s]").astype(np.int64), dtype=np.int64)


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


@dataclass(frozen=True)
class Evidence:
    """One feed event a decision rests on."""

    feed: str
    id: str
    day: date
    url: str | None = None
    place: str | None = None
    sources: int | None = None
    fatalities: int | None = None


@dataclass(frozen=True)
class Decision:
    """What a rule's data says: matched (on ``day``, with evidence), unclear, or nothing yet."""

    matched: bool
    day: date | None = None
    evidence: tuple[Evidence, ...] = ()
    summary: str = ""
    ambiguous: tuple[str, ...] = ()
    # More matching events than a rule remembers: a "no" cannot be concluded from what is kept.
    incomplete: bool = False


class TopRow(NamedTuple):
    """One of an incident's best GDELT rows (a JSON list in the check's state)."""

    id: str
    sources: int
    url: str
    place: str
    added: int  # when GDELT added it (epoch seconds)


@dataclass
class Incident:
    """One GDELT incident a rule matched: volume totals per file read ([sources, mentions,
    articles, rows]), when GDELT first added it, its best rows and its places."""

    parts: dict[str, list[int]]
    first_added: int
    top: list[TopRow]
    features: list[str]

    def totals(self) -> tuple[int, int, int, int]:
        """[sources, mentions, articles, rows] over every file."""
        a, b, c, d = (sum(int(p[i]) for p in self.parts.values()) for i in range(4))
        return (a, b, c, d)

    def to_data(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "parts": self.parts,
            "first_added": self.first_added,
            "top": [list(r) for r in self.top],
            "features": self.features,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Incident:
        """Read back ``to_data``."""
        return cls(
            parts={str(k): [int(x) for x in v] for k, v in data["parts"].items()},
            first_added=int(data["first_added"]),
            top=[TopRow(str(a), int(b), str(c), str(d), int(e)) for a, b, c, d, e in data["top"]],
            features=[str(f) for f in data.get("features", [])],
        )


class AcledEvent(NamedTuple):
    """An ACLED event a rule matched, as remembered (a JSON list in the check's state)."""

    day: int  # day number (``number_day``)
    fatalities: int
    precision: int  # ACLED time precision: 1 day, 2 week, 3 month
    timestamp: int  # the version of the event: a later one replaces it
    file_key: str
    place: str
    actors: str
    source: str
    sub_event_type: str

    @classmethod
    def from_data(cls, data: list[Any]) -> AcledEvent:
        """Read back a stored list."""
        day, fatalities, precision, timestamp, file_key, place, actors, source, kind = data
        return cls(
            int(day),
            int(fatalities),
            int(precision),
            int(timestamp),
            str(file_key),
            str(place),
            str(actors),
            str(source),
            str(kind),
        )


@dataclass
class RuleMemory:
    """What one rule has found so far, as plain data kept in the check's state between runs.

    ``covered`` lists the stretches of feed time (UTC, ISO) the rule has been checked against.
    ``incidents`` (GDELT) maps an incident key ``day|root|actor1|actor2|place-country`` to its
    contributions per file and its best rows; ``events`` (ACLED) maps event ids to the latest
    version seen. Both only hold events inside the window or just outside it, and at most
    ``MAX_INCIDENTS`` / ``MAX_EVENTS`` of them; ``truncated`` says some had to be dropped.
    """

    fingerprint: str
    feed: str
    covered: list[list[str]] = field(default_factory=list)
    incidents: dict[str, Incident] = field(default_factory=dict)
    events: dict[str, AcledEvent] = field(default_factory=dict)
    truncated: bool = False

    def to_data(self) -> dict[str, Any]:
        """JSON-ready form."""
        data: dict[str, Any] = {"fingerprint": self.fingerprint, "feed": self.feed, "covered": self.covered}
        if self.incidents:
            data["incidents"] = {k: v.to_data() for k, v in self.incidents.items()}
        if self.events:
            data["events"] = {k: list(v) for k, v in self.events.items()}
        if self.truncated:
            data["truncated"] = True
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RuleMemory:
        """Read back ``to_data``."""
        return cls(
            fingerprint=str(data["fingerprint"]),
            feed=str(data["feed"]),
            covered=[list(map(str, pair)) for pair in data.get("covered") or []],
            incidents={str(k): Incident.from_data(v) for k, v in (data.get("incidents") or {}).items()},
            events={str(k): AcledEvent.from_data(v) for k, v in (data.get("events") or {}).items()},
            truncated=bool(data.get("truncated", False)),
        )


# --- GDELT ---------------------------------------------------------------------------------


class GdeltEvents:
    """A normalized GDELT table prepared for matching: numpy columns, value indexes, incident keys."""

    EQUALITY = ("a1_country", "a2_country", "ac", "root", "quad")

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame.reset_index(drop=True)
        self.size = len(self.frame)
        self.arrays: dict[str, np.ndarray] = {}
        self._groups: dict[str, dict[Any, np.ndarray]] = {}
        self._codes: dict[str, tuple[np.ndarray, dict[Any, int]]] = {}
        for column in ("a1_country", "a2_country", "ac", "feature"):
            codes, uniques = pd.factorize(self.frame[column], sort=False)
            self._codes[column] = (codes.astype(np.int64), {value: i for i, value in enumerate(uniques)})
        for column in ("day", "added", "root", "quad", "sources", "mentions", "articles"):
            self.arrays[column] = self.frame[column].to_numpy()
        for column in ("a1_country", "a2_country", "ac"):
            self.arrays[column] = self._codes[column][0]
        self.arrays["day_start"] = day_starts(self.arrays["day"])
        # One int64 per row naming its incident: day (27 bits) | root (5) | a1 (10) | a2 (10) | ac (10).
        a1, a2, ac = (self._codes[c][0] for c in ("a1_country", "a2_country", "ac"))
        if max((len(self._codes[c][1]) for c in ("a1_country", "a2_country", "ac")), default=0) >= 1024:
            raise ValueError("more than 1,023 distinct country codes in one table")
        self.incident_key = (
            (self.arrays["day"].astype(np.int64) << 35)
            | (self.arrays["root"].astype(np.int64) << 30)
            | (a1 << 20)
            | (a2 << 10)
            | ac
        )
        self.feature_code = self._codes["feature"][0]
        self._feature_values = np.array(list(self._codes["feature"][1]), dtype=object)
        self._strings: dict[str, pd.Series] = {}
        self._objects: dict[str, np.ndarray] = {}

    def objects(self, column: str) -> np.ndarray:
        """A text column as a numpy object array (for picking single values fast)."""
        if column not in self._objects:
            self._objects[column] = self.frame[column].to_numpy(dtype=object)
        return self._objects[column]

    def group_places(self, rows: np.ndarray, groups: np.ndarray) -> dict[int, list[str]]:
        """Distinct places (feature ids, else the action country) of the rows of each group."""
        if rows.size == 0:
            return {}
        width = len(self._feature_values) + 1
        pairs, first = np.unique(groups.astype(np.int64) * width + (self.feature_code[rows] + 1), return_index=True)
        found: dict[int, set[str]] = {}
        countries = self.objects("ac")
        for pair, at in zip(pairs.tolist(), first.tolist(), strict=True):
            group, code = divmod(pair, width)
            value = str(self._feature_values[code - 1]) if code > 0 else ""
            found.setdefault(group, set()).add(value or str(countries[int(rows[at])]) or "?")
        return {group: sorted(values) for group, values in found.items()}

    def key_number(self, key: str) -> int | None:
        """The incident key of this table for a remembered ``day|root|a1|a2|ac`` key (None: not in it)."""
        day, root, *countries = key.split("|")
        codes = []
        for column, value in zip(("a1_country", "a2_country", "ac"), countries, strict=True):
            code = self._codes[column][1].get(value)
            if code is None:
                return None
            codes.append(code)
        return (int(day) << 35) | (int(root) << 30) | (codes[0] << 20) | (codes[1] << 10) | codes[2]

    def places(self, rows: np.ndarray) -> list[str]:
        """Distinct places of some rows: ActionGeo feature ids, else the action country."""
        codes, first = np.unique(self.feature_code[rows], return_index=True)
        found: set[str] = set()
        countries = self.objects("ac")
        for code, at in zip(codes.tolist(), first.tolist(), strict=True):
            value = str(self._feature_values[code]) if code >= 0 else ""
            found.add(value or str(countries[int(rows[at])]) or "?")
        return sorted(found)

    def strings(self, column: str) -> pd.Series:
        """A text column (for prefix tests on subsets)."""
        if column not in self._strings:
            self._strings[column] = self.frame[column]
        return self._strings[column]

    def encode(self, column: str, values: list[Any]) -> np.ndarray:
        """Values of an equality column as the integers its numpy array holds (-1: never present)."""
        if column in self._codes:
            lookup = self._codes[column][1]
            return np.array([lookup.get(v, -1) for v in values], dtype=np.int64)
        return np.array(values, dtype=np.int64)

    def positions(self, column: str, values: list[Any]) -> np.ndarray:
        """Row positions where ``column`` holds one of ``values`` (sorted)."""
        groups = self._groups.get(column)
        if groups is None:
            array = self.arrays[column]
            order = np.argsort(array, kind="stable")
            keys, starts = np.unique(array[order], return_index=True)
            ends = np.append(starts[1:], array.size)
            groups = {int(k): order[s:e] for k, s, e in zip(keys.tolist(), starts.tolist(), ends.tolist(), strict=True)}
            self._groups[column] = groups
        chunks = [groups.get(int(code), _EMPTY) for code in self.encode(column, values)]
        if len(chunks) == 1:
            return chunks[0]
        return np.sort(np.concatenate(chunks)) if chunks else _EMPTY


def _equalities(rule: GdeltFilter) -> list[tuple[str, list[Any]]]:
    tests: list[tuple[str, list[Any]]] = []
    for column, value in (
        ("a1_country", rule.actor1_country),
        ("a2_country", rule.actor2_country),
        ("ac", rule.action_country),
        ("quad", rule.quad_class),
    ):
        if value is not None:
            tests.append((column, _listed(value)))
    roots = set(rule.event_root_codes or [])
    if rule.event_codes:
        code_roots = {int(code[:2]) for code in rule.event_codes}
        roots = roots & code_roots if roots else code_roots
        if not roots:
            roots = {-1}
    if roots:
        tests.append(("root", sorted(roots)))
    return tests


def _prefixes(rule: GdeltFilter) -> list[tuple[str, tuple[str, ...]]]:
    tests: list[tuple[str, tuple[str, ...]]] = []
    for column, value in (("a1_code", rule.actor1_code), ("a2_code", rule.actor2_code), ("code", rule.event_codes)):
        if value:
            tests.append((column, tuple(_listed(value))))
    return tests


def _filter_mask(events: GdeltEvents, rows: np.ndarray, rule: GdeltFilter) -> np.ndarray:
    """Which of ``rows`` pass every test of ``rule`` (a filter, without window or thresholds)."""
    keep = np.ones(rows.size, dtype=bool)
    for column, values in _equalities(rule):
        keep &= np.isin(events.arrays[column][rows], events.encode(column, values))
    for column, prefixes in _prefixes(rule):
        if keep.any():
            keep &= events.strings(column).iloc[rows].str.startswith(prefixes).to_numpy(dtype=bool)
    return keep


def gdelt_rows(events: GdeltEvents, scope: RuleScope) -> np.ndarray:
    """Positions of the rows that match a GDELT rule, in its window widened by ``SLIP_DAYS``."""
    rule = scope.rule
    assert isinstance(rule, GdeltRule)
    tests = _equalities(rule)
    if tests:
        sizes = [sum(events.positions(c, [v]).size for v in values) for c, values in tests]
        driver = int(np.argmin(sizes))
        rows = events.positions(*tests[driver])
        rest = [t for i, t in enumerate(tests) if i != driver]
    else:
        rows = np.arange(events.size, dtype=np.int64)
        rest = []
    if rows.size == 0:
        return _EMPTY
    slip = timedelta(days=SLIP_DAYS)
    if rule.date_field == "added":
        added = events.arrays["added"][rows]
        lo, hi = (scope.start - slip).timestamp(), (scope.end + slip).timestamp()
        keep = (added >= lo) & (added <= hi)
    else:
        day = events.arrays["day"][rows]
        keep = (day >= day_number(scope.first_day - slip)) & (day <= day_number(scope.last_day + slip))
    for column, values in rest:
        keep &= np.isin(events.arrays[column][rows], events.encode(column, values))
    rows = rows[keep]
    for column, prefixes in _prefixes(rule):
        if rows.size:
            rows = rows[events.strings(column).iloc[rows].str.startswith(prefixes).to_numpy(dtype=bool)]
    if rows.size and rule.exclude is not None:
        rows = rows[~_filter_mask(events, rows, rule.exclude)]
    return np.asarray(rows, dtype=np.int64)


def _qualifies(rule: GdeltRule, totals: np.ndarray) -> np.ndarray:
    """Which incidents (rows of [sources, mentions, articles, rows] totals) meet the rule's volume thresholds."""
    return (
        (totals[:, 0] >= rule.min_sources)
        & (totals[:, 1] >= (rule.min_mentions or 0))
        & (totals[:, 2] >= (rule.min_articles or 0))
    )


def remember_gdelt(memory: RuleMemory, file_key: str, events: GdeltEvents, rows: np.ndarray, scope: RuleScope) -> None:
    """Add one file's matching rows to a rule's memory as incidents, replacing that file's earlier part.

    The memory keeps at most ``MAX_INCIDENTS``: incidents that settle the rule first (meeting the
    thresholds inside the window, earliest first), then others meeting the thresholds (just outside
    the window, or reported late), then the largest ones below the thresholds, which later files
    may still lift over. Once the rule is settled by a single incident only the first
    ``SETTLED_INCIDENTS`` are kept. When some had to be dropped the memory is marked ``truncated``:
    a match found from what is kept still stands (dropping can only make a match later, never
    wrong), but a "no" can no longer be concluded from it.
    """
    rule = scope.rule
    assert isinstance(rule, GdeltRule)
    for incident in memory.incidents.values():
        incident.parts.pop(file_key, None)  # the file is being read again
    memory.incidents = {k: v for k, v in memory.incidents.items() if v.parts}
    if rows.size == 0:
        return
    unique, inverse = np.unique(events.incident_key[rows], return_inverse=True)
    groups = unique.size
    totals = np.stack(
        [
            np.bincount(inverse, weights=events.arrays[n][rows], minlength=groups)
            for n in ("sources", "mentions", "articles")
        ]
        + [np.bincount(inverse, minlength=groups)],
        axis=1,
    ).astype(np.int64)
    first_added = np.full(groups, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first_added, inverse, events.arrays["added"][rows])
    order = np.lexsort((-events.arrays["sources"][rows], inverse))
    starts = np.searchsorted(inverse[order], np.arange(groups))
    ends = np.append(starts[1:], order.size)
    leaders = rows[order[starts]]
    # What earlier files gave the same incidents counts toward the thresholds too.
    merged = totals.copy()
    earliest = first_added.copy()
    elsewhere = 0
    for key, incident in memory.incidents.items():
        number = events.key_number(key)
        at = int(np.searchsorted(unique, number)) if number is not None else groups
        if at < groups and unique[at] == number:
            merged[at] += np.array(incident.totals(), dtype=np.int64)
            earliest[at] = min(int(earliest[at]), incident.first_added)
        else:
            elsewhere += 1
    qualifying = _qualifies(rule, merged)
    day = events.arrays["day"][leaders]
    if rule.date_field == "added":
        inside = (earliest >= scope.start.timestamp()) & (earliest <= scope.end.timestamp())
    else:
        inside = (day >= day_number(scope.first_day)) & (day <= day_number(scope.last_day))
        inside &= earliest - events.arrays["day_start"][leaders] <= LATE_REPORT.total_seconds()
    settling = qualifying & inside
    priority = np.lexsort((-merged[:, 0], day, ~qualifying, ~settling))
    room = MAX_INCIDENTS - elsewhere
    if settling.any() and (rule.min_occasions or 1) <= 1 and (rule.min_places or 1) <= 1:
        room = min(room, SETTLED_INCIDENTS)
    kept = priority[: max(room, 0)]
    if kept.size < groups:
        memory.truncated = True
    if kept.size == 0:
        return
    kept.sort()
    # Best rows (by sources) and distinct places of every kept incident, gathered in one go.
    counts = np.minimum(ends[kept] - starts[kept], TOP_ROWS)
    offsets = np.repeat(starts[kept] - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
    best = rows[order[offsets]]
    best_rows = list(
        zip(
            events.objects("id")[best].tolist(),
            events.arrays["sources"][best].tolist(),
            events.objects("url")[best].tolist(),
            events.objects("place")[best].tolist(),
            events.arrays["added"][best].tolist(),
            strict=True,
        )
    )
    in_kept = np.isin(inverse, kept)
    places = events.group_places(rows[in_kept], inverse[in_kept])
    leaders_kept = leaders[kept]
    keys_kept = [
        f"{d}|{r}|{a1}|{a2}|{ac}"
        for d, r, a1, a2, ac in zip(
            events.arrays["day"][leaders_kept].tolist(),
            events.arrays["root"][leaders_kept].tolist(),
            events.objects("a1_country")[leaders_kept].tolist(),
            events.objects("a2_country")[leaders_kept].tolist(),
            events.objects("ac")[leaders_kept].tolist(),
            strict=True,
        )
    ]
    position = 0
    for g, key, count in zip(kept.tolist(), keys_kept, counts.tolist(), strict=True):
        top = [
            TopRow(str(a), int(b), str(c), str(d), int(e)) for a, b, c, d, e in best_rows[position : position + count]
        ]
        position += count
        features = places.get(g, [])[:MAX_FEATURES]
        old = memory.incidents.get(key)
        if old is None:
            memory.incidents[key] = Incident(
                parts={file_key: totals[g].tolist()},
                first_added=int(first_added[g]),
                top=top,
                features=features,
            )
            continue
        old.parts[file_key] = totals[g].tolist()
        old.parts = dict(sorted(old.parts.items()))
        old.first_added = min(old.first_added, int(first_added[g]))
        by_id = {row.id: row for row in [*old.top, *top]}
        old.top = sorted(by_id.values(), key=lambda r: (-r.sources, r.added, r.id))[:TOP_ROWS]
        old.features = sorted(set(old.features) | set(features))[:MAX_FEATURES]
    memory.incidents = dict(sorted(memory.incidents.items()))


def decide_gdelt(scope: RuleScope, memory: RuleMemory) -> Decision:
    """Whether the incidents found so far satisfy the rule, and from which day."""
    rule = scope.rule
    assert isinstance(rule, GdeltRule)
    lo, hi = day_number(scope.first_day), day_number(scope.last_day)
    good: list[tuple[int, str, Incident, tuple[int, int, int, int]]] = []
    unclear: list[tuple[str, str, tuple[int, int, int, int], datetime]] = []
    for key, incident in memory.incidents.items():
        totals = incident.totals()
        if not (
            totals[0] >= rule.min_sources
            and totals[1] >= (rule.min_mentions or 0)
            and totals[2] >= (rule.min_articles or 0)
        ):
            continue
        day = int(key.split("|", 1)[0])
        first_added = datetime.fromtimestamp(incident.first_added, UTC)
        if rule.date_field == "added":
            day = day_number(first_added.date())
            inside = scope.start <= first_added <= scope.end
        else:
            inside = lo <= day <= hi
        if not inside:
            unclear.append(("outside", key, totals, first_added))
        elif rule.date_field != "added" and first_added - _midnight(day) > LATE_REPORT:
            unclear.append(("late", key, totals, first_added))
        else:
            good.append((day, key, incident, totals))
    match_day = _threshold_day(
        [(day, incident.features) for day, _, incident, _ in good],
        rule.min_occasions or 1,
        rule.occasion_gap_days or 1,
        rule.min_places or 1,
    )
    if match_day is None:
        return Decision(
            matched=False, ambiguous=tuple(_unclear(scope, item) for item in unclear[:3]), incomplete=memory.truncated
        )
    used = sorted(
        ((d, k, i, t) for d, k, i, t in good if d <= match_day), key=lambda item: (item[0], -item[3][0], item[1])
    )
    evidence: list[Evidence] = []
    for day, _, incident, _ in used:
        evidence += [_gdelt_evidence(day, row) for row in incident.top[:2]]
        if len(evidence) >= MAX_EVIDENCE:
            break
    if len(evidence) < MAX_EVIDENCE:
        rest = [_gdelt_evidence(d, row) for d, _, incident, _ in used for row in incident.top[2:]]
        evidence += sorted(rest, key=lambda e: -(e.sources or 0))
    return Decision(
        matched=True,
        day=number_day(match_day),
        evidence=tuple(evidence[:MAX_EVIDENCE]),
        summary=_summarize(used),
    )


def _midnight(day: int) -> datetime:
    return datetime(day // 10000, day // 100 % 100, day % 100, tzinfo=UTC)


def _unclear(scope: RuleScope, item: tuple[str, str, tuple[int, int, int, int], datetime]) -> str:
    kind, key, totals, first_added = item
    shown = _describe_incident(key, totals)
    if kind == "outside":
        return f"{shown} just outside the window ({scope.first_day} … {scope.last_day})"
    late = first_added - _midnight(int(key.split("|", 1)[0]))
    return f"{shown} first reported {late.days} days later ({first_added.date()}): the date may be wrong"


def _threshold_day(found: list[tuple[int, list[str]]], occasions: int, gap_days: int, places: int) -> int | None:
    """The first day by which the incidents reach ``occasions`` dates ``gap_days`` apart and ``places`` places."""
    if not found:
        return None
    if occasions <= 1 and places <= 1:
        return min(day for day, _ in found)
    by_day: dict[int, set[str]] = {}
    for day, features in found:
        by_day.setdefault(day, set()).update(features or {f"day{day}"})
    counted = 0
    last: date | None = None
    seen: set[str] = set()
    for day in sorted(by_day):
        current = number_day(day)
        if last is None or (current - last).days >= gap_days:
            counted += 1
            last = current
        seen |= by_day[day]
        if counted >= occasions and len(seen) >= places:
            return day
    return None


def _gdelt_evidence(day: int, row: TopRow) -> Evidence:
    url = row.url if re.match(r"^https?://\S+$", row.url) else None
    return Evidence(feed="gdelt", id=row.id, day=number_day(day), url=url, place=row.place or None, sources=row.sources)


def _describe_incident(key: str, totals: tuple[int, int, int, int]) -> str:
    day, root, a1, a2, ac = key.split("|")
    who = f"{a1 or '?'}→{a2 or '?'}"
    rows = f"{totals[3]} row{'s' if totals[3] != 1 else ''}"
    return f"GDELT {number_day(int(day))} {who} CAMEO root {int(root):02d} in {ac or '?'} ({totals[0]} sources, {rows})"


def _summarize(used: list[tuple[int, str, Incident, tuple[int, int, int, int]]]) -> str:
    days = sorted({d for d, *_ in used})
    rows = sum(t[3] for *_, t in used)
    sources = sum(t[0] for *_, t in used)
    places = sorted({row.place for _, _, incident, _ in used[:20] for row in incident.top if row.place})
    pairs = sorted({"{}→{}".format(*(k.split("|")[2:4])) for _, k, _, _ in used})
    span = (
        f"on {number_day(days[0])}" if len(days) == 1 else f"between {number_day(days[0])} and {number_day(days[-1])}"
    )
    where = f"; places: {'; '.join(places[:4])}" if places else ""
    return (
        f"GDELT: {len(used)} incident{'s' if len(used) != 1 else ''} ({rows} event{'s' if rows != 1 else ''}, {sources} sources) {span}, "
        f"actors {', '.join(pairs)}{where}"
    )


# --- ACLED ---------------------------------------------------------------------------------


def _text_in(series: pd.Series, values: Any) -> np.ndarray:
    wanted = {str(v).strip().lower() for v in _listed(values)}
    return np.asarray(series.str.strip().str.lower().isin(wanted).to_numpy(dtype=bool), dtype=bool)


def _pattern_in(series: pd.Series, patterns: Any) -> np.ndarray:
    joined = "|".join(f"(?:{p})" for p in _listed(patterns))
    return np.asarray(series.str.contains(joined, case=False, regex=True, na=False).to_numpy(dtype=bool), dtype=bool)


def _acled_mask(frame: pd.DataFrame, rule: AcledFilter) -> np.ndarray:
    keep = np.ones(len(frame), dtype=bool)
    if rule.event_type is not None:
        keep &= _text_in(frame["event_type"], rule.event_type)
    if rule.sub_event_type is not None:
        keep &= _text_in(frame["sub_event_type"], rule.sub_event_type)
    if rule.country is not None:
        keep &= _text_in(frame["country"], rule.country)
    if rule.admin1 is not None:
        keep &= _text_in(frame["admin1"], rule.admin1)
    if rule.actor1 is not None:
        keep &= _pattern_in(frame["actor1"], rule.actor1) | _pattern_in(frame["assoc1"], rule.actor1)
    if rule.actor2 is not None:
        keep &= _pattern_in(frame["actor2"], rule.actor2) | _pattern_in(frame["assoc2"], rule.actor2)
    if rule.actor is not None:
        either = frame["actor1"] + " | " + frame["assoc1"] + " | " + frame["actor2"] + " | " + frame["assoc2"]
        keep &= _pattern_in(either, rule.actor)
    return keep


def acled_rows(frame: pd.DataFrame, scope: RuleScope) -> np.ndarray:
    """Positions of the ACLED rows that match a rule inside its window (widened for dates known to a month)."""
    rule = scope.rule
    assert isinstance(rule, AcledRule)
    widest = timedelta(days=max(ACLED_EDGE_DAYS.values()))
    day = frame["day"].to_numpy()
    keep = (day >= day_number(scope.first_day - widest)) & (day <= day_number(scope.last_day + widest))
    if keep.any():
        keep &= _acled_mask(frame, rule)
    if rule.min_fatalities is not None:
        keep &= frame["fatalities"].to_numpy() >= rule.min_fatalities
    if keep.any() and rule.exclude is not None:
        keep &= ~_acled_mask(frame, rule.exclude)
    return np.flatnonzero(keep)


def remember_acled(memory: RuleMemory, file_key: str, frame: pd.DataFrame, rows: np.ndarray) -> None:
    """Add one file's matching events; a later version of an event (by timestamp) replaces an earlier one."""
    for key, event in list(memory.events.items()):
        if event.file_key == file_key:
            del memory.events[key]
    sub = frame.iloc[rows]
    for record in sub.itertuples(index=False):
        old = memory.events.get(record.id)
        if old is not None and old.timestamp > int(record.timestamp):
            continue
        memory.events[str(record.id)] = AcledEvent(
            day=int(record.day),
            fatalities=int(record.fatalities),
            precision=int(record.precision),
            timestamp=int(record.timestamp),
            file_key=file_key,
            place=", ".join(x for x in (record.location, record.admin1, record.country) if x),
            actors=f"{record.actor1} vs {record.actor2}" if record.actor2 else str(record.actor1),
            source=str(record.source),
            sub_event_type=str(record.sub_event_type),
        )
    if len(memory.events) > MAX_EVENTS:
        # Keep the earliest events: they decide when the thresholds were first met.
        memory.events = dict(sorted(memory.events.items(), key=lambda kv: (kv[1].day, kv[0]))[:MAX_EVENTS])
        memory.truncated = True
    memory.events = dict(sorted(memory.events.items()))


def decide_acled(scope: RuleScope, memory: RuleMemory) -> Decision:
    """Whether the events found so far satisfy the rule (counts, fatalities), and from which day."""
    rule = scope.rule
    assert isinstance(rule, AcledRule)
    lo, hi = scope.first_day, scope.last_day
    good: list[tuple[date, str, AcledEvent]] = []
    unclear: list[str] = []
    for event_id, event in memory.events.items():
        day = number_day(event.day)
        edge = ACLED_EDGE_DAYS.get(event.precision)
        if edge is not None and (abs((day - lo).days) <= edge or abs((day - hi).days) <= edge):
            unclear.append(
                f"ACLED {event_id} dated {day} only to the {'week' if edge == 7 else 'month'}, near the window's edge"
            )
            continue
        if lo <= day <= hi:
            good.append((day, event_id, event))
    good.sort(key=lambda item: (item[0], item[1]))
    count = fatalities = 0
    match_day: date | None = None
    for day, _, event in good:
        count += 1
        fatalities += event.fatalities
        if count >= rule.min_events and fatalities >= (rule.min_total_fatalities or 0):
            match_day = day
            break
    if match_day is None:
        return Decision(matched=False, ambiguous=tuple(unclear), incomplete=memory.truncated)
    used = [item for item in good if item[0] <= match_day]
    evidence = tuple(
        Evidence(feed="acled", id=event_id, day=day, place=event.place or None, fatalities=event.fatalities)
        for day, event_id, event in used[:MAX_EVIDENCE]
    )
    total = sum(event.fatalities for _, _, event in used)
    span = f"on {used[0][0]}" if used[0][0] == used[-1][0] else f"between {used[0][0]} and {used[-1][0]}"
    kinds = sorted({event.sub_event_type for _, _, event in used if event.sub_event_type})
    return Decision(
        matched=True,
        day=match_day,
        evidence=evidence,
        summary=f"ACLED: {len(used)} event{'s' if len(used) != 1 else ''} {span} ({', '.join(kinds)}; {total} fatalities); "
        + "; ".join(f"{event.actors} at {event.place}" for _, _, event in used[:2]),
    )


def decide(scope: RuleScope, memory: RuleMemory) -> Decision:
    """The decision for a rule of either feed."""
    return decide_gdelt(scope, memory) if scope.feed == "gdelt" else decide_acled(scope, memory)
