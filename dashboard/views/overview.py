"""Overview: every scenario as of a date, what needs attention, filters, and links to each scenario."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import charts, data, markup
from dashboard.editor import editor_mode
from dashboard.views import as_of_control, link_as_of, posterior_notice, show_as_of_basis, show_problems, show_root
from forecasts.attention import Movement, days_left, due_within, largest_moves, overdue, recently_resolved
from forecasts.display import format_countdown, format_estimate
from forecasts.scenario import STATUSES
from forecasts.state import Filters, ScenarioState, count_hidden_drafts, filter_states, source_names

SCENARIO_PAGE = "views/scenario.py"
DRAFTS_KEY = "filter_drafts"
PANEL_ITEMS = 5
MOVERS_CHARTED = 8
# Moves smaller than half a percentage point are noise, not news.
MOVE_THRESHOLD = 0.005
TITLE_CHARS = 64


def _columns(table: pd.DataFrame) -> list[str]:
    """The columns worth showing: no case column for a single case, none that is empty throughout."""
    optional = {
        "p_yes": table["p_yes"].notna().any(),
        "change": table["change"].notna().any(),
        "days_left": table["days_left"].notna().any(),
        "ladder": (table["ladder"] != "").any(),
        "interval": (table["interval"] != "").any(),
    }
    return [
        c
        for c in (
            "id",
            "title",
            "p_yes",
            "estimate",
            "interval",
            "change",
            "status",
            "deadline",
            "days_left",
            "ladder",
            "case",
        )
        if optional.get(c, True) and (c != "case" or table["case"].nunique() > 1)
    ]


def _short(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"


def _link_params(state: ScenarioState, as_of: date) -> dict[str, str]:
    params = {"id": state.id}
    carried = link_as_of(as_of)
    if carried is not None:
        params["as_of"] = carried.isoformat()
    return params


def _panel(
    title: str,
    icon: str,
    states: Sequence[ScenarioState],
    detail: Callable[[ScenarioState], str],
    empty: str,
    as_of: date,
) -> None:
    """A bordered box listing up to ``PANEL_ITEMS`` scenarios as links to their pages."""
    with st.container(border=True, height="stretch", gap="small"):
        st.markdown(f"**{icon} {title}** ({len(states)})")
        if not states:
            st.caption(empty)
        for state in states[:PANEL_ITEMS]:
            st.page_link(
                SCENARIO_PAGE,
                label=markup.escape_markdown(f"{detail(state)} · {_short(state.scenario.title)}"),
                query_params=_link_params(state, as_of),
                help=markup.escape_markdown(state.scenario.question),
            )
        if len(states) > PANEL_ITEMS:
            st.caption(f"and {len(states) - PANEL_ITEMS} more")


@st.cache_data(show_spinner=False, max_entries=64)
def _movers_spec(
    tree_key: str, as_of: date, link: date | None, ids: tuple[str, ...], _moves: list[Movement]
) -> dict[str, Any]:
    # The same moves make the same chart for every viewer: built (and validated by Altair) once per
    # (tree state, as-of, moves shown); ``_moves`` follows from the other arguments (not hashed).
    return charts.movers_chart(pd.DataFrame(data.mover_rows(_moves, link))).to_dict()


def _attention(shown: list[ScenarioState], all_moves: dict[str, Movement], as_of: date, tree_key: str) -> None:
    """Due soon, overdue, recently resolved and biggest movers, among the scenarios shown."""
    days = data.RECENT_DAYS
    moves = largest_moves((all_moves[s.id] for s in shown), count=len(shown), threshold=MOVE_THRESHOLD)
    moved = {m.state.id: m for m in moves}
    due, late, settled = due_within(shown, days), overdue(shown), recently_resolved(shown, days)
    if not (due or late or settled or moves):
        st.caption(
            f":material/check_circle: Nothing needs attention: no deadline in the next {days} days, nothing overdue, "
            f"nothing resolved and no probability moved in the last {days} days."
        )
        return
    top, bottom = st.columns(2), st.columns(2)
    with top[0]:
        _panel(
            f"Due in the next {days} days",
            ":material/schedule:",
            due,
            lambda s: f"{format_countdown(days_left(s))} · {format_estimate(s.estimate)}",
            f"No open question has its deadline in the next {days} days.",
            as_of,
        )
    with top[1]:
        _panel(
            "Overdue: past the deadline, not resolved",
            ":material/running_with_errors:",
            late,
            lambda s: format_countdown(days_left(s)),
            "Every question past its deadline has been resolved.",
            as_of,
        )
    with bottom[0]:
        _panel(
            f"Resolved in the last {days} days",
            ":material/gavel:",
            settled,
            lambda s: (
                f"{s.resolution.outcome} on {data.format_when(s.resolution.resolved_at)}" if s.resolution else s.status
            ),
            f"Nothing resolved in the last {days} days.",
            as_of,
        )
    with bottom[1]:
        _panel(
            f"Biggest moves in {days} days",
            ":material/trending_up:",
            [m.state for m in moves],
            lambda s: data.move_summary(moved[s.id]),
            f"No open question moved in the last {days} days.",
            as_of,
        )
    if moves:
        st.markdown(f"**Biggest moves in {days} days** — ○ {days} days ago (or when asked) → ● now")
        charted = moves[:MOVERS_CHARTED]
        ids = tuple(m.state.id for m in charted)
        st.vega_lite_chart(_movers_spec(tree_key, as_of, link_as_of(as_of), ids, charted), width="stretch")


tree = data.tree_state()  # one look at the files for the whole page
catalog = data.load(tree)

st.title("Forecasts")
show_problems(catalog)
posterior_notice(catalog, editor_mode(), offer_first_fit=True)

columns = st.columns([1.1, 1, 1, 1, 1, 1.2, 1.6], vertical_alignment="bottom")
as_of = as_of_control(columns[0])
states = data.states_at(as_of, tree)
show_as_of_basis(as_of)
filters = Filters(
    cases=tuple(columns[1].multiselect("Case", sorted({s.case for s in states}), key="filter_case")),
    statuses=tuple(columns[2].multiselect("Status", list(STATUSES), key="filter_status")),
    ladders=tuple(
        columns[3].multiselect(
            "Ladder", sorted({s.scenario.ladder.name for s in states if s.scenario.ladder}), key="filter_ladder"
        )
    ),
    tags=tuple(columns[4].multiselect("Tag", sorted({t for s in states for t in s.scenario.tags}), key="filter_tag")),
    sources=tuple(
        columns[5].multiselect(
            "Source",
            sorted({name for s in states for name in source_names(s.scenario)}),
            key="filter_source",
            help="Speakers and outlets of the quotes the scenarios came from",
        )
    ),
    text=columns[6].text_input("Search", key="filter_text", placeholder="id, title or question"),
)
metrics = st.columns([1, 1, 1, 1, 2.2], vertical_alignment="center")
with metrics[4]:
    # Drafts are unreviewed (`forecasts list` leaves them out too, unless --drafts).
    filters = replace(
        filters,
        drafts=st.toggle(
            "Show drafts",
            key=DRAFTS_KEY,
            help="Drafts (status: draft) are questions found by the extractor and not yet reviewed; they are "
            "reviewed on the Extract page or with `forecasts drafts`. Picking the status 'draft' shows them too.",
        ),
    )
    hidden = count_hidden_drafts(states, filters)
    if hidden:
        st.caption(
            f"{hidden} draft{'s' if hidden != 1 else ''} hidden; switch on to show {'them' if hidden > 1 else 'it'}."
        )
shown = filter_states(states, filters)

counts = data.status_counts(shown)
metrics[0].metric("Open", counts["open"])
metrics[1].metric("Resolved", counts["resolved"])
metrics[2].metric("Annulled", counts["annulled"])
metrics[3].metric("Shown", f"{len(shown)} of {len(states)}")

if not states:
    st.info(f"No scenarios had been created by {as_of.isoformat()}. Pick a later as-of date.")
elif not shown:
    st.info("No scenario matches these filters." + (" Drafts are hidden." if hidden else ""))
else:
    all_moves = data.moves_at(as_of, tree)
    _attention(shown, all_moves, as_of, tree.key)
    table = pd.DataFrame(data.overview_rows(shown, link_as_of(as_of), all_moves))
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_order=_columns(table),
        placeholder="",
        height=min(len(table), 20) * 35 + 38,
        column_config={
            "id": st.column_config.LinkColumn(
                "Scenario", width=190, display_text=r"id=([^&]+)", help="Open the scenario's page"
            ),
            "title": st.column_config.TextColumn("Title", width=250),
            "p_yes": st.column_config.ProgressColumn(
                "P(yes)",
                width=80,
                min_value=0,
                max_value=100,
                format=" ",
                help="Binary scenarios: the probability shown at the as-of date",
            ),
            "estimate": st.column_config.TextColumn(
                "Estimate",
                width=130,
                help=(
                    "The model's posterior mean when `forecasts update` has fitted one, else the latest forecast by "
                    "the as-of date; * means no forecast yet: the mean prior implied by the sources' hedges"
                ),
            ),
            "interval": st.column_config.TextColumn(
                "90% interval",
                width=110,
                help="The Bayesian model's 90% interval (5% to 95%); for options, of the most likely one",
            ),
            "change": st.column_config.NumberColumn(
                f"{data.RECENT_DAYS}-day change",
                width=85,
                format="%+.0f pp",
                help=(
                    f"How the shown probability moved over the {data.RECENT_DAYS} days to the as-of date, in percentage "
                    "points (open scenarios; for options, the option that moved most)"
                ),
            ),
            "status": st.column_config.TextColumn("Status", width=110),
            "deadline": st.column_config.DateColumn("Deadline", format="YYYY-MM-DD", width=95),
            "days_left": st.column_config.NumberColumn(
                "Days left",
                width=65,
                format="%d",
                help="Days from the as-of date to the deadline (open scenarios); negative: past the deadline, not resolved yet",
            ),
            "ladder": st.column_config.TextColumn("Ladder", width=120, help="ladder name:rung"),
            "case": st.column_config.TextColumn("Case"),
        },
    )
    if any(s.estimate.basis == "sources" for s in shown):
        st.caption("\\* no forecast yet: the mean prior implied by the sources' hedges.")

show_root()
