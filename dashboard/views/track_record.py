"""Track record: how well sources, speakers, outlets, forecasters and hedge words did.

Every number comes from ``forecasts.scoring`` (the same as ``forecasts score``): Brier and log
score leaderboards for a chosen grouping, a reliability diagram with 95 % Wilson intervals, and,
for one case, the speakers quoted in it ranked with each quote's outcome ("how did the pundits in
that article do?").
"""

from __future__ import annotations

from datetime import date
from typing import cast

import pandas as pd
import streamlit as st

from dashboard import charts, data, markup
from dashboard.views import as_of_control, link_as_of, show_problems, show_root
from forecasts.display import format_probability
from forecasts.phrases import locate_hedge
from forecasts.scoring import (
    GROUPINGS,
    Collected,
    Decomposition,
    ForecastRule,
    Grouping,
    GroupScore,
    collect_predictions,
    score_by,
    score_group,
    uniform_reference,
)
from forecasts.state import ScenarioState, leave_out_drafts
from forecasts.tables import FORMATS

BY_KEY = "track_by"
RULE_KEY = "track_rule"
CALIBRATION_KEY = "track_calibration"
CASE_KEY = "track_case"
ALL_RANKED = "Everything ranked"
SCENARIO_PAGE = "views/scenario.py"
GROUP_LABELS = {
    "source": "source (speaker and outlet)",
    "speaker": "speaker",
    "outlet": "outlet",
    "forecaster": "forecaster",
    "phrase": "hedge phrase",
    "tag": "tag",
}
RULE_LABELS = {"daily": "averaged over time", "last": "last before settlement"}


def _left_out(collected: Collected) -> str:
    parts = [
        f"{count} {what}"
        for count, what in (
            (collected.annulled, "annulled"),
            (collected.ambiguous, "ambiguous"),
            (collected.unresolved, "unresolved"),
        )
        if count
    ]
    return f" ({', '.join(parts)} not scored)" if parts else ""


def _leaderboard_table(scores: list[GroupScore], name: str) -> None:
    st.dataframe(
        pd.DataFrame(data.score_rows(scores)),
        hide_index=True,
        width="stretch",
        column_config={
            "rank": st.column_config.NumberColumn("Rank", width=50),
            "name": st.column_config.TextColumn(name.capitalize()),
            "n": st.column_config.NumberColumn("N", width=50, help="Predictions scored"),
            "scenarios": st.column_config.NumberColumn("Scenarios", width=70),
            "right": st.column_config.TextColumn(
                "Right", width=60, help="How often what happened had the largest probability (over 50% for yes/no)"
            ),
            "brier": st.column_config.NumberColumn(
                "Brier", format="%.3f", width=70, help="Mean Brier score: 0 perfect, 0.25 for always saying 50%"
            ),
            "log": st.column_config.NumberColumn(
                "Log", format="%.3f", width=70, help="Mean log score, −ln p(what happened): 0 perfect, 0.693 for 50%"
            ),
        },
    )


def _decomposition_text(d: Decomposition | None) -> str:
    if d is None:
        return ""
    text = (
        f"Murphy decomposition of {d.n} yes/no pairs: Brier {d.brier:.3f} = reliability {d.reliability:.3f} "
        f"− resolution {d.resolution:.3f} + uncertainty {d.uncertainty:.3f}"
    )
    if abs(d.within_bin) >= 0.0005:
        text += f" {'+' if d.within_bin >= 0 else '−'} within-bin {abs(d.within_bin):.3f}"
    if d.discrimination is not None and d.mean_when_yes is not None and d.mean_when_no is not None:
        text += (
            f". Mean forecast {format_probability(d.mean_when_yes)} when it happened, "
            f"{format_probability(d.mean_when_no)} when it did not (discrimination {d.discrimination:+.2f})."
        )
    return text


