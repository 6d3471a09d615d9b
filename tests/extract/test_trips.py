"""A claim about what happens on a trip the article dates is asked over the trip's days (issue 16).

A briefing previews a trip and then says what is expected of it ("we expect to discuss ...",
"she will meet with ..."): those claims carry no window of their own, and the six-month default
asked something else. Texts are made up, of the shapes the hand-scored sample found.
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.event_days import REPORTING_DAYS
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import propose
from forecasts.extract.scorer import RULES_ONLY
from forecasts.extract.trips import DEPARTURE_TRIP_DAYS, Leg, Trip, is_about_a_trip, trip_window, with_stop


def drafts(body: str, published: date) -> dict[str, dict]:
    """Every draft of the article, keyed by the first three words of its quote."""
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=published, url="https://x.test/a")
    return {
        " ".join(c.quote.split()[:3]): draft_scenario(c, article, "draft", None)
        for c in extract_forecasts(article, RULES_ONLY)
    }


def test_a_claim_about_meeting_on_a_dated_trip_is_asked_over_the_trip() -> None:
    body = (
        "The Trade Minister will travel to Brazil and Mexico March 14-17.\n\n"
        "We also expect to discuss copper exports with our Brazilian partners. The Minister will meet with "
        "the President of Mexico, officials said."
    )
    found = drafts(body, date(2022, 3, 7))
    meet = found["The Minister will"]
    assert (meet["opens"], meet["deadline"]) == (date(2022, 3, 14), date(2022, 3, 19))
    assert "Window from the article: 'March 14-17'." in meet["resolution"]["criteria"]
    assert not any(line.startswith("deadline: the article gives no window") for line in meet["review"])
    discuss = found["We also expect"]
    assert (discuss["opens"], discuss["deadline"]) == (date(2022, 3, 14), date(2022, 3, 19))


def test_a_claim_naming_one_leg_takes_that_legs_days() -> None:
    body = (
        "The Trade Minister will travel to Brazil on March 14-15 and to Mexico on March 16-17. "
        "While in Mexico, she will sign a new agreement on fisheries, officials said.\n\n"
        "The Minister is also expected to meet with Brazilian farmers."
    )
    found = drafts(body, date(2022, 3, 7))
    signing = found["in Mexico, she"]
    assert (signing["opens"], signing["deadline"]) == (date(2022, 3, 16), date(2022, 3, 17 + REPORTING_DAYS))
    farmers = found["The Minister is"]
    assert (farmers["opens"], farmers["deadline"]) == (date(2022, 3, 14), date(2022, 3, 15 + REPORTING_DAYS))
    # A place the gazetteer does not know is matched by its name.
    city = drafts(
        "The envoy will visit Lyon on June 2 and Geneva on June 4. In Geneva she will meet with the "
        "negotiators, her office said.",
        date(2030, 5, 20),
    )["In Geneva she"]
    assert (city["opens"], city["deadline"]) == (date(2030, 6, 4), date(2030, 6, 4 + REPORTING_DAYS))


def test_a_day_of_the_trip_gives_way_to_the_trip_that_spans_it() -> None:
    body = (
        "The visit will take place from March 14th to the 17th.\n\n"
        "We will arrive in the capital late on Tuesday. The Minister will meet with farmers and "
        "exporters, officials said."
    )
    # Published on Thursday 2022-03-10: "Tuesday" is 2022-03-15, a day of the visit.
    meet = drafts(body, date(2022, 3, 10))["The Minister will"]
    assert (meet["opens"], meet["deadline"]) == (date(2022, 3, 14), date(2022, 3, 17 + REPORTING_DAYS))
    assert "Window from the article: 'from March 14th to the 17th'." in meet["resolution"]["criteria"]


def test_a_claim_that_says_nothing_of_the_trip_keeps_the_default() -> None:
    body = "The Trade Minister will travel to Brazil March 14-17.\n\nThe central bank will raise interest rates."
    rates = drafts(body, date(2022, 3, 7))["The central bank"]
    assert rates["deadline"] > date(2022, 8, 1)


def test_the_day_a_statement_was_made_is_no_trip() -> None:
    body = "The minister has indicated today that talks with the unions will take place."
    assert drafts(body, date(2017, 4, 18))["The minister has"]["deadline"] > date(2017, 5, 18)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=4),
)
def test_a_trips_window_covers_a_leg_and_leaves_room_for_reports(first: date, gaps: list[int]) -> None:
    legs, day = [], first
    for gap in gaps:
        legs.append(Leg(day.isoformat(), day, day, frozenset()))
        day = date.fromordinal(day.toordinal() + gap + 1)
    trip = Trip(0, 10, tuple(legs))
    window = trip_window([trip], "She will meet with her hosts.", 20)
    assert window is not None
    _, start, end = window
    assert start == trip.start and (end - trip.end).days == REPORTING_DAYS


def test_what_one_does_on_a_trip_is_told_apart_from_other_claims() -> None:
    assert is_about_a_trip("During the visit, the two leaders will sign a treaty.")
    assert is_about_a_trip("He is expected to meet with the king.")
    assert is_about_a_trip("At the summit the leaders will agree on a fund.")
    assert is_about_a_trip("On this trip she will also open a consulate.")
    assert is_about_a_trip("He will meet President Firefly.")
    assert not is_about_a_trip("Ministers will meet the target.")
    assert not is_about_a_trip("Prices will rise next year.")


def test_an_act_at_a_stop_of_a_trip_takes_the_place_the_schedule_paragraph_names() -> None:
    body = (
        "The Minister will travel to Ruritania and Freedonia on May 10-13.\n\n"
        "The trip will end in Algiers, where she will meet the President. The Minister also will open "
        "the trade fair, and she will meet with local businesses."
    )
    quote = "she will meet with local businesses"
    assert with_stop("meet with local businesses", body, body.index(quote)) == "meet with local businesses in Algiers"
    assert (
        with_stop("meet the Foreign Minister to discuss trade", body, body.index(quote))
        == "meet the Foreign Minister in Algiers to discuss trade"
    )


def test_an_act_placed_already_or_in_a_paragraph_of_no_trip_is_left() -> None:
    body = "The trip will end in Algiers. She will meet with local businesses in Oran."
    assert (
        with_stop("meet with local businesses in Oran", body, body.index("She")) == "meet with local businesses in Oran"
    )
    still = "Officials in Algiers said so. She will meet with local businesses."
    assert with_stop("meet with local businesses", still, still.index("She")) == "meet with local businesses"


def test_an_act_at_a_stop_takes_the_place_its_own_sentence_opens_with_and_no_demonym() -> None:
    body = (
        "The Minister will travel to Ruritania and Freedonia on May 10-13.\n\n"
        "She will first visit Morocco. While in Rabat, she will also meet the Emir of Freedonia to discuss "
        "trade. She will meet with Israeli business leaders, bankers, and students."
    )
    emir = "she will also meet"
    assert (
        with_stop("meet the Emir of Freedonia to discuss trade", body, body.index(emir))
        == "meet the Emir of Freedonia in Rabat to discuss trade"
    )
    listed = "meet with Israeli business leaders, bankers, and students"
    assert with_stop(listed, body, body.index("She will meet")) == listed


def test_a_drafted_meeting_at_a_stop_names_the_stop() -> None:
    body = (
        "The Minister will travel to Ruritania and Freedonia on May 10-13.\n\n"
        "The trip will end in Algiers, where she will meet the President. The Minister also will open "
        "the trade fair, and she will meet with local businesses."
    )
    quote = "she will meet with local businesses"
    made = Article(body=body, source="story.txt", outlet="Test Wire", published=date(2022, 5, 1))
    proposition = propose(claim(body, quote, "Test Wire", "author (no byline)", "author"), made)
    assert proposition.phrase == "meet with local businesses in Algiers"


def test_meeting_people_in_person_is_done_on_a_trip() -> None:
    assert is_about_a_trip("She will engage with students and young entrepreneurs.")
    assert is_about_a_trip("He will also participate in a roundtable with exporters.")
    assert is_about_a_trip("The Minister will deliver remarks at the university.")
    assert not is_about_a_trip("The reform will engage the private sector.")


def test_a_schedule_paragraph_of_stops_alone_places_an_act_at_its_last_stop() -> None:
    body = (
        "The Minister will travel to Ruritania, Oslo and Madrid from May 10 to 16.\n\n"
        "In Oslo, the Minister will sign a fisheries accord. In Madrid, she will open a consulate. "
        "The Minister will engage with students and young entrepreneurs to promote exchanges."
    )
    at = body.index("The Minister will engage")
    assert with_stop("engage with students and young entrepreneurs", body, at) == (
        "engage with students and young entrepreneurs in Madrid"
    )
    # The demonym of the stop's country says where already.
    assert with_stop("engage with Spanish students", body, at) == "engage with Spanish students"
    # A town the gazetteer does not know is a stop when a sentence of the schedule opens with it.
    town = "In Quelimane, the envoy will tour a port. She will meet with fishermen."
    assert with_stop("meet with fishermen", town, town.index("She")) == "meet with fishermen in Quelimane"
    # A paragraph that opens with a place for what happened there is no schedule.
    past = "In Madrid, prices rose sharply last year. The Minister will engage with students."
    assert with_stop("engage with students", past, past.index("The Minister")) == "engage with students"


def test_engaging_people_on_a_dated_trip_is_asked_over_the_trip() -> None:
    body = (
        "The Trade Minister will travel to Brazil and Mexico from March 14 to 17.\n\n"
        "In Brasilia, the Minister will meet with the President. The Minister will engage with "
        "students and alumni of the exchange programme to show support for education."
    )
    engage = drafts(body, date(2022, 3, 7))["The Minister will"]
    assert (engage["opens"], engage["deadline"]) == (date(2022, 3, 14), date(2022, 3, 17 + REPORTING_DAYS))


def test_a_programme_of_days_dates_each_step_by_the_day_it_has_reached() -> None:
    # A visit's programme names a day ("On June 4"), then lists the day's steps with no date of
    # their own: a meeting names the day as much as a journey does, and a site visited or an
    # occasion taken part in is a step of it.
    body = (
        "The Governor's office published the programme of the regional tour on Friday.\n\n"
        "On June 3, the Governor will meet with farmers in Tarnby. The Governor will also visit a new "
        "dairy plant outside the town.\n\n"
        "On June 4, the Governor will meet with the mayors of the northern districts. Afterwards, the "
        "Governor and the mayors will take part in the opening of the river festival."
    )
    found = drafts(body, date(2027, 5, 28))
    visit = found["The Governor will"]
    assert (visit["opens"], visit["deadline"]) == (date(2027, 6, 3), date(2027, 6, 3 + REPORTING_DAYS))
    festival = found["Afterwards, the Governor"]
    assert (festival["opens"], festival["deadline"]) == (date(2027, 6, 4), date(2027, 6, 4 + REPORTING_DAYS))


def test_seeing_a_site_or_taking_part_in_an_occasion_is_done_on_a_trip() -> None:
    assert is_about_a_trip("The two leaders will visit a shipyard.")
    assert is_about_a_trip("She will take part in the closing ceremony.")
    assert is_about_a_trip("The delegation will attend the opening of the fair.")
    assert not is_about_a_trip("Visitors will flock to the capital.")


def test_a_place_that_names_where_a_topic_happens_is_no_stop() -> None:
    # "the war in Sudan" is what the minister will speak of, not where she goes next.
    body = (
        "The Minister will travel to Nairobi, Kenya, May 3-5 to attend the regional summit. She will also address "
        "trade, the drought, and the war in Sudan. She will meet with the Foreign Minister."
    )
    at = body.index("She will meet")
    assert with_stop("meet with the Foreign Minister", body, at) == "meet with the Foreign Minister in Nairobi"
    body = body.replace("the war in Sudan", "the unrest in Sudan").replace("the drought", "the crisis in Somalia")
    assert with_stop("meet with the Foreign Minister", body, body.index("She will meet")) == (
        "meet with the Foreign Minister in Nairobi"
    )


def test_a_place_named_after_a_noun_is_where_that_thing_is_not_the_trips_stop() -> None:
    # "the drought in Somalia" says where the drought is; the traveller is in Oslo.
    body = (
        "The Minister will travel to Norway and Freedonia on May 10-13.\n\n"
        "She will first visit Oslo. She will also speak about the drought in Somalia. "
        "She will meet with local businesses."
    )
    at = body.index("She will meet")
    assert with_stop("meet with local businesses", body, at) == "meet with local businesses in Oslo"
    # After a verb of being or ending somewhere, "in" still names the stop.
    ended = "The Minister will travel to Freedonia on May 10-13. The trip will conclude in Algiers. She will meet with students."
    assert with_stop("meet with students", ended, ended.index("She will meet")) == "meet with students in Algiers"


def test_a_step_that_opens_with_its_place_is_done_on_the_trip() -> None:
    # A schedule's step told by where it happens is a step of the trip, whatever its verb; a
    # sentence opening with a place for a thing done there by no traveller is not.
    assert is_about_a_trip("In Tarnby, she will join the harvest festival.")
    assert is_about_a_trip("In Tarnby, the Minister will lay a wreath.")
    assert not is_about_a_trip("In Tarnby, local taxes will rise.")
    assert not is_about_a_trip("In March, the Minister will lay a wreath.")
    body = (
        "The Minister will travel to Freedonia and Ruritania March 14-17.\n\n"
        "In Tarnby, she will join the harvest festival."
    )
    festival = drafts(body, date(2022, 3, 7))["In Tarnby, she"]
    assert (festival["opens"], festival["deadline"]) == (date(2022, 3, 14), date(2022, 3, 17 + REPORTING_DAYS))


def test_a_trip_already_made_is_no_trip() -> None:
    # Published in June: "in February" is a past visit the speaker recalls, not next February's.
    body = (
        "As in February in Moscow, our talks took place in a constructive atmosphere.\n\n"
        "The Chancellor will meet with representatives of the business community, officials said."
    )
    meet = drafts(body, date(2018, 6, 5))["The Chancellor will"]
    assert "February" not in meet["resolution"]["criteria"]
    assert meet["deadline"] < date(2019, 1, 1)


def test_the_trip_that_names_the_claims_country_wins_over_the_nearest() -> None:
    body = (
        "The Secretary will travel to Cambodia and the Philippines August 3-6.\n\n"
        "The ministers will hold talks in Jakarta, which will lead up to the summit on November 12.\n\n"
        "Next, the Secretary will visit the Philippines, where he will meet with President Marcos."
    )
    visit = drafts(body, date(2022, 7, 29))["Next, the Secretary"]
    assert (visit["opens"], visit["deadline"]) == (date(2022, 8, 3), date(2022, 8, 6 + REPORTING_DAYS))


def test_a_trip_dated_by_its_day_of_departure_is_asked_over_the_week_after_it() -> None:
    body = (
        "We are pleased to preview the Secretary's upcoming travel, departing tomorrow.\n\n"
        "Secretary Blinken will travel to Bali, Indonesia, to attend the G20 foreign ministers' meeting. "
        "In Bali, the Secretary will also meet with his Chinese counterpart."
    )
    found = drafts(body, date(2022, 7, 5))
    for key in ("Secretary Blinken will", "In Bali, the"):
        assert (found[key]["opens"], found[key]["deadline"]) == (
            date(2022, 7, 6),
            date(2022, 7, 6 + DEPARTURE_TRIP_DAYS - 1 + REPORTING_DAYS),
        ), key


def test_today_dates_no_trip_without_a_word_of_departure() -> None:
    body = (
        "The minister held talks in Paris today.\n\n"
        "The minister will meet with the President of Mexico, officials said."
    )
    assert drafts(body, date(2022, 7, 5))["The minister will"]["deadline"] > date(2022, 10, 1)


def test_holding_meetings_and_visiting_a_named_place_are_done_on_a_trip() -> None:
    assert is_about_a_trip("He will also hold bilateral meetings with Prime Minister Hun Sen.")
    assert is_about_a_trip("You should not expect a bilateral engagement with the Foreign Minister.")
    assert is_about_a_trip("We expect the Secretary will be visiting Jerusalem, Ramallah, Cairo, and Amman.")
    assert not is_about_a_trip("The ministry will hold the line on prices.")
