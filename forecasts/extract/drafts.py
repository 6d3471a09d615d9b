"""Draft scenario files from extracted forecasts (``forecasts extract --write DIR``).

Every forecast is read as a proposition (``forecasts.extract.propositions``: who does what to
whom, modal and hedge removed) and drafts are assembled from it:

- the id is its slug words (whole content words, at most six), the title ``title_text``, the
  question ``question_text`` (the window as dates), the criteria ``criteria_text`` (a template
  for the kind of event), and ``resolution.rule`` the machine rule ``propose_rule`` proposes,
  when the event maps onto a feed (marked ``review: true``, so ``forecasts check`` leaves it be);
- claims about the same event (``same_event``, windows that overlap with deadlines at most
  ``SAME_WINDOW_DAYS`` apart) in one article become ONE scenario with several sources;
- a claim about an event already in the tree (an open or draft scenario whose claims or title
  state the same event) is ATTACHED to it: a ``type: source`` history entry appended through
  ``forecasts.store.append_history``, so nothing already written changes;
- a conditional claim ("if X, Y will happen") yields X as a draft of its own (or links an
  existing scenario that is the same event) and Y as a draft with ``conditional_on: {scenario:
  X, outcome: "yes"}``, as in the bundled case's conditional scenarios; X's draft quotes the claim
  (``CONDITION_NOTE``: whose condition it is, an even prior). A condition no report could settle
  ("if Beijing becomes frustrated", "unless its sovereignty is violated": ``observability``) is not
  drafted: Y is drafted alone, with a review note naming the condition left out;
- a claim that names alternatives ("asymmetric rather than direct") drafts a categorical
  question whose options are the alternatives, the source backing the first one.

Each draft has ``status: draft`` and a ``review:`` list naming what a person must check;
``forecasts drafts accept`` refuses while any remain, so a draft's wording never counts as
published unchecked, and the accepted question carries no marker text. Files are created with
``forecasts.store.create_scenario``: validated, never overwriting.

A claim that names no event a stranger could check ("will continue to work to bring communities
together", "supply chains will remain vulnerable", a past assessment, a subject left as "it", a
verb that is no act or kind of event the drafting recognises, however sure the scorer) is
not drafted: ``forecasts.extract.resolvability`` judges each claim first, then
``forecasts.extract.question_form`` reads the question the drafting would write (a second verb, a
verb after a preposition, "you" or "this war" left unresolved, a title that breaks off, a date
already past: words a person would rewrite whole). ``DraftReport.not_drafted`` says which claims
were held back and why (``draft_all`` drafts them anyway); ``judge_draft`` is both tests in one.

A forecast whose quote already appears, from the same source, anywhere in the scenarios tree (or
among rejected drafts, ``_rejected/``) is skipped and reported: running the command twice drafts
nothing new. "Same quote" ignores case, quote marks and spacing, and also holds when the quote
lies inside an existing one or an existing one is a trimmed version of it (at least half of it);
"same source" means the same URL, or the same outlet when either side has no URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from forecasts.dates import now_utc, start_instant
from forecasts.extract.anonymous_questions import find_generic_subject, judge_names
from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate, Probability
from forecasts.extract.claim_clause import find_contrast_of_acts, find_possible_alternatives, judge_claim_clause
from forecasts.extract.conditional_triggers import find_unsettled_trigger
from forecasts.extract.draft_windows import (
    DraftWindow,
    MeasuredPeriod,
    find_draft_window,
    is_level_reached,
    is_price_average,
    is_set_by_a_person,
    is_statistic,
    is_yearly_rate,
    measured_period,
    period_wording,
    year_against_the_last,
    year_of_a_share,
    years_of_a_yearly_share,
)
from forecasts.extract.event_days import (
    ConditionWindow,
    condition_day_before,
    condition_window,
    named_days_sentence,
    with_room,
)
from forecasts.extract.full_names import spell_out_acronyms
from forecasts.extract.imminence import IMMINENT_DAYS, imminence_word, is_imminent
from forecasts.extract.meeting_programme import find_meeting_programme
from forecasts.extract.observability import unobservable_reason
from forecasts.extract.pledges import find_undated_pledge
from forecasts.extract.proposed_bodies import find_proposed_body
from forecasts.extract.propositions import (
    FORCE_KINDS,
    Proposition,
    criteria_text,
    propose,
    question_clause,
    question_text,
    same_event,
    slug_words,
    title_text,
)
from forecasts.extract.question_form import (
    find_denied_time,
    find_dropped_relative,
    find_motion_read_as_future,
    judge_opening,
    judge_question_form,
)
from forecasts.extract.question_syntax import judge_question_syntax
from forecasts.extract.resolvability import judge_resolvability
from forecasts.extract.rule_proposal import propose_article_rule
from forecasts.extract.secret_ballot import find_secret_ballot
from forecasts.extract.spans_of_time import length_without_start
from forecasts.extract.undated_acts import find_undated_act
from forecasts.extract.work_plans import find_work_plan
from forecasts.phrases import lookup_phrase
from forecasts.problems import ScenarioError
from forecasts.provenance import Origin
from forecasts.review import REJECTED_FOLDER
from forecasts.scenario import Scenario, SourceEntry
from forecasts.store import (
    append_history,
    create_scenario,
    dump_yaml,
    find_scenario_files,
    load_catalog,
    read_scenario,
)

# A forecast with no time expression still needs a deadline; half a year matches the "coming
# months" convention and keeps drafts from lingering open. The review list says it was assumed.
DEFAULT_HORIZON_DAYS = 180
# Two claims whose windows overlap and end within a month of each other ask the same question
# ("by March" and "in the coming weeks" said in January); further apart they are two questions.
SAME_WINDOW_DAYS = 31

REVIEW_QUESTION = "question: check that a stranger could resolve it from the wording alone"
REVIEW_DEADLINE = "deadline: the article gives no window; a default of {days} days after publication was assumed"
REVIEW_RULE = "resolution.rule: proposed from the event; check its actors, codes and places"
REVIEW_PROCESS_LENGTH = (
    "deadline: {length!r} is how long the process would last, not when it ends, and the article gives no "
    "start: set the window from its start to the start plus that span"
)
REVIEW_CONDITION = (
    "conditional_on: the condition {condition!r} was drafted from the claim; check that it is the one meant"
)
REVIEW_OPTIONS = "options: drafted from the alternatives the claim names; check they cover what can happen"
REVIEW_UNOBSERVABLE = (
    "conditional_on: the claim holds only {condition!r} ({reason}); no condition was drafted: make it a "
    "checkable trigger and link it, or keep the forecast unconditional"
)
# A drafted condition's source: the conditional claim's words, which forecast another scenario if
# this one happens and say nothing of how likely this one is (so an even prior, no hedge).
CONDITION_NOTE = (
    "Condition of {scenario}: the claim forecasts that scenario if this happens and says nothing of how likely "
    "this is (prior 0.5)."
)
CONDITION_PRIOR = 0.5

HEADER = (
    "# Scenario drafted by `forecasts extract` from {source}.\n"
    "# Review it with `forecasts drafts` (list, edit, accept, merge, reject).\n"
)


@dataclass(frozen=True)
class ExistingSource:
    """A source already in the tree: its quote (normalised), URL, outlet and file."""

    quote: str
    url: str | None
    outlet: str | None
    path: Path


@dataclass(frozen=True)
class ExistingEvent:
    """An open or draft scenario in the tree, with the propositions its claims and title state."""

    path: Path
    scenario: Scenario
    propositions: tuple[Proposition, ...]


@dataclass
class DraftReport:
    """What --write did: drafts written, claims attached to existing scenarios, skips, failures,
    and the claims not drafted because they name no event a stranger could check (with why)."""

    written: list[Path] = field(default_factory=list)
    attached: list[tuple[Candidate, Path]] = field(default_factory=list)
    skipped: list[tuple[Candidate, Path]] = field(default_factory=list)
    not_drafted: list[tuple[Candidate, str]] = field(default_factory=list)
    failed: list[tuple[Candidate, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Group:
    """Claims drafted as one scenario (a condition drafted for a conditional claim has none)."""

    proposition: Proposition
    opens: date
    deadline: date
    assumed: bool
    condition_id: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    scenario_id: str = ""
    is_condition: bool = False
    # A drafted condition's claims: the conditional claim and the id of the scenario it forecasts.
    condition_of: list[tuple[Candidate, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # A drafted condition's own window, when its words say when ("if the motion is passed tomorrow").
    own_window: ConditionWindow | None = None

    @property
    def categorical(self) -> bool:
        return len(self.proposition.alternatives) >= 2


def normalise_quote(text: str) -> str:
    """Lower case, letters and digits only, single spaces: quotes compare on their words."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'")))


