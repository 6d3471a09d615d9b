"""Speakers: names and roles from attributions, groups, pronouns and surnames."""

from datetime import date

import pytest

from forecasts.extract import extract_from_text as _extract_from_text
from forecasts.extract.scorer import RULES_ONLY
from forecasts.extract.speakers import QUOTED, REPORTED, Speaker, SpeakerMemory, describe_speaker


def extract_from_text(text, **kwargs):
    return _extract_from_text(text, scorer=RULES_ONLY, **kwargs)


@pytest.mark.parametrize(
    ("np", "expected"),
    [
        (
            "Maike Currie, an investment director at Fidelity International",
            Speaker("Maike Currie", QUOTED, "investment director at Fidelity International"),
        ),
        ("US President Joe Biden", Speaker("Joe Biden", QUOTED, "US President")),
        (
            "Iranian Supreme Leader Ayatollah Ali Khamenei",
            Speaker("Ali Khamenei", QUOTED, "Iranian Supreme Leader Ayatollah"),
        ),
        ("RAC fuel spokesman Simon Williams", Speaker("Simon Williams", QUOTED, "RAC fuel spokesman")),
        ("Sue Trinh of Manulife Investment Management", Speaker("Sue Trinh", QUOTED, "Manulife Investment Management")),
        ("The RAC", Speaker("RAC", QUOTED)),
        ("The Iranian industry minister", Speaker("Iranian industry minister", QUOTED)),
        ("Western media", Speaker("Western media", REPORTED)),
        ("Analysts at Meridian Capital", Speaker("Analysts at Meridian Capital", REPORTED)),
        ("three diplomats", Speaker("three diplomats", REPORTED)),
        # What opens the sentence before its subject, and an adverb after it, are not the speaker.
        (
            "Reportedly, in September 2025, the Chief of Staff of the Army",
            Speaker("Chief of Staff of the Army", QUOTED),
        ),
        ("Against this backdrop, participants generally", Speaker("participants", REPORTED)),
        ("officials privately", Speaker("officials", REPORTED)),
        ("Mr Kelly", Speaker("Mr Kelly", QUOTED)),
        # A post, then its holder in apposition: the holder speaks. An owner's name in the post
        # ("the Labour Party's", "Ana Varga's") is no speaker's name.
        ("The Ostland Party's leader, Tomas Berg", Speaker("Tomas Berg", QUOTED, "Ostland Party's leader")),
        ("the ministry spokesman, Ivan Petrov", Speaker("Ivan Petrov", QUOTED, "ministry spokesman")),
        ("Ana Varga's lawyer Tomas Berg", Speaker("Tomas Berg", QUOTED, "Ana Varga's lawyer")),
        # A body's name with words no person's name has ("Conference", "Bureau") is the body's.
        (
            "the National Conference of State Legislatures",
            Speaker("National Conference of State Legislatures", QUOTED),
        ),
    ],
)
def test_describe_speaker(np, expected):
    assert describe_speaker(np) == expected


@pytest.mark.parametrize(
    "np",
    [
        "one",
        "it will rain",
        "analysis",
        "",
        "President Marek and I",
        "my colleague and I",
        "I and the minister",
        "Reportedly",
        "Separately",
    ],
)
def test_not_a_speaker(np):
    assert describe_speaker(np) is None


def test_pronouns_and_surnames_resolve_to_earlier_names():
    memory = SpeakerMemory()
    memory.remember(Speaker("Mohammad Manzarpour", QUOTED))
    memory.remember(Speaker("Ukraine's agriculture ministry", QUOTED))
    assert describe_speaker("she", memory).name == "Mohammad Manzarpour"
    assert describe_speaker("it", memory).name == "Ukraine's agriculture ministry"
    assert describe_speaker("Manzarpour", memory).name == "Mohammad Manzarpour"
    assert describe_speaker("he", SpeakerMemory()) is None


def test_an_acronym_spelled_out_earlier_names_its_full_source():
    text = (
        "The Office for Budget Responsibility (OBR) published its outlook on Wednesday.\n\n"
        "The OBR now forecasts that growth will slow to 1.6% in 2018, the report said."
    )
    (found,) = [
        c for c in extract_from_text(text, published=date(2017, 3, 8), outlet="HM Treasury") if "1.6%" in c.quote
    ]
    assert (found.speaker, found.speaker_type) == ("Office for Budget Responsibility", "quoted_source")


def test_a_publisher_named_in_its_own_text_is_the_author():
    text = "EIA forecasts that Brent crude oil prices will average $54/b in 2015, EIA said."
    (found,) = extract_from_text(text, published=date(2015, 9, 9), outlet="U.S. Energy Information Administration")
    assert (found.speaker, found.speaker_type) == ("U.S. Energy Information Administration", "author")


def test_what_the_speaker_agreed_with_another_is_still_the_speakers_claim():
    text = (
        "Ivo Marek: Thank you. President Varga and I agreed that we will open the new border crossing at "
        "Tarvia on 1 March.\n\nLena Varga: We discussed energy."
    )
    found = [c for c in extract_from_text(text) if "border crossing" in c.quote]
    assert found and found[0].speaker == "Ivo Marek", found


def test_a_section_heading_naming_a_place_is_no_speakers_turn():
    text = (
        "Bicester Garden Town: Over the next 15 years, Bicester will be transformed, with more than 13,000 new "
        "homes.\n\nVladimir Putin: We will open the new bridge in May."
    )
    speakers = {f.quote.split(",")[0]: f.speaker for f in extract_from_text(text, published=date(2017, 11, 29))}
    assert "Bicester Garden Town" not in speakers.values()
    assert speakers.get("We will open the new bridge in May.") == "Vladimir Putin"


def test_a_turn_label_with_a_joined_particle_and_a_translators_note_names_the_speaker():
    text = (
        "President of Russia Vladimir Putin: We will open the new bridge in May.\n\n"
        "President of Syria Bashar al-Assad (retranslated): I rate the talks very highly.\n\n"
        "We expect to start the corresponding work with the UN in June."
    )
    speakers = {f.quote: f.speaker for f in extract_from_text(text, published=date(2018, 5, 17))}
    found = [s for q, s in speakers.items() if "corresponding work" in q]
    assert found == ["Bashar al-Assad"], speakers


def test_a_nouns_prices_in_a_place_is_no_market_pricing_in_a_move():
    (food,) = extract_from_text("Food prices in Ostland will rise sharply next year.", outlet="Test Wire")
    assert (food.speaker, food.event) == ("Test Wire", "Food prices in Ostland will rise sharply next year.")
    assert describe_speaker("Food", verb="prices in") is None
    markets = describe_speaker("Markets", verb="are pricing in")
    assert markets is not None and markets.name == "Markets"
