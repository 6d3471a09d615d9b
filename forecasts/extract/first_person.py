"""Who "we", "our" and "my" stand for in a claim: the speaker's organisation, or the state it speaks for.

A department's statement ("We will publish the plan") is the department's act, not the whole
country's. "We" is the organisation the speaker is (an author without a byline is the outlet,
"Department for Education (GOV.UK)") or the one the speaker's role names ("President of the
Northern Mining Group", "former NDP district chief", "Fifa President Gianni Infantino"). Only
a speaker who speaks for a state makes "we" the country: a head of state or government, a
foreign minister, an ambassador, or an organ that speaks for the state abroad or at its head
(a foreign ministry, the White House, the Kremlin, a prime minister's office, an embassy).
What belongs to the nation ("our economy", "our borders", "our schools") is the country's
whoever says it.

Two speakers' "we" is not their organisation for every act. A member speaking on a chamber's floor
(a Congressional Record or Hansard speech: "I yield", "the Senator from ...", "the right hon.
Member") means the chamber for what a chamber does ("we will vote on the bill": the US Senate).
A briefer on a trip means the travelling party, named by its principal, for a journey's steps
("we will arrive in Delhi" in a preview of the Secretary's trip: the Secretary).

A meeting is never one side's: "our next meeting" is the speaker's and the one the text says the
speaker meets ("I regularly meet with President Kovac"), and nobody's the claim can name when the
text names no one met.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate
from forecasts.extract.gazetteer import actors_in, country_actor, display_name

# The head word of an organisation's name ("Department for Education", "the Alliance Group").
_ORGANISATION_WORDS = (
    r"Department|Ministry|Office|Agency|Bureau|Commission|Committee|Council|Authority|Bank|Reserve|Board|"
    r"Institute|Administration|Library|Service|Treasury|Corporation|Company|Group|Party|Union|Organi[sz]ation|"
    r"Association|Federation|Fund|Foundation|Court|Secretariat|Directorate|Inspectorate|University|Alliance|"
    r"Coalition|Trust|Parliament|Congress|Senate|Assembly"
)
# A word that makes a name an organisation's ("the Northern Mining Group"), not a person's.
ORGANISATION_HEAD = re.compile(rf"\b(?:{_ORGANISATION_WORDS})\b")
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|&|and)"
_ORGANISATION = re.compile(
    rf"(?P<org>(?:[A-Z][\w'\u2019.-]*\s+){{0,4}}(?:{_ORGANISATION_WORDS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+{_NAME_WORD})*)*)"
)
# Titles before an organisation's name, which are the speaker's post, not part of the name.
_TITLE_WORDS = frozenset(
    "president vice chairman chair chairwoman director secretary minister head chief member governor "
    "commissioner deputy former executive general senior official spokesman spokeswoman spokesperson "
    "managing ceo founder".split()
)
# "Fifa President Gianni Infantino": an organisation named before the speaker's title.
_ORGANISATION_BEFORE_TITLE = re.compile(
    r"^(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:President|Chairman|Chair|Director(?:[- ]General)?|"
    r"Chief\s+Executive|CEO|Secretary[- ]General|Head|Spokes(?:man|woman|person))\s+[A-Z]"
)
# "former NDP district chief": a party or body named by its initials in the speaker's role.
_INITIALS = re.compile(r"\b(?:\d+(?:st|nd|rd|th)\s+)?(?P<initials>[A-Z]{2,6})\b")
_NOT_INITIALS = frozenset({"CEO", "MP", "MEP", "MD", "PM", "GOV", "UK", "US", "USA", "EU", "UN"})
# "we will", "I'll", "we are going to", "we also will", "we aim to": the speaker's own act or aim to
# come (``meeting_programme``, ``secret_ballot``, ``pledges``), written into their patterns. "We
# believe that our people ... will" is not: the subject of "will" is not the speaker.
FIRST_PERSON_WILL = (
    r"(?<![\w'\u2019-])(?:I|we)(?:\s*['\u2019]ll|\s+(?:(?:also|then|now|definitely|certainly|surely|soon|"
    r"ourselves|all|both|together|indeed|of\s+course)\s+){0,2}(?:will|shall|am\s+going\s+to|are\s+going\s+to|"
    r"['\u2019](?:m|re)\s+going\s+to|(?:aim|intend|plan|hope|want|seek|expect)\s+to))\b"
)

# Organs that speak for the state abroad or at its head: their "we" is the country.
_STATE_ORGAN = re.compile(
    r"(?i)\b(?:department\s+of\s+state|state\s+department|foreign\s+(?:office|ministry|affairs)|"
    r"foreign,\s+commonwealth|white\s+house|kremlin|(?:prime\s+minister|president)['\u2019]?s?\s+office|"
    r"office\s+of\s+the\s+(?:president|prime\s+minister)|downing\s+street|embass(?:y|ies)|permanent\s+mission|"
    r"presidential\s+(?:administration|office|executive\s+office)|[e\u00e9]lys[e\u00e9]e)\b"
)
# What "our" owns on behalf of the nation, whoever speaks: the country's, never a department's.
_NATIONAL_NOUNS = frozenset(
    """
    country nation economy people citizens society communities borders border territory homeland allies partners
    troops forces military soldiers veterans supply chains industry industries businesses companies firms
    workers farmers families children pupils students schools hospitals universities cities towns regions
    roads railways infrastructure networks elections democracy institutions security interests values
    finances debt deficit currency exports energy sovereignty independence
    """.split()
)


def _organisation_in(text: str, initials: bool) -> str | None:
    """The organisation a speaker's name or role names, as a sentence writes it ("the Alliance Group");
    with ``initials``, also one named by its initials ("the NDP": a role, not an outlet's name)."""
    text = re.sub(r"\s*\([^()]*\)", "", text).strip()
    before_title = _ORGANISATION_BEFORE_TITLE.match(text)
    if before_title and not actors_in(before_title.group("org")):
        return before_title.group("org")
    for m in _ORGANISATION.finditer(text):
        words = m.group("org").split()
        while words and words[0].lower() in _TITLE_WORDS:
            words = words[1:]
        # "... Alliance Group and President of Russian Platinum": a second post is another name.
        for i, word in enumerate(words):
            if word in ("and", "&") and i + 1 < len(words) and words[i + 1].lower() in _TITLE_WORDS:
                words = words[:i]
                break
        name = " ".join(words).rstrip(",")
        if name:
            # "HM Treasury", "Her Majesty's Revenue and Customs" are written without "the".
            return name if name.startswith(("the ", "The ", "HM ", "Her Majesty", "His Majesty")) else f"the {name}"
    for m in _INITIALS.finditer(text) if initials else ():
        if m.group("initials") not in _NOT_INITIALS and not actors_in(m.group("initials")):
            # "the NDP", "the CPP": letters read one by one take "the"; a name of five or six
            # capitals is read as a word and takes none ("LUKOIL", "PEMEX").
            return m.group(0) if len(m.group("initials")) >= 5 else f"the {m.group(0)}"
    return None


def speaker_organisation(candidate: Candidate) -> str | None:
    """The organisation the speaker is or works for, unless it speaks for the state; None if none is named.

    An author's role is only "author" (the byline or outlet is the speaker), so only a quoted or
    reported speaker's role is read.
    """
    texts = [(candidate.speaker, False)]
    if candidate.speaker_type != "author" and candidate.speaker_role:
        texts.append((candidate.speaker_role, True))
    for text, initials in texts:
        if _STATE_ORGAN.search(text):
            return None
        organisation = _organisation_in(text, initials)
        if organisation is not None:
            return None if _STATE_ORGAN.search(organisation) else organisation
    if candidate.speaker_type != "author" and candidate.speaker_role:
        # "President of LUKOIL": a name with no word that marks it an organisation's is still the
        # officer's, read as an introduction's post is; "President of Russia" speaks for the state.
        return _introduced_organisation(candidate.speaker_role, candidate.speaker)
    return None


# Posts whose holder speaks for a state: its head, its government, its diplomats and spokespeople.
# A legislator, an analyst or a company's officer does not ("we" of a senator is not the country).
_STATE_POST = re.compile(
    r"(?i)\b(?:president|prime\s+minister|premier|chancellor|minister|secretary(?![- ]general)|ambassador|envoy|"
    r"consul|spokes(?:man|woman|person)|king|queen|emir|sultan|crown\s+prince|head\s+of\s+(?:state|government)|"
    r"diplomat|(?:government|administration|state|ministry)\s+officials?)\b"
)
# The posts of an organisation's officers, who speak for it: "NOVATEK CEO", "chairman of the board of ...".
_OFFICER_WORDS = (
    r"chief\s+executive|CEO|chair(?:man|woman|person)?|president|director(?:[- ]general)?|head|founder|"
    r"managing\s+director|general\s+manager|manager|executive|secretary[- ]general|spokes(?:man|woman|person)|"
    r"governor|mayor|leader|owner|partner"
)
_OFFICER = re.compile(rf"(?i)\b(?:{_OFFICER_WORDS})\b")
# "chief executive of Nordgas", "deputy general director for capital construction and investment at
# the Gazprom Mezhregiongaz company": what the post is for may stand between the post and its "at".
_OFFICER_OF = re.compile(
    rf"\b(?i:{_OFFICER_WORDS})(?:\s+(?:for|of|in)\s+(?:[a-z][\w'\u2019-]*\s+){{0,6}}?[a-z][\w'\u2019-]*)?"
    r"\s+(?:of|at)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|&|and\s+[A-Z][\w&'\u2019.-]*))*)"
)
# Publishers that speak for a government: its departments, its head's office, its legislature's record.
# A speaker on their pages who is introduced as nothing else is one of its officials.
_GOVERNMENT_OUTLET = re.compile(
    r"\b(?:Department|Ministry|Cabinet\s+Office|Government|Parliament|Congress|Congressional|Hansard|GOV\.UK|"
    r"Presidency|President\s+of|Prime\s+Minister|Chancellery)\b"
)
# A role that is only a form of address ("Mr", "Ms"): the article introduces the speaker elsewhere, if at all.
_ADDRESS = frozenset("mr mrs ms miss dr sir madam mr. mrs. ms. dr.".split())
# Words of a post written before a name ("Acting Assistant Secretary for Near Eastern Affairs", "NOVATEK CEO").
# "... Minister Mikhail Murashko": a post followed by a person's given name and surname.
_NEXT_IN_A_LIST = re.compile(
    rf"(?:\b(?i:{_OFFICER_WORDS}|minister|secretary|ambassador|envoy|spokes(?:man|woman|person))|\band)\s+"
    rf"(?!(?:{_ORGANISATION_WORDS})\b)[A-Z][a-z'\u2019-]+\s+(?!(?:{_ORGANISATION_WORDS})\b)[A-Z][a-z'\u2019-]+\b"
)
_POST_WORD = re.compile(r"(?:[A-Z][\w&'\u2019.-]*|of|the|for|and|on|de|du|des|von|van)$")


_PERSONAL_NAME = re.compile(r"[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}")


def _mentions(name: str, article: Article) -> Iterator[tuple[str, re.Match[str]]]:
    """Each mention of the person ``name`` by surname, in the title then the body: the text and the
    match; none when ``name`` is no person's name ("journalist", "officials")."""
    if not _PERSONAL_NAME.fullmatch(name):
        return
    surname = re.escape(name.split()[-1])
    for text in (article.title or "", article.body):
        for m in re.finditer(rf"(?<![\w'\u2019-]){surname}(?![\w'\u2019-])", text):
            yield text, m


def speaker_introduction(candidate: Candidate, article: Article) -> str | None:
    """The post the article gives a quoted speaker whose role it does not carry ("Chairman of the
    Board of Nordgas Anna Berg: ...", "Anna Berg, chief executive of Nordgas,", "Anna Berg is a
    fellow at ..."), title first: the words of the first such mention that name a post, without
    the name; None when the speaker's role says more than "Mr", or no mention introduces them."""
    role = (candidate.speaker_role or "").strip()
    if candidate.speaker_type == "author" or (role and role.lower() not in _ADDRESS):
        return None
    name = candidate.speaker.strip()
    for text, m in _mentions(name, article):
        # Before the name: the run of a post's words back to the line or clause it opens.
        before = re.split(r"[\n:;!?()\"\u201c\u201d]|[.,](?=\s)", text[: m.start()])[-1].split()
        # The given names: those of the speaker's name, else one word before a surname alone.
        given = name.split()[:-1] or [""]
        if before and before[-len(given) :] == given:
            del before[-len(given) :]
        elif len(given) == 1 and not given[0] and before and re.fullmatch(r"[A-Z][a-z'\u2019-]+", before[-1]):
            if not _OFFICER.fullmatch(before[-1]) and not _STATE_POST.fullmatch(before[-1]):
                before.pop()
        words: list[str] = []
        for word in reversed(before):
            if not _POST_WORD.match(word) and not _OFFICER.fullmatch(word) and not _STATE_POST.fullmatch(word):
                break
            words.insert(0, word)
        post = " ".join(words)
        if post and (_OFFICER.search(post) or _STATE_POST.search(post)):
            return post
        # After the name: an apposition or "is a ..." ("Anna Berg, chief executive of Nordgas,").
        # The whole apposition, to its end: one cut short at the length limit is a list running on.
        after = re.match(
            r"[_*]*\s*(?:,\s+|\s+(?:is|was|has\s+been|serves\s+as)\s+)(?P<post>[^,.;:()\n]{3,120})"
            r"(?=[,.;:()\n]|$)",
            text[m.end() :],
        )
        # Introduced as something else ("a fellow at ..."): no post to speak from. A post that ends on
        # another's name ("Sobyanin, Healthcare Minister Mikhail Murashko and ...") is the next
        # person of a list, not the speaker's apposition.
        if (
            after
            and (_OFFICER.search(after.group("post")) or _STATE_POST.search(after.group("post")))
            and not _NEXT_IN_A_LIST.search(after.group("post"))
        ):
            return after.group("post").strip()
    return None


# "Moscow Mayor", "Mayor of Moscow", "Governor of Texas": a post that speaks for a city or region.
_LOCAL_POST = re.compile(
    r"^(?:(?P<before>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?P<post>Mayor|Governor)"
    r"|(?P<post2>Mayor|Governor)\s+of\s+(?P<after>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?))$"
)


def _introduced_organisation(post: str, name: str) -> str | None:
    """The organisation an officer's post names ("Nordgas CEO", "chairman of the board of Nordgas");
    for a mayor or governor, the government of the city or region ("Moscow Mayor": the city
    government of Moscow), not the country."""
    local = _LOCAL_POST.match(post.strip())
    if local is not None:
        place = local.group("before") or local.group("after")
        kind = local.group("post") or local.group("post2")
        return f"the city government of {place}" if kind == "Mayor" else f"the government of {place}"
    if not _OFFICER.search(post) or _STATE_ORGAN.search(post):
        return None
    if _STATE_POST.search(post) and any(a.fips is not None for a in actors_in(post)):
        return None  # "President of the Republic of Belarus": the state's post, not an organisation's
    organisation = _organisation_in(f"{post} {name}", True)
    if organisation is not None and name in organisation:
        organisation = _organisation_in(post, True)
    if organisation is None:
        # "chief executive of Nordgas": the officer's post names the company after "of" or "at".
        named = _OFFICER_OF.search(post)
        organisation = named.group("org") if named else None
    if organisation is None or _STATE_ORGAN.search(organisation):
        return None
    if any(a.fips is not None for a in actors_in(organisation)) and not ORGANISATION_HEAD.search(organisation):
        # "President of Finland": a state, not an organisation; "the Russian Direct Investment
        # Fund" names a country but is a body of its own.
        return None
    # "the Management Board of Nordgas": the board is the company's organ; the company is who acts.
    organ = re.match(
        r"(?:the\s+)?(?:Management|Executive|Supervisory|Governing)\s+Board\s+of\s+(?P<org>.+)$", organisation
    )
    return organ.group("org") if organ else organisation


def _speaks_for_state(candidate: Candidate, article: Article, introduction: str | None) -> bool:
    """Whether the speaker's "we" is a state's: a state post or organ in the speaker's name, role or
    introduction, or a government's own publication with the speaker introduced as nothing else."""
    role = "" if candidate.speaker_type == "author" else candidate.speaker_role or ""
    for text in (candidate.speaker, role, introduction or ""):
        if _STATE_ORGAN.search(text) or _STATE_POST.search(text):
            return True
    return bool(_STATE_ORGAN.search(article.outlet or "") or _GOVERNMENT_OUTLET.search(article.outlet or ""))


def _country_in(texts: tuple[str, ...]) -> str | None:
    for text in texts:
        for actor in actors_in(text):
            if actor.cameo_country and (actor.fips is not None or actor.cameo_type in ("GOV", "MIL")):
                return display_name(country_actor(actor.cameo_country))
    return None


# Where the post before a name stops: another name's "and", "with" or comma ("Secretary Blinken And
# Israeli Prime Minister Naftali Bennett": Bennett's post is "Israeli Prime Minister").
_POST_BREAK = re.compile(r"(?:\b(?:[Aa]nd|[Ww]ith|[Mm]et|[Ff]or|[Bb]y|[Tt]o)\b|[,;:(\n])")


_HEAD_POST = (
    r"(?i:president|prime\s+minister|premier|chancellor|(?:foreign\s+)?minister|ambassador|king|queen|emir|"
    r"crown\s+prince)"
)
# "Prime Minister of Israel", "Israeli Prime Minister", "Indian External Affairs Minister".
_POST_OF_STATE = re.compile(
    rf"\b{_HEAD_POST}\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*){{0,3}})"
)
_STATE_POST_BEFORE = re.compile(rf"(?:^|\s)(?P<state>(?:[A-Z][\w.'\u2019-]*\s+){{1,3}}?){_HEAD_POST}\b")


def _introduced_country(candidate: Candidate, article: Article) -> str | None:
    """The country a quoted speaker's post names where the article introduces them ("Israeli Prime
    Minister Naftali Bennett", in the title or the body), or None. A transcript's label ("PRIME
    MINISTER BENNETT:") names the post but not the state, and a foreign leader on a State Department
    page does not speak for the United States."""
    if candidate.speaker_type == "author":
        return None
    for text, m in _mentions(candidate.speaker.strip(), article):
        post = _POST_BREAK.split(text[max(0, m.start() - 80) : m.start()])[-1]
        words = post.split()
        if len(words) > 7 or any(not _POST_WORD.match(w) for w in words):
            continue
        # The state's name right at the post ("Israeli Prime Minister", "Prime Minister of Israel");
        # "Afghanistan Task Force Director Ambassador" names what the post is about, not whose it is.
        for at_post in (_POST_OF_STATE.search(post), _STATE_POST_BEFORE.search(post)):
            country = _country_in((at_post.group("state"),)) if at_post else None
            if country is not None:
                return country
    return None


def speaker_country(candidate: Candidate, article: Article) -> str | None:
    """The country the speaker stands for, if any names one: the speaker's name, role or
    introduction, else the outlet or byline when those speak for the speaker (the speaker is the
    author, speaks for a state, or appears on a government's own pages). A think tank's or a
    newspaper's country is not that of everyone it quotes."""
    introduction = speaker_introduction(candidate, article)
    own = _country_in((candidate.speaker, candidate.speaker_role or "", introduction or ""))
    if own is not None:
        return own
    introduced = _introduced_country(candidate, article)
    if introduced is not None:
        return introduced
    if candidate.speaker_type == "author" or _speaks_for_state(candidate, article, introduction):
        return _country_in((article.outlet or "", article.author or ""))
    return None


# Capitalised words before an officer's title that are not the organisation's name.
_NOT_AN_ORGANISATION_WORD = frozenset("And The Of For Before After With By At In On To From Between".split())


def _organisation_of_title(candidate: Candidate, article: Article) -> str | None:
    """The organisation the article writes before the speaker's officer title and name ("NATO
    Secretary General Jens Stoltenberg" for a speaker labelled "Secretary General"), when that
    title is an organisation's and no state's post; None otherwise."""
    role = (candidate.speaker_role or "").strip()
    names = candidate.speaker.split()
    if candidate.speaker_type == "author" or not names or not _OFFICER.fullmatch(role) or _STATE_POST.search(role):
        return None
    titled = re.compile(rf"(?i:{re.escape(role)})\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}{re.escape(names[-1])}\b")
    # The title too: a transcript's labels give the title alone, its headline the whole introduction.
    text = f"{article.title or ''}\n{article.body or ''}"
    for m in titled.finditer(text):
        words: list[str] = []
        for word in reversed(text[max(0, m.start() - 80) : m.start()].split()):
            if not re.fullmatch(r"[A-Z][\w&'\u2019.-]*", word) or word in _NOT_AN_ORGANISATION_WORD or len(words) == 3:
                break
            words.insert(0, word)
        organisation = " ".join(words)
        if organisation and not any(a.fips is not None for a in actors_in(organisation)):
            return organisation
    return None


def speaker_party(candidate: Candidate, article: Article) -> str | None:
    """Who "we" is: the organisation the speaker's name, role or introduction makes them an officer
    of; else the country, when the speaker speaks for a state (``_speaks_for_state``) or is the
    author; else the speaker when the speaker is a group. None when the article names no side
    ("we" of an analyst or a guest): the claim is then left with its "we" for a person."""
    organisation = speaker_organisation(candidate)
    if organisation is not None:
        return organisation
    introduction = speaker_introduction(candidate, article)
    if introduction is not None:
        organisation = _introduced_organisation(introduction, candidate.speaker)
        if organisation is not None:
            return organisation
    titled = _organisation_of_title(candidate, article)
    if titled is not None:
        return titled
    if candidate.speaker_type == "author" or _speaks_for_state(candidate, article, introduction):
        country = speaker_country(candidate, article)
        if country is not None:
            return country
    elif any(a.fips is not None for a in actors_in(candidate.speaker)):
        return speaker_country(candidate, article)  # a country speaking ("Iran said ...")
    if candidate.speaker_type == "author" or any(a.fips is None for a in actors_in(candidate.speaker)):
        return candidate.speaker  # the outlet itself, or a group ("Hamas")
    return None


# What two hold together: "our next meeting" is the speaker's and the counterpart's, not one side's.
_ENCOUNTER_NOUNS = frozenset("meeting meetings talks summit negotiations consultations conversation encounter".split())
_PERSON_TITLE = (
    r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Crown\s+Prince|Emir|Sultan|"
    r"Secretary(?:\s+of\s+State)?|(?:Foreign\s+)?Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)"
)
# "I regularly meet with President Kovac", "after his talks with Ruritania": the one met.
_MET_WITH = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|talks|conversations?|summit)\s+with\s+"
    rf"(?P<who>(?:{_PERSON_TITLE}\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,2}})"
)
# How far back the one met may be named: the paragraphs leading to the claim.
_COUNTERPART_REACH = 1500


