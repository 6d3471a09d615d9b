"""Who says what: quotation attributions, reporting frames and the people behind pronouns.

A forecast belongs to the author unless the text gives it to someone else:
- a quotation, attributed after it (``"...," X told Y``, ``"...," said X``), before it
  (``X said: "..."``), by the next sentence (``This is part of X's message``), or by another
  quotation of the same paragraph;
- a reporting frame around a paraphrase (``X warned that ...``, ``..., said X``,
  ``according to X``, ``as announced by X``);
- an interview label at the start of a paragraph (``Evan Medeiros: ...``), which holds until the
  next label or a rule line.
"He", "she" and "they" are resolved to the last person (or group) named as a speaker, and a
bare surname ("Khamenei added") to the full name given earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from forecasts.extract.sentences import Paragraph, Sentence, Span, scan_text

AUTHOR = "author"
QUOTED = "quoted_source"
REPORTED = "reported_source"

REPORT_VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|wrote|writes|warned|warns|argued|argues|explained|explains|"
    "stated|states|claimed|claims|predicted|predicts|forecast|forecasts|projected|projects|estimated|estimates|"
    "believes|believe|believed|thinks|think|expects|expect|expected|anticipates|anticipate|announced|announces|indicated|indicates|suggested|"
    "suggests|cautioned|cautions|insisted|insists|declared|declares|asserted|asserts|maintained|maintains|stressed|"
    "stresses|emphasized|emphasised|acknowledged|conceded|concluded|concludes|reported|reports|tweeted|posted|"
    "observed|remarked|commented|contended|reckons|reckoned|assessed|assesses|judged|judges|threatened|promised|"
    "pledged|vowed|signaled|signalled|hinted|confirmed|revealed|agreed|disclosed|admitted|replied|responded|"
    "continued|went on|bet|bets|wagered|assume|assumes|reckon|predict|project|estimate|warn|argue|insist|claim|"
    "suggest|caution|stress|agree|note|are pricing in|is pricing in|price in|prices in"
)
# Verbs that also have other senses ("Tehran maintains a missile program", "the report states
# the facts"): as a frame they need "that" (or a colon/comma) before the reported clause.
NEEDS_THAT = frozenset(
    """states stated maintains maintained notes noted adds added observed concluded concludes reports reported
    confirmed revealed agreed admitted disclosed posted continued judged judges assessed assesses bet bets assume
    assumes replied responded declared declares stressed stresses emphasized emphasised acknowledged conceded
    signaled signalled hinted explained explains agree note stress""".split()
)
# Verbs whose subject only reports (no quotation marks) an expectation of others: the forecast is
# then a reported expectation.
EXPECTATION_VERBS = frozenset(
    "announced announces indicated indicates projected projects estimated estimates forecast forecasts expects "
    "expected reported reports predicted predicts".split()
)
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group", "we": "group", "i": "person"}
TITLES = frozenset(
    """president vice prime minister supreme leader ayatollah general gen brigadier major colonel col lieutenant
    lt admiral adm commander cmdr captain capt sergeant sgt secretary chancellor speaker senator sen representative
    rep governor gov king queen prince princess sheikh sheik emir dr mr mrs ms miss professor prof ambassador
    foreign defense defence deputy chief director chairman chairwoman chair ceo cfo cto founder spokesman
    spokeswoman spokesperson minister former acting interim grand imam pope cardinal bishop rabbi judge justice
    attorney mayor premier crown martyr""".split()
)
DEMONYMS = frozenset(
    """us u.s. uk u.k. un eu american british iranian iraqi israeli russian chinese ukrainian saudi syrian turkish
    french german japanese korean indian pakistani afghan lebanese egyptian emirati qatari kuwaiti jordanian
    palestinian european western taiwanese belarusian venezuelan kurdish yemeni libyan""".split()
)
ORG_WORDS = frozenset(
    """management group bank ministry department council university institute agency corporation company inc ltd
    times media news post press journal capital economics international associates partners fund foundation
    center centre committee commission office house embassy army forces guard guards corps party government
    administration network project organization organisation association union league authority board court
    parliament congress senate assembly service services securities research investments investment holdings
    endowment programme program school college conference bureau federation alliance coalition forum tribunal
    legislature legislatures""".split()
)
PLURAL_WORDS = frozenset("media people police staff public press clergy military leadership".split())
# Words that end a place's name, never a person's ("Bicester Garden Town:" heads a section, it does
# not speak). Surnames that are also place words ("Park", "Hall", "Rivers") are not among them.
PLACE_WORDS = frozenset(
    """town towns city garden gardens station airport county district region village square railway valley
    avenue road estuary peninsula province""".split()
)
# Plural nouns that name groups of sources; at the start of a sentence they look like surnames.
GROUP_NOUNS = frozenset(
    """analysts economists officials diplomats experts observers traders investors sources lawmakers critics
    residents witnesses researchers scientists strategists forecasters markets authorities ministers leaders
    officers commanders protesters activists campaigners delegates negotiators insiders bankers executives
    regulators legislators senators generals commentators pollsters voters""".split()
)

_WORD = r"[A-Za-z][\w'.-]*"
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'.-]*|al-\w+|bin|ibn|de|van|von|der|da|del|la|le|al)$")
# "al-Assad", "bin-Salman": a particle joined to the surname by a hyphen.
_JOINED = r"(?:al|el|ad|as|ben|bin|abu)-[A-Z]"
_JOINED_PARTICLE = re.compile(rf"^{_JOINED}")
_INTERVIEW_LABEL = re.compile(
    # "President of Syria Bashar al-Assad (retranslated):": a particle joined by a hyphen too.
    rf"^\W{{0,3}}(?P<name>[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|{_JOINED}[\w'-]*|of|the|for|and|on|al|"
    r"bin|de|van|von)){0,14})\W{0,3}"
    r"(?:\s*\((?:retranslated|translated|via\s+interpreter|through\s+an\s+interpreter|in\s+\w+)\))?\s*:\s+\S"
    # The Congressional Record's "Mr. GRAHAM. Mr. President, ...".
    r"|^(?P<record>(?:Mr|Ms|Mrs|Miss|Dr)\.\s+[A-Z][A-Z'-]+(?:\s+of\s+[A-Z][a-z]+)?)\.\s+\S"
)
# A transcript turn's label in capitals ("MS PORTER: ..."): it names who speaks and says nothing.
TURN_LABEL = re.compile(r"^\s*[A-Z][A-Z.'\u2019 -]{1,40}:\s+")
# Turn labels of the people who ask, in transcripts ("Question:", "Q:", "Remark:").
_FLOOR_LABELS = frozenset(
    "q question questions remark reporter journalist moderator participant audience operator host interviewer".split()
)
_RULE_LINE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|#{1,6}\s)")
_TRAIL_NORMAL = re.compile(
    rf"^\s*[,\"']*\s*(?P<np>[^\"]{{1,260}}?)\s+(?:(?:has|have|had|also|then|later|once|previously|further|earlier)\s+)*(?P<verb>{REPORT_VERBS})\b(?P<rest>[^\"]*)$",
)
_TRAIL_INVERTED = re.compile(
    rf"^\s*[,\"']*\s*(?P<verb>{REPORT_VERBS})\s+(?P<np>[^\";]{{1,260}}?)\s*[.!]?\s*$",
)
_PART_OF_MESSAGE = re.compile(
    r"^\s*(?:this|that|these|those|the\s+above)\s+(?:is|was|are|were)\s+(?:part\s+of|from|an?\s+(?:excerpt|passage|quote)\s+(?:of|from)|taken\s+from)?\s*(?P<np>[^,;]{2,120}?)'s?\s+(?:message|statement|speech|remarks|address|tweet|post|letter|interview|sermon|comments|words|op-ed|article|note|report)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(
    rf"(?P<np>[^,;\"]{{1,160}}?)\s+(?:(?:has|have|had|also|then|later)\s+)*(?P<verb>{REPORT_VERBS})\b(?:\s+\w+){{0,5}}\s*[:,]?\s*[\"']?\s*$",
)
_FRAME = re.compile(
    rf"(?<!\bas\s)\b(?P<verb>{REPORT_VERBS})\b(?:\s+(?:(?:in|on|at|to|during|after|before|from|last|this|earlier|later|again|repeatedly|publicly|privately|recently)\b[^,;\"]{{0,40}}?))?(?P<that>\s+that\b|\s*[,:]\s*|\s+(?!by\b)(?=[A-Za-z\"']))",
)
# "announced in Minsk that Iran would ...": the reported clause starts after a nearby "that".
_THAT_SOON = re.compile(r"^[^,;\"]{0,60}?\bthat\s+")
_TOLD_OBJECT = re.compile(r"^\s*(?:\w+\s+){0,4}?that\b", re.IGNORECASE)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|as\s+(?:announced|stated|reported|said|indicated|predicted|forecast|projected|expected)\s+by)\s+(?P<np>[^,;.\"]{2,100})",
    re.IGNORECASE,
)
_ADVERBIAL_START = re.compile(
    r"^(?:in|on|at|after|before|during|since|for|with|without|from|by|over|under|within|amid|despite|when|while|as|if|"
    r"however|meanwhile|yet|still|also|then|now|today|yesterday|earlier|later|last|this|next|three|two|four|five|"
    r"several|many|once|twice|again|indeed|moreover|furthermore|thus|so|but|and|or|nevertheless|nonetheless)\b",
    re.IGNORECASE,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|could|may|might|has|have|had|can|should|must|do|does|did)\b")
_AUXILIARY_TAIL = r"\s+(?:has|have|had|also|then|later|once|previously|further|earlier|already|does\s+not|do\s+not|did\s+not|doesn't|don't|didn't)$"
_SUBORDINATOR = re.compile(r"\b(?:as|because|while|since|after|when|although|though|whereas|so|that|if|where|but)\s+")
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Speaker:
    """Who makes a claim: a name (or description), the kind of source, and a role if given."""

    name: str
    type: str
    role: str | None = None
    verb: str | None = None


@dataclass
class SpeakerMemory:
    """The people and groups named so far, to resolve pronouns and bare surnames."""

    people: list[Speaker] = field(default_factory=list)
    groups: list[Speaker] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)

    def remember(self, speaker: Speaker) -> None:
        """Record a speaker as the latest of its kind."""
        if speaker.type == AUTHOR:
            return
        if _is_person_name(speaker.name):
            self.people.append(speaker)
        else:
            self.groups.append(speaker)

    def resolve(self, pronoun: str) -> Speaker | None:
        """The speaker a pronoun most likely stands for."""
        kind = PRONOUNS.get(pronoun.lower())
        if kind == "person":
            return self.people[-1] if self.people else None
        if kind == "group":
            return self.groups[-1] if self.groups else (self.people[-1] if self.people else None)
        return None

    def full_name(self, surname: str) -> Speaker | None:
        """An earlier speaker whose name ends with this single word."""
        for speaker in reversed(self.people):
            if speaker.name.split()[-1].lower() == surname.lower():
                return speaker
        return None


def _is_person_name(name: str) -> bool:
    tokens = name.split()
    if not 1 <= len(tokens) <= 5:
        return False
    if any(
        t.lower().strip(".,") in ORG_WORDS | PLACE_WORDS or t.lower() in DEMONYMS or t.lower() in ("the", "a", "an")
        for t in tokens
    ):
        return False
    # Acronyms ("RAC", "IRGC") name organisations, not people.
    if any(len(t) > 1 and t.isupper() and not re.fullmatch(r"[A-Z]\.", t) for t in tokens):
        return False
    if len(tokens) == 1:
        return bool(re.fullmatch(r"[A-Z][a-z][\w'-]+", tokens[0]))
    # "Bashar al-Assad": a surname after a joined particle counts as capitalised.
    named = sum(1 for t in tokens if t[:1].isupper() or _JOINED_PARTICLE.match(t))
    return all(_NAME_TOKEN.match(t) for t in tokens) and named >= 2


def _strip_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Leading titles and demonyms ('US President', 'Supreme Leader Ayatollah') split off a name."""
    titles: list[str] = []
    rest = list(tokens)
    while len(rest) > 1 and (rest[0].lower().strip(".,") in TITLES or rest[0].lower() in DEMONYMS or rest[0].isupper()):
        titles.append(rest.pop(0))
    return titles, rest


