"""Hypotheticals: a claim argued under a supposition is told from a forecast by its grammar."""

from __future__ import annotations

import pytest
from gate_verdicts import judged, passes_the_checks
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.hypotheticals import (
    find_hypothetical,
    find_not_forecast,
    find_reason_given,
    find_supposed_state,
    modal_of,
)


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
        # An announced rule: its "would" is the announcement's "will", its gerund the act ruled on.
        (
            "The minister announced that from June 15, wearing a face covering would become compulsory on trains.",
            "wearing a face covering",
            "become",
        ),
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


# --- issue 16, round 10: what is demanded, argued by a side, or said of a model's scenarios ---------------------
# Made-up sentences: the complement of a call or demand is what the speaker wants, not what they
# expect; a "would" argued by one side of a debate, or holding in a model's scenarios, is no forecast.
NOT_FORECAST = [
    # What an event needs, argued.
    (
        "The reconstruction of Tarvia will not happen without a real commitment from the donors.",
        "happen",
        "a condition argued, not a forecast: 'will not happen without' says what the event needs, not that it "
        "will come",
    ),
    # Who decides, the act left open.
    (
        "The Speaker will make her own decisions about whether or not to visit Ruse.",
        "make",
        "an open question, not a forecast: 'decisions about whether or not to' leaves the outcome open",
    ),
    # The outcome left open.
    (
        "Whether this bill will be passed or not, the aim of the authorities is clear.",
        "pass",
        "an open question, not a forecast: 'Whether this bill will be passed or not' leaves the outcome open",
    ),
    (
        "The envoy called on Ankara to declare this week that Ankara will not close the strait.",
        "close",
        "what is demanded, not forecast: the claim follows 'called on Ankara to declare'",
    ),
    (
        "The council urged the province to promise that the dam will open in March.",
        "open",
        "what is demanded, not forecast: the claim follows 'urged the province to promise'",
    ),
    (
        "The unions demand that the ministry will restore the allowance.",
        "restore",
        "what is demanded, not forecast: the claim follows 'demand that'",
    ),
    (
        "We want the junta to state publicly that the junta will hold elections.",
        "hold",
        "what is demanded, not forecast: the claim follows 'want the junta to state'",
    ),
    (
        "Critics of the plan contend that freezing the allowance would push pensioners below the line.",
        "push",
        "an argument of one side: 'Critics of the plan contend' that it would happen, not the source's forecast",
    ),
    (
        "Supporters say the levy would raise two billion a year.",
        "raise",
        "an argument of one side: 'Supporters say' that it would happen, not the source's forecast",
    ),
    (
        "Repayments would stay below the limit in a wide range of plausible growth scenarios.",
        "stay",
        "a model's statement: 'would' 'in a wide range of plausible growth scenarios', not a forecast of the event",
    ),
    (
        "Under the baseline projection the deficit would fall to 2 percent by 2030.",
        "fall",
        "a model's statement: 'would' 'Under the baseline projection', not a forecast of the event",
    ),
]


# Made-up sentences: a pledge the speaker dares or obliges someone to make ("Ostland can announce
# today that ...") is the speaker's demand, not his forecast; his own "we can say that" is.
NOT_FORECAST += [
    (
        "The Varnian cabinet can announce today \u2013 plainly, without excuses \u2013 that Varnia will not annex the isles.",
        "annex",
        "a pledge someone is dared or bound to make, not forecast: the claim follows 'can announce'",
    ),
    (
        "The junta must publicly declare that the junta will hold elections in May.",
        "hold",
        "a pledge someone is dared or bound to make, not forecast: the claim follows 'must declare'",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("We can say with confidence that the dam will open in March.", "open"),
        ("I can confirm that the army will withdraw from the valley.", "withdraw"),
        ("The ministry said it will announce the budget, and the levy will rise in May.", "rise"),
    ],
)
def test_the_speakers_own_can_say_is_a_forecast(sentence: str, verb: str) -> None:
    assert find_not_forecast(sentence, sentence, verb) is None


@pytest.mark.parametrize(("sentence", "verb", "reason"), NOT_FORECAST)
def test_a_demanded_argued_or_modelled_claim_is_not_the_sources_forecast(sentence: str, verb: str, reason: str) -> None:
    assert find_not_forecast(sentence, sentence, verb) == reason


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The minister said the army will withdraw from the valley.", "withdraw"),
        ("Analysts expect the bank will cut rates in June.", "cut"),
        ("Critics say the mayor will resign before the vote.", "resign"),  # "will": a forecast, whoever says it
        ("Asked whether it was ready to talk, Iran said it would strike within a week.", "strike"),
        ("We want to hold the elections in May, and the army will withdraw next week.", "withdraw"),
        ("The bank said it would raise rates in March.", "raise"),  # a reported expectation
        ("The rebels rejected calls to disarm; the truce will collapse by spring.", "collapse"),
        ("Whether or not it rains, the parade will be held on Monday.", "hold"),
        (
            "The rebels will strike without warning.",
            "strike",
        ),  # "without", no negation: the manner  # no "or not" after the claim's words
    ],
)
def test_reported_expectations_are_forecasts_all_the_same(sentence: str, verb: str) -> None:
    assert find_not_forecast(sentence, sentence, verb) is None


SPEAKERS = st.sampled_from(["The minister", "Analysts", "The envoy", "Critics", "Officials", "The bank"])
SAYING = st.sampled_from(["said", "expect", "predicted", "warned", "believe", "argue"])


