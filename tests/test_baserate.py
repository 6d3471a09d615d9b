"""Base rates from incident days: window counts, the Beta with its effective sample, the text and JSON."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forecasts.baserate import (
    BaseRate,
    BaseRates,
    Incident,
    compute_base_rate,
    default_span,
    describe_base_rate,
    format_base_rate,
    read_base_rates,
    span_words,
    window_days,
    window_words,
    write_base_rates,
)
from forecasts.store import read_scenario
from testdata import DATA

START, END = date(2015, 1, 1), date(2019, 12, 31)  # 1,826 days


def incidents_on(*days: date) -> list[Incident]:
    return [Incident(day, (f"e{i}",), (f"https://example.org/{i}",)) for i, day in enumerate(days)]


def synthetic_days(rate: float, start: date, days: int, seed: int) -> list[Incident]:
    """A SYNTHETIC history: each day independently holds an incident with probability ``rate``."""
    hits = np.flatnonzero(np.random.default_rng(seed).random(days) < rate)
    return [Incident(start + timedelta(days=int(d))) for d in hits]


def test_counts_tiled_and_sliding_windows_by_hand():
    # 10 days, 3-day windows: tiles end at the last day (days 2-4, 5-7, 8-10; day 1 left over).
    start = date(2020, 1, 1)
    rate = compute_base_rate(incidents_on(date(2020, 1, 1), date(2020, 1, 6)), start, date(2020, 1, 10), 3)
    assert (rate.tiled_windows, rate.tiled_matched) == (3, 1)  # day 1 is in no tile; day 6 in 5-7
    # Sliding windows start on days 1..8; those holding day 1 or day 6: starts 1, 4, 5, 6.
    assert (rate.sliding_windows, rate.sliding_matched) == (8, 4)
    assert rate.effective_sample == pytest.approx(10 / 3)
    assert (rate.alpha, rate.beta) == pytest.approx((0.5 + 0.5 * 10 / 3, 0.5 + 0.5 * 10 / 3))
    assert rate.incidents_per_day == pytest.approx(0.2)
    assert rate.hazard_per_day == pytest.approx(-math.log(0.5) / 3)


def test_incidents_outside_the_span_and_on_one_day_count_once():
    days = [date(2014, 12, 31), date(2016, 5, 1), date(2016, 5, 1), date(2020, 1, 1)]
    rate = compute_base_rate(incidents_on(*days), START, END, 14)
    assert [i.day for i in rate.incidents] == [date(2016, 5, 1), date(2016, 5, 1)]
    assert rate.tiled_matched == 1 and rate.sliding_matched == 14


def test_a_span_shorter_than_a_window_is_refused_with_the_fix():
    with pytest.raises(ValueError) as error:
        compute_base_rate([], date(2020, 1, 1), date(2020, 1, 10), 14)
    assert str(error.value) == (
        "history 2020-01-01..2020-01-10 holds 10 days, fewer than one 14-day window; give a longer span with --from/--to"
    )


def test_text_and_json_exact():
    rate = compute_base_rate(
        incidents_on(date(2016, 3, 1), date(2016, 3, 3), date(2018, 7, 9)),
        START,
        END,
        14,
        history="SYNTHETIC test history",
        scenario="demo-strike",
    )
    assert describe_base_rate(rate) == "in 2015–2019 this happened in 3 of 130 fourteen-day windows"
    assert format_base_rate(rate, "A strike") == "\n".join(
        [
            "demo-strike: A strike",
            "  in 2015–2019 this happened in 3 of 130 fourteen-day windows",
            "  sliding windows: 30 of 1813 (1.7%); effective sample 130.4 windows (1826 days / 14)",
            "  at least one in a window: 2.0% (90% interval 0.5% to 4.4%), Beta(2.66, 128.77)",
            "  incidents: 3 days matched, 0.0016 a day; hazard 0.00146 a day",
            "  history: SYNTHETIC test history",
            "    2016-03-01  https://example.org/0",
            "    2016-03-03  https://example.org/1",
            "    2018-07-09  https://example.org/2",
        ]
    )
    assert rate.to_data() == {
        "scenario": "demo-strike",
        "history": "SYNTHETIC test history",
        "from": "2015-01-01",
        "to": "2019-12-31",
        "days": 1826,
        "window_days": 14,
        "windows": {"tiled": 130, "matched": 3},
        "sliding": {"windows": 1813, "matched": 30, "share": 0.016547},
        "effective_sample": 130.4286,
        "beta": {"alpha": 2.658222, "beta": 128.770349, "mean": 0.020226, "p05": 0.004985, "p95": 0.043612},
        "incidents_per_day": 0.001643,
        "hazard_per_day": 0.001459,
        "incidents": [
            {
                "day": "2016-03-01",
                "ids": ["e0"],
                "urls": ["https://example.org/0"],
                "sources": None,
                "mentions": None,
                "places": [],
                "fatalities": 0,
            },
            {
                "day": "2016-03-03",
                "ids": ["e1"],
                "urls": ["https://example.org/1"],
                "sources": None,
                "mentions": None,
                "places": [],
                "fatalities": 0,
            },
            {
                "day": "2018-07-09",
                "ids": ["e2"],
                "urls": ["https://example.org/2"],
                "sources": None,
                "mentions": None,
                "places": [],
                "fatalities": 0,
            },
        ],
    }


def test_words_for_spans_and_windows():
    assert span_words(date(2019, 1, 1), date(2019, 12, 31)) == "2019"
    assert span_words(date(2015, 1, 4), date(2020, 1, 3)) == "2015-01-04 to 2020-01-03"
    assert window_words(14) == "fourteen-day"
    assert window_words(87) == "87-day"


def test_window_and_default_span_of_a_scenario():
    strike = read_scenario(DATA / "tree" / "demo" / "strike.yaml").scenario
    opens = strike.opens or strike.created
    assert window_days(strike) == (strike.deadline - opens).days + 1
    first, last = default_span(strike)
    assert last == strike.created - timedelta(days=1)
    assert first == strike.created.replace(year=strike.created.year - 5)


def test_the_interval_covers_a_known_rate_about_as_often_as_it_says():
    """Why the effective sample is days / window: with it, a 90% interval covers the true chance of
    "at least one in a window" in about 90% of synthetic histories; counted as trials, the
    overlapping sliding windows would give an interval ~sqrt(14) times too narrow."""
    window, days, daily = 14, 1826, 0.01
    truth = 1 - (1 - daily) ** window
    covered = narrow = 0
    for seed in range(300):
        rate = compute_base_rate(synthetic_days(daily, START, days, seed), START, END, window)
        low, high = rate.interval()
        covered += low <= truth <= high
        raw = BaseRate(
            START, END, window, 0, 0, rate.sliding_windows, rate.sliding_matched,
            0.5 + rate.sliding_matched, 0.5 + rate.sliding_windows - rate.sliding_matched,
        )  # fmt: skip
        low, high = raw.interval()
        narrow += low <= truth <= high
    assert 0.80 <= covered / 300 <= 0.98
    assert narrow / 300 < 0.5


@settings(derandomize=True, max_examples=40, deadline=None)
@given(
    daily=st.floats(0.002, 0.05),
    window=st.integers(3, 60),
    seed=st.integers(0, 2**32 - 1),
)
def test_a_synthetic_history_with_a_known_rate_is_recovered_within_its_interval(daily, window, seed):
    days = 400 * window
    start = date(1990, 1, 1)
    history = synthetic_days(daily, start, days, seed)
    rate = compute_base_rate(history, start, start + timedelta(days=days - 1), window)
    low, high = rate.interval(0.999)
    assert low <= 1 - (1 - daily) ** window <= high
    assert rate.incidents_per_day == pytest.approx(len(history) / days)


@given(
    offsets=st.lists(st.integers(0, 399), max_size=30),
    window=st.integers(1, 100),
)
def test_counts_stay_within_their_bounds(offsets, window):
    start = date(2000, 1, 1)
    rate = compute_base_rate([Incident(start + timedelta(days=o)) for o in offsets], start, date(2001, 2, 3), window)
    assert 0 <= rate.tiled_matched <= min(rate.tiled_windows, len(set(offsets)))
    assert 0 <= rate.sliding_matched <= rate.sliding_windows == 400 - window + 1
    assert (rate.sliding_matched == 0) == (not offsets)
    low, high = rate.interval()
    assert 0 <= low <= rate.mean <= high <= 1
    assert rate.chance_within(window) == pytest.approx(rate.mean)


def test_stored_base_rates_round_trip_and_a_damaged_file_names_the_fix(tmp_path):
    rate = compute_base_rate(incidents_on(date(2016, 3, 1)), START, END, 14, history="SYNTHETIC", scenario="s")
    path = write_base_rates(tmp_path, BaseRates({"s": rate}, "SYNTHETIC"))
    back = read_base_rates(tmp_path)
    assert back is not None and back.rates["s"].to_data() == rate.to_data() and back.history == "SYNTHETIC"
    assert json.loads(path.read_text())["note"].startswith("Derived by `forecasts baserate --all --write`")
    path.write_text("{not json")
    with pytest.raises(ValueError) as error:
        read_base_rates(tmp_path)
    assert str(error.value).startswith(f"{path}: not a base rates file (")
    assert str(error.value).endswith("it is derived data: run `forecasts baserate --all --write` to recompute it")
    assert read_base_rates(tmp_path / "absent") is None


def test_a_rule_over_several_incidents_counts_windows_that_meet_it():
    """iran-reprisal-persistent's thresholds: 2 occasions 3 days apart, in 2 places, within one window."""
    from forecasts.baserate import rule_window_test
    from forecasts.scenario import GdeltRule

    rule = GdeltRule(feed="gdelt", min_occasions=2, occasion_gap_days=3, min_places=2)
    test = rule_window_test(rule)
    assert test is not None
    start = date(2020, 1, 1)
    found = [
        Incident(date(2020, 1, 2), places=("a",)),
        Incident(date(2020, 1, 3), places=("b",)),  # a second place, but only 1 day after: not an occasion
        Incident(date(2020, 1, 9), places=("a",)),  # 7 days after the first: the second occasion
    ]
    rate = compute_base_rate(found, start, date(2020, 1, 20), 10, window_test=test)
    # 10-day windows start on days 0..10; the incidents are on days 1, 2 and 8. Starting on day 0 or 1 a
    # window holds all three (occasions on days 1 and 8, places a and b); on day 2, days 2 and 8 (b, a):
    # 3 windows. Any incident at all would do for the 9 windows starting on days 0..8.
    assert (rate.sliding_windows, rate.sliding_matched) == (11, 3)
    assert compute_base_rate(found, start, date(2020, 1, 20), 10).sliding_matched == 9