def _capitalised_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words (with name particles inside), as (start, end, tokens)."""
    runs: list[tuple[int, int, list[str]]] = []
    tokens = list(re.finditer(r"[\w'.-]+", text))
    i = 0
    while i < len(tokens):
        if tokens[i].group()[:1].isupper():
            j = i
            while j + 1 < len(tokens) and (
                tokens[j + 1].group()[:1].isupper()
                or (tokens[j + 1].group() in ("al", "bin", "de", "van", "von", "der", "da") and j + 2 < len(tokens))
            ):
                j += 1
            run = tokens[i : j + 1]
            while run and run[0].group().lower() in ("the", "a", "an", "this", "that"):
                run = run[1:]
            if run:
                runs.append((run[0].start(), run[-1].end(), [t.group() for t in run]))
            i = j + 1
        else:
            i += 1
    return runs


# The speaker named with another ("President Erdogan and I", "my colleague and I"): the frame
# reports what the one speaking agreed or said with someone, and the claim is still theirs.
_WITH_THE_SPEAKER = re.compile(r"(?:^|\s)(?:and\s+I|I\s+and|and\s+myself)(?=\s|$)")


# "Reportedly, in September 2025, the Chief of Staff", "Against this backdrop, participants": what
# opens a sentence before its subject, a sentence adverb or a fronted phrase with its comma.
_FRONTED_BEFORE_SPEAKER = re.compile(
    r"^(?:[A-Za-z]+ly|(?:against|after|before|by|during|for|from|in|on|at|over|since|under|with|within|amid|"
    r"following|despite|as\s+of|in\s+light\s+of|on\s+balance)\b[^,]{0,60}),\s+(?=\S)",
    re.IGNORECASE,
)
# Endings of adverbs that no surname has ("Reportedly", "Separately", "Presumably"; not "Kelly", "Daly").
_SENTENCE_ADVERB = re.compile(r"[A-Za-z]+(?:edly|ally|ently|antly|ously|ively|ingly|ately|ually|arly|ably|ibly)")
# "participants generally", "officials privately": an adverb after the speaker belongs to its verb.
# Lower case only, so a surname stays; nouns ending in "-ly" ("the family", "an ally") stay too.
_TRAILING_ADVERB = re.compile(r"\s+(?!(?:family|ally|italy|bly)$)[a-z]+ly$")


def trim_speaker_phrase(text: str) -> str:
    """The speaker's noun phrase without a fronted sentence adverb or phrase before it, or an adverb
    after it: "Reportedly, in September 2025, the Chief of Staff of the Army" -> "the Chief of Staff of
    the Army"; "participants generally" -> "participants". A phrase that is nothing else is kept."""
    while True:
        cut = _FRONTED_BEFORE_SPEAKER.sub("", text, count=1)
        if cut == text:
            break
        text = cut
    trimmed = _TRAILING_ADVERB.sub("", text)
    return trimmed if trimmed.strip() else text


