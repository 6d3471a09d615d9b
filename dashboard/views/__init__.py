"""Pieces every dashboard page shows: the as-of date control and the catalog's problems."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import data
from forecasts.store import Catalog

AS_OF_KEY = "as_of"
AS_OF_PARAM = "as_of"
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


def _sync_as_of_param() -> None:
    """Keep ``?as_of=`` in the URL in step with the date picked (left out for the default)."""
    picked = st.session_state.get(AS_OF_KEY)
    if picked is None or picked == data.default_as_of().day:
        st.query_params.pop(AS_OF_PARAM, None)
    else:
        st.query_params[AS_OF_PARAM] = picked.isoformat()


def as_of_control() -> date:
    """The as-of date picker in the sidebar; starts at ``?as_of=``, ``$FORECASTS_AS_OF`` or today."""
    default = data.default_as_of()
    if st.session_state.get(AS_OF_KEY) is None:
        st.session_state[AS_OF_KEY] = data.parse_as_of(st.query_params.get(AS_OF_PARAM)) or default.day
    with st.sidebar:
        picked = st.date_input(
            "As of",
            key=AS_OF_KEY,
            min_value=EARLIEST,
            max_value=LATEST,
            format="YYYY-MM-DD",
            on_change=_sync_as_of_param,
            help=(
                "Show what was known at the end of this day (UTC): later forecasts, evidence and "
                "resolutions are left out, and so are scenarios created after it."
            ),
        )
        if default.problem:
            st.warning(default.problem)
        st.caption(f"Scenarios: `{data.scenarios_root()}`")
    return picked if isinstance(picked, date) else default.day


def link_as_of(as_of: date) -> date | None:
    """The as-of date to carry in links: None when it is the default anyway."""
    return None if as_of == data.default_as_of().day else as_of


def show_problems(catalog: Catalog) -> None:
    """A warning naming how many files have problems, with every problem in an expander."""
    if not catalog.problems:
        return
    files = sorted({str(p.path) for p in catalog.problems})
    noun = "file has" if len(files) == 1 else "files have"
    st.warning(
        f"{len(files)} scenario {noun} problems; a file that does not load is left out, the rest are shown.",
        icon=":material/warning:",
    )
    with st.expander(f"Problems in scenario files ({len(catalog.problems)})"):
        st.code("\n".join(str(p) for p in catalog.problems), language=None, wrap_lines=True)
