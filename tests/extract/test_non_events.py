"""Claims that are no forecast of an observable event are not drafted (``forecasts.extract.non_events``).

Made-up sentences of the shapes the hand-scored draft sample had to rewrite whole: an option a
report lays out, someone coming to know, an evaluation of an event, a worry, a frame of mind
changed, an advantage put to use, a change with no horizon, an amount compared with nothing.
Each is judged with the scorer sure (0.9): the structure decides. Beside each, real forecasts of
the same shape that must still be drafted.
"""

from __future__ import annotations

import pytest
from gate_verdicts import DRAFTED_GROUNDS, judged, judged_in, passes_the_checks

REFUSED = {
    # An option laid out: a possibility modal with the means to an end, or an alternative course.
    "The council could also raise revenue by collecting unpaid parking fines.": (
        "no_event",
        "an option, not a forecast: 'could also raise' ... 'by collecting' lays out a means to an end",
    ),
    "The ministry could alternatively cut costs by merging the two agencies.": (
        "no_event",
        "an option, not a forecast: 'could alternatively' lays out a course one might take",
    ),
    # An option a report lays out for a legislature, in the verbs of that genre.
    "For example, Members could legislate more specific limits on the fund's use.": (
        "no_event",
        "an option, not a forecast: 'Members could legislate' lays out what a legislature can do",
    ),
    "Congress might decide to engage with the Army on the deployment.": (
        "no_event",
        "an option, not a forecast: 'Congress might decide' lays out what a legislature can do",
    ),
    # Coming to know: what happens is in someone's head.
    "We will know in a few hours who has won the vote.": (
        "no_event",
        "a mental event: 'know in a few hours' is someone coming to know, not an event; ask about what they learn",
    ),
    "Investors will find out next week whether the merger goes ahead.": (
        "no_event",
        "a mental event: 'find out whether the merger' is someone coming to know, not an event; ask about what they "
        "learn",
    ),
    # How one ought to be, what a course is worth, how an outcome is spread: no event.
    "Firms just below the threshold will need to be very intentional about approaching the limit.": (
        "no_event",
        "a norm: 'need to be very intentional about approaching' says how someone ought to be, which no report settles",
    ),
    "Continued collaboration among the central banks will be essential for fostering progress.": (
        "no_event",
        "an evaluation: 'be essential for fostering' judges what the event will be like, which no report settles",
    ),
    "Our progress will likely be incremental and slow.": (
        "no_event",
        "an evaluation: 'be incremental and slow' judges what the event will be like, which no report settles",
    ),
    "The actual impact on capital requirements will vary by firm.": (
        "no_event",
        "no event: 'vary by' says how an outcome is spread or what it turns on, not what happens",
    ),
    # An evaluation of an event, not the event.
    "The vote is set to be a tense election.": (
        "no_event",
        "an evaluation: 'be a tense election' judges what the event will be like, which no report settles",
    ),
    "The summit will be a difficult meeting for both leaders.": (
        "no_event",
        "an evaluation: 'be a difficult meeting' judges what the event will be like, which no report settles",
    ),
    # A worry about an event, drafted as though the event were forecast.
    "I worry less about the outbreak of civil war.": (
        "no_event",
        "a state of mind: 'worry less about' is a worry, not a forecast that the event happens",
    ),
    # A frame of mind changed; an advantage put to a purpose.
    "The sanctions are likely to fundamentally change Moscow's strategic calculus.": (
        "no_event",
        'no observable event: "change Moscow\'s strategic" acts on an abstraction',
    ),
    "Ankara and Baku will likely leverage their growing trade links to blunt EU tariffs.": (
        "no_event",
        "no observable event: 'leverage their growing trade'",
    ),
    # A change with no horizon; an amount compared with nothing named.
    "Wages are not projected to catch up over the long term.": (
        "no_measure",
        "nothing to measure: 'over the long term' names no date to check the change by",
    ),
    # A level the claim itself sets no date for, number or not; a span, not a date.
    "The current stance of policy will bring inflation down to 2 percent over time.": (
        "no_measure",
        "nothing to measure: 'over time' names no date to check the change by",
    ),
    "Experts agree that the reconstruction of the port may take many years.": (
        "no_measure",
        "nothing to measure: 'take many years' names no date to check the change by",
    ),
    "The governor said inflation in Ruritania will take some time to move back to the 2 percent goal.": (
        "no_measure",
        "nothing to measure: 'take some time' names no date to check the change by",
    ),
    # What someone asks another to do or promise.
    "Ostland's officials have sought confirmation from Varnia that the new tariffs would not exceed 15% next year.": (
        "no_event",
        "a request, not a forecast: 'sought confirmation from' asks for what is to be done or promised, not what is "
        "expected",
    ),
    "Kyiv has asked Washington for assurances that the aid will continue next year.": (
        "no_event",
        "a request, not a forecast: 'asked Washington for' asks for what is to be done or promised, not what is "
        "expected",
    ),
    "The province will likely need to borrow more to cover rising costs.": (
        "no_measure",
        "nothing to measure: 'borrow more' compares with nothing named",
    ),
    # A speaker musing on a choice of their own: not chosen, so nothing is forecast.
    "Maybe I will run for mayor next year.": (
        "no_event",
        "a musing, not a forecast: 'Maybe I will' weighs a choice of the speaker's own, not yet made",
    ),
    # A total summed over a working life: the life ends on no date, figure or not.
    "The navy expects that the fuel savings over the service life of the new frigates will exceed $3B.": (
        "no_measure",
        "nothing to measure by a date: 'over the service life' sums over a life that ends on no date",
    ),
    "Officials say the maintenance costs over the lifetime of the bridge will top 400 million euros.": (
        "no_measure",
        "nothing to measure by a date: 'over the lifetime' sums over a life that ends on no date",
    ),
    # A commitment to act with no act named: the act is left to be chosen.
    "Moscow will carry out the necessary work with the new government in Minsk.": (
        "no_event",
        "no act named: 'carry out the necessary work' commits to act without saying which act; ask about the act "
        "itself",
    ),
    "The ministry will take all necessary measures against the smugglers.": (
        "no_event",
        "no act named: 'take all necessary measures' commits to act without saying which act; ask about the act itself",
    ),
    "The coalition will do everything possible for the hostages.": (
        "no_event",
        "no act named: 'do everything possible' commits to act without saying which act; ask about the act itself",
    ),
    "The union will do whatever it takes.": (
        "no_event",
        "no act named: 'do whatever it takes' commits to act without saying which act; ask about the act itself",
    ),
    # An aggregate of trends or factors as the cause: nothing a report dates, so causation cannot be settled.
    "What worries me is a convergence of trends that could precipitate a second Baltic crisis.": (
        "no_event",
        "no observable cause: 'a convergence of trends' is no event a report could date, so whether it "
        "precipitates the event cannot be settled; ask whether the event itself happens",
    ),
    # A holiday or season begins when the calendar says.
    "The Jewish holiday starts at sundown on Wednesday, 14 January 2026.": (
        "no_event",
        "no forecast: 'the Jewish holiday' starts on a date the calendar fixes, whatever anyone does",
    ),
    "The holy month of Ramadan will begin next week.": (
        "no_event",
        "no forecast: 'the holy month of Ramadan' begins on a date the calendar fixes, whatever anyone does",
    ),
    # What a theory entails, laid out to explain it; others' view, told as past.
    "Consequently, this story implies that the unemployment rate in Ruritania will fall.": (
        "no_event",
        "a theory's implication, not a forecast: 'this story implies that' says what the reasoning entails",
    ),
    "Some commentators argued that unemployment in Ruritania would have to rise sharply.": (
        "past",
        "a view recounted, not a forecast: 'Some commentators argued that' tells what others expected",
    ),
    "A confluence of economic pressures will cause a run on the Ruritanian banks.": (
        "no_event",
        "no observable cause: 'a confluence of economic pressures' is no event a report could date, so whether it "
        "causes the event cannot be settled; ask whether the event itself happens",
    ),
}


