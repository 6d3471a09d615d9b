"""Demonstratives: what "these rivals", "this line" or "the project" stands for in the article.

A question a stranger reads cannot say "these rivals": the article named them a sentence or a
paragraph before. Two rules, each from the article alone:

- a list of names written in the same sentence as the noun ("Norway, Chile and Peru remain the
  main rivals") or introduced by it ("alternatives such as money market funds and the deposit
  window") is what "these <noun>" stands for;
- else the fullest earlier mention of the same head noun, singular or plural, with the words the
  article put between a determiner and it and a named place after it ("the third tram line to
  Westfield"); "the <noun>" takes it only when it holds a name ("the project" = "the Baltic
  salmon hatchery project in Tromso").

A definite description of more words ("the first line", "the stores", "the March 3 deadline")
takes the one fuller form the article wrote before: the same words with an "of"/"for" complement
holding a name ("the first line of the Vesta plant in Ruse") or names before the noun ("the Bricko
and Tesma stores"); an event's part ("the deadline", "the outcome") takes the event only from its
own or the previous sentence, since far away it may be another event's. Two different fuller
forms ("the Harbor bridge", "the Ferris bridge") are a person's call, never a guess.

A name written after the head ("Unit 2 of the Korvi station", "the field Ostrava") is a fuller form
too. A description set beside one person's name ("Ivo Marek, Ostland's chief nuclear negotiator,")
is that person; "there" after a past participle ("held there") is the one place the same or the previous sentence
named ("met in Ruse"); bare "talks" or "clashes" take the two parties the same or the previous
sentence gave them ("talks between Ostland and Varnia"); "the so-called dispute" takes the one named
form written before; a bare plural act noun as the subject ("Cyberattacks will shut down ...") takes
the one side whose forces or weapons its paragraph names ("Russian missiles will drop"). "The leaders" or "the heads of state" are the one list of persons' names the previous
sentence gave ("Ivo Marek and Lena Varga will discuss ... The heads of state will also meet ...").
Two candidates for any of these leave the words as written.

When neither is found the caller leaves the claim for a person to rephrase: a question about
"these rivals" is not publishable, and guessing the wrong group is worse than saying so.
"""

from __future__ import annotations

import re

from forecasts.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from forecasts.extract.full_names import OTHER_OFFICE_RANKS
from forecasts.extract.gazetteer import actor_named
from forecasts.extract.participles import IRREGULAR_PARTICIPLES
from forecasts.extract.possessives import possessive

_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
# "Norway, Chile and Peru", "Russia and China": two or more names, the last after "and".
_NAME_LIST = re.compile(rf"(?<![\w-])(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})")
_EXAMPLES = (
    r"(?:such\s+as|including|like|namely)\s+(?P<list>[^,.;:()]{2,60}(?:,\s+[^,.;:()]{2,60})*,?\s+and\s+[^,.;:()]{2,60})"
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
# Words that open a noun phrase or end one before it starts: not part of the mention.
_NOT_MODIFIERS = frozenset(
    "the a an these those this that some many most all none each any several few both half of to in on at for "
    "with by from and or but we they you it is are was were will would can could may might be been being have "
    "has had do does did not no our their his her its my your us them as such more very even".split()
)
_DETERMINERS = frozenset("the a an its their his her".split())
# A capitalised word or an initialism with its full stops ("H.R.", "U.S."), and a bill's number
# after an initialism ("provisions in H.R. 1").
_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'\u2019-]*)"
_PLACE_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}|(?<=\.)\s+\d+\b){{0,3}}"
# "the partnership in April": a date, not where the thing is.
_AFTER = re.compile(
    rf"^\s+(?P<post>(?:to|in|at|from|of|for|between)\s+(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b)"
    rf"(?:the\s+)?{_PLACE_NAME})(?![\w'\u2019-])"
)


def _forms(noun: str) -> str:
    """A pattern for the noun in the singular or the plural: "line"/"lines", "boost"/"boosts"."""
    stem = noun.lower()
    for plural, singular in (("ies", "y"), ("ses", "s"), ("es", "e"), ("s", "")):
        if stem.endswith(plural) and len(stem) > len(plural) + 2:
            stem = stem[: -len(plural)] + singular
            break
    return rf"{re.escape(stem)}(?:s|es)?" if not stem.endswith("y") else rf"{re.escape(stem[:-1])}(?:y|ies)"


_CALENDAR_LIST = re.compile(
    rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})(?:(?:,\s+|,?\s+and\s+)(?:{MONTH_NAMES}|{WEEKDAY_NAMES}))+"
)


def listed_names(noun: str, body: str, before: int) -> str | None:
    """The last list of names written in one sentence with ``noun`` before ``before``: what
    "these rivals" are when the article said "Norway, Chile and Peru remain the main rivals"."""
    window = body[max(0, before - 1500) : before]
    head = re.compile(rf"\b{_forms(noun)}\b", re.IGNORECASE)
    found = None
    for sentence in _SENTENCE.finditer(window):
        text = sentence.group(0)
        if not head.search(text):
            continue
        if re.search(rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,3}}{_forms(noun)}\b", text, re.IGNORECASE):
            continue  # "Ostland and Varnia expanded their partnership": the names own it, they are not it
        names = [m.group("list") for m in _NAME_LIST.finditer(text)]
        # "alternatives such as money market funds and the reverse repo facility": the list the noun introduced.
        names += [m.group("list") for m in re.finditer(rf"\b{_forms(noun)},?\s+{_EXAMPLES}", text, re.IGNORECASE)]
        # A list that opens the sentence starts with a capital that is only the sentence's.
        names = [n for n in names if not re.match(r"(?:The|These|Those|This|That|In|On|At)\s", n)]
        names = [n for n in names if not re.search(r"\bI$", n)]  # "Mr Zelensky and I": the speaker, not a group
        # "in June and November": dates, not the things named.
        names = [n for n in names if not _CALENDAR_LIST.fullmatch(n.rstrip(".,;:"))]
        if names:
            found = max(names, key=len)
    return found