def _same_quote(ours: str, theirs: str) -> bool:
    """Our quote appears in theirs (they quoted the whole sentence), or theirs is a trimmed ours."""
    if not ours or not theirs:
        return False
    if ours in theirs:
        return True
    return theirs in ours and len(theirs) >= 0.5 * len(ours)


def _same_source(url: str | None, outlet: str | None, other: ExistingSource) -> bool:
    if url and other.url:
        return url.rstrip("/") == other.url.rstrip("/")
    if outlet and other.outlet:
        return outlet.strip().lower() == other.outlet.strip().lower()
    return True


def _roots(folder: Path, scenarios: Path) -> list[Path]:
    roots = [scenarios] if scenarios.is_dir() else []
    inside = any(folder.resolve().is_relative_to(root.resolve()) for root in roots)
    if folder.is_dir() and not inside:
        roots.append(folder)
    return roots


def _claim_candidate(quote: str, speaker: str) -> Candidate:
    """A stand-in candidate for a claim already in a file, to read its proposition again."""
    return Candidate(
        quote=quote,
        char_start=0,
        char_end=len(quote),
        speaker=speaker,
        speaker_type="quoted_source",
        hedge=None,
        probability=Probability(0.5, 1.0, 1.0, 0.05, 0.95, "none"),
        polarity="positive",
        kind="prediction",
        window_phrase=None,
        window_start=None,
        window_end=None,
        event=quote,
        conditional_on=None,
        confidence=1.0,
        sentence_start=0,
        sentence_end=len(quote),
    )