@pytest.mark.parametrize("sentence", list(REFUSED))
def test_a_claim_that_forecasts_no_observable_event_is_refused_with_the_words_quoted(sentence: str) -> None:
    grounds, reason = REFUSED[sentence]
    assert judged(sentence) == (False, grounds, reason)


KEPT = {
    "The new plant will be operational by March.": ("state", "a state one can check on a date: 'be operational'"),
    "The administration will submit its review of the war next month.": (
        "act",
        "an observable act: 'submit its review'",
    ),
    "Congress could pass the spending bill by Friday, aides said.": (
        "event_kind",
        "an observable vote: 'pass the spending bill'",
    ),
    # A possibility modal alone is a hedged forecast, "also" or not; "will ... by" is a forecast.
    "Iran could strike US bases within days.": ("event_kind", "an observable attack: 'strike US bases'"),
    "Russia could also target the power grid.": ("event_kind", "an observable attack: 'target the power grid'"),
    "The council will raise revenue by collecting unpaid parking fines from March.": (
        "quantity",
        "a measured quantity: 'revenue'",
    ),
    # Saying what one learns is an act; discovering a thing is one too.
    "The board will announce in a few hours who has won the vote.": (
        "event_kind",
        "an observable statement: 'announce in a few hours'",
    ),
    "Scientists will discover a new comet next year.": (
        "unsure",
        "not clearly an event: 'discover a new comet' is no act or kind of event the drafting recognises,"
        " though the scorer is 0.90 sure the sentence forecasts; word the question yourself (--draft-all "
        "drafts it as it stands)",
    ),
    # The kind of event, not a judgement of it.
    "There will be a snap election in June.": ("event_kind", "an observable event: 'be a snap election'"),
    # A worry that something will happen forecasts it.
    "I worry that the army will stage a coup within a year.": ("act", "an observable act: 'stage a coup'"),
    # Changing rules is an act; using a veto is one the scorer may vouch for.
    "The sanctions will change the rules on steel imports from March.": (
        "unsure",
        "not clearly an event: 'change the rules' is no act or kind of event the drafting recognises, "
        "though the scorer is 0.90 sure the sentence forecasts; word the question yourself (--draft-all "
        "drafts it as it stands)",
    ),
    "Ankara will use its veto to block the accession.": (
        "unsure",
        "not clearly an event: 'use its veto' is no act or kind of event the drafting recognises, though "
        "the scorer is 0.90 sure the sentence forecasts; word the question yourself (--draft-all drafts "
        "it as it stands)",
    ),
    # A long horizon with a figure; more of a counted thing; a comparison with something named.
    "The Fed will eventually cut rates to 2%.": ("quantity", "a measured quantity: 'cut rates'"),
    "The army will send more troops to the border.": ("act", "an observable act: 'send more troops'"),
    "Exports will catch up with imports over the coming decade.": ("quantity", "a measured quantity: 'catch up'"),
    "The province will need to borrow $2 billion next year.": ("act", "an observable act: 'need to borrow'"),
    # "Maybe" about someone else's act is a hedged forecast.
    "Maybe the council will close the bridge in March.": ("act", "an observable act: 'close the bridge'"),
    # A life named without a sum over it ("extend the service life") is an act.
    "The navy will extend the service life of its oldest frigates next year.": (
        "unsure",
        "not clearly an event: 'extend the service life' is no act or kind of event the drafting "
        "recognises, though the scorer is 0.90 sure the sentence forecasts; word the question yourself "
        "(--draft-all drafts it as it stands)",
    ),
    # Without the necessity, more is counted from the window's opening.
    "The city will borrow more to cover rising costs.": ("act", "an observable act: 'borrow more'"),
    "Petrol prices will rise further this winter.": ("quantity", "a measured quantity: 'Petrol'"),
    # Named work is an act; with the end named ("to hold"), the end is the forecast.
    "The army will carry out the necessary repairs to the bridge by June.": ("act", "an observable act: 'carry out'"),
    "The government will do everything possible to hold the election in May.": (
        "unsure",
        "not clearly an event: 'do everything possible' is no act or kind of event the drafting "
        "recognises, though the scorer is 0.90 sure the sentence forecasts; word the question yourself "
        "(--draft-all drafts it as it stands)",
    ),
    # A cause one can point to (rising prices) keeps the event it sparks, asked as the event (``unrest``).
    "Rising food prices could spark protests in the capital.": ("event_kind", "an observable protest: 'break out'"),
    # A worry about a trend that could bring an event about forecasts the event.
    "What I worry about is a drift in policy that could trigger a debt crisis.": (
        "event_kind",
        "an observable event: 'trigger a debt crisis'",
    ),
}


