"""Words of manner and degree a stranger cannot check, and the time a "late" or "early" belongs to
(issue 16, seed 29): "arrive in the capital late on Tuesday" is a time (the window), not a
manner; "win easily" is an election won, settled by the certified result.

Texts are made up, of the shapes the hand-scored sample found.
"""

from __future__ import annotations

from datetime import date

import pytest
from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import propose, question_text

OPENS, DEADLINE = date(2024, 3, 4), date(2024, 3, 8)


def _question(body: str, quote: str, window: tuple[str, date | None, date | None] | None = None) -> str:
    article = Article(body=body, source="briefing.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(body, quote, "Test Wire", None, speaker_type="author", window=window), article)
    return question_text(p, OPENS, DEADLINE)


@pytest.mark.parametrize(
    ("quote", "window", "question"),
    [
        (
            "The foreign minister will arrive in Lusaka late on Tuesday.",
            ("on Tuesday", date(2024, 3, 5), date(2024, 3, 7)),
            "Will the foreign minister arrive in Lusaka between 2024-03-04 and 2024-03-08?",
        ),
        (
            "The foreign minister will arrive in Lusaka early on Tuesday.",
            None,
            "Will the foreign minister arrive in Lusaka between 2024-03-04 and 2024-03-08?",
        ),
        (
            "The mine's output will resume growth late in 2025.",
            None,
            "Will the mine's output resume growth between 2024-03-04 and 2024-03-08?",
        ),
    ],
)
def test_late_or_early_before_a_time_goes_with_the_time_into_the_window(
    quote: str, window: tuple[str, date | None, date | None] | None, question: str
) -> None:
    assert _question(quote, quote, window) == question


def test_late_with_no_time_after_it_is_a_manner_and_stays() -> None:
    quote = "The foreign minister will arrive in Lusaka late."
    assert (
        _question(quote, quote) == "Will the foreign minister arrive in Lusaka late between 2024-03-04 and 2024-03-08?"
    )
