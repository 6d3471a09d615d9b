"""Long-run projections with no period of their own are not drafted (``forecasts.extract.projections``).

Made-up sentences of the shapes the hand-scored drafts had to rewrite whole: a share of a whole
reached at a state with no date, carried forward "at this pace" or with no year at all; a span
taken from a forecast set out elsewhere ("over the forecast period"); a trend forecast to turn
("before growth resumes"). Each is judged with the scorer sure (0.9): the structure decides.
Beside them, claims of the same shapes that name their year or end, and acts on a share, which
must still be drafted.
"""

from __future__ import annotations

import pytest
from gate_verdicts import judged, passes_the_checks

REFUSED = {
    # A share reached only at a state that has no date.
    "Once all three turbines are running, 15 percent of the region's power will come from the wind farm.": (
        "no_measure",
        'a long-run share: "15 percent of the region\'s power" is a share of a whole in some year, and it comes '
        "only 'Once all three turbines are running', a state with no date; ask about the share in a named year, or "
        "about the step that would bring it by a date",
    ),
    # A share of "the total": no year, and of what?
    "When the new terminals are complete, the port's containers will account for 40 percent of the total.": (
        "no_measure",
        "a long-run share: '40 percent of the total' is a share of a whole in some year, and it comes only 'When "
        "the new terminals are complete', a state with no date, and 'the total' does not say of what; ask about "
        "the share in a named year, or about the step that would bring it by a date",
    ),
    # A share with no year at all.
    "The company will be supplying over 30 percent of the country's steel.": (
        "no_measure",
        'a long-run share: "over 30 percent of the country\'s steel" is a share of a whole in some year, and the '
        "claim names no year; ask about the share in a named year, or about the step that would bring it by a date",
    ),
    # A share carried forward at the present pace.
    "At this pace, wages in the south are expected to be only 60% of the level in the north.": (
        "no_measure",
        "a long-run share: 'only 60% of the level in the north' is a share of a whole in some year, and it comes "
        "'At this pace', a trend carried to no year; ask about the share in a named year, or about the step that "
        "would bring it by a date",
    ),
    # Any projection carried forward at the present rate, share or not.
    "At this rate, the country's public debt will double.": (
        "no_measure",
        "a projection with no date: 'At this rate' carries a trend forward to no year; ask about the figure in a "
        "named year",
    ),
    # The horizon of a forecast set out elsewhere.
    "Real wages are expected to keep rising over the forecast period.": (
        "no_measure",
        "a span the claim does not date: 'over the forecast period' is the horizon of a forecast set out "
        "elsewhere; ask about the figure for a named year",
    ),
    "Exports are projected to grow steadily over the projection period.": (
        "no_measure",
        "a span the claim does not date: 'over the projection period' is the horizon of a forecast set out "
        "elsewhere; ask about the figure for a named year",
    ),
    # A trend forecast to turn: two movements, in two spans.
    "Steel output is expected to keep falling through the spring before demand recovers in the autumn.": (
        "no_measure",
        "a turn in a trend: 'before demand recovers' puts a second movement after the first, each in its own "
        "span; ask about each (the first by its date, the second after it) as its own question",
    ),
    # A works built or completed, with no date for it.
    "The Varnia nuclear power plant with two units will be built on the northern coast under an accord.": (
        "no_measure",
        "no date: building 'the Varnia nuclear power plant with two units' takes years, and the claim gives no date "
        "for it to be done by; give the date the article sets (a deadline), or ask about a step that is dated",
    ),
    "Ostland will complete the new cross-border railway, officials said.": (
        "no_measure",
        "no date: building 'the new cross-border railway' takes years, and the claim gives no date for it to be "
        "done by; give the date the article sets (a deadline), or ask about a step that is dated",
    ),
    "Car sales are forecast to decline until the end of the year before growth resumes in 2028.": (
        "no_measure",
        "a turn in a trend: 'before growth resumes' puts a second movement after the first, each in its own "
        "span; ask about each (the first by its date, the second after it) as its own question",
    ),
}


@pytest.mark.parametrize("sentence", list(REFUSED))
def test_a_projection_with_no_period_of_its_own_is_refused_saying_what_is_missing(sentence: str) -> None:
    grounds, reason = REFUSED[sentence]
    assert judged(sentence) == (False, grounds, reason)


KEPT = [
    # A share in a named year, or by one.
    "Renewables will account for 40 percent of electricity generation in 2030.",
    "The company will supply 30 percent of the country's steel by 2029.",
    "The company will supply 30 percent of the country's steel next year.",
    # An act on a share of something is an act, dated by its window.
    "The government will cut 10 percent of civil service jobs.",
    # A pace carried to a year it names.
    "At the current rate, output will reach 2 million barrels a day in 2029.",
    # The forecast period's end given.
    "Exports are projected to grow by 3% a year over the forecast period to 2030.",
    # One level, then another: each dated, not a trend's turn.
    "Debt is expected to peak at 90% of GDP in 2027 before falling to 85% in 2029.",
    "Unemployment will rise this year before falling back next year.",
    # A works with its date, or a building that is no works.
    "The first unit of the plant will be completed in 2031.",
    "The bridge will be built within two years, the minister said.",
    "Ostland will complete the talks on the treaty.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_a_share_or_a_projection_with_its_own_year_is_still_drafted(sentence: str) -> None:
    assert judged(sentence)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy will put a third of its procurement budget into new frigates.",
        "The ministry will spend 15 percent of the health budget on rural clinics.",
    ],
)
def test_a_share_of_a_budget_given_to_a_purpose_with_no_period_is_a_long_run_share(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_measure")
    assert reason.startswith("a long-run share: ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy will put half of its sailors on alert on Friday.",
        "The ministry will spend 15 percent of the 2027 health budget on rural clinics.",
    ],
)
def test_an_act_on_a_share_or_a_dated_budget_share_is_left_to_the_rest_of_the_gate(sentence: str) -> None:
    assert passes_the_checks(judged(sentence))
