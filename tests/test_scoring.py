"""Scores: Brier, log score, calibration with intervals, Murphy decomposition, and who did well in 2020."""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.phrases import phrase_prior
from forecasts.scoring import (
    CONVENTION,
    CONVENTION_HELP,
    brier_score,
    calibration_table,
    collect_predictions,
    decompose,
    log_score,
    score_by,
    wilson_interval,
)
from forecasts.state import catalog_states
from forecasts.store import load_catalog, parse_scenario
from testdata import bundled_scenarios

ROOT = bundled_scenarios()


def test_brier_and_log_scores() -> None:
    assert brier_score({"yes": 0.8, "no": 0.2}, "yes") == pytest.approx(0.04)
    assert brier_score({"yes": 0.8, "no": 0.2}, "no") == pytest.approx(0.64)
    assert brier_score({"a": 0.5, "b": 0.3, "c": 0.2}, "b") == pytest.approx(0.5 * (0.25 + 0.49 + 0.04))
    assert log_score({"yes": 0.8, "no": 0.2}, "no") == pytest.approx(-math.log(0.2))
    assert brier_score({"yes": 0.5, "no": 0.5}, "yes") == 0.25 and log_score(
        {"yes": 0.5, "no": 0.5}, "no"
    ) == pytest.approx(0.693, abs=1e-3)


def test_wilson_intervals() -> None:
    low, high = wilson_interval(5, 10)
    assert (round(low, 4), round(high, 4)) == (0.2366, 0.7634)
    low, high = wilson_interval(0, 4)
    assert low == 0 and high == pytest.approx(0.4899, abs=1e-4)
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_calibration_and_the_murphy_identity() -> None:
    pairs = [(0.05, 0)] * 9 + [(0.05, 1)] + [(0.35, 0)] * 6 + [(0.35, 1)] * 4 + [(0.95, 1)] * 8 + [(0.95, 0)] * 2
    table = calibration_table(pairs, bins=10)
    assert [(b.low, b.n, round(b.observed, 2)) for b in table] == [(0.0, 10, 0.1), (0.3, 10, 0.4), (0.9, 10, 0.8)]
    assert table[1].interval == wilson_interval(4, 10)
    d = decompose(pairs, bins=10)
    assert d is not None
    base = 13 / 30
    assert d.uncertainty == pytest.approx(base * (1 - base))
    assert d.reliability == pytest.approx(((0.05 - 0.1) ** 2 + (0.35 - 0.4) ** 2 + (0.95 - 0.8) ** 2) / 3)
    assert d.resolution == pytest.approx(((0.1 - base) ** 2 + (0.4 - base) ** 2 + (0.8 - base) ** 2) / 3)
    # Every forecast sits at its bin's mean, so the decomposition is exact.
    assert d.brier == pytest.approx(d.reliability - d.resolution + d.uncertainty) and abs(d.within_bin) < 1e-12
    assert d.discrimination == pytest.approx(d.mean_when_yes - d.mean_when_no)
    assert d.mean_when_yes == pytest.approx((0.05 + 4 * 0.35 + 8 * 0.95) / 13)


TREE = {
    "quiet": """id: quiet
title: Quiet
question: Will it happen by 2020-01-31?
created: 2020-01-01
deadline: 2020-01-31
resolution: {criteria: Yes if it happens.}
sources:
  - {quote: "It will likely happen", speaker: Pundit A, outlet: Paper, hedge: likely}
  - {quote: "It will not happen", speaker: Pundit B, outlet: Paper, prior: 0.9, polarity: negative}
  - {quote: "Late words", speaker: Pundit C, outlet: Paper, hedge: likely, published: 2020-02-01}
history:
- {type: forecast, at: 2020-01-01T00:00:00+00:00, by: Ana, probability: 0.6}
- {type: forecast, at: 2020-01-21T00:00:00+00:00, by: Ana, probability: 0.1}
- {type: forecast, at: 2020-01-31T12:00:00+00:00, by: Ana, probability: 0.01}
- {type: resolution, at: 2020-02-01T00:00:00+00:00, by: Ana, outcome: 'no', resolved_at: 2020-01-31}
""",
    "form": """id: form
title: Form
question: Which form?
kind: categorical
options: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}]
created: 2020-01-01
deadline: 2020-01-31
resolution: {criteria: The first that fits.}
sources:
  - {quote: "It will be A", speaker: Pundit A, outlet: Other, option: a, prior: 0.7}
history:
- {type: forecast, at: 2020-01-01T00:00:00+00:00, by: Ana, probability: {a: 0.2, b: 0.5, c: 0.3}}
- {type: resolution, at: 2020-01-10T00:00:00+00:00, by: Ana, outcome: b, resolved_at: 2020-01-10}
""",
    "void": """id: void
title: Void
question: If X, will Y?
created: 2020-01-01
deadline: 2020-01-31
resolution: {criteria: Yes if Y.}
sources:
  - {quote: "Y will follow", speaker: Pundit A, outlet: Paper, hedge: likely}
history:
- {type: resolution, at: 2020-02-01T00:00:00+00:00, by: Ana, outcome: annulled, resolved_at: 2020-01-31}
""",
}


