"""Escalation ladders and conditional trees, replayed day by day with a date slider.

Each ladder shows its rungs bottom to top with the probability known on the chosen day (1 or 0
once a rung is settled) and its status; each conditional tree shows P(condition), P(question |
condition) and the joint P(condition and question) from ``forecasts.conditionals``.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from dashboard import charts, data, markup
from dashboard.views import AS_OF_KEY, AS_OF_PARAM, show_as_of_basis, show_problems, show_root
from forecasts.conditionals import ConditionalTree, Total, conditional_trees, outcome_probability
from forecasts.display import format_estimate
from forecasts.scenario import ANNULLED
from forecasts.state import ScenarioState, ladder_rungs, leave_out_drafts
from forecasts.store import ScenarioFile

DAY_KEY = "ladder_day"
CASE_KEY = "ladder_case"
NOT_ASKED = "not yet asked"
LABEL_CHARS = 52


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _status(state: ScenarioState | None) -> str:
    if state is None:
        return NOT_ASKED
    if state.status == "resolved" and state.resolution is not None:
        outcome = state.resolution.outcome
        return {"yes": "happened", "no": "did not happen"}.get(outcome, "ambiguous")
    return state.status


def _shown(state: ScenarioState | None) -> str:
    """What the bar's label says: the estimate while open, the outcome once settled."""
    if state is None:
        return NOT_ASKED
    if state.resolution is not None:
        when = data.format_when(state.resolution.resolved_at)
        return f"{state.resolution.outcome} · {when}" if state.resolution.outcome != ANNULLED else f"annulled · {when}"
    return format_estimate(state.estimate) + ("*" if state.estimate.basis == "sources" else "")


def _estimate(state: ScenarioState | None) -> str:
    if state is None:
        return ""
    return format_estimate(state.estimate) + ("*" if state.estimate.basis == "sources" else "")


def _pick_day(first: date, last: date) -> date:
    """The replayed day: the slider's, else ``?as_of=``, the shared as-of date or today, kept in range."""
    wanted = st.session_state.get(DAY_KEY)
    if not isinstance(wanted, date):
        shared = st.session_state.get(AS_OF_KEY)
        wanted = (
            data.parse_as_of(st.query_params.get(AS_OF_PARAM))
            or (shared if isinstance(shared, date) else None)
            or data.default_as_of().day
        )
    return min(max(wanted, first), last)


def _step(days: int, first: date, last: date) -> None:
    day = st.session_state.get(DAY_KEY)
    if isinstance(day, date):
        st.session_state[DAY_KEY] = min(max(day + timedelta(days=days), first), last)


def _replay_control(first: date, last: date) -> date:
    """The date slider spanning the case, with a day back and a day on."""
    st.session_state[DAY_KEY] = _pick_day(first, last)
    cells = st.columns([1.2, 12, 1.2], vertical_alignment="bottom")
    cells[0].button(
        "Day",
        key="ladder_back",
        icon=":material/chevron_left:",
        help="A day back",
        on_click=_step,
        args=(-1, first, last),
        width="stretch",
    )
    day = cells[1].slider(
        "Replay: as of the end of",
        min_value=first,
        max_value=last,
        step=timedelta(days=1),
        format="YYYY-MM-DD",
        key=DAY_KEY,
        help="Drag to see the ladders and trees as they stood at the end of that day (UTC).",
    )
    cells[2].button(
        "Day",
        key="ladder_on",
        icon=":material/chevron_right:",
        icon_position="right",
        help="A day on",
        on_click=_step,
        args=(1, first, last),
        width="stretch",
    )
    # Share the day with the other pages and the URL, so links and a page change keep it.
    st.session_state[AS_OF_KEY] = day
    if st.query_params.get(AS_OF_PARAM) != day.isoformat():
        st.query_params[AS_OF_PARAM] = day.isoformat()
    return day