@pytest.mark.parametrize("sentence", list(KEPT))
def test_forecasts_of_the_same_shapes_are_still_drafted(sentence: str) -> None:
    grounds, reason = KEPT[sentence]
    assert judged(sentence) == (grounds in DRAFTED_GROUNDS, grounds, reason)


# A span an effort takes, counted from an event still to come, is a length, not an event in a window;
# a span with no such start, or counted from a start already come, is left to the other tests.
@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "The commission is likely to take 3 to 5 months to print the ballots after the budget is approved.",
            "a span, not an event: '3 to 5 months' counted from 'after the budget is approved', which has not "
            "happened; ask whether the later event happens within that span of it",
        ),
        (
            "Engineers will take two years to rebuild the port once the blockade ends.",
            "a span, not an event: 'two years' counted from 'the blockade ends', which has not happened; "
            "ask whether the later event happens within that span of it",
        ),
    ],
)
def test_a_span_counted_from_an_event_to_come_is_no_event(sentence: str, reason: str) -> None:
    assert judged(sentence) == (False, "no_event", reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry will take over the port authority after the strike ends.",
        "The ministry will hold the vote two months after the budget is approved.",
    ],
)
def test_an_act_timed_after_an_event_is_not_a_span(sentence: str) -> None:
    assert judged(sentence)[1] != "no_event"


