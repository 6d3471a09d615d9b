"""Altair charts for the dashboard: pure functions from data to charts.

Colours are mid-tone so marks and labels read on both the light and the dark theme; text marks
never use black or white. Times are shown in UTC, like everything in ``forecasts``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import altair as alt
import pandas as pd

from forecasts.dates import start_instant
from forecasts.scenario import Forecast
from forecasts.state import HistoryPoint

# Readable on white and on Streamlit's dark background alike.
NEUTRAL = "#8c8c8c"
RESOLVED = "#9467bd"
# Distinct mid-tone hues (Streamlit's default palette uses shades of one blue for the first two).
SCHEME = "tableau10"
BINARY_OPTION = "yes"

FORECAST_COLUMNS = ["at", "by", "option", "probability", "stated", "note"]
STEP_COLUMNS = ["at", "option", "probability", "basis", "detail"]


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
        last_at = max(r["at"] for r in rows)
        if end > last_at:
            rows += [{**r, "at": end} for r in rows if r["at"] == last_at]
    return _frame(rows, STEP_COLUMNS)


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
    height: int = 340,
) -> alt.LayerChart:
    """Forecasts as points, the shown probability as a step line, deadline and resolution as rules.

    ``options`` names the options of a categorical scenario (one line per option, points
    coloured by option and shaped by forecaster); empty for a binary scenario (one line, points
    coloured by forecaster). A scenario resolved long before its deadline is shown up to a
    little after the resolution, without the deadline rule.
    """
    domain = time_domain(points, steps, deadline, resolved_at)
    x = _x(domain)
    categorical = bool(options)
    y = alt.Y(
        "probability:Q", title="probability", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%", tickCount=5)
    )
    when = alt.Tooltip("when:N", title="at")
    shown = alt.Tooltip("probability:Q", format=".0%")
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
    if pd.Timestamp(deadline) <= domain[1]:
        layers += _marker(deadline, "deadline", NEUTRAL, dash=[6, 4], y=1.0, domain=domain, x=x)
    if resolved_at is not None:
        label = f"resolved: {outcome}" if outcome else "resolved"
        layers += _marker(resolved_at, label, RESOLVED, dash=None, y=0.93, domain=domain, x=x)
    return alt.layer(*layers).properties(height=height).interactive(bind_y=False)


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
