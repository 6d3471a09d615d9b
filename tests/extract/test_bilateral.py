"""The two countries, both sides: the pair a bilateral meeting's title names."""

from __future__ import annotations

from datetime import date

import pytest

from forecasts.extract.article import Article
from forecasts.extract.bilateral import title_pair, with_pair_named
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import propose


def _article(title: str, body: str = "The talks ended on Monday.") -> Article:
    return Article(body=body, source="<text>", title=title, outlet="Example News", published=date(2019, 3, 28))


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Russian-Turkish talks", ("Russia", "Turkey")),
        ("Meeting with Russian and French business representatives", ("Russia", "France")),
        ("Joint Statement on the U.S.-Iraq Strategic Dialogue", ("the United States", "Iraq")),
        # Two states, but no encounter between them.
        ("U.S. Military Operations Against Iran: Munitions and Missile Defense", None),
        # An encounter, but not of two states.
        ("Press statements following talks with the President of Finland", None),
        ("Trilateral meeting of Russia, Azerbaijan and Armenia", None),
    ],
)
def test_the_pair_is_the_two_states_a_meetings_title_names(title: str, pair: tuple[str, str] | None) -> None:
    assert title_pair(_article(title)) == pair


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("both sides", "Russia and Turkey"),
        ("The two countries", "Russia and Turkey"),
        ("business leaders from both countries", "business leaders from Russia and Turkey"),
        ("the two governments", "the governments of Russia and Turkey"),
        ("the two countries' border", "Russia and Turkey's border"),
        ("the other side", "the other side"),
    ],
)
def test_the_pair_replaces_the_two_countries(text: str, named: str) -> None:
    assert with_pair_named(text, _article("Russian-Turkish talks")) == named


def _subject(quote: str, title: str, published: date) -> str:
    """The drafted subject of the one claim in a transcript line of Vladimir Putin's."""
    article = Article(
        body=f"Vladimir Putin: {quote}", source="<text>", title=title, outlet="President of Russia", published=published
    )
    (candidate,) = extract_forecasts(article, min_confidence=0.0)
    return propose(candidate, article).subject


def test_a_question_names_the_pair() -> None:
    quote = "Both sides will increase supplies of farm produce to the Russian market next year."
    assert _subject(quote, "Russian-Turkish talks", date(2019, 3, 28)) == "Russia and Turkey"


@pytest.mark.parametrize(
    ("quote", "subject"),
    [
        (
            "Our joint university in Shenzhen will admit its first students in September.",
            "Russia and China's joint university",
        ),
        ("Our two countries will open a new bridge in September.", "Russia and China"),
    ],
)
def test_our_joint_things_at_a_bilateral_meeting_are_both_sides(quote: str, subject: str) -> None:
    title = "Press statements following Russian-Chinese talks"
    assert _subject(quote, title, date(2017, 7, 4)).startswith(subject)