# "a violent event that Ostland will blame on Varnia": the relative clause an indefinite mention is
# introduced with is what picks out the thing; a clause of the speaker's ("that we saw") or one that
# only says what the thing is ("that is ...") picks out nothing a stranger can check.
_DEFINING_CLAUSE = re.compile(
    r"^\s+(?:that|which)\s+(?!(?:we|i|you|is|are|was|were|it)\b)(?P<clause>[^,.;:!?()\u2013\u2014]{3,80}?)(?=\s*[,.;:!?()\u2013\u2014])"
)


# "designated the dam a national priority project", "named the site a protected area": the
# indefinite noun phrase after a naming verb's object is a label given to the thing, not a mention that
# tells a stranger which thing it is.
_LABEL_GIVEN = re.compile(
    r"\b(?:designat|declar|nam|call|label|deem|dub|term|classif)[a-z]*\s+"
    r"(?!(?:for|on|upon|off|in|out|up|to|at|with|it|them)\b)(?:[\w'\u2019-]+\s+){1,4}?an?\s+(?:[\w'\u2019-]+\s+){0,4}$",
    re.IGNORECASE,
)


# Words that end a noun phrase from outside it: a verb's helper or a modal ("quotas for Varnian
# grain should ...").
_AUXILIARIES = frozenset(
    "will would can could may might should must shall is are was were has have had do does did".split()
)


def _named_modifier_head(post: str, after: str) -> str:
    """ "for Varnian" followed by "grain should": the name modifies the noun after it, so the
    complement is "for Varnian grain" when a helper or a modal follows that noun; else ``post`` as
    it is ("of Vesta produces fertiliser": the word after the name may be a verb)."""
    noun = re.match(r"\s+(?P<noun>[a-z][a-z-]+)\s+(?P<next>[a-z]+)\b", after)
    if noun is None:
        return post
    word = noun.group("noun")
    if word in _NOT_MODIFIERS or word in _AUXILIARIES or re.search(r"(?:ly|ed|ing)$", word):
        return post
    if noun.group("next") in _AUXILIARIES:
        return f"{post} {word}"  # a verb is never followed by a helper: "grain should", not "grows should"
    return post  # "of Vesta produces fertiliser": the word after the name may be a verb


def fullest_mention(
    noun: str, body: str, before: int, defining_clause: bool = False, same_number: bool = False
) -> tuple[str, bool] | None:
    """The earlier mention of ``noun`` (singular or plural) with the most words between a determiner
    and it, and a named place after it when written ("the third tram line to Westfield"), with "the";
    and whether it holds a name (a capitalised word). None when no mention has a word before its noun
    or a place after it. With ``defining_clause``, a mention introduced by "a"/"an" keeps the relative
    clause it was introduced with ("the violent event that Ostland will blame on Varnia"). With
    ``same_number``, only mentions of the noun as written count: "this plant" is not "our
    plants in Varnia"."""
    best: tuple[tuple[int, int], str, bool] | None = None
    for m in re.finditer(rf"\b{_forms(noun)}\b", body[:before], re.IGNORECASE):
        words = body[max(0, m.start() - 80) : m.start()].split()
        modifiers: list[str] = []
        opened = False
        indefinite = False
        owner = None
        for word in reversed(words[-5:]):
            if word.lower() in _DETERMINERS or re.fullmatch(r"[A-Z][\w.-]*['\u2019]s", word):
                opened = True  # "the", "a", "Novatek's": the mention starts here
                indefinite = word.lower() in ("a", "an")
                if word.lower() in ("its", "their"):
                    owner = _clause_owner(body[max(0, m.start() - 200) : m.start()])
                break
            # "an Advanced Manufacturing project": a name's word may end in -ing; a lower-case one is a verb's.
            gerund = re.search(r"(?:ing|ly)$", word) is not None and not word[:1].isupper()
            if word.lower() in _NOT_MODIFIERS or re.search(r"[^\w'-]", word) or gerund:
                break
            modifiers.insert(0, word)
        if same_number and m.group(0).lower() != noun.lower():
            continue
        prefix = re.split(r"[.!?]\s", body[max(0, m.start() - 160) : m.start()])[-1]
        if indefinite and _LABEL_GIVEN.search(prefix):
            continue  # a label given to the thing, not a mention of it
        if not opened or (modifiers and modifiers[0][:1].isdigit()):
            modifiers = []  # "is also extraordinary support", "two million CPP": no mention of the thing
        post = _AFTER.match(body[m.end() : before])
        post_text = post.group("post") if post else None
        if post is not None and re.match(r"(?:of|for)\s", post.group("post")):
            post_text = _named_modifier_head(post.group("post"), body[m.end() + post.end() : before])
        if not modifiers and not post_text:
            continue
        if m.group(0)[:1].isupper() and not all(w[:1].isupper() for w in modifiers):
            continue  # "informs BEA": a name's words are all capitalised
        mention = " ".join([*modifiers, m.group(0)] + ([post_text] if post_text else []))
        if owner is not None and modifiers:
            # "Russia and Iran have expanded their strategic partnership": whose it is, by name.
            mention = f"{possessive(owner)} {mention}"
        clause = (
            _DEFINING_CLAUSE.match(body[m.end() : before]) if defining_clause and indefinite and not post_text else None
        )
        if clause is not None:
            mention = f"{mention} that {clause.group('clause').strip()}"
        named = any(w[:1].isupper() for w in mention.split())
        key = (len(modifiers) + (2 if post_text else 0), m.start())
        if best is None or key > best[0]:
            best = (key, mention, named)
    if best is None:
        return None
    owned = re.match(rf"{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*['\u2019]s?\s", best[1]) is not None
    return (best[1] if owned else "the " + best[1]), best[2]