def test_a_claim_setting_two_targets_joined_by_and_is_held_back() -> None:
    kept, grounds, reason = judged(
        "The government will reduce the budget deficit to less than 3% of GDP and get debt falling by 2028."
    )
    assert (kept, grounds) == (False, "no_measure")
    assert "two targets joined by 'and'" in reason


# --- nearness, manner, words, occasions, relative growth: the event is elsewhere --------------------------------

EVENT_ELSEWHERE = {
    # A figure of nearness: the event is said to be coming, not when.
    "Officials say a military response from Ruritania is on the horizon.": (
        "no_event",
        "no observable event: 'on the horizon' is a figure of nearness, saying the event is coming but not when; "
        "ask whether the event itself happens by a date",
    ),
    "A new deal between the two unions will be in the offing by spring.": (
        "no_event",
        "no observable event: 'in the offing' is a figure of nearness, saying the event is coming but not when; "
        "ask whether the event itself happens by a date",
    ),
    # How soon or how hard, with no date or measure.
    "The army's retaliation will probably not be swift.": (
        "no_measure",
        "nothing to measure: 'swift' says how soon or how hard the event comes, with no date or measure; ask "
        "whether the event itself happens by a date",
    ),
    "The government's response to the blockade will be swift and harsh.": (
        "no_measure",
        "nothing to measure: 'swift and harsh' says how soon or how hard the event comes, with no date or measure; "
        "ask whether the event itself happens by a date",
    ),
    # An event put to use for words, or as a figure.
    "Ruritania will use the border dispute to denounce its neighbour.": (
        "no_event",
        "no observable event: 'use the border dispute to denounce' is a motive, putting something to use for words "
        "or as a figure; ask about a named act (a step taken, a measure imposed, a statement on a date)",
    ),
    "The opposition will exploit the scandal as a pretext for new protests.": (
        "no_event",
        "no observable event: 'exploit the scandal as a pretext' is a motive, putting something to use for words or "
        "as a figure; ask about a named act (a step taken, a measure imposed, a statement on a date)",
    ),
    # An occasion marked: the occasion comes anyway.
    "The city will mark the 50th anniversary of its founding with the opening of a new bridge.": (
        "no_event",
        "an occasion marked: the occasion comes anyway, and the event is what it is marked with ('the opening of a "
        "new bridge'); ask whether that happens by the occasion's date",
    ),
    # Two rates of growth compared over no period.
    "Public debt will continue to grow faster than the economy.": (
        "no_measure",
        "nothing to measure: 'continue to grow faster than the economy' compares two rates of growth over no stated "
        "period, a long-run projection; ask about a level (a share of GDP, say) by a date",
    ),
}