def _meets_as_a_body(candidate: Candidate, article: Article) -> bool:
    """Whether "our meeting" is a body's own sitting: the speaker speaks for an organisation, not a
    state ("our next meeting" of a central bank's chair is its committee's meeting)."""
    party = speaker_party(candidate, article)
    return party is not None and not _is_country(party)


def _encounter_sides(candidate: Candidate, article: Article) -> str | None:
    """ "Anna Berg and Tomas Kovac": the speaker and the one the text before the claim
    says the speaker meets ("I regularly meet with President Tomas Kovac"); a country met ("talks with
    Ruritania") pairs with the speaker's country. None when no one met is named."""
    if _meets_as_a_body(candidate, article):
        return None  # an organisation's meeting is its own sitting, not one with another side
    before = article.body[max(0, candidate.char_start - _COUNTERPART_REACH) : candidate.char_start]
    met = [m.group("who") for m in _MET_WITH.finditer(before)]
    met = [who for who in met if who not in candidate.speaker and candidate.speaker not in who]
    if not met:
        return None
    who = met[-1]
    if not re.match(_PERSON_TITLE, who) and _is_country(who):
        own = speaker_country(candidate, article)
        return f"{own} and {who}" if own is not None and own != who else None
    # A person met pairs with the speaker by name; a speaker known only as an outlet has none.
    if candidate.speaker_type == "author" or not re.search(r"[A-Z]\w+\s+[A-Z]\w+", candidate.speaker):
        return None
    # By names alone, as the speaker is: "Anna Berg and Tomas Kovac", not one of them by rank.
    name = re.sub(rf"^{_PERSON_TITLE}\s+", "", who)
    return f"{candidate.speaker} and {name}"


