"""The Extract page's draft review panel (editor mode): the same as ``forecasts drafts``.

Each draft is listed with its review items; an editor marks items checked or sets a field
(``forecasts.review.edit_draft``), accepts (``accept_draft``, refused while items remain), merges
it into another scenario (``merge_draft``) or rejects it (``reject_draft``). Everything is done in
``forecasts.review``: validated, atomic, drafts only; this module only lays out the widgets and
shows what came back. Messages are kept in the session so they survive the rerun a click makes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st

from dashboard import data, markup
from dashboard.editor import authorise, session_origin
from forecasts.extract.publishability import assess_draft
from forecasts.problems import ScenarioError
from forecasts.review import (
    EDITABLE,
    DraftItem,
    accept_draft,
    edit_draft,
    list_drafts,
    merge_draft,
    reject_draft,
    review_field,
)
from forecasts.store import load_catalog

MESSAGE_KEY = "drafts:message"
NO_FIELD = "(no change)"


def _key(scenario_id: str, name: str) -> str:
    return f"draft-{scenario_id}-{name}"


def _act(action: Callable[[], str], item: DraftItem) -> None:
    """Run one review action; keep its outcome (or its refusal, word for word) for the next run.

    Whether this session may write in the draft's case is decided here, on the server, at the click.
    """
    case = item.path.parent.name
    decision = authorise(case, f"a draft review of {item.scenario_id}")
    if not decision.allowed:
        st.session_state[MESSAGE_KEY] = ("error", f"Not done: {decision.reason}")
        return
    try:
        st.session_state[MESSAGE_KEY] = ("success", action())
    except ScenarioError as exc:
        st.session_state[MESSAGE_KEY] = ("error", str(exc))
    data.forget_catalogs()


def _edit(root: Path, item: DraftItem) -> str:
    checked = list(st.session_state.get(_key(item.scenario_id, "checked")) or [])
    name = st.session_state.get(_key(item.scenario_id, "field")) or NO_FIELD
    value = str(st.session_state.get(_key(item.scenario_id, "value")) or "")
    settings = [] if name == NO_FIELD else [f"{name}={value}"]
    written = edit_draft(root, item.scenario_id, settings, checked)
    left = len(written.scenario.review)
    return f"Edited {item.scenario_id}: " + (f"{left} review item(s) left." if left else "no review items left.")


def _accept(root: Path, item: DraftItem) -> str:
    accept_draft(root, item.scenario_id)
    return f"Opened {item.scenario_id}: it now counts as published."


def _merge(root: Path, item: DraftItem) -> str:
    into = str(st.session_state.get(_key(item.scenario_id, "into")) or "")
    merge_draft(root, item.scenario_id, into, origin=session_origin())
    return f"Merged {item.scenario_id} into {into}: its claims are attached there as sources."


def _reject(root: Path, item: DraftItem) -> str:
    where = reject_draft(root, item.scenario_id)
    return f"Rejected {item.scenario_id}: moved to {where}."


def show_draft_review(root: Path) -> None:
    """The panel: every draft under ``root`` with its review items and the four actions."""
    st.subheader("Review drafts", anchor=False)
    message = st.session_state.pop(MESSAGE_KEY, None)
    if message:
        kind, text = message
        (st.success if kind == "success" else st.error)(markup.escape_markdown(text))
    drafts = list_drafts(root)
    if not drafts:
        st.caption("No drafts. Saved forecasts appear here until they are accepted, merged or rejected.")
        return
    st.caption(
        "Accept opens a draft once nothing is left to check; only a draft's status, review and the fields set are "
        "rewritten, atomically (the same as `forecasts drafts`)."
    )
    others = sorted(f.scenario.id for f in load_catalog(root).files)
    for item in drafts:
        with st.expander(f"{item.title} ({item.scenario_id})"):
            st.caption(markup.escape_markdown(str(item.path)))
            st.caption(f"Publishability {markup.escape_markdown(assess_draft(item).summary())}")
            for review in item.review:
                st.markdown(f"- {markup.escape_markdown(review)}")
            if not item.review:
                st.caption("Nothing left to check.")
            fields = sorted({review_field(r) for r in item.review})
            st.multiselect("Checked", fields, key=_key(item.scenario_id, "checked"))
            cells = st.columns(2)
            cells[0].selectbox("Set field", [NO_FIELD, *EDITABLE], key=_key(item.scenario_id, "field"))
            cells[1].text_input("New value", key=_key(item.scenario_id, "value"))
            buttons = st.columns(4, vertical_alignment="bottom")
            buttons[0].button(
                "Apply", key=_key(item.scenario_id, "apply"), on_click=_act, args=(lambda i=item: _edit(root, i), item)
            )
            buttons[1].button(
                "Accept",
                key=_key(item.scenario_id, "accept"),
                type="primary",
                on_click=_act,
                args=(lambda i=item: _accept(root, i), item),
            )
            targets = [o for o in others if o != item.scenario_id]
            buttons[2].selectbox("Merge into", targets, key=_key(item.scenario_id, "into"))
            buttons[2].button(
                "Merge", key=_key(item.scenario_id, "merge"), on_click=_act, args=(lambda i=item: _merge(root, i), item)
            )
            buttons[3].button(
                "Reject",
                key=_key(item.scenario_id, "reject"),
                on_click=_act,
                args=(lambda i=item: _reject(root, i), item),
            )
