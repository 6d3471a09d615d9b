"""Whether the fitted posterior is stale: what ``forecasts update`` would refit for.

A posterior is *stale* when a scenario file was added, removed or changed since the fit (the
estimates shown for it are recomputed from the stored calibration, but the calibration has not
learnt from it), or the model's code changed. Drafts are left out, as the model leaves them out:
a draft never makes the posterior stale (``forecasts update`` does not refit for one). The
dashboard's notice and its refit button read this; the library decides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forecasts.model.posterior import FOLDER, code_version, file_sha256, posterior_folder, read_posterior
from forecasts.store import ScenarioFile


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
    for scenario_file in (f for f in files if not f.scenario.is_draft):
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