def describe_speaker(np: str, memory: SpeakerMemory | None = None, verb: str | None = None) -> Speaker | None:
    """A speaker from the noun phrase before (or after) a reporting verb, or None if it is not one.

    "Maike Currie, an investment director at Fidelity International" -> Maike Currie (role: an
    investment director at Fidelity International); "US President Joe Biden" -> Joe Biden (role:
    US President); "Western media" -> a reported source; "she" -> the last person named.
    """
    text = re.sub(r"\s+", " ", np.replace("\u2019", "'")).strip(" ,.\"'\u201c\u201d")
    text = re.sub(r"^(?:and|but|or|so|then|however|meanwhile)\s+", "", text, flags=re.IGNORECASE)
    text = trim_speaker_phrase(text)
    if not text or _SENTENCE_ADVERB.fullmatch(text):
        # "Reportedly, ...": an adverb says how the sentence is known, not who says it.
        return None
    if text.lower() in PRONOUNS:
        if memory is None:
            return None
        found = memory.resolve(text)
        return Speaker(found.name, found.type, found.role, verb) if found else None
    if _WITH_THE_SPEAKER.search(text):
        return None  # "President Erdogan and I agreed that ...": the one speaking says it, with another
    head, _, appositive = text.partition(", ")
    head = head.strip()
    if head.lower() in _NOT_SPEAKERS:
        return None
    # "the OBR now", "EIA": an acronym the text spelled out earlier stands for its full name.
    acronym = re.match(r"^(?:[Tt]he\s+)?([A-Z]{2,6})(?:'s)?(?:\s+[a-z]+)?$", head)
    if acronym and memory is not None and acronym[1] in memory.acronyms:
        return Speaker(memory.acronyms[acronym[1]], QUOTED, None, verb)
    if len(head.split()) > 12 or _FINITE.search(head.lower()) or not re.search(r"[A-Za-z]", head):
        return None
    role_parts: list[str] = []
    for start, end, tokens in _capitalised_runs(head):
        titles, name_tokens = _strip_titles(tokens)
        candidate = " ".join(name_tokens).strip(".,")
        if tokens[-1].endswith("'s") and head[end:].strip():
            continue  # "The Labour Party's leader", "Trump's lawyer ...": the owner of the post, not who speaks
        if len(name_tokens) >= 2 and _is_person_name(candidate):
            before = head[:start].strip()
            after = head[end:].strip()
            role_parts = [p for p in (" ".join([before, *titles]).strip(), after) if p]
            role = _clean_role(" ".join(role_parts) + (", " + appositive if appositive else ""))
            return Speaker(candidate, QUOTED, role, verb)
    # "The Labour Party's leader, Jeremy Corbyn", "the ministry spokesman, Ivan Petrov": a post, then
    # the person holding it named in apposition; the person speaks and the post is the role.
    named = _strip_titles(appositive.strip(" ,.").split())[1] if appositive else []
    if len(named) >= 2 and _is_person_name(" ".join(named)) and head[:1].isalpha():
        return Speaker(" ".join(named).strip(".,"), QUOTED, _clean_role(_DETERMINER.sub("", head)), verb)
    if memory is not None and re.fullmatch(r"[A-Z][\w'-]+", head):
        known = memory.full_name(head)
        if known is not None:
            return Speaker(known.name, known.type, known.role, verb)
    determined = _DETERMINER.match(head) is not None
    name = _DETERMINER.sub("", head)
    if not name or name.lower() in ("one", "you", "someone", "somebody", "everyone", "nobody"):
        return None
    # The head noun comes before any prepositional phrase: "Analysts at Meridian Capital".
    head_words = re.split(r"\s+(?:at|of|from|with|for|in|on|across|inside|within)\s+", name, maxsplit=1)[0].split()
    last = (head_words or name.split())[-1].lower().strip(".,")
    plural = last in PLURAL_WORDS or (last.endswith("s") and not last.endswith(("ss", "is", "us")) and len(last) > 3)
    if _is_person_name(name) and last not in GROUP_NOUNS:
        plural = False
    if not plural and not determined and not any(t[:1].isupper() for t in name.split()) and len(name.split()) == 1:
        return None  # a lone common noun ("analysis") is not a speaker
    if re.fullmatch(r"(?:(?:are|is)\s+)?pric(?:e|es|ing)\s+in", verb or "") and last not in _PRICING_SPEAKERS:
        return None  # "Oil prices in Ostland will rise": a noun and its "in", not a market pricing in a move
    if not _plausible_speaker(name, head_words):
        return None
    return Speaker(name, REPORTED if plural else QUOTED, _clean_role(appositive) if appositive else None, verb)


