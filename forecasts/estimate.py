"""The probability shown for a scenario: the Bayesian engine's posterior, else a simple rule.

This is the seam the engine plugs into: everything that shows a probability (``list``, ``show``,
the dashboard) asks ``estimate_probability`` and gets an ``Estimate``. When ``forecasts update``
has written a posterior above the scenario's file (``<root>/_posterior``) from what was known by
the as-of date, the estimate is the model's (mean, with its 5/50/95 % quantiles; see
``forecasts.model.shown``). Without one, it is the latest forecast made by the as-of date, or else
the mean of the sources' implied priors; ``note`` then says why a posterior that exists is not
used (a fit made after the as-of date knew the outcomes: showing it would be hindsight).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from forecasts.dates import start_instant
from forecasts.phrases import PhrasePrior, phrase_prior
from forecasts.scenario import Forecast, Scenario, Source

Basis = Literal["model", "forecast", "sources", "none"]

# A bare "will" is read with the survey's "will happen" prior.
BARE_WILL = "will"


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
        """JSON-ready form."""
        value: float | dict[str, float] | None = self.options if self.options is not None else self.probability
        data: dict[str, object] = {"value": value, "basis": self.basis, "detail": self.detail}
        if self.note is not None:
            data["note"] = self.note
        if self.quantiles is not None:
            data["quantiles"] = dict(zip(("p05", "p50", "p95"), self.quantiles, strict=True))
        if self.option_quantiles is not None:
            data["quantiles"] = {
                k: dict(zip(("p05", "p50", "p95"), q, strict=True)) for k, q in self.option_quantiles.items()
            }
        return data


@dataclass(frozen=True)
class ImpliedPrior:
    """What a source's claim implies for its own event: a mean and, from a hedge, a Beta."""

    mean: float
    basis: str
    beta: tuple[float, float] | None = None
    p05: float | None = None
    p95: float | None = None


def implied_prior(source: Source) -> ImpliedPrior:
    """The prior a source's words (or stated number) put on the claim, before polarity."""
    if source.prior is not None:
        return ImpliedPrior(mean=source.prior, basis="stated number")
    phrase: PhrasePrior = phrase_prior(source.hedge or BARE_WILL)
    label = f"hedge {source.hedge!r}" if source.hedge else "bare 'will'"
    return ImpliedPrior(
        mean=phrase.mean,
        basis=f"{label} ({phrase.basis}, Beta({phrase.beta_a:.2f}, {phrase.beta_b:.2f}))",
        beta=(phrase.beta_a, phrase.beta_b),
        p05=phrase.p05,
        p95=phrase.p95,
    )


def source_probability(source: Source) -> float:
    """P(the scenario's event, or the source's option) implied by the source, polarity applied."""
    mean = implied_prior(source).mean
    return 1 - mean if source.polarity == "negative" else mean


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
    # Each source backs one option; what it leaves over is shared equally by the others.
    ids = scenario.option_ids()
    totals = dict.fromkeys(ids, 0.0)
    for source in sources:
        p = source_probability(source)
        for option in ids:
            totals[option] += p if option == source.option else (1 - p) / (len(ids) - 1)
    return {option: total / len(sources) for option, total in totals.items()}


def model_estimate(path: Path, scenario: Scenario, as_of: datetime) -> Estimate | None:
    """The posterior's estimate for the scenario in ``path``, or None when no posterior covers it."""
    from forecasts.model.posterior import find_root

    if find_root(path) is None:  # the common case without a posterior: no numpy import needed
        return None
    from forecasts.model.shown import posterior_point

    point = posterior_point(path, scenario, as_of)
    if point is None:
        return None
    return estimate_from_point(point)


def posterior_note(path: Path, as_of: datetime) -> str | None:
    """Why no posterior is shown for ``path`` at ``as_of`` although one exists (else None)."""
    from forecasts.model.posterior import find_root

    root = find_root(path)
    if root is None:
        return None
    from forecasts.model.shown import choose_posterior

    return choose_posterior(root, as_of).note


def shown_basis(root: Path, as_of: datetime) -> str | None:
    """One line on what an as-of view of ``root`` shows: which model fit, or why none; None when
    there is no posterior at all (the view then shows forecasts and priors, as it says per row)."""
    from forecasts.model.posterior import FOLDER

    if not (root / FOLDER).is_dir():
        return None
    from forecasts.model.shown import choose_posterior, fit_label

    choice = choose_posterior(root, as_of)
    if choice.posterior is not None:
        return f"probabilities from the model's posterior ({fit_label(choice.posterior)})"
    return choice.note


def estimate_from_point(point: object) -> Estimate:
    """An ``Estimate`` from a ``forecasts.model.shown.ShownPoint``."""
    from forecasts.model.shown import ShownPoint

    assert isinstance(point, ShownPoint)
    if point.options is not None:
        return Estimate(
            basis="model",
            detail=point.detail,
            options={k: v[0] for k, v in point.options.items()},
            option_quantiles={k: (v[1], v[2], v[3]) for k, v in point.options.items()},
        )
    assert point.mean is not None and point.p05 is not None and point.p50 is not None and point.p95 is not None
    return Estimate(
        basis="model", detail=point.detail, probability=point.mean, quantiles=(point.p05, point.p50, point.p95)
    )
