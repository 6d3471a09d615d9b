"""Qualifiers: what a definite description needs from the article to be read on its own.

An article names a thing in full once and then shortens it: "the South American Community of
Nations" becomes "the community", "the House of Commons" "the House", "the first launches
from the Arctic Spaceport" "the first launches", and a paragraph headed "Latin America and the
Caribbean:" says only "Growth will edge up". A question a stranger reads needs the qualifier
back. The rules, each from the article alone:

- a name's head noun ("the community") is the name the article is about: one its title gives,
  else the nearest before the claim, the fullest form of it ("U.S. Cyber Command", not "Cyber
  Command"); ``named_mention``;
- a national (or provincial, regional, local) election, chamber, institution or office ("the
  general election", "the House of Commons", "Parliament", "the president") gets the country the
  article is about ("the UK general election", "Mexico's president");
- an event without its place ("the first launches") gets the place the fullest earlier mention
  of the same event gave ("from the Arctic Spaceport"), else the facility the title names;
- a statistic without its place ("growth", "inflation") gets the region its paragraph is headed
  by ("Latin America and the Caribbean: ...") or its sentence opens with ("In the euro area, ...");
- oil or gas, or its price, gets the benchmark the article names ("Brent crude", "Henry Hub
  natural gas prices"); ``with_benchmark``;
- legislation, and "measures" where the article sets out a legislative programme (a Queen's
  Speech), gets the legislature of the publisher's country ("a Bill in the UK Parliament");
- a military act with no place gets the country the article places events in, never the actor's
  own ("advance on key targets in Ukraine"), and so does a truce or zone between warring sides ("a
  ceasefire in Syria", "the buffer zone in Yemen"), or the area the article gives a truce ("in the
  Idlib de-escalation zone") when it gives one; ``with_theatre``;
- an act owned by "its"/"their" with no target ("a pretext for its attack") gets the one target the
  article gives such an act nearby ("an attack against Ukraine"); ``with_target``; so does a subject
  that is an act of an owner named by name or demonym ("Russia's attack", "the Russian
  offensive"); ``subject_with_target``;
- works being built ("ten technical and support sites be completed") are built at the facility
  the claim's paragraph, else the title, names ("at the Vostochny Space Launch Centre");
  ``with_site``;
- a place the claim's sentence opens with ("In England, further powers will be devolved ...")
  goes back on the act and beats the government's country for a national matter (a devolved
  one); ``with_opening_place``;
- a subject that picks one out of a group ("one member of the ruling coalition") is the member the
  article names beside it (", Interior Minister Jane Roe,"); ``with_named_member``;
- a vote on a motion or bill that names no chamber ("the motion be passed") is in the chamber the
  article last named before the claim ("in the UK House of Commons"); ``with_chamber``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.article_countries import publisher_country, subject_country
from forecasts.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from forecasts.extract.demonstratives import fullest_mention
from forecasts.extract.event_places import theatre_country
from forecasts.extract.gazetteer import actors_in, country_actor, display_name, place_in
from forecasts.extract.possessives import possessive
from forecasts.extract.sentences import split_sentences

_CAPITAL_WORD = r"[A-Z][\w.'\u2019-]*"


def _names_with_head(noun: str, text: str, acts: Callable[[str], bool]) -> list[tuple[int, str]]:
    """Names in ``text`` whose head is ``noun``: "the Andean Community", "the House of Commons"."""
    head = re.escape(noun[0].upper() + noun[1:])
    pattern = re.compile(
        rf"((?:the\s+)?(?:{_CAPITAL_WORD}\s+){{0,4}}{head}"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPITAL_WORD}(?:\s+(?:{_CAPITAL_WORD}|and))*)?)\b"
    )
    found = []
    for m in pattern.finditer(text):
        # "The SRF. The Desk": a name never runs across a sentence end ("U.S. Cyber Command" is one name).
        name = _SENTENCE_END.split(re.sub(r"\s+and$", "", m.group(1)))[-1]
        bare = re.sub(r"^(?:the|The)\s+", "", name)
        if bare == noun[0].upper() + noun[1:] or re.search(r"['\u2019]s\b", name):
            continue  # the noun alone, or "the Federal Reserve's Treasury": an owner, not the name
        if bare.split()[0] in _DETERMINERS or re.match(r"\s+[A-Z]", text[m.end() :]):
            continue  # "A CPP Win Means ...": a headline in title case, not a name
        after = re.match(r"\s+([a-z]+)", text[m.end() :])
        if after and not re.search(r"\s(?:of|for)\s", bare) and not acts(after.group(1)):
            continue  # "Treasury securities": the name only modifies another noun
        found.append((m.start() + len(m.group(1)) - len(name), re.sub(r"^The\s+", "the ", name)))
    return found


_DETERMINERS = frozenset("A An This That These Those Our Its Their His Her Each Every No Any Some".split())
_SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])(?<=[A-Za-z0-9]{2})\.\s+(?=[A-Z])")


def _in_running_text(name: str, text: str) -> bool:
    """``name`` is written in ``text`` on a line of running text, not only in title-case headings."""
    bare = re.sub(r"^the\s+", "", name)
    for m in re.finditer(rf"\b{re.escape(bare)}\b", text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
        if sum(w[0].islower() for w in words) >= 0.3 * len(words):
            return True
    return False


def named_mention(
    noun: str, body: str, before: int, title: str | None, acts: Callable[[str], bool]
) -> tuple[int, str] | None:
    """The name with head ``noun`` that "the <noun>" stands for, and where it is, or None.

    ``acts`` tells whether a lower-case word after a name is what the name does ("the U.S.
    Treasury will", "Cyber Command met"), not a noun the name modifies ("Treasury securities"):
    the caller knows the verbs.

    A name in the title is the article's subject and wins; else the nearest name in the 1500
    characters before ``before``. The fullest form of the winner is kept: "U.S. Cyber Command"
    over "Cyber Command" when both are written.
    """
    window_start = max(0, before - 1500)
    near = [(start + window_start, name) for start, name in _names_with_head(noun, body[window_start:before], acts)]
    # A title is written in title case ("Threat Actors To Converge ..."): only a name the text
    # itself writes the same way counts.
    earlier = body[:before]
    headline = [name for _, name in _names_with_head(noun, title or "", acts) if _in_running_text(name, earlier)]
    if not near and not headline:
        return None
    if headline:
        chosen = (near[-1][0] if near else 0, max(headline, key=len))
    else:
        chosen = near[-1]
    bare = re.sub(r"^the\s+", "", chosen[1])
    fuller = [name for _, name in near if bare in name and len(name) > len(chosen[1])]
    if fuller:
        chosen = (chosen[0], max(fuller, key=len))
    name = chosen[1]
    if not name.startswith("the ") and re.search(r"\b(?:of|for)\b", name):
        name = "the " + name  # "South American Community of Nations" reads with "the"
    return chosen[0], name


def full_name(noun: str, body: str, before: int, title: str | None, acts: Callable[[str], bool]) -> str | None:
    """The name with head ``noun`` that a short "the <Noun>" stands for: the last one written before
    ``before``, however far back (a formal text names a body in full once), else one in a title
    written as running text; None when neither names one."""
    near = _names_with_head(noun, body[:before], acts)
    if near:
        start, name = near[-1]
        # "Turks and Caicos Regiment": a place's name joined by "and" is one name.
        joined = re.search(r"(?:^|\s)((?:[A-Z][\w'\u2019.-]*\s+){1,2}(?:and|&)\s+)$", body[:start])
        bare = re.sub(r"^the\s+", "", name)
        return joined.group(1) + bare if joined and not name.startswith("the ") else name
    headline = [name for _, name in _names_with_head(noun, title or "", acts) if _in_running_text(name, title or "")]
    return max(headline, key=len) if headline else None


# Words that open a noun phrase or end one before it starts: not a group's qualifier.
_NOT_QUALIFIERS = frozenset(
    "the a an these those this that some many most all none each any several few both half of to in on at for "
    "with by from and or but we they you it is are was were will would can could may might be been being have "
    "has had do does did not no our their his her its my your us them".split()
)


def fullest_group(phrase: str, body: str, before: int) -> str:
    """ "these families" -> "the Yazidi refugee families": the earlier mention of the same head noun
    with the most name words before it (capitalised words first, then length), with "the"."""
    head = phrase.split()[-1]
    best: tuple[int, int, list[str]] | None = None
    for m in re.finditer(rf"\b{re.escape(head)}\b", body[:before]):
        words = body[max(0, m.start() - 80) : m.start()].split()
        qualifiers: list[str] = []
        for word in reversed(words[-3:]):
            # A count ("750 applicants") names a part of the group, not the group.
            if word.lower() in _NOT_QUALIFIERS or re.search(r"[^\w'-]|^\d", word) or word.endswith("ing"):
                break
            qualifiers.insert(0, word)
        if not qualifiers:
            continue
        key = (sum(w[0].isupper() for w in qualifiers), len(qualifiers), qualifiers)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return phrase
    return " ".join(["the", *best[2], head])


# --- national elections, chambers and institutions -------------------------------------------

_NATIONAL = re.compile(
    # Provincial, regional and municipal elections are as much one country's as local ones.
    r"(?i)^(?:the\s+)?(?:(?:next|coming|upcoming|general|presidential|parliamentary|legislative|local|snap|early|"
    r"provincial|regional|municipal|midterm|federal|national|new|newly\s+elected|incoming|outgoing|current|interim|"
    r"acting)\s+)*"
    r"(?:elections?|referendum|parliament|house(?:\s+of\s+(?:commons|lords|representatives))?|senate|congress|"
    # An office is a country's: "the president" in a piece on Mexico is Mexico's president.
    r"government|budget|constitution|president|prime\s+minister|premier|speaker|head\s+of\s+state|cabinet|"
    r"supreme\s+court|central\s+bank)$"
)
# "four Supreme Court justices": members of a national body, counted; the country goes after "of".
_NATIONAL_MEMBERS = re.compile(
    r"(?i)^(?P<count>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d{1,3})\s+"
    r"(?P<rest>(?:supreme|constitutional|high)\s+court\s+(?:justices|judges)|cabinet\s+ministers)$"
)
_SHORT_COUNTRY = {"GBR": "UK", "USA": "US"}


_CHAMBER = re.compile(r"(?i)\b(?:senate|house(?:\s+of\s+(?:commons|lords|representatives))?|congress|parliament)$")
# Offices a legislature's members name bare only when they are their own country's: a foreign
# one is named with its country ("President Karzai", "the Afghan government"). A bare "the
# government" or "the elections" is left to the article's subject country. (This runs before
# ``officials.qualify_offices``, which names a bare title in any government's release but would
# find "the President" already given the subject country's name; a CRS report's "the president"
# of Brazil is Brazil's, so the rule is kept to a legislature's own record.)
_OWN_OFFICE = re.compile(
    r"(?i)\b(?:president|prime\s+minister|speaker|head\s+of\s+state|cabinet|budget|constitution|supreme\s+court)$"
)
# A legislature's own record (its floor debates): its chambers are the publisher's.
_LEGISLATURE_OUTLET = re.compile(r"(?i)\b(?:Congressional\s+Record|Hansard|Parliament|Congress)\b")


# A country's adjective ("the Sri Lankan parliament", "Thai officials"): whose institutions the
# sentence speaks of. A country named as a noun ("after talks with France") may be the other side.
_COUNTRY_ADJECTIVE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:ian|ean|ese|ish|an|i|ine)\b")


def _sentence_country(description: str, body: str, before: int) -> str | None:
    """The one country whose adjective the claim's sentence writes before ``description`` ("reports
    from the Sri Lankan parliament, the speaker, who said the president intends to step down": Sri
    Lanka's president, in a piece on Thailand), or None when it writes none or several."""
    sentence = next((s for s in split_sentences(body) if s.start <= before < s.end), None)
    written = re.search(rf"(?i)\b{re.escape(description.strip())}\b", sentence.text) if sentence else None
    if sentence is None or written is None:
        return None
    codes = {
        actor.cameo_country
        for m in _COUNTRY_ADJECTIVE.finditer(sentence.text[: written.start()])
        for actor in actors_in(m.group(0))
        if actor.cameo_country and actor.fips is not None
    }
    return codes.pop() if len(codes) == 1 else None


def with_country(description: str, article: Article, before: int) -> str:
    """ "the general election" -> "the UK general election" in an article about the UK; "four Supreme
    Court justices" -> "four of Brazil's Supreme Court justices" in one about Brazil."""
    members = _NATIONAL_MEMBERS.match(description.strip())
    if (members is None and not _NATIONAL.match(description.strip())) or actors_in(description):
        return description
    code = subject_country(article, before)
    if (_CHAMBER.search(description) or _OWN_OFFICE.search(description)) and _LEGISLATURE_OUTLET.search(
        article.outlet or ""
    ):
        # "the Senate" in the Congressional Record is the record's own chamber, whatever country the
        # speech is about ("the Senate will meet in closed session" on a treaty with Russia); so is
        # "the President" its own head of state ("the President is likely to ask Congress for
        # additional funds for Afghanistan" is the US President's request).
        code = publisher_country(article) or code
    code = _sentence_country(description, article.body, before) or code
    if code is None:
        return description
    if members is not None:
        count, rest = members.group("count").lower(), members.group("rest")
        if code in _SHORT_COUNTRY:
            return f"{count} of the {_SHORT_COUNTRY[code]} {rest}"
        return f"{count} of {possessive(display_name(country_actor(code)))} {rest}"
    rest = re.sub(r"(?i)^the\s+", "", description.strip())
    # "the next election" -> "the next UK election": the country goes after "next" or "coming".
    lead = re.match(
        r"(?i)(?:(?:next|coming|upcoming|last|new|newly\s+elected|incoming|outgoing|current|interim|"
        r"acting)\s+)+",
        rest,
    )
    lead_words = lead.group(0) if lead else ""
    rest = rest[len(lead_words) :]
    if code in _SHORT_COUNTRY:
        return f"the {lead_words}{_SHORT_COUNTRY[code]} {rest}"
    return f"{possessive(display_name(country_actor(code)))} {lead_words}{rest}"


# --- events without their place -----------------------------------------------------------------

_EVENT = re.compile(
    r"(?i)^the\s+(?P<description>(?:(?:first|second|third|next|last|final|initial|maiden|inaugural|manned|crewed|"
    r"unmanned|uncrewed|test|commercial|regular)\s+)*(?P<noun>launch(?:es)?|flights?|missions?|tests?|"
    r"shipments?|deliver(?:y|ies)|services?|departures?|arrivals?))$"
)
_FACILITY = re.compile(
    r"((?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,4}(?:Centre|Center|Cosmodrome|Spaceport|Base|Airport|Port|Plant|"
    r"Station|Site|Facility|Range|Terminal|Shipyard|Airfield|Field))\b"
)
_FROM_NOUNS = ("launch", "flight", "mission", "shipment", "deliver", "departure")


def with_place(description: str, article: Article, before: int) -> str:
    """ "the first launches" -> "the first launches from the Arctic Spaceport": the place the fullest
    earlier mention of the same event gave, else the facility the title names."""
    m = _EVENT.match(description.strip())
    if m is None:
        return description
    noun = m.group("noun").lower()
    stem = re.sub(r"(?:es|s|y|ies)$", "", noun)
    place_pattern = re.compile(
        rf"\b(?i:{re.escape(stem)})\w*\s+(?P<place>(?:from|at|in|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
        rf"(?:\s+[A-Z][\w'\u2019-]*){{0,4}})"
    )
    places = [p.group("place") for p in place_pattern.finditer(article.body[:before])]
    if places:
        return f"{description.strip()} {max(places, key=len)}"
    facility = _FACILITY.search(article.title or "")
    if facility is None or actors_in(facility.group(1)):
        return description
    name = facility.group(1)
    name = name if name.startswith("the ") else f"the {name}"
    preposition = "from" if noun.startswith(_FROM_NOUNS) else "at"
    return f"{description.strip()} {preposition} {name}"


# --- statistics without their region ----------------------------------------------------------

_STATISTIC = re.compile(
    r"(?i)^(?:(?:real|nominal|annual|average|economic|gdp|headline|core|consumer[- ]price)\s+)*"
    r"(?:growth|inflation|unemployment|gdp|output|investment|exports|imports)$"
)
_HEADING = re.compile(r"^(?P<label>[A-Z][\w'\u2019-]*(?:,?\s+(?:(?:and|the|of)\s+){0,2}[A-Z][\w'\u2019-]*){0,9}):\s")
_OPENING_PLACE = re.compile(
    r"(?:^|[.!?]\s+)In\s+(?P<place>(?:the\s+)?(?:[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,5}|"
    r"euro\s+area|euro\s*zone|emerging\s+markets?|advanced\s+economies|developing\s+economies)),\s*[^.!?]*$"
)
_NEEDS_THE = re.compile(
    r"^(?:Middle\s+East|Caribbean|Americas|United\s+States|United\s+Kingdom|Gulf|Balkans|Sahel|Netherlands|"
    r"Philippines|euro\s+area)\b"
)
_MONTHS = re.compile(rf"^(?:{MONTH_NAMES}|Q[1-4])\b")


def with_region(statistic: str, article: Article, before: int) -> str:
    """ "growth" -> "growth in Latin America and the Caribbean" when its paragraph is headed by the
    region ("Latin America and the Caribbean: Growth ...") or its sentence opens with it ("In the
    euro area, inflation ...")."""
    if not _STATISTIC.match(statistic.strip()) or actors_in(statistic):
        return statistic
    body = article.body
    paragraph = body[body.rfind("\n", 0, before) + 1 : before + 1]
    place = None
    heading = _HEADING.match(paragraph)
    if heading:
        place = heading.group("label")
    else:
        opening = _OPENING_PLACE.search(paragraph[:-1] + " ")
        if opening and not _MONTHS.match(re.sub(r"^the\s+", "", opening.group("place"))):
            place = opening.group("place")
    if place is None:
        return statistic
    if _NEEDS_THE.match(place):
        place = "the " + place
    first, _, rest = statistic.strip().partition(" ")
    if not first.isupper():
        first = first.lower()  # "Growth" opened the sentence; "GDP" stays
    return f"{' '.join(w for w in (first, rest) if w)} in {place}"


# --- national statistics, policies, institutions and legislation ------------------------------

# What a nation measures, sets, runs or legislates: "employment", "public sector net borrowing",
# "the inheritance tax threshold", "the demand for skilled workers", "prisons", "legislation".
_NATIONAL_MATTER = re.compile(
    r"(?i)\b(?:employment|unemployment|inflation|growth|gdp|borrowing|debt|deficit|spending|output|wages|earnings|"
    r"productivity|exports|imports|investment|(?:net\s+)?migration|immigration|demand\s+for|workforce|"
    r"tax(?:es)?|thresholds?|allowances?|dut(?:y|ies)|pensions?|benefits|minimum\s+wage|living\s+wage|"
    r"prisons?|schools|hospitals|courts|police|universities|legislation|bills?|laws?|"
    # A retail price is a national average: petrol at the pump has no world price.
    r"(?:petrol|gasoline|diesel|fuel|pump|heating\s+oil|household\s+energy)\s+(?:prices?|costs?))\b"
)
_LEGISLATION = re.compile(r"(?i)^(?:new\s+)?(?:legislation|(?:a|the)\s+(?:new\s+)?(?:bill|law)|bills|laws)$")
# "measures" is legislation only where the article sets out a government's legislative programme
# (a Queen's or King's Speech, a speech from the throne, a programme for government).
_MEASURES = re.compile(r"(?i)^(?:(?:new|further|other)\s+)?measures$")
_PROGRAMME = re.compile(
    r"(?i)\b(?:(?:Queen|King)['\u2019]s\s+Speech|speech\s+from\s+the\s+throne|throne\s+speech|"
    r"legislative\s+(?:programme|program|agenda)|programme\s+for\s+government|my\s+government\s+will)\b"
)
# "growth in developing countries", "spending across Europe": the subject already says where.
_PLACE_WORDS = re.compile(
    r"(?i)\b(?:in|across|among|throughout|inside|within|of)\s+(?:the\s+)?(?:[A-Z]|\w+\s+countries\b|"
    r"\w+\s+economies\b|\w+\s+markets\b)"
)
_PARLIAMENT = {"GBR": "the UK Parliament", "USA": "the US Congress"}


def _country_after_in(code: str) -> str:
    """ "the UK", "the Netherlands", "Poland": the country as written after "in"."""
    if code in _SHORT_COUNTRY:
        return f"the {_SHORT_COUNTRY[code]}"
    return display_name(country_actor(code))


def with_jurisdiction(subject: str, article: Article, before: int) -> str:
    """ "employment" -> "employment in the UK", "legislation" -> "legislation in the UK Parliament": a
    national statistic, retail fuel price, policy, institution or legislation that names no place gets the country the
    article is about, when that is the publisher's own country (a statistics office writing of its
    nation's figures). A global report that mentions a country in passing gives none."""
    text = subject.strip()
    programme = _MEASURES.match(text) is not None and _PROGRAMME.search(article.body) is not None
    if not _NATIONAL_MATTER.search(text) and not programme:
        return subject
    if actors_in(text) or _PLACE_WORDS.search(text):
        return subject
    # "a Bill": the capital is the drafting convention for legislation, not a name.
    if re.search(r"['\u2019]s\b", text) or any(
        w[:1].isupper() and w not in ("Bill", "Bills") for w in text.split()[1:]
    ):
        return subject  # "Novatek's output", "the Kmart stores": someone's own, not the nation's
    code = subject_country(article, before)
    if code is None or code != publisher_country(article):
        return subject
    if programme:
        text = text[0].lower() + text[1:]  # "Measures will be ...": capital only as the sentence's first word
    if _LEGISLATION.match(text) or programme:
        parliament = _PARLIAMENT.get(code)
        if parliament is None:
            country = display_name(country_actor(code))
            parliament = f"{possessive(country)} parliament"
        return f"{text} in {parliament}"
    return f"{text} in {_country_after_in(code)}"


# --- commodities without their benchmark --------------------------------------------------------

# Oil or gas, or its price, with no market named: "oil", "crude oil prices", "the price of gas".
_COMMODITY = re.compile(
    r"(?i)^(?P<lead>(?:the\s+)?(?:(?:global|world|international)\s+)?(?:prices?\s+of\s+(?:a\s+barrel\s+of\s+)?)?)"
    r"(?P<commodity>crude\s+oil|crude|oil|natural\s+gas|gas)(?P<tail>(?:\s+(?:prices?|futures))?)$"
)
# The benchmarks a price is quoted on, by the commodity they price, as an article writes them.
_BENCHMARKS = {
    "oil": re.compile(r"\b(Brent|WTI|West\s+Texas\s+Intermediate|Urals|Dubai|OPEC\s+basket)\b"),
    "gas": re.compile(r"\b(Henry\s+Hub|TTF|NBP|JKM)\b"),
}


def with_benchmark(subject: str, article: Article, before: int) -> str:
    """ "oil" -> "Brent crude", "gas prices" -> "Henry Hub natural gas prices": a commodity or its
    price gets the benchmark the article names for it, the one named last before the claim (else the
    title's); with none named, the subject stays as written."""
    m = _COMMODITY.match(subject.strip())
    if m is None:
        return subject
    commodity = m.group("commodity").lower()
    kind = "gas" if commodity.endswith("gas") else "oil"
    named = _BENCHMARKS[kind].findall(article.body[:before]) or _BENCHMARKS[kind].findall(article.title or "")
    if not named:
        return subject
    benchmark = re.sub(r"\s+", " ", named[-1])
    noun = {"oil": "crude", "crude": "crude", "crude oil": "crude oil"}.get(commodity, "natural gas")
    return f"{m.group('lead')}{benchmark} {noun}{m.group('tail')}"


# --- military acts without their place --------------------------------------------------------

# Acts of war, as the verb ("advance on", "strike") or as the subject of "continue", "resume" ...
_MILITARY_VERB = re.compile(
    r"(?i)^(?:strike|attack|bomb|shell|advance|push|fire|launch\s+(?:\w+\s+)?(?:strikes|attacks|an?\s+(?:\w+\s+)?"
    r"(?:offensive|attack|assault))|capture|seize|encircle|besiege|storm|fight|assault|raid)\b"
)
_MILITARY_SUBJECT = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w-]+\s+){0,2}(?:strikes|air\s*strikes|attacks|bombing|shelling|fighting|hostilities|"
    r"offensive|bombardment|raids|assault|clashes)\b"
)
_ONGOING = re.compile(r"(?i)^(?:continue|resume|intensify|escalate|go\s+on|persist|stop|end|cease)\b")


