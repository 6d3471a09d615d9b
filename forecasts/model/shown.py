"""The probability shown for a scenario when a posterior exists (the seam's model branch).

``forecasts.estimate.estimate_probability`` asks ``posterior_estimate`` first. Three cases:

- no posterior folder above the scenario (or none readable): None, and the caller falls back on
  the latest forecast / hedge priors as before;
- the scenario's file, and the files of its ladder and branch partners, are byte-for-byte what
  the fit saw, and the date asked is covered by the fit: the stored summary point (no compute);
- otherwise (a forecast or evidence appended since the fit, a new scenario, or a date after the
  fit): recomputed from the stored calibration draws for the scenario and its partners only, in
  numpy; no refit, no compilation. ``bench/engine_speed.py`` times this path.

Which posterior a date may use is ``choose_posterior``'s call: a replay posterior
(``_posterior/as-of-DATE``) when the date asked is DATE, else the latest fit made by that date;
never a fit made later, whose calibration learnt from outcomes the date did not know.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np

from forecasts.baserate import BaseRate, read_base_rates
from forecasts.dates import end_instant, start_instant
from forecasts.model.data import scenario_data, to_days
from forecasts.model.posterior import (
    REPLAY_PREFIX,
    PointValue,
    Posterior,
    PosteriorEntry,
    ProbabilitySummary,
    StoredPoint,
    day_of,
    file_sha256,
    find_root,
    posterior_folder,
    read_posterior,
    summarize,
)
from forecasts.model.predict import evaluate
from forecasts.problems import ScenarioError
from forecasts.scenario import Scenario
from forecasts.store import ScenarioFile, read_scenario


@dataclass(frozen=True)
class ShownPoint:
    """The model's probability at an instant (P(yes), or each option's), and where it came from."""

    at: datetime
    value: PointValue
    detail: str

    @property
    def options(self) -> dict[str, ProbabilitySummary] | None:
        """Each option's summary for a categorical scenario, else None."""
        return self.value if isinstance(self.value, dict) else None

    @property
    def summary(self) -> ProbabilitySummary | None:
        """P(yes)'s summary for a yes/no scenario, else None."""
        return None if isinstance(self.value, dict) else self.value


@dataclass(frozen=True)
class PosteriorChoice:
    """The posterior a view at ``as_of`` may use, and, when one exists but may not, why not."""

    posterior: Posterior | None
    note: str | None = None


def _candidates(root: Path) -> list[Posterior]:
    found = [read_posterior(posterior_folder(root))]
    folder = posterior_folder(root)
    if folder.is_dir():
        found += [read_posterior(sub) for sub in sorted(folder.glob(f"{REPLAY_PREFIX}*")) if sub.is_dir()]
    return [p for p in found if p is not None]


def choose_posterior(root: Path, as_of: datetime) -> PosteriorChoice:
    """The posterior fitted on what was known at ``as_of``: never one that saw later outcomes.

    A replay fitted for that very day (``update --as-of DAY``) comes first; else the most recent
    fit made by ``as_of`` (the main fit, or an earlier replay, recomputed for the later date from
    its calibration). A fit made after ``as_of`` learnt its calibration from outcomes the view
    must not know (hindsight), so then there is none, and the note says so and how to get one.
    """
    candidates = _candidates(root)
    if not candidates:
        return PosteriorChoice(None)
    day = day_of(as_of)
    same_day = [p for p in candidates if p.replay and day_of(p.as_of) == day]
    if same_day:
        return PosteriorChoice(same_day[0])
    usable = [p for p in candidates if p.as_of <= as_of]
    if usable:
        return PosteriorChoice(max(usable, key=lambda p: p.as_of))
    earliest = min(candidates, key=lambda p: p.as_of)
    return PosteriorChoice(
        None,
        f"model not used: its {fit_label(earliest)} learnt from what happened after {day}; showing the forecasts "
        f"and priors known then (`forecasts update --as-of {day}` fits a replay)",
    )


def _posterior_above(path: Path, as_of: datetime) -> tuple[Path, Posterior] | None:
    """The scenarios root above ``path`` and the posterior shown there at ``as_of``, if any."""
    root = find_root(path)
    posterior = choose_posterior(root, as_of).posterior if root is not None else None
    return None if root is None or posterior is None else (root, posterior)


def _partners(posterior: Posterior, scenario: Scenario) -> list[str]:
    """Scenarios whose numbers constrain this one: same ladder, same marginal group, the parent."""
    entries = posterior.entries
    own = entries.get(scenario.id)
    ladder = scenario.ladder.name if scenario.ladder else None
    marginal = own.marginal if own is not None else None
    found: set[str] = set()
    for other_id, entry in entries.items():
        if other_id == scenario.id:
            continue
        if ladder is not None and entry.ladder == ladder:
            found.add(other_id)
        if marginal is not None and entry.marginal == marginal:
            found.add(other_id)
            if entry.condition is not None:
                found.add(entry.condition)
    if marginal is not None and scenario.conditional_on is not None:
        found.add(scenario.conditional_on.scenario)
    return sorted(found)


