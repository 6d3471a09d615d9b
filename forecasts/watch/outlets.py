"""The list of feeds to watch: ``watch.yaml`` (feeds with an optional outlet name) or an OPML file."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import yaml

from forecasts.scenario import url_problem


class OutletListError(ValueError):
    """A feed list that cannot be used: names the file, the place and the fix."""


@dataclass(frozen=True)
class Outlet:
    """One feed to watch: its URL and the outlet name given to its articles (None: the feed's title)."""

    url: str
    name: str | None = None


EXAMPLE = "feeds:\n  - url: https://example.org/rss.xml\n    outlet: Example News"


def _checked(url: object, where: str) -> str:
    if not isinstance(url, str) or not url.strip():
        raise OutletListError(f"{where}: url: {url!r} is not a feed address; write e.g.\n{EXAMPLE}")
    text = url.strip()
    problem = url_problem(text)
    if problem is not None or not text.lower().startswith(("http://", "https://")):
        raise OutletListError(f"{where}: url: {problem or repr(text) + ' is not an http(s) URL'}")
    return text


def read_outlets(path: Path) -> list[Outlet]:
    """The feeds listed in ``path``: OPML (``.opml``/``.xml``, every outline with an xmlUrl) or YAML.

    YAML is ``feeds:`` with items ``{url, outlet}`` or bare URLs.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OutletListError(f"{path}: no such file; write a feed list, e.g.\n{EXAMPLE}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OutletListError(f"{path}: cannot read: {exc}") from None
    if path.suffix.lower() in (".opml", ".xml"):
        try:
            root = ElementTree.fromstring(text)
        except ElementTree.ParseError as exc:
            line = exc.position[0]
            raise OutletListError(f"{path}:{line}: not OPML ({exc}); export the list again from the reader") from None
        outlets = [
            Outlet(
                _checked(node.get("xmlUrl"), f"{path}: outline {node.get('text') or ''!r}"),
                node.get("title") or node.get("text"),
            )
            for node in root.iter("outline")
            if node.get("xmlUrl")
        ]
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            raise OutletListError(
                f"{where}: not YAML ({getattr(exc, 'problem', exc)}); write e.g.\n{EXAMPLE}"
            ) from None
        items = data.get("feeds") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise OutletListError(f"{path}: feeds: missing or not a list; write e.g.\n{EXAMPLE}")
        outlets = []
        for index, item in enumerate(items):
            where = f"{path}: feeds[{index}]"
            if isinstance(item, str):
                outlets.append(Outlet(_checked(item, where)))
            elif isinstance(item, dict):
                unknown = sorted(set(item) - {"url", "outlet"})
                if unknown:
                    raise OutletListError(f"{where}: unknown key {unknown[0]!r}; a feed has url and outlet")
                name = item.get("outlet")
                if name is not None and not isinstance(name, str):
                    raise OutletListError(f"{where}: outlet: {name!r} is not text")
                outlets.append(Outlet(_checked(item.get("url"), where), name))
            else:
                raise OutletListError(f"{where}: {item!r} is not a feed; write a URL or {{url, outlet}}")
    if not outlets:
        raise OutletListError(f"{path}: lists no feeds; write e.g.\n{EXAMPLE}")
    return outlets
