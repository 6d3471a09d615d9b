"""Speakers: names and roles from attributions, groups, pronouns and surnames."""

import pytest

from forecasts.extract.speakers import QUOTED, REPORTED, Speaker, SpeakerMemory, describe_speaker


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
    ],
)
def test_describe_speaker(np, expected):
    assert describe_speaker(np) == expected


@pytest.mark.parametrize("np", ["one", "it will rain", "analysis", ""])
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
