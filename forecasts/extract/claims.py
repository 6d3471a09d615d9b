"""Claims: judge each future marker in its clause and turn the ones that forecast into candidates.

A marker is only a forecast when its clause says that a checkable event will (or will not, or
may) happen after publication. The rules below reject, with a reason named as in the gold
labels' distractor categories:

- questions (``rhetorical_question``);
- modal + have + participle, "if ... had ..." (``counterfactual``);
- "may be trying", "could be on a ... trajectory": modals about the present
  (``present_or_past_assessment``);
- "would" with no reporting verb, condition or hypothetical subject, and "hard to deter"
  consequences (``hypothetical_reasoning``);
- clauses under "fears that", "hopes", "wants" of others (``reported_sentiment``), "would
  like to", "plans to" without a date (``readiness_or_intent``);
- "will be seen as", "our position will not change" (``policy_declaration``);
- "take all necessary actions", "continue" with nothing after it, "implications" with no
  target, "do something" (``vague_or_unresolvable``);
- modals inside "what/how/whether/where/when" clauses (``embedded_question_or_relative``);
- "one could", "will always" (``generic_statement``), "remains to be seen"
  (``explicit_uncertainty``), "was going to", "could not" in a narrative
  (``reported_past_event``), windows that closed before publication
  (``resolved_before_publication``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from forecasts.extract import markers as mk
from forecasts.extract.candidates import Candidate, Probability
from forecasts.extract.clauses import Clause, aside_start, clause_around, trim_clause
from forecasts.extract.conditions import Condition, find_condition, is_counterfactual
from forecasts.extract.events import clean_phrase, draft_event
from forecasts.extract.features import ClaimFacts, describe_claim
from forecasts.extract.hedges import Hedge, find_hedge, read_prior
from forecasts.extract.participles import IRREGULAR_PARTICIPLES
from forecasts.extract.sentences import Sentence, Span
from forecasts.extract.speakers import (
    AUTHOR,
    EXPECTATION_VERBS,
    QUOTED,
    REPORTED,
    Attribution,
    Frame,
    Speaker,
    describe_speaker,
    same_as_author,
    subject_before,
    trailing_attribution_start,
)
from forecasts.extract.windows import Window, is_change_between_times
from forecasts.phrases import PhrasePrior

UNATTRIBUTED = Speaker("unidentified speaker (quoted)", QUOTED)

_SKIP_TO_VERB = re.compile(
    r"(?:\s+|,|\b(?:not|never|no\s+longer|n't|also|still|then|now|only|just|even|in\s+turn|initially|eventually|"
    r"soon|certainly|definitely|surely|undoubtedly|probably|likely|possibly|potentially|perhaps|in\s+all\s+"
    r"(?:likelihood|probability)|most|more|very|highly|almost|nearly|well|indeed|thus|therefore|further|first|"
    r"finally|quickly|clearly|really|inevitably|ultimately|again|simply|actually|both|either|in\s+fact|"
    r"on\s+the\s+contrary|however|immediately|instead|necessarily|necessary|one\s+day|at\s+some\s+point|"
    # "first-quarter growth": a word joined by a hyphen is part of the next word, not an adverb.
    r"seriously|fundamentally|irredeemably|effectively)\b(?!-))*",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not(?!\s+only\b)|never|no\s+longer)\b|n't\b", re.IGNORECASE)
_PERFECT = re.compile(r"^(?:have|'ve)\s+\w+", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"^be\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)
_STATE = re.compile(r"^be\s+(?:on|in|at|under|among|within|behind|part\s+of)\b", re.IGNORECASE)
_DESIRE = re.compile(r"^(?:like|love|prefer|rather|welcome|want|wish|hope)\b", re.IGNORECASE)
_INTENTION = re.compile(r"^(?:seek|aim|want|wish|hope|intend|try|attempt|strive|look)\s+to\b", re.IGNORECASE)
_EVIDENTIAL = re.compile(
    r"^(?:indicate|suggest|mean|imply|seem|appear|show|signal|explain|confirm|prove)\b", re.IGNORECASE
)
_DIFFICULTY = re.compile(
    r"^(?:\w+\s+){0,2}?be\s+(?:\w+ly\s+|really\s+|very\s+|much\s+|more\s+|extremely\s+|so\s+|too\s+)*(?:hard|difficult|easy|easier|harder|tough|tougher|impossible|challenging|tricky)\b",
    re.IGNORECASE,
)
_PERCEPTION = re.compile(
    r"^be\s+(?:\w+ly\s+)?(?:seen|viewed|regarded|considered|perceived|treated|interpreted|read|deemed|understood)\s+as\b",
    re.IGNORECASE,
)
_POLICY_SUBJECT = re.compile(r"\b(?:position|policy|policies|stance|commitment|principles?|resolve)\b", re.IGNORECASE)
_POLICY_VERB = re.compile(r"^(?:change|waver|shift|alter|remain|stay)\b", re.IGNORECASE)
_VAGUE = [
    re.compile(
        r"^(?:take|adopt|use)\s+(?:all\s+)?(?:the\s+)?(?:necessary|appropriate|other|further|additional|any|decisive|strong|firm|serious|possible|required|needed|proportionate)\s+(?:\w+\s+)?(?:actions?|measures?|steps)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:continue|go\s+on|persist|endure|prevail|carry\s+on|live\s+on)\b(?!\s+(?:to\s+\w|\w+ing\b))", re.IGNORECASE
    ),
    re.compile(
        r"^(?:have|carry|bring)\s+(?:\w+\s+){0,2}(?:implications|consequences|repercussions|ramifications|effects?|impact)\b(?!\s*\W?\s*(?:for|on)\b)",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:do|try)\s+(?:something|anything|more|whatever|what\s+it\s+takes)\b", re.IGNORECASE),
    # "get harder", "become worse": a change with no measure to check it against.
    re.compile(
        r"^(?:get|become|grow|turn)\s+(?:(?:even|much|far|a\s+lot|a\s+bit)\s+)?(?:\w+er|more\s+\w+|less\s+\w+|worse|better)\b(?!\s+than\s+[$\d])",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bsome\s+of\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?(?:objectives|goals|aims|ambitions|targets|interests)\b",
        re.IGNORECASE,
    ),
]
_VAGUE_SUBJECT = re.compile(r"^(?:problems?|things|something|anything|it\s+all|everything)$", re.IGNORECASE)
_SENTIMENT = re.compile(
    r"\b(?:(?:on|amid|over|with|despite|given)\s+(?:\w+\s+){0,2}(?:fears?|worries|concerns?|hopes?|speculation|anxiet(?:y|ies))|(?<!\bi\s)(?<!\bwe\s)(?:fear|fears|feared|hope|hopes|hoped|wish|wishes|wished|want|wants|wanted|worry|worries|worried|dread|dreads))\b(?:\s+that)?",
    re.IGNORECASE,
)
_WH = re.compile(r"\b(?:what|how|whether|where|why|when)\b", re.IGNORECASE)
_INDIRECT_IF = re.compile(
    r"\b(?:ask|asked|asks|wonder|wondered|know|unclear|uncertain|see)\s+(?:if|whether)\b", re.IGNORECASE
)
_PURPOSE = re.compile(r"^(?:so|so\s+that|in\s+order\s+that|lest)\b", re.IGNORECASE)
_GENERIC_SUBJECT = re.compile(r"^(?:one|you)$", re.IGNORECASE)
_FREQUENCY = re.compile(r"^(?:always|usually|often|sometimes|typically|generally|tend\s+to|rarely)\b", re.IGNORECASE)
_UNCERTAINTY = re.compile(
    r"\b(?:remains?\s+to\s+be\s+seen|time\s+will\s+tell|we'll\s+(?:just\s+)?(?:have\s+to\s+)?see(?=\s*(?:[.,;!?\x22]|$|what|how|whether|if))|anybody's\s+guess|anyone's\s+guess|hard\s+to\s+(?:say|predict|tell)|too\s+early\s+to\s+(?:say|tell))\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"^(?:i|we|our\s+\w+|my\s+\w+)$", re.IGNORECASE)
_SCHEDULE_VERB = re.compile(
    r"\b(?:takes?\s+place|begins?|starts?|opens?|ends?|closes?|convenes?|meets?|holds?|visits?|arrives?|travels?|votes?|expires?|launches?|kicks?\s+off|(?:is|are)\s+(?:being\s+)?held|goes\s+to\s+the\s+polls)\b",
    re.IGNORECASE,
)
# "should take place", "should be completed": "should" read as an expectation, not an obligation.
_EXPECTED_STEP = re.compile(
    r"^(?:be\s+(?:completed|finished|ready|done|held|signed|approved|published|released|back|over)|take\s+place|"
    r"begin|start|arrive|reach|come|end|resume|follow|return|rise|fall|increase|decrease|recover|improve|remain)\b",
    re.IGNORECASE,
)
_RELATIVE_SUBJECT = re.compile(r"(?:^|\s)(?:that|which|who)$", re.IGNORECASE)

BASE_CONFIDENCE = {
    mk.WILL: 0.85,
    mk.GOING_TO: 0.85,
    mk.LIKELY_TO: 0.85,
    mk.EXPECTED_TO: 0.85,
    mk.CERTAIN_TO: 0.85,
    mk.SET_TO: 0.8,
    mk.SCHEDULED: 0.85,
    mk.ABOUT_TO: 0.75,
    mk.WOULD: 0.65,
    mk.POSSIBLE: 0.7,
    mk.SHOULD: 0.5,
    mk.ADJECTIVE: 0.6,
    mk.DATED: 0.5,
    mk.IMMINENT: 0.65,
    mk.VOW: 0.65,
    mk.NEEDS_DATE: 0.6,
    mk.WORRY: 0.55,
    mk.EXPECT: 0.7,
    mk.RULED_OUT: 0.7,
    mk.STATED: 0.75,
    "present_scheduled": 0.55,
}
# Families whose marker carries the verb's subject on its left and the event after it.
_EVENT_AFTER_MARKER = (mk.WORRY, mk.EXPECT, mk.STATED)
_VERBATIM_EVENT = (mk.SCHEDULED, mk.IMMINENT, mk.RULED_OUT, mk.NEEDS_DATE, mk.ADJECTIVE, mk.DATED, "present_scheduled")


@dataclass(frozen=True)
class Judged:
    """A claim the rules analysed: the candidate it would be, the rules' verdict, its features.

    ``rule`` is the distractor category the hand-written rules put it in (None: they take it for
    a forecast); the scorer weighs that verdict with the other features.
    """

    candidate: Candidate
    rule: str | None
    features: dict[str, float]
    marker: str


@dataclass(frozen=True)
class Rejection:
    """A marker judged not to be a forecast, and why (a distractor category)."""

    reason: str
    start: int
    end: int
    marker: str


@dataclass
class Context:
    """What every clause of one article is judged against.

    Markers and windows are found once over the whole body (one pass per pattern) and looked up
    by position, which is several times faster than matching every pattern sentence by sentence.
    """

    body: str
    scan: str
    published: date | None
    attribution: Attribution
    quotes: list[Span]
    author: Speaker
    markers: list[mk.Marker] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)
    paragraph_words: dict[int, int] = field(default_factory=dict)
    sentence_order: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._marker_starts = [m.start for m in self.markers]
        self._window_starts = [w.start for w in self.windows]

    def markers_in(self, start: int, end: int) -> list[mk.Marker]:
        """Markers that begin inside [start, end) and end by ``end``."""
        i = bisect_left(self._marker_starts, start)
        j = bisect_left(self._marker_starts, end)
        return [m for m in self.markers[i:j] if m.end <= end]

    def windows_in(self, start: int, end: int) -> list[Window]:
        """Windows that lie wholly inside [start, end)."""
        i = bisect_left(self._window_starts, start)
        j = bisect_left(self._window_starts, end)
        return [w for w in self.windows[i:j] if w.end <= end]


def _region(quotes: list[Span], position: int) -> Span | None:
    """The quotation containing ``position`` (``quotes`` is sorted and non-overlapping)."""
    i = bisect_right([span.start for span in quotes], position) if len(quotes) < 64 else _bisect_spans(quotes, position)
    if i > 0 and quotes[i - 1].start <= position < quotes[i - 1].end:
        return quotes[i - 1]
    return None


def _bisect_spans(quotes: list[Span], position: int) -> int:
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) // 2
        if quotes[mid].start <= position:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _frame_for(ctx: Context, sentence: Sentence, position: int, end: int) -> Frame | None:
    best = None
    for frame in ctx.attribution.frames.get(sentence.start, []):
        # "Analysts expect prices to rise": the frame's verb is the marker itself.
        if frame.verb_start < position or (position <= frame.verb_start < end and frame.clause_start > position):
            best = frame
    return best


def _trailing_start(scan: str, start: int, end: int) -> int | None:
    """Where an attribution like ", said X" or ", she added." ends the clause, if it does."""
    return trailing_attribution_start(scan, start, end)


def _predicate_start(scan: str, position: int, end: int) -> int:
    m = _SKIP_TO_VERB.match(scan, position, end)
    return m.end() if m else position


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace('"', " ")).strip(" ,")


def analyse_sentence(ctx: Context, sentence: Sentence) -> tuple[list[Judged], list[Rejection]]:
    """Every future marker in a sentence analysed as a claim (one per clause), with the rules'
    verdict, and the markers that cannot be a claim at all (a clause already taken, no words)."""
    found = ctx.markers_in(sentence.start, sentence.end)
    judged: list[Judged] = []
    rejections: list[Rejection] = []
    taken: list[Clause] = []
    previous: Candidate | None = None
    previous_subject = ""
    for marker in found:
        result = _analyse_marker(ctx, sentence, marker, taken, previous_subject)
        if isinstance(result, Rejection):
            rejections.append(result)
            continue
        candidate, clause, subject, reason, facts = result
        if (
            not subject
            and previous is not None
            and candidate.hedge is None
            and previous.hedge is not None
            and reason is None
        ):
            # "will probably not be immediate but will come ...": the hedge scopes over both verbs.
            candidate = _inherit_hedge(candidate, previous)
        judged.append(Judged(candidate, reason, describe_claim(facts), marker.text))
        if reason is None:
            previous = candidate
            taken.append(clause)
            previous_subject = subject if clean_phrase(subject) else previous_subject
    dated = _dated_claim(ctx, sentence, judged)
    if dated is not None:
        judged.append(dated)
    return judged, rejections


def _event_subject(subject: str, previous: str, condition: Condition | None, core_start: int) -> str:
    """Who the event is about: the clause's own subject without introductory phrases, the
    hypothetical subject that became the condition, or the previous clause's subject."""
    if (
        condition is not None
        and condition.end <= core_start
        and not re.match(r"(?i)(?:if|unless|once|in the event|provided|as long as|only if|without)\b", condition.text)
    ):
        return condition.text
    # "With his passing, by God's will, his work" -> "his work"; "Moscow, for its part," -> "Moscow".
    trimmed = subject_before(subject) if "," in subject else subject
    if clean_phrase(trimmed):
        return trimmed
    return previous


