"""Claims with nothing a stranger could observe are held back, not drafted.

Made-up sentences of the shapes the hand-scored draft samples had to rewrite whole: an
experience or a feeling ("will leave with unforgettable memories"), a trend with no measure
("increasingly will engage in"), a cause said to go on moving a measure ("the war will continue
to increase the price of bread"), an abstract phase ("enter a transition period"), an act
without its object ("end up paying") or a figure of giving way ("they are going to fold"), a
figure of presence ("loom over the elections") or of fate ("revenge awaits"), change with
nothing to say which ("the main changes will happen"), and an obligation a decision already imposed
("have been found guilty and will have to pay fines"). Each is judged with the scorer sure
(0.9): the structure decides. Beside them, real forecasts of the same shapes that must still be
drafted.
"""

from __future__ import annotations

import pytest
from gate_verdicts import DRAFTED_GROUNDS, judged
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.non_events import find_act_without_object, find_phase

REFUSED = {
    # Experiences and feelings: how someone feels, or what they live through.
    "Visitors who come to Scotland for the festival will leave with unforgettable memories.": (
        "no_event",
        "an experience: 'leave with unforgettable memories' is what someone lives through, which no report settles",
    ),
    "Fans travelling to the tournament will enjoy the warm hospitality of the city.": (
        "no_event",
        "an experience: 'enjoy the warm hospitality' is how someone feels, which no report settles",
    ),
    "Guests at the summit will feel welcome in the capital.": (
        "no_event",
        "an experience: 'feel welcome' is how someone feels, which no report settles",
    ),
    "Delegates will be impressed by the new conference centre.": (
        "no_event",
        "an experience: 'be impressed' is how someone feels, which no report settles",
    ),
    "Tourists are going to have a wonderful time in Lisbon.": (
        "no_event",
        "an experience: 'have a wonderful time' is what someone lives through, which no report settles",
    ),
    # A trend with no measure: the question would drop the adverb and ask whether a practice
    # already going on happens at all.
    "Iran increasingly will engage in illicit activities to fund its missile program.": (
        "no_measure",
        "a trend with no measure: 'increasingly will engage' asks for more of what goes on, compared with nothing",
    ),
    "China will increasingly rely on coal imports from Russia.": (
        "no_measure",
        "a trend with no measure: 'increasingly rely' asks for more of what goes on, compared with nothing",
    ),
    # A cause said to go on moving a measure it already moves.
    "The drought will continue to increase the price of basic foods in the region.": (
        "no_measure",
        "no new event: 'continue to increase' says 'the drought' goes on moving what it already moves; ask about "
        "the measure's level by a date",
    ),
    # Abstract phases, introduced as new: nothing marks their start.
    "We are about to enter into a transition period as the country prepares for its election.": (
        "no_event",
        "an abstract phase: 'enter into a transition period' names no start a report could date; ask about the act "
        "that would begin it",
    ),
    "The alliance is about to enter a new phase.": (
        "no_event",
        "an abstract phase: 'enter a new phase' names no start a report could date; ask about the act that would "
        "begin it",
    ),
    # An act without its object; figures of giving way, of suffering, of presence.
    "The taxpayers are going to end up paying.": (
        "no_event",
        "an act without its object: 'end up paying' does not say what, or for what; ask about the thing itself",
    ),
    "I hope that the rebels will lay down their arms next month.": (
        "no_event",
        "a hope, not a forecast: 'I hope' says what the speaker wants, not what they expect",
    ),
    "The president very much looks forward to visiting India next year.": (
        "no_event",
        "a hope, not a forecast: 'looks forward to' says what the speaker wants, not what they expect",
    ),
    "It is my hope that in January the Senate will be granted a debate on the troops.": (
        "no_event",
        "a hope, not a forecast: 'It is my hope' says what the speaker wants, not what they expect",
    ),
    "Beijing hopes the talks will resume in March.": (
        "no_event",
        "a hope, not a forecast: 'Beijing hopes' says what the speaker wants, not what they expect",
    ),
    "I think the former president would recall.": (
        "no_event",
        "an act without its object: 'recall' does not say what, or for what; ask about the thing itself",
    ),
    "The ruling party will win.": (
        "no_event",
        "an act without its object: 'win' does not say what, or for what; ask about the thing itself",
    ),
    "In effect, we are moving from the e-customs of today to the smart customs that we will have.": (
        "no_event",
        "an act without its object: 'have' does not say what, or for what; ask about the thing itself",
    ),
    "The rebels will fold within weeks.": (
        "no_event",
        "a figure of speech: 'fold' says someone gives way, not what they do; ask about an act (a surrender, a "
        "withdrawal, a concession)",
    ),
    "The army will pay a heavy price for the offensive.": (
        "no_event",
        "a figure of speech: 'pay a heavy price' is suffering a loss, not a payment; ask about the loss itself",
    ),
    "The memory of the scandal is likely to loom over the regional elections.": (
        "no_event",
        "a figure of speech: 'loom over the regional elections' says something weighs on an event, not that "
        "anything happens",
    ),
    # A figure of fate; change said to come with nothing to say which.
    "Severe consequences will await the rebels.": (
        "no_event",
        "a figure of speech: 'await the rebels' says what is in store, not what anyone does; ask about the act itself",
    ),
    "I think the main changes will happen after the summit.": (
        "no_event",
        "no named event: 'the main changes' does not say which change; ask about one of them",
    ),
    # Not a forecast: the consequence of a decision already taken.
    "Several former officials have been found guilty of fraud and will have to pay fines of up to $5,000.": (
        "past",
        "already so at publication: 'have been found guilty' has imposed 'have to pay'; ask whether the act it "
        "requires is done",
    ),
    # A state or an ideal said to happen or prevail: no act a report could date.
    "Ostland's independence will prevail.": (
        "no_event",
        'no observable event: "Ostland\'s independence" names a state or an ideal, which does not prevail on a '
        "day a report could date",
    ),
    "Democracy will prevail in Varnia.": (
        "no_event",
        "no observable event: 'Democracy' names a state or an ideal, which does not prevail on a day a report "
        "could date",
    ),
}


