"""Output of `forecasts extract`: JSON, YAML or a text listing for people."""

from __future__ import annotations

import re
import textwrap

import yaml

from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate
from forecasts.extract.extractor import Extraction
from forecasts.extract.scorer import Scorer
from forecasts.extract.sentences import split_sentences
from forecasts.json_output import SCHEMA_VERSION, render_document
from forecasts.printable import escape_controls


def render_json(candidates: list[Candidate]) -> str:
    """A JSON document (``forecasts.json_output``): ``forecasts``, one object per forecast found."""
    return render_document({"forecasts": [c.to_dict() for c in candidates]})


def render_yaml(candidates: list[Candidate]) -> str:
    """The JSON document as YAML, keys in the JSON order."""
    document = {"schema_version": SCHEMA_VERSION, "forecasts": [c.to_dict() for c in candidates]}
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def _percent(p: float) -> str:
    return f"{100 * p:.0f}%"


def render_text(candidates: list[Candidate], article: Article) -> str:
    """A numbered listing: quote, speaker, hedge and prior, window, condition, event."""
    published = article.published.isoformat() if article.published else "no date"
    head = f"{article.source}: {len(candidates)} forecast{'s' if len(candidates) != 1 else ''}"
    head += f" (published {published}{', ' + article.outlet if article.outlet else ''})"
    lines = [head]
    for number, c in enumerate(candidates, start=1):
        role = f"; {c.speaker_role}" if c.speaker_role else ""
        lines.append("")
        lines.append(f"{number}. {c.speaker} ({c.speaker_type}{role})  [{c.char_start}-{c.char_end}]")
        lines.extend(textwrap.wrap(f"\u201c{c.quote}\u201d", width=96, initial_indent="   ", subsequent_indent="    "))
        lines.append(f"   event:   {c.event}")
        p = c.probability
        hedge = f"{c.hedge!r}" if c.hedge else "none (bare 'will')"
        spread = f"(90% {_percent(p.p05)}-{_percent(p.p95)})"
        claim = "P(as stated, negation included)" if c.polarity == "negative" else "P(as stated)"
        lines.append(f"   hedge:   {hedge} -> {claim} {_percent(p.mean)} {spread}; {c.kind}")
        if c.window_phrase:
            span = f"{c.window_start or '?'} .. {c.window_end or '?'}"
            lines.append(f"   window:  {c.window_phrase!r} -> {span}")
        if c.conditional_on:
            lines.append(f"   if:      {c.conditional_on}")
        extra = f"; flags: {', '.join(c.flags)}" if c.flags else ""
        lines.append(f"   confidence {c.confidence:.2f}{extra}")
    # Article text is the reader's input, not ours: a control character in it must not reach the terminal.
    return escape_controls("\n".join(lines), keep_line_breaks=True)


_CUE = re.compile(
    r"\b(?:will|shall|would|could|may|might|likely|unlikely|expect\w*|plan\w*|due|set to|going to)\b|'ll\b", re.I
)


def render_explanation(result: Extraction, article: Article, scorer: Scorer) -> str:
    """For every sentence with a future cue: what was kept or dropped, the score and why.

    A kept claim shows its confidence; a dropped one its score against the threshold, the
    rules' verdict, and the features that weighed most. A cue that never became a claim says why
    (a second marker in a clause already read, or a cue word used as a noun or a month).
    """
    body = article.body
    by_sentence: dict[int, list[str]] = {}
    for claim, score in result.scored:
        c = claim.candidate
        verdict = "kept" if score >= result.threshold else "dropped"
        rule = claim.rule or "reads as a forecast"
        weights = ", ".join(f"{name} {value:+.2f}" for name, value in scorer.explain(claim.features))
        by_sentence.setdefault(c.sentence_start, []).append(
            f"    {verdict} {score:.2f} [{c.char_start}-{c.char_end}] {claim.marker!r}: rules: {rule}; {weights}"
        )
    sentences = split_sentences(body)
    for r in result.rejections:
        owner = next((s for s in sentences if s.start <= r.start < s.end), None)
        if owner is not None:
            by_sentence.setdefault(owner.start, []).append(f"    no claim [{r.start}] {r.marker!r}: {r.reason}")
    lines = [""]
    shown = 0
    for s in sentences:
        notes = by_sentence.get(s.start)
        if notes is None and not _CUE.search(s.text):
            continue
        shown += 1
        lines.append(f"  [{s.start}-{s.end}] {textwrap.shorten(s.text, 110)!r}")
        lines.extend(notes or ["    no claim: no future marker (the cue word is a noun, a month or a past form)"])
    lines[0] = (
        f"{shown} sentence{'s' if shown != 1 else ''} with a future cue "
        f"(claims scored at least {result.threshold:.2f} are kept; --min-confidence sets it):"
    )
    return escape_controls("\n".join(lines), keep_line_breaks=True)
