"""What a check tells people (``forecasts check --notify``): its report as ``News`` with stable keys.

The keys name the news, not the run, so the same news is never sent twice: an auto-resolution by
scenario and outcome, a due or overdue question by scenario and deadline state, a move by its
message (the probabilities it quotes), a void feed by its message. Stale questions, rule and
coverage problems stay in the report and the exit status; they are not news.
"""

from __future__ import annotations

from forecasts.notifications import News
from forecasts.resolve.findings import CheckReport

NEWS_FLAGS = ("due", "overdue", "moved", "feed")


def check_news(report: CheckReport) -> list[News]:
    """The news in a check's report: resolutions it wrote, then due, overdue, moved and void feeds."""
    items = [
        News(
            f"resolved:{action.scenario_id}:{action.outcome}",
            f"{action.scenario_id} resolved {action.outcome} by forecasts check ({action.reason})",
        )
        for action in report.actions
        if action.written
    ]
    for flag in report.flags:
        if flag.kind not in NEWS_FLAGS:
            continue
        # due and overdue are one piece of news each per scenario, however the days count on.
        key = f"{flag.kind}:{flag.scenario_id}" if flag.kind in ("due", "overdue") else f"{flag.kind}:{flag.message}"
        label = "feed void for the run" if flag.kind == "feed" else flag.kind
        items.append(News(key, f"{label}: {flag.message}"))
    return items
