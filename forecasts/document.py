"""Safe, strict YAML reading that remembers the line of every key and list item.

Scenario files are data written by people, so the loader is stricter than ``yaml.safe_load``:
- only plain YAML types (libyaml's safe loader; no tags that build objects);
- no aliases (``*name``): scenario files never need them and they are the vector of "billion
  laughs" bombs; anchors alone are harmless and left alone;
- files over ``MAX_BYTES`` and nesting deeper than ``MAX_DEPTH`` are refused before parsing;
- only ``true``/``false`` are booleans: YAML 1.1 reads ``yes``, ``no``, ``on``, ``off`` (and
  the country code ``NO``) as booleans, which would turn ``outcome: no`` into ``False``;
- a malformed timestamp such as ``2020-13-01`` stays text, so validation can say what is wrong
  instead of the parser crashing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_BYTES = 1_000_000
MAX_DEPTH = 32

FieldPath = tuple[str | int, ...]


class DocumentError(ValueError):
    """A file that cannot be read as a scenario document at all; carries its line."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    pass


_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.copy().items()
}
_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


@dataclass
class Document:
    """Parsed YAML data plus the 1-based line of every key and list item in it."""

    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)

    def line_of(self, path: FieldPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def parse_document(text: str) -> Document:
    """Parse YAML text strictly; raise DocumentError (with a line) on anything unsafe or malformed."""
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise DocumentError(f"file is larger than {MAX_BYTES:,} bytes; a scenario file should be a few kilobytes")
    _check_depth(text)
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Document(data=None)
        lines: dict[FieldPath, int] = {}
        _walk(node, (), lines, set())
        data = loader.construct_document(node)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        tag = (exc.problem or "").rsplit("tag ", 1)[-1].strip("'")
        raise DocumentError(
            f"tag {tag!r} is not allowed: scenario files hold plain data (text, numbers, dates, lists, mappings)",
            mark.line + 1 if mark else None,
        ) from None
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
    return Document(data=data, lines=lines)


def _check_depth(text: str) -> None:
    # libyaml recurses per nesting level; refuse pathological nesting before it does.
    depth = 0
    deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    if deepest > MAX_DEPTH:
        raise DocumentError(f"nesting is deeper than {MAX_DEPTH} levels")


def _walk(node: yaml.Node, path: FieldPath, lines: dict[FieldPath, int], seen: set[int]) -> None:
    if len(path) > MAX_DEPTH:
        raise DocumentError(f"nesting is deeper than {MAX_DEPTH} levels", node.start_mark.line + 1)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key: str | int = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            child = path + (key,)
            lines.setdefault(child, key_node.start_mark.line + 1)
            _visit(value_node, child, key_node.start_mark.line + 1, lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        line = node.start_mark.line + 1
        for index, item in enumerate(node.value):
            child = path + (index,)
            if id(item) not in seen:
                line = item.start_mark.line + 1
            lines.setdefault(child, line)
            _visit(item, child, line, lines, seen)


def _visit(node: yaml.Node, path: FieldPath, line: int, lines: dict[FieldPath, int], seen: set[int]) -> None:
    if id(node) in seen:
        # libyaml resolves an alias to the very node it names, so a node met twice is an alias.
        raise DocumentError("YAML aliases (*name) are not allowed in scenario files; write the value out in full", line)
    _walk(node, path, lines, seen)


def read_document(path: Path) -> tuple[str, Document]:
    """Read and parse a file; the size limit is checked before anything is read."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DocumentError(f"file is {size:,} bytes, larger than {MAX_BYTES:,}; a scenario file should be a few kilobytes")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError("file is not UTF-8 text", line) from None
    return text, parse_document(text)