_OPENING_WORDS = (
    r"(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|My|Your|In|On|At|For|By|With|From|As|If|When|"
    r"While|But|And|Some|Many|Most|All|Both|Each|Every|It|They|We|He|She|There|Here|After|Before|Since|Although)"
)
# "Russia and Iran have expanded their ...": the names that open the clause and the verb after them.
_CLAUSE_OWNER = re.compile(
    rf"(?:^|[.!?]\s+|\n)[\W_]*(?!{_OPENING_WORDS}\b)(?P<owner>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)\s+"
    r"(?:(?:have|has|had|will|would|could|can|may|might|are|is|were|was)\s+)?(?:[a-z]+ly\s+)?[a-z]+[^.!?]*$"
)


def _clause_owner(before: str) -> str | None:
    """Who "their"/"its" is at the end of ``before``: the names that open its sentence as the
    subject ("Russia and Iran have expanded their ..."), or None when the sentence opens otherwise."""
    m = _CLAUSE_OWNER.search(before)
    return m.group("owner") if m else None


def _nearest_mention(noun: str, body: str, before: int) -> str | None:
    """The last mention of ``noun`` as written in the same or the previous sentence before
    ``before``, with the words written before it that set it apart ("the fourth line", "the
    cyber actors"), or None when there is none or no word sets it apart."""
    start = _sentence_starts(body, before)
    last = None
    for m in re.finditer(rf"\b{re.escape(noun)}\b", body[start:before], re.IGNORECASE):
        # Only the words of the mention's own sentence: one opening it is capitalised as the sentence's.
        prefix = re.split(r"[.!?]\s+", body[start : start + m.start()])[-1]
        if not _LABEL_GIVEN.search(prefix):  # "designated the dam a priority project": a label, no mention
            last, own = m, prefix
    if last is None:
        return None
    modifiers: list[str] = []
    for word in reversed(own.split()[-4:]):
        if word.lower() in _NOT_MODIFIERS or re.search(r"[^\w'-]", word) or re.search(r"(?:ing|ly)$", word):
            break
        modifiers.insert(0, word)
    if modifiers and modifiers == own.split()[: len(modifiers)] and not all(w[:1].isupper() for w in modifiers):
        modifiers = modifiers[1:]  # "Meanwhile petty burglars": the opener is no part of the mention
    if not modifiers or modifiers[0][:1].isdigit():
        return None
    return " ".join(["the", *modifiers, last.group(0)])


def demonstrative_antecedent(phrase: str, body: str, before: int) -> str | None:
    """What "these rivals" or "this line" stands for (``listed_names``, else ``fullest_mention``),
    or None when the article gives nothing safe to put in its place.

    "This" and "these" point back to the nearest mention: when the sentence or the one before
    mentions the noun with words the fullest mention does not have ("construction of the fourth
    line is underway, and this line ..." after "the first production line at the Lyra plant"), the
    two are different things, and the nearest is the one meant."""
    noun = phrase.split()[-1]
    listed = listed_names(noun, body, before)
    if listed:
        return listed
    fullest = (fullest_mention(noun, body, before, defining_clause=True, same_number=True) or (None, False))[0]
    nearest = _nearest_mention(noun, body, before)
    if fullest is None and nearest is None:
        return side_of_forces(noun, body, before)
    if fullest is None or nearest is None:
        return fullest
    fullest_words = {w.lower() for w in fullest.split()}
    if all(w.lower() in fullest_words for w in nearest.split()[1:]):
        return fullest
    return nearest


_DEMONSTRATIVE = re.compile(r"^(?P<det>the|this|that|these|those)\s+(?P<noun>[a-z][a-z-]+)$", re.IGNORECASE)
# "this year", "these days": time, not a thing the article described.
_CLAUSE_WORDS = frozenset("i he she there here what when where which who how if so also only just even still".split())
_TIME_NOUNS = frozenset("year years month months week weeks day days time times decade decades century".split())


def _demonstrative(text: str) -> re.Match[str] | None:
    """ "these rivals" taken apart, or None for time ("this year") and for "that" before a clause
    ("that we", "that is"): a conjunction, not a demonstrative."""
    m = _DEMONSTRATIVE.match(text.strip())
    if m is None:
        return None
    noun = m.group("noun").lower()
    if noun in _TIME_NOUNS or noun in _NOT_MODIFIERS or noun in _CLAUSE_WORDS or re.search(r"(?:ed|ly)$", noun):
        return None
    return m