def _inherit_hedge(candidate: Candidate, previous: Candidate) -> Candidate:
    reading = read_prior(previous.hedge)
    prior = reading.prior
    probability = Probability(
        prior.mean, prior.beta_a, prior.beta_b, prior.p05, prior.p95, _basis(reading.prior, False, candidate.polarity)
    )
    return replace(
        candidate,
        hedge=previous.hedge,
        probability=probability,
        hedge_prior_mean=reading.prior.mean,
        flags=(*candidate.flags, "hedge_from_previous_clause"),
    )


def _reject(reason: str, marker: mk.Marker) -> Rejection:
    return Rejection(reason, marker.start, marker.end, marker.text)


def _analyse_marker(
    ctx: Context, sentence: Sentence, marker: mk.Marker, taken: list[Clause], previous_subject: str
) -> tuple[Candidate, Clause, str, str | None, ClaimFacts] | Rejection:
    body, scan = ctx.body, ctx.scan
    region = _region(ctx.quotes, marker.start)
    lo, hi = sentence.start, sentence.end
    if region is not None:
        lo, hi = max(lo, region.start), min(hi, region.end)
    label = ctx.attribution.labels.get(_paragraph_of(ctx, sentence))
    if label is not None and lo < label[1] <= marker.start:
        lo = label[1]
    clause = clause_around(scan, lo, hi, marker.start, marker.end)
    if any(other.start <= marker.start < other.end for other in taken):
        return _reject("same_clause", marker)
    clause_end = clause.end
    if region is None:
        trailing = _trailing_start(scan, marker.end, clause_end)
        if trailing is not None:
            clause_end = trailing
    aside = aside_start(scan, marker.end, clause_end)
    if aside is not None:
        clause_end = aside
    predicate_start = _predicate_start(scan, marker.end, clause_end)
    predicate = scan[predicate_start:clause_end]
    frame = _frame_for(ctx, sentence, marker.start, marker.end) if region is None else None
    core_start = clause.start
    if frame is not None and clause.start <= frame.clause_start <= marker.start:
        core_start = frame.clause_start
    elif frame is not None and marker.start <= frame.verb_start < marker.end:
        core_start = marker.start
    found_hedge = find_hedge(scan, clause.start, marker.start, marker.end, max(predicate_start, marker.end), clause_end)
    hedge = _choose_hedge(found_hedge, marker)
    if hedge is not None and hedge.source == "frame" and hedge.end <= marker.start:
        after = re.match(
            r"(?:\s*,\s*(?:however|though|then|of\s+course)\s*,)?\s*(?:that\b)?\s*", scan[hedge.end : marker.start]
        )
        core_start = max(core_start, hedge.end + (after.end() if after else 0))
    condition = find_condition(body, scan, lo, marker.start, marker.end, clause_end, (core_start, marker.start))
    if condition is not None and core_start <= condition.start < marker.start and condition.end <= marker.start:
        rest = re.match(r"[\s,]*(?:then\s+)?(?:that\s+)?", scan[condition.end : marker.start])
        core_start = max(core_start, condition.end + (rest.end() if rest else 0))
    subject = _words(_after_complementizer(scan[core_start : marker.start]))
    windows = [
        w
        for w in ctx.windows_in(core_start, clause_end)
        if (condition is None or not (condition.start <= w.start < condition.end)) and _usable_window(ctx, w)
    ]
    window = _best_window(windows, marker, scan)
    reason = _judge(
        ctx, sentence, marker, region, frame, condition, subject, predicate, window, scan[lo : marker.start]
    )
    polarity = _polarity(scan, marker, predicate_start, hedge)
    reading = read_prior(body[hedge.start : hedge.end] if hedge else None)
    prior = reading.prior
    speaker, kind_hint = _speaker(ctx, sentence, marker, region, frame)
    kind = _kind(marker, speaker, region, subject, window, kind_hint, hedge is not None, predicate)
    quote_start = clause.start
    if marker.family == mk.VOW and re.match(r"(?i)(?:pledge|vow|promise|threat)", scan[marker.start : marker.end]):
        quote_start = max(quote_start, marker.start)
    q_start, q_end = trim_clause(scan, quote_start, clause_end)
    if q_end <= q_start:
        return _reject("empty_clause", marker)
    event_subject = _event_subject(subject, previous_subject, condition, core_start)
    if marker.family == mk.VOW and not _words(subject) or (marker.family == mk.VOW and _vow_speaker(scan, marker)):
        event_subject = speaker.name
    if hedge is not None and "not to say" in scan[hedge.start : hedge.end].lower():
        event = _conceded_event(body, scan, lo, clause.start)
    else:
        event = _event(ctx, marker, event_subject, predicate, core_start, clause_end, polarity, predicate_start)
    flags = list(reading.flags)
    if ctx.published is None and window is not None and window.window_end is None:
        flags.append("no_publication_date")
    confidence = _confidence(marker, subject, window, region, speaker)
    candidate = Candidate(
        quote=body[q_start:q_end],
        char_start=q_start,
        char_end=q_end,
        speaker=speaker.name,
        speaker_type=speaker.type,
        speaker_role=speaker.role,
        hedge=body[hedge.start : hedge.end] if hedge else None,
        probability=Probability(
            mean=prior.mean,
            beta_a=prior.beta_a,
            beta_b=prior.beta_b,
            p05=prior.p05,
            p95=prior.p95,
            basis=_basis(reading.prior, hedge is None, polarity),
        ),
        polarity=polarity,
        kind=kind,
        window_phrase=body[window.start : window.end] if window else None,
        window_start=window.window_start if window else None,
        window_end=window.window_end if window else None,
        event=event,
        conditional_on=condition.text.strip() if condition else None,
        confidence=confidence,
        hedge_prior_mean=reading.prior.mean,
        flags=tuple(flags),
        sentence_start=sentence.start,
        sentence_end=sentence.end,
    )
    facts = ClaimFacts(
        family=marker.family,
        marker=marker.text,
        rule=reason,
        hedge_source=hedge.source if hedge else None,
        unknown_hedge="unknown_hedge" in flags,
        kind=kind,
        speaker_type=speaker.type,
        unattributed=speaker is UNATTRIBUTED,
        in_quote=region is not None,
        conditional=condition is not None,
        negative=polarity == "negative",
        window_dated=window is not None and window.window_end is not None,
        window_phrase=window is not None,
        subject=subject,
        predicate=predicate,
        event=event,
        before=scan[lo : marker.start],
        sentence=sentence.text,
        paragraph_words=ctx.paragraph_words.get(sentence.paragraph, 0),
        sentence_index=ctx.sentence_order.get(sentence.start, 0),
    )
    return candidate, clause, subject, reason, facts


