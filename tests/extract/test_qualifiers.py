"""Definite descriptions keep the qualifier the article gave them, so the question reads on its own.

Texts are made up, of the shapes the hand-scored sample found drafted without their qualifier:
"the general election" (of which country?), "the House" (the House of Commons), "the community"
(resolved to the wrong body), "the first launches" (from where?), "growth" (of which region?).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import propose, title_text

PUBLISHED = date(2019, 10, 30)


def subject_of(body: str, quote: str, **article: str) -> str:
    """The proposition's subject for ``quote`` in ``body`` (an author's claim in an article like ``article``)."""
    outlet = article.get("outlet", "Test Wire")
    made = Article(
        body=body,
        source="story.txt",
        outlet=outlet,
        url=article.get("url"),
        title=article.get("title"),
        published=PUBLISHED,
    )
    return propose(claim(body, quote, outlet, "author (no byline)", "author"), made).subject


def test_a_national_election_or_chamber_is_named_with_its_country() -> None:
    uk = {"outlet": "House of Commons Library", "url": "https://commonslibrary.parliament.uk/election-guide/"}
    body = "The Prime Minister said on Monday that the general election would take place on 12 December."
    assert subject_of(body, "the general election would take place on 12 December", **uk) == "the UK general election"
    # "the House" is the fullest name the article gave it before, with its country.
    body = "MPs in the House of Commons debated the bill. The House will rise for the summer recess."
    assert subject_of(body, "The House will rise for the summer recess", **uk) == "the UK House of Commons"
    # The country an article is about outweighs the one it is published in.
    body = (
        "Poland votes on Sunday. Polish voters are divided. Poland's parties have campaigned for months. "
        "The presidential election will go to a second round."
    )
    assert (
        subject_of(body, "The presidential election will go to a second round", **uk)
        == "Poland's presidential election"
    )


def test_the_noun_of_a_name_is_the_body_the_article_is_about_not_the_last_one_with_that_noun() -> None:
    body = (
        "Named the Pacific Alliance of Island States, the bloc takes in eleven members. "
        "Two older groups, the Coral Alliance and the Reef Forum, were merged to create it.\n\n"
        "The alliance will include every island state in the region except Guam."
    )
    title = "Pacific Alliance of Island States founded at summit"
    quote = "The alliance will include every island state in the region except Guam"
    assert subject_of(body, quote, title=title) == "the Pacific Alliance of Island States"


def test_an_event_without_its_place_takes_the_fullest_earlier_mention_or_the_titles_facility() -> None:
    body = (
        "Building work on the Arctic Spaceport began in 2012. Engineers expect the first test launches from "
        "the Arctic Spaceport to draw crowds. The first test launches are scheduled for 2016."
    )
    quote = "The first test launches are scheduled for 2016"
    assert subject_of(body, quote) == "the first test launches from the Arctic Spaceport"
    body = "Work is on schedule. The first launches will take place in 2016."
    title = "Minister visits the Esrange Space Centre"
    quote = "The first launches will take place in 2016"
    assert subject_of(body, quote, title=title) == "the first launches from the Esrange Space Centre"


def test_a_statistic_keeps_the_region_its_paragraph_is_about() -> None:
    body = (
        "East Asia: Growth will slow to 4.4% in 2026.\n\n"
        "Latin America and the Caribbean: Growth is expected to edge up to 2.3% in 2026.\n\n"
        "In the euro area, inflation will fall to 2% next year."
    )
    assert (
        subject_of(body, "Growth is expected to edge up to 2.3% in 2026") == "growth in Latin America and the Caribbean"
    )
    assert subject_of(body, "Growth will slow to 4.4% in 2026") == "growth in East Asia"
    assert subject_of(body, "inflation will fall to 2% next year") == "inflation in the euro area"


def test_words_in_title_case_are_no_name() -> None:
    body = "Posters read “A CPP Win Means Peace” across the capital. The CPP will win easily."
    assert subject_of(body, "The CPP will win easily") == "the CPP"
    heading = "Threat Actors To Converge On Elections"
    body = f"{heading}\n\n" + "Officials met again. " * 80 + "\n\nThese actors will target voters."
    # No name in running text: "these actors" stands for nothing safe, left for a person to rephrase.
    assert subject_of(body, "These actors will target voters", title=heading) == ""


def question_phrase(body: str, quote: str, **article: str) -> tuple[str, str]:
    """The proposition's subject and verb phrase for ``quote`` in ``body``."""
    made = Article(
        body=body,
        source="story.txt",
        outlet=article.get("outlet", "Test Wire"),
        url=article.get("url"),
        title=article.get("title"),
        published=PUBLISHED,
    )
    proposition = propose(claim(body, quote, made.outlet, "author (no byline)", "author"), made)
    return proposition.subject, proposition.phrase


