"""Who may write on the dashboard, and who is writing.

The dashboard runs one of three ways:

- **Shared, with sign-in** (an ``[auth]`` section in ``.streamlit/secrets.toml``: Streamlit's
  OpenID Connect sign-in, ``st.login``). Everyone reads without an account; an editor signs in
  and may record where the scenarios folder's allow-list names them (``forecasts.editors``,
  ``<scenarios>/_settings.yaml``). ``by`` is the name their identity provider gives, never a typed
  one, and each entry's ``recorded:`` names their verified identity.
- **Local, single user** (``forecasts dashboard --local-editor``, which sets
  ``FORECASTS_LOCAL_EDITOR=1`` and binds the server to 127.0.0.1). Only when the server's
  ``server.address`` is a loopback address: a server others can reach stays read-only, whatever
  the flag says. The person at the keyboard says their name, as ``--by`` on the command line,
  and entries record the git author of the scenarios folder. The old switches, ``FORECASTS_EDITOR=1``
  and ``editor = true`` in the secrets, are deprecated aliases of this mode (with a warning).
- **Read-only**: otherwise.

Every write checks ``writer_for`` in the callback that performs it, on the server, not only
the page's layout: a session that sends a form it should not have is refused, and the refusal is
logged (logger ``dashboard.editor``).
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

import streamlit as st

from dashboard import data, markup
from forecasts.editors import Decision, Identity, authorise_write, identity_from_claims, load_editor_policy
from forecasts.flags import parse_flag
from forecasts.problems import ScenarioError
from forecasts.provenance import Origin, dashboard_origin, local_dashboard_origin

LOCAL_EDITOR_ENV_VAR = "FORECASTS_LOCAL_EDITOR"
EDITOR_ENV_VAR = "FORECASTS_EDITOR"  # deprecated: now means LOCAL_EDITOR_ENV_VAR
SECRET_KEY = "editor"  # deprecated secret, as EDITOR_ENV_VAR
AUTH_SECTION = "auth"
NAME_KEY = "editor_name"
NAME_INPUT_KEY = "editor_name_input"
NAME_ERROR_KEY = "editor_name_error"
LOCAL_ADDRESS = "127.0.0.1"
# What a server refuses to take from the URL: nothing in a query string may switch on editing
# or fill in a form (the pages read only ``id`` and ``as_of``).
_WIDGET_PREFIXES = ("forecast-", "evidence-", "resolution-", "editor", "extract", "draft-")
_CRAFTED_PARAMS = {"local_editor", "by", "user", "identity", "email", "is_logged_in"}

log = logging.getLogger(__name__)
_warned: list[bool] = []


class Mode(Enum):
    """How this server lets people write."""

    SHARED = "shared"
    LOCAL = "local"
    READ_ONLY = "read-only"


@dataclass(frozen=True)
class Writer:
    """Who a write is recorded as (``by``) and where it comes from (kept as ``recorded:``)."""

    by: str
    origin: Origin


def _secret(key: str) -> Any:
    try:
        return st.secrets.get(key)
    except FileNotFoundError:  # no secrets file at all
        return None


def sign_in_configured() -> bool:
    """Whether an identity provider is configured (an ``[auth]`` section in the secrets)."""
    return isinstance(_secret(AUTH_SECTION), Mapping)


def local_editor_requested() -> bool:
    """Whether the single-user mode was asked for: the flag's variable, or a deprecated switch."""
    if parse_flag(os.environ.get(LOCAL_EDITOR_ENV_VAR)):
        return True
    deprecated = parse_flag(os.environ.get(EDITOR_ENV_VAR)) or parse_flag(_secret(SECRET_KEY))
    if deprecated and not _warned:
        _warned.append(True)  # once per server process, not on every page run
        log.warning(
            "%s=1 and 'editor = true' in the secrets are deprecated: they now mean the local single-user "
            "editor, on 127.0.0.1 only (forecasts dashboard --local-editor). A team signs editors in instead "
            "(README: 'Editors and viewers').",
            EDITOR_ENV_VAR,
        )
    return deprecated


