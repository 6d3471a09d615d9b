"""Who may write: the editors' allow-list in the scenarios folder's settings, and the decision.

The dashboard shows everything to everyone; only a signed-in editor on this list may record
forecasts, evidence and resolutions or save drafts. The list lives with the scenarios it guards,
in ``<scenarios>/_settings.yaml`` (the leading underscore keeps the scenario loader off it)::

    editors:
      emails: [ana.torres@example.org]   # may write in every case
      groups: [forecasters]              # or anyone whose identity provider puts them in a group
      group_claim: groups                # the ID-token claim that lists the groups (the default)
      cases:
        practice:                        # may also write in this case only
          emails: [guest@example.org]

An e-mail counts only when the provider has not said it is unverified (``email_verified``).
Without the file, or with an empty list, nobody may write through a shared dashboard. The
decision is made here, from claims the caller passes in, so the library never needs Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from forecasts.document import DocumentError, read_document
from forecasts.problems import Problem, ScenarioError, display_path, problems_from_validation
from forecasts.scenario import Slug, Text

SETTINGS_FILE = "_settings.yaml"
DEFAULT_GROUP_CLAIM = "groups"
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _email(value: Any) -> str:
    if not isinstance(value, str) or not _EMAIL.match(value.strip()):
        raise PydanticCustomError(
            "forecasts",
            "{value} is not an e-mail address; write it whole, e.g. ana.torres@example.org",
            {"value": repr(value)},
        )
    # Providers differ in the case they send; the address is the same.
    return value.strip().lower()


Email = Annotated[str, BeforeValidator(_email)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EditorList(_Strict):
    """Who may write: e-mail addresses, and groups the identity provider names."""

    emails: list[Email] = Field(default_factory=list)
    groups: list[Text] = Field(default_factory=list)


class EditorSettings(EditorList):
    """The editors of every case, the claim that carries groups, and extra editors per case."""

    group_claim: Text = DEFAULT_GROUP_CLAIM
    cases: dict[Slug, EditorList] = Field(default_factory=dict)


class FolderSettings(_Strict):
    """``<scenarios>/_settings.yaml``: settings of a scenarios folder (today, its editors)."""

    editors: EditorSettings = Field(default_factory=EditorSettings)


@dataclass(frozen=True)
class EditorPolicy:
    """The editors' list of one scenarios folder, and the file it came from (for messages)."""

    settings: EditorSettings
    path: Path


def settings_path(root: Path) -> Path:
    """Where a scenarios folder keeps its settings."""
    return root / SETTINGS_FILE


def load_editor_policy(root: Path) -> EditorPolicy:
    """The editors' list of the scenarios folder ``root`` (empty when it has no settings file).

    Raises ``ScenarioError`` naming the file, line and field when the file is there but wrong:
    a list that cannot be read must never be taken for an empty one without saying so.
    """
    path = settings_path(root)
    if not path.exists():
        return EditorPolicy(EditorSettings(), path)
    try:
        _, document = read_document(path)
    except DocumentError as exc:
        raise ScenarioError([Problem(path, exc.line, None, exc.message)]) from None
    data = document.data if document.data is not None else {}
    if not isinstance(data, dict):
        raise ScenarioError(
            [Problem(path, 1, None, f"expected a mapping with the key 'editors', got {type(data).__name__}")]
        )
    try:
        settings = FolderSettings.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(problems_from_validation(path, document, exc, FolderSettings)) from None
    return EditorPolicy(settings.editors, path)


@dataclass(frozen=True)
class Identity:
    """A person their identity provider signed in: what the allow-list is checked against.

    ``key`` is what is recorded as who wrote: the verified e-mail, else the provider's subject.
    """

    key: str
    email: str | None
    name: str | None
    groups: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The name to record as ``by`` and to show: the provider's name for them, else the key."""
        return self.name or self.key


def identity_from_claims(claims: Mapping[str, Any], group_claim: str = DEFAULT_GROUP_CLAIM) -> Identity | None:
    """The signed-in person the ID-token claims describe, or None for a visitor who is not signed in.

    ``claims`` are what Streamlit exposes as ``st.user`` (``is_logged_in`` plus the token's claims).
    An e-mail the provider marks unverified is not taken.
    """
    if claims.get("is_logged_in") is not True:
        return None
    email = claims.get("email")
    verified = claims.get("email_verified")
    email = email.strip().lower() if isinstance(email, str) and email.strip() and verified is not False else None
    subject = claims.get("sub")
    key = email or (str(subject).strip() if subject else None)
    if not key:
        return None
    raw_groups = claims.get(group_claim)
    if isinstance(raw_groups, str):
        groups: tuple[str, ...] = (raw_groups,)
    elif isinstance(raw_groups, (list, tuple)):
        groups = tuple(str(g) for g in raw_groups)
    else:
        groups = ()
    name = claims.get("name")
    return Identity(
        key=key,
        email=email,
        name=" ".join(name.split()) if isinstance(name, str) and name.strip() else None,
        groups=groups,
    )


@dataclass(frozen=True)
class Decision:
    """Whether a write may go ahead, and the sentence that says why (or why not)."""

    allowed: bool
    reason: str


def _listed(editors: EditorList, identity: Identity) -> bool:
    return (identity.email is not None and identity.email in editors.emails) or bool(
        set(identity.groups) & set(editors.groups)
    )


def authorise_write(policy: EditorPolicy, identity: Identity | None, case: str | None = None) -> Decision:
    """May ``identity`` write in ``case`` (None: in some case at all)?

    An editor of every case may write anywhere; an editor listed under ``cases`` only in that case.
    """
    where = display_path(policy.path)
    if identity is None:
        return Decision(False, "Sign in to record forecasts, evidence and resolutions; viewers need no account.")
    settings = policy.settings
    if _listed(settings, identity):
        return Decision(True, f"{identity.key} is an editor of every case ({where}).")
    if case is None:
        cases = [name for name, editors in settings.cases.items() if _listed(editors, identity)]
        if cases:
            return Decision(True, f"{identity.key} is an editor of {', '.join(cases)} ({where}).")
    elif case in settings.cases and _listed(settings.cases[case], identity):
        return Decision(True, f"{identity.key} is an editor of {case} ({where}).")
    scope = "any case" if case is None else f"the case {case!r}"
    unverified = "" if identity.email is not None else " (the provider gave no verified e-mail)"
    return Decision(
        False,
        f"{identity.key}{unverified} is not an editor of {scope}: ask whoever keeps {where} to add "
        "the address under 'editors: emails:'"
        + (f" (or under 'cases: {case}: emails:')" if case is not None else "")
        + ".",
    )
