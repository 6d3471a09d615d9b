"""Scenario states as text tables and JSON records, for the CLI and scripts.

Text pages pass through ``escape_controls`` last: the schema refuses control characters in what
it reads, but a page also prints paths and notes, and files written before that check must not
be able to clear a screen or retitle a window either, so any control character is shown as a
visible escape (``\\x1b``).
"""

from __future__ import annotations

import math
import textwrap
from typing import Any

from forecasts.dates import end_instant
from forecasts.estimate import Estimate
from forecasts.json_output import probability_record
from forecasts.phrases import UnknownPhraseError
from forecasts.printable import escape_controls
from forecasts.scenario import Evidence, Forecast, Source
from forecasts.source_priors import implied_prior, source_probability
from forecasts.state import ScenarioState

# An open question whose deadline has passed: someone has yet to say what happened.
PAST_DEADLINE = "past deadline, awaiting resolution"


def format_probability(p: float) -> str:
    """``72%``; near 0 or 1 with as many decimals as it takes not to read as 0% or 100%."""
    for digits in range(0, 4):
        text = f"{p:.{digits}%}"
        if 0 < round(p * 100, digits) < 100 and (digits > 0 or 0.01 <= p <= 0.99):
            return text
    return f"{p:.2g}"


def format_estimate(estimate: Estimate) -> str:
    """``72%`` for a binary estimate, ``asymmetric 60% · direct 30% · none 10%`` for options."""
    if estimate.options is not None:
        ranked = sorted(estimate.options.items(), key=lambda kv: -kv[1])
        return " · ".join(f"{k} {format_probability(v)}" for k, v in ranked)
    if estimate.probability is None:
        return "–"
    return format_probability(estimate.probability)


def format_bound(p: float) -> str:
    """An interval end: like ``format_probability``, but ``<0.01%`` / ``>99.99%`` at the extremes."""
    if p < 0.0001:
        return "<0.01%"
    if p > 0.9999:
        return ">99.99%"
    return format_probability(p)


def format_interval(estimate: Estimate) -> str:
    """The model's 90 % interval, ``5%–38%``; empty when the estimate has none."""
    if estimate.quantiles is not None:
        low, _, high = estimate.quantiles
        return f"{format_bound(low)}–{format_bound(high)}"
    if estimate.option_quantiles is not None and estimate.options:
        best = max(estimate.options, key=lambda k: estimate.options[k] if estimate.options else 0.0)
        low, _, high = estimate.option_quantiles[best]
        return f"{best} {format_bound(low)}–{format_bound(high)}"
    return ""


def format_forecast(value: float | dict[str, float]) -> str:
    """A recorded forecast's probability: ``40%`` or ``asymmetric 60% · direct 30% · none 10%``."""
    if isinstance(value, dict):
        return " · ".join(f"{k} {format_probability(v)}" for k, v in sorted(value.items(), key=lambda kv: -kv[1]))
    return format_probability(value)


def ladder_label(state: ScenarioState) -> str:
    """``name:rung``, or empty when the scenario is on no ladder."""
    ladder = state.scenario.ladder
    return f"{ladder.name}:{ladder.rung}" if ladder else ""


def outcome_text(state: ScenarioState) -> str:
    """``open``, ``open: past deadline, awaiting resolution``, ``annulled``, or ``resolved: yes``."""
    if state.status == "open" and state.as_of > end_instant(state.scenario.deadline):
        return f"open: {PAST_DEADLINE}"
    if state.resolution is None or state.status == "annulled":
        return state.status
    return f"{state.status}: {state.resolution.outcome}"


def state_record(state: ScenarioState, full: bool = False) -> dict[str, Any]:
    """A JSON-ready record of a scenario's state; ``full`` adds sources, forecasts, evidence."""
    s = state.scenario
    record: dict[str, Any] = {
        "id": s.id,
        "title": s.title,
        "case": state.case,
        "kind": s.kind,
        "status": state.status,
        "outcome": state.outcome,
        "probability": state.estimate.as_dict(),
        "deadline": s.deadline.isoformat(),
        "ladder": s.ladder.model_dump() if s.ladder else None,
        "conditional_on": s.conditional_on.model_dump() if s.conditional_on else None,
        "tags": list(s.tags),
        "path": str(state.path),
        "as_of": state.as_of.isoformat(),
    }
    if not full:
        return record
    record.update(
        {
            "question": s.question,
            "options": [o.model_dump() for o in s.options or []],
            "created": s.created.isoformat(),
            "opens": s.opens.isoformat() if s.opens else None,
            "resolution": {
                "criteria": s.resolution.criteria,
                "sources": s.resolution.sources,
                "rule": s.resolution.rule.model_dump(mode="json", by_alias=True) if s.resolution.rule else None,
                "outcome": state.outcome,
                "resolved_at": state.resolution.resolved_at.isoformat() if state.resolution else None,
                "resolved_by": state.resolution.resolved_by if state.resolution else None,
                "evidence": (
                    {"sources": state.resolution.sources, "notes": state.resolution.notes} if state.resolution else None
                ),
            },
            "sources": [_source_record(src) for src in s.all_sources()],
            "forecasts": [_forecast_record(f) for f in state.forecasts],
            "evidence": [e.model_dump(mode="json", exclude_none=True) for e in state.evidence],
        }
    )
    return record


