"""URLs are fetched with a timeout; tests serve saved pages from 127.0.0.1 (no network).

The fetch refuses loopback addresses (tests/extract/test_extract_fetch.py), so these tests allow
it explicitly: ``read_article(..., allow_loopback=True)``, or, for the CLI, which never allows it,
by giving the article reader a fetch that does.
"""

import json
import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.extract import article as article_module
from forecasts.extract.article import ArticleError, read_article
from forecasts.extract.fetch import fetch_page

DATA = Path(__file__).parent.parent / "data" / "extract"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class names it so
        pass


@pytest.fixture(scope="module")
def server():
    handler = partial(QuietHandler, directory=str(DATA))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def loopback_allowed(monkeypatch):
    """The CLI's fetches may reach 127.0.0.1 (only in these tests)."""

    def fetch_allowing_loopback(url, **options):
        return fetch_page(url, **{**options, "allow_loopback": True})

    monkeypatch.setattr(article_module, "fetch_page", fetch_allowing_loopback)


@pytest.fixture
def silent_port():
    """A port that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    yield sock.getsockname()[1]
    sock.close()


def test_a_saved_page_over_http_reads_like_the_file(server):
    via_url = read_article(f"{server}/saved-page.html", allow_loopback=True)
    via_file = read_article(str(DATA / "saved-page.html"))
    assert via_url.body == via_file.body
    assert (via_url.title, via_url.author, via_url.published, via_url.outlet) == (
        via_file.title,
        via_file.author,
        via_file.published,
        via_file.outlet,
    )


def test_a_text_url_keeps_its_header(server):
    article = read_article(f"{server}/grain-corridor.txt", allow_loopback=True)
    assert article.body == read_article(str(DATA / "grain-corridor.txt")).body
    assert article.url == "https://example.org/news/grain-corridor"


def test_cli_extracts_from_a_url(server, loopback_allowed):
    result = CliRunner().invoke(
        cli, ["extract", f"{server}/saved-page.html", "--format", "json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)["forecasts"]
    # The same forecasts as from the saved file (which ones is the extractor's business, tested elsewhere).
    from_file = CliRunner().invoke(cli, ["extract", str(DATA / "saved-page.html"), "--format", "json"])
    assert records == json.loads(from_file.stdout)["forecasts"]
    assert len(records) >= 5 and "Amira Haddad" in [r["speaker"] for r in records]


def test_http_errors_are_named(server):
    with pytest.raises(ArticleError) as info:
        read_article(f"{server}/missing.html", allow_loopback=True)
    assert str(info.value) == f"{server}/missing.html: the server answered HTTP 404 File not found; check the address"


def test_unreachable_url(silent_port, loopback_allowed):
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()  # nothing listens here now
    url = f"http://127.0.0.1:{port}/story"
    result = CliRunner().invoke(cli, ["extract", url], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{url}: cannot fetch the page (")
    assert result.stderr.endswith("); check the address and the connection, or save the page and pass the file\n")


def test_a_silent_server_times_out(silent_port, loopback_allowed):
    url = f"http://127.0.0.1:{silent_port}/story"
    result = CliRunner().invoke(cli, ["extract", url, "--timeout", "0.5"], catch_exceptions=False)
    assert result.exit_code == 1
    assert (
        result.stderr == f"{url}: no answer within 0.5 seconds; try again later, or save the page and pass the file\n"
    )


def test_cli_refuses_a_url_on_this_machine(server):
    url = f"{server}/saved-page.html"
    result = CliRunner().invoke(cli, ["extract", url, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr == (
        f"{url}: refused: it points to 127.0.0.1, a loopback address; only public http(s) addresses are fetched; "
        "save the page and pass the file\n"
    )
    assert result.stdout == ""
