"""One scenario as of a date: question, probability, history chart, sources, log and resolution.

The scenario is chosen by the ``?id=`` query parameter, kept in step with the selectbox, so
every scenario has a URL of its own.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard import charts, data, forms, markup
from dashboard.editor import Mode, editing_mode, editor_mode, read_only_reason
from dashboard.views import as_of_control, link_as_of, posterior_notice, show_as_of_basis, show_problems, show_root
from forecasts.baserate import describe_base_rate, read_base_rates
from forecasts.dates import end_instant, start_instant
from forecasts.display import evidence_weight, format_estimate, format_forecast, format_probability, outcome_text
from forecasts.model.location import find_root, posterior_folder  # names and a stat: no model code
from forecasts.phrases import UnknownPhraseError, locate_hedge
from forecasts.provenance import describe_origin
from forecasts.source_priors import implied_prior, source_probability
from forecasts.state import (
    ScenarioState,
    as_of_instant,
    exists_at,
    ladder_rungs,
    probability_history,
    scenario_state,
)
from forecasts.store import Catalog, ScenarioFile
from forecasts.timeline import entry_date

PAGE = "views/scenario.py"
SELECT_KEY = "scenario_id"
ID_PARAM = "id"


def _sync_id_param() -> None:
    chosen = st.session_state.get(SELECT_KEY)
    if chosen:
        st.query_params[ID_PARAM] = chosen
    else:
        st.query_params.pop(ID_PARAM, None)


def _link_params(scenario_id: str, as_of: date) -> dict[str, str]:
    params = {ID_PARAM: scenario_id}
    carried = link_as_of(as_of)
    if carried is not None:
        params["as_of"] = carried.isoformat()
    return params


def _choose(catalog: Catalog, where: DeltaGenerator) -> str | None:
    """The scenario id from ``?id=`` or the selectbox; a clear error for an unknown id."""
    by_id = catalog.by_id
    wanted = st.query_params.get(ID_PARAM) or None
    unknown = wanted is not None and wanted not in by_id
    if wanted is not None:
        st.session_state[SELECT_KEY] = None if unknown else wanted
    where.selectbox(
        "Scenario",
        sorted(by_id, key=lambda i: (by_id[i].case, i)),
        key=SELECT_KEY,
        index=None,
        placeholder="Choose a scenario",
        # A draft can still be opened here (to read it before review), but never passes for an open question.
        format_func=lambda i: f"{i} — {by_id[i].scenario.title}" + (" (draft)" if by_id[i].scenario.is_draft else ""),
        on_change=_sync_id_param,
    )
    if unknown:
        broken = [p for p in catalog.problems if Path(p.path).stem == wanted]
        if broken:
            st.error(
                f"The file of scenario {markup.code_markdown(wanted or '')} has problems, so it cannot be shown or "
                "written to. "
                "Fix them in the file (`forecasts validate` lists every problem):",
                icon=":material/error:",
            )
            st.code("\n".join(str(p) for p in broken), language=None, wrap_lines=True)
            return None
        try:
            catalog.get(wanted or "")
        except KeyError as exc:
            # The id comes from the URL: anyone can send a link with any text in it.
            st.error(
                f"{markup.escape_markdown(str(exc.args[0]))}. Choose a scenario above or go back to the overview.",
                icon=":material/error:",
            )
        return None
    chosen = st.session_state.get(SELECT_KEY)
    if chosen and wanted is None:
        st.query_params[ID_PARAM] = chosen
    return chosen


def _header(state: ScenarioState) -> None:
    s = state.scenario
    st.title(markup.escape_markdown(s.title))
    facts = [
        markup.code_markdown(s.id),
        *(markup.escape_markdown(x) for x in (state.case, s.kind, *(f"#{t}" for t in s.tags))),
    ]
    st.caption(" · ".join(facts))
    st.markdown(f"**Question** — {markup.escape_markdown(s.question)}")
    deadline = data.day_of(s.deadline)
    cells = st.columns(4)
    cells[0].metric("Status", outcome_text(state))
    if s.kind == "binary":
        cells[1].metric("Probability", format_estimate(state.estimate))
    else:
        best = _top_option(state)
        cells[1].metric(
            f"Most likely: {markup.escape_markdown(best[0])}" if best else "Most likely",
            format_probability(best[1]) if best else "–",
        )
    days = (deadline - state.as_of.date()).days
    cells[2].metric(
        "Deadline",
        deadline.isoformat(),
        delta=f"{days} days left" if state.status == "open" and days >= 0 else None,
        delta_color="off",
        delta_arrow="off",
    )
    cells[3].metric("Forecasts", len(state.forecasts))
    st.caption(
        f"Probability basis: **{state.estimate.basis}** — {markup.escape_markdown(state.estimate.detail)} · as of {state.as_of.date().isoformat()} (end of day, UTC)"
    )
    if s.kind == "categorical" and state.estimate.options:
        labels = {o.id: o.label for o in s.options or []}
        table = pd.DataFrame(
            [{"option": k, "label": labels.get(k, ""), "p": v * 100} for k, v in state.estimate.options.items()]
        )
        st.dataframe(
            table,
            hide_index=True,
            width="stretch",
            column_config={
                "option": "Option",
                "label": st.column_config.TextColumn("Label", width="large"),
                "p": st.column_config.ProgressColumn("Probability", min_value=0, max_value=100, format="%.0f%%"),
            },
        )


def _top_option(state: ScenarioState) -> tuple[str, float] | None:
    options = state.estimate.options
    if not options:
        return None
    best = max(options, key=lambda k: options[k])
    return best, options[best]


def _history(scenario_file: ScenarioFile, state: ScenarioState) -> None:
    s = state.scenario
    st.subheader("Forecast history")
    end = min(state.as_of, end_instant(s.deadline))
    resolved_at = None
    if state.resolution is not None:
        resolved_at = start_instant(state.resolution.resolved_at)
        end = min(end, end_instant(state.resolution.resolved_at))
    steps = charts.shown_steps(probability_history(scenario_file, state.as_of), end)
    points = charts.forecast_points(state.forecasts)
    band = _posterior_band(scenario_file, min(state.as_of, end))
    chart = charts.history_chart(
        points,
        steps,
        deadline=end_instant(s.deadline),
        options=s.option_ids(),
        resolved_at=resolved_at,
        outcome=state.outcome,
        evidence=charts.evidence_points(state.evidence),
        band=band,
    )
    st.altair_chart(chart, width="stretch")
    caption = (
        "Points: forecasts as made. Line: the probability shown at each time. Triangles along the bottom: "
        "evidence, pointing the way it moves the odds. Dashed rule: deadline."
    )
    if charts.time_domain(points, steps, end_instant(s.deadline), resolved_at)[1] < end_instant(s.deadline):
        caption = (
            f"Points: forecasts as made. Line: the probability shown at each time. The deadline "
            f"({s.deadline.isoformat()}) is off to the right, after the resolution. Scroll to zoom, drag to pan."
        )
    if band is not None:
        caption += " Shaded: the model's 90% interval (5% to 95%) as fitted by `forecasts update`."
    st.caption(caption)


def _posterior_band(scenario_file: ScenarioFile, until: datetime) -> pd.DataFrame | None:
    """The fitted posterior's 90% interval over time, when a fresh posterior covers the scenario."""
    if find_root(scenario_file.path) is None:
        return None
    from forecasts.model.shown import posterior_history

    history = posterior_history(scenario_file.path, scenario_file.scenario, until)
    if not history:
        return None
    band = charts.posterior_band(history)
    return None if band.empty else band