def turn_label(label: str, memory: SpeakerMemory) -> Speaker | None:
    """The speaker of a transcript's or interview's turn label ("Evan Medeiros", "SECRETARY
    BLINKEN", "President of Russia Vladimir Putin", "Question"), or None when the words before the
    colon are not a speaker (a heading such as "READ ALSO", a clause, a list's lead-in)."""
    words = label.split()
    if words and words[0].lower().strip(".") in _FLOOR_LABELS and len(words) <= 2:
        return Speaker("journalist", QUOTED, "a question from the floor")
    shouting = label.isupper()
    tokens = [w.capitalize() if w.isupper() and len(w) > 1 else w for w in words]
    titled = any(t.lower().strip(".,") in TITLES for t in tokens)
    for size in (4, 3, 2):
        if len(tokens) < size:
            continue
        name = " ".join(tokens[-size:])
        prefix = tokens[:-size]
        # "President of Russia Vladimir Putin": a word after "of" belongs to the title, not the name.
        after_of = bool(prefix) and prefix[-1].lower() in ("of", "the", "for", "on", "and")
        if after_of or tokens[-size].lower().strip(".,") in TITLES:
            continue
        if _is_person_name(name):
            if shouting and not titled:
                return None
            return Speaker(name, QUOTED, _clean_role(" ".join(prefix)) if prefix else None)
    last = tokens[-1] if tokens else ""
    if titled and re.fullmatch(r"[A-Z][a-z][\w'-]+", last) and last.lower() not in TITLES:
        known = memory.full_name(last)
        if known is not None:
            return Speaker(known.name, known.type, known.role or _clean_role(" ".join(tokens[:-1])))
        return Speaker(last, QUOTED, _clean_role(" ".join(tokens[:-1])))
    return None