@pytest.mark.parametrize("sentence", list(EVENT_ELSEWHERE))
def test_a_claim_whose_event_is_elsewhere_is_refused_saying_where(sentence: str) -> None:
    grounds, reason = EVENT_ELSEWHERE[sentence]
    assert judged(sentence) == (False, grounds, reason)


EVENT_HERE = {
    # A place for the event, a means to an act, the event on the occasion, growth in a named year.
    "The summit will be in Paris next month.": ("state", "a state one can check on a date: 'be in Paris'"),
    "The army will use artillery to retake the town by June.": ("event_kind", "an observable attack: 'use artillery'"),
    "The city will open a new bridge on the anniversary of its founding.": (
        "event_kind",
        "an observable scheduled: 'open a new bridge'",
    ),
    "Public debt will grow faster than the economy in 2027.": ("quantity", "a measured quantity: 'debt'"),
}


@pytest.mark.parametrize("sentence", list(EVENT_HERE))
def test_the_event_itself_of_the_same_shapes_is_still_drafted(sentence: str) -> None:
    grounds, reason = EVENT_HERE[sentence]
    assert judged(sentence) == (grounds in DRAFTED_GROUNDS, grounds, reason)


def test_a_pace_said_to_change_with_no_periods_is_refused_and_a_figure_for_a_period_kept() -> None:
    assert judged("Analysts expect the pace of household borrowing to slow.") == (
        False,
        "no_measure",
        "nothing to measure: 'the pace of household borrowing' changing sets growth in one period against an earlier "
        "one, neither named; ask about the figure for a named period (growth in a year, a quarter)",
    )
    assert judged("The pace of household borrowing will slow to 2% in 2027.") == (
        True,
        "quantity",
        "a measured quantity: 'to 2%'",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy will probably also touch briefly on the harbour fair.",
        "The two ministers will talk about the river quotas on Friday.",
        "The delegation will raise the issue of fishing permits at the summit.",
    ],
)
def test_a_topic_of_conversation_is_nothing_to_observe(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a topic of conversation: ")


def test_a_statement_or_agreement_on_a_topic_is_still_drafted() -> None:
    assert judged("The two ministers will sign an agreement on the river quotas on Friday.")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union will include every state in the region with the exception of Tarvia.",
        "The new alliance will comprise all the coastal countries of the gulf.",
    ],
)
def test_a_bodys_whole_membership_is_a_composition_not_an_event(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a composition, not an event: ")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the army, the new battery is planned to consist of four launchers and a command post.",
        "The Varnian basin is estimated to contain more cobalt than all the reserves on land.",
        "The new brigade will be made up of three battalions of volunteers.",
        "The deep-water zones of the Varnian Sea are predicted to hold enormous quantities of hydrocarbons.",
        "Geologists say the northern shelf will hold vast reserves of natural gas.",
    ],
)
def test_what_a_thing_is_made_of_is_no_event(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a make-up, not an event: "), reason


def test_a_thing_built_or_delivered_is_still_drafted() -> None:
    assert passes_the_checks(judged("The army will field the new battery of four launchers by March."))


@pytest.mark.parametrize(
    "sentence",
    [
        "The sanctions will include all banks in Ostland.",
        "The union will admit Tarvia as a member in March.",
        "Ostland will hold talks on its gas reserves with Varnia in March.",
    ],
)
def test_a_measures_scope_or_a_member_admitted_is_still_drafted(sentence: str) -> None:
    assert passes_the_checks(judged(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Sustained donor engagement will build resilience against famine in the hill districts.",
        "Regional cooperation will foster trust between the river states.",
    ],
)
def test_a_practice_building_a_quality_is_a_general_claim(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a general claim about a practice: ")


def test_an_actor_building_a_named_thing_is_still_drafted() -> None:
    assert judged("The donor agency will build three grain stores in the hill districts by June.")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each regional panel will bring together mayors that share a river basin with water engineers.",
        "Every working group will include two judges and a notary.",
    ],
)
def test_what_each_of_a_kind_is_made_of_is_a_description(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a description, not an event: ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry will launch six regional panels on water in March.",
        "Every village in the valley will have a clinic by 2027.",
        "Each province will receive two ambulances in March.",
    ],
)
def test_the_launch_of_the_kind_or_a_target_for_each_is_still_drafted(sentence: str) -> None:
    assert passes_the_checks(judged(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said that the months before the vote would constitute a season of reform.",
        "Any further delay will amount to a breach of the ceasefire terms.",
    ],
)
def test_a_classification_is_no_event(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a classification, not an event: ")


def test_a_claim_in_a_relative_clause_with_its_object_moved_is_not_drafted() -> None:
    resolvable, grounds, reason = judged(
        "The leaked memo listed bridges and clinics that the ruling party could take credit for."
    )
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a description, not a forecast: the claim is a relative clause on 'clinics'")


def test_a_relative_clause_with_its_own_object_is_left_to_the_rest_of_the_gate() -> None:
    assert judged("The ruling party will take credit for the new bridge at a rally on Friday.")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Let us first watch what will happen in the capital over the next few days.",
        "It is unclear whether the ferry strike will spread to the ports.",
        "Only time will tell whether the truce in the hills will hold.",
    ],
)
def test_a_claim_inside_an_indirect_question_is_not_a_forecast(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a question, not a forecast: ")


def test_a_forecast_after_a_question_answered_is_still_drafted() -> None:
    assert passes_the_checks(judged("The ferry strike will spread to the ports on Monday, the union said."))


def test_a_relative_clause_after_its_noun_is_no_indirect_question() -> None:
    resolvable, _, reason = judged("The next summit of the river states, which will take place in Tarvia on 3 March.")
    assert not reason.startswith("a question, not a forecast")


@pytest.mark.parametrize(
    "sentence",
    [
        "Their stockpiles of spare parts will come in handy during the long winter.",
        "The new contacts may prove useful to the mayor's office.",
        "The minister's pledges will be translated into action by the cabinet.",
        "The reform plans will finally bear fruit, the governor said.",
        "Her campaign promises will be put into practice.",
    ],
)
def test_usefulness_or_words_made_deeds_with_no_act_named_is_no_event(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("no act named: ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The cabinet will put the new tariff into force on 1 March.",
        "The ministry will translate the treaty into four languages by June.",
        "The army will put two brigades into action along the border next week.",
    ],
)
def test_an_act_with_its_object_named_is_still_drafted(sentence: str) -> None:
    assert passes_the_checks(judged(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Personnel rotation in the Ostland contingent will take place at least twice a year.",
        "The joint commission will meet four times a year in Ruse.",
    ],
)
def test_how_often_an_act_recurs_is_no_event(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a frequency, not an event: "), reason


def test_a_rate_a_year_is_no_frequency() -> None:
    assert judged("Ostland will spend 2% of GDP a year on defence by 2030.")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The administration and the assembly will have 90 additional days to develop proposals.",
        "The ministry will use a single version of the software in a near Block 1 configuration.",
        "The pipeline will eventually stretch across some 3,000 kilometres of Ostland.",
    ],
)
def test_a_date_span_version_or_distance_is_no_measured_quantity(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_measure")
    assert reason.startswith("nothing to measure: "), reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostgas will extract 470 billion cubic metres of gas in 2031.",
        "Varnia will not be expected to invest more than $20 billion per year.",
        "The president-elect is scheduled to assume power on October 1.",
    ],
)
def test_an_amount_or_an_act_with_a_date_is_still_drafted(sentence: str) -> None:
    assert passes_the_checks(judged(sentence)), judged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sea levels will rise by between 1 and 3 feet by the end of this century.",
        "World oil demand is expected to grow significantly over the next three decades.",
    ],
)
def test_a_projection_decades_away_is_held_back(sentence: str) -> None:
    resolvable, grounds, reason = judged(sentence)
    assert (resolvable, grounds) == (False, "no_measure")
    assert reason.startswith("a projection beyond any window: "), reason


