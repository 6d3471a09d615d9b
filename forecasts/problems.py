"""Problems found in scenario files, worded for the person who has to fix them.

A problem names the file, the line, the field, quotes the bad value and says what is allowed:
``scenarios/iran-2020/reprisal.yaml:14: deadline: '2020-13-01' is not a date (YYYY-MM-DD)``.
Pydantic's errors are translated here so that every message has that shape.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, Tag, ValidationError

from forecasts.document import Document, FieldPath
from forecasts.printable import escape_controls
from forecasts.spelling import did_you_mean


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file."""

    path: Path
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = display_path(self.path) + (f":{self.line}" if self.line else "")
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        # A file or folder name, or a key written with a YAML escape ("\\e"), is shown as it is:
        # escape control characters so that printing a problem can never act on a terminal.
        return escape_controls(text, keep_line_breaks=True)


class ScenarioError(Exception):
    """One or more problems that stop a file (or a tree) from being used."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line or 0))
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path) -> str:
    """The path relative to the working directory when it lies below it."""
    try:
        return os.path.relpath(path) if Path(path).resolve().is_relative_to(Path.cwd()) else str(path)
    except ValueError:  # pragma: no cover - different drives on Windows
        return str(path)


def format_field(path: FieldPath) -> str:
    """``('sources', 0, 'hedge')`` -> ``sources[0].hedge``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def allowed_keys(model: type[BaseModel]) -> list[str]:
    """The keys a model accepts, by their YAML names."""
    return [info.alias or name for name, info in model.model_fields.items()]


def _data_path(data: Any, loc: tuple[Any, ...]) -> FieldPath:
    """Map pydantic's error location onto the YAML data, dropping union tags and the like."""
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path.append(part)
        elif isinstance(node, dict) and index == len(loc) - 1:
            path.append(part)  # a missing key: name it
    return tuple(path)


def _leaves(annotation: Any, tag: str | None = None) -> list[tuple[Any, str | None]]:
    """The types an annotation may hold, each with its union tag: ``Annotated`` and ``X | Y`` opened."""
    if get_origin(annotation) is Annotated:
        inner, *metadata = get_args(annotation)
        tags = [m.tag for m in metadata if isinstance(m, Tag)]
        return _leaves(inner, tags[0] if tags else tag)
    if get_origin(annotation) in (Union, UnionType):
        return [leaf for member in get_args(annotation) for leaf in _leaves(member, tag)]
    return [(annotation, tag)]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _field_annotation(model: type[BaseModel], key: str) -> Any:
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return info.annotation
    return None


def _step(annotation: Any, part: str | int) -> Any:
    """What stands at ``part`` (a key, an index, a union's tag) inside a value of ``annotation``; None if nothing."""
    leaves = _leaves(annotation)
    # A tagged union names the member it validated against in the location ('gdelt', 'forecast').
    tagged = [leaf for leaf, tag in leaves if tag is not None and tag == part]
    if tagged:
        return tagged[0]
    for leaf, _ in leaves:
        origin, args = get_origin(leaf), get_args(leaf)
        if _is_model(leaf) and isinstance(part, str):
            found = _field_annotation(leaf, part)
            if found is not None:
                return found
        elif isinstance(part, int) and origin in (list, tuple, set, frozenset, Sequence) and args:
            return args[0]
        elif origin in (dict, Mapping) and len(args) == 2:
            return args[1]  # the location names the key: every key holds the same kind of value
    return None


def model_at(root: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The pydantic model whose keys stand at ``loc`` (pydantic's error location) inside ``root``.

    Found from the models' own annotations, so it knows every model (a scenario, a folder's
    settings) without a table to keep up: ``('ladder',)`` in a ``Scenario`` is ``Ladder``,
    ``('editors', 'cases', 'practice')`` in ``FolderSettings`` is ``EditorList``. None when the
    location does not lead to one model.
    """
    annotation: Any = root
    for part in loc:
        annotation = _step(annotation, part)
        if annotation is None:
            return None
    models = [leaf for leaf, _ in _leaves(annotation) if _is_model(leaf)]
    return models[0] if len(models) == 1 else None


def _quote(value: Any) -> str:
    if isinstance(value, (dict, list)):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    return repr(value)


def _message(error: dict[str, Any], root: type[BaseModel]) -> str:
    kind = error["type"]
    loc = error["loc"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    key = loc[-1] if loc else None
    if kind == "forecasts":
        return str(ctx.get("message", error["msg"]))
    if kind == "extra_forbidden":
        model = model_at(root, loc[:-1])
        choices = allowed_keys(model) if model else []
        hint = did_you_mean(str(key), choices)
        listing = f"; allowed keys: {', '.join(choices)}" if choices and not hint else ""
        return f"unknown key {str(key)!r}{hint}{listing}"
    if kind == "missing":
        return f"missing required key {str(key)!r}"
    if kind == "invalid_key":
        if value is None:
            return "a line starts with ':' and has no key; write the key before the ':'"
        return f"{_quote(value)} cannot be a key: keys are text; quote it ('{value}': ...)"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        options = [part.strip(" '") for part in expected.replace(" or ", ", ").split(",")]
        hint = did_you_mean(str(value), options) if isinstance(value, str) else ""
        return f"{_quote(value)} is not allowed{hint}; use one of: {', '.join(options)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a mapping of keys to values, got {_quote(value)}"
    if kind == "list_type":
        return f"expected a list (one '- item' per line), got {_quote(value)}"
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type"):
        return f"{_quote(value)} is not a number"
    if kind == "string_type":
        return f"{_quote(value)} is not text"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = {
            "greater_than": "> {gt}",
            "greater_than_equal": ">= {ge}",
            "less_than": "< {lt}",
            "less_than_equal": "<= {le}",
        }[kind]
        return f"{_quote(value)} must be {bound.format(**ctx)}"
    return f"{_quote(value)}: {error['msg']}"


def problems_from_validation(
    path: Path, document: Document, exc: ValidationError, model: type[BaseModel]
) -> list[Problem]:
    """Translate the ValidationError of ``model.model_validate`` into located, worded problems (one per field).

    An unknown key is quoted with the keys allowed where it stands (or the one it is likely a
    misspelling of), looked up in ``model`` whatever the model is.
    """
    problems: list[Problem] = []
    seen: set[FieldPath] = set()
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        data_path = _data_path(document.data, loc)
        if data_path in seen:
            continue  # a union reports once per branch; the first message is the clearest
        seen.add(data_path)
        kind = error["type"]
        # Unknown and missing keys are reported against the mapping that holds them.
        field_path = (
            data_path[:-1]
            if kind in ("extra_forbidden", "missing", "invalid_key") and data_path and data_path[-1] == loc[-1]
            else data_path
        )
        if kind == "missing":
            line = document.line_of(field_path) or 1
        else:
            line = document.line_of(data_path) or 1
        problems.append(Problem(path, line, format_field(field_path) or None, _message(dict(error), model)))
    if document.scan_error is not None:
        # Lines could not be found because libyaml refuses the text: that is a problem too, and
        # the one with a line to start from.
        problems.insert(0, Problem(path, document.scan_error.line, None, document.scan_error.message))
    return problems