def test_an_office_is_the_office_of_the_country_the_article_is_about() -> None:
    us_report = {"outlet": "Congressional Research Service", "url": "https://crsreports.congress.gov/product/R1"}
    body = (
        "Brazil held general elections on 3 March. Brazilian voters turned out in numbers. Brazil's "
        "electoral court certified the result. The president will assume power on 11 March."
    )
    assert subject_of(body, "The president will assume power on 11 March", **us_report) == "Brazil's president"
    body = "Kenya votes next month. Kenya's parties campaign. The newly elected prime minister will form a cabinet."
    quote = "The newly elected prime minister will form a cabinet"
    assert subject_of(body, quote) == "Kenya's newly elected prime minister"
    # A place no gazetteer country: the office is left as written.
    body = "Votes are being counted. The president will assume power on 11 March."
    assert subject_of(body, "The president will assume power on 11 March") == "the president"


def test_a_commodity_price_gets_the_benchmark_the_article_names() -> None:
    body = (
        "Brent crude rose 3% to $96 a barrel on Monday as traders weighed the risk to supply. "
        "Analysts say oil could go above $120 a barrel within weeks."
    )
    assert subject_of(body, "oil could go above $120 a barrel within weeks") == "Brent crude"
    body = "West Texas Intermediate settled at $71. Some traders expect that crude oil prices will fall below $60."
    quote = "crude oil prices will fall below $60"
    assert subject_of(body, quote) == "West Texas Intermediate crude oil prices"
    body = "Henry Hub futures slipped on mild weather. Gas prices will rise again in the winter."
    assert subject_of(body, "Gas prices will rise again in the winter") == "Henry Hub natural gas prices"
    # No benchmark named: "oil" stays, for the reader to name one.
    body = "Demand is recovering. Analysts say oil will go above $120 a barrel."
    assert subject_of(body, "oil will go above $120 a barrel") == "oil"


def test_measures_in_a_legislative_programme_are_the_national_parliaments() -> None:
    gov_uk = {"outlet": "Prime Minister's Office (GOV.UK)", "url": "https://www.gov.uk/government/speeches/x"}
    body = (
        "The King's Speech was delivered today. My Government will strengthen the economy. "
        "Measures will be introduced to help small firms export."
    )
    assert subject_of(body, "Measures will be introduced to help small firms export", **gov_uk) == (
        "measures in the UK Parliament"
    )
    body = "The King's Speech was delivered today. A Bill will be brought forward to reform rail franchising."
    quote = "A Bill will be brought forward to reform rail franchising"
    assert subject_of(body, quote, **gov_uk) == "a Bill in the UK Parliament"
    # Outside a legislative programme "measures" may be anyone's: no qualifier is guessed.
    body = "The council met today to weigh new measures. Measures will be introduced to help small firms export."
    assert subject_of(body, "Measures will be introduced to help small firms export", **gov_uk) == "measures"


