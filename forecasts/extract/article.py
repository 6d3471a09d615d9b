"""Read an article from a text file, an HTML file, a URL or standard input.

Text files may start with a header of ``key: value`` lines (``title``, ``outlet``, ``url``,
``published``, optionally ``author``) and a blank line, as in ``../shared/articles``; the body
is then everything after that blank line, and character offsets count from there. Without a
header the whole file is the body. HTML (a file, a page on the web, or HTML on standard input)
goes through trafilatura, which finds the main text and the title, author, date and site name;
offsets then count in the extracted text.

Line ends are normalised to ``\\n`` before anything else, so offsets refer to that text.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from forecasts.extract.fetch import FETCH_TIMEOUT_SECONDS as FETCH_TIMEOUT_SECONDS  # re-exported for callers
from forecasts.extract.fetch import FetchError, fetch_page

# An article is rarely above 200 kB of text; a file ten times that is a book, a dump or a
# mistake, and reading it rule by rule (about 0.1-0.5 MB a second) would keep the user waiting.
MAX_ARTICLE_BYTES = 2_000_000

HEADER_KEYS = ("title", "outlet", "url", "published", "author", "authors", "date")
_HEADER_LINE = re.compile(r"^(?P<key>[a-z_]+):[ \t]*(?P<value>.*)$")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class ArticleError(Exception):
    """An article that cannot be read; the message names the source and says what to do."""


@dataclass(frozen=True)
class Article:
    """The body of an article and what is known about it."""

    body: str
    source: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    author: str | None = None
    kind: str = "text"
    warnings: tuple[str, ...] = ()


def read_article(
    source: str,
    published: date | None = None,
    outlet: str | None = None,
    stdin: BinaryIO | None = None,
    timeout: float = FETCH_TIMEOUT_SECONDS,
    allow_loopback: bool = False,
) -> Article:
    """Read SOURCE (path, http(s) URL or ``-``); ``published``/``outlet`` override what it says.

    A URL is fetched by ``forecasts.extract.fetch.fetch_page``: public addresses only, within
    ``timeout`` seconds. ``allow_loopback`` is for tests that serve pages from 127.0.0.1.
    """
    if source == "-":
        data = _read_limited((stdin or sys.stdin.buffer), "standard input")
        article = parse_bytes(data, "standard input")
    elif re.match(r"^[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        data, content_type = fetch_url(source, timeout, allow_loopback=allow_loopback)
        if "text/plain" in content_type:
            article = parse_bytes(data, source)
            article = replace(article, url=article.url or source)
        else:
            article = parse_html(data, source, url=source)
    else:
        article = parse_bytes(
            _read_file(Path(source)), source, html_hint=Path(source).suffix.lower() in (".html", ".htm")
        )
    if published is not None:
        article = replace(article, published=published)
    if outlet:
        article = replace(article, outlet=outlet)
    return article


def _read_file(path: Path) -> bytes:
    if not path.exists():
        raise ArticleError(f"{path}: no such file; give a .txt or .html article, a URL, or - for standard input")
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder; give one article file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{path}: {size / 1e6:.1f} MB is too large for one article (the limit is {MAX_ARTICLE_BYTES / 1e6:.0f} MB); "
            "split it into articles"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read file: {exc.strerror}") from None


def _read_limited(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{name}: more than {MAX_ARTICLE_BYTES / 1e6:.0f} MB is too large for one article; split it into articles"
        )
    return data


def fetch_url(url: str, timeout: float = FETCH_TIMEOUT_SECONDS, allow_loopback: bool = False) -> tuple[bytes, str]:
    """The bytes and content type at ``url``; ArticleError with the reason when it cannot be had."""
    try:
        page = fetch_page(url, timeout=timeout, max_bytes=MAX_ARTICLE_BYTES, allow_loopback=allow_loopback)
    except FetchError as exc:
        raise ArticleError(str(exc)) from None
    return page.data, page.content_type


def decode_text(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Text from bytes: UTF-8 (BOM allowed), else Windows-1252 with a warning; binary data refused."""
    if b"\x00" in data[:65536]:
        raise ArticleError(f"{source}: not a text file (it holds binary data); give a .txt or .html article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if text.count("\ufffd") + controls > max(8, len(text) // 100):
        raise ArticleError(f"{source}: not a text file (it holds binary data); give a .txt or .html article")
    return text, (f"{source}: not UTF-8; read as Windows-1252",)


def parse_bytes(data: bytes, source: str, html_hint: bool = False) -> Article:
    """An article from raw bytes: HTML when it looks like HTML (or the name says so), else text."""
    if html_hint or _HTML_START.match(data[:4096]):
        return parse_html(data, source)
    text, warnings = decode_text(data, source)
    article = parse_text(text, source)
    return replace(article, warnings=warnings + article.warnings)


_BYLINE = re.compile(
    r"^\s*by\s+(?P<name>[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|de|van|von|al-\w+)){1,6})\s*$", re.IGNORECASE
)


def find_byline(body: str) -> str | None:
    """The author named by a "By Jane Doe" line among the first lines of the body, if any."""
    for line in body.split("\n", 8)[:8]:
        match = _BYLINE.match(line)
        if match and match["name"][0].isupper():
            return match["name"]
    return None


def parse_text(text: str, source: str) -> Article:
    """An article from plain text, with or without the ``key: value`` header."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header, body_start = _split_header(text)
    if header is None:
        return Article(body=text, source=source, author=find_byline(text))
    fields: dict[str, str | None] = {}
    line_of: dict[str, int] = {}
    for number, line in enumerate(text[:body_start].splitlines(), start=1):
        match = _HEADER_LINE.match(line)
        if match is None:
            continue
        value = match["value"].strip()
        fields[match["key"]] = None if value in ("", "null", "~", "none", "None") else value
        line_of[match["key"]] = number
    published = None
    raw_date = fields.get("published") or fields.get("date")
    if raw_date:
        published = _parse_header_date(raw_date, source, line_of.get("published") or line_of.get("date") or 1)
    return Article(
        body=text[body_start:],
        source=source,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        url=fields.get("url"),
        published=published,
        author=fields.get("author") or fields.get("authors") or find_byline(text[body_start:]),
    )


def _split_header(text: str) -> tuple[list[str] | None, int]:
    """The header lines and where the body starts, or (None, 0) when the text has no header."""
    blank = text.find("\n\n")
    if blank <= 0:
        return None, 0
    lines = text[:blank].split("\n")
    if len(lines) > len(HEADER_KEYS):
        return None, 0
    keys = []
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match is None or match["key"] not in HEADER_KEYS:
            return None, 0
        keys.append(match["key"])
    if "title" not in keys and "published" not in keys:
        return None, 0
    return lines, blank + 2


def _parse_header_date(value: str, source: str, line: int) -> date:
    text = value.strip().strip("'\"")
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ArticleError(f"{source}:{line}: published: {value!r} is not a date (YYYY-MM-DD)")


def parse_html(data: bytes | str, source: str, url: str | None = None) -> Article:
    """The main text of an HTML page and its metadata, through trafilatura."""
    import trafilatura

    if isinstance(data, bytes) and b"\x00" in data[:65536]:
        raise ArticleError(f"{source}: not an HTML page (it holds binary data)")
    try:
        document = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
        )
    except Exception as exc:  # trafilatura raises many kinds of errors on broken markup
        raise ArticleError(f"{source}: cannot read the HTML ({type(exc).__name__}: {exc})") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ArticleError(
            f"{source}: no article text found in the HTML (a page of scripts or menus only?); "
            "save the article's own page, or its text as a .txt file"
        )
    published = None
    raw_date = getattr(document, "date", None)
    if raw_date and _ISO_DATE.match(str(raw_date)):
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    return Article(
        body=text.replace("\r\n", "\n"),
        source=source,
        title=getattr(document, "title", None) or None,
        outlet=getattr(document, "sitename", None) or None,
        url=url or getattr(document, "url", None) or None,
        published=published,
        author=getattr(document, "author", None) or None,
        kind="html",
    )


_COMMON_ENGLISH = frozenset(
    "the of and to in a is that for it on with as was by be are this from at or have has not will would said".split()
)


def looks_english(body: str) -> bool:
    """A cheap check that the body is English: common function words make up part of it."""
    words = re.findall(r"[^\W\d_]+", body[:20000].lower())
    if len(words) < 20:
        return True
    share = sum(1 for w in words if w in _COMMON_ENGLISH) / len(words)
    return share >= 0.08
