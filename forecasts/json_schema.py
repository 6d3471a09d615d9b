"""The models of every command's ``--format json`` document, from which docs/schema/ is generated.

The commands build their documents as plain data (``forecasts.json_output``); these models say
what that data is, for people and for validators. ``scripts/json_schemas.py`` writes one JSON
Schema per command from them, and ``tests/test_json_schema.py`` checks that each command's real
output validates against its file and that the files are current. Parts that mirror the
scenario file's own schema (a rule, a source, a history entry; see README) or the engine's
diagnostics are left open (any object), so this module does not restate them.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from forecasts.json_output import SCHEMA_VERSION

Json = dict[str, Any]


class Closed(BaseModel):
    """An object with exactly these keys: a new key must be documented here first."""

    model_config = ConfigDict(extra="forbid")


class Document(Closed):
    """Every command's document starts with the version of this interface."""

    schema_version: Literal[1] = Field(description="Raised when a key is removed or changes meaning.")


class Quantiles(Closed):
    """An option's probability: mean and 5/50/95 % quantiles (null when not known)."""

    mean: float | None
    p05: float | None
    p50: float | None
    p95: float | None


class Probability(Closed):
    """A probability, the one shape every command uses (``forecasts.json_output.probability_record``)."""

    mean: float | None = Field(description="P(yes) of a yes/no question or claim; null when categorical or unknown.")
    p05: float | None
    p50: float | None
    p95: float | None
    beta: list[float] | None = Field(description="Beta(a, b) a hedge word implies, when it is one.")
    options: dict[str, Quantiles] | None = Field(description="Each option's probability (categorical questions).")
    basis: str = Field(description="Where it comes from: model, forecast, prior, none, a phrase table entry...")
    detail: str | None
    note: str | None = Field(description="Why the model's posterior is not used, when one exists.")


class Ladder(Closed):
    """The escalation ladder a scenario is a rung of."""

    name: str
    rung: int


class ScenarioSummary(Closed):
    """A scenario as `list` shows it."""

    id: str
    title: str
    case: str
    kind: Literal["binary", "categorical"]
    status: str
    outcome: str | None
    probability: Probability
    deadline: str
    ladder: Ladder | None
    conditional_on: Json | None
    tags: list[str]
    path: str
    as_of: str


class Resolution(Closed):
    """How the scenario resolves: criteria, sources and rule as written, and the outcome if settled."""

    criteria: str
    sources: list[Any]
    rule: Json | None
    outcome: str | None
    resolved_at: str | None
    resolved_by: str | None
    evidence: Json | None


class ShownSource(BaseModel):
    """A source as written in the scenario file (its keys pass through), with its implied prior."""

    model_config = ConfigDict(extra="allow")
    implied: Probability | None
    implied_for_scenario: float | None


class ListDocument(Document):
    """`forecasts list --format json`."""

    scenarios: list[ScenarioSummary]


class RecordedForecast(BaseModel):
    """A forecast as the scenario file records it (its keys pass through), the probability in the one shape."""

    model_config = ConfigDict(extra="allow")
    at: str
    by: str
    probability: Probability


class ShowDocument(Document, ScenarioSummary):
    """`forecasts show ID --format json`: the list entry and the whole scenario."""

    question: str
    options: list[Json]
    created: str
    opens: str | None
    resolution: Resolution
    sources: list[ShownSource]
    forecasts: list[RecordedForecast]
    evidence: list[Json]


class CheckFeed(Closed):
    """A feed the check read (or voided), with what it covers."""

    feed: str
    origin: str
    status: str
    rows: int | None
    layout: str | None
    covers: list[str] | None
    message: str | None


class CheckEvent(Closed):
    """A feed event behind a resolution."""

    feed: str
    id: str
    date: str
    url: str | None
    place: str | None
    sources: int | None


class CheckAction(Closed):
    """A resolution the check wrote (or, in a dry run, would write)."""

    kind: str
    scenario: str
    file: str
    outcome: str
    resolved_at: str
    reason: str
    note: str | None
    source: str | None
    events: list[CheckEvent]
    written: bool
    dry_run: bool


class CheckFlag(Closed):
    """Something that needs a person: due, overdue, stale, moved, a rule problem, a void feed..."""

    kind: str
    scenario: str | None
    message: str
    file: str | None


class CheckDocument(Document):
    """`forecasts check --format json`."""

    as_of: str = Field(description="The instant the check ran as (--as-of, end of day; or now).")
    dry_run: bool
    scenarios: str
    scenario_count: int
    exit: int
    feeds: list[CheckFeed]
    actions: list[CheckAction]
    flags: list[CheckFlag]
    waiting: Any
    watching: int
    errors: list[str]


class ScoreDocument(Document):
    """`forecasts score --format json`; groups, calibration and decomposition as in --help."""

    group_by: str
    as_of: str
    scoring: dict[str, str] = Field(description="The scoring convention, in words (one for score and backtest).")
    scenarios_scored: int
    not_scored: dict[str, int]
    reference: Json | None
    groups: list[Json]
    calibration: list[Json]
    decomposition: Json | None
    skipped: list[Any]


