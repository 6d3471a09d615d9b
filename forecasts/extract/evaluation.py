"""How well found forecasts agree with hand-made labels: matching, field checks, tallies.

A found forecast matches a labelled one when their spans overlap by at least half of the
shorter; any of the label's quote and alt_quotes may match; the matching is one-to-one (maximum
bipartite matching; among equal numbers of matches, pairs on the label's own quote rather than
an alt_quote, then larger overlaps, are preferred). The same matching labels the training
examples of the scorer (``forecasts.extract.training``) and scores the bench.

Field comparisons over matched pairs:
- hedge: same words after folding case, quote marks and brackets, or one contained in the
  other word for word ("There is no question" ~ "no question"); null only equals null.
- window: same (window_start, window_end) dates; both null counts as equal.
- speaker: both the author, or the names share their last word / the label's last word occurs
  in ours ("Ali Khamenei" ~ "Ayatollah Ali Khamenei").
- conditional: both null, or both set and their words overlap by at least half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from scipy.optimize import linear_sum_assignment

from forecasts.extract.candidates import Candidate

AUTHOR_TYPES = frozenset({"author"})


@dataclass(frozen=True)
class Prediction:
    """The fields compared with a label, from the extractor or a baseline."""

    start: int
    end: int
    quote: str
    speaker: str
    speaker_type: str
    hedge: str | None
    window: tuple[str | None, str | None]
    conditional_on: str | None
    polarity: str
    kind: str


def prediction_of(c: Candidate) -> Prediction:
    """The compared fields of a found forecast."""
    return Prediction(
        c.char_start,
        c.char_end,
        c.quote,
        c.speaker,
        c.speaker_type,
        c.hedge,
        (c.window_start.isoformat() if c.window_start else None, c.window_end.isoformat() if c.window_end else None),
        c.conditional_on,
        c.polarity,
        c.kind,
    )


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap as a share of the shorter span (0 when below one half)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    if shorter <= 0 or inter <= 0:
        return 0.0
    share = inter / shorter
    return share if share >= 0.5 else 0.0


def label_spans(item: dict[str, Any]) -> list[tuple[tuple[int, int], float]]:
    """The label's quote and its alt_quotes, with a small preference for the quote itself."""
    spans = [((int(item["char_start"]), int(item["char_end"])), 0.5)]
    for alt in item.get("alt_quotes") or []:
        if isinstance(alt, dict) and "char_start" in alt:
            spans.append(((int(alt["char_start"]), int(alt["char_end"])), 0.0))
    return spans


