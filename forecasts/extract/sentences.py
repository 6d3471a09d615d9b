"""Paragraphs, sentences and quotation spans of an article body, with character offsets.

Every span is a pair of offsets into the body, so a quote the extractor reports is always an exact
substring of what the user gave it. Rules match on a *scan text*: a copy of the body with the
same length in which typographic variants are folded (curly quotes and apostrophes to straight
ones, editorial brackets to spaces), so one pattern covers "won’t" and "won't", and "[will]".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One-for-one replacements only: the scan text must keep every offset of the body.
_SCAN_PAIRS = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u02bc", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u00ab", '"'),
    ("\u00bb", '"'),
    ("[", " "),
    ("]", " "),
    ("\u00a0", " "),
    ("\u2009", " "),
    ("\u202f", " "),
    ("\u2013", "\u2014"),
    ("_", " "),
    ("*", " "),
)


# A folded dash that breaks a clause: not one between two numbers ("the plan for 2021\u20132025" is a range).
CLAUSE_DASH = r"(?<!\d)\u2014|\u2014(?!\d)"
# Days, not years: "2022\u20132023" keeps its fold, as the windows read a span of years that way.
_NUMBER_RANGE_DASH = re.compile(r"(?<!\d\d\d)(?<=\d)\u2014(?=\d{1,2}\b)|(?<!\d\d\d\d)(?<=\d )\u2014(?= \d{1,2}\b)")


_EN_DASH_HYPHEN = re.compile(r"(?<=[A-Za-z])\u2013(?=[a-z])")


# A link's language marker, as Global Voices writes it after a name: "Campus Party [es]", "[pt-BR]".
LANGUAGE_TAG = re.compile(r"\[[a-z]{2}(?:-[A-Za-z]{2})?\]")


def scan_text(text: str) -> str:
    """The text with quote marks, apostrophes, brackets and dashes folded, and language markers
    blanked; same length."""
    if "[" in text:
        text = LANGUAGE_TAG.sub(lambda tag: " " * len(tag.group(0)), text)
    if "\u2013" in text:
        # "enterprise\u2013wide": an en dash set between two words' letters stands for a hyphen.
        text = _EN_DASH_HYPHEN.sub("-", text)
    # Chained str.replace runs in C and is many times faster than str.translate with a dict.
    for old, new in _SCAN_PAIRS:
        if old in text:
            text = text.replace(old, new)
    if "\u2014" in text:
        # "June 24\u201327": a dash between two days is a range, not a break in the clause.
        text = _NUMBER_RANGE_DASH.sub("-", text)
    return text


@dataclass(frozen=True)
class Span:
    """A half-open range of body offsets."""

    start: int
    end: int

    def contains(self, position: int) -> bool:
        """True when ``position`` falls inside the span."""
        return self.start <= position < self.end


@dataclass(frozen=True)
class Sentence:
    """One sentence: its offsets in the body and the paragraph it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Paragraph:
    """One line-delimited block of the body."""

    index: int
    start: int
    end: int


# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm maj rep sen gov st jr sr inc ltd corp vs etc
    e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept univ hon
    u.s u.k u.n e.u""".split()
)

_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]_*]*")
_OPENERS = "\"'\u201c\u2018([\u00bf\u00a1_*"


def split_paragraphs(body: str) -> list[Paragraph]:
    """Non-blank lines of the body; each line is a paragraph (headlines and list items included)."""
    paragraphs: list[Paragraph] = []
    position = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = position + lead
            paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped)))
        position += len(line) + 1
    return paragraphs


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial ("U.S.", "J.")."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    # Single capital initials ("George W. Bush") and dotted acronyms ("U.S.").
    return (len(word) == 1 and text[dot - 1].isupper()) or ("." in word and len(word) <= 5)


def _sentence_bounds(text: str, offset: int) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        after = end
        while after < len(text) and text[after] == " ":
            after += 1
        if after == end and after < len(text):
            continue  # "3.5", "U.S.-China": no space, no break
        if after < len(text):
            nxt = text[after]
            # An ellipsis in the middle of a sentence continues it unless a capital follows.
            if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt == "."):
                continue
        if match.group().startswith(".") and len(match.group().rstrip("\"'\u201d\u2019)]_*")) == 1:
            if _is_abbreviation(text, match.start()) and after < len(text) and text[after] not in _OPENERS:
                continue
        bounds.append((start, end))
        start = after
    if start < len(text):
        bounds.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for s, e in bounds:
        # Leading stray dots and spaces (". . . I worry") are not part of the next sentence.
        while s < e and (text[s] in ". \u2026"):
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            trimmed.append((offset + s, offset + e))
    return trimmed


def split_sentences(body: str, paragraphs: list[Paragraph] | None = None) -> list[Sentence]:
    """Sentences of the body in order; a sentence never crosses a paragraph break."""
    sentences: list[Sentence] = []
    for paragraph in paragraphs if paragraphs is not None else split_paragraphs(body):
        text = body[paragraph.start : paragraph.end]
        for start, end in _sentence_bounds(text, paragraph.start):
            sentences.append(Sentence(start, end, body[start:end], paragraph.index))
    return sentences


def quoted_spans(body: str, paragraph: Paragraph) -> list[Span]:
    """Spans inside quotation marks in a paragraph (the marks themselves excluded).

    A closing mark with no opening one means the quote began before the paragraph (an article
    that opens mid-quote); an opening mark never closed runs to the paragraph's end, as in prose
    where a quote continues into the next paragraph.
    """
    spans: list[Span] = []
    open_at: int | None = None
    straight_open: int | None = None
    for i in range(paragraph.start, paragraph.end):
        ch = body[i]
        if ch == "\u201c":
            if open_at is None:
                open_at = i + 1
        elif ch == "\u201d":
            if open_at is not None:
                spans.append(Span(open_at, i))
                open_at = None
            elif not spans and straight_open is None:
                spans.append(Span(paragraph.start, i))
        elif ch == '"':
            if straight_open is None:
                straight_open = i + 1
            else:
                spans.append(Span(straight_open, i))
                straight_open = None
    for pending in (open_at, straight_open):
        if pending is not None:
            spans.append(Span(pending, paragraph.end))
    spans.sort(key=lambda s: s.start)
    return [s for s in spans if s.end > s.start]