# Words a noun phrase cannot end on ("first year of", "construction of this"), and common nouns
# that can speak or stand for a source ("the report says", "participants expect").
_DANGLING = frozenset(
    "of the a an this that these those to from for on in at by with our my their its his her me us".split()
)
SOURCE_NOUNS = frozenset(
    """report reports study survey statement statements analysis data projections forecasts figures estimates
    minutes participants members markets market polls poll observers people spokesman spokeswoman spokesperson
    officials official source sources paper document assessment outlook review memo briefing""".split()
)


# Who "prices in" a move: markets and those who trade in them.
_PRICING_SPEAKERS = frozenset("market markets investors traders futures swaps curve participants".split())


def _plausible_speaker(name: str, head_words: list[str]) -> bool:
    """False for fragments a loose frame can catch ("Let me", "first year of", "options prices"):
    a speaker ends on a noun and is named (capitalised) or a noun that can speak."""
    words = name.split()
    if not words or words[-1].lower().strip(".,") in _DANGLING or words[0].lower() in ("let", "according", "based"):
        return False
    if any(w[:1].isupper() for w in words):
        return True
    head = (head_words or words)[-1].lower().strip(".,")
    singular = head[:-1] if head.endswith("s") else head
    return bool({head, singular} & (GROUP_NOUNS | ORG_WORDS | SOURCE_NOUNS | PLURAL_WORDS | TITLES))