def encounter_between(noun_phrase: str, candidate: Candidate, article: Article) -> str | None:
    """ "next meeting" -> "the next meeting between Anna Berg and Tomas Kovac": a meeting
    or talks "our" owns, said between the speaker and the one met (``_encounter_sides``); None for
    any other noun, for talks whose other side the phrase names, or when no one met is named."""
    head = re.split(r"\s+(?:of|in|on|for|from|with|at|to)\s+", noun_phrase.strip(), maxsplit=1)[0]
    words = head.lower().split()
    if not words or words[-1] not in _ENCOUNTER_NOUNS or re.search(r"\bwith\b", noun_phrase):
        return None
    sides = _encounter_sides(candidate, article)
    return f"the {noun_phrase.strip()} between {sides}" if sides is not None else None


def owner_of(noun_phrase: str, candidate: Candidate, article: Article) -> str | None:
    """Whose "our <noun_phrase>" is: for a meeting or talks, the speaker's and the one met
    (``_encounter_sides``; None when the article names no one met, since one side alone does not
    meet); the nation's for what belongs to a nation, else the speaker's party; None when the
    article names neither."""
    head = re.split(r"\s+(?:of|in|on|for|from|with|at|to)\s+", noun_phrase.strip(), maxsplit=1)[0]
    words = head.lower().split()
    # "our talks with the unions" names the other side itself: "our" is then the speaker's alone.
    meeting = words and words[-1] in _ENCOUNTER_NOUNS and not re.search(r"\bwith\b", noun_phrase)
    if meeting and not _meets_as_a_body(candidate, article):
        return _encounter_sides(candidate, article)
    national = any(w in _NATIONAL_NOUNS for w in words[-2:])
    if national:
        country = speaker_country(candidate, article)
        if country is not None:
            return country
    return speaker_party(candidate, article)