_COMPLEMENTIZER = re.compile(
    r"^.*\b(?:indicates?|indicated|suggests?|suggested|means?|meant|shows?|showed|implies|implied|signals?|signalled|signaled|argues?|argued|believes?|believed|thinks?|thought|says?|said|is|was|are|were)\s+(?:\w+\s+){0,2}?that\s+",
    re.IGNORECASE,
)
_RELATIVE_END = re.compile(r"\s+(?:that|which|who)$", re.IGNORECASE)
_AUX_IN_SUBJECT = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|did)\b", re.IGNORECASE)
_COORDINATED = re.compile(r"\s+(?:and|but|or)$", re.IGNORECASE)


def _after_complementizer(zone: str) -> str:
    """The event's own subject in the words before the marker.

    "... would indicate that further escalation" -> "further escalation"; "What I worry about is
    a convergence of trends that" -> "a convergence of trends"; "Tehran maintains a large missile
    program and" (a second verb phrase) -> "Tehran".
    """
    m = _COMPLEMENTIZER.match(zone)
    if m:
        zone = zone[m.end() :]
    relative = _RELATIVE_END.search(zone.strip())
    if relative:
        head = zone.strip()[: relative.start()]
        auxiliaries = list(_AUX_IN_SUBJECT.finditer(head))
        return head[auxiliaries[-1].end() :] if auxiliaries else head
    if _COORDINATED.search(zone.strip()):
        head = zone.strip()
        auxiliary = _AUX_IN_SUBJECT.search(head)
        if auxiliary:
            return head[: auxiliary.start()]
        run = re.match(r"^(?:[A-Z][\w'.-]*\s*)+", head)
        return run.group().strip() if run else ""
    return zone


