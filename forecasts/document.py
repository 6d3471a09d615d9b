"""Safe, strict YAML reading that can say on which line every key and list item stands.

Scenario files are data written by people, so reading them is stricter than ``yaml.safe_load``:
- values come from yaml-rs (a Rust YAML 1.2 parser): ``yes``/``no``/``on``/``off`` and the
  country code ``NO`` stay text (YAML 1.1 would turn ``outcome: no`` into ``False``), dates
  and timestamps become dates and datetimes, and a malformed date such as ``2020-13-01`` stays
  text so validation can say what is wrong with it;
- no aliases (``*name``), merge keys (``<<``) or tags (``!!python/...``, ``!custom``): scenario
  files never need them, aliases are the vector of "billion laughs" bombs and tags are how YAML
  loaders get tricked into building objects; duplicate keys are errors, never silently merged;
- files over ``MAX_BYTES`` and nesting deeper than ``MAX_DEPTH`` are refused before parsing.

Line numbers come from libyaml's composer (PyYAML), which is slower, so they are worked out
only when something asks for them (an error message, an append to the history).
"""

from __future__ import annotations

import re
import sys
import threading
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def _import_yaml_rs() -> ModuleType:
    """Import yaml-rs from a thread that lasts as long as the process.

    yaml-rs 0.1.6 crashes the process (segmentation fault in ``loads``) once the thread that
    first imported it has ended, and Streamlit runs every rerun in a new thread. Importing it
    from a thread that never ends keeps every later call safe, whichever thread makes it.
    """
    if "yaml_rs" in sys.modules:
        return sys.modules["yaml_rs"]
    imported = threading.Event()
    failure: list[BaseException] = []

    def hold() -> None:
        try:
            import yaml_rs  # noqa: F401
        except BaseException as exc:  # pragma: no cover - a broken install
            failure.append(exc)
        finally:
            imported.set()
        threading.Event().wait()

    threading.Thread(target=hold, name="yaml-rs-holder", daemon=True).start()
    imported.wait()
    if failure:  # pragma: no cover
        raise failure[0]
    return sys.modules["yaml_rs"]


yaml_rs = _import_yaml_rs()

MAX_BYTES = 1_000_000
MAX_DEPTH = 32

FieldPath = tuple[str | int, ...]

# Anchors, aliases and tags can only start a token: after white space, a flow indicator or at
# the start of a line. Text without any such token cannot hold them, so the slower libyaml scan
# that checks for them precisely runs only on files that might.
_MAY_HOLD_SPECIALS = re.compile(r"(?:^|[\s\[{,])(?:[&*!][^\s,\]}]|<<)", re.MULTILINE)
_CORE_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
_YAML_RS_LINE = re.compile(r"at line (\d+)")
_DOCUMENT_START = re.compile(r"^---", re.MULTILINE)