def _leaderboard(collected: Collected) -> None:
    st.subheader("Leaderboard", anchor=False)
    by = cast(
        Grouping,
        st.selectbox(
            "Rank by",
            GROUPINGS,
            key=BY_KEY,
            format_func=lambda g: GROUP_LABELS[g],
            help="Sources that gave words are scored on the probability their words imply (the hedge's survey mean).",
        ),
    )
    scores = score_by(collected.predictions, by)
    if not scores:
        st.info(f"No predictions to score by {GROUP_LABELS[by]}.")
        return
    ranked = data.distinct_predictions(scores)
    reference = uniform_reference(collected, {p.scenario_id for p in ranked})
    left, right = st.columns([3, 2], gap="large")
    with left:
        _leaderboard_table(scores, GROUP_LABELS[by])
        st.caption(
            f"Reference, equal odds on every outcome of the same {len({p.scenario_id for p in ranked})} scenarios: "
            f"Brier {reference[0]:.3f}, log {reference[1]:.3f}. Lower is better."
        )
        rows = pd.DataFrame(data.score_rows(scores))
        st.altair_chart(charts.score_chart(rows, reference[0]), width="stretch")
    with right:
        _calibration(scores)


def _calibration(scores: list[GroupScore]) -> None:
    st.markdown("**Calibration**")
    names = [ALL_RANKED, *(g.name for g in scores)]
    if st.session_state.get(CALIBRATION_KEY) not in names:
        st.session_state[CALIBRATION_KEY] = ALL_RANKED
    picked = st.selectbox("Calibration of", names, key=CALIBRATION_KEY)
    group = (
        score_group(ALL_RANKED, data.distinct_predictions(scores))
        if picked == ALL_RANKED
        else next(g for g in scores if g.name == picked)
    )
    rows = pd.DataFrame(data.calibration_rows(group.calibration))
    if rows.empty:
        st.caption("Nothing to plot.")
        return
    st.altair_chart(charts.calibration_chart(rows), width="content")
    st.caption(
        "Each point: the yes/no forecasts in a 10-point bin (every option of a categorical question counts as its "
        "own yes/no forecast), at their mean against how often it happened; bars: 95% Wilson intervals; size: "
        "how many. On the dashed diagonal is perfectly calibrated; below it, too confident that it would happen."
    )
    text = _decomposition_text(group.decomposition)
    if text:
        st.caption(text)


def _quote_line(row: dict[str, object]) -> str:
    quote = str(row["quote"])
    hedge = row["hedge"] if isinstance(row["hedge"], str) else None
    return "> " + markup.quote_markdown(quote, locate_hedge(quote, hedge)) if quote else ""


def _pundits(states: list[ScenarioState], rule: ForecastRule, as_of: date) -> None:
    st.subheader("How the pundits did", anchor=False)
    cases = sorted({s.case for s in states if s.scenario.all_sources()})
    if not cases:
        st.caption("No case has quoted sources yet.")
        return
    if st.session_state.get(CASE_KEY) not in cases:
        st.session_state[CASE_KEY] = cases[0]
    case = st.selectbox(
        "Case", cases, key=CASE_KEY, help="The scenarios drawn from one article or story: rank the people it quoted"
    )
    in_case = [s for s in states if s.case == case]
    collected = collect_predictions(in_case, rule)
    scores = score_by(collected.predictions, "speaker")
    scored = len(collected.scenarios)
    st.caption(
        f"{scored} resolved scenario{'s' if scored != 1 else ''} of {markup.code_markdown(case)} "
        f"scored{_left_out(collected)}; "
        "each quote is scored on the probability its words imply."
    )
    if not scores:
        st.info(f"No quote in {markup.code_markdown(case)} has been settled yet as of {as_of.isoformat()}.")
        return
    _leaderboard_table(scores, "speaker")
    files = {s.id: s.scenario for s in in_case}
    carried = link_as_of(as_of)
    for rank, group in enumerate(scores, 1):
        label = markup.escape_markdown(
            f"{rank}. {group.name} — Brier {group.brier:.3f}, log {group.log:.3f}, {group.right} of {group.n} right"
        )
        with st.expander(label):
            for row in data.prediction_rows(group.predictions, files):
                with st.container(border=True):
                    params = {"id": str(row["scenario"])}
                    if carried is not None:
                        params["as_of"] = carried.isoformat()
                    st.page_link(
                        SCENARIO_PAGE,
                        label=markup.escape_markdown(str(row["title"])),
                        query_params=params,
                        icon=":material/link:",
                    )
                    quote = _quote_line(row)
                    if quote:
                        st.markdown(quote)
                    outcome = markup.escape_markdown(str(row["outcome"]))
                    said = (
                        f"P(yes) {format_probability(float(row['p_yes']))}"  # type: ignore[arg-type]
                        if row["p_yes"] is not None
                        else f"P({outcome}) {format_probability(float(row['p_outcome']))}"  # type: ignore[arg-type]
                    )
                    mark = ":green[right]" if row["right"] else ":red[wrong]"
                    st.markdown(
                        f"{said} · outcome **{outcome}** · {mark} · "
                        f"Brier {float(row['brier']):.3f} · log {float(row['log']):.3f}"  # type: ignore[arg-type]
                    )


