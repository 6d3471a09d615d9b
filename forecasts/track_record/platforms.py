"""Readers of other platforms' exports, each mapped onto ``ImportedQuestion`` (see README, "Importing").

Every reader takes the forecasts file and, where the platform keeps its questions apart, the
questions file; a row it cannot use is reported with its line (``RowProblem``) and skipped, the
rest is read. A file it cannot read at all (missing columns) raises ``ImportFormatError``.
"""

from __future__ import annotations

import ast
import csv
import gzip
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from forecasts.track_record.records import (
    ImportBatch,
    ImportedForecast,
    ImportedQuestion,
    ImportFormatError,
    RowProblem,
    bounded,
    bounded_split,
    clean_text,
    parse_probability,
    parse_time,
    platform_id,
    stated_text,
)

# csv's default field limit (128 KiB) is below some question descriptions.
csv.field_size_limit(16 * 1024 * 1024)


def _open_text(path: Path, encoding: str) -> IO[str]:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding=encoding, errors="replace", newline="")
    return path.open(encoding=encoding, errors="replace", newline="")


def read_rows(
    path: Path, required: tuple[str, ...], encoding: str = "utf-8-sig"
) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a CSV file (plain or .gz) with the line each starts on; checks the columns first."""
    try:
        handle = _open_text(path, encoding)
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read: {exc.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        try:
            columns = reader.fieldnames or []
        except (csv.Error, OSError, EOFError) as exc:
            raise ImportFormatError(f"{path}: not a CSV file ({exc})") from None
        missing = [c for c in required if c not in columns]
        if missing:
            raise ImportFormatError(
                f"{path}:1: missing column{'s' if len(missing) > 1 else ''} {', '.join(repr(c) for c in missing)}; "
                f"the header has {', '.join(repr(c) for c in columns) or 'nothing'}: is this the right file and format?"
            )
        start = reader.line_num + 1
        try:
            for row in reader:
                yield start, {k: (v or "") for k, v in row.items() if k is not None}
                start = reader.line_num + 1
        except (csv.Error, OSError, EOFError) as exc:
            raise ImportFormatError(f"{path}:{start}: cannot read on from here ({exc})") from None


def _sibling(path: Path, questions: Path | None, names: tuple[str, ...], option_hint: str) -> Path | None:
    if questions is not None:
        if not questions.is_file():
            raise ImportFormatError(f"{questions}: no such file; give the {option_hint} with --questions")
        return questions
    for name in names:
        candidate = path.parent / name
        if candidate.is_file():
            return candidate
    return None


_OPTION_SLUG = re.compile(r"[^a-z0-9]+")


def option_ids(labels: list[str]) -> list[tuple[str, str]]:
    """(id, label) pairs: ids made from the labels, unique, in the form option ids take."""
    taken: set[str] = set()
    pairs = []
    for index, label in enumerate(labels, start=1):
        base = _OPTION_SLUG.sub("-", label.lower()).strip("-")[:40].strip("-") or f"option-{index}"
        option_id = base
        suffix = 2
        while option_id in taken:
            option_id = f"{base}-{suffix}"
            suffix += 1
        taken.add(option_id)
        pairs.append((option_id, label))
    return pairs


def _forecaster(text: str, column: str) -> str:
    """The forecaster named in ``column``; every platform row must name one."""
    by = text.strip()
    if not by:
        raise ValueError(f"{column}: empty; every forecast needs its forecaster")
    return by


def _forecast(at: datetime, by: str, probability: float) -> ImportedForecast:
    held = bounded(probability)
    return ImportedForecast(at, by, held, None if held == probability else stated_text(probability))


def _split_forecast(at: datetime, by: str, values: dict[str, float]) -> ImportedForecast:
    usable = all(bounded(v) == v for v in values.values()) and abs(sum(values.values()) - 1) < 1e-6
    if usable:
        return ImportedForecast(at, by, values)
    held = {k: round(v, 6) for k, v in bounded_split(values).items()}
    return ImportedForecast(at, by, held, stated_text(values))


# --- PredictionBook ---------------------------------------------------------------------------

PB_COLUMNS = ("question_id", "user_id", "probability", "timestamp", "outcome", "open_time", "close_time")
PB_OUTCOMES = {"1": "yes", "1.0": "yes", "0": "no", "0.0": "no", "-1": "ambiguous", "-1.0": "ambiguous", "": None}


def read_predictionbook(path: Path, questions: Path | None = None) -> ImportBatch:
    """PredictionBook: one row per forecast; titles from ``questions.csv(.gz)`` beside it when there."""
    titles: dict[str, str] = {}
    titles_path = _sibling(path, questions, ("questions.csv.gz", "questions.csv"), "PredictionBook questions file")
    if titles_path is not None:
        for _, row in read_rows(titles_path, ("question_id", "q_title")):
            titles[row["question_id"].strip()] = clean_text(row["q_title"])
    batch = ImportBatch()
    for line, row in read_rows(path, PB_COLUMNS):
        try:
            native = row["question_id"].strip()
            if not native.isdigit():
                raise ValueError(f"question_id: {native!r} is not a PredictionBook question number")
            outcome_text = row["outcome"].strip()
            if outcome_text not in PB_OUTCOMES:
                raise ValueError(f"outcome: {outcome_text!r} is not one of 1, 0, -1 or empty (open)")
            by = _forecaster(row["user_id"], "user_id")
            probability = parse_probability(row["probability"], "probability")
            at = parse_time(row["timestamp"], "timestamp")
            scenario_id = platform_id("pb", native)
            question = batch.questions.get(scenario_id)
            if question is None:
                created = parse_time(row["open_time"], "open_time")
                deadline = parse_time(row["close_time"], "close_time")
                outcome = PB_OUTCOMES[outcome_text]
                resolve = row.get("resolve_time", "").strip()
                title = titles.get(native) or f"PredictionBook prediction {native}"
                url = f"https://predictionbook.com/predictions/{native}"
                question = ImportedQuestion(
                    scenario_id=scenario_id,
                    platform="predictionbook",
                    title=title,
                    question=title,
                    criteria=f"Yes if the statement came true, as judged on PredictionBook ({url}).",
                    created=created,
                    deadline=deadline,
                    outcome=outcome,
                    resolved_at=parse_time(resolve, "resolve_time") if outcome and resolve else None,
                    url=url,
                )
                batch.questions[scenario_id] = question
            question.forecasts.append(_forecast(at, by, probability))
        except ValueError as exc:
            batch.problems.append(RowProblem(path, line, str(exc)))
    return batch


# --- Good Judgment Project survey files ----------------------------------------------------------

GJP_COLUMNS = ("ifp_id", "user_id", "answer_option", "value", "timestamp")
GJP_QUESTION_COLUMNS = ("ifp_id", "q_text", "q_desc", "q_status", "date_start", "date_to_close", "outcome", "options")
_GJP_OPTION = re.compile(r"\(([a-z])\)\s*")


def _us_date(text: str, what: str) -> datetime:
    value = text.strip().split(" ")[0]
    try:
        return datetime.strptime(value, "%m/%d/%y").replace(tzinfo=UTC)
    except ValueError:
        try:
            return parse_time(text, what)
        except ValueError:
            raise ValueError(f"{what}: {text!r} is not a date (M/D/YY, as the GJP files write them)") from None


def gjp_options(text: str) -> list[tuple[str, str]]:
    """``(a) Yes, (b) No`` -> [("a", "Yes"), ("b", "No")]."""
    parts = _GJP_OPTION.split(text)
    return [(parts[i], parts[i + 1].strip().rstrip(",").strip()) for i in range(1, len(parts) - 1, 2)]


def _gjp_questions(path: Path) -> tuple[dict[str, ImportedQuestion], dict[str, int], list[RowProblem]]:
    found: dict[str, ImportedQuestion] = {}
    lines: dict[str, int] = {}
    problems: list[RowProblem] = []
    # The GJP files are Latin-1 with a few stray bytes (see ../shared/data/forecasts/README.md).
    for line, row in read_rows(path, GJP_QUESTION_COLUMNS, encoding="latin-1"):
        try:
            native = row["ifp_id"].strip()
            options = gjp_options(row["options"])
            if len(options) < 2:
                raise ValueError(f"options: {row['options']!r} lists fewer than two options ((a) ..., (b) ...)")
            ids = [o for o, _ in options]
            binary = [label.lower() for _, label in options] == ["yes", "no"]
            letter = row["outcome"].strip().lower()
            voided = row["q_status"].strip() == "voided"
            if letter and letter not in ids:
                raise ValueError(f"outcome: {letter!r} is not one of the options {', '.join(ids)}")
            outcome: str | None = None
            if voided:
                outcome = "annulled"
            elif letter:
                outcome = ("yes" if letter == "a" else "no") if binary else letter
            created = _us_date(row["date_start"], "date_start")
            closed = row.get("date_closed", "").strip()
            closed = "" if closed.upper() == "NA" else closed  # R's missing value, on voided questions
            title = clean_text(row.get("short_title", "")) or clean_text(row["q_text"])
            found[native] = ImportedQuestion(
                scenario_id=platform_id("gjp", native),
                platform="gjp",
                title=title,
                question=clean_text(row["q_text"]),
                criteria=clean_text(row["q_desc"]) or "As resolved by the Good Judgment Project.",
                created=created,
                deadline=_us_date(row["date_to_close"], "date_to_close"),
                options=None if binary else options,
                outcome=outcome,
                resolved_at=_us_date(closed, "date_closed") if closed and outcome else None,
            )
            lines[native] = line
        except ValueError as exc:
            problems.append(RowProblem(path, line, str(exc)))
    return found, lines, problems


def read_gjp(path: Path, questions: Path | None = None) -> ImportBatch:
    """Good Judgment Project survey forecasts (``survey_fcasts*.csv``) with their questions (``ifps.csv``).

    A forecast is the rows of one forecaster at one timestamp on one question (one per option);
    on a yes/no question the probability of option (a), Yes, is the forecast.
    """
    ifps = _sibling(path, questions, ("ifps.csv",), "GJP questions file (ifps.csv)")
    if ifps is None:
        raise ImportFormatError(f"{path}: no ifps.csv beside it; give the GJP questions file with --questions")
    known, _, problems = _gjp_questions(ifps)
    batch = ImportBatch(problems=problems)
    groups: dict[tuple[str, str, str], tuple[int, dict[str, float]]] = {}
    for line, row in read_rows(path, GJP_COLUMNS, encoding="latin-1"):
        try:
            native = row["ifp_id"].strip()
            if native not in known:
                raise ValueError(
                    f"ifp_id: {native!r} is not in {ifps.name}; is it the questions file of these forecasts?"
                )
            option = row["answer_option"].strip().lower()
            question = known[native]
            ids = [o for o, _ in question.options] if question.options else ["a", "b"]
            if option not in ids:
                raise ValueError(f"answer_option: {option!r} is not one of {', '.join(ids)}")
            value = parse_probability(row["value"], "value")
            parse_time(row["timestamp"], "timestamp")
            by = _forecaster(row["user_id"], "user_id")
        except ValueError as exc:
            batch.problems.append(RowProblem(path, line, str(exc)))
            continue
        key = (native, by, row["timestamp"].strip())
        first_line, values = groups.setdefault(key, (line, {}))
        values[option] = value
    for (native, by, stamp), (line, values) in groups.items():
        question = known[native]
        ids = [o for o, _ in question.options] if question.options else ["a", "b"]
        missing = [o for o in ids if o not in values]
        at = parse_time(stamp, "timestamp")
        if question.options is None:
            yes = values["a"] if "a" in values else (1 - values["b"])
            question.forecasts.append(_forecast(at, f"gjp-{by}", yes))
        elif missing:
            batch.problems.append(
                RowProblem(
                    path,
                    line,
                    f"answer_option: no row for option {', '.join(missing)} of {native}; a forecast gives every option",
                )
            )
            continue
        elif sum(values.values()) <= 0:
            batch.problems.append(RowProblem(path, line, f"value: every option of {native} is 0"))
            continue
        else:
            question.forecasts.append(_split_forecast(at, f"gjp-{by}", {o: values[o] for o in ids}))
        batch.questions[question.scenario_id] = question
    return batch


# --- Metaculus ----------------------------------------------------------------------------------

METACULUS_COLUMNS = ("Question ID", "Forecaster ID", "Forecaster Username", "Start Time", "Probability Yes")
METACULUS_QUESTION_COLUMNS = (
    "Question ID",
    "Question URL",
    "Question Title",
    "Question Type",
    "Open Time",
    "Scheduled Close Time",
    "Resolution",
)


def _listed(text: str, what: str) -> list[Any]:
    value = text.strip()
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            raise ValueError(f"{what}: {value[:60]!r} is not a list") from None
    if not isinstance(parsed, list):
        raise ValueError(f"{what}: {value[:60]!r} is not a list")
    return parsed


def _metaculus_questions(path: Path) -> tuple[dict[str, ImportedQuestion], list[RowProblem]]:
    found: dict[str, ImportedQuestion] = {}
    problems: list[RowProblem] = []
    for line, row in read_rows(path, METACULUS_QUESTION_COLUMNS):
        try:
            native = row["Question ID"].strip()
            kind = row["Question Type"].strip().lower().replace("_", " ")
            if kind not in ("binary", "multiple choice"):
                raise ValueError(
                    f"Question Type: {row['Question Type']!r} is not imported; a scenario asks a yes/no or "
                    "multiple-choice question (Binary, Multiple Choice)"
                )
            options = None
            if kind == "multiple choice":
                labels = _listed(row.get("MC Options (All)") or row.get("MC Options (Current)", ""), "MC Options (All)")
                if len(labels) < 2:
                    raise ValueError("MC Options (All): fewer than two options")
                options = option_ids([str(label) for label in labels])
            resolution = row["Resolution"].strip()
            outcome: str | None
            if not resolution:
                outcome = None
            elif resolution.lower() in ("yes", "no", "ambiguous", "annulled"):
                outcome = resolution.lower()
            elif options is not None and resolution in [label for _, label in options]:
                outcome = next(o for o, label in options if label == resolution)
            else:
                raise ValueError(f"Resolution: {resolution!r} is not yes, no, ambiguous, annulled or an option")
            known = (row.get("Resolution Known Time") or row.get("Actual Close Time") or "").strip()
            url = row["Question URL"].strip() or None
            title = clean_text(row["Question Title"])
            found[native] = ImportedQuestion(
                scenario_id=platform_id("metaculus", native),
                platform="metaculus",
                title=title,
                question=title,
                criteria=f"As resolved on Metaculus ({url})." if url else "As resolved on Metaculus.",
                created=parse_time(row["Open Time"], "Open Time"),
                deadline=parse_time(row["Scheduled Close Time"], "Scheduled Close Time"),
                options=options,
                outcome=outcome,
                resolved_at=parse_time(known, "Resolution Known Time") if outcome and known else None,
                url=url,
            )
        except ValueError as exc:
            problems.append(RowProblem(path, line, str(exc)))
    return found, problems


def read_metaculus(path: Path, questions: Path | None = None) -> ImportBatch:
    """Metaculus data export: ``forecast_data.csv`` with ``question_data.csv`` beside it.

    Aggregate rows (no Forecaster ID: the community prediction and its kin) are not a person's
    forecasts and are left out without a message.
    """
    question_file = _sibling(path, questions, ("question_data.csv",), "Metaculus question_data.csv")
    if question_file is None:
        raise ImportFormatError(f"{path}: no question_data.csv beside it; give it with --questions")
    known, problems = _metaculus_questions(question_file)
    batch = ImportBatch(problems=problems)
    for line, row in read_rows(path, METACULUS_COLUMNS):
        if not row["Forecaster ID"].strip():
            continue
        try:
            native = row["Question ID"].strip()
            if native not in known:
                raise ValueError(f"Question ID: {native!r} is not in {question_file.name} (or was skipped there)")
            question = known[native]
            at = parse_time(row["Start Time"], "Start Time")
            by = row["Forecaster Username"].strip() or f"metaculus-{row['Forecaster ID'].strip()}"
            if question.options is None:
                question.forecasts.append(
                    _forecast(at, by, parse_probability(row["Probability Yes"], "Probability Yes"))
                )
            else:
                values = _listed(row.get("Probability Yes Per Category", ""), "Probability Yes Per Category")
                if len(values) != len(question.options):
                    raise ValueError(
                        f"Probability Yes Per Category: {len(values)} values for {len(question.options)} options"
                    )
                # None marks an option that was not offered yet when the forecast was made.
                split = {
                    o: (0.0 if v is None else parse_probability(str(v), "Probability Yes Per Category"))
                    for (o, _), v in zip(question.options, values, strict=True)
                }
                question.forecasts.append(_split_forecast(at, by, split))
            batch.questions[question.scenario_id] = question
        except ValueError as exc:
            batch.problems.append(RowProblem(path, line, str(exc)))
    return batch


# --- Fatebook -----------------------------------------------------------------------------------

FATEBOOK_COLUMNS = (
    "Question title",
    "Forecast created by",
    "Forecast (scale = 0-1)",
    "Forecast created at",
    "Question created at",
    "Question resolve by",
)
FATEBOOK_OUTCOMES = {"YES": "yes", "NO": "no", "AMBIGUOUS": "ambiguous", "": None}


def read_fatebook(path: Path, questions: Path | None = None) -> ImportBatch:
    """Fatebook's CSV export (one row per forecast). A multiple-choice question's options are each a
    yes/no scenario, as Fatebook resolves each option on its own."""
    if questions is not None:
        raise ImportFormatError("--questions: Fatebook's export is one file; leave --questions out")
    batch = ImportBatch()
    for line, row in read_rows(path, FATEBOOK_COLUMNS):
        try:
            title = clean_text(row["Question title"])
            if not title:
                raise ValueError("Question title: empty")
            option = clean_text(row.get("Multiple choice option", ""))
            created_text = row["Question created at"].strip()
            created = parse_time(created_text, "Question created at")
            resolution = (row.get("Resolution") or row.get("Question resolution") or "").strip().upper()
            if resolution not in FATEBOOK_OUTCOMES:
                raise ValueError(f"Resolution: {resolution!r} is not YES, NO, AMBIGUOUS or empty")
            by = _forecaster(row["Forecast created by"], "Forecast created by")
            probability = parse_probability(row["Forecast (scale = 0-1)"], "Forecast (scale = 0-1)")
            at = parse_time(row["Forecast created at"], "Forecast created at")
            # Fatebook's CSV has no question id: the title, option and creation time name a question.
            digest = hashlib.sha256(f"{title}\x00{option}\x00{created_text}".encode()).hexdigest()[:8]
            words = re.sub(r"[^a-z0-9]+", "-", f"{title} {option}".lower()).strip("-")[:50].strip("-")
            scenario_id = platform_id("fatebook", f"{words}-{digest}")
            question = batch.questions.get(scenario_id)
            if question is None:
                outcome = FATEBOOK_OUTCOMES[resolution]
                resolved = (row.get("Resolved at") or row.get("Question resolved at") or "").strip()
                name = f"{title}: {option}" if option else title
                question = ImportedQuestion(
                    scenario_id=scenario_id,
                    platform="fatebook",
                    title=name[:200],
                    question=f"{title} (option: {option})" if option else title,
                    criteria="As resolved on Fatebook by the question's author"
                    + (
                        f" ({row['Question created by'].strip()})."
                        if row.get("Question created by", "").strip()
                        else "."
                    ),
                    created=created,
                    deadline=parse_time(row["Question resolve by"], "Question resolve by"),
                    outcome=outcome,
                    resolved_at=parse_time(resolved, "Resolved at") if outcome and resolved else None,
                )
                batch.questions[scenario_id] = question
            question.forecasts.append(_forecast(at, by, probability))
        except ValueError as exc:
            batch.problems.append(RowProblem(path, line, str(exc)))
    return batch


# --- Good Judgment Open -------------------------------------------------------------------------


def _json_items(path: Path) -> list[tuple[int, Any]]:
    """The items of a JSON array (or JSON Lines) with the line each starts on."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{path}: cannot read: {exc}") from None
    stripped = text.lstrip()
    items: list[tuple[int, Any]] = []
    decoder = json.JSONDecoder()
    if stripped.startswith("["):
        position = text.index("[") + 1
        while True:
            while position < len(text) and text[position] in " \t\r\n,":
                position += 1
            if position >= len(text) or text[position] == "]":
                break
            try:
                item, end = decoder.raw_decode(text, position)
            except json.JSONDecodeError as exc:
                raise ImportFormatError(f"{path}:{exc.lineno}: not JSON from here ({exc.msg})") from None
            items.append((text.count("\n", 0, position) + 1, item))
            position = end
        return items
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                items.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise ImportFormatError(
                    f"{path}:{number}: not JSON ({exc.msg}); give a JSON array or JSON Lines"
                ) from None
    return items