def existing_propositions(scenario: Scenario) -> tuple[Proposition, ...]:
    """The events an existing scenario's claims state (each quote read on its own)."""
    found = []
    for source in scenario.all_sources():
        candidate = _claim_candidate(source.quote, source.speaker)
        p = propose(candidate, Article(body=source.quote, source=source.outlet or "scenario"))
        if (source.note or "").startswith(CONDITION_NOTE.split("{", 1)[0]):
            # "If X, Y will happen" quoted on X's scenario: the event it states is X, not Y.
            if p.condition is None:
                continue
            p = p.condition
        found.append(p)
    return tuple(found)


def _read_tree(roots: list[Path]) -> tuple[list[ExistingSource], set[str], list[str], list[ExistingEvent]]:
    """Sources, ids and open or draft events already in the trees, and a warning per unreadable file (skipped)."""
    sources: list[ExistingSource] = []
    ids: set[str] = set()
    warnings: list[str] = []
    events: list[ExistingEvent] = []
    for root in roots:
        catalog = load_catalog(root)
        for problem_path in sorted({p.path for p in catalog.problems}):
            warnings.append(f"{problem_path}: invalid, not searched for duplicates (run `forecasts validate`)")
        for scenario_file in catalog.files:
            scenario = scenario_file.scenario
            ids.add(scenario.id)
            for source in scenario.all_sources():
                sources.append(
                    ExistingSource(normalise_quote(source.quote), source.url, source.outlet, scenario_file.path)
                )
            if scenario.status in ("open", "draft"):
                events.append(ExistingEvent(scenario_file.path, scenario, existing_propositions(scenario)))
        # Files that failed to load still hold their id (the file name): do not reuse it.
        ids.update(path.stem for path in find_scenario_files(root))
        rejected = root / REJECTED_FOLDER
        for path in sorted(rejected.rglob("*.yaml")) if rejected.is_dir() else []:
            try:
                scenario = read_scenario(path).scenario
            except ScenarioError:
                continue
            ids.add(scenario.id)
            sources.extend(
                ExistingSource(normalise_quote(s.quote), s.url, s.outlet, path) for s in scenario.all_sources()
            )
    return sources, ids, warnings, events


def find_duplicate(candidate: Candidate, article: Article, sources: list[ExistingSource]) -> Path | None:
    """The file that already holds this quote from this source, if any."""
    quote = normalise_quote(candidate.quote)
    for source in sources:
        if _same_quote(quote, source.quote) and _same_source(article.url, article.outlet, source):
            return source.path
    return None


def unique_id(words: list[str], taken: set[str]) -> str:
    """The words joined by '-', unique among ``taken`` (suffix -2, -3, ...)."""
    base = "-".join(w for w in words if re.fullmatch(r"[a-z0-9]+", w)) or "forecast"
    scenario_id, n = base, 2
    while scenario_id in taken:
        scenario_id = f"{base}-{n}"
        n += 1
    return scenario_id


def _case_of(folder: Path) -> str | None:
    name = folder.name
    return name if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name) else None


