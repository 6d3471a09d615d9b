"""Bare surnames in a drafted question are completed from the fullest earlier mention of the name.

Texts are made up, of the shape the hand-scored sample found ("Alexander will remain as
director ..." where the article had named "Lt. Gen. Keith Alexander" before).
"""

from __future__ import annotations

from datetime import date

import pytest
from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.full_names import (
    complete_name,
    fuller_institution_name,
    name_for_title,
    publisher_in_full,
    spell_out_acronyms,
)
from forecasts.extract.propositions import propose, question_text

BODY = (
    "Yesterday the Senate confirmed Vice Adm. Maria Lopez Ortega to lead the new fleet command. "
    "Ortega said the command would be ready within a year. "
    "Ortega will remain commander of the naval academy as she takes on the new post."
)


def test_a_bare_surname_becomes_the_fullest_earlier_mention_of_the_name() -> None:
    article = Article(body=BODY, source="navy.txt", outlet="Navy News", published=date(2020, 5, 1))
    quote = "Ortega will remain commander of the naval academy"
    p = propose(claim(BODY, quote, "Navy News", "author (no byline)", "author"), article)
    assert p.subject == "Vice Adm. Maria Lopez Ortega"
    assert question_text(p, date(2020, 5, 1), date(2020, 10, 28)) == (
        "Will Vice Adm. Maria Lopez Ortega remain commander of the naval academy between 2020-05-01 and 2020-10-28?"
    )


def test_only_names_and_titles_are_taken_from_the_earlier_mention() -> None:
    before = len(BODY)
    # "Yesterday", "the Senate confirmed" are not part of the name; a title with "of" is.
    assert complete_name("Ortega", BODY, before) == "Vice Adm. Maria Lopez Ortega"
    text = "Secretary of State Antony Blinken met them. Today Blinken flies to Kyiv."
    assert complete_name("Blinken", text, len(text)) == "Secretary of State Antony Blinken"
    # Nothing before it, a name mentioned only after, or what is no person's name: left as it is.
    assert complete_name("Ortega", BODY, BODY.index("Maria")) == "Ortega"
    assert complete_name("Iran", "The President of Iran spoke. Iran will respond.", 40) == "Iran"
    assert complete_name("the Senate", BODY, before) == "the Senate"


def test_a_name_is_not_completed_across_a_line_break_or_with_initials_of_a_thing() -> None:
    text = "Missiles and WMD\nKim will test a missile. The NSA Kim runs will grow."
    assert complete_name("Kim", text, text.index("grow")) == "Kim"


TITLED = (
    "Acting Assistant Secretary for Pacific Affairs Dana Reyes briefed reporters on Monday. "
    "Secretary of State Marcus Ellery will travel to Ostland and Varnia from March 2 to March 6. "
    "Thank you, Assistant Secretary Reyes. In Ostland, Secretary Ellery will meet President Ivo Marek. "
    "The Secretary's trip will end in Varnia, where he will meet Foreign Minister Lena Vos."
)


def test_a_bare_title_becomes_the_one_person_the_article_gives_that_title() -> None:
    article = Article(body=TITLED, source="state.txt", outlet="State Desk", published=date(2022, 2, 28))
    quote = "The Secretary's trip will end in Varnia"
    p = propose(claim(TITLED, quote, "State Desk", "author (no byline)", "author"), article)
    assert p.subject == "Secretary of State Marcus Ellery's trip"
    # As the whole subject, in the claim's own case, and a possessor inside the phrase.
    assert name_for_title("The Secretary", TITLED) == "Secretary of State Marcus Ellery"
    assert name_for_title("the president", TITLED) == "President Ivo Marek"
    assert name_for_title("meet the President's envoy", TITLED) == "meet President Ivo Marek's envoy"


def test_a_title_two_people_hold_or_another_office_is_left_as_written() -> None:
    # "Assistant Secretary Reyes" holds another office; two presidents are a person's call.
    two = TITLED + " President Anna Brandt of Varnia will host him."
    assert name_for_title("the President", two) == "the President"
    assert name_for_title("the Assistant Secretary", TITLED) == "the Assistant Secretary"
    # "Foreign Minister Lena Vos" is no bare "Minister"; no one is "the Governor" here.
    assert name_for_title("the Minister", TITLED) == "the Minister"
    assert name_for_title("the Governor", TITLED) == "the Governor"
    assert name_for_title("the Foreign Minister", TITLED) == "Foreign Minister Lena Vos"


def test_a_holder_named_as_an_owner_is_the_same_holder() -> None:
    # "Secretary Ellery's plane" and "Secretary Ellery" are one person, whichever apostrophe.
    text = "Secretary Ellery\u2019s plane landed at noon, and Secretary Ellery met reporters."
    assert name_for_title("the Secretary", text) == "Secretary Ellery"