def _sources(state: ScenarioState) -> None:
    s = state.scenario
    st.subheader(f"Sources ({len(s.all_sources())})")
    if not s.all_sources():
        st.caption("No sources.")
    for src in s.all_sources():
        with st.container(border=True):
            span = locate_hedge(src.quote, src.hedge)
            st.markdown("> " + markup.quote_markdown(src.quote, span))
            who = src.speaker + (f" ({src.role})" if src.role else "")
            where = [x for x in (src.outlet, src.published.isoformat() if src.published else None) if x]
            line = "— " + markup.escape_markdown(", ".join([who, *where]))
            if src.url:
                line += " · " + markup.link_markdown("link", src.url)
            st.markdown(line)
            if src.hedge and span is None:
                st.caption(f"The hedge “{markup.escape_markdown(src.hedge)}” does not occur in the quote.")
            try:
                prior = implied_prior(src)
            except UnknownPhraseError as exc:
                st.warning(markup.escape_markdown(str(exc)))
                continue
            implied = f"Implied prior **{format_probability(prior.mean)}**"
            if prior.p05 is not None and prior.p95 is not None:
                implied += f" (90% interval {format_probability(prior.p05)}–{format_probability(prior.p95)})"
            target = f"option `{src.option}`" if src.option else "yes"
            effect = f"polarity **{src.polarity}** → P({target}) **{format_probability(source_probability(src))}**"
            st.markdown(f"{implied} · {effect}")
            st.caption(f"Basis: {markup.escape_markdown(prior.basis)}")
            if src.note:
                st.caption(markup.escape_markdown(src.note))


