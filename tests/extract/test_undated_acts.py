"""An act of no known kind that the article gives no time is listed, not drafted; taking part in a
gathering, or entering into force, is a scheduled step."""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_verdicts import drafted_and_held

from forecasts.extract.propositions import Proposition, event_kind_of
from forecasts.extract.undated_acts import find_undated_act


def test_an_undated_act_of_no_known_kind_is_listed_and_a_dated_one_drafted(tmp_path: Path) -> None:
    body = (
        "The energy minister spoke to reporters on Monday.\n\n"
        "Ostgas will increase gas supplies to Varnia by 3 billion cubic metres, the minister said.\n\n"
        "Ostgas will increase gas supplies to Ruritania by 2 billion cubic metres in 2025, he added."
    )
    written, held = drafted_and_held(body, tmp_path)
    assert written == ["ostgas-increase-gas-supplies.yaml"]
    assert held == {
        "Ostgas will increase gas suppl": "an undated act of no known kind: the article gives no time for "
        "'increase' ('increase gas supplies to Varnia by 3 billion cubic metres'), and it is no visit, meeting, "
        "vote, election, statement, figure or act of force; give it a deadline (--draft-all drafts it with the "
        "default half year)"
    }


def test_undated_acts_of_a_known_kind_are_still_drafted(tmp_path: Path) -> None:
    body = (
        "The foreign minister spoke to reporters on Monday.\n\n"
        "President Ivo Marek will visit Varnia, the minister said.\n\n"
        "Ostland will impose sanctions on Varnia, he added."
    )
    written, held = drafted_and_held(body, tmp_path)
    assert not any(reason.startswith("an undated act") for reason in held.values())
    assert len(written) == 2


def _proposition(kind: str, condition: Proposition | None = None, alternatives: tuple[str, ...] = ()) -> Proposition:
    return Proposition("Ostgas", "build", "build a pipeline", False, kind, None, alternatives, condition)


def test_only_an_undated_unconditional_act_of_no_known_kind_is_found() -> None:
    condition = _proposition("vote")
    assert find_undated_act(_proposition("other"), undated=True) is not None
    assert find_undated_act(_proposition("other"), undated=False) is None
    assert find_undated_act(_proposition("scheduled"), undated=True) is None
    assert find_undated_act(_proposition("other", condition=condition), undated=True) is None
    assert find_undated_act(_proposition("other", alternatives=("a pipeline", "a terminal")), undated=True) is None


@pytest.mark.parametrize(
    ("verb", "phrase", "kind"),
    [
        ("take", "take part in the St Petersburg International Economic Forum", "scheduled"),
        ("participate", "participate in the CICA summit in Dushanbe", "scheduled"),
        ("enter", "enter into force", "scheduled"),
        ("come", "come into force next year", "scheduled"),
        # Taking part in a project or a privatisation goes on for years: no date of its own.
        ("take", "take part in energy projects in Bulgaria", "other"),
        ("participate", "participate in the privatisation of the power plants", "other"),
    ],
)
def test_taking_part_in_a_gathering_and_entering_into_force_are_scheduled_steps(
    verb: str, phrase: str, kind: str
) -> None:
    assert event_kind_of(verb, "Ostland", phrase) == kind


def test_an_undated_act_an_institution_records_itself_is_still_drafted(tmp_path: Path) -> None:
    body = (
        "The Prime Minister set out the government's plans on Monday.\n\n"
        "A bill will be introduced in Parliament to ban single-use plastics, she said."
    )
    written, held = drafted_and_held(body, tmp_path)
    assert written == ["bill-introduced-parliament.yaml"]
    assert not any(quote.startswith("A bill") for quote in held)
