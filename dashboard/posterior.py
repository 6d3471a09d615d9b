"""The Bayesian engine's posterior as the dashboard sees it: is there one, is it stale, refit it.

Reading goes through ``forecasts.model`` only: ``posterior_status``
(``forecasts.model.staleness``) says whether ``forecasts update`` would refit and why, and
``posterior_history`` gives the stored fits; nothing here imports PyMC. A refit runs ``forecasts
update --method advi`` in a subprocess, one at a time per scenarios folder, never on page load:
viewers keep reading the old posterior until the new files replace it atomically.
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

from forecasts.dates import now_utc
from forecasts.estimate import shown_basis
from forecasts.state import as_of_instant

CHECKOUT = Path(__file__).resolve().parent.parent
# The refit command (the ADVI fast path); a test replaces it with something quick.
REFIT_COMMAND: list[str] = [sys.executable, "-m", "forecasts", "update", "--method", "advi"]
LOG_TAIL_CHARS = 1500


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
