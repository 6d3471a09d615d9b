"""Pieces every dashboard page shows: the as-of date control and the catalog's problems."""

from __future__ import annotations

from datetime import date

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard import data
from forecasts.store import Catalog

AS_OF_KEY = "as_of"
AS_OF_PARAM = "as_of"
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


def _sync_as_of_param() -> None:
    """Keep ``?as_of=`` in the URL in step with the date picked (left out for the default)."""
    picked = st.session_state.get(AS_OF_KEY)
    wanted = None if picked is None or picked == data.default_as_of().day else picked.isoformat()
    if st.query_params.get(AS_OF_PARAM) == wanted:
        return
    if wanted is None:
        del st.query_params[AS_OF_PARAM]
    else:
        st.query_params[AS_OF_PARAM] = wanted


def as_of_control(where: DeltaGenerator) -> date:
    """The as-of date picker; starts at ``?as_of=``, ``$FORECASTS_AS_OF`` or today.

    Every page shows it under the same key, so the date stays when the page changes.
    """
    default = data.default_as_of()
    if st.session_state.get(AS_OF_KEY) is None:
        st.session_state[AS_OF_KEY] = data.parse_as_of(st.query_params.get(AS_OF_PARAM)) or default.day
    with where:
        picked = st.date_input(
            "As of",
            key=AS_OF_KEY,
            min_value=EARLIEST,
            max_value=LATEST,
            format="YYYY-MM-DD",
            help=(
                "Show what was known at the end of this day (UTC): later forecasts, evidence and "
                "resolutions are left out, and so are scenarios created after it."
            ),
        )
    if default.problem:
        st.warning(default.problem)
    # Page changes drop the query string; put the date back so the URL always says it.
    _sync_as_of_param()
    return picked if isinstance(picked, date) else default.day


def link_as_of(as_of: date) -> date | None:
    """The as-of date to carry in links: None when it is the default anyway."""
    return None if as_of == data.default_as_of().day else as_of


def show_root() -> None:
    """Where the scenarios are read from."""
    st.caption(f"Scenarios: `{data.scenarios_root()}`")


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
