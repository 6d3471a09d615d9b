"""A title the patterns would cut inside a phrase, or before what its verb acts on, is cut where the
parse says a phrase ends, running a little past the aim where no such place is within it
(``forecasts.extract.title_cuts``). Sentences are made up."""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import MAX_TITLE_CHARS, Proposition, is_plural, propose, title_text
from forecasts.extract.title_cuts import TITLE_STRETCH_CHARS, cut_at_whole_phrase, cut_breaks_phrase

P = date(2031, 1, 1)


def _proposition(body: str) -> Proposition:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return propose(claim(body, body.rstrip("."), "Jane Roe", "an official"), article)


def test_a_cut_inside_a_phrase_or_before_the_verbs_object_breaks_it() -> None:
    full = "Ivo Marek and Lena Varga attend the Forum's traditional exhibition Harbour Street"
    subject = "Ivo Marek and Lena Varga"
    assert cut_breaks_phrase("Ivo Marek and Lena Varga attend the Forum's traditional", full, subject, "attend")
    assert cut_breaks_phrase("Ivo Marek and Lena Varga attend", full, subject, "attend")
    full = "Secretary Varga meets with the President of the Republic of Ostland"
    assert cut_breaks_phrase("Secretary Varga meets", full, "Secretary Varga", "meet")
    assert cut_breaks_phrase("Secretary Varga meets with the President", full, "Secretary Varga", "meet")
    # Before a place or a purpose the event is whole.
    full = "Ostland signs the trade agreement in Ruse to open its market"
    assert not cut_breaks_phrase("Ostland signs the trade agreement", full, "Ostland", "sign")
    # A passive needs no phrase after it ("to the extent ..." is an adjunct).
    full = "Principal payments are reinvested to the extent they exceed the monthly caps"
    assert not cut_breaks_phrase("Principal payments are reinvested", full, "Principal payments", "be")


def test_the_longest_whole_cut_within_the_aim_is_taken_else_one_a_little_longer() -> None:
    full = "Ostland signs a number of important bilateral and regional documents in Ruse on Monday"
    cut = cut_at_whole_phrase(full, "Ostland", "sign", MAX_TITLE_CHARS)
    assert cut == "Ostland signs a number of important bilateral and regional documents"
    full = "Ostland signs a number of important intergovernmental and interagency documents in Ruse"
    cut = cut_at_whole_phrase(full, "Ostland", "sign", MAX_TITLE_CHARS)
    assert cut == full
    assert MAX_TITLE_CHARS < len(cut) <= TITLE_STRETCH_CHARS
    # Nothing whole within the stretch either: no cut is offered.
    long_name = "the " + " ".join(["Grand"] * 20) + " Harbour Exhibition Centre"
    assert cut_at_whole_phrase(f"Ostland visits {long_name}", "Ostland", "visit", MAX_TITLE_CHARS) is None


def test_a_title_keeps_what_its_verb_acts_on() -> None:
    p = _proposition("Ivo Marek and Lena Varga will visit the National Children's Centre Ocean on Monday.")
    assert title_text(p) == "Ivo Marek and Lena Varga visit the National Children's Centre Ocean"
    p = _proposition("Ostland will sign a number of important intergovernmental and interagency documents in Ruse.")
    assert title_text(p) == "Ostland signs a number of important intergovernmental and interagency documents in Ruse"


def test_a_shortened_subject_takes_its_own_verb_form() -> None:
    # The list subject gives way to its first item; the verb agrees with that item.
    p = _proposition(
        "Ostland's Prime Minister and the Varnian Minister of Foreign Affairs will visit a tractor plant "
        "in Ruse to see its new assembly line."
    )
    title = title_text(p)
    assert title.startswith("Ostland's Prime Minister visits a tractor plant"), title


def test_a_name_in_capitals_or_a_mass_noun_in_s_is_singular() -> None:
    assert not is_plural("PETRONAS")
    assert is_plural("NGOs")
    assert not is_plural("natural gas from the northern field")
    assert is_plural("the gas fields")
    p = _proposition("Natural gas will be delivered from the Ostland field next year.")
    assert title_text(p).startswith("Natural gas is delivered")


def test_kinds_joined_before_one_plural_head_are_one_subject() -> None:
    p = _proposition(
        "New trade and investment contracts will be signed at the Ruse International Economic Forum in May next year."
    )
    assert title_text(p).startswith("New trade and investment contracts are signed"), title_text(p)


def test_an_adverb_of_sequence_is_no_part_of_the_event() -> None:
    p = _proposition("Secretary Varga will first travel to Ruse, Ostland, on Monday.")
    assert p.phrase.startswith("travel to Ruse")
    assert title_text(p) == "Secretary Varga travels to Ruse, Ostland"


def test_a_title_may_stop_before_a_second_person_who_holds_two_offices() -> None:
    p = _proposition(
        "Secretary Varga will meet bilaterally with Ostlandic Prime Minister Ivo Marek and Deputy Prime Minister "
        "and Foreign Minister Lena Roe to discuss trade."
    )
    assert title_text(p) == "Varga meets bilaterally with Ivo Marek"


def test_nations_listed_before_one_head_are_no_list_of_actors() -> None:
    p = Proposition(
        "the Ostlandic, Varnian and Tarvian leaders",
        "attend",
        "attend the judo tournament in Ruse on the last day of the forum",
        False,
        "scheduled",
        None,
    )
    assert title_text(p) == "The Ostlandic, Varnian and Tarvian leaders attend the judo tournament"


def test_a_second_verb_after_and_agrees_too() -> None:
    p = _proposition("Secretary Varga will also engage with civil society leaders and participate in a media event.")
    title = title_text(p)
    assert "engages with civil society leaders and participates" in title, title


def test_a_verb_listed_with_a_comma_is_inflected_before_it() -> None:
    p = Proposition("Ostland", "develop", "develop, produce, or acquire landmines", True, "other", None)
    assert title_text(p).startswith("Ostland develops, produce")