# An arrangement between warring sides holds somewhere: "a ceasefire", "the demilitarised zone".
_TRUCE_NAMES = (
    r"ceasefire|cease-fire|truce|armistice|(?:demilitari[sz]ed|buffer|no-fly|de-escalation|safe)\s+zone|"
    r"cessation\s+of\s+hostilities"
)
_TRUCE = re.compile(r"(?i)\b(?:" + _TRUCE_NAMES + r"|humanitarian\s+corridor)\b")
# A place the act is already given, country or not: "in the Persian Gulf", "near Kharkiv".
_NAMED_PLACE = re.compile(r"\b(?:in|inside|across|throughout|within|near|around|along)\s+(?:the\s+)?[A-Z]")


# A truce the article places in an area of a country: "the cessation of hostilities in the Idlib
# de-escalation zone", "a ceasefire in Idlib Province".
_TRUCE_IN_AREA = re.compile(
    r"(?i:\b(?:"
    + _TRUCE_NAMES
    + r"))\s+in\s+(?P<area>(?:the\s+)?(?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z][\w'\u2019-]+))?"
    r"(?:\s+(?:de-escalation\s+zone|demilitari[sz]ed\s+zone|zone|[Pp]rovince|[Gg]overnorate|region))?)"
)


def _truce_area(body: str) -> str | None:
    """ "in the Idlib de-escalation zone": the area, not a country, the article places a truce in
    (the first it names); None when it places none or only in a country."""
    for found in _TRUCE_IN_AREA.finditer(body):
        area = found.group("area")
        if not any(a.fips is not None and a.cameo_type is None for a in actors_in(area)):
            return f"in {area}"
    return None