def test_a_military_act_with_no_place_gets_the_country_the_fighting_is_in() -> None:
    body = (
        "Troops massed on the border have moved into Moldova's north. Fighting in Moldova has displaced "
        "thousands. Officials in Romania fear the worst. Romanian tanks will advance on key targets that "
        "have been mapped out."
    )
    quote = "Romanian tanks will advance on key targets that have been mapped out"
    assert question_phrase(body, quote) == (
        "Romanian tanks",
        "advance on key targets in Moldova that have been mapped out",
    )
    body = (
        "The ceasefire in Lebanon was agreed on Monday. Aid convoys in Lebanon are moving again. "
        "Strikes against armed groups will continue."
    )
    assert question_phrase(body, "Strikes against armed groups will continue") == (
        "strikes against armed groups in Lebanon",
        "continue",
    )
    # The act's own country is no theatre, and an act aimed at a country names its place already.
    body = "Protests in Nigeria grew. Protests in Nigeria spread. Nigerian forces will strike rebel camps."
    assert question_phrase(body, "Nigerian forces will strike rebel camps") == ("Nigerian forces", "strike rebel camps")
    body = "Talks in Egypt stalled. Talks in Egypt resumed. The militia will attack Israel."
    assert question_phrase(body, "The militia will attack Israel")[1] == "attack Israel"
    # A place already named, country or not, is the act's place.
    body = "Talks in Egypt stalled. Talks in Egypt resumed. The militia will attack ships in the Red Sea."
    assert question_phrase(body, "The militia will attack ships in the Red Sea")[1] == "attack ships in the Red Sea"


def test_a_truce_or_zone_with_no_place_gets_the_country_the_fighting_is_in() -> None:
    body = (
        "Shelling in Yemen went on all week. Aid agencies in Yemen warned of famine. "
        "A ceasefire will be put in place from midnight."
    )
    assert question_phrase(body, "A ceasefire will be put in place from midnight")[0] == "a ceasefire in Yemen"
    quote = "Turkish and Iranian patrols will monitor the buffer zone"
    body = f"Shelling in Yemen went on all week. Aid agencies in Yemen warned of famine. {quote}."
    assert question_phrase(body, quote) == (
        "Turkish and Iranian patrols",
        "monitor the buffer zone in Yemen",
    )
    # A zone already placed keeps its place.
    quote = "A ceasefire will be put in place across Aden"
    body = f"Shelling in Yemen went on all week. Aid agencies in Yemen warned of famine. {quote}."
    assert question_phrase(body, quote)[0] == "a ceasefire"


def test_a_retail_fuel_price_is_the_publishers_countrys_average() -> None:
    us_agency = {"outlet": "Energy Statistics Office", "url": "https://www.energystats.gov/outlook"}
    body = "Crude and gasoline stocks are ample. Gasoline prices will fall to $2.90 a gallon this winter."
    assert subject_of(body, "Gasoline prices will fall to $2.90 a gallon this winter", **us_agency) == (
        "gasoline prices in the US"
    )
    # A newswire of no country names no country for it: left for the reader.
    body = "Crude and gasoline stocks are ample. Gasoline prices will fall to $2.90 a gallon this winter."
    assert subject_of(body, "Gasoline prices will fall to $2.90 a gallon this winter") == "gasoline prices"


def phrase_of(body: str, quote: str, **article: str) -> str:
    """The proposition's phrase for ``quote`` in ``body`` (an author's claim, in an article like ``article``)."""
    made = Article(body=body, source="story.txt", outlet="Test Wire", title=article.get("title"), published=PUBLISHED)
    return propose(claim(body, quote, "Test Wire", "author (no byline)", "author"), made).phrase


def test_a_departure_keeps_where_the_journey_goes() -> None:
    # The next sentence's arrival, else the trip the sentence before names.
    body = "The envoy will tour the islands. The delegation will depart on Friday. It will arrive in Port Vila on Saturday."
    assert phrase_of(body, "The delegation will depart on Friday") == "depart for Port Vila"
    body = "The minister spoke of her trip to Port Vila. The delegation will leave on Friday. Talks follow."
    assert phrase_of(body, "The delegation will leave on Friday") == "leave for Port Vila"


