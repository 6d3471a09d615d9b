import pytest

from forecasts.phrases import UnknownPhraseError, locate_hedge, lookup_phrase, phrase_prior
from forecasts.probability import ProbabilityError, parse_probability


@pytest.mark.parametrize(
    ("text", "expected"),
    [(0.7, 0.7), ("0.7", 0.7), ("70%", 0.7), ("70 %", 0.7), ("3:1", 0.75), ("1 in 4", 0.25), (".5", 0.5)],
)
def test_numeric_forms(text, expected):
    assert parse_probability(text) == pytest.approx(expected)


def test_words_go_through_the_phrase_table():
    assert parse_probability("likely") == phrase_prior("likely").mean
    assert 0.68 < parse_probability("Likely") < 0.76  # surveys agree on 0.69-0.73
    assert parse_probability("in all likelihood") == phrase_prior("highly likely").mean


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("130%", "'130%' is not strictly between 0 and 1 (0% and 100% are never honest forecasts)"),
        (1, "1 is not strictly between 0 and 1 (0% and 100% are never honest forecasts)"),
        ("0:5", "'0:5' is not strictly between 0 and 1 (0% and 100% are never honest forecasts)"),
        ("0:0", "'0:0': odds need a positive side"),
        ("1 in 0", "'1 in 0': 'N in M' needs M > 0"),
        (
            True,
            "True is not a probability; write a number between 0 and 1 (0.7), a percentage (70%), odds (3:1), 'N in M' (1 in 4) or a hedge word (likely)",
        ),
        (
            "likly",
            "'likly' is not a probability (did you mean 'likely' or 'unlikely'?); write a number between 0 and 1 (0.7), a percentage (70%), odds (3:1), 'N in M' (1 in 4) or a hedge word (likely)",
        ),
    ],
)
def test_bad_values_say_what_is_allowed(value, message):
    with pytest.raises(ProbabilityError) as info:
        parse_probability(value)
    assert str(info.value) == message


def test_phrase_table_is_ordered_like_the_surveys():
    order = [
        "almost no chance",
        "highly unlikely",
        "unlikely",
        "might",
        "about even",
        "likely",
        "highly likely",
        "almost certain",
    ]
    means = [phrase_prior(p).mean for p in order]
    assert means == sorted(means)
    for phrase in order:
        prior = phrase_prior(phrase)
        assert 0 < prior.p05 < prior.mean < prior.p95 < 1


def test_negation_mirrors_the_prior():
    likely = phrase_prior("likely")
    negated = likely.negated()
    assert negated.mean == pytest.approx(1 - likely.mean)
    assert (negated.beta_a, negated.beta_b) == (likely.beta_b, likely.beta_a)


def test_unknown_phrase_suggests_close_ones():
    assert lookup_phrase("in all likelyhood") is None
    with pytest.raises(UnknownPhraseError, match="did you mean 'in all likelihood'"):
        phrase_prior("in all likelyhood")


def test_locate_hedge_handles_case_and_curly_quotes():
    quote = "Iran’s response will In All  likelihood be asymmetric"
    start, end = locate_hedge(quote, "in all likelihood")
    assert quote[start:end] == "In All  likelihood"
    assert locate_hedge(quote, "probably") is None
    assert locate_hedge(quote, None) is None
    assert locate_hedge("it may come", "may") == (3, 6)
    assert locate_hedge("dismayed", "may") is None
