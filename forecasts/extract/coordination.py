"""Coordination: lists and coordinated clauses that the drafting cut in the wrong place.

The drafting takes a claim's predicate apart with patterns, and a cut can fall inside a
coordination the claim wrote whole:

- a list loses its conjunction and last item ("meet with the prime minister, the finance
  minister, [and also with the president]"; "interests in Africa, the Baltic[, and around the
  globe]"), leaving items joined by commas only, or a comma with nothing after it;
- a second clause loses everything after its subject ("the reserve fund will run dry in 2031 and
  the health fund [will do so in 2040]"), so the question asks about "run dry and the health fund";
- names listed with a comma and no conjunction stand as one subject ("Ostland, Vesk[, two small
  states,] will join").

Each mend reads the claim's own words: a list is closed with the conjunction the claim used
before its next item, and a clause is dropped only where the claim gives it its own verb.
"""

from __future__ import annotations

import re

# A list item the cut left last: a noun phrase of a few words, a name or a determiner's phrase.
_ITEM = re.compile(r"^(?:the\s+|a\s+|an\s+)?[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,5}$|^(?:the|a|an)\s+\S.*$")
# Where the second clause's subject ends and its verb begins ("the health fund (HF) will do so").
_OWN_VERB = (
    r"(?:\s*\([^)]*\))?(?:\s+(?!(?:who|which|that|whose|whom)\b)[\w'\u2019-]+){0,3}?\s+"
    r"(?:will|would|could|may|might|shall|should|can|is|are|was|were|has|have)\b"
)
# Names with commas between and no conjunction: "Ostland, Vesk", "Ostland, Vesk, Rhun".
_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
_NAMES = rf"(?P<names>{_NAME}(?:,\s+{_NAME})*),\s+(?P<last>{_NAME})"
# An apposition that counts what was listed: ", two small states", ", both members".
_COUNTED = r",\s+(?:both|two|three|four|five|six|\d+)\b"
# "and the X" at which a second clause may start: a determiner opens its subject.
_CLAUSE_AND = re.compile(r"\s+and\s+(?=(?:the|a|an|its|their|his|her)\s+\S)")


def close_cut_list(phrase: str, quote: str) -> str:
    """``phrase`` with a list cut before its last item closed, where the claim (``quote``) goes on
    with a conjunction after the item the cut left last: "meet with A, B, C," -> "meet with A, B,
    and C" (the claim: "A, B, C, and also with D"); "in Europe, Asia" -> "in Europe and Asia" (the
    claim: "in Europe, Asia, and around the globe"). A comma left at the end goes whatever follows."""
    text = phrase.rstrip()
    closed = text.rstrip(" ,")
    head, comma, last = closed.rpartition(", ")
    if not comma or re.search(r"\b(?:and|or)$", head) or _ITEM.match(last) is None:
        return closed if text != closed else phrase
    followed = re.search(re.escape(last) + r",?\s+(?P<conjunction>and|or)\b", quote)
    if followed is None:
        return closed if text != closed else phrase
    conjunction = followed.group("conjunction")
    # Three items or more keep the serial comma the claim wrote; two are joined plainly.
    joiner = f", {conjunction} " if ", " in head else f" {conjunction} "
    return f"{head}{joiner}{last}"


def cut_second_clause(phrase: str, quote: str) -> str:
    """``phrase`` without a second clause whose verb the cut dropped: "run dry and the health
    fund" -> "run dry", where the claim goes on "and the health fund (HF) will do so ...". The
    phrase ends inside that clause's subject, so the question would ask about a noun with no
    verb; "meet the president and the prime minister" (the claim going on with no verb of its own
    after them) is one list and stays."""
    for m in _CLAUSE_AND.finditer(phrase):
        if m.start() < 3:
            continue
        tail = phrase[m.end() :].strip()
        if tail and re.search(re.escape(tail) + _OWN_VERB, quote):
            return phrase[: m.start()].rstrip(" ,")
    return phrase


def join_listed_names(subject: str, quote: str) -> str:
    """A subject of names with only commas between them ("Ostland, Vesk") as a list ("Ostland and
    Vesk"), where the claim (``quote``) counts them in an apposition after the last ("Ostland, Vesk,
    two small states, will ..."): the cut dropped the apposition with the comma that closed the
    list. A place and its country ("Lyon, France") are counted by no such apposition and stay."""
    m = re.fullmatch(_NAMES + rf"(?P<apposition>{_COUNTED}.*)?", subject.strip())
    if m is None:
        return subject
    # "Putin, Xi, Abe, Battulga, and Lee Nak-yeon will take part": the cut dropped the list's last
    # name with its "and"; the claim has it.
    closing = re.search(
        re.escape(subject.strip())
        + r",?\s+(?P<c>and|or)\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
        r"(?=\s+(?:will|would|shall|could|may|might|are|is|plan|plans|intend|intends|expect|expects)\b)",
        quote,
    )
    if closing is not None:
        return f"{subject.strip()}, {closing.group('c')} {closing.group('name')}"
    listed = subject.strip()[: m.start("apposition")] if m.group("apposition") else subject.strip()
    if re.search(re.escape(listed) + _COUNTED, quote) is None:
        return subject
    return f"{m.group('names')} and {m.group('last')}"