def test_a_departure_with_no_destination_named_or_with_its_object_is_left() -> None:
    # A month is no place; "leave the talks" has its object already.
    body = "The delegation will depart on Friday. It will arrive in March."
    assert phrase_of(body, "The delegation will depart on Friday") == "depart"
    body = "The delegation will leave the talks on Friday. It will arrive in Port Vila on Saturday."
    assert phrase_of(body, "The delegation will leave the talks on Friday") == "leave the talks"


def test_seats_or_votes_are_won_in_the_election_the_article_names() -> None:
    norway = {"title": "Norway votes"}
    body = "Norway holds its parliamentary election on Monday. The Harbour Party will win most of the seats."
    assert phrase_of(body, "The Harbour Party will win most of the seats", **norway) == (
        "win most of the seats in Norway's parliamentary election"
    )
    # A country the article never names is not guessed: the election stays as the article writes it.
    body = "Voters went to the polls in the election on Sunday. The Harbour Party will get 40 seats."
    assert phrase_of(body, "The Harbour Party will get 40 seats") == "get 40 seats in the election"


def test_seats_are_not_won_in_a_past_election_or_a_body_named_for_elections() -> None:
    # Published 2019: "a 2016 regional election" is over; "the Election Board" is a body, no election.
    body = (
        "The Harbour Party lost in a 2016 regional election, the Central Election Board recalled. "
        "Voters went to the polls on Sunday in the election. The Harbour Party will get 40 seats."
    )
    assert phrase_of(body, "The Harbour Party will get 40 seats") == "get 40 seats in the election"


def test_seats_of_a_chamber_the_paragraph_counts_are_won_in_that_chambers_election() -> None:
    body = (
        "Turnout was low in the regional elections in 2015.\n\n"
        "A spokesman said the party had won 70 Grand Council seats out of 90. The Harbour Party will get "
        "at least 75 seats, he said."
    )
    assert phrase_of(body, "The Harbour Party will get at least 75 seats") == (
        "get at least 75 seats in the Grand Council election"
    )


def test_seats_with_no_election_named_or_already_placed_are_left() -> None:
    body = "The fund bought shares in March. The fund will win two seats on the board."
    assert phrase_of(body, "The fund will win two seats on the board") == "win two seats on the board"
    body = "The election is on Sunday. The Harbour Party will win most of the votes in the runoff election."
    assert phrase_of(body, "The Harbour Party will win most of the votes in the runoff election") == (
        "win most of the votes in the runoff election"
    )


def test_an_owned_act_takes_the_target_the_article_gives_that_act() -> None:
    # "its offensive" is the offensive the article named two paragraphs before, with its target.
    body = (
        "Ethiopia has massed troops near the border. Its brigades are ready to launch an offensive against Somalia "
        "within weeks.\n\nDiplomats met in Geneva on Monday.\n\nEthiopia will stage an incident to justify its offensive."
    )
    assert phrase_of(body, "Ethiopia will stage an incident to justify its offensive") == (
        "stage an incident to justify its offensive against Somalia"
    )
    body = (
        "Ethiopia has massed troops near the border, ready for an invasion of Somalia. "
        "Ethiopia will seek a pretext for their invasion."
    )
    assert (
        phrase_of(body, "Ethiopia will seek a pretext for their invasion")
        == "seek a pretext for their invasion of Somalia"
    )


