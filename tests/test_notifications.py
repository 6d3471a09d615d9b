"""--notify: one message per run through apprise, to a local webhook receiver and a local SMTP server
(aiosmtpd), never the same news twice."""

from __future__ import annotations

import json
import shutil
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.notifications import News, NotifyError, check_urls, send_news
from testdata import DATA

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


class Receiver:
    """A webhook receiver on 127.0.0.1: keeps every POST's path and JSON body."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict[str, Any]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.posts.append((self.path, json.loads(body)))
                self.send_response(200)
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


class Mailbox:
    """What the local SMTP server received."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield mailbox, port
    controller.stop()


NEWS = [News("due:response", "due: response passed its deadline"), News("draft:x", "new draft to review: x")]


def test_one_webhook_message_per_run_and_never_a_repeat(receiver: Receiver, tmp_path: Path) -> None:
    first = send_news(NEWS, [receiver.url], tmp_path, NOW, "forecasts check")
    assert [n.key for n in first.sent] == ["due:response", "draft:x"]
    assert len(receiver.posts) == 1
    path, body = receiver.posts[0]
    assert path == "/hook" and body["title"] == "forecasts check"
    assert body["message"] == "- due: response passed its deadline\n- new draft to review: x"
    again = send_news(NEWS, [receiver.url], tmp_path, NOW, "forecasts check")
    assert again.sent == [] and again.repeats == 2 and len(receiver.posts) == 1
    news = [*NEWS, News("moved:y", "moved: y 20% -> 45%")]
    send_news(news, [receiver.url], tmp_path, NOW, "forecasts check")
    assert receiver.posts[1][1]["message"] == "- moved: y 20% -> 45%"


def test_e_mail_over_smtp(smtp: tuple[Mailbox, int], tmp_path: Path) -> None:
    mailbox, port = smtp
    url = f"mailto://127.0.0.1:{port}?from=watch@example.org&to=desk@example.org&mode=insecure"
    report = send_news(NEWS, [url], tmp_path, NOW, "forecasts watch")
    assert report.failed == [] and len(mailbox.messages) == 1
    sender, recipients, content = mailbox.messages[0]
    assert (sender, recipients) == ("watch@example.org", ["desk@example.org"])
    mail = message_from_bytes(content)
    assert mail["Subject"] == "forecasts watch"
    text = next(part for part in mail.walk() if part.get_content_type() == "text/plain").get_payload(decode=True)
    assert b"- due: response passed its deadline" in text
    send_news(NEWS, [url], tmp_path, NOW, "forecasts watch")
    assert len(mailbox.messages) == 1


def test_undelivered_news_waits_for_the_next_run(tmp_path: Path, receiver: Receiver) -> None:
    down = f"json://127.0.0.1:{free_port()}/hook"
    report = send_news(NEWS, [down], tmp_path, NOW, "t")
    assert report.sent == [] and len(report.failed) == 1
    assert report.failed[0].endswith("the message was not delivered (see apprise's log); it is sent again next run")
    assert len(send_news(NEWS, [receiver.url], tmp_path, NOW, "t").sent) == 2


def test_a_url_apprise_does_not_know_is_refused_before_any_work() -> None:
    with pytest.raises(NotifyError) as caught:
        check_urls(["https//hooks.example.org"])
    assert str(caught.value).startswith("--notify: not a notification URL; give a webhook (json://host/path")


def test_check_notifies_due_questions_once(receiver: Receiver, tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    shutil.copytree(DATA / "tree", root)
    runner = CliRunner()
    for day in ("2020-03-03", "2020-03-04"):
        result = runner.invoke(cli, ["check", "--scenarios", str(root), "--as-of", day, "--notify", receiver.url])
        assert result.exit_code == 3, result.output
    assert len(receiver.posts) == 1  # the second day's "passed 4 days ago" is the same news
    message = receiver.posts[0][1]["message"]
    assert (
        "- due: deadline 2020-02-29 passed 3 days ago; no machine rule: resolve it with `forecasts resolve`"
        in message.splitlines()
    )
    assert "stale" not in message


def test_watch_and_check_refuse_a_bad_notify_url(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--scenarios", str(tmp_path), "--notify", "nothing-here"])
    assert result.exit_code == 1
    assert result.stderr.startswith("--notify: not a notification URL;")


def test_a_corrupt_sent_list_is_an_error_never_a_reason_to_send_again(tmp_path: Path, receiver: Receiver) -> None:
    state = tmp_path / ".forecasts" / "notified.json"
    state.parent.mkdir()
    state.write_text("{not json")
    with pytest.raises(NotifyError) as caught:
        send_news(NEWS, [receiver.url], tmp_path, NOW, "t")
    assert str(caught.value).startswith(f"{state}: cannot read (")
    assert str(caught.value).endswith("fix or remove it (removing it sends old news again)")
    assert receiver.posts == []
