"""Hypotheticals: a claim argued under a supposition is told from a forecast by its grammar."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.hypotheticals import find_hypothetical, modal_of


@pytest.mark.parametrize(
    ("clause", "verb", "modal"),
    [
        ("this protection would be lost", "lose", "would"),
        ("the navy will not strike", "strike", "will"),
        ("its exports would also fall sharply", "fall", "would"),
        ("they'd probably leave", "leave", "'d"),
        ("the army struck", "strike", None),  # no modal at all
        ("Iran said it struck, and will strike again", "strike", "will"),  # the last governed form wins
    ],
)
def test_the_modal_governing_the_verb_is_read_past_adverbs_and_passives(clause: str, verb: str, modal: str) -> None:
    assert modal_of(clause, verb) == modal


REFUSED = [
    # A supposition in the past tense, in either order, and by inversion.
    (
        "If the region seceded, its exports would fall by a third.",
        "its exports",
        "fall",
        "a hypothetical: 'would' under the supposition 'If the region seceded', argued rather than forecast",
    ),
    (
        "The port would close if the union went on strike.",
        "the port",
        "close",
        "a hypothetical: 'would' under the supposition 'if the union went', argued rather than forecast",
    ),
    (
        "Were the region to secede, its exports would fall by a third.",
        "its exports",
        "fall",
        "a hypothetical: 'would' under the supposition 'Were the region to secede', argued rather than forecast",
    ),
    # A supposed act as subject, and a subject that denies any actor.
    (
        "Abolishing the tax would cost the Treasury dearly.",
        "abolishing the tax",
        "cost",
        "a hypothetical: what 'abolishing the tax' would do is a supposed act's effect, not a forecast",
    ),
    (
        "The introduction of road pricing would cut congestion.",
        "the introduction of road pricing",
        "cut",
        "a hypothetical: what 'the introduction of road pricing' would do is a supposed act's effect, not a forecast",
    ),
    (
        "No other supplier would match that price.",
        "any other supplier",
        "match",
        "a hypothetical: 'No other supplier' would names no one, a comparison argued rather than forecast",
    ),
    # The speaker's own choice as the condition.
    (
        "The cartel will collapse if we hold firm.",
        "the cartel",
        "collapse",
        "a conditional on the speaker's own choice ('if we hold'), argued rather than forecast",
    ),
]


@pytest.mark.parametrize(("clause", "subject", "verb", "reason"), REFUSED)
def test_a_claim_argued_under_a_supposition_is_found_with_its_words(
    clause: str, subject: str, verb: str, reason: str
) -> None:
    assert find_hypothetical(clause, subject, verb) == reason


@pytest.mark.parametrize(
    ("clause", "subject", "verb"),
    [
        ("If the motion passes tomorrow, there will be an election on 8 June.", "there", "be"),
        ("If the deal is approved, the plant would open in May.", "the plant", "open"),  # open: "is approved"
        ("Iran said it would strike US bases within a week.", "Iran", "strike"),  # reported expectation
        ("The killing of the commander could spark reprisals.", "the killing of the commander", "spark"),
        ("Defending the border could come at a cost.", "defending the border", "come"),  # a possibility
        ("If Iran attacked, the United States will respond.", "the United States", "respond"),  # not remote
        # What befalls the speaker is no choice of theirs: a conditional forecast.
        ("If we are attacked, our forces will respond at once.", "our forces", "respond"),
        ("If I get elected, the mine will close.", "the mine", "close"),
    ],
)
def test_open_conditions_reports_and_possibilities_are_no_hypotheticals(clause: str, subject: str, verb: str) -> None:
    assert find_hypothetical(clause, subject, verb) is None


ACTORS = st.sampled_from(["Iran", "the union", "the central bank", "Parliament", "the rebels", "Russia"])
PRESENT = st.sampled_from(["passes", "strikes", "wins", "agrees", "is elected", "does not act", "raises rates"])
MAIN = st.sampled_from([("strike", "strike the base"), ("hold", "hold talks"), ("resign", "resign"), ("rise", "rise")])


@given(ACTORS, PRESENT, ACTORS, MAIN, st.booleans())
def test_an_open_conditional_with_will_is_never_a_hypothetical(
    who: str, does: str, actor: str, main: tuple[str, str], first: bool
) -> None:
    """A condition in the present on someone other than the speaker, and a main verb under
    "will": the conditional forecast the drafting turns into two scenarios."""
    verb, phrase = main
    condition = f"if {who} {does}"
    clause = f"{condition}, {actor} will {phrase}" if first else f"{actor} will {phrase} {condition}"
    assert find_hypothetical(clause, actor, verb) is None