# Words for one undertaking an article may use in turn: "an Advanced Automation project ... The
# initiative will ..." is the same undertaking, the second word standing in for the first.
_UNDERTAKINGS = frozenset("initiative project programme program scheme venture undertaking".split())


def _undertaking_named_before(noun: str, body: str, before: int) -> str | None:
    """ "the Advanced Automation Manufacturing project": the one undertaking the paragraph up to
    ``before`` names under another of its words, when ``noun`` is a word for an undertaking and
    exactly one other such word has a named mention there; else None."""
    if noun not in _UNDERTAKINGS:
        return None
    start = body.rfind("\n\n", 0, before) + 1
    named = [
        mention[0]
        for other in sorted(_UNDERTAKINGS - {noun})
        if (mention := fullest_mention(other, body[start:], before - start)) is not None and mention[1]
    ]
    return named[0] if len(named) == 1 else None


def stood_for(subject: str, body: str, before: int) -> str | None:
    """What the whole subject "these rivals", "this line" or "the project" stands for, or None.

    A demonstrative takes ``demonstrative_antecedent``; "the <noun>" only a fuller mention that
    holds a name ("the Baltic salmon hatchery project in Tromso"), since "the economy" after "the
    world economy" may be another one. "The initiative", "the project" (``_UNDERTAKINGS``) is the
    undertaking the article described, named or not ("a bridge project across the river"), or the
    one its paragraph named under another word ("an Advanced Automation project ... The initiative").
    """
    m = _demonstrative(subject)
    if m is None:
        return None
    if m.group("det").lower() != "the":
        return demonstrative_antecedent(subject, body, before)
    noun = m.group("noun").lower()
    mention = fullest_mention(m.group("noun"), body, before)
    if mention is not None and (mention[1] or noun in _UNDERTAKINGS):
        return mention[0]
    return _undertaking_named_before(noun, body, before)


def is_unresolved_demonstrative(subject: str) -> bool:
    """The subject is still "these rivals", "this line" or "the initiative": nothing in the article
    to put in its place (an undertaking is some body's, and a stranger cannot tell whose)."""
    m = _demonstrative(subject)
    return m is not None and (m.group("det").lower() != "the" or m.group("noun").lower() in _UNDERTAKINGS)


# "the first line", "the second phase": one of a series of parts of something the words do not name.
_ORDINAL_PART = re.compile(
    r"^[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:[a-z-]+\s+)?(?:line|unit|train|phase|stage|block|section|tranche|reactor|module)s?$"
)


def is_unowned_part(subject: str) -> bool:
    """The subject is still "the first line" or "the second phase": a part numbered within a whole
    (a plant, a project) that neither it nor the article's fuller mentions name, so a stranger
    cannot tell whose part the question asks about."""
    return _ORDINAL_PART.match(subject.strip()) is not None


# "the deadline", "the outcome": an event's part, told by the event the article attaches it to
# ("the March 3 deadline for regional elections"); written far away, that may be another event.
_EVENT_PART_NOUNS = frozenset("deadline deadlines outcome outcomes result results vote votes ballot runoff".split())
_DESCRIPTION = re.compile(
    r"^the\s+(?P<mods>(?:[\w'\u2019.-]+\s+){0,3}?)(?P<head>[A-Za-z][a-z-]+)$",
    re.IGNORECASE,
)
# "the plant of Vesta last week": when, not which.
_TIME_WORDS = frozenset("last next ago yesterday today tomorrow tonight earlier later soon".split()) | _TIME_NOUNS
_WORD = re.compile(r"\s*([^\s]+)")


def _complement(after: str) -> str | None:
    """ "of the Vesta fertiliser plant in Ruse", "for regional elections": the "of"/"for" phrase
    that opens ``after``, up to the first word that cannot be in a noun phrase (a verb's helper,
    a clause word, punctuation), with one "in <Name>" after it; None when there is none."""
    words: list[str] = []
    position = 0
    while len(words) < 8:
        m = _WORD.match(after, position)
        if m is None:
            break
        word = m.group(1)
        bare = word.rstrip(".,;:!?)\"'\u201d")
        first = not words
        if first and bare.lower() not in ("of", "for"):
            return None
        if not first and not bare:
            break
        lowered = bare.lower()
        opener = len(words) == 1 and lowered in ("the", "a", "an") or re.fullmatch(r"[A-Z][\w.-]*['\u2019]s", bare)
        in_name = (
            len(words) >= 2
            and lowered in ("in", "of")
            and re.match(r"\s+[A-Z]", after[m.end() :]) is not None
            # "in March": when, not where
            and re.match(rf"\s+(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b", after[m.end() :]) is None
            and not any(w.lower() == "in" for w in words[1:])
        )
        named_tail = any(w.lower() == "in" for w in words[1:]) or (len(words) > 2 and words[-1].lower() == "of")
        if named_tail and not bare[:1].isupper():
            break  # "in Ruse last week": the place is a name, and ends with it
        if not first and not opener and not in_name:
            if (
                lowered in _TIME_WORDS
                or lowered in _NOT_MODIFIERS
                or re.search(r"[^\w'\u2019-]", bare)
                or re.search(r"(?:ing|ly|ed)$", lowered)
            ):
                break
            if lowered in (*MONTH_NAMES.split("|"), *WEEKDAY_NAMES.split("|")):
                break
        words.append(bare)
        position = m.end()
        if bare != word:
            break  # the phrase ends at its punctuation
    while words and words[-1].lower() in _NOT_MODIFIERS:
        words.pop()  # "for the": nothing after the determiner
    return " ".join(words) if len(words) >= 2 else None


