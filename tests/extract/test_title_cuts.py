"""A title too long never ends inside a name (its particles "bin", "al", "von" included), inside a
change's "from X to Y", or inside an infinitive's object: a person named with an office goes by
the name alone, the baseline of a change goes, and an act whose object does not fit is cut before
its "to". Sentences are made up."""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import MAX_TITLE_CHARS, Proposition, propose, title_text

P = date(2031, 1, 1)


def _proposition(body: str) -> Proposition:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return propose(claim(body, body.rstrip("."), "Jane Roe", "an official"), article)


def test_a_person_named_with_an_office_in_the_object_is_named_by_the_name_alone() -> None:
    p = _proposition("Secretary Varga will meet the Foreign Minister of Ostland Sheikh Khalid bin Rashid Al Marwan.")
    assert title_text(p) == "Varga meets Sheikh Khalid bin Rashid Al Marwan"
    p = _proposition(
        "Secretary Varga will meet Crown Prince of Ostland Sheikh Khalid bin Rashid Al Marwan to discuss trade."
    )
    assert title_text(p) == "Varga meets Sheikh Khalid bin Rashid Al Marwan to discuss trade"


def test_a_name_runs_on_through_its_particles() -> None:
    # No office to drop: the cut backs out of the whole name rather than stopping at "bin" or "von".
    p = Proposition(
        "the trade commissioner of the Ostland Union",
        "receive",
        "receive Khalid bin Rashid bin Saeed Al Marwan and Ursula von der Heide",
        False,
        "scheduled",
        None,
    )
    title = title_text(p)
    assert len(title) <= MAX_TITLE_CHARS
    assert not title.endswith((" bin", " von", " der", " Rashid", " Saeed"))
    # The subject gives up its "of" phrase first, so the verb keeps its object (one name whole).
    assert title == "The trade commissioner receives Khalid bin Rashid bin Saeed Al Marwan"


def test_a_change_from_one_figure_to_another_keeps_the_level_it_reaches() -> None:
    p = _proposition("Public debt held by the public in Ostland will rise from 80 percent of GDP to 95 percent.")
    assert title_text(p) == "Public debt held by the public in Ostland rises to 95 percent"
    # A baseline named as a level goes the same way.
    p = _proposition(
        "Monthly diesel prices in Ostland will decline from the September level to an average of $3.15/gal."
    )
    assert title_text(p) == "Monthly diesel prices in Ostland decline to an average of $3.15/gal"


def test_a_title_never_ends_inside_an_infinitives_object() -> None:
    p = _proposition("The Ostland government's ministers will act to protect the long-term future of the rail network.")
    assert title_text(p) == "The Ostland government's ministers act"
    # An infinitive with no object, or an object whose head fits, stays.
    p = _proposition(
        "The Ostland government's ministers will continue to work to bring the two rival regions together."
    )
    assert title_text(p) == "The Ostland government's ministers continue to work"


def test_a_title_ends_where_a_phrase_ends_not_between_two_of_its_words() -> None:
    # "an unusually warm [relationship]": the cut goes back to before the relative clause.
    p = _proposition(
        "A reporter will meet with a government that had an unusually warm relationship with the previous administration."
    )
    assert title_text(p) == "A reporter meets with a government"
    # An auxiliary left without its verb goes too.
    p = _proposition(
        "Principal payments received from bonds held in the reserve account will be reinvested to the extent they "
        "exceed the monthly caps."
    )
    # A subject too long for its verb gives up its reduced relative ("received from ..."): the title
    # says the event, the verb agreeing with the plural head.
    assert title_text(p) == "Principal payments are reinvested"


def test_a_rates_period_goes_before_what_the_figure_is_spent_on() -> None:
    body = "The ministry will ensure that Ostland spends 3% of GDP a year on housing for the rest of the decade."
    assert title_text(_proposition(body)) == "The ministry ensures that Ostland spends 3% of GDP on housing"


def test_a_list_after_a_verb_that_needs_it_is_its_first_item_and_others() -> None:
    body = (
        "Threats will be aimed at county clerks, poll workers, and ballot-counting staff and equipment across Ostland."
    )
    assert title_text(_proposition(body)) == "Threats are aimed at county clerks and others across Ostland"
    # A mass noun has no others of its kind: the title stops before the list, as before.
    body = "Legislation will be introduced to curb smuggling, piracy, and the sale of stolen ivory across Ostland."
    assert "others" not in title_text(_proposition(body))


def test_a_verbs_as_complement_stays_and_its_objects_relative_clause_goes() -> None:
    body = "Varnia will describe the violent incident that Varnia will pin on Ostland as a massacre of civilians in the north."
    assert title_text(_proposition(body)) == "Varnia describes the violent incident as a massacre of civilians"


def test_a_deputy_official_as_subject_is_named_by_the_name_alone_before_the_object_is_cut() -> None:
    p = _proposition("Deputy Secretary of State Maria Halvorsen will travel to the Republic of Freedonia next week.")
    assert title_text(p) == "Maria Halvorsen travels to the Republic of Freedonia"
    p = _proposition(
        "The Deputy Secretary Halvorsen will meet with Ostlandic Vice Foreign Minister Tomas Brek in the capital."
    )
    assert title_text(p) == "Halvorsen meets with Tomas Brek in the capital"