@pytest.mark.parametrize("sentence", sorted(REFUSED))
def test_claims_with_nothing_observable_are_not_drafted(sentence: str) -> None:
    assert judged(sentence) == (False, *REFUSED[sentence])


KEPT = {
    # A measured change with its figure; a measure's own movement, counted from the window's opening.
    "The ministry will increase fuel prices by 10% next month.": "quantity",
    "Turnout will increase in the next election.": "quantity",
    "Inflation will continue to rise.": "quantity",
    # An actor's own act carried on, on a measure it holds.
    "The central bank will continue reducing its holdings of government bonds.": "quantity",
    # A payment that names what is paid, or for what.
    "The company will pay a dividend of 5 pence next month.": "act",
    "Britain will end up paying for the new reactors.": "act",
    # Borderline, kept: a recession is read from GDP figures, so its start can be dated; a phase
    # with the definite article is a defined one (a treaty's transition period).
    "The economy will enter a recession in the third quarter.": "act",
    "The United Kingdom will enter the transition period on 1 February.": "act",
    # What one "enjoys" that can be counted; a business that folds closes: no act the drafting
    # recognises, so listed for a person, not refused as an experience.
    "The ruling party will enjoy a comfortable majority in the new parliament.": "unsure",
    "The company will fold next year.": "unsure",
    # Changes read back to what they are, and a named event, take place.
    "The changes will take place next year.": "act",
    # With their objects: an envoy recalled, an election won.
    "Ruritania will recall its ambassador from Ostland next week.": "act",
    "The ruling party will win the general election in July.": "event_kind",
    # Prevailing in a vote is winning it (listed: "prevail" is no act the drafting recognises).
    "The opposition will prevail in the vote.": "unsure",
    "The election will take place next year.": "act",
    # An obligation nothing has imposed yet: a forecast of its condition and consequence (listed:
    # fines are no measure the drafting knows).
    "The council will have to pay fines of up to $5,000 if it misses the deadline.": "no_measure",
}


@pytest.mark.parametrize("sentence", sorted(KEPT))
def test_observable_forecasts_of_the_same_shapes_are_drafted(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (KEPT[sentence] in DRAFTED_GROUNDS, KEPT[sentence]), reason


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)


@given(_WORD)
def test_a_phase_introduced_as_new_is_abstract_and_a_defined_one_is_not(adjective: str) -> None:
    """ "Enter a <adj> period" introduces a phase nobody defines; "enter the <adj> period" names one."""
    assert find_phase(f"enter a {adjective} period") == (
        f"an abstract phase: 'enter a {adjective} period' names no start a report could date; ask about the act "
        "that would begin it"
    )
    assert find_phase(f"enter the {adjective} period") is None


@given(_WORD, st.integers(min_value=1, max_value=10_000))
def test_a_payment_that_names_what_is_paid_is_an_act(noun: str, amount: int) -> None:
    """Only a bare "pay" lacks its object: any object keeps the act."""
    assert find_act_without_object("the company", "pay", f"pay {amount} {noun}") is None
    assert find_act_without_object("the company", "pay", "pay") == (
        "an act without its object: 'pay' does not say what, or for what; ask about the thing itself"
    )
