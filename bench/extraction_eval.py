"""Score `forecasts extract` against the hand-labelled forecasts in ../shared/articles/gold.yaml.

A candidate matches a gold forecast when their spans overlap by at least half of the shorter
one; any of the gold quote and its alt_quotes may match; the matching is one-to-one (maximum
bipartite matching; among equal numbers of matches, pairs on the gold quote itself rather than an
alt_quote, then larger overlaps, are preferred). Printed: precision, recall, F1, and over matched
pairs the accuracy of hedge, window, speaker, conditional (and polarity, kind); the share of
listed distractors left alone. A naive baseline (every sentence with a modal or "likely" is a
forecast by the author, hedged by its first modal) is scored in the same run for scale.

Field comparisons:
- hedge: same words after folding case, quote marks and brackets, or one contained in the
  other word for word ("There is no question" ~ "no question"); null only equals null. The
  strict figure (same words exactly) is printed too.
- window: same (window_start, window_end) dates; both null counts as equal.
- speaker: both the author, or the names share their last word / the gold's last word occurs
  in ours (gold "Ali Khamenei" ~ "Ayatollah Ali Khamenei"; "Iranian state officials" ~ "state
  officials").
- conditional: both null, or both set and their words overlap by at least half.

    python bench/extraction_eval.py [--gold ../shared/articles/gold.yaml] [--details]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from scipy.optimize import linear_sum_assignment

from forecasts.extract import Candidate, read_article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.sentences import split_sentences

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "articles" / "gold.yaml"
AUTHOR_TYPES = {"author"}


@dataclass(frozen=True)
class Prediction:
    """The fields the scorer compares, from the extractor or the baseline."""

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


def from_candidate(c: Candidate) -> Prediction:
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


_BASELINE_MODAL = re.compile(r"\b(will|would|could|may|might|likely|won't)\b", re.IGNORECASE)


def baseline(body: str) -> list[Prediction]:
    """Every sentence with a modal is a forecast by the author, hedged by that modal."""
    found = []
    for s in split_sentences(body):
        m = _BASELINE_MODAL.search(s.text)
        if m:
            hedge = m.group(1) if m.group(1).lower() in ("could", "may", "might", "likely") else None
            found.append(
                Prediction(
                    s.start, s.end, s.text, "author", "author", hedge, (None, None), None, "positive", "prediction"
                )
            )
    return found


def overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap as a share of the shorter span (0 when below one half)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    if shorter <= 0 or inter <= 0:
        return 0.0
    share = inter / shorter
    return share if share >= 0.5 else 0.0


def gold_spans(item: dict[str, Any]) -> list[tuple[tuple[int, int], float]]:
    """The gold quote and its alt_quotes, with a small preference for the quote itself."""
    spans = [((item["char_start"], item["char_end"]), 0.5)]
    for alt in item.get("alt_quotes") or []:
        spans.append(((alt["char_start"], alt["char_end"]), 0.0))
    return spans


def match(golds: list[dict[str, Any]], preds: list[Prediction]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index) maximising matches, then overlap."""
    if not golds or not preds:
        return []
    score = [[0.0] * len(preds) for _ in golds]
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            best = max(
                (2.0 + overlap + bonus) if (overlap := overlap_ok(span, (p.start, p.end))) > 0 else 0.0
                for span, bonus in gold_spans(g)
            )
            score[i][j] = best
    rows, cols = linear_sum_assignment(score, maximize=True)
    return [(i, j) for i, j in zip(rows, cols, strict=True) if score[i][j] > 0]


def _fold(text: str | None) -> str:
    if text is None:
        return ""
    return re.sub(r"[^a-z' ]+", " ", text.lower().replace("\u2019", "'")).split().__str__()


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z']+", (text or "").lower().replace("\u2019", "'"))


def hedge_equal(gold: str | None, ours: str | None, strict: bool = False) -> bool:
    if gold is None or ours is None:
        return gold is None and ours is None
    g, o = _words(gold), _words(ours)
    if g == o:
        return True
    if strict:
        return False
    shorter, longer = sorted((g, o), key=len)
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


STOP = {"the", "a", "an", "of", "and", "as", "reported", "et", "al", "cited"}


def speaker_equal(gold: dict[str, Any], ours: Prediction) -> bool:
    gold_type = gold.get("speaker_type")
    if gold_type in AUTHOR_TYPES or ours.speaker_type in AUTHOR_TYPES:
        return gold_type in AUTHOR_TYPES and ours.speaker_type in AUTHOR_TYPES
    base = str(gold["speaker"]).split("(")[0]
    gold_words = [w for w in _words(base) if w not in STOP]
    ours_words = [w for w in _words(ours.speaker) if w not in STOP]
    if not gold_words or not ours_words:
        return False
    return gold_words[-1] in ours_words or ours_words[-1] in _words(gold["speaker"])


def condition_equal(gold: str | None, ours: str | None) -> bool:
    if gold is None or ours is None:
        return gold is None and ours is None
    g, o = set(_words(gold)), set(_words(ours))
    return len(g & o) >= 0.5 * min(len(g), len(o))