def with_theatre(subject: str, phrase: str, article: Article, before: int) -> tuple[str, str]:
    """ "advance on key targets" -> "advance on key targets in Ukraine", "strikes against armed groups
    continue" -> "strikes against armed groups in Lebanon continue": a military act that names no
    place gets the country the article says the fighting is in (``theatre_country``), never the
    actor's own country; an act aimed at a country ("attack Israel") keeps its target alone.
    Returns the subject and phrase, one of them with the place."""
    ongoing = _ONGOING.match(phrase) is not None and _MILITARY_SUBJECT.match(subject) is not None
    truce = _TRUCE.search(f"{subject} {phrase}")
    if not (_MILITARY_VERB.match(phrase) or ongoing or truce) or _NAMED_PLACE.search(f"{subject} {phrase}"):
        return subject, phrase
    if place_in(f"{subject} {phrase}") is not None:
        return subject, phrase
    if any(a.fips is not None and a.cameo_type is None for a in actors_in(phrase)):
        return subject, phrase  # the object is a country: where it is struck is its own affair
    own = {a.cameo_country for a in actors_in(subject) if a.cameo_country}
    code = theatre_country(article, before, exclude=own)
    if code is None:
        return subject, phrase
    place = f"in {_country_after_in(code)}"
    if truce is not None and not (_MILITARY_VERB.match(phrase) or ongoing):
        # "the cessation of hostilities in the Idlib de-escalation zone": the area the article
        # itself gives a truce beats the whole country (a local truce is no national one).
        place = _truce_area(article.body) or place
        # "a ceasefire be put in place", "monitor the demilitarised zone": the truce's place.
        if truce.end() <= len(subject):
            return f"{subject[: truce.end()]} {place}{subject[truce.end() :]}", phrase
        at = truce.end() - len(subject) - 1
        return subject, f"{phrase[:at]} {place}{phrase[at:]}"
    if ongoing:
        # "strikes ... continue": the strikes are where the place belongs; "continue in Syria"
        # would read as where a going-on goes on, and the verb keeps no object.
        return f"{subject} {place}", phrase
    # Before a relative clause, so the place stays with the act: "key targets in Ukraine that ...".
    clause = re.search(r",|\s(?:that|which|who|where|when)\s", phrase)
    if clause is None:
        return subject, f"{phrase} {place}"
    return subject, f"{phrase[: clause.start()]} {place}{phrase[clause.start() :]}"


