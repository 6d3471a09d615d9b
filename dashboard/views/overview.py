"""Overview: every scenario as of a date, with filters, counts and links to each scenario."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.views import as_of_control, link_as_of, show_problems, show_root
from forecasts.scenario import STATUSES
from forecasts.state import Filters, as_of_instant, catalog_states, filter_states


def _columns(table: pd.DataFrame) -> list[str]:
    """The columns worth showing: no case column for a single case, none that is empty throughout."""
    optional = {
        "p_yes": table["p_yes"].notna().any(),
        "days_left": table["days_left"].notna().any(),
        "ladder": (table["ladder"] != "").any(),
    }
    return [
        c
        for c in ("id", "title", "p_yes", "estimate", "status", "deadline", "days_left", "ladder", "case")
        if optional.get(c, True) and (c != "case" or table["case"].nunique() > 1)
    ]


catalog = data.load()

st.title("Forecasts")
show_problems(catalog)

columns = st.columns([1, 1, 1, 1, 1, 2], vertical_alignment="bottom")
as_of = as_of_control(columns[0])
states = catalog_states(catalog.files, as_of_instant(as_of))
filters = Filters(
    cases=tuple(columns[1].multiselect("Case", sorted({s.case for s in states}), key="filter_case")),
    statuses=tuple(columns[2].multiselect("Status", list(STATUSES), key="filter_status")),
    ladders=tuple(
        columns[3].multiselect(
            "Ladder", sorted({s.scenario.ladder.name for s in states if s.scenario.ladder}), key="filter_ladder"
        )
    ),
    tags=tuple(columns[4].multiselect("Tag", sorted({t for s in states for t in s.scenario.tags}), key="filter_tag")),
    text=columns[5].text_input("Search", key="filter_text", placeholder="id, title or question"),
)
shown = filter_states(states, filters)

counts = data.status_counts(shown)
metrics = st.columns(4)
metrics[0].metric("Open", counts["open"])
metrics[1].metric("Resolved", counts["resolved"])
metrics[2].metric("Annulled", counts["annulled"])
metrics[3].metric("Shown", f"{len(shown)} of {len(states)}")


if not states:
    st.info(f"No scenarios had been created by {as_of.isoformat()}. Pick a later as-of date.")
elif not shown:
    st.info("No scenario matches these filters.")
else:
    table = pd.DataFrame(data.overview_rows(shown, as_of, link_as_of(as_of)))
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_order=_columns(table),
        placeholder="",
        height=min(len(table), 20) * 35 + 38,
        column_config={
            "id": st.column_config.LinkColumn(
                "Scenario", width=210, display_text=r"id=([^&]+)", help="Open the scenario's page"
            ),
            "title": st.column_config.TextColumn("Title", width=270),
            "p_yes": st.column_config.ProgressColumn(
                "P(yes)",
                width=90,
                min_value=0,
                max_value=100,
                format=" ",
                help="Binary scenarios: the probability shown at the as-of date",
            ),
            "estimate": st.column_config.TextColumn(
                "Estimate",
                width=140,
                help="Latest forecast by the as-of date; * means no forecast yet: the mean prior implied by the sources' hedges",
            ),
            "status": st.column_config.TextColumn("Status"),
            "deadline": st.column_config.DateColumn("Deadline", format="YYYY-MM-DD"),
            "days_left": st.column_config.NumberColumn(
                "Days",
                width=60,
                format="%d",
                help="Days from the as-of date to the deadline (open scenarios); negative: past the deadline, not resolved yet",
            ),
            "ladder": st.column_config.TextColumn("Ladder", help="ladder name:rung"),
            "case": st.column_config.TextColumn("Case"),
        },
    )
    if any(s.estimate.basis == "sources" for s in shown):
        st.caption("\\* no forecast yet: the mean prior implied by the sources' hedges.")

show_root()