class UpdatedScenario(Closed):
    """A scenario's probability now, from the fit."""

    at: str
    probability: Probability


class UpdateDocument(Document):
    """`forecasts update --format json`: the fit's summary (posterior.json without the histories)."""

    model_config = ConfigDict(extra="allow")
    inputs_sha256: str
    as_of: str
    method: str
    diagnostics: Json
    scenarios: dict[str, UpdatedScenario]
    fitted: bool
    folder: str


class BacktestDocument(Document):
    """`forecasts backtest --format json` (forecasts mode or, with GJP, aggregate mode)."""

    model_config = ConfigDict(extra="allow")
    layout: str
    mode: Literal["forecasts", "aggregate"]
    train_until: str
    n_train: int
    n_test: int
    n_train_questions: int
    n_test_questions: int
    scoring: dict[str, str]
    brier: dict[str, float]
    log_score: dict[str, float]
    fit: Json
    calibration: dict[str, list[Json]]


class ExtractedForecast(Closed):
    """A forecast found in the article: quote, speaker, hedge and its prior, window, condition."""

    quote: str
    char_start: int
    char_end: int
    speaker: str
    speaker_type: str
    speaker_role: str | None
    hedge: str | None
    probability: Probability
    polarity: str
    kind: str
    window_phrase: str | None
    window_start: str | None
    window_end: str | None
    event: str
    conditional_on: str | None
    confidence: float
    flags: list[str]


class ExtractDocument(Document):
    """`forecasts extract SOURCE --format json`."""

    forecasts: list[ExtractedForecast]


class Draft(Closed):
    """A draft scenario and the review items that remain."""

    id: str
    path: str
    title: str
    review: list[str]
    rule_marked: bool
    publishability: float = Field(
        ge=0, le=1, description="P(a reader publishes it as is or with one field edited), from readers' verdicts."
    )
    publishability_signs: list[str] = Field(description="The features that pulled it down most, worst first.")
    flagged: bool = Field(description="Below the model's threshold: readers seldom publish such a draft unrewritten.")


class DraftsListDocument(Document):
    """`forecasts drafts list --format json`."""

    drafts: list[Draft]


class Skipped(Closed):
    """A scenario `baserate` gave no base rate for, and why."""

    scenario: str
    reason: str


class BaserateDocument(Document):
    """`forecasts baserate --format json`: one base rate per scenario (``BaseRate.to_data``)."""

    base_rates: list[Json]
    skipped: list[Skipped]


class EventsQueryDocument(Document):
    """`forecasts events query SCENARIO --format json`: the incidents its rule finds in the history."""

    model_config = ConfigDict(populate_by_name=True)
    scenario: str
    since: str = Field(alias="from")
    until: str = Field(alias="to")
    engine: str
    incidents: list[Json]


class ExportTableDocument(Document):
    """A file `forecasts export --format json` writes: one table (columns as README "Exporting" says)."""

    table: Literal["scenarios", "forecasts", "sources", "resolutions", "scores"]
    columns: list[str]
    rows: list[Json]


class ImportDocument(Document):
    """`forecasts import PLATFORM FILE --format json`: what an import read, created and appended."""

    format: str
    file: str
    case: str
    questions: int
    forecasts_read: int
    created: list[str]
    appended: list[str]
    unchanged: int
    forecasts_added: int
    skipped: list[str]
    seconds: float


class WatchDocument(Document):
    """`forecasts watch --format json`: feeds read, articles read, forecasts found, drafts written."""

    feeds_read: int
    feeds_unchanged: int
    void_feeds: list[str]
    articles_read: int
    articles_failed: list[str]
    forecasts_found: int
    drafts_written: list[str]
    claims_attached: int
    already_drafted: int
    not_drafted: int
    notified: int


# Command (as typed after `forecasts`) -> the model of its JSON document.
DOCUMENTS: dict[str, type[Document]] = {
    "list": ListDocument,
    "show": ShowDocument,
    "check": CheckDocument,
    "score": ScoreDocument,
    "update": UpdateDocument,
    "backtest": BacktestDocument,
    "extract": ExtractDocument,
    "drafts list": DraftsListDocument,
    "baserate": BaserateDocument,
    "events query": EventsQueryDocument,
    "import": ImportDocument,
    "export": ExportTableDocument,
    "watch": WatchDocument,
}


def schema_of(command: str) -> Json:
    """The JSON Schema of ``command``'s document, as docs/schema/ holds it."""
    schema = DOCUMENTS[command].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://forecasts.invalid/schema/v{SCHEMA_VERSION}/{schema_file(command)}"
    return schema


def schema_texts() -> dict[str, str]:
    """File name in docs/schema/ -> the text it should hold, for every command with JSON output."""
    return {
        schema_file(command): json.dumps(schema_of(command), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        for command in DOCUMENTS
    }


def schema_file(command: str) -> str:
    """The file name of ``command``'s schema: ``drafts list`` -> ``drafts-list.json``."""
    return command.replace(" ", "-") + ".json"
