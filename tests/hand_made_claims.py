"""Candidates made by hand for drafting tests: a quote in a made-up body, as the extractor would give it.

Drafting tests build their claim here rather than through the extractor, so that what they pin
is the drafting (propositions, qualifiers, windows), not which clauses the scorer keeps.
"""

from __future__ import annotations

from datetime import date

from forecasts.extract.candidates import Candidate, Probability


def claim(
    body: str,
    quote: str,
    speaker: str,
    role: str | None,
    speaker_type: str = "quoted_source",
    window: tuple[str, date | None, date | None] | None = None,
    event: str | None = None,
) -> Candidate:
    """A candidate for ``quote`` (which must occur in ``body``); its event is the quote unless given."""
    start = body.index(quote)
    phrase, window_start, window_end = window if window is not None else (None, None, None)
    return Candidate(
        quote=quote,
        char_start=start,
        char_end=start + len(quote),
        speaker=speaker,
        speaker_type=speaker_type,
        hedge=None,
        probability=Probability(0.5, 1.0, 1.0, 0.05, 0.95, "none"),
        polarity="positive",
        kind="prediction",
        window_phrase=phrase,
        window_start=window_start,
        window_end=window_end,
        event=event or quote,
        conditional_on=None,
        confidence=1.0,
        speaker_role=role,
        sentence_start=start,
        sentence_end=start + len(quote),
    )
