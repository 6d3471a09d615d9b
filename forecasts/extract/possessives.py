"""The possessive of a name as English writes it: "Russia's", "Brazil's", "the Philippines'"."""

from __future__ import annotations


def possessive(name: str) -> str:
    """``name`` with its possessive ending: "'s", or an apostrophe alone after a final "s"."""
    return f"{name}'{'' if name.endswith('s') else 's'}"