def server_is_local() -> bool:
    """Whether the server listens on a loopback address only (``server.address``).

    Unset means every interface: not local.
    """
    address = str(st.get_option("server.address") or "").strip().strip("[]")
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def editing_mode() -> Mode:
    """Shared when sign-in is configured; local when asked for and the server is loopback-only."""
    if sign_in_configured():
        return Mode.SHARED
    if local_editor_requested() and server_is_local():
        return Mode.LOCAL
    return Mode.READ_ONLY


def read_only_reason() -> str:
    """Why this session cannot write and what would let it (Markdown, nothing from the user)."""
    if sign_in_configured():
        identity = signed_in_identity()
        if identity is None:
            return (
                "Read-only view. Editors: sign in (on a scenario's page) to record forecasts, evidence and resolutions."
            )
        return "Read-only view. " + markup.escape_markdown(decide(None).reason)
    if local_editor_requested():
        address = st.get_option("server.address") or "every interface"
        return (
            f"Read-only view: the local editor only works on a server bound to {LOCAL_ADDRESS}, and this one "
            f"listens on {markup.escape_markdown(str(address))}. Start it with `forecasts dashboard --local-editor`, "
            "or configure sign-in for a shared server."
        )
    return (
        "Read-only view. To record here: on your own machine, `forecasts dashboard --local-editor`; on a shared "
        "server, editors sign in (configure `[auth]` in `.streamlit/secrets.toml` and list the editors in the "
        "scenarios folder's `_settings.yaml`)."
    )


def _claims() -> dict[str, Any]:
    try:
        return dict(st.user.to_dict())
    except Exception:  # noqa: BLE001  (no user information at all, e.g. outside a session): nobody
        return {}


def _group_claim() -> str:
    try:
        return load_editor_policy(data.scenarios_root()).settings.group_claim
    except ScenarioError:
        return "groups"


def signed_in_identity() -> Identity | None:
    """The person signed in to this session, or None (a viewer, or sign-in not configured)."""
    if not sign_in_configured():
        return None
    return identity_from_claims(_claims(), _group_claim())


def decide(case: str | None) -> Decision:
    """May this session write in ``case`` (None: anywhere)? Re-read from the settings on every call."""
    mode = editing_mode()
    if mode is Mode.LOCAL:
        return Decision(True, "local single-user editor")
    if mode is Mode.READ_ONLY:
        return Decision(False, "this dashboard is read-only")
    try:
        policy = load_editor_policy(data.scenarios_root())
    except ScenarioError as exc:
        # An editors' list that cannot be read lets nobody write, and says why.
        return Decision(False, f"the editors' list cannot be read: {exc}")
    # The identity from the policy just read, not signed_in_identity(): that would read the file again.
    return authorise_write(policy, identity_from_claims(_claims(), policy.settings.group_claim), case)


def editor_mode() -> bool:
    """Whether this session may write somewhere: forms, draft saving and URL fetching are offered."""
    return decide(None).allowed


def editor_name() -> str | None:
    """The name the local editor gave for this session, or None before they have said."""
    name = st.session_state.get(NAME_KEY)
    return name if isinstance(name, str) and name else None


def authorise(case: str | None, action: str) -> Decision:
    """Whether this session may do ``action`` in ``case`` now, decided on the server; a refusal is logged."""
    decision = decide(case)
    if not decision.allowed:
        identity = signed_in_identity()
        log.warning(
            "refused %s in case %s from %s: %s",
            action,
            case or "(any)",
            identity.key if identity else "a viewer",
            decision.reason,
        )
    return decision


def writer_for(case: str | None, action: str) -> Writer | None:
    """Who records ``action`` in ``case``, checked on the server at the moment of writing.

    None when this session may not write there (the refusal is logged) or, in the local mode, has
    not said who is writing yet.
    """
    if not authorise(case, action).allowed:
        return None
    if editing_mode() is Mode.SHARED:
        identity = signed_in_identity()
        return Writer(identity.label, dashboard_origin(identity.key)) if identity is not None else None
    name = editor_name()
    return Writer(name, local_dashboard_origin(data.scenarios_root())) if name is not None else None