class DocumentError(ValueError):
    """A file that cannot be read as a scenario document at all; carries its line."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class Document:
    """Parsed YAML data, and the 1-based line of every key and list item (computed on demand)."""

    def __init__(self, data: Any, text: str = "", lines: dict[FieldPath, int] | None = None) -> None:
        self.data = data
        self.text = text
        if lines is not None:
            self.__dict__["lines"] = lines

    @cached_property
    def lines(self) -> dict[FieldPath, int]:
        """Line of every key and list item, by path."""
        return scan_document(self.text) if self.text else {}

    def line_of(self, path: FieldPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        lines = self.lines
        for end in range(len(path), -1, -1):
            line = lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def parse_document(text: str) -> Document:
    """Parse YAML text strictly; raise DocumentError (with a line) on anything unsafe or malformed."""
    if len(text) > MAX_BYTES // 4 and len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise DocumentError(f"file is larger than {MAX_BYTES:,} bytes; a scenario file should be a few kilobytes")
    text = text.removeprefix("\ufeff")
    _check_depth(text)
    lines = scan_document(text) if _MAY_HOLD_SPECIALS.search(text) else None
    try:
        # parse_datetime=False: yaml-rs would read quoted text such as "2020-01-04" as a date;
        # the schema parses dates from text itself, so a quoted date stays what the writer meant.
        data = yaml_rs.loads(text, parse_datetime=False)
    except yaml_rs.YAMLDecodeError as exc:
        # libyaml words most syntax errors well and finds the line of a duplicate key;
        # fall back to yaml-rs's own message when libyaml accepts what yaml-rs does not.
        scan_document(text)
        message = str(exc).strip().splitlines()
        found = _YAML_RS_LINE.search(message[0]) if message else None
        raise DocumentError(
            f"not valid YAML: {message[-1] if message else exc}", int(found[1]) if found else None
        ) from None
    if isinstance(data, list) and _DOCUMENT_START.search(text):
        try:
            scan_document(text)
        except DocumentError as exc:
            if "single document" in exc.message:
                raise DocumentError(
                    "holds several YAML documents (---); put one scenario in each file", exc.line
                ) from None
            raise
    return Document(data=data, text=text, lines=lines)


def _check_depth(text: str) -> None:
    # Parsers recurse once per nesting level: refuse pathological nesting before they do.
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    depth = deepest = 0
    for match in re.finditer(r"[\[\]{}]", text):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise DocumentError(f"nesting is deeper than {MAX_DEPTH} levels")


def scan_document(text: str) -> dict[FieldPath, int]:
    """Lines of every key and list item, via libyaml; raises DocumentError on aliases, tags,
    merge keys and duplicate keys (with their line) and on YAML syntax errors."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[FieldPath, int] = {}
        if node is not None:
            _Scanner(lines).visit(node, (), 1)
        return lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or str(exc)
        if exc.context and exc.context_mark is not None:
            problem += f" {exc.context} that starts on line {exc.context_mark.line + 1}"
        raise DocumentError(f"not valid YAML: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise DocumentError(f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()


class _Scanner:
    """Walks libyaml's node tree once, recording lines and refusing what plain data never has."""

    def __init__(self, lines: dict[FieldPath, int]) -> None:
        self.lines = lines
        self.seen: set[int] = set()

    def visit(self, node: yaml.Node, path: FieldPath, line: int) -> None:
        if id(node) in self.seen:
            # libyaml resolves an alias to the very node it names, so a node met twice is an alias.
            raise DocumentError(
                "YAML aliases (*name) are not allowed in scenario files; write the value out in full", line
            )
        if len(path) > MAX_DEPTH:
            raise DocumentError(f"nesting is deeper than {MAX_DEPTH} levels", line)
        self.seen.add(id(node))
        if node.tag not in _CORE_TAGS:
            if node.tag == "tag:yaml.org,2002:merge":
                raise DocumentError("merge keys (<<) are not allowed in scenario files; write the keys out", line)
            raise DocumentError(
                f"tag {node.tag!r} is not allowed: scenario files hold plain data (text, numbers, dates, lists, mappings)",
                node.start_mark.line + 1,
            )
        if isinstance(node, yaml.MappingNode):
            first_line: dict[str, int] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                self.visit(key_node, path, key_line)
                if not isinstance(key_node, yaml.ScalarNode):
                    raise DocumentError("a mapping key must be plain text", key_line)
                key = key_node.value
                if key in first_line:
                    raise DocumentError(
                        f"key {key!r} appears twice (lines {first_line[key]} and {key_line}); keep one", key_line
                    )
                first_line[key] = key_line
                child = path + (key,)
                self.lines[child] = key_line
                self.visit(value_node, child, key_line)
        elif isinstance(node, yaml.SequenceNode):
            item_line = node.start_mark.line + 1
            for index, item in enumerate(node.value):
                if id(item) not in self.seen:
                    item_line = item.start_mark.line + 1
                child = path + (index,)
                self.lines[child] = item_line
                self.visit(item, child, item_line)


def read_document(path: Path) -> tuple[str, Document]:
    """Read and parse a file; the size limit is checked before anything is read."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DocumentError(
            f"file is {size:,} bytes, larger than {MAX_BYTES:,}; a scenario file should be a few kilobytes"
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError("file is not UTF-8 text", line) from None
    return text, parse_document(text)
