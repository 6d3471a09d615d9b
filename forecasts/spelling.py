"""Suggestions for a misspelt name: `` (did you mean 'sources'?)`` at the end of a message.

Every message that names a bad key, id, code or word offers the closest valid one the same way,
from here. It imports nothing of the package, so the schema (``forecasts.scenario``), the
problem reports (``forecasts.problems``) and everything else can use it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

# How alike a word must be to a valid one to be suggested (difflib's ratio).
CUTOFF = 0.6


def close_matches(word: str, choices: Iterable[str], n: int = 1, cutoff: float = CUTOFF) -> list[str]:
    """Up to ``n`` valid names closest to ``word``, best first."""
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=cutoff)


def suggestion(matches: Sequence[str]) -> str:
    """`` (did you mean 'a'?)`` or `` (did you mean 'a' or 'b'?)``; empty without a match."""
    return f" (did you mean {' or '.join(repr(m) for m in matches)}?)" if matches else ""


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = CUTOFF) -> str:
    """`` (did you mean 'x'?)`` for the closest valid name, else an empty string."""
    return suggestion(close_matches(word, choices, cutoff=cutoff))