# "Unit 2", "Line 3B": a number after the head names one of its kind.
# On one line: a name on the next line is a transcript's speaker or a heading, not the head's name.
_NAME_ENDS = r"(?=[ \t]*[,.;)]|[ \t]+(?:and|or|of|in|at|on|off|near|to|will|would|is|was|has|had)\b)"
# "Unit 2 of", not "the past 20 years": the number ends the name.
_NUMBER_AFTER = re.compile(rf"^[ \t]+\d{{1,3}}[A-Z]?{_NAME_ENDS}")
# "the field Ostrava, off the coast": a name after a lower-case head is its name only where the
# name phrase ends there; "the train Varga boarded" opens a clause whose subject is the name.
_NAME_AFTER = re.compile(
    rf"^[ \t]+(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b)[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){{0,2}}" + _NAME_ENDS
)


def _name_after(after: str, capitalised: bool, determined: bool) -> str | None:
    """The number or name the article wrote right after a head noun ("Unit 2", "the field Ostrava"),
    with its leading space, or None. A capitalised head takes a number only (a title-case heading
    runs on in capitals: "Election Draws Near"); a lower-case one a name only after "the" ("will
    first visit Morocco" is a verb and its object)."""
    m = _NUMBER_AFTER.match(after) or (_NAME_AFTER.match(after) if determined and not capitalised else None)
    return m.group(0) if m else None


def _sentence_starts(body: str, before: int) -> int:
    """Where the sentence before the one at ``before`` starts: the reach of an event part's event."""
    starts = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z\"'\u201c])", body[:before])]
    return starts[-2] if len(starts) >= 2 else 0


# Titles of office: named by the country before them ("the Sri Lankan president"), never by a list.
_OFFICE_HEADS = frozenset("president minister secretary chancellor premier governor king queen emir leader".split())


def _fuller_descriptions(subject: str, body: str, before: int, named_after_only: bool = False) -> list[str]:
    """The fuller forms the article gave "the <words> <head>" before ``before``: the same words with
    an "of"/"for" complement ("the first line of the Vesta plant"), or with names written before
    them ("the Bricko and Tesma shops", "the Harbor bridge"); nested forms kept once, the fullest."""
    m = _DESCRIPTION.match(subject.strip())
    if m is None:
        return []
    mods, head = m.group("mods"), m.group("head").lower()
    if head in _TIME_NOUNS or head in _NOT_MODIFIERS or head in _CLAUSE_WORDS or re.search(r"(?:ed|ly)$", head):
        return []
    event_part = head in _EVENT_PART_NOUNS
    start = _sentence_starts(body, before) if event_part else 0
    # The head as the subject wrote it, singular or plural: "the stores" is not "the store".
    written = rf"{re.escape(mods)}{re.escape(m.group('head'))}"
    names_before = re.compile(rf"(?:{_NAME}(?:,\s+|,?\s+and\s+))*{_NAME}\s+$")
    found: list[str] = []
    for mention in re.finditer(rf"(?<![\w-]){written}\b", body[start:before], re.IGNORECASE):
        at, end = start + mention.start(), start + mention.end()
        complement = _complement(body[end:before]) or ""
        if complement and not event_part and not re.search(r"\b[A-Z]", complement):
            complement = ""  # "the line of fire": only a named whole tells which one
        # "the Bricko and Tesma shops", "the Harbor bridge": names written before the bare head.
        named = None if mods or event_part else names_before.search(body[max(0, at - 80) : at])
        words = named.group(0).split() if named else []
        # A name ends at a sentence's end ("the SRF. The Desk"), an owner ("the Federal Reserve's
        # Treasury" is the Fed's) or a word that opens a phrase ("Easy Victory The CPP").
        for i in range(len(words) - 1, -1, -1):
            if (re.search(r"[.!?]$", words[i]) and not re.fullmatch(r"(?:[A-Z]\.)+", words[i])) or re.search(
                r"['\u2019]s?$", words[i]
            ):
                words = words[i + 1 :]
                break
            if words[i].lower() != "and" and (words[i].lower() in _NOT_MODIFIERS or words[i].lower() in _CLAUSE_WORDS):
                words = words[i + 1 :]
                break
        if words and words[0].lower() == "and":
            words = []
        if words and words[-1].lower() in OTHER_OFFICE_RANKS:
            continue  # "US Vice President Joe Biden" holds another office than "the president"
        if words and head in _OFFICE_HEADS and any(w.lower() == "and" or w.lower() in _OFFICE_HEADS for w in words):
            continue  # "between President Biden and Chinese President Xi": two people, not one office
        determined = re.search(r"\bthe\s+$", body[max(0, at - 5) : at], re.IGNORECASE) is not None
        capitalised = mention.group(0)[:1].isupper()
        called = None if mods or event_part or words else _name_after(body[end:before], capitalised, determined)
        if called:
            # "Unit 2 of the Korvi station", "the field Ostrava": the name the article wrote after the
            # head; a capitalised head is part of the name ("Unit 2"), so it takes no "the".
            opener = [] if mention.group(0)[:1].isupper() and at > 0 and body[at - 1] == " " else ["the"]
            tail = _complement(body[end + len(called) : before]) or ""
            tail = tail if re.search(r"\b[A-Z]", tail) else ""
            found.append(" ".join([*opener, mention.group(0), called.strip(), tail]).strip())
            continue
        if named_after_only or (not words and not complement):
            continue
        found.append(" ".join(["the", *words, mention.group(0), complement]).strip())
    fullest: list[str] = []
    for text in sorted(set(found), key=len, reverse=True):
        if not any(text.lower()[4:] in kept.lower() for kept in fullest):  # past the "the "
            fullest.append(text)
    return fullest


