"""`forecasts update` and `forecasts backtest` from the shell (mock sampling: plumbing only)."""

import json

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from forecasts.cli import cli


@pytest.fixture
def run(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_update_then_list_and_show_read_the_posterior(run, mock_sampling):
    result = run("update", "--draws", "20")
    assert result.exit_code == 0, result.output
    assert "wrote scenarios/_posterior/posterior.json" in result.stdout
    # What is being fitted goes to stderr before the wait, so a script reading stdout is unaffected.
    assert result.stderr.startswith("fitting NUTS on 6 units (") and "judgments; compiling takes" in result.stderr
    # Shown today, the date of the fit (an earlier --as-of may not use it: it knows later outcomes).
    listing = run("list")
    assert listing.exit_code == 0
    assert listing.stdout.splitlines()[0].split()[:4] == ["ID", "P", "90%", "INTERVAL"]
    shown = run("show", "strike")
    assert "[model: NUTS fit as of" in shown.stdout and "90% interval" in shown.stdout
    data = json.loads(run("show", "strike", "--format", "json").stdout)
    assert data["probability"]["basis"] == "model"
    assert all(0 <= data["probability"][q] <= 1 for q in ("p05", "p50", "p95"))
    again = run("update", "--draws", "20")
    assert again.exit_code == 0 and "is up to date" in again.stdout and again.stderr == ""


def test_update_help_has_examples(run):
    result = run("update", "--help")
    assert result.exit_code == 0 and "Examples:" in result.stdout and "forecasts update --method advi" in result.stdout


def write_predictionbook(path, n_questions=60, seed=0):
    rng = np.random.default_rng(seed)
    rows = []
    start = pd.Timestamp("2014-01-01", tz="UTC")
    for q in range(n_questions):
        truth = rng.random() < 0.4
        when = start + pd.Timedelta(days=int(q * 12))
        for u in range(3):
            p = float(np.clip(0.5 + (0.3 if truth else -0.3) + rng.normal(0, 0.2), 0.01, 0.99))
            rows.append(
                {
                    "question_id": q,
                    "user_id": f"user{u}",
                    "probability": round(p, 2),
                    "timestamp": (when + pd.Timedelta(hours=u)).isoformat(),
                    "outcome": float(truth),
                    "resolve_time": (when + pd.Timedelta(days=5)).isoformat(),
                }
            )
    pd.DataFrame(rows).to_csv(path, index=False)


def test_backtest_prints_the_scores_side_by_side(run, tmp_path, mock_sampling):
    path = tmp_path / "forecasts.csv"
    write_predictionbook(path)
    result = run("backtest", str(path), "--train-until", "2015-01-01", "--format", "json", "--draws", "20")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["n_train"] > 0 and data["n_test"] > 0
    for key in ("raw", "platt", "model"):
        assert 0 <= data["brier"][key] <= 1 and data["log_score"][key] >= 0
        assert all(
            {"n", "interval", "mean_forecast", "observed", "low", "high"} <= set(b) for b in data["calibration"][key]
        )
    text = run("backtest", str(path), "--train-until", "2015-01-01", "--draws", "20")
    assert "n_train" in text.stdout and "platt" in text.stdout


def test_backtest_names_the_file_and_the_missing_columns(run, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("question_id,user\n1,a\n")
    result = run("backtest", str(path), "--train-until", "2015-01-01")
    assert result.exit_code == 1
    assert result.stderr == (
        f"{path}: not a PredictionBook forecasts file: missing columns user_id, probability, timestamp, "
        "outcome, resolve_time (found: question_id, user)\n"
    )


def test_half_life_is_a_number_none_or_learn(run, tmp_path, mock_sampling):
    for bad, why in (
        ("soon", "'soon' is not a number of days, 'none' or 'learn'"),
        ("-3", "'-3' is not a positive number of days"),
    ):
        result = run("update", "--half-life", bad)
        assert result.exit_code == 2
        assert f"Error: Invalid value for '--half-life': {why}\n" in result.stderr
    path = tmp_path / "forecasts.csv"
    write_predictionbook(path)
    result = run(
        "backtest",
        str(path),
        "--train-until",
        "2015-01-01",
        "--format",
        "json",
        "--draws",
        "20",
        "--half-life",
        "learn",
    )
    assert result.exit_code == 0, result.output
    recency = json.loads(result.stdout)["fit"]["recency"]
    # Few training questions: learnt or the fallback, with every candidate's loss reported either way.
    assert recency["how"].startswith(("learnt from", "fallback:")) and set(recency["log_loss"]) == {
        "7d",
        "14d",
        "30d",
        "90d",
        "365d",
        "none",
    }
    result = run("update", "--draws", "20", "--half-life", "none")
    assert result.exit_code == 0 and "recency: no decay (every latest judgment alike)" in result.stdout