# An acronym the article spelled out gets its long form in the question, read without the article.
BODY_WITH_ACRONYMS = (
    "Officials say some rural militia networks (RMNs) recruit online. The Varnian Harbour Authority (VHA) "
    "runs the port. Ships carry fixed-rate grain bonds (FGB) to the Court of Appeal for Shipping (CAS)."
)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("Will some RMNs attack polling stations?", "Will some rural militia networks (RMNs) attack polling stations?"),
        ("Will the VHA close the port?", "Will the Varnian Harbour Authority (VHA) close the port?"),
        ("Will the Desk buy FGB?", "Will the Desk buy fixed-rate grain bonds (FGB)?"),
        ("Will Ostland appeal to the CAS?", "Will Ostland appeal to the Court of Appeal for Shipping (CAS)?"),
        # Never spelled out in the article, already spelled out, or a name the gazetteer knows: as written.
        ("Will the KDP win?", "Will the KDP win?"),
        (
            "Will the Varnian Harbour Authority (VHA) close the port?",
            "Will the Varnian Harbour Authority (VHA) close the port?",
        ),
        ("Will NATO meet?", "Will NATO meet?"),
    ],
)
def test_an_acronym_the_article_spelled_out_is_spelled_out(text: str, spelled: str) -> None:
    assert spell_out_acronyms(text, BODY_WITH_ACRONYMS) == spelled


def test_an_acronym_spelled_out_two_ways_is_left_as_written() -> None:
    body = "The Port Safety Board (PSB) met. Later the Public Service Bureau (PSB) met."
    assert spell_out_acronyms("Will the PSB meet?", body) == "Will the PSB meet?"


def test_a_bare_site_name_is_the_site_the_article_named_in_full() -> None:
    body = (
        "The President visited the Varno Space Launch Centre on Friday. Bringing the Varno space launch centre "
        "into operation is the task. Varno should be fully operational by 2020."
    )
    assert complete_name("Varno", body, body.index("Varno should")) == "the Varno Space Launch Centre"
    # Two sites of that name: a person picks.
    two = "The Varno cosmodrome and the Varno port were visited. Varno will grow."
    assert complete_name("Varno", two, two.index("Varno will")) == "Varno"
    # A name the article never wrote in a longer form stays as it is.
    assert complete_name("Varno", "Varno will grow.", 0) == "Varno"


def test_an_institution_named_in_short_takes_the_one_fuller_form_the_article_writes() -> None:
    body = (
        "The Supreme Eurasian Economic Council met in Sochi. We agreed that the next meeting of the Supreme "
        "Economic Council would be held next spring."
    )
    assert fuller_institution_name("the next meeting of the Supreme Economic Council", body) == (
        "the next meeting of the Supreme Eurasian Economic Council"
    )
    # Two fuller forms, or none that keeps the first and last word: left as written.
    two = "the Supreme Eurasian Economic Council and the Supreme State Economic Council"
    assert fuller_institution_name("the Supreme Economic Council", two) == "the Supreme Economic Council"
    assert fuller_institution_name("the Security Council", "the UN Security Council") == "the Security Council"


def test_a_name_after_an_owners_possessive_is_no_surname() -> None:
    body = (
        "said Ana Varga, an assistant director of the Ostland Institute's Africa Growth Initiative. "
        "Embassies in South Africa remain without ambassadors. Later the minister said Africa will grow."
    )
    # Nor is a place whose name ends with it a fuller name of it.
    assert complete_name("Africa", body, len(body)) == "Africa"


def test_the_publisher_named_by_its_leading_words_is_put_in_full() -> None:
    assert publisher_in_full("the Reserve Bank", "Reserve Bank of Ostland") == "the Reserve Bank of Ostland"
    # Run on into another name, or already whole, it is left as written; so is a publisher of one word.
    assert publisher_in_full("the Reserve Bank Board", "Reserve Bank of Ostland") == "the Reserve Bank Board"
    assert publisher_in_full("the Reserve Bank of Ostland", "Reserve Bank of Ostland") == "the Reserve Bank of Ostland"
    assert publisher_in_full("the Treasury", "Treasury") == "the Treasury"
    claim = Article(
        body="The Reserve Bank will provide a three-year funding facility to banks at a fixed rate of 0.25 per cent.",
        source="<text>",
        published=date(2020, 3, 19),
        outlet="Reserve Bank of Ostland",
    )
    (found,) = extract_forecasts(claim, min_confidence=0.0)
    assert propose(found, claim).subject == "the Reserve Bank of Ostland"


def test_an_agencys_government_shorthand_is_the_government_of_the_country_named() -> None:
    body = "Nigeria's sugar industry is growing. The GON will ban all imports of sugar by January 2015."
    assert spell_out_acronyms("Will the GON ban all imports of sugar?", body) == (
        "Will the Government of Nigeria (GON) ban all imports of sugar?"
    )
    # Two countries with the initial, or none, and it stays as written.
    two = "Nigeria and Niger trade sugar. The GON will ban all imports of sugar."
    assert spell_out_acronyms("Will the GON ban imports?", two) == "Will the GON ban imports?"
    assert spell_out_acronyms("Will the GOP win?", "Republicans met in Ohio.") == "Will the GOP win?"


def test_a_release_calls_its_publisher_by_its_head_noun_alone() -> None:
    publisher = "Ostland Department of Trade"
    assert publisher_in_full("The Department's first export plan", publisher) == (
        "The Ostland Department of Trade's first export plan"
    )
    assert publisher_in_full("the Department will publish", publisher) == (
        "the Ostland Department of Trade will publish"
    )
    # Another department, named in full, is not the publisher.
    assert publisher_in_full("the Department of Energy", publisher) == "the Department of Energy"
    # Not inside words run on from an opening phrase: the garbled-subject check reads them as written.
    assert publisher_in_full("concurrent with the plan, the Department", publisher) == (
        "concurrent with the plan, the Department"
    )
