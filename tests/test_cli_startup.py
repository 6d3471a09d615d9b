"""Commands that fit nothing start fast: the command modules import their engines only when they run.

Each case runs in a fresh interpreter, since this test process has long imported everything.
``bench/startup.py`` measures the times; this pins what makes them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Modules that cost a tenth of a second or more to import, and which module may load them only
# when its command runs.
HEAVY = ("pandas", "numpy", "scipy", "pymc", "pytensor", "streamlit", "duckdb", "sqlglot", "pyarrow", "spacy")


def loaded_after(module: str, watched: tuple[str, ...]) -> list[str]:
    code = f"import sys, {module}; print(' '.join(m for m in {watched!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.split()


@pytest.mark.parametrize(
    ("module", "engine"),
    [
        ("forecasts.resolve.command", "forecasts.resolve.check"),
        ("forecasts.resolve.check_options", "forecasts.resolve.check"),
        ("forecasts.resolve.report", "forecasts.resolve.rules"),
        ("forecasts.extract.command", "forecasts.extract.extractor"),
        ("forecasts.extract.article", "forecasts.extract.extractor"),
        ("forecasts.baserate_command", "forecasts.events.store"),
        ("forecasts.export_command", "forecasts.model.posterior"),
        ("forecasts.model.command", "forecasts.model.update"),
        ("forecasts.review_command", "forecasts.extract.extractor"),
        ("forecasts.events.command", "forecasts.events.store"),
    ],
)
def test_a_command_module_loads_no_engine(module: str, engine: str) -> None:
    assert loaded_after(module, (*HEAVY, engine)) == []


def test_the_command_line_loads_no_engine() -> None:
    # Every command is registered at start-up, so one command module importing pandas (or the
    # model, the extractor, the event store) at its top slows every command down.
    engines = ("forecasts.resolve.check", "forecasts.extract.extractor", "forecasts.model.posterior")
    assert loaded_after("forecasts.cli", (*HEAVY, *engines)) == []


def test_the_extract_package_still_offers_its_api() -> None:
    # The package's names load on first use: the API is unchanged.
    import forecasts.extract as extract
    from forecasts.extract.extractor import extract_from_text

    assert extract.extract_from_text is extract_from_text
    assert set(extract.__all__) <= set(dir(extract)) | set(extract._HOMES)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = extract.nothing


def test_shown_probabilities_without_a_posterior_load_no_numpy(tree: Path) -> None:
    # What `list`, `show` and `validate` compute: without a _posterior folder the model's
    # modules (numpy, pandas) are never imported; asking whether there is one costs a stat.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from forecasts.state import as_of_instant, catalog_states\n"
        "from forecasts.store import load_catalog\n"
        f"states = catalog_states(load_catalog(Path({str(tree)!r})).files, as_of_instant(None))\n"
        "assert states and all(s.estimate is not None for s in states)\n"
        f"print(' '.join(m for m in {(*HEAVY, 'forecasts.model.posterior')!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []
