"""A question that names no one and nowhere: "Will the company operate 2,500 stations?".

A stranger reading "Will any conflicts happen", "Will the agency publish a notice" or "Will oil
prices continue to rise" cannot tell whose company, which agency, which benchmark: the article
said it, the question lost it. A question with no name in it at all (no capitalised word: a
person, a country, an organisation, a place, a programme, or its adjective, "Russian"; or the
world, or a country group with published figures, "growth in developing economies") is listed
for a person to word, not drafted. A name anywhere will do ("across Russia"); whether it is the
right one is for the reader.

When the check was written (the twenty-first round), such questions among the drafts readers had
scored were publishable 3 times in 33 on articles the drafting was not built from (sets h to r of
``bench/drafting_holdout``), and 5 times in 8 on the labelled articles it was built from.

A name elsewhere in the question does not make up for a subject that is a definite description
with none ("Will the contractor dredge ... from the Saginaw River", "Will the leaders take part in
..."): the article said which contractor, the question lost it. Such a subject is listed too. When
that check was written (the twenty-fourth round), readers had found such drafts publishable 0
times in 9 on sets g to u, and once in 2 on the labelled articles ("the federal funds rate", a
scope). A currency ("the dollar") names one thing.

The speaker's own words for themselves left in the question ("wean ourselves from foreign oil",
"return our economy to ...", "my government") say who only to those who heard the speaker: readers
had rewritten all 12 such drafts they read when that check was written (the twenty-seventh round).
"""

from __future__ import annotations

import re

# Capitalised ("Russia", "Russian", "the Fed") or in capitals ("NOVATEK"). The question's own
# "Will" is not read: only the subject and the verb phrase are. A month or a weekday says when,
# not who or where ("a June cut"), "I" is whoever speaks, and a quantifier that opened the
# sentence is capitalised by its place ("Most economists").
_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w.'’&-]*")
_NOT_NAMES = frozenset(
    """January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday I I'll I’ll I'm I’m Most Some Many Any All Both Each
    Several Few No Other Such Every Much More""".split()
)


# Lowercase words that still say where: the whole world, and the country groups the IMF and the
# World Bank publish figures for ("growth in developing economies"), and the one policy rate
# named in lowercase.
_SCOPES = re.compile(
    r"\b(?:global|globally|world|worldwide|(?:developing|emerging|advanced|low-income|middle-income|high-income)"
    r"(?:\s+and\s+\w+)?\s+(?:economies|countries|markets)|federal\s+funds\s+rate)\b",
    re.IGNORECASE,
)


# "The dollar", "the euro": one thing wherever the article is from.
_CURRENCIES = re.compile(
    r"\b(?:dollar|euro|pound|sterling|yen|yuan|renminbi|rouble|ruble|rupee|franc|won|lira|peso|real|rand)s?$",
    re.IGNORECASE,
)
# The words that make a subject a description of something the article named before.
_DEFINITE = re.compile(r"^(?:the|this|that|these|those|their|its|our|his|her|my|your)\s", re.IGNORECASE)


def _names_someone(words: str) -> bool:
    return any(name.group(0).rstrip(".") not in _NOT_NAMES for name in _NAME_WORD.finditer(words))


# Relations with no one named on the other side ("Colleagues, you will discuss ...", "friends"): the
# speaker's addressees, whom only the room knows.
_RELATION_ALONE = re.compile(
    r"(?i)^(?:(?:my|our|dear)\s+)?(?:colleagues|friends|partners|counterparts|guests|participants|"
    r"ladies\s+and\s+gentlemen)$"
)


# "the previous President", "the next government": an office named by when it is held, not by who.
_OFFICE_BY_TIME = re.compile(
    r"(?i)^the\s+(?:previous|former|last|next|new|future|incoming|outgoing|late|then)\s+(?:\w+\s+)?"
    r"(?:President|Prime\s+Minister|Chancellor|Secretary|Governor|Administration|Government|Minister|Speaker|Leader)$"
)


def find_anonymous_subject(subject: str) -> str | None:
    """Why a definite ``subject`` ("the contractor", "their results", "the previous President") or a
    bare relation ("colleagues") does not say which, or None: it names no one, no scope and no currency."""
    subject = subject.strip()
    if _RELATION_ALONE.match(subject) or _OFFICE_BY_TIME.match(subject):
        return f"unresolved reference: the subject {subject!r} names no one; a stranger cannot tell which"
    definite = _DEFINITE.match(subject)
    # The determiner is capitalised by its place at the start ("This pillar"), not a name.
    if (
        definite is None
        or _names_someone(subject[definite.end() :])
        or _SCOPES.search(subject)
        or _CURRENCIES.search(subject)
    ):
        return None
    return f"unresolved reference: the subject {subject!r} names no one; a stranger cannot tell which"


