"""forecasts.problems: pydantic's errors worded for a person, for any model validated.

An unknown key is quoted with the keys allowed where it stands, looked up in the model that was
validated (its annotations: nested models, lists, mappings, tagged unions, aliases), so a new
model or file kind needs no table and no rewording of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError

from forecasts.document import parse_document
from forecasts.editors import EditorList, EditorSettings, FolderSettings
from forecasts.problems import model_at, problems_from_validation
from forecasts.scenario import GdeltRule, Ladder, Option, Recorded, Scenario, SourceEntry, Window


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Leaf(_Strict):
    colour: str
    size: int = 0


class Other(_Strict):
    kind: str
    weight: int = 0


def _kind(value: Any) -> str | None:
    return value.get("kind") if isinstance(value, dict) else None


class Root(_Strict):
    name: str
    from_: Leaf | None = Field(default=None, alias="from")
    leaves: list[Leaf] = Field(default_factory=list)
    by_name: dict[str, Leaf] = Field(default_factory=dict)
    either: Annotated[Annotated[Leaf, Tag("leaf")] | Annotated[Other, Tag("other")], Discriminator(_kind)] | None = None


@pytest.mark.parametrize(
    ("root", "loc", "model"),
    [
        (Root, (), Root),
        (Root, ("from",), Leaf),
        (Root, ("leaves", 2), Leaf),
        (Root, ("by_name", "anything"), Leaf),
        (Root, ("either", "other"), Other),
        (Root, ("name",), None),
        (Root, ("nowhere",), None),
        (Scenario, ("ladder",), Ladder),
        (Scenario, ("options", 0), Option),
        (Scenario, ("resolution", "rule", "gdelt"), GdeltRule),
        (Scenario, ("resolution", "rule", "gdelt", "window"), Window),
        (Scenario, ("history", 3, "source"), SourceEntry),
        (Scenario, ("history", 0, "forecast", "recorded"), Recorded),
        (FolderSettings, ("editors",), EditorSettings),
        (FolderSettings, ("editors", "cases", "practice"), EditorList),
    ],
)
def test_the_model_at_a_location(root: type[BaseModel], loc: tuple[str | int, ...], model: type | None) -> None:
    assert model_at(root, loc) is model


def problems(model: type[BaseModel], text: str) -> list[str]:
    document = parse_document(text)
    with pytest.raises(ValidationError) as caught:
        model.model_validate(document.data)
    return [str(p) for p in problems_from_validation(Path("x.yaml"), document, caught.value, model)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: n\nnmae: m\n", "x.yaml:2: unknown key 'nmae' (did you mean 'name'?)"),
        (
            "name: n\nfrom: {colour: red, shape: round}\n",
            "x.yaml:2: from: unknown key 'shape'; allowed keys: colour, size",
        ),
        (
            "name: n\nleaves:\n- {colour: red}\n- {colour: red, sise: 3}\n",
            "x.yaml:4: leaves[1]: unknown key 'sise' (did you mean 'size'?)",
        ),
        (
            "name: n\nby_name:\n  a: {colour: red, shade: dark}\n",
            "x.yaml:3: by_name.a: unknown key 'shade'; allowed keys: colour, size",
        ),
        (
            "name: n\neither: {kind: other, wieght: 3}\n",
            "x.yaml:2: either: unknown key 'wieght' (did you mean 'weight'?)",
        ),
    ],
)
def test_an_unknown_key_in_any_model_is_quoted_with_the_keys_allowed_there(text: str, expected: str) -> None:
    assert problems(Root, text) == [expected]


def test_an_unknown_key_in_an_attached_claim_lists_the_claims_keys() -> None:
    # history entries of type 'source' had no entry in the hand-kept table: the key was named alone.
    text = (
        "id: x\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\n"
        "history:\n- {type: source, quote: q, speaker: s, stance: up}\n"
    )
    assert problems(Scenario, text) == [
        "x.yaml:8: history[0]: unknown key 'stance'; allowed keys: quote, speaker, role, outlet, url, published, "
        "hedge, prior, polarity, option, note, type, recorded"
    ]
