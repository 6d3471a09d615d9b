"""Reviewing draft scenarios: list them, edit, accept, merge into another scenario, reject.

A draft (``status: draft``) is what ``forecasts extract --write`` wrote; its ``review:`` list names
what a person must check. This module is the one place that rewrites part of a scenario file
other than appending to ``history``, and only a draft's: ``accept`` changes the ``status`` line
and drops the ``review`` lines, ``edit`` replaces the lines of the fields it sets. Every other
line, comments included, stays as it was; the new text is validated before it replaces the file
atomically under the folder's lock (see ``forecasts.store``). ``merge`` appends the draft's
claims to another scenario as ``type: source`` history entries (append-only) and then removes
the draft; ``reject`` moves the draft to ``<root>/_rejected/`` (out of the loader's sight; there
it keeps ``forecasts extract`` from drafting the same claims again) or deletes it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from forecasts.dates import now_utc
from forecasts.problems import Problem, ScenarioError
from forecasts.provenance import Origin
from forecasts.scenario import SourceEntry
from forecasts.store import (
    Catalog,
    ScenarioFile,
    append_history,
    dump_yaml,
    load_catalog,
    locked,
    parse_scenario,
    read_scenario,
    remove_stale_temps,
    replace_file,
)

REJECTED_FOLDER = "_rejected"

# The fields `drafts edit --set` changes: the name a person types -> the path in the file.
EDITABLE: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "question": ("question",),
    "opens": ("opens",),
    "deadline": ("deadline",),
    "case": ("case",),
    "tags": ("tags",),
    "criteria": ("resolution", "criteria"),
    "condition": ("conditional_on", "scenario"),
}
_DATE_FIELDS = ("opens", "deadline")
_TOP_KEY = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_]*)[ \t]*:")


@dataclass(frozen=True)
class DraftItem:
    """A draft and what remains to check before it may open."""

    path: Path
    scenario_id: str
    title: str
    review: tuple[str, ...]
    rule_marked: bool
    question: str = ""
    # The first claim the draft was made from (None for a draft written by hand without one).
    quote: str | None = None


def _problem(path: Path, message: str, field: str | None = None, line: int | None = None) -> ScenarioError:
    return ScenarioError([Problem(path, line, field, message)])


def review_field(item: str) -> str:
    """The field a review item is about: the text before its first ':' ("question: ...")."""
    return item.split(":", 1)[0].strip()


def list_drafts(root: Path) -> list[DraftItem]:
    """Every draft under ``root`` with its review items, in path order."""
    items = []
    for scenario_file in load_catalog(root).files:
        s = scenario_file.scenario
        if not s.is_draft:
            continue
        rule = s.resolution.rule
        items.append(
            DraftItem(
                scenario_file.path,
                s.id,
                s.title,
                tuple(s.review),
                bool(rule is not None and getattr(rule, "review", False)),
                s.question,
                next((source.quote for source in s.all_sources() if source.quote), None),
            )
        )
    return items


def _find_draft(catalog: Catalog, scenario_id: str) -> ScenarioFile:
    try:
        found = catalog.get(scenario_id)
    except KeyError as exc:
        raise _problem(catalog.root, str(exc.args[0])) from None
    if not found.scenario.is_draft:
        raise _problem(
            found.path,
            f"is not a draft (status: {found.scenario.status}); `forecasts drafts` only changes drafts — "
            "edit the file by hand or record with `forecasts forecast/evidence/resolve`",
            "status",
            found.line_of(("status",)),
        )
    return found


def _blocks(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Top-level key -> (first line index, end index exclusive), trailing comments and blank lines
    left to the next block so a person's comment above a key stays with it."""
    starts = [(i, m["key"]) for i, line in enumerate(lines) if (m := _TOP_KEY.match(line))]
    blocks: dict[str, tuple[int, int]] = {}
    for n, (start, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        while end - 1 > start and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1
        blocks[key] = (start, end)
    return blocks


def _rewrite_keys(text: str, values: dict[str, Any], order: Sequence[str]) -> str:
    """``text`` with the lines of each top-level key in ``values`` replaced (None: removed, a key
    not in the file: inserted after the nearest key before it in ``order``)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    for key, value in values.items():
        blocks = _blocks(lines)
        new = [] if value is None else dump_yaml({key: value}).replace("\n", newline).splitlines(keepends=True)
        if key in blocks:
            start, end = blocks[key]
            lines[start:end] = new
            continue
        if value is None:
            continue
        earlier = [k for k in order[: order.index(key)] if k in blocks]
        at = blocks[earlier[-1]][1] if earlier else 0
        if at and not lines[at - 1].endswith(("\n", "\r")):
            lines[at - 1] += newline
        lines[at:at] = new
    return "".join(lines)


def _write_draft(path: Path, change: Any) -> ScenarioFile:
    """Re-read the draft under its folder's lock, let ``change`` make the new text, validate it and
    replace the file atomically; refuses if it stopped being a draft meanwhile."""
    with locked(path.parent):
        remove_stale_temps(path.parent)
        current = read_scenario(path)
        if not current.scenario.is_draft:
            raise _problem(path, f"is no longer a draft (status: {current.scenario.status}); nothing changed", "status")
        text = path.read_bytes().decode("utf-8")
        new_text = change(current, text)
        updated = parse_scenario(path, new_text)
        replace_file(path, new_text.encode("utf-8"))
        return updated


def accept_draft(root: Path, scenario_id: str) -> ScenarioFile:
    """Open a draft: refuse while review items remain (naming them), else set ``status: open``
    and drop the empty ``review`` list."""
    catalog = load_catalog(root)
    found = _find_draft(catalog, scenario_id)
    condition = found.scenario.conditional_on
    if condition is not None:
        # An open question conditional on an unreviewed draft would be asked of a condition that
        # counts nowhere (the model and `check` leave drafts out).
        target = catalog.by_id.get(condition.scenario)
        if target is not None and target.scenario.is_draft:
            raise _problem(
                found.path,
                f"is conditional on {condition.scenario!r}, still a draft; accept (or reject) it first, or re-point "
                f"this one: `forecasts drafts edit {scenario_id} --set condition=OTHER`",
                "conditional_on",
                found.line_of(("conditional_on",)),
            )

    def change(current: ScenarioFile, text: str) -> str:
        remaining = current.scenario.review
        if remaining:
            fields = sorted({review_field(item) for item in remaining})
            raise _problem(
                current.path,
                f"{len(remaining)} review item{'s' if len(remaining) != 1 else ''} remain: "
                + "; ".join(remaining)
                + f". Check each, then `forecasts drafts edit {scenario_id} --checked FIELD` (FIELD one of: "
                + ", ".join(fields)
                + "), or change it with --set FIELD=VALUE",
                "review",
                current.line_of(("review",)),
            )
        return _rewrite_keys(text, {"status": "open", "review": None}, list(type(current.scenario).model_fields))

    return _write_draft(found.path, change)


def _value_of(name: str, raw: str, path: Path) -> Any:
    if name in _DATE_FIELDS:
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise _problem(path, f"{raw!r} is not a date (YYYY-MM-DD)", name) from None
    if name == "tags":
        return [t.strip() for t in raw.split(",") if t.strip()]
    if not raw.strip():
        raise _problem(path, "is empty; give a value (--set FIELD=VALUE)", name)
    return raw


def parse_setting(setting: str, path: Path) -> tuple[str, str]:
    """``FIELD=VALUE`` split, the field checked against ``EDITABLE``."""
    name, sep, raw = setting.partition("=")
    name = name.strip()
    if not sep:
        raise _problem(path, f"{setting!r} is not FIELD=VALUE (e.g. deadline=2020-03-31)")
    if name not in EDITABLE:
        raise _problem(path, f"{name!r} cannot be set here; use one of: {', '.join(EDITABLE)}")
    return name, raw


def edit_draft(root: Path, scenario_id: str, settings: Sequence[str] = (), checked: Sequence[str] = ()) -> ScenarioFile:
    """Set fields of a draft (``FIELD=VALUE``) and mark review items checked.

    Setting a field also marks its review items checked; ``checked`` names fields whose items a
    person checked without a change (``resolution.rule`` also drops the rule's ``review: true``).
    A new opens or deadline also replaces the old date in the question, title and criteria.
    """
    found = _find_draft(load_catalog(root), scenario_id)
    path = found.path
    parsed = [parse_setting(s, path) for s in settings]
    values = {name: _value_of(name, raw, path) for name, raw in parsed}
    if not values and not checked:
        raise _problem(path, "nothing to change; give --set FIELD=VALUE or --checked FIELD")

    def change(current: ScenarioFile, text: str) -> str:
        data = current.document.data
        present = {review_field(item) for item in current.scenario.review}
        unknown = [c for c in checked if c not in present]
        if unknown:
            raise _problem(
                path,
                f"no review item for {', '.join(repr(c) for c in unknown)}; items remain for: "
                + (", ".join(sorted(present)) or "nothing (accept it)"),
                "review",
            )
        cleared = set(checked) | set(values)
        cleared |= {".".join(EDITABLE[name]) for name in values}
        if "condition" in values:
            cleared.add("conditional_on")
        rewrites: dict[str, Any] = {}
        for name, value in values.items():
            keys = EDITABLE[name]
            if len(keys) == 1:
                rewrites[keys[0]] = value
            else:
                top = dict(rewrites.get(keys[0], data.get(keys[0]) or {}))
                if name == "condition":
                    top.setdefault("outcome", "yes")
                top[keys[1]] = value
                rewrites[keys[0]] = top
        _carry_dates(current, values, rewrites, data)
        if "resolution.rule" in checked:
            resolution = dict(rewrites.get("resolution", data.get("resolution") or {}))
            rule = dict(resolution.get("rule") or {})
            rule.pop("review", None)
            resolution["rule"] = rule
            rewrites["resolution"] = resolution
        review = [item for item in current.scenario.review if review_field(item) not in cleared]
        rewrites["review"] = review or None
        return _rewrite_keys(text, rewrites, list(type(current.scenario).model_fields))

    return _write_draft(path, change)


def _carry_dates(current: ScenarioFile, values: dict[str, Any], rewrites: dict[str, Any], data: dict[str, Any]) -> None:
    """A drafted question and criteria spell the window out ("between 2020-01-05 and 2020-03-31"):
    a new opens or deadline replaces the old date there too, unless those fields are set as well."""
    s = current.scenario
    moved = [
        (old.isoformat(), values[name].isoformat())
        for name, old in (("opens", s.opens), ("deadline", s.deadline))
        if name in values and old is not None and hasattr(old, "isoformat")
    ]
    if not moved:
        return
    for name in ("question", "title"):
        if name not in values and isinstance(data.get(name), str):
            text = str(data[name])
            for old_text, new_text in moved:
                text = text.replace(old_text, new_text)
            if text != data[name]:
                rewrites[name] = text
    if "criteria" not in values:
        resolution = dict(rewrites.get("resolution", data.get("resolution") or {}))
        criteria = str(resolution.get("criteria") or "")
        for old_text, new_text in moved:
            criteria = criteria.replace(old_text, new_text)
        if criteria != resolution.get("criteria"):
            resolution["criteria"] = criteria
            rewrites["resolution"] = resolution


def _dependents(catalog: Catalog, scenario_id: str) -> list[str]:
    return sorted(
        f.scenario.id
        for f in catalog.files
        if f.scenario.conditional_on is not None and f.scenario.conditional_on.scenario == scenario_id
    )


def _refuse_dependents(catalog: Catalog, found: ScenarioFile, action: str) -> None:
    dependents = _dependents(catalog, found.scenario.id)
    if dependents:
        raise _problem(
            found.path,
            f"cannot {action}: {', '.join(dependents)} {'is' if len(dependents) == 1 else 'are'} conditional on it; "
            f"{action} or re-point {'that' if len(dependents) == 1 else 'those'} first "
            f"(`forecasts drafts edit ID --set condition=OTHER`)",
        )


def merge_draft(root: Path, scenario_id: str, into: str, origin: Origin | None = None) -> ScenarioFile:
    """Attach a draft's claims to scenario ``into`` (``type: source`` history entries), then remove
    the draft. Returns ``into`` as written. ``origin`` (who merges, from where) is kept with each entry."""
    catalog = load_catalog(root)
    found = _find_draft(catalog, scenario_id)
    try:
        target = catalog.get(into)
    except KeyError as exc:
        raise _problem(root, str(exc.args[0])) from None
    if target.path == found.path:
        raise _problem(found.path, "cannot merge a draft into itself; name another scenario with --into")
    if target.scenario.kind != found.scenario.kind:
        raise _problem(
            found.path,
            f"is {found.scenario.kind} and {into} is {target.scenario.kind}; merge only into a {found.scenario.kind} "
            "scenario",
        )
    _refuse_dependents(catalog, found, "merge it")
    sources = found.scenario.all_sources()
    written = target
    for source in sources:
        recorded = origin.stamp(now_utc()) if origin is not None else None
        entry = SourceEntry(type="source", recorded=recorded, **source.model_dump(exclude_none=True))
        written = append_history(target.path, entry)
    with locked(found.path.parent):
        found.path.unlink()
    return written


def reject_draft(root: Path, scenario_id: str, delete: bool = False) -> Path | None:
    """Move a draft to ``<root>/_rejected/`` (same relative path), or delete it; returns where it went."""
    catalog = load_catalog(root)
    found = _find_draft(catalog, scenario_id)
    _refuse_dependents(catalog, found, "reject it")
    if delete:
        with locked(found.path.parent):
            found.path.unlink()
        return None
    try:
        relative = found.path.resolve().relative_to(root.resolve())
    except ValueError:
        relative = Path(found.path.name)
    target = root / REJECTED_FOLDER / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    stem, n = target.stem, 2
    while target.exists():
        target = target.with_name(f"{stem}-{n}{target.suffix}")
        n += 1
    with locked(found.path.parent):
        # A rename within one file system is atomic: the draft is in one place or the other.
        os.rename(found.path, target)
    return target