def test_a_rank_in_the_object_goes_whole_or_stays_whole() -> None:
    p = _proposition(
        "Undersecretary Halvorsen will meet with Ostlandic First Vice Foreign Minister Tomas Brekkenhaugen "
        "and business leaders in the capital."
    )
    title = title_text(p)
    assert "Vice Tomas" not in title and "Ostlandic First Tomas" not in title
    assert "Tomas Brekkenhaugen" in title
    p = _proposition(
        "Undersecretary Halvorsen will meet with municipal Party Secretary Lin Bao-ren and students at the "
        "polytechnic institute downtown."
    )
    assert "municipal Party Lin" not in title_text(p)


def test_a_title_stops_before_a_second_person_met_rather_than_inside_their_rank() -> None:
    p = _proposition(
        "Undersecretary Halvorsen will meet with Deputy Premier Ilse Brandtmeyer and Vice Foreign Minister "
        "Jonas Karlsbergen to discuss the canal."
    )
    assert title_text(p) == "Halvorsen meets with Ilse Brandtmeyer"


def test_an_object_described_then_named_is_named_in_a_title_too_long() -> None:
    p = _proposition(
        "The federal government will launch regional advisory councils, called Civic Circles, this spring."
    )
    assert title_text(p) == "The federal government launches Civic Circles"


def test_an_as_part_of_adjunct_goes_whole_and_the_verb_keeps_its_object() -> None:
    p = _proposition(
        "Anna Berg and Tomas Kovac will hold talks as part of the extraordinary bilateral consultative "
        "session of the two governments."
    )
    assert title_text(p) == "Anna Berg and Tomas Kovac hold talks"


def test_taking_part_keeps_in_what_and_a_session_keeps_whose() -> None:
    p = _proposition(
        "Ivo Marek, Lan Xiaoping, Jens Holm, Tariq Nabil, and Lee Soo-min will take part in the plenary session "
        "of the Eastern Ostland Forum."
    )
    assert title_text(p) == "Ivo Marek and others take part in the plenary session of the Eastern Ostland Forum"
    p = _proposition(
        "Ivo Marek, Lan Xiaoping, Jens Holm and Tariq Nabil will take part in the 4th Eastern Ostland Economic Forum "
        "in Vladivostok."
    )
    assert title_text(p) == "Ivo Marek and others take part in the 4th Eastern Ostland Economic Forum in Vladivostok"


def test_a_title_every_cut_of_which_falls_inside_a_name_is_the_whole_event() -> None:
    p = _proposition("In September, Yekaterinburg will host the 9th Russia-Kyrgyzstan Inter-Regional Conference.")
    assert title_text(p) == "Yekaterinburg hosts the 9th Russia-Kyrgyzstan Inter-Regional Conference"


def test_a_subject_that_fills_the_title_stops_before_a_preposition_so_the_verb_fits() -> None:
    p = Proposition(
        "the Federal Law on the security of critical information infrastructure of Russia",
        "enter",
        "enter into force",
        False,
        "scheduled",
        None,
    )
    assert title_text(p) == "The Federal Law on the security of critical information infrastructure enters into force"


def test_two_people_or_two_leaders_too_long_for_a_title_are_both_kept_shorter() -> None:
    p = _proposition(
        "Vladimir Varga and Sebastian Roeder will attend the opening of the exhibition of Old Masters at the museum."
    )
    assert title_text(p).startswith("Varga and Roeder attend the opening of the exhibition")
    body = "Ostlandish President and Vesklandish Prime Minister will visit an engine plant in the port of Vladivostok."
    assert title_text(_proposition(body)).startswith("The Ostlandish and Vesklandish leaders visit an engine plant")


def test_taking_part_keeps_what_is_taken_part_in() -> None:
    p = _proposition("Secretary Antony J. Blinken will participate in the Second Ostland Conference on Varnia in Ruse.")
    assert title_text(p) == "Blinken participates in the Second Ostland Conference on Varnia"


def test_a_list_of_places_goes_whole_the_subject_shortened_to_make_room() -> None:
    p = _proposition(
        "Secretary of State Antony J. Blinken will travel to Belgium, Poland, Moldova, Latvia, and Estonia."
    )
    assert title_text(p) == "Blinken travels to Belgium, Poland, Moldova, Latvia, and Estonia"


def test_a_title_keeps_the_head_an_of_phrase_owner_comes_before() -> None:
    body = (
        "The Ostland Department of Trade's first enterprise\u2013wide export and investment promotion strategy "
        "will be released in April."
    )
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    p = propose(claim(body, body, "Test Wire", None, speaker_type="author"), article)
    # The en dash inside a word is a hyphen, not a clause break, and the title keeps "strategy".
    assert p.subject.startswith("the Ostland Department of Trade's first enterprise\u2013wide")
    assert not title_text(p).startswith("The Ostland Department is")


def test_an_en_dash_inside_a_word_does_not_start_a_claim() -> None:
    body = "The Department's first enterprise\u2013wide Learning Agenda will be released in April."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    assert [c.quote for c in analyse_article(article, None, 0.0).candidates] == [body]