@pytest.fixture
def collected():
    files = [parse_scenario(Path(f"case/{sid}.yaml"), text) for sid, text in TREE.items()]
    return collect_predictions(catalog_states(files, datetime(2020, 6, 1, tzinfo=UTC)))


def test_words_are_scored_on_what_they_imply(collected) -> None:
    by_source = {(p.scenario_id, p.who): p for p in collected.predictions if p.kind == "source"}
    likely = phrase_prior("likely").mean
    assert by_source["quiet", "Pundit A (Paper)"].probabilities == {"yes": likely, "no": 1 - likely}
    assert by_source["quiet", "Pundit A (Paper)"].brier == pytest.approx(likely**2)
    assert by_source["quiet", "Pundit B (Paper)"].probabilities["yes"] == pytest.approx(0.1)  # "will not", 90% sure
    assert by_source["form", "Pundit A (Other)"].probabilities == pytest.approx({"a": 0.7, "b": 0.15, "c": 0.15})
    assert ("quiet", "Pundit C (Paper)") not in by_source  # said after it was settled
    assert (collected.annulled, collected.ambiguous, sorted(collected.scenarios)) == (1, 0, ["form", "quiet"])


def test_forecasters_are_scored_on_their_forecasts_over_time(collected) -> None:
    (quiet,) = [p for p in collected.predictions if p.kind == "forecaster" and p.scenario_id == "quiet"]
    # 0.6 stood 20 days, 0.1 stood 10 days; the 0.01 on the day it was settled does not count.
    assert quiet.brier == pytest.approx((20 * 0.36 + 10 * 0.01) / 30)
    assert quiet.log == pytest.approx((20 * -math.log(0.4) + 10 * -math.log(0.9)) / 30)
    assert quiet.probabilities["yes"] == pytest.approx((20 * 0.6 + 10 * 0.1) / 30)
    files = [parse_scenario(Path(f"case/{sid}.yaml"), text) for sid, text in TREE.items()]
    last = collect_predictions(catalog_states(files, datetime(2020, 6, 1, tzinfo=UTC)), rule="last")
    (quiet_last,) = [p for p in last.predictions if p.kind == "forecaster" and p.scenario_id == "quiet"]
    assert quiet_last.brier == pytest.approx(0.01)


def test_groups_rank_by_brier(collected) -> None:
    speakers = score_by(collected.predictions, "speaker")
    assert [(g.name, g.n) for g in speakers] == [("Pundit B", 1), ("Pundit A", 2)]
    assert [g.name for g in score_by(collected.predictions, "forecaster")] == ["Ana"]
    assert {g.name for g in score_by(collected.predictions, "outlet")} == {"Paper", "Other"}
    assert {g.name for g in score_by(collected.predictions, "phrase")} == {"likely", "stated number"}


