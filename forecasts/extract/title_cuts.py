"""Where a title may be cut, read from the parse of the whole event.

A title is the event's subject and verb phrase, cut to about 70 characters. The patterns of
``propositions`` cut before a preposition, a clause or a comma; on text they were not written
against they still leave a title broken inside a phrase ("Putin and Xi attend the Forum's
traditional [exhibition]", "Russia signs a number of important intergovernmental [documents]") or
a verb without what it acts on ("Putin and Xi visit [the Ocean children's centre]", "Blinken meets
bilaterally [with Hun Sen]"). The parser (``syntax``) sees the phrases: a cut is whole when

- no word kept depends on a word dropped (a determiner, adjective or modifier goes with its head),
- the kept words do not end on a word that only introduces what follows (a determiner, an
  adjective, a possessive, a conjunction, a preposition, an adverb, "a number" before its "of"),
- the verb keeps its object or complement when it has one, and a verb with neither keeps the
  first phrase after it ("meets [with the President of India]").

A title the patterns broke is cut again at the longest whole place within the aim; where there
is none it may run to ``TITLE_STRETCH_CHARS``: a longer title that says the event beats a short
one that does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from forecasts.extract.syntax import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The longest a title may run when no cut within the aim keeps the event whole.
TITLE_STRETCH_CHARS = 90

# Tags of a word that only introduces what follows it.
_OPENING_TAGS = frozenset("DT PDT JJ JJR JJS PRP$ POS CC IN TO HYPH RB RBR WDT".split())
_CORE = frozenset("obj iobj xcomp ccomp".split())
_PASSIVE = frozenset("aux:pass nsubj:pass".split())
_NAME_PARTS = frozenset("flat flat:name fixed compound".split())
_FOLLOWING = frozenset("obj iobj xcomp ccomp obl compound:prt advmod".split())
# A head that says what it counts or whose part it is only with its "of" ("a number [of ...]").
_BEFORE_OF = re.compile(
    r"(?i)\b(?:number|numbers|series|set|range|variety|list|part|share|half|most|rest|majority|"
    r"percent|billion|million|trillion|thousand|hundred|lot|couple|pair|group|kind|sort|type|alumni|members|"
    r"representatives|heads|head|leadership|director|chief|chair|chairman|president|secretary|minister|governor|"
    r"capital|government|future|remainder|importance|role|size|scale|extent|amount|level)$"
)

# A noun of an act or a part that says nothing without its "of": "the resumption [of the
# programme]", "the support [of families]", "the plenary session [of the Forum]", "the next cohort
# [of fellows]". (A role, "the host [of the Games]", says enough.)
_OF_HEAD = re.compile(r"(?:tion|sion|ment|ance|ence|ure)s?$|^(?:support|session|sessions|cohort|nature|leaders|years)$")


def _future(full: str, subject: str, base_verb: str) -> tuple[str, int, int]:
    """The event as a sentence in the future ("Putin will meet with ..."), which the parser reads
    far better than a title's "Putin meets with ...", with where its verb phrase starts in ``full``
    and how far positions after the verb move in the sentence."""
    verb_at = len(subject) + 1
    verb_end = verb_at + len(full[verb_at:].split(" ", 1)[0])
    sentence = f"{full[: len(subject)]} will {base_verb}{full[verb_end:]}"
    return sentence, verb_end, len(sentence) - len(full)


def _kept(doc: Doc, end: int) -> tuple[list[Token], list[Token]]:
    kept = [t for t in doc if t.idx + len(t.text) <= end]
    dropped = [t for t in doc if t.idx >= end]
    return kept, dropped


def cut_breaks_phrase(title: str, full: str, subject: str, base_verb: str) -> bool:
    """Whether ``title``, a prefix of ``full`` (subject, then its verb phrase, the verb agreeing;
    case and trailing punctuation aside), stops inside a phrase or leaves the verb without what it
    acts on (the rules of the module's docstring). ``base_verb`` is the verb's base form."""
    title = title.rstrip(" ,;:.")
    if len(title) >= len(full.rstrip(" ,;:.")) or not full.lower().startswith(title.lower()):
        return False
    sentence, verb_end, shift = _future(full, subject, base_verb)
    if len(title) < verb_end:
        return True
    return _broken(parse(sentence), len(title) + shift, sentence)


def _broken(doc: Doc, end: int, text: str) -> bool:
    kept, dropped = _kept(doc, end)
    if not kept or not dropped:
        return False
    kept_ids = {t.i for t in kept}
    dropped_ids = {t.i for t in dropped}
    if any(t.head.i in dropped_ids for t in kept if t.dep_ != "punct"):
        return True
    first = dropped[0]
    if first.dep_ in _NAME_PARTS and first.head.i in kept_ids:
        return True  # "the National Children's Centre [Ocean]": a name goes whole
    last = next((t for t in reversed(kept) if t.dep_ != "punct"), None)
    if last is None or last.tag_ in _OPENING_TAGS:
        return True
    if first.lower_ == "of" and _BEFORE_OF.search(text[:end]):
        return True
    if (
        first.lower_ == "of"
        and first.dep_ == "case"
        and first.head.dep_ == "nmod"
        and first.head.head.i in kept_ids
        and _OF_HEAD.search(first.head.head.lower_)
    ):
        return True  # "the resumption [of the programme]", "the plenary session [of the Forum]"
    for verb in (t for t in kept if t.tag_.startswith("VB")):
        kept_deps = {c.dep_ for c in verb.children if c.i in kept_ids}
        lost = [c for c in verb.children if c.i in dropped_ids]
        if any(c.dep_ in _CORE for c in lost) and not kept_deps & _CORE:
            return True
        if _takes_part(verb, kept_ids) and any(
            c.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "in" for g in c.children) for c in lost
        ):
            return True  # "take part [in the plenary session]": taking part says nothing without in what
        if (
            verb.dep_ == "ROOT"
            and not kept_deps & _FOLLOWING
            and not kept_deps & _PASSIVE
            and any(_goal(c) for c in lost)
        ):
            return True
    return False


def _takes_part(verb: Token, kept_ids: set[int]) -> bool:
    """Whether ``verb`` is "take" with its "part" kept (the parser reads "part" as a particle or an object),
    or a verb of taking part ("participate", "engage")."""
    if verb.lemma_.lower() in ("participate", "partake", "engage"):
        return True  # "participate [in the Second Berlin Conference]" says nothing without in what
    return verb.lower_ in ("take", "takes", "took", "taking") and any(
        c.lower_ == "part" and c.i in kept_ids for c in verb.children
    )


def _goal(dependent: Token) -> bool:
    """Whether ``dependent`` is the phrase a verb of meeting or moving is incomplete without: "with
    the President of India", "to the Republic of Korea"."""
    return dependent.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ in ("with", "to") for c in dependent.children)


def cut_at_whole_phrase(full: str, subject: str, base_verb: str, aim: int) -> str | None:
    """``full`` cut at the longest place within ``aim`` characters where no phrase breaks and the
    verb keeps at least one word after it, else within ``TITLE_STRETCH_CHARS``; None when neither
    exists. ``full`` is the subject, then its verb phrase (the verb agreeing, ``base_verb`` its
    base form)."""
    sentence, verb_end, shift = _future(full, subject, base_verb)
    doc = parse(sentence)
    ends = sorted(
        {t.idx + len(t.text) - shift for t in doc if t.idx + len(t.text) - shift > verb_end + 1}, reverse=True
    )
    for limit in (aim, TITLE_STRETCH_CHARS):
        for end in ends:
            if end > limit or (end < len(full) and not full[end].isspace()):
                continue  # a title ends on a whole word ("Lee Nak-yeon", not "Lee Nak")
            cut = full[:end].rstrip(" ,;:")
            if end >= len(full.rstrip()) or not _broken(doc, len(cut) + shift, sentence):
                return cut
    return None
