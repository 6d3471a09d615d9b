"""Editor mode: who may write, and who is writing.

The dashboard is a read-only viewer unless editor mode is switched on, by the environment
(``FORECASTS_EDITOR=1``) or by Streamlit secrets (``editor = true`` in
``.streamlit/secrets.toml``). In editor mode every form waits until the person at the
keyboard has said who they are; the name is kept in the session and recorded as ``by``.
"""

from __future__ import annotations

import os

import streamlit as st

from dashboard import markup

EDITOR_ENV_VAR = "FORECASTS_EDITOR"
SECRET_KEY = "editor"
NAME_KEY = "editor_name"
NAME_INPUT_KEY = "editor_name_input"
NAME_ERROR_KEY = "editor_name_error"
_TRUE = {"1", "true", "yes", "on"}


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return isinstance(value, (str, int)) and str(value).strip().lower() in _TRUE


def editor_mode() -> bool:
    """Whether forms are offered: ``$FORECASTS_EDITOR`` or the ``editor`` secret says so."""
    if _truthy(os.environ.get(EDITOR_ENV_VAR, "")):
        return True
    try:
        return _truthy(st.secrets.get(SECRET_KEY, False))
    except FileNotFoundError:  # no secrets file at all: a plain viewer
        return False


def editor_name() -> str | None:
    """The name the editor gave for this session, or None before they have said."""
    name = st.session_state.get(NAME_KEY)
    return name if isinstance(name, str) and name else None


def _set_name() -> None:
    name = " ".join(str(st.session_state.get(NAME_INPUT_KEY) or "").split())
    if not name:
        st.session_state[NAME_ERROR_KEY] = "Type your name: it is recorded with everything you enter."
        return
    st.session_state.pop(NAME_ERROR_KEY, None)
    st.session_state[NAME_KEY] = name


def _forget_name() -> None:
    st.session_state[NAME_INPUT_KEY] = st.session_state.pop(NAME_KEY, "") or ""


def ask_editor_name() -> str | None:
    """Ask who is editing until they say; then show the name with a way to switch. Returns the name."""
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
