"""Name completion: a bare surname in a drafted question becomes the fullest name the article gave before.

Articles name a person in full once ("Army Lt. Gen. Keith Alexander") and by surname after
("Alexander will remain ..."); a question read on its own needs the full name. The fullest
earlier mention is the longest run of name words and titles ending in the same name before
the claim: capitalised words the article never writes in lower case (so "Yesterday" or "The"
opening a sentence are not names), abbreviated titles ("Lt.", "Gen."), and a title with its
office ("Secretary of State"). Countries and words the article uses as common nouns stop it.

An acronym is completed the same way: "some DVEs" in a question becomes "some domestic violent
extremists (DVEs)" where the article spelled it out once (``spell_out_acronyms``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from forecasts.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from forecasts.extract.gazetteer import actors_in, display_name

# Titles that may carry an office after "of" ("Secretary of State", "Minister of Defence").
_TITLES_WITH_OFFICE = frozenset(
    "secretary minister director chief head governor commissioner chairman chair president ambassador "
    "undersecretary".split()
)
_NAME_TOKEN = re.compile(r"[A-Z][\w'\u2019.-]*$")
_BARE_NAME = re.compile(r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*)?")
_NOT_NAMES = frozenset(
    "The A An This That These Those It He She They We I Mr Mr. Ms Ms. Mrs Mrs. Dr Dr. But And Or So Yet Then "
    "Today Yesterday Tomorrow Now Here There When While If As On In At By For From With After Before".split()
)
# Abbreviated titles and initials end in a full stop without ending the sentence ("Lt. Gen.", "James N.").
_ABBREVIATION = re.compile(
    r"^(?:[A-Z]\.|Lt|Gen|Adm|Col|Maj|Capt|Sgt|Cpl|Brig|Cmdr|Cdr|Rep|Sen|Gov|Sec|Amb|Pres|Prof|Dr|St|Jr|Sr)\.$"
)
_WEEKDAYS_AND_MONTHS = re.compile(rf"^(?:{WEEKDAY_NAMES}|{MONTH_NAMES})$")


def _is_name_word(token: str, body: str) -> bool:
    """A capitalised word that names someone or is a title: never written in lower case in the body."""
    if not _NAME_TOKEN.match(token) or token in _NOT_NAMES or _WEEKDAYS_AND_MONTHS.match(token):
        return False
    if re.fullmatch(r"[A-Z]{2,}", token):
        return False  # "WMD", "NSA": initials of a thing, not of a person's name
    if any(actor.fips is not None for actor in actors_in(token)):
        return False  # "Iran", "Russian": the name starts after the country
    bare = token.rstrip(".").lower()
    return not re.search(rf"(?<![\w.]){re.escape(bare)}\b", body)


def _name_ending_at(text: str, end: int, body: str) -> list[str]:
    """The name words and titles that run back from ``end`` (the start of the bare name)."""
    # A name never runs across a line break (a heading above the paragraph is no part of it).
    tokens = text[text.rfind("\n", 0, end) + 1 : end].split()
    if tokens and re.search(r"['\u2019]s?$", tokens[-1]):
        return []  # "Brookings Institution's Africa Growth Initiative": an owner's name, not a first name
    kept: list[str] = []
    i = len(tokens) - 1
    while i >= 0 and len(kept) < 6:
        token = tokens[i]
        if token in ("of", "the") and kept:
            # "Secretary of State Antony", "Secretary of the Navy John": the office belongs to the title.
            if token == "the" and (i < 1 or tokens[i - 1] != "of"):
                break
            j = i - 1 if token == "of" else i - 2
            if j >= 0 and tokens[j].lower() in _TITLES_WITH_OFFICE:
                kept = tokens[j : i + 1] + kept
                i = j - 1
                continue
            break
        if re.search(r"[,;:!?]$", token) or (token.endswith(".") and not _ABBREVIATION.match(token)):
            break  # the end of a clause or sentence ("SRF. The Desk")
        if not _is_name_word(token, body):
            break
        kept.insert(0, token)
        i -= 1
    return kept


def complete_name(name: str, body: str, before: int) -> str:
    """``name`` as the fullest mention that ends with it before ``before`` in ``body``, else as it is.

    Only a bare name (one or two capitalised words, no title or article) is completed.
    """
    if (
        not _BARE_NAME.fullmatch(name)
        or name.split()[0] in _NOT_NAMES
        or any(actor.fips is not None for actor in actors_in(name))
    ):
        return name  # "Iran", "Tehran": a country, not a person's surname
    best = name
    for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}\b", body[:before]):
        words = _name_ending_at(body, m.start(), body)
        if words:
            fuller = " ".join([*words, name])
            # "South Africa" is another place than "Africa", not a fuller name of it.
            if len(fuller) > len(best) and not any(actor.fips is not None for actor in actors_in(fuller)):
                best = fuller
    return best if best != name else _named_site(name, body, before) or name


# What a bare name may be short for: a site or an event the article named in full before.
_SITE_HEADS = (
    "centre|center|cosmodrome|spaceport|plant|station|field|deposit|port|airport|dam|bridge|pipeline|terminal|"
    "base|shipyard|refinery|mine|reactor|railway|highway|corridor|canal|tunnel|complex|forum|summit|festival|"
    "games|exercises?|project"
)


def _named_site(name: str, body: str, before: int) -> str | None:
    """ "Vostochny" -> "the Vostochny Space Launch Centre": the one fuller form the article wrote
    before, the name followed by up to three words and a site's or event's head noun; None when it
    wrote none, or more than one ("the Vostochny cosmodrome" and "the Vostochny port")."""
    forms: dict[str, str] = {}
    for found in re.finditer(
        rf"(?<![\w'\u2019-]){re.escape(name)}(?:\s+[A-Za-z][\w-]*){{0,3}}?\s+(?P<head>{_SITE_HEADS})\b",
        body[:before],
        re.IGNORECASE,
    ):
        forms.setdefault(found.group("head").lower(), found.group(0))  # the first, as the article named it
    if len(forms) != 1:
        return None
    (form,) = forms.values()
    return f"the {re.sub(r'\s+', ' ', form)}"


# "the Secretary", "the Prime Minister", "the Foreign Minister": a title of office with no name.
_OFFICE_TITLES = (
    "secretary minister president premier chancellor governor ambassador mayor senator director commissioner "
    "chairman chairwoman chair speaker envoy".split()
)
# As the whole subject ("The Secretary will travel") or as a possessor anywhere ("the Secretary's trip").
_BARE_TITLE = re.compile(
    rf"(?<![\w'\u2019-])the\s+(?P<title>(?:[a-z]+\s+)?(?:{'|'.join(_OFFICE_TITLES)}))(?=['\u2019]s\b)"
    rf"|^\s*the\s+(?P<whole>(?:[a-z]+\s+)?(?:{'|'.join(_OFFICE_TITLES)}))\s*$",
    re.IGNORECASE,
)
# Words before a title that make it another office ("Assistant Secretary Lempert" is not "the Secretary").
_TITLE_QUALIFIERS = frozenset(
    "assistant deputy under vice acting principal permanent associate executive general prime foreign "
    "interior defence defense finance trade junior former".split()
)
# Of those, the ones that open another office when the claim writes them ("the Deputy Minister").
# Ranks before a title that make it another office: "the Vice President" is not "the President".
OTHER_OFFICE_RANKS = frozenset("assistant deputy under vice acting principal associate junior former".split())


def _names_with_title(title: str, body: str) -> set[str]:
    """The people the article names with exactly ``title`` before the name ("Secretary Blinken",
    "Secretary of State Antony Blinken"), keyed by surname; a longer title ("Assistant Secretary
    Lempert") is another office and does not count."""
    words = [re.escape(w[:1].upper() + w[1:]) for w in title.split()]
    # "Secretary of State Antony Blinken": the office after "of" belongs to the title.
    pattern = re.compile(
        rf"(?<![\w'\u2019-])(?P<title>{r'\s+'.join(words)})"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
        r"\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})"
    )
    surnames: set[str] = set()
    for m in pattern.finditer(body):
        previous = body[: m.start()].split()[-1:]
        if previous and previous[0].strip("\"'(").lower() in _TITLE_QUALIFIERS:
            continue
        # "President Abbas of the Palestinian Authority": the name is the run of name words.
        run: list[str] = []
        for word in m.group("name").split():
            owner = re.sub(r"['\u2019]s$", "", word)
            if not _is_name_word(owner, body):
                break
            run.append(owner)
            if owner != word:
                break  # "Secretary Blinken's trip": the name ends at its owner's "'s"
        if run and not _ABBREVIATION.match(run[-1]):
            surnames.add(run[-1].rstrip("."))
    return surnames


def name_for_title(text: str, body: str) -> str:
    """ "the Secretary" or "the Secretary's trip" -> "Secretary of State Antony Blinken('s trip)" when
    the article names exactly one person with that title ("Secretary Blinken"); else ``text`` as it is.

    A bare title read on its own names no one; the article's one holder of it is who the speaker
    meant. Two holders ("President Abbas", "President Biden") are a person's call, never a guess.
    """

    def named(m: re.Match[str]) -> str:
        title = m.group("title") or m.group("whole")
        if title.split()[0].lower() in OTHER_OFFICE_RANKS:
            return m.group(0)  # "the Assistant Secretary", "the Deputy Minister": another office
        surnames = _names_with_title(title, body)
        if len(surnames) != 1:
            return m.group(0)
        (surname,) = surnames
        name = complete_name(surname, body, len(body))
        if name == surname:
            name = " ".join(w[:1].upper() + w[1:] for w in [*title.split(), surname])
        return name

    return _BARE_TITLE.sub(named, text)


# An acronym ("DVEs", "IRGC") and where an article spells one out: "domestic violent extremists
# (DVEs)". A question is read without the article, so the acronym gets the long form beside it.
_ACRONYM = re.compile(r"(?<![\w'\u2019-])(?P<letters>[A-Z]{2,6})(?P<plural>s)?(?![\w'\u2019-])")
# Words a long form may hold that give it no letter: "Court of Arbitration for Sport" (CAS).
_NO_LETTER = frozenset("of and for the on in de du al el la le to".split())


def _long_form(letters: str, before: str) -> str | None:
    """The words at the end of ``before`` whose initials spell ``letters`` (a hyphened word gives
    the initials of all its parts, of its first, or of its last: "mortgage-backed securities"
    MBS, "Hay'at Tahrir al-Sham" HTS), with small words between; None when they do not."""
    words = before.split()
    needed = letters.upper()
    taken: list[str] = []
    for word in reversed(words):
        bare = word.strip(",;:\"'\u201c\u201d")
        parts = [part for part in bare.split("-") if part]
        if not parts:
            return None
        options = [
            "".join(p[0] for p in parts).upper(),
            parts[0][0].upper(),
            parts[-1][0].upper(),
        ]
        matched = next((o for o in options if needed.endswith(o)), None)
        if matched is not None:
            needed = needed[: -len(matched)]
            taken.insert(0, bare)
            if not needed:
                return " ".join(taken)
            continue
        if taken and bare.lower() in _NO_LETTER:
            taken.insert(0, bare)
            continue
        return None
    return None


def _government_acronym(letters: str, body: str) -> str | None:
    """ "GON" -> "Government of Nigeria": the agencies' shorthand (USDA attach\u00e9 reports write GON, GOI,
    GOK without spelling them out) for the government of the one country the article names whose
    initials follow "GO"."""
    if not re.fullmatch(r"GO[A-Z]{1,2}", letters):
        return None
    countries = {
        actor.name: actor
        for actor in actors_in(body)
        if actor.fips is not None
        and "".join(w[0] for w in actor.name.split() if w.lower() not in _NO_LETTER).upper() == letters[2:]
    }
    if len(countries) != 1:
        return None
    (country,) = countries.values()
    return f"Government of {display_name(country)}"


def spell_out_acronyms(text: str, body: str, said: str = "") -> str:
    """ "Some DVEs will disrupt the count" -> "Some domestic violent extremists (DVEs) will disrupt
    the count" when the article spelled the acronym out in one way ("domestic violent extremists
    (DVEs)"); an acronym the article never spells out, or spells out two ways, is left as written,
    and so is one the text, or ``said`` (the words before it), already spells out, or that names an
    actor the gazetteer knows ("NATO")."""
    for found in reversed(list(_ACRONYM.finditer(text))):
        letters = found.group("letters")
        if actors_in(letters):
            continue  # "NATO", "US": a name the gazetteer knows reads whole
        if re.match(r"\s*\)", text[found.end() :]) or re.search(r"\(\s*$", text[: found.start()]):
            continue  # already "long form (ACR)"
        forms = {
            form.lower(): form
            for spelled in re.finditer(rf"\(\s*{letters}s?\s*\)", body)
            if (form := _long_form(letters, body[max(0, spelled.start() - 160) : spelled.start()])) is not None
        }
        if not forms:
            government = _government_acronym(letters, body)
            forms = {government.lower(): government} if government else {}
        if len(forms) != 1:
            continue
        (form,) = forms.values()
        if form.lower() in f"{said} {text}".lower():
            continue
        text = f"{text[: found.start()]}{form} ({found.group(0)}){text[found.end() :]}"
    return text


# The head words of an institution's or a gathering's name ("the Supreme Economic Council").
_INSTITUTION_HEADS = (
    "Council|Commission|Committee|Union|Forum|Organisation|Organization|Bank|Fund|Agency|Court|Assembly|"
    "Conference|Summit|Community|Partnership|Initiative|Programme|Program|Corridor|Parliament|Board|Alliance"
)
_INSTITUTION_NAME = re.compile(rf"\b(?:[A-Z][\w'\u2019-]*\s+){{1,6}}(?:{_INSTITUTION_HEADS})\b")
# A longer form may add this many words to the short one.
_MOST_ADDED_WORDS = 3


def _is_shortened(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with a few of its inner words left out, first and last kept."""
    if len(long) <= len(short) or len(long) - len(short) > _MOST_ADDED_WORDS:
        return False
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


@lru_cache(maxsize=16)
def _institution_names(written: str) -> tuple[tuple[str, ...], ...]:
    """Every institution's name ``written`` holds, as words, and each of its endings ("the Supreme
    Eurasian Economic Council", "Eurasian Economic Council", ...): read once per article, though
    every claim's subject and phrase ask."""
    return tuple(
        tuple(words[start:])
        for m in _INSTITUTION_NAME.finditer(written)
        for words in [m.group(0).split()]
        for start in range(len(words))
    )


def fuller_institution_name(text: str, body: str, title: str | None = None) -> str:
    """``text`` with an institution named in short ("the Supreme Economic Council") put as the one
    fuller form the article writes ("the Supreme Eurasian Economic Council"): the same first and
    last word, a few words more between. Two fuller forms leave the name as written."""
    names = _institution_names(f"{title or ''}\n{body}")
    for found in reversed(list(_INSTITUTION_NAME.finditer(text))):
        short = found.group(0).split()
        fuller = {" ".join(words) for words in names if _is_shortened(short, list(words))}
        if len(fuller) == 1:
            text = text[: found.start()] + fuller.pop() + text[found.end() :]
    return text


# A publisher named by a generic head noun and what it is of: "U.S. Department of State".
_GENERIC_HEAD_PUBLISHER = re.compile(
    r"(?:[A-Z][\w.]*\s+)?(?P<head>Department|Ministry|Agency|Commission|Bureau)\s+(?:of|for)\s+[A-Z][\w ,&'-]*"
)


def publisher_in_full(text: str, publisher: str | None) -> str:
    """``text`` with the publisher named by its leading words put in full: "the Reserve Bank will
    provide ..." in a Reserve Bank of Australia release -> "the Reserve Bank of Australia will
    provide ...". Two words at least, as capitalised in the name, and not run on into another name
    ("the Reserve Bank Board" is left as written); any other text is returned unchanged."""
    whole = _GENERIC_HEAD_PUBLISHER.fullmatch((publisher or "").strip())
    if whole is not None:
        # "The Department's first Learning Agenda" in a U.S. Department of State release: one word,
        # the publisher's own head noun, stands for the publisher.
        head = whole.group("head")
        # Only as the text's opening words: a subject that runs on from an opening phrase is garbled,
        # and the check that says so reads the words as written.
        found = re.match(rf"(?P<the>[Tt]he)\s+{head}(?=['\u2019]s\b|\s+(?![A-Z]|of\b|for\b)|[,.;:]|$)", text)
        if found is not None:
            return f"{text[: found.start()]}{found.group('the')} {whole.group(0)}{text[found.end() :]}"
    words = (publisher or "").split()
    for n in range(len(words) - 1, 1, -1):
        short = " ".join(words[:n])
        rest = " ".join(words[n:])
        if not all(w[:1].isupper() for w in words[:n]) or not re.match(r"(?:of|for)\s", rest):
            continue
        found = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?!\s+(?:[A-Z]|{re.escape(rest)}))", text)
        if found is not None:
            return text[: found.end()] + " " + rest + text[found.end() :]
    return text