# "our countries" in a statement several states made together: the states, not the speaker's own.
STATES_NOUNS = frozenset("countries nations states governments peoples".split())
_JOINT = re.compile(r"(?i)\b(?:joint|trilateral|tripartite|common)\s+(?:statement|declaration|communiqu[e\u00e9])")
_COUNTRY_LIST = re.compile(
    r"(?P<list>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})*"
    r",?\s+and\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
)


def _is_country(name: str) -> bool:
    return any(a.fips is not None for a in actors_in(name))


def joint_parties(noun_phrase: str, article: Article, before: int) -> str | None:
    """Who "our countries" are in a joint statement: the states listed where the title or the text
    before names the statement ("Joint statement by the foreign ministers of France, Spain and
    Portugal"), as written; None for any other noun, or when no joint statement lists two states."""
    if noun_phrase.strip().lower() not in STATES_NOUNS:
        return None
    sources = [article.title or "", *re.split(r"(?<=[.!?])\s+", article.body[:before])]
    if not any(_JOINT.search(text) for text in sources):
        return None
    for text in sources:
        for m in _COUNTRY_LIST.finditer(text):
            items = [re.sub(r"^(?:and\s+)?(?:the\s+)?", "", i.strip()) for i in re.split(r",|\band\b", m.group("list"))]
            items = [i for i in items if i]
            # "The foreign ministers of France": a list's first word may open the sentence; keep only states.
            while items and not _is_country(items[0]):
                items = items[1:]
            if len(items) >= 2 and all(_is_country(i) for i in items):
                return ", ".join(items[:-1]) + " and " + items[-1]
    return None