def _forecast_record(forecast: Forecast) -> dict[str, Any]:
    """A recorded forecast as the file has it, its probability in the one JSON shape (``stated``
    keeps what was typed)."""
    data: dict[str, Any] = forecast.model_dump(mode="json", exclude_none=True)
    value = forecast.probability
    data["probability"] = probability_record(
        "forecast",
        mean=value if not isinstance(value, dict) else None,
        options=value if isinstance(value, dict) else None,
        detail=f"{forecast.by}, {forecast.at.isoformat()}",
    )
    return data


def _source_record(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = source.model_dump(mode="json", exclude_none=True)
    try:
        prior = implied_prior(source)
        # The claim as stated; implied_for_scenario turns it into the scenario's yes (or option).
        data["implied"] = probability_record(
            prior.basis,
            mean=prior.mean,
            quantiles=(prior.p05, None, prior.p95),
            beta=(prior.beta[0], prior.beta[1]) if prior.beta else None,
        )
        data["implied_for_scenario"] = round(source_probability(source), 4)
    except UnknownPhraseError:
        data["implied"] = None
        data["implied_for_scenario"] = None
    return data


def render_list(states: list[ScenarioState]) -> str:
    """A fixed-width table: id, probability, status, deadline, ladder, title."""
    if not states:
        return "no scenarios"
    # The model's 90 % interval gets a column only when some estimate has one, so listings without
    # a posterior look exactly as before.
    intervals = any(st.estimate.quantiles is not None or st.estimate.option_quantiles is not None for st in states)
    rows = [("ID", "P", *(("90% INTERVAL",) if intervals else ()), "STATUS", "DEADLINE", "LADDER", "TITLE")]
    for st in states:
        s = st.scenario
        ladder = ladder_label(st)
        mark = "" if st.estimate.basis == "forecast" else "*" if st.estimate.basis == "sources" else ""
        interval = (format_interval(st.estimate),) if intervals else ()
        rows.append(
            (
                s.id,
                format_estimate(st.estimate) + mark,
                *interval,
                outcome_text(st),
                s.deadline.isoformat(),
                ladder,
                s.title,
            )
        )
    n = len(rows[0]) - 1
    widths = [max(len(r[i]) for r in rows) for i in range(n)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:n], widths, strict=True)) + "  " + r[n] for r in rows]
    if any(st.estimate.basis == "sources" for st in states):
        lines.append("* no forecast yet: mean prior implied by the sources' hedges")
    lines += basis_lines(states)
    return escape_controls("\n".join(line.rstrip() for line in lines), keep_line_breaks=True)


def basis_lines(states: list[ScenarioState]) -> list[str]:
    """Which model fit the probabilities come from, or why the model's posterior is not used."""
    fits = {st.estimate.detail.split(";")[0] for st in states if st.estimate.basis == "model"}
    lines = [f"model: {label}" for label in sorted(fits)]
    return lines + sorted({f"note: {st.estimate.note}" for st in states if st.estimate.note})


def _wrap(text: str, indent: str = "  ", then: str | None = None) -> str:
    return textwrap.fill(" ".join(text.split()), width=96, initial_indent=indent, subsequent_indent=then or indent)