def _unchanged(root: Path, entries: dict[str, PosteriorEntry], ids: list[str]) -> bool:
    for other in ids:
        entry = entries.get(other)
        if entry is None:
            return False
        try:
            if file_sha256(root / entry.path) != entry.sha256:
                return False
        except OSError:
            return False
    return True


def _point(stored: StoredPoint, detail: str) -> ShownPoint:
    return ShownPoint(stored.at, stored.value, detail)


def fit_label(posterior: Posterior) -> str:
    """``ADVI fit as of 2026-12-05``, with `` (replay)`` for a fit of ``update --as-of``."""
    label = f"{posterior.method.upper()} fit as of {day_of(posterior.as_of)}"
    return label + (" (replay)" if posterior.replay else "")


def posterior_point(path: Path, scenario: Scenario, as_of: datetime) -> ShownPoint | None:
    """The model's probability for ``scenario`` (file ``path``) as known at ``as_of``, or None."""
    found = _posterior_above(path, as_of)
    if found is None:
        return None
    root, posterior = found
    entries = posterior.entries
    entry = entries.get(scenario.id)
    partners = _partners(posterior, scenario)
    try:
        own_fresh = entry is not None and file_sha256(path) == entry.sha256
    except OSError:
        return None
    fresh = own_fresh and _unchanged(root, entries, partners)
    if fresh and entry is not None:
        if entry.known_at is not None and as_of >= entry.known_at:
            return _point(entry.current, f"{fit_label(posterior)}; final model forecast before resolution")
        if as_of > end_instant(scenario.deadline):
            return _recompute(root, posterior, path, scenario, partners, as_of, "past its deadline")
        if as_of <= posterior.as_of:
            earlier = entry.history(as_of)
            if earlier:
                return _point(earlier[-1], fit_label(posterior))
            return None
    reason = "a later date" if fresh else "files changed since the fit"
    return _recompute(root, posterior, path, scenario, partners, as_of, reason)


def _recompute(
    root: Path,
    posterior: Posterior,
    path: Path,
    scenario: Scenario,
    partners: list[str],
    as_of: datetime,
    reason: str,
) -> ShownPoint | None:
    entries = posterior.entries
    files: list[ScenarioFile] = []
    try:
        files.append(read_scenario(path))
        for other in partners:
            if other in entries:
                files.append(read_scenario(root / entries[other].path))
    except ScenarioError:
        return None
    if start_instant(scenario.created) > as_of:
        return None
    config = posterior.model_config
    data, records = scenario_data(files, as_of, config, _stored_rates(root) if config.outside_view else None)
    record = next((r for r in records if r.id == scenario.id), None)
    if record is None:
        return None
    moment = to_days(as_of)
    settled = record.known_at is not None and record.known_at <= moment
    # Past the deadline and not resolved, the hazard model reads "nothing recorded" as "nothing
    # happened" and decays to 0: show instead its forecast at the last judgment, and say so.
    overdue = not settled and as_of > end_instant(scenario.deadline)
    final = record.last_judgment if record.last_judgment is not None else record.created
    at = final if settled or overdue else moment
    evaluation = evaluate(records, data, posterior.calibration(), np.array([at]), config)
    draws = evaluation.scenarios[scenario.id]
    when = datetime.fromtimestamp(at * 86400.0, tz=as_of.tzinfo)
    detail = f"{fit_label(posterior)}; recomputed with its calibration"
    if reason.startswith("files"):
        detail += f" ({reason}; run `forecasts update` to refit)"
    elif not overdue:
        detail += f" ({reason})"
    if settled:
        detail += "; final model forecast before resolution"
    if overdue:
        deadline = day_of(end_instant(scenario.deadline))
        detail += f"; past its deadline ({deadline}), awaiting resolution: the model's forecast at the last judgment ({day_of(when)})"
    if record.kind == "categorical":
        options = {option: summarize(draws[:, 0, i]) for i, option in enumerate(evaluation.options[scenario.id])}
        return ShownPoint(when, options, detail)
    return ShownPoint(when, summarize(draws[:, 0]), detail)


def _stored_rates(root: Path) -> dict[str, BaseRate] | None:
    # A corrupt base rates file is reported by `forecasts update`; a shown probability goes on without it.
    try:
        stored = read_base_rates(posterior_folder(root))
    except (OSError, ValueError):
        return None
    return stored.rates if stored is not None else None


def posterior_history(path: Path, scenario: Scenario, until: datetime) -> list[ShownPoint] | None:
    """The stored probability history up to ``until``, when the stored posterior is fresh."""
    found = _posterior_above(path, until)
    if found is None:
        return None
    root, posterior = found
    entries = posterior.entries
    entry = entries.get(scenario.id)
    try:
        if entry is None or file_sha256(path) != entry.sha256:
            return None
    except OSError:
        return None
    if not _unchanged(root, entries, _partners(posterior, scenario)):
        return None
    label = fit_label(posterior)
    return [_point(p, label) for p in entry.history(until)]
