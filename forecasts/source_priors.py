"""What a source's words imply: the prior of its claim, and how it spreads over the outcomes.

A source is a quoted claim: a hedge ("in all likelihood") read through the phrase table's survey
Beta, or a stated number. Its claim is about one event: a binary scenario's "yes", or the one
option of a categorical scenario it backs; ``polarity: negative`` turns the claim against it.
The rule for the other options is written here once and used by every reader (the shown prior in
``forecasts.estimate``, the scores in ``forecasts.scoring``, the model's judgments in
``forecasts.model.data``): **a source backs one option, and the others share 1 − p equally**.

The rule is affine in the claim's probability (``OptionShare``), so the model can apply it to
each draw of the hedge's Beta and keep the options coherent draw by draw, while the readers
that need a single number apply it to the Beta's mean. This module is part of the posterior's
code hash (``forecasts.model.posterior.PRIOR_FILES``): editing it makes every fit stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from forecasts.phrases import PhrasePrior, phrase_prior
from forecasts.scenario import Scenario, Source

# A bare "will" is read with the survey's "will happen" prior.
BARE_WILL = "will"


@dataclass(frozen=True)
class ImpliedPrior:
    """What a source's claim implies for its own event: a mean and, from a hedge, a Beta."""

    mean: float
    basis: str
    beta: tuple[float, float] | None = None
    p05: float | None = None
    p95: float | None = None


def implied_prior(source: Source) -> ImpliedPrior:
    """The prior a source's words (or stated number) put on the claim, before polarity.

    Raises ``forecasts.phrases.UnknownPhraseError`` for a hedge the table does not know.
    """
    if source.prior is not None:
        return ImpliedPrior(mean=source.prior, basis="stated number")
    phrase: PhrasePrior = phrase_prior(source.hedge or BARE_WILL)
    label = f"hedge {source.hedge!r}" if source.hedge else f"bare '{BARE_WILL}'"
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


@dataclass(frozen=True)
class OptionShare:
    """P(one outcome) as ``offset + scale * claim``, where ``claim`` is the probability of the
    claim as stated (before polarity)."""

    offset: float
    scale: float

    def of(self, claim: float) -> float:
        """The outcome's probability for a claim probability."""
        return self.offset + self.scale * claim


def option_share(source: Source, option: str | None, n_options: int) -> OptionShare | None:
    """How ``source`` bears on ``option`` (None: the yes of a binary scenario) of a scenario with
    ``n_options`` options: p on the option it backs, (1 − p) / (n − 1) on each other one.

    None when a categorical claim backs no option: it says nothing about any (the schema asks
    for one; this keeps an unvalidated file from inventing a spread).
    """
    against = source.polarity == "negative"
    if option is None or option == source.option:
        return OptionShare(1.0, -1.0) if against else OptionShare(0.0, 1.0)
    if source.option is None:
        return None
    k = n_options - 1
    # The others share 1 - p, where p is the claim (for) or its complement (against).
    return OptionShare(0.0, 1.0 / k) if against else OptionShare(1.0 / k, -1.0 / k)


def source_distribution(scenario: Scenario, source: Source) -> dict[str, float] | None:
    """The probability of every outcome (``yes``/``no``, or each option) a source implies, from
    its prior's mean; None for a categorical claim that backs no option."""
    claim = implied_prior(source).mean
    if scenario.kind == "binary":
        p = OptionShare(1.0, -1.0).of(claim) if source.polarity == "negative" else claim
        return {"yes": p, "no": 1 - p}
    options = scenario.option_ids()
    shares = {option: option_share(source, option, len(options)) for option in options}
    if any(share is None for share in shares.values()):
        return None
    return {option: share.of(claim) for option, share in shares.items() if share is not None}