def _log(state: ScenarioState) -> None:
    st.subheader(f"Forecasts ({len(state.forecasts)})")
    if state.forecasts:
        rows = [
            {
                "at": data.format_when(f.at),
                "by": f.by,
                "probability": format_forecast(f.probability),
                "stated": f.stated or "",
                "note": f.note or "",
            }
            for f in state.forecasts
        ]
        st.dataframe(
            pd.DataFrame(rows),
            hide_index=True,
            width="stretch",
            column_config={
                "at": st.column_config.TextColumn("at (UTC)"),
                "note": st.column_config.TextColumn("note", width="large"),
            },
        )
    else:
        st.caption("No forecast by the as-of date.")
    st.subheader(f"Evidence ({len(state.evidence)})")
    if state.evidence:
        evidence_rows: list[dict[str, object]] = [
            {
                "at": data.format_when(e.at),
                "by": e.by,
                "weight": evidence_weight(e),
                "option": e.option or "",
                "note": e.note,
                "url": e.url,
            }
            for e in state.evidence
        ]
        st.dataframe(
            pd.DataFrame(evidence_rows),
            hide_index=True,
            width="stretch",
            column_config={
                "at": st.column_config.TextColumn("at (UTC)"),
                "url": st.column_config.LinkColumn("url", display_text="source"),
                "note": st.column_config.TextColumn("note", width="large"),
            },
        )
    else:
        st.caption("No evidence by the as-of date.")


def _written_by(state: ScenarioState) -> None:
    """Who put each recorded entry in the file, when and from where (``recorded:`` on the entry)."""
    # An undated attached claim (no `at`, no `published`) counts from the start, as the model reads it.
    dated = [(e, entry_date(e)) for e in state.scenario.history]
    entries = [(e, when) for e, when in dated if when is None or start_instant(when) <= state.as_of]
    if not entries:
        return
    rows = []
    for entry, when in entries:
        recorded = getattr(entry, "recorded", None)
        where, who = describe_origin(recorded)
        rows.append(
            {
                "entry": entry.type,
                "at": data.format_when(when) if when is not None else "",
                "by": getattr(entry, "by", None) or getattr(entry, "speaker", None) or "",
                "written": data.format_when(recorded.at) if recorded is not None else "",
                "from": where,
                "who wrote it": who,
            }
        )
    with st.expander(f"Who wrote what ({len(rows)})"):
        st.dataframe(
            pd.DataFrame(rows),
            hide_index=True,
            width="stretch",
            column_config={
                "at": st.column_config.TextColumn("at (UTC)"),
                "written": st.column_config.TextColumn("written (UTC)"),
            },
        )


