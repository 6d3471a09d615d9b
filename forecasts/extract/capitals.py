"""Capitals: whether a subject's capitalised first word is a name or only opens its sentence.

"Old and inefficient prisons will be closed" has "Old" capitalised because the sentence starts
with it; a question that puts the word mid-sentence ("Will Old and inefficient prisons be
closed ...") must lower it, while a name ("Gazprom shares", "Acting Secretary Jane Roe") keeps
its capital. There is no dictionary to look words up in, so the article and the word's shape
decide:

- a word the article writes with a capital inside a sentence ("... said Kenyon") is a name;
- a participle or adjective before a name and then a common noun ("Defending Nato territory",
  "Deepening Russo-Iranian ties") is common; before a name alone ("Acting Secretary Jane Roe")
  it is part of a title;
- a hyphenated compound whose later parts are in lower case ("Nation-state hackers") is common;
- otherwise it is common when it is one of the adjectives and quantifiers that open noun phrases
  ("old", "rival", "several"), or ends as names seldom do (-ing, -ed, -ous, -ive, -ence, -ment,
  -ity, -ions, -als ...), or is a number word ("One member"); alone as the whole subject, only
  an abstract noun ("Sanctions", "Legislation", "Proposals") is.

``propositions`` lowers the word as well when the article writes it in lower case elsewhere.
"""

from __future__ import annotations

import re

from forecasts.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from forecasts.extract.participles import IRREGULAR_PARTICIPLES

_COMMON_OPENERS = frozenset(
    """
    old new big small high low long short large young early late major minor rival other many several few
    most more less higher lower greater smaller larger further some any all both each every such key top main
    future current recent foreign domestic local public private rural urban senior junior total overall
    additional potential possible average annual global regional military civilian economic political social
    one two three four five six seven eight nine ten twelve twenty hundred thousand
    """.split()
)
_COMMON_ENDING = re.compile(
    r"(?i)\w{2,}(?:ing|ed|ous|ive|ful|less|able|ible|ical|ence|ences|ance|ances|ness|ment|ments|ity|ities|ion|"
    r"ions|ism|isms|ists|ies|als)$|\w{3,}al$"
)
# Alone as the subject: abstract nouns only ("Tensions will rise", "Legislation is needed"); "Vance",
# "Florence" or "Marion" stay.
_ABSTRACT = re.compile(r"(?i)\w{3,}(?:tions?|sions?|ments?|ities|ity|ences|ances|ness|nesses|isms|sals|vals)$")
_DAY_OR_MONTH = f"{MONTH_NAMES}|{WEEKDAY_NAMES}"
_STOP_AFTER = frozenset("of in on at for to and or by with from the a an".split())


def _capitalised_inside_a_sentence(word: str, body: str) -> bool:
    """The article writes ``word`` with its capital after a lower-case word or a comma: a name."""
    return re.search(rf"(?<=[a-z0-9,;:)]\s){re.escape(word)}\b", body) is not None


def is_sentence_capital(subject: str, body: str) -> bool:
    """Whether the subject's first word is capitalised only because it opens the sentence."""
    first, _, rest = subject.partition(" ")
    if (
        len(first) < 2
        or not first[:1].isupper()
        or first.isupper()
        or not first.replace("-", "").isalpha()
        or _capitalised_inside_a_sentence(first, body)
    ):
        return False
    lower = first.lower()
    if "-" in first:
        # "Nation-state hackers", "Long-term rates": a compound whose later parts are in lower case
        # ("Saudi-led" names a country, which the caller keeps; "Rolls-Royce" is all capitals).
        head, *parts = first.split("-")
        return bool(rest) and len(head) > 1 and all(part.islower() for part in parts)
    if not rest:
        return _ABSTRACT.fullmatch(first) is not None
    if rest[:1].isupper():
        # "Defending Nato territory": a participle, a name, then the common noun it qualifies.
        name_then = re.match(r"(?:[A-Z][\w'\u2019.-]*\s+)+(?P<noun>[a-z][\w-]*)", rest + " ")
        return (
            lower.endswith(("ing", "ed"))
            and name_then is not None
            and name_then.group("noun").lower() not in _STOP_AFTER
        )
    # "Work on a constitution", "Pressure on the banks": a noun whose phrase goes on with a
    # preposition (not a day: "Kovar on Monday" is a name and when).
    on_something = re.match(rf"(?:on|for|with|against|over|about|into|towards?)\s+(?!(?:{_DAY_OR_MONTH})\b)", rest)
    return lower in _COMMON_OPENERS or _COMMON_ENDING.fullmatch(first) is not None or on_something is not None


_SMALL_WORDS = frozenset("a an the and or but of to in on at for by with from as than into over per nor".split())


def is_heading(quote: str) -> bool:
    """Whether the quote is written in title case, as a heading ("Debt Held by the Public Is
    Projected to Grow Faster Than the Economy"): every word of four letters or more capitalised
    (at least four such words, of which at least two past the first)."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", quote) if w.lower() not in _SMALL_WORDS]
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 4 and all(w[:1].isupper() for w in long) and any(w[:1].isupper() for w in long[2:])


def lower_heading_words(text: str, body: str) -> str:
    """``text`` from a heading with its title-case capitals lowered where the article writes the word
    in lower case elsewhere ("Held", "Faster", "Economy"), and participles ("Held", "Rising") unless
    the article capitalises them inside a sentence; names, acronyms and other words the article
    never writes in lower case keep theirs."""

    elsewhere = body.replace(text, " ")  # the heading itself is title case throughout

    def lowered(found: re.Match[str]) -> str:
        word = found.group(0)
        lower = word[0].lower() + word[1:]
        if word.isupper() or not word[1:].islower():
            return word  # "NATO", "McDonald"
        if re.search(rf"(?<![\w'\u2019-]){re.escape(lower)}(?![\w'\u2019-])", body):
            return lower
        # "Held", "Rising": a participle is no name, unless the article capitalises it mid-sentence.
        participle = re.fullmatch(r"[A-Z][a-z]{2,}(?:ed|ing)", word) or lower in IRREGULAR_PARTICIPLES
        if participle and not _capitalised_inside_a_sentence(word, elsewhere):
            return lower
        return word

    return re.sub(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*", lowered, text)
