"""The Bayesian engine's posterior as the dashboard sees it: is there one, is it stale, refit it.

Reading goes through ``forecasts.model`` only (``read_posterior``, ``file_sha256``,
``code_version``, ``posterior_history``); nothing here imports PyMC. A posterior is *stale* when
``forecasts update`` would refit it for a reason a person should act on: a scenario file was
added, removed or changed since the fit (the dashboard still shows such a scenario, recomputed
from the stored calibration, but the calibration itself has not learnt from it), or the model's
code changed. A refit runs ``forecasts update --method advi`` in a subprocess, one at a time per
scenarios folder, never on page load: viewers keep reading the old posterior until the new
files replace it atomically.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from forecasts.dates import now_utc
from forecasts.estimate import shown_basis
from forecasts.state import as_of_instant, leave_out_drafts
from forecasts.store import ScenarioFile

CHECKOUT = Path(__file__).resolve().parent.parent
# The refit command (the ADVI fast path); a test replaces it with something quick.
REFIT_COMMAND: list[str] = [sys.executable, "-m", "forecasts", "update", "--method", "advi"]
LOG_TAIL_CHARS = 1500


@dataclass(frozen=True)
class PosteriorStatus:
    """What the posterior under a scenarios root says about itself, and why it is stale (if it is)."""

    exists: bool
    fitted_at: str | None = None
    method: str | None = None
    as_of: str | None = None
    reasons: tuple[str, ...] = ()

    @property
    def stale(self) -> bool:
        """Whether ``forecasts update`` should be run again."""
        return bool(self.reasons)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def posterior_status(root: Path, files: list[ScenarioFile]) -> PosteriorStatus:
    """The main posterior's (``_posterior/``) fit date and method, and why it is stale, if it is."""
    from forecasts.model.posterior import FOLDER, code_version, file_sha256, posterior_folder, read_posterior

    if not (root / FOLDER).is_dir():
        return PosteriorStatus(exists=False)
    posterior = read_posterior(posterior_folder(root))
    if posterior is None:
        return PosteriorStatus(exists=False)
    summary: dict[str, Any] = posterior.summary
    entries: dict[str, Any] = summary.get("scenarios", {})
    changed = added = 0
    seen: set[str] = set()
    # The model leaves drafts out (`forecasts update` does not refit for one): not stale.
    for scenario_file in leave_out_drafts(files):
        entry = entries.get(scenario_file.scenario.id)
        seen.add(scenario_file.scenario.id)
        if entry is None:
            added += 1
            continue
        try:
            if file_sha256(scenario_file.path) != entry.get("sha256"):
                changed += 1
        except OSError:
            changed += 1
    removed = len(set(entries) - seen)
    reasons = []
    if changed:
        reasons.append(f"{_plural(changed, 'scenario file')} changed since the fit")
    if added:
        reasons.append(f"{_plural(added, 'scenario')} added since the fit")
    if removed:
        reasons.append(f"{_plural(removed, 'scenario')} removed since the fit")
    if summary.get("code_version") and summary["code_version"] != code_version():
        reasons.append("the model's code changed since the fit")
    return PosteriorStatus(
        exists=True,
        fitted_at=summary.get("fitted_at"),
        method=summary.get("method"),
        as_of=summary.get("as_of"),
        reasons=tuple(reasons),
    )


def as_of_basis(root: Path, day: date) -> str | None:
    """What the pages' probabilities at the end of ``day`` come from: the model fit used, or why
    none may be (a fit made later knew the outcomes); None without any posterior."""
    return shown_basis(root, as_of_instant(day))


# --- refitting in the background ---------------------------------------------------------------


@dataclass
class RefitJob:
    """One ``forecasts update`` run: its process, when it started, where its output goes."""

    root: str
    process: subprocess.Popen[bytes]
    log: Path
    started: datetime
    finished: datetime | None = None
    returncode: int | None = None
    output: str = field(default="")

    def poll(self) -> bool:
        """True once the process has ended (its exit status and output tail are then kept)."""
        if self.returncode is not None:
            return True
        code = self.process.poll()
        if code is None:
            return False
        self.returncode = code
        self.finished = now_utc()
        try:
            self.output = self.log.read_text(encoding="utf-8", errors="replace")[-LOG_TAIL_CHARS:]
        except OSError:
            self.output = ""
        self.log.unlink(missing_ok=True)
        return True


# Shared by every session of this server: one refit per scenarios folder at a time.
_JOBS: dict[str, RefitJob] = {}
_JOBS_LOCK = threading.Lock()


def refit_job(root: Path) -> RefitJob | None:
    """The latest refit of ``root`` started by this server (running or finished), if any."""
    with _JOBS_LOCK:
        job = _JOBS.get(str(root))
    if job is not None:
        job.poll()
    return job


def start_refit(root: Path) -> RefitJob:
    """Start ``forecasts update --method advi`` on ``root`` unless one is running; returns the job."""
    key = str(root)
    with _JOBS_LOCK:
        job = _JOBS.get(key)
        if job is not None and not job.poll():
            return job
        handle, name = tempfile.mkstemp(prefix="forecasts-refit-", suffix=".log")
        log = Path(name)
        with os.fdopen(handle, "wb") as out:
            process = subprocess.Popen(
                [*REFIT_COMMAND, "--scenarios", key],
                cwd=CHECKOUT,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        job = RefitJob(root=key, process=process, log=log, started=now_utc())
        _JOBS[key] = job
        return job
