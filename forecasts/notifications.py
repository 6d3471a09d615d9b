"""Telling people what needs them: one message per run, never the same news twice (``--notify``).

``check`` and ``watch`` turn what they found into ``News`` (new drafts, due and overdue
questions, a probability that moved more than the threshold, auto-resolutions, void feeds), each
with a key that names the news, not the run: "due:iran-direct-strike" is the same news tomorrow.
``send_news`` leaves out every key already sent (``SCENARIOS/.forecasts/notified.json``), joins
the rest into one message and hands it to apprise (https://github.com/caronc/apprise), which
speaks webhooks with a JSON body (``json://``, ``jsons://``; Slack, Matrix and Discord by their own
URLs) and e-mail over SMTP (``mailto://``, ``mailtos://``), so no client is written here. A key
is recorded as sent once any notification URL took the message; when none did, the news waits for
the next run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import apprise

from forecasts.store import replace_file

STATE_FILE = "notified.json"


class NotifyError(ValueError):
    """A notification URL apprise does not understand: names it and the forms it takes."""


@dataclass(frozen=True)
class News:
    """One piece of news: a stable ``key`` (what it is about, not when) and the line to send."""

    key: str
    text: str


@dataclass
class NotifyReport:
    """What ``send_news`` did: items sent, items already sent before, failures by URL."""

    sent: list[News] = field(default_factory=list)
    repeats: int = 0
    failed: list[str] = field(default_factory=list)


def check_urls(urls: list[str]) -> None:
    """Refuse a URL apprise cannot send to, before any work is done."""
    for url in urls:
        if not apprise.Apprise().add(url):
            raise NotifyError(
                "--notify: not a notification URL; give a webhook (json://host/path, jsons://host/path, "
                "or a slack://, discord://, matrix:// URL) or e-mail (mailto://user:password@host?to=you@example.org)"
            )


def shown_url(url: str) -> str:
    """The URL with any password or token masked, as apprise shows it, for messages and logs."""
    plugin = apprise.Apprise.instantiate(url)
    if not plugin:
        return "(not a notification URL)"
    masked: str = plugin.url(privacy=True)  # type: ignore[no-untyped-call]  # apprise's plugins carry no annotations
    return masked


def _state_path(root: Path) -> Path:
    return root / ".forecasts" / STATE_FILE


def read_sent(root: Path) -> dict[str, str]:
    """Keys already sent, with when; an unreadable file is an error, never a reason to send again."""
    path = _state_path(root)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotifyError(f"{path}: cannot read ({exc}); fix or remove it (removing it sends old news again)") from None
    sent = data.get("sent") if isinstance(data, dict) else None
    if not isinstance(sent, dict):
        raise NotifyError(f"{path}: 'sent' is missing; fix or remove it (removing it sends old news again)")
    return {str(k): str(v) for k, v in sent.items()}


def render_message(news: list[News]) -> str:
    """The one message of a run: a line per piece of news."""
    return "\n".join(f"- {item.text}" for item in news)


def send_news(news: list[News], urls: list[str], root: Path, now: datetime, title: str) -> NotifyReport:
    """Send what is new in ``news`` as one message to every URL, and remember it as sent."""
    report = NotifyReport()
    if not urls:
        return report
    sent = read_sent(root)
    fresh: list[News] = []
    seen: set[str] = set()
    for item in news:
        if item.key in sent or item.key in seen:
            report.repeats += 1
            continue
        seen.add(item.key)
        fresh.append(item)
    if not fresh:
        return report
    body = render_message(fresh)
    delivered = False
    for url in urls:
        sender = apprise.Apprise()
        sender.add(url)
        if sender.notify(body=body, title=title):
            delivered = True
        else:
            report.failed.append(
                f"--notify {shown_url(url)}: the message was not delivered (see apprise's log); it is sent again next run"
            )
    if delivered:
        sent.update({item.key: now.isoformat() for item in fresh})
        path = _state_path(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, (json.dumps({"sent": sent}, indent=1, sort_keys=True) + "\n").encode("utf-8"))
        report.sent = fresh
    return report
