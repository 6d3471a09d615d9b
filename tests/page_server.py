"""A local HTTP server for tests: serves set answers on 127.0.0.1 and records every request it gets.

Tests of fetching use it twice over: as the page a fetch may read (when the test allows loopback)
and as the witness that nothing was fetched (its ``requests`` stay empty).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Answer:
    """A fixed answer: status, headers and body."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


# A route either has a fixed answer or writes its own (a stream, a slow drip).
Route = Answer | Callable[[BaseHTTPRequestHandler], None]


@dataclass
class PageServer:
    """The running server: its base URL, its routes (editable while it runs), what it was asked."""

    url: str
    routes: dict[str, Route]
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self.url.rsplit(":", 1)[1])

    def seen(self) -> list[str]:
        """The request lines received so far (method and path)."""
        with self.lock:
            return list(self.requests)


def _handler(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class names it so
            pass

        def _answer(self) -> None:
            with server.lock:
                server.requests.append(f"{self.command} {self.path}")
            route = server.routes.get(self.path.split("?", 1)[0])
            if route is None:
                route = Answer(404, b"not here", {"Content-Type": "text/plain"})
            if isinstance(route, Answer):
                self.send_response(route.status)
                headers = {"Content-Length": str(len(route.body)), **route.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(route.body)
                return
            try:
                route(self)
            except (BrokenPipeError, ConnectionResetError):  # the client stopped reading, as it should
                pass

        do_GET = _answer  # noqa: N815 - http.server's naming
        do_HEAD = _answer  # noqa: N815

    return Handler


def endless_body(handler: BaseHTTPRequestHandler) -> None:
    """An answer without a length that never ends: a fetch must stop reading on its own."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    chunk = b"x" * 65536
    for _ in range(10_000):  # 650 MB at most: far past any limit, yet finite if a test goes wrong
        handler.wfile.write(chunk)


def slow_drip(handler: BaseHTTPRequestHandler) -> None:
    """An answer that sends a byte every 0.1 s for a minute: each read is quick, the whole is not."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    for _ in range(600):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.1)


@contextmanager
def serve_pages(routes: dict[str, Route] | None = None) -> Iterator[PageServer]:
    """A PageServer on 127.0.0.1 at a free port, for the ``with`` block."""
    page_server = PageServer(url="", routes=dict(routes or {}))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(page_server))
    httpd.daemon_threads = True
    page_server.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield page_server
    finally:
        httpd.shutdown()
        httpd.server_close()
