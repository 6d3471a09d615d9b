"""Hedges: the words of a forecast that say how sure the speaker is, and the prior they imply.

Three places hold a hedge, and the first found wins:
1. a frame before the clause: "There is no question that", "there's a real possibility that",
   "it is likely that", "I am concerned that", "I think", "chances are";
2. the marker itself: "is likely to", "is expected to", "on the verge of", "could", "may well";
3. an adverb near the marker: "will in all likelihood", "will most likely", "probably will".
A bare "will" (or "would", "is going to", a scheduled fact) has no hedge: its prior is the
table's "will". A stated number ("a 60% chance of") is its own prior: a Beta with that mean and
``STATED_CONCENTRATION`` pseudo-observations. A hedge the phrase table does not know gets a
uniform prior and the flag ``unknown_hedge``, never an error.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from forecasts.phrases import HedgeReading, PhrasePrior, read_hedge

_MOD = r"(?:(?:very|highly|most|more|quite|fairly|pretty|extremely|really|almost|nearly|virtually|all\s+but|increasingly)\s+)?"
ADVERB_HEDGES = re.compile(
    r"\b(?P<h>in\s+all\s+(?:likelihood|probability)|"
    + _MOD
    + r"(?:probably|likely|certainly|surely|definitely|undoubtedly|doubtless|unquestionably|inevitably|potentially|possibly|perhaps|maybe|presumably|conceivably)|no\s+doubt)\b",
    re.IGNORECASE,
)
FRAME_HEDGES = [
    re.compile(
        r"\b(?P<h>there\s*(?:is|'s|was|remains)\s+(?:also\s+|still\s+)?no\s+(?:question|doubt))\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bthere\s*(?:is|'s|are|remains|exists)\s+(?:also\s+|still\s+|now\s+)?(?:(?:a|an|the|some|every)\s+)?(?P<h>(?:(?:very\s+)?(?:real|strong|distinct|good|high|low|slight|slim|remote|serious|growing|significant|increasing|reasonable|fair|small|big|great|genuine)\s+)?(?:possibility|chance|risk|likelihood|probability|danger|prospect))(?:\s+that|\s+of)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bit\s*(?:is|'s|seems|looks|appears)\s+(?:also\s+|now\s+)?(?P<h>(?:(?:very|highly|quite|entirely|increasingly|more\s+than|almost|all\s+but|virtually|not)\s+)*(?:likely|unlikely|possible|probable|improbable|certain|inevitable|doubtful|conceivable|impossible))\s+that\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<!what\s)\b(?P<h>(?:I|we)\s+(?:(?:also|still|really|do|fully|firmly|strongly)\s+)?(?:expect|think|believe|doubt|fear|suspect|am\s+concerned|'m\s+concerned|am\s+worried|'m\s+worried|worry|reckon)(?:\s+that)?)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:one|you)\s+(?P<h>(?:should|can|could|might)\s+expect)\b", re.IGNORECASE),
    # "The Committee expects that ...", "analysts anticipate that ...": a named forecaster's verb of
    # expectation before the clause is the hedge, as "we expect that" is ("Analysts expect the bank
    # will" is read at the marker); "my expectation is that" says the same as "I expect that".
    re.compile(
        # Not after "I"/"we" and their adverbs: "we expect that" is the frame above, kept whole.
        r"(?<![Ii]\s)(?<![Ww]e\s)(?<!also\s)(?<!still\s)(?<!really\s)(?<!fully\s)(?<!firmly\s)(?<!strongly\s)(?<!do\s)"
        r"\b(?P<h>(?:expects|expected|expect|anticipates|anticipated|anticipate|predicts|predicted|predict|foresees|"
        r"foresaw|foresee)\s+that)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<h>(?:my|our)\s+(?:central\s+|baseline\s+)?expectation\s+is(?:\s+that)?)\b", re.IGNORECASE),
    # Analytic and spoken confidence: "we assess with moderate confidence that", "I am confident
    # that", "I have no doubt that", "I don't expect", "according to our estimates".
    re.compile(
        r"(?<!what\s)\b(?P<h>(?:I|we)\s+(?:(?:also|still|now|continue\s+to)\s+)?(?:assess|judge|estimate|anticipate|predict|foresee|suspect)(?:\s+with\s+(?:high|moderate|low)\s+confidence)?(?:\s+that)?)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<h>(?:I|we)\s*(?:am|are|'m|'re)\s+(?:(?:fully|quite|very|absolutely|entirely|completely|increasingly)\s+)?(?:confident|sure|certain|convinced)(?:\s+that)?)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<h>(?:I|we)\s+(?:have|had)\s+(?:no|little)\s+doubt(?:\s+that)?)\b", re.IGNORECASE),
    re.compile(
        r"\b(?P<h>(?:I|we)\s+(?:do\s+not|don't|did\s+not|didn't)\s+(?:think|expect|believe|anticipate|foresee)(?:\s+that)?)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<h>(?:(?:every|good|all\s+the\s+more|more)\s+)?reason\s+to\s+(?:think|believe|expect|suspect))\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<h>(?:according\s+to|by)\s+(?:our|my|the\s+bank's|its)\s+(?:estimates?|projections?|forecasts?|calculations?))\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<h>chances\s+are|(?:the\s+)?odds\s+are)\b", re.IGNORECASE),
    re.compile(
        r"\b(?P<h>(?:that|this)\s*(?:is|'s)\s+not\s+to\s+say\s+(?:that\s+)?(?:it|this|that|they)\s+(?:won't|will\s+not)\s+happen)\b",
        re.IGNORECASE,
    ),
]
MODAL_HEDGE = re.compile(r"\b(?P<h>(?:could|may|might)(?:\s+(?:well|very\s+well))?)\b", re.IGNORECASE)

UNIFORM = PhrasePrior(
    phrase="(unknown hedge)", mean=0.5, p05=0.05, p50=0.5, p95=0.95, beta_a=1.0, beta_b=1.0, n=0, basis="uniform"
)


@dataclass(frozen=True)
class Hedge:
    """Hedge words in the body (offsets) and where they were found."""

    text: str
    start: int
    end: int
    source: str  # frame | marker | modal | adverb


@dataclass(frozen=True)
class Reading:
    """The prior a hedge (or its absence) implies, and flags for what was assumed."""

    prior: PhrasePrior
    flags: tuple[str, ...]


# A stated number ("a 60% chance") is read as a Beta with this many pseudo-observations: sharp,
# but not a point mass, since people round.
STATED_CONCENTRATION = 50.0
_STATED = re.compile(
    r"^(?:an?\s+)?(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)|(?P<n>one|two|three|\d)[\s-]+in[\s-]+(?P<m>two|three|four|five|six|ten|\d{1,3})\b)",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}


def stated_prior(hedge: str) -> PhrasePrior | None:
    """The prior for a number stated as a hedge ("a 60% chance", "one-in-four risk"), or None."""
    m = _STATED.match(hedge.strip())
    if m is None:
        return None
    if m["pct"]:
        p = float(m["pct"]) / 100
    else:
        n = _WORD_NUMBERS.get(m["n"].lower()) or int(m["n"])
        total = _WORD_NUMBERS.get(m["m"].lower()) or int(m["m"])
        p = n / total if total else 0.0
    return beta_with_mean(hedge.strip(), min(0.99, max(0.01, p)), STATED_CONCENTRATION, 0, "stated number")


def beta_with_mean(phrase: str, mean: float, concentration: float, n: int, basis: str) -> PhrasePrior:
    """A Beta prior of this mean and concentration (a + b), its p05/p95 by the normal
    approximation to the Beta (its sd), which keeps scipy out of start-up."""
    sd = (mean * (1 - mean) / (concentration + 1)) ** 0.5
    return PhrasePrior(
        phrase=phrase,
        mean=mean,
        p05=max(0.0, mean - 1.645 * sd),
        p50=mean,
        p95=min(1.0, mean + 1.645 * sd),
        beta_a=mean * concentration,
        beta_b=(1 - mean) * concentration,
        n=n,
        basis=basis,
    )


def read_prior(hedge: str | None) -> Reading:
    """The phrase-table prior of a hedge as written; 'will' for no hedge; uniform if unknown.

    Frames are looked up with and without their packaging ("I am concerned that" and "I am
    concerned"; "we expect" and "expect"; "There is no question").
    """
    if hedge is None:
        found = read_hedge("will")
        assert found is not None, "the phrase table lost its 'will' row"
        return Reading(found.prior, ())
    stated = stated_prior(hedge)
    if stated is not None:
        return Reading(stated, ())
    for variant in _variants(hedge):
        reading: HedgeReading | None = read_hedge(variant)
        if reading is not None:
            return Reading(reading.prior, reading.flags)
    inferred = infer_prior(hedge)
    if inferred is not None:
        return inferred
    return Reading(UNIFORM, ("unknown_hedge",))


# Head words of hedges the surveys did not ask about, read as the surveyed phrase closest in
# meaning (the analytic "we assess" as "we believe", "confident" as "very likely" ...). Matched on
# the start of a word, so "assess" covers "assesses" and "assessed".
HEAD_WORDS: tuple[tuple[str, str], ...] = (
    ("assess", "we believe"),
    ("judg", "we believe"),
    ("believ", "i believe"),
    ("think", "i think"),
    ("suspect", "i think"),
    ("reckon", "i think"),
    ("estimat", "expect"),
    ("expect", "expect"),
    ("anticipat", "expect"),
    ("predict", "expect"),
    ("foresee", "expect"),
    ("forecast", "expect"),
    ("project", "expect"),
    ("confiden", "very likely"),
    ("convinced", "very likely"),
    ("sure", "sure to"),
    ("certain", "certain"),
    ("doubt", "i doubt"),
    ("fear", "i fear that"),
    ("worr", "i worry that"),
    ("concern", "i am concerned that"),
    ("chance", "possibility"),
    ("prospect", "possibility"),
    ("possib", "possible"),
    ("probab", "probable"),
    ("likel", "likely"),
    ("inevitab", "inevitable"),
    ("risk", "risk"),
    ("danger", "risk"),
    ("indicat", "likely"),
    ("suggest", "possible"),
    ("should", "likely"),
    ("ought", "likely"),
)
# Words that sharpen a hedge: its log-odds are scaled by the ratio the surveys show between
# "likely" and "highly likely" (and "unlikely" and "highly unlikely"), about 1.8.
INTENSIFIERS = frozenset(
    "very highly extremely clearly strongly firmly fully absolutely entirely completely really most high".split()
)
INTENSIFIER_SCALE = 1.8
# Words that soften one: log-odds scaled towards even odds.
SOFTENERS = frozenset("somewhat fairly moderately reasonably rather moderate low some".split())
SOFTENER_SCALE = 0.6
NEGATORS = frozenset("not no never don't doesn't didn't won't isn't aren't hardly n't".split())


def infer_prior(hedge: str) -> Reading | None:
    """A prior for a hedge the table does not know, from the table phrase inside it or its head
    word, moved by its modifiers ("very", "clearly"; "somewhat") and flipped by a negation ("I
    don't expect"). None when no part of it is known. The flag ``hedge_inferred:<phrase>`` says
    which reading it rests on, so a person can check it."""
    words = re.findall(r"[a-z']+", hedge.lower().replace("\u2019", "'"))
    if not words:
        return None
    base: PhrasePrior | None = None
    base_words: set[int] = set()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size, -1, -1):
            reading = read_hedge(" ".join(words[i : i + size]))
            if reading is not None and not (size == 1 and words[i] in NEGATORS):
                base, base_words = reading.prior, set(range(i, i + size))
                break
        if base is not None:
            break
    if base is None:
        for i in range(len(words) - 1, -1, -1):
            target = next((phrase for head, phrase in HEAD_WORDS if words[i].startswith(head)), None)
            found = read_hedge(target) if target else None
            if found is not None:
                base, base_words = found.prior, {i}
                break
    if base is None:
        return None
    rest = [w for i, w in enumerate(words) if i not in base_words]
    first, last = min(base_words), max(base_words)
    if (first > 0 and words[first - 1] in ("less", "more", "as")) or "than" in words[last + 1 :]:
        return None  # "less likely", "as likely as": a comparison, not a level anyone surveyed
    scale = 1.0
    if any(w in INTENSIFIERS for w in rest):
        scale *= INTENSIFIER_SCALE
    if any(w in SOFTENERS for w in rest):
        scale *= SOFTENER_SCALE
    prior = _scaled(base, scale) if scale != 1.0 and abs(base.mean - 0.5) > 0.1 else base
    if sum(w in NEGATORS or w.endswith("n't") for w in rest) % 2 == 1:
        prior = prior.negated()
    inferred = PhrasePrior(
        phrase=hedge.strip(),
        mean=prior.mean,
        p05=prior.p05,
        p50=prior.p50,
        p95=prior.p95,
        beta_a=prior.beta_a,
        beta_b=prior.beta_b,
        n=0,
        basis=f"inferred from '{base.phrase}'",
    )
    return Reading(inferred, (f"hedge_inferred:{base.phrase}",))


def _scaled(prior: PhrasePrior, scale: float) -> PhrasePrior:
    """The prior with its mean's log-odds scaled, keeping its concentration (a + b)."""
    mean = min(0.995, max(0.005, prior.mean))
    logit = math.log(mean / (1 - mean)) * scale
    return beta_with_mean(prior.phrase, 1 / (1 + math.exp(-logit)), prior.beta_a + prior.beta_b, prior.n, prior.basis)


def _variants(hedge: str) -> list[str]:
    text = re.sub(r"\s+", " ", hedge.strip().lower().replace("\u2019", "'"))
    variants = [text]
    if text.endswith(" that"):
        variants.append(text[: -len(" that")])
    else:
        variants.append(text + " that")
    stripped = re.sub(r"^(?:i|we|one|you|the)\s+(?:(?:also|still|really|do|fully|firmly|strongly)\s+)?", "", text)
    if stripped != text:
        variants.extend([stripped, re.sub(r"\s+that$", "", stripped)])
    variants.append(re.sub(r"^(?:also|still|now)\s+", "", text))
    return variants


def find_hedge(
    scan: str, zone_start: int, marker_start: int, marker_end: int, predicate_start: int, clause_end: int
) -> Hedge | None:
    """The hedge of a forecast whose marker sits at ``marker_start``; frames, modals, then adverbs."""
    before = scan[zone_start:marker_start]
    best: Hedge | None = None
    for pattern in FRAME_HEDGES:
        for m in pattern.finditer(before):
            if best is None or m.start("h") > best.start - zone_start:
                best = Hedge(
                    before[m.start("h") : m.end("h")], zone_start + m.start("h"), zone_start + m.end("h"), "frame"
                )
    # "that is not to say it won't happen" contains its own marker: search the whole clause.
    tail = scan[zone_start:clause_end]
    concession = FRAME_HEDGES[-1].search(tail)
    if concession:
        start, end = concession.start("h"), concession.end("h")
        return Hedge(tail[start:end], zone_start + start, zone_start + end, "frame")
    if best is not None:
        return best
    modal = MODAL_HEDGE.match(scan, marker_start)
    if modal and modal.end("h") <= max(predicate_start, marker_end):
        return Hedge(modal["h"], modal.start("h"), modal.end("h"), "modal")
    window_start = max(zone_start, marker_start - 40)
    for m in ADVERB_HEDGES.finditer(scan, window_start, predicate_start):
        return Hedge(m["h"], m.start("h"), m.end("h"), "adverb")
    return None
