"""The editors' allow-list (``<scenarios>/_settings.yaml``) and who it lets write."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forecasts.editors import (
    EditorList,
    EditorPolicy,
    EditorSettings,
    Identity,
    authorise_write,
    identity_from_claims,
    load_editor_policy,
)
from forecasts.problems import ScenarioError
from forecasts.store import load_catalog

SETTINGS = """\
editors:
  emails: [Ana.Torres@Example.org]
  groups: [forecasters]
  cases:
    practice:
      emails: [guest@example.org]
"""


def write_settings(root: Path, text: str) -> Path:
    path = root / "_settings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def person(email: str | None = "ana.torres@example.org", groups: tuple[str, ...] = ()) -> Identity:
    return Identity(key=email or "sub-123", email=email, name="Ana Torres", groups=groups)


def test_without_a_settings_file_nobody_is_an_editor(tree: Path) -> None:
    policy = load_editor_policy(tree)
    decision = authorise_write(policy, person(), "demo")
    assert not decision.allowed
    assert decision.reason.startswith("ana.torres@example.org is not an editor of the case 'demo': ask whoever keeps ")
    assert decision.reason.endswith(
        "_settings.yaml to add the address under 'editors: emails:' (or under 'cases: demo: emails:')."
    )


def test_the_settings_file_is_not_a_scenario(tree: Path) -> None:
    write_settings(tree, SETTINGS)
    catalog = load_catalog(tree)
    assert not catalog.problems
    assert len(catalog.files) == 4


def test_editors_of_every_case_of_one_case_and_by_group(tree: Path) -> None:
    write_settings(tree, SETTINGS)
    policy = load_editor_policy(tree)
    # Addresses compare without regard to case: providers differ in what they send.
    assert authorise_write(policy, person(), "demo").allowed
    guest = person("guest@example.org")
    assert authorise_write(policy, guest, "practice").allowed
    assert authorise_write(policy, guest, None).allowed  # an editor somewhere: the forms may be offered
    refused = authorise_write(policy, guest, "demo")
    assert not refused.allowed and refused.reason.startswith("guest@example.org is not an editor of the case 'demo'")
    assert authorise_write(policy, person("someone@example.org", groups=("forecasters",)), "demo").allowed
    assert not authorise_write(policy, person("someone@example.org", groups=("viewers",)), None).allowed
    viewer = authorise_write(policy, None, "demo")
    assert (viewer.allowed, viewer.reason) == (
        False,
        "Sign in to record forecasts, evidence and resolutions; viewers need no account.",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "editors:\n  emails: [ana]\n",
            "_settings.yaml:2: editors.emails[0]: 'ana' is not an e-mail address; write it whole, e.g. ana.torres@example.org",
        ),
        (
            "editors:\n  emials: [ana@example.org]\n",
            "_settings.yaml:2: editors: unknown key 'emials' (did you mean 'emails'?)",
        ),
        (
            "editors:\n  cases:\n    practice:\n      owners: [a@example.org]\n",
            "_settings.yaml:4: editors.cases.practice: unknown key 'owners'; allowed keys: emails, groups",
        ),
        ("editor: {}\n", "_settings.yaml:1: unknown key 'editor' (did you mean 'editors'?)"),
        ("- ana@example.org\n", "_settings.yaml:1: expected a mapping with the key 'editors', got list"),
    ],
)
def test_a_wrong_settings_file_is_refused_with_file_line_and_fix(
    tree: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    monkeypatch.chdir(tree)
    write_settings(tree, text)
    with pytest.raises(ScenarioError) as info:
        load_editor_policy(tree)
    assert str(info.value) == message


def test_identity_from_claims() -> None:
    assert identity_from_claims({"email": "ana@example.org"}) is None  # not signed in
    assert identity_from_claims({"is_logged_in": False, "email": "ana@example.org"}) is None
    signed = identity_from_claims(
        {"is_logged_in": True, "email": " Ana@Example.org ", "name": "Ana  Torres", "groups": ["forecasters"]}
    )
    assert signed == Identity("ana@example.org", "ana@example.org", "Ana Torres", ("forecasters",))
    assert signed.label == "Ana Torres"
    # An address the provider marks unverified is not taken: the subject stands in, on no list.
    unverified = identity_from_claims(
        {"is_logged_in": True, "email": "ana@example.org", "email_verified": False, "sub": "u-42"}
    )
    assert unverified == Identity("u-42", None, None, ())
    assert identity_from_claims({"is_logged_in": True, "roles": "editors", "sub": "u-1"}, "roles") == Identity(
        "u-1", None, None, ("editors",)
    )


emails = st.emails().map(str.lower)


@given(listed=st.lists(emails, max_size=4), other=emails, case=st.sampled_from([None, "demo", "practice"]))
def test_nobody_off_the_lists_may_write(listed: list[str], other: str, case: str | None) -> None:
    policy = EditorPolicy(
        EditorSettings(emails=listed, cases={"practice": EditorList(emails=listed[:1])}), Path("_settings.yaml")
    )
    allowed = authorise_write(policy, person(other), case).allowed
    assert allowed == (other in listed)
