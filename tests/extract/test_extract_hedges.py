"""Hedges -> priors: the phrase table covers gold and common hedges; modifiers, negation, unknowns."""

from pathlib import Path

import pytest
import yaml

from forecasts.extract.hedges import read_prior
from forecasts.phrases import lookup_phrase, phrase_prior, read_hedge
from testdata import require_shared

COMMON = [
    "in all likelihood",
    "most likely",
    "no question",
    "on the verge of",
    "expect",
    "could",
    "may",
    "might",
    "potentially",
    "all but inevitable",
    "cannot be ruled out",
    "probably",
    "likely",
    "unlikely",
    "undoubtedly",
    "almost certainly",
]


@pytest.mark.parametrize("hedge", COMMON)
def test_common_hedges_are_in_the_table(hedge):
    assert lookup_phrase(hedge) is not None


def test_every_gold_hedge_has_a_table_prior():
    gold = yaml.safe_load(Path(require_shared("articles/gold.yaml")).read_text(encoding="utf-8"))
    hedges = {f["hedge"] for f in gold["forecasts"] if f["hedge"]}
    assert hedges  # the gold file labels hedges
    unknown = sorted(h for h in hedges if "unknown_hedge" in read_prior(h).flags)
    assert unknown == []


def test_bare_will_reads_as_the_will_row():
    reading = read_prior(None)
    assert reading.prior == phrase_prior("will")
    assert reading.flags == ()


def test_frames_are_read_with_and_without_their_packaging():
    assert read_prior("There is no question").prior.mean == phrase_prior("almost certain").mean
    assert read_prior("I am concerned that").prior == phrase_prior("i am concerned that")
    assert read_prior("we expect").prior.mean == phrase_prior("expect").mean
    assert read_prior("Could").prior == phrase_prior("could")


def test_modifiers():
    assert read_hedge("extremely likely").prior == phrase_prior("very likely")
    fairly = read_hedge("fairly likely")
    assert (fairly.prior, fairly.flags) == (phrase_prior("likely"), ("modifier_ignored:fairly",))
    # Intensified rows scale the base's log-odds as the surveyed 'likely' -> 'highly likely' does.
    assert phrase_prior("probable").mean < phrase_prior("highly probable").mean < 0.9
    assert phrase_prior("improbable").mean > phrase_prior("highly improbable").mean


def test_negation():
    # Negated hedges with a meaning of their own have rows; others are the complement, flagged.
    assert read_hedge("not likely").prior == phrase_prior("not likely")
    assert phrase_prior("not certain").mean == pytest.approx(phrase_prior("maybe").mean)
    negated = read_hedge("not very likely")
    assert negated.flags == ("negated",)
    assert negated.prior.mean == pytest.approx(1 - phrase_prior("very likely").mean)
    assert (negated.prior.beta_a, negated.prior.beta_b) == (
        phrase_prior("very likely").beta_b,
        phrase_prior("very likely").beta_a,
    )


def test_unknown_hedge_gets_a_uniform_prior_and_a_flag():
    reading = read_prior("on the cusp of")
    assert reading.flags == ("unknown_hedge",)
    assert (reading.prior.beta_a, reading.prior.beta_b, reading.prior.mean) == (1.0, 1.0, 0.5)
    assert read_prior("less likely").flags == ("unknown_hedge",)


@pytest.mark.parametrize(
    ("hedge", "based_on", "low", "high"),
    [
        ("I have no doubt", "no doubt", 0.85, 1.0),  # the table's phrase inside it
        ("we assess with high confidence", "very likely", 0.9, 1.0),  # head word, intensified
        ("we are confident", "very likely", 0.8, 0.95),
        ("I don't expect", "expect", 0.0, 0.35),  # negated head word
        ("indicates clearly", "likely", 0.8, 0.95),
        ("all the more reason to think", "i think", 0.6, 0.85),
    ],
)
def test_an_unknown_hedge_gets_a_prior_from_its_head_word_and_modifiers(hedge, based_on, low, high):
    reading = read_prior(hedge)
    assert reading.flags == (f"hedge_inferred:{based_on}",)
    assert low <= reading.prior.mean <= high
    assert reading.prior.beta_a + reading.prior.beta_b > 2  # not the flat Beta(1, 1)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # A named forecaster's verb of expectation with "that" is the hedge, as without it.
        ("The Committee expects that economic conditions will warrant further increases in rates.", "expects that"),
        ("Analysts expect that the bank will raise rates in June.", "expect that"),
        ("Analysts expect the bank will raise rates in June.", "expect"),
        ("My expectation is that the slowing economy will soon reduce job growth.", "My expectation is that"),
        # The speaker's own frame is kept whole.
        ("We expect that inflation will fall in June.", "We expect that"),
        ("We also expect that inflation will fall in June.", "We also expect that"),
    ],
)
def test_a_verb_of_expectation_before_the_clause_is_the_hedge(text: str, hedge: str) -> None:
    from datetime import date

    from forecasts.extract import extract_from_text
    from forecasts.extract.scorer import RULES_ONLY

    (found,) = extract_from_text(text, published=date(2018, 3, 21), scorer=RULES_ONLY)
    assert found.hedge == hedge
    assert found.probability is not None and found.probability.mean > 0.6
