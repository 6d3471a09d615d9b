"""The probability shown for a scenario: the Bayesian engine's posterior, else a simple rule.

This is the seam the engine plugs into: everything that shows a probability (``list``, ``show``,
the dashboard) asks ``estimate_probability`` and gets an ``Estimate``. When ``forecasts update``
has written a posterior above the scenario's file (``<root>/_posterior``) from what was known by
the as-of date, the estimate is the model's (mean, with its 5/50/95 % quantiles; see
``forecasts.model.shown``). Without one, it is the latest forecast made by the as-of date, or else
the mean of the sources' implied priors; ``note`` then says why a posterior that exists is not
used (a fit made after the as-of date knew the outcomes: showing it would be hindsight).

It sits above the two things it combines: the layer below (``forecasts.timeline``, what counted
at a date, and ``forecasts.source_priors``, what a source's words imply) and the model beside it
(``forecasts.model``, which reads that same layer and never this module). ``forecasts.state``
builds on it; ``tests/test_layers.py`` keeps the import graph free of cycles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from forecasts.dates import start_instant
from forecasts.json_output import probability_record
from forecasts.scenario import Forecast, Scenario, Source
from forecasts.source_priors import source_distribution, source_probability

if TYPE_CHECKING:
    from forecasts.model.shown import ShownPoint

Basis = Literal["model", "forecast", "sources", "none"]


@dataclass(frozen=True)
class Estimate:
    """P(yes) for a binary scenario, or P(option) for each option of a categorical one."""

    basis: Basis
    detail: str
    probability: float | None = None
    options: dict[str, float] | None = None
    # From the model only: (5 %, 50 %, 95 %) quantiles of P(yes), or of each option's probability.
    quantiles: tuple[float, float, float] | None = None
    option_quantiles: dict[str, tuple[float, float, float]] | None = None
    # Why the model's posterior is not shown when one exists (e.g. it was fitted after the as-of date).
    note: str | None = None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form: the one probability shape of ``forecasts.json_output``."""
        return probability_record(
            self.basis,
            mean=self.probability if self.options is None else None,
            quantiles=self.quantiles,
            options=self.options,
            option_quantiles=self.option_quantiles,
            detail=self.detail,
            note=self.note,
        )


def estimate_probability(
    scenario: Scenario, forecasts: list[Forecast], as_of: datetime, path: Path | None = None
) -> Estimate:
    """The model's posterior if one covers ``path``; else the latest forecast made by ``as_of``,
    else the sources' priors, else nothing.

    ``forecasts`` are the forecasts visible at ``as_of`` in time order (see ``forecasts.state``).
    """
    note = None
    if path is not None:
        modelled = model_estimate(path, scenario, as_of)
        if modelled is not None:
            return modelled
        note = posterior_note(path, as_of)
    if forecasts:
        latest = forecasts[-1]
        detail = f"{latest.by}, {latest.at.isoformat()}"
        if isinstance(latest.probability, dict):
            return Estimate(basis="forecast", detail=detail, options=dict(latest.probability), note=note)
        return Estimate(basis="forecast", detail=detail, probability=latest.probability, note=note)
    sources = [s for s in scenario.all_sources() if s.published is None or start_instant(s.published) <= as_of]
    if not sources:
        return Estimate(basis="none", detail="no forecast or source yet", note=note)
    detail = f"prior from {len(sources)} source{'s' if len(sources) > 1 else ''}"
    if scenario.kind == "binary":
        value = sum(source_probability(s) for s in sources) / len(sources)
        return Estimate(basis="sources", detail=detail, probability=value, note=note)
    return Estimate(basis="sources", detail=detail, options=_options_from_sources(scenario, sources), note=note)


def _options_from_sources(scenario: Scenario, sources: list[Source]) -> dict[str, float]:
    # The mean over sources of each one's spread (``forecasts.source_priors``: the option it
    # backs gets p, the others share 1 - p); a claim that backs no option is left out.
    spreads = [d for d in (source_distribution(scenario, s) for s in sources) if d is not None]
    ids = scenario.option_ids()
    if not spreads:
        return {option: 1 / len(ids) for option in ids}
    return {option: sum(d[option] for d in spreads) / len(spreads) for option in ids}


# The model's modules are imported where a posterior exists, not at the top: without one (the
# common case, and every command that fits nothing) numpy and pandas are never loaded. This is
# for start-up time, not to hide a cycle: the model imports nothing from here or from
# ``forecasts.state`` (``tests/test_layers.py`` builds the import graph, these imports included).


def model_estimate(path: Path, scenario: Scenario, as_of: datetime) -> Estimate | None:
    """The posterior's estimate for the scenario in ``path``, or None when no posterior covers it."""
    from forecasts.model.location import find_root

    if find_root(path) is None:
        return None
    from forecasts.model.shown import posterior_point

    point = posterior_point(path, scenario, as_of)
    return None if point is None else estimate_from_point(point)


def model_history(path: Path, scenario: Scenario, until: datetime) -> list[tuple[datetime, Estimate]] | None:
    """The posterior's stored history for the scenario up to ``until``, as (instant, estimate)
    pairs, or None when no fresh posterior covers it."""
    from forecasts.model.location import find_root

    if find_root(path) is None:
        return None
    from forecasts.model.shown import posterior_history

    points = posterior_history(path, scenario, until)
    if not points:
        return None
    return [(point.at, estimate_from_point(point)) for point in points]


def posterior_note(path: Path, as_of: datetime) -> str | None:
    """Why no posterior is shown for ``path`` at ``as_of`` although one exists (else None)."""
    from forecasts.model.location import find_root

    root = find_root(path)
    if root is None:
        return None
    from forecasts.model.shown import choose_posterior

    return choose_posterior(root, as_of).note


def shown_basis(root: Path, as_of: datetime) -> str | None:
    """One line on what an as-of view of ``root`` shows: which model fit, or why none; None when
    there is no posterior at all (the view then shows forecasts and priors, as it says per row)."""
    from forecasts.model.location import FOLDER

    if not (root / FOLDER).is_dir():
        return None
    from forecasts.model.shown import choose_posterior, fit_label

    choice = choose_posterior(root, as_of)
    if choice.posterior is not None:
        return f"probabilities from the model's posterior ({fit_label(choice.posterior)})"
    return choice.note


def estimate_from_point(point: ShownPoint) -> Estimate:
    """The ``Estimate`` for a point of the model's posterior."""
    if isinstance(point.value, dict):
        return Estimate(
            basis="model",
            detail=point.detail,
            options={k: v.mean for k, v in point.value.items()},
            option_quantiles={k: v.quantiles for k, v in point.value.items()},
        )
    return Estimate(basis="model", detail=point.detail, probability=point.value.mean, quantiles=point.value.quantiles)