def qualify_subject(subject: str, article: Article, before: int) -> str:
    """The subject with the qualifier the article gave it: its country, its place or its region, and
    failing those, for a national matter, the article's own country."""
    qualified = with_country(subject, article, before)
    if qualified == subject:
        qualified = with_place(subject, article, before)
    if qualified == subject:
        qualified = with_region(subject, article, before)
    if qualified == subject:
        qualified = with_benchmark(subject, article, before)
    if qualified == subject and opening_place(article, before) is None:
        # "In England, prisons will ...": the place the sentence states beats the government's
        # country (a devolved matter); ``with_opening_place`` puts it on the phrase.
        qualified = with_jurisdiction(subject, article, before)
    return qualified


# Words a sentence may open with after "In" that name no place: a body, a document, a time.
_NOT_A_PLACE = re.compile(
    rf"^(?:the\s+)?(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|Q[1-4]|Parliament|Congress|Government|Cabinet|Council|Committee|"
    r"Court|House|Senate|Assembly|Opposition|Budget|Bill|Act|Spring|Summer|Autumn|Fall|Winter|Addition|Particular|"
    r"Short|Total|General|Practice|Fact|Future|Turn|Response|Return|Contrast|Conclusion|Order|Light|View|Line)\b"
)


def opening_place(article: Article, before: int) -> str | None:
    """ "England" when the sentence holding ``before`` opens "In England, ..." (or "Across
    England and Wales, ..."): the place every act of the sentence is in; None when it opens with
    anything else, or with a body, a month or a season ("In Parliament,", "In March,")."""
    sentence = next((s for s in split_sentences(article.body) if s.start <= before < s.end), None)
    if sentence is None:
        return None
    m = re.match(
        r"\W*(?:In|Across|Throughout)\s+(?P<place>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,4}),",
        sentence.text,
    )
    if m is None or _NOT_A_PLACE.match(m.group("place")):
        return None
    return m.group("place")


