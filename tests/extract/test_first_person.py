"""Who "we", "our" and "my" stand for: the speaker's organisation, or the state it speaks for.

Texts are made up, of the shapes the hand-scored sample found drafted wrongly ("we" in a
department's statement drafted as the whole country).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hand_made_claims import claim
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.drafts import judge_draft
from forecasts.extract.first_person import acting_party, speaker_party
from forecasts.extract.propositions import propose

PUBLISHED = date(2021, 3, 1)


def test_we_in_a_departments_statement_is_the_department_not_the_country() -> None:
    body = "Rail passengers face delays this spring. We will publish the rail investment plan next month."
    article = Article(body=body, source="dft.html", outlet="Department for Transport (GOV.UK)", published=PUBLISHED)
    candidate = claim(
        body,
        "We will publish the rail investment plan",
        "Department for Transport (GOV.UK)",
        "author (no byline)",
        "author",
    )
    assert propose(candidate, article).subject == "the Department for Transport"


def test_our_is_the_department_except_for_what_belongs_to_the_nation() -> None:
    body = "Our inspectors will visit every depot. Our economy will grow faster than forecast."
    article = Article(body=body, source="dft.html", outlet="Department for Transport (GOV.UK)", published=PUBLISHED)
    department = "Department for Transport (GOV.UK)"
    inspectors = claim(body, "Our inspectors will visit every depot", department, "author (no byline)", "author")
    economy = claim(body, "Our economy will grow faster than forecast", department, "author (no byline)", "author")
    assert propose(inspectors, article).subject == "the Department for Transport's inspectors"
    assert propose(economy, article).subject == "the United Kingdom's economy"


def test_we_is_the_organisation_the_speakers_role_names() -> None:
    body = 'Anna Berg spoke at the opening. "We will open a second mine in the north," she said.'
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    company = claim(
        body, "We will open a second mine in the north", "Anna Berg", "President of the Northern Mining Group"
    )
    assert propose(company, article).subject == "the Northern Mining Group"
    # A party official speaks for the party the role names by its initials.
    party = claim(body, "We will open a second mine in the north", "Anna Berg", "former NDP district chief")
    assert propose(party, article).subject == "the NDP"


def test_we_of_the_head_of_a_name_that_is_no_state_is_that_name() -> None:
    # Made-up, of the shape of a Kremlin meeting with a company's head: "President of Nordgas".
    body = "Meeting with President of Nordgas Anna Berg.\n\nAnna Berg: This year, we will commission new platforms."
    article = Article(body=body, source="k.txt", outlet="President of Russia (en.kremlin.ru)", published=PUBLISHED)
    company = claim(body, "we will commission new platforms", "Anna Berg", "President of Nordgas")
    assert propose(company, article).subject == "Nordgas"
    head_of_state = claim(body, "we will commission new platforms", "Anna Berg", "President of Finland")
    assert propose(head_of_state, article).subject == "Finland"


def test_our_of_an_organisations_officer_labelled_by_title_alone_is_the_organisation() -> None:
    # Made-up, of the shape of a State Department transcript: the label gives the title only, the
    # headline the organisation; on a government's pages "our" would otherwise be the country's.
    body = (
        "SECRETARY GENERAL BERG: Later today, foreign ministers will meet and consult on our response.\n\n"
        "SECRETARY BLINKEN: Thank you."
    )
    article = Article(
        body=body,
        source="s.txt",
        title="Secretary Blinken And Alliance Secretary General Anna Berg Before Their Meeting",
        outlet="U.S. Department of State",
        published=PUBLISHED,
    )
    officer = claim(body, "foreign ministers will meet and consult on our response", "Berg", "Secretary General")
    assert speaker_party(officer, article) == "Alliance"
    # A state's post with a name after it is no organisation's officer: the country, as before.
    secretary = claim(body, "foreign ministers will meet and consult on our response", "Blinken", "Secretary")
    assert speaker_party(secretary, article) == "the United States"


def test_we_is_the_country_when_the_speaker_speaks_for_a_state() -> None:
    body = '"We will open talks with our neighbours," the president said.'
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    head_of_state = claim(body, "We will open talks with our neighbours", "Sauli Niinisto", "President of Finland")
    assert propose(head_of_state, article).subject == "Finland"
    # A foreign ministry speaks for its state: its "we" is the country.
    ministry = claim(
        body, "We will open talks with our neighbours", "Ministry for Foreign Affairs of Finland", "author", "author"
    )
    assert propose(ministry, article).subject == "Finland"


def test_a_name_written_without_the_keeps_it_and_every_our_is_resolved() -> None:
    body = "We will set out the next stage of pension reform."
    article = Article(body=body, source="hmt.html", outlet="HM Treasury (GOV.UK)", published=PUBLISHED)
    treasury = claim(body, body.rstrip("."), "HM Treasury (GOV.UK)", "author (no byline)", "author")
    assert propose(treasury, article).subject == "HM Treasury"
    body = "Talks will advance our security, our interests and our values."
    article = Article(body=body, source="wire.txt", outlet="Wire", published=PUBLISHED)
    minister = claim(body, body.rstrip("."), "Sauli Niinisto", "President of Finland")
    assert propose(minister, article).phrase == "advance Finland's security, Finland's interests and Finland's values"


RECORD = "Congressional Record (U.S. Congress)"


def test_we_of_a_member_on_the_floor_is_the_chamber_for_what_a_chamber_does() -> None:
    body = (
        "Ms. LAKE. Mr. President, I rise to speak about the farm bill. Later today we will vote on the "
        "conference report. We will win the dispute over grain tariffs. Next Tuesday we are going to have a "
        "series of votes on the energy package. I yield the floor."
    )
    article = Article(
        body=body,
        source="record.txt",
        title="Farm Bill (Senate floor remarks of Senator Ann Lake)",
        outlet=RECORD,
        published=PUBLISHED,
    )
    vote = claim(body, "we will vote on the conference report", "Lake", "Ms")
    assert propose(vote, article).subject == "the US Senate"
    votes = claim(body, "we are going to have a series of votes on the energy package", "Lake", "Ms")
    assert propose(votes, article).subject == "the US Senate"
    # What the chamber does not do as a body stays the country's.
    tariffs = claim(body, "We will win the dispute over grain tariffs", "Lake", "Ms")
    assert propose(tariffs, article).subject == "the United States"


def test_the_chamber_comes_from_the_floors_marks_when_the_heading_names_none() -> None:
    body = "Mr Hale: The right hon. Member for Kendal raised the ferry contract. We will debate the harbour bill next week."
    article = Article(body=body, source="debates.txt", outlet="Hansard (UK Parliament)", published=PUBLISHED)
    debate = claim(body, "We will debate the harbour bill next week", "Hale", "Mr")
    assert propose(debate, article).subject == "the UK House of Commons"  # the qualifier says whose
    body = "Mr. Speaker, I thank the gentleman from Ohio. We will pass the highway bill before the recess."
    article = Article(body=body, source="record.txt", outlet=RECORD, published=PUBLISHED)
    passing = claim(body, "We will pass the highway bill before the recess", "Dunn", "Mr")
    assert propose(passing, article).subject == "the US House of Representatives"


def test_a_reporter_addressing_the_president_makes_no_chamber() -> None:
    body = 'Q: Mr. President, what comes next? "We will consider new sanctions," the president said.'
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    sanctions = claim(body, "We will consider new sanctions", "Sauli Niinisto", "President of Finland")
    assert propose(sanctions, article).subject == "Finland"


def test_we_of_a_travelling_party_is_the_principal_whose_trip_it_is() -> None:
    body = (
        "MR LANE: Thanks. It is a pleasure to preview the Secretary's upcoming trip, which Assistant Secretary "
        "Ruth Lane will join. We will arrive in Santiago on Monday. We will arrive at a settlement on the copper "
        "tariffs. Secretary Moreau will also meet the foreign minister."
    )
    article = Article(body=body, source="briefing.txt", outlet="U.S. Department of State", published=PUBLISHED)
    arrival = claim(body, "We will arrive in Santiago on Monday", "Lane", "Mr")
    # "the Secretary" is the one the article names, not the Assistant Secretary briefing.
    assert propose(arrival, article).subject == "Secretary Moreau"
    # Arriving at a settlement is no journey: the state's act, as before.
    settlement = claim(body, "We will arrive at a settlement on the copper tariffs", "Lane", "Mr")
    assert propose(settlement, article).subject == "the United States"


@given(
    st.sampled_from(["win", "build", "open", "sign", "impose", "launch", "send", "close", "arrive at a deal"]),
    st.text(alphabet="abcdefghij ", max_size=30),
)
def test_other_acts_keep_the_speakers_party_on_the_floor_and_on_a_trip(verb: str, rest: str) -> None:
    body = (
        "Mr. SMITH. Mr. President, the Senator from Iowa spoke of the Secretary's upcoming trip. "
        "We will act soon. I yield the floor."
    )
    article = Article(body=body, source="record.txt", title="Senate floor remarks", outlet=RECORD, published=PUBLISHED)
    candidate = claim(body, "We will act soon", "Smith", "Mr")
    assert acting_party(candidate, article, f"{verb} {rest}") == speaker_party(candidate, article)
    assert acting_party(candidate, article, f"vote {rest}") == "the US Senate"
    assert acting_party(candidate, article, f"arrive in Rome {rest}") == "the Secretary"


def test_we_of_a_company_officer_on_a_governments_pages_is_the_company() -> None:
    # A transcript published by a head of state's office: the guest speaks for his company, not the state.
    body = (
        "President of Finland Sauli Niinisto: How is work, Mr Lund?\n\n"
        "Chairman of the Management Board of Nordgas Erik Lund: Very well, Mr President.\n\n"
        "Erik Lund: We will build three new terminals in the north."
    )
    article = Article(
        body=body, source="x.html", title="Talks on gas terminals", outlet="Presidency of Finland", published=PUBLISHED
    )
    terminals = claim(body, "We will build three new terminals in the north", "Erik Lund", None)
    assert propose(terminals, article).subject == "Nordgas"
    # Introduced in the title, or in an apposition after the name, the officer's company is the same.
    titled = Article(
        body="Erik Lund: We will build three new terminals in the north.",
        source="x.html",
        title="Meeting with Nordgas CEO Erik Lund",
        outlet="Presidency of Finland",
        published=PUBLISHED,
    )
    body = "Erik Lund, chief executive of Nordgas, spoke on Monday. We will build three new terminals in the north."
    apposed = Article(body=body, source="x.html", outlet="Presidency of Finland", published=PUBLISHED)
    for article, text in ((titled, titled.body), (apposed, body)):
        terminals = claim(text, "We will build three new terminals in the north", "Erik Lund", None)
        assert speaker_party(terminals, article) == "Nordgas"
    # What the post is for may stand between the post and the company's "at".
    body = (
        "Erik Lund, deputy general director for capital construction and investment at the Nordgas "
        "company, speaking from Oulu. We will build three new terminals in the north."
    )
    for_at = Article(body=body, source="x.html", outlet="Presidency of Finland", published=PUBLISHED)
    terminals = claim(body, "We will build three new terminals in the north", "Erik Lund", None)
    assert speaker_party(terminals, for_at) == "Nordgas"


def test_a_body_whose_name_carries_a_country_is_the_body_and_a_word_of_capitals_takes_no_article() -> None:
    text = "Erik Lund: We will build three new terminals in the north."
    terminals = claim(text, "We will build three new terminals in the north", "Erik Lund", None)
    for title, party in (
        ("Meeting with Finnish Direct Investment Fund CEO Erik Lund", "the Finnish Direct Investment Fund"),
        ("Meeting with NORGAS head Erik Lund", "NORGAS"),
        ("Meeting with NGC head Erik Lund", "the NGC"),
        # A state's post stays the state's: "we" of a president is the country, not an organisation.
        ("Meeting with President of Finland Erik Lund", "Finland"),
    ):
        article = Article(body=text, source="x.html", title=title, outlet="Presidency of Finland", published=PUBLISHED)
        assert speaker_party(terminals, article) == party, title


def test_we_of_a_speaker_who_speaks_for_no_side_the_article_names_is_held_back() -> None:
    # An analyst quoted by a think tank whose name carries a country: "we" is not that country.
    body = (
        "Jon Hale spoke with Eva Lind at an event on trade.\n\n"
        "Eva Lind: We are about to enter a period of change as Estonia prepares for its election.\n\n"
        "Eva Lind is a senior fellow at the Baltic Policy Institute."
    )
    article = Article(
        body=body, source="x.html", title="Trade talk", outlet="Baltic Policy Institute (Finland)", published=PUBLISHED
    )
    change = claim(
        body, "We are about to enter a period of change as Estonia prepares for its election", "Eva Lind", None
    )
    p = propose(change, article)
    assert speaker_party(change, article) is None
    assert p.subject == "we"
    assert judge_draft(change, p, article) == (
        "no named subject: 'we' stands for the speaker's side, which the article does not name"
    )


def test_we_of_an_officer_introduced_in_an_apposition_is_the_party_or_ministry_named() -> None:
    for introduction, party in (
        ("Erik Lund, leader of the Green Party, spoke on Monday.", "the Green Party"),
        ("Erik Lund, a spokesman for the Ministry of Health, spoke on Monday.", "the Ministry of Health"),
    ):
        body = f"{introduction} We will open two clinics in the north."
        article = Article(body=body, source="wire.txt", outlet="Nordic Wire", published=PUBLISHED)
        clinics = claim(body, "We will open two clinics in the north", "Erik Lund", None)
        assert propose(clinics, article).subject == party


def test_we_of_a_mayor_or_governor_is_the_city_or_regions_government_not_the_country() -> None:
    for introduction, party in (
        ("The meeting was attended by Oslo Mayor Erik Lund and others.", "the city government of Oslo"),
        ("Erik Lund, Governor of Nordland, spoke on Monday.", "the government of Nordland"),
    ):
        body = f"{introduction}\n\nErik Lund: We will open two clinics in the north."
        article = Article(body=body, source="wire.txt", outlet="Government of Norway", published=PUBLISHED)
        clinics = claim(body, "We will open two clinics in the north", "Erik Lund", None)
        assert propose(clinics, article).subject == party


def test_we_of_a_head_of_state_introduced_by_the_states_full_name_is_the_state() -> None:
    body = (
        "President of the Republic of Finland Sauli Niinisto answered questions after the talks.\n\n"
        "Sauli Niinisto: We will open two border crossings in the north."
    )
    article = Article(body=body, source="wire.txt", outlet="President of Russia", published=PUBLISHED)
    crossings = claim(body, "We will open two border crossings in the north", "Sauli Niinisto", None)
    assert propose(crossings, article).subject == "Finland"


def test_i_of_an_outlet_with_no_byline_and_my_colleague_are_left_for_a_person() -> None:
    # The outlet says no "I": the one quoted was not found, and the question is not the outlet's.
    body = 'The minister refused. "I will not enter the new government."'
    article = Article(body=body, source="wire.txt", outlet="Nordic Wire", published=PUBLISHED)
    entry = claim(body, "I will not enter the new government", "Nordic Wire", None, speaker_type="author")
    p = propose(entry, article)
    assert p.subject in ("", "I")
    assert judge_draft(entry, p, article) is not None  # listed for a person, not drafted as the outlet's
    # A block quotation, introduced by a colon.
    body = "The minister's page posted on Monday:\n\nI will not enter the new government."
    article = Article(body=body, source="wire.txt", outlet="Nordic Wire", published=PUBLISHED)
    entry = claim(body, "I will not enter the new government", "Nordic Wire", None, speaker_type="author")
    assert propose(entry, article).subject in ("", "I")
    # A briefing's own "I", outside any quotation, is the outlet's official.
    body = "I will present the new budget to parliament in March."
    article = Article(body=body, source="wire.txt", outlet="Ministry of Finance", published=PUBLISHED)
    budget = claim(body, body.rstrip("."), "Ministry of Finance", None, speaker_type="author")
    assert propose(budget, article).subject == "Ministry of Finance"
    # "My colleague" is another person, not the speaker's side.
    body = "Erik Lund, a spokesman for the Ministry of Health, said: my colleague will agree to the plan."
    article = Article(body=body, source="wire.txt", outlet="Nordic Wire", published=PUBLISHED)
    colleague = claim(body, "my colleague will agree to the plan", "Erik Lund", None)
    assert propose(colleague, article).subject == "my colleague"


def test_our_country_after_the_verb_is_the_country_itself() -> None:
    body = "President of Finland Sauli Niinisto: The next meeting of the commission will be hosted by our country."
    article = Article(body=body, source="wire.txt", outlet="President of Finland", published=PUBLISHED)
    hosting = claim(body, body.split(": ", 1)[1].rstrip("."), "Sauli Niinisto", "President of Finland")
    assert propose(hosting, article).phrase == "be hosted by Finland"


def test_our_nations_after_the_verb_are_several_states_not_the_speakers_own() -> None:
    body = "President of Finland Sauli Niinisto: We plan to hold a Year of Culture in our nations in 2016."
    article = Article(body=body, source="wire.txt", outlet="President of Finland", published=PUBLISHED)
    year = claim(body, "We plan to hold a Year of Culture in our nations in 2016", "Sauli Niinisto", None)
    assert "our nations" in propose(year, article).phrase  # no joint statement names them: left for a person


def test_the_next_person_of_a_list_is_not_the_speakers_apposition() -> None:
    # "Lund, Health Minister Anna Berg and ...": Berg's post, not Lund's; Lund's own is before his name.
    body = (
        "The meeting was attended by Oslo Mayor Erik Lund, Health Minister Anna Berg and Head of the Nordic "
        "Service for the Oversight of Consumer Protection and Welfare Nils Holm.\n\n"
        "Erik Lund: We will open two clinics in the north."
    )
    article = Article(body=body, source="wire.txt", outlet="Government of Norway", published=PUBLISHED)
    clinics = claim(body, "We will open two clinics in the north", "Erik Lund", None)
    assert propose(clinics, article).subject == "the city government of Oslo"


def test_we_of_what_takes_two_is_both_sides_the_sentence_before_names() -> None:
    body = (
        "It matters that Finland and Norway, as co-chairs of the forum, are ready to monitor the truce.\n\n"
        "To that end, we will establish a communication hotline. We will build a bridge."
    )
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    hotline = claim(body, "we will establish a communication hotline", "Sauli Niinisto", "President of Finland")
    assert propose(hotline, article).subject == "Finland and Norway"
    # A bridge one side can build alone: "we" stays the speaker's country.
    bridge = claim(body, "We will build a bridge", "Sauli Niinisto", "President of Finland")
    assert propose(bridge, article).subject == "Finland"


def test_we_of_what_takes_two_stays_the_speakers_side_when_no_pair_with_it_is_named() -> None:
    # The pair named leaves the speaker's country out; then no pair at all.
    for before in ("Sweden and Norway are ready to monitor the truce.", "Norway is ready to monitor the truce."):
        body = f"{before} To that end, we will hold talks on the border."
        article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
        talks = claim(body, "we will hold talks on the border", "Sauli Niinisto", "President of Finland")
        assert propose(talks, article).subject == "Finland"


def test_our_meeting_is_the_speakers_and_the_one_the_text_says_the_speaker_meets() -> None:
    body = (
        "Question: How often do you meet your counterpart?\n\n"
        "Anna Berg: I regularly meet with President Tomas Kovac, and we trust each other.\n\n"
        "Our next meeting will take place in Oslo in the spring."
    )
    article = Article(body=body, source="daily.txt", outlet="Nordic Daily", published=PUBLISHED)
    meeting = claim(body, "Our next meeting will take place in Oslo", "Anna Berg", "President of Finland")
    assert propose(meeting, article).subject == "the next meeting between Anna Berg and Tomas Kovac"


def test_our_talks_with_a_country_met_are_both_countries_and_with_no_one_met_stay_unresolved() -> None:
    body = "Finland will hold talks with Norway on the border. Our talks will resume in June."
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    talks = claim(body, "Our talks will resume in June", "Sauli Niinisto", "President of Finland")
    assert propose(talks, article).subject == "the talks between Finland and Norway"
    # One side alone does not meet: with no one met named, "our" is not the speaker's country.
    alone = "Our next meeting will take place in the spring."
    lone = Article(body=alone, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    meeting = claim(alone, "Our next meeting will take place", "Sauli Niinisto", "President of Finland")
    assert propose(meeting, lone).subject != "Finland's next meeting"
    # Talks whose other side the phrase names are the speaker's side's own.
    unions = "Our talks with the unions will resume in June."
    own = Article(body=unions, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    with_unions = claim(unions, "Our talks with the unions will resume", "Sauli Niinisto", "President of Finland")
    assert propose(with_unions, own).subject.startswith("Finland's talks")


def test_we_holding_talks_or_meeting_in_person_are_the_speaker_and_the_one_met_not_the_country() -> None:
    body = (
        "Question: How do you keep in touch with your neighbour?\n\n"
        "Anna Berg: I regularly meet with President Tomas Kovac, and we speak often.\n\n"
        "We will hold talks during the regional forum in Oslo. We will meet again in the autumn."
    )
    article = Article(body=body, source="daily.txt", outlet="Nordic Daily", published=PUBLISHED)
    talks = claim(body, "We will hold talks during the regional forum in Oslo", "Anna Berg", "President of Finland")
    assert propose(talks, article).subject == "Anna Berg and Tomas Kovac"
    again = claim(body, "We will meet again in the autumn", "Anna Berg", "President of Finland")
    assert propose(again, article).subject == "Anna Berg and Tomas Kovac"
    # Meeting a target is no encounter: "we" stays the speaker's side.
    targets = "Anna Berg: I regularly meet with President Tomas Kovac. We will meet our emissions targets."
    goals = Article(body=targets, source="daily.txt", outlet="Nordic Daily", published=PUBLISHED)
    met = claim(targets, "We will meet our emissions targets", "Anna Berg", "President of Finland")
    assert propose(met, goals).subject == "Finland"


def test_our_meeting_of_a_speaker_for_an_organisation_is_its_own_sitting() -> None:
    body = (
        "The governor held talks with Minister Lee Park on Monday.\n\n"
        "Our next meeting will take place in June, the governor said."
    )
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=PUBLISHED)
    meeting = claim(body, "Our next meeting will take place in June", "Ana Ruiz", "Governor of the Central Bank")
    assert propose(meeting, article).subject == "the Central Bank's next meeting"


def test_our_partners_of_another_nation_are_that_nations_not_the_speakers() -> None:
    # Real countries: the gazetteer must know whose adjective "Turkish" is.
    body = "Sauli Niinisto: We will cut the price of gas for our Turkish consumers by 6% from January."
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    cut = claim(
        body,
        "We will cut the price of gas for our Turkish consumers by 6% from January",
        "Sauli Niinisto",
        "President of Finland",
    )
    p = propose(cut, article)
    assert (p.subject, p.phrase) == ("Finland", "cut the price of gas for Turkish consumers by 6%")
    # The speaker's own nation's people stay the speaker's: the state's own, "its".
    body = "Sauli Niinisto: We will cut the price of gas for our Finnish consumers by 6% from January."
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    cut = claim(
        body,
        "We will cut the price of gas for our Finnish consumers by 6% from January",
        "Sauli Niinisto",
        "President of Finland",
    )
    assert "its Finnish consumers" in propose(cut, article).phrase


def test_we_of_a_foreign_leader_on_a_governments_pages_is_the_leaders_state() -> None:
    # A transcript's label names the post, not the state; the title introduces the leader.
    body = "PRIME MINISTER BENNETT: Thank you, Tony. We will invest 40 million shekel in the crossings next month."
    article = Article(
        body=body,
        source="state.html",
        title="Secretary Blinken And Israeli Prime Minister Naftali Bennett After Their Meeting",
        outlet="U.S. Department of State",
        published=PUBLISHED,
    )
    candidate = claim(body, "We will invest 40 million shekel in the crossings", "Bennett", "Prime Minister")
    assert propose(candidate, article).subject == "Israel"
    # What the post is about is not whose it is: the Task Force Director speaks for the United States.
    article = replace(article, title="Remarks by Afghanistan Task Force Director Ambassador Tracey Jacobson")
    candidate = claim(body, "We will invest 40 million shekel in the crossings", "Jacobson", "Ambassador")
    assert propose(candidate, article).subject == "the United States"


def test_we_of_two_leaders_named_together_attending_in_person_are_both_leaders() -> None:
    body = (
        "Anna Berg held talks with the Chancellor of Ruritania.\n\n"
        "After that, Anna Berg and Tomas Kovac made press statements.\n\n"
        "Anna Berg: Tomorrow we will attend the opening of the new bridge. We will sign a trade agreement."
    )
    article = Article(body=body, source="statements.txt", outlet="Nordic Daily", published=PUBLISHED)
    attend = claim(body, "we will attend the opening of the new bridge", "Anna Berg", "President of Finland")
    assert propose(attend, article).subject == "Anna Berg and Tomas Kovac"
    # What a state does is still the state's: an agreement is signed by the country.
    sign = claim(body, "We will sign a trade agreement", "Anna Berg", "President of Finland")
    assert propose(sign, article).subject == "Finland"
    # With no pair named before, "we" attending is the speaker's side.
    alone = "Anna Berg: Tomorrow we will attend the opening of the new bridge."
    solo = Article(body=alone, source="speech.txt", outlet="Nordic Daily", published=PUBLISHED)
    by_one = claim(alone, "we will attend the opening of the new bridge", "Anna Berg", "President of Finland")
    assert propose(by_one, solo).subject == "Finland"


def test_we_travelling_with_a_secretary_who_speaks_is_the_secretary_not_an_alliance_named_before() -> None:
    body = (
        "NATO is going to release its new Strategic Concept, Secretary General Jens Stoltenberg said.\n\n"
        "Finally, from here we'll be traveling to Paris to attend the ministerial meeting of the OECD."
    )
    article = Article(body=body, source="state.txt", outlet="U.S. Department of State", published=PUBLISHED)
    travel = claim(
        body, "from here we'll be traveling to Paris to attend the ministerial meeting", "Blinken", "Secretary"
    )
    assert propose(travel, article).subject == "Secretary Blinken"


def test_a_member_speaking_on_the_floor_is_named_by_the_chamber_title() -> None:
    body = (
        "Mr. CASEY. Mr. President, I rise to speak about Afghanistan. I yield the floor to the Senator from Ohio.\n\n"
        "I intend to hold hearings later this year on the strategy."
    )
    article = Article(
        body=body, source="record.txt", outlet="Congressional Record", title="Senate floor remarks", published=PUBLISHED
    )
    hearings = claim(body, "I intend to hold hearings later this year on the strategy", "Casey", "Mr")
    assert propose(hearings, article).subject == "Senator Casey"
    # A speaker the text describes, not names, takes "the", and names no one.
    vetoed = body + " The previous President said: I will veto the bill."
    article = replace(article, body=vetoed)
    described = claim(vetoed, "I will veto the bill", "previous President", None)
    p = propose(described, article)
    assert p.subject == "the previous President"
    assert judge_draft(described, p, article) == (
        "unresolved reference: the subject 'the previous President' names no one; a stranger cannot tell which"
    )