def window_of(
    candidate: Candidate, article: Article, proposition: Proposition | None = None
) -> tuple[date, date, bool]:
    """Opens, deadline and whether the deadline was assumed (no window in the text); ``proposition``
    is the claim's, when the caller already has it (else it is proposed here)."""
    created = article.published or now_utc().date()
    if is_set_by_a_person(candidate) and candidate.window_end is not None:
        # Kept as the person gave it: no days added for reports, no wait for a statistic's release.
        start = candidate.window_start
        opens = start if start and start >= created else min(created, candidate.window_end)
        return opens, candidate.window_end, False
    # The period the article gives, in the claim or around it (draft_windows), else the default.
    found = find_draft_window(candidate, article)
    start = found.window_start if found else None
    opens = start if start and start >= created else created
    try:
        horizon = opens + timedelta(days=DEFAULT_HORIZON_DAYS)
    except OverflowError:
        horizon = date.max
    deadline = found.window_end if found else horizon
    if is_imminent(candidate):
        # "imminent", "will not be immediate": asked about the next week, not a month or half a year.
        return opens, min(max(deadline, opens), opens + timedelta(days=IMMINENT_DAYS)), False
    p = proposition if proposition is not None else propose(candidate, article)
    period = _period_measured(found, p, candidate, article, created)
    if period is not None:
        # A statistic for a period is settled by its first figure, out after the period ends.
        deadline = period.deadline
    # "today", "on May 8": a window of one day leaves no time for reports (event_days).
    return opens, with_room(opens, max(deadline, opens)), found is None


def _period_measured(
    found: DraftWindow | None, p: Proposition, candidate: Candidate, article: Article, created: date
) -> MeasuredPeriod | None:
    """The period a statistic's claim is measured over (``measured_period``), or None."""
    period = measured_period(found, is_statistic(p), is_yearly_rate(p), is_price_average(p), is_level_reached(p))
    if period is None:
        period = years_of_a_yearly_share(p, found)  # "2% of GDP a year for the rest of the decade"
    if period is None and found is None:
        period = year_of_a_share(p, article, created)  # "spend 2% of GDP on defence": this year's figure
    if period is None and is_statistic(p) and (found is None or found.where not in ("claim", "sentence")):
        # "2.5%, down from 3.1% last year": this year's figure, unless the sentence gives a time ("by 2030").
        period = year_against_the_last(candidate.quote, created)
    return period


def _figure_already_out(candidate: Candidate, article: Article, p: Proposition) -> str | None:
    """Why a statistic's claim is past though its verb says "will": the period it is measured over
    ended, and its first figure was due, before the article was published ("debt will peak at 80%
    in 2014", written in mid-2015). The figure is out; there is nothing left to forecast."""
    if article.published is None or is_set_by_a_person(candidate):
        return None
    found = find_draft_window(candidate, article)
    period = _period_measured(found, p, candidate, article, article.published)
    if period is None or period.deadline >= article.published:
        return None
    return (
        f"already past: the figure for {period.label} was due by {period.deadline.isoformat()}, before "
        f"publication ({article.published.isoformat()})"
    )


