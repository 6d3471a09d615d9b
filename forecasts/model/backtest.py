"""Backtests on real forecasts: raw vs Platt vs the model, and aggregates of a crowd.

Two layouts are read:

- PredictionBook (``forecasts.csv.gz``): one row per forecast with question_id, user_id,
  probability, timestamp, outcome (1, 0, -1 ambiguous, empty = open) and resolve_time.
- Good Judgment Project: ``survey_fcasts*.csv`` (ifp_id, user_id, answer_option, value,
  timestamp) with the questions file ``ifps.csv`` (ifp_id, outcome letter, date_closed,
  n_opts). Every option of a question is a unit; its probabilities are normalised per question.

**Forecasts mode** (``score_forecasts``): fit on the forecasts of questions resolved before the
cutoff, then predict every forecast made on or after it. Scored side by side: the raw forecast,
a global Platt recalibration (logistic regression on the log-odds, fitted on the same training
forecasts), the model's recalibration of the forecast alone (per-forecaster bias and slope,
partially pooled; forecasters new since the cutoff get the population) as ``model_alone``, and,
as ``model``, the engine's estimate for the question at that instant: what the tracker would
have shown (every forecaster's latest forecast by then, this one included, calibrated,
recency-weighted and extremized). No outcome after the cutoff is used.

**Aggregate mode** (``score_aggregates``): one estimate per test question (resolved after the
cutoff) from every forecaster's latest forecast by a given instant (default: the question's last
forecast before it resolved): mean, median, geometric mean of odds (as Fatebook), the mean of
log-odds extremized by a factor fitted on the training questions (Satopää et al. 2014,
"Combining multiple probability predictions using a simple logit model", IJF 30(2)), the
recency-weighted median (Metaculus: the n-th oldest of N latest forecasts weighs exp(sqrt(n)))
and the model.

Scores are ``forecasts.scoring``'s, the same as ``forecasts score``: Brier is half the sum over
outcomes of (p - o)^2 (so (p - outcome)^2 on a yes/no question, and a question with options on
the same 0-1 scale, half the GJP's 0-2 sum), the log score is -ln p(what happened) with p held
at 0.001 or more (lower is better for both), and calibration bins the predictions in tenths with
the observed share and its 95 % Wilson interval. The JSON says so under ``scoring``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from scipy import optimize

from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.data import ModelData, expit, forecast_table_data, logit, series_days, to_days
from forecasts.model.pooling import Calibration, build_layout, predict_probabilities
from forecasts.scoring import CONVENTION, calibration_record, calibration_table, mean_scores, outcome_pairs, yes_no

Array = npt.NDArray[np.float64]
PB_COLUMNS = ("question_id", "user_id", "probability", "timestamp", "outcome", "resolve_time")
GJP_COLUMNS = ("ifp_id", "user_id", "answer_option", "value", "timestamp")
GJP_QUESTION_COLUMNS = ("ifp_id", "outcome", "date_closed")


class BacktestError(ValueError):
    """Input a backtest cannot use: the message names the file and the fix."""


@dataclass
class Forecasts:
    """Forecasts in one layout: unit (question or question:option), question, who, p, times, outcome.

    ``frame`` columns: unit, question, option, who, probability, at (UTC), outcome (1/0/NaN),
    settled_at (UTC, NaT if open). ``options`` maps a question to its option units (GJP).
    """

    frame: pd.DataFrame
    layout: str
    options: dict[str, list[str]]


def _require(frame: pd.DataFrame, columns: tuple[str, ...], path: Path, what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise BacktestError(
            f"{path}: not a {what} file: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"(found: {', '.join(map(str, frame.columns[:12]))})"
        )


def read_forecasts(path: Path, questions: Path | None = None) -> Forecasts:
    """Read a PredictionBook or GJP forecasts file (the layout is told by its columns)."""
    if not path.is_file():
        raise BacktestError(f"{path}: no such file")
    try:
        head = pd.read_csv(path, nrows=0, encoding="latin-1")
    except (ValueError, OSError) as exc:
        raise BacktestError(f"{path}: cannot read as CSV: {exc}") from None
    if "question_id" in head.columns:
        return read_predictionbook(path)
    if "ifp_id" in head.columns:
        found = questions or path.with_name("ifps.csv")
        if not found.is_file():
            raise BacktestError(f"{path}: a GJP forecasts file needs its questions: pass --questions ifps.csv")
        return read_gjp(path, found)
    raise BacktestError(
        f"{path}: unknown layout: expected PredictionBook columns ({', '.join(PB_COLUMNS)}) "
        f"or GJP columns ({', '.join(GJP_COLUMNS)})"
    )


def _utc(values: pd.Series, path: Path, column: str, fmt: str | None = None) -> pd.Series:
    try:
        parsed = pd.to_datetime(values, utc=True, format=fmt or "ISO8601")
    except (ValueError, TypeError) as exc:
        raise BacktestError(f"{path}: column {column}: {exc}") from None
    return parsed


def read_predictionbook(path: Path) -> Forecasts:
    """PredictionBook forecasts; probabilities of 0 and 1 are kept (the model clips log-odds)."""
    frame = pd.read_csv(path)
    _require(frame, PB_COLUMNS, path, "PredictionBook forecasts")
    outcome = pd.to_numeric(frame["outcome"], errors="coerce")
    result = pd.DataFrame(
        {
            "unit": frame["question_id"].astype(str),
            "question": frame["question_id"].astype(str),
            "option": None,
            "who": frame["user_id"].map(str),
            "probability": pd.to_numeric(frame["probability"], errors="coerce"),
            "at": _utc(frame["timestamp"], path, "timestamp"),
            "outcome": outcome.where(outcome.isin([0, 1])),
            "settled_at": _utc(frame["resolve_time"], path, "resolve_time"),
        }
    )
    bad = result["probability"].isna() | ~result["probability"].between(0, 1)
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0]) + 2
        raise BacktestError(f"{path}:{row}: probability: {frame['probability'].iloc[row - 2]!r} is not between 0 and 1")
    result.loc[result["outcome"].isna(), "settled_at"] = pd.NaT
    return Forecasts(result, "predictionbook", {})


def read_gjp(path: Path, questions_path: Path) -> Forecasts:
    """GJP survey forecasts with their questions; one unit per (question, option)."""
    frame = pd.read_csv(path, encoding="latin-1", low_memory=False)
    _require(frame, GJP_COLUMNS, path, "GJP survey forecasts")
    questions = pd.read_csv(questions_path, encoding="latin-1")
    _require(questions, GJP_QUESTION_COLUMNS, questions_path, "GJP questions (ifps.csv)")
    questions = questions.drop_duplicates("ifp_id").set_index("ifp_id")
    unknown = sorted(set(frame["ifp_id"]) - set(questions.index))
    if unknown:
        raise BacktestError(f"{path}: question {unknown[0]!r} is not in {questions_path}")
    closed = _utc(questions["date_closed"], questions_path, "date_closed", "mixed")
    letters = frame["answer_option"].astype(str).str.strip().str.lower()
    options: dict[str, list[str]] = {}
    for ifp, group in letters.groupby(frame["ifp_id"]):
        n_opts = questions.loc[ifp].get("n_opts") if "n_opts" in questions.columns else None
        count = int(n_opts) if n_opts is not None and not pd.isna(n_opts) else len(set(group))
        seen = sorted(set(group))
        letters_all = sorted(set(seen) | {chr(ord("a") + i) for i in range(count)})
        options[str(ifp)] = [f"{ifp}:{o}" for o in letters_all]
    outcome_letter = frame["ifp_id"].map(questions["outcome"]).astype(str).str.strip().str.lower()
    resolved = outcome_letter.str.fullmatch(r"[a-z]")
    outcome = (letters == outcome_letter).astype(float).where(resolved)
    result = pd.DataFrame(
        {
            "unit": frame["ifp_id"].astype(str) + ":" + letters,
            "question": frame["ifp_id"].astype(str),
            "option": letters,
            "who": frame["user_id"].map(str),
            "probability": pd.to_numeric(frame["value"], errors="coerce"),
            "at": _utc(frame["timestamp"], path, "timestamp", "mixed"),
            "outcome": outcome,
            "settled_at": frame["ifp_id"].map(closed).where(resolved),
        }
    )
    result = result[result["probability"].between(0, 1)]
    return Forecasts(result.reset_index(drop=True), "gjp", options)


# --- scores ------------------------------------------------------------------------------------


def yes_no_predictions(p: Array, y: Array) -> list[tuple[dict[str, float], str]]:
    """Yes/no forecasts ``p`` with 0/1 outcomes ``y`` as (probabilities, outcome) for scoring."""
    return [(yes_no(float(a)), "yes" if b > 0.5 else "no") for a, b in zip(p, y, strict=True)]


def brier(p: Array, y: Array) -> float:
    """Mean Brier score of yes/no forecasts against 0/1 outcomes (``forecasts.scoring``)."""
    return mean_scores(yes_no_predictions(p, y))[0]


def log_score(p: Array, y: Array) -> float:
    """Mean log score, -ln p(what happened), of yes/no forecasts (``forecasts.scoring``)."""
    return mean_scores(yes_no_predictions(p, y))[1]


def calibration_of(p: Array, y: Array) -> list[dict[str, Any]]:
    """``forecasts.scoring``'s calibration table of yes/no forecasts, in its JSON form."""
    pairs = [(float(a), int(b > 0.5)) for a, b in zip(p, y, strict=True)]
    return calibration_record(calibration_table(pairs))