def render_show(state: ScenarioState) -> str:
    """A readable page for one scenario."""
    s = state.scenario
    out = [f"{s.id}: {s.title}", _wrap(s.question, "")]
    out.append("")
    out.append(
        f"status      {outcome_text(state)}" + (f" (as of {state.as_of.date().isoformat()})" if state.as_of else "")
    )
    out.append(f"probability {format_estimate(state.estimate)}  [{state.estimate.basis}: {state.estimate.detail}]")
    if state.estimate.note:
        out.append(_wrap(f"note: {state.estimate.note}", "            "))
    if state.estimate.quantiles is not None:
        low, mid, high = state.estimate.quantiles
        out.append(f"            median {format_bound(mid)}, 90% interval {format_bound(low)}–{format_bound(high)}")
    elif state.estimate.option_quantiles is not None:
        ranked = sorted(state.estimate.option_quantiles.items(), key=lambda kv: -kv[1][1])
        out.append(
            "            90% intervals: "
            + " · ".join(f"{k} {format_bound(q[0])}–{format_bound(q[2])}" for k, q in ranked)
        )
    if s.kind == "categorical":
        out.append("options     " + ", ".join(f"{o.id} ({o.label})" for o in s.options or []))
    dates = f"created {s.created.isoformat()}"
    if s.opens:
        dates += f" · opens {s.opens.isoformat()}"
    out.append(f"dates       {dates} · deadline {s.deadline.isoformat()}")
    if s.ladder:
        out.append(f"ladder      {s.ladder.name}, rung {s.ladder.rung}")
    if s.conditional_on:
        out.append(f"if          {s.conditional_on.scenario} = {s.conditional_on.outcome}")
    if s.tags:
        out.append(f"tags        {', '.join(s.tags)}")
    out += ["", "Resolution criteria", _wrap(s.resolution.criteria)]
    if s.resolution.sources:
        out.append("  sources: " + "; ".join(s.resolution.sources))
    if s.resolution.rule:
        rule = s.resolution.rule.model_dump(exclude_none=True, by_alias=True, exclude={"window"})
        if not rule.get("review"):
            rule.pop("review", None)  # only a rule still to be checked by a person says so
        out.append("  rule: " + ", ".join(f"{k}={v}" for k, v in rule.items()))
    if state.resolution:
        r = state.resolution
        out.append(
            f"  resolved {r.outcome} on {r.resolved_at.isoformat()}" + (f" by {r.resolved_by}" if r.resolved_by else "")
        )
        out += [f"  evidence: {u}" for u in r.sources] + [_wrap(n, "  note: ", "        ") for n in r.notes]
    if s.all_sources():
        out += ["", "Sources"]
        for src in s.all_sources():
            who = src.speaker + (f" ({src.role})" if src.role else "")
            where = ", ".join(x for x in (src.outlet, src.published.isoformat() if src.published else None) if x)
            out.append(_wrap(f"“{src.quote}”", "  "))
            try:
                prior = implied_prior(src)
                implied = f"{prior.mean:.0%}" + (f" [{prior.p05:.0%}–{prior.p95:.0%}]" if prior.p05 is not None else "")
                polarity = " (against)" if src.polarity == "negative" else ""
                option = f" for {src.option}" if src.option else ""
                hedge = f"hedge {src.hedge!r}" if src.hedge else "no hedge"
                out.append(f"    — {who}{', ' + where if where else ''}; {hedge} → {implied}{option}{polarity}")
            except UnknownPhraseError:
                out.append(f"    — {who}; hedge {src.hedge!r} (not in the phrase table)")
    out += ["", f"Forecasts ({len(state.forecasts)})"]
    for f in state.forecasts:
        value = f.probability
        shown = format_forecast(value)
        note = f" — {f.note}" if f.note else ""
        out.append(f"  {f.at.isoformat():<25} {f.by:<12} {shown}{note}")
    if state.evidence:
        out += ["", f"Evidence ({len(state.evidence)})"]
        for e in state.evidence:
            weight = evidence_weight(e)
            out.append(f"  {e.at.isoformat():<25} {e.by:<12} {weight}: {e.note}" + (f" <{e.url}>" if e.url else ""))
    out.append("")
    out.append(f"file: {state.path}")
    return escape_controls("\n".join(out), keep_line_breaks=True)


def evidence_weight(evidence: Evidence) -> str:
    """How much a piece of evidence moves the odds, as every view words it: ``LR 2`` for a stated
    likelihood ratio, else ``up (moderate)``, a direction and a strength."""
    if evidence.likelihood_ratio is not None:
        return f"LR {evidence.likelihood_ratio:g}"
    return " ".join(x for x in (evidence.direction, f"({evidence.strength})" if evidence.strength else None) if x)


def format_countdown(days: float) -> str:
    """A deadline countdown from ``forecasts.attention.days_left``: ``6 days left``, ``2 days overdue``."""
    if days == 0:
        return "deadline today"
    if 0 < days < 1:
        return "less than a day left"
    if days >= 1:
        whole = math.floor(days)
        return f"{whole} day{'s' if whole != 1 else ''} left"
    late = math.ceil(-days)
    return f"{late} day{'s' if late != 1 else ''} overdue"


def format_change(change: float) -> str:
    """A change of probability in percentage points: ``+12 pp``, ``−3 pp``, ``±0 pp``."""
    points = round(change * 100)
    if points == 0:
        return "±0 pp"
    return f"{'+' if points > 0 else '−'}{abs(points)} pp"