def test_an_owned_act_with_its_target_or_with_no_single_target_is_left() -> None:
    # Already aimed; two targets named (which one is meant the article does not say); none named.
    body = "An attack on Somalia is feared. Ethiopia will seek a pretext for its attack on Kenya."
    assert (
        phrase_of(body, "Ethiopia will seek a pretext for its attack on Kenya")
        == "seek a pretext for its attack on Kenya"
    )
    body = "An attack on Somalia is feared, and an attack on Kenya too. Ethiopia will seek a pretext for its attack."
    assert phrase_of(body, "Ethiopia will seek a pretext for its attack") == "seek a pretext for its attack"
    body = "Troops massed near the border. Ethiopia will seek a pretext for its attack."
    assert phrase_of(body, "Ethiopia will seek a pretext for its attack") == "seek a pretext for its attack"
    # An attack on the owner itself is another side's act, not the owner's.
    body = "Somalia warned of an attack on Ethiopia. Ethiopia will seek a pretext for its attack."
    assert phrase_of(body, "Ethiopia will seek a pretext for its attack") == "seek a pretext for its attack"


def test_a_subnational_election_is_named_with_its_country() -> None:
    # Provincial, regional or municipal elections are one country's, as local and general ones are.
    body = (
        "Kenya's electoral board met on Monday. Officials in Kenya set the date in March. "
        "Regional elections will be held before October."
    )
    assert subject_of(body, "Regional elections will be held before October") == "Kenya's regional elections"
    body = "Kenya's electoral board met on Monday. Provincial elections will be held before October."
    assert subject_of(body, "Provincial elections will be held before October") == "Kenya's provincial elections"


def test_works_being_built_take_the_facility_the_article_builds_them_at() -> None:
    # The facility the paragraph names before the claim, else the one the title names.
    body = (
        "Work at the Kalmar Deep Water Port began in May. The dredging covers an area of 40 hectares. "
        "Six storage and loading sites will be completed by 2027."
    )
    quote = "Six storage and loading sites will be completed by 2027"
    assert phrase_of(body, quote) == "be completed at the Kalmar Deep Water Port"
    body = "The dredging covers an area of 40 hectares. Two new terminals will be built by 2027."
    assert phrase_of(body, "Two new terminals will be built by 2027", title="A visit to Kalmar Deep Water Port") == (
        "be built at the Kalmar Deep Water Port"
    )


def test_works_placed_already_or_with_no_facility_named_are_left() -> None:
    body = "Work at the Kalmar Deep Water Port began in May. Six sites in Riga will be completed by 2027."
    assert phrase_of(body, "Six sites in Riga will be completed by 2027") == "be completed"
    # Works named with their facility already: the plant is where its units are.
    body = (
        "Work at the Kalmar Deep Water Port began in May. The Kalmar Power Plant with two units will be built by 2027."
    )
    assert phrase_of(body, "The Kalmar Power Plant with two units will be built by 2027") == "be built"
    body = "Work began in May. Six storage sites will be completed by 2027."
    assert phrase_of(body, "Six storage sites will be completed by 2027") == "be completed"
    # Sites that are not built ("the sites will be closed") are not placed by a facility.
    body = "Work at the Kalmar Deep Water Port began in May. Six storage sites will be closed by 2027."
    assert phrase_of(body, "Six storage sites will be closed by 2027") == "be closed"


def test_a_title_keeps_the_works_a_numeral_counts_whole_and_drops_their_facility() -> None:
    # "twelve refrigerated storage and loading sites" are sites of two kinds, one count: no list to
    # cut at "and"; the facility, added for the question, is what a long title drops.
    quote = "Twelve refrigerated storage and loading sites will be completed by 2027"
    body = f"Work at the Kalmar Deep Water Port began in May. {quote}."
    made = Article(body=body, source="story.txt", outlet="Test Wire", published=PUBLISHED)
    proposition = propose(claim(body, quote, "Test Wire", "author (no byline)", "author"), made)
    assert proposition.phrase == "be completed at the Kalmar Deep Water Port"
    assert title_text(proposition) == "Twelve refrigerated storage and loading sites are completed"
    # A list whose first part is counted on its own is still a list: "two soldiers and ..." is cut.
    quote = "Two soldiers and a civilian from the villages along the northern border will be released by June"
    body = f"Talks resumed in May. {quote}."
    made = Article(body=body, source="story.txt", outlet="Test Wire", published=PUBLISHED)
    proposition = propose(claim(body, quote, "Test Wire", "author (no byline)", "author"), made)
    assert title_text(proposition) == "Two soldiers are released"


