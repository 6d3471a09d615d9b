"""The probability shown for a scenario until the Bayesian engine replaces it.

This is the seam the engine plugs into: everything that shows a probability (``list``, ``show``,
the dashboard) asks ``estimate_probability`` and gets an ``Estimate``. For now the estimate is the
latest forecast made by the as-of date, or else the mean of the sources' implied priors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from forecasts.dates import start_instant
from forecasts.phrases import PhrasePrior, phrase_prior
from forecasts.scenario import Forecast, Scenario, Source

Basis = Literal["forecast", "sources", "none"]

# A bare "will" is read with the survey's "will happen" prior.
BARE_WILL = "will"


@dataclass(frozen=True)
class Estimate:
    """P(yes) for a binary scenario, or P(option) for each option of a categorical one."""

    basis: Basis
    detail: str
    probability: float | None = None
    options: dict[str, float] | None = None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        value: float | dict[str, float] | None = self.options if self.options is not None else self.probability
        return {"value": value, "basis": self.basis, "detail": self.detail}


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


def estimate_probability(scenario: Scenario, forecasts: list[Forecast], as_of: datetime) -> Estimate:
    """The latest forecast made by ``as_of``, else the sources' priors, else nothing.

    ``forecasts`` are the forecasts visible at ``as_of`` in time order (see ``forecasts.state``).
    """
    if forecasts:
        latest = forecasts[-1]
        detail = f"{latest.by}, {latest.at.isoformat()}"
        if isinstance(latest.probability, dict):
            return Estimate(basis="forecast", detail=detail, options=dict(latest.probability))
        return Estimate(basis="forecast", detail=detail, probability=latest.probability)
    sources = [s for s in scenario.sources if s.published is None or start_instant(s.published) <= as_of]
    if not sources:
        return Estimate(basis="none", detail="no forecast or source yet")
    detail = f"prior from {len(sources)} source{'s' if len(sources) > 1 else ''}"
    if scenario.kind == "binary":
        value = sum(source_probability(s) for s in sources) / len(sources)
        return Estimate(basis="sources", detail=detail, probability=value)
    return Estimate(basis="sources", detail=detail, options=_options_from_sources(scenario, sources))


def _options_from_sources(scenario: Scenario, sources: list[Source]) -> dict[str, float]:
    # Each source backs one option; what it leaves over is shared equally by the others.
    ids = scenario.option_ids()
    totals = dict.fromkeys(ids, 0.0)
    for source in sources:
        p = source_probability(source)
        for option in ids:
            totals[option] += p if option == source.option else (1 - p) / (len(ids) - 1)
    return {option: total / len(sources) for option, total in totals.items()}
