"""Fetching a URL never reaches inside the network: loopback, private, link-local, metadata and the
like are refused (also after a redirect, and whatever a second DNS answer says), bodies are capped
and the whole fetch has a time limit. Pages are served from 127.0.0.1 by the test; the fetch is
allowed there only through ``allow_loopback``, which the CLI and the dashboard never set.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from page_server import Answer, PageServer, endless_body, serve_pages, slow_drip

from forecasts.cli import cli
from forecasts.extract import fetch
from forecasts.extract.article import ArticleError, read_article
from forecasts.extract.fetch import FetchError, address_problem, fetch_page

ADVICE = "only public http(s) addresses are fetched; save the page and pass the file"
STORY = b"title: A story\npublished: 2024-05-01\n\nOfficials say the talks will probably resume next week.\n"


@pytest.fixture
def pages() -> Iterator[PageServer]:
    with serve_pages({"/story.txt": Answer(body=STORY, headers={"Content-Type": "text/plain; charset=utf-8"})}) as s:
        yield s


def test_the_cli_refuses_a_loopback_url_and_fetches_nothing(pages: PageServer) -> None:
    url = f"{pages.url}/story.txt"
    result = CliRunner().invoke(cli, ["extract", url], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr == f"{url}: refused: it points to 127.0.0.1, a loopback address; {ADVICE}\n"
    assert pages.seen() == []


def test_a_name_that_resolves_to_loopback_is_refused(pages: PageServer) -> None:
    url = f"http://localhost:{pages.port}/story.txt"
    with pytest.raises(FetchError) as info:
        fetch_page(url)
    message = str(info.value)
    assert message.startswith(f"{url}: refused: it points to localhost, which resolves to ")
    assert message.endswith(f", a loopback address; {ADVICE}")
    assert pages.seen() == []


def test_read_article_refuses_loopback_with_an_article_error(pages: PageServer) -> None:
    url = f"{pages.url}/story.txt"
    with pytest.raises(ArticleError, match="^" + url.replace(".", r"\.") + ": refused: it points to 127.0.0.1"):
        read_article(url)
    assert pages.seen() == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.1.2.3/", "it points to 10.1.2.3, a private address"),
        ("http://192.168.0.1:8080/admin", "it points to 192.168.0.1, a private address"),
        ("http://172.16.5.4/", "it points to 172.16.5.4, a private address"),
        ("http://169.254.169.254/latest/meta-data/", "it points to 169.254.169.254, a cloud metadata address"),
        ("http://168.63.129.16/metadata", "it points to 168.63.129.16, a cloud metadata address"),
        ("http://169.254.1.1/", "it points to 169.254.1.1, a link-local address"),
        ("http://224.0.0.1/", "it points to 224.0.0.1, a multicast address"),
        ("http://240.0.0.1/", "it points to 240.0.0.1, a reserved address"),
        ("http://0.0.0.0:8501/", "it points to 0.0.0.0, an unspecified address"),
        ("http://100.64.0.1/", "it points to 100.64.0.1, not a public address"),
        ("http://[::1]:8501/", "it points to ::1, a loopback address"),
        ("http://[::ffff:127.0.0.1]/", "it points to ::ffff:127.0.0.1, a loopback address"),
        ("http://[fd00:ec2::254]/", "it points to fd00:ec2::254, a cloud metadata address"),
        ("http://[fe80::1]/", "it points to fe80::1, a link-local address"),
        ("http://2130706433/", "it points to 2130706433, which resolves to 127.0.0.1, a loopback address"),
        ("file:///etc/passwd", "it has 'file:', not http:// or https://"),
        ("ftp://example.org/story.txt", "it has 'ftp:', not http:// or https://"),
        ("gopher://example.org/", "it has 'gopher:', not http:// or https://"),
        ("http:///story", "it names no host"),
        ("http://user:secret@example.org/", "it holds a user name or password; give the address without them"),
    ],
)
def test_non_public_addresses_and_other_schemes_are_refused(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_page(url, timeout=2)
    assert str(info.value) == f"{url}: refused: {reason}; {ADVICE}"


def test_allowing_loopback_fetches_the_page_and_nothing_else(pages: PageServer) -> None:
    page = fetch_page(f"{pages.url}/story.txt", allow_loopback=True)
    assert (page.data, page.content_type, page.url) == (STORY, "text/plain; charset=utf-8", f"{pages.url}/story.txt")
    assert pages.seen() == ["GET /story.txt"]
    with pytest.raises(FetchError, match=r"it points to 10\.0\.0\.1, a private address"):
        fetch_page("http://10.0.0.1/", allow_loopback=True)


def test_redirects_are_followed_and_each_one_checked(pages: PageServer) -> None:
    pages.routes["/moved"] = Answer(302, headers={"Location": "/story.txt"})
    page = fetch_page(f"{pages.url}/moved", allow_loopback=True)
    assert (page.url, page.data) == (f"{pages.url}/story.txt", STORY)
    assert pages.seen() == ["GET /moved", "GET /story.txt"]


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://10.0.0.7/internal", "points to 10.0.0.7, a private address"),
        ("http://169.254.169.254/latest/meta-data/iam/", "points to 169.254.169.254, a cloud metadata address"),
        ("http://[fd12:3456::1]/", "points to fd12:3456::1, a private address"),
        ("file:///etc/passwd", "has 'file:', not http:// or https://"),
    ],
)
def test_a_redirect_to_a_private_address_is_refused(pages: PageServer, location: str, reason: str) -> None:
    pages.routes["/jump"] = Answer(301, headers={"Location": location})
    url = f"{pages.url}/jump"
    with pytest.raises(FetchError) as info:
        fetch_page(url, allow_loopback=True, timeout=3)
    assert str(info.value) == f"{url}: refused: it redirects to {location}, which {reason}; {ADVICE}"
    assert pages.seen() == ["GET /jump"]


def test_a_redirect_loop_stops(pages: PageServer) -> None:
    pages.routes["/loop"] = Answer(302, headers={"Location": "/loop"})
    url = f"{pages.url}/loop"
    with pytest.raises(FetchError) as info:
        fetch_page(url, allow_loopback=True)
    assert str(info.value) == f"{url}: more than 5 redirects; check the address, or save the page and pass the file"
    assert len(pages.seen()) == 6


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(
    pages: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name first resolves to a public address, then to 127.0.0.1."""
    real = socket.getaddrinfo
    real_connect = socket.create_connection
    answers = iter(["93.184.216.34"])
    connected: list[tuple[str, int]] = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "news.example":
            return real(next(answers, "127.0.0.1"), port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    def create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        connected.append(address)
        if address[0] == "93.184.216.34":
            raise ConnectionRefusedError(111, "Connection refused")
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(fetch.socket, "create_connection", create_connection)
    url = f"http://news.example:{pages.port}/story.txt"
    with pytest.raises(FetchError) as info:
        fetch_page(url, timeout=2)
    assert str(info.value) == (
        f"{url}: cannot fetch the page (Connection refused); check the address and the connection, "
        "or save the page and pass the file"
    )
    assert connected == [("93.184.216.34", pages.port)]
    assert pages.seen() == []


@pytest.mark.parametrize("route", ["/big", "/endless"])
def test_a_body_over_the_limit_is_refused(pages: PageServer, route: str) -> None:
    pages.routes["/big"] = Answer(body=b"y" * 5000, headers={"Content-Type": "text/plain"})
    pages.routes["/endless"] = endless_body
    url = f"{pages.url}{route}"
    with pytest.raises(FetchError) as info:
        fetch_page(url, allow_loopback=True, max_bytes=4000)
    assert str(info.value) == (
        f"{url}: the page is larger than 0.004 MB, too large for one article; "
        "save the page and pass the file, or split it"
    )


def test_the_whole_fetch_has_a_time_limit(pages: PageServer) -> None:
    pages.routes["/drip"] = slow_drip
    url = f"{pages.url}/drip"
    with pytest.raises(FetchError) as info:
        fetch_page(url, allow_loopback=True, timeout=0.8)
    assert (
        str(info.value) == f"{url}: no answer within 0.8 seconds; try again later, or save the page and pass the file"
    )


def test_a_silent_server_times_out() -> None:
    with socket.socket() as quiet:
        quiet.bind(("127.0.0.1", 0))
        quiet.listen(1)
        url = f"http://127.0.0.1:{quiet.getsockname()[1]}/story"
        with pytest.raises(FetchError) as info:
            fetch_page(url, allow_loopback=True, timeout=0.5)
    assert (
        str(info.value) == f"{url}: no answer within 0.5 seconds; try again later, or save the page and pass the file"
    )


def test_a_slow_name_lookup_counts_against_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(3)
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch_page("https://slow-dns.example/story", timeout=0.5)
    assert time.monotonic() - started < 2
    assert str(info.value) == (
        "https://slow-dns.example/story: no answer within 0.5 seconds; try again later, or save the page and pass the file"
    )


def test_http_errors_are_named(pages: PageServer) -> None:
    url = f"{pages.url}/missing.html"
    with pytest.raises(FetchError) as info:
        fetch_page(url, allow_loopback=True)
    assert str(info.value) == f"{url}: the server answered HTTP 404 Not Found; check the address"


IPV4 = st.integers(min_value=0, max_value=2**32 - 1).map(ipaddress.IPv4Address)


@given(IPV4)
def test_an_ipv4_mapped_address_is_judged_as_the_ipv4_address(address: ipaddress.IPv4Address) -> None:
    mapped = ipaddress.IPv6Address(f"::ffff:{address}")
    assert address_problem(mapped) == address_problem(address)
    assert address_problem(mapped, allow_loopback=True) == address_problem(address, allow_loopback=True)


@given(st.integers(min_value=0, max_value=2**24 - 1))
def test_every_address_in_127_and_10_is_refused(low: int) -> None:
    assert address_problem(ipaddress.IPv4Address((127 << 24) | low)) == "a loopback address"
    assert address_problem(ipaddress.IPv4Address((10 << 24) | low)) == "a private address"


@given(IPV4)
def test_an_address_is_public_only_when_global(address: ipaddress.IPv4Address) -> None:
    if address_problem(address) is None:
        assert address.is_global and not address.is_multicast
        assert address not in fetch.CLOUD_METADATA
