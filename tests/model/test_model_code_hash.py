"""The posterior's code hash covers everything that can change a number (issue 17, item 1).

A posterior is reused while ``inputs_sha256`` matches; the code part of it must change with any
file under forecasts/model/ (a new one too), the hedge phrase table and its reader, and the
package version, or ``forecasts update`` says "up to date" over stale numbers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forecasts.model.posterior import PACKAGE, code_digest, code_files


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the installed package, to edit freely."""
    copy = tmp_path / "forecasts"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_every_model_module_and_the_phrase_table_are_hashed() -> None:
    hashed = {p.relative_to(PACKAGE).as_posix() for p in code_files()}
    model = {p.relative_to(PACKAGE).as_posix() for p in (PACKAGE / "model").glob("*.py")}
    assert model <= hashed
    # The two the hand-written list left out, and the table no one hashed.
    assert {"model/fit.py", "model/recency.py", "data/phrases.csv", "phrases.py"} <= hashed
    assert all(p.is_file() for p in code_files()), [p for p in code_files() if not p.is_file()]


def test_a_model_module_added_later_is_covered(package: Path) -> None:
    before = code_digest(package)
    (package / "model" / "shrinkage.py").write_text("FACTOR = 0.5\n", encoding="utf-8")
    assert code_digest(package) != before


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        # the ADVI averaging, which the hand list left out
        ("model/fit.py", "(1 - config.advi_average_fraction))", "(1 - config.advi_average_fraction)) + 1"),
        # the recency weights, also left out
        ("model/recency.py", '"""', '"""\n'),
        # a hedge's Beta
        ("data/phrases.csv", "\n", "\n# edited\n"),
    ],
)
def test_an_edit_to_what_makes_numbers_changes_the_hash(package: Path, name: str, old: str, new: str) -> None:
    before = code_digest(package)
    path = package / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert code_digest(package) != before


def test_the_package_version_is_part_of_the_hash(package: Path) -> None:
    assert code_digest(package, "0.1.0") != code_digest(package, "0.2.0")


def test_the_hash_does_not_depend_on_where_the_package_is(package: Path) -> None:
    assert code_digest(package) == code_digest(PACKAGE)