def _paragraph_of(ctx: Context, sentence: Sentence) -> int:
    return sentence.paragraph


def _choose_hedge(found: Hedge | None, marker: mk.Marker) -> Hedge | None:
    """Frame hedges win, then the marker's own words ("likely to"), then modals and adverbs."""
    if found is not None and found.source == "frame":
        return found
    if marker.hedge_start is not None and marker.hedge_end is not None:
        return Hedge(marker.text, marker.hedge_start, marker.hedge_end, "marker")
    return found


# "the production level we have reached today": a time right after a perfect tense dates what is done,
# not the claim ("will have reached by 2030" is a future perfect and still a window).
_DONE_BY_THEN = re.compile(
    r"(?i)(?<!\bwill )(?<!\bwould )(?<!\bshall )(?<!'ll )\b(?:have|has|had|'ve)\s+(?:\w+ly\s+)?"
    rf"(?:[a-z]+ed|been|seen|risen|fallen|got|gotten|met|{'|'.join(sorted(IRREGULAR_PARTICIPLES))})\s+\Z"
)


# "setting a 2040 target": the year is the target's, not the time of the act; "meet its 2030 target"
# is done by then, and the year is the claim's.
_YEAR_OF_A_TARGET = re.compile(r"(?i)(?:\s+[\w-]+){0,2}?\s+(?:targets?|goals?|ambitions?|objectives?)\b")
_TARGET_FOR = re.compile(r"(?i)\b(?:targets?|goals?|ambitions?|objectives?)\s+(?:for|of)\s*\Z")
_MEETING_IT = re.compile(
    r"(?i)\b(?:meet|meets|meeting|reach|reaches|reaching|hit|hits|hitting|achieve|achieves|achieving|miss|misses|"
    r"missing|deliver|delivers|on\s+track\s+(?:for|to\s+meet))\b(?:\s+\S+){0,3}\s*\Z"
)


