"""Where a proposition starts and stops: one clause, its "them" resolved, and no proposition at all
from a sentence whose main clause is no forecast.

Texts are made up, of the shapes the hand-scored sample found: a second clause running on ("rise
to 3.6% and further strengthen to 3.9%"), "fly them into the country" with "them" left as
written, and "Will we are talking about ..." drafted from a modal inside a relative clause.
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.coordination import close_cut_list, cut_second_clause, join_listed_names
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import Proposition, propose, question_text

P = date(2021, 8, 2)


def proposition(body: str, quote: str, speaker: str = "Jane Roe", role: str | None = "an official") -> Proposition:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return propose(claim(body, quote, speaker, role), article)


def test_a_second_clause_after_and_an_adverb_or_before_is_a_second_event() -> None:
    body = "Output will climb to 2.1% in 2025 and further accelerate to 2.8% in 2026."
    assert proposition(body, body.rstrip(".")).phrase == "climb to 2.1%"
    body = "Output will edge up to 1.9% in 2025 before firming to 2.4% in 2026."
    assert proposition(body, body.rstrip(".")).phrase == "edge up to 1.9%"
    body = "Output will hold steady at 1.5% in 2025 and then recover to 2% in 2026."
    assert proposition(body, body.rstrip(".")).phrase == "hold steady at 1.5%"


def test_them_is_the_group_of_people_named_before_in_its_fullest_form() -> None:
    body = (
        "Officials are screening the Yazidi refugee families held in Erbil. Can you say whether some of these "
        "families will leave this month, and give us details on the flights? "
        "We are talking to third countries, but we cannot confirm agreements with any of those third countries. "
        "On transport, we will fly them to Germany and house them in Berlin."
    )
    p = proposition(body, "we will fly them to Germany")
    assert p.phrase == "fly the Yazidi refugee families to Germany"


def test_a_modal_inside_a_relative_clause_makes_no_proposition() -> None:
    body = "We are looking at in 2030 a trillion-dollar shortfall, money that no government will ever repay."
    p = proposition(body, body.rstrip("."), "Ann Lee", "Senator")
    assert not p.parsed
    assert question_text(p, P, date(2030, 12, 31)).startswith("Will this happen: we are looking at")
    # A relative clause inside a subject is no such sentence: "The funds that we will release" is a subject.
    body = "The aid that donors pledged will reach the camps in May."
    assert proposition(body, body.rstrip(".")).parsed
    # Nor is a present clause that opens what is said: "It is clear that ..." frames the forecast.
    body = "It is clear that the army will withdraw from the border."
    assert proposition(body, body.rstrip(".")).subject == "the army"


def test_a_participle_clause_after_a_comma_is_a_second_event_or_a_cause() -> None:
    body = "Output will edge down to 2.6% in 2032, reflecting softer labour markets and cheaper fuel."
    assert proposition(body, body.rstrip(".")).phrase == "edge down to 2.6%"
    body = "Net debt will peak at 81% of GDP, before falling each year and reaching 69% in 2035."
    assert proposition(body, body.rstrip(".")).phrase == "peak at 81% of GDP"
    # "including" names parts of the event itself, and stays.
    body = "Ostland will ban imports from Varnia, including coal and steel."
    assert proposition(body, body.rstrip(".")).phrase == "ban imports from Varnia, including coal and steel"


def test_two_joined_periods_are_taken_out_together_and_a_past_example_is_cut() -> None:
    body = "Tolls will rise on the northern roads during late 2031 and early 2032."
    assert proposition(body, body.rstrip(".")).phrase == "rise on the northern roads"
    body = "The seeds of discontent could threaten further strife such as was seen in the riots of 2029."
    strife = proposition(body, body.rstrip("."))
    assert (strife.subject, strife.phrase) == ("further strife", "break out")  # the riots of 2029 are cut


def test_a_present_clause_keeps_its_verb_and_the_gerund_after_a_preposition() -> None:
    body = "If and when Varnians respond by targeting mainland Ostland, Ostland will unleash a war."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    p = propose(claim(body, "Varnians respond by targeting mainland Ostland", "Jane Roe", "an official"), article)
    # The gerund is not the main verb, but it names the act the response is made of (``responses``).
    assert (p.subject, p.phrase) == ("Varnians", "target mainland Ostland")
    # A perfect after a plural subject stays a perfect, which the question-form check holds back.
    body = "Although several opposition groups have called for boycotting the vote, turnout will be high."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    p = propose(claim(body, "several opposition groups have called for boycotting the vote", "Jane Roe", None), article)
    assert (p.subject, p.phrase) == ("several opposition groups", "have called for boycotting the vote")


def test_a_range_of_days_to_the_nth_is_time_not_part_of_the_event() -> None:
    body = "The visit will take place from July 26th to the 29th, officials said."
    assert proposition(body, "The visit will take place from July 26th to the 29th").phrase == "take place"


def test_a_list_cut_before_its_last_item_is_closed_with_the_claims_conjunction() -> None:
    claimed = "The envoy will meet with Mayor Ada Vell, Judge Ola Brun, Chief Timo Sark, and also with Ivo Lind."
    phrase = "meet with Mayor Ada Vell, Judge Ola Brun, Chief Timo Sark,"
    assert close_cut_list(phrase, claimed) == "meet with Mayor Ada Vell, Judge Ola Brun, and Chief Timo Sark"
    claimed = "The pact will threaten Western interests in Africa, the Baltic, and around the globe."
    assert close_cut_list("threaten Western interests in Africa, the Baltic", claimed) == (
        "threaten Western interests in Africa and the Baltic"
    )
    # A list the claim itself closes, or an apposition, is left as written; a comma at the end goes.
    assert close_cut_list("visit Lyon, France", "The envoy will visit Lyon, France.") == "visit Lyon, France"
    assert close_cut_list("visit the port,", "The envoy will visit the port, then fly home.") == "visit the port"


def test_a_second_clause_whose_verb_was_cut_is_dropped_and_a_list_of_objects_stays() -> None:
    body = (
        "The auditors projected that the Pension Reserve fund will run dry in 2031 and the Health Care (HC) fund "
        "will do so in 2040."
    )
    p = proposition(
        body, "the Pension Reserve fund will run dry in 2031 and the Health Care (HC) fund will do so in 2040"
    )
    assert (p.subject, p.phrase) == ("the Pension Reserve fund", "run dry")
    claimed = "The envoy will meet the mayor and the chief of police on Monday."
    assert (
        cut_second_clause("meet the mayor and the chief of police", claimed) == "meet the mayor and the chief of police"
    )


def test_names_listed_with_a_comma_and_counted_after_are_joined_with_and() -> None:
    body = "Ostland, Vesk, two small coastal states, will not immediately join the union."
    assert proposition(body, body.rstrip(".")).subject == "Ostland and Vesk"
    # A place and its country are one place: no count follows them.
    assert join_listed_names("Lyon, France", "Lyon, France will host the games.") == "Lyon, France"


def test_a_participle_keeps_the_date_of_the_past_act_it_describes() -> None:
    body = "The Vessa Dam will be built on the river under a bilateral treaty signed in May 2012."
    assert (
        proposition(body, body.rstrip(".")).phrase
        == "be built on the river under a bilateral treaty signed in May 2012"
    )
    # The participle that is the event's own verb loses its time to the window.
    body = "The treaty will be signed in May 2032."
    assert proposition(body, body.rstrip(".")).phrase == "be signed"


def test_a_final_count_takes_the_unit_of_the_figure_before_it() -> None:
    body = "Governor Vell will extend her already 12 year tenure by another four, officials said."
    p = proposition(body, "Governor Vell will extend her already 12 year tenure by another four")
    assert p.phrase == "extend her already 12 year tenure by another four years"
    # With no unit named before, the count is left as the claim says it.
    body = "The league will add another four, officials said."
    assert proposition(body, "The league will add another four").phrase == "add another four"


def test_since_before_a_noun_is_what_is_counted_and_before_a_clause_ends_the_phrase() -> None:
    body = "Ruritania will celebrate 100 years since the proclamation of the republic in November."
    assert proposition(body, body.rstrip(".")).phrase == "celebrate 100 years since the proclamation of the republic"
    body = "Ruritania will close the border since it fears an influx of refugees."
    assert proposition(body, body.rstrip(".")).phrase == "close the border"


def test_a_range_of_spans_to_come_is_time_not_part_of_the_event() -> None:
    body = "Wages in Vietnam will rise to $600 a month in the next 10 or 20 years."
    assert proposition(body, body.rstrip(".")).phrase == "rise to $600 a month"


def test_the_one_addressed_before_the_subject_is_no_part_of_it() -> None:
    body = "Mr President, service will start on July 1. Madam Speaker, this month, the committee will report the bill."
    assert proposition(body, "Mr President, service will start on July 1").subject == "service"
    assert proposition(body, "Madam Speaker, this month, the committee will report the bill").subject == "the committee"
    # A name in apposition, closed by its comma, is the subject itself.
    named = "Mr Miller, the chief executive, will visit the plant."
    assert proposition(named, "Mr Miller, the chief executive, will visit the plant").subject.startswith("Mr Miller")


def test_posts_named_by_their_country_alone_take_an_article() -> None:
    body = "Russian President and Japanese Prime Minister will visit an engine plant in Vladivostok."
    p = proposition(body, body.rstrip("."))
    assert p.subject == "the Russian President and the Japanese Prime Minister"
    assert question_text(p, P, date(2021, 8, 3)).startswith(
        "Will the Russian President and the Japanese Prime Minister visit"
    )


def test_a_purpose_cut_before_its_object_is_left_out_of_a_long_phrase() -> None:
    body = (
        "The council will convene an emergency session of the assembly and also the regional foreign ministers "
        "of the union to focus on the steps that they can take together."
    )
    phrase = proposition(body, body.rstrip(".")).phrase
    assert phrase.endswith("foreign ministers of the union") or phrase.endswith("foreign ministers"), phrase
    assert not phrase.endswith("to focus")


def test_a_stand_in_subject_is_not_resolved_as_a_pronoun_the_quote_never_wrote() -> None:
    body = "NATO met in Berlin. Finally, from here we'll be traveling to Paris to attend the OECD meeting."
    quote = "Finally, from here we'll be traveling to Paris to attend the OECD meeting"
    assert proposition(body, quote, "Kim Lee", "Secretary").subject != "NATO"


def test_a_range_of_years_is_no_break_in_the_clause_or_the_subject() -> None:
    body = "Second, the drafting of the national defence plan for 2021\u20132025 will be completed next year."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    candidates = [c for c in analyse_article(article, None, 0.0).candidates if "completed" in c.quote]
    assert len(candidates) == 1 and "the drafting of the national defence plan for 2021" in candidates[0].quote
    p = propose(candidates[0], article)
    assert p.subject == "the drafting of the national defence plan for 2021\u20132025"


def test_the_last_name_of_a_list_the_cut_dropped_is_taken_back_from_the_claim() -> None:
    body = "Ivo Marek, Lena Varga, Tomas Halvorsen, and Anna Berg will take part in the plenary session of the forum."
    assert proposition(body, body.rstrip(".")).subject == "Ivo Marek, Lena Varga, Tomas Halvorsen, and Anna Berg"


def test_what_a_forecast_assumes_stays_as_it_is_is_no_part_of_the_event() -> None:
    body = "My baseline outlook is that inflation will decline further with the current stance of monetary policy."
    p = proposition(body, "inflation will decline further with the current stance of monetary policy")
    assert p.phrase == "decline further"
    held = "The bank will keep rates at the current level."
    assert "at the current level" in proposition(held, held.rstrip(".")).phrase


def test_a_span_of_months_and_as_soon_as_a_date_leave_the_question_whole() -> None:
    body = "The Federal Reserve will deliver the FedNow Service by May to July of 2023."
    assert proposition(body, body.rstrip(".")).phrase == "deliver the FedNow Service"
    body = "The drug will be sent to clinics as soon as June 11."
    assert proposition(body, body.rstrip(".")).phrase == "be sent to clinics"
