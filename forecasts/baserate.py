"""Base rates: how often a scenario's rule matched in the history before it, as the outside view.

For a scenario whose ``resolution.rule`` can be run over event history, the question "how often
has this happened before?" has a number. Over a history span [start, end] of D days and the
scenario's own window length L (opens..deadline, both days counted):

- **tiled windows**: the span cut into n = D // L back-to-back windows ending at ``end`` (the
  oldest D mod L days are left over), and k of them holding at least one qualifying incident:
  "this happened in k of n fourteen-day windows";
- **sliding windows**: every one of the D - L + 1 windows starting on each day, and the share s
  of them holding an incident. It uses every start day, so it does not depend on where the tiling
  happens to fall;
- **the Beta for "at least one in a window"**: Beta(1/2 + s * n_eff, 1/2 + (1 - s) * n_eff), the
  Jeffreys prior updated with s * n_eff successes out of n_eff = D / L. Sliding windows overlap
  (neighbours share L - 1 of their L days), so the D - L + 1 of them are nowhere near that many
  independent trials; D / L, the number of disjoint windows the span holds, is the information they
  carry. Counting the sliding windows as trials would make the interval ~sqrt(L) times too narrow;
- **incidents per day**: qualifying incidents (one per day the rule matched) / D;
- **hazard per day**: the constant daily hazard that gives the window's chance,
  lambda = -ln(1 - mean) / L, so that P(at least one in the d days left) = 1 - exp(-lambda d). This
  is what the model decays the base rate with (``forecasts.model.data``).

Everything here is pure: incidents in, numbers out. Where the incidents come from (a local event
store, BigQuery, a synthetic history) is the caller's business; ``write_base_rates`` and
``read_base_rates`` keep the computed base rates as derived data next to the posterior.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from forecasts.dates import When, end_instant, start_instant
from forecasts.resolve.scope import rule_scope
from forecasts.scenario import AcledRule, GdeltRule, Scenario
from forecasts.store import write_derived_file

PRIOR = 0.5  # Jeffreys: Beta(1/2, 1/2)
INTERVAL = 0.90
DEFAULT_YEARS = 5
FILE = "baserates.json"
FORMAT = 1
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()


class DatedIncident(Protocol):
    """What a base rate needs of an incident: its day and where it can be read about.

    ``forecasts`` event-history incidents (``HistoryIncident``) have this shape.
    """

    @property
    def day(self) -> date: ...

    @property
    def ids(self) -> Sequence[str]: ...

    @property
    def urls(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Incident:
    """One day the rule matched: its event ids and URLs (and, when known, sources and mentions)."""

    day: date
    ids: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    sources: int | None = None
    mentions: int | None = None
    places: tuple[str, ...] = ()
    fatalities: int = 0

    def to_data(self) -> dict[str, Any]:
        """As JSON data."""
        return {
            "day": self.day.isoformat(),
            "ids": list(self.ids),
            "urls": list(self.urls),
            "sources": self.sources,
            "mentions": self.mentions,
            "places": list(self.places),
            "fatalities": self.fatalities,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Incident:
        """From ``to_data``'s form."""
        return cls(
            date.fromisoformat(str(data["day"])),
            tuple(str(v) for v in data.get("ids") or ()),
            tuple(str(v) for v in data.get("urls") or ()),
            data.get("sources"),
            data.get("mentions"),
            tuple(str(v) for v in data.get("places") or ()),
            int(data.get("fatalities") or 0),
        )


def as_incident(item: DatedIncident) -> Incident:
    """Any incident-shaped object as an ``Incident``."""
    return Incident(
        item.day,
        tuple(str(v) for v in item.ids),
        tuple(str(v) for v in item.urls),
        getattr(item, "sources", None),
        getattr(item, "mentions", None),
        tuple(str(v) for v in getattr(item, "places", ())),
        int(getattr(item, "fatalities", 0) or 0),
    )


# Whether the incidents inside one window settle the rule (thresholds over several incidents).
WindowTest = Callable[[Sequence[Incident]], bool]