def _usable_window(ctx: Context, window: Window) -> bool:
    """Dates that describe the past ("the 2005 deal", "September's strikes") are not windows."""
    if ctx.scan[window.end : window.end + 2] == "'s":
        return False
    if _DONE_BY_THEN.search(ctx.scan, max(0, window.start - 60), window.start):
        return False
    if (
        re.fullmatch(r"(?:(?:for|of)\s+)?(?:19|20)\d{2}", window.phrase)
        and (
            _YEAR_OF_A_TARGET.match(ctx.scan, window.end)
            or _TARGET_FOR.search(ctx.scan, max(0, window.start - 40), window.start + len(window.phrase) - 4)
        )
        and not _MEETING_IT.search(ctx.scan, max(0, window.start - 60), window.start)
    ):
        return False
    if ctx.published is not None and window.window_end is not None and window.window_end < ctx.published:
        return False
    return True


# A relative clause with a modal of its own: "launch a Partnership that will make people safer".
_OWN_MODAL_CLAUSE = re.compile(
    r"(?i)\b(?:that|which|who|whose)\s+(?:[\w\u2019'-]+\s+){0,4}?(?:will|would|shall|could|can|may|might)\b"
)


def _best_window(windows: list[Window], marker: mk.Marker, scan: str) -> Window | None:
    """The dated window after the marker, else the one before it ("Tomorrow, we will launch ...").
    A date inside a relative clause with its own modal times that clause ("... a Partnership that
    will make people safer by 2025"): it is taken only when the claim has no other."""
    if not windows:
        return None
    dated = [w for w in windows if w.window_end is not None or w.window_start is not None]
    after = [w for w in dated if w.start >= marker.start]
    own = [w for w in after if not _OWN_MODAL_CLAUSE.search(scan, marker.end, w.start)]
    before = [w for w in dated if w.start < marker.start]
    if len(own) > 1 and is_change_between_times(scan[marker.end : own[0].start], scan[own[0].end : own[1].start]):
        # "decline from slightly over 3 percent next year to 1 percent in 2019": the change ends at
        # the second time, and the forecast is the level it reaches then.
        return own[1]
    return (own or before or after or windows)[0]


