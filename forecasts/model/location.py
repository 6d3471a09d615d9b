"""Where posteriors live: ``<scenarios root>/_posterior/``, and finding that root above a scenario file.

Apart from ``forecasts.model.posterior`` (numpy, and pandas through the calibration) so that
asking "is there a posterior?" costs a ``stat``, not the model's imports: without a posterior,
the commands that fit nothing never load numpy or pandas.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = "_posterior"
# ``forecasts update --as-of DATE`` writes its replay to ``_posterior/as-of-DATE/``.
REPLAY_PREFIX = "as-of-"


def find_root(scenario_path: Path, levels: int = 4) -> Path | None:
    """The scenarios root above a scenario file: the nearest ancestor holding ``_posterior``."""
    folder = scenario_path.parent
    for _ in range(levels):
        if (folder / FOLDER).is_dir():
            return folder
        if folder.parent == folder:
            break
        folder = folder.parent
    return None


def posterior_folder(root: Path, as_of_day: str | None = None) -> Path:
    """The folder a fit writes to: ``_posterior`` or ``_posterior/as-of-DATE``."""
    folder = root / FOLDER
    return folder / f"{REPLAY_PREFIX}{as_of_day}" if as_of_day else folder
