"""forecasts import: each platform's export into scenarios, bad rows reported by line, re-import a no-op."""

from __future__ import annotations

import shutil
from datetime import UTC
from pathlib import Path

from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

from forecasts.scenario import slug_problem
from forecasts.store import dump_yaml, load_catalog, read_scenario
from forecasts.track_record.command import import_command
from forecasts.track_record.records import bounded_split, clean_text, platform_id
from testdata import DATA, require_shared

IMPORT = DATA / "import"


def run_import(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(import_command, list(args), prog_name="forecasts import")
    return result.exit_code, result.stdout, result.stderr


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def test_predictionbook_maps_questions_forecasts_outcomes_and_reports_bad_rows(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    code, out, err = run_import(
        "predictionbook",
        str(IMPORT / "predictionbook" / "forecasts.csv"),
        "--case",
        "pb",
        "--scenarios",
        str(scenarios),
    )
    assert code == 0, err
    assert (
        f"skipped: {IMPORT / 'predictionbook' / 'forecasts.csv'}:5: probability: 'seventy' is not a number; give a probability from 0 to 1 such as 0.7"
        in err
    )
    assert "3 scenarios created" in out and "1 rows skipped" in out
    asx = read_scenario(scenarios / "pb" / "pb-8.yaml").scenario
    assert asx.title == "ASX will finish above 5440 on Friday"
    assert asx.status == "resolved" and asx.resolution.outcome == "no"
    assert [(f.by, f.probability, f.stated) for f in asx.forecasts] == [("Lina", 0.8, None), ("Miyo", 0.999, "1")]
    assert asx.resolution.evidence[0].url == "https://predictionbook.com/predictions/8"
    # Made after its own deadline: created is moved back to the deadline, opens left out.
    late = read_scenario(scenarios / "pb" / "pb-15.yaml").scenario
    assert late.opens is None and late.created == late.deadline
    # A Windows-1252 dash read as the C1 control character U+0096 becomes the dash again.
    assert late.title == "[Copa Libertadores 2018 – Group Stage] Palmeiras win"
    assert read_scenario(scenarios / "pb" / "pb-17.yaml").scenario.status == "open"
    assert not load_catalog(scenarios).problems


def test_a_row_without_its_forecaster_is_skipped_naming_the_column(tmp_path: Path) -> None:
    export = tmp_path / "forecasts.csv"
    export.write_text(
        "question_id,user_id,probability,timestamp,outcome,open_time,close_time\n"
        "8,Lina,0.8,2008-06-20 11:43:07+00:00,0.0,2008-06-20 11:43:07+00:00,2008-08-01 10:00:00+00:00\n"
        "8, ,0.6,2008-06-21 05:19:37+00:00,0.0,2008-06-20 11:43:07+00:00,2008-08-01 10:00:00+00:00\n",
        encoding="utf-8",
    )
    code, out, err = run_import("predictionbook", str(export), "--case", "pb", "--scenarios", str(tmp_path / "s"))
    assert code == 0, err
    assert f"skipped: {export}:3: user_id: empty; every forecast needs its forecaster" in err
    assert "1 rows skipped" in out


def test_reimporting_the_same_file_changes_nothing(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    args = ("fatebook", str(IMPORT / "fatebook.csv"), "--case", "mine", "--scenarios", str(scenarios))
    assert run_import(*args)[0] == 0
    before = snapshot(scenarios / "mine")
    code, out, _ = run_import(*args)
    assert code == 0
    assert "0 scenarios created, 0 appended to, 4 unchanged (0 forecasts added)" in out
    assert snapshot(scenarios / "mine") == before


def test_a_later_export_appends_only_what_is_new_below_history(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    first = tmp_path / "first.csv"
    lines = (IMPORT / "fatebook.csv").read_text().splitlines(keepends=True)
    # The first export: the ECB question before its second forecast and before it resolved.
    first.write_text(lines[0] + lines[1].replace('"YES",2024-06-06 14:00:00', '"",'))
    assert run_import("fatebook", str(first), "--case", "mine", "--scenarios", str(scenarios))[0] == 0
    path = next((scenarios / "mine").glob("fatebook-will-the-ecb-*.yaml"))
    written = path.read_bytes()
    code, out, _ = run_import("fatebook", str(IMPORT / "fatebook.csv"), "--case", "mine", "--scenarios", str(scenarios))
    assert code == 0 and "1 appended to" in out
    after = path.read_bytes()
    assert after.startswith(written)  # nothing already written changed
    scenario = read_scenario(path).scenario
    assert [(e.type, getattr(e, "probability", None)) for e in scenario.history] == [
        ("forecast", 0.85),
        ("resolution", None),
    ]
    assert scenario.history[1].outcome == "yes"  # type: ignore[union-attr]


def test_gjp_yes_no_and_option_questions(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    code, _, err = run_import(
        "gjp", str(IMPORT / "gjp" / "survey_fcasts.csv"), "--case", "gjp", "--scenarios", str(scenarios)
    )
    assert code == 0
    survey = IMPORT / "gjp" / "survey_fcasts.csv"
    assert err.splitlines() == [
        f"skipped: {survey}:14: value: 'abc' is not a number; give a probability from 0 to 1 such as 0.7",
        f"skipped: {survey}:15: answer_option: no row for option c of 1002-0; a forecast gives every option",
    ]
    yes_no = read_scenario(scenarios / "gjp" / "gjp-1004-0.yaml").scenario
    assert yes_no.kind == "binary" and yes_no.resolution.outcome == "no"
    assert [(f.by, f.probability) for f in yes_no.forecasts] == [
        ("gjp-600", 0.1),
        ("gjp-2986", 0.05),
        ("gjp-3469", 0.85),
    ]
    russia = read_scenario(scenarios / "gjp" / "gjp-1002-0.yaml").scenario
    assert russia.kind == "categorical" and [o.id for o in russia.options or []] == ["a", "b", "c"]
    assert russia.forecasts[0].probability == {"a": 0.15, "b": 0.8, "c": 0.05}


def test_metaculus_skips_aggregates_and_numeric_questions(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    code, _, err = run_import(
        "metaculus", str(IMPORT / "metaculus" / "forecast_data.csv"), "--case", "mc", "--scenarios", str(scenarios)
    )
    assert code == 0
    folder = IMPORT / "metaculus"
    assert err.splitlines() == [
        f"skipped: {folder / 'question_data.csv'}:4: Question Type: 'numeric' is not imported; a scenario asks a yes/no or multiple-choice question (Binary, Multiple Choice)",
        f"skipped: {folder / 'forecast_data.csv'}:6: Probability Yes Per Category: 2 values for 3 options",
        f"skipped: {folder / 'forecast_data.csv'}:7: Start Time: 'not a time' is not a date or datetime (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)",
    ]
    binary = read_scenario(scenarios / "mc" / "metaculus-31001.yaml").scenario
    assert [f.by for f in binary.forecasts] == ["ana_t", "ben_o"]  # not the recency_weighted aggregate
    taiwan = read_scenario(scenarios / "mc" / "metaculus-31002.yaml").scenario
    assert taiwan.resolution.outcome == "lai-ching-te"
    assert [o.label for o in taiwan.options or []] == ["Lai Ching-te", "Hou Yu-ih", "Ko Wen-je"]


def test_gjopen_options_held_off_zero(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    code, _, err = run_import(
        "gjopen", str(IMPORT / "gjopen" / "predictions.json"), "--case", "gjo", "--scenarios", str(scenarios)
    )
    assert code == 0
    assert err.splitlines() == [
        f"skipped: {IMPORT / 'gjopen' / 'predictions.json'}:5: problem_id: '9999' is not in metadata.json (or was skipped there)"
    ]
    mvp = read_scenario(scenarios / "gjo" / "gjopen-3940.yaml").scenario
    latest = mvp.forecasts[-1]
    assert latest.stated == "josh-allen=0.2,saquon-barkley=0,lamar-jackson=0.8,someone-else=0"
    assert isinstance(latest.probability, dict) and min(latest.probability.values()) == 0.001
    assert abs(sum(latest.probability.values()) - 1) < 1e-9
    assert mvp.resolution.outcome == "josh-allen"
    fed = read_scenario(scenarios / "gjo" / "gjopen-4001.yaml").scenario
    assert fed.kind == "binary" and fed.resolution.outcome == "no" and fed.created == fed.forecasts[0].at


def test_a_file_of_the_wrong_platform_names_the_missing_columns(tmp_path: Path) -> None:
    code, _, err = run_import(
        "fatebook", str(IMPORT / "predictionbook" / "forecasts.csv"), "--case", "x", "--scenarios", str(tmp_path)
    )
    assert code == 1
    assert err.startswith(
        f"{IMPORT / 'predictionbook' / 'forecasts.csv'}:1: missing columns 'Question title', 'Forecast created by',"
    )
    assert err.rstrip().endswith("is this the right file and format?")


def test_an_invalid_file_in_the_way_is_never_overwritten(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    (scenarios / "pb").mkdir(parents=True)
    (scenarios / "pb" / "pb-8.yaml").write_text("id: pb-8\nnot: valid\n")
    code, _, err = run_import(
        "predictionbook",
        str(IMPORT / "predictionbook" / "forecasts.csv"),
        "--case",
        "pb",
        "--scenarios",
        str(scenarios),
    )
    assert code == 0
    assert (
        f"skipped: {scenarios / 'pb' / 'pb-8.yaml'}: exists but does not load (run `forecasts validate`); pb-8 not imported"
        in err
    )
    assert (scenarios / "pb" / "pb-8.yaml").read_text() == "id: pb-8\nnot: valid\n"


@given(st.text(min_size=1, max_size=200))
def test_platform_ids_are_slugs_and_stable(native: str) -> None:
    scenario_id = platform_id("pb", native)
    assert slug_problem(scenario_id) is None
    assert platform_id("pb", native) == scenario_id


@given(st.text(max_size=80))
def test_clean_text_leaves_no_c1_control_character(text: str) -> None:
    cleaned = clean_text(text)
    # cp1252 leaves five C1 points undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d): those stay for validation to report.
    assert all(not 0x80 <= ord(c) <= 0x9F or c in "\x81\x8d\x8f\x90\x9d" for c in cleaned)


def test_gjp_sample_from_shared(tmp_path: Path) -> None:
    survey = require_shared("data/forecasts/gjp/survey_fcasts_mini.yr1.csv")
    copy = tmp_path / "gjp"
    copy.mkdir()
    shutil.copy(survey, copy / survey.name)
    shutil.copy(survey.parent / "ifps.csv", copy / "ifps.csv")
    code, out, _ = run_import("gjp", str(copy / survey.name), "--case", "gjp", "--scenarios", str(tmp_path / "s"))
    assert code == 0 and "18 questions, 4409 forecasts read; 18 scenarios created" in out


@given(
    st.dictionaries(st.from_regex(r"[a-z]{1,6}", fullmatch=True), st.floats(0, 1), min_size=2, max_size=8).filter(
        lambda d: sum(d.values()) > 0
    )
)
@example({"a": 0.0, "aa": 5e-324})  # a subnormal share once underflowed and the split summed to 1.002
def test_a_split_held_off_zero_sums_to_one_within_the_limits(values: dict[str, float]) -> None:
    held = bounded_split(values)
    assert abs(sum(held.values()) - 1) < 1e-9
    assert all(0.001 - 1e-12 <= p <= 0.999 + 1e-12 for p in held.values())


_values = st.recursive(
    st.none()
    | st.booleans()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.integers()
    | st.text(max_size=40)
    | st.datetimes(timezones=st.just(UTC))
    | st.dates(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(min_size=1, max_size=10), inner, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(st.text(min_size=1, max_size=12), _values, min_size=1, max_size=6))
def test_the_bulk_writer_writes_the_same_text(data: dict[str, object]) -> None:
    assert dump_yaml(data, bulk=True) == dump_yaml(data)
