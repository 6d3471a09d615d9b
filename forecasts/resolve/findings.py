"""What one check run did and found: feed reports, actions, flags, and the report holding them.

Plain records shared by the check's phases (``feed_reading``, ``planning``, ``flagging``,
``writing``) and rendered by ``forecasts.resolve.report``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from forecasts.dates import When
from forecasts.resolve.feeds import Interval

if TYPE_CHECKING:  # for the annotation only: rules needs pandas, and the report must not load it
    from forecasts.resolve.rules import Evidence

EXIT_OK, EXIT_ERROR, EXIT_NEEDS_PERSON = 0, 1, 3

FlagKind = Literal["due", "overdue", "stale", "ambiguous", "moved", "rule", "coverage", "condition", "ladder", "feed"]
ActionKind = Literal["resolve", "imply", "annul"]
AuditRecord = dict[str, Any]


@dataclass(frozen=True)
class FeedReport:
    """What happened to one feed file (or one source) in this run."""

    feed: str
    origin: str
    status: Literal["read", "skipped", "void", "unused"]
    rows: int = 0
    layout: str = ""
    covers: tuple[str, str] | None = None
    message: str = ""


@dataclass(frozen=True)
class Action:
    """A resolution the check writes (or, in a dry run, would write)."""

    kind: ActionKind
    scenario_id: str
    path: Path
    outcome: str
    resolved_at: When
    reason: str
    note: str
    source: str | None = None
    events: tuple[Evidence, ...] = ()
    written: bool = False


@dataclass(frozen=True)
class Flag:
    """Something a person needs to look at."""

    kind: FlagKind
    message: str
    scenario_id: str | None = None
    path: Path | None = None


class Flags:
    """The flags raised so far in a run, by scenario id ("" for flags about no scenario, e.g. a feed)."""

    def __init__(self, paths: dict[str, Path]) -> None:
        self._paths = paths
        self.by_scenario: dict[str, list[Flag]] = {}

    def add(self, kind: FlagKind, message: str, scenario_id: str | None = None) -> None:
        """Raise a flag, about ``scenario_id`` if given (its file's path goes with it)."""
        path = self._paths.get(scenario_id) if scenario_id is not None else None
        self.by_scenario.setdefault(scenario_id or "", []).append(Flag(kind, message, scenario_id, path))

    def of(self, scenario_id: str) -> list[Flag]:
        """The flags raised about one scenario so far."""
        return self.by_scenario.get(scenario_id, [])

    def has(self, scenario_id: str, kind: FlagKind) -> bool:
        """Whether a flag of ``kind`` was raised about the scenario (a settling loop raises it once)."""
        return any(flag.kind == kind for flag in self.of(scenario_id))

    def all(self) -> list[Flag]:
        """Every flag, grouped by scenario in the order they were first flagged."""
        return [flag for flags in self.by_scenario.values() for flag in flags]


@dataclass
class CheckReport:
    """Everything one run did and found."""

    now: datetime
    dry_run: bool
    root: Path
    feeds: list[FeedReport] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    watching: int = 0
    scenarios: int = 0

    @property
    def exit_code(self) -> int:
        """1 on an error, 3 when something needs a person, else 0."""
        if self.errors:
            return EXIT_ERROR
        return EXIT_NEEDS_PERSON if self.flags else EXIT_OK


def _short(moment: datetime, end: bool = False) -> str:
    """A UTC instant as a date when it falls on a day boundary (an end at midnight shows the day before)."""
    moment = moment.astimezone(UTC)
    if end and (moment + timedelta(microseconds=1)).time() == datetime.min.time():
        return moment.date().isoformat()
    if moment.time() == datetime.min.time():
        return (moment - timedelta(days=1)).date().isoformat() if end else moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def span_text(interval: Interval) -> str:
    """``2020-01-02 … 2020-03-31`` for whole days, with times otherwise."""
    return f"{_short(interval.start)} … {_short(interval.end, end=True)}"