# Words that open a turn or a sentence and look like a name to the patterns.
_NOT_SPEAKERS = frozenset(
    "yes no well friends colleagues ladies gentlemen thanks thank okay ok so now look listen".split()
)
_SPELLED_OUT = re.compile(
    r"\b((?:[A-Z][\w&'.-]*\s+(?:(?:of|for|and|the|on|&)\s+)*){1,7}[A-Z][\w'.-]*)\s+\(([A-Z]{2,6})\)"
)


def find_acronyms(body: str) -> dict[str, str]:
    """Acronyms a text spells out ("the Office for Budget Responsibility (OBR)"), to their full names."""
    found: dict[str, str] = {}
    for m in _SPELLED_OUT.finditer(body):
        words = [w for w in m[1].split() if w[:1].isupper()]
        # Only when the letters fit the words: "(OBR)" after "Office for Budget Responsibility".
        initials = "".join(w[0] for w in words)
        if m[2] in initials:
            start = initials.index(m[2])
            full = m[1].split()
            kept = " ".join(full[[i for i, w in enumerate(full) if w[:1].isupper()][start] :])
            found.setdefault(m[2], kept)
    return found


def same_as_author(speaker: Speaker, author: Speaker) -> bool:
    """True when a named source is the article's own author or publisher ("EIA" in an EIA
    outlook, "the World Bank" in a World Bank release): its claims are the author's."""
    name = re.sub(r"'s$", "", speaker.name.strip().lower())
    own = re.sub(r"\s*\(.*\)\s*", " ", author.name).strip().lower()
    if not name or not own or speaker.type == AUTHOR:
        return False
    # Initials of the name's words of two letters or more ("U.S." is not part of "EIA").
    initials = "".join(w[0] for w in re.findall(r"[a-z][a-z&'-]+", own) if w not in ("of", "for", "and", "the", "on"))
    return name == own or (name in own and len(name) > 3) or name == initials


def _clean_role(text: str) -> str | None:
    role = re.sub(r"\s+", " ", text).strip(" ,.")
    role = re.sub(r"^(?:a|an|the|of)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s+(?:told|said|added|noted|wrote)\b.*$", "", role)
    return role or None


def subject_before(text: str) -> str:
    """The subject noun phrase at the end of ``text`` (the words before a reporting verb)."""
    chunks = [c.strip() for c in re.split(r",\s+", text.strip()) if c.strip()]
    if not chunks:
        return ""
    # "Three times, in response to questions, he" -> "he"; "Maike Currie, an investment director
    # at X," -> the name with its apposition.
    for i in range(len(chunks) - 1, -1, -1):
        if chunks[i].lower() in PRONOUNS:
            return chunks[i]
    kept = [c for c in chunks if not _ADVERBIAL_START.match(c)]
    return ", ".join(kept)


@dataclass(frozen=True)
class Frame:
    """A reporting frame in a sentence: its speaker and where the reported clause starts."""

    speaker: Speaker
    verb_start: int
    clause_start: int


@dataclass
class Attribution:
    """Speakers found in an article: per quotation, per frame, per paragraph label."""

    quotes: dict[tuple[int, int], Speaker] = field(default_factory=dict)
    frames: dict[int, list[Frame]] = field(default_factory=dict)
    trailing: dict[int, Speaker] = field(default_factory=dict)
    labels: dict[int, tuple[Speaker, int]] = field(default_factory=dict)
    sources: dict[int, Speaker] = field(default_factory=dict)