def rule_window_test(rule: GdeltRule | AcledRule) -> WindowTest | None:
    """The rule's thresholds over a window's incidents, as the check applies them; None: any one incident.

    GDELT: ``min_occasions`` dates ``occasion_gap_days`` apart and ``min_places`` distinct places
    (an incident without places counts as a place of its own); ACLED: ``min_events`` events and
    ``min_total_fatalities`` in all.
    """
    if isinstance(rule, GdeltRule):
        occasions, gap, places = rule.min_occasions or 1, rule.occasion_gap_days or 1, rule.min_places or 1
        if occasions <= 1 and places <= 1:
            return None

        def gdelt_test(found: Sequence[Incident]) -> bool:
            counted, last, seen = 0, None, set()
            for number, incident in enumerate(found):
                if last is None or (incident.day - last).days >= gap:
                    counted, last = counted + 1, incident.day
                seen |= set(incident.places) or {f"incident{number}"}
            return counted >= occasions and len(seen) >= places

        return gdelt_test
    events, fatalities = rule.min_events or 1, rule.min_total_fatalities or 0
    if events <= 1 and fatalities <= 0:
        return None
    return lambda found: len(found) >= events and sum(i.fatalities for i in found) >= fatalities


@dataclass(frozen=True)
class BaseRate:
    """A rule's base rate over a history span, for windows of ``window_days`` (see the module)."""

    start: date
    end: date
    window_days: int
    tiled_windows: int
    tiled_matched: int
    sliding_windows: int
    sliding_matched: int
    alpha: float
    beta: float
    incidents: tuple[Incident, ...] = ()
    history: str = ""
    scenario: str = ""

    @property
    def days(self) -> int:
        """Days in the history span, both ends counted."""
        return (self.end - self.start).days + 1

    @property
    def share(self) -> float:
        """Share of sliding windows holding at least one incident."""
        return self.sliding_matched / self.sliding_windows

    @property
    def effective_sample(self) -> float:
        """D / L: the independent windows' worth of information (see the module)."""
        return self.days / self.window_days

    @property
    def mean(self) -> float:
        """The Beta's mean: the chance of at least one incident in a window."""
        return self.alpha / (self.alpha + self.beta)

    def interval(self, level: float = INTERVAL) -> tuple[float, float]:
        """Central credible interval of the Beta."""
        # Imported here: scipy.stats takes most of a second to import, and every command that
        # shows a probability imports this module (through the model's data) without needing it.
        from scipy.stats import beta as beta_distribution

        tail = (1.0 - level) / 2.0
        low, high = beta_distribution.ppf([tail, 1.0 - tail], self.alpha, self.beta)
        return float(low), float(high)

    @property
    def incidents_per_day(self) -> float:
        """Qualifying incidents (days the rule matched) per day of history."""
        return len(self.incidents) / self.days

    @property
    def hazard_per_day(self) -> float:
        """The constant daily hazard giving the window's chance: -ln(1 - mean) / L."""
        return -math.log1p(-self.mean) / self.window_days

    def chance_within(self, days: float) -> float:
        """P(at least one incident in ``days`` days) under the constant hazard."""
        return -math.expm1(-self.hazard_per_day * max(days, 0.0))

    def to_data(self) -> dict[str, Any]:
        """As JSON data (what ``forecasts baserate --format json`` prints and ``--write`` stores)."""
        low, high = self.interval()
        return {
            "scenario": self.scenario,
            "history": self.history,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "days": self.days,
            "window_days": self.window_days,
            "windows": {"tiled": self.tiled_windows, "matched": self.tiled_matched},
            "sliding": {
                "windows": self.sliding_windows,
                "matched": self.sliding_matched,
                "share": round(self.share, 6),
            },
            "effective_sample": round(self.effective_sample, 4),
            "beta": {
                "alpha": round(self.alpha, 6),
                "beta": round(self.beta, 6),
                "mean": round(self.mean, 6),
                "p05": round(low, 6),
                "p95": round(high, 6),
            },
            "incidents_per_day": round(self.incidents_per_day, 6),
            "hazard_per_day": round(self.hazard_per_day, 6),
            "incidents": [incident.to_data() for incident in self.incidents],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> BaseRate:
        """From ``to_data``'s form."""
        return cls(
            start=date.fromisoformat(str(data["from"])),
            end=date.fromisoformat(str(data["to"])),
            window_days=int(data["window_days"]),
            tiled_windows=int(data["windows"]["tiled"]),
            tiled_matched=int(data["windows"]["matched"]),
            sliding_windows=int(data["sliding"]["windows"]),
            sliding_matched=int(data["sliding"]["matched"]),
            alpha=float(data["beta"]["alpha"]),
            beta=float(data["beta"]["beta"]),
            incidents=tuple(Incident.from_data(item) for item in data.get("incidents") or ()),
            history=str(data.get("history", "")),
            scenario=str(data.get("scenario", "")),
        )


def scenario_chance(scenario: Scenario, rate: BaseRate) -> float:
    """The base rate's chance that the rule matches in the scenario's time left when it was created.

    From created (or opens, if later) to the end of the deadline, at the history's constant hazard,
    so a scenario created inside its window is not credited the days gone by.
    """
    start = max(start_instant(scenario.created), start_instant(scenario.opens or scenario.created))
    days = (end_instant(scenario.deadline) - start).total_seconds() / 86400.0
    return rate.chance_within(days)


def outside_view_distribution(scenario: Scenario, rate: BaseRate) -> dict[str, float] | None:
    """The base rate alone as a forecast: a probability for every outcome, or None if it names none.

    The outcome the rule's match gives gets ``scenario_chance``; a yes/no question's other answer
    the rest, a categorical question's other options an equal share of it.
    """
    rule = scenario.resolution.rule
    if rule is None:
        return None
    p = scenario_chance(scenario, rate)
    outcomes = scenario.option_ids() if scenario.kind == "categorical" else ["yes", "no"]
    if rule.on_match not in outcomes:
        return None
    others = [o for o in outcomes if o != rule.on_match]
    return {rule.on_match: p} | {o: (1.0 - p) / len(others) for o in others}


def window_days(scenario: Scenario) -> int:
    """The length in days of the window the scenario's rule looks in (both ends counted).

    That is opens (else created) to deadline unless the rule's ``window:`` says otherwise.
    """
    scope = rule_scope(scenario)
    if scope is not None:
        return (scope.last_day - scope.first_day).days + 1
    return (_day(scenario.deadline) - _day(scenario.opens or scenario.created)).days + 1


def default_span(scenario: Scenario, years: int = DEFAULT_YEARS) -> tuple[date, date]:
    """The ``years`` years before the scenario was created: [created - years, created - 1 day]."""
    created = _day(scenario.created)
    try:
        start = created.replace(year=created.year - years)
    except ValueError:  # 29 February
        start = created.replace(year=created.year - years, day=28)
    return start, created - timedelta(days=1)


def _day(when: When) -> date:
    return when.date() if isinstance(when, datetime) else when


def compute_base_rate(
    incidents: Sequence[DatedIncident],
    start: date,
    end: date,
    window: int,
    *,
    history: str = "",
    scenario: str = "",
    window_test: WindowTest | None = None,
) -> BaseRate:
    """The base rate of ``incidents`` over [start, end] for windows of ``window`` days.

    Incidents outside the span are ignored; several on one day count as one day matched. A window
    matches when it holds an incident, or, with ``window_test`` (``rule_window_test``), when its
    incidents pass it. Raises ValueError when the span is shorter than one window.
    """
    if window < 1:
        raise ValueError(f"window: {window} days is not a window (1 day or more)")
    days = (end - start).days + 1
    if days < window:
        raise ValueError(
            f"history {start.isoformat()}..{end.isoformat()} holds {max(days, 0)} days, fewer than one "
            f"{window}-day window; give a longer span with --from/--to"
        )
    kept = sorted((as_incident(i) for i in incidents if start <= i.day <= end), key=lambda i: i.day)
    hit = [False] * days
    for incident in kept:
        hit[(incident.day - start).days] = True
    # Prefix sums: the incidents in any window in O(1); a window's incidents are a slice.
    before = [0]
    for flag in hit:
        before.append(before[-1] + flag)
    offsets = [(i.day - start).days for i in kept]

    def matched(first_day: int) -> bool:
        if before[first_day + window] == before[first_day]:
            return False
        if window_test is None:
            return True
        return window_test(kept[bisect_left(offsets, first_day) : bisect_left(offsets, first_day + window)])

    sliding = days - window + 1
    sliding_matched = sum(1 for s in range(sliding) if matched(s))
    tiled = days // window
    first = days - tiled * window  # the oldest days that fill no whole window
    tiled_matched = sum(1 for w in range(tiled) if matched(first + w * window))
    n_eff = days / window
    share = sliding_matched / sliding
    return BaseRate(
        start=start,
        end=end,
        window_days=window,
        tiled_windows=tiled,
        tiled_matched=tiled_matched,
        sliding_windows=sliding,
        sliding_matched=sliding_matched,
        alpha=PRIOR + share * n_eff,
        beta=PRIOR + (1.0 - share) * n_eff,
        incidents=tuple(kept),
        history=history,
        scenario=scenario,
    )


def span_words(start: date, end: date) -> str:
    """'2015–2019' for whole calendar years, else '2015-01-04 to 2020-01-03'."""
    if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return f"{start.isoformat()} to {end.isoformat()}"


def window_words(days: int) -> str:
    """'fourteen-day' (numbers to twenty in words), '87-day'."""
    return f"{NUMBER_WORDS[days] if days < len(NUMBER_WORDS) else days}-day"


def describe_base_rate(rate: BaseRate) -> str:
    """The sentence the scenario page and ``forecasts baserate`` show."""
    return (
        f"in {span_words(rate.start, rate.end)} this happened in {rate.tiled_matched} of "
        f"{rate.tiled_windows} {window_words(rate.window_days)} windows"
    )


def format_base_rate(rate: BaseRate, title: str = "", max_incidents: int = 20) -> str:
    """A base rate as text: the sentence, the Beta, the rates, and the incidents behind it."""
    low, high = rate.interval()
    head = f"{rate.scenario}: {title}" if title else rate.scenario
    lines = [
        head,
        f"  {describe_base_rate(rate)}",
        f"  sliding windows: {rate.sliding_matched} of {rate.sliding_windows} ({rate.share:.1%}); "
        f"effective sample {rate.effective_sample:.1f} windows ({rate.days} days / {rate.window_days})",
        f"  at least one in a window: {rate.mean:.1%} (90% interval {low:.1%} to {high:.1%}), "
        f"Beta({rate.alpha:.2f}, {rate.beta:.2f})",
        f"  incidents: {len(rate.incidents)} {'day' if len(rate.incidents) == 1 else 'days'} matched, "
        f"{rate.incidents_per_day:.4f} a day; "
        f"hazard {rate.hazard_per_day:.5f} a day",
    ]
    if rate.history:
        lines.append(f"  history: {rate.history}")
    for incident in rate.incidents[:max_incidents]:
        where = incident.urls[0] if incident.urls else (incident.ids[0] if incident.ids else "")
        lines.append(f"    {incident.day.isoformat()}  {where}".rstrip())
    if len(rate.incidents) > max_incidents:
        lines.append(f"    ... and {len(rate.incidents) - max_incidents} more (--format json lists them all)")
    return "\n".join(lines)


@dataclass
class BaseRates:
    """The stored base rates of a scenarios tree (derived data, ``_posterior/baserates.json``)."""

    rates: dict[str, BaseRate] = field(default_factory=dict)
    history: str = ""

    def to_bytes(self) -> bytes:
        """The file's bytes (stable: sorted ids)."""
        data = {
            "format": FORMAT,
            "note": "Derived by `forecasts baserate --all --write`; never edit by hand.",
            "history": self.history,
            "scenarios": {key: self.rates[key].to_data() for key in sorted(self.rates)},
        }
        return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode()


def base_rates_path(folder: Path) -> Path:
    """Where a posterior folder keeps the base rates."""
    return folder / FILE


def write_base_rates(folder: Path, rates: BaseRates) -> Path:
    """Write the base rates file atomically; returns its path."""
    path = base_rates_path(folder)
    write_derived_file(path, rates.to_bytes())
    return path


def read_base_rates(folder: Path) -> BaseRates | None:
    """The stored base rates, or None when there are none.

    Raises ValueError naming the file when it is there but unreadable (it is derived: the message
    says to recompute it).
    """
    path = base_rates_path(folder)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r} is not {FORMAT}")
        rates = {str(k): BaseRate.from_data(v) for k, v in data["scenarios"].items()}
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(
            f"{path}: not a base rates file ({error}); it is derived data: run `forecasts baserate --all --write` to recompute it"
        ) from error
    return BaseRates(rates, str(data.get("history", "")))