def test_a_blow_struck_for_a_cause_is_a_figure_not_an_attack() -> None:
    resolvable, grounds, reason = judged("Ostland will strike a blow for morality and justice at the summit.")
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a figure of speech: 'strike a blow for morality"), reason
    assert judged("Ostland will strike rebel positions near Ruse next week.")[0]


def test_a_question_carried_on_after_a_comma_is_no_forecast() -> None:
    body = (
        "The embassy suspended visa operations today. I was wondering if this applies to the applicants, and if so, "
        "whether the ministry will take any special measures for them."
    )
    assert judged_in(body, "whether the ministry") == (
        False,
        "no_event",
        "a question, not a forecast: 'whether' asks what is to come and forecasts nothing; ask about a claim the source makes",
    )
    # A decision on whether is a forecast of the decision.
    assert passes_the_checks(judged_in("Ostland will decide next week whether it will join the pact.", "decide"))


def test_a_forecast_recalled_from_years_before_is_not_the_texts() -> None:
    body = (
        "The ministry published its report on Monday. In its December 2012 statement, the Committee noted that it "
        "expected the target range to remain at 0 to 1/4 percent."
    )
    resolvable, grounds, reason = judged_in(body, "target range")
    assert (resolvable, grounds) == (False, "past")
    assert reason.startswith("a forecast recalled from 2012: 'In its December 2012 statement,")
    # The same frame in the year of publication is the news of the day, and is judged as any claim.
    this_year = body.replace("December 2012", "January 2026")
    assert not judged_in(this_year, "target range")[2].startswith("a forecast recalled")


