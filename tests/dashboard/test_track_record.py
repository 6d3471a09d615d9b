"""The track record page: leaderboards, calibration and "how the pundits did", from forecasts.scoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from markdown_text import shown_text
from streamlit.testing.v1 import AppTest

from forecasts.scoring import collect_predictions, score_by
from forecasts.state import as_of_instant, catalog_states
from forecasts.store import load_catalog
from forecasts.tables import build_tables
from testdata import copy_bundled

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
PAGE = "views/track_record.py"


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled Iran 2020 case as the dashboard's scenarios folder."""
    root = tmp_path / "bundled"
    copy_bundled(root)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    return root


def track_record(**params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def expected(root: Path, by: str) -> list[tuple[str, float]]:
    """What forecasts.scoring ranks, straight from the library."""
    states = catalog_states(load_catalog(root).files, as_of_instant(None))
    return [(g.name, g.brier) for g in score_by(collect_predictions(states).predictions, by)]  # type: ignore[arg-type]


def test_pundits_of_the_bundled_case_are_ranked(bundled: Path) -> None:
    at = track_record()
    assert at.selectbox(key="track_case").value == "iran-2020"
    speakers = expected(bundled, "speaker")
    assert len(speakers) == 8
    # The pundits table is the last one: speakers in the library's order, with its Brier scores.
    table = at.dataframe[-1].value
    assert list(table["name"]) == [name for name, _ in speakers]
    assert list(table["brier"]) == pytest.approx([brier for _, brier in speakers])
    labels = [shown_text(e.label) for e in at.expander]
    assert labels[-1].startswith("8. Mohammad Manzarpour — Brier 0.369")
    assert any(label.startswith("6. Inside Arabia (article author)") and "6 of 8 right" in label for label in labels)
    # Each quote with its hedge highlighted and its outcome.
    text = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert ":orange-background[**in all likelihood**]" in text
    assert "outcome **direct**" in text
    assert "id=iran-response-nature" in {p.proto.query_string for p in at.get("page_link")}


def test_leaderboard_follows_the_grouping(bundled: Path) -> None:
    at = track_record()
    assert list(at.dataframe[0].value["name"]) == [name for name, _ in expected(bundled, "source")]
    for by in ("outlet", "forecaster", "phrase"):
        at.selectbox(key="track_by").select(by).run()
        assert not at.exception
        assert list(at.dataframe[0].value["name"]) == [name for name, _ in expected(bundled, by)], by
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    assert len(specs) == 2  # the Brier bars and the reliability diagram


def test_calibration_plot_has_bins_intervals_and_diagonal(bundled: Path) -> None:
    at = track_record()
    charts = at.get("vega_lite_chart")
    spec = json.loads(charts[-1].proto.spec)
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["line", "rule", "circle"]
    assert spec["layer"][1]["encoding"]["y2"]["field"] == "high"
    assert spec["layer"][2]["encoding"]["size"]["field"] == "n"
    assert any("Murphy decomposition of 22 yes/no pairs" in c.value for c in at.caption)
    # One group's calibration.
    at.selectbox(key="track_calibration").select("Mohammad Manzarpour (Inside Arabia)").run()
    assert not at.exception
    # 4 quotes, one on a categorical question with three options: 6 yes/no pairs.
    assert any("Murphy decomposition of 6 yes/no pairs" in c.value for c in at.caption)


def test_nothing_resolved_yet(bundled: Path) -> None:
    at = track_record(as_of="2020-01-04")
    assert any("Nothing resolved by 2020-01-04" in i.value for i in at.info)
    assert not at.dataframe


def test_the_export_tables_are_offered_as_downloads(bundled: Path) -> None:
    at = track_record()
    labels = [b.proto.label for b in at.get("download_button")]
    tables = build_tables(catalog_states(load_catalog(bundled).files, as_of_instant(None)))
    assert labels == [f"{name} ({len(frame)} rows)" for name, frame in tables.items()]


def test_the_download_tables_are_built_once_per_tree_state(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Building the tables estimates every scenario again and writing them serialises every row:
    # once per (tree, as-of) and format, not on every rerun of the page nor for every viewer.
    from forecasts import tables

    built: list[int] = []
    written: list[str] = []
    real_build, real_bytes = tables.build_tables, tables.table_bytes

    def counting_build(states: list[Any]) -> Any:
        built.append(len(states))
        return real_build(states)

    def counting_bytes(frame: Any, name: str, fmt: str) -> bytes:
        written.append(f"{name}.{fmt}")
        return real_bytes(frame, name, fmt)

    monkeypatch.setattr(tables, "build_tables", counting_build)
    monkeypatch.setattr(tables, "table_bytes", counting_bytes)
    at = track_record()
    at.selectbox(key="track_by").set_value("speaker").run()  # a rerun
    track_record()  # another viewer
    assert len(built) == 1
    assert sorted(written) == sorted(f"{name}.csv" for name in tables.COLUMNS)
    at.radio(key="track_download_format").set_value("json").run()
    assert len(built) == 1
    assert sorted(written) == sorted(
        [f"{name}.csv" for name in tables.COLUMNS] + [f"{name}.json" for name in tables.COLUMNS]
    )
    # A changed file is a new tree state: built again.
    tour = bundled / "practice" / "practice-tour.yaml"
    tour.write_text(tour.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    track_record()
    assert len(built) == 2