def match_spans(labels: list[dict[str, Any]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (label index, span index) maximising matches, then overlap."""
    if not labels or not spans:
        return []
    score = [[0.0] * len(spans) for _ in labels]
    for i, label in enumerate(labels):
        for j, span in enumerate(spans):
            score[i][j] = max(
                (2.0 + overlap + bonus) if (overlap := span_overlap(own, span)) > 0 else 0.0
                for own, bonus in label_spans(label)
            )
    rows, cols = linear_sum_assignment(score, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if score[i][j] > 0]


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9']+", (text or "").lower().replace("\u2019", "'"))


def hedge_equal(label: str | None, ours: str | None, strict: bool = False) -> bool:
    """Same hedge words (see the module docstring)."""
    if label is None or ours is None:
        return label is None and ours is None
    g, o = _words(label), _words(ours)
    if g == o:
        return True
    if strict:
        return False
    shorter, longer = sorted((g, o), key=len)
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


_SPEAKER_STOP = {"the", "a", "an", "of", "and", "as", "reported", "et", "al", "cited"}


def speaker_equal(label: dict[str, Any], ours: Prediction) -> bool:
    """Same speaker (see the module docstring)."""
    label_type = label.get("speaker_type")
    if label_type in AUTHOR_TYPES or ours.speaker_type in AUTHOR_TYPES:
        return label_type in AUTHOR_TYPES and ours.speaker_type in AUTHOR_TYPES
    base = str(label.get("speaker") or "").split("(")[0]
    label_words = [w for w in _words(base) if w not in _SPEAKER_STOP]
    ours_words = [w for w in _words(ours.speaker) if w not in _SPEAKER_STOP]
    if not label_words or not ours_words:
        return False
    return label_words[-1] in ours_words or ours_words[-1] in _words(str(label.get("speaker")))


def condition_equal(label: str | None, ours: str | None) -> bool:
    """Both unconditional, or conditions sharing at least half their words."""
    if label is None or ours is None:
        return label is None and ours is None
    g, o = set(_words(label)), set(_words(ours))
    return len(g & o) >= 0.5 * min(len(g), len(o))


@dataclass
class Tally:
    """Counts over one article or many; ``ratio`` turns them into the bench's figures."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    hedge: int = 0
    hedge_strict: int = 0
    window: int = 0
    speaker: int = 0
    conditional: int = 0
    polarity: int = 0
    kind: int = 0
    distractors: int = 0
    distractors_left: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def ratio(self, name: str) -> float:
        """precision, recall, distractors_left, or a field's accuracy over matched pairs."""
        if name == "precision":
            return self.matched / self.predicted if self.predicted else 0.0
        if name == "recall":
            return self.matched / self.gold if self.gold else 0.0
        if name == "distractors_left":
            return self.distractors_left / self.distractors if self.distractors else 1.0
        return getattr(self, name) / self.matched if self.matched else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.ratio("precision"), self.ratio("recall")
        return 2 * p * r / (p + r) if p + r else 0.0


def score_article(
    labels: list[dict[str, Any]],
    distractors: list[dict[str, Any]],
    preds: list[Prediction],
    details: list[str] | None = None,
) -> Tally:
    """Match one article's predictions to its labels and count what agrees."""
    notes = details if details is not None else []
    tally = Tally(gold=len(labels), predicted=len(preds), distractors=len(distractors))
    pairs = match_spans(labels, [(p.start, p.end) for p in preds])
    tally.matched = len(pairs)
    for i, j in pairs:
        g, p = labels[i], preds[j]
        checks = {
            "hedge": hedge_equal(g.get("hedge"), p.hedge),
            "hedge_strict": hedge_equal(g.get("hedge"), p.hedge, strict=True),
            "window": (_iso(g.get("window_start")), _iso(g.get("window_end"))) == p.window,
            "speaker": speaker_equal(g, p),
            "conditional": condition_equal(g.get("conditional_on"), p.conditional_on),
            "polarity": g.get("polarity") == p.polarity,
            "kind": g.get("kind") == p.kind,
        }
        for name, ok in checks.items():
            setattr(tally, name, getattr(tally, name) + int(ok))
        wrong = [name for name, ok in checks.items() if not ok and name != "hedge_strict"]
        if wrong:
            notes.append(
                f"  {g.get('id')}: wrong {', '.join(wrong)}: gold hedge={g.get('hedge')!r} speaker={g.get('speaker')!r} "
                f"window={g.get('window_start')}..{g.get('window_end')} cond={g.get('conditional_on')!r} "
                f"kind={g.get('kind')} | ours hedge={p.hedge!r} speaker={p.speaker!r} "
                f"window={p.window[0]}..{p.window[1]} cond={p.conditional_on!r} kind={p.kind}"
            )
    matched_labels = {i for i, _ in pairs}
    matched_preds = {j for _, j in pairs}
    for i, g in enumerate(labels):
        if i not in matched_labels:
            notes.append(f"  missed {g.get('id')}: {str(g.get('quote'))[:110]!r}")
    for j, p in enumerate(preds):
        if j not in matched_preds:
            notes.append(f"  extra [{p.start}-{p.end}]: {p.quote[:110]!r}")
    for d in distractors:
        hit = any(span_overlap((int(d["char_start"]), int(d["char_end"])), (p.start, p.end)) for p in preds)
        tally.distractors_left += int(not hit)
        if hit:
            notes.append(f"  distractor taken ({d.get('category')}): {str(d.get('quote'))[:90]!r}")
    return tally


def _iso(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