# "I" only beside another ("Prince Philip and I"): alone it may be a numeral ("World War I").
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves|[Mm]y|[Mm]e|[Mm]yself)\b|\band I\b|\bI and\b")


def find_first_person(subject: str, phrase: str) -> str | None:
    """Why a question that still says "we", "our", "ourselves" or "my" does not say who, or None."""
    found = _FIRST_PERSON.search(f"{subject} {phrase}")
    if found is None:
        return None
    return f"unresolved reference: {found.group(0)!r} in the question is the speaker's; a stranger cannot tell who"


def find_anonymous_question(subject: str, phrase: str) -> str | None:
    """Why "<subject> <phrase>" names no one and nowhere, or None when it names someone."""
    words = f"{subject} {phrase}".strip()
    if not words or _SCOPES.search(words) is not None:
        return None
    if _names_someone(words):
        return None
    shown = " ".join(words.split()[:8]) + (" ..." if len(words.split()) > 8 else "")
    return f"unresolved reference: {shown!r} names no one and nowhere; a stranger cannot tell whose or where"


# "People around the world will say ...", "Many people will ...", "critics will ...": no one in
# particular, whatever the phrase after; "the people of Crimea" are someone.
_GENERIC_SUBJECT = re.compile(
    r"(?i)^(?:(?:many|some|most|all|other|ordinary)\s+)?(?:people|everyone|everybody|nobody|no\s+one|someone|"
    r"somebody|others|critics|observers|experts|analysts|commentators|skeptics|sceptics)\b"
    r"(?!\s+(?:of|in|from)\s+(?:the\s+)?[A-Z])"
)


def find_generic_subject(subject: str) -> str | None:
    """Why a subject that is no one in particular ("people around the world", "critics") makes no
    question, or None."""
    if _GENERIC_SUBJECT.match(subject.strip()) is None:
        return None
    return f"a generic subject: {subject.strip()!r} is no one in particular; nothing they all do can be checked"


# "a corresponding law", "the relevant agreement", "the respective decrees": a thing the text named
# elsewhere ("the law letting defence holdings apply for licences"), pointed at by a word that only
# says it fits; a stranger cannot tell which.
_POINTED_THING = re.compile(
    r"(?i)\b(?:a|an|the)\s+(?:corresponding|relevant|respective|appropriate|aforementioned|said|requisite|"
    r"above-mentioned|abovementioned)\s+(?P<noun>[a-z][\w-]*)"
)


def find_pointed_thing(subject: str, phrase: str) -> str | None:
    """Why a question whose subject or object is "a corresponding law" or "the relevant agreement"
    does not say which, or None."""
    found = _POINTED_THING.search(subject) or _POINTED_THING.search(phrase)
    if found is None:
        return None
    return f"unresolved reference: {found.group(0)!r} points to something the text named elsewhere; name it"


# "submit it for consideration", "hold it jointly with partners": the verb's object a pronoun the
# drafting did not resolve; a stranger cannot tell what is submitted or held. ("Make it clear" is an
# idiom; "it is" opens a clause.)
_PRONOUN_OBJECT = re.compile(
    r"^(?!make\b)(?P<verb>[a-z]+)\s+(?P<pronoun>it|them|this|that|these|those)"
    # Only where the object ends: "ensure that the UK spends" opens a clause.
    r"(?=\s*$|\s+(?:for|to|with|in|on|at|by|from|into|over|under|before|after|until|together|jointly|again|soon|"
    r"later|back|[a-z]+ly)\b)"
)


def find_pronoun_object(phrase: str) -> str | None:
    """Why a question whose verb's object is a pronoun left as written ("submit it") does not say
    what, or None."""
    found = _PRONOUN_OBJECT.match(phrase.strip())
    if found is None:
        return None
    return f"unresolved reference: {found.group(0)!r} does not say what {found.group('pronoun')!r} is; name it"


def judge_names(subject: str, phrase: str) -> str | None:
    """Why the question "<subject> <phrase>" does not say who or where, or None: it names no one
    and nowhere (``find_anonymous_question``), its subject is a description that names no one
    (``find_anonymous_subject``) or no one in particular (``find_generic_subject``), it still
    speaks as the speaker (``find_first_person``), it points at a thing named elsewhere ("a
    corresponding law", ``find_pointed_thing``), or its verb's object is a pronoun left as written
    ("submit it", ``find_pronoun_object``)."""
    return (
        find_anonymous_question(subject, phrase)
        or find_anonymous_subject(subject)
        or find_generic_subject(subject)
        or find_first_person(subject, phrase)
        or find_pointed_thing(subject, phrase)
        or find_pronoun_object(phrase)
    )
