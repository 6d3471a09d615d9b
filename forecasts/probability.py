"""Parse the ways people write a probability: 0.7, 70%, odds 3:1, "1 in 4", or a hedge word."""

from __future__ import annotations

import re

from forecasts.phrases import UnknownPhraseError, phrase_prior
from forecasts.spelling import suggestion

ACCEPTED_FORMS = (
    "a number between 0 and 1 (0.7), a percentage (70%), odds (3:1), 'N in M' (1 in 4) or a hedge word (likely)"
)

_NUMBER = r"\d+(?:\.\d+)?|\.\d+"
_PERCENT = re.compile(rf"^({_NUMBER})\s*%$")
_ODDS = re.compile(rf"^({_NUMBER})\s*:\s*({_NUMBER})$")
_N_IN_M = re.compile(rf"^({_NUMBER})\s+in\s+({_NUMBER})$", re.IGNORECASE)


class ProbabilityError(ValueError):
    """Text that is not a probability, or a probability outside (0, 1)."""


def parse_probability(value: object) -> float:
    """Return the probability written as ``value``; strictly between 0 and 1.

    Odds ``a:b`` are odds *for* the event: 3:1 means 3 chances for, 1 against (0.75).
    Hedge words go through the phrase table and give its mean.
    """
    if isinstance(value, bool):
        raise ProbabilityError(f"{value!r} is not a probability; write {ACCEPTED_FORMS}")
    if isinstance(value, (int, float)):
        return _check_open_interval(float(value), repr(value))
    if not isinstance(value, str):
        raise ProbabilityError(f"{value!r} is not a probability; write {ACCEPTED_FORMS}")
    text = value.strip()
    if m := _PERCENT.match(text):
        return _check_open_interval(float(m[1]) / 100, repr(value))
    if m := _ODDS.match(text):
        a, b = float(m[1]), float(m[2])
        if a + b == 0:
            raise ProbabilityError(f"{value!r}: odds need a positive side")
        return _check_open_interval(a / (a + b), repr(value))
    if m := _N_IN_M.match(text):
        n, total = float(m[1]), float(m[2])
        if total == 0:
            raise ProbabilityError(f"{value!r}: 'N in M' needs M > 0")
        return _check_open_interval(n / total, repr(value))
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        return _check_open_interval(number, repr(value))
    try:
        return phrase_prior(text).mean
    except UnknownPhraseError as exc:
        raise ProbabilityError(
            f"{value!r} is not a probability{suggestion(exc.suggestions)}; write {ACCEPTED_FORMS}"
        ) from None


# Nobody's judgment is finer than one in a thousand; beyond it log-odds explode (1e-320 is -737).
LOWEST = 0.001
HIGHEST = 0.999
_SLACK = 1e-12  # 99.9 / 100 is 0.9990000000000001 in floating point


def _check_open_interval(p: float, shown: str) -> float:
    if not 0 < p < 1:
        raise ProbabilityError(f"{shown} is not strictly between 0 and 1 (0% and 100% are never honest forecasts)")
    if not LOWEST - _SLACK <= p <= HIGHEST + _SLACK:
        raise ProbabilityError(
            f"{shown} is closer to {'0' if p < LOWEST else '1'} than forecasts go; "
            f"write from {LOWEST:.1%} to {HIGHEST:.1%} ({LOWEST:g} to {HIGHEST:g})"
        )
    return p