def session_origin() -> Origin:
    """Where this session's writes come from, for writes without a ``by`` (saved drafts, merged claims)."""
    identity = signed_in_identity() if editing_mode() is Mode.SHARED else None
    if identity is not None:
        return dashboard_origin(identity.key)
    return local_dashboard_origin(data.scenarios_root())


def refuse_crafted_params() -> None:
    """Drop query parameters that try to switch on editing or fill in a form, and log them.

    The pages read only ``id`` and ``as_of`` from the URL; this says so to anyone who tries more.
    """
    crafted = [
        key
        for key in list(st.query_params.keys())
        if key.lower() in _CRAFTED_PARAMS or key.lower().startswith(_WIDGET_PREFIXES)
    ]
    for key in crafted:
        log.warning("refused query parameter %r: the URL cannot switch on editing or fill in a form", key)
        del st.query_params[key]


# --- showing -------------------------------------------------------------------------------


def _set_name() -> None:
    name = " ".join(str(st.session_state.get(NAME_INPUT_KEY) or "").split())
    if not name:
        st.session_state[NAME_ERROR_KEY] = "Type your name: it is recorded with everything you enter."
        return
    st.session_state.pop(NAME_ERROR_KEY, None)
    st.session_state[NAME_KEY] = name


def _forget_name() -> None:
    st.session_state[NAME_INPUT_KEY] = st.session_state.pop(NAME_KEY, "") or ""


def _ask_local_name() -> str | None:
    name = editor_name()
    if name is not None:
        cells = st.columns([3, 1], vertical_alignment="center")
        cells[0].markdown(f":material/edit: Editing as **{markup.escape_markdown(name)}**")
        cells[1].button("Switch", key="editor_switch", on_click=_forget_name, help="Record under another name")
        return name
    with st.form("editor_identity", border=False):
        st.text_input(
            "Who is editing?",
            key=NAME_INPUT_KEY,
            placeholder="Your name, e.g. Ana Torres",
            help="Recorded as `by` on every forecast, evidence and resolution you enter in this session.",
        )
        error = st.session_state.get(NAME_ERROR_KEY)
        if error:
            st.error(error, icon=":material/error:")
        st.form_submit_button("Start editing", key="editor_start", type="primary", on_click=_set_name)
    return None


def _providers() -> list[str | None]:
    """The ``st.login`` provider names: the ``[auth.<name>]`` sections, else the one in ``[auth]``."""
    section = _secret(AUTH_SECTION)
    named = [str(k) for k, v in (section or {}).items() if isinstance(v, Mapping) and k != "client_kwargs"]
    return list(named) if named else [None]


def _sign_in_buttons() -> None:
    for provider in _providers():
        label = "Sign in to edit" if provider is None else f"Sign in with {provider}"
        if st.button(label, key=f"editor_sign_in_{provider or 'default'}", type="primary"):
            st.login(provider)


def editor_box(case: str | None) -> str | None:
    """Who is editing, with a way to sign in or out; returns the ``by`` to record, or None.

    None, with the reason shown, when this session may not write in ``case``.
    """
    mode = editing_mode()
    if mode is Mode.LOCAL:
        return _ask_local_name()
    if mode is Mode.READ_ONLY:
        st.caption(read_only_reason())
        return None
    identity = signed_in_identity()
    if identity is None:
        st.caption("Viewers need no account. Editors sign in to record forecasts, evidence and resolutions.")
        _sign_in_buttons()
        return None
    decision = decide(case)
    cells = st.columns([3, 1], vertical_alignment="center")
    shown = markup.escape_markdown(identity.label)
    if identity.label != identity.key:
        shown += f" ({markup.escape_markdown(identity.key)})"
    if decision.allowed:
        cells[0].markdown(f":material/verified_user: Editing as **{shown}**")
    else:
        cells[0].markdown(f":material/visibility: Signed in as **{shown}**: read-only here")
    if cells[1].button("Sign out", key="editor_sign_out"):
        st.logout()
    if not decision.allowed:
        st.caption(markup.escape_markdown(decision.reason))
        return None
    return identity.label
