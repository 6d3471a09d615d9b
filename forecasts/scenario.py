"""The scenario file schema (v1): pydantic models, every one strict about unknown keys.

One scenario per YAML file, ``scenarios/<case>/<id>.yaml``. The part a person writes (question,
criteria, sources, ...) comes first; ``history`` comes last and is only ever appended to by the
``forecasts`` command (see ``forecasts.store``). Structural checks live here; checks that need
the whole scenario (options vs. outcomes, dates in order) are in ``forecasts.validation``, and
checks across files in ``forecasts.store``. Every free-text value (title, notes, names, quotes)
is refused if it holds a control character other than tab and line feed (``forecasts.printable``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal, cast
from urllib.parse import quote, urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    Tag,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from forecasts.dates import DateError, When, parse_when
from forecasts.printable import describe_character, find_text_control
from forecasts.probability import ProbabilityError, parse_probability
from forecasts.resolve.vocabulary import (
    ACLED_EVENT_TYPE_OF_SUB,
    ACLED_EVENT_TYPES,
    CAMEO_EVENT_CODES,
    CAMEO_TO_FIPS,
    FIPS_TO_CAMEO,
)
from forecasts.spelling import close_matches, did_you_mean, suggestion

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


# Ids and case names are file and folder names: most file systems stop at 255 bytes.
MAX_SLUG_CHARS = 80
# Evidence this strong or stronger is a resolution, not a likelihood ratio.
LIKELIHOOD_RATIO_BOUNDS = (0.001, 1000.0)


def _slug(value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise _fail(f"{value!r} is not a slug (lower-case letters, digits and single hyphens, e.g. 'us-strike-iran')")
    if len(value) > MAX_SLUG_CHARS:
        raise _fail(
            f"'{value[:40]}…' is {len(value)} characters long; a slug has at most {MAX_SLUG_CHARS} (it names a file)"
        )
    return value


def slug_problem(value: str) -> str | None:
    """Why ``value`` cannot be an id, case or tag (a slug), or None when it can."""
    try:
        _slug(value)
    except PydanticCustomError as exc:
        return str(exc)
    return None


def likelihood_ratio_problem(value: float) -> str | None:
    """Why ``value`` cannot be a likelihood ratio, or None when it can."""
    try:
        _likelihood_ratio(value)
    except PydanticCustomError as exc:
        return str(exc)
    return None


def _likelihood_ratio(value: Any) -> float:
    low, high = LIKELIHOOD_RATIO_BOUNDS
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(f"{value!r} is not a number")
    if not low <= value <= high:  # NaN fails this too
        raise _fail(
            f"{value!r} is not a likelihood ratio from {low:g} to {high:g} "
            "(weak, moderate and strong evidence are 1.5, 3 and 10; below 1 it points down)"
        )
    return float(value)


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
    control = find_text_control(text)
    if control is not None:
        # Every text value, from a file or the command line, passes here: a control character
        # stored in a title or a note would act on the terminal of whoever shows it later.
        quoted = repr(text) if len(text) <= 60 else repr(text[:57]) + "..."
        raise _fail(
            f"{quoted} holds the control character {describe_character(control)} at character "
            f"{text.index(control) + 1}; text takes printable characters, tabs and line breaks: remove it"
        )
    return text


# What a URL never holds unencoded (RFC 3986) and would, where the URL is shown, end a Markdown
# link, open HTML or start a quoted link title: a URL must carry them percent-encoded.
_URL_UNSAFE = frozenset(" \"'()<>[]\\^`{|}")


def url_problem(text: str) -> str | None:
    """What is wrong with ``text`` as a web URL to store and show, quoting it; None when nothing is.

    A URL is http:// or https:// with a host, and no white space, control characters, brackets,
    parentheses, quotes or angle brackets: those must be percent-encoded. The schema checks every
    URL field with it, and ``forecasts check`` every URL it takes from a feed.
    """
    if not re.match(r"^https?://", text):
        return f"{text!r} is not a URL (http:// or https://)"
    bad = sorted({c for c in text if c in _URL_UNSAFE or c.isspace() or not c.isprintable()})
    if bad:
        listed = " ".join(repr(c) for c in bad)
        encoded = " ".join(quote(c, safe="") for c in bad)
        them = "it" if len(bad) == 1 else "them"
        return f"{text!r} is not a URL: it holds {listed}; write {them} percent-encoded ({encoded})"
    if not urlsplit(text).hostname:
        return f"{text!r} is not a URL: it names no host; write e.g. https://example.org/report"
    return None


def _url(value: Any) -> str:
    text = _text(value)
    problem = url_problem(text)
    if problem is not None:
        raise _fail(problem)
    return text


def _strict_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"{value!r} is not a whole number")
    return value


def _serialize_when(value: When) -> str:
    return value.isoformat()


def _serialize_window_end(value: str | When) -> str:
    return value if isinstance(value, str) else value.isoformat()


Slug = Annotated[str, BeforeValidator(_slug)]
OptionId = Annotated[str, BeforeValidator(_option_id)]
Text = Annotated[str, BeforeValidator(_text)]
Url = Annotated[str, BeforeValidator(_url)]
Instant = Annotated[When, BeforeValidator(_when), PlainSerializer(_serialize_when, when_used="json")]
Probability = Annotated[float, BeforeValidator(_probability)]
# A binary forecast is one probability; a categorical one maps every option id to its probability.
Split = Annotated[float | dict[str, float], BeforeValidator(_probability_or_split)]
WholeNumber = Annotated[int, BeforeValidator(_strict_int)]


MARGINAL_TAG_PREFIX = "marginal-"


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


WINDOW_ANCHORS = ("opens", "created", "deadline")


def _window_end(value: Any) -> str | When:
    if isinstance(value, str) and value.strip() in WINDOW_ANCHORS:
        return value.strip()
    try:
        return parse_when(value)
    except DateError:
        hint = did_you_mean(str(value), WINDOW_ANCHORS)
        raise _fail(f"{value!r} is not a date (YYYY-MM-DD) or one of: {', '.join(WINDOW_ANCHORS)}{hint}") from None


WindowEnd = Annotated[
    str | When, BeforeValidator(_window_end), PlainSerializer(_serialize_window_end, when_used="json")
]


class Window(StrictModel):
    """When a rule looks for matching events: scenario fields (opens, created, deadline) or dates.

    Both ends are inclusive; a date end covers that whole day. ``opens`` falls back to
    ``created`` when the scenario has no ``opens``.
    """

    from_: Annotated[WindowEnd, Field(alias="from")] = "opens"
    to: WindowEnd = "deadline"

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def _codes(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


@dataclass(frozen=True, eq=False)  # hashed by identity: pydantic hashes validators
class _CountryCodes:
    """Checks country codes of one system, pointing to the other system when it is used instead."""

    system: str  # "CAMEO" or "FIPS 10-4"
    length: int
    example: str
    other_length: int
    other_note: str
    translation: dict[str, str]
    place: str

    def __call__(self, value: Any) -> str | list[str]:
        for code in _codes(value):
            if (
                not isinstance(code, str)
                or not code
                or (
                    not re.fullmatch(rf"[A-Za-z]{{{self.length}}}", code)
                    and not re.fullmatch(rf"[A-Z]{{{self.other_length}}}", code)
                )
            ):
                raise _fail(
                    f"{code!r} is not a {self.system} country code ({self.length} capital letters, e.g. {self.example})"
                )
            if code != code.upper() and len(code) == self.length:
                raise _fail(
                    f"{code!r}: {self.system.split()[0]} country codes are capital letters; write {code.upper()!r}"
                )
            if len(code) == self.other_length:
                known = self.translation.get(code)
                hint = f"; for this {self.place} use {known!r}" if known else ""
                raise _fail(f"{code!r} is a {self.other_note}{hint}")
        return cast("str | list[str]", value)


_cameo_countries = _CountryCodes(
    system="CAMEO",
    length=3,
    example="IRN, USA",
    other_length=2,
    other_note="2-letter FIPS place code; actor countries are CAMEO 3-letter codes (IRN Iran, IRQ Iraq, USA)",
    translation=FIPS_TO_CAMEO,
    place="place",
)
_fips_countries = _CountryCodes(
    system="FIPS 10-4",
    length=2,
    example="IZ for Iraq",
    other_length=3,
    other_note=(
        "3-letter CAMEO actor code; action_country takes FIPS 10-4 2-letter codes as in GDELT's geo fields "
        "(IR Iran, IZ Iraq, US)"
    ),
    translation=CAMEO_TO_FIPS,
    place="country",
)


def _actor_codes(value: Any) -> str | list[str]:
    for code in _codes(value):
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z0-9]{3,15}", code):
            raise _fail(
                f"{code!r} is not a CAMEO actor code (capital letters, e.g. IRNMIL, USAGOV; it matches codes that start with it)"
            )
    return cast("str | list[str]", value)


def _event_code(value: Any) -> str:
    if isinstance(value, bool):
        raise _fail(f"{value!r} is not a CAMEO event code")
    if isinstance(value, int):
        text = str(value)
        if value < 100 or text not in CAMEO_EVENT_CODES:
            raise _fail(
                f"{value!r} is a number; write CAMEO event codes as quoted text so leading zeros survive ('010' is not '10')"
            )
        return text
    if not isinstance(value, str) or value not in CAMEO_EVENT_CODES:
        close = _closest_code(str(value))
        hint = suggestion([close] if close else [])
        raise _fail(f"{value!r} is not a CAMEO event code{hint}; codes have 2-4 digits, e.g. '190', '1384', '0211'")
    return value


def _closest_code(text: str) -> str | None:
    # CAMEO codes are a hierarchy: a typo is most likely a sibling (1386 -> 1385) or the parent.
    if text.isdigit() and 2 <= len(text) <= 4:
        siblings = [c for c in CAMEO_EVENT_CODES if len(c) == len(text) and c[:-1] == text[:-1]]
        if siblings:
            return min(siblings, key=lambda c: (abs(int(c) - int(text)), c))
        if text[:-1] in CAMEO_EVENT_CODES:
            return text[:-1]
    close = close_matches(text, sorted(CAMEO_EVENT_CODES), cutoff=0.75)
    return close[0] if close else None


def _acled_names(choices: tuple[str, ...], what: str) -> Any:
    lookup = {c.lower(): c for c in choices}

    def check(value: Any) -> str | list[str]:
        found: list[str] = []
        for item in _codes(value):
            canonical = lookup.get(str(item).strip().lower()) if isinstance(item, str) else None
            if canonical is None:
                hint = did_you_mean(str(item), choices)
                raise _fail(f"{item!r} is not an ACLED {what}{hint}; use one of: {', '.join(choices)}")
            found.append(canonical)
        return found if isinstance(value, list) else found[0]

    return check


def _patterns(value: Any) -> str | list[str]:
    for item in _codes(value):
        text = _text(item)
        try:
            re.compile(text)
        except re.error as exc:
            raise _fail(
                f"{text!r} is not a valid pattern ({exc}); patterns are regular expressions matched anywhere in the name, ignoring case: escape ( and ) as \\( and \\)"
            ) from None
    return cast("str | list[str]", value)


def _review_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _fail(
            f"{value!r} is not true or false; write 'review: true' while a person still has to check the rule "
            "(forecasts check leaves it alone), and remove the line once checked"
        )
    return value


# A rule proposed by `forecasts extract` carries review: true until a person has checked it.
ReviewFlag = Annotated[bool, BeforeValidator(_review_flag)]
CameoCountries = Annotated[str | list[str], BeforeValidator(_cameo_countries)]
FipsCountries = Annotated[str | list[str], BeforeValidator(_fips_countries)]
ActorCodes = Annotated[str | list[str], BeforeValidator(_actor_codes)]
EventCode = Annotated[str, BeforeValidator(_event_code)]
RootCode = Annotated[WholeNumber, Field(ge=1, le=20)]
QuadClass = Annotated[WholeNumber, Field(ge=1, le=4)]
AcledEventTypes = Annotated[str | list[str], BeforeValidator(_acled_names(ACLED_EVENT_TYPES, "event_type"))]
AcledSubEventTypes = Annotated[
    str | list[str], BeforeValidator(_acled_names(tuple(ACLED_EVENT_TYPE_OF_SUB), "sub_event_type"))
]
Patterns = Annotated[str | list[str], BeforeValidator(_patterns)]
Names = Annotated[
    str | list[str], BeforeValidator(lambda v: [_text(x) for x in v] if isinstance(v, list) else _text(v))
]
# What a rule resolves to: an outcome of its scenario (checked against the scenario by
# forecasts.resolve.scope.check_rule), and at the deadline also 'flag' (a person decides).
RuleOutcome = Text
DeadlineAction = Text
PositiveCount = Annotated[WholeNumber, Field(ge=1)]


class GdeltFilter(StrictModel):
    """Which GDELT events count: actors (CAMEO), action codes, and where it happened (FIPS)."""

    actor1_country: CameoCountries | None = None
    actor2_country: CameoCountries | None = None
    actor1_code: ActorCodes | None = None
    actor2_code: ActorCodes | None = None
    quad_class: QuadClass | list[QuadClass] | None = None
    event_root_codes: list[RootCode] | None = None
    event_codes: list[EventCode] | None = None
    action_country: FipsCountries | None = None


class GdeltRule(GdeltFilter):
    """Resolve from GDELT events: actor countries (CAMEO), CAMEO codes, action place (FIPS).

    One real incident yields many rows, so matching rows are grouped into incidents (event date,
    root code, actor countries, action country) and ``min_sources`` / ``min_mentions`` /
    ``min_articles`` apply to each incident's totals. ``min_occasions`` asks for qualifying
    incidents on that many dates at least ``occasion_gap_days`` apart, ``min_places`` for that
    many distinct places (ActionGeo feature ids). ``date_field: event`` (the default) tests the
    window against SQLDATE, the day the event happened; ``added`` against DATEADDED, when GDELT
    first saw it.
    """

    feed: Literal["gdelt"]
    min_sources: PositiveCount = 1
    min_mentions: PositiveCount | None = None
    min_articles: PositiveCount | None = None
    min_occasions: PositiveCount | None = None
    occasion_gap_days: Annotated[WholeNumber, Field(ge=1)] | None = None
    min_places: PositiveCount | None = None
    date_field: Literal["event", "added"] | None = None
    exclude: GdeltFilter | None = None
    window: Window = Field(default_factory=Window)
    on_match: RuleOutcome = "yes"
    on_deadline_without_match: DeadlineAction = "flag"
    review: ReviewFlag = False


class AcledFilter(StrictModel):
    """Which ACLED events count: types, actor patterns (regular expressions) and place."""

    event_type: AcledEventTypes | None = None
    sub_event_type: AcledSubEventTypes | None = None
    actor1: Patterns | None = None
    actor2: Patterns | None = None
    actor: Patterns | None = None
    country: Names | None = None
    admin1: Names | None = None

    @field_validator("sub_event_type")
    @classmethod
    def _sub_types_fit(cls, value: str | list[str] | None, info: ValidationInfo) -> str | list[str] | None:
        event_type = info.data.get("event_type")
        if value is None or event_type is None:
            return value
        types = set(_codes(event_type))
        for sub in _codes(value):
            parent = ACLED_EVENT_TYPE_OF_SUB[sub]
            if parent not in types:
                raise _fail(
                    f"{sub!r} belongs to event_type {parent!r}, which this rule leaves out; add it or drop the sub-type"
                )
        return value


class AcledRule(AcledFilter):
    """Resolve from ACLED events: event types, actor patterns, place and fatalities.

    ``min_fatalities`` applies to each event, ``min_total_fatalities`` to all matching events
    together, ``min_events`` counts distinct events (``event_id_cnty``). Actor patterns are
    regular expressions matched anywhere in the name, ignoring case; ``actor`` matches either side.
    """

    feed: Literal["acled"]
    min_fatalities: Annotated[WholeNumber, Field(ge=0)] | None = None
    min_total_fatalities: Annotated[WholeNumber, Field(ge=1)] | None = None
    min_events: PositiveCount = 1
    exclude: AcledFilter | None = None
    window: Window = Field(default_factory=Window)
    on_match: RuleOutcome = "yes"
    on_deadline_without_match: DeadlineAction = "flag"
    review: ReviewFlag = False


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
    likelihood_ratio: Annotated[float, BeforeValidator(_likelihood_ratio)] | None = None
    direction: Literal["up", "down"] | None = None
    strength: Literal["weak", "moderate", "strong"] | None = None
    option: OptionId | None = None


class Recorded(StrictModel):
    """Who wrote a history entry, when and from where: kept with the entry, shown on its page.

    ``by`` says whose judgment an entry is; this says who put it in the file. ``at`` is when it
    was written (the entry's own ``at`` may be back-filled). ``via`` is ``dashboard`` for a
    signed-in editor (``identity``: the e-mail, or subject, their identity provider vouched for),
    ``local-dashboard`` for the single-user mode on 127.0.0.1, ``cli`` for the command line;
    ``git_author`` is the git author (``Name <email>``) of the scenarios folder's repository on the
    machine that wrote it, when git knows one. Entries written before this was kept have none.
    """

    at: Instant
    via: Literal["dashboard", "local-dashboard", "cli"]
    identity: Text | None = None
    git_author: Text | None = None


class ForecastEntry(Forecast):
    """A forecast appended to ``history`` by ``forecasts forecast``."""

    type: Literal["forecast"]
    recorded: Recorded | None = None


class EvidenceEntry(Evidence):
    """Evidence appended to ``history`` by ``forecasts evidence``."""

    type: Literal["evidence"]
    recorded: Recorded | None = None


class FeedEvent(StrictModel):
    """One feed event a resolution rests on (written by ``forecasts check``)."""

    feed: Literal["gdelt", "acled"]
    id: Text
    date: Instant
    url: Url | None = None
    place: Text | None = None
    sources: Annotated[WholeNumber, Field(ge=0)] | None = None
    fatalities: Annotated[WholeNumber, Field(ge=0)] | None = None


class ResolutionEntry(StrictModel):
    """A resolution appended to ``history`` by ``forecasts resolve``; the latest one counts.

    ``events`` lists the feed events a machine resolution rests on (``forecasts check``).
    """

    type: Literal["resolution"]
    at: Instant
    by: Text
    outcome: Text
    resolved_at: Instant | None = None
    source: Url | None = None
    note: Text | None = None
    events: list[FeedEvent] | None = None
    recorded: Recorded | None = None


class SourceEntry(Source):
    """A claim about the same event attached later (``forecasts extract --write``, ``drafts merge``).

    Appended to ``history`` rather than written into ``sources``, so what a person wrote stays as
    it was; read a scenario's claims through ``Scenario.all_sources()``, which sees both.
    """

    type: Literal["source"]
    recorded: Recorded | None = None


def _entry_type(value: Any) -> str | None:
    if isinstance(value, dict):
        kind = value.get("type")
        return kind if kind in ("forecast", "evidence", "resolution", "source") else None
    return getattr(value, "type", None)


HistoryEntry = Annotated[
    Annotated[ForecastEntry, Tag("forecast")]
    | Annotated[EvidenceEntry, Tag("evidence")]
    | Annotated[ResolutionEntry, Tag("resolution")]
    | Annotated[SourceEntry, Tag("source")],
    Discriminator(
        _entry_type,
        custom_error_type="forecasts",
        custom_error_message=(
            "history entry needs 'type: forecast', 'type: evidence', 'type: resolution' or 'type: source'"
        ),
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
    # What a person must check before a draft opens ("question: ..."); `forecasts drafts accept`
    # refuses while any remain, and only a draft may carry them.
    review: list[Text] = Field(default_factory=list)
    resolution: Resolution
    ladder: Ladder | None = None
    conditional_on: Condition | None = None
    sources: list[Source] = Field(default_factory=list)
    forecasts: list[Forecast] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)

    @property
    def is_draft(self) -> bool:
        """Whether the scenario is an unreviewed draft: out of the model, the check and ``list``."""
        return self.status == "draft"

    def outcomes(self) -> list[str]:
        """The outcomes this scenario can resolve to (besides 'annulled')."""
        if self.kind == "categorical":
            return [o.id for o in self.options or []] + ["ambiguous"]
        return list(BINARY_OUTCOMES)

    def marginal_group(self) -> str | None:
        """The ``<name>`` of a ``marginal-<name>`` tag: the one question that this conditional
        scenario asks in its branch (its sibling branches carry the same tag)."""
        return next((t[len(MARGINAL_TAG_PREFIX) :] for t in self.tags if t.startswith(MARGINAL_TAG_PREFIX)), None)

    def all_sources(self) -> list[Source]:
        """The claims this scenario rests on: ``sources`` then the ``source`` entries of ``history``."""
        attached = [
            Source.model_construct(**{name: getattr(entry, name) for name in Source.model_fields})
            for entry in self.history
            if isinstance(entry, SourceEntry)
        ]
        return [*self.sources, *attached]

    def option_ids(self) -> list[str]:
        """Option ids of a categorical scenario; empty for a binary one."""
        return [o.id for o in self.options or []]