# --- "we" of a chamber's member, and of a travelling party ---------------------------------------

# What only a chamber does, as the verb opening the claim's phrase ("vote on the bill", "take up").
_CHAMBER_ACTS = re.compile(
    r"(?i)^(?:vote|pass|debate|adopt|consider|approve|reject|amend|ratify|confirm|override|enact|"
    r"take\s+up|(?:hold|have)\s+(?:a\s+(?:series\s+of\s+|final\s+|first\s+)?)?(?:votes?|debates?|hearings?))\b"
)
# Marks of a member speaking on the floor: colleagues named by their seat, the floor yielded. Each names
# the chamber it belongs to, for a record whose heading does not.
_FLOOR_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bthe\s+(?:Senator|Senators)\s+from\s+[A-Z]"), "Senate"),
    (re.compile(r"\b(?:My\s+Lords|the\s+noble\s+(?:Lord|Baroness|Lady|Earl))\b"), "House of Lords"),
    (re.compile(r"\b(?:right\s+)?hon\.\s+(?:Member|Friend|Gentleman|Lady)\b"), "House of Commons"),
    (re.compile(r"\bthe\s+(?:gentleman|gentlewoman)\s+from\s+[A-Z]"), "House of Representatives"),
    (re.compile(r"\bI\s+yield\b"), ""),
)
# The chair addressed: a floor mark only in a record whose heading is a legislature's, since a
# reporter says "Mr. President," at a press conference too.
_CHAIR_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:Mr|Madam|Madame)\.?\s+President\s*,"), "Senate"),
    (re.compile(r"\b(?:Mr|Madam|Madame)\.?\s+Speaker\b"), "House of Representatives"),
)
_RECORD = re.compile(
    r"(?i)\bcongressional\s+record\b|\bhansard\b|\bparliamentary\s+debates\b|\bfloor\s+(?:remarks|speech|statement)|"
    r"\bsenate\b|\bhouse\s+of\s+(?:representatives|commons|lords)\b"
)
_CHAMBER_NAME = re.compile(r"\b(House\s+of\s+Representatives|House\s+of\s+Commons|House\s+of\s+Lords|Senate)\b")
# A chamber is written with its country's short name where several countries have one of that name;
# the Commons and the Lords are the United Kingdom's unless another country is named.
_CHAMBER_COUNTRY = {
    "the United States": "US",
    "Australia": "Australian",
    "Canada": "Canadian",
    "India": "Indian",
    "Ireland": "Irish",
    "the Philippines": "Philippine",
}


