"""Fetch a web page for the extractor without letting an address reach inside the network.

``forecasts extract URL`` and the dashboard's Extract page both fetch through ``fetch_page``. A
URL typed by someone else must not make this machine read its own services (a dashboard on
localhost, a database's web console, a cloud provider's metadata endpoint) and show them the
answer, so:

- only ``http`` and ``https`` URLs are fetched, without a user name or password in them;
- the host name is resolved once, *every* address it resolves to must be public (not loopback,
  private, link-local, multicast, reserved, unspecified, shared or a cloud metadata address),
  and the connection goes to one of those checked addresses, never to a fresh lookup, so a DNS
  answer that changes between the check and the connection (DNS rebinding) cannot swap it;
- redirects are followed by hand, at most ``MAX_REDIRECTS``, each new address checked the same
  way;
- the body is read in chunks and refused once it passes ``max_bytes``;
- the whole fetch (every redirect, connecting and reading) must finish within ``timeout``.

Proxies from the environment are not used: a proxy would connect on our behalf, after the check.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5
FETCH_TIMEOUT_SECONDS = 15.0
# An article is rarely above 200 kB of text; ten times that is a book, a dump or a mistake.
MAX_PAGE_BYTES = 2_000_000
USER_AGENT = "forecasts-extract/0.1 (+https://github.com/; article reader)"
_CHUNK_BYTES = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ADVICE = "save the page and pass the file"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Metadata endpoints of cloud providers. Most are also link-local or private, but Azure's
# 168.63.129.16 is a public address, and naming them all gives the clearer reason.
CLOUD_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean, ...
        "169.254.170.2",  # AWS ECS task metadata
        "168.63.129.16",  # Azure wire server
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud
        "fd00:ec2::254",  # AWS over IPv6
    )
)
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, IPv4-compatible).
_EMBEDDING_PREFIXES = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("::/96"))


class FetchError(Exception):
    """A page that is not fetched; the message names the URL and the reason."""


@dataclass(frozen=True)
class Page:
    """What a fetch brought back: the final URL (after redirects), the body and its content type."""

    url: str
    data: bytes
    content_type: str
    # For conditional requests (forecasts watch): 304 means "not modified" and comes without a body.
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None


def address_problem(address: IPAddress, allow_loopback: bool = False) -> str | None:
    """What kind of non-public address ``address`` is (e.g. ``a loopback address``), or None if public."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return address_problem(embedded, allow_loopback)
    if address in CLOUD_METADATA:
        return "a cloud metadata address"
    if address.is_loopback:
        return None if allow_loopback else "a loopback address"
    for kind, found in (
        ("an unspecified address", address.is_unspecified),
        ("a link-local address", address.is_link_local),
        ("a multicast address", address.is_multicast),
        ("a reserved address", address.is_reserved),
        ("a private address", address.is_private),
        ("not a public address", not address.is_global),
    ):
        if found:
            return kind
    return None


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, NAT64 or IPv4-compatible IPv6 address."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in prefix for prefix in _EMBEDDING_PREFIXES) and int(address) > 1:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


@dataclass(frozen=True)
class _Target:
    """One URL to request: where to connect (checked addresses), what to ask for, and how."""

    url: str
    scheme: str
    host: str
    port: int
    path: str
    addresses: tuple[str, ...]


def _refuse(url: str, reason: str, via: str | None) -> FetchError:
    """``reason`` says what ``url`` does wrong, as in "it {reason}"; ``via`` redirected to it."""
    start = f"{via}: refused: it redirects to {url}, which" if via else f"{url}: refused: it"
    return FetchError(f"{start} {reason}; only public http(s) addresses are fetched; {_ADVICE}")