def score(*args: str) -> str:
    result = CliRunner().invoke(cli, ["score", "--scenarios", str(ROOT), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_how_did_the_pundits_in_the_article_do() -> None:
    text = score("--group-by", "speaker", "--case", "iran-2020")
    lines = text.splitlines()
    assert (
        lines[0].startswith("Scores by speaker, as of ")
        and "20 resolved scenarios scored (2 annulled not scored)" in lines[0]
    )
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["RANK", "SPEAKER"])
    end = next(i for i, line in enumerate(lines) if "(reference: equal odds on every outcome)" in line)
    rows = [re.split(r"\s{2,}", line.strip()) for line in lines[header + 1 : end]]
    names = [row[1] for row in rows]
    assert set(names) == {
        "Mohammad Manzarpour",
        "Gregory Brew",
        "Reza Khaasteh",
        "Ali Khamenei",
        "Inside Arabia (article author)",
        "Inside Arabia (headline of a related article)",
        "Iraqi parliamentarians",
        "Iranian state officials",
    }
    assert [float(row[4]) for row in rows] == sorted(float(row[4]) for row in rows)
    assert rows[-1][1] == "Mohammad Manzarpour" and rows[-1][2:4] == ["4", "2/4"]
    data = json.loads(score("--group-by", "speaker", "--case", "iran-2020", "--format", "json"))
    groups = {g["name"]: g for g in data["groups"]}
    manzarpour = groups["Mohammad Manzarpour"]
    assert manzarpour["n"] == 4  # his conditional forecast (Gulf war if the US strikes Iran) was annulled
    assert {p["scenario"] for p in manzarpour["predictions"]} == {
        "iran-response-nature",
        "iran-reprisal-immediate",
        "iran-reprisal-two-weeks",
        "iran-reprisal-persistent",
    }
    # "In all likelihood asymmetric": the response was direct.
    nature = next(p for p in manzarpour["predictions"] if p["scenario"] == "iran-response-nature")
    assert nature["outcome"] == "direct" and nature["probabilities"]["asymmetric"] > 0.7 and nature["brier"] > 0.5
    assert [g["rank"] for g in data["groups"]] == list(range(1, len(data["groups"]) + 1))
    assert [g["brier"] for g in data["groups"]] == sorted(g["brier"] for g in data["groups"])
    assert data["reference"]["brier"] == pytest.approx(0.25, abs=0.01)
    assert sum(b["n"] for b in data["calibration"]) == data["decomposition"]["n"]
    d = data["decomposition"]
    assert d["brier"] == pytest.approx(
        d["reliability"] - d["resolution"] + d["uncertainty"] + d["within_bin"], abs=1e-5
    )


def test_forecasters_phrases_tags_and_as_of() -> None:
    forecasters = json.loads(score("--group-by", "forecaster", "--format", "json"))
    assert [g["name"] for g in forecasters["groups"]] == sorted(
        ["Ana Torres", "Ben Okafor"], key=lambda n: next(g["brier"] for g in forecasters["groups"] if g["name"] == n)
    )
    assert "bare 'will'" in score("--group-by", "phrase")
    assert "RANK  TAG" in score("--group-by", "tag")
    assert "no predictions to score by speaker" in score("--group-by", "speaker", "--as-of", "2020-01-04")


def test_score_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["score", "--help"])
    assert "forecasts score --group-by speaker" in result.stdout and "Wilson" in result.stdout


def test_score_and_backtest_say_one_convention_in_help_and_json(tree) -> None:
    runner = CliRunner()
    for command in ("score", "backtest"):
        shown = runner.invoke(cli, [command, "--help"])
        assert shown.exit_code == 0, shown.output
        assert CONVENTION_HELP in " ".join(shown.output.split()), command
    result = runner.invoke(cli, ["score", "--group-by", "speaker", "--format", "json", "--scenarios", str(tree)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["scoring"] == CONVENTION
    assert CONVENTION["brier"].startswith("half the sum over outcomes of (p - o)^2")


def test_drafts_are_neither_scored_nor_counted_unresolved(tree) -> None:
    before = collect_predictions(catalog_states(load_catalog(tree).files))
    (tree / "demo" / "drafted.yaml").write_text(
        "id: drafted\ntitle: T\nquestion: Will it?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nstatus: draft\n"
        "resolution: {criteria: c}\nsources:\n- {quote: It will happen, speaker: A Pundit}\n",
        encoding="utf-8",
    )
    after = collect_predictions(catalog_states(load_catalog(tree).files))
    assert (after.unresolved, after.scenarios, len(after.predictions)) == (
        before.unresolved,
        before.scenarios,
        len(before.predictions),
    )
    assert before.unresolved == 3