def test_an_act_owned_by_a_named_country_takes_the_target_the_article_gives_that_act() -> None:
    # The subject is the act, its owner named by name or demonym; the target is the one nearby.
    body = (
        "Ethiopia has massed troops near the border, ready for an invasion of Somalia. "
        "Officials say the pretext is ready. Ethiopia's attack will begin within weeks."
    )
    assert subject_of(body, "Ethiopia's attack will begin within weeks") == "Ethiopia's attack on Somalia"
    body = (
        "Generals in Addis Ababa planned an offensive against Somalia for months.\n\n"
        "The Ethiopian offensive will start in March."
    )
    assert subject_of(body, "The Ethiopian offensive will start in March") == (
        "the Ethiopian offensive against Somalia"
    )


def test_an_act_owned_by_a_named_country_with_no_single_other_target_is_left() -> None:
    # Two targets named; none named; the only target is the owner itself.
    body = "An attack on Somalia is feared, and an attack on Kenya too. Ethiopia's attack will begin within weeks."
    assert subject_of(body, "Ethiopia's attack will begin within weeks") == "Ethiopia's attack"
    body = "Troops massed near the border. Ethiopia's attack will begin within weeks."
    assert subject_of(body, "Ethiopia's attack will begin within weeks") == "Ethiopia's attack"
    body = "Somalia warned of an attack on Ethiopia. The Ethiopian offensive will start in March."
    assert subject_of(body, "The Ethiopian offensive will start in March") == "the Ethiopian offensive"


def test_a_named_owners_act_takes_its_target_from_anywhere_before_but_not_from_another_owners_act() -> None:
    # The owner's name identifies the act across the article: the target given paragraphs before counts.
    body = (
        "Ethiopia is preparing an attack against Somalia.\n\nTalks failed.\n\nEnvoys left.\n\n"
        "Markets fell.\n\nNext, the Ethiopian offensive will start."
    )
    assert subject_of(body, "the Ethiopian offensive will start") == "the Ethiopian offensive against Somalia"
    # Kenya's attack on Somalia says nothing of where Ethiopia aims its own.
    # Nor is it made Kenya's: the demonym already says whose offensive it is.
    for body in (
        "Kenya's attack on Somalia was repelled. The Ethiopian offensive will start in March.",
        "A Kenyan offensive against Somalia failed last year. The Ethiopian offensive will start in March.",
    ):
        assert subject_of(body, "The Ethiopian offensive will start in March") == "the Ethiopian offensive"


def test_a_place_the_sentence_opens_with_goes_back_on_the_act_and_beats_the_governments_country() -> None:
    uk = {"outlet": "Prime Minister's Office", "url": "https://www.gov.uk/government/speeches/speech"}
    body = "My Government will legislate.\n\nIn Wales, new powers will be handed to elected county leaders."
    assert phrase_of(body, "In Wales, new powers will be handed to elected county leaders", **uk) == (
        "be handed to elected county leaders in Wales"
    )
    # A national matter is the devolved place's, not the whole UK's.
    body = "My Government will legislate.\n\nIn England and Wales, prisons will be modernised."
    assert subject_of(body, "In England and Wales, prisons will be modernised", **uk) == "prisons"
    assert phrase_of(body, "In England and Wales, prisons will be modernised", **uk) == (
        "be modernised in England and Wales"
    )


def test_a_sentence_opening_with_a_body_or_a_time_gives_no_place() -> None:
    uk = {"outlet": "Prime Minister's Office", "url": "https://www.gov.uk/government/speeches/speech"}
    body = "My Government will legislate.\n\nIn March, new powers will be handed to elected county leaders."
    assert phrase_of(body, "In March, new powers will be handed to elected county leaders", **uk) == (
        "be handed to elected county leaders"
    )
    body = "My Government will legislate.\n\nIn Parliament, prisons will be modernised."
    assert subject_of(body, "In Parliament, prisons will be modernised", **uk) == "prisons in the UK"


