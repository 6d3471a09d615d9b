"""Safe, strict YAML reading that can say on which line every key and list item stands.

Scenario files are data written by people, so reading them is stricter than ``yaml.safe_load``:
- values come from yaml-rs (a Rust YAML 1.2 parser): ``yes``/``no``/``on``/``off`` and the
  country code ``NO`` stay text (YAML 1.1 would turn ``outcome: no`` into ``False``), dates
  and timestamps become dates and datetimes, and a malformed date such as ``2020-13-01`` stays
  text so validation can say what is wrong with it;
- no aliases (``*name``), merge keys (``<<``) or tags (``!!python/...``, ``!custom``): scenario
  files never need them, aliases are the vector of "billion laughs" bombs and tags are how YAML
  loaders get tricked into building objects; duplicate keys are errors, never silently merged;
- files over ``MAX_BYTES`` and nesting deeper than ``MAX_DEPTH`` are refused before parsing
  (yaml-rs crashes the process on a line of a hundred thousand ``- - - ...``);
- control characters are refused with their line and column: NUL, the other C0 controls but
  tab, line feed and carriage return, DEL and the C1 range. YAML forbids them (its printable set)
  and yaml-rs stops reading at a NUL, so a NUL in a comment would silently cut the file short.
  Tab stays allowed where YAML allows it (in comments, in text, between a key and its value);
  a tab in indentation gets a message that says "tab";
- only regular files are read, and at most ``MAX_BYTES + 1`` bytes of them: a FIFO named
  ``x.yaml`` would block a plain read forever and a link to ``/dev/zero`` would fill memory.

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

from forecasts.printable import FILE_CONTROL, describe_character
from forecasts.regular_files import FileTooLarge, NotARegularFile, read_regular_file

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # the pure-Python twin of CSafeLoader


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
# The blank and indicator characters that open a line: a nesting level in block style costs at
# least one of them, so a line whose run of them is short cannot open deep nesting.
_LONG_LINE_LEAD = re.compile(rf"^[ \t?:-]{{{MAX_DEPTH // 2 - 1},}}", re.MULTILINE)
_TAB_AFTER_INDICATOR = re.compile(r"(?:^|[\s\w\"'])[:?-]\t")
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
        # Why libyaml could not read the text that yaml-rs did, once ``lines`` has been asked for.
        self.scan_error: DocumentError | None = None
        if lines is not None:
            self.__dict__["lines"] = lines

    @cached_property
    def lines(self) -> dict[FieldPath, int]:
        """Line of every key and list item, by path (empty if libyaml cannot read the text).

        Asked for while a problem is being worded, so it must not raise: text that yaml-rs read
        but libyaml refuses (say a line holding only ``:``) keeps its problems, without line
        numbers, and ``scan_error`` says what libyaml found.
        """
        if not self.text:
            return {}
        try:
            return scan_document(self.text)
        except DocumentError as exc:
            self.scan_error = exc
            return {}

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
    check_characters(text)
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
        line = int(found[1]) if found else None
        tab = _tab_near(text, line - 1, -1) if line else None
        if line and tab is not None:
            raise DocumentError(
                f"the file has a tab character at column {tab}; YAML indents with spaces — replace it with spaces", line
            ) from None
        raise DocumentError(f"not valid YAML: {message[-1] if message else exc}", line) from None
    except TypeError:
        # yaml-rs raises TypeError, not a decode error, on a key that is a mapping or a list
        # ("? {a: 1}: b"); libyaml's reading names the line.
        scan_document(text)
        raise DocumentError("not valid YAML: a mapping key must be plain text") from None
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


def check_characters(text: str) -> None:
    """Raise DocumentError at the first control character YAML does not allow (tab, LF, CR pass)."""
    found = FILE_CONTROL.search(text)
    if found is None:
        return
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    raise DocumentError(
        f"control character {describe_character(found.group())} at column {column}; scenario files hold printable text "
        "(tabs and line breaks are fine): delete it",
        line,
    )


def _check_depth(text: str) -> None:
    # Parsers recurse once per nesting level: refuse pathological nesting before they do. The
    # deepest nesting is at most the deepest bracket nesting plus the longest run of blanks and
    # indicators opening a line, plus two (a key's mapping); only when either part is over half
    # the limit does libyaml's event stream, which keeps its own stack, measure it exactly.
    if _bracket_depth_bound(text) >= MAX_DEPTH // 2 or _LONG_LINE_LEAD.search(text):
        _measure_depth(text)


def _bracket_depth_bound(text: str) -> int:
    brackets = text.count("[") + text.count("{")
    if brackets < MAX_DEPTH // 2:
        return brackets
    depth = deepest = 0
    for match in re.finditer(r"[\[\]{}]", text):
        # A closing bracket inside quoted text must not hide real nesting: never below zero.
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


def _measure_depth(text: str) -> None:
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark is not None else None
                    raise DocumentError(f"nesting is deeper than {MAX_DEPTH} levels", line)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" in (exc.problem or ""):  # libyaml's own limit, far above ours
            mark = exc.problem_mark
            raise DocumentError(f"nesting is deeper than {MAX_DEPTH} levels", mark.line + 1 if mark else None) from None
        raise _syntax_error(text, exc) from None
    except yaml.YAMLError as exc:
        raise DocumentError(f"not valid YAML: {exc}") from None


def _syntax_error(text: str, exc: yaml.MarkedYAMLError) -> DocumentError:
    """libyaml's error, worded for a person: a tab in indentation is called a tab."""
    mark = exc.problem_mark or exc.context_mark
    if mark is not None:
        tab = _tab_near(text, mark.line, mark.column)
        if tab is not None:
            return DocumentError(
                f"the file has a tab character at column {tab}; YAML indents with spaces — replace it with spaces",
                mark.line + 1,
            )
    problem = exc.problem or str(exc)
    if exc.context and exc.context_mark is not None:
        problem += f" {exc.context} that starts on line {exc.context_mark.line + 1}"
    return DocumentError(f"not valid YAML: {problem}", mark.line + 1 if mark else None)


def _tab_near(text: str, line: int, column: int) -> int | None:
    """The 1-based column of the tab a parser stumbled on (0-based line and column), if any."""
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return None
    line_text = lines[line]
    if column >= 0 and line_text[column : column + 1] == "\t":
        return column + 1
    indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
    if "\t" in indent:
        return indent.index("\t") + 1
    # yaml-rs, unlike libyaml, wants a space after an indicator ("key:<tab>value") and points
    # past the tab, so look for one there too.
    after_indicator = _TAB_AFTER_INDICATOR.search(line_text)
    return after_indicator.end() if after_indicator and column < 0 else None


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
        raise _syntax_error(text, exc) from None
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
    """Read and parse a regular file, never more than ``MAX_BYTES + 1`` bytes of it.

    Anything else named like a scenario file (a FIFO, a device, a socket, a link to one) is
    refused without being read (``forecasts.regular_files``).
    """
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except NotARegularFile as exc:
        raise DocumentError(
            f"is {exc.kind}, not a regular file; scenario files are plain text files: remove it or rename it "
            "to something not ending in .yaml"
        ) from None
    except FileTooLarge as exc:
        raise DocumentError(
            f"file is {exc.size:,} bytes, larger than {MAX_BYTES:,}; a scenario file should be a few kilobytes"
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError("file is not UTF-8 text", line) from None
    return text, parse_document(text)