def fit_platt(p: Array, y: Array, clip: float) -> tuple[float, float]:
    """Global Platt scaling: logit P(yes) = a + b * logit(p), maximum likelihood."""
    x = logit(p, clip)

    def loss(w: Array) -> tuple[float, Array]:
        eta = w[0] + w[1] * x
        nll = float(np.sum(np.logaddexp(0, eta) - y * eta))
        r = expit(eta) - y
        return nll, np.array([r.sum(), (r * x).sum()])

    result = optimize.minimize(loss, np.array([0.0, 1.0]), jac=True, method="L-BFGS-B")
    return float(result.x[0]), float(result.x[1])


def apply_platt(p: Array, coef: tuple[float, float], clip: float) -> Array:
    """Platt-recalibrated probabilities."""
    return expit(coef[0] + coef[1] * logit(p, clip))


# --- the model -----------------------------------------------------------------------------------


def model_data(forecasts: pd.DataFrame, options: dict[str, list[str]]) -> ModelData:
    """Backtest forecasts as model data (units never decay; options share n_options)."""
    data = forecast_table_data(
        forecasts,
        unit="unit",
        who="who",
        probability="probability",
        at="at",
        outcome="outcome",
        settled_at="settled_at",
    )
    if options:
        sizes = {u: len(units) for units in options.values() for u in units}
        data.units["n_options"] = data.units["key"].map(sizes).fillna(1).astype(int)
    settled = data.units["settled_at"].to_numpy(dtype=float)
    data.units["settled_at"] = np.where(np.isnan(settled), math.inf, settled)
    return data