def _floor_chamber(article: Article) -> str | None:
    """The chamber's bare name ("Senate") when the article is a member's floor speech; None for any
    other article."""
    heading = " ".join(t for t in (article.title, article.outlet, article.url) if t)
    marks = (*_FLOOR_MARKS, *_CHAIR_MARKS) if _RECORD.search(heading) else _FLOOR_MARKS
    marked = [chamber for pattern, chamber in marks if pattern.search(article.body)]
    if not marked:
        return None  # no floor speech
    # The record's own heading names its chamber first ("Senate floor remarks"), else the floor's marks.
    named = _CHAMBER_NAME.search(heading)
    return re.sub(r"\s+", " ", named.group(1)) if named else next((c for c in marked if c), None)


def _chamber(candidate: Candidate, article: Article) -> str | None:
    """The chamber the speaker sits in when the article is a member's floor speech, as the question
    names it ("the US Senate", "the House of Commons"); None for any other article."""
    chamber = _floor_chamber(article)
    if chamber is None:
        return None
    country = speaker_country(candidate, article)
    if chamber in ("House of Commons", "House of Lords") and country in (None, "the United Kingdom"):
        return f"the {chamber}"
    adjective = _CHAMBER_COUNTRY.get(country or "")
    return f"the {adjective} {chamber}" if adjective else f"the {chamber}"


