"""The scenario file schema (v1): pydantic models, every one strict about unknown keys.

One scenario per YAML file, ``scenarios/<case>/<id>.yaml``. The part a person writes (question,
criteria, sources, ...) comes first; ``history`` comes last and is only ever appended to by the
``forecasts`` command (see ``forecasts.store``). Structural checks live here; checks that need
the whole scenario (options vs. outcomes, dates in order) are in ``forecasts.validation``, and
checks across files in ``forecasts.store``.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    Tag,
)
from pydantic_core import PydanticCustomError

from forecasts.dates import DateError, When, parse_when
from forecasts.probability import ProbabilityError, parse_probability

SCHEMA_VERSION = 1

STATUSES = ("draft", "open", "resolved", "annulled")
BINARY_OUTCOMES = ("yes", "no", "ambiguous")
# Recorded with `forecasts resolve ID annulled`: the question is void (e.g. its condition failed).
ANNULLED = "annulled"


def _fail(message: str) -> PydanticCustomError:
    # The template is a placeholder so braces in quoted user values are never interpreted.
    return PydanticCustomError("forecasts", "{message}", {"message": message})


def _when(value: Any) -> When:
    try:
        return parse_when(value)
    except DateError as exc:
        raise _fail(str(exc)) from None


def _probability(value: Any) -> float:
    try:
        return parse_probability(value)
    except ProbabilityError as exc:
        raise _fail(str(exc)) from None


def _probability_or_split(value: Any) -> float | dict[str, float]:
    if isinstance(value, dict):
        return {str(k): _probability(v) for k, v in value.items()}
    return _probability(value)


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_OPTION_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def _slug(value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise _fail(f"{value!r} is not a slug (lower-case letters, digits and single hyphens, e.g. 'us-strike-iran')")
    return value


def _option_id(value: Any) -> str:
    if not isinstance(value, str) or not _OPTION_ID.match(value):
        raise _fail(f"{value!r} is not an option id (lower-case letters, digits, '-' or '_', e.g. 'asymmetric')")
    return value


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        raise _fail(f"{value!r} is not text")
    text = str(value)
    if not text.strip():
        raise _fail("must not be empty")
    return text


def _url(value: Any) -> str:
    text = _text(value)
    if not re.match(r"^https?://\S+$", text):
        raise _fail(f"{text!r} is not a URL (http:// or https://)")
    return text


def _strict_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"{value!r} is not a whole number")
    return value


def _serialize_when(value: When) -> str:
    return value.isoformat()


Slug = Annotated[str, BeforeValidator(_slug)]
OptionId = Annotated[str, BeforeValidator(_option_id)]
Text = Annotated[str, BeforeValidator(_text)]
Url = Annotated[str, BeforeValidator(_url)]
Instant = Annotated[When, BeforeValidator(_when), PlainSerializer(_serialize_when, when_used="json")]
Probability = Annotated[float, BeforeValidator(_probability)]
# A binary forecast is one probability; a categorical one maps every option id to its probability.
Split = Annotated[float | dict[str, float], BeforeValidator(_probability_or_split)]
WholeNumber = Annotated[int, BeforeValidator(_strict_int)]


class StrictModel(BaseModel):
    """Base for every schema model: unknown keys are errors, never silently dropped."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Option(StrictModel):
    """One answer of a categorical scenario. Options are mutually exclusive and exhaustive."""

    id: OptionId
    label: Text


class Ladder(StrictModel):
    """Where a scenario sits on an escalation ladder: rung 1 is the lowest."""

    name: Slug
    rung: Annotated[WholeNumber, Field(ge=1)]


class Condition(StrictModel):
    """This scenario asks about a world in which ``scenario`` resolved as ``outcome``."""

    scenario: Slug
    outcome: Text


class ResolutionNote(StrictModel):
    """A piece of evidence for how a scenario resolved."""

    url: Url | None = None
    note: Text | None = None


class Window(StrictModel):
    """When a rule looks for matching events: scenario fields (opens, deadline) or dates."""

    from_: Annotated[str | Instant, Field(alias="from")] = "opens"
    to: str | Instant = "deadline"

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


CountryCodes = str | list[str]
RuleOutcome = Text
DeadlineAction = Literal["yes", "no", "flag"]


class GdeltRule(StrictModel):
    """Resolve from GDELT events: actor countries (CAMEO), CAMEO codes, action place (FIPS)."""

    feed: Literal["gdelt"]
    actor1_country: CountryCodes | None = None
    actor2_country: CountryCodes | None = None
    quad_class: Annotated[WholeNumber, Field(ge=1, le=4)] | list[Annotated[WholeNumber, Field(ge=1, le=4)]] | None = (
        None
    )
    event_root_codes: list[Annotated[WholeNumber, Field(ge=1, le=20)]] | None = None
    event_codes: list[Text] | None = None
    action_country: CountryCodes | None = None
    min_sources: Annotated[WholeNumber, Field(ge=1)] = 1
    min_mentions: Annotated[WholeNumber, Field(ge=1)] | None = None
    window: Window = Field(default_factory=Window)
    on_match: RuleOutcome = "yes"
    on_deadline_without_match: DeadlineAction = "flag"


