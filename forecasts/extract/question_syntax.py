"""Whether a drafted question parses as one clause: "Will <subject> <verb> ...?".

``question_form`` reads the question with patterns, one per fault readers found. This module
reads it with the parser (``forecasts.extract.syntax``), which knows no article: the proposition
is put back as a plain sentence, "<subject> will <phrase>.", where a parser trained on ordinary
prose is surest, and these must hold:

- "will" is an auxiliary of the verb that opens the phrase (a bare verb, or "be"/"have" before a
  participle, adjective or noun), and that verb is the sentence's own, not a verb hanging from
  another inside the subject ("officials expressed concerns about Russia's will launch");
- that verb has a subject, and every word of the drafted subject belongs to it (words left over
  are a fronted adverb, a clause cut in two, a list marker: "Later, the President, hold ...");
- the subject is not a pronoun left unresolved ("it", "they", "this");
- the subject does not end on a possessive ("President Biden's build from the bottom up");
- no second clause with a modal of its own runs on after the first, nor sits inside it ("... or
  risk that Congress will block ...", "... and its capacity will increase ...", "like to
  emphasise that Russia will build up ...");
- "each other" or "one another" has more than one to do it ("Will Russia meet with each other");
- the question does not break off on a preposition, article or conjunction;
- a clause the drafting could not take apart, asked as it stands, has no finite verb ("Will
  inflation picks up again").

A fault is returned as the reason the claim is listed rather than drafted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from forecasts.extract.syntax import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Subjects that stand for something named elsewhere: a stranger cannot tell what.
_PRONOUNS = frozenset("it they we i you he she this that these those them its one".split())
_ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
_DANGLING_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$", "WDT", "WP$", "POS"})
# Adjectives a preposition takes without a noun: "for good", "in public", "in short", "at large".
_ADJECTIVES_AFTER_A_PREPOSITION = frozenset(
    "good handy public private general particular full short brief large earnest vain full-time sure".split()
)
# Words that may stand beside the subject phrase without belonging to it.
_LOOSE_DEPS = frozenset({"punct", "cc", "appos"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_WILL = frozenset({"will", "'ll", "\u2019ll", "shall", "would", "wo"})
_TIME_NOUNS = frozenset(
    "time times day days week weeks month months year years moment point period stage date hour night morning evening".split()
)


def _words(tokens: Iterable[Token], n: int = 6) -> str:
    words = [t.text for t in tokens]
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def _opening_verb(doc: Doc, start: int) -> Token | None:
    """The first word of the phrase that is not an adverb ("will *also* hold")."""
    for token in doc[start:]:
        if token.tag_ in _ADVERB_TAGS:
            continue
        return token
    return None


def judge_question_syntax(subject: str, phrase: str) -> str | None:
    """Why "<subject> will <phrase>" does not parse as one clause with that subject, or None."""
    subject, phrase = subject.strip(), phrase.strip()
    if not phrase:
        return None
    if not subject:
        return _judge_whole_clause(phrase)
    doc = parse(f"{subject} will {phrase}.")
    n_subject = _subject_length(doc, subject)
    if n_subject is None:
        return None
    will = doc[n_subject]
    head = will.head
    if will.dep_ != "aux" or head.i <= n_subject:
        return f"garbled question: {_words(doc[n_subject + 1 : -1])!r} does not read as what {subject!r} will do"
    if head.dep_.startswith(("nsubj", "csubj")):
        # "one reason the debt will increase is that ...": the verb asked about is itself the
        # subject of a later verb, so the question runs two clauses into one.
        return (
            f"garbled question: {_words(doc[head.i : head.head.i + 1])!r} makes the event the subject of another verb"
        )
    if head.dep_ != "ROOT" and head.head.tag_.startswith("VB") and head.head.i < n_subject:
        # "U.S. officials expressed concerns about Russia's will launch": the verb asked about
        # hangs from a verb inside the subject, which is a clause cut in two.
        return f"garbled question: {_words(doc[head.head.left_edge.i : head.head.i + 1])!r} is a clause of its own"
    first = _opening_verb(doc, n_subject + 1)
    if first is None or first.tag_ != "VB":
        word = first.text if first is not None else ""
        return f"garbled question: {word!r} is no bare verb after 'Will {_words(doc[:n_subject], 4)}'"
    subjects = [c for c in head.children if c.dep_.startswith(("nsubj", "expl", "csubj")) and c.i < n_subject]
    if not subjects:
        return f"garbled question: no subject of {head.text!r} can be read in {_words(doc[:n_subject])!r}"
    inside = {t.i for s in subjects for t in s.subtree}
    stray = [t for t in doc[:n_subject] if t.i not in inside and t.dep_ not in _LOOSE_DEPS]
    # Within a long name the parser may err; a word left over counts when it is a verb of its own
    # (a clause cut in two) or hangs from the question's verb (a fronted adverb, a list marker).
    if any(t.tag_ in _FINITE_TAGS or t.head == head for t in stray):
        return (
            f"garbled question: {_words(stray, 4)!r} is not part of the subject {_words(list(subjects[0].subtree))!r}"
        )
    if subjects[0].lower_ in _PRONOUNS and len(list(subjects[0].subtree)) == 1:
        return f"unresolved reference: the subject {subjects[0].text!r} does not say who or what"
    pointed = _pointed_that(doc)
    if pointed is not None:
        return f"unresolved reference: {pointed!r} is not resolved to what it stands for"
    if doc[n_subject - 1].tag_ == "POS":
        return f"garbled question: the subject ends on a possessive ({_words(doc[:n_subject], 4)!r}): its noun is lost"
    for token in doc[head.i + 1 :]:
        modals = [c for c in token.children if c.tag_ == "MD"]
        if (
            token.dep_ in ("conj", "parataxis", "ccomp", "advcl")
            and head in token.ancestors
            # Deeper down, only a "will" forecasts: "to ensure that children can be adopted" is a purpose.
            and any(token.head == head or m.lower_ in _WILL for m in modals)
        ):
            # "... and its capacity will increase", "like to emphasise that Russia will build up
            # ...": a modal of its own, so a forecast inside the question.
            return f"garbled question: a second clause runs on ({_words(doc[token.left_edge.i : token.i + 1])!r})"
    reciprocal = _reciprocal(doc[head.i + 1 :])
    if reciprocal is not None and _is_singular(subjects[0]):
        return f"garbled question: {subjects[0].text!r} alone cannot meet {reciprocal!r}"
    words = [t for t in doc if not t.is_punct]
    if words and words[-1].tag_ in _DANGLING_TAGS and words[-1].i > head.i:
        return f"garbled question: it breaks off on {words[-1].text!r}"
    if (
        len(words) > 2
        and words[-1].tag_ == "JJ"
        and words[-2].tag_ == "IN"
        and words[-1].i > head.i
        and words[-1].lower_ not in _ADJECTIVES_AFTER_A_PREPOSITION
    ):
        # "brought about by unprovoked[, unlawful aggression]": the phrase was cut between two
        # adjectives, and the preposition's noun is lost.
        cut = f"{words[-2].text} {words[-1].text}"
        return f"garbled question: it breaks off on {cut!r}, an adjective whose noun is lost"
    return None


def _judge_whole_clause(clause: str) -> str | None:
    """A clause the drafting did not take apart, asked as it stands ("Will inflation picks up
    again"): its verb must not be finite, since "Will" takes the bare verb."""
    doc = parse(f"{clause}.")
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VBZ", "VBD", "VBP") or any(c.tag_ == "MD" for c in root.children):
        return None
    return f"garbled question: {root.text!r} is no bare verb after 'Will {_words(doc[: root.i], 4)}'"


def _pointed_that(doc: Doc) -> str | None:
    """ "release that document": "that" pointing at a noun (the parser tells it from "that" opening
    a clause, which the patterns of ``question_form`` cannot), with the noun, or None. A time noun
    ("at that time", "that day") dates the event rather than naming it."""
    for token in doc:
        if token.lower_ == "that" and token.dep_ == "det" and token.head.i > token.i:
            if token.head.lower_ in _TIME_NOUNS:
                continue
            return f"{token.text} {token.head.text}"
    return None


def _reciprocal(tokens: Iterable[Token]) -> str | None:
    """ "each other" or "one another", where the phrase has one."""
    words = list(tokens)
    for first, second in zip(words, words[1:], strict=False):
        if first.lower_ in ("each", "one") and second.lower_ in ("other", "another"):
            return f"{first.text} {second.text}"
    return None


def _is_singular(subject: Token) -> bool:
    """One thing, not several: no "and" joins others to it and it is not a plural noun."""
    return subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children)


def _subject_length(doc: Doc, subject: str) -> int | None:
    """How many tokens the subject takes (the index of the "will" after it), or None when the
    parser's tokens do not line up with it."""
    end = len(subject)
    for token in doc:
        if token.idx == end + 1 and token.lower_ == "will":
            return token.i
        if token.idx > end + 1:
            break
    return None