def same_window(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Windows that overlap, with deadlines at most ``SAME_WINDOW_DAYS`` apart."""
    overlap = a[0] <= b[1] and b[0] <= a[1]
    return overlap and abs((a[1] - b[1]).days) <= SAME_WINDOW_DAYS


def _scenario_window(scenario: Scenario) -> tuple[date, date]:
    opens = start_instant(scenario.opens or scenario.created).date()
    return opens, start_instant(scenario.deadline).date()


def _option_id(label: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", label.lower()))[:40].strip("-") or "option"


def source_data(
    candidate: Candidate, article: Article, option: str | None = None, condition_of: str | None = None
) -> dict[str, Any]:
    """The ``sources`` entry for one claim: quote, speaker, outlet, hedge and where it came from.

    With ``condition_of``, the claim is "if this, <that scenario>": the entry keeps the claim's words
    but puts no prior of its own on this scenario (``CONDITION_NOTE``)."""
    source: dict[str, Any] = {"quote": candidate.quote, "speaker": candidate.speaker}
    if candidate.speaker_role:
        source["role"] = candidate.speaker_role
    if article.outlet:
        source["outlet"] = article.outlet
    if article.url and re.match(r"^https?://\S+$", article.url):
        source["url"] = article.url
    if article.published:
        source["published"] = article.published
    if condition_of is not None:
        source["prior"] = CONDITION_PRIOR
    elif candidate.hedge:
        source["hedge"] = candidate.hedge
        if lookup_phrase(candidate.hedge) is None:
            source["prior"] = round(min(0.99, max(0.01, candidate.hedge_prior_mean or 0.5)), 4)
    source["polarity"] = "positive" if option or condition_of else candidate.polarity
    if option:
        source["option"] = option
    window = (
        f"window {candidate.window_phrase!r} = {candidate.window_start}..{candidate.window_end}"
        if candidate.window_phrase
        else "no window in the text"
    )
    source["note"] = (
        (CONDITION_NOTE.format(scenario=condition_of) + " " if condition_of is not None else "")
        + f"Drafted by forecasts extract from {article.source}, characters {candidate.char_start}-{candidate.char_end} "
        f"of the body; kind {candidate.kind}; {window}; speaker type {candidate.speaker_type}; "
        f"confidence {candidate.confidence:.2f}"
        + (f"; flags: {', '.join(candidate.flags)}" if candidate.flags else "")
        + "."
    )
    return source


def _categorical_question(p: Proposition, opens: date, deadline: date) -> str:
    binary = question_text(p, opens, deadline)
    # "Will the response be asymmetric rather than direct between A and B?" ->
    # "Will the response be asymmetric or direct between A and B? (one of: asymmetric, direct)"
    choices = ", ".join(p.alternatives)
    return f"{binary[:-1]}: which of {choices}?"


def draft_data(group: _Group, article: Article, case: str | None, rule: dict[str, Any] | None) -> dict[str, Any]:
    """The scenario data for one group of claims (or one drafted condition), in schema key order."""
    p = group.proposition
    created = article.published or now_utc().date()
    created = min(created, group.opens)
    question = (
        _categorical_question(p, group.opens, group.deadline)
        if group.categorical
        else question_text(p, group.opens, group.deadline)
    )
    # The question is read without the article: an acronym the article spelled out gets its long
    # form (the title and id keep the short one).
    question = spell_out_acronyms(question, article.body)
    data: dict[str, Any] = {
        "id": group.scenario_id,
        "title": title_text(p) or "Extracted forecast",
        "question": question,
        "kind": "categorical" if group.categorical else "binary",
    }
    options = [{"id": _option_id(a), "label": a} for a in p.alternatives] if group.categorical else None
    if options:
        data["options"] = options
    if case:
        data["case"] = case
    kinds = [c.kind.replace("_", "-") for c in group.candidates[:1]]
    data["tags"] = (
        ["extracted", *kinds, p.event_kind.replace("_", "-")]
        if not group.is_condition
        else [
            "extracted",
            "condition",
            p.event_kind.replace("_", "-"),
        ]
    )
    review = [REVIEW_QUESTION]
    if group.assumed:
        review.append(REVIEW_DEADLINE.format(days=DEFAULT_HORIZON_DAYS))
        # The default half year would read as a promise that a process of stated length ends within it.
        length = next(filter(None, (length_without_start(c.quote) for c in group.candidates)), None)
        if length is not None:
            review.append(REVIEW_PROCESS_LENGTH.format(length=length))
    if rule is not None:
        review.append(REVIEW_RULE)
    if options:
        review.append(REVIEW_OPTIONS)
    if group.condition_id:
        review.append(REVIEW_CONDITION.format(condition=group.condition_id))
    review.extend(group.notes)
    criteria = criteria_text(p, group.opens, group.deadline)
    if group.condition_id:
        criteria += f" Asked only if {group.condition_id} resolves yes; annulled otherwise."
    if options:
        criteria += " The option that best describes what happened: " + ", ".join(o["id"] for o in options) + "."
    found = [f for f in (find_draft_window(c, article) for c in group.candidates) if f is not None]
    imminent = imminence_word(group.candidates[0]) if group.candidates else None
    if imminent is not None:
        # "will not be immediate but will come in the next two weeks": the week "immediate" names is
        # the window (``window_of``), not the two weeks, which are another claim's.
        criteria += f" Window: the {IMMINENT_DAYS} days after publication, which {imminent!r} names."
    # Where the window was read: the claim's own words ("article", as before), or around it.
    for where in ("claim", "sentence", "paragraph", "article") if imminent is None else ():
        windows = sorted({f.phrase for f in found if f.where == where})
        if windows:
            said = "article" if where == "claim" else where
            criteria += f" Window from the {said}: " + "; ".join(repr(w) for w in windows) + "."
    published = article.published or now_utc().date()
    if group.own_window is not None:
        own = group.own_window
        criteria += f" Window from the article: {own.phrase!r}."
        criteria += named_days_sentence(own.named_start, own.named_end, published)
    elif found and not is_imminent(group.candidates[0]):
        criteria += named_days_sentence(found[0].window_start, found[0].window_end, published, found[0].where)
    period = (
        measured_period(found[0], is_statistic(p), is_yearly_rate(p), is_price_average(p), is_level_reached(p))
        if found and not group.categorical
        else None
    )
    if period is None and found and not group.categorical:
        period = years_of_a_yearly_share(p, found[0])
    if period is None and not found and not group.categorical:
        period = year_of_a_share(p, article, published)
    own_time = bool(found) and found[0].where in ("claim", "sentence")
    if period is None and not group.categorical and group.candidates and is_statistic(p) and not own_time:
        period = year_against_the_last(group.candidates[0].quote, published)  # a drafted condition has none
    if period is not None:
        data["question"], criteria = period_wording(
            data["question"], criteria, period, group.opens, group.deadline, found[0].phrase if found else None
        )
    resolution: dict[str, Any] = {"criteria": criteria, "sources": []}
    if rule is not None:
        resolution["rule"] = rule
    data.update(
        {
            "created": created,
            "opens": group.opens,
            "deadline": group.deadline,
            "status": "draft",
            "review": review,
            "resolution": resolution,
        }
    )
    if group.condition_id:
        data["conditional_on"] = {"scenario": group.condition_id, "outcome": "yes"}
    option = options[0]["id"] if options else None
    data["sources"] = [source_data(c, article, option) for c in group.candidates] + [
        source_data(c, article, condition_of=scenario_id) for c, scenario_id in group.condition_of
    ]
    if not data["sources"]:
        del data["sources"]
    return data


def draft_scenario(candidate: Candidate, article: Article, scenario_id: str, case: str | None) -> dict[str, Any]:
    """The draft for one forecast on its own (its condition, if any, linked by ``condition_id``)."""
    p = propose(candidate, article)
    opens, deadline, assumed = window_of(candidate, article, p)
    group = _Group(p, opens, deadline, assumed, candidates=[candidate], scenario_id=scenario_id)
    rule, notes = propose_article_rule(p, opens, deadline, article, [(candidate.char_start, candidate.char_end)])
    group.notes.extend(notes)
    return draft_data(group, article, case, rule)


def _matching_event(
    p: Proposition, window: tuple[date, date], kind: str, events: list[ExistingEvent]
) -> ExistingEvent | None:
    for event in events:
        scenario = event.scenario
        if scenario.kind != kind or not same_window(window, _scenario_window(scenario)):
            continue
        if scenario.title == title_text(p) or any(same_event(p, other) for other in event.propositions):
            return event
    return None


# A figure as written ("4.4%", "$3.40", "1,200"): the words compared for one event split it at the point.
_STATED_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def _figures_differ(a: Proposition, b: Proposition) -> bool:
    """ "slow to 4.4%" and "slow to 4% from 4.2%": claims that put a measure at other figures are
    other forecasts, whatever their words share. Claims without figures are left to ``same_event``."""
    figures_a = set(_STATED_FIGURE.findall(a.phrase))
    figures_b = set(_STATED_FIGURE.findall(b.phrase))
    return bool(figures_a and figures_b and figures_a != figures_b)


def _matching_group(
    p: Proposition, window: tuple[date, date], categorical: bool, condition_id: str | None, groups: list[_Group]
) -> _Group | None:
    for group in groups:
        if group.categorical != categorical or group.condition_id != condition_id:
            continue
        if (
            same_window(window, (group.opens, group.deadline))
            and same_event(p, group.proposition)
            and not _figures_differ(p, group.proposition)
        ):
            return group
    return None


def judge_draft(
    candidate: Candidate, p: Proposition, article: Article, window: tuple[date, date, bool] | None = None
) -> str | None:
    """Why the claim is listed rather than drafted, or None. In order:

    - it names no event a stranger could check (``judge_resolvability``);
    - it is the speaker's own meeting programme, work plan or secret ballot (``meeting_programme``,
      ``work_plans``, ``secret_ballot``), or a provision of a proposal (``proposed_bodies``);
    - its figure is already out; it is the speaker's own pledge and the article gives it no time
      (``pledges``); or the question would drop the relative clause it turns on, read a
      motion as the future or deny a time (``question_form``);
    - read in its own sentence, its phrase is cut short, said long before the article, a norm or
      only a possibility (``judge_claim_clause``);
    - its act is of no known kind and the article gives it no time (``undated_acts``);
    - the question drafted from it would not read as one (``judge_question_form``), does not say
      who or where (``anonymous_questions.judge_names``) or does not parse as one clause
      (``judge_question_syntax``). Categorical questions have their own frame and are read only for
      how they open (``judge_opening``).

    ``window`` is the claim's opens, deadline and whether the deadline was assumed (``window_of``),
    when the caller has them already."""
    verdict = judge_resolvability(candidate, p, article)
    if not verdict.resolvable:
        return verdict.reason
    own_act = (
        find_meeting_programme(candidate)
        or find_work_plan(candidate, article.body[candidate.sentence_start : candidate.char_start])
        or find_secret_ballot(candidate)
        or find_proposed_body(p.subject, article.body, candidate.char_start)
    )
    if own_act is not None:
        return own_act
    out = _figure_already_out(candidate, article, p)
    if out is not None:
        return out
    opens, deadline, assumed = window if window is not None else window_of(candidate, article, p)
    pledge = find_undated_pledge(candidate, p, assumed)
    if pledge is not None:
        return pledge
    # No one in particular is no one, whatever the frame of the question (a categorical one too).
    generic = find_generic_subject(p.subject)
    if generic is not None:
        return generic
    if len(p.alternatives) >= 2:
        sentence = article.body[candidate.sentence_start : candidate.sentence_end]
        start = candidate.char_start - candidate.sentence_start
        possible = (
            find_possible_alternatives(sentence, start, start + len(candidate.quote), p.phrase)
            if p.parsed and p.event_kind not in FORCE_KINDS
            else None
        )
        return (
            possible
            or find_contrast_of_acts(p.phrase, p.alternatives)
            or judge_opening(question_text(p, opens, deadline))
        )
    dropped = (
        find_dropped_relative(p.phrase, candidate.quote)
        or find_motion_read_as_future(p.phrase, candidate.quote)
        or find_denied_time(candidate.quote)
    )
    if dropped is not None:
        return dropped
    if p.parsed:
        sentence = article.body[candidate.sentence_start : candidate.sentence_end]
        start = candidate.char_start - candidate.sentence_start
        clause = judge_claim_clause(
            sentence, start, start + len(candidate.quote), p.phrase, p.event_kind, article.published
        )
        if clause is not None:
            return clause
    unknown_kind = find_undated_act(p, assumed) or find_unsettled_trigger(candidate, p)
    if unknown_kind is not None:
        return unknown_kind
    form = judge_question_form(question_text(p, opens, deadline), title_text(p), article.published, p.subject)
    if form is not None:
        return form
    subject, phrase = question_clause(p)
    return judge_names(subject, phrase) or judge_question_syntax(subject, phrase)


def write_drafts(
    candidates: list[Candidate],
    article: Article,
    folder: Path,
    scenarios: Path,
    origin: Origin | None = None,
    draft_all: bool = False,
) -> DraftReport:
    """Draft one scenario per new event in ``folder``, attach claims on events already in the tree,
    skip quotes already there; never overwrite. ``origin`` (who writes, from where) is kept with
    each attached claim. A claim that names no event a stranger could check, or whose question
    would not read as one (``judge_draft``), is neither drafted nor attached but reported in
    ``not_drafted`` with the reason, unless ``draft_all``."""
    report = DraftReport()
    sources, taken, warnings, events = _read_tree(_roots(folder, scenarios))
    report.warnings.extend(warnings)
    case = _case_of(folder)
    groups: list[_Group] = []
    attach: list[tuple[Candidate, ExistingEvent, str | None]] = []
    for candidate in candidates:
        duplicate = find_duplicate(candidate, article, sources)
        if duplicate is not None:
            report.skipped.append((candidate, duplicate))
            continue
        p = propose(candidate, article)
        opens, deadline, assumed = window_of(candidate, article, p)
        window = (opens, deadline)
        if not draft_all:
            refused = judge_draft(candidate, p, article, (opens, deadline, assumed))
            if refused is not None:
                report.not_drafted.append((candidate, refused))
                continue
        categorical = len(p.alternatives) >= 2
        condition_id = None
        notes: list[str] = []
        unobservable = unobservable_reason(p.condition) if p.condition is not None else None
        if unobservable is None and p.condition is not None and len(p.condition.alternatives) < 2:
            # A condition whose question would not read as one ("Will it's the intention of ...") is
            # no trigger a stranger could settle either: a person words it, as for a forecast. Only
            # the grammar is read: a condition's definite subject ("if the motion passes") is the
            # forecast's own, named in the same sentence.
            form = judge_question_form(
                question_text(p.condition, opens, deadline),
                title_text(p.condition),
                article.published,
                p.condition.subject,
            )
            if form is None or not form.startswith("garbled question"):
                form = judge_question_syntax(*question_clause(p.condition))
            if form is not None and form.startswith("garbled question"):
                unobservable = form
        if unobservable is not None:
            # No report could settle the condition: the forecast is drafted without the link.
            notes.append(REVIEW_UNOBSERVABLE.format(condition=candidate.conditional_on, reason=unobservable))
            p = replace(p, condition=None)
        elif p.condition is not None:
            own = condition_window(candidate.conditional_on, article)
            if own is None:
                named = find_draft_window(candidate, article)
                own = condition_day_before(
                    candidate.quote,
                    candidate.conditional_on,
                    (named.window_start, named.window_end) if named else None,
                    article.published,
                )
            condition_id = _condition_id(p.condition, window, assumed, events, groups, taken, own)
        existing = None
        if condition_id is None or any(e.scenario.id == condition_id for e in events):
            existing = _matching_event(p, window, "categorical" if categorical else "binary", events)
            if existing is not None and (
                (existing.scenario.conditional_on.scenario if existing.scenario.conditional_on else None)
                != condition_id
            ):
                existing = None
        quote = normalise_quote(candidate.quote)
        if existing is not None:
            option = _option_id(p.alternatives[0]) if categorical else None
            attach.append((candidate, existing, option))
            sources.append(ExistingSource(quote, article.url, article.outlet, existing.path))
            continue
        group = _matching_group(p, window, categorical, condition_id, groups)
        if group is None:
            group = _Group(p, opens, deadline, assumed, condition_id=condition_id)
            group.scenario_id = unique_id(slug_words(p), taken)
            taken.add(group.scenario_id)
            groups.append(group)
        group.candidates.append(candidate)
        group.notes.extend(n for n in notes if n not in group.notes)
        for condition in groups:
            if condition.is_condition and condition.scenario_id == condition_id:
                # The condition drafted here keeps the words it came from.
                condition.condition_of.append((candidate, group.scenario_id))
        # The same quote twice in one article (a restatement) is drafted once.
        sources.append(ExistingSource(quote, article.url, article.outlet, folder / f"{group.scenario_id}.yaml"))
    # Conditions first, so a conditional draft never points at a file not written yet.
    for group in sorted(groups, key=lambda g: not g.is_condition):
        _write_group(group, article, folder, case, report)
    for candidate, event, option in attach:
        recorded = origin.stamp(now_utc()) if origin is not None else None
        entry = SourceEntry(type="source", recorded=recorded, **source_data(candidate, article, option))
        try:
            append_history(event.path, entry)
        except ScenarioError as exc:
            report.failed.append((candidate, str(exc)))
            continue
        except OSError as exc:
            report.failed.append((candidate, f"{event.path}: cannot write: {exc.strerror}"))
            continue
        report.attached.append((candidate, event.path))
    return report


def _condition_id(
    condition: Proposition,
    window: tuple[date, date],
    assumed: bool,
    events: list[ExistingEvent],
    groups: list[_Group],
    taken: set[str],
    own: ConditionWindow | None = None,
) -> str:
    """The id of the scenario asking the condition: an existing one, one drafted in this run, or a new
    draft, asked over the condition's ``own`` window when its words say when, else the claim's."""
    if own is not None:
        window, assumed = (own.opens, own.deadline), False
    existing = _matching_event(condition, window, "binary", events)
    if existing is not None:
        return existing.scenario.id
    for group in groups:
        if (
            group.is_condition
            and same_event(condition, group.proposition)
            and same_window(window, (group.opens, group.deadline))
        ):
            return group.scenario_id
    group = _Group(condition, window[0], window[1], assumed, is_condition=True, own_window=own)
    group.scenario_id = unique_id(slug_words(condition), taken)
    taken.add(group.scenario_id)
    groups.append(group)
    return group.scenario_id


def _write_group(group: _Group, article: Article, folder: Path, case: str | None, report: DraftReport) -> None:
    rule = None
    if not group.categorical:
        # The claims' sentences and the place the article gives the fighting bound the rule.
        claims = list(group.candidates) + [c for c, _ in group.condition_of]
        spans = [(c.char_start, c.char_end) for c in claims]
        rule, notes = propose_article_rule(group.proposition, group.opens, group.deadline, article, spans)
        group.notes.extend(n for n in notes if n not in group.notes)
    path = folder / f"{group.scenario_id}.yaml"
    data = draft_data(group, article, case, rule)
    try:
        try:
            create_scenario(path, HEADER.format(source=article.source) + dump_yaml(data))
        except ScenarioError as exc:
            if rule is None or not any((p.field or "").startswith("resolution.rule") for p in exc.problems):
                raise
            # A proposed rule that does not validate is left out rather than losing the draft.
            report.warnings.append(f"{path}: proposed rule left out: {exc}")
            create_scenario(
                path, HEADER.format(source=article.source) + dump_yaml(draft_data(group, article, case, None))
            )
    except ScenarioError as exc:
        for candidate in group.candidates:
            report.failed.append((candidate, str(exc)))
        if not group.candidates:
            report.warnings.append(f"{path}: condition not drafted: {exc}")
        return
    except OSError as exc:
        for candidate in group.candidates:
            report.failed.append((candidate, f"{path}: cannot write: {exc.strerror}"))
        return
    report.written.append(path)
