"""Posterior files: derived summaries with the hash of their inputs, and reading them back.

Where: ``<scenarios root>/_posterior/`` (the loader skips folders starting with ``_``):

- ``posterior.json``: for every scenario its probability now (mean, 5/50/95 %; per option for a
  categorical scenario) and its history for charts (every judgment and evidence instant and the
  end of every day), coherent across ladders, options and conditional branches; plus the fit's
  diagnostics and a summary of the learned calibration.
- ``calibration.npz``: the calibration draws themselves, so a scenario whose file changed since
  the fit is recomputed in milliseconds (numpy only: no PyMC, no compilation).

``forecasts update --as-of DATE`` writes to ``_posterior/as-of-DATE/`` instead: a replay fitted
only on what was known then, preferred by ``--as-of DATE`` readers.

Both files carry ``inputs_sha256``: SHA-256 over every scenario file's bytes (by relative path),
the model and fit settings, the as-of date and the model code, so ``forecasts update`` sees
whether the posterior is stale and refits only then. Each scenario entry also has its own file's
SHA-256: readers use the stored summaries only for scenarios whose file (and whose ladder or
branch partners' files) are unchanged, and recompute the others from the stored calibration.
The files are written atomically and never edited by hand; deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.pooling import Calibration
from forecasts.store import create_file, replace_file

Array = npt.NDArray[np.float64]
FOLDER = "_posterior"
SUMMARY = "posterior.json"
DRAWS = "calibration.npz"
FORMAT = 1
REPLAY_PREFIX = "as-of-"
CODE_FILES = (
    "build.py",
    "config.py",
    "data.py",
    "evidence.py",
    "hazard.py",
    "pooling.py",
    "posterior.py",
    "structure.py",
    "predict.py",
)


@lru_cache(maxsize=1)
def code_version() -> str:
    """SHA-256 (first 16 hex digits) of the model's source: a code change makes posteriors stale."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in CODE_FILES:
        path = here / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def posterior_folder(root: Path, as_of_day: str | None = None) -> Path:
    """The folder a fit writes to: ``_posterior`` or ``_posterior/as-of-DATE``."""
    folder = root / FOLDER
    return folder / f"{REPLAY_PREFIX}{as_of_day}" if as_of_day else folder


def inputs_digest(
    root: Path, paths: list[Path], model: ModelConfig, fit: FitConfig, as_of_day: str
) -> tuple[str, dict[str, Any]]:
    """SHA-256 of everything a posterior depends on, and the parts it was made from."""
    files = {str(p.relative_to(root) if p.is_relative_to(root) else p): file_sha256(p) for p in sorted(paths)}
    parts = {"files": files, "model": model.digest(), "fit": fit.digest(), "as_of": as_of_day, "code": code_version()}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest(), parts


_SHA_CACHE: dict[tuple[str, int, int], str] = {}


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, cached on (path, mtime, size)."""
    info = path.stat()
    key = (str(path), info.st_mtime_ns, info.st_size)
    found = _SHA_CACHE.get(key)
    if found is None:
        found = hashlib.sha256(path.read_bytes()).hexdigest()
        if len(_SHA_CACHE) > 100_000:
            _SHA_CACHE.clear()
        _SHA_CACHE[key] = found
    return found


def summarize(draws: Array) -> dict[str, float]:
    """Mean and 5/50/95 % of probability draws, rounded for the file."""
    q05, q50, q95 = np.quantile(draws, [0.05, 0.5, 0.95])
    return {"mean": _r(float(np.mean(draws))), "p05": _r(q05), "p50": _r(q50), "p95": _r(q95)}


def _r(value: float) -> float:
    return round(float(value), 5)


def calibration_bytes(calibration: Calibration, inputs_sha256: str) -> bytes:
    """The calibration draws as an .npz file, tagged with the inputs hash."""
    buffer = io.BytesIO()
    arrays: dict[str, Any] = {f"draw:{k}": v for k, v in calibration.draws.items()}
    arrays["levels"] = np.array(json.dumps(calibration.levels))
    arrays["last_seen"] = np.array(json.dumps(calibration.last_seen))
    arrays["fade_days"] = np.array(calibration.fade_days if calibration.fade_days else 0.0)
    arrays["inputs_sha256"] = np.array(inputs_sha256)
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def write_posterior(folder: Path, summary: dict[str, Any], calibration: Calibration) -> None:
    """Write both files atomically (the draws first, so the summary never points at old draws)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (
        (DRAWS, calibration_bytes(calibration, summary["inputs_sha256"])),
        (SUMMARY, (json.dumps(summary, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode()),
    ):
        path = folder / name
        if path.exists():
            replace_file(path, data)
        else:
            try:
                create_file(path, data)
            except FileExistsError:
                replace_file(path, data)


@dataclass(frozen=True)
class Posterior:
    """A posterior folder as read back: the summary and (lazily) the calibration draws."""

    folder: Path
    summary: dict[str, Any]

    @property
    def root(self) -> Path:
        """The scenarios root the posterior belongs to."""
        return _root_of(self.folder)

    @property
    def as_of(self) -> datetime:
        """The instant the fit describes."""
        return datetime.fromisoformat(self.summary["as_of"])

    def calibration(self) -> Calibration:
        """The stored calibration draws (cached per file version)."""
        return _load_calibration(str(self.folder / DRAWS), *_stamp(self.folder / DRAWS))


def _root_of(folder: Path) -> Path:
    return folder.parent if folder.name == FOLDER else folder.parent.parent


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_mtime_ns, info.st_size


@lru_cache(maxsize=8)
def _load_calibration(path: str, mtime_ns: int, size: int) -> Calibration:
    with np.load(path, allow_pickle=False) as npz:
        draws = {k[len("draw:") :]: np.asarray(npz[k], dtype=float) for k in npz.files if k.startswith("draw:")}
        levels = json.loads(str(npz["levels"]))
        last_seen = json.loads(str(npz["last_seen"])) if "last_seen" in npz.files else {}
        fade = float(npz["fade_days"]) if "fade_days" in npz.files else 0.0
    return Calibration(levels=levels, draws=draws, last_seen=last_seen, fade_days=fade or None)


@lru_cache(maxsize=16)
def _load_summary(path: str, mtime_ns: int, size: int) -> dict[str, Any] | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    try:
        # Settings a newer version no longer knows (or reads differently) mean the fit came from
        # other code: treat it as absent, so `forecasts update` refits, rather than fail to read.
        ModelConfig.model_validate(data.get("model"))
    except ValueError:
        return None
    return data


def read_posterior(folder: Path) -> Posterior | None:
    """The posterior in ``folder``, or None when there is none (or it is unreadable, or written by
    a version whose settings this one does not accept)."""
    path = folder / SUMMARY
    if not path.is_file() or not (folder / DRAWS).is_file():
        return None
    summary = _load_summary(str(path), *_stamp(path))
    return Posterior(folder, summary) if summary is not None else None


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


def day_of(moment: datetime) -> str:
    """The UTC calendar day of an instant, ISO."""
    return moment.astimezone(UTC).date().isoformat()


def parse_instant(text: str) -> datetime:
    """An ISO instant from a posterior file."""
    return datetime.fromisoformat(text)


def is_finite(value: float | None) -> bool:
    """True for a real number (not None, not NaN/inf)."""
    return value is not None and math.isfinite(value)