_FLOOR_TITLES = {"Senate": "Senator", "House of Representatives": "Representative"}


def floor_title(candidate: Candidate, article: Article) -> str | None:
    """ "Senator" or "Representative": how a member speaking on the floor of the US Congress (or of
    a chamber of that name whose country the tables do not qualify) is named, when the article is
    such a floor speech; None for any other article, and for another country's Senate."""
    title = _FLOOR_TITLES.get(_floor_chamber(article) or "")
    if title is None:
        return None
    return title if _CHAMBER_COUNTRY.get(speaker_country(candidate, article) or "") in (None, "US") else None


# Acts of a journey: the party travels with its principal ("We will arrive in Delhi" in the
# Secretary's trip briefing is the Secretary's arrival, not the state's).
_TRAVEL_ACTS = re.compile(
    # "be traveling to Paris": the progressive of a journey's step is the step.
    r"(?i)^(?:be\s+)?(?:arriv(?:e|ing)(?!\s+at\s+(?:a|an|the|some|any)\s+[a-z])|depart(?:ing)?|travel(?:l?ing)?|"
    r"land(?:ing)?|fly(?:ing)?\s+(?:to|into|on)|stop(?:ping)?\s+(?:in|over|off|at)|touch(?:ing)?\s+down)\b"
)
# Posts whose holder travels with a party, named by the post and perhaps the name.
_PRINCIPAL_POST = (
    r"(?:Secretary|President|Vice\s+President|Prime\s+Minister|Foreign\s+Minister|Minister|Chancellor|"
    r"Ambassador|Governor|Senator|King|Queen|Crown\s+Prince)"
)
_PRINCIPAL = rf"(?:the\s+)?{_PRINCIPAL_POST}(?:\s+[A-Z][\w'\u2019-]+){{0,2}}"
_TRIP_OF = re.compile(
    rf"(?P<who>{_PRINCIPAL})['\u2019]s?\s+(?:(?:upcoming|forthcoming|planned|first|official|state|"
    r"next|current)\s+)*(?:trip|travel|visit|tour|journey|delegation|party)\b"
    rf"|\b(?:accompany|accompanies|accompanying|travel(?:l)?ing\s+with)\s+(?P<with>{_PRINCIPAL})"
)


def _travel_principal(article: Article, before: int) -> str | None:
    """The principal whose trip the text before ``before`` (or the title) is about, as written
    ("the Secretary"); None if it names none."""
    found = None
    for text in (article.title or "", article.body[:before]):
        for m in _TRIP_OF.finditer(text):
            found = m.group("who") or m.group("with")
    if found is None:
        return None
    return found[0].lower() + found[1:] if found.startswith("The ") else found


# --- "we" of two sides doing what takes two ------------------------------------------------------

# What takes two sides: a hotline, channel or mechanism set up, talks held, an agreement signed.
_JOINT_ACTS = re.compile(
    r"(?i)^(?:jointly\s+)?(?:establish|set\s+up|create|launch|open|hold|sign|conclude|negotiate|start|begin)\b"
    r"[^,;.]{0,40}?\b(?:hotlines?|channels?|mechanisms?|working\s+groups?|talks|negotiations|consultations|"
    r"dialogue|agreements?|treat(?:y|ies)|deals?|accords?|memorand(?:um|a))\b"
)
# "Russia and the US", "France and Brazil": two sides named together.
_SIDE = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
_TWO_SIDES = re.compile(rf"(?P<one>{_SIDE})\s+and\s+(?P<other>{_SIDE})")