def described_more_fully(subject: str, body: str, before: int) -> str | None:
    """What "the first line", "the stores" or "the October 1 deadline" stands for: the one fuller
    form the article gave it before ``before`` ("the first line of the Vesta fertiliser plant in
    Ruse", "the Bricko and Tesma shops", "the October 1 deadline for regional elections"; an event
    part only from its own or the previous sentence), or None when it gave none or two."""
    fuller = _fuller_descriptions(subject, body, before)
    return fuller[0] if len(fuller) == 1 else None


def has_competing_descriptions(subject: str, body: str, before: int, title: str | None = None) -> bool:
    """The article gave "the bridge" two different fuller forms ("the Harbor bridge", "the Ferris
    bridge"): which one the claim means is a person's call, not a guess. One named in the
    ``title`` is what the article is about, and no competition."""
    fuller = _fuller_descriptions(subject, body, before)
    if title and any(text[4:].lower() in title.lower() for text in fuller):
        return False
    return len(fuller) > 1


_EVENT_PART_IN = re.compile(
    rf"\bthe\s+(?:(?:[\w'\u2019.-]+\s+){{0,3}}?)(?:{'|'.join(sorted(_EVENT_PART_NOUNS))})\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)


_SO_CALLED_IN = re.compile(r"(?<![\w-])the\s+so-called\s+(?P<head>[a-z][a-z-]+)\b(?!\s+(?:of|for)\b)")
# "at the field." or "the field by June": the bare noun ends its phrase ("the two women" does not).
_BARE_THE_IN = re.compile(
    r"(?<![\w-])the\s+(?P<head>[a-z][a-z-]+)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:in|at|on|by|to|from|with|and|or|before|after|until|will|would|is|are|was|were)\b)"
)


def described_parts(phrase: str, body: str, before: int) -> str:
    """ "challenge the outcome" -> "challenge the outcome of the presidential election" when the same
    or the previous sentence attached the outcome to its event; "anchored at the field" -> "anchored
    at the field Ostrava" when the article wrote one name after that head; "the so-called dispute" ->
    "the Korvi dispute", the one named form written before; else the phrase unchanged."""
    for m in list(_EVENT_PART_IN.finditer(phrase))[:1]:
        fuller = described_more_fully(m.group(0), body, before)
        if fuller:
            phrase = phrase[: m.start()] + fuller + phrase[m.end() :]
    for m in reversed(list(_SO_CALLED_IN.finditer(phrase))):
        # "the so-called dispute": the speaker's scare quotes around a thing the article named; the
        # named form ("the Korvi dispute") says which thing without the sneer.
        fuller_forms = [
            f for f in _fuller_descriptions("the " + m.group("head"), body, before) if re.search(r"[A-Z]", f)
        ]
        if len(fuller_forms) == 1:
            phrase = phrase[: m.start()] + fuller_forms[0] + phrase[m.end() :]
    for m in reversed(list(_BARE_THE_IN.finditer(phrase))):
        if m.group("head").lower() in _EVENT_PART_NOUNS:
            continue
        fuller_forms = _fuller_descriptions(m.group(0), body, before)
        named_after = _fuller_descriptions(m.group(0), body, before, named_after_only=True)
        # Only a name written after the head ("the field Ostrava", "Unit 2"): other fuller forms of a
        # noun inside a phrase are too often another thing of the same kind.
        if len(fuller_forms) == 1 and named_after == fuller_forms:
            phrase = phrase[: m.start()] + fuller_forms[0] + phrase[m.end() :]
    return phrase


# "Ivo Marek, Ostland's chief nuclear negotiator," and "Ostland's chief nuclear negotiator, Ivo
# Marek,": a description set beside a person's name in apposition is that person. The description
# opens with "the" or an owner ("Ostland's") and holds two or more lower-case words; the person's
# name is two or three capitalised words (one is as often a place: "Vienna, the capital").
_PERSON = r"[A-Z][\w'\u2019-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'\u2019-]+){1,2}"
_FUNCTION_WORDS = r"(?:and|or|who|which|that|in|on|at|of|for|to|with|from|by|was|is|are|were|will|would|has|had)"
_COMMON_WORD = rf"(?!{_FUNCTION_WORDS}\b)[a-z][\w-]*"
_DESCRIBED = (
    r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['\u2019]s\s+|the\s+)"
    rf"(?:{_COMMON_WORD}\s+){{1,4}}{_COMMON_WORD}"
)
_NAME_THEN_DESCRIPTION = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_PERSON}),\s+(?P<desc>{_DESCRIBED})(?=\s*[,.;)]|\s+(?:and|who)\b)"
)
_DESCRIPTION_THEN_NAME = re.compile(rf"(?<![\w'\u2019-])(?P<desc>{_DESCRIBED}),\s+(?P<name>{_PERSON}),")