def fit_calibration(
    train: pd.DataFrame, options: dict[str, list[str]], model: ModelConfig, fit: FitConfig
) -> tuple[Calibration, dict[str, Any], ModelConfig]:
    """Fit the model on training forecasts: the calibration draws, the fit's report, and the
    settings to predict with (the half-life learnt from the training questions, if it is learnt)."""
    from forecasts.model.build import build_model, training_set
    from forecasts.model.fit import fit_model
    from forecasts.model.recency import resolve_recency

    data = model_data(train, options)
    model, recency = resolve_recency(data, model)
    training = training_set(data, model)
    result = fit_model(build_model(training, model), training, fit, model.training_half_life_days)
    report = {
        "method": result.method,
        "seconds": round(result.seconds, 1),
        **result.diagnostics,
        "training_queries": training.layout.n_queries,
        "training_rows": training.n_rows,
        "recency": recency.report(),
    }
    return result.calibration, report, model


def predict_alone(calibration: Calibration, test: pd.DataFrame, model: ModelConfig) -> Array:
    """The model's recalibration of each forecast on its own (one unit per forecast)."""
    alone = test.assign(unit=[f"f{i}" for i in range(len(test))], outcome=np.nan, settled_at=pd.NaT)
    data = model_data(alone, {})
    index = data.unit_index()
    queries = [(index[u], t) for u, t in zip(alone["unit"], to_days_series(alone["at"]), strict=True)]
    layout = build_layout(data, queries, model)
    return predict_probabilities(calibration, data, layout, model).mean(axis=0)


