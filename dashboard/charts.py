"""Altair charts for the dashboard: pure functions from data to charts.

Colours are mid-tone so marks and labels read on both the light and the dark theme; text marks
never use black or white. Times are shown in UTC, like everything in ``forecasts``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, cast

import altair as alt
import pandas as pd

from forecasts import display
from forecasts.dates import start_instant
from forecasts.scenario import Evidence, Forecast
from forecasts.state import HistoryPoint

if TYPE_CHECKING:  # only for the type: pages without a posterior never import the model's code
    from forecasts.model.shown import ShownPoint

# Readable on white and on Streamlit's dark background alike.
NEUTRAL = "#8c8c8c"
RESOLVED = "#9467bd"
# Distinct mid-tone hues (Streamlit's default palette uses shades of one blue for the first two).
SCHEME: Final = "tableau10"
BINARY_OPTION = "yes"

# Evidence markers: a colour no forecaster gets from tableau10's first hues, shapes by direction.
EVIDENCE = "#b07aa1"
EVIDENCE_SHAPES = {"up": "triangle-up", "down": "triangle-down", "neutral": "diamond"}
EVIDENCE_Y = 0.03
# Moves and ladder statuses: mid-tone hues that read on white and on Streamlit's dark grey.
UP = "#f58518"
DOWN = "#4c78a8"
STATUS_COLORS = {
    "open": "#4c78a8",
    "happened": "#e45756",
    "did not happen": "#8c8c8c",
    "annulled": "#b279a2",
    "ambiguous": "#9d755d",
    "draft": "#bab0ac",
}

# Room right of the plot for the values written beside ladder and tree bars.
VALUE_COLUMN = 130

FORECAST_COLUMNS = ["at", "by", "option", "probability", "stated", "note"]
STEP_COLUMNS = ["at", "option", "probability", "basis", "detail"]
BAND_COLUMNS = ["at", "option", "low", "high", "mean"]


def forecast_points(forecasts: Sequence[Forecast]) -> pd.DataFrame:
    """One row per forecast and option (``yes`` for a binary forecast)."""
    rows = []
    for f in forecasts:
        values = f.probability if isinstance(f.probability, dict) else {BINARY_OPTION: f.probability}
        for option, p in values.items():
            rows.append(
                {
                    "at": start_instant(f.at),
                    "by": f.by,
                    "option": option,
                    "probability": p,
                    "stated": f.stated or "",
                    "note": f.note or "",
                }
            )
    return _frame(rows, FORECAST_COLUMNS)


def shown_steps(history: Sequence[HistoryPoint], end: datetime | None = None) -> pd.DataFrame:
    """The shown probability per option at each change, held on until ``end`` if given."""
    rows = []
    for point in history:
        estimate = point.estimate
        if estimate.options is not None:
            values = estimate.options
        elif estimate.probability is not None:
            values = {BINARY_OPTION: estimate.probability}
        else:
            values = {}
        for option, p in values.items():
            rows.append(
                {"at": point.at, "option": option, "probability": p, "basis": estimate.basis, "detail": estimate.detail}
            )
    if rows and end is not None:
        last_at = max(cast(datetime, r["at"]) for r in rows)
        if end > last_at:
            rows += [{**r, "at": end} for r in rows if r["at"] == last_at]
    return _frame(rows, STEP_COLUMNS)


def posterior_band(points: Sequence[ShownPoint]) -> pd.DataFrame:
    """The model's 90 % interval (5 % to 95 %) and mean at each stored instant, per option."""
    rows: list[dict[str, object]] = []
    for point in points:
        values = point.value if isinstance(point.value, dict) else {BINARY_OPTION: point.value}
        for option, summary in values.items():
            rows.append(
                {"at": point.at, "option": option, "low": summary.p05, "high": summary.p95, "mean": summary.mean}
            )
    return _frame(rows, BAND_COLUMNS)