def _rule_value(value: object) -> str:
    if isinstance(value, dict):
        return " · ".join(f"{k} {_rule_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_rule_value(v) for v in value)
    return str(value)


def _resolution(state: ScenarioState) -> None:
    s = state.scenario
    st.subheader("Resolution")
    st.markdown(markup.escape_markdown(s.resolution.criteria))
    if s.resolution.sources:
        st.caption("Sources to check: " + markup.escape_markdown(", ".join(s.resolution.sources)))
    if s.resolution.rule is not None:
        rule = s.resolution.rule.model_dump(mode="json", by_alias=True, exclude_none=True)
        rows = [{"key": k, "value": _rule_value(v)} for k, v in rule.items()]
        st.markdown("**Rule**")
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    r = state.resolution
    if r is None:
        st.caption(f"Not resolved as of {state.as_of.date().isoformat()}.")
        return
    by = f" by {markup.escape_markdown(r.resolved_by)}" if r.resolved_by else ""
    st.success(
        f"**{markup.escape_markdown(r.outcome)}** — settled {r.resolved_at.isoformat()}{by}", icon=":material/gavel:"
    )
    for url in r.sources:
        st.markdown("- " + markup.link_markdown(url, url))
    for note in r.notes:
        st.markdown(f"- {markup.escape_markdown(note)}")


def _base_rate(state: ScenarioState) -> None:
    # Stored by `forecasts baserate --write` next to the posterior; never computed on page load.
    s = state.scenario
    if s.resolution.rule is None:
        return
    root = find_root(state.path)
    try:
        stored = read_base_rates(posterior_folder(root)) if root is not None else None
    except ValueError as exc:
        st.caption(markup.escape_markdown(str(exc)))
        return
    rate = stored.rates.get(s.id) if stored is not None else None
    st.markdown("**Base rate (the outside view)**")
    if rate is None:
        st.caption("No base rate stored: `forecasts baserate --all --write` computes them from the event history.")
        return
    low, high = rate.interval()
    st.markdown(markup.escape_markdown(describe_base_rate(rate).capitalize()) + ".")
    st.caption(
        f"At least one in a window: {rate.mean:.1%} (90% interval {low:.1%} to {high:.1%}); "
        f"{len(rate.incidents)} incident day(s), hazard {rate.hazard_per_day:.5f} a day. "
        f"History: {markup.escape_markdown(rate.history)}"
    )
    if rate.incidents:
        rows = [
            {
                "day": i.day.isoformat(),
                "url": i.urls[0] if i.urls else "",
                "ids": ", ".join(i.ids),
                "sources": i.sources,
            }
            for i in rate.incidents
        ]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def _relations(catalog: Catalog, state: ScenarioState, as_of: date) -> None:
    s = state.scenario
    if s.ladder is not None:
        st.subheader("Ladder")
        st.caption(markup.escape_markdown(f"{s.ladder.name}, rung {s.ladder.rung}"))
        for rung_file in ladder_rungs(catalog.files, s.ladder.name):
            rung_ladder = rung_file.scenario.ladder
            rung, rid, title = rung_ladder.rung if rung_ladder else 0, rung_file.scenario.id, rung_file.scenario.title
            label = markup.escape_markdown(f"{rung}. {title}" + (" (this scenario)" if rid == s.id else ""))
            st.page_link(PAGE, label=label, query_params=_link_params(rid, as_of), disabled=rid == s.id)
    if s.conditional_on is not None:
        cond = s.conditional_on
        st.subheader("Conditional on")
        target = catalog.by_id.get(cond.scenario)
        st.markdown(f"This question assumes `{cond.scenario}` resolves **{markup.escape_markdown(cond.outcome)}**.")
        if target is None:
            st.error(f"No scenario with id {cond.scenario!r} in the catalog.")
        else:
            st.page_link(
                PAGE,
                label=markup.escape_markdown(f"{target.scenario.title} ({cond.scenario})"),
                query_params=_link_params(cond.scenario, as_of),
                icon=":material/link:",
            )
            if exists_at(target.scenario, state.as_of):
                st.caption(
                    f"Its status as of {state.as_of.date().isoformat()}: "
                    + markup.escape_markdown(outcome_text(scenario_state(target, state.as_of)))
                )


catalog = data.load()
editing = editor_mode()
show_problems(catalog)
posterior_notice(catalog, editing)
pick, date_box = st.columns([4, 1], vertical_alignment="bottom")
as_of = as_of_control(date_box)
show_as_of_basis(as_of)
chosen = _choose(catalog, pick)
if chosen is not None:
    scenario_file = catalog.by_id[chosen]
    moment = as_of_instant(as_of)
    if not exists_at(scenario_file.scenario, moment):
        st.info(
            f"`{chosen}` was created on {scenario_file.scenario.created.isoformat()}, after the as-of date "
            f"{as_of.isoformat()}. Pick a later as-of date."
        )
    else:
        state = scenario_state(scenario_file, moment)
        _header(state)
        left, right = st.columns([3, 2], gap="large")
        with left:
            _history(scenario_file, state)
            _log(state)
            _written_by(state)
        with right:
            if editing_mode() is not Mode.READ_ONLY:
                # Shown to viewers of a shared dashboard too: it is where an editor signs in.
                forms.record_panel(scenario_file, as_of)
            _sources(state)
            _resolution(state)
            _base_rate(state)
            _relations(catalog, state, as_of)
        st.caption(f"File: {markup.code_markdown(str(state.path))}")
show_root()
if not editing:
    st.caption(read_only_reason())
