"""Load, validate and write scenario files without ever losing what a person wrote.

Layout: ``<root>/<case>/<id>.yaml``, one scenario per file. Files and folders whose names start
with ``.`` or ``_`` are not scenarios (derived data lives there).

Writing model (append-only history):
- The part of a file a person wrote is never rewritten. Recording a forecast, evidence or a
  resolution appends one item to the ``history:`` list at the end of the file (adding the key on
  first use). Every byte before the append point stays as it was: comments, key order, quoting.
- ``history`` must therefore be the last top-level key, written as a block list; a file where it
  is not gets a clear error and is left untouched.
- Each append happens under an exclusive lock on the scenario's folder, re-reads the file (any
  check on what it holds, such as "not resolved yet", is made on that read), checks that the
  result parses back to exactly the old data plus the new entry and stays within the size limit,
  and replaces the file atomically (temporary file in the same folder, fsync, rename, fsync of
  the folder). Appended lines end as the file's own lines do (LF or CRLF).
- New files are created with a hard link from a fully written temporary file, so an existing
  file is never overwritten and a crash never leaves half a file.
- Temporary files are named ``.NAME.PID.RANDOM.tmp``; the ones crashed writers leave behind are
  removed under the lock by the next writer of that folder.
"""

from __future__ import annotations

import fcntl
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.representer import SafeRepresenter

from forecasts.document import MAX_BYTES, Document, DocumentError, FieldPath, parse_document, read_document
from forecasts.problems import Problem, ScenarioError, format_field, problems_from_validation
from forecasts.scenario import EvidenceEntry, ForecastEntry, ResolutionEntry, Scenario, SourceEntry
from forecasts.spelling import did_you_mean
from forecasts.validation import check_scenario, find_condition_cycles

ENV_VAR = "FORECASTS_SCENARIOS"
HISTORY_KEY = "history"
SUFFIXES = (".yaml", ".yml")

HistoryRecord = ForecastEntry | EvidenceEntry | ResolutionEntry | SourceEntry


@dataclass(frozen=True)
class ScenarioFile:
    """A scenario as read from disk: the model, its path and where each field sits."""

    path: Path
    scenario: Scenario
    document: Document

    def line_of(self, path: FieldPath) -> int | None:
        """Line of a field in the file."""
        return self.document.line_of(path)

    @property
    def case(self) -> str:
        """The case the scenario belongs to (see ``case_of``)."""
        return case_of(self.scenario, self.path)


def case_of(scenario: Scenario, path: Path) -> str:
    """The case of the scenario in ``path``: its ``case:`` key, else the name of its folder."""
    return scenario.case or path.parent.name


