"""`forecasts baserate`: scenarios, ladders and --all over a small hand-made event store, text and JSON exact."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from forecasts.baserate import read_base_rates
from forecasts.baserate_command import select_scenarios
from forecasts.cli import cli
from forecasts.events.store import GDELT_SCHEMA, partition_name, table_of, write_parquet
from forecasts.model.posterior import posterior_folder
from forecasts.store import load_catalog
from forecasts.synthetic_history import KINDS, MARKER, synthetic_frame, write_synthetic_store


def gdelt_row(day: date, event_id: str, sources: int, a1: str = "IRN", ac: str = "IZ") -> dict[str, object]:
    number = day.year * 10000 + day.month * 100 + day.day
    return {
        "id": event_id,
        "day": number,
        "added": int(datetime(day.year, day.month, day.day, 8, tzinfo=UTC).timestamp()),
        "a1_code": a1,
        "a1_country": a1,
        "a2_code": "USA",
        "a2_country": "USA",
        "code": "190",
        "root": 19,
        "quad": 4,
        "mentions": 10,
        "sources": sources,
        "articles": 5,
        "ac": ac,
        "adm1": ac,
        "place": ac,
        "feature": "-3",
        "url": f"https://example.org/{event_id}",
    }


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """Three qualifying strikes in 2019 (IRN on USA in Iraq, 3+ sources), and one with too few sources."""
    folder = tmp_path / "events"
    rows = [
        gdelt_row(date(2019, 3, 10), "901", 3),
        gdelt_row(date(2019, 3, 12), "902", 4),
        gdelt_row(date(2019, 6, 1), "903", 2),  # too few sources: not an incident
        gdelt_row(date(2019, 11, 2), "904", 5),
    ]
    for row in rows:
        frame = pd.DataFrame([row], columns=GDELT_SCHEMA.names)
        day = date(int(row["day"]) // 10000, int(row["day"]) // 100 % 100, int(row["day"]) % 100)  # type: ignore[call-overload]
        write_parquet(folder / "gdelt" / partition_name(day) / "events.parquet", table_of(frame, "gdelt"))
    return folder


def invoke(tree: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["baserate", *args, "--scenarios", str(tree)])
    return result.exit_code, result.stdout, result.stderr


def test_text_of_one_scenario_exact(tree, store):
    code, out, err = invoke(tree, "strike", "--from", "2019-01-01", "--to", "2019-12-31", "--store", str(store))
    assert code == 0
    # The hand-made store holds 4 days of 2019: the command says what that means.
    assert err == (
        f"warning: {store}: GDELT is stored for 4 of the 365 days 2019-01-01..2019-12-31; days not stored count as "
        "days without incidents (fill them: forecasts events sync --feed gdelt --from 2019-01-01 --to 2019-12-31)\n"
    )
    # 28-day windows: 13 tiles end on 2019-12-31 (1 day left over); 3 incidents in 2 tiles (10 and 12 March
    # share one). Sliding windows start on days 0..337: 30 hold day 68 or 70 (March), 28 hold day 305 (November).
    assert (
        out
        == "\n".join(
            [
                "strike: Direct strike on US forces",
                "  in 2019 this happened in 2 of 13 28-day windows",
                "  sliding windows: 58 of 338 (17.2%); effective sample 13.0 windows (365 days / 28)",
                "  at least one in a window: 19.5% (90% interval 5.5% to 38.6%), Beta(2.74, 11.30)",
                "  incidents: 3 days matched, 0.0082 a day; hazard 0.00775 a day",
                f"  history: duckdb over {store}",
                "    2019-03-10  https://example.org/901",
                "    2019-03-12  https://example.org/902",
                "    2019-11-02  https://example.org/904",
            ]
        )
        + "\n"
    )


def test_json_and_write_store_what_update_reads(tree, store):
    code, out, err = invoke(
        tree,
        "--all",
        "--from",
        "2019-01-01",
        "--to",
        "2019-12-31",
        "--store",
        str(store),
        "--format",
        "json",
        "--write",
    )
    assert code == 0
    assert err.endswith(f"wrote 1 base rate(s) to {posterior_folder(tree) / 'baserates.json'}\n")
    data = json.loads(out)
    assert data["schema_version"] == 1
    assert data["skipped"] == [
        {"scenario": "proxy", "reason": "no machine rule"},
        {"scenario": "response", "reason": "no machine rule"},
        {"scenario": "retaliation-if-strike", "reason": "no machine rule"},
    ]
    (rate,) = data["base_rates"]
    assert rate["windows"] == {"tiled": 13, "matched": 2}
    assert rate["sliding"] == {"windows": 338, "matched": 58, "share": 0.171598}
    assert [(i["day"], i["ids"], i["sources"]) for i in rate["incidents"]] == [
        ("2019-03-10", ["901"], 3),
        ("2019-03-12", ["902"], 4),
        ("2019-11-02", ["904"], 5),
    ]
    stored = read_base_rates(posterior_folder(tree))
    assert stored is not None and stored.rates["strike"].to_data() == rate


def test_the_pandas_matcher_finds_the_same(tree, store):
    args = ("strike", "--from", "2019-01-01", "--to", "2019-12-31", "--store", str(store), "--format", "json")
    duck = json.loads(invoke(tree, *args)[1])["base_rates"][0]
    pandas = json.loads(invoke(tree, *args, "--engine", "pandas")[1])["base_rates"][0]
    assert {k: v for k, v in duck.items() if k != "history"} == {k: v for k, v in pandas.items() if k != "history"}


def test_a_ladder_gives_one_per_rung(tree, store):
    files = load_catalog(tree).files
    selection = select_scenarios(files, "demo-ladder", every=False)
    assert [f.scenario.id for f in selection.files] == ["strike"]
    assert selection.skipped == [("proxy", "no machine rule")]


def test_errors_name_the_file_and_the_fix(tree, store):
    code, _, err = invoke(tree, "proxy", "--store", str(store))
    assert code == 1
    assert err == (
        f"{tree / 'demo' / 'proxy.yaml'}: resolution: no rule; a base rate counts how often a machine rule matched "
        "(add one under resolution: rule:, see README 'Resolving and scoring')\n"
    )
    code, _, err = invoke(tree, "nothing")
    assert (code, err) == (
        1,
        "'nothing' is neither a scenario id nor a ladder (ladders: demo-ladder; `forecasts list` shows the ids)\n",
    )
    code, _, err = invoke(tree, "strike", "--from", "2019-12-31", "--to", "2019-01-01", "--store", str(store))
    assert (code, err) == (1, "--from 2019-12-31 is after --to 2019-01-01; give --from before --to\n")
    code, _, err = invoke(tree, "strike", "--from", "2019-01-01", "--to", "2019-01-10", "--store", str(store))
    assert (code, err) == (
        1,
        f"{tree / 'demo' / 'strike.yaml'}: history 2019-01-01..2019-01-10 holds 10 days, fewer than one 28-day "
        "window; give a longer span with --from/--to\n",
    )
    empty = store.parent / "empty"
    code, _, err = invoke(tree, "strike", "--store", str(empty))
    assert code == 1 and err.startswith(f"{empty}: no GDELT events stored; fill the store first: forecasts events sync")
    result = CliRunner().invoke(cli, ["baserate", "--scenarios", str(tree)])
    assert result.exit_code == 2 and "give a SCENARIO (an id or a ladder's name) or --all, not both" in result.stderr


def test_the_synthetic_store_says_so_and_its_rates_are_what_it_claims(tree, tmp_path):
    folder = tmp_path / "synthetic"
    write_synthetic_store(folder, date(2019, 1, 1), date(2019, 12, 31))
    assert (folder / MARKER).read_text().startswith("SYNTHETIC event history")
    code, out, _ = invoke(tree, "strike", "--from", "2019-01-01", "--to", "2019-12-31", "--store", str(folder))
    assert code == 0
    assert f"  history: SYNTHETIC history in {folder} (made-up rates, not real events)\n" in out
    frame = synthetic_frame(date(2010, 1, 1), date(2019, 12, 31))
    incidents = frame[~frame["id"].str[8:].str.startswith("9")]
    for k, kind in enumerate(KINDS):
        count = int((incidents["id"].str[8:] == f"{k:02d}").sum())
        expected = kind.daily * 3652
        assert abs(count - expected) <= 4 * expected**0.5 + 1, kind.name


def test_score_ranks_the_base_rate_alone_as_a_forecaster(tree, store):
    from forecasts.scenario import ResolutionEntry
    from forecasts.store import append_history

    append_history(
        tree / "demo" / "strike.yaml",
        ResolutionEntry(type="resolution", at="2020-02-01T00:00:00Z", by="carol", outcome="no"),
    )
    args = ["score", "--group-by", "forecaster", "--format", "json", "--scenarios", str(tree)]
    before = json.loads(CliRunner().invoke(cli, args).stdout)
    invoke(tree, "strike", "--from", "2019-01-01", "--to", "2019-12-31", "--store", str(store), "--write")
    after = json.loads(CliRunner().invoke(cli, args).stdout)
    names = [group["name"] for group in after["groups"]]
    assert "base rate alone" in names and "base rate alone" not in [g["name"] for g in before["groups"]]
    (alone,) = [g for g in after["groups"] if g["name"] == "base rate alone"]
    # 28 days from created to the deadline: the window's own chance, 19.5% (see the text test); it was "no".
    assert alone["n"] == 1
    assert alone["brier"] == pytest.approx(0.195**2, abs=2e-3)


def test_the_help_examples_run_as_written_on_a_synthetic_history(tmp_path, monkeypatch):
    """The tour cannot fetch years of GDELT (tests/test_tour.py exempts these); here they run on a SYNTHETIC store."""
    from testdata import copy_bundled

    root = tmp_path / "clone"
    copy_bundled(root / "scenarios")
    write_synthetic_store(root / "scenarios" / "_events", date(2015, 1, 1), date(2020, 1, 3))
    monkeypatch.chdir(root)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    usage = CliRunner().invoke(cli, ["baserate", "--help"], prog_name="forecasts").stdout
    commands = [line.strip() for line in usage.split("Examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()]
    assert len(commands) == 3
    for command in commands:
        result = CliRunner().invoke(cli, command.split()[1:], prog_name="forecasts")
        assert result.exit_code == 0, (command, result.output)
        assert "warning" not in result.stderr, (command, result.stderr)
    stored = read_base_rates(posterior_folder(root / "scenarios"))
    assert stored is not None and "iran-direct-strike" in stored.rates
    assert stored.history.startswith("SYNTHETIC history in scenarios/_events")


def test_json_validates_against_its_schema(tree, store):
    import jsonschema

    args = ("--all", "--from", "2019-01-01", "--to", "2019-12-31", "--store", str(store), "--format", "json")
    code, out, _ = invoke(tree, *args)
    document = json.loads(out)
    assert code == 0 and list(document)[0] == "schema_version" and document["base_rates"]
    schema = json.loads((Path(__file__).parents[1] / "docs" / "schema" / "baserate.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)


def test_write_refuses_history_from_after_the_scenario_was_created(tree, store):
    code, _, err = invoke(
        tree, "strike", "--from", "2019-06-01", "--to", "2020-01-10", "--store", str(store), "--write"
    )
    assert code == 1
    assert err.endswith(
        f"{tree / 'demo' / 'strike.yaml'}: --to 2020-01-10 is not before the scenario was created (2020-01-04); a base "
        "rate the model uses must come from the history before it: give --to 2020-01-03 or earlier, or leave out "
        "--write\n"
    )
    assert read_base_rates(posterior_folder(tree)) is None
    code, _, _ = invoke(tree, "strike", "--from", "2019-06-01", "--to", "2020-01-10", "--store", str(store))
    assert code == 0  # looking is fine; storing it for the model is not


def test_a_ladder_asks_the_store_once_for_all_its_rungs(tmp_path, monkeypatch):
    """The bundled us-iran-2020 ladder has five rungs with rules: one DuckDB scan of the store serves them
    all (item 5 of issue 18), and each rung's incidents are what its rule finds on its own."""
    import forecasts.events.history as history
    from testdata import copy_bundled

    root = copy_bundled(tmp_path / "scenarios")
    store = tmp_path / "events"
    write_synthetic_store(store, date(2019, 1, 1), date(2019, 12, 31))
    opened = []
    connect = history.duckdb_connection

    def counted(*args, **kwargs):
        opened.append(args[1])
        return connect(*args, **kwargs)

    monkeypatch.setattr(history, "duckdb_connection", counted)
    args = ["us-iran-2020", "--from", "2019-01-01", "--to", "2019-12-31", "--store", str(store), "--format", "json"]
    code, out, _ = invoke(root, *args)
    assert code == 0 and opened == ["gdelt"]
    rates = json.loads(out)["base_rates"]
    assert len(rates) == 5 and sum(len(rate["incidents"]) for rate in rates) > 0
    rules = {f.scenario.id: f.scenario.resolution.rule for f in load_catalog(root).files}
    for rate in rates:
        alone = history.rule_incidents(rules[rate["scenario"]], date(2019, 1, 1), date(2019, 12, 31), store=store)
        assert [(i["day"], i["ids"], i["urls"]) for i in rate["incidents"]] == [
            (i.day.isoformat(), list(i.ids), list(i.urls)) for i in alone
        ]
