"""Events: one short sentence saying what a forecast expects to happen, for a person to check.

The sentence is built from the clause: its subject, "will" (or "will not"), and the predicate
without hedges, attributions and trailing asides. It keeps the forecast's polarity. It is a
draft, not a paraphrase a journalist would sign: the quote stays the authority.
"""

from __future__ import annotations

import re

from forecasts.extract.hedges import ADVERB_HEDGES

MAX_WORDS = 24
_ASIDE = re.compile(
    r",\s+(?:(?:likely|probably|possibly|perhaps)\s+)?as\s+(?:a|an|the)\b|,\s+(?:where|which|who|as\s+it|as\s+they|as\s+he|as\s+she|that\s+is|i\.e\.|such\s+as|including|allowing|further|thus|because|since|due\s+to|in\s+exchange|according)\b|\s+\u2014\s|\s\(",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d\[\]_*]|(?<!\w)['\u2018\u2019]|['\u2018\u2019](?!\w)")
_LEADING = re.compile(
    # Whole words only: "so" is no opening of "soar", nor "still" of "stillborn", nor "first" of
    # "first-quarter growth".
    r"^(?:(?:that|and|but|so|yet|then|however|also|thus|in\s+turn|on\s+the\s+contrary|indeed|still|finally|first|second|third|moreover|furthermore|meanwhile|instead|of\s+course)\b(?!-)|,|\s)+",
    re.IGNORECASE,
)


_ATTRIBUTION_ASIDE = re.compile(
    r",\s+(?:(?:as\s+\w+\s+by|according\s+to)\s+[^,]*|for\s+(?:its|his|her|their|our|my|your)\s+part|however|in\s+turn|meanwhile|too|though|of\s+course|it\s+seems|analysts\s+say|officials\s+say)(?:,|$)",
    re.IGNORECASE,
)


def clean_phrase(text: str) -> str:
    """Text without quote marks, editorial brackets, hedges, attributions or doubled spaces."""
    text = _ATTRIBUTION_ASIDE.sub("", text)
    text = _QUOTE_MARKS.sub("", text)
    text = ADVERB_HEDGES.sub("", text)
    text = _LEADING.sub("", text.strip())
    return re.sub(r"\s+", " ", text).strip(" ,;:")


def _shorten(text: str) -> str:
    aside = _ASIDE.search(text)
    if aside and aside.start() > 10:
        text = text[: aside.start()]
    words = text.split()
    if len(words) > MAX_WORDS:
        return " ".join(words[:MAX_WORDS]).strip(" ,;:.") + " ..."
    return text.strip(" ,;:.")


# What the drafted event says where the clause gave no subject ("It will be traveling to Paris");
# the drafting reads it as no subject, not as a pronoun to resolve.
SUBJECT_STAND_IN = "It"


def draft_event(subject: str, predicate: str, negative: bool, verbatim: str | None = None) -> str:
    """ "Subject will (not) predicate." or, for forecasts stated as a state ("X is due on ..."), the clause."""
    if verbatim is not None:
        sentence = _shorten(clean_phrase(verbatim))
    else:
        subject_text = clean_phrase(subject) or SUBJECT_STAND_IN
        predicate_text = _shorten(clean_phrase(predicate))
        if not predicate_text:
            predicate_text = "happen"
        sentence = f"{subject_text} will {'not ' if negative else ''}{predicate_text}"
    sentence = sentence.strip()
    if not sentence:
        return ""
    return sentence[0].upper() + sentence[1:] + ("" if sentence.endswith(("...", "?", "!")) else ".")