@dataclass
class Catalog:
    """Every valid scenario under a root, and every problem found on the way."""

    root: Path
    files: list[ScenarioFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def left_out(self) -> list[Path]:
        """Files that have problems and were not loaded (each problem says why)."""
        loaded = {f.path for f in self.files}
        return sorted({p.path for p in self.problems if p.path not in loaded and p.path != self.root})

    @property
    def by_id(self) -> dict[str, ScenarioFile]:
        """Scenarios by id (the first file wins if an id is duplicated)."""
        result: dict[str, ScenarioFile] = {}
        for f in self.files:
            result.setdefault(f.scenario.id, f)
        return result

    def get(self, scenario_id: str) -> ScenarioFile:
        """The scenario with this id; raises KeyError with close matches named."""
        found = self.by_id.get(scenario_id)
        if found is None:
            raise KeyError(
                f"no scenario with id {scenario_id!r} in {self.root}{did_you_mean(scenario_id, list(self.by_id))}"
            )
        return found


def find_scenario_files(root: Path) -> list[Path]:
    """All scenario files below ``root`` (or ``root`` itself if it is a file), sorted."""
    if root.is_file():
        return [root]
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        found.extend(
            Path(dirpath) / name
            for name in sorted(filenames)
            if name.endswith(SUFFIXES) and not name.startswith((".", "_"))
        )
    return found


def parse_scenario(path: Path, text: str) -> ScenarioFile:
    """Parse and validate one file's text; raises ScenarioError listing every problem in it."""
    try:
        document = parse_document(text)
    except DocumentError as exc:
        raise ScenarioError([Problem(path, exc.line, None, exc.message)]) from None
    return _validate_document(path, document)


def read_scenario(path: Path) -> ScenarioFile:
    """Read, parse and validate one file; raises ScenarioError listing every problem in it."""
    try:
        _, document = read_document(path)
    except DocumentError as exc:
        raise ScenarioError([Problem(path, exc.line, None, exc.message)]) from None
    except OSError as exc:
        raise ScenarioError([Problem(path, None, None, f"cannot read file: {exc.strerror}")]) from None
    return _validate_document(path, document)


def _validate_document(path: Path, document: Document) -> ScenarioFile:
    data = document.data
    if not isinstance(data, dict):
        shown = "an empty file" if data is None else f"a {type(data).__name__}"
        raise ScenarioError(
            [Problem(path, 1, None, f"a scenario file holds a mapping of keys (id:, title:, ...), not {shown}")]
        )
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(problems_from_validation(path, document, exc, Scenario)) from None
    problems = [
        Problem(path, document.line_of(where) or 1, format_field(where) or None, message)
        for where, message in check_scenario(scenario)
    ]
    problems.extend(_check_placement(path, document, scenario))
    if problems:
        raise ScenarioError(problems)
    return ScenarioFile(path=path, scenario=scenario, document=document)


def _check_placement(path: Path, document: Document, scenario: Scenario) -> Iterator[Problem]:
    if scenario.id != path.stem:
        yield Problem(
            path,
            document.line_of(("id",)),
            "id",
            f"{scenario.id!r} does not match the file name; rename the file to {scenario.id}.yaml or set id: {path.stem}",
        )
    if scenario.case is not None and scenario.case != path.parent.name:
        yield Problem(
            path,
            document.line_of(("case",)),
            "case",
            f"{scenario.case!r} does not match the folder {path.parent.name!r}; move the file to {scenario.case}/ or set case: {path.parent.name}",
        )
    top_keys = [k for k in document.data if isinstance(k, str)]
    if HISTORY_KEY in top_keys and top_keys[-1] != HISTORY_KEY:
        yield Problem(
            path,
            document.line_of((HISTORY_KEY,)),
            HISTORY_KEY,
            "must be the last key in the file (forecasts appends to it); move it to the end",
        )


def load_catalog(root: Path) -> Catalog:
    """Load every scenario under ``root``; collect all problems, including cross-file ones."""
    catalog = Catalog(root=root)
    if not root.exists():
        catalog.problems.append(
            Problem(root, None, None, f"no such file or folder; pass --scenarios DIR or set {ENV_VAR}")
        )
        return catalog
    broken: set[str] = set()
    for path in find_scenario_files(root):
        try:
            catalog.files.append(read_scenario(path))
        except ScenarioError as exc:
            catalog.problems.extend(exc.problems)
            broken.add(path.stem)
    settle_catalog(catalog, broken)
    return catalog


def settle_catalog(catalog: Catalog, broken: set[str]) -> None:
    """Finish loading: add the problems seen only across files and leave out the files they
    make unusable, so that what is listed and shown is exactly what loaded.

    Of several files with one id the first in path order stays and the others are left out;
    every scenario in a cycle of conditions is left out. Each has a problem saying so. Files
    with the other problems across files (a condition on an unknown scenario, a ladder rung
    taken twice) stay loaded: they make sense on their own. Every loader calls this.
    """
    first_by_id = _first_by_id(catalog.files)
    cycles = find_condition_cycles(_conditions(first_by_id))
    catalog.problems.extend(_catalog_problems(catalog.files, first_by_id, cycles, broken))
    in_cycle = {sid for cycle in cycles for sid in cycle}
    catalog.files = [f for f in catalog.files if first_by_id[f.scenario.id] is f and f.scenario.id not in in_cycle]


def _first_by_id(files: list[ScenarioFile]) -> dict[str, ScenarioFile]:
    first: dict[str, ScenarioFile] = {}
    for f in files:
        first.setdefault(f.scenario.id, f)
    return first


def _conditions(first_by_id: dict[str, ScenarioFile]) -> dict[str, str]:
    return {
        sid: f.scenario.conditional_on.scenario
        for sid, f in first_by_id.items()
        if f.scenario.conditional_on is not None
    }


def _catalog_problems(
    files: list[ScenarioFile], first_by_id: dict[str, ScenarioFile], cycles: list[list[str]], broken: set[str]
) -> list[Problem]:
    """Problems that only show across files: ids, conditions, ladder rungs.

    ``first_by_id`` and ``cycles`` are what ``settle_catalog`` worked out once for leaving files
    out. ``broken`` holds the ids (file stems) of files that failed to load: a condition naming
    one of them is not reported again, since the broken file already has its own message.
    """
    problems: list[Problem] = []
    for f in files:
        other = first_by_id[f.scenario.id]
        if other is not f:
            problems.append(
                Problem(
                    f.path,
                    f.line_of(("id",)),
                    "id",
                    f"{f.scenario.id!r} is also the id of {other.path}; ids must be unique across the tree "
                    "(this file is left out until one of them is renamed)",
                )
            )
    for cycle in cycles:
        shown = " → ".join([*cycle, cycle[0]])
        for sid in cycle:
            member = first_by_id[sid]
            problems.append(
                Problem(
                    member.path,
                    member.line_of(("conditional_on", "scenario")),
                    "conditional_on.scenario",
                    f"the conditions form a cycle ({shown}): a question cannot be conditional on itself, "
                    "even through others; remove one of these conditions (this scenario is left out until then)",
                )
            )
    rungs: dict[tuple[str, int], ScenarioFile] = {}
    for f in files:
        s = f.scenario
        if s.conditional_on is not None:
            target = first_by_id.get(s.conditional_on.scenario)
            if target is None and s.conditional_on.scenario in broken:
                pass
            elif target is None:
                hint = did_you_mean(s.conditional_on.scenario, list(first_by_id))
                problems.append(
                    Problem(
                        f.path,
                        f.line_of(("conditional_on", "scenario")),
                        "conditional_on.scenario",
                        f"no scenario with id {s.conditional_on.scenario!r}{hint}",
                    )
                )
            elif s.conditional_on.outcome not in target.scenario.outcomes():
                valid = [o for o in target.scenario.outcomes() if o != "ambiguous"]
                problems.append(
                    Problem(
                        f.path,
                        f.line_of(("conditional_on", "outcome")),
                        "conditional_on.outcome",
                        f"{s.conditional_on.outcome!r} is not an outcome of {target.scenario.id!r}; use one of: {', '.join(valid)}",
                    )
                )
        if s.ladder is not None:
            key = (s.ladder.name, s.ladder.rung)
            holder = rungs.setdefault(key, f)
            if holder is not f:
                problems.append(
                    Problem(
                        f.path,
                        f.line_of(("ladder", "rung")),
                        "ladder.rung",
                        f"rung {s.ladder.rung} of ladder {s.ladder.name!r} is already taken by {holder.scenario.id!r}; rungs are unique within a ladder",
                    )
                )
    return problems


# --- writing -------------------------------------------------------------------------------


class _EntryDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        # The same object twice (say opens: and created: one date) must be written out twice:
        # scenario files never contain aliases.
        return True


def _represent_datetime(dumper: SafeRepresenter, value: datetime) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


def _represent_date(dumper: SafeRepresenter, value: date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


# The dumper decides what to quote by YAML 1.1 rules; yaml-rs reads YAML 1.2 (and accepts '_'
# in numbers and 0b/0o/0x prefixes), so text that it would read as a number must be quoted.
# It even reads a leading underscore as part of a number ("_0" is 0, "__1_" is 1).
_NUMBER_LIKE = re.compile(
    r"^[-+]?(?:0[box][0-9a-fA-F_]+|(?:_*\.[0-9_]*[0-9][0-9_]*|_*[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?)$"
)
_NUMBER_START = list("-+._0123456789")
_EntryDumper.add_implicit_resolver("tag:yaml.org,2002:float", _NUMBER_LIKE, _NUMBER_START)
_EntryDumper.add_representer(datetime, _represent_datetime)
_EntryDumper.add_representer(date, _represent_date)


class _BulkDumper(yaml.CSafeDumper):
    """The same dumper on libyaml's C emitter, about four times faster (bulk imports). It writes the
    same text only for text without control characters, special line breaks or characters beyond
    the BMP (it escapes those differently, and reads NEL back as a space): ``dump_yaml`` checks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_BulkDumper.add_implicit_resolver("tag:yaml.org,2002:float", _NUMBER_LIKE, _NUMBER_START)
_BulkDumper.add_representer(datetime, _represent_datetime)
_BulkDumper.add_representer(date, _represent_date)


# What libyaml's emitter writes differently from PyYAML's: controls, NEL, line and paragraph
# separators, the byte order mark, and characters beyond the BMP.
_NOT_BULK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\U00010000-\U0010ffff]")


def _bulk_safe(data: Any) -> bool:
    if isinstance(data, str):
        return _NOT_BULK.search(data) is None
    if isinstance(data, dict):
        return all(_bulk_safe(k) and _bulk_safe(v) for k, v in data.items())
    if isinstance(data, list | tuple):
        return all(_bulk_safe(item) for item in data)
    return True


def dump_yaml(data: Any, bulk: bool = False) -> str:
    """Block-style YAML in the given key order, ISO dates, unicode kept.

    ``bulk`` writes it with libyaml's C emitter when that gives the same text (for thousands of
    files: about four times faster), else as without it.
    """
    return yaml.dump(
        data,
        Dumper=_BulkDumper if bulk and _bulk_safe(data) else _EntryDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def render_scenario(scenario: Scenario) -> str:
    """A scenario as YAML text in schema order (defaults and empty values left out)."""
    data = scenario.model_dump(mode="python", exclude_none=True, exclude_defaults=True, by_alias=True)
    for key in ("id", "title", "question", "created", "deadline", "resolution"):
        data.setdefault(key, getattr(scenario, key))
    ordered = {key: data[key] for key in Scenario.model_fields if key in data}
    if scenario.history:
        ordered[HISTORY_KEY] = [entry_data(entry) for entry in scenario.history]
    return dump_yaml(ordered)


def entry_data(entry: HistoryRecord) -> dict[str, Any]:
    """The entry as plain data, ``type`` first and empty fields left out."""
    data = entry.model_dump(mode="python", exclude_none=True, by_alias=True)
    return {"type": data.pop("type"), **data}


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on a folder; writers of any file in it queue up behind it."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


# '.NAME.PID.RANDOM.tmp' (and '.NAME.PID.tmp', the older form) for a scenario file NAME: the
# writer's PID tells a dead writer's leftover from a file being written right now. Nothing else
# matches, so a hidden file of a person's own is never taken for one.
_TEMP_NAME = re.compile(r"^\.(?P<name>.+\.ya?ml)\.(?P<pid>[0-9]+)(?:\.[0-9a-f]+)?\.tmp$")
# No writer holds a temporary file for more than a moment; one this old was left by a crash even
# if its PID now belongs to another process.
STALE_TEMP_SECONDS = 3600


def _write_temp(folder: Path, name: str, data: bytes, mode: int | None, sync: bool = True) -> Path:
    # A random part makes the name unique even when a crashed writer's PID has been reused.
    while True:
        temp = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644 if mode is None else mode)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _writer_is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # no such process (or no such PID at all)
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temporary files that crashed writers left in ``folder``; call it holding the lock.

    Every writer of scenario files writes its temporary file while holding the folder's lock, so
    under the lock a temporary file belongs to no one still writing if its writer's PID is ours
    (our own writes have not started), is no longer running, or it is older than
    ``STALE_TEMP_SECONDS``. A file of a live writer of another process is left alone, in case it
    is a writer that does not take the lock.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = int(match["pid"])
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except FileNotFoundError:
            continue
        if pid == os.getpid() or age > STALE_TEMP_SECONDS or _writer_is_gone(pid):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(path: Path, data: bytes) -> None:
    """Atomically replace ``path`` with ``data`` (temp file, fsync, rename, fsync folder)."""
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    temp = _write_temp(path.parent, path.name, data, mode)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def create_file(path: Path, data: bytes) -> None:
    """Create ``path`` atomically; raises FileExistsError rather than overwrite anything."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _write_temp(path.parent, path.name, data, None)
    try:
        os.link(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    _fsync_folder(path.parent)


def write_derived_file(path: Path, data: bytes) -> None:
    """Write a file of derived data (a posterior, base rates) atomically, creating or replacing
    it: nobody wrote it by hand, so replacing it loses nothing."""
    if path.exists():
        replace_file(path, data)
        return
    try:
        create_file(path, data)
    except FileExistsError:  # another writer created it meanwhile: ours is as new
        replace_file(path, data)


def append_history(path: Path, entry: HistoryRecord) -> ScenarioFile:
    """Append one entry to a scenario's history; the bytes already in the file stay as they are.

    Raises ScenarioError if the file is invalid, the entry does not fit the scenario (say a
    probability for an option it does not have) or the history cannot be appended to safely.
    """
    return append_history_entry(path, lambda current: entry)[1]


def append_history_entry[E: HistoryRecord](path: Path, build: Callable[[ScenarioFile], E]) -> tuple[E, ScenarioFile]:
    """Append the entry ``build`` makes from the file as it is now, under the folder's lock.

    ``build`` gets the file as re-read inside the lock, so a check it makes (say "not resolved
    yet") cannot be outdated by another writer before the entry lands; it refuses by raising,
    and then nothing is written. Returns the entry and the file as written.
    """
    with locked(path.parent):
        remove_stale_temps(path.parent)
        current = read_scenario(path)
        # Bytes, not read_text: universal newlines would turn a CRLF file into LF on the way in.
        text = path.read_bytes().decode("utf-8")
        entry = build(current)
        new_text = text + render_history_append(current, entry, text)
        data = new_text.encode("utf-8")
        if len(data) > MAX_BYTES:
            raise ScenarioError([_size_problem(path, len(text.encode("utf-8")), len(data))])
        unsafe = ScenarioError(
            [
                Problem(
                    path,
                    current.line_of((HISTORY_KEY,)),
                    HISTORY_KEY,
                    "cannot append safely: history must be the last key and a block list ('- type: ...' lines); fix the file by hand, then retry",
                )
            ]
        )
        try:
            updated = parse_scenario(path, new_text)
        except ScenarioError as exc:
            prefix = f"{HISTORY_KEY}[{len(current.scenario.history)}]"
            if all(p.field and p.field.startswith(prefix) for p in exc.problems):
                raise ScenarioError([_entry_problem(p, prefix) for p in exc.problems]) from None
            raise unsafe from None
        old_history = current.document.data.get(HISTORY_KEY) or []
        expected = {**current.document.data, HISTORY_KEY: [*old_history, _plain(entry_data(entry))]}
        if updated.document.data != expected:
            raise unsafe
        replace_file(path, data)
        return entry, updated


def _size_problem(path: Path, size: int, new_size: int) -> Problem:
    return Problem(
        path,
        None,
        None,
        f"cannot append: with this entry the file would be {new_size:,} bytes, over the {MAX_BYTES:,}-byte limit "
        f"on a scenario file (it is {size:,} bytes now); nothing was written. Make room by moving old history "
        f"entries by hand into a file this tool does not read (a name starting with '_', e.g. _archive/{path.name}), "
        "or start a follow-up scenario",
    )


def _plain(data: Any) -> Any:
    """The entry as it reads back from YAML (dates and datetimes included), for comparison."""
    return parse_document(dump_yaml(data)).data


def _entry_problem(problem: Problem, prefix: str) -> Problem:
    # The new entry is not in the file yet, so its problems are named by field alone.
    field_name = (problem.field or "")[len(prefix) :].lstrip(".") or None
    return Problem(problem.path, None, field_name, problem.message)


def render_history_append(current: ScenarioFile, entry: HistoryRecord, text: str) -> str:
    """The text to add at the end of the file for one more history entry.

    Its lines end as the file's last line does (CRLF stays CRLF), so a file keeps one style.
    """
    newline = line_ending(text)
    lead = "" if text.endswith(("\n", "\r")) or not text else newline
    history = current.document.data.get(HISTORY_KEY)
    indent = 0
    if history:
        first_line = current.line_of((HISTORY_KEY, 0)) or 1
        line_text = text.splitlines()[first_line - 1]
        indent = len(line_text) - len(line_text.lstrip(" "))
    elif HISTORY_KEY not in current.document.data:
        lead += f"{HISTORY_KEY}:{newline}"
    item = dump_yaml([entry_data(entry)])
    pad = " " * indent
    # The dumper ends every line with "\n"; YAML reads any line break inside a value as "\n", so
    # writing the file's own ending instead changes no value.
    lines = item.split("\n")[:-1]
    return lead + "".join((pad + line if line.strip() else line) + newline for line in lines)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_ending(text: str) -> str:
    """The line ending of the last line break in ``text`` ("\\n" if it has none)."""
    breaks = _LINE_BREAK.findall(text[-4096:]) or _LINE_BREAK.findall(text)
    return breaks[-1] if breaks else "\n"


def create_scenario(path: Path, text: str) -> ScenarioFile:
    """Validate ``text`` as a scenario and create ``path`` with it; never overwrites."""
    scenario_file = parse_scenario(path, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with locked(path.parent):
            remove_stale_temps(path.parent)
            create_file(path, text.encode("utf-8"))
    except FileExistsError:
        raise ScenarioError([Problem(path, None, None, "already exists; pick another id or edit the file")]) from None
    return scenario_file


def create_scenarios(folder: Path, files: list[tuple[Path, str]]) -> tuple[list[ScenarioFile], list[Problem]]:
    """Create many new scenario files in one folder: each validated, none overwritten.

    The same guarantees as ``create_scenario`` for each file, paid once per batch where they can
    be: one lock on the folder, one sweep for a crashed writer's temporary files and one sync of
    the folder at the end (an import of 10,000 questions would otherwise rescan the folder and
    sync it 10,000 times; the files' data are flushed with one ``os.sync`` before any is named).
    A file that does not validate or already exists is a problem; the
    others are created.
    """
    created: list[ScenarioFile] = []
    problems: list[Problem] = []
    valid: list[tuple[ScenarioFile, bytes]] = []
    for path, text in files:
        try:
            valid.append((parse_scenario(path, text), text.encode("utf-8")))
        except ScenarioError as exc:
            problems.extend(exc.problems)
    folder.mkdir(parents=True, exist_ok=True)
    with locked(folder):
        remove_stale_temps(folder)
        temps: list[tuple[ScenarioFile, Path]] = []
        try:
            for scenario_file, data in valid:
                temps.append((scenario_file, _write_temp(folder, scenario_file.path.name, data, None, sync=False)))
            # One flush of every temporary file before any takes its real name, so a crash never
            # leaves a named file half written (the temporary files are swept by the next writer).
            os.sync()
            for scenario_file, temp in temps:
                try:
                    os.link(temp, scenario_file.path)
                except FileExistsError:
                    problems.append(
                        Problem(scenario_file.path, None, None, "already exists; pick another id or edit the file")
                    )
                    continue
                created.append(scenario_file)
        finally:
            for _, temp in temps:
                temp.unlink(missing_ok=True)
        _fsync_folder(folder)
    return created, problems
