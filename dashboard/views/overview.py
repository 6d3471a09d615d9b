"""Overview: every scenario as of a date, with filters, counts and links to each scenario."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.views import as_of_control, link_as_of, show_problems
from forecasts.scenario import STATUSES
from forecasts.state import as_of_instant, catalog_states

as_of = as_of_control()
catalog = data.load()

st.title("Forecasts")
show_problems(catalog)

states = catalog_states(catalog.files, as_of_instant(as_of))

columns = st.columns([1, 1, 1, 1, 2], vertical_alignment="bottom")
filters = data.Filters(
    cases=tuple(columns[0].multiselect("Case", sorted({data.case_of(s) for s in states}), key="filter_case")),
    statuses=tuple(columns[1].multiselect("Status", list(STATUSES), key="filter_status")),
    ladders=tuple(
        columns[2].multiselect("Ladder", sorted({s.scenario.ladder.name for s in states if s.scenario.ladder}), key="filter_ladder")
    ),
    tags=tuple(columns[3].multiselect("Tag", sorted({t for s in states for t in s.scenario.tags}), key="filter_tag")),
    text=columns[4].text_input("Search", key="filter_text", placeholder="id, title or question"),
)
shown = data.filter_states(states, filters)

counts = data.status_counts(shown)
metrics = st.columns(4)
metrics[0].metric("Open", counts["open"])
metrics[1].metric("Resolved", counts["resolved"])
metrics[2].metric("Annulled", counts["annulled"])
metrics[3].metric("Shown", f"{len(shown)} of {len(states)}")

if not states:
    st.info(f"No scenarios had been created by {as_of.isoformat()}. Pick a later as-of date in the sidebar.")
elif not shown:
    st.info("No scenario matches these filters.")
else:
    table = pd.DataFrame(data.overview_rows(shown, as_of, link_as_of(as_of)))
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_order=[c for c in table.columns if c not in ("case", "tags") or (c == "case" and table["case"].nunique() > 1)],
        placeholder="",
        column_config={
            "id": st.column_config.LinkColumn("Scenario", display_text=r"id=([^&]+)", help="Open the scenario's page"),
            "title": st.column_config.TextColumn("Title", width="medium"),
            "p_yes": st.column_config.ProgressColumn(
                "P(yes)", width=100, min_value=0, max_value=100, format="%.0f%%", help="Binary scenarios: the probability shown at the as-of date"
            ),
            "estimate": st.column_config.TextColumn(
                "Estimate",
                width=170, help="Latest forecast by the as-of date; * means no forecast yet: mean prior implied by the sources' hedges"
            ),
            "status": st.column_config.TextColumn("Status"),
            "deadline": st.column_config.DateColumn("Deadline", format="YYYY-MM-DD"),
            "days_left": st.column_config.NumberColumn("Days", width=60, format="%d", help="Days from the as-of date to the deadline (open scenarios)"),
            "ladder": st.column_config.TextColumn("Ladder", help="ladder name:rung"),
            "case": st.column_config.TextColumn("Case"),
            "tags": st.column_config.TextColumn("Tags"),
        },
    )
    if any(s.estimate.basis == "sources" for s in shown):
        st.caption("\\* no forecast yet: the mean prior implied by the sources' hedges.")
