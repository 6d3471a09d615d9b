"""The reading files a round's blind reading of held-out sets is made with (bench/draft_quality.py
``--read-sets``, ``--tally``): drafts written and held-back claims kept apart."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import yaml

BENCH = Path(__file__).resolve().parents[1] / "bench" / "draft_quality.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draft_quality", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("draft_quality", module)  # its dataclasses look their module up by name
    spec.loader.exec_module(sys.modules["draft_quality"])
    return sys.modules["draft_quality"]


def test_a_reading_holds_every_draft_of_the_sets_and_marks_the_held_back_claims() -> None:
    reading = _bench().reading_of_sets(["et"], held_back=4)
    drafts = reading["drafts"]
    assert reading["seed"] == "holdout-et"
    assert {d["article"][:4] for d in drafts} <= {"et01", "et02", "et03"}
    held = [d for d in drafts if d.get("held_back")]
    assert len(held) == 4
    assert all(d["score"] is None and d["why"] is None for d in drafts)
    # The same sets give the same reading: the sample is seeded by their names.
    assert _bench().reading_of_sets(["et"], held_back=4) == reading


def test_a_tally_counts_the_drafts_written_apart_from_the_claims_held_back(tmp_path: Path) -> None:
    scored = tmp_path / "reading.yaml"
    drafts = [
        {"article": "x01", "id": "a", "score": "as_is"},
        {"article": "x01", "id": "b", "score": "rewritten"},
        {"article": "x02", "id": "c", "score": "one_field", "held_back": True},
        {"article": "x02", "id": "d", "score": None, "held_back": True},
    ]
    scored.write_text(yaml.safe_dump({"drafts": drafts}), encoding="utf-8")
    done = subprocess.run([sys.executable, str(BENCH), "--tally", str(scored)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "written: as_is 1, one_field 0, rewritten 1; publishable 1 of 2; unscored 0",
        "held back: as_is 0, one_field 1, rewritten 0; publishable 1 of 1; unscored 1",
    ]


def test_an_unknown_set_is_refused_naming_what_a_set_is(tmp_path: Path) -> None:
    out = tmp_path / "reading.yaml"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--read-sets", "zz", "--out", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "--read-sets: no file of drafting_holdout/ is in set zz (a set is the letters file names start with, "
        "as ep01-...)"
    )
    assert not out.exists()