def _judge(
    ctx: Context,
    sentence: Sentence,
    marker: mk.Marker,
    region: Span | None,
    frame: Frame | None,
    condition: Condition | None,
    subject: str,
    predicate: str,
    window: Window | None,
    left_context: str,
) -> str | None:
    """The distractor category this marker falls in, or None when it is a forecast."""
    scan = ctx.scan
    family = marker.family
    word = scan[marker.start : marker.end].lower()
    tail = sentence.text.rstrip(" \"'\u201d\u2019)")
    in_region_text = scan[region.start : region.end].rstrip(" \"',") if region else ""
    if tail.endswith("?") or (region is not None and in_region_text.endswith("?")):
        return "rhetorical_question"
    dated_future = (
        window is not None
        and window.window_end is not None
        and (ctx.published is None or window.window_end >= ctx.published)
    )
    if family in (mk.WOULD, mk.POSSIBLE, mk.SHOULD) and _PERFECT.match(predicate):
        return "counterfactual"
    if family == mk.SHOULD and not (dated_future or _EXPECTED_STEP.match(predicate.strip())):
        return "normative"
    if family in (mk.WOULD, mk.POSSIBLE) and is_counterfactual(scan, sentence.start, sentence.end):
        return "counterfactual"
    if family in (mk.POSSIBLE, mk.WOULD) and _PROGRESSIVE.match(predicate) and not dated_future:
        return "present_or_past_assessment"
    if family == mk.POSSIBLE and _STATE.match(predicate) and not dated_future:
        return "present_or_past_assessment"
    if family == mk.WOULD:
        if _DESIRE.match(predicate):
            return "readiness_or_intent"
        if _EVIDENTIAL.match(predicate):
            return "evidence_statement"
        reported = region is None and (frame is not None or _trailing_start(scan, marker.end, sentence.end) is not None)
        if not (reported or condition is not None):
            return "hypothetical_reasoning"
    if family == mk.POSSIBLE and word.startswith("could") and (marker.negative or predicate.lower().startswith("not")):
        if not dated_future:
            return "reported_past_event"
    if marker.past and (not dated_future or _is_weekday(window)):
        # "was due to begin on Friday": a weekday after a past tense is last Friday.
        return "reported_past_event"
    if family == mk.NEEDS_DATE and not dated_future:
        return "readiness_or_intent"
    if family in (mk.ABOUT_TO,) and marker.past:
        return "reported_past_event"
    if _UNCERTAINTY.search(sentence.text.replace("\u2019", "'")):
        return "explicit_uncertainty"
    zone = _subject_zone(left_context)
    if _WH.search(zone) or _INDIRECT_IF.search(zone):
        return "embedded_question_or_relative"
    if _PURPOSE.match(zone.strip()):
        return "readiness_or_intent"
    if _SENTIMENT.search(left_context[-160:]) and not _first_person_frame(left_context):
        return "reported_sentiment"
    clean_subject = subject.strip().lower()
    if family in (mk.POSSIBLE, mk.WOULD) and _GENERIC_SUBJECT.match(clean_subject):
        return "generic_statement"
    if family == mk.WILL and _FREQUENCY.match(predicate.strip()):
        return "generic_statement"
    if family in (mk.POSSIBLE, mk.WOULD) and _INTENTION.match(predicate.strip()):
        return "readiness_or_intent"
    if _DIFFICULTY.match(predicate.strip()):
        return "hypothetical_reasoning"
    if _PERCEPTION.match(predicate.strip()):
        return "policy_declaration"
    if _POLICY_SUBJECT.search(subject) and _POLICY_VERB.match(predicate.strip()):
        return "policy_declaration"
    plain_predicate = predicate.replace('"', "").strip()
    if any(p.search(plain_predicate) for p in _VAGUE) or _VAGUE_SUBJECT.match(clean_subject):
        return "vague_or_unresolvable"
    return None


_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|'s|'re)\b", re.IGNORECASE)


