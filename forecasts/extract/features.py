"""What the scorer sees of a claim: interpretable features of its marker, clause and context.

Every marker the rules analyse becomes a claim, kept or not; the rules' verdict (a distractor
category, or none) is one feature among many, so the learned scorer can overrule a rule that does
not hold on new text. Features are a sparse mapping from a name to a value (mostly 1.0), named so
that a weight reads as a sentence: ``rule=counterfactual`` -1.8, ``after1=be`` -0.4.

Most lexical features are few (the words right around the marker and the clause's first word)
and say how a clause is built. The words of the drafted event (``event_word=``) say what it is
about: trained on the labelled corpus alone, they raise the scorer's AUC on the claims readers
judged in held-out articles of other sources (bench/drafting_holdout) from 0.815 to 0.843, so
they carry across texts. Training keeps only the event words of at least ``MIN_EVENT_WORD_ARTICLES``
articles (``forecasts.extract.training``): a word of one article's topic would be learnt by heart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[a-z][a-z']*")
_PRONOUNS = frozenset("i we you he she it they this that these those there".split())
_PAST_REPORT = re.compile(r"\b(?:said|told|added|noted|stated|wrote|argued|warned|explained|claimed)\b")
_PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b|\b\w{3,}ed\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NUMBER = re.compile(r"\d")
_FORECAST_WORDS = re.compile(
    r"\b(?:forecast\w*|predict\w*|project\w*|expect\w*|anticipat\w*|assess\w*|estimate\w*|outlook|likely|probabl\w*)\b"
)
_OBLIGATION = re.compile(r"\b(?:must|should|need\s+to|needs\s+to|ought\s+to|have\s+to|has\s+to)\b")


EVENT_WORD = "event_word="


@dataclass(frozen=True)
class ClaimFacts:
    """The analysed parts of one claim that its features are computed from."""

    family: str
    marker: str
    rule: str | None
    hedge_source: str | None
    unknown_hedge: bool
    kind: str
    speaker_type: str
    unattributed: bool
    in_quote: bool
    conditional: bool
    negative: bool
    window_dated: bool
    window_phrase: bool
    subject: str
    predicate: str
    event: str
    before: str
    sentence: str
    paragraph_words: int
    sentence_index: int


_SKIP_WORDS = frozenset(
    """be been being have has had not never no also still then now only just even soon again further likely
    probably possibly certainly definitely surely eventually ultimately quickly gradually continue continues to
    begin start try seek need want able going get""".split()
)


# F6 of the labelling rules: a forecast must be specific enough to resolve. These word lists are
# general English, not taken from any article: verbs of events one can date and check, the
# continuation verbs of "will continue to threaten", and the abstract nouns of "pose a threat to
# interests" that leave nothing to check.
EVENT_VERBS = frozenset(
    """attack strike invade bomb shell fire launch test deploy withdraw retreat annex seize capture occupy
    kill assassinate arrest detain release free sanction impose lift ban expel recall resign retire
    elect win lose vote ratify sign veto pass approve reject adopt announce declare hold meet visit
    travel host convene open close begin start end finish complete default collapse rise fall
    increase decrease cut raise reach exceed drop climb double halve hike lower peak shrink grow""".split()
)
CONTINUATION = frozenset("continue continues remain remains keep keeps stay stays still persist persists".split())
ABSTRACT_NOUNS = frozenset(
    """threat threats challenge challenges interests influence capabilities capability efforts effort
    stability security pressure role ties relations cooperation support ambitions posture presence
    footprint strategy approach concerns concern risks tensions implications consequences""".split()
)


def main_verb(predicate: str) -> str | None:
    """The predicate's first content word, crudely stemmed ("be launched" -> "launch", "strikes"
    -> "strike"): what the claim says will happen, whatever its tense or voice."""
    for word in _first_words(predicate, 6):
        if word in _SKIP_WORDS or word.endswith("ly"):
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
        return word
    return None


def _first_words(text: str, n: int) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))[:n]


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def describe_claim(facts: ClaimFacts) -> dict[str, float]:
    """The sparse feature mapping of one claim."""
    f: dict[str, float] = {
        f"family={facts.family}": 1.0,
        f"rule={facts.rule or 'ok'}": 1.0,
        f"hedge={facts.hedge_source or 'none'}": 1.0,
        f"kind={facts.kind}": 1.0,
        f"speaker={facts.speaker_type}": 1.0,
        f"marker={' '.join(_first_words(facts.marker, 4)) or facts.family}": 1.0,
    }
    flags = {
        "unknown_hedge": facts.unknown_hedge,
        "unattributed": facts.unattributed,
        "in_quote": facts.in_quote,
        "conditional": facts.conditional,
        "negative": facts.negative,
        "window_dated": facts.window_dated,
        "window_phrase": facts.window_phrase and not facts.window_dated,
    }
    f.update({name: 1.0 for name, on in flags.items() if on})
    subject = facts.subject.strip()
    subject_words = _first_words(subject, 6)
    if not subject_words:
        f["subject=empty"] = 1.0
    elif len(subject_words) == 1 and subject_words[0] in _PRONOUNS:
        f[f"subject={subject_words[0]}"] = 1.0
    elif subject[:1].isupper():
        f["subject=capitalised"] = 1.0
    else:
        f["subject=common"] = 1.0
    verb = main_verb(facts.predicate)
    if verb:
        f[f"verb={verb}"] = 1.0
        if verb in EVENT_VERBS:
            f["event_verb"] = 1.0
    predicate_words = _first_words(facts.predicate, 30)
    if predicate_words and predicate_words[0] in CONTINUATION:
        f["continuation"] = 1.0
    if any(w in ABSTRACT_NOUNS for w in predicate_words[:12]):
        f["abstract_object"] = 1.0
    if re.search(r"\b[A-Z][a-z]+", facts.predicate):
        f["predicate_name"] = 1.0
    if re.search(
        r"%|\bper\s*cent\b|\bpercent\b|[$\u20ac\u00a3]\s?\d|\b\d+(?:\.\d+)?\s*(?:billion|million|trillion|bn|m)\b",
        facts.predicate,
    ):
        f["predicate_amount"] = 1.0
    after = _first_words(facts.predicate, 2)
    if after:
        f[f"after1={after[0]}"] = 1.0
    if len(after) > 1:
        f[f"after2={after[0]} {after[1]}"] = 1.0
    before = _first_words(facts.before[-40:], 10)[-2:]
    if before:
        f[f"before1={before[-1]}"] = 1.0
    sentence = facts.sentence.lower().replace("\u2019", "'")
    letters = [ch for ch in facts.sentence if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
        f["sentence_all_caps"] = 1.0
    if facts.sentence.rstrip(" \"'\u201d\u2019)").endswith("?"):
        f["sentence_question"] = 1.0
    if _PAST_REPORT.search(sentence):
        f["sentence_reporting_verb"] = 1.0
    f["sentence_past_verbs"] = min(len(_PAST_VERB.findall(sentence)), 6) / 6
    if _YEAR.search(sentence):
        f["sentence_year"] = 1.0
    if _NUMBER.search(facts.predicate):
        f["predicate_number"] = 1.0
    if _FORECAST_WORDS.search(sentence):
        f["sentence_forecast_word"] = 1.0
    if _OBLIGATION.search(sentence):
        f["sentence_obligation"] = 1.0
    f[f"paragraph_words{_bucket(facts.paragraph_words, (8, 20, 60))}"] = 1.0
    f[f"predicate_words{_bucket(len(_first_words(facts.predicate, 40)), (2, 5, 12))}"] = 1.0
    if facts.sentence_index == 0:
        f["first_sentence"] = 1.0
    for word in set(_WORD.findall(facts.event.lower().replace("\u2019", "'"))):
        f[f"{EVENT_WORD}{word}"] = 1.0
    return f