def _downloads(tree: data.TreeState, as_of: date) -> None:
    """The tables of `forecasts export`, as of the page's date, one download each (CSV, JSON or Parquet)."""
    st.divider()
    st.subheader("Download the tables", anchor=False)
    fmt = st.radio("File format", list(FORMATS), horizontal=True, key="track_download_format")
    files = data.download_files(as_of, fmt, tree)
    columns = st.columns(len(files))
    for column, file in zip(columns, files, strict=True):
        column.download_button(
            f"{file.table} ({file.rows} rows)",
            data=file.content,
            file_name=f"{file.table}-{as_of.isoformat()}.{fmt}",
            mime={"csv": "text/csv", "json": "application/json"}.get(fmt, "application/vnd.apache.parquet"),
            key=f"download_{file.table}",
        )
    st.caption('The same tables as `forecasts export`; README, "Exporting", says what each column holds.')


tree = data.tree_state()  # one look at the files for the whole page
catalog = data.load(tree)
st.title("Track record")
show_problems(catalog)
controls = st.columns([1, 1.4, 3], vertical_alignment="bottom")
as_of = as_of_control(controls[0])
rule = cast(
    ForecastRule,
    controls[1].selectbox(
        "Forecasters' forecasts",
        list(RULE_LABELS),
        key=RULE_KEY,
        format_func=lambda r: RULE_LABELS[r],
        help="Score each forecaster's forecasts averaged over the time each stood (rewards being right early), "
        "or only the last one before the outcome was settled.",
    ),
)
# Drafts are not questions yet: not scored, not counted as unresolved, no case of their own below.
states = leave_out_drafts(data.states_at(as_of, tree))
collected = collect_predictions(states, rule)
scored = len(collected.scenarios)
metrics = st.columns(4)
metrics[0].metric("Resolved scenarios scored", scored)
metrics[1].metric("Predictions", len(collected.predictions))
metrics[2].metric("Sources", sum(p.kind == "source" for p in collected.predictions))
metrics[3].metric("Forecasters' predictions", sum(p.kind == "forecaster" for p in collected.predictions))
st.caption(
    f"As of {as_of.isoformat()}: {scored} resolved scenario{'s' if scored != 1 else ''} scored{_left_out(collected)}. "
    "Brier: 0 is perfect, 1 confidently wrong, always saying 50% scores 0.250. Log: −ln p(what happened)."
)
for skipped in collected.skipped:
    st.warning(markup.escape_markdown(f"Not scored: {skipped}"), icon=":material/warning:")
if not collected.predictions:
    st.info(f"Nothing resolved by {as_of.isoformat()} to score yet. Pick a later as-of date.")
else:
    _leaderboard(collected)
    st.divider()
    _pundits(states, rule, as_of)
_downloads(tree, as_of)
show_root()