@given(SPEAKERS, SAYING, ACTORS, MAIN)
def test_a_reported_will_is_never_refused_as_not_forecast(
    speaker: str, saying: str, actor: str, main: tuple[str, str]
) -> None:
    verb, phrase = main
    sentence = f"{speaker} {saying} that {actor} will {phrase} next month."
    assert find_not_forecast(sentence, sentence, verb) is None


# --- the reason a sentence gives for its forecast ---------------------------------------------------------------


def test_the_reason_given_for_a_forecast_is_not_the_forecast() -> None:
    sentence = "Because farmers may plant less wheat this spring, bread prices are likely to rise."
    assert find_reason_given(sentence, "plant") == (
        "a reason given, not the forecast: 'Because farmers may plant less wheat this spring' argues for the "
        "forecast that follows ('bread prices are likely to rise'); ask about that"
    )


def test_the_forecast_after_its_reason_and_a_reason_for_a_past_fact_are_left_alone() -> None:
    # The claim in the main clause is the forecast itself.
    assert (
        find_reason_given("Because the ceasefire collapsed, the army will resume shelling the town.", "resume") is None
    )
    # A reason for something past argues for no forecast.
    assert find_reason_given("Because farmers may plant less wheat, bread prices rose last month.", "plant") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "A governor who steals from the treasury will end his days in exile.",
        "Any ferry company that ignores the safety code will lose its licence.",
    ],
)
def test_a_maxim_about_anyone_fitting_a_description_is_not_a_forecast(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "hypothetical")
    assert reason.startswith("a maxim, not a forecast: ")


def test_someone_picked_out_by_a_past_act_is_still_forecast_about() -> None:
    assert judged("A driver who injured four cyclists will be sentenced at Leeds Crown Court on 12 January.")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers queued at the polls because they are afraid that village chiefs will not stamp their permits.",
        "Many traders closed their stalls for fear that the militia would return to the market.",
        "Bond prices fell as dealers feared that the treasury would issue more debt in June.",
    ],
)
def test_a_fear_given_as_the_motive_for_an_act_is_not_the_sources_forecast(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "hypothetical")
    assert reason.startswith("a motive, not the source's forecast: ")


def test_a_fear_stated_as_an_expectation_is_left_alone() -> None:
    assert passes_the_checks(
        judged("The village chiefs will stop stamping permits in March, as far as the council is concerned.")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The board should aim to keep the full staff of 3,000 through the winter.",
        "The province ought to seek to double its grain reserves by 2030.",
        "Lenders must strive to cut their fees by a fifth next year.",
    ],
)
def test_an_aim_someone_should_set_is_advice_not_a_forecast(sentence: str) -> None:
    resolvable, _, reason = judged(sentence)
    assert not resolvable
    assert reason.startswith("advice, not a forecast: ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The board will aim to keep the full staff of 3,000 through the winter.",
        "The storm should reach the coast with winds of 120 km/h by Tuesday.",
    ],
)
def test_an_aim_announced_or_a_should_of_expectation_is_left_to_the_gate(sentence: str) -> None:
    reason = judged(sentence)[2]
    assert not reason.startswith("advice, not a forecast: ")


def test_an_aim_advised_is_found_when_the_sentence_runs_on_past_the_claim() -> None:
    resolvable, _, reason = judged(
        "I believe the council should aim to keep all 40 clinics open, as agreed in March, and not yield to calls for cuts."
    )
    assert not resolvable
    assert reason.startswith("advice, not a forecast: ")


# --- issue 16, round 28: a supposed state of a country, or a supposed event, as what a claim follows from ---
# The country must be one the gazetteer knows, so these made-up sentences name real ones.
@pytest.mark.parametrize(
    ("clause", "subject", "phrase", "words"),
    [
        ("A nuclear-armed Iran would put our troops at greater risk", "a nuclear-armed Iran", "put", "Iran"),
        ("Emboldened by a nuclear-armed Iran, they may launch more attacks", "the militias", "launch", "Iran"),
        ("A stronger Russia will dominate the region", "a stronger Russia", "dominate the region", "Russia"),
        ("A defeat in Afghanistan will condemn generations to terror", "a defeat in Afghanistan", "condemn", "defeat"),
        ("A war with Iran would cost billions", "a war with Iran", "cost billions", "war"),
    ],
)
def test_a_supposed_state_or_event_is_not_a_forecast(clause: str, subject: str, phrase: str, words: str) -> None:
    reason = find_supposed_state(clause, subject, phrase)
    assert reason is not None and reason.startswith("a hypothetical: ") and words in reason


@pytest.mark.parametrize(
    ("clause", "subject", "phrase"),
    [
        ("A deal with Iran will be signed next week", "a deal with Iran", "be signed next week"),
        ("A withdrawal from Iraq will be completed by May", "a withdrawal from Iraq", "be completed by May"),
        ("A visiting Iranian delegation will meet the minister", "a visiting Iranian delegation", "meet the minister"),
        ("A new Iran policy will be announced", "a new Iran policy", "be announced"),
        ("Russia will sign a treaty with Iran", "Russia", "sign a treaty"),
    ],
)
def test_an_event_asked_itself_or_a_country_named_plainly_is_left_alone(clause: str, subject: str, phrase: str) -> None:
    assert find_supposed_state(clause, subject, phrase) is None