def _ladder(name: str, files: list[ScenarioFile], by_id: dict[str, ScenarioState], day: date) -> None:
    rows = []
    for rung_file in ladder_rungs(files, name):
        s = rung_file.scenario
        state = by_id.get(s.id)
        known = outcome_probability(state, "yes") if state is not None and s.kind == "binary" else None
        rows.append(
            {
                "rung": s.ladder.rung if s.ladder else 0,
                "label": f"{s.ladder.rung if s.ladder else '?'} · {_short(s.title)}",
                "title": s.title,
                "probability": known,
                "status": _status(state),
                "text": _shown(state),
                "estimate": _estimate(state),
                "basis": state.estimate.detail if state is not None else f"created {s.created.isoformat()}",
                "deadline": data.day_of(s.deadline),
                "url": data.scenario_link(s.id, day),
            }
        )
    table = pd.DataFrame(rows)
    st.subheader(f"Ladder `{name}`", anchor=False)
    chart_cell, table_cell = st.columns([2, 1], gap="medium")
    with chart_cell:
        st.altair_chart(charts.ladder_chart(table), width="stretch")
    with table_cell:
        st.dataframe(
            table.sort_values("rung", ascending=False),
            hide_index=True,
            width="stretch",
            column_order=["rung", "url", "estimate", "status"],
            column_config={
                "rung": st.column_config.NumberColumn("Rung", width=50, format="%d"),
                "url": st.column_config.LinkColumn("Scenario", display_text=r"id=([^&]+)", width=165),
                "estimate": st.column_config.TextColumn(
                    "Estimate", width=70, help="The latest forecast by that day, else the sources' prior"
                ),
                "status": st.column_config.TextColumn("Status", width=110),
            },
        )


def _tree_rows(tree: ConditionalTree, day: date) -> list[dict[str, object]]:
    condition_title = tree.condition.scenario.title if tree.condition is not None else tree.condition_id
    rows: list[dict[str, object]] = []
    for branch in tree.branches:
        for consequent in branch.consequents:
            s = consequent.state.scenario
            for outcome, given in consequent.given.items():
                joint = consequent.joint[outcome]
                suffix = f" = {outcome}" if s.kind == "categorical" else ""
                rows.append(
                    {
                        "label": f"if {branch.outcome}: {_short(s.title, 44)}{suffix}",
                        "title": s.title,
                        "condition": data.scenario_link(tree.condition_id, day),
                        "condition_title": condition_title,
                        "if": branch.outcome,
                        "p_condition": branch.probability,
                        "then": data.scenario_link(s.id, day),
                        "outcome": outcome,
                        "given": given,
                        "joint": joint,
                        "p_if": _percent(branch.probability),
                        "p_given": _percent(given),
                        "p_joint": _percent(joint),
                        "status": _status(consequent.state),
                        "text": f"{_p(joint)} = {_p(branch.probability)} × {_p(given)}",
                        "url": data.scenario_link(s.id, day),
                    }
                )
    return rows


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _p(value: float | None) -> str:
    """A probability to one decimal below 10%, so the product reads right: ``1.6% = 4.0% × 40%``."""
    if value is None:
        return "–"
    return f"{value:.1%}" if value < 0.1 else f"{value:.0%}"


def _total_line(tree: ConditionalTree, total: Total) -> str:
    """``P(us-strike) = 31% = 40% × 70% + 60% × 5%``: one question asked in every branch, added up."""
    p_branch = {b.outcome: b.probability for b in tree.branches}
    terms = " + ".join(f"{_p(p_branch.get(o))} × {_p(c.given['yes'])}" for o, c in total.parts)
    return f"**Either way**, `{total.name}` (asked in every branch): P = **{_p(total.probability)}** = {terms}"