def _target(url: str, via: str | None, allow_loopback: bool, deadline: float) -> _Target:
    """The checked target of ``url`` (``via``: the URL that redirected here), or FetchError why not."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise _refuse(url, f"is not a valid URL ({exc})", via) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"'{scheme}:'" if scheme else "no scheme"
        raise _refuse(url, f"has {shown}, not http:// or https://", via)
    host = parts.hostname
    if not host:
        raise _refuse(url, "names no host", via)
    if parts.username is not None or parts.password is not None:
        raise _refuse(url, "holds a user name or password; give the address without them", via)
    port = port or (443 if scheme == "https" else 80)
    try:
        found = _resolve(host, port, deadline)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(
            f"{via or url}: cannot fetch the page (the name {host!r} does not resolve: {exc}); "
            f"check the address and the connection, or {_ADVICE}"
        ) from None
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in found:
        text = str(sockaddr[0]).split("%", 1)[0]  # an IPv6 zone index is not part of the address
        problem = address_problem(ipaddress.ip_address(text), allow_loopback)
        if problem is not None:
            # One bad address refuses the name: which one a connection would use is not ours to pick.
            named = f"{host}, which resolves to {text}" if text != host.strip("[]") else text
            raise _refuse(url, f"points to {named}, {problem}", via)
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise FetchError(f"{via or url}: cannot fetch the page (the name {host!r} has no address); {_ADVICE}")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(url, scheme, host, port, path, tuple(addresses))


def _resolve(host: str, port: int, deadline: float) -> list[Any]:
    """``socket.getaddrinfo`` within the deadline (a lookup cannot be interrupted: it is left behind)."""
    answer: list[Any] = []
    failure: list[BaseException] = []

    def look_up() -> None:
        try:
            answer.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP))
        except BaseException as exc:  # noqa: BLE001 -- handed to the caller's thread as it is
            failure.append(exc)

    worker = threading.Thread(target=look_up, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise TimeoutError
    if failure:
        raise failure[0]
    return answer


def _timed_out(url: str, timeout: float | None = None) -> FetchError:
    within = f" within {timeout:g} seconds" if timeout is not None else ""
    return FetchError(f"{url}: no answer{within}; try again later, or {_ADVICE}")


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to a given, already checked, address (the Host header keeps the name)."""

    def __init__(self, target: _Target, address: str, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to a given, already checked, address; the certificate is checked
    against the host name, as usual."""

    def __init__(self, target: _Target, address: str, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _connect(target: _Target, deadline: float) -> http.client.HTTPConnection:
    """A connection to the first checked address that answers."""
    last: OSError | None = None
    for address in target.addresses:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        kind = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
        connection = kind(target, address, remaining)
        try:
            connection.connect()
        except TimeoutError:
            connection.close()
            raise
        except OSError as exc:
            connection.close()
            last = exc
            continue
        return connection
    if last is None:
        raise TimeoutError
    raise last


def _read_body(
    response: http.client.HTTPResponse, sock: socket.socket | None, url: str, max_bytes: int, deadline: float
) -> bytes:
    length = response.getheader("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        if sock is not None:
            sock.settimeout(remaining)
        # read1: one system call at most, so a server sending a byte at a time meets the deadline.
        chunk = response.read1(_CHUNK_BYTES)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(chunk)


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(
        f"{url}: the page is larger than {max_bytes / 1e6:g} MB, too large for one article; {_ADVICE}, or split it"
    )


def fetch_page(
    url: str,
    *,
    timeout: float = FETCH_TIMEOUT_SECONDS,
    max_bytes: int = MAX_PAGE_BYTES,
    allow_loopback: bool = False,
    headers: Mapping[str, str] | None = None,
) -> Page:
    """The page at ``url`` (following checked redirects), or FetchError naming the URL and the reason.

    ``timeout`` bounds the whole fetch, ``max_bytes`` the body. ``allow_loopback`` lets a test
    serve pages from 127.0.0.1; every other non-public address is still refused. The CLI and
    the dashboard never set it. ``headers`` adds request headers (``forecasts watch`` sends Accept,
    If-None-Match and If-Modified-Since); a 304 answer comes back as a Page with status 304.
    """
    deadline = time.monotonic() + timeout
    current, via = url, None
    for _ in range(MAX_REDIRECTS + 1):
        try:
            target = _target(current, via, allow_loopback, deadline)
            connection = _connect(target, deadline)
            try:
                connection.request(
                    "GET",
                    target.path,
                    headers={
                        "User-Agent": USER_AGENT,
                        "Accept": "text/html,text/plain;q=0.9",
                        "Accept-Encoding": "identity",
                        "Connection": "close",
                        **(headers or {}),
                    },
                )
                # Taken now: getresponse hands a closing connection's socket over to the response.
                sock = connection.sock
                response = connection.getresponse()
                status = response.status
                if status in _REDIRECTS:
                    location = response.getheader("Location")
                    if not location:
                        raise FetchError(f"{url}: the server answered HTTP {status} without a Location; {_ADVICE}")
                    via, current = via or url, urljoin(current, location.strip())
                    continue
                if status == 304:
                    return Page(current, b"", "", 304, response.getheader("ETag"), response.getheader("Last-Modified"))
                if status >= 400:
                    raise FetchError(f"{url}: the server answered HTTP {status} {response.reason}; check the address")
                data = _read_body(response, sock, url, max_bytes, deadline)
                content_type = (response.getheader("Content-Type") or "").lower()
                return Page(
                    current, data, content_type, status, response.getheader("ETag"), response.getheader("Last-Modified")
                )
            finally:
                connection.close()
        except TimeoutError:
            raise _timed_out(url, timeout) from None
        except (http.client.HTTPException, ssl.SSLError) as exc:
            raise FetchError(
                f"{url}: cannot fetch the page ({type(exc).__name__}: {exc}); "
                f"check the address and the connection, or {_ADVICE}"
            ) from None
        except OSError as exc:
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise FetchError(
                f"{url}: cannot fetch the page ({reason}); check the address and the connection, or {_ADVICE}"
            ) from None
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects; check the address, or {_ADVICE}")