def attribute_article(
    body: str,
    paragraphs: list[Paragraph],
    sentences: list[Sentence],
    quotes: dict[int, list[Span]],
    scan: str | None = None,
) -> Attribution:
    """Find every speaker in the article, in reading order so pronouns resolve to earlier names."""
    scan = scan if scan is not None else scan_text(body)
    memory = SpeakerMemory(acronyms=find_acronyms(body))
    result = Attribution()
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    label: Speaker | None = None
    previous_quote: Speaker | None = None
    for paragraph in paragraphs:
        text = body[paragraph.start : paragraph.end]
        if _RULE_LINE.match(text):
            label = None
        match = _INTERVIEW_LABEL.match(scan[paragraph.start : paragraph.end])
        turn = turn_label(match["name"] or match["record"], memory) if match else None
        if match and turn is not None:
            label = turn
            memory.remember(label)
            result.labels[paragraph.index] = (label, paragraph.start + match.end() - 1)
        elif label is not None:
            result.labels[paragraph.index] = (label, paragraph.start)
        spans = quotes.get(paragraph.index, [])
        paragraph_sentences = by_paragraph.get(paragraph.index, [])
        for sentence in paragraph_sentences:
            _attribute_sentence(body, scan, sentence, spans, memory, result)
        # A paragraph that is one unattributed quotation right after a quotation someone was named
        # for continues that person's words (news style: consecutive quote paragraphs).
        opens_with_quote = text.lstrip()[:1] in '\u201c"'
        continuing = previous_quote if opens_with_quote else None
        _attribute_quotes(body, scan, paragraph, paragraph_sentences, spans, memory, result, label or continuing)
        last = spans[-1] if spans else None
        previous_quote = result.quotes.get((last.start, last.end)) if last else None
    return result


def _inside(spans: list[Span], position: int) -> Span | None:
    for span in spans:
        if span.start <= position < span.end:
            return span
    return None


_FRAME_FIRST_WORDS = frozenset(verb.split()[0] for verb in REPORT_VERBS.split("|"))
_WORD_RE = re.compile(r"[a-z]+")


def _frame_matches(text: str) -> list[re.Match[str]]:
    """Reporting frames in a sentence; the regex runs only where a reporting verb's word starts
    (one big alternation tried at every position was the slowest step of the extractor)."""
    found = []
    for word in _WORD_RE.finditer(text):
        if word.group() in _FRAME_FIRST_WORDS:
            m = _FRAME.match(text, word.start())
            if m:
                found.append(m)
    return found


def _attribute_sentence(
    body: str, scan: str, sentence: Sentence, spans: list[Span], memory: SpeakerMemory, result: Attribution
) -> None:
    """Frames (X said that ...) and trailing attributions (..., said X) outside quotations."""
    s_scan = scan[sentence.start : sentence.end]
    frames: list[Frame] = []
    for m in _frame_matches(s_scan):
        position = sentence.start + m.start()
        if _inside(spans, position):
            continue
        verb = m["verb"].lower()
        if re.search(r"\bto\s+$", s_scan[max(0, m.start() - 4) : m.start()]):
            continue  # "is unlikely to agree to": an infinitive, not a report
        if verb == "told" and not _TOLD_OBJECT.match(s_scan[m.end("verb") :]):
            continue
        after_verb = s_scan[m.end("verb") :]
        explicit_that = _THAT_SOON.match(after_verb)
        if verb in NEEDS_THAT and not (explicit_that or m["that"].strip() in (",", ":")):
            continue
        clause_start = sentence.start + (m.end("verb") + explicit_that.end() if explicit_that else m.end())
        left = s_scan[: m.start()]
        # The subject runs back to the last quotation mark or clause break before the verb.
        cut = max(left.rfind('"'), left.rfind(";"), left.rfind(" \u2014"), left.rfind(", and "), left.rfind(", but "))
        if cut >= 0:
            left = left[cut + 1 :].lstrip(" ,")
            left = re.sub(r"^(?:and|but)\s+", "", left)
        # "... rose on Thursday as traders bet that": the subject follows the last subordinator.
        subordinate = list(_SUBORDINATOR.finditer(left))
        if subordinate and left[subordinate[-1].end() :].strip():
            left = left[subordinate[-1].end() :]
        for _ in range(2):  # "has also said", "had previously warned"
            left = re.sub(_AUXILIARY_TAIL, "", left.rstrip())
        subject = subject_before(left)
        if not subject:
            continue
        speaker = describe_speaker(subject, memory, verb)
        if speaker is None:
            continue
        memory.remember(speaker)
        frames.append(Frame(speaker, position, clause_start))
    for m in _ACCORDING.finditer(s_scan):
        if re.match(r"(?i)(?:our|my|its|their|his|her)\b", m["np"].strip()):
            continue  # "according to our estimates": the speaker's own figures, not a new source
        speaker = describe_speaker(m["np"], memory, "according to")
        if speaker is not None:
            memory.remember(speaker)
            result.sources[sentence.start] = speaker
    if frames:
        result.frames[sentence.start] = frames
    # "..., said Shaistah Akhtar, an expert ..." / "..., she added." after a paraphrase.
    for m in re.finditer(r",\s+", s_scan):
        tail = s_scan[m.start() :]
        if _inside(spans, sentence.start + m.start()):
            continue
        speaker = _trailing_speaker(tail, memory)
        if speaker is not None:
            memory.remember(speaker)
            result.trailing[sentence.start] = speaker
            break