def _trees(trees: list[ConditionalTree], day: date) -> None:
    st.header("Conditional trees", anchor=False)
    st.caption(
        "A conditional question is asked in the world where another resolves a given way. The chance that both "
        "happen is P(condition) × P(question | condition): the orange bar is that share of the grey one."
    )
    for tree in trees:
        title = tree.condition.scenario.title if tree.condition is not None else tree.condition_id
        st.subheader(f"If: {markup.escape_markdown(title)}", anchor=False)
        condition = tree.condition
        if condition is None:
            st.caption(f"`{tree.condition_id}` had not been created by {day.isoformat()}.")
        elif condition.resolution is not None:
            settled = data.format_when(condition.resolution.resolved_at)
            outcome = markup.escape_markdown(condition.resolution.outcome)
            st.caption(f"`{tree.condition_id}` resolved **{outcome}** on {settled}.")
        else:
            st.caption(
                f"`{tree.condition_id}`: **{markup.escape_markdown(_shown(condition))}** as of {day.isoformat()}."
            )
        rows = pd.DataFrame(_tree_rows(tree, day))
        categorical = bool((rows["outcome"] != "yes").any())
        chart_cell, table_cell = st.columns([3, 2], gap="medium")
        with chart_cell:
            st.altair_chart(charts.conditional_chart(rows), width="stretch")
        with table_cell:
            st.dataframe(
                rows,
                hide_index=True,
                placeholder="–",
                width="stretch",
                column_order=[
                    "if",
                    "p_if",
                    "then",
                    *(["outcome"] if categorical else []),
                    "p_given",
                    "p_joint",
                    "status",
                ],
                column_config={
                    "if": st.column_config.TextColumn(
                        "If", width=40, help="The condition's outcome this branch assumes"
                    ),
                    "p_if": st.column_config.NumberColumn("P(if)", format="%.1f%%", width=60),
                    "then": st.column_config.LinkColumn("Then", display_text=r"id=([^&]+)", width=160),
                    "outcome": st.column_config.TextColumn("Outcome", width=70),
                    "p_given": st.column_config.NumberColumn("P(then | if)", format="%.1f%%", width=80),
                    "p_joint": st.column_config.NumberColumn(
                        "P(both)", format="%.1f%%", width=65, help="P(if) × P(then | if)"
                    ),
                    "status": st.column_config.TextColumn("Status", width=80),
                },
            )
        for total in tree.totals:
            st.markdown(_total_line(tree, total))


catalog = data.load()
st.title("Escalation ladders")
show_problems(catalog)

# Drafts are not questions yet: no rung, branch or joint probability is made of one.
files = leave_out_drafts(catalog.files)
by_file_id = {f.scenario.id: f for f in files}
involved = [f for f in files if f.scenario.ladder is not None or f.scenario.conditional_on is not None]
drafts_left_out = sum(
    1
    for f in catalog.files
    if f.scenario.is_draft and (f.scenario.ladder is not None or f.scenario.conditional_on is not None)
)
involved += [
    by_file_id[f.scenario.conditional_on.scenario]
    for f in files
    if f.scenario.conditional_on is not None and f.scenario.conditional_on.scenario in by_file_id
]
involved = list({f.scenario.id: f for f in involved}.values())
cases = sorted({f.case for f in involved})
if not cases:
    st.info(
        "No scenario is on an escalation ladder or conditional on another. Give scenarios "
        "`ladder: {name: ..., rung: N}` or `conditional_on: {scenario: ..., outcome: ...}` to see them here."
    )
else:
    case = cases[0]
    if len(cases) > 1:
        case = st.selectbox("Case", cases, key=CASE_KEY)
    case_files = [f for f in involved if f.case == case]
    first, last = data.case_span(case_files) or (data.default_as_of().day, data.default_as_of().day)
    if first == last:
        last = first + timedelta(days=1)
    day = _replay_control(first, last)
    show_as_of_basis(day)
    states = leave_out_drafts(data.states_at(day))
    by_id = {s.id: s for s in states}
    names = sorted({f.scenario.ladder.name for f in case_files if f.scenario.ladder is not None})
    asked = sum(1 for f in case_files if f.scenario.id in by_id)
    st.caption(
        f"As of the end of {day.isoformat()} (UTC): {asked} of {len(case_files)} "
        "questions asked. Bars: P(yes) as known that day (100% or 0% once settled); * marks a prior from the "
        "sources' hedges, before anyone forecast."
    )
    for name in names:
        _ladder(name, files, by_id, day)
    case_ids = {f.scenario.id for f in case_files}
    trees = [
        t for t in conditional_trees(states) if any(c.state.id in case_ids for b in t.branches for c in b.consequents)
    ]
    if trees:
        _trees(trees, day)
    elif any(f.scenario.conditional_on is not None for f in case_files):
        st.caption(f"No conditional question had been created by {day.isoformat()}.")
if drafts_left_out:
    st.caption(
        f"{drafts_left_out} draft{'s' if drafts_left_out != 1 else ''} on a ladder or conditional on another "
        "question left out until reviewed (Extract page or `forecasts drafts`)."
    )
show_root()