def _joint_sides(party: str, body: str, before: int) -> str | None:
    """ "Russia and the US" when the sentence before ``before`` or the one before it names the
    speaker's country ``party`` together with one other country; None when it names none, or
    more than one such pair."""
    own = {a.cameo_country for a in actors_in(party) if a.fips is not None}
    if len(own) != 1:
        return None
    sentences = re.split(r"(?<=[.!?])\s+", body[:before].rstrip())[-2:]
    pairs: set[str] = set()
    for text in sentences:
        for m in _TWO_SIDES.finditer(text):
            one, other = actors_in(m.group("one")), actors_in(m.group("other"))
            if len(one) != 1 or len(other) != 1 or one[0].fips is None or other[0].fips is None:
                continue
            codes = {one[0].cameo_country, other[0].cameo_country}
            if len(codes) == 2 and own <= codes:
                pairs.add(f"{m.group('one')} and {m.group('other')}")
    return pairs.pop() if len(pairs) == 1 else None


# Meeting someone, or holding talks with them: what a speaker does in person with the one met.
_ENCOUNTER_ACTS = re.compile(
    r"(?i)^(?:(?:hold|have)\s+(?:(?:a|an|further|more|new|bilateral|separate|direct|face-to-face|"
    r"official|formal|informal)\s+)*(?:talks|meetings?|summit|conversations?|consultations)"
    r"|meet(?=\s+(?:again|with|in|at|on|soon|next|during|this|later)\b|\s*$))\b"
)


# What people do in person, together: "we will attend the opening of the exhibition", said by one of
# two leaders the text names together, is the two leaders' act, not one state's.
_PERSONAL_ACTS = re.compile(
    r"(?i)^(?:attend|visit|tour|inspect|take\s+part|participate|meet\s+with|lay\s+(?:a\s+)?wreaths?|"
    r"have\s+(?:a\s+)?(?:lunch|dinner|breakfast))\b"
)


def _pair_named(candidate: Candidate, article: Article) -> str | None:
    """ "Vladimir Putin and Sebastian Kurz" when the text before the claim names the speaker, by full
    name, together with one other person ("Vladimir Putin and Sebastian Kurz made press statements");
    None when it names no such pair."""
    if candidate.speaker_type == "author" or not re.fullmatch(
        r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}", candidate.speaker
    ):
        return None
    # The pair is named once, where the text sets the scene ("... made press statements"), however far back.
    before = article.body[: candidate.char_start]
    pairs = re.findall(
        rf"\b{re.escape(candidate.speaker)}\s+and\s+((?:[A-Z][\w'\u2019-]+\s+){{1,2}}[A-Z][\w'\u2019-]+)\b", before
    )
    people = [p for p in pairs if not actors_in(p) and not ORGANISATION_HEAD.search(p)]
    return f"{candidate.speaker} and {people[-1]}" if people else None


def acting_party(candidate: Candidate, article: Article, phrase: str) -> str | None:
    """Who "we" is for the act ``phrase``: a member's chamber for what a chamber does (a vote, a
    debate), a travelling party's principal for a journey's steps, both sides for what takes two
    (a hotline, talks, an agreement) when the sentence or the one before names the speaker's
    country with one other ("Russia and the US ... we will establish a hotline"); for talks or a
    meeting held in person, the speaker and the one the text says the speaker meets ("I regularly
    meet with President Kovac ... we will hold talks": "Anna Berg and Tomas Kovac", as for "our
    next meeting"), not the speaker's country; else ``speaker_party`` (None: the article does not
    name the speaker's side)."""
    if _JOINT_ACTS.match(phrase):
        party = speaker_party(candidate, article)
        sides = _joint_sides(party, article.body, candidate.char_start) if party else None
        if sides is not None:
            return sides
    if _ENCOUNTER_ACTS.match(phrase):
        sides = _encounter_sides(candidate, article)
        if sides is not None:
            return sides
    if _PERSONAL_ACTS.match(phrase):
        pair = _pair_named(candidate, article)
        if pair is not None:
            return pair
    if _CHAMBER_ACTS.match(phrase):
        chamber = _chamber(candidate, article)
        if chamber is not None:
            return chamber
    if _TRAVEL_ACTS.match(phrase):
        principal = _travel_principal(article, candidate.char_start) or _travelling_speaker(candidate)
        if principal is not None:
            return principal
    return speaker_party(candidate, article)


def _travelling_speaker(candidate: Candidate) -> str | None:
    """ "the Secretary" when the speaker, quoted by name, holds a post that travels with a party
    (``_PRINCIPAL_POST``): "from here we'll be traveling to Paris", said by the Secretary, is the
    Secretary's journey, not the state's or an alliance's. None for an author or any other speaker."""
    if candidate.speaker_type == "author" or not candidate.speaker_role:
        return None
    post = re.fullmatch(rf"(?:the\s+)?(?P<post>{_PRINCIPAL_POST})", candidate.speaker_role.strip())
    return None if post is None else "the " + post.group("post")