def evidence_direction(evidence: Evidence) -> str:
    """``up`` or ``down``: the way a piece of evidence moves the odds (a ratio of 1 is ``neutral``)."""
    if evidence.likelihood_ratio is not None:
        if evidence.likelihood_ratio == 1:
            return "neutral"
        return "up" if evidence.likelihood_ratio > 1 else "down"
    return evidence.direction or "neutral"


def evidence_weight(evidence: Evidence) -> str:
    """``LR 2``, or ``up (moderate)`` (``forecasts.display.evidence_weight``), with the option it bears on."""
    text = display.evidence_weight(evidence)
    return f"{text} for {evidence.option}" if evidence.option else text


def evidence_points(evidence: Sequence[Evidence]) -> pd.DataFrame:
    """One row per piece of evidence, placed along the bottom of the history chart."""
    rows = [
        {
            "at": start_instant(e.at),
            "y": EVIDENCE_Y,
            "by": e.by,
            "direction": evidence_direction(e),
            "weight": evidence_weight(e),
            "note": e.note,
            "url": e.url or "",
        }
        for e in evidence
    ]
    return _frame(rows, ["at", "y", "by", "direction", "weight", "note", "url"])


def _frame(rows: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    frame["at"] = pd.to_datetime(frame["at"], utc=True)
    frame["when"] = frame["at"].dt.strftime("%Y-%m-%d %H:%M UTC")
    return frame


def time_domain(
    points: pd.DataFrame, steps: pd.DataFrame, deadline: datetime, resolved_at: datetime | None
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The stretch of time worth showing: from the first point to the deadline, or, for a
    scenario resolved well before its deadline, to a little after the resolution."""
    seen = [pd.Timestamp(t) for t in [*points["at"], *steps["at"]]]
    deadline_ts = pd.Timestamp(deadline)
    first = min([*seen, deadline_ts] + ([pd.Timestamp(resolved_at)] if resolved_at is not None else []))
    if resolved_at is None or pd.Timestamp(resolved_at) >= deadline_ts:
        last = max([*seen, deadline_ts] + ([pd.Timestamp(resolved_at)] if resolved_at is not None else []))
        return first, last
    resolved_ts = pd.Timestamp(resolved_at)
    pad = max((resolved_ts - first) * 0.25, pd.Timedelta(days=1))
    last = max([*(t for t in points["at"]), resolved_ts + pad])
    return first, min(pd.Timestamp(last), deadline_ts)


def _x(domain: tuple[pd.Timestamp, pd.Timestamp]) -> alt.X:
    # ISO text: Vega-Lite reads it as an instant (a bare number was not taken as a time here).
    scale = alt.Scale(type="utc", domain=[domain[0].isoformat(), domain[1].isoformat()], padding=12)
    return alt.X("at:T", title=None, scale=scale, axis=alt.Axis(labelOverlap=True, grid=False))


def history_chart(
    points: pd.DataFrame,
    steps: pd.DataFrame,
    *,
    deadline: datetime,
    options: Sequence[str] = (),
    resolved_at: datetime | None = None,
    outcome: str | None = None,
    evidence: pd.DataFrame | None = None,
    band: pd.DataFrame | None = None,
    height: int = 340,
) -> alt.LayerChart:
    """Forecasts as points, the shown probability as a step line, deadline and resolution as rules.

    ``options`` names the options of a categorical scenario (one line per option, points
    coloured by option and shaped by forecaster); empty for a binary scenario (one line, points
    coloured by forecaster). Evidence (``evidence_points``) shows as triangles along the bottom,
    pointing the way it moves the odds. ``band`` (``posterior_band``), when the model has a
    posterior, shades its 90 % interval behind the lines. A scenario resolved long before its
    deadline is shown up to a little after the resolution, without the deadline rule.
    """
    domain = time_domain(points, steps, deadline, resolved_at)
    x = _x(domain)
    categorical = bool(options)
    y = alt.Y(
        "probability:Q", title="probability", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%", tickCount=5)
    )
    when = alt.Tooltip("when:N", title="at")
    shown = alt.Tooltip("probability:Q", format=".0%")
    # An encoding channel or a constant value: Altair types them apart.
    line_color: Any
    point_color: Any
    point_shape: Any
    if categorical:
        option_color = alt.Color(
            "option:N",
            title="option",
            scale=alt.Scale(domain=list(options), scheme=SCHEME),
            legend=alt.Legend(orient="bottom"),
        )
        line_color = option_color
        point_color = option_color
        point_shape = alt.Shape(
            "by:N",
            title="forecaster",
            legend=alt.Legend(orient="bottom", symbolFillColor=NEUTRAL, symbolStrokeColor=NEUTRAL),
        )
    else:
        line_color = alt.value(NEUTRAL)
        point_color = alt.Color(
            "by:N", title="forecaster", scale=alt.Scale(scheme=SCHEME), legend=alt.Legend(orient="bottom")
        )
        point_shape = alt.value("circle")

    layers: list[alt.Chart] = []
    if band is not None and not band.empty:
        band_color: Any = line_color if categorical else alt.value(NEUTRAL)
        layers.append(
            alt.Chart(band)
            .mark_area(opacity=0.22, clip=True, interpolate="monotone")
            .encode(
                x=x,
                y=alt.Y("low:Q", scale=alt.Scale(domain=[0, 1])),
                y2="high:Q",
                color=band_color,
                detail="option:N",
                tooltip=[
                    when,
                    alt.Tooltip("option:N"),
                    alt.Tooltip("mean:Q", title="model mean", format=".1%"),
                    alt.Tooltip("low:Q", title="5%", format=".1%"),
                    alt.Tooltip("high:Q", title="95%", format=".1%"),
                ],
            )
        )
    if not steps.empty:
        layers.append(
            alt.Chart(steps)
            .mark_line(interpolate="step-after", strokeWidth=2.5, clip=True)
            .encode(
                x=x,
                y=y,
                color=line_color,
                detail="option:N",
                tooltip=[when, alt.Tooltip("option:N"), shown, alt.Tooltip("basis:N"), alt.Tooltip("detail:N")],
            )
        )
    if not points.empty:
        layers.append(
            alt.Chart(points)
            .mark_point(size=90, filled=True, opacity=0.9, clip=True)
            .encode(
                x=x,
                y=y,
                color=point_color,
                shape=point_shape,
                tooltip=[
                    when,
                    alt.Tooltip("by:N", title="forecaster"),
                    alt.Tooltip("option:N"),
                    shown,
                    "stated:N",
                    "note:N",
                ],
            )
        )
    if evidence is not None and not evidence.empty:
        layers.append(
            alt.Chart(evidence)
            .mark_point(size=110, filled=True, opacity=0.85, clip=True, color=EVIDENCE)
            .encode(
                x=x,
                y=alt.Y("y:Q", scale=alt.Scale(domain=[0, 1])),
                shape=alt.Shape(
                    "direction:N",
                    scale=alt.Scale(domain=list(EVIDENCE_SHAPES), range=list(EVIDENCE_SHAPES.values())),
                    legend=None,
                ),
                tooltip=[
                    when,
                    alt.Tooltip("by:N", title="evidence by"),
                    alt.Tooltip("weight:N"),
                    alt.Tooltip("note:N"),
                    alt.Tooltip("url:N"),
                ],
                href="url:N",
            )
        )
    if pd.Timestamp(deadline) <= domain[1]:
        layers += _marker(deadline, "deadline", NEUTRAL, dash=[6, 4], y=1.0, domain=domain, x=x)
    if resolved_at is not None:
        label = f"resolved: {outcome}" if outcome else "resolved"
        layers += _marker(resolved_at, label, RESOLVED, dash=None, y=0.93, domain=domain, x=x)
    return cast(alt.LayerChart, alt.layer(*layers).properties(height=height).interactive(bind_y=False))


def _marker(
    at: datetime,
    label: str,
    color: str,
    *,
    dash: list[int] | None,
    y: float,
    domain: tuple[pd.Timestamp, pd.Timestamp],
    x: alt.X,
) -> list[alt.Chart]:
    """A vertical rule with its label beside it, on the side with more room."""
    data = _frame([{"at": at, "label": label, "y": y}], ["at", "label", "y"])
    first, last = domain
    room_left = (pd.Timestamp(at) - first) > (last - first) / 2
    base = alt.Chart(data)
    rule = base.mark_rule(color=color, strokeWidth=2, strokeDash=dash or []).encode(
        x=x, tooltip=[alt.Tooltip("label:N", title="marker"), alt.Tooltip("when:N", title="at")]
    )
    text = base.mark_text(
        color=color,
        align="right" if room_left else "left",
        baseline="top",
        dx=-5 if room_left else 5,
        dy=2,
        fontWeight="bold",
    ).encode(x=x, y=alt.Y("y:Q", scale=alt.Scale(domain=[0, 1])), text="label:N")
    return [rule, text]


def movers_chart(rows: pd.DataFrame, height_per_row: int = 30) -> alt.LayerChart:
    """Where each mover's probability was and is: a line from before (hollow) to now (filled).

    ``rows`` has ``label``, ``before``, ``after``, ``change``, ``direction`` (up/down), ``url``
    and ``detail``; marks link to the scenario's page.
    """
    order = list(rows["label"])
    x = alt.X("before:Q", title=None, scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%", tickCount=5, grid=True))
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=320))
    color = alt.Color(
        "direction:N", scale=alt.Scale(domain=["up", "down"], range=[UP, DOWN]), legend=None, title="moved"
    )
    tooltip = [
        alt.Tooltip("title:N"),
        alt.Tooltip("detail:N", title="estimate"),
        alt.Tooltip("before:Q", format=".0%"),
        alt.Tooltip("after:Q", title="now", format=".0%"),
        alt.Tooltip("change_text:N", title="change"),
    ]
    base = alt.Chart(rows)
    line = base.mark_rule(strokeWidth=3).encode(x=x, x2="after:Q", y=y, color=color, tooltip=tooltip, href="url:N")
    before = base.mark_point(size=70, filled=False, color=NEUTRAL, strokeWidth=2).encode(x=x, y=y, tooltip=tooltip)
    after = base.mark_point(size=110, filled=True, opacity=1).encode(
        x=alt.X("after:Q", scale=alt.Scale(domain=[0, 1])), y=y, color=color, tooltip=tooltip, href="url:N"
    )
    # The change is written just past the right end of the line, whichever way it went.
    label = (
        base.transform_calculate(end="max(datum.before, datum.after)")
        .mark_text(align="left", dx=10, fontWeight="bold")
        .encode(x=alt.X("end:Q", scale=alt.Scale(domain=[0, 1])), y=y, text="change_text:N", color=color)
    )
    return cast(
        alt.LayerChart,
        alt.layer(line, before, after, label).properties(
            height=max(len(rows), 1) * height_per_row + 30, padding={"right": 56, "left": 5, "top": 5, "bottom": 5}
        ),
    )


def ladder_chart(rows: pd.DataFrame, height_per_rung: int = 42) -> alt.LayerChart:
    """A ladder's rungs as horizontal bars, rung 1 at the bottom, coloured by status.

    ``rows`` has ``rung``, ``label``, ``probability`` (P(yes) as known at the date: 1 or 0 once
    settled; missing for a rung not asked yet), ``status`` (a key of ``STATUS_COLORS`` or
    ``not yet asked``), ``text`` (the label at the bar's end), ``title`` and ``url``.
    """
    order = list(rows.sort_values("rung", ascending=False)["label"])
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=300, labelFontSize=12))
    x = alt.X(
        "probability:Q",
        title=None,
        scale=alt.Scale(domain=[0, 1]),
        axis=alt.Axis(format="%", tickCount=5, grid=True),
    )
    statuses = [s for s in STATUS_COLORS if s in set(rows["status"])]
    color = alt.Color(
        "status:N",
        scale=alt.Scale(domain=statuses, range=[STATUS_COLORS[s] for s in statuses]),
        legend=alt.Legend(orient="bottom", title=None),
    )
    tooltip = [
        alt.Tooltip("rung:O"),
        alt.Tooltip("title:N"),
        alt.Tooltip("status:N"),
        alt.Tooltip("text:N", title="shown"),
        alt.Tooltip("basis:N"),
        alt.Tooltip("deadline:T", format="%Y-%m-%d"),
    ]
    base = alt.Chart(rows)
    bars = base.mark_bar(cornerRadiusEnd=3, height={"band": 0.7}).encode(
        x=x, y=y, color=color, tooltip=tooltip, href="url:N"
    )
    # A faint full-width track per rung, so a rung at 0% (or not asked yet) still has a row.
    track = (
        base.transform_calculate(one="1")
        .mark_bar(color=NEUTRAL, opacity=0.12, height={"band": 0.7})
        .encode(x=alt.X("one:Q", scale=alt.Scale(domain=[0, 1])), y=y, tooltip=tooltip)
    )
    # Values in a column of their own right of 100%, where no bar can hide them.
    text = (
        base.transform_calculate(one="1")
        .mark_text(align="left", dx=10, fontWeight="bold", color=NEUTRAL)
        .encode(x=alt.X("one:Q", scale=alt.Scale(domain=[0, 1])), y=y, text="text:N")
    )
    return cast(
        alt.LayerChart,
        alt.layer(track, bars, text).properties(
            height=len(rows) * height_per_rung + 40, padding={"right": VALUE_COLUMN, "left": 5, "top": 5, "bottom": 5}
        ),
    )


def conditional_chart(rows: pd.DataFrame, height_per_row: int = 46) -> alt.LayerChart:
    """P(condition) as a pale bar with P(condition and consequent) inside it: the joint is the
    consequent's share of the condition's bar.

    ``rows`` has ``label``, ``p_condition``, ``joint``, ``given``, ``text``, ``title`` and ``url``.
    """
    y = alt.Y("label:N", sort=list(rows["label"]), title=None, axis=alt.Axis(labelLimit=260))
    scale = alt.Scale(domain=[0, 1])
    tooltip = [
        alt.Tooltip("title:N"),
        alt.Tooltip("p_condition:Q", title="P(condition)", format=".1%"),
        alt.Tooltip("given:Q", title="P(this | condition)", format=".1%"),
        alt.Tooltip("joint:Q", title="P(both)", format=".1%"),
    ]
    base = alt.Chart(rows)
    condition = base.mark_bar(color=NEUTRAL, opacity=0.35, height={"band": 0.7}).encode(
        x=alt.X("p_condition:Q", title=None, scale=scale, axis=alt.Axis(format="%", tickCount=5, grid=True)),
        y=y,
        tooltip=tooltip,
        href="url:N",
    )
    joint = base.mark_bar(color=UP, height={"band": 0.4}).encode(
        x=alt.X("joint:Q", scale=scale), y=y, tooltip=tooltip, href="url:N"
    )
    text = (
        base.transform_calculate(one="1")
        .mark_text(align="left", dx=10, color=NEUTRAL, fontWeight="bold")
        .encode(x=alt.X("one:Q", scale=scale), y=y, text="text:N")
    )
    return cast(
        alt.LayerChart,
        alt.layer(condition, joint, text).properties(
            height=len(rows) * height_per_row + 30, padding={"right": VALUE_COLUMN, "left": 5, "top": 5, "bottom": 5}
        ),
    )


def calibration_chart(rows: pd.DataFrame, size: int = 420) -> alt.LayerChart:
    """Reliability diagram: mean forecast of each bin against how often it happened.

    ``rows`` (``data.calibration_rows``) has ``bin``, ``mean_forecast``, ``observed``, ``low`` and
    ``high`` (the 95 % Wilson interval, drawn as an error bar), ``n`` (the point's size) and
    ``interval`` (text). Points on the dashed diagonal are perfectly calibrated; below it, the
    forecasts were too high.
    """
    scale = alt.Scale(domain=[0, 1], nice=False)
    x = alt.X(
        "mean_forecast:Q", title="forecast probability (bin mean)", scale=scale, axis=alt.Axis(format="%", tickCount=5)
    )
    y = alt.Y("observed:Q", title="observed frequency", scale=scale, axis=alt.Axis(format="%", tickCount=5))
    tooltip = [
        alt.Tooltip("bin:N", title="forecasts in"),
        alt.Tooltip("n:Q", title="yes/no pairs"),
        alt.Tooltip("mean_forecast:Q", title="mean forecast", format=".0%"),
        alt.Tooltip("observed:Q", title="happened", format=".0%"),
        alt.Tooltip("interval:N", title="95% interval"),
    ]
    diagonal = (
        alt.Chart(pd.DataFrame({"mean_forecast": [0.0, 1.0], "observed": [0.0, 1.0]}))
        .mark_line(color=NEUTRAL, strokeDash=[6, 4], strokeWidth=1.5)
        .encode(x=x, y=y)
    )
    base = alt.Chart(rows)
    bars = base.mark_rule(color=DOWN, strokeWidth=2, opacity=0.7).encode(
        x=x, y=alt.Y("low:Q", scale=scale), y2="high:Q", tooltip=tooltip
    )
    points = base.mark_circle(color=UP, opacity=0.9, stroke=DOWN, strokeWidth=1).encode(
        x=x,
        y=y,
        size=alt.Size(
            "n:Q", title="pairs", scale=alt.Scale(range=[60, 700], zero=False), legend=alt.Legend(orient="bottom")
        ),
        tooltip=tooltip,
    )
    return cast(alt.LayerChart, alt.layer(diagonal, bars, points).properties(width=size, height=size))


def score_chart(rows: pd.DataFrame, reference: float | None, height_per_row: int = 28) -> alt.LayerChart:
    """Mean Brier score per group as bars, best at the top, with the equal-odds reference as a rule.

    ``rows`` (``data.score_rows``) has ``rank``, ``name``, ``n``, ``brier`` and ``log``.
    """
    order = list(rows["name"])
    y = alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelOverlap=False))
    top = max([1.0 if rows.empty else float(rows["brier"].max()), reference or 0.0, 0.3])
    x = alt.X("brier:Q", title="mean Brier score (0 is perfect)", scale=alt.Scale(domain=[0, min(top * 1.05, 1.0)]))
    tooltip = [
        alt.Tooltip("rank:O"),
        alt.Tooltip("name:N"),
        alt.Tooltip("n:Q", title="predictions"),
        alt.Tooltip("brier:Q", format=".3f"),
        alt.Tooltip("log:Q", title="log score", format=".3f"),
    ]
    base = alt.Chart(rows)
    bars = base.mark_bar(color=DOWN, cornerRadiusEnd=3, height={"band": 0.7}).encode(x=x, y=y, tooltip=tooltip)
    text = base.mark_text(align="left", dx=4, color=NEUTRAL).encode(x=x, y=y, text=alt.Text("brier:Q", format=".3f"))
    layers: list[alt.Chart] = [bars, text]
    if reference is not None and reference == reference:  # NaN when nothing was scored
        rule = (
            alt.Chart(pd.DataFrame({"brier": [reference], "label": ["equal odds"]}))
            .mark_rule(color=UP, strokeDash=[6, 4], strokeWidth=2)
            .encode(x=x, tooltip=[alt.Tooltip("label:N"), alt.Tooltip("brier:Q", format=".3f")])
        )
        label = (
            alt.Chart(pd.DataFrame({"brier": [reference], "label": ["equal odds"]}))
            .mark_text(color=UP, align="left", baseline="top", dx=4, dy=-16, fontWeight="bold")
            .encode(x=x, y=alt.value(0), text="label:N")
        )
        layers += [rule, label]
    return cast(alt.LayerChart, alt.layer(*layers).properties(height=max(len(rows), 1) * height_per_row + 40))