def with_opening_place(subject: str, phrase: str, article: Article, before: int) -> str:
    """ "be devolved to directly elected mayors" -> "... mayors in England" when the claim's
    sentence opens "In England, ...": the place, dropped with the fronted phrase, goes back on
    the act, unless the subject or phrase already names it. Returns the phrase."""
    place = opening_place(article, before)
    if place is None or place.lower() in f"{subject} {phrase}".lower():
        return phrase
    return f"{phrase} in {place}"


# --- "the country": the one the article is about ------------------------------------------------

# "the country", "the country's": not "the country of origin" (a description, not a reference).
_THE_COUNTRY = re.compile(r"(?<![\w-])(?P<the>[Tt]he)\s+country(?P<owner>['\u2019]s)?(?![\w-])(?!\s+of\b)")


def with_the_country(subject: str, phrase: str, article: Article, before: int) -> tuple[str, str]:
    """ "fly the applicants into the country" -> "... into the United States" in an article about the
    US: "the country" is the one the article is about (``subject_country``). When the subject is
    another country ("Varnia will defend the country"), "the country" may be its own, so both are
    left as written. Returns the subject and the phrase."""
    code = subject_country(article, before)
    if code is None or not _THE_COUNTRY.search(f"{subject} {phrase}"):
        return subject, phrase
    if any(a.fips is not None and a.cameo_country != code for a in actors_in(subject)):
        return subject, phrase
    country = display_name(country_actor(code))

    def named(m: re.Match[str]) -> str:
        if m.group("owner"):
            return possessive(country)
        return country

    return _THE_COUNTRY.sub(named, subject), _THE_COUNTRY.sub(named, phrase)