def _is_weekday(window: Window | None) -> bool:
    return (
        window is not None
        and re.search(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", window.phrase)
        is not None
    )


def _subject_zone(left_context: str) -> str:
    """The words between the last clause break or auxiliary and the marker: where a wh-word
    would make the clause an embedded question ("on what scale Tehran might retaliate"), but a
    pseudo-cleft's "What I worry about is ..." does not."""
    cut = max(left_context.rfind(ch) for ch in ',;:"(\u2014')
    zone = left_context[cut + 1 :] if cut >= 0 else left_context
    auxiliaries = list(_AUXILIARY.finditer(zone))
    return zone[auxiliaries[-1].end() :] if auxiliaries else zone


def _first_person_frame(left_context: str) -> bool:
    return re.search(r"\b(?:I|we)\s+(?:\w+\s+)?(?:fear|worry|hope)\b", left_context[-80:]) is not None


def _polarity(scan: str, marker: mk.Marker, predicate_start: int, hedge: Hedge | None) -> str:
    if hedge is not None and "not to say" in scan[hedge.start : hedge.end].lower():
        return "positive"
    if marker.negative:
        return "negative"
    if hedge is not None and hedge.source == "marker" and re.search(r"\bless\b", scan[hedge.start : hedge.end]):
        return "negative"  # "I worry less about X": the speaker expects X less
    between = scan[marker.end : predicate_start]
    if marker.family == mk.LIKELY_TO:
        between = scan[marker.hedge_end or marker.end : marker.end]
    return "negative" if _NEGATION.search(between) else "positive"


def _vow_speaker(scan: str, marker: mk.Marker) -> bool:
    return re.search(r"\b(?:from|by)\s+\S", scan[marker.start : marker.end]) is not None


def _speaker(
    ctx: Context, sentence: Sentence, marker: mk.Marker, region: Span | None, frame: Frame | None
) -> tuple[Speaker, str | None]:
    """Who makes the claim, and the reporting verb when it is a paraphrase; a source that is the
    article's own publisher ("EIA forecasts" in an EIA outlook) is the author."""
    speaker, verb = _named_speaker(ctx, sentence, marker, region, frame)
    if same_as_author(speaker, ctx.author):
        return ctx.author, None
    return speaker, verb


def _named_speaker(
    ctx: Context, sentence: Sentence, marker: mk.Marker, region: Span | None, frame: Frame | None
) -> tuple[Speaker, str | None]:
    """Who makes the claim, and the reporting verb when it is a paraphrase."""
    attribution = ctx.attribution
    if region is not None:
        return attribution.quotes.get((region.start, region.end), UNATTRIBUTED), None
    if frame is not None:
        return frame.speaker, frame.speaker.verb
    if sentence.start in attribution.sources:
        return attribution.sources[sentence.start], "according to"
    if marker.family == mk.VOW:
        m = re.search(r"\b(?:from|by)\s+(?P<who>.+?)\s+to$", ctx.scan[marker.start : marker.end].strip(), re.IGNORECASE)
        if m:
            described = describe_speaker(m["who"])
            if described is not None:
                return described, "pledged"
    if sentence.start in attribution.trailing:
        return attribution.trailing[sentence.start], attribution.trailing[sentence.start].verb
    label = attribution.labels.get(sentence.paragraph)
    if label is not None:
        return label[0], None
    return ctx.author, None


_NOT_AN_ACT = re.compile(
    r"^\s*(?:not\s+)?(?:see|be|get|have|need|know|find|hear|face|feel|watch|wait|lose|suffer|survive|learn)\b",
    re.IGNORECASE,
)


def _kind(
    marker: mk.Marker,
    speaker: Speaker,
    region: Span | None,
    subject: str,
    window: Window | None,
    verb: str | None,
    hedged: bool = False,
    predicate: str = "",
) -> str:
    family = marker.family
    if family in (mk.SCHEDULED, mk.NEEDS_DATE) or (
        family in (mk.ABOUT_TO, mk.SET_TO) and window is not None and window.window_end is not None
    ):
        return "scheduled"
    if family == mk.VOW:
        return "threat"
    if region is not None and "awaits" in marker.text.lower():
        return "threat"
    if region is not None and _FIRST_PERSON.match(subject.strip()) and not hedged and not _NOT_AN_ACT.match(predicate):
        # "We will strike back": the speaker announces an act. "I think we'll see cuts" does not.
        return "threat"
    if region is None and speaker.type != AUTHOR and (speaker.type == REPORTED or (verb or "") in EXPECTATION_VERBS):
        return "reported_expectation"
    return "prediction"


# Where an event named as a noun ends: a comma, a semicolon or a full stop, but not the stop of an
# initial ("a deal with the U.S. on Nord Stream 2" is one noun phrase).
# Not the point of "7.5" nor the comma of "1,000": a figure is part of the noun phrase.
_NOUN_EVENT_END = re.compile(r";|,(?!\d{3}\b)|(?<!\b[A-Z])\.(?!\d)")


def _event(
    ctx: Context,
    marker: mk.Marker,
    subject: str,
    predicate: str,
    core_start: int,
    clause_end: int,
    polarity: str,
    predicate_start: int,
) -> str:
    body = ctx.body
    if marker.family in _VERBATIM_EVENT:
        return draft_event("", "", False, verbatim=body[core_start:clause_end])
    if marker.family == mk.EXPECT and re.search(r"\bto$", marker.text):
        # "expect wheat prices to climb": the object is the event's subject.
        words = re.sub(r"^\S+\s+", "", marker.text)
        return draft_event(re.sub(r"\s+to$", "", words), body[predicate_start:clause_end], polarity == "negative")
    if marker.family in _EVENT_AFTER_MARKER:
        tail = body[marker.end : clause_end]
        if re.search(r"(?i)\b(?:will|would|could|may|might)\b", tail):
            return draft_event("", "", False, verbatim=tail)  # "a 60% chance that the bank will ..."
        return draft_event(_NOUN_EVENT_END.split(tail, maxsplit=1)[0], "happen", polarity == "negative")
    if marker.family == mk.VOW:
        return draft_event(subject, body[marker.end : clause_end], polarity == "negative")
    return draft_event(subject, body[predicate_start:clause_end], polarity == "negative")


_INFINITIVE_ACTOR = re.compile(
    r"\b(?:for|of)\s+(?:either\s+|both\s+)?(?P<who>[^,;]+?)\s+to\s+(?P<what>\w[^;]*)$", re.IGNORECASE
)


def _conceded_event(body: str, scan: str, start: int, clause_start: int) -> str:
    """The event of "X is not in anyone's interest, but that is not to say it won't happen": X.

    "It is not in the interests of either Russia or the West to use trade in energy as a weapon"
    -> "Russia or the West will use trade in energy as a weapon ...".
    """
    tail = re.search(r"[\s,;]*(?:\b(?:but|and|though|although|yet)\b)?[\s,;]*$", scan[start:clause_start])
    end = start + tail.start() if tail else clause_start
    previous = body[start:end]
    m = _INFINITIVE_ACTOR.search(scan[start:end])
    if m:
        return draft_event(previous[m.start("who") : m.end("who")], previous[m.start("what") : m.end("what")], False)
    return draft_event("", "", False, verbatim=f"It will happen after all: {previous}")


def _confidence(marker: mk.Marker, subject: str, window: Window | None, region: Span | None, speaker: Speaker) -> float:
    score = BASE_CONFIDENCE.get(marker.family, 0.6)
    if not subject.strip():
        score -= 0.05
    if _RELATIVE_SUBJECT.search(subject.strip()):
        score -= 0.1
    if window is not None and window.window_end is not None:
        score += 0.05
    if speaker is UNATTRIBUTED:
        score -= 0.05
    return max(0.05, min(0.95, score))


def _basis(prior_phrase: PhrasePrior, bare: bool, polarity: str) -> str:
    if prior_phrase.basis == "uniform":
        basis = "unknown hedge: uniform Beta(1, 1)"
    elif prior_phrase.basis == "stated number":
        basis = f"stated number: Beta with mean {prior_phrase.mean:g}"
    elif bare:
        basis = "no hedge: phrase table 'will'"
    else:
        basis = f"phrase table '{prior_phrase.phrase}' ({prior_phrase.basis})"
    return basis


# "as of July of 2021", "as at 31 March": what stands at a date, told in the present.
_AS_OF = re.compile(
    r"(?i)\bas\s+(?:of|at)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\.?\s+(?:of\s+)?)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$"
)


def _dated_claim(ctx: Context, sentence: Sentence, judged: list[Judged]) -> Judged | None:
    """A claim for a date after publication that no marker's clause covers: a present-tense
    schedule ("The summit opens on Monday"), an agreement ("agreed that the ceasefire starts on
    27 February"), a plan ("from September 2017"). The rules call it a forecast when a scheduling
    verb stands near the date; the scorer weighs it either way."""
    if ctx.published is None:
        return None
    scan = ctx.scan
    for window in ctx.windows_in(sentence.start, sentence.end):
        if window.window_start is None or window.window_end is None or window.window_start < ctx.published:
            continue
        if any(j.candidate.char_start <= window.start < j.candidate.char_end for j in judged):
            continue
        if _AS_OF.search(scan[max(sentence.start, window.start - 40) : window.start]):
            continue  # "as of July of 2021, half are pending": the state at a date, not an act to come
        vague = re.search(r"(?i)\b(?:soon|shortly|imminent|near\s+future|today|tonight)\b", window.phrase)
        verb = _SCHEDULE_VERB.search(scan, max(sentence.start, window.start - 80), min(sentence.end, window.end + 80))
        rule = "vague_or_unresolvable" if vague else (None if verb is not None else "no_future_verb")
        q_start, q_end = trim_clause(scan, sentence.start, sentence.end)
        reading = read_prior(None)
        pseudo = mk.Marker(mk.DATED, window.start, window.end, ctx.body[window.start : window.end])
        region = _region(ctx.quotes, window.start)
        frame = _frame_for(ctx, sentence, window.start, window.end) if region is None else None
        speaker, _ = _speaker(ctx, sentence, pseudo, region, frame)
        family = "present_scheduled" if verb is not None else mk.DATED
        anchor = (verb.start(), verb.end()) if verb is not None else (window.start, window.end)
        event = draft_event("", "", False, verbatim=ctx.body[q_start:q_end])
        candidate = Candidate(
            quote=ctx.body[q_start:q_end],
            char_start=q_start,
            char_end=q_end,
            speaker=speaker.name,
            speaker_type=speaker.type,
            speaker_role=speaker.role,
            hedge=None,
            probability=Probability(
                reading.prior.mean,
                reading.prior.beta_a,
                reading.prior.beta_b,
                reading.prior.p05,
                reading.prior.p95,
                "no hedge: phrase table 'will'",
            ),
            polarity="positive",
            kind="scheduled",
            window_phrase=ctx.body[window.start : window.end],
            window_start=window.window_start,
            window_end=window.window_end,
            event=event,
            conditional_on=None,
            confidence=BASE_CONFIDENCE["present_scheduled"],
            hedge_prior_mean=reading.prior.mean,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
        )
        facts = ClaimFacts(
            family=family,
            marker=verb.group() if verb is not None else window.phrase,
            rule=rule,
            hedge_source=None,
            unknown_hedge=False,
            kind="scheduled",
            speaker_type=speaker.type,
            unattributed=speaker is UNATTRIBUTED,
            in_quote=region is not None,
            conditional=False,
            negative=False,
            window_dated=True,
            window_phrase=True,
            subject=scan[sentence.start : anchor[0]],
            predicate=scan[anchor[1] : sentence.end],
            event=event,
            before=scan[sentence.start : window.start],
            sentence=sentence.text,
            paragraph_words=ctx.paragraph_words.get(sentence.paragraph, 0),
            sentence_index=ctx.sentence_order.get(sentence.start, 0),
        )
        return Judged(candidate, rule, describe_claim(facts), facts.marker)
    return None