def trailing_attribution_start(scan: str, start: int, end: int) -> int | None:
    """Where ", said X." / ", X told Y." / ", diplomats say." ends a sentence, if it does."""
    for m in re.finditer(r",\s+", scan[start:end]):
        if _trailing_speaker(scan[start + m.start() : end], SpeakerMemory(), probe=True) is not None:
            return start + m.start()
    return None


def _trailing_speaker(tail: str, memory: SpeakerMemory, probe: bool = False) -> Speaker | None:
    inverted = _TRAIL_INVERTED.match(tail)
    if inverted and not _FINITE.search(inverted["np"].lower().split(",")[0]) and inverted["np"][:1].isupper():
        return describe_speaker(inverted["np"], memory, inverted["verb"].lower())
    normal = _TRAIL_NORMAL.match(tail)
    if normal and not _FINITE.search(normal["rest"].lower()) and " that " not in f" {normal['rest'].lower()} ":
        np = normal["np"]
        if (
            len(np.split()) <= 40
            and not re.search(r"\b(?:that|which|will|would|could)\b", np.split(",")[0])
            and not _FINITE.search(np.lower())
        ):
            if probe and np.strip().lower() in PRONOUNS:
                return Speaker(np.strip(), QUOTED, None, normal["verb"].lower())
            return describe_speaker(np, memory, normal["verb"].lower())
    return None


def _attribute_quotes(
    body: str,
    scan: str,
    paragraph: Paragraph,
    sentences: list[Sentence],
    spans: list[Span],
    memory: SpeakerMemory,
    result: Attribution,
    label: Speaker | None,
) -> None:
    """A speaker for every quotation of a paragraph."""
    found: dict[Span, Speaker] = {}
    for span in spans:
        sentence = next((s for s in sentences if s.start <= span.end <= s.end), None)
        speaker = None
        if sentence is not None:
            after = scan[span.end : sentence.end]
            if after.strip(" \"'.,") and not after.lstrip().startswith(("(", "[")):
                speaker = _trailing_speaker(after, memory)
            if speaker is None:
                start_sentence = next((s for s in sentences if s.start <= span.start <= s.end), sentence)
                before = scan[start_sentence.start : max(start_sentence.start, span.start - 1)]
                lead = _LEADING.search(before) if before.strip() else None
                if lead:
                    speaker = describe_speaker(subject_before(lead["np"]), memory, lead["verb"].lower())
            if speaker is None:
                following = [s for s in sentences if s.start > span.end][:1]
                if following:
                    part = _PART_OF_MESSAGE.match(scan[following[0].start : following[0].end])
                    if part:
                        speaker = describe_speaker(part["np"], memory, "message")
        if speaker is not None:
            memory.remember(speaker)
            found[span] = speaker
    for span in spans:
        speaker = found.get(span)
        if speaker is None and found:
            # Another quotation of the same paragraph names the speaker: the nearest one.
            nearest = min(found, key=lambda other: abs(other.start - span.start))
            speaker = found[nearest]
        if speaker is None and label is not None:
            speaker = label
        if speaker is not None:
            result.quotes[(span.start, span.end)] = speaker
