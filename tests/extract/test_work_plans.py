"""A speaker's own "we plan to ..." is listed, not drafted; anyone else's plan, and the speaker's
"we will ...", go on to the other checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_verdicts import drafted_and_held
from hand_made_claims import claim

from forecasts.extract.candidates import Candidate
from forecasts.extract.work_plans import find_work_plan


def test_a_speakers_work_plan_is_listed_with_what_a_person_adds(tmp_path: Path) -> None:
    body = (
        "Igor Petrov, the head of Ostcosmos, reported to President Marek on Monday.\n\n"
        "Igor Petrov: Next year, we plan to launch a second satellite for Varnia."
    )
    written, held = drafted_and_held(body, tmp_path)
    assert written == []
    assert list(held.values()) == [
        "the speaker's work plan: 'we plan to' reads out a plan the article describes around it; say whose "
        "programme it belongs to, where and counted how (--draft-all drafts it as it stands)"
    ]


@pytest.mark.parametrize(
    "claim",
    [
        "Igor Petrov: Next year, we will launch a second satellite for Varnia.",
        "Igor Petrov: Ostcosmos plans to launch a second satellite for Varnia next year.",
    ],
)
def test_the_speakers_will_and_a_named_planner_are_drafted(tmp_path: Path, claim: str) -> None:
    body = f"Igor Petrov, the head of Ostcosmos, reported to President Marek on Monday.\n\n{claim}"
    written, held = drafted_and_held(body, tmp_path)
    assert (written, held) == (["ostcosmos-launch-second-satellite.yaml"], {})


def _claim(quote: str) -> Candidate:
    return claim(quote, quote, "Igor Petrov", "head of Ostcosmos")


@pytest.mark.parametrize(
    ("quote", "before", "words"),
    [
        ("We plan to hold around 150 events at different levels.", "", "We plan to"),
        ("we are also planning to open two offices", "", "we are also planning to"),
        ("I have planned to visit Varnia in May", "", "I have planned to"),
        # The extractor's quote may start after the plan's words.
        ("launch around 1,000 MW of capacity", "Next year, we plan to ", "we plan to"),
        ("open the museum in 2027", "This year, we plan to finally ", "we plan to"),
    ],
)
def test_the_plan_is_found_in_the_quote_or_just_before_it(quote: str, before: str, words: str) -> None:
    reason = find_work_plan(_claim(quote), before)
    assert reason is not None and reason.startswith(f"the speaker's work plan: {words!r}")


@pytest.mark.parametrize(
    ("quote", "before"),
    [
        ("We will launch a second satellite next year.", ""),
        ("Ostcosmos plans to launch a second satellite.", ""),
        ("our plan to build a terminal", ""),
        # A plan earlier in the sentence, another clause's: not the claim's.
        ("the ministry will approve the budget in May", "We plan to build two terminals, and "),
    ],
)
def test_what_is_no_speakers_plan_of_the_claim_is_not_found(quote: str, before: str) -> None:
    assert find_work_plan(_claim(quote), before) is None