def read_gjopen(path: Path, questions: Path | None = None) -> ImportBatch:
    """Good Judgment Open: it offers no export, so this reads the JSON its public scrapers write.

    Predictions (``FILE``): ``{problem_id, username, timestamp, prediction: [p per option]}``;
    questions (``--questions``, default ``metadata.json`` beside it): ``{problem_id, title, url,
    metadata: {status, end_date}, options: [...], correct_answer}``.
    """
    metadata = _sibling(path, questions, ("metadata.json",), "GJ Open questions (metadata) JSON")
    if metadata is None:
        raise ImportFormatError(f"{path}: no metadata.json beside it; give the questions file with --questions")
    known: dict[str, ImportedQuestion] = {}
    batch = ImportBatch()
    for line, item in _json_items(metadata):
        try:
            if not isinstance(item, dict) or "problem_id" not in item or "title" not in item:
                raise ValueError("not a question: needs problem_id, title, options, metadata.end_date")
            native = str(item["problem_id"]).strip()
            labels = [str(o) for o in item.get("options") or []]
            if len(labels) < 2:
                raise ValueError("options: fewer than two")
            binary = [label.lower() for label in labels] == ["yes", "no"]
            options = None if binary else option_ids(labels)
            answer = item.get("correct_answer")
            outcome: str | None = None
            if answer not in (None, ""):
                if str(answer) not in labels:
                    raise ValueError(f"correct_answer: {answer!r} is not one of the options {labels}")
                outcome = (
                    ("yes" if str(answer).lower() == "yes" else "no")
                    if binary
                    else next(o for o, label in options or [] if label == str(answer))
                )
            end = parse_time(str((item.get("metadata") or {}).get("end_date") or ""), "metadata.end_date")
            url = str(item.get("url") or "") or None
            title = clean_text(str(item["title"]))
            known[native] = ImportedQuestion(
                scenario_id=platform_id("gjopen", native),
                platform="gjopen",
                title=title,
                question=title,
                criteria=f"As resolved on Good Judgment Open ({url})." if url else "As resolved on Good Judgment Open.",
                created=end,  # moved to the first forecast below: the scrape has no creation date
                deadline=end,
                options=options,
                outcome=outcome,
                resolved_at=end if outcome else None,
                url=url,
            )
        except ValueError as exc:
            batch.problems.append(RowProblem(metadata, line, str(exc)))
    for line, item in _json_items(path):
        try:
            if not isinstance(item, dict):
                raise ValueError("not a prediction: needs problem_id, username, timestamp, prediction")
            native = str(item.get("problem_id", "")).strip()
            if native not in known:
                raise ValueError(f"problem_id: {native!r} is not in {metadata.name} (or was skipped there)")
            question = known[native]
            values = item.get("prediction")
            count = len(question.options) if question.options else 2
            if not isinstance(values, list) or len(values) != count:
                raise ValueError(f"prediction: {values!r} is not a list of {count} probabilities")
            probabilities = [parse_probability(str(v), "prediction") for v in values]
            at = parse_time(str(item.get("timestamp") or ""), "timestamp")
            by = _forecaster(str(item.get("username") or ""), "username")
            if question.options is None:
                question.forecasts.append(_forecast(at, by, probabilities[0]))
            else:
                split = {o: p for (o, _), p in zip(question.options, probabilities, strict=True)}
                question.forecasts.append(_split_forecast(at, by, split))
            question.created = min(question.created, at)
            batch.questions[question.scenario_id] = question
        except ValueError as exc:
            batch.problems.append(RowProblem(path, line, str(exc)))
    return batch


Reader = Callable[[Path, Path | None], ImportBatch]
READERS: dict[str, Reader] = {
    "metaculus": read_metaculus,
    "gjopen": read_gjopen,
    "gjp": read_gjp,
    "fatebook": read_fatebook,
    "predictionbook": read_predictionbook,
}