class AcledRule(StrictModel):
    """Resolve from ACLED events: event types, actor patterns, place and fatalities."""

    feed: Literal["acled"]
    event_type: Text | list[Text] | None = None
    sub_event_type: Text | list[Text] | None = None
    actor1: Text | None = None
    actor2: Text | None = None
    country: Text | list[Text] | None = None
    admin1: Text | list[Text] | None = None
    min_fatalities: Annotated[WholeNumber, Field(ge=0)] | None = None
    min_events: Annotated[WholeNumber, Field(ge=1)] = 1
    window: Window = Field(default_factory=Window)
    on_match: RuleOutcome = "yes"
    on_deadline_without_match: DeadlineAction = "flag"


def _feed_of(value: Any) -> str | None:
    if isinstance(value, dict):
        feed = value.get("feed")
        return feed if feed in ("gdelt", "acled") else None
    return getattr(value, "feed", None)


Rule = Annotated[
    Annotated[GdeltRule, Tag("gdelt")] | Annotated[AcledRule, Tag("acled")],
    Discriminator(
        _feed_of,
        custom_error_type="forecasts",
        custom_error_message="rule needs 'feed: gdelt' or 'feed: acled'",
    ),
]


class Resolution(StrictModel):
    """How the scenario will be (or was) settled: human criteria, sources, an optional rule."""

    criteria: Text
    sources: list[Text] = Field(default_factory=list)
    rule: Rule | None = None
    outcome: Text | None = None
    resolved_at: Instant | None = None
    resolved_by: Text | None = None
    evidence: list[ResolutionNote] = Field(default_factory=list)


class Source(StrictModel):
    """A published claim the scenario came from, and the prior its hedge (or number) implies.

    ``prior`` is the probability the claim gives its own event; leave it out to take the mean of
    the hedge's phrase-table prior. ``polarity: negative`` means the claim says the scenario's
    event will *not* happen, so it implies ``1 - prior`` for "yes". For a categorical scenario,
    ``option`` names the option the claim backs.
    """

    quote: Text
    speaker: Text
    role: Text | None = None
    outlet: Text | None = None
    url: Url | None = None
    published: Instant | None = None
    hedge: Text | None = None
    prior: Probability | None = None
    polarity: Literal["positive", "negative"] = "positive"
    option: OptionId | None = None
    note: Text | None = None


class Forecast(StrictModel):
    """One odds update: who said what probability, when."""

    at: Instant
    by: Text
    probability: Split
    stated: Text | None = None
    note: Text | None = None


class Evidence(StrictModel):
    """A dated note that moves the odds: a likelihood ratio, or a direction and a strength."""

    at: Instant
    by: Text
    note: Text
    url: Url | None = None
    likelihood_ratio: Annotated[float, Field(gt=0)] | None = None
    direction: Literal["up", "down"] | None = None
    strength: Literal["weak", "moderate", "strong"] | None = None
    option: OptionId | None = None


class ForecastEntry(Forecast):
    """A forecast appended to ``history`` by ``forecasts forecast``."""

    type: Literal["forecast"]


class EvidenceEntry(Evidence):
    """Evidence appended to ``history`` by ``forecasts evidence``."""

    type: Literal["evidence"]


class ResolutionEntry(StrictModel):
    """A resolution appended to ``history`` by ``forecasts resolve``; the latest one counts."""

    type: Literal["resolution"]
    at: Instant
    by: Text
    outcome: Text
    resolved_at: Instant | None = None
    source: Url | None = None
    note: Text | None = None


def _entry_type(value: Any) -> str | None:
    if isinstance(value, dict):
        kind = value.get("type")
        return kind if kind in ("forecast", "evidence", "resolution") else None
    return getattr(value, "type", None)


HistoryEntry = Annotated[
    Annotated[ForecastEntry, Tag("forecast")]
    | Annotated[EvidenceEntry, Tag("evidence")]
    | Annotated[ResolutionEntry, Tag("resolution")],
    Discriminator(
        _entry_type,
        custom_error_type="forecasts",
        custom_error_message="history entry needs 'type: forecast', 'type: evidence' or 'type: resolution'",
    ),
]


class Scenario(StrictModel):
    """One resolvable question, the claims it came from and everything recorded about it."""

    id: Slug
    title: Text
    question: Text
    kind: Literal["binary", "categorical"] = "binary"
    options: list[Option] | None = None
    case: Slug | None = None
    tags: list[Slug] = Field(default_factory=list)
    created: Instant
    opens: Instant | None = None
    deadline: Instant
    status: Literal["draft", "open", "resolved", "annulled"] = "open"
    resolution: Resolution
    ladder: Ladder | None = None
    conditional_on: Condition | None = None
    sources: list[Source] = Field(default_factory=list)
    forecasts: list[Forecast] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)

    def outcomes(self) -> list[str]:
        """The outcomes this scenario can resolve to (besides 'annulled')."""
        if self.kind == "categorical":
            return [o.id for o in self.options or []] + ["ambiguous"]
        return list(BINARY_OUTCOMES)

    def option_ids(self) -> list[str]:
        """Option ids of a categorical scenario; empty for a binary one."""
        return [o.id for o in self.options or []]


SCENARIO_KEYS = tuple(Scenario.model_fields)
