"""Scores for everyone who made a prediction: Brier, log score, calibration, Murphy decomposition.

This module owns the scoring convention (``CONVENTION``): ``forecasts score``, the dashboard's
track record and ``forecasts backtest`` all score with the functions here, so a question gets the
same Brier and log score wherever it is scored.

A *prediction* is a probability for every outcome of a resolved scenario, from one of:
- a source (a claim quoted in the scenario): words, not numbers, are scored on the probability
  they imply (``forecasts.source_priors.source_distribution``: the mean of the hedge's survey
  prior, or the stated number, with polarity applied; on a categorical scenario the source backs
  one option and the others share the rest equally, the one rule the shown prior and the model
  use too);
- a forecaster: by default the forecaster's standing forecast averaged over time, from their
  first forecast to the day the outcome was settled (the "mean daily Brier" of forecasting
  tournaments, which rewards being right early), or with ``rule="last"`` their last forecast.
Predictions made on or after the day the outcome was settled are not scored. Annulled and
ambiguous scenarios are not scored; drafts (unreviewed) are left out altogether.

Scores (``--by`` groups predictions by source, speaker, outlet, forecaster, phrase or tag):
- Brier score: half the sum over outcomes of (p - o)², 0 is perfect and 1 confidently wrong; for
  a yes/no question it is (p - outcome)², and always guessing 50% scores 0.25. Halving the sum
  (rather than the 0-2 sum GJP reports) puts yes/no and many-option questions on one 0-1 scale,
  so they can be averaged together and read against the familiar yes/no Brier.
- Log score: -ln p(outcome), 0 is perfect; a 50% guess scores 0.693. A loss, like the Brier
  score: lower is better for both. The probability is held at 0.001 or more (the smallest a
  forecast may state), so a forecast of 0 costs 6.9 rather than infinity.
- Calibration: the yes/no pairs (every option of a categorical question is its own yes/no
  forecast) binned by forecast, with the observed frequency and a 95% Wilson interval.
- Murphy decomposition of the binned Brier score: reliability - resolution + uncertainty.
- Discrimination (Yates): mean forecast when the event happened minus mean forecast when it
  did not.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from forecasts.baserate import BaseRate, outside_view_distribution
from forecasts.dates import start_instant
from forecasts.phrases import UnknownPhraseError, normalize_phrase
from forecasts.scenario import ANNULLED, Forecast, Scenario, Source
from forecasts.source_priors import BARE_WILL, source_distribution
from forecasts.state import ScenarioState, leave_out_drafts
from forecasts.timeline import all_forecasts

BASE_RATE_ALONE = "base rate alone"  # the outside view, scored as a forecaster
GROUPINGS = ("source", "speaker", "outlet", "forecaster", "phrase", "tag")
Grouping = Literal["source", "speaker", "outlet", "forecaster", "phrase", "tag"]
ForecastRule = Literal["daily", "last"]
Z95 = 1.959963984540054
# The smallest probability a forecast may state (``forecasts.probability.LOWEST``): the log
# score's floor, so backtest data holding 0 and 1 score finitely.
LOG_FLOOR = 0.001
CALIBRATION_BINS = 10
# The convention, in the words `score --help`, `backtest --help`, their JSON and the README use.
CONVENTION = {
    "brier": "half the sum over outcomes of (p - o)^2: (p - outcome)^2 on a yes/no question; 0 perfect, 1 confidently wrong, always 50% scores 0.25",
    "log_score": "-ln p(what happened), p held at 0.001 or more; 0 perfect, lower is better (a loss, like Brier)",
    "calibration": "forecasts in equal-width bins (tenths by default); observed share with a 95% Wilson interval",
}
CONVENTION_HELP = (
    "Scores: Brier is half the sum over outcomes of (p - o)^2, so (p - outcome)^2 on a yes/no question "
    "and one 0-1 scale for every question (0 perfect, 0.25 always 50%); log score is -ln p(what happened), "
    "lower is better; calibration bins forecasts in equal widths (tenths by default) with 95% Wilson "
    "intervals."
)


@dataclass(frozen=True)
class Prediction:
    """Probabilities for every outcome of one resolved scenario, from one source or forecaster."""

    scenario_id: str
    kind: Literal["source", "forecaster"]
    who: str
    probabilities: dict[str, float]
    outcome: str
    speaker: str | None = None
    outlet: str | None = None
    phrase: str | None = None
    tags: tuple[str, ...] = ()
    # A forecaster's time-averaged scores: means of each standing forecast's score, which differ
    # from the score of the mean forecast held in ``probabilities``.
    timed_brier: float | None = None
    timed_log: float | None = None

    @property
    def brier(self) -> float:
        """Half the sum over outcomes of (p - o)² (time-weighted for a forecaster's daily mean)."""
        return self.timed_brier if self.timed_brier is not None else brier_score(self.probabilities, self.outcome)

    @property
    def log(self) -> float:
        """-ln p(outcome) (time-weighted for a forecaster's daily mean)."""
        return self.timed_log if self.timed_log is not None else log_score(self.probabilities, self.outcome)

    @property
    def right(self) -> bool:
        """Whether the outcome had the largest probability (more than half, for yes/no)."""
        p = self.probabilities.get(self.outcome, 0.0)
        return p > 0.5 if len(self.probabilities) == 2 else p >= max(self.probabilities.values())

    def pairs(self) -> list[tuple[float, int]]:
        """(forecast, happened) for every outcome but the implied "no" of a yes/no question."""
        return outcome_pairs(self.probabilities, self.outcome)


def brier_score(probabilities: dict[str, float], outcome: str) -> float:
    """Half the sum over outcomes of (p - o)²: 0 perfect, 1 confidently wrong."""
    return 0.5 * sum((p - (1.0 if option == outcome else 0.0)) ** 2 for option, p in probabilities.items())


def log_score(probabilities: dict[str, float], outcome: str) -> float:
    """-ln of the probability given to what happened (at least ``LOG_FLOOR``): 0 perfect, larger is worse."""
    return -math.log(max(probabilities.get(outcome, 0.0), LOG_FLOOR))


def yes_no(p: float) -> dict[str, float]:
    """The distribution of a yes/no forecast of ``p``."""
    return {"yes": p, "no": 1 - p}


def mean_scores(predictions: Iterable[tuple[dict[str, float], str]]) -> tuple[float, float]:
    """Mean Brier and log score of (probabilities, outcome) pairs; NaN for none."""
    n, brier, log = 0, 0.0, 0.0
    for probabilities, outcome in predictions:
        n += 1
        brier += brier_score(probabilities, outcome)
        log += log_score(probabilities, outcome)
    return (brier / n, log / n) if n else (math.nan, math.nan)


def outcome_pairs(probabilities: dict[str, float], outcome: str) -> list[tuple[float, int]]:
    """(forecast, happened) pairs for calibration: P(yes) of a yes/no question, every option of
    a categorical one (each option is its own yes/no forecast)."""
    if set(probabilities) == {"yes", "no"}:
        return [(probabilities["yes"], int(outcome == "yes"))]
    return [(p, int(option == outcome)) for option, p in probabilities.items()]


def wilson_interval(hits: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion (95% by default); (0, 1) when n is 0."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class CalibrationBin:
    """Forecasts between ``low`` and ``high``: how many, their mean, and how often it happened."""

    low: float
    high: float
    n: int
    mean_forecast: float
    observed: float
    interval: tuple[float, float]


@dataclass(frozen=True)
class Decomposition:
    """Murphy's decomposition of the binned Brier score, and Yates' discrimination slope."""

    n: int
    brier: float
    reliability: float
    resolution: float
    uncertainty: float
    within_bin: float
    discrimination: float | None
    mean_when_yes: float | None
    mean_when_no: float | None


def _bin_of(p: float, bins: int) -> int:
    return min(int(p * bins), bins - 1)


def calibration_table(pairs: Iterable[tuple[float, int]], bins: int = CALIBRATION_BINS) -> list[CalibrationBin]:
    """Pairs binned by forecast (equal widths); empty bins left out."""
    grouped: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for p, o in pairs:
        grouped[_bin_of(p, bins)].append((p, o))
    table = []
    for b in sorted(grouped):
        items = grouped[b]
        hits = sum(o for _, o in items)
        table.append(
            CalibrationBin(
                low=b / bins,
                high=(b + 1) / bins,
                n=len(items),
                mean_forecast=sum(p for p, _ in items) / len(items),
                observed=hits / len(items),
                interval=wilson_interval(hits, len(items)),
            )
        )
    return table


def decompose(pairs: list[tuple[float, int]], bins: int = 10) -> Decomposition | None:
    """Brier = reliability - resolution + uncertainty (+ within-bin terms), over yes/no pairs."""
    if not pairs:
        return None
    n = len(pairs)
    base = sum(o for _, o in pairs) / n
    brier = sum((p - o) ** 2 for p, o in pairs) / n
    table = calibration_table(pairs, bins)
    reliability = sum(b.n * (b.mean_forecast - b.observed) ** 2 for b in table) / n
    resolution = sum(b.n * (b.observed - base) ** 2 for b in table) / n
    uncertainty = base * (1 - base)
    yes = [p for p, o in pairs if o]
    no = [p for p, o in pairs if not o]
    mean_yes = sum(yes) / len(yes) if yes else None
    mean_no = sum(no) / len(no) if no else None
    return Decomposition(
        n=n,
        brier=brier,
        reliability=reliability,
        resolution=resolution,
        uncertainty=uncertainty,
        within_bin=brier - (reliability - resolution + uncertainty),
        discrimination=mean_yes - mean_no if mean_yes is not None and mean_no is not None else None,
        mean_when_yes=mean_yes,
        mean_when_no=mean_no,
    )


# --- collecting predictions ------------------------------------------------------------------


@dataclass
class Collected:
    """The predictions found, and what was left out and why."""

    predictions: list[Prediction] = field(default_factory=list)
    scenarios: set[str] = field(default_factory=set)
    outcomes: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    annulled: int = 0
    ambiguous: int = 0
    unresolved: int = 0
    skipped: list[str] = field(default_factory=list)


def _outcomes(scenario: Scenario) -> list[str]:
    return scenario.option_ids() if scenario.kind == "categorical" else ["yes", "no"]


def _phrase_label(source: Source) -> str:
    if source.prior is not None:
        return f"{normalize_phrase(source.hedge)} (stated {source.prior:.0%})" if source.hedge else "stated number"
    return normalize_phrase(source.hedge) if source.hedge else f"bare '{BARE_WILL}'"


def forecast_distribution(scenario: Scenario, forecast: Forecast) -> dict[str, float]:
    """The probability ``forecast`` gives each of ``scenario``'s outcomes (yes/no, or its options)."""
    p = forecast.probability
    if isinstance(p, dict):
        return {o: float(p.get(o, 0.0)) for o in scenario.option_ids()}
    return yes_no(float(p))


def _forecaster_predictions(scenario: Scenario, cutoff: datetime, outcome: str, rule: ForecastRule) -> list[Prediction]:
    by: dict[str, list[Forecast]] = defaultdict(list)
    for forecast in all_forecasts(scenario):
        if start_instant(forecast.at) < cutoff:
            by[forecast.by].append(forecast)
    found = []
    for who, forecasts in sorted(by.items()):
        if rule == "last":
            probabilities = forecast_distribution(scenario, forecasts[-1])
        else:
            # Each forecast stands until the next one (or the settlement): weight by that time.
            times = [start_instant(f.at) for f in forecasts] + [cutoff]
            weights = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
            total = sum(weights)
            if total <= 0:
                weights, total = [1.0] * len(forecasts), float(len(forecasts))
            # The mean daily Brier and log are means of scores, not scores of the mean forecast;
            # the time-weighted mean distribution is kept for calibration.
            spread = [(w, forecast_distribution(scenario, f)) for w, f in zip(weights, forecasts, strict=True)]
            probabilities = {o: sum(w * d[o] for w, d in spread) / total for o in _outcomes(scenario)}
            found.append(
                Prediction(
                    scenario.id,
                    "forecaster",
                    who,
                    probabilities,
                    outcome,
                    tags=tuple(scenario.tags),
                    timed_brier=sum(w * brier_score(d, outcome) for w, d in spread) / total,
                    timed_log=sum(w * log_score(d, outcome) for w, d in spread) / total,
                )
            )
            continue
        found.append(Prediction(scenario.id, "forecaster", who, probabilities, outcome, tags=tuple(scenario.tags)))
    return found


def collect_predictions(
    states: list[ScenarioState], rule: ForecastRule = "daily", base_rates: Mapping[str, BaseRate] | None = None
) -> Collected:
    """Every scoreable prediction on the scenarios resolved in ``states`` (see the module docstring).

    With ``base_rates`` (stored by ``forecasts baserate --write``), the base rate alone is scored
    too, as the forecaster ``BASE_RATE_ALONE``, on the chance it gives when the scenario was created.
    """
    collected = Collected()
    for state in leave_out_drafts(states):  # not a question yet: neither scored nor counted unresolved
        scenario = state.scenario
        if state.resolution is None:
            collected.unresolved += 1
            continue
        outcome = state.resolution.outcome
        if outcome == ANNULLED:
            collected.annulled += 1
            continue
        if outcome == "ambiguous":
            collected.ambiguous += 1
            continue
        cutoff = start_instant(state.resolution.resolved_at)
        collected.scenarios.add(scenario.id)
        collected.outcomes[scenario.id] = (outcome, _outcomes(scenario))
        for source in scenario.all_sources():
            if source.published is not None and start_instant(source.published) >= cutoff:
                continue
            try:
                probabilities = source_distribution(scenario, source)
            except UnknownPhraseError as exc:
                collected.skipped.append(f"{scenario.id}: {source.speaker}: {exc}")
                continue
            if probabilities is None:
                collected.skipped.append(f"{scenario.id}: {source.speaker}: the claim backs no option")
                continue
            collected.predictions.append(
                Prediction(
                    scenario.id,
                    "source",
                    f"{source.speaker} ({source.outlet})" if source.outlet else source.speaker,
                    probabilities,
                    outcome,
                    speaker=source.speaker,
                    outlet=source.outlet or "(no outlet)",
                    phrase=_phrase_label(source),
                    tags=tuple(scenario.tags),
                )
            )
        collected.predictions.extend(_forecaster_predictions(scenario, cutoff, outcome, rule))
        rate = (base_rates or {}).get(scenario.id)
        outside = outside_view_distribution(scenario, rate) if rate is not None else None
        if outside is not None and start_instant(scenario.created) < cutoff:
            collected.predictions.append(
                Prediction(scenario.id, "forecaster", BASE_RATE_ALONE, outside, outcome, tags=tuple(scenario.tags))
            )
    return collected


def group_keys(prediction: Prediction, by: Grouping) -> list[str]:
    """The group(s) a prediction falls in for ``by`` (a prediction is in one group per tag)."""
    if by == "tag":
        return list(prediction.tags) or ["(no tag)"]
    if by == "forecaster":
        return [prediction.who] if prediction.kind == "forecaster" else []
    if prediction.kind != "source":
        return []
    value = {
        "source": prediction.who,
        "speaker": prediction.speaker,
        "outlet": prediction.outlet,
        "phrase": prediction.phrase,
    }[by]
    return [value or "(unknown)"]


@dataclass(frozen=True)
class GroupScore:
    """The scores of one group of predictions."""

    name: str
    n: int
    scenarios: int
    right: int
    brier: float
    log: float
    calibration: list[CalibrationBin]
    decomposition: Decomposition | None
    predictions: list[Prediction]


def score_group(name: str, predictions: list[Prediction], bins: int = 10) -> GroupScore:
    """Mean Brier and log score, hits, calibration and decomposition of some predictions."""
    pairs = [pair for p in predictions for pair in p.pairs()]
    return GroupScore(
        name=name,
        n=len(predictions),
        scenarios=len({p.scenario_id for p in predictions}),
        right=sum(p.right for p in predictions),
        brier=sum(p.brier for p in predictions) / len(predictions),
        log=sum(p.log for p in predictions) / len(predictions),
        calibration=calibration_table(pairs, bins),
        decomposition=decompose(pairs, bins),
        predictions=predictions,
    )


def score_by(predictions: list[Prediction], by: Grouping, bins: int = 10) -> list[GroupScore]:
    """Scores per group, best (lowest mean Brier, then log score) first."""
    groups: dict[str, list[Prediction]] = defaultdict(list)
    for prediction in predictions:
        for key in group_keys(prediction, by):
            groups[key].append(prediction)
    scores = [score_group(name, items, bins) for name, items in groups.items()]
    return sorted(scores, key=lambda g: (g.brier, g.log, g.name))


def uniform_reference(collected: Collected, scenario_ids: set[str]) -> tuple[float, float]:
    """Mean Brier and log score of an equal split over the outcomes, on the same scenarios."""
    briers, logs = [], []
    for sid in sorted(scenario_ids):
        outcome, options = collected.outcomes[sid]
        even = dict.fromkeys(options, 1 / len(options))
        briers.append(brier_score(even, outcome))
        logs.append(log_score(even, outcome))
    if not briers:
        return (math.nan, math.nan)
    return (sum(briers) / len(briers), sum(logs) / len(logs))


# --- tables ----------------------------------------------------------------------------------

_COLUMN = {
    "source": "SOURCE",
    "speaker": "SPEAKER",
    "outlet": "OUTLET",
    "forecaster": "FORECASTER",
    "phrase": "PHRASE",
    "tag": "TAG",
}


def _bin_label(b: CalibrationBin) -> str:
    return f"{b.low:.0%}–{b.high:.0%}"


def _decomposition_lines(d: Decomposition | None) -> list[str]:
    if d is None:
        return []
    lines = [
        f"Murphy decomposition ({d.n} yes/no pairs, binned): Brier {d.brier:.3f} = reliability {d.reliability:.3f}"
        f" − resolution {d.resolution:.3f} + uncertainty {d.uncertainty:.3f}"
        + (
            f" {'+' if d.within_bin >= 0 else '−'} within-bin {abs(d.within_bin):.3f}"
            if abs(d.within_bin) >= 0.0005
            else ""
        )
    ]
    if d.discrimination is not None and d.mean_when_yes is not None and d.mean_when_no is not None:
        lines.append(
            f"Discrimination: mean forecast {d.mean_when_yes:.0%} when it happened vs {d.mean_when_no:.0%} when it did not"
            f" (slope {d.discrimination:+.2f}; 0 means no discrimination, 1 perfect)"
        )
    return lines


def render_scores(collected: Collected, scores: list[GroupScore], by: Grouping, as_of: datetime, bins: int = 10) -> str:
    """The ranking table, the reference, and the calibration table of everything ranked."""
    scored = len(collected.scenarios)
    left_out = []
    if collected.annulled:
        left_out.append(f"{collected.annulled} annulled")
    if collected.ambiguous:
        left_out.append(f"{collected.ambiguous} ambiguous")
    if collected.unresolved:
        left_out.append(f"{collected.unresolved} unresolved")
    out = [
        f"Scores by {by}, as of {as_of.date().isoformat()}: {scored} resolved scenario{'s' if scored != 1 else ''} scored"
        + (f" ({', '.join(left_out)} not scored)" if left_out else "")
    ]
    if not scores:
        out.append(f"no predictions to score by {by}")
        return "\n".join(out)
    out.append(
        "Brier: 0 is perfect, 1 confidently wrong (always 50% scores 0.250). Log: −ln p(what happened), 0 is perfect."
    )
    if by != "forecaster":
        out.append("Sources that gave words are scored on the probability their words imply (hedge survey means).")
    out.append("")
    header = ("RANK", _COLUMN[by], "N", "RIGHT", "BRIER", "LOG")
    rows = [header]
    for rank, g in enumerate(scores, 1):
        rows.append((str(rank), g.name, str(g.n), f"{g.right}/{g.n}", f"{g.brier:.3f}", f"{g.log:.3f}"))
    used = {p.scenario_id for g in scores for p in g.predictions}
    ref_brier, ref_log = uniform_reference(collected, used)
    rows.append(
        ("", "(reference: equal odds on every outcome)", str(len(used)), "", f"{ref_brier:.3f}", f"{ref_log:.3f}")
    )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    aligned_right = {0, 2, 3, 4, 5}
    for r in rows:
        cells = [
            c.rjust(w) if i in aligned_right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    unique = list({id(p): p for g in scores for p in g.predictions}.values())
    everything = score_group("all", unique, bins)
    out += [
        "",
        f"Calibration of all {sum(b.n for b in everything.calibration)} yes/no pairs ranked above (95% Wilson intervals)",
    ]
    table = [("FORECAST", "N", "MEAN", "HAPPENED", "95% INTERVAL")]
    for b in everything.calibration:
        table.append(
            (
                _bin_label(b),
                str(b.n),
                f"{b.mean_forecast:.0%}",
                f"{b.observed:.0%}",
                f"{b.interval[0]:.0%}–{b.interval[1]:.0%}",
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(5)]
    out += [
        "  " + "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in table
    ]
    out += _decomposition_lines(everything.decomposition)
    if collected.skipped:
        out.append("")
        out += [f"not scored: {s}" for s in collected.skipped]
    return "\n".join(out)


def _decomposition_record(d: Decomposition | None) -> dict[str, float | int | None] | None:
    if d is None:
        return None
    return {
        "n": d.n,
        "brier": round(d.brier, 6),
        "reliability": round(d.reliability, 6),
        "resolution": round(d.resolution, 6),
        "uncertainty": round(d.uncertainty, 6),
        "within_bin": round(d.within_bin, 6),
        "discrimination": None if d.discrimination is None else round(d.discrimination, 6),
        "mean_when_yes": None if d.mean_when_yes is None else round(d.mean_when_yes, 6),
        "mean_when_no": None if d.mean_when_no is None else round(d.mean_when_no, 6),
    }


def calibration_record(table: list[CalibrationBin]) -> list[dict[str, float | int | list[float]]]:
    """The JSON form of a calibration table (every command writes it this way)."""
    return [
        {
            "low": b.low,
            "high": b.high,
            "n": b.n,
            "mean_forecast": round(b.mean_forecast, 6),
            "observed": round(b.observed, 6),
            "interval": [round(b.interval[0], 6), round(b.interval[1], 6)],
        }
        for b in table
    ]


def scores_record(
    collected: Collected, scores: list[GroupScore], by: Grouping, as_of: datetime, bins: int = 10
) -> dict[str, object]:
    """JSON-ready scores: every group with its predictions, calibration and decomposition."""
    unique = list({id(p): p for g in scores for p in g.predictions}.values())
    everything = score_group("all", unique, bins) if unique else None
    used = {p.scenario_id for p in unique}
    ref_brier, ref_log = uniform_reference(collected, used)
    return {
        "group_by": by,
        "as_of": as_of.isoformat(),
        "scoring": CONVENTION,
        "scenarios_scored": len(collected.scenarios),
        "not_scored": {
            "annulled": collected.annulled,
            "ambiguous": collected.ambiguous,
            "unresolved": collected.unresolved,
        },
        "reference": {"brier": round(ref_brier, 6), "log": round(ref_log, 6), "scenarios": len(used)} if used else None,
        "groups": [
            {
                "rank": rank,
                "name": g.name,
                "n": g.n,
                "scenarios": g.scenarios,
                "right": g.right,
                "brier": round(g.brier, 6),
                "log": round(g.log, 6),
                "calibration": calibration_record(g.calibration),
                "decomposition": _decomposition_record(g.decomposition),
                "predictions": [
                    {
                        "scenario": p.scenario_id,
                        "kind": p.kind,
                        "who": p.who,
                        "probabilities": {k: round(v, 6) for k, v in p.probabilities.items()},
                        "outcome": p.outcome,
                        "brier": round(p.brier, 6),
                        "log": round(p.log, 6),
                    }
                    for p in g.predictions
                ],
            }
            for rank, g in enumerate(scores, 1)
        ],
        "calibration": calibration_record(everything.calibration) if everything else [],
        "decomposition": _decomposition_record(everything.decomposition) if everything else None,
        "skipped": collected.skipped,
    }