def test_one_member_of_a_group_is_the_member_the_article_names_beside_it() -> None:
    body = (
        "The governing alliance in Varnia agreed the budget on Monday. One member of Varnia's ruling "
        "coalition, Interior Minister Tomas Orlev, will leave the government within weeks, aides said. "
        "One of the opposition parties (Green Future) will boycott the vote."
    )
    assert (
        subject_of(body, "One member of Varnia's ruling coalition, Interior Minister Tomas Orlev, will leave")
        == "Interior Minister Tomas Orlev"
    )
    assert subject_of(body, "One of the opposition parties (Green Future) will boycott the vote") == "Green Future"


def test_one_member_of_a_group_with_no_name_beside_it_is_left() -> None:
    body = (
        "One member of Varnia's ruling coalition will leave the government within weeks, aides said. "
        "Interior Minister Tomas Orlev chairs the cabinet's security committee."
    )
    quote = "One member of Varnia's ruling coalition will leave the government within weeks"
    assert subject_of(body, quote) == "one member of Varnia's ruling coalition"


def test_a_vote_on_a_motion_with_no_chamber_is_in_the_chamber_the_article_named_before() -> None:
    body = (
        "The Prime Minister of the United Kingdom wants a snap poll. The House of Commons sits on Wednesday. "
        "On Monday ministers tabled a motion for an early dissolution. Officials said the motion will be "
        "passed on Wednesday."
    )
    subject, phrase = question_phrase(body, "the motion will be passed on Wednesday")
    assert (subject, phrase) == ("the motion for an early dissolution", "be passed in the UK House of Commons")


def test_a_vote_whose_chamber_is_named_or_never_named_is_left() -> None:
    placed = "Ministers expect the Senate to sit late. The bill will be approved by the Senate on Friday."
    assert (
        question_phrase(placed, "The bill will be approved by the Senate on Friday")[1] == "be approved by the Senate"
    )
    unnamed = "Ministers drafted a new law on fishing. Officials said the bill will be approved on Friday."
    assert question_phrase(unnamed, "the bill will be approved on Friday")[1] == "be approved"


def test_a_condition_that_a_motion_passes_is_voted_in_the_chamber_the_article_named_before() -> None:
    body = (
        "The Prime Minister of the United Kingdom wants a snap poll. The House of Commons sits on Wednesday. "
        "On Monday ministers tabled a motion for an early dissolution. Talks on the timetable will follow "
        "if the motion is passed on Wednesday."
    )
    made = Article(body=body, source="story.txt", outlet="Test Wire", published=PUBLISHED)
    quote = "Talks on the timetable will follow if the motion is passed on Wednesday."
    candidate = replace(
        claim(body, quote, "Test Wire", "author (no byline)", "author", event="Talks on the timetable will follow."),
        conditional_on="if the motion is passed on Wednesday",
    )
    condition = propose(candidate, made).condition
    assert condition is not None
    assert (condition.subject, condition.phrase) == (
        "the motion for an early dissolution",
        "be passed in the UK House of Commons",
    )


def test_a_truce_with_no_place_gets_the_area_the_article_gives_a_truce_not_the_whole_country() -> None:
    body = (
        "Shelling in Yemen went on all week. The talks aim at a truce in the Marib de-escalation zone, "
        "the envoy said. A ceasefire will be put in place from midnight."
    )
    subject = question_phrase(body, "A ceasefire will be put in place from midnight")[0]
    assert subject == "a ceasefire in the Marib de-escalation zone"
    # A truce the article places only in a country is no area: the country stays.
    body = (
        "Shelling in Yemen went on all week. A truce in Yemen is near. A ceasefire will be put in place from midnight."
    )
    assert question_phrase(body, "A ceasefire will be put in place from midnight")[0] == "a ceasefire in Yemen"
