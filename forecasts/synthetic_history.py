"""A SYNTHETIC GDELT event history with known rates, for base-rate tests, the bench and the README.

There is no network where the tests and the bench run, and real history comes from
``forecasts events sync`` on a user's machine. This module writes a small, clearly labelled
synthetic store in the event store's layout (``forecasts.events.store``): each day, each kind
of incident below happens independently with its daily probability, as one GDELT row that the
bundled case's rules can match, among rows of noise that they must not match (too few sources,
other actors). The store holds a ``SYNTHETIC.txt`` file saying so, and ``forecasts baserate``
labels what it computes from such a store as SYNTHETIC.

None of these numbers describe the real world: they are round, plausible-looking rates chosen
so that the bundled rules span rare to common.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from forecasts.events.store import (
    GDELT_SCHEMA,
    Manifest,
    partition_name,
    table_of,
)
from forecasts.resolve.rules import number_day
from forecasts.store import write_derived_file

MARKER = "SYNTHETIC.txt"
MARKER_TEXT = (
    "SYNTHETIC event history written by forecasts.synthetic_history for tests and benchmarks.\n"
    "These are not real GDELT events: incidents happen at made-up daily rates.\n"
)
URL_ROOT = "https://synthetic.invalid/gdelt/"


@dataclass(frozen=True)
class IncidentKind:
    """One kind of synthetic incident: who does what to whom, where, and how often."""

    name: str
    daily: float  # probability that it happens on a given day
    a1_country: str
    a2_country: str
    code: str
    quad: int
    action_country: str
    sources: int
    a1_code: str = ""
    places: tuple[str, ...] = ("-1",)


# Daily rates (SYNTHETIC). Iranian threats are common, direct strikes rare, US strikes rarer.
KINDS = (
    IncidentKind("iran threatens the US", 0.08, "IRN", "USA", "138", 3, "IR", 6),
    IncidentKind("militia attack on US forces in Iraq", 0.012, "IRQ", "USA", "190", 4, "IZ", 4, places=("-3", "-4")),
    IncidentKind("Iranian forces strike US forces", 0.0015, "IRN", "USA", "190", 4, "IZ", 4, places=("-3", "-5")),
    IncidentKind("Iran attacks a Gulf state", 0.0008, "IRN", "SAU", "190", 4, "SA", 4, places=("-6", "-7")),
    IncidentKind("US strikes Iran", 0.0003, "USA", "IRN", "195", 4, "IR", 6),
    IncidentKind("Iraqi parliament votes on US forces", 0.001, "IRQ", "USA", "1056", 2, "IZ", 4, a1_code="IRQLEG"),
)
NOISE_PER_DAY = 12


def synthetic_frame(start: date, end: date, seed: int = 2020, kinds: tuple[IncidentKind, ...] = KINDS) -> pd.DataFrame:
    """The SYNTHETIC events of [start, end], one row per incident plus noise, in the store's columns."""
    rng = np.random.default_rng(seed)
    rows: list[dict[str, object]] = []
    days = (end - start).days + 1
    for offset in range(days):
        day = start + timedelta(days=offset)
        number = day.year * 10000 + day.month * 100 + day.day
        added = int(datetime(day.year, day.month, day.day, 6, tzinfo=UTC).timestamp())
        for k, kind in enumerate(kinds):
            if rng.random() < kind.daily:
                rows.append(_row(f"{number}{k:02d}", number, added, kind, str(rng.choice(list(kind.places)))))
        for n in range(NOISE_PER_DAY):
            # Noise the rules must pass over: the same actors meeting and talking (CAMEO 040,
            # verbal cooperation), or other actors entirely, with any number of sources.
            actors = kinds[int(rng.integers(len(kinds)))]
            a1, a2, place = (
                (actors.a1_country, actors.a2_country, actors.action_country) if n % 2 else ("FRA", "DEU", "FR")
            )
            noise = IncidentKind("noise", 0, a1, a2, "040", 1, place, 1 + int(rng.integers(10)))
            rows.append(_row(f"{number}9{n:02d}", number, added + n, noise, "-1"))
    frame = pd.DataFrame(rows, columns=GDELT_SCHEMA.names)
    return frame


def _row(event_id: str, day: int, added: int, kind: IncidentKind, feature: str) -> dict[str, object]:
    return {
        "id": event_id,
        "day": day,
        "added": added,
        "a1_code": kind.a1_code or kind.a1_country,
        "a1_country": kind.a1_country,
        "a2_code": kind.a2_country,
        "a2_country": kind.a2_country,
        "code": kind.code,
        "root": int(kind.code[:2]),
        "quad": kind.quad,
        "mentions": kind.sources * 3,
        "sources": kind.sources,
        "articles": kind.sources * 2,
        "ac": kind.action_country,
        "adm1": kind.action_country,
        "place": kind.action_country,
        "feature": feature,
        "url": f"{URL_ROOT}{event_id}",
    }


def write_synthetic_store(store: Path, start: date, end: date, seed: int = 2020) -> int:
    """Write the SYNTHETIC history of [start, end] into ``store`` (one partition per day); returns its rows.

    The ``SYNTHETIC.txt`` marker is written first, so a store that holds any of these rows says so.
    """
    write_derived_file(store / MARKER, MARKER_TEXT.encode())
    frame = synthetic_frame(start, end, seed)
    manifest = Manifest.load(store)
    days = manifest.days.setdefault("gdelt", {})
    # One pandas-to-Arrow conversion, sliced per day: converting each day's rows on its own took
    # most of the time (1,800 conversions of 13 rows). The frame is in day order, so a day's rows
    # are one contiguous slice.
    table = table_of(frame, "gdelt")
    numbers = frame["day"].to_numpy()
    starts = [0, *(np.flatnonzero(np.diff(numbers)) + 1).tolist(), len(numbers)] if len(numbers) else []
    for first, stop in itertools.pairwise(starts):
        day = number_day(int(numbers[first]))
        path = store / "gdelt" / partition_name(day) / "events.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Plain writes, not the store's fsynced ones: throwaway test data, written 1,800 days at a time.
        pq.write_table(table.slice(first, stop - first), path, compression="zstd")
        days[day.isoformat()] = ["synthetic"]
    manifest.save()
    return len(frame)


def is_synthetic(store: Path) -> bool:
    """Whether a store holds the SYNTHETIC history (its marker file is there)."""
    return (store / MARKER).is_file()