def _description_key(description: str) -> str:
    """One spelling of a description for comparing: lower case, one apostrophe, single spaces."""
    return " ".join(description.replace("\u2019", "'").lower().split())


def named_by_apposition(text: str, body: str, before: int) -> str:
    """ "the detention of Ostland's chief nuclear negotiator" -> "the detention of Ivo Marek" when the
    article set that description beside one person's name before ``before`` ("Ivo Marek, Ostland's
    chief nuclear negotiator,"); a description set beside two names is left as written."""
    names: dict[str, set[str]] = {}
    earlier = body[:before]
    for pattern in (_NAME_THEN_DESCRIPTION, _DESCRIPTION_THEN_NAME):
        for m in pattern.finditer(earlier):
            name = m.group("name")
            if name.split()[0] in ("The", "A", "An", "This", "That", "These", "Those", "In", "On", "At"):
                continue  # "The Ostland minister": a sentence's first word, not a name
            names.setdefault(_description_key(m.group("desc")), set()).add(name)
    # The longest description first: "Ostland's chief nuclear negotiator" before "the negotiator".
    for description in sorted(names, key=len, reverse=True):
        if len(names[description]) != 1:
            continue
        (name,) = names[description]
        words = [re.escape(w).replace("'", "['\u2019]") for w in description.split()]
        pattern = re.compile(rf"(?<![\w'\u2019-]){r'\s+'.join(words)}(?![\w-])", re.IGNORECASE)
        if name not in text:
            text = pattern.sub(name.replace("\\", r"\\"), text, count=1)
    return text


# "held there", "stationed there": after a past participle "there" is where the act took place, the
# place named in the same or the previous sentence ("met in Ruse"). Elsewhere it is too often no
# place ("is there a risk", "the details are there") or the speaker's own ("here"), so it is left.
_THERE = re.compile(r"(?<![\w-])(?P<before>[a-z]+)\s+(?P<adverb>there)(?![\w'\u2019-])")
_PLACE_NAMED = re.compile(
    rf"(?<![\w-])(?P<prep>[Ii]n|[Aa]t)\s+(?P<the>the\s+)?(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b)"
    r"(?P<place>[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3})"
)


def placed(phrase: str, body: str, before: int) -> str:
    """ "be held there" -> "be held in Ruse" when the same sentence before ``before`` or the previous
    one named one place ("met in Ruse"), in or at a name that is no language or people ("in
    Russian"); two places, or one written as an owner ("in Ostland's
    capital"), leave the phrase as written."""
    m = _THERE.search(phrase)
    if m is None:
        return phrase
    participle = m.group("before").lower()
    if not (participle.endswith("ed") or participle in IRREGULAR_PARTICIPLES):
        return phrase
    places: set[str] = set()
    for named in _PLACE_NAMED.finditer(body[_sentence_starts(body, before) : before]):
        if re.search(r"(?:['\u2019]s?|ian|ese|ish)$", named.group("place")):
            return phrase  # "in Ostland's capital": the place is the capital, not the name
        places.add(
            " ".join(
                [
                    "in" if named.group("prep").lower() == "in" else "at",
                    (named.group("the") or "").strip(),
                    named.group("place"),
                ]
            ).replace("  ", " ")
        )
    if len(places) != 1:
        return phrase
    (place,) = places
    return phrase[: m.start("adverb")] + place + phrase[m.end("adverb") :]


# "protracted talks": talks between whom, from the same or the previous sentence ("talks between
# Ostland and the Varnian government stalled").
_PARTY_NOUNS = r"(?:negotiations?|talks|clashes|dialogue|fighting|hostilities|debates?)"
_BARE_PARTY_NOUN = re.compile(
    rf"(?<![\w-])(?P<noun>{_PARTY_NOUNS})(?![\w-])(?!\s+(?:between|with|among)\b)", re.IGNORECASE
)
_BETWEEN = re.compile(rf"(?<![\w-])(?P<noun>{_PARTY_NOUNS})\s+between\s+(?P<parties>[^.;:!?]+)", re.IGNORECASE)


