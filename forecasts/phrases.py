"""Hedge phrase -> Beta prior, from survey data on how readers hear probability words.

The table (``forecasts/data/phrases.csv``) is derived from ``../shared/data/wep`` by
``scripts/derive_phrase_table.py``; its header cites the surveys. Each row gives the Beta
distribution of the probability readers assign to the phrase, so a hedge becomes a prior with
honest spread rather than a single number.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from forecasts.spelling import close_matches, suggestion


@dataclass(frozen=True)
class PhrasePrior:
    """The Beta(a, b) distribution readers attach to a hedge phrase."""

    phrase: str
    mean: float
    p05: float
    p50: float
    p95: float
    beta_a: float
    beta_b: float
    n: int
    basis: str

    def negated(self) -> PhrasePrior:
        """The prior for the complement ("probably not" X as a statement about X)."""
        return PhrasePrior(
            phrase=f"not ({self.phrase})",
            mean=1 - self.mean,
            p05=1 - self.p95,
            p50=1 - self.p50,
            p95=1 - self.p05,
            beta_a=self.beta_b,
            beta_b=self.beta_a,
            n=self.n,
            basis=self.basis,
        )


class UnknownPhraseError(ValueError):
    """A hedge phrase that is not in the table."""

    def __init__(self, phrase: str, suggestions: list[str]) -> None:
        self.phrase = phrase
        self.suggestions = suggestions
        super().__init__(f"{phrase!r} is not a known hedge phrase{suggestion(suggestions)}")


def normalize_phrase(text: str) -> str:
    """Lower-case, fold curly quotes and collapse white space, so lookups are forgiving."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text.strip().lower())


@cache
def phrase_table() -> dict[str, PhrasePrior]:
    """Every phrase in the table, keyed by its normalised form."""
    text = resources.files("forecasts").joinpath("data/phrases.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    table: dict[str, PhrasePrior] = {}
    for row in csv.DictReader(lines):
        table[row["phrase"]] = PhrasePrior(
            phrase=row["phrase"],
            mean=float(row["mean"]),
            p05=float(row["p05"]),
            p50=float(row["p50"]),
            p95=float(row["p95"]),
            beta_a=float(row["beta_a"]),
            beta_b=float(row["beta_b"]),
            n=int(row["n"]),
            basis=row["basis"],
        )
    return table


def lookup_phrase(text: str) -> PhrasePrior | None:
    """The prior for a hedge phrase, or None when the table does not know it."""
    return phrase_table().get(normalize_phrase(text))


def phrase_prior(text: str) -> PhrasePrior:
    """The prior for a hedge phrase; raises UnknownPhraseError with close matches otherwise."""
    prior = lookup_phrase(text)
    if prior is None:
        key = normalize_phrase(text)
        raise UnknownPhraseError(text, close_matches(key, phrase_table(), n=2, cutoff=0.75))
    return prior


def locate_hedge(quote: str, hedge: str | None) -> tuple[int, int] | None:
    """Character span of ``hedge`` inside ``quote`` (case- and quote-mark-insensitive), or None."""
    if not hedge:
        return None
    # Curly apostrophes fold to straight ones character for character, so offsets still hold.
    folded_quote = quote.replace("\u2019", "'").replace("\u2018", "'")
    words = normalize_phrase(hedge).split(" ")
    pattern = r"\b" + r"\s+".join(re.escape(word) for word in words) + r"\b"
    match = re.search(pattern, folded_quote, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


# Intensifiers the surveys did not ask about read like the surveyed 'very'/'highly' rows.
_INTENSIFIER_SYNONYMS = {"extremely": "very", "exceedingly": "very", "really": "very", "overwhelmingly": "very"}
# Softeners and comparatives move a hedge by an amount no survey measured: the base reading is
# kept and the caller is told (flag) that a modifier was ignored.
_SOFT_MODIFIERS = ("fairly", "quite", "rather", "pretty", "somewhat", "reasonably", "increasingly", "more")
_NEGATIONS = ("not", "never", "hardly")


@dataclass(frozen=True)
class HedgeReading:
    """How a hedge as written maps to the table: the prior, and flags for what was assumed."""

    prior: PhrasePrior
    flags: tuple[str, ...] = ()


def read_hedge(text: str) -> HedgeReading | None:
    """The prior for a hedge as written, handling modifiers and negation; None when unknown.

    Order: the exact phrase; an intensifier read as 'very' ("extremely likely" -> "very likely");
    a leading negation ("not very likely") as the complement of the rest when the table has no
    row for the negated phrase (rows such as "not likely" and "not certain" are mapped by meaning
    and win); a softener ("fairly likely") dropped with a flag ``modifier_ignored:<word>``.
    """
    key = normalize_phrase(text)
    if not key:
        return None
    table = phrase_table()
    if key in table:
        return HedgeReading(table[key])
    words = key.split(" ")
    if words[0] in _INTENSIFIER_SYNONYMS:
        found = read_hedge(" ".join([_INTENSIFIER_SYNONYMS[words[0]], *words[1:]]))
        if found is not None:
            return found
    if len(words) > 1 and words[0] in _NEGATIONS:
        rest = read_hedge(" ".join(words[1:]))
        if rest is not None:
            return HedgeReading(rest.prior.negated(), (*rest.flags, "negated"))
    if len(words) > 1 and words[0] in _SOFT_MODIFIERS:
        rest = read_hedge(" ".join(words[1:]))
        if rest is not None:
            return HedgeReading(rest.prior, (*rest.flags, f"modifier_ignored:{words[0]}"))
    return None
