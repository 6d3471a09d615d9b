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
the model and fit settings, the as-of date and ``code_version`` (every file that can change a
number: all of ``forecasts/model/``, the hedge phrase table and its reader, the package version), so ``forecasts update`` sees
whether the posterior is stale and refits only then. Each scenario entry also has its own file's
SHA-256: readers use the stored summaries only for scenarios whose file (and whose ladder or
branch partners' files) are unchanged, and recompute the others from the stored calibration.
The files are written atomically and never edited by hand; deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from forecasts import __version__
from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.location import FOLDER as FOLDER
from forecasts.model.location import REPLAY_PREFIX as REPLAY_PREFIX
from forecasts.model.location import find_root as find_root
from forecasts.model.location import posterior_folder as posterior_folder
from forecasts.model.pooling import Calibration
from forecasts.store import write_derived_file

Array = npt.NDArray[np.float64]
SUMMARY = "posterior.json"
DRAWS = "calibration.npz"
FORMAT = 1
PACKAGE = Path(__file__).resolve().parent.parent
# Outside forecasts/model/, what turns a scenario's words into the numbers the model fits: the
# hedge table and the code that reads it, and the rule that spreads a source over the options.
# Besides the model: what turns sources' words and stored base rates into judgments.
PRIOR_FILES = ("phrases.py", "source_priors.py", "data/phrases.csv", "baserate.py")


def code_files(package: Path = PACKAGE) -> list[Path]:
    """Every file whose change can change a posterior's numbers: all of ``forecasts/model/*.py``
    (globbed, so a new module is covered the day it is added) and ``PRIOR_FILES``."""
    model = sorted((package / "model").glob("*.py"))
    return model + [package / name for name in PRIOR_FILES]


def code_digest(package: Path = PACKAGE, version: str = __version__) -> str:
    """SHA-256 (first 16 hex digits) of ``code_files`` (by path under the package) and the
    package version: a change to any of them makes every posterior stale."""
    digest = hashlib.sha256(f"forecasts {version}\n".encode())
    for path in code_files(package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        # A file listed but missing (a broken install) still changes the hash, never silently.
        digest.update(path.read_bytes() if path.is_file() else b"(missing)")
        digest.update(b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_version() -> str:
    """``code_digest`` of the installed package, computed once per process."""
    return code_digest()


def inputs_digest(
    root: Path, paths: list[Path], model: ModelConfig, fit: FitConfig, as_of_day: str, base_rates: Path | None = None
) -> tuple[str, dict[str, Any]]:
    """SHA-256 of everything a posterior depends on, and the parts it was made from.

    ``base_rates``: the stored base rates file the fit uses (the outside view), if any.
    """
    files = {str(p.relative_to(root) if p.is_relative_to(root) else p): file_sha256(p) for p in sorted(paths)}
    parts = {"files": files, "model": model.digest(), "fit": fit.digest(), "as_of": as_of_day, "code": code_version()}
    if base_rates is not None:
        parts["base_rates"] = file_sha256(base_rates)
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


@dataclass(frozen=True)
class ProbabilitySummary:
    """A probability's posterior: its mean and 5/50/95 % quantiles (``mean``, ``p05``... in JSON)."""

    mean: float
    p05: float
    p50: float
    p95: float

    @property
    def quantiles(self) -> tuple[float, float, float]:
        """(5 %, 50 %, 95 %)."""
        return (self.p05, self.p50, self.p95)

    def as_json(self) -> dict[str, float]:
        """The file's form, rounded."""
        return {"mean": _r(self.mean), "p05": _r(self.p05), "p50": _r(self.p50), "p95": _r(self.p95)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProbabilitySummary:
        """Read back from the file's form."""
        return cls(float(data["mean"]), float(data["p05"]), float(data["p50"]), float(data["p95"]))


def summarize(draws: Array) -> ProbabilitySummary:
    """Mean and 5/50/95 % of probability draws."""
    q05, q50, q95 = np.quantile(draws, [0.05, 0.5, 0.95])
    return ProbabilitySummary(float(np.mean(draws)), float(q05), float(q50), float(q95))


# A yes/no scenario's P(yes), or each option's probability of a categorical one.
PointValue = ProbabilitySummary | dict[str, ProbabilitySummary]


@dataclass(frozen=True)
class StoredPoint:
    """A point of a scenario's stored probability history: ``{"at": ..., "mean": ...}`` or
    ``{"at": ..., "options": {id: {"mean": ...}}}`` in the file."""

    at: datetime
    value: PointValue

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredPoint:
        """Read back from the file's form."""
        at = datetime.fromisoformat(data["at"])
        if "options" in data:
            return cls(at, {k: ProbabilitySummary.from_json(v) for k, v in data["options"].items()})
        return cls(at, ProbabilitySummary.from_json(data))


@dataclass(frozen=True)
class PosteriorEntry:
    """One scenario's entry in ``posterior.json``: where its file was and what it held, where it
    sits (ladder, condition, marginal group), when its outcome became known, its current point,
    and its history (read from the file's form only when asked for)."""

    path: str
    sha256: str
    ladder: str | None
    condition: str | None
    marginal: str | None
    known_at: datetime | None
    current: StoredPoint
    stored_history: tuple[dict[str, Any], ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PosteriorEntry:
        """Read back from the file's form (``ladder: [name, rung]``, ``condition: [id, outcome]``)."""
        return cls(
            path=data["path"],
            sha256=data["sha256"],
            ladder=data["ladder"][0] if data.get("ladder") else None,
            condition=data["condition"][0] if data.get("condition") else None,
            marginal=data.get("marginal"),
            known_at=datetime.fromisoformat(data["known_at"]) if data.get("known_at") else None,
            current=StoredPoint.from_json(data["current"]),
            stored_history=tuple(data.get("history", ())),
        )

    def history(self, until: datetime) -> list[StoredPoint]:
        """The stored points up to ``until``, in time order."""
        points = (StoredPoint.from_json(p) for p in self.stored_history)
        return [p for p in points if p.at <= until]


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
        write_derived_file(folder / name, data)


@dataclass(frozen=True)
class Posterior:
    """A posterior folder as read back: the summary and (lazily) the calibration draws."""

    folder: Path
    summary: dict[str, Any]
    entries: dict[str, PosteriorEntry]

    @property
    def method(self) -> str:
        """``nuts`` or ``advi``."""
        return str(self.summary["method"])

    @property
    def replay(self) -> bool:
        """Whether this is a replay fitted by ``forecasts update --as-of``."""
        return bool(self.summary.get("replay"))

    @property
    def model_config(self) -> ModelConfig:
        """The model settings the fit used."""
        return ModelConfig.model_validate(self.summary["model"])

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
    stamp = _stamp(path)
    summary = _load_summary(str(path), *stamp)
    if summary is None:
        return None
    entries = _load_entries(str(path), *stamp)
    return Posterior(folder, summary, entries) if entries is not None else None


@lru_cache(maxsize=16)
def _load_entries(path: str, mtime_ns: int, size: int) -> dict[str, PosteriorEntry] | None:
    # Parsed once per file version: every scenario shown reads its own and its partners' entries.
    summary = _load_summary(path, mtime_ns, size)
    if summary is None:
        return None
    try:
        return {k: PosteriorEntry.from_json(v) for k, v in summary.get("scenarios", {}).items()}
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def day_of(moment: datetime) -> str:
    """The UTC calendar day of an instant, ISO."""
    return moment.astimezone(UTC).date().isoformat()
