"""A question imported from another platform, with its forecasts and outcome, before it is a scenario."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from forecasts.probability import HIGHEST, LOWEST
from forecasts.scenario import MAX_SLUG_CHARS


@dataclass(frozen=True)
class ImportedForecast:
    """One forecast: when, who, the probability (of yes, or one per option id) and, when it had to be
    held inside 0.001..0.999 or normalised, what the platform said (``stated``)."""

    at: datetime
    by: str
    probability: float | dict[str, float]
    stated: str | None = None


@dataclass
class ImportedQuestion:
    """A question as the platform has it, mapped onto the scenario fields.

    ``scenario_id`` is derived from the platform's own question id, so importing the same file
    again names the same scenario. ``options`` is None for a yes/no question, else (id, label)
    pairs; ``outcome`` is "yes", "no", "ambiguous", an option id, or None while open.
    """

    scenario_id: str
    platform: str
    title: str
    question: str
    criteria: str
    created: datetime
    deadline: datetime
    options: list[tuple[str, str]] | None = None
    outcome: str | None = None
    resolved_at: datetime | None = None
    url: str | None = None
    forecasts: list[ImportedForecast] = field(default_factory=list)


@dataclass(frozen=True)
class RowProblem:
    """A row of an export that was skipped: file, line and why (with the fix where there is one)."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class ImportBatch:
    """What one export held: its questions by scenario id, and the rows skipped."""

    questions: dict[str, ImportedQuestion] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def forecast_count(self) -> int:
        """Forecasts read, over every question."""
        return sum(len(q.forecasts) for q in self.questions.values())


class ImportFormatError(ValueError):
    """An export that cannot be read at all (wrong file, missing columns): names the file and the fix."""


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def platform_id(prefix: str, native_id: str) -> str:
    """A stable scenario id from a platform's own question id, e.g. ``pb-8``, ``gjp-1001-0``.

    Ids too long for a slug keep their start and end in a short hash, so they stay unique.
    """
    slug = _NOT_SLUG.sub("-", native_id.lower()).strip("-") or "question"
    scenario_id = f"{prefix}-{slug}"
    if len(scenario_id) > MAX_SLUG_CHARS:
        digest = hashlib.sha256(native_id.encode("utf-8")).hexdigest()[:10]
        scenario_id = f"{scenario_id[: MAX_SLUG_CHARS - 11].rstrip('-')}-{digest}"
    return scenario_id


_C1 = re.compile("[\x80-\x9f]")


def clean_text(text: str) -> str:
    """Text with runs of white space made one space, and C1 control characters (U+0080..U+009F)
    read as the Windows-1252 punctuation they nearly always are in exports ('\x96' is an en dash).

    The tracker takes no control character in text (it would act on a terminal); this repairs
    the one common source of them and leaves any other for the validation to report.
    """

    def windows_1252(match: re.Match[str]) -> str:
        try:
            return bytes([ord(match[0])]).decode("cp1252")
        except UnicodeDecodeError:
            return match[0]

    return _C1.sub(windows_1252, " ".join(text.split()))


def parse_time(text: str, what: str) -> datetime:
    """An ISO date or datetime (``2008-06-20 11:43:07+00:00``, ``2024-01-05T10:00:00Z``) in UTC.

    A time without a zone is read as UTC, which is how the platforms' exports write them.
    """
    value = text.strip()
    if not value:
        raise ValueError(f"{what}: empty; give a date or datetime (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{what}: {value!r} is not a date or datetime (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_probability(text: str, what: str) -> float:
    """A probability from 0 to 1 as exported (``0.7``); 0 and 1 are allowed here (see ``bounded``)."""
    value = text.strip()
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{what}: {value!r} is not a number; give a probability from 0 to 1 such as 0.7") from None
    if not 0 <= number <= 1:
        raise ValueError(f"{what}: {value!r} is not between 0 and 1")
    return number


def bounded(probability: float) -> float:
    """A platform's 0 or 1 held at 0.001 or 0.999, the tracker's limits (the original stays in ``stated``)."""
    return min(max(probability, LOWEST), HIGHEST)


def bounded_split(values: dict[str, float]) -> dict[str, float]:
    """Option probabilities normalised to sum to 1 with each at least 0.001 (0 is never a forecast)."""
    total = sum(values.values())
    spare = 1 - LOWEST * len(values)
    # The share first: "spare * value" underflows for a subnormal value (5e-324), and the sum drifts.
    return {option: LOWEST + spare * (value / total) for option, value in values.items()}


def stated_text(values: float | dict[str, float]) -> str:
    """How the platform wrote a probability, for ``stated`` when it had to be held inside the limits."""
    if isinstance(values, dict):
        return ",".join(f"{option}={value:g}" for option, value in values.items())
    return f"{values:g}"
