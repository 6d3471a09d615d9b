"""extract never raises on arbitrary text or bytes; what it returns is always well-formed."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.extract import extract_from_text as _extract_from_text
from forecasts.extract.article import ArticleError, parse_bytes
from forecasts.extract.candidates import KINDS, POLARITIES, SPEAKER_TYPES
from forecasts.extract.scorer import RULES_ONLY

# Pieces that drive the rules (markers, hedges, quotes, dates, frames) mixed with noise.
PIECES = st.sampled_from(
    [
        "will",
        "won't",
        "could",
        "May",
        "may",
        "might",
        "is likely to",
        "is expected to",
        "is due on",
        "[will]",
        "if",
        "unless",
        "even if",
        "said",
        "told",
        "he",
        "she",
        "it",
        ",",
        ".",
        "?",
        ";",
        ":",
        "\u2014",
        "\u201c",
        "\u201d",
        '"',
        "\n",
        "\n\n",
        "Mr.",
        "U.S.",
        "\u2019s",
        "not",
        "probably",
        "There is no question that",
        "I worry less about the outbreak of",
        "expect",
        "to",
        "pledges from",
        "awaits",
        "on the verge of",
        "Evan Medeiros:",
        "By Jane Doe",
        "title: x",
        "published: 2020-01-04",
        "Iran",
        "the",
        "January 5 to 6",
        "next week",
        "in the coming months",
        "by",
        "before",
        "2020",
        "9999",
        "\u0130",
        "\u00df",
        "\ufffd",
        "...",
        "that is not to say it won't happen",
        "without it",
        "__",
        "Analysts expect",
        "prices to rise",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(PIECES, max_size=80).map(" ".join),
    st.lists(PIECES, max_size=80).map("".join),
)
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def extract_from_text(text, **kwargs):
    """The rules' reading (the learned scorer is tested on the corpus, not pinned sentence by sentence)."""
    return _extract_from_text(text, scorer=RULES_ONLY, **kwargs)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, DATES)
def test_extract_never_raises_and_returns_well_formed_records(text, published):
    for c in extract_from_text(text, published=published):
        assert text[c.char_start : c.char_end] == c.quote
        assert c.speaker_type in SPEAKER_TYPES and c.kind in KINDS and c.polarity in POLARITIES
        assert 0 <= c.probability.mean <= 1 and c.probability.p05 <= c.probability.p95
        if c.window_start and c.window_end:
            assert c.window_start <= c.window_end
        assert c.event and c.speaker
        c.to_dict()


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_an_article_or_a_clear_error(data):
    try:
        article = parse_bytes(data, "input")
    except ArticleError as exc:
        assert str(exc).startswith("input: ")
        return
    extract_from_text(article.body, published=article.published)


def test_a_long_text_is_handled_and_repeats_merge():
    paragraph = (
        "Analysts expect prices to rise {n}% in the coming weeks, said Jane Roe of Example Bank. "
        "\u201cWe will not back down,\u201d the minister said. Could talks resume? "
        "The summit is scheduled for March 3. Traders fear the deal will collapse.\n\n"
    )
    text = "".join(paragraph.format(n=n) for n in range(300))  # about 70 kB, a forecast in every sentence
    found = extract_from_text(text, published=date(2024, 1, 10))
    # Every paragraph's expectation differs (n%); the vow and the summit are the same words each time.
    assert len(found) == 300 + 2
    assert [c.flags for c in found if c.flags] == [("restated",), ("restated",)]