@dataclass
class Tally:
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
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def ratio(self, name: str) -> float:
        base = self.matched if name not in ("precision", "recall", "distractors_left") else None
        if name == "precision":
            return self.matched / self.predicted if self.predicted else 0.0
        if name == "recall":
            return self.matched / self.gold if self.gold else 0.0
        if name == "distractors_left":
            return self.distractors_left / self.distractors if self.distractors else 1.0
        return getattr(self, name) / base if base else 0.0

    @property
    def f1(self) -> float:
        p, r = self.ratio("precision"), self.ratio("recall")
        return 2 * p * r / (p + r) if p + r else 0.0


def score_article(
    golds: list[dict[str, Any]], distractors: list[dict[str, Any]], preds: list[Prediction], details: list[str]
) -> Tally:
    tally = Tally(gold=len(golds), predicted=len(preds), distractors=len(distractors))
    pairs = match(golds, preds)
    tally.matched = len(pairs)
    for i, j in pairs:
        g, p = golds[i], preds[j]
        checks = {
            "hedge": hedge_equal(g.get("hedge"), p.hedge),
            "hedge_strict": hedge_equal(g.get("hedge"), p.hedge, strict=True),
            "window": (g.get("window_start"), g.get("window_end")) == p.window,
            "speaker": speaker_equal(g, p),
            "conditional": condition_equal(g.get("conditional_on"), p.conditional_on),
            "polarity": g.get("polarity") == p.polarity,
            "kind": g.get("kind") == p.kind,
        }
        for name, ok in checks.items():
            setattr(tally, name, getattr(tally, name) + int(ok))
        wrong = [name for name, ok in checks.items() if not ok and name != "hedge_strict"]
        if wrong:
            details.append(
                f"  {g['id']}: wrong {', '.join(wrong)}: gold hedge={g.get('hedge')!r} speaker={g.get('speaker')!r} "
                f"window={g.get('window_start')}..{g.get('window_end')} cond={g.get('conditional_on')!r} "
                f"| ours hedge={p.hedge!r} speaker={p.speaker!r} window={p.window[0]}..{p.window[1]} cond={p.conditional_on!r}"
            )
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    for i, g in enumerate(golds):
        if i not in matched_gold:
            details.append(f"  missed {g['id']}: {g['quote'][:100]!r}")
    for j, p in enumerate(preds):
        if j not in matched_pred:
            details.append(f"  extra [{p.start}-{p.end}]: {p.quote[:100]!r}")
    for d in distractors:
        hit = any(overlap_ok((d["char_start"], d["char_end"]), (p.start, p.end)) for p in preds)
        tally.distractors_left += int(not hit)
        if hit:
            details.append(f"  distractor taken ({d['category']}): {d['quote'][:90]!r}")
    return tally


def evaluate(gold_path: Path, extractor: Callable[[Path], list[Prediction]], details: list[str]) -> Tally:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    total = Tally()
    for article in gold["articles"]:
        path = gold_path.parent / article["file"]
        golds = [f for f in gold["forecasts"] if f["article"] == article["file"]]
        details.append(article["file"])
        tally = score_article(golds, article.get("distractors") or [], extractor(path), details)
        total.add(tally)
    return total


def run_extractor(path: Path) -> list[Prediction]:
    return [from_candidate(c) for c in analyse_article(read_article(str(path))).candidates]


def run_baseline(path: Path) -> list[Prediction]:
    return baseline(read_article(str(path)).body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--details", action="store_true", help="List misses, extras and field errors.")
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"{args.gold}: not found; pass --gold PATH to gold.yaml")
    details: list[str] = []
    ours = evaluate(args.gold, run_extractor, details)
    base = evaluate(args.gold, run_baseline, [])
    rows = [
        ("gold forecasts", ours.gold, base.gold, None),
        ("candidates", ours.predicted, base.predicted, None),
        ("matched", ours.matched, base.matched, None),
        ("precision", ours.ratio("precision"), base.ratio("precision"), 0.75),
        ("recall", ours.ratio("recall"), base.ratio("recall"), 0.85),
        ("F1", ours.f1, base.f1, None),
        ("hedge accuracy", ours.ratio("hedge"), base.ratio("hedge"), 0.9),
        ("hedge accuracy (exact words)", ours.ratio("hedge_strict"), base.ratio("hedge_strict"), None),
        ("window accuracy", ours.ratio("window"), base.ratio("window"), None),
        ("speaker accuracy", ours.ratio("speaker"), base.ratio("speaker"), 0.8),
        ("conditional accuracy", ours.ratio("conditional"), base.ratio("conditional"), None),
        ("polarity accuracy", ours.ratio("polarity"), base.ratio("polarity"), None),
        ("kind accuracy", ours.ratio("kind"), base.ratio("kind"), None),
        ("distractors left alone", ours.ratio("distractors_left"), base.ratio("distractors_left"), None),
    ]
    print(f"gold: {args.gold}")
    print(f"{'measure':34} {'extract':>9} {'baseline':>9}  target")
    for name, value, other, target in rows:
        if isinstance(value, int):
            print(f"{name:34} {value:>9d} {other:>9d}")
        else:
            mark = "" if target is None else (f">= {target:.2f} {'met' if value >= target else 'NOT MET'}")
            print(f"{name:34} {value:>9.3f} {other:>9.3f}  {mark}")
    print("matched pairs are scored for hedge/window/speaker/conditional/polarity/kind;")
    print("baseline: every sentence with will/would/could/may/might/likely, by the author, hedged by that word")
    if args.details:
        print("\n".join(details))


if __name__ == "__main__":
    main()