def to_days_series(values: pd.Series) -> Array:
    """UTC timestamps as days since the epoch."""
    return series_days(values)


def predict_pooled(
    calibration: Calibration,
    visible: pd.DataFrame,
    queries: list[tuple[str, float]],
    options: dict[str, list[str]],
    model: ModelConfig,
) -> Array:
    """The engine's estimate per (unit, instant): every forecaster's latest forecast by then."""
    data = model_data(visible.assign(outcome=np.nan, settled_at=pd.NaT), options)
    index = data.unit_index()
    layout = build_layout(data, [(index[u], t) for u, t in queries], model)
    draws = predict_probabilities(calibration, data, layout, model)
    return draws


# --- forecasts mode -------------------------------------------------------------------------------


def split(forecasts: Forecasts, cutoff: datetime) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Training: forecasts on questions resolved before the cutoff. Test: resolved forecasts made after."""
    frame = forecasts.frame
    stamp = pd.Timestamp(cutoff)
    resolved = frame["outcome"].notna()
    train = frame[resolved & (frame["settled_at"] < stamp)]
    test = frame[resolved & (frame["at"] >= stamp)]
    return train.reset_index(drop=True), test.reset_index(drop=True)


def score_forecasts(forecasts: Forecasts, cutoff: datetime, model: ModelConfig, fit: FitConfig) -> dict[str, Any]:
    """Raw, Platt and model scores on every test forecast (binary questions).

    ``model`` is what the tracker would have shown for the question at the instant of the
    forecast (pooling every forecaster's latest forecast by then, this one included);
    ``model_alone`` recalibrates the forecast on its own.
    """
    if forecasts.options:
        raise BacktestError("forecasts mode scores yes/no forecasts; GJP questions have options: use --mode aggregate")
    train, test = split(forecasts, cutoff)
    if train.empty or test.empty:
        raise BacktestError(
            f"cutoff {cutoff.date()}: {len(train)} training and {len(test)} test forecasts; pick a date with both"
        )
    y = test["outcome"].to_numpy(dtype=float)
    raw = test["probability"].to_numpy(dtype=float)
    platt_coef = fit_platt(
        train["probability"].to_numpy(dtype=float), train["outcome"].to_numpy(dtype=float), model.clip
    )
    platt = apply_platt(raw, platt_coef, model.clip)
    start = time.perf_counter()
    calibration, report, model = fit_calibration(train, forecasts.options, model, fit)
    modelled = predict_alone(calibration, test, model)
    queries = list(zip(test["unit"], to_days_series(test["at"]), strict=True))
    engine = predict_pooled(calibration, forecasts.frame, queries, {}, model).mean(axis=0)
    predictions = {"raw": raw, "platt": platt, "model": engine, "model_alone": modelled}
    report["seconds_total"] = round(time.perf_counter() - start, 1)
    seen = set(train["who"])
    return {
        "layout": forecasts.layout,
        "mode": "forecasts",
        "train_until": cutoff.date().isoformat(),
        "n_train": len(train),
        "n_test": len(test),
        "n_train_questions": int(train["question"].nunique()),
        "n_test_questions": int(test["question"].nunique()),
        "test_forecasters_seen_in_training": f"{int(test['who'].isin(seen).sum())} of {len(test)} forecasts",
        "scoring": CONVENTION,
        "brier": {k: round(brier(v, y), 5) for k, v in predictions.items()},
        "log_score": {k: round(log_score(v, y), 5) for k, v in predictions.items()},
        "platt": {"a": round(platt_coef[0], 4), "b": round(platt_coef[1], 4)},
        "fit": report,
        "calibration": {k: calibration_of(v, y) for k, v in predictions.items()},
    }


# --- aggregate mode ------------------------------------------------------------------------------


def weighted_median(values: Array, weights: Array) -> float:
    """The median of ``values`` under ``weights`` (lower weighted median at exact halves)."""
    order = np.argsort(values)
    cum = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cum, 0.5 * cum[-1])])


def latest_by(frame: pd.DataFrame, instant: pd.Timestamp) -> pd.DataFrame:
    """Each forecaster's latest forecast per unit made by ``instant``, oldest first."""
    visible = frame[frame["at"] <= instant].sort_values("at", kind="stable")
    return visible.groupby(["unit", "who"], sort=False).tail(1)


def crowd_aggregates(latest: pd.DataFrame, extremize: float, clip: float) -> dict[str, float]:
    """The closed-form aggregates of one unit's latest forecasts."""
    p = latest["probability"].to_numpy(dtype=float)
    x = logit(p, clip)
    n = len(p)
    recency = np.exp(np.sqrt(np.arange(1, n + 1, dtype=float)))
    return {
        "mean": float(p.mean()),
        "median": float(np.median(p)),
        "geometric_mean_odds": float(expit(x.mean())),
        "extremized_logodds": float(expit(extremize * x.mean())),
        "recency_weighted_median": weighted_median(p, recency),
    }


def question_instants(frame: pd.DataFrame, at: datetime | None) -> dict[str, pd.Timestamp]:
    """When each question is scored: ``at``, or its last forecast before it resolved."""
    if at is not None:
        return {q: pd.Timestamp(at) for q in frame["question"].unique()}
    before = frame[frame["settled_at"].isna() | (frame["at"] < frame["settled_at"])]
    return {str(q): pd.Timestamp(t) for q, t in before.groupby("question")["at"].max().items()}


def fit_extremizing(frame: pd.DataFrame, options: dict[str, list[str]], clip: float) -> float:
    """The factor a of expit(a * mean log-odds) that best predicts training outcomes."""
    instants = question_instants(frame, None)
    means: list[float] = []
    outcomes: list[float] = []
    for question, instant in instants.items():
        latest = latest_by(frame[frame["question"] == question], instant)
        for _, group in latest.groupby("unit"):
            means.append(float(logit(group["probability"].to_numpy(dtype=float), clip).mean()))
            outcomes.append(float(group["outcome"].iloc[0]))
    if not means:
        return 1.0
    m = np.asarray(means)
    y = np.asarray(outcomes)
    result = optimize.minimize_scalar(
        lambda a: float(np.sum(np.logaddexp(0, a * m) - y * a * m)), bounds=(0.2, 6.0), method="bounded"
    )
    return float(result.x)


def question_prediction(p: dict[str, float], y: dict[str, float]) -> tuple[dict[str, float], str]:
    """A question's per-unit probabilities and 0/1 outcomes as (probabilities, outcome): one unit
    is a yes/no question, several are its options (the one that happened is the outcome)."""
    if len(p) == 1:
        (unit,) = p
        return yes_no(p[unit]), "yes" if y[unit] > 0.5 else "no"
    return dict(p), max(y, key=lambda unit: y[unit])


def score_aggregates(
    forecasts: Forecasts, cutoff: datetime, model: ModelConfig, fit: FitConfig, at: datetime | None = None
) -> dict[str, Any]:
    """Per-question aggregates of test questions (resolved after the cutoff) against the model."""
    frame = forecasts.frame
    stamp = pd.Timestamp(cutoff)
    resolved = frame["outcome"].notna()
    train = frame[resolved & (frame["settled_at"] < stamp)].reset_index(drop=True)
    test = frame[resolved & (frame["settled_at"] >= stamp)].reset_index(drop=True)
    if train.empty or test.empty:
        raise BacktestError(
            f"cutoff {cutoff.date()}: {train['question'].nunique()} training and {test['question'].nunique()} test questions; pick a date with both"
        )
    extremize = fit_extremizing(train, forecasts.options, model.clip)
    start = time.perf_counter()
    calibration, report, model = fit_calibration(train, forecasts.options, model, fit)
    instants = question_instants(test, at)
    methods = ["mean", "median", "geometric_mean_odds", "extremized_logodds", "recency_weighted_median", "model"]
    per_question: dict[str, dict[str, dict[str, float]]] = {m: {} for m in methods}
    truth: dict[str, dict[str, float]] = {}
    queries: list[tuple[str, float]] = []
    query_question: list[str] = []
    for question, instant in instants.items():
        rows = test[test["question"] == question]
        latest = latest_by(rows, instant)
        if latest.empty:
            continue
        units = forecasts.options.get(question) or sorted(rows["unit"].unique())
        truth[question] = {
            u: float(rows.loc[rows["unit"] == u, "outcome"].iloc[0]) if (rows["unit"] == u).any() else 0.0
            for u in units
        }
        for name in methods[:-1]:
            per_question[name][question] = {}
        for unit in units:
            mine = latest[latest["unit"] == unit]
            values = crowd_aggregates(mine, extremize, model.clip) if len(mine) else None
            for name in methods[:-1]:
                per_question[name][question][unit] = values[name] if values else 1.0 / len(units)
            queries.append((unit, to_days(instant.to_pydatetime())))
            query_question.append(question)
    visible = test[test["at"] <= max(instants.values())]
    draws = predict_pooled(calibration, visible, queries, forecasts.options, model)
    model_mean = _normalized_means(draws, queries, query_question)
    per_question["model"] = model_mean
    for name in methods[:-1]:
        for question, values in per_question[name].items():
            total = sum(values.values())
            if len(values) > 1 and total > 0:
                per_question[name][question] = {k: v / total for k, v in values.items()}
    report["seconds_total"] = round(time.perf_counter() - start, 1)
    scores: dict[str, float] = {}
    logs: dict[str, float] = {}
    cal: dict[str, Any] = {}
    for name in methods:
        qs = [q for q in truth if q in per_question[name]]
        predictions = [question_prediction(per_question[name][q], truth[q]) for q in qs]
        mean_brier, mean_log = mean_scores(predictions)
        scores[name], logs[name] = round(mean_brier, 5), round(mean_log, 5)
        cal[name] = calibration_record(calibration_table(pair for p, o in predictions for pair in outcome_pairs(p, o)))
    return {
        "layout": forecasts.layout,
        "mode": "aggregate",
        "train_until": cutoff.date().isoformat(),
        "as_of": at.isoformat() if at else "each question's last forecast before it resolved",
        "n_train": len(train),
        "n_test": len(test),
        "n_train_questions": int(train["question"].nunique()),
        "n_test_questions": len(truth),
        "scoring": CONVENTION,
        "brier": scores,
        "log_score": logs,
        "extremizing_factor": round(extremize, 3),
        "fit": report,
        "calibration": cal,
    }


def _normalized_means(
    draws: Array, queries: list[tuple[str, float]], questions: list[str]
) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = {}
    columns: dict[str, list[int]] = {}
    for i, question in enumerate(questions):
        columns.setdefault(question, []).append(i)
    for question, cols in columns.items():
        block = draws[:, cols]
        if len(cols) > 1:
            block = block / block.sum(axis=1, keepdims=True)
        means = block.mean(axis=0)
        result[question] = {queries[c][0]: float(m) for c, m in zip(cols, means, strict=True)}
    return result