def _parties(after: str) -> str | None:
    """ "Ostland and the Varnian government stalled in May" -> "Ostland and the Varnian government":
    two noun phrases joined by one "and", ending before a verb, a preposition or punctuation; one
    of them named."""
    words: list[str] = []
    for word in after.split():
        bare = word.rstrip(",)\"'\u201d")
        lowered = bare.lower()
        if lowered != "and" and not bare[:1].isupper():
            if lowered not in ("the", "a", "an") and (
                lowered in _NOT_MODIFIERS or lowered in _TIME_WORDS or re.search(r"(?:ed|ing|ly)$", lowered)
            ):
                break
        words.append(bare)
        if bare != word:
            break
    while words and words[-1].lower() in ("the", "a", "an", "and"):
        words.pop()
    if [w.lower() for w in words].count("and") != 1 or words[0].lower() == "and":
        return None
    if not any(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def with_parties(text: str, body: str, before: int) -> str:
    """ "protracted talks could fail" -> "protracted talks between Ostland and the Varnian government
    could fail" when the same or the previous sentence named the talks' two parties once; else the
    text unchanged."""
    m = _BARE_PARTY_NOUN.search(text)
    if m is None:
        return text
    noun = re.compile(rf"(?i){_forms(m.group('noun'))}$")
    found = {
        parties
        for between in _BETWEEN.finditer(body[_sentence_starts(body, before) : before])
        if noun.match(between.group("noun")) and (parties := _parties(between.group("parties")))
    }
    if len(found) != 1:
        return text
    return text[: m.end()] + " between " + found.pop() + text[m.end() :]


# "Cyberattacks will shut down key ministries": an act has an actor. A bare plural act noun as the
# whole subject, in a paragraph that gives one side's forces or weapons by their adjective of
# nationality ("Russian missiles and bombs will drop"), is that side's act; two sides, none.
_BARE_ACT_NOUN = re.compile(
    r"^(?P<noun>(?:cyber-?)?attacks|cyberattacks|air\s?strikes|strikes|raids|bombings|incursions|assaults|"
    r"offensives|invasions)$",
    re.IGNORECASE,
)
_SIDE_ADJECTIVE = re.compile(
    r"(?<![\w-])(?P<adjective>[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an|i))\s+"
    r"(?:missiles?|rockets?|bombs?|troops|forces|soldiers|tanks|jets|aircraft|warplanes|drones|artillery|"
    r"strikes?|attacks?|hackers|army|navy|units?)\b"
)


def with_actor(subject: str, body: str, before: int) -> str:
    """ "Cyberattacks" -> "Russian cyberattacks" when the paragraph before ``before`` gives one
    side's forces or weapons ("Russian missiles will drop"); else the subject unchanged."""
    m = _BARE_ACT_NOUN.match(subject.strip())
    if m is None:
        return subject
    paragraph = body[body.rfind("\n\n", 0, before) + 1 : before]
    sides = {found.group("adjective") for found in _SIDE_ADJECTIVE.finditer(paragraph)}
    if len(sides) != 1:
        return subject
    return f"{sides.pop()} {m.group('noun').lower()}"


# "Russia has amassed more than 150,000 troops ... these forces": the side that massed the troops.
_FORCE_NOUNS = frozenset("forces troops soldiers units".split())
_MASSED = re.compile(
    rf"(?<![\w-])(?P<side>{_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?"
    r"(?:amassed|massed|deployed|sent|moved|stationed|positioned|concentrated|gathered|assembled|mobili[sz]ed)\s+"
    r"(?:[^.!?]{0,40}?\s)?(?:troops|forces|soldiers)\b"
)


def side_of_forces(noun: str, body: str, before: int) -> str | None:
    """ "these forces" -> "Russia's forces" when the paragraph up to ``before`` gives one country's
    troops, by the adjective ("Russian troops") or as what it massed or deployed ("Russia has
    amassed more than 150,000 troops"); None for another noun, or when it gives none or two."""
    if noun.lower() not in _FORCE_NOUNS:
        return None
    paragraph = body[body.rfind("\n\n", 0, before) + 1 : before]
    sides: dict[str, str] = {}
    # Keyed by the actor, so that "Russian troops" and "Russia has amassed" are one side.
    for m in _SIDE_ADJECTIVE.finditer(paragraph):
        actor = actor_named(m.group("adjective"))
        key = actor.name if actor is not None else m.group("adjective")
        sides.setdefault(key, f"{m.group('adjective')} {noun.lower()}")
    for m in _MASSED.finditer(paragraph):
        owner = m.group("side")
        if re.match(rf"{_OPENING_WORDS}\b", owner):
            continue  # "We have deployed": no side by name
        actor = actor_named(owner)
        key = actor.name if actor is not None else owner
        sides.setdefault(key, f"{possessive(owner)} {noun.lower()}")
    return next(iter(sides.values())) if len(sides) == 1 else None


# "the leaders", "the two heads of state": people the article has just named together.
_LEADERS = re.compile(
    r"^the\s+(?:(?:two|three|four|five|six)\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents)$",
    re.IGNORECASE,
)
# A person's name is two or three capitalised words ("Ivo Marek", "Lee Nak-yeon").
_PERSON_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}"
_PEOPLE_LIST = re.compile(
    rf"(?<![\w'\u2019-])(?P<list>{_PERSON_NAME}(?:,\s+{_PERSON_NAME})*,?\s+and\s+{_PERSON_NAME})(?![\w'\u2019-])"
)


def leaders_named(subject: str, body: str, before: int) -> str | None:
    """The people "the leaders" or "the heads of state" are: the one list of two or more persons'
    names the previous sentence (or the claim's own, before it) gave ("Ivo Marek and Lena Varga
    will meet in Ruse. The leaders will sign ..."), or None. Two lists, or a list of countries
    ("North Korea and South Africa": their leaders are not named), leave the words as written."""
    if not _LEADERS.match(subject.strip()):
        return None
    text = body[_sentence_starts(body, before) : before]
    lists = {m.group("list") for m in _PEOPLE_LIST.finditer(text)}
    if len(lists) != 1:
        return None
    (found,) = lists
    names = re.split(r",?\s+and\s+|,\s+", found)
    if any((actor := actor_named(name)) is not None and actor.fips is not None for name in names):
        return None
    return found
