"""Output of `forecasts extract`: JSON, YAML or a text listing for people."""

from __future__ import annotations

import json
import textwrap

import yaml

from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate
from forecasts.extract.claims import Rejection


def render_json(candidates: list[Candidate]) -> str:
    """A JSON list, one object per forecast."""
    return json.dumps([c.to_dict() for c in candidates], indent=2, ensure_ascii=False)


def render_yaml(candidates: list[Candidate]) -> str:
    """A YAML list, one mapping per forecast, keys in the JSON order."""
    if not candidates:
        return "[]\n"
    return yaml.safe_dump([c.to_dict() for c in candidates], sort_keys=False, allow_unicode=True, width=100)


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
    return "\n".join(lines)


def render_rejections(rejections: list[Rejection], article: Article) -> str:
    """Markers judged not to be forecasts, with the reason (for --explain)."""
    lines = [f"{len(rejections)} future marker{'s' if len(rejections) != 1 else ''} rejected:"]
    for r in rejections:
        context = article.body[max(0, r.start - 50) : r.end + 40].replace("\n", " ")
        lines.append(f"  [{r.start}] {r.reason}: {r.marker!r} in ...{context}...")
    return "\n".join(lines)