# --- a departure's destination -------------------------------------------------------------------

# "depart", "leave" with nothing after: a departure that says not where to.
_BARE_DEPARTURE = re.compile(r"(?i)(?:depart|leave)")
# Where a journey goes: "arrive in X", "depart for X", "travel to X", "the trip to X".
_DESTINATION = re.compile(
    r"(?i:\b(?:arriv(?:e|es|ing)\s+(?:in|at)|(?:depart(?:s|ing)?|leav(?:e|es|ing))\s+for|"
    r"(?:travel(?:s|ling|ing)?|trip|journey|fl(?:y|ies|ying)|head(?:s|ing)?)\s+to))\s+"
    rf"(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b)(?P<place>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,3}})"
)


def with_destination(phrase: str, body: str, before: int) -> str:
    """ "depart" -> "depart for New Delhi": a departure that names no destination goes where the
    journey it starts goes, as the claim's sentence (after the claim) or the next one names it ("We
    depart Monday evening. We will arrive in New Delhi late on Tuesday"), else the sentence before
    ("the trip to New Delhi"). With none of them naming one, the phrase is left as written."""
    if not _BARE_DEPARTURE.fullmatch(phrase.strip()):
        return phrase
    sentences = split_sentences(body)
    at = next((i for i, s in enumerate(sentences) if s.start <= before < s.end), None)
    if at is None:
        return phrase
    claim = sentences[at]
    places = [claim.text[before - claim.start :]]
    places += [s.text for s in sentences[at + 1 : at + 2] if s.paragraph == claim.paragraph]
    places += [s.text for s in sentences[max(0, at - 1) : at] if s.paragraph == claim.paragraph]
    for text in places:
        found = _DESTINATION.search(text)
        if found is not None:
            return f"{phrase.strip()} for {found.group('place')}"
    return phrase


# --- seats and votes: the election they are won in ---------------------------------------------

# "get most of the seats", "win 40% of the vote", "secure a majority": a result only an election gives.
_SEATS_OR_VOTES = re.compile(
    r"(?i)^(?:get|win|take|secure|gain|capture|keep|retain|lose|hold)\b(?!.*\bboard\b)"
    r".*\b(?:seats?|votes?|majority|mandates?)\b"
)
_ELECTION_NAMED = re.compile(r"(?i)\b(?:elections?|polls?|ballot|referendum|primary|primaries|by-elections?)\b")


# "a 2017 local election", "the local elections in 2017", "the 2013 vote": an election dated by a year.
_DATED_ELECTION = re.compile(
    r"(?i)\b(?P<year>(?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}?(?P<noun>elections?)\b"
    r"|\b(?P<noun2>elections?)\s+(?:in|of)\s+(?P<year2>(?:19|20)\d{2})\b"
)


# "the National Election Committee", "the Election Commission": a body's name, no election.
_ELECTION_IN_A_NAME = re.compile(r"\b(?-i:Elections?)(?=\s+(?-i:[A-Z])[a-z]+)")