@pytest.mark.parametrize(
    ("sentence", "part", "reason"),
    [
        (
            "MODERATOR: We will start with the line of Jennifer Hansler.",
            "We will start",
            "no observable event: the briefing's own proceedings ('start with the line of'), a step of the meeting "
            "the text records, done as it is recorded; ask about an act the speakers forecast beyond it",
        ),
        (
            "MODERATOR: We will go to Vivian Salama from The Wall Street Journal.",
            "We will go",
            "no observable event: the briefing's own proceedings ('go to Vivian Salama from The W'), a step of the "
            "meeting the text records, done as it is recorded; ask about an act the speakers forecast beyond it",
        ),
        (
            "Some will say it is twice that, for the war in Afghanistan.",
            "Some will say",
            "an objection anticipated, not a forecast: 'Some will say' puts words in no one's mouth to answer them",
        ),
    ],
)
def test_a_moderators_call_or_an_objection_anticipated_is_no_forecast(sentence: str, part: str, reason: str) -> None:
    assert judged_in("The ministry published its report on Monday. " + sentence, part) == (False, "no_event", reason)


def test_a_trip_to_a_place_named_with_another_is_no_moderators_call() -> None:
    body = "The ministry published its report on Monday. The delegation will go to New York from the capital next week."
    assert "proceedings" not in judged_in(body, "The delegation")[2]


def test_a_relative_clause_whose_transitive_verb_lost_its_object_is_not_drafted() -> None:
    resolvable, grounds, reason = judged(
        "The group negotiates the political commitments that the leaders will adopt at the summit in June."
    )
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith(
        "a description, not a forecast: the claim is a relative clause on 'commitments', whose 'adopt' has its object"
    )
    # With its own object the act is the claim's, and is judged as any other.
    kept = judged("The group says that the leaders will adopt a declaration at the summit in June.")
    assert "relative clause" not in kept[2]


def test_a_preposition_stranded_before_a_purpose_is_a_relative_clause_on_the_noun() -> None:
    resolvable, grounds, reason = judged(
        "That figure leaves out the $100 billion in appropriations that Congress will soon be asked to vote on to "
        "sustain current operations."
    )
    assert (resolvable, grounds) == (False, "no_event")
    assert reason.startswith("a description, not a forecast: the claim is a relative clause on 'appropriations'")


def test_a_clause_said_after_that_is_no_relative_clause_however_it_ends() -> None:
    body = "An editorial predicts that the Workers' Party will be able to hold on to win the seat in May."
    assert "relative clause" not in judged(body)[2]