def _without_other_elections(body: str, published: date | None) -> str:
    """The body with the word "election" blanked out (offsets kept) where it names no election a
    claim about seats to be won could be about: in a mention dated by a year before publication (a
    past election), and inside a body's name ("the National Election Committee")."""
    text = list(body)
    for m in _ELECTION_IN_A_NAME.finditer(body):
        text[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _DATED_ELECTION.finditer(body):
        year = int(m.group("year") or m.group("year2"))
        if published is not None and year < published.year:
            noun = "noun" if m.group("noun") else "noun2"
            text[m.start(noun) : m.end(noun)] = " " * (m.end(noun) - m.start(noun))
    return "".join(text)


# "100 National Assembly seats", "four Senate seats": the chamber the seats are in, by its name.
_CHAMBER_SEATS = re.compile(r"\b(?P<chamber>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+seats\b")
_NOT_A_CHAMBER = frozenset("The A An Its Their His Her Our All Most Some Many Those These Both".split())


def _chamber_of_seats(phrase: str, body: str, before: int) -> str | None:
    """ "National Assembly": the one chamber whose seats the claim's paragraph counts up to the
    claim, when the claim's phrase counts seats; None when it names none or two."""
    if not re.search(r"(?i)\bseats?\b", phrase):
        return None
    paragraph = body[body.rfind("\n\n", 0, before) + 1 : before]
    chambers = {
        m.group("chamber")
        for m in _CHAMBER_SEATS.finditer(paragraph)
        if m.group("chamber").split()[0] not in _NOT_A_CHAMBER
    }
    return chambers.pop() if len(chambers) == 1 else None


def with_election(phrase: str, article: Article, before: int) -> str:
    """ "get most of the seats" -> "get most of the seats in Cambodia's election": seats or votes won
    that name no election are won in the election the article names before the claim, in its
    fullest form ("the July 29 general election") and with the country the article is about; an
    election dated by a year already over ("the 2017 local election") is another, past one, and "the
    National Election Committee" no election at all. An
    article that names no election before the claim leaves the phrase as written."""
    if not _SEATS_OR_VOTES.match(phrase) or _ELECTION_NAMED.search(phrase):
        return phrase
    if not re.search(r"(?i)\belections?\b", article.body[:before]):
        return phrase
    chamber = _chamber_of_seats(phrase, article.body, before)
    found = fullest_mention("election", _without_other_elections(article.body, article.published), before)
    election = found[0] if found is not None else "the election"
    if chamber is not None:
        election = f"the {chamber} election"  # seats are won in the election to their chamber
    code = subject_country(article, before)
    named = actors_in(f"{article.title or ''}\n{article.body[:before]}")
    # The country only when the article names it: a publisher's own country (a US outlet writing
    # on a country the gazetteer lacks) is no evidence of whose election it is.
    if not actors_in(election) and any(a.cameo_country == code for a in named if a.fips is not None):
        election = with_country(election, article, before)
    return f"{phrase} in {election}"


# --- an owned act: the target the article gives that act -----------------------------------------

_ACT_NOUNS = r"(?:attacks?|invasion|offensive|assault|incursion|war|aggression)"
# "its attack", "their invasion" with nothing after that aims it: the act is the owner's, its target
# left to the article.
_OWNED_ACT = re.compile(rf"(?i)\b(?:its|their)\s+(?:[a-z]+\s+)?{_ACT_NOUNS}\b(?!\s+(?:on|against|of|into|in)\b)")
# "an offensive against Chad", "the invasion of Chad": the act with the one it is aimed at.
_AIMED_ACT = re.compile(
    rf"(?i:\b{_ACT_NOUNS})\s+(?P<prep>on|against|of|into)\s+"
    r"(?P<target>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
)


# "Somalia's attack on", "a Kenyan offensive against": the act's own owner, named just before it.
_OWNER_BEFORE_ACT = re.compile(r"(?P<owner>[A-Z][\w'\u2019-]*)(?:['\u2019]s)?\s+(?:[a-z]+\s+)?$")


def _nearby_target(own: set[str], article: Article, before: int, paragraphs: int | None = 2) -> tuple[str, str] | None:
    """(preposition, target) of the one country or group the article aims an attack, invasion or
    offensive at in the claim's paragraph or the ``paragraphs`` before it (None: anywhere before),
    up to ``before``; None when it names none, two, or one of ``own`` (an attack on the owner is
    another side's act). An act another named country or group owns ("Kenya's attack on Chad")
    is no evidence of where the owner aims its own."""
    sentences = split_sentences(article.body)
    at = next((i for i, s in enumerate(sentences) if s.start <= before < s.end), None)
    if at is None:
        return None
    claim = sentences[at]
    window = [s.text for s in sentences[:at] if paragraphs is None or claim.paragraph - paragraphs <= s.paragraph]
    window.append(article.body[claim.start : before])
    targets: dict[str, str] = {}
    nearest = None
    for text in window:
        for m in _AIMED_ACT.finditer(text):
            owner = _OWNER_BEFORE_ACT.search(text[max(0, m.start() - 40) : m.start()])
            if owner is not None and any((a.cameo_country or a.name) not in own for a in actors_in(owner["owner"])):
                continue
            named = actors_in(m.group("target"))
            if len(named) != 1 or re.search(r"['\u2019]s?$", m.group("target")):
                # "an attack on Ukraine's capital": the target is the capital, not the country.
                continue  # nor a country or group the gazetteer knows: no evidence of a target
            key = named[0].cameo_country or named[0].name
            targets[key] = m.group("target")
            nearest = (key, m.group("prep").lower(), m.group("target"))
    if nearest is None or len(targets) != 1 or nearest[0] in own:
        return None
    return nearest[1], nearest[2]


def with_target(subject: str, phrase: str, article: Article, before: int) -> str:
    """ "a pretext for its attack" -> "a pretext for its attack on Ukraine": an act owned by "its"
    or "their" that names no target is aimed where the article aims the same kind of act (an
    attack, invasion, offensive) in the claim's paragraph or the two before it, when all those
    mentions aim at one country or group and it is not the subject's own (an attack on the owner
    is another side's act). Two targets, or none, leave the phrase as written."""
    owned = _OWNED_ACT.search(phrase)
    if owned is None:
        return phrase
    own = {a.cameo_country or a.name for a in actors_in(subject)}
    aimed = _nearby_target(own, article, before)
    if aimed is None:
        return phrase
    return f"{phrase[: owned.end()]} {aimed[0]} {aimed[1]}{phrase[owned.end() :]}"


# "Russia's attack", "the Russian offensive", "an Iranian military assault": the whole subject is
# an act whose owner is named by name or demonym, with nothing after the noun that aims it.
_NAMED_OWNER_ACT = re.compile(rf"(?i)^(?:the\s+|an?\s+)?(?P<owner>.+?)(?:['\u2019]s)?\s+(?-i:[a-z]+\s+)?{_ACT_NOUNS}$")


def subject_with_target(subject: str, article: Article, before: int) -> str:
    """ "Russia's attack" -> "Russia's attack on Ukraine": a subject that is an act owned by a
    country or group named by name or demonym ("the Russian offensive") and aimed at nothing gets
    the one target the article gives such an act before the claim, under the same guards as
    ``with_target`` (one target, not the owner's own country, an act of another owner no
    evidence). ``before`` is where the claim stands in the body. Returns the subject."""
    owned = _NAMED_OWNER_ACT.match(subject.strip())
    if owned is None:
        return subject
    owners = actors_in(owned.group("owner"))
    # The owner must be the whole of what precedes the act: "the attack on the Russian embassy's
    # staff" or "a UN-backed offensive" is no owner's act.
    if len(owners) != 1 or re.search(r"\b(?:on|against|of|into|in|by|for|with)\b", owned.group("owner"), re.I):
        return subject
    # The owner's name makes the act identifiable across the article (unlike "its", which points
    # only nearby), so the target may be given anywhere before the claim, when only one is given.
    aimed = _nearby_target({owners[0].cameo_country or owners[0].name}, article, before, paragraphs=None)
    if aimed is None:
        return subject
    # The preposition the subject's own noun takes: "an invasion of Somalia" aims "Ethiopia's attack
    # on Somalia", not "attack of".
    noun = subject.strip().split()[-1].lower()
    prep = next(p for stem, p in _PREPOSITION_OF_ACT if noun.startswith(stem))
    return f"{subject.rstrip()} {prep} {aimed[1]}"


_PREPOSITION_OF_ACT = (
    ("attack", "on"),
    ("assault", "on"),
    ("invasion", "of"),
    ("incursion", "into"),
    ("offensive", "against"),
    ("war", "against"),
    ("aggression", "against"),
)


# --- works being built: the facility they are built at -------------------------------------------

# "sites", "terminals", "launch pads": works a facility is built of, named without it.
_WORKS = re.compile(
    r"(?i)\b(?:sites?|facilit(?:y|ies)|buildings?|complex(?:es)?|pads?|terminals?|runways?|berths?|piers?|"
    r"hangars?|workshops?|units?|blocks?)$"
)
# Building them: "be completed", "be built", "be put into operation".
_BUILT = re.compile(
    r"(?i)^(?:be\s+)?(?:completed|built|constructed|finished|commissioned|erected|put\s+into\s+(?:operation|service))\b"
)


def with_site(subject: str, phrase: str, article: Article, before: int) -> str:
    """ "ten technical and support sites be completed" -> "... be completed at the Vostochny Space
    Launch Centre": works being built ("be completed", "be built") that name no place are built at
    the facility the claim's paragraph names before it, else the one the article's title names.
    Works already placed or named with their facility, or an article naming no facility, leave the
    phrase as written. Returns the phrase."""
    built = _BUILT.match(phrase.strip())
    if not (_WORKS.search(subject.strip()) and built):
        return phrase
    said = f"{subject} {phrase}"
    if _NAMED_PLACE.search(said) or re.search(r"\b(?:at|from|on)\s+(?:the\s+)?[A-Z]", said) or _FACILITY.search(said):
        return phrase
    paragraph_start = article.body.rfind("\n", 0, before) + 1
    facilities = [f.group(1) for f in _FACILITY.finditer(article.body[paragraph_start:before])]
    title = _FACILITY.search(article.title or "")
    if title is not None:
        facilities = facilities or [title.group(1)]
    facilities = [f for f in facilities if not actors_in(f)]
    if not facilities:
        return phrase
    name = re.sub(r"^The\s+", "the ", facilities[-1])
    name = name if name.startswith("the ") else f"the {name}"
    # Right after the building verb, so a time or a relative clause after it stays where it was.
    at = len(phrase) - len(phrase.lstrip()) + built.end()
    return f"{phrase[:at]} at {name}{phrase[at:]}"


# "one member of Israel's ruling coalition", "one of the parties", "another": a subject that picks
# one out of a group without saying which; any member's act would then resolve the question.
_ONE_OF_GROUP = re.compile(
    r"(?i)^(?:one|another)(?:\s+(?:member|members|party|parties|minister|ministers))?(?:\s+of\s+.+)?$"
)
# The appositive that names the one: ", National Security Minister Itamar Ben Gvir," or
# "(Itamar Ben Gvir)" right after the quantified phrase.
_APPOSITIVE_NAME = re.compile(
    rf"\s*(?:,\s*(?P<comma>(?:{_CAPITAL_WORD}\s+){{0,7}}{_CAPITAL_WORD})\s*,|\(\s*(?P<paren>(?:{_CAPITAL_WORD}\s+){{0,7}}{_CAPITAL_WORD})\s*\))"
)


def with_named_member(subject: str, body: str, before: int) -> str:
    """The member a quantified subject stands for when the article names it in apposition:
    "one member of the ruling coalition" in "One member of the ruling coalition, Defence Minister
    Jane Roe, has pledged to ..." becomes "Defence Minister Jane Roe"; the subject unchanged when the
    subject picks no one out of a group or the article names no one there.

    Only a name set off right after the phrase counts: a name further on may be another member."""
    # The appositive may have come with the subject: "one member of the coalition, Jane Roe".
    within = re.match(r"(?s)(?P<group>.+?)(?P<rest>\s*[,(].*)$", subject.strip())
    if within and _ONE_OF_GROUP.match(within.group("group")):
        rest = within.group("rest").strip()
        # The closing comma falls outside the subject when the verb follows it.
        rest = f"{rest.rstrip(',')}," if rest.startswith(",") else rest
        named_within = _APPOSITIVE_NAME.fullmatch(rest)
        if named_within is not None:
            return named_within.group("comma") or named_within.group("paren")
    if not _ONE_OF_GROUP.match(subject.strip()):
        return subject
    words = [re.escape(w).replace("'", "['\u2019]") for w in subject.split()]
    pattern = re.compile(r"(?i)\b" + r"\s+".join(words) + r"\b")
    # The subject stands before the claim in its own sentence (the quote may start at the verb).
    start = max(0, before - 400)
    window = body[start : before + len(subject) + 1]
    found = [m for m in pattern.finditer(window)]
    if not found:
        return subject
    named = _APPOSITIVE_NAME.match(body, start + found[-1].end())
    if named is None:
        return subject
    return named.group("comma") or named.group("paren")


# --- a vote without its chamber ------------------------------------------------------------------

# A measure a chamber votes on: "the motion", "the Bill", "an amendment to the Act".
_VOTED_MEASURE = re.compile(r"(?i)^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:motion|bill|amendment|resolution)s?\b")
# The vote itself: "be passed", "be approved", "pass", "be rejected" (a time may follow it).
_VOTE_STEP = re.compile(r"(?i)^(?:be\s+(?:passed|approved|adopted|rejected|defeated|carried)|pass|fail)\b")
# A chamber by its name: "the House of Commons", "the Senate", "the National Assembly".
_CHAMBER_NAME = re.compile(
    r"\b[Tt]he\s+(?:House\s+of\s+(?:Commons|Lords|Representatives|Councillors|Delegates)|Senate|"
    r"(?:[A-Z][\w'\u2019-]*\s+){0,2}(?:Assembly|Parliament|Congress)|Bundestag|Knesset|Duma|Dáil|Lok\s+Sabha)\b"
)
_NAMES_A_CHAMBER = re.compile(
    r"(?i)\b(?:house|senate|assembly|parliament|congress|chamber|bundestag|knesset|duma|dáil|sabha|lords|commons)\b"
)
# Those who sit in one, and chambers the pattern above does not name.
_LEGISLATORS = re.compile(
    r"(?i)\b(?:legislature|lawmakers|legislators|MPs|deputies|senators|representatives|majlis|rada|diet|sejm)\b"
)


def names_a_legislature(text: str) -> bool:
    """Whether ``text`` names a chamber or its members ("the Senate", "lawmakers", "the Sejm")."""
    return bool(_NAMES_A_CHAMBER.search(text) or _LEGISLATORS.search(text))


def with_chamber(subject: str, phrase: str, article: Article, before: int) -> str:
    """ "be passed" -> "be passed in the UK House of Commons": a motion or bill whose vote names no
    chamber is voted on in the chamber the article last named before the claim (in its sentence or
    earlier), with the country the article is about; the phrase unchanged when the article names
    no chamber before it or either half already names one."""
    step = _VOTE_STEP.match(phrase.strip())
    if not _VOTED_MEASURE.match(subject.strip()) or step is None:
        return phrase
    if _NAMES_A_CHAMBER.search(subject) or _NAMES_A_CHAMBER.search(phrase):
        return phrase
    named = list(_CHAMBER_NAME.finditer(article.body[:before]))
    if not named:
        return phrase
    chamber = with_country("the" + re.sub(r"\s+", " ", named[-1].group(0))[3:], article, before)
    # Right after the verb, so a time after it ("be passed tomorrow") stays last.
    return f"{step.group(0)} in {chamber}{phrase.strip()[step.end() :]}"
