"""Propositions: the event a forecast is about, as a self-contained, resolvable statement.

A forecast's drafted event ("It will grow until this war ... is brought to an end.") is a
sentence a person must still rewrite before a stranger could resolve it. A ``Proposition``
takes it apart: the subject with pronouns and "this"/"it" resolved to what they stand for in
the article, the main verb's lemma, the base-form verb phrase without the modal or hedge
(those live in the source's prior), the negation as a flag, the kind of event (which picks the
criteria template), the target, the alternatives a categorical claim names, and the condition
of a conditional claim as a proposition of its own.

Everything here is rule-based and offline; ``propose`` never raises and falls back to the
drafted event's own words when it cannot parse the clause.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.bilateral import pair_owner, with_pair_named
from forecasts.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from forecasts.extract.candidates import Candidate
from forecasts.extract.capitals import is_heading, is_sentence_capital, lower_heading_words
from forecasts.extract.conflict_senses import (
    SPEECH_ANSWERS,
    is_figurative_weapon,
    is_non_hostile_use,
    is_unarmed_retaliation,
    threat_as_act,
)
from forecasts.extract.coordination import close_cut_list, cut_second_clause, join_listed_names
from forecasts.extract.demonstratives import (
    described_more_fully,
    described_parts,
    fullest_mention,
    has_competing_descriptions,
    is_unowned_part,
    is_unresolved_demonstrative,
    leaders_named,
    named_by_apposition,
    placed,
    stood_for,
    with_actor,
    with_parties,
)
from forecasts.extract.events import SUBJECT_STAND_IN
from forecasts.extract.first_person import (
    ORGANISATION_HEAD,
    STATES_NOUNS,
    acting_party,
    encounter_between,
    floor_title,
    joint_parties,
    owner_of,
)
from forecasts.extract.full_names import complete_name, fuller_institution_name, name_for_title, publisher_in_full
from forecasts.extract.gazetteer import actor_named, actors_in, country_actor, display_name
from forecasts.extract.intentions import act_only_sentence, drop_intent, intent_in, planned_act
from forecasts.extract.loaded_words import neutral_wording
from forecasts.extract.manner_words import without_manner
from forecasts.extract.nominal_events import happening_verb
from forecasts.extract.officials import qualify_offices, without_parliamentary_address
from forecasts.extract.participles import IRREGULAR_PARTICIPLES
from forecasts.extract.possessives import possessive
from forecasts.extract.qualifiers import (
    full_name,
    fullest_group,
    named_mention,
    names_a_legislature,
    qualify_subject,
    subject_with_target,
    with_chamber,
    with_destination,
    with_election,
    with_named_member,
    with_opening_place,
    with_site,
    with_target,
    with_the_country,
    with_theatre,
)
from forecasts.extract.quantities import (
    committed_measure,
    crosses_level,
    figure_for_period,
    measured_event,
    price_criteria,
)
from forecasts.extract.question_form import NOUNS_IN_LY, mend_title
from forecasts.extract.responses import response_by_means
from forecasts.extract.sentences import CLAUSE_DASH, LANGUAGE_TAG, quoted_spans, split_paragraphs
from forecasts.extract.speakers import ORG_WORDS, PLACE_WORDS, TURN_LABEL
from forecasts.extract.syntax import parse
from forecasts.extract.title_cuts import TITLE_STRETCH_CHARS, cut_at_whole_phrase, cut_breaks_phrase
from forecasts.extract.topic_phrases import topic_subject, with_topic_object
from forecasts.extract.trips import with_stop
from forecasts.extract.unrest import UNREST_NOUN, unrest_as_event

EVENT_KINDS = (
    "attack",
    "threat",
    "protest",
    "sanction",
    "expulsion",
    "statement",
    "vote",
    "price_level",
    "election",
    "scheduled",
    "other",
)
MAX_TITLE_CHARS = 70
MAX_SLUG_WORDS = 6


@dataclass(frozen=True)
class Proposition:
    """One event as a resolvable statement: who does what (to whom), and whether the claim denies it.

    ``phrase`` is the base-form verb phrase with its object ("strike US forces in Iraq");
    ``negative`` says the claim expects the event NOT to happen, though a question built from the
    proposition still asks about the positive event.
    """

    subject: str
    verb: str
    phrase: str
    negative: bool
    event_kind: str
    target: str | None
    alternatives: tuple[str, ...] = ()
    condition: Proposition | None = None
    # The verb of intent dropped before the act ("seek" of "will seek to acquire"): the criteria
    # then say that only the act counts (``intentions``).
    intent: str | None = None

    @property
    def parsed(self) -> bool:
        """Whether the clause was taken apart; an unparsed proposition has no subject and holds the
        claim's words as its phrase, for a person to rephrase ("Will this happen: ...")."""
        return bool(self.subject.strip())


# --- words -------------------------------------------------------------------------------------

_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|can|shall|should|must|won't|wouldn't|can't|cannot|ll)\b"
    r"|\b(?:is|are|am|was|were|'s|'re)\s+(?:(?:very|highly|quite|more|most|increasingly|also|still|not|now|therefore|thus|"
    r"currently|already|then|(?!(?:fly|rally|apply|supply|reply|comply|rely)\b)\w+ly)\s+)*"
    r"(?:going|likely|unlikely|expected|set|due|poised|bound|certain|sure|about|projected|forecast|predicted|slated|scheduled|planning|preparing|ready|prepared|determined|poised|"
    r"planned|intended|meant|supposed)\s+to\b"
    r"|\b(?:intends?|plans?|expects?|hopes?|aims?|wants?|seeks?|vows?|pledges?|promises?|threatens?|needs?)\s+to\b"
    # "the runoff is to be held Oct. 25": an arrangement; not "the aim is to reduce", a purpose.
    # Another modal after it is the claim's own ("is to be elected ... and is scheduled to assume").
    r"|\b(?:is|are)\s+to(?=\s+be\s+[a-z]+(?:ed|en|wn|ld|lt|ne)\b)"
    r"(?![^.;]*\b(?:will|would|shall|(?:scheduled|set|due|expected|likely|going)\s+to)\b)",
    re.IGNORECASE,
)
# Words between the modal and the verb that say how sure or when, not what: the prior holds them.
_ADVERB = re.compile(
    r"^(?:(?:also|soon|still|then|first|next|later|afterwards|thereafter|together|eventually|ultimately|again|only|"
    r"even|now|finally|indeed|certainly|undoubtedly|"
    r"definitely|likely|probably|possibly|perhaps|almost|surely|quickly|soon|shortly|further|in\s+all\s+likelihood|"
    r"most\s+likely|very\s+likely|almost\s+certainly|in\s+turn|too|not\s+only|at\s+least|at\s+some\s+point|"
    r"in\s+the\s+end|once\s+again|once\s+more|all|both|each|(?!(?:fly|rally|apply|supply|reply|comply|ally|tally|"
    r"multiply|rely|bully)\b)\w+ly)\b[\s,]*)+",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"^(?:not|never|no\s+longer|n't)\b\s*", re.IGNORECASE)
# "continue to pursue": the event is the pursuing; the catenative verb stays in the phrase.
_CATENATIVE = frozenset(
    "continue begin start try seek attempt manage keep move plan intend aim want need decide choose agree "
    "refuse fail resume hope go come".split()
)
_REPORTING = re.compile(
    # "that" only as a complementizer after a verb or adjective ("indicates that", "likely that"),
    # not as the determiner of "in that year".
    r"^.*?\b(?:(?:\w+(?:s|ed)|say|think|believe|expect|know|hope|fear|clear|likely|possible|probable|sure|certain|"
    r"inevitable|evident|true|show|suggest|indicate|insist|warn|argue|predict|assess|judge|doubt)\s+(?:[a-z]+ly\s+)?that|whether|indicates|indicated|said|says|say|believe|believes|think|thinks|expect|expects|"
    r"warned|warns|argued|argues|predicted|predicts|shared|relayed|informed\s+[^,]+?|"
    # "it is now apparent there will be no debate": the "that" left out before an existential "there".
    r"(?:clear|apparent|obvious|evident|likely|certain)(?=\s+there\b))\s+(?=\S)",
    re.IGNORECASE,
)
# An aside that gives examples of the noun before it: "including ground troops, aircraft, ships".
_EXAMPLES_ASIDE = re.compile(r"(?:including|such\s+as|notably|especially|among\s+them)\s", re.IGNORECASE)
_STOP = frozenset(
    "the a an of to in on at for and or but will would could may might be is are was were its it this that these "
    "those their his her there with by from as than into not no more most also further only s our we they he she "
    "i you us them him my your which who whom whose what when where while if then so such any some all each both "
    "over under about after before between during against within without until via per rather instead".split()
)
_US = frozenset({"us"})  # "US forces": a country, not the pronoun, when written in capitals
_PRONOUNS = frozenset("it this that they he she we i you these those them its their".split())
_IRREGULAR = {
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "am": "be",
    "has": "have",
    "had": "have",
    "having": "have",
    "does": "do",
    "did": "do",
    "done": "do",
    "goes": "go",
    "went": "go",
    "gone": "go",
    "took": "take",
    "taken": "take",
    "made": "make",
    "came": "come",
    "won": "win",
    "fought": "fight",
    "held": "hold",
    "led": "lead",
    "kept": "keep",
    "met": "meet",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "grew": "grow",
    "grown": "grow",
    "sent": "send",
    "spent": "spend",
    "built": "build",
    "shot": "shoot",
    "sold": "sell",
    "bought": "buy",
    "brought": "bring",
    "flew": "fly",
    "struck": "strike",
    "stricken": "strike",
    "sought": "seek",
    "began": "begin",
    "begun": "begin",
    "left": "leave",
    "lost": "lose",
    "paid": "pay",
    "said": "say",
    "told": "tell",
    "thought": "think",
    "saw": "see",
    "seen": "see",
    "gave": "give",
    "given": "give",
    "hit": "hit",
    "set": "set",
    "put": "put",
    "cut": "cut",
    "drove": "drive",
    "driven": "drive",
    "broke": "break",
    "broken": "break",
    "chose": "choose",
    "chosen": "choose",
    "became": "become",
    "threw": "throw",
    "thrown": "throw",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "undertook": "undertake",
    "fled": "flee",
    "overtook": "overtake",
    "shut": "shut",
    "spread": "spread",
}


# Base forms ending in "e" that lose it before -ing/-ed ("voting", "postponed"), and base forms
# that look inflected ("exceed", "discuss"): suffix rules alone get them wrong.
_E_VERBS = frozenset(
    """
    abandon achieve acquire base chase erase face phrase please purchase advance agree announce approve argue arrive assume balance believe bombard bribe
    capture cause cease change charge choose close combine come compete complete compromise continue convene
    create damage debate decide decline decrease defuse deliver deprive describe determine devolve dine
    disagree dissolve dive divide drive ease emerge encourage endure engage enforce ensure envisage escape evade
    evacuate exchange exercise expire explore fade force free gauge give glide guarantee handle have hike hope
    house ignore improve include increase influence injure invade involve issue judge leave like live locate
    lose make manage measure merge move name negotiate note oblige oppose outpace overcome parole pause
    persuade phase place pledge pose postpone practise prepare preserve price produce promise promote prove
    provide pursue quote raise realise realize receive recognise recognize reduce refuse release remove
    renegotiate reopen replace require rescue reserve resolve restore resume retire revise revoke rise
    ratify sanction save scrape secure seize serve settle shape share shelve slide solve stabilise stabilize
    stage state store strike subside supervise surge survive tackle take trade translate undermine unite
    urge use value vote wage welcome write
    """.split()
)
_BASE_LOOKS_INFLECTED = frozenset(
    "exceed need proceed succeed feed bleed speed shed embed seed heed breed process focus bias discuss pass address "
    "access press cross express miss dismiss harass assess possess kiss toss guess bless confess impress "
    "progress stress compass boss".split()
)


def lemmatise(word: str) -> str:
    """The base form of an English verb form ("strikes" -> "strike", "expelled" -> "expel")."""
    w = word.lower().strip("'\u2019")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _BASE_LOOKS_INFLECTED or w in _E_VERBS or len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if w.endswith("ied"):
        return w[:-3] + "y"
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: -len(suffix)]
            if stem + "e" in _E_VERBS:
                return stem + "e"
            if stem in _BASE_LOOKS_INFLECTED or stem in _E_VERBS:
                return stem
            if len(stem) > 2 and stem[-1] == stem[-2] and (stem[-1] not in "lsz" or len(stem) > 5):
                return stem[:-1]  # "stopped", "expelled" (but "called", "passed")
            if re.search(r"(?:[^aeiou]at|iz|ov|iv|ag|ac|uc|nc|rc|ng|ys)$", stem) and len(stem) > 3:
                return stem + "e"  # "escalated", "organized", "announced", "changed"
            if re.search(r"(?:[bcdfgkptz]l|ul|is|[^aeiou]ur|[^aeiou]ar)$", stem) and len(stem) > 3:
                return stem + "e"  # "tabled", "scheduled", "promised", "secured", "declared": no verb ends so
            return stem
    return w


def _base(word: str) -> str:
    """A verb already in its base form (after a modal), lower case: "exceed" stays "exceed"."""
    w = word.lower().strip("'\u2019")
    return _IRREGULAR.get(w, w) if w in ("is", "are", "was", "were") else w


def folded_accents(text: str) -> str:
    """ "Bogotá" -> "Bogota": letters with accents as their plain ASCII letters, so that a word is
    never cut at its accent ("bogot") where only ASCII words are taken."""
    decomposed = unicodedata.normalize("NFKD", text)
    # An accent's combining mark goes; any other character outside ASCII ("Iran\u2019s") parts words.
    return "".join(c if c.isascii() else ("" if unicodedata.combining(c) else " ") for c in decomposed)


_LETTER_CODE = re.compile(r"\b([A-Z]{1,3})-(\d+[A-Za-z]?)\b")


def content_words(text: str) -> list[str]:
    """Lower-case words of ``text`` that carry meaning (no articles, pronouns, prepositions)."""
    words = []
    # "D-41", "F-35", "S-400": a letter code and its number are one name, and a lone letter would be lost.
    coded = _LETTER_CODE.sub(r"\1\2", folded_accents(text))
    for raw in re.findall(r"[A-Za-z0-9]+", coded):
        lower = raw.lower()
        if lower in _STOP and not (lower in _US and raw == "US"):
            continue
        words.append(lower)
    return words


# --- event kinds -------------------------------------------------------------------------------

# Acts of force or pressure: a kind whose verbs name one act whatever the word ("strike", "attack",
# "bomb"), announced as a warning or hedged as a possibility and still a forecast.
FORCE_KINDS = frozenset({"attack", "threat", "protest", "sanction", "expulsion"})
_KIND_VERBS: dict[str, frozenset[str]] = {
    "attack": frozenset(
        "strike attack bomb shell shoot fire invade raid kill assassinate hit target retaliate fight clash seize "
        "occupy assault ambush bombard storm capture overrun destroy sink down intercept wage escalate".split()
    ),
    "threat": frozenset("threaten warn menace intimidate ultimatum".split()),
    "protest": frozenset("protest demonstrate march rally riot".split()),
    "sanction": frozenset("sanction embargo boycott blacklist".split()),
    "expulsion": frozenset("expel deport oust".split()),
    "statement": frozenset(
        "say declare announce state describe claim deny condemn accuse criticize criticise praise dismiss blame "
        "acknowledge admit confirm insist reiterate call urge demand ask apologize apologise recognize recognise "
        "issue comment respond reply".split()
    ),
    "vote": frozenset("vote approve pass ratify veto adopt reject enact legislate".split()),
    "election": frozenset("elect reelect".split()),
    "scheduled": frozenset(
        "meet visit hold sign nominate open convene attend host travel return release publish launch begin start "
        "resume inaugurate appoint deliver".split()
    ),
}
_PRICE_WORDS = re.compile(
    r"\b(?:price|prices|oil|brent|wti|gas|inflation|rate|rates|index|yield|yields|dollar|euro|rouble|ruble|rial|"
    r"currency|stocks?|shares|bitcoin|gold|wheat|gdp|growth|unemployment|cpi|borrowing|debt|deficit|exports|imports|"
    r"output|production|spending|revenues?|demand|employment|wages|earnings)\b",
    re.IGNORECASE,
)
_PRICE_VERBS = frozenset(
    "rise fall climb drop reach exceed hit remain stay top average increase decrease decline surge plunge "
    "soar slump jump grow shrink contract expand ease be range".split()
)
_MOVING_VERBS = frozenset("push drive send force lift raise lower cut bring keep hold".split())
_MOVED_QUANTITY = re.compile(r"(?i)\w+\s+(?:up\s+|down\s+)?(?:[\w'-]+\s+){0,3}?(?:prices?|rates?|inflation|yields?)\b")
_BALANCE_VERBS = frozenset("return run record post show achieve reach deliver".split())
_ELECTION_WORDS = re.compile(
    r"\b(?:election|elections|presidency|re-?election|ballot|polls?|primary|runoff|seats?)\b", re.IGNORECASE
)


_WEAPONS = re.compile(
    r"\b(?:missiles?|bombs?|rockets?|shells?|drones?|artillery|airstrikes?|air\s+strikes?|weapons?|munitions?|"
    r"warheads?)\b",
    re.IGNORECASE,
)
_TROOPS = re.compile(r"\b(?:troops|forces|tanks|soldiers|army|armies|units|militias?|fighters)\b", re.IGNORECASE)
_ARMED_FORCE = re.compile(r"\b(?:military|armed|lethal|deadly)\s+force\b|\bforce\s+against\b", re.IGNORECASE)
_TERRITORY = re.compile(r"\b(?:territory|city|town|village|region|province|control|all\s+of|capital)\b", re.IGNORECASE)


def _is_military_action(verb: str, subject: str, phrase: str) -> bool:
    """ "Russian missiles and bombs will drop across Ukraine", "use nuclear weapons", "take all of it".
    Weapons deployed are stationed, not used ("the first Avangard regiment will be deployed as part of
    the Strategic Missile Forces"): no attack."""
    if verb in ("drop", "fall", "rain", "land", "hit") and _WEAPONS.search(subject):
        return True
    if verb in ("use", "employ", "fire", "launch") and _WEAPONS.search(phrase):
        return True
    if verb in ("use", "employ", "resort") and _ARMED_FORCE.search(phrase):
        return True  # "use military force to protect their investments"
    if verb in ("advance", "push", "move", "march", "roll", "cross") and _TROOPS.search(subject):
        return True
    return verb in ("take", "capture", "seize", "retake", "overrun") and bool(_TERRITORY.search(phrase))


# Gatherings one takes part in on their dates ("take part in the CICA summit"), unlike a project or
# a privatisation one takes part in over years.
_GATHERINGS = (
    r"summits?|forums?|conferences?|meetings?|talks|sessions?|congress|assembly|ceremony|ceremonies|"
    r"celebrations?|festivals?|exhibitions?|expo|games|olympics|championships?|parades?|exercises|drills|"
    r"negotiations|consultations|inauguration|funeral|commemorations?|rounds?\s+of\s+talks"
)


# Verbs of a decision that is a vote only when a body that votes takes it, or the text decided is
# one that bodies vote on ("pass the bill", "adopt a resolution").
_DECIDING_VERBS = frozenset("adopt approve reject pass".split())
_VOTING_BODY = re.compile(
    r"(?i)\b(?:parliament|congress|senate|house|assembly|duma|council|committee|board|cabinet|commission|"
    r"legislature|lawmakers|legislators|deputies|senators|MPs|members|shareholders|voters|electorate|"
    r"bundestag|knesset|majlis|rada|diet|sejm|chamber|caucus|conference|convention|bank|fed|court|union|"
    r"nations|nato|eu|un|opec|wto|who|iaea)\b"
)
_VOTED_TEXT = re.compile(
    r"(?i)\b(?:bills?|laws?|acts?|legislation|resolutions?|motions?|amendments?|budgets?|treat(?:y|ies)|"
    r"referendum|measures?|decrees?|ordinances?|rules?|regulations?|constitution|charter|directives?|"
    r"sanctions|nominations?|nominees?|appointments?)\b"
)


# "core goods inflation will slow", "growth will pick up": a rate said to change, read against
# its last published figure as "fall" and "rise" are.
_PACE_VERBS = frozenset("slow moderate cool soften decelerate accelerate weaken strengthen rebound".split())


def _changes_pace(verb: str, phrase: str) -> bool:
    return verb in _PACE_VERBS or (verb == "pick" and re.match(r"(?i)pick\s+up\b", phrase) is not None)


def event_kind_of(verb: str, subject: str, phrase: str, sentence: str = "") -> str:
    """The kind of event, which picks the criteria template and the rule's CAMEO codes.

    ``sentence`` is the claim's whole sentence, where force may be named for a bare "retaliate"."""
    text = f"{subject} {phrase}"
    if is_non_hostile_use(verb, subject, phrase):
        return "other"  # "be targeted for the next phase", "threaten the integrity of ...": no attack, no threat
    if is_figurative_weapon(verb, phrase):
        return "other"  # "use energy as a weapon": pressure put on someone, no armed attack
    if is_unarmed_retaliation(verb, subject, phrase, sentence):
        # "Russia will not retaliate" after a ban: an answer in kind may be a ban, not a strike.
        return "statement" if verb in SPEECH_ANSWERS else "other"
    if verb in ("win", "lose", "elect", "reelect", "run", "contest") and _ELECTION_WORDS.search(text):
        return "election"
    if _ELECTION_WORDS.search(phrase) and (
        # "get most of the seats", "secure a majority of the votes": seats and votes are won at an election
        verb in ("win", "lose", "hold")
        or (
            verb in ("get", "gain", "secure", "take", "keep", "retain")
            and re.search(r"(?i)\b(?:seats?|votes)\b", phrase)
        )
        or re.match(r"(?i)be\s+(?:an?\s+)?(?:\w+\s+)?elections?\b", phrase)
    ):  # "there will be a motion ... to trigger an early election" is a vote, not an election
        return "election"
    if (verb in _PRICE_VERBS or _changes_pace(verb, phrase) or crosses_level(phrase)) and _PRICE_WORDS.search(subject):
        return "price_level"  # "Brent will go above $100", "the rouble will dip under 90": a level crossed
    if measured_event(verb, subject, phrase):
        return "price_level"  # "growth will hold steady at 2.4%": judged on its source (quantities.py)
    # "push up petrol prices", "cut interest rates": the quantity is what the verb moves.
    if verb in _MOVING_VERBS and _MOVED_QUANTITY.match(phrase):
        return "price_level"
    # "return a surplus of £10 billion", "a surplus will be achieved": a balance the statistics report.
    if verb in _BALANCE_VERBS and re.search(r"\b(?:surplus|deficit)\b", f"{subject} {phrase}", re.IGNORECASE):
        return "price_level"
    if verb == "launch" and re.search(
        r"\b(?:attacks?|strikes?|missiles?|rockets?|offensive|invasion|drones?|raids?)\b", phrase, re.I
    ):
        return "attack"
    if verb == "impose" and re.search(r"\bsanctions?\b", phrase, re.I):
        return "sanction"
    if verb in ("carry", "conduct", "mount", "stage") and re.search(
        r"\b(?:attacks?|strikes?|raids?|offensive)\b", phrase, re.I
    ):
        return "attack"
    if verb in ("carry", "conduct", "mount", "stage", "hold") and re.search(
        r"\b(?:protests?|demonstrations?|rall(?:y|ies))\b", phrase, re.I
    ):
        return "protest"
    if verb == "take" and re.search(r"^take\s+(?:place|office|power|effect)\b", phrase, re.I):
        return "scheduled"
    if re.match(r"(?i)(?:enter|come)\s+into\s+(?:force|effect)\b", phrase):
        return "scheduled"  # "the agreement will enter into force": a treaty's step, dated by its parties
    if re.match(rf"(?i)(?:take\s+part|participate)\s+in\s+(?:[\w'’.-]+\s+){{0,8}}?(?:{_GATHERINGS})\b", phrase):
        return "scheduled"  # "take part in the St Petersburg International Economic Forum": attending it
    if _is_military_action(verb, subject, phrase):
        return "attack"
    occurs = verb in (
        "come",
        "begin",
        "start",
        "happen",
        "occur",
        "follow",
        "unfold",
        "materialise",
        "materialize",
        "continue",
        "resume",
        "intensify",
    )
    if verb == "be" and re.match(
        r"(?i)be\s+(?:immediate|swift|quick|imminent|inevitable|forthcoming|on\s+the\s+horizon)\b", phrase
    ):
        occurs = True
    # "Strikes against them will continue": the head of the subject is the attack.
    head = re.split(r"\s+(?:against|on|by|in|into|at)\s+", subject.strip(), maxsplit=1)[0]
    if (occurs or re.match(r"(?i)(?:break\s+out|erupt|flare)\b", phrase)) and UNREST_NOUN.search(head):
        return "protest"  # "further domestic strife will break out in Iran" (``unrest``)
    if occurs and re.search(rf"\b(?:{_ATTACK_NOUNS})$", head, re.IGNORECASE):
        return "attack"  # "Iran's reprisal will come in the next two weeks", "... will not be immediate"
    if verb in ("unleash", "declare", "start", "launch", "begin") and re.search(r"\bwar\b", phrase, re.IGNORECASE):
        return "attack"
    if verb in ("hold", "call") and re.search(r"\b(?:votes?|referendum)\b", phrase, re.I):
        return "vote"
    if verb == "pass" and re.match(r"(?i)pass\s+(?:through|on|along|over|away|by|off|into|down|to)\b", phrase):
        return "other"  # "the rise will pass through to market rates": a cost handed on, nothing voted
    if verb == "demonstrate" and not re.match(r"(?i)demonstrate(?:\s+(?:against|in|outside|at|on|for)\b|$)", phrase):
        return "other"  # "demonstrate a clear commitment" shows something; no crowd gathers
    if verb in _DECIDING_VERBS and not (_VOTING_BODY.search(subject) or _VOTED_TEXT.search(f"{subject} {phrase}")):
        # "the Berkman Center will adopt the wiki pages", "the summit will adopt a plan of action": a
        # decision taken without a recorded vote; the vote criteria would ask for one.
        return "other"
    for kind, verbs in _KIND_VERBS.items():
        if verb in verbs:
            return kind
    return "other"


# --- parsing -----------------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = LANGUAGE_TAG.sub("", text)
    text = re.sub(r"[\"\u201c\u201d\u2018\[\]_*]|(?<!\w)['\u2019]|['\u2019](?!\w)", "", text)
    text = re.sub(r"(?<=\d)\u2014(?=\d)", "\u2013", text)  # a range the scan folded: "2021\u20132025"
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,;:.-\u2014\u2013")


# Modals joined before one verb ("cannot and will not fire back", "can and will"): the last says it.
_JOINED_MODALS = re.compile(
    r"(?i)\b(?:cannot|can't|can|could|must|should|may|might|will|would|shall)(?:\s+not)?\s+(?:and|or)\s+"
    r"(?=(?:will|would|shall|can|could|must|may|might|cannot|won't|can't)\b)"
)


def _split_clause(text: str) -> tuple[str, str, bool] | None:
    """(subject, predicate after the modal, negated) of "Subject will (not) predicate", or None."""
    text = _JOINED_MODALS.sub("", text)
    for m in _MODAL.finditer(text):
        subject = text[: m.start()]
        if not re.search(r"[A-Za-z]", subject) and not (m.group(0).lower() in ("will", "won't") and m.start() < 6):
            continue  # "-- will not assist ...": a list item whose subject came before; resolved later
        predicate = text[m.end() :]
        negated = bool(re.search(r"n't$|^won't|^can't|cannot$", m.group(0), re.I))
        predicate = _ADVERB.sub("", predicate.strip())
        if _NEGATION.match(predicate):
            negated = True
            predicate = _NEGATION.sub("", predicate)
            predicate = _ADVERB.sub("", predicate)
        if re.match(r"(?i)be\s+(?:able|unable)\s+to\s+", predicate):
            predicate = re.sub(r"(?i)^be\s+(?:able|unable)\s+to\s+", "", predicate)
        progressive = re.match(r"(?i)be\s+(\w+ing)\b", predicate)
        if progressive and progressive.group(1).lower() not in ("being", "thing"):
            # "will be returning to Ukraine" -> "return to Ukraine"
            predicate = lemmatise(progressive.group(1)) + predicate[progressive.end() :]
        if not re.match(r"[A-Za-z]", predicate):
            continue
        inner = _REPORTED_CLAUSE.match(predicate)
        if inner and _MODAL.search(inner.group(1)):
            return _split_clause(inner.group(1))  # the forecast is what is told, not the telling
        return subject, predicate, negated
    return None


# "I can tell you that we will raise it", "we can assure you that ...": a frame around the forecast.
_REPORTED_CLAUSE = re.compile(
    r"(?i)^(?:tell|assure|promise|say|confirm|guarantee|predict|expect|think|believe|imagine|note)\b"
    r"(?:\s+(?:you|us|them|him|her))?(?:\s+\w+){0,2}?\s+that\s+(.+)$"
)


_LEADING_SUBJECT = re.compile(
    r"^(?:(?:and|but|so|yet|then|however|also|thus|indeed|still|now|first|second|third|finally|meanwhile|instead|"
    r"moreover|furthermore|consequently|therefore|unfortunately|fortunately|clearly|certainly|ultimately|perhaps|"
    r"importantly|overall|yes|no(?=\s*,)|well|oh|look|listen|all\s+along|again|always|once\s+more|next(?!\s+(?:week|month|year|spring|summer|autumn|fall|winter|decade|time)\b)|after\s+that|in\s+turn|of\s+course|while|although|though|as|when|whereas|"
    r"because|since|if|once|until|unless|-|\u2013|\u2014|\u2022|"
    # "Tillerson said, noting Africa will be home to ...": the participle of saying frames the clause.
    r"(?:noting|saying|adding|warning|stressing|arguing|explaining|predicting|claiming|insisting|observing)"
    r"(?:\s+that)?)\b(?!-)[\s,]*|[-\u2013\u2014\u2022]\s*)+",
    re.IGNORECASE,
)
# "The OBR forecasts employment [to be ...]", "the bank projects inflation [will ease]": the speaker
# and its verb of forecasting, before what is forecast. The same words as nouns ("the energy
# projects in the north", "the expected rise", "estimates show") come after a determiner or before
# a preposition, a verb or nothing, never before the noun phrase forecast.
_FORECASTING_VERB = re.compile(
    r"(?i)^(?P<speaker>.*?\w)\s+(?:forecasts?|forecasted|projects|projected|estimates|estimated|anticipates|"
    r"anticipated|foresees|foresaw)\s+"
    r"(?!(?:in|of|for|on|at|by|with|to|and|or|from|that|which|who|are|were|is|was|will|would|could|may|might|"
    r"have|has|had|show|showed|suggest|indicate|point|put|say|imply)\b)(?P<rest>\w.*)$"
)
_NOT_A_SPEAKER_END = re.compile(
    r"(?i)(?:^|\s)(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|latest|new|earlier|previous|"
    r"current|official|initial|revised|first|last|recent|original|central|best|worst|budget|growth|cost|sales|"
    r"of|in|on|at|for|by|with|to|from|and|or|than|as|under|over)$"
)
# "Even if this law was passed next week, the deadline": a fronted concession or time clause says
# what the event does not hang on (or when); the subject comes after its comma. (A condition's
# "if" is the claim's condition, kept apart by the extractor; cut here all the same.)
_FRONTED_CLAUSE = re.compile(
    r"(?i)^(?:even\s+(?:if|though|when|as)|although|though|while|whilst|whereas|since|when|whenever|once|because|"
    r"if|unless|until|now\s+that|given\s+that|so\s+long\s+as|as\s+long\s+as)\b[^,]*,\s*(?=\S)"
)
# "Next year we decide", "In March the army will", "Next year, Gazprom plans to": a fronted time
# adverb, with its comma or without, is not the subject; the window holds it. "Next year's budget"
# names a thing and stays.
_FRONTED_TIME = re.compile(
    r"(?i)^(?:(?:next|this|last|early\s+next|later\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|(?:in|by|during|from|until)\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|June|July|August|"
    r"September|October|November|December|\d{4})(?:\s+\d{4})?"
    r"|today|tomorrow|tonight|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?!['\u2019]s),?\s+(?=\w)"
)
_OPENERS = frozenset("to if when once unless although though while whereas since because".split())
_DETERMINERS = frozenset("the their its his her our this these those".split())
_PREPOSITIONS = frozenset("of in on at to for from by with into over under about against between during".split())


def _after_unpunctuated_opening(subject: str) -> str:
    """ "To achieve the surplus in 2019-20 the government" -> "the government": a purpose or
    subordinate clause fronted without its comma ends where the last noun phrase of up to five words
    begins, after a word that is neither a preposition nor the clause's own verb ("To train the
    recruits" has no subject after it)."""
    words = subject.split()
    if len(words) < 4 or words[0].lower() not in _OPENERS or "," in subject:
        return subject
    for i in range(len(words) - 1, 2, -1):
        if words[i].lower() not in _DETERMINERS or len(words) - i > 5:
            continue
        if words[i - 1].lower() in _PREPOSITIONS | _DETERMINERS or any(
            w.lower() in _PREPOSITIONS for w in words[i + 1 :]
        ):
            continue
        return " ".join(words[i:])
    return subject


# A clause of degree or purpose before the subject: "X was so successful that", "such was the demand
# that", "the sanctions were tightened so that".
_RESULT_CLAUSE = re.compile(r"(?i)^[^,;]*?\b(?:so|such)\b[^,;]*?\bthat\s+(?=\S)")
_FINITE_IN_SUBJECT = re.compile(r"\s+(?:has|have|had|is|are|was|were|does|did|remains|continues)\s+\w", re.IGNORECASE)
# An opening phrase before the subject: "With his passing, ...", "Along with our Allies, ...".
_OPENING_PHRASE = re.compile(
    r"^(?:(?:with|along|by|in|for|after|before|during|as|at|on|under|given|despite|unlike|like|over|through|"
    r"beyond|within|without|following|amid|according|ahead|to|together|here|there|today|now|across|against|"
    r"among|amongst|around|behind|below|beneath|beside|besides|between|near|throughout|toward|towards|upon|via|"
    r"altogether|overall|again|otherwise|nonetheless|nevertheless|likewise|instead|similarly|"
    # "Subject to confirmation by Congress, the Government will postpone ...": a proviso, not the subject.
    r"subject\s+to|pursuant\s+to|thanks\s+to|because\s+of|due\s+to|regardless\s+of|apart\s+from|except\s+for)\b"
    r"|\w+ing\b|\w+ly\b)"
    r"[^,]*,\s*",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(
    r"(?<![A-Z]\.[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Lt|No|Jr|Sr|Co|vs))(?<!\b(?:Mrs|Gen|Col|Sen|Rep|Gov|Inc|Ltd|Fig))"
    r"(?<=[A-Za-z0-9]{2})[.!?]\s+(?=[A-Z])"
)


_CLAUSE_IN_SUBJECT = re.compile(
    r"^((?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)\s+(?:maintains|retains|keeps|has|says|believes|thinks|"
    r"argues|warns|expects|knows|insists|claims)\s+\S"
)


_ASIDE_AFTER_SUBJECT = re.compile(
    r"^(?P<head>[^,]+),\s*(?:as|like|unlike|despite|though|although|while|if|when|after|before|of\s+course|"
    r"in\s+turn|for\s+example|for\s+instance|however|indeed|too|"
    r"(?:I|we)\s+(?:hope|think|believe|expect|trust|fear|suspect))\b[^,]*,?$",
    re.IGNORECASE,
)
_REPORTING_VERB_OPENING = re.compile(
    r"^(?:suggests?|suggested|shows?|showed|indicates?|indicated|says?|said|means?|meant|implies|implied|imply)"
    r"\s+(?=(?:the|a|an|that|this|these)\s)"
)


# "Mr President, service will start on July 1", "Madam Speaker, this bill will ...": the one addressed
# is no part of the subject. A name is addressed only before a pronoun or "our" ("Mr Miller, our
# ministers will"): before a noun it is more often the subject with its apposition ("Mr Miller, the
# chief executive, will").
_VOCATIVE = re.compile(
    r"^(?:(?:Mr\.?|Mister|Madam|Madame|Mrs\.?|Ms\.?)\s+(?:Vice\s+)?(?:President|Speaker|Chairman|Chairwoman|Chair|"
    r"Prime\s+Minister|Secretary(?:[- ]General)?|Minister|Ambassador|Governor|Mayor|Leader|Premier|Chancellor)"
    r"|Colleagues|Friends|Ladies\s+and\s+gentlemen|Gentlemen|Comrades|Sir|My\s+(?:friends|colleagues|fellow\s+\w+))"
    r"\s*,\s*(?=\S)"
    r"|^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+[A-Z][\w'\u2019-]+\s*,\s*(?=(?:we|our|you|your|I|my|they|their|it|this|these)\b[^,]*$)"
)


def _before_pronoun(subject: str) -> str:
    """ "By participating in the scheme you" -> "you": an opening phrase without its comma ends
    before the pronoun ("Finally, from here we" once "Finally," is cut)."""
    opening = re.match(
        r"(?i)(?:by|with|after|before|in|on|at|for|from|during|through|once)\s.*\s(you|we|they|i|he|she)$", subject
    )
    return opening.group(1) if opening else subject


# "Russian President and Japanese Prime Minister will visit": a post named by its country without a
# name or an article, as wire copy writes it; the question reads "the Russian President".
_BARE_POST = re.compile(
    r"^(?!(?:The|This|That|These|Those|Our|Their|Its|His|Her|Both|All|Other|Such|Some|Many|Several|Former|New|"
    r"Mr|Mrs|Ms|Madam|Madame|Dr|Sir|Dame)\b)"
    r"(?P<post>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:Vice\s+President|President|Prime\s+Minister|Foreign\s+Minister|"
    r"Defen[cs]e\s+Minister|Minister|Chancellor|Premier|King|Queen|Emperor|Crown\s+Prince|leaders?|delegations?))$"
)


def _with_articles(subject: str) -> str:
    """ "Russian President and Japanese Prime Minister" -> "the Russian President and the Japanese
    Prime Minister": each post named by its country alone takes "the"."""
    parts = re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", subject)
    if not all(_BARE_POST.match(part) for part in parts[::2]):
        return subject  # "Russian, Japanese and Mongolian leaders": one post, its countries listed
    return "".join(f"the {part}" if i % 2 == 0 and _BARE_POST.match(part) else part for i, part in enumerate(parts))


def _trim_subject(subject: str) -> str:
    """The subject without reporting frames ("X said that"), opening phrases or leading connectives."""
    subject = _clean(subject)
    # "The SRF. The Desk": a subject never runs across a sentence end ("U.S." and "Mr." are no end).
    ends = list(_SENTENCE_END.finditer(subject))
    if ends:
        subject = subject[ends[-1].end() :]
    subject = _before_pronoun(subject)
    # "sometime during the course of this day--or very soon--we": an aside between dashes is not the subject.
    # A dash between two numbers is a range ("the plan for 2021\u20142025"), no aside.
    # "these forces \u2013 including ground troops, aircraft, ships \u2013 [are preparing]": an aside that
    # lists examples closes before the verb, and what it gives examples of is the subject.
    parts = [part for part in re.split(rf"\s*(?:--|{CLAUSE_DASH}|\s\u2013\s?)\s*", subject) if part.strip()]
    if len(parts) > 1 and _EXAMPLES_ASIDE.match(parts[-1]):
        parts.pop()
    subject = parts[-1] if parts else subject
    cut = _REPORTING.match(subject + " ")
    while cut and cut.end() < len(subject):
        subject = subject[cut.end() :]
        cut = _REPORTING.match(subject + " ")
    forecasting = _FORECASTING_VERB.match(subject)
    if forecasting and not _NOT_A_SPEAKER_END.search(forecasting.group("speaker")):
        subject = forecasting.group("rest")
    # "The talks went so well that Ruritania [will sign]": the subject of the result clause.
    result = _RESULT_CLAUSE.match(subject)
    if result:
        subject = subject[result.end() :]
    subject = _after_unpunctuated_opening(subject)
    for _ in range(3):
        before = subject
        subject = _VOCATIVE.sub("", subject, count=1)
        subject = _FRONTED_TIME.sub("", subject, count=1)
        subject = _FRONTED_CLAUSE.sub("", subject, count=1)
        opened = _OPENING_PHRASE.match(subject)
        subject = _OPENING_PHRASE.sub("", subject, count=1)
        if opened and "," in subject:
            # "To tackle poverty and ..., including instability, addiction and debt, my government":
            # the opening phrase runs on past its first comma; the subject is the last short part.
            last = subject.rsplit(",", 1)[1].strip()
            if 0 < len(last.split()) <= 6:
                subject = last
        subject = _LEADING_SUBJECT.sub("", subject)
        subject = _before_pronoun(subject)
        if subject == before:
            break
    # "North Korea maintains its CBW capabilities [and] will use ...": the subject is "North Korea".
    clause = _CLAUSE_IN_SUBJECT.match(subject)
    if clause:
        subject = clause.group(1)
    # "Iran has started taking delivery of ... and [will seek]": the subject is "Iran".
    finite = _FINITE_IN_SUBJECT.search(subject)
    if finite and re.search(r"(?i)\b(?:and|but)$", subject):
        subject = subject[: finite.start()]
    # "Russian forces continue to concentrate on the Donbas, they": the clause's subject is "they".
    tail = re.search(r",\s*(it|they|he|she|we|this)$", subject, re.IGNORECASE)
    if tail:
        subject = tail.group(1)
    # "Norway, as it always does, [will build]": an aside between commas after the subject is no
    # part of it; the comma before the modal was stripped, so the aside runs to the end.
    aside = re.match(_ASIDE_AFTER_SUBJECT, subject)
    if aside:
        subject = aside.group("head")
    # "figures that suggest the party [will win]": the reporting verb of a relative clause is not
    # part of the subject of the clause it reports.
    subject = re.sub(_REPORTING_VERB_OPENING, "", subject)
    # "suggesting protracted negotiations": a participle is not part of the subject; "spending and
    # revenue policies" is a noun in a list.
    subject = re.sub(r"^[a-z]+ing\s+(?!(?:and|or)\b)(?=\w)", "", subject)
    subject = _TRAILING_ADVERBS.sub("", subject)
    subject = subject.strip(" ,")
    if subject.lower() in _STOP and subject.lower() not in _PRONOUNS and subject.lower() != "there":
        return ""  # "To will continue": a fragment, not a subject
    return subject


_END_OF_PHRASE = re.compile(
    # A comma ends the phrase unless a list goes on ("traditional media, covert websites, and bots")
    # or an example follows ("assistance to Russia, particularly ballistic missiles").
    # "the next, 11th BRICS summit": after an ordinal with no noun yet, the comma joins two adjectives.
    r"(?<!\bnext)(?<!\blast)(?<!\bfirst)(?<!\bcoming)(?<!\bupcoming)"
    r",\s(?!(?:particularly|especially|notably|including|mainly|mostly)\b|"
    # "Kenya, Uganda, and Tanzania", "..., and also with President Herzog": after a serial comma the
    # last name ends the list, not the phrase.
    r"(?:and|or)\s+(?:also\s+)?(?:(?:with|to|in)\s+)?(?:the\s+)?(?-i:[A-Z][\w'.-]*)(?:\s+(?-i:[A-Z][\w'.-]*)){0,4}"
    r"(?=\s*$|[,.;]|\s+(?:from|in|on|to|"
    r"for|by|at|next|this|until|before|after|during|between|over|within)\b)|"
    r"(?!(?:said|says|told|added|according|citing|noted|wrote|warned|officials|analysts)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?:,|\s+and\s|\s+or\s))|\s\u2014\s|\s[-\u2013]\s|;|\s\(|"
    # "vote for our resolution--if he does not respond": a dash typed as two hyphens, or set close.
    r"(?<=\w)(?:--|\u2014)(?=\s?\w)|"
    # ", after which, the presidency will go to Russia": a clause of its own, however it is punctuated.
    r",\s+(?:after|before|following|upon|during|in|by|with|at)\s+which\b|"
    # "since" opens a clause of cause or time; "100 years since the proclamation" is what is counted.
    # "while" opens one of contrast, but "while riding public transport" says where a duty holds.
    r"(?<!years)(?<!months)(?<!decades)\s+since(?!\s+(?:the|its|their|his|her)\b)\b|\s+(?:because|as\s+(?:it|they|he|she|we)|although|though|while(?!\s+[a-z]+ing\b)|whereas|"
    r"unless|if|once|until|so\s+that|in\s+order\s+to|making|allowing|which|who|where|and\s+thus|due\s+to|because\s+of|"
    r"as\s+a\s+result\s+of|thanks\s+to|amid)\b|"
    # "increase 5 percent led by gains for China": what drives the change, not the change ("be led by" is).
    r"(?<!\bbe)(?<!\bis)(?<!\bare)(?<!\bbeen)(?<!\bbeing)\s+(?:led|driven|fuell?ed|boosted|helped|underpinned)\s+by\b",
    re.IGNORECASE,
)


# The window lives in the question's dates; a time phrase left in the phrase would say it twice.
_TIME = re.compile(
    # "during late 2022 and early 2023": two periods joined, taken out together (before either alone).
    # "late on Tuesday", "early in 2016": the part of the day or period goes with its time (a time,
    # not a manner: "arrive late" alone would read as behind schedule).
    r"\s+(?:(?:late|early)\s+(?=(?:on|in|during|next|this)\s)|later\s+(?=(?:next|this|in)\s)|well\s+(?=into\s))?"
    r"(?:(?:by|before|until|in|during|through|from|between)\s+(?:early\s+|mid-?|late\s+)?\d{4}\s+(?:and|or|to)\s+"
    r"(?:early\s+|mid-?|late\s+)?\d{4}\b"
    # "between May and July of 2023", "by May to July of 2023": a span of months goes whole.
    rf"|(?:(?:by|from|between|in|during)\s+)?(?:{MONTH_NAMES})\s+(?:and|to|through|until|-|\u2013)\s+(?:{MONTH_NAMES})"
    r"(?:,?\s+(?:of\s+)?\d{4})?\b"
    r"|(?:with)?in\s+(?:the\s+)?(?:next|coming|following)\s+(?:few\s+|several\s+|\w+\s+)?(?:days?|weeks?|months?|years?|decades?)"
    r"|(?:with)?in\s+(?:a\s+few|several|two|three|four|six|\d+)\s+(?:days?|weeks?|months?|years?)"
    # "in the next 10 or 20 years", "within the next five to ten years": a range of spans.
    r"|(?:with)?in\s+the\s+(?:next|coming)\s+\w+\s+(?:or|to)\s+\w+\s+(?:days|weeks|months|years|decades)"
    r"|within\s+(?:days|weeks|months|hours|a\s+(?:day|week|month|year))"
    rf"|(?:by|before|until|in|during|through|from)\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?(?:(?:{MONTH_NAMES})"
    # "March 26th to March 30th", "July 26th to the 29th", "March 26-30": a day, ordinal or not, or a range of days
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:to|until|through|-|\u2013)\s*(?:the\s+|(?:{MONTH_NAMES})\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?)?"
    # "in August of 2030": the year joined by "of" goes with its month.
    r"(?:,?\s+(?:of\s+)?\d{4})?|\d{4}(?:[-\u2013/]\d{2,4})?|next\s+(?:week|month|year)|this\s+(?:week|month|year)|the\s+(?:year|spring|summer|autumn|fall|winter))"
    r"|(?:next|this|later\s+this|early\s+next)\s+(?:week|month|quarter|year|spring|summer|autumn|fall|winter)"
    r"|(?:in\s+)?the\s+(?:current|coming)\s+quarter"
    rf"|(?:(?:by|before|until|in)\s+)?next\s+(?:{MONTH_NAMES})\b(?!\s+\d)"
    # "during the fourth quarter of 2015", "in Q1 2016"; "of" left alone when the year was taken out first
    r"|(?:in|during|for|over|through)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
    r"quarter(?:\s+of(?:\s+(?:\d{4}|the\s+year|this\s+year))?)?|Q[1-4]\s+\d{4})"
    # "as soon as possible": the whole phrase is the time, or "be done as as possible" is left.
    r"|as\s+(?:soon|quickly|early|fast)\s+as\s+(?:possible|practicable|feasible|practically\s+possible)"
    # "as soon as June 11", "as early as next week": the date with its lead-in, or "as as June 11" is left.
    rf"|as\s+(?:soon|early)\s+as\s+(?:(?:{MONTH_NAMES})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|\d{{1,2}}\s+(?:{MONTH_NAMES})|"
    r"(?:next|this)\s+(?:week|month|year)|tomorrow|today|\d{4})(?:,?\s+\d{4})?"
    # "quite soon", "very shortly": the intensifier goes with the time word it strengthens.
    r"|(?:(?:quite|very|fairly|rather|pretty|relatively)\s+(?=soon|shortly))?"
    r"(?:soon|shortly|imminently|eventually|in\s+the\s+near\s+term|in\s+the\s+short\s+term|in\s+the\s+long\s+run|in\s+the\s+coming\s+\w+|for\s+the\s+foreseeable\s+future|for\s+some\s+time|anytime\s+soon|any\s+time\s+soon)"
    # "on Wednesday 3 May", "by 14 March 2027": a day written before its month
    rf"|(?:(?:on|by|before|until|from)\s+)?(?:(?:{WEEKDAY_NAMES}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+of)?\s+(?:{MONTH_NAMES})(?:,?\s+\d{{4}})?"
    rf"|(?:on\s+)?(?:{WEEKDAY_NAMES})(?:\s+(?:morning|evening|night))?"
    r"|(?:later\s+)?(?:today|tomorrow|tonight))\b"
    r"(?!['\u2019]s)",  # "this week's meeting" names the meeting, not the window
    re.IGNORECASE,
)


def _without_time(predicate: str, window_phrase: str | None = None) -> str:
    if window_phrase and len(window_phrase) > 2:
        # "its 2017-18 budget", "the 2024 election", "its full FY2026 budget authority": after a
        # determiner the date names the thing.
        predicate = re.sub(
            r"(?P<before>\b(?:its|the|their|this|that|next)\s+(?:(?:full|entire|whole|total|annual|new|proposed|final)\s+)?)?"
            r"\s*(?:\b(?:late|early|later|well\s+into|well)\s+)?\b"
            + re.escape(window_phrase)
            # "Dec. 20 or 21": the other day offered goes with the date, or "launch or 21" is left.
            + (r"(?:\s+(?:or|and|to)\s+\d{1,2}(?:st|nd|rd|th)?)?" if window_phrase[-1].isdigit() else "")
            + r"\b(?!['\u2019]s|[-\u2013/]\d)"
            # "before the October 28 election": the date names the event, which stays in the phrase.
            + r"(?!\s+(?:election|elections|vote|polls?|referendum|summit|deadline|meeting|ballot|primary|primaries|"
            r"runoff|run-off|caucus(?:es)?|debate|hearing|conference|talks)\b)",
            lambda m: m.group(0) if m.group("before") else "",
            predicate,
            flags=re.IGNORECASE,
        )
    predicate = _TIME.sub(lambda m: m.group(0) if _dates_a_participle(predicate, m) else "", predicate)
    # "keep rising well into [next year]", "launch production already [in April]", "meet no later
    # than [May]": the time's lead-in has nothing left to lead into.
    predicate = re.sub(
        r"(?i)\s+(?:(?:well\s+)?into|already|as\s+(?:early|soon|late)\s+as|(?:no|not)\s+later\s+than|"
        r"sometime|some\s+time)\s*$",
        "",
        predicate,
    )
    return re.sub(r"\s+", " ", predicate).strip()


# Words before a participle that make it the clause's own verb ("be signed", "has agreed"), or a
# comparison ("than expected"), not a noun's description.
_PARTICIPLE_AS_VERB = frozenset(
    "be been being is are was were am has have had get gets got become becomes remain remains than as not to "
    "and or also already".split()
)


def _dates_a_participle(predicate: str, time: re.Match[str]) -> bool:
    """Whether the time ``time`` found dates a past participle that describes a noun ("under a
    treaty signed in May 2012", "the plant built in 2010"): a past act's date, not the event's
    window, and without it the participle is left with nothing after it. A participle that is the
    verb ("be signed in 2026") or the phrase's first word is the event's, and its time goes."""
    if not re.match(r"(?i)(?:in|on|during|last)\s", time.group(0).strip()):
        return False
    before = predicate[: time.start()].split()
    if len(before) < 3 or re.fullmatch(_PARTICIPLE, before[-1]) is None:
        return False
    return before[-2].lower().strip(",") not in _PARTICIPLE_AS_VERB and not before[-2].lower().endswith("ly")


# "as" that opens a clause of its own ("rise as both programmes gather pace", "as SOMA bill
# holdings decline"): a subject of up to six words, then a finite verb. "serve as chair", "such
# as", "as well as", "as a result", "as expected" are not clauses.
_AS_CLAUSE = re.compile(
    r"\s+as\s+(?!(?:well|a|an|part|of|much|many|long|soon|far|if|though|such|to|per|for|regards|usual|planned|"
    r"expected|agreed|needed|necessary|appropriate|possible|before|ever|yet|follows|one|high|low|large|little)\b)"
    r"(?:[\w'-]+\s+){1,9}?(?:[a-z]+s|decline|gather|grow|rise|fall|increase|decrease|ease|mature|expire|unfold|"
    r"continue|remain|go|come|take|become|do|have|are|were|is|was|will|would|can|could|may|might)\b"
    r"(?!\s+(?:of|and|in|for|to)\b)"
)
_AS_COMPLEMENT = re.compile(
    r"(?i)\b(?:serve|act|emerge|count|describe|treat|see|rank|list|classify|qualify|such|known|regarded|"
    r"seen|described|designated|same|so)s?$|\bas\s+\w+$"
)


def _cut_as_clause(predicate: str) -> str:
    """The predicate without a subordinate "as ..." clause, which says when or why, not what."""
    for m in _AS_CLAUSE.finditer(predicate):
        if m.start() > 3 and not _AS_COMPLEMENT.search(predicate[: m.start()]):
            return predicate[: m.start()]
    return predicate


_ASIDE_WORDS = re.compile(
    r"(?i),?\s*\b(?:of\s+course|obviously|naturally|needless\s+to\s+say|in\s+fact|indeed|certainly|surely|"
    r"undoubtedly|no\s+doubt|clearly|definitely)\b(?=\s|,|$)(?!\s+(?:that|than)\b),?"
)


# "complete another mainline pipeline, the Kuyumba-Taishet pipeline, which ...": a thing described,
# then named in apposition with the same head noun; the name is what a stranger can look up, and
# the cut at the comma would keep only the description.
_APPOSED_NAME = re.compile(
    r"\b(?:a|an|another|the|its|their|our|this|that|one|a\s+new|the\s+new)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<noun>[a-z][a-z-]+),\s+(?P<name>(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,5}(?P<last>[A-Za-z-]+))"
    r"(?=\s*(?:[,.;)]|$|\s+(?:which|that|who|and|to|in|on|at|by|for|from|with)\b))"
)


# "the opening of the exhibition, Old Masters from the Hermitage, at the Vienna museum": a work or an
# occasion with its title between commas; the title is what a stranger looks up.
_TITLED_WORK = re.compile(
    r"\bthe\s+(?P<noun>exhibition|exposition|festival|programme|program|operation|project|campaign|initiative|film|"
    r"book|exercises?|forum|conference|competition|tournament|show|concert|series)"
    r",\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|from|for|and|the|in|on|at|to|de)\s+)*[A-Z0-9][\w'\u2019.-]*){0,6}),"
)


def _named_in_apposition(predicate: str) -> str:
    """The predicate with a described thing replaced by the name set beside it, if any."""
    m = next((m for m in _APPOSED_NAME.finditer(predicate) if m.group("last").lower() == m.group("noun")), None)
    if m is None:
        titled = _TITLED_WORK.search(predicate)
        if titled is not None:
            # The noun stays ("the exhibition Old Masters from the Hermitage"); the title's closing
            # comma goes, so the place after it stays in the phrase.
            return f"{predicate[: titled.start()]}the {titled.group('noun')} {titled.group('name')}{predicate[titled.end() :]}"
        return predicate
    name = m.group("name")
    name = name if name.lower().startswith("the ") else f"the {name}"
    return f"{predicate[: m.start()]}{name}{predicate[m.end() :]}"


# "open, Mr Speaker, a new chapter": the chair addressed in the middle of a clause is no part of it.
_ADDRESSED_CHAIR = re.compile(
    r"(?:,\s*)?\b(?:Mr|Madam|Madame)\.?\s+(?:Deputy\s+)?Speaker\b\s*,?|,\s*(?:Mr|Madam|Madame)\.?\s+President\s*,"
)


def _trim_phrase(predicate: str) -> str:
    predicate = _ADDRESSED_CHAIR.sub(" ", predicate).strip()
    predicate = _named_in_apposition(predicate)
    predicate = _shorten_list(predicate)
    m = _END_OF_PHRASE.search(predicate)
    if m and m.start() > 3:
        predicate = predicate[: m.start()]
    # "in furtherance of their goals and, at times, in response to ...": an aside after the
    # conjunction; what it joins is a second event, and the cut must not fall inside the aside.
    aside = re.search(r"(?i),?\s+(?:and|or|but),\s", predicate)
    if aside and aside.start() > 3:
        predicate = predicate[: aside.start()]
    predicate = _cut_as_clause(predicate)
    # "decline further with the current stance of monetary policy": what the forecast assumes stays
    # as it is, a condition, not part of the event.
    assumed = re.search(
        r"(?i),?\s+(?:with|under|given)\s+(?:the\s+)?(?:current|present|existing|prevailing)\s+"
        r"(?:stance|policy|policies|settings?|rates?|level|levels|trends?|pace|conditions)\b.*$",
        predicate,
    )
    if assumed and assumed.start() > 3:
        predicate = predicate[: assumed.start()]
    # "further strife such as was seen in the protests of 2022": a past example, not the event.
    example = re.search(r"(?i),?\s+such\s+as\s+(?:was|were|has\s+been|have\s+been|had\s+been)\b", predicate)
    if example and example.start() > 3:
        predicate = predicate[: example.start()]
    predicate = _without_time(predicate) or predicate
    # "be 30 of course", "obviously win": the speaker's aside, not part of the event.
    predicate = _ASIDE_WORDS.sub("", predicate).strip(" ,") or predicate
    predicate = _clean(predicate)
    predicate = _cut_second_predicate(predicate)
    words = predicate.split()
    if len(words) > 20:
        # "meet with their ministers ... to discuss practical proposals for the further development of
        # ...": a purpose too long to ask whole is dropped whole; cut inside, it would end mid-phrase.
        purpose = next(
            (m for m in _PURPOSE.finditer(predicate) if lemmatise(m.group("verb").lower()) in _PURPOSE_VERBS),
            None,
        )
        if purpose is not None and 4 <= len(predicate[: purpose.start()].split()) <= 20:
            predicate = predicate[: purpose.start()]
            words = predicate.split()
    if len(words) > 20:
        # Too long for one event: stop at the last phrase boundary within 20 words, not mid-phrase.
        first = " ".join(words[:20])
        breaks = [m.start() for m in _PHRASE_BREAK.finditer(first) if m.start() > len(words[0]) + 8]
        predicate = first[: breaks[-1]] if breaks else first
        # "convene an emergency session ... and also the foreign ministers to focus [on the steps]": a
        # purpose cut before its object says nothing; the event ends before it.
        purpose = re.search(r"\s+(?:in\s+order\s+)?to\s+[a-z]+$", predicate)
        if purpose and len(predicate[: purpose.start()].split()) >= 4:
            predicate = predicate[: purpose.start()]
    return re.sub(
        r"(?:\s+(?:and|or|of|to|the|a|an|in|on|at|for|with|by|as|that|which|who|using|including|such|as\s+well|"
        r"within|into|from|against|between|through|towards?))+$",
        "",
        predicate,
        flags=re.I,
    )


# A purpose clause ("to discuss ...", "in order to ensure ..."): the verb after "to" must be one, so
# "return to normal" and "rise to record highs" are no purpose.
_PURPOSE = re.compile(r"(?:,\s*|\s+)(?:in\s+order\s+|so\s+as\s+)?to\s+(?P<verb>[a-z]+)\b")


# A list of five items or more, up to the preposition after its last item ("radio, leaflets,
# websites, bots and couriers[ to spread ...]"): the first two items, the middle ones and the last.
# Items are common nouns of up to four words: a list of names ("Prime Minister Naftali Bennett,
# ...") is who, and every name counts; "text-, image-, and video-based" is one compound.
_LIST_ITEM = r"(?:[a-z][a-z'\u2019-]*\s+){0,3}[a-z][a-z'\u2019-]*[a-z]"
_LONG_LIST = re.compile(
    rf"^(?P<head>[^,;]+,\s+{_LIST_ITEM})(?:,\s+{_LIST_ITEM}){{2,}},?\s+(?:and|or)\s+{_LIST_ITEM}"
    r"(?=\s+(?:to|in|for|on|at|against|within|across|into|from|by)\s+\S)"
)


def _shorten_list(predicate: str) -> str:
    """ "use radio, leaflets, websites, bots, trolls, and couriers to spread their message" ->
    "use radio, leaflets and others to spread their message": a long list cut inside, so what
    follows it (what the list is used for, often the checkable part) stays."""
    m = _LONG_LIST.match(predicate)
    if m is None or len(predicate.split()) <= 16:  # a short list reads whole
        return predicate
    return f"{m.group('head')} and others{predicate[m.end() :]}"


# "rise to 4.3% and firm to 4.5%", "come and be pervasive": a second predicate is a second event.
_SECOND_PREDICATE = re.compile(
    r"(?:,\s*|\s+)and\s+(?P<then>then\s+|(?:will|would|could|may|might|should|can)\s+(?:also\s+)?)?(?:to\s+)?"
    r"(?P<adverb>(?:further|later|subsequently|again|also|(?!only\b)\w+ly)\s+)?"
    r"(?:(?P<be>be)\b|(?P<verb>[a-z]+)\s+"
    r"(?=the\b|a\b|an\b|its\b|their\b|to\b|on\b|in\b|at\b|up\b|down\b|out\b|by\b|more\b|further\b|each\b|"
    r"every\b|again\b|them\b|it\b|him\b|her\b|\w+ly\b|\d))"
)
# "engage the mayors and will encourage the governors", "integrate the parts and allows remote control":
# "and" then a modal or a verb in its third-person form opens a second predicate with its own verb,
# whatever follows it (the question asks with "Will" and a bare verb, which the second does not fit).
_FINITE_SECOND_PREDICATE = re.compile(
    r"(?:,\s*|\s+)and\s+(?:(?:will|would|could|may|might|shall|should|can|must)\s+(?:also\s+|not\s+)?[a-z]{2,}"
    r"|(?:allows|enables|ensures|provides|requires|gives|helps|makes|becomes|remains|includes|creates|"
    r"permits|lets|keeps|brings)\s+\S)"
)
# "edge up to 2.3% before firming to 2.6%": what follows "before/after <verb>ing" is a second event.
_SEQUENCED_PREDICATE = re.compile(r"\s+(?:before|after|then)\s+[a-z]+ing\s+(?:to|at|by|up|down|further)\b")
# A level a second verb moves to ("accelerate to 2.8%"): a verb whatever the word.
_TO_A_LEVEL = re.compile(r"(?:to|at|by)\s+[-+]?[$\u20ac\u00a3]?\d")


# "be closed and new institutions built": a passive whose "be" does for a second subject too, a
# second event; the first is asked (criteria that want both would have to say so).
_PARTICIPLE = rf"(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PARTICIPLES))})"
_PASSIVE = re.compile(rf"(?i)^be\s+(?:\w+ly\s+)?{_PARTICIPLE}\b")
# The second subject has two words at least ("new institutions"), and no agent follows: "the
# stocks and bonds held by taxpayers" is one noun phrase with a participle after it.
_GAPPED_PASSIVE = re.compile(
    r",?\s+and\s+(?:(?!(?:be|is|are|was|were|will|to|by|with|in|on|at|for|of)\b)[\w'\u2019-]+\s+){2,4}?"
    rf"{_PARTICIPLE}\b(?!\s+by\b)"
)


# ", before falling each year", ", reflecting lower energy prices": a participle clause after a comma
# says what follows or why, a second event or a cause, not the event asked; "including" and
# prepositions in -ing ("during", "according to") introduce parts of this one.
_PARTICIPLE_ADJUNCT = re.compile(
    r",\s+(?:(?:before|after|while|thereby)\s+)?"
    r"(?!(?:including|during|according|notwithstanding|pending|concerning|regarding|excluding|following|"
    r"beginning|starting)\b)[a-z]{2,}ing\b"
)


def _cut_second_predicate(predicate: str) -> str:
    """The predicate up to a second, coordinated verb phrase ("and then to fall each year", "and
    further strengthen to 3.9%", "before firming to 2.6%", "and new institutions built") or a
    participle clause after a comma (", reflecting lower energy prices")."""
    adjunct = _PARTICIPLE_ADJUNCT.search(predicate)
    if adjunct and adjunct.start() > 3:
        predicate = predicate[: adjunct.start()]
    if _PASSIVE.match(predicate):
        gapped = _GAPPED_PASSIVE.search(predicate)
        if gapped and gapped.start() > 3:
            predicate = predicate[: gapped.start()]
    sequenced = _SEQUENCED_PREDICATE.search(predicate)
    if sequenced and sequenced.start() > 3:
        predicate = predicate[: sequenced.start()]
    finite = _FINITE_SECOND_PREDICATE.search(predicate)
    if finite and finite.start() > 3:
        predicate = predicate[: finite.start()]
    for m in _SECOND_PREDICATE.finditer(predicate):
        verb = m.group("verb")
        to_a_level = verb is not None and bool(_TO_A_LEVEL.match(predicate[m.end() :]))
        if m.start() > 3 and (m.group("be") or m.group("then") or verb in _COORDINATED_VERBS or to_a_level):
            if _shares_the_object(predicate[: m.start()], m):
                continue
            return predicate[: m.start()]
    return predicate


# Verbs that make an event alone ("meet and discuss trade": the meeting is the event).
_COMPLETE_ALONE = frozenset(
    "meet rise fall grow return arrive travel speak resign retire die win fail collapse decline increase fight "
    "vote talk gather march rally protest strike".split()
)


def _shares_the_object(first: str, second: re.Match[str]) -> bool:
    """ "sign and ratify the treaty", "sign and deliver the ratification document": a lone transitive verb
    before a coordinated one takes its object too, so the cut would leave it without one."""
    words = first.split()
    return (
        len(words) == 1
        and _base(words[0]) not in _COMPLETE_ALONE
        and second.group("verb") is not None
        and not second.group("be")
        and not second.group("then")
        and re.match(r"\s*(?:the|a|an|its|their|his|her|this|these|[A-Z\d])", second.string[second.end() :]) is not None
    )


_TARGET_PREP = re.compile(r"^(?:on|against|at|into|to|in|from|with|towards?|over)\s+", re.IGNORECASE)


def _verb_and_target(phrase: str) -> tuple[str, str | None]:
    words = phrase.split()
    if not words:
        return "happen", None
    index = 0
    verb = _base(words[0])
    if verb == "be" and len(words) > 1 and re.match(r"(?i)\w+ed$|\w+en$", words[1]):
        index, verb = 1, lemmatise(words[1])  # passive: "be jammed"
    elif verb in _CATENATIVE and len(words) > 2 and words[1].lower() == "to":
        index, verb = 2, lemmatise(words[2])
    elif verb in _CATENATIVE and len(words) > 1 and words[1].lower().endswith("ing"):
        index, verb = 1, lemmatise(words[1])
    rest = " ".join(words[index + 1 :])
    if verb in ("launch", "carry", "conduct", "mount", "stage", "impose", "take"):
        m = re.search(r"\b(?:on|against)\s+(.+)$", rest, re.I)
        if m:
            return verb, _target(m.group(1))
    rest = re.sub(r"(?i)^(?:out|up|back|down|off)\s+", "", rest)
    rest = _TARGET_PREP.sub("", rest) if verb not in ("be", "become", "remain", "stay") else ""
    return verb, _target(rest)


_NOT_A_TARGET = frozenset("back again down up out off soon further more less away together forward".split())


def _target(text: str) -> str | None:
    text = re.split(
        r"(?i)\s+(?:in|on|at|by|before|after|during|within|over|for|until|from|across|with|to|if|as|this|next|that)\s+",
        text,
        maxsplit=1,
    )[0]
    text = _clean(text)
    if text.lower() in _NOT_A_TARGET:
        return None
    return text or None


# "asymmetric rather than direct", "limited, not full", "either limited or full": options of a
# categorical question. "do not take" is a negation, and "either Israel or the United States" names
# targets, so bare "not" and capitalised words do not count.
_ALTERNATIVE = re.compile(
    r"\b(?P<a>[a-z][\w-]*)(?:\s+rather\s+than|\s+instead\s+of|\s+and\s+not|,\s+not|,\s+but\s+not)\s+(?P<b>[a-z][\w-]*)\b"
    r"|\beither\s+(?P<c>[a-z][\w-]*)\s+or\s+(?P<d>[a-z][\w-]*)\b",
)


# "either himself or his wife", "for them rather than their children": options that are people or
# things named by a pronoun or possessive, whose noun (if any) is cut off, list no categories.
_PERSONAL_WORDS = frozenset(
    "himself herself themselves itself myself yourself yourselves ourselves oneself him her his hers them their "
    "theirs me my mine us our ours you your yours it its he she they we i".split()
)


# Words that open a manner or a route, not an outcome: "directly", "through", "via", "by".
_NO_OPTION = re.compile(
    r"[a-z]+ly|through|via|by|with|without|in|on|at|to|from|into|under|over|before|after|during|the|a|an"
)


def _alternatives(text: str) -> tuple[str, ...]:
    m = _ALTERNATIVE.search(text)
    if not m:
        return ()
    if {word.lower() for word in m.group("a", "b", "c", "d") if word} & _PERSONAL_WORDS:
        return ()
    if any(word and _NO_OPTION.fullmatch(word.lower()) for word in m.group("a", "b", "c", "d")):
        return ()  # "either directly or through other channels": manners and routes, no outcomes
    if m.group("a"):
        # "not just for the launch centre", "not only": an emphasis, not an option.
        if {m.group("a").lower(), m.group("b").lower()} & (
            _STOP | {"just", "merely", "simply", "least", "even", "yet"}
        ):
            return ()
        return (m.group("a").lower(), m.group("b").lower())
    return (m.group("c").lower(), m.group("d").lower())


# --- pronouns ----------------------------------------------------------------------------------

_SUBJECT_BEFORE_VERB = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+(?:and|but)\s+|\bthat\s+)(?P<s>(?:[A-Z][\w'\u2019.-]*|the|The|a|an)(?:\s+[\w'\u2019.-]+){0,6}?)\s+"
    r"(?:will|would|could|may|might|is|are|was|were|has|have|had|can|should|must|continues?|remains?|plans?|"
    r"seeks?|says?|said|wants?|intends?|needs?)\b"
)


# "and only Khabarovsk received 2 billion ..., and next year it will receive 4 billion": a name as
# the subject of a clause in the past, which the auxiliaries above do not open.
_NAME_BEFORE_PAST = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+(?:and|but)\s+|\band\s+)(?:(?:only|also|even)\s+)?"
    r"(?P<s>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:[a-z]{2,}(?<!e)ed|got|took|gave|won|lost|made|paid|sent|"
    r"spent|sold|bought|built|held|kept|left|met|put|set|saw|became|began|grew|rose|fell)\b"
)


# "that pressure too will ...": a demonstrative subject the next clause's "it" points back to.
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"\b(?:that|this|these|those)\s+(?P<s>[a-z][\w-]+(?:\s+(?:on|of|for)\s+[A-Z][\w-]+)?)\s+(?:too\s+|also\s+)?"
    r"(?:will|would|could|may|might|is|are|was|were|has|have|had|can|should|must)\b"
)


# "it is this arena that hosted the games": a cleft puts the thing in focus, and the "it" of the
# sentences after it is that thing, not the subject an earlier sentence opened with.
_CLEFT_FOCUS = re.compile(r"\b[Ii]t\s+(?:is|was)\s+(?:this|that|the)\s+(?P<s>[a-z][\w-]+)\s+(?:that|which|who)\b")

_AUXILIARY = frozenset(
    "is are was were do does did will would can could should shall may might must has have had".split()
)


def _sentence_start(text: str, n: int = 1) -> int:
    """Where the ``n``-th last sentence of ``text`` starts (0 if it has fewer)."""
    ends = list(re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+", text))
    return ends[-n].end() if len(ends) >= n else 0


# How far back a singular "it"/"this"/"that" is looked up: its own sentence and the two before.
# Further back, the nearest subject is as often another thing ("... a book called 'The Next Front'.
# It will be published by Wiley", with the nearest named subject a person three sentences up).
_SINGULAR_REACH = 3


_PLURAL_WITHOUT_S = frozenset("people men women children police personnel folk cattle".split())


# "... tariff-free entry for 97.6 per cent of current goods exports. This will rise to 99 per cent":
# a share moving to another share is the share the sentence before gave.
_TO_A_SHARE = re.compile(
    r"(?i)^(?:rise|fall|increase|decrease|climb|drop|grow|decline|reach|exceed|go\s+up|go\s+down)"
    r"\w*\s+(?:to\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:per\s*cent|percent|%)"
)
_SHARE_OF = re.compile(
    r"(?i)\b\d[\d.,]*\s*(?:per\s*cent|percent|%)\s+of\s+(?P<of>(?:the\s+|all\s+|its\s+|their\s+)?[a-z][\w-]*"
    r"(?:\s+(?!(?:will|would|is|are|was|were|by|in|on|at|once|when|if|as|and|but|to)\b)[\w-]+){0,6})"
)


def _share_before(body: str, before: int, phrase: str) -> str | None:
    """The share ("the share of current goods exports from Australia") a bare "this" moving to a
    percentage stands for, when the previous sentence gives exactly one "N per cent of ..."."""
    if not _TO_A_SHARE.match(phrase):
        return None
    window = body[max(0, before - 600) : before]
    previous = window[_sentence_start(window.rstrip() + " ", 2) :]
    shares = list(_SHARE_OF.finditer(previous))
    if len(shares) != 1:
        return None
    of = re.sub(r"^(?:the|all)\s+", "", shares[0].group("of").strip())
    return f"the share of {of}"


def _antecedent(body: str, before: int, plural: bool | None) -> str | None:
    """The nearest subject noun phrase before ``before`` that is not itself a pronoun."""
    window = body[max(0, before - 1200) : before]
    if plural is False:
        reach = _SINGULAR_REACH
        # "ProtoStar-1 is the first satellite ... It will be positioned ... It was built ... It will
        # provide": sentences that each open with "It" carry one thing along, so the reach runs on.
        while reach < _SINGULAR_REACH + 4 and re.match(r"It\b", window[_sentence_start(window, reach) :]):
            reach += 1
        window = window[_sentence_start(window, reach) :]
    found = None
    matches = sorted(
        [
            *_SUBJECT_BEFORE_VERB.finditer(window),
            # Only in the claim's own sentence: further back, a name before a past verb is as often
            # a person or a part of a longer name ("the Centre for Science and Culture opened").
            *(m for m in _NAME_BEFORE_PAST.finditer(window, _sentence_start(window)) if plural is not True),
            *_DEMONSTRATIVE_SUBJECT.finditer(window),
            *_CLEFT_FOCUS.finditer(window),
        ],
        key=lambda m: m.end(),
    )
    for m in matches:
        text = _trim_subject(m.group("s"))
        if m.re is _CLEFT_FOCUS:
            text = f"the {text}"  # "this arena that hosted": the arena, told more fully as "the" is
        first = text.split()[0].lower() if text.split() else ""
        if not text or first in _PRONOUNS or first in ("there", "here", "what", "which", "who") or first in _AUXILIARY:
            continue  # "Is Kim Jong-un ready ...": a question, not a subject
        if plural is True and not text.lower().endswith("s"):
            continue
        if plural is True and len(text.split()) == 1 and text.islower():
            continue  # "How this ends is ...": a lone lower-case word in -s is as often a verb as a noun
        if plural is False and _PERSON.fullmatch(re.sub(r"-elect\b", "", text)):
            continue  # "it" is never a person: "Governor Ames has announced ... It will create jobs"
        if plural is False and text.split()[-1].lower() in _PLURAL_WITHOUT_S:
            continue  # "it" is never "the American people"
        found = text
    return found


_TITLE = re.compile(
    r"^(?:the\s+)?(Secretary|President|Prime\s+Minister|Foreign\s+Minister|Minister|Chancellor|Ambassador|"
    r"General|Admiral|Governor|Senator|Chairman|Chair|Director|Supreme\s+Leader|King|Crown\s+Prince)$",
    re.IGNORECASE,
)


def _titled_person(title: str, body: str, before: int) -> str | None:
    """ "the Secretary" -> "Secretary Blinken", the last person the article gave that title before."""
    found = None
    for m in re.finditer(
        # "Secretary of State Antony J. Blinken": a middle initial is part of the name, not its end.
        # "Secretary General Stoltenberg" holds another title than "the Secretary".
        rf"\b{re.escape(title)}\s+(?!General\b)(?:of\s+[A-Z][\w]+\s+)?((?:[A-Z][\w'-]+\s+|[A-Z]\.\s+){{0,3}}[A-Z][\w'-]+)",
        body[:before],
    ):
        # "Assistant Secretary Dean Thompson", "Vice President Harris" hold another post than "the Secretary".
        if not _LOWER_RANK.search(body[: m.start()]) and not _another_nation(body[: m.start()]):
            found = f"{title} {m.group(1)}"
    return found


_LOWER_RANK = re.compile(r"\b(?:Assistant|Deputy|Under|Vice|Associate|Principal|Permanent|Parliamentary|Press)\s+$")
# A nationality before a title ("Chinese President Xi", "Mongolian President ..."): the article names
# another nation's holder so, and keeps the bare "the President" for its own.
_NATIONALITY_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)\s+$")
_DEMONYM_ENDING = re.compile(r"(?:ian|ean|ese|ish|an|i|ine)$")


def _another_nation(before: str) -> bool:
    found = _NATIONALITY_BEFORE.search(before[-40:])
    if found is None:
        return False
    word = found.group("word")
    return bool(_DEMONYM_ENDING.search(word)) or any(
        a.fips is not None and a.cameo_type is None for a in actors_in(word)
    )


_PERSON = re.compile(
    r"\b(?:(?:Secretary|President|Prime\s+Minister|Foreign\s+Minister|Minister|Chancellor|Ambassador|General|"
    r"Senator|Governor|Director|Supreme\s+Leader|King|Crown\s+Prince|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+"
    r"(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+|the\s+(?:Secretary|President|Prime\s+Minister|Ambassador))\b"
)


def _person_before(body: str, before: int) -> str | None:
    """The last person the text named before ``before`` ("Secretary Blinken"), for "he" or "she"."""
    window = body[max(0, before - 1500) : before]
    found: str | None = None
    for m in _PERSON.finditer(window):
        found = m.group(0)
    for actor_match in re.finditer(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}", window):
        people = [a for a in actors_in(actor_match.group(0)) if a.fips is None and a.cameo_type == "GOV"]
        if people and (found is None or actor_match.start() > window.rfind(found)):
            found = actor_match.group(0)
    if found is None:
        return None
    title = _TITLE.match(found)
    if title:
        return _titled_person(title.group(1), body, max(0, before - 1500) + window.rfind(found)) or found
    return re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+", "", found)


# "Secretary Holm met ...", "The Secretary's visit ...": a person opening the sentence, then its verb.
_OPENING_PERSON = re.compile(
    r"^(?P<s>(?:The\s+)?(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*(?:['\u2019]s?\s+[a-z]\w*)?)\s+(?:also\s+)?[a-z]\w*"
)
# What ``_topic_person`` answers when the sentences name two people and neither is their topic.
_UNSURE = "\x00unsure"


def _person_in_subject(subject: str) -> str | None:
    """The person a clause's subject names ("The Secretary also", "President Tebboune's aides"), if any."""
    subject = re.sub(r"(?:\s+[a-z][\w-]*)+$", "", subject.strip())  # "The Secretary also": its adverb
    owner = re.match(r"^(?P<o>.+?)['\u2019]s?\s", subject + " ")
    for text in (subject, owner.group("o") if owner else ""):
        title = _TITLE.match(text)
        if title:
            return text
        person = _PERSON.fullmatch(text)
        if person and not text.lower().startswith("the "):
            return re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+", "", text)
        if text and any(a.fips is None and a.cameo_type == "GOV" for a in actors_in(text)):
            return text
    return None


def _sentences_before(body: str, before: int) -> list[str]:
    """The sentences of up to 1,500 characters of ``body`` before ``before``, the last one cut there."""
    return re.split(r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z\"'\u201c])", body[max(0, before - 1500) : before])


def _topic_person(body: str, before: int) -> str | None:
    """Who "he" or "she" at ``before`` is: the person the sentence, else the one before it, has as
    subject (its topic), never one named only after a preposition or in an apposition; ``_UNSURE``
    when those sentences name two people and make neither the subject; None when they name fewer."""
    sentences = _sentences_before(body, before)
    for sentence in reversed(sentences[-2:]):
        # A clause's subject before its auxiliary, the later first; then the person the sentence opens with.
        subjects = [m.group("s") for m in reversed(list(_SUBJECT_BEFORE_VERB.finditer(sentence)))]
        opening = _OPENING_PERSON.match(sentence)
        for text in [*subjects, *([opening.group("s")] if opening else [])]:
            person = _person_in_subject(text)
            if person is None:
                continue
            title = _TITLE.match(person)
            if title:
                start = body.rfind(sentence, 0, before)
                return _titled_person(title.group(1), body, max(start, 0)) or person
            return person
    named = set()
    for sentence in sentences[-2:]:
        named |= {m.group(0) for m in _PERSON.finditer(sentence)}
    return _UNSURE if len(named) >= 2 else None


# "Rob Malley is in Vienna": a person's bare name as a clause's subject, two or three capitalised words.
_BARE_NAME_SUBJECT = re.compile(
    r"(?:^|[,.;:!?]\s+|\b(?:and|but|that)\s+)(?P<n>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2})\s+"
    r"(?:is|was|has|had|will|would|said|says|told|remains)\b"
)
# Words of an institution's or a place's name, never of a person's: the speakers' lists, and the
# words of states, bodies and waters they leave out, with the offices and determiners that open a name.
_INSTITUTION_WORDS = frozenset(word.title() for word in ORG_WORDS | PLACE_WORDS) | frozenset(
    """United States Kingdom Nations Republic Navy Federation Summit Forum Treaty Agreement Sea Ocean Gulf River
    Street State Minister President Secretary Prime The This That These Those""".split()
)


def _bare_name_before(body: str, before: int) -> str | None:
    """The person "he" or "she" at ``before`` is when the sentence before it, or its own opening,
    has a bare personal name as subject ("Rob Malley is in Vienna. He'll be returning ..."): two or
    three capitalised words, none an institution's or place's, that the gazetteer knows as no
    country or organisation."""
    sentences = _sentences_before(body, before)
    for sentence in reversed(sentences[-2:]):
        names = [m.group("n") for m in _BARE_NAME_SUBJECT.finditer(sentence)]
        for name in reversed(names):
            if set(name.split()) & _INSTITUTION_WORDS or actors_in(name):
                continue
            return name
    return None


def _speaker_named_in_sentence(candidate: Candidate, body: str, before: int, before_only: bool = False) -> bool:
    """Whether "he" or "she" may be the speaker: named in the pronoun's sentence ("Smith said he
    would resign", "He will meet Modi, the spokesman said"), a transcript's speaker label aside. A
    speaker's own words never call the speaker "he". ``before_only``: named before the pronoun."""
    if candidate.speaker_type == "author" or not candidate.speaker:
        return False
    surname = candidate.speaker.split()[-1]
    end = before if before_only else max(candidate.sentence_end, candidate.char_end, before)
    sentence = TURN_LABEL.sub("", body[min(candidate.sentence_start, before) : end])
    return bool(re.search(rf"\b{re.escape(surname)}\b", sentence))


def _named_speaker(candidate: Candidate, article: Article) -> str:
    role = candidate.speaker_role or ""
    if candidate.speaker_type != "author" and role in ("", "Mr", "Ms", "Mrs", "Madam"):
        # "Mr. CASEY" on the Senate floor is Senator Casey to a stranger.
        title = floor_title(candidate, article)
        if title is not None and re.fullmatch(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*", candidate.speaker):
            return f"{title} {candidate.speaker}"
    if (
        role
        and candidate.speaker_type != "author"
        and re.fullmatch(r"[A-Z][\w ]{1,30}", role)
        and role not in ("Mr", "Ms", "Mrs", "Dr")
    ):
        return f"{role} {candidate.speaker}"
    if candidate.speaker[:1].islower():
        return f"the {candidate.speaker}"  # "previous President": a description, not a name
    return candidate.speaker


def _inside_quotes(body: str, at: int) -> bool:
    """Whether ``at`` lies inside quotation marks (``sentences.quoted_spans``), or in a paragraph a
    colon introduces ("Mofaz's Facebook page posted:"), a quotation set as a block."""
    paragraph = next((p for p in split_paragraphs(body) if p.start <= at <= p.end), None)
    if paragraph is None:
        return False
    if any(span.start <= at < span.end for span in quoted_spans(body, paragraph)):
        return True
    return body[: paragraph.start].rstrip().endswith(":")


# The "it" of "it will be appropriate to ...", "it will take years to ...", "it is likely that ...":
# a placeholder for the clause that follows.
_EXPLETIVE_IT = re.compile(
    r"(?i)^(?:be|become|seem|remain|prove)\s+(?:\w+\s+)?(?:appropriate|necessary|advisable|prudent|wise|desirable|"
    r"important|essential|reasonable|warranted|possible|impossible|difficult|hard|easy|likely|unlikely|time)"
    r"(?:\s+\w+){0,3}?\s+(?:to|that|for\s+(?:\S+\s+){1,4}?to)\b|"
    r"^take\s+(?:\w+\s+){0,3}?(?:time|years?|months?|weeks?|days?|decades?|while)\s+(?:for\s+(?:\S+\s+){1,4}?)?to\b"
)


def _resolve_subject(subject: str, candidate: Candidate, article: Article, phrase: str = "") -> str:
    words = subject.split()
    if not words:
        return _antecedent(article.body, candidate.char_start, None) or candidate.speaker
    first = words[0].lower()
    if len(words) == 1 and first in ("we", "us"):
        party = acting_party(candidate, article, phrase)
        if party is None:
            return subject  # the article names no side for "we": left for the question check
        title = _TITLE.match(party)
        if title is None:
            return party
        role = (candidate.speaker_role or "").strip()
        if candidate.speaker_type != "author" and re.fullmatch(rf"(?i)(?:the\s+)?{re.escape(title.group(1))}", role):
            return _named_speaker(candidate, article)  # the speaker's own journey: named as the speaker
        # "the Secretary" whose trip it is: named as the article names the Secretary, before or after.
        return (
            _titled_person(title.group(1), article.body, candidate.char_start)
            or _titled_person(title.group(1), article.body, len(article.body))
            or party
        )
    if len(words) == 1 and first == "i":
        if (
            candidate.speaker_type == "author"
            and candidate.speaker == article.outlet
            and _inside_quotes(article.body, candidate.char_start)
        ):
            # A quotation's "I" in an outlet's own text: the one quoted was not found, and is not the outlet.
            return subject
        return _named_speaker(candidate, article)
    # "Prince Philip and I": the "I" is the speaker, named in the question.
    coordinate = re.fullmatch(r"(?P<other>.+?)\s+and\s+I|I\s+and\s+(?P<after>.+)", subject)
    if coordinate and candidate.speaker_type != "author":
        other = coordinate.group("other") or coordinate.group("after")
        return f"{other} and {_named_speaker(candidate, article)}"
    # The antecedent comes before the pronoun, which may lie inside the quote ("Even if Russian
    # forces ..., they will not take all of it").
    in_quote = re.search(rf"(?i)\b{re.escape(words[0])}\b", candidate.quote)
    before = candidate.char_start + (in_quote.start() if in_quote else 0)
    if len(words) == 1 and first == "it" and _EXPLETIVE_IT.match(phrase):
        # "it may be appropriate to hold the target range steady": the "it" stands for what
        # follows, not for a noun before it.
        return subject
    if len(words) == 1 and first in ("it", "this", "that"):
        return _share_before(article.body, before, phrase) or _antecedent(article.body, before, False) or subject
    if len(words) == 1 and first in ("they", "these", "those"):
        return _antecedent(article.body, before, True) or _plural_antecedent(article.body, before) or subject
    if len(words) == 1 and first in ("he", "she"):
        if _speaker_named_in_sentence(candidate, article.body, before, before_only=True):
            # "Elvira Nabiullina suggested that if ..., she will appoint": the one reported is the one
            # who acts, not the person the sentence before had as subject.
            return _named_speaker(candidate, article)
        topic = _topic_person(article.body, before)
        if topic is _UNSURE:
            return subject  # two people and neither the topic: left for a person, not guessed
        return (
            topic
            or _bare_name_before(article.body, before)
            or _person_before(article.body, before)
            or (
                _named_speaker(candidate, article)
                if _speaker_named_in_sentence(candidate, article.body, before)
                else subject
            )
        )
    title = _TITLE.match(subject)
    if title:
        return _titled_person(title.group(1), article.body, candidate.char_start) or subject
    return subject


# --- the entry points --------------------------------------------------------------------------


_EXPECTED_TO = re.compile(
    r"\b(?:expect|expects|expected|anticipate|anticipates|assess|assesses|judge|judges)\s+"
    r"(?P<s>(?:the\s+)?[A-Z][^,;]{0,60}?)\s+to\s+(?P<p>[a-z]\w+\b.*)$"
)
_TO_CLAUSE = re.compile(r"^(?P<s>[A-Z][^,;]{1,80}?)\s+to\s+(?P<p>[a-z]\w+\b.*)$")
# "NTIA and the Ministry committed to co-chair the Coalition in 2027": what was pledged is still to
# come, done by those who pledged it (a noun or a gerund after "to" is a cause, not an act).
_PLEDGED_TO = re.compile(
    r"^(?P<s>[A-Z][^,;]{1,160}?)\s+(?:(?:has|have|had)\s+)?(?:committed|pledged|promised|vowed|undertook|agreed)\s+"
    r"to\s+(?P<p>(?!(?:the|a|an|this|that|these|those|our|its|their|his|her|my|your|all|any|each|every)\b)"
    r"[a-z][a-z-]+(?<!ing)\b.*)$"
)
# "Xi has invited President Trump to travel to Shenzhen": the one invited, asked or allowed acts,
# not the one who invites.
_CONTROLLED_TO = re.compile(
    r"\b(?:invit|ask|urg|encourag|allow|authori[sz]|permit|order|instruct|direct|press|persuad)(?:e|es|ed|s|ing|ted)?\s+"
    r"(?P<s>(?:the\s+)?[A-Z][^,;]{0,60}?)\s+to\s+(?P<p>[a-z]\w+\b.*)$"
)


# "I would like to remind you that ...", "I want to stress that ...": the speaker's act of saying,
# not the event; what is said is the claim.
_SPEECH_ACT = re.compile(
    r"(?i)^(?:(?:first|second|third|finally|also|and|now)(?:ly)?,?\s+)?(?:I|we)\s+(?:would|'d|\u2019d|want|wish)\s+"
    r"(?:like\s+)?to\s+(?:remind\s+(?:you|everyone|colleagues|all\s+of\s+you)|note|stress|emphasi[sz]e|point\s+out|say|"
    r"add|recall|underline|underscore|mention|repeat|inform\s+you|tell\s+you)\s+(?:once\s+again\s+)?that\s+"
)


# "(we will) see inflation begin to fall", "see prices rising": a change the speaker expects to
# observe; the thing that changes is the event's subject.
_SEEN_CHANGE = re.compile(
    r"(?i)^see\s+(?P<s>(?!(?:it|this|that|them|what|how|whether|if|a\s+lot|more|less)\b)[\w$%(),.'\u2019 -]{3,80}?)\s+"
    r"(?P<v>(?:begin|start|continue|keep|stop|rise|fall|decline|increase|decrease|ease|slow|moderate|come|go|"
    r"return|stabili[sz]e|pick|drop|climb|grow|shrink)(?:s|ing)?)\b(?P<rest>.*)$"
)


# An adverb left at the end of a subject ("the ministry itself", "the allies eventually"); a name or
# noun in "-ly" ("the General Assembly", "the family") is the subject's head, not an adverb.
_TRAILING_ADVERBS = re.compile(
    rf"(?:\s+(?:[Tt]oo|[Aa]lso|itself|themselves|then|now|in\s+turn|(?!(?:{'|'.join(sorted(NOUNS_IN_LY))})\b)[a-z]\w*ly))+$"
)
# "According to the National Conference of State Legislatures, the next primary ... is scheduled for
# March 3": the source named before the clause says who holds it, and is no part of what is held.
_SOURCE_FIRST = re.compile(
    r"(?i)^(?:according\s+to|as\s+(?:announced|reported|stated|said|forecast|projected|predicted)\s+by|citing|per)"
    r"\s+[^,;:]{2,120},\s+(?=\S)"
)


def _parse(text: str) -> tuple[str, str, bool] | None:
    text = _SPEECH_ACT.sub("", text, count=1)
    text = _SOURCE_FIRST.sub("", text, count=1)
    clause = _split_clause(text)
    if clause is None and _LOOK_FORWARD.match(_clean(text)):
        return _parse_finite(text)  # "X and I look forward to welcoming Y": not "X ... to" + infinitive
    if clause is None:
        # "we expect the PRC to continue its efforts ...": what is expected, subject + infinitive.
        expected = (
            _EXPECTED_TO.search(_clean(text)) or _CONTROLLED_TO.search(_clean(text)) or _PLEDGED_TO.match(_clean(text))
        )
        if expected:
            return _trim_subject(expected.group("s")), _trim_phrase(expected.group("p")), False
        # "The PRC to continue its efforts ...": an expectation stated as subject + infinitive.
        m = _TO_CLAUSE.match(_clean(text))
        if m is None:
            return None
        # "The Desk planned to adjust": the planning verb is not part of the subject.
        subject_text = re.sub(
            r"\s+(?:planned|plans|intended|intends|expected|expects|wanted|wants|aimed|aims|hoped|hopes|decided|decides)$",
            "",
            m.group("s"),
        )
        clause = (subject_text, m.group("p"), False)
    subject, predicate, negated = clause
    subject = _trim_subject(subject) if re.search(r"[A-Za-z]", subject) else ""
    phrase = _trim_phrase(predicate)
    if not phrase:
        return None
    return subject, phrase, negated


# "be no debate on October 15", "be a referendum in May": an event named after an existential "there".
_EXISTENTIAL = re.compile(r"(?i)be\s+(?P<no>no\s+)?(?P<np>(?:(?:a|an|another|the)\s+)?[a-z].*)")


def _existential_event(subject: str, phrase: str) -> tuple[str, str, bool] | None:
    """ "there" + "be no debate on October 15" -> ("a debate on October 15", "be held", True): the
    event an existential sentence names, the verb its kind of noun takes for happening
    (``nominal_events``), and whether "no" denies it; None for any other subject or a noun of no
    kind listed ("there will be problems")."""
    found = _EXISTENTIAL.fullmatch(phrase) if subject.lower() == "there" else None
    if found is None:
        return None
    np = found.group("np")
    # Up to the first preposition: the noun and its modifiers, which say what kind of event it is.
    head = re.split(
        r"\s+(?:on|in|at|by|before|after|until|during|next|this|later|between|with|over)\b", np, maxsplit=1
    )[0]
    verb = happening_verb(head)
    if verb is None:
        return None
    denied = found.group("no") is not None
    if denied and not re.search(r"s$", head.split()[-1]):
        np = ("an " if np[:1].lower() in "aeiou" else "a ") + np  # "no debate" -> "a debate"
    return np, verb, denied


def _act_of_response(phrase: str) -> str:
    """ "respond by targeting the ports" -> "target the ports": the act the response is made of
    (``responses``); any other phrase unchanged. Only a verb the drafting knows is taken: a
    gerund whose base form is guessed ("imposing" -> "impos") would garble the question."""
    means = response_by_means(phrase)
    if means is None or lemmatise(means[0]) not in _KNOWN_VERBS:
        return phrase
    return f"{lemmatise(means[0])} {means[1]}"


_CATENATIVE_PRESENT = re.compile(
    r"^(?P<s>[^,;]+?)\s+(?P<c>(?:continue|keep|begin|start|decide|choose|tr(?:y|ie)|refuse|fail|seek|threaten)s?)"
    r"(?P<rest>\s+(?:to\s+)?[a-z]+)\b"
)


def _condition(text: str | None, candidate: Candidate, article: Article, subject: str) -> Proposition | None:
    if not text:
        return None
    clause = _clean(
        re.sub(
            r"(?i)^(?:if\s+and\s+when|if|unless|once|in\s+the\s+event\s+(?:that|of)|provided\s+(?:that\s+)?|as\s+long\s+as|only\s+if|without)\s+",
            "",
            text,
        )
    )
    negated = bool(re.match(r"(?i)unless\b|without\b", text.strip()))
    words = clause.split()
    if not words:
        return None
    # "If confirmed": the main subject is the condition's subject.
    if re.match(r"\w+ed$", words[0]) and len(words) <= 3:
        phrase = "be " + clause
        verb = lemmatise(words[0])
        return Proposition(subject, verb, phrase, negated, event_kind_of(verb, subject, phrase), None)
    # "Russia continues to escalate": a condition's present is its future, and the catenative
    # verb is the predicate's, not a word of the subject ("Russia continues").
    clause = _CATENATIVE_PRESENT.sub(
        lambda m: f"{m.group('s')} will {lemmatise(m.group('c'))}{m.group('rest')}", clause, count=1
    )
    parsed = _parse(clause) or _parse_finite(clause)
    if parsed is None:
        return Proposition("", "happen", clause, negated, "other", None)
    c_subject, phrase, c_neg = parsed
    # "unless its sovereignty is violated": "its" is the forecast's own subject.
    owner = re.match(r"(?i)(its|their)\s+", c_subject)
    if owner:
        c_subject = f"{possessive(subject)} {c_subject[owner.end() :]}"
    c_subject = _resolve_subject(c_subject, candidate, article, phrase)
    # "if the motion is passed": the condition is drafted as a question of its own, so its "the
    # <noun>" takes what the article introduced, as the forecast's subject does.
    c_subject, phrase = _resolve_demonstratives(c_subject, phrase, article.body, candidate.char_start, article.title)
    phrase = with_chamber(c_subject, _trim_phrase(phrase), article, candidate.char_start)
    phrase = threat_as_act(_act_of_response(phrase))
    verb, target = _verb_and_target(phrase)
    return Proposition(c_subject, verb, phrase, negated != c_neg, event_kind_of(verb, c_subject, phrase), target)


def propose(candidate: Candidate, article: Article) -> Proposition:
    """The candidate's event as a proposition; never raises, falling back to the drafted event's words."""
    try:
        return _propose(candidate, article)
    except Exception:  # noqa: BLE001 - a draft must always come out; the person fixes the wording
        text = _clean(candidate.event) or _clean(candidate.quote) or "the event"
        return Proposition("", "happen", text, candidate.polarity == "negative", "other", None)


_KNOWN_VERBS = frozenset().union(*_KIND_VERBS.values(), _E_VERBS, _CATENATIVE)
_PURPOSE_VERBS = _KNOWN_VERBS | frozenset(
    """discuss consider review support help address develop strengthen coordinate assess ensure promote
    improve explore examine study prepare facilitate encourage enhance boost foster expand advance deepen
    protect secure counter combat prevent tackle reduce increase raise finance fund create establish""".split()
)
_COORDINATED_VERBS = (
    _KNOWN_VERBS
    | _PRICE_VERBS
    | frozenset(
        "firm pose weigh fall rise grow remain stay bring take send put keep make give get set build return".split()
    )
)


_LOOK_FORWARD = re.compile(
    r"^(?P<s>[^,;]+?)\s+(?:look|looks|looked|(?:am|are|is|were|was)\s+looking)\s+forward\s+to\s+"
    r"(?P<g>[a-z]+ing)\b(?P<rest>.*)$"
)
_GERUND_PREPOSITIONS = frozenset("by of for without after before through in on from about".split())
_FINITE_AFTER_NOUN = frozenset("is are was were will would could may might should must can has have had".split())
# Words that follow a plural noun, never a verb's bullet ("States with ...", "Talks between ...").
_NOUN_FOLLOWERS = frozenset("with of in from between among whose who which that at".split())


# How many words a subject before its finite verb may run to; before "is" or "are", which no
# participle or noun is mistaken for, more: "The last debate between Ivo Marek and Lena Varga is ...".
_FINITE_SUBJECT_WORDS = 8
_COPULA_SUBJECT_WORDS = 12


_DO_NOT = re.compile(r"^(?P<s>[^,;]+?)\s+(?:do|does|did)\s*(?:not|n['\u2019]t)\s+(?P<v>[a-z]+)\b(?P<rest>.*)$")


def _parse_finite(text: str) -> tuple[str, str, bool] | None:
    """ "Secretary Austin also previewed the agenda" -> ("Secretary Austin", "preview the agenda")."""
    text = _SOURCE_FIRST.sub("", text, count=1)
    # "Prince Philip and I look forward to welcoming X": the act looked forward to is the event.
    forward = _LOOK_FORWARD.match(_clean(text))
    if forward:
        subject = _trim_subject(forward.group("s"))
        phrase = _trim_phrase(f"{lemmatise(forward.group('g'))}{forward.group('rest')}")
        return (subject, phrase, False) if subject and phrase else None
    # "our foreign partners do not accept our proposal", "Iran doesn't comply": a present negated
    # with "do", as conditions are ("if the Senate does not ratify the treaty").
    denied = _DO_NOT.match(_clean(text))
    if denied:
        subject = _trim_subject(denied.group("s"))
        phrase = _trim_phrase(f"{denied.group('v')}{denied.group('rest')}")
        return (subject, phrase, True) if subject and phrase else None
    words = _clean(text).split()
    if (
        words
        and re.fullmatch(r"[A-Z][a-z]+s", words[0])
        and lemmatise(words[0]) in _KNOWN_VERBS | {"set", "make"}
        # "States with error rates of 13% or higher would have ...": a plural noun, whose own verb follows.
        and not (len(words) > 1 and words[1].lower() in _NOUN_FOLLOWERS)
        and not any(w.lower() in _FINITE_AFTER_NOUN for w in words[1:])
    ):
        # A bullet that starts with its verb ("Sets out the next stage of welfare reform"): the author acts.
        return "we", _trim_phrase(" ".join([lemmatise(words[0]), *words[1:]])), False
    for i, word in enumerate(words[1:_COPULA_SUBJECT_WORDS], start=1):
        if i >= _FINITE_SUBJECT_WORDS and (word not in ("is", "are") or any(w.endswith(",") for w in words[:i])):
            continue  # past the usual length only a copula, and only after a subject with no fronted phrase
        if word in ("is", "are") and i + 1 < len(words):
            subject = _trim_subject(" ".join(words[:i]))
            phrase = _trim_phrase(" ".join(["be", *words[i + 1 :]]))
            return (subject, phrase, False) if subject and phrase else None
        if not re.fullmatch(r"[a-z]+", word) or word in _STOP:
            continue
        if word.endswith("ing") and words[i - 1].lower() in _GERUND_PREPOSITIONS:
            continue  # "respond by targeting": a gerund after a preposition is never the main verb
        lemma = lemmatise(word)
        # "Varnians respond by ...": a bare verb after a plural or a name is the main verb, present tense.
        if (
            lemma == word
            and word in _KNOWN_VERBS
            and re.search(r"(?:[a-z]s|^[A-Z]\w*)$", words[i - 1])
            # "Tehran down blended": a particle before the verb; "groups have called" is a perfect.
            and (
                i + 1 == len(words)
                or (
                    words[i + 1].lower() not in _FINITE_AFTER_NOUN
                    and (word == "have" or not words[i + 1].endswith("ed"))
                )
            )
        ):
            subject = _trim_subject(" ".join(words[:i]))
            phrase = _trim_phrase(" ".join(words[i:])) or word
            if subject and phrase:
                return subject, phrase, False
        followed_by_object = i + 1 < len(words) and words[i + 1].lower() in (
            "the",
            "a",
            "an",
            "his",
            "her",
            "its",
            "their",
        )
        if i + 1 < len(words) and words[i + 1].lower() in _FINITE_AFTER_NOUN:
            continue  # "The first launches are scheduled": "launches" is the subject's noun
        if (
            i + 1 < len(words)
            and words[i + 1].lower() == "by"
            and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES)
        ):
            # "debt held by the public rises": a past participle after a noun is a reduced
            # relative ("debt [that is] held by ..."), not the main verb, which comes later.
            continue
        if lemma != word and (lemma in _KNOWN_VERBS or word.endswith("ed") or followed_by_object):
            subject = _trim_subject(" ".join(words[:i]))
            phrase = _trim_phrase(" ".join([lemma, *words[i + 1 :]]))
            if subject and phrase:
                return subject, phrase, False
    return None


_ATTACK_NOUNS = (
    r"attacks?|reprisals?|retaliation|response|invasion|offensive|strikes?|war|escalation|revenge|counterattack|"
    r"assault|counter-?offensive|incursion"
)
_OWNED_EVENT = re.compile(
    rf"^(?:(?:the|this|that|such\s+an?|an?|any)\s+)?((?:[a-z-]+\s+)?(?:{_ATTACK_NOUNS}))$", re.IGNORECASE
)
_OWNER_BEFORE = re.compile(
    rf"\b((?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*)(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?(?:{_ATTACK_NOUNS})\b"
)


def _owned_event(subject: str, body: str, before: int) -> str:
    """ "The reprisal" -> "Iran's reprisal" when the text said whose ("Iran's response", "Iranian retaliation")."""
    m = _OWNED_EVENT.match(subject.strip())
    if m is None or actors_in(m.group(1)):
        # "The Ethiopian offensive": a demonym already says whose, and another owner named nearby
        # ("Kenya's attack") would make it "Kenya's Ethiopian offensive".
        return subject
    owner = None
    for found in _OWNER_BEFORE.finditer(body[max(0, before - 1500) : before]):
        actors = [a for a in actors_in(found.group(1)) if a.cameo_country or a.cameo_type]
        if actors:
            actor = actors[-1]
            country = actor.cameo_country if actor.fips else None
            owner = display_name(country_actor(country)) if country else actor.name
    if owner is None:
        owner = _owner_of_its(body, before)
    if owner is None:
        return subject
    noun = m.group(1)
    if noun[:1].isupper() and not noun.split()[0].isupper() and not actors_in(noun.split()[0]):
        noun = noun[0].lower() + noun[1:]  # "Military reprisal" was capitalised for the sentence
    return f"{possessive(owner)} {noun}"


def _owner_of_its(body: str, before: int) -> str | None:
    """Whose "its attack" was ("Russia plans to manufacture a pretext for its attack"): the last
    country or group the same sentence named before "its"."""
    owner = None
    window = body[max(0, before - 1500) : before]
    for found in re.finditer(rf"\b(?:its|their)\s+(?:[a-z-]+\s+)?(?:{_ATTACK_NOUNS})\b", window, re.IGNORECASE):
        sentence = re.split(r"[.!?;]\s+", window[: found.start()])[-1]
        actors = [a for a in actors_in(sentence) if a.cameo_country or a.cameo_type]
        if actors:
            actor = actors[-1]
            country = actor.cameo_country if actor.fips else None
            owner = display_name(country_actor(country)) if country else actor.name
    return owner


_DEMONSTRATIVE = re.compile(r"^(?:the|this|that|these|those)\s+([a-z][a-z-]+)$", re.IGNORECASE)
_DEMONSTRATIVE_IN = re.compile(r"\b(?:this|that|these|those)\s+([a-z][a-z-]+)\b")
# "the hospital" as the object, its noun ending the phrase or followed by a preposition or comma.
_DEFINITE_IN = re.compile(
    r"\bthe\s+([a-z][a-z-]{2,})(?=\s*$|\s*[,;]|\s+(?:in|on|at|to|for|with|by|from|before|after)\b)"
)


def _acts(word: str) -> bool:
    """A lower-case word after a name is what the name does ("will", "met"), not a noun it modifies."""
    return word in _STOP or lemmatise(word) in _KNOWN_VERBS


# "a petition for a recount is signed by ...": a prepositional complement ends where the clause's
# verb or an adverb of time begins; a relative clause ("where", "that") runs on to its punctuation.
_COMPLEMENT_ENDS = re.compile(
    r"\s+(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|be|been|being|"
    r"either|if|because|when|today|tomorrow|yesterday|now|later|soon|next|last)\b"
)


def _noun_phrase_only(described: str, noun: str) -> str:
    """ "petition for a recount is signed by a fifth" -> "petition for a recount": an "of"/"for"/
    "in"/"at" complement cut before the verb of its clause, so the verb is not drafted as a name."""
    if re.match(rf"{re.escape(noun)}\s+(?:where|that|which)\b", described):
        return described
    end = _COMPLEMENT_ENDS.search(described, len(noun))
    return described[: end.start()] if end else described


def _described(noun: str, body: str, before: int, title: str | None = None) -> str | None:
    """What "the command" or "this facility" stands for: the name with that head noun the article
    is about ("U.S. Cyber Command", ``qualifiers.named_mention``), or the nearest earlier "a
    facility where we will build marine platforms" (the noun with the clause that defined it)."""
    window = body[max(0, before - 1500) : before]
    # An initial's full stop ("provisions in H.R. 1", "the U.S. Army") does not end the phrase.
    defined = (
        rf"\b(?:a|an|the)\s+({re.escape(noun)}\s+(?:where|that|which|of|for|in|at)\s+"
        rf"(?:[^.;,:()]|(?<=\b[A-Z])\.){{3,160}}?)(?=(?<!\b[A-Z])\.|[;,:()]|$)"
    )
    found = named_mention(noun, body, before, title, _acts)
    for m in re.finditer(defined, window):
        start = max(0, before - 1500) + m.start()
        phrase = _noun_phrase_only(m.group(1), noun)
        if len(phrase.split(None, 2)[-1]) > 60:
            continue  # a clause that runs on past its noun phrase says too much to be its name
        if found is None or start > found[0]:
            found = (start, "the " + phrase)
    if found is None:
        return None
    return found[1] if len(found[1].split()) <= 12 else None


# Nouns that stand for a quantity the text stated just before ("In 2015 the total demand for
# skilled nuclear workers was approximately 77,000. This number is expected to rise").
_QUANTITY_NOUNS = frozenset("number figure total amount level share rate proportion percentage count sum".split())
_QUANTITY_STATED = re.compile(
    r"(?:^|[.;:!?]\s+)(?:(?:In|By|As\s+of|At)\s+[^,]{1,30},?\s+)?(?P<s>(?:the|The|a|A|an|An|[A-Z][\w'-]*)"
    r"(?:\s+[\w'\u2019-]+){0,9}?)\s+(?:was|is|were|are|stood\s+at|reached|totalled|totaled|amounted\s+to|rose\s+to|"
    r"fell\s+to)\s+[^.;]*\d"
)


def _stated_quantity(body: str, before: int) -> str | None:
    """What "this number" counts: the subject of the last sentence before that states a quantity."""
    window = body[max(0, before - 600) : before]
    found = None
    for m in _QUANTITY_STATED.finditer(window):
        found = m.group("s")
    if found is None:
        return None
    found = re.sub(r"^(?:In|By|At)\s+\d{4},?\s+", "", found)
    return found[0].lower() + found[1:] if found.split()[0] in ("The", "A", "An") else found


# A plural noun phrase a later "them" or "they" can point back to: a list of names ending in
# "and other <plural>" ("ISIS, Jabhat Al-Nursa, and other terrorist organisations"), or a
# determiner or quantifier with up to three words and a plural head ("other presidential candidates").
_PLURAL_PHRASE = re.compile(
    r"(?P<list>(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3},\s+)+(?:(?:and\s+)?(?:other\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*s|and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]*){0,3}))\b"
    r"|(?<![\w-])(?P<np>(?:the|other|these|those|both|all|two|three|four|five|\d+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[a-z][\w-]*[^s\W]s|people|children|men|women))\b"
)
_NOT_A_REFERENT = re.compile(
    r"(?i)\b(?:days|weeks|months|years|decades|hours|minutes|times|percent|points|things|ways|words|terms|"
    r"others|those|these|questions|remarks|comments|thanks|hostilities)$"
)


_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|into|from|to|across|through|at|within|inside|throughout|around|of)\s*$")


# Verbs whose object is people ("fly them", "house them"): "them" is then a group of people, not
# "the flights" or "those third countries" named in between.
_PEOPLE_VERBS = frozenset(
    "fly bring move relocate evacuate transport resettle house admit screen process deport release free protect "
    "train hire pay arrest detain rescue welcome host send return vaccinate interview shelter feed board expel "
    "repatriate receive".split()
)
_PEOPLE_NOUNS = re.compile(
    r"(?i)(?:people|persons|children|men|women|families|citizens|nationals|civilians|refugees|migrants|troops|"
    r"soldiers|forces|personnel|staff|workers|officials|diplomats|journalists|hostages|prisoners|detainees|"
    r"evacuees|passengers|students|patients|residents|voters|members|\w+(?:ants|ents|ees|ists|ians|ors|ers))$"
)
# "some of these applicants": a part of the group, not a place ("in the regions").
_PARTITIVE_BEFORE = re.compile(r"(?i)\b(?:some|many|most|all|none|each|one|any|several|few|both|half)\s+of\s*$")


def _plural_antecedent(body: str, before: int, people: bool = False) -> str | None:
    """The last plural noun phrase or named group before ``before``, for "them" or "they"; with
    ``people``, the last group of people ("these families"), looking further back."""
    window = body[max(0, before - (1500 if people else 800)) : before]
    found = None
    for m in _PLURAL_PHRASE.finditer(window):
        text = (m.group("list") or m.group("np")).strip()
        if people and not _PEOPLE_NOUNS.search(text):
            continue
        preceding = window[: m.start()]
        if _NOT_A_REFERENT.search(text) or (
            _PLACE_BEFORE.search(preceding) and not (people and _PARTITIVE_BEFORE.search(preceding))
        ):
            continue  # "with any of those third countries", "in the regions": a place or part, not who
        if text.lower().startswith("other "):
            text = "the " + text  # "meet with other candidates" said in answer: the other candidates
        found = text
    if found is not None and re.match(r"(?i)(?:these|those)\s", found):
        # "these families": the fullest name the article gave the group ("the Yazidi refugee families").
        found = fullest_group(found, body, before)
    return found


def _resolve_them(text: str, body: str, before: int) -> str:
    """ "meet with them" -> "meet with the other presidential candidates" (the last plural phrase);
    "fly them" -> the last group of people ("the Yazidi refugee families")."""
    them = re.search(r"(?:\b(\w+)\s+)?\bthem\b", text)
    if them is None:
        return text
    people = them.group(1) is not None and lemmatise(them.group(1)) in _PEOPLE_VERBS
    antecedent = _plural_antecedent(body, before, people)
    return re.sub(r"\bthem\b", antecedent, text, count=1) if antecedent else text


def _resolve_demonstratives(
    subject: str, phrase: str, body: str, before: int, title: str | None = None
) -> tuple[str, str]:
    """ "The command will stand up" -> "U.S. Cyber Command will stand up"; "this facility" likewise;
    "this number" -> the quantity the text stated before."""
    # "The heads of state will also meet ...": the people just named together.
    subject = leaders_named(subject, body, before) or subject
    m = _DEMONSTRATIVE.match(subject.strip())
    if m and m.group(1).lower() in _QUANTITY_NOUNS and not subject.lower().startswith("the "):
        subject = _stated_quantity(body, before) or subject
    elif m and not re.fullmatch(_ATTACK_NOUNS, m.group(1), re.IGNORECASE):
        subject = _described(m.group(1), body, before, title) or stood_for(subject, body, before) or subject
    for found in list(_DEMONSTRATIVE_IN.finditer(phrase))[:2]:
        described = _described(found.group(1), body, before, title) or stood_for(found.group(0), body, before)
        if described:
            phrase = phrase.replace(found.group(0), described, 1)
    for found in list(_DEFINITE_IN.finditer(phrase))[:2]:
        # "open the hospital" -> "open the hospital in Kommunarka": the one fuller form the article
        # gave the thing, holding a name (``stood_for``); two different ones leave it as written.
        noun = found.group(1).lower()
        if noun in _IDIOM_NOUNS or _NAMED_AFTER.match(phrase, found.end()):
            continue  # "give the floor to", "the seats at the National Assembly": said already, or no thing
        named = stood_for(found.group(0), body, before)
        # Names before the same noun ("the Black Sea"), or the noun with a named place ("the hospital in Kommunarka").
        names_it = named is not None and (
            (_FULLER_FORM.match(named) is not None and named.split()[-1].lower().rstrip("s") == noun.rstrip("s"))
            or re.match(rf"(?i)^the\s+{re.escape(noun)}\s+(?:of|in|at|on)\s+(?:the\s+)?[A-Z]", named) is not None
        )
        if named is not None and names_it:
            phrase = phrase[: found.start()] + named + phrase[found.end() :]
            break
    return _with_full_name(subject, body, before, title), _with_full_name(phrase, body, before, title)


# "the Forum", "the Regiment": a body or an occasion the article named in full before and then by
# its head noun alone, as formal texts do ("the Eastern Economic Forum (the Forum)").
_SHORT_NAME = re.compile(
    r"\bthe\s+(?P<noun>Forum|Summit|Conference|Council|Commission|Committee|Regiment|Agreement|Treaty|Programme|"
    r"Program|Fund|Festival|Games|Exhibition|Convention|Mission|Partnership|Initiative|Strategy|Corporation|"
    r"Company|Alliance|Coalition|Institute|Centre|Center|Agency|Authority)(?=['\u2019]s\b|[,;.]|\s+[a-z]|$)"
    r"(?!\s+(?:of|for|on)\s)"
)


def _with_full_name(text: str, body: str, before: int, title: str | None) -> str:
    """ "attend the Forum's exhibition" -> "attend the Eastern Economic Forum's exhibition": a short
    name given the full one the article wrote (``qualifiers.full_name``); as written when none."""
    for m in _SHORT_NAME.finditer(text):
        found = full_name(m.group("noun"), body, before, title, _acts)
        if found is None:
            continue
        name = found if found.startswith("the ") else "the " + found
        return text[: m.start()] + name + text[m.end() :]
    return text


# Nouns of idioms and of no thing one could name ("give the floor", "pave the way", "the value of").
_IDIOM_NOUNS = frozenset(
    "floor way value hour time end table line stage door ground case point world future past interest run "
    "long most rest whole same top bottom lead helm record moment day week month year".split()
)
# The noun's name right after it ("the seats at the National Assembly"): nothing to add.
_NAMED_AFTER = re.compile(r"\s+(?:of|in|at|on|for|to)\s+(?:the\s+)?[A-Z]")
# "the Black Sea", "the SAFE Commission": names, then the noun.
_FULLER_FORM = re.compile(r"^the\s+(?:[A-Z0-9][\w'\u2019.-]*\s+){1,5}[A-Za-z][\w-]*$")


def _country_for_metonym(subject: str) -> str:
    """ "Tehran", "the Kremlin", "the Islamic Republic" as the whole subject -> the country they stand for."""
    actor = actor_named(subject)
    if actor is None or actor.fips is None or actor.cameo_country is None:
        return subject
    return display_name(country_actor(actor.cameo_country))


_DETERMINERS_OPENING = frozenset(
    "the a an this that these those its their his her our each every both several many most some another".split()
)


def _lower_common_first_word(subject: str, body: str) -> str:
    """ "Pressure" -> "pressure" when the article writes the word in lower case elsewhere (not a name),
    "Old and inefficient prisons" -> "old and ..." when the capital only opens the sentence (``capitals``)."""
    first, _, rest = subject.partition(" ")
    # A determiner or quantifier that opened the sentence ("Each Member State", "Every bank") is no
    # part of a name; "All" is left, since parties and unions take it into their names.
    if first.lower() in _DETERMINERS_OPENING:
        return first.lower() + subject[len(first) :] if first[:1].isupper() else subject
    if first[:1].isupper() and not actors_in(first) and is_sentence_capital(subject, body):
        return first[0].lower() + subject[1:]
    if not first[:1].isupper() or first.isupper() or len(first) < 2 or actors_in(first) or rest[:1].isupper():
        return subject  # a name, or a title before one ("Secretary Blinken")
    lower = first[0].lower() + first[1:]
    if first.endswith("ing") and not rest[:1].isupper():
        return lower + subject[len(first) :]  # "Avoiding that outcome": a gerund, not a name
    # "Strikes against them": a plural noun opening a sentence, its preposition in lower case.
    common_plural = lower.endswith("s") and bool(re.match(r"(?:against|on|of|in|for|by|at|from|into)\b", rest))
    if re.search(rf"\b{re.escape(lower)}\b", body) or lower in _STOP or common_plural:
        return lower + subject[len(first) :]
    return subject


# "my colleague", "our friends", "my counterpart": people the speaker knows, named elsewhere if at all.
_PERSON_RELATIONS = re.compile(
    r"(?i)(?:(?:dear|good|old|esteemed|respected)\s+)?(?:colleagues?|friends?|counterparts?|partners?|wife|husband|"
    r"sons?|daughters?|brothers?|sisters?|father|mother|parents|children|family|neighbou?rs?|guests?)\b"
)


def _own_subject(subject: str, candidate: Candidate, article: Article) -> str:
    """ "My government" (the Queen's speech) -> "the United Kingdom's government" when "we" is known;
    "our inspectors" in a department's statement are the department's (``first_person``)."""
    m = re.match(r"(?i)(my|our)\s+(\w.*)$", subject.strip())
    if m is None:
        return subject
    if _PERSON_RELATIONS.match(m.group(2)):
        return subject  # "my colleague and friend": another person, not the speaker's side
    joint = joint_parties(m.group(2), article, candidate.char_start)
    if joint is not None:
        return joint  # "our countries" in a joint statement: the states that made it
    both = pair_owner(m.group(2), article)
    if both is not None:
        if re.fullmatch(r"(?i)(?:two\s+)?(?:countries|nations|states)", m.group(2).strip()):
            return both  # "our two countries will ...": the pair itself
        # "our joint university" at Russian-Chinese talks: both sides'.
        return f"{possessive(both)} {m.group(2)}"
    encounter = encounter_between(m.group(2), candidate, article)
    if encounter is not None:
        return encounter  # "our next meeting": the speaker's and the one met
    party = owner_of(m.group(2), candidate, article)
    if party is None or (party == candidate.speaker and not actors_in(party)):
        return subject
    if m.group(2).lower() in ("country", "nation", "state"):
        return party  # "our country will ..." is the country itself
    return f"{possessive(party)} {m.group(2)}"


def _of_another_nation(owned: str, party: str) -> bool:
    """Whether ``owned`` opens with another nation's name or adjective than ``party``'s ("Turkish
    partners" owned by Russia): "our" then says whose partners they are, not that they are Russia's."""
    first = owned.split()[0] if owned.split() else ""
    if not first[:1].isupper():
        return False
    named = {a.cameo_country for a in actors_in(first) if a.fips is not None}
    own = {a.cameo_country for a in actors_in(party) if a.fips is not None}
    return bool(named) and bool(own) and named.isdisjoint(own)


def _resolve_possessives(phrase: str, candidate: Candidate, article: Article) -> str:
    """ "lead our diplomatic mission" -> "lead the United States' diplomatic mission" when "we" is known."""

    def owner(m: re.Match[str]) -> str:
        # The words "our" owns run to the first preposition, conjunction or punctuation.
        owned = re.split(r"\s+(?:of|in|on|for|from|with|at|to|and|or|by|as)\b|[,;.]", m.group(1), maxsplit=1)[0]
        if owned.split() and owned.split()[0].lower() in STATES_NOUNS:
            # "in our nations": several states, not one side's; named only by a joint statement.
            joint = joint_parties(owned.split()[0], article, candidate.char_start)
            return f"{possessive(joint)} " if joint is not None else m.group(0)
        party = owner_of(owned, candidate, article)
        if party is None or (party == candidate.speaker and not actors_in(party)):
            return m.group(0)
        if _of_another_nation(owned, party):
            return ""  # "our Turkish consumers" said for Russia: consumers who are Turkish
        return f"{possessive(party)} "

    def country(m: re.Match[str]) -> str:
        # "hosted by our country": the country itself, as for a subject ("our country will ...").
        party = owner_of(m.group(1), candidate, article)
        if party is None or not any(a.fips is not None for a in actors_in(party)):
            return m.group(0)
        return party

    phrase = re.sub(r"(?i)\bour\s+(country|nation)\b", country, phrase)
    return re.sub(r"(?i)\bour\s+(?=(\S+(?:\s+\S+){0,3}))", owner, phrase)


def _own_possessive(subject: str, phrase: str) -> str:
    """ "Russia doubles Russia's spending on Russia's roads" -> "Russia doubles its spending on its
    roads": a state that is the subject owns what the phrase names as "its" (resolving "our" and
    "the country's" writes its name again). People and lists are left as written."""
    if " and " in subject or not any(a.fips is not None for a in actors_in(subject)):
        return phrase
    if not re.fullmatch(r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}", subject):
        return phrase
    return re.sub(rf"(?<![\w-]){re.escape(subject)}(?:'s|\u2019s|'|\u2019)(?=\s)", "its", phrase, flags=re.IGNORECASE)


def _subject_position(subject: str, candidate: Candidate) -> int:
    """Where the subject's first word stands in the body (the claim's start when the quote lacks it)."""
    first = subject.split()[0] if subject.split() else ""
    found = re.search(rf"(?i)\b{re.escape(first)}\b", candidate.quote) if first else None
    return candidate.char_start + (found.start() if found else 0)


# "We are talking about in 2009 a deficit, money that none of us will ever pay": the main clause
# is a present statement of what the speaker is talking or looking at, and the modal belongs to a
# relative clause inside its object.
_PRESENT_MAIN_CLAUSE = re.compile(
    r"(?i)^\W*(?:we|i|you|they|he|she)\s*(?:are|is|am|was|were|'re|'s|'m)\s+\w+ing\s+(?:about|at|of|on)\b"
)
# A relative clause: "which"/"who" anywhere, "that" after an appositive (", money that"); not the
# "that" of "it is clear that Iran will", which opens what is said.
_RELATIVE_THEN_MODAL = re.compile(
    r"(?i)(?:,\s+(?:[\w-]+\s+){0,4}?that|\b(?:which|who|whom|whose))\b[^.;:]*?"
    r"\b(?:will|would|could|may|might|can|shall|should|must)\b"
)


def _modal_only_in_a_relative_clause(text: str) -> bool:
    """The sentence's main clause is a present statement and its only modal sits in a relative clause:
    no proposition can be made of it."""
    if not _PRESENT_MAIN_CLAUSE.match(text):
        return False
    first_modal = _MODAL.search(text)
    relative = _RELATIVE_THEN_MODAL.search(text)
    return first_modal is not None and relative is not None and relative.start() < first_modal.start()


# "36 Airmen are working with members of ... to train the first class ..., which will graduate":
# the drafted event "Working with members ... will graduate" starts with the participle of the
# quote's own progressive verb, its subject ("36 Airmen") lost and the modal a relative clause's.
# A gerund that opens its own sentence ("Avoiding that outcome will depend on ...") is a subject.
_PROGRESSIVE_BEFORE = r"(?:am|is|are|was|were|be|been|being|'re|'s|\u2019re|\u2019s)\s+(?:\w+ly\s+|not\s+)?"


def _participle_left_as_subject(subject: str, quote: str) -> bool:
    """The subject opens with a participle that the quote uses as its finite verb's ("are working"),
    or is an infinitive ("To train the recruits will take two years")."""
    if re.match(r"(?i)to\s+[a-z]+\b", subject.strip()):
        return True
    first = subject.split(" ", 1)[0]
    if not re.fullmatch(r"[A-Za-z]{3,}ing", first):
        return False
    return re.search(rf"(?i)\b{_PROGRESSIVE_BEFORE}{re.escape(first)}\b", quote) is not None


# "The deal is akin to a surrender as half of the troops [will leave]": a finite verb outside a
# relative clause before the modal means the subject is a clause of its own, and the modal's
# clause is not the forecast ("Will the deal is akin ..."); no question can be made of it.
_FINITE_CLAUSE_IN_SUBJECT = re.compile(
    r"(?i)^(?:(?!\b(?:that|which|who|whom|whose|what|where|when|how|why)\b)[^,])*?\w\s+(?:is|are|am|was|were)\s+\w"
)
_GAPPED_OBJECT = re.compile(r"(?i)^(?:[a-z]+\s+to\s+)?(?:use|employ|exploit|cite|leverage)\s+to\s+[a-z]")
# "No other supplier", "None of the parties", "Nobody": a negative subject; the question asks the
# positive event of "any ..." and the proposition denies it.
_NEGATIVE_SUBJECT = re.compile(
    r"(?i)^(?:(?P<no>no)\s+(?!(?:longer|more|doubt|matter)\b)(?=\w)|(?P<none>none|neither)\s+of\s+"
    r"|(?P<body>nobody|no\s+one|no-one)$|(?P<thing>nothing)$)"
)


def _positive_subject(subject: str) -> str | None:
    """ "no other supplier" -> "any other supplier", "none of the parties" -> "any of the parties",
    "nobody" -> "anyone"; None for a subject that is not negative."""
    m = _NEGATIVE_SUBJECT.match(subject.strip())
    if m is None:
        return None
    if m.group("body"):
        return "anyone"
    if m.group("thing"):
        return "anything"
    rest = subject.strip()[m.end() :]
    return f"any {rest}" if m.group("no") else f"any of {rest}"


def _first_word_as_quoted(subject: str, quote: str) -> str:
    """The subject with its first word whole, as the quote writes it, when the drafted event cut
    off the word's start ("Me DVEs" for the quote's "Some DVEs", "ean states" for "Andean states":
    an opening "so" or "and" taken off inside a word). Only a first word the quote lacks, followed
    by the rest of the subject word for word, is mended."""
    first, _, rest = subject.strip().partition(" ")
    if not rest or not first.isalpha() or re.search(rf"(?i)(?<![\w'-]){re.escape(first)}(?![\w'-])", quote):
        return subject
    whole = re.search(rf"(?i)(?<![\w'-])(?P<word>[a-z]+{re.escape(first)})\s+{re.escape(rest)}(?![\w'-])", quote)
    return f"{whole.group('word')} {rest}" if whole else subject


def _bare_noun_subject(subject: str) -> bool:
    """A subject of one lower-case common noun and no determiner ("share"): words were dropped."""
    word = subject.strip()
    return bool(re.fullmatch(r"[A-Za-z][a-z-]{2,}", word)) and word.lower() not in _STOP | _PRONOUNS


def _costs(phrase: str) -> bool:
    """A phrase of price or saving ("cost 25 percent less", "save farmers $10"): said of things."""
    return re.match(r"(?i)(?:cost|save|be\s+(?:cheaper|dearer|more\s+expensive))\b", phrase) is not None


_NOMINAL_LEVEL = re.compile(
    r"^(?P<x>.+?)\s+of\s+(?P<n>\d+(?:[.,]\d+)?)(?P<unit>\s*%|\s+(?:percent|per\s+cent))?(?P<rest>(?:\s.*)?)$"
)


# A level's period and nothing else: "in 2017", "for fiscal 2024-25", "this quarter".
_PERIOD_ONLY = re.compile(
    r"(?i)\s+(?:(?:in|by|during|over|for)\s+)?(?:the\s+)?(?:(?:fiscal\s+)?(?:19|20)\d{2}(?:[-\u2013/]\d{2,4})?|"
    r"(?:first|second|third|fourth)\s+quarter(?:\s+of\s+(?:19|20)\d{2})?|(?:this|next|the\s+coming)\s+(?:year|quarter))"
)


def _nominal_level(parsed: tuple[str, str, bool], quote: str) -> tuple[str, str, bool]:
    """ "GDP growth of 2.0% in 2017" happening -> ("GDP growth", "be 2.0%"): the level is the event,
    and its period ("in 2017", "this quarter") is the window's, which the question states. The
    figure is taken as the quote writes it, so a decimal or unit lost upstream ("GDP growth of 2")
    comes back; a figure with no unit in the quote either is left alone."""
    m = _NOMINAL_LEVEL.match(parsed[0])
    if m is None:
        return parsed
    written = re.search(
        rf"\bof\s+(?P<n>{re.escape(m.group('n'))}(?:[.,]\d+)?)(?P<unit>\s*%|\s+(?:percent|per\s+cent))", quote
    )
    if m.group("unit") is None and written is None:
        return parsed
    figure = f"{written.group('n')}{written.group('unit')}" if written else f"{m.group('n')}{m.group('unit')}"
    rest = "" if _PERIOD_ONLY.fullmatch(m.group("rest")) else m.group("rest")
    return f"{m.group('x')}{rest}", f"be {figure}", parsed[2]


# Acts that bring a thing into being: their gerund as a subject presupposes the act.
_BROUGHT_IN = {
    "introducing": "introduced",
    "implementing": "implemented",
    "launching": "launched",
    "establishing": "established",
    "creating": "created",
    "building": "built",
    "opening": "opened",
    "extending": "extended",
    "expanding": "expanded",
    "delivering": "delivered",
    "completing": "completed",
}
_ACT_OF_BRINGING_IN = re.compile(
    rf"(?i)^(?P<g>{'|'.join(_BROUGHT_IN)})\s+(?P<object>(?:the|a|an|its|their|this|these|our|new)\s.+?)"
    r"(?P<rest>(?:\s+(?:through|from|by|in|on|at|for|across|to|with|under|via|between)\s.*)?)$"
)
_VERB_AS_SUBJECT = re.compile(r"(?i)^(?:is|are|was|were|has|have|had|am)(?:\s|$)")


# "extend his 33 year reign by another five": a count at the end whose unit is elided, and the
# unit a figure before it in the phrase names ("33 year", "two-month").
_ELIDED_COUNT = re.compile(
    r"\b(?:another|a\s+further|an\s+additional)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$"
)
_NAMED_UNIT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?P<unit>year|month|week|day|decade)s?\b"
)


# "is scheduled for completion by March", "is due for delivery next year": the schedule is already
# set when the article writes; what the date forecasts is the act the noun names.
_SCHEDULED_ACT = re.compile(
    r"^be\s+(?:(?:now|also|currently)\s+)?(?:scheduled|set|due|slated|planned|timetabled|earmarked)\s+for\s+"
    r"(?P<act>completion|delivery|launch|opening|publication|release|approval|ratification|commissioning|"
    r"signing|signature|implementation|inauguration|adoption|installation|deployment|demolition|closure)\b"
)
_ACT_DONE = {
    "completion": "completed",
    "delivery": "delivered",
    "launch": "launched",
    "opening": "opened",
    "publication": "published",
    "release": "released",
    "approval": "approved",
    "ratification": "ratified",
    "commissioning": "commissioned",
    "signing": "signed",
    "signature": "signed",
    "implementation": "implemented",
    "inauguration": "inaugurated",
    "adoption": "adopted",
    "installation": "installed",
    "deployment": "deployed",
    "demolition": "demolished",
    "closure": "closed",
}


def _scheduled_as_done(phrase: str) -> str:
    """ "be scheduled for completion" -> "be completed", "be due for delivery to the navy" -> "be
    delivered to the navy": a question about the act the schedule names, not about the schedule."""
    found = _SCHEDULED_ACT.match(phrase)
    if found is None:
        return phrase
    return f"be {_ACT_DONE[found.group('act')]}{phrase[found.end() :]}"


def _with_elided_unit(phrase: str) -> str:
    """``phrase`` with the unit of a final count said again where the writer left it to the figure
    before: "by another five" -> "by another five years" after "his 33 year reign". A question read
    alone has no earlier figure to supply it."""
    count = _ELIDED_COUNT.search(phrase)
    unit = _NAMED_UNIT.search(phrase[: count.start()]) if count else None
    if count is None or unit is None:
        return phrase
    return f"{phrase} {unit.group('unit')}s"


# "The Commonwealth makes up one-fifth of global trade, with its combined GDP set to reach $13
# trillion in 2020", "the Assembly published a law, with 32 new judges to be selected by December":
# the main clause says what is; the forecast is the "with" phrase hung on it.
_WITH_FORECAST = re.compile(
    r"^(?P<main>.+?),?\s+with\s+(?P<np>[^,;]{2,90}?)\s+"
    r"(?:(?:set|expected|due|projected|forecast|likely|scheduled|slated|poised|planned|estimated)\s+to\s+"
    r"|to\s+(?=be\s+\w+(?:ed|en)\b))(?P<vp>[a-z][^;]*?)[.;]?$"
)


# Any word of the future or of expectation, bare participles too ("..., expected to grow by 4 percent"):
# broader than ``_MODAL``, which reads a claim's own modal.
_FUTURE_IN_MAIN = re.compile(
    r"(?i)\b(?:will|would|shall|going\s+to|may|might|could|expects?|expected|plans?|planned|set\s+to|due\s+to|"
    r"likely)\b|'ll\b|\u2019ll\b"
)


def with_forecast(quote: str) -> str | None:
    """The forecast a "with" phrase hangs on a main clause that forecasts nothing, as a clause
    ("the combined GDP of Commonwealth nations will reach US$13trillion in 2020"), or None."""
    found = _WITH_FORECAST.match(quote.strip())
    # The clause's own future may come after the phrase ("the first units, with 470 MW to be added by
    # March, will begin operation in 2017"): then the phrase is a circumstance of the forecast.
    if found is None or _FUTURE_IN_MAIN.search(found.group("main")) or _FUTURE_IN_MAIN.search(found.group("vp")):
        return None
    return f"{found.group('np')} will {found.group('vp')}"


# "if Russia continues to escalate, so will we": the main clause's verb is the condition's.
_SO_WILL = re.compile(
    r"\bif\s+(?P<cs>[^,;]+?)\s+(?:(?:continues?|keeps?|starts?|begins?|decides?|chooses?)\s+(?:to\s+)?)?"
    r"(?P<v>[a-z]+)(?P<rest>[^,;]*),\s*(?:then\s+)?so\s+(?:will|would|shall)\s+(?P<s>we|they|I|[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*[.!?]?\s*$"
)


def so_will(quote: str) -> str | None:
    """ "if Russia continues to escalate, so will we" -> "we will escalate": the main clause that only
    says its subject will do the same, with the condition's verb and its words; None otherwise."""
    found = _SO_WILL.search(quote.strip())
    if found is None or found.group("v") in _STOP:
        return None
    verb = found.group("v")
    base = lemmatise(verb) if re.search(r"(?:s|ed|ing)$", verb) and verb not in _KNOWN_VERBS else verb
    return f"{found.group('s')} will {base}{found.group('rest')}"


# "Now, Israel is preparing for a highly polarised parliamentary election on October 27": the
# event prepared for, named as a noun, is what is to come.
_PREPARING_FOR = re.compile(
    r"^(?:(?:now|meanwhile|already),?\s+)?(?P<s>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+"
    r"(?:is|are)\s+(?:now\s+|already\s+)?(?:preparing|gearing\s+up|getting\s+ready|bracing)\s+for\s+"
    r"(?:a|an|the|its|their)\s+(?P<np>[^,;]+)",
    re.IGNORECASE,
)
# Words that judge the event rather than name it: "a highly polarised election" is the election.
_JUDGING = re.compile(
    r"(?i)\b(?:(?:highly|deeply|bitterly|hotly|fiercely|keenly|closely|much)[-\s]+)?"
    r"(?:polari[sz]ed|divisive|contentious|contested|crucial|pivotal|key|high-stakes|historic|tense|anticipated|"
    r"watched|fought|important|decisive|consequential)\s+"
)


def prepared_for(quote: str, window_phrase: str | None = None) -> str | None:
    """ "Israel is preparing for a parliamentary election on October 27" -> "Israel's parliamentary
    election will be held": an event noun of a kind listed (``nominal_events``) that a named party
    prepares for, without the claim's ``window_phrase`` (its words are the window's dates); None
    otherwise."""
    found = _PREPARING_FOR.match(quote.strip())
    if found is None:
        return None
    np = _JUDGING.sub("", found.group("np")).strip()
    if window_phrase:
        np = np.replace(f" {window_phrase}", "", 1)
    verb = happening_verb(re.split(r"\s+(?:on|in|at|by|before|after|until|during|next|this|later|which)\b", np)[0])
    if verb is None:
        return None
    owner = found.group("s")
    return f"{possessive(owner)} {np} will {verb}"


def _propose(candidate: Candidate, article: Article) -> Proposition:
    hung = (
        with_forecast(candidate.quote)
        or so_will(candidate.quote)
        or prepared_for(candidate.quote, candidate.window_phrase)
    )
    if hung is not None:
        candidate = replace(candidate, event=hung)
    if _modal_only_in_a_relative_clause(candidate.quote) or _modal_only_in_a_relative_clause(candidate.event):
        # Left unparsed, so the question shows a person the words to rephrase ("Will this happen: ...").
        text = _trim_phrase(_clean(candidate.quote)) or "happen"
        return Proposition("", "happen", text, candidate.polarity == "negative", "other", None)
    # "to 4.4% in 2026 and to 4.3% in 2027": the figure of the draft's own period, not the list.
    event = committed_measure(figure_for_period(candidate.event, candidate.window_phrase))
    quote = committed_measure(figure_for_period(candidate.quote, candidate.window_phrase))
    parsed = _parse(event) or _parse(quote) or _parse_finite(event)
    if parsed is not None and re.search(r"(?:\.\.\.|\u2026)\s*$", candidate.event):
        # "... conduct influence activities within the ...": the drafted event was cut short; the
        # quote holds the whole predicate, with a modal or, stated as a state, without one.
        whole = _parse(candidate.quote) or _parse_finite(candidate.quote)
        if whole is not None and whole[0].lower() == parsed[0].lower():
            parsed = whole
    if parsed is not None and parsed[1] == "happen":
        # "The PRC to continue its efforts ... will happen": the drafted event wraps the quote's clause.
        inner = _parse(candidate.quote)
        if inner is not None and inner[0] and inner[1] != "happen":
            parsed = inner
    if parsed is not None and parsed[1] in ("happen", "occur", "take place"):
        # "GDP growth of 2.0% in 2017 will happen": a level named as a noun is the level reached.
        parsed = _nominal_level(parsed, candidate.quote)
    if parsed is not None and parsed[0] == SUBJECT_STAND_IN and not re.search(r"(?i)\bit\b", candidate.quote):
        # "It will be traveling to Paris" from "from here we'll be traveling": the drafted event put a
        # stand-in where it found no subject; the quote's own subject is the one to resolve.
        from_quote = _parse(quote)
        if from_quote is not None and from_quote[0]:
            parsed = from_quote
    if parsed is not None and not parsed[0]:
        # "To will maintain ...": the drafted event lost its subject; the quote may still have it.
        from_quote = _parse(candidate.quote)
        if from_quote is not None and from_quote[0]:
            parsed = from_quote
    if parsed is not None:
        as_quoted = _first_word_as_quoted(parsed[0], candidate.quote)
        if as_quoted != parsed[0]:
            # "Some DVEs" opening the quote: the capital of a function word only opened the sentence.
            word = as_quoted.split(" ", 1)[0]
            if word.lower() in _STOP:
                as_quoted = word.lower() + as_quoted[len(word) :]
            parsed = (as_quoted, parsed[1], parsed[2])
    negative = candidate.polarity == "negative"
    if parsed is not None and _VERB_AS_SUBJECT.match(parsed[0]):
        # "is somewhat at odds with ...": the copula's subject was lost, and "Will is ..." is no
        # question, so the words are left for a person.
        text = _clean(candidate.quote) or "happen"
        return Proposition("", "happen", text, negative, "other", None)
    brought_in = _ACT_OF_BRINGING_IN.match(parsed[0]) if parsed is not None else None
    if brought_in and parsed is not None:
        # "Introducing the new levy from 2022 will include a grace period": what the claim
        # presupposes, and a stranger can check, is the levy being introduced. ("Avoiding a
        # recession will depend on ..." presupposes nothing, and keeps its gerund subject.)
        done = _BROUGHT_IN[brought_in.group("g").lower()]
        parsed = (brought_in.group("object"), _trim_phrase(f"be {done}{brought_in.group('rest')}"), parsed[2])
    if parsed is not None and _participle_left_as_subject(parsed[0], candidate.quote):
        # No nominal subject: left unparsed, as the quote says it, for a person to rephrase.
        text = _clean(candidate.quote) or "happen"
        return Proposition("", "happen", text, candidate.polarity == "negative", "other", None)
    if parsed is not None and _bare_noun_subject(parsed[0]):
        # "Share will fall": the drafted event dropped the quote's determiner ("that share").
        # The noun as the quote writes it, in lower case: a name ("Novatek") is never a bare noun.
        # "that" after a word ("estimates show that output") is a complementizer, not the noun's.
        written = re.search(
            rf"(?:^|[;:,.]\s+|\b(?:and|but)\s+|(?=(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s))"
            rf"(?P<np>(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)\s+{re.escape(parsed[0].lower())})\b",
            candidate.quote,
        )
        if written:
            parsed = (written.group("np"), parsed[1], parsed[2])
    if parsed is not None and (
        _FINITE_CLAUSE_IN_SUBJECT.match(parsed[0])
        # "events that extremists will use to justify attacks": the object of "use" is the
        # relative clause's head noun, left outside the clause ("Will extremists use to justify ...").
        or _GAPPED_OBJECT.match(parsed[1])
        or (parsed[0].lower() in ("it", "this", "that") and parsed[1] in ("happen", "take place", "occur"))
    ):
        # "this will still happen": what happens is a clause said before, not a noun to name.
        text = _clean(candidate.quote) or "happen"
        return Proposition("", "happen", text, candidate.polarity == "negative", "other", None)
    positive = _positive_subject(parsed[0]) if parsed is not None else None
    if parsed is not None and positive is not None:
        parsed = (positive, parsed[1], not parsed[2])
    sentence = article.body[candidate.sentence_start : candidate.sentence_end] if article.body else ""
    if parsed is None:
        # Nothing to take apart: the drafted event as written, for a person to rephrase. Putting
        # the speaker in front of it ("Will HM Treasury In 2035 ...") would only garble it more.
        phrase = _trim_phrase(_clean(candidate.event) or _clean(candidate.quote)) or "happen"
        subject = ""
        verb = "happen"
        target = None
        intent = None
    else:
        subject, phrase, negated = parsed
        negative = negative or negated
        # A list or a second clause the cut fell inside, mended from the claim's own words.
        claimed = f"{candidate.quote}\n{candidate.event}"
        subject = join_listed_names(subject, claimed)
        phrase = _scheduled_as_done(_with_elided_unit(cut_second_clause(close_cut_list(phrase, claimed), claimed)))
        # "we will likely see housing services inflation begin to fall": what is seen is the event.
        seen = _SEEN_CHANGE.match(phrase) if subject.lower() in ("we", "i") else None
        if seen is not None:
            verb_word = seen.group("v")
            base = lemmatise(verb_word) if verb_word.endswith("ing") else verb_word
            subject, phrase = seen.group("s"), f"{base}{seen.group('rest')}"
        # "Specific to the military drawdown, ... we will complete that": the topic named first.
        subject = topic_subject(subject, sentence) or subject
        # "My Rt Hon Friend the Secretary of State for Health": the office acts, not the address.
        subject = without_parliamentary_address(subject)
        subject = _with_articles(subject)
        phrase = with_topic_object(phrase, sentence)
        existential = _existential_event(subject, phrase) if event_kind_of("be", subject, phrase) == "other" else None
        if existential is not None:
            # "there will be no debate on October 15": the event named is the subject, and "no" its denial.
            subject, phrase, denied = existential
            subject = _without_time(subject, candidate.window_phrase) or subject
            negative = negative or denied
        resolved = _resolve_subject(subject, candidate, article, phrase)
        if subject.lower() in ("it", "this", "that") and resolved != subject and _costs(phrase) and actors_in(resolved):
            # "It could cost 25 percent less": a country or person does not cost; the pronoun points
            # at a thing the antecedent search cannot find. Left for a person to rephrase.
            text = _clean(candidate.quote) or "happen"
            return Proposition("", "happen", text, negative, "other", None)
        subject = resolved
        subject = complete_name(subject, article.body, candidate.char_start)
        # "the Secretary's trip": the one person the article gives that title.
        subject = name_for_title(subject, article.body)
        subject = _owned_event(subject, article.body, candidate.char_start)
        if has_competing_descriptions(subject, article.body, candidate.char_start, article.title):
            # "The bridge will open" after "the Harbor bridge" and "the Ferris bridge": a person picks.
            return Proposition("", "happen", _clean(candidate.quote) or "happen", negative, "other", None)
        subject, phrase = _resolve_demonstratives(subject, phrase, article.body, candidate.char_start, article.title)
        subject = described_more_fully(subject, article.body, candidate.char_start) or subject
        phrase = described_parts(phrase, article.body, candidate.char_start)
        subject = named_by_apposition(subject, article.body, candidate.char_start)
        phrase = named_by_apposition(phrase, article.body, candidate.char_start)
        # "the Supreme Economic Council" of a speech about "the Supreme Eurasian Economic Council".
        subject = fuller_institution_name(subject, article.body, article.title)
        phrase = fuller_institution_name(phrase, article.body, article.title)
        # "the Reserve Bank" in a Reserve Bank of Australia release: the publisher, in full.
        subject = publisher_in_full(subject, article.outlet)
        phrase = name_for_title(phrase, article.body)
        subject = with_parties(subject, article.body, candidate.char_start)
        subject = with_actor(subject, article.body, candidate.char_start)
        phrase = placed(with_parties(phrase, article.body, candidate.char_start), article.body, candidate.char_start)
        # "the two countries", "both sides" of a bilateral meeting: the pair its title names.
        subject, phrase = with_pair_named(subject, article), with_pair_named(phrase, article)
        # "expelling all US occupation forces" (a quoted side's label): the article's own "US forces".
        subject, phrase = neutral_wording(subject, article.body), neutral_wording(phrase, article.body)
        if is_unresolved_demonstrative(subject) or is_unowned_part(subject):
            # "These gadgets will sell out", "the first line will open": the article names nothing they
            # stand for, or not whose part it is; a person rephrases.
            return Proposition("", "happen", _clean(candidate.quote) or "happen", negative, "other", None)
        subject = _resolve_them(subject, article.body, candidate.char_start)
        phrase = _resolve_them(phrase, article.body, candidate.char_start)
        if re.search(r"\bI\b", subject):
            # "Prince Philip and I" where the speaker has no name to put for "I" (a department
            # publishing a speech): "Will Prince Philip and I ..." is no question, so a person words it.
            return Proposition("", "happen", _clean(candidate.quote) or "happen", negative, "other", None)
        subject = _own_subject(subject, candidate, article)
        people = subject
        subject = _country_for_metonym(subject)
        if subject != people and re.match(r"(?i)the\s+[A-Z]", people) and people.endswith(("ese", "s")):
            # "the Chinese ... protect their investments": the people became the state, which owns "its".
            phrase = re.sub(r"\btheir\b", "its", phrase)
        subject = _lower_common_first_word(subject, article.body)
        subject, phrase = with_the_country(subject, phrase, article, _subject_position(subject, candidate))
        subject = with_named_member(subject, article.body, candidate.char_start)
        subject = qualify_subject(subject, article, _subject_position(subject, candidate))
        subject = subject_with_target(subject, article, candidate.char_start)
        # "the Secretary" the article never names: the publishing government's office.
        subject = qualify_offices(subject, article)
        untimed = _without_time(phrase, candidate.window_phrase)
        # "be immediate": the time word is the whole complement, and the question needs it.
        if not untimed or untimed.lower() in ("be", "become", "remain", "seem", "prove"):
            untimed = phrase
        phrase = _resolve_possessives(untimed, candidate, article)
        if phrase == "happen":
            # "a deal with the U.S. by August will happen": the noun names the event, and its time
            # is the window's, as in a verb's phrase; the noun's own verb says what counts.
            subject = _without_time(subject, candidate.window_phrase) or subject
            phrase = happening_verb(subject) or phrase
        phrase = with_destination(phrase, article.body, candidate.char_start)
        phrase = with_election(phrase, article, candidate.char_start)
        phrase = _won_election(subject, without_manner(phrase), article, candidate.char_start)
        phrase = with_target(subject, phrase, article, candidate.char_start)
        phrase = with_site(subject, phrase, article, _subject_position(subject, candidate))
        phrase = with_opening_place(subject, phrase, article, candidate.char_start)
        phrase = with_chamber(subject, phrase, article, candidate.char_start)
        phrase = with_stop(phrase, article.body, candidate.char_start)
        phrase = qualify_offices(_own_possessive(subject, phrase), article)
        first = phrase.split(" ", 1)[0]
        if first[:1].isupper() and not first.isupper() and not actors_in(first):
            phrase = first.lower() + phrase[len(first) :]  # "The House may Prorogue": a verb, not a name
        # "be scheduled for [2015]": with the time gone, the preposition has nothing to govern.
        phrase = re.sub(r",?\s+(?:for|in|on|at|by|until|to|from|over|during|within|throughout)$", "", phrase).rstrip(
            " ,;"
        )
        if re.search(r"(?i)\bwell\s+(?:into|beyond|past|before|after|ahead)\b", candidate.quote):
            phrase = re.sub(r"\s+well$", "", phrase)  # "keep rising well [into next year]": the time went
        # "scheduled for [October 22] at Belmont": with the time gone, its preposition stands before the place's.
        phrase = re.sub(r"(?i)\b(?:for|on|by|until|during|within)\s+(?=(?:at|in)\s)", "", phrase)
        scheduled = _SCHEDULED_STATE.fullmatch(phrase)
        if scheduled is not None:
            # "The first launches are scheduled for 2015": the launches happen; "the final debate is
            # still scheduled for October 22 at Belmont University": it takes place there.
            phrase = "take place" + (f" {scheduled.group('place')}" if scheduled.group("place") else "")
        if _TIMING_PREDICATE.fullmatch(phrase):
            # "The reprisal will not be immediate": the predicate is the window (``imminence``), not
            # the event; what must happen in it is the reprisal itself, so the question asks whether it comes.
            phrase = "come"
        # "will seek to acquire", "seeks to acquire": the act is the event (``intentions``).
        phrase, intent = drop_intent(phrase)
        intent = intent or intent_in(candidate.event, phrase) or intent_in(candidate.quote, phrase)
        planned = planned_act(subject, phrase)
        if planned is not None:
            # "Novatek's strategy provides for producing ...": Novatek produces.
            subject, gerund, rest = planned
            phrase, intent = f"{lemmatise(gerund)} {rest}", intent or "plan"
        if is_heading(candidate.quote):
            # A heading's title case is no sign of a name: "Will debt held by the public grow faster
            # than the economy", not "Will Debt Held by the Public grow Faster Than the Economy".
            subject, phrase = lower_heading_words(subject, article.body), lower_heading_words(phrase, article.body)
        moved = _moved_quantity(phrase)
        if moved is not None:
            # "The crisis will push up petrol prices": what a stranger can check is the price, not
            # the cause; the question asks whether the price moves.
            subject, phrase = qualify_subject(moved[0], article, _subject_position(subject, candidate)), moved[1]
        subject, phrase = with_theatre(subject, phrase, article, _subject_position(subject, candidate))
        # "the seeds of discontent could threaten further strife": the strife breaking out is the event.
        subject, phrase = unrest_as_event(subject, phrase, sentence) or (subject, phrase)
        phrase = threat_as_act(_act_of_response(phrase))
        verb, target = _verb_and_target(phrase)
    kind = event_kind_of(verb, subject, phrase, sentence if candidate.quote in sentence else candidate.quote)
    alternatives = _alternatives(candidate.quote) or _alternatives(phrase)
    condition = _condition(candidate.conditional_on, candidate, article, subject)
    return Proposition(subject, verb, phrase, negative, kind, target, alternatives, condition, intent)


# A scheduled state with its time taken out, and the place it is held at, if any ("be still
# scheduled at Belmont University"): what is said is that the event takes place.
_SCHEDULED_STATE = re.compile(
    r"(?i)be\s+(?:(?:still|now|currently|also|tentatively|provisionally|officially)\s+)?"
    r"(?:scheduled|planned|set|due|slated|timetabled)(?:\s+(?P<place>(?:at|in)\s+(?:the\s+)?(?-i:[A-Z]).*))?"
)
# A predicate that says only when its subject happens ("be immediate", "be imminent"): the window
# says it (``imminence``), and the subject, an act named as a noun, is what must happen in it.
_TIMING_PREDICATE = re.compile(r"(?i)be\s+(?:(?:so|very|quite|all\s+but)\s+)?(?:immediate|imminent)")


def _won_election(subject: str, phrase: str, article: Article, before: int) -> str:
    """ "win" -> "win the July 29 general election": a party or candidate that wins or loses with
    no object, in an article that names an election before the claim, wins or loses that election
    (in its fullest form), so the question is settled by its certified result. A country, an army
    or an armed group "winning" is a war, not a vote, and is left as written."""
    if not re.fullmatch(r"(?i)win|lose", phrase.strip()) or not re.search(r"(?i)\belections?\b", article.body[:before]):
        return phrase
    if any(a.fips is not None or a.cameo_type in ("MIL", "REB", "IGO") for a in actors_in(subject)):
        return phrase
    found = fullest_mention("election", article.body, before)
    election = found[0] if found is not None else "the election"
    if not re.search(rf"\d|\b[A-Z]|{_ELECTION_KINDS}", election.removeprefix("the ")):
        election = "the election"  # "a competitive election", "a free and fair election": a judgement, not which
    return f"{phrase.strip()} {election}"


# Words that say which election: its kind or level of government.
_ELECTION_KINDS = (
    r"\b(?:general|presidential|parliamentary|legislative|congressional|national|federal|local|regional|"
    r"provincial|state|municipal|mayoral|gubernatorial|midterm|snap|early|european)\b"
)


# A cause moving a measured quantity: "push up UK petrol prices further", "send fuel prices
# inexorably higher towards £1.50 a litre", "bring inflation down to 2%".
_CAUSED_MOVE = re.compile(
    r"(?i)^(?:push|send|drive|lift|force|bring)\s+(?:(?P<before>up|down)\s+)?"
    r"(?P<quantity>(?:[\w'-]+\s+){0,3}?(?:prices?|inflation|rates?|costs?|bills?|yields?))"
    r"(?:\s+(?:\w+ly\s+)?(?P<after>up|down|higher|lower|back\s+up|back\s+down))?(?P<rest>(?:\s+.*)?)$"
)
_TOWARDS_A_LEVEL = re.compile(r"(?i)^\s*(?:towards?|to)\s+(?:the\s+(?:\w+\s+){0,2}?(?:milestone|mark|level)\s+of\s+)?")
# The same move said as a noun: "generate at least a temporary rise in inflation", "cause a sharp
# fall in exports in Ruritania". The noun names the direction, so no level is needed.
_CAUSED_CHANGE = re.compile(
    r"(?i)^(?:cause|generate|produce|trigger|spark|fuel|bring\s+about|lead\s+to|result\s+in|drive)\s+"
    r"(?:at\s+least\s+)?(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?P<noun>rise|increase|jump|surge|pick-?up|fall|drop|"
    r"decline|decrease|slowdown)\s+in\s+(?P<quantity>(?:[\w'-]+\s+){0,3}?(?:prices?|inflation|rates?|costs?|bills?|"
    r"yields?|unemployment|employment|growth|gdp|output|borrowing|debt|deficit|wages|earnings|exports|imports))"
    r"(?P<place>\s+(?:in|across)\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?(?P<rest>(?:\s+.*)?)$"
)


def _moved_quantity(phrase: str) -> tuple[str, str] | None:
    """The quantity a cause moves and its movement ("UK petrol prices", "rise further"), or None.

    Only with a direction or a level: "drive costs" alone says nothing of which way."""
    change = _CAUSED_CHANGE.match(phrase)
    if change is not None and not re.match(r"(?i)(?:its|their|his|her|our|your|my)\b", change.group("quantity")):
        falls = change.group("noun").lower() in ("fall", "drop", "decline", "decrease", "slowdown")
        quantity = f"{change.group('quantity')}{change.group('place') or ''}".strip()
        return quantity, f"{'fall' if falls else 'rise'}{change.group('rest')}".strip()
    found = _CAUSED_MOVE.match(phrase)
    if found is None:
        return None
    direction = (found.group("before") or found.group("after") or "").lower()
    rest = found.group("rest")
    level = _TOWARDS_A_LEVEL.match(rest)
    if level is not None and re.match(r"\s*[$\u00a3\u20ac]?\d", rest[level.end() :]):
        rest = " to " + rest[level.end() :].lstrip()
    if not direction and not rest.strip().lower().startswith("to "):
        return None
    falls = direction.endswith(("down", "lower"))
    quantity = found.group("quantity").strip()
    if quantity.split()[0].lower() in ("its", "their", "his", "her", "our", "your", "my"):
        return None  # "push its prices up": whose prices is the subject's, which the question would lose
    return quantity, f"{'fall' if falls else 'rise'}{rest}".strip()


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# "the opposition candidate, Mr. Varga", "Peru, a key copper exporter": a noun phrase set beside the
# subject's head after its one comma (a determiner phrase, or a name with no "and": "Peru, Chile and
# Bolivia" is a list).
_APPOSITION = re.compile(
    r"^(?P<head>[^,]*[A-Za-z][^,]*),\s+(?P<apposition>(?:(?:a|an|the|its|their|his|her|one\s+of)\s+[^,]+|"
    r"(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+[A-Z][^,]*|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*))$"
)


def _apposition(subject: str) -> tuple[str, str] | None:
    """The subject's head and the noun phrase set beside it, or None when it has none."""
    m = _APPOSITION.match(subject.strip())
    if m is None or re.fullmatch(r"\d[\d\s]*", m.group("head")):
        return None  # "2024, Mexico": a fronted year, no head
    if re.search(r"\b(?:and|or)\b", m.group("apposition")) and m.group("apposition")[:1].isupper():
        return None
    # One side names, the other describes: "Peru, a key exporter", "the candidate, Mr. Varga". Two
    # names are a list cut short ("Guyana, Suriname"); two descriptions may be a fronted phrase
    # and the subject ("the first year of insolvency of the funds, the program").
    names = [
        part[:1].isupper() and part.split()[0].lower() not in _DETERMINERS | {"a", "an", "one"}
        for part in (m.group("head"), m.group("apposition"))
    ]
    if names[0] == names[1]:
        return None
    return m.group("head"), m.group("apposition")


def _closed(subject: str) -> str:
    """The subject as it stands before its verb: an apposition closed by a comma ("the opposition
    candidate, Mr. Varga, challenges"), since the verb would otherwise read as the apposition's."""
    return f"{subject.rstrip()}," if _apposition(subject) is not None else subject


def _subject_in_text(subject: str) -> str:
    return _opening_in_text(_closed(subject))


def _opening_in_text(text: str) -> str:
    """``text`` as it reads after "Will": a determiner or a common word capitalised only because it
    opened the sentence ("The", "Much of", "Core PCE") lowered."""
    first = text.split()[0] if text.split() else ""
    if (
        first.lower() in ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")
        and first[:1].isupper()
    ) or _common_word_capitalised(text, first):
        return first.lower() + text[len(first) :]
    return text


# Tags of a first word that is capitalised only because it opened the sentence: "Much of the
# artillery", "Earlier UK aid", "Firms, workers and investors", "Kindergartens, schools".
_COMMON_OPENING_TAGS = frozenset({"JJR", "JJS", "RB", "RBR", "DT", "PDT"})
_FIGURE_ADJECTIVES = frozenset(
    "core real nominal headline overall total annual monthly quarterly average median underlying".split()
)
_QUANTIFIERS = frozenset(
    "much many most some several few all both each every other further additional earlier such any more less".split()
)


def _common_word_capitalised(subject: str, first: str) -> bool:
    """Whether the subject's first word is a common word written with a capital because it opened
    the sentence; a name, an acronym, a demonym ("Americans") or a place keeps its capital."""
    word = first.strip(",;:")
    if not word[:1].isupper() or word.isupper() or not word[1:].islower() or actors_in(word):
        return False
    doc = parse(subject)
    if len(doc) < 2:
        return False
    # A plural common noun with common words after it ("Firms, workers", "Theatres and concert
    # halls"); a singular one may open a name ("State Department", "Treasury Secretary").
    # "Days of Moscow", "Friends of Syria": a plural before "of" and a name is a name itself.
    plural = (
        doc[0].tag_ == "NNS"
        and not doc[1].text[:1].isupper()
        and not (doc[1].lower_ == "of" and len(doc) > 2 and doc[2].text[:1].isupper())
    )
    # "Core personal consumption expenditures", "Real gross domestic product": a figure's adjective.
    figure = word.lower() in _FIGURE_ADJECTIVES and (not doc[1].text[:1].isupper() or doc[1].text.isupper())
    return word.lower() in _QUANTIFIERS or doc[0].tag_ in _COMMON_OPENING_TAGS or plural or figure


def question_text(p: Proposition, opens: date, deadline: date) -> str:
    """ "Will <subject> <phrase> between <opens> and <deadline>?" (the positive event, no modal)."""
    when = f"between {opens.isoformat()} and {deadline.isoformat()}"
    opening = p.phrase.split(" ", 1)[0].lower()
    if (
        not p.subject.strip()
        and p.verb == "happen"
        # A whole clause with its own modal ("grievances that rebels will use ...") reads as a
        # question only behind the frame too.
        and (opening in _STOP or opening in _AUXILIARY or p.phrase == "happen" or _MODAL.search(p.phrase))
    ):
        # Nothing parsed: the words as written, behind a frame that reads as a question and shows a
        # person what to rephrase, rather than "Will By the way ...".
        words = p.phrase.rstrip(".?!")
        if words in ("", "happen"):
            return f"Will this happen {when}?"
        first = words.split(" ", 1)[0]
        if first[:1].isupper() and not first.isupper() and not actors_in(first):
            words = first.lower() + words[len(first) :]
        return f"Will this happen: {words}, {when}?"
    subject, phrase = question_clause(p)
    if not subject.strip():
        phrase = _opening_in_text(phrase)  # a condition's whole clause: "Will core PCE inflation ..."
    said = f"{subject} {phrase}".strip()
    return f"Will {said} {when}?"


def question_clause(p: Proposition) -> tuple[str, str]:
    """The subject and the verb phrase as the question writes them after "Will" (an unparsed
    proposition has no subject: its phrase is the clause as written)."""
    # "be not re-elected": after "Will" the negation goes before the verb ("Will X not be re-elected").
    return _subject_in_text(p.subject), re.sub(r"^(be|have)\s+not\b", r"not \1", p.phrase)


# Words after which, or before which, a phrase may end: prepositions, conjunctions, relatives and
# auxiliaries; between two other lowercase words a cut falls inside one phrase.
_NP_BREAK_WORDS = frozenset(
    """
    of in on at to for from by with into over under about against between during across towards amid after before
    through within without than and or but that which who whom whose where when while as is are was were be been
    being has have had will would can could may might should must the a an
    """.split()
)
_NP_END = re.compile(
    r"(?=,\s)|\s+(?=(?:of|in|on|at|for|from|by|with|into|over|under|about|against|between|during|across|towards|"
    r"amid|after|before|through|within|without|that|which|who|whose|where|when|while|is|are|was|were)\s)"
)


def _inside_name(cut: str, text: str) -> bool:
    """Whether ``cut``, a prefix of ``text``, ends inside a name ("Khalid bin Rashid bin [Saeed]"); before
    "and" and a second person by rank it ends between two names ("Hun Sen [and Deputy Prime Minister ...]")."""
    if _AND_RANKED_PERSON.match(text, len(cut)):
        return False
    return any(m.start() < len(cut) < m.end() for m in _NAME_RUN.finditer(text))


def _cut_words(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    inside = next((m.start() for m in _NAME_RUN.finditer(text) if m.start() < len(cut) < m.end()), None)
    if inside is not None and inside > limit // 2:
        cut = text[:inside].rstrip()  # "the Games of the Small States": the whole name or none of it
    listed = next((m.start() for m in _LIST.finditer(text) if m.start() < len(cut) < m.end()), None)
    if listed is not None and listed > limit // 2:
        cut = text[:listed]  # "engagements, multi-lateral": the list's first item alone, not half of it
    # "rises from 100 percent", "act to secure the long-term": the pair or the act whole, or none of it.
    pairs = [(m.start(), m.end()) for m in _FROM_TO.finditer(text)] + _infinitive_object_spans(text)
    opened = next((start for start, end in sorted(pairs) if start < len(cut) < end), None)
    if opened is not None and opened > limit // 3:
        cut = text[:opened].rstrip()
    following = text[len(cut) :].split(None, 1)
    if (
        following
        and re.fullmatch(r"[a-z][\w'-]*", following[0])
        and following[0] not in _NP_BREAK_WORDS
        and re.search(r"(?<![\w'-])[a-z][\w'-]*$", cut)
        and cut.rsplit(None, 1)[-1] not in _NP_BREAK_WORDS
    ):
        # "an especially cozy [relationship]", "the SOMA is [reinvested]": two words of one phrase; the
        # title stops where a phrase ends, before a preposition, a relative or an auxiliary.
        ends = [m.start() for m in _NP_END.finditer(cut) if m.start() > limit // 3]
        if ends:
            cut = cut[: ends[-1]]
    cut = re.sub(
        # "... held in the SOMA is": an auxiliary without its verb says nothing either
        r"(?:\s+(?:and|or|of|to|the|a|an|in|on|at|for|with|by|as|their|its|his|her|our|your|my|this|that|these|those|"
        r"is|are|was|were|be|been|has|have|had))+$",
        "",
        cut,
        flags=re.I,
    )
    return cut[:limit].strip(" ,;:")


# Two modifiers joined before one head noun, in lower case and with no determiner after "and".
_SHARED_HEAD = re.compile(
    r"^(?:(?:the|a|an|its|their|our|this|that)\s+)?(?P<first>[a-z][\w-]*)\s+and\s+"
    r"(?!(?:the|a|an|its|their|our|his|her)\b)[a-z][\w-]*\s+(?P<head>[a-z][\w-]*)$"
)
_PERSON_NOUNS = frozenset(
    "president minister king queen leader chairman chairwoman secretary governor mayor husband wife son daughter".split()
)


def is_plural(subject: str) -> bool:
    """Whether the subject takes a plural verb ("the Houthis strike", "Iran strikes")."""
    if re.match(r"(?i)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\d+)\s+of\s", subject):
        return True  # "four of Brazil's Supreme Court justices": the count is the head
    # "debt held by foreign banks": a reduced relative after the head noun is no part of the head.
    head = re.split(
        # "those who come to Russia": a relative clause after the head is no part of the head either.
        r"\s+(?:of|in|on|for|from|with|at|to|against|regarding|concerning|about|over|between|among|by|who|whom|which|that)\s+"
        rf"|\s+(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PARTICIPLES))})\s+by\s+",
        subject,
        maxsplit=1,
    )[0].strip()
    apposed = _apposition(subject)
    if apposed is not None:
        return is_plural(apposed[0])  # "the candidate, Mr. Varga": one person, named twice
    # "Russia and Iran's strategic partnership": "and" inside the possessive names the owners; the
    # head after it is what counts.
    owned = re.match(r"^.*\band\s+[^\s,]+(?:'s|\u2019s|s')\s+(?=\S)", head)
    if owned:
        head = head[owned.end() :]
    words = head.split()
    if not words:
        return False
    shared = _SHARED_HEAD.match(head)
    if shared is not None and shared.group("first").lower() not in _PERSON_NOUNS:
        # "the non-oil and gas deficit", "the oil and gas sector": two modifiers of one head noun.
        return is_plural(shared.group("head"))
    last = words[-1].lower()
    if re.search(r"\band\b|,\s*[A-Z]", head) or last in (
        "they",
        "we",
        "you",
        "i",
        "these",
        "those",
        "both",
        "people",
        "police",
    ):
        return True
    if re.fullmatch(r"[A-Z][a-z]+(?:an|ian|ean)s", words[-1]):
        return True  # "Americans", "Iranians": a people, not the country the gazetteer reads in them
    if words[-1][:1].isupper() and any(a.fips is not None for a in actors_in(" ".join(words[-3:]))):
        return False  # "the United States", "the Philippines": one country
    if len(words[-1]) >= 2 and words[-1].isupper():
        return False  # "PETRONAS", "the ICBMS": a name in capitals; a plural of one ends in a small "s" ("NGOs")
    if last in _SINGULAR_IN_S:
        return False
    return last.endswith("s") and not last.endswith(("ss", "us", "'s", "sis", "xis", "ics"))


# Nouns ending in "s" that take a singular verb ("natural gas is delivered", "the news is").
_SINGULAR_IN_S = frozenset("gas news series species means headquarters chaos lens bias atlas alias canvas".split())


def _agreeing(p: Proposition) -> str:
    if not p.subject.strip():
        return p.phrase  # the event as written (nothing parsed): its own verb already agrees
    if not is_plural(p.subject):
        return _third_person(p.phrase)
    return re.sub(r"^be\b", "are", p.phrase)


# Where a title may stop short of the whole phrase: before a clause that only explains or qualifies
# (a relative "that" only with its modal: "a report that will recommend", not "ensure that children").
_TITLE_BREAK = re.compile(
    r"\s+(?:as|while|because|which|who|whom|whose|when|where|after|before|if|unless|until|so|since|through|by|"
    r"with|such(?=\s+as\s)|that(?=\s+(?:will|would|could|can|may|might|should|must)\s))\s"
)


# Where a phrase may end: before a preposition, a conjunction or a comma (after a noun phrase).
_PHRASE_BREAK = re.compile(
    r"(?=,\s)|\s+(?=(?:of|in|on|to|for|from|at|into|over|under|against|between|during|across|towards?|amid|and|or|"
    r"but|than|including|like|such|beyond|above|below|within|without|through|after|before|by|with|via|per|despite|"
    # a participle only when an object or particle follows ("using the Act"), not "funding guarantee"
    r"(?!(?:br|th|k|spr|str|s|r|w|sw|st|cl|fl|wr)ing\b)[a-z]{2,}ing(?=\s+(?:the|a|an|its|their|his|her|to|up|out|on|"
    r"in|for|from|with)\b))\s)"
)
# "both women and men", "between Russia and Ukraine": the pair is one phrase.
_PAIRED = re.compile(r"(?i)\b(?:both|either|neither|between)\s+(?:\S+\s+){0,2}?\S+$")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


# What a bill, a measure or a fund is for names it ("legislation to prevent radicalisation", "a bill on
# adoption", "a fund for rural bus routes"): a title keeps that purpose whole or stops before it.
_PURPOSE_HOLDER = (
    r"(?:[Bb]ills?|[Ll]egislation|[Ll]aws?|Acts?|[Mm]easures?|[Pp]rogram(?:me)?s?|[Ff]unds?|[Pp]ackages?|[Ss]chemes?|"
    r"[Ii]nitiatives?|[Ss]trateg(?:y|ies)|[Rr]eforms?|[Aa]mendments?|[Rr]egulations?|White\s+Paper)"
)
# "to the public", "to its allies": a destination, no purpose.
_NO_TO_VERB = "(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every|any)"
# The purpose right after the holder ("a bill on ..."), or "to <verb>" after the holder's own passive
# verb ("legislation ... is introduced to ban ...").
_HELD_PURPOSE = re.compile(
    rf"\b{_PURPOSE_HOLDER}(?:\s+(?P<on>on|for|to|against)|(?:\s+(?!to\b)\S+){{0,5}}?\s+(?:is|are|was|were|be|been)"
    rf"(?:\s+(?!to\b)\S+){{1,2}}?\s+(?P<to>to)(?=\s+(?!{_NO_TO_VERB}\b)[a-z]+\b))\s"
)
# The chamber or place a holder goes through ("in the UK Parliament", "before Congress"): the
# question says it; a title too long lets it go before the purpose.
_HOLDER_PLACE = re.compile(
    rf"(?P<holder>\b{_PURPOSE_HOLDER})\s+(?:in|before|through)\s+(?:the\s+)?(?:[A-Z][\w'.-]*)(?:\s+(?:of\s+)?[A-Z][\w'.-]*)*"
    r"(?=\s|$)"
)
# Words that are no object head: "to tackle some [of the problems]" has not yet said what.
_NO_HEAD = frozenset(
    """
    a an the that this these those some many several few each every both all any most much more one two its their his
    her our your my
    """.split()
)


def _purpose_spans(text: str) -> list[tuple[int, int]]:
    """Where each purpose runs: from its "to"/"on"/"for" to the end of the first phrase with a head
    (past "some of", "one of"), or the end of the text."""
    spans = []
    for held in _HELD_PURPOSE.finditer(text):
        start = held.start("on") if held.group("on") else held.start("to")
        after = held.end()
        if held.group("to") or held.group("on") == "to":
            after = held.end() + len(text[held.end() :].split(" ", 1)[0])  # the purpose's verb
        end = len(text)
        for boundary in _PHRASE_BREAK.finditer(text, after):
            words = re.findall(r"[\w'-]+", text[after : boundary.start()])
            if any(w.lower() not in _NO_HEAD for w in words):
                end = boundary.start()
                break
        spans.append((start, end))
    return spans


# A body's name runs on through "for"/"of" ("Department for Work", "Ministry of Housing"): an "and"
# after it joins two words of the same name ("... and Pensions"), not two actors.
_TITLED_BODY = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:for|of|on)\s+[A-Z][\w'-]*)+$")


# Where a title may not stop. A name runs on through "of", "for", "and" between capitalised words
# ("the Ministry of Defence", "the Country of Honor"): a cut inside leaves a name that is no name.
# A personal name runs on through its particles too ("Mohammed bin Zayed", "Ursula von der Leyen").
_PARTICLE = r"(?:bin|bint|ibn|al|el|von|van|der|den|de|da|di|du|del|della|dos|das|la|le)"
_NAME_RUN = re.compile(rf"\b[A-Z][\w'.-]*(?:\s+(?:(?:of|for|and|on|the|{_PARTICLE})\s+)*[A-Z][\w'.-]*)+")
# A list of three items or more ("officials, voters and election workers", "Kenya, Uganda, and
# Tanzania"): a cut after its first item drops the rest unannounced, so it falls before the list.
_LIST_PART = r"(?!(?:and|or)\b)(?![a-z]+ing\b)[\w'%.\u2019-]+(?:\s+(?!(?:and|or)\b)[\w'%.\u2019-]+){0,3}"
_LIST = re.compile(rf"(?<=\w),\s+{_LIST_PART}(?:,\s+{_LIST_PART})*,?\s+(?:and|or)\s+{_LIST_PART}")
# "director of", "2% of", "£37 billion of": an office or a figure says nothing without its "of".
_INCOMPLETE_BEFORE_OF = re.compile(
    r"(?i)(?:\d%|\d|percent|per\s+cent|billion|million|trillion|thousand|hundred|share|part|half|most|rest|"
    r"director|head|chief|members?|chair|chairman|president|secretary|minister|governor|host|capital|leadership|"
    r"government|future|remainder|majority)$"
)


# "from 100 percent of GDP to 118 percent": a change's two ends are one phrase; cut after the first,
# the title says the quantity rises from where it stands, which is no event.
_FIGURE_START = (
    r"(?:(?:about|around|roughly|nearly|almost|just|slightly|a\s+little)\s+)?"
    # "from slightly over 3 percent": a bound before the figure is part of it.
    r"(?:(?:over|under|above|below|more\s+than|less\s+than)\s+)?[-+]?[$\u20ac\u00a3]?\d"
)
# The baseline is a figure or a level named ("from the August level"); the end is a figure, perhaps
# as an average or a record ("to an average of $2.11/gal").
_BASELINE = rf"(?:{_FIGURE_START}|the\s+(?:[\w'-]+\s+){{0,3}}?(?:level|figure|rate|price|high|low|peak|average)\b)"
_END_FIGURE = rf"(?:an?\s+(?:average|level|record|high|low|peak)\s+of\s+)?{_FIGURE_START}"
_FROM_TO = re.compile(
    rf"\bfrom\s+{_BASELINE}[^,;]*?\s+to\s+{_END_FIGURE}[\d,.]*"
    r"(?:\s*(?:%|percent\b|per\s+cent\b|(?:billion|million|trillion|thousand)\b|points\b|/[a-z]+\b))?"
)
# The period of a rate after a figure ("2% of GDP a year", "£10 billion per annum", "5% annually").
_RATE_PERIOD = re.compile(
    r"(?P<figure>\d[\d.,]*\s*(?:%|percent|per\s+cent|billion|million|trillion)?"
    r"(?:\s+of\s+(?:its\s+|their\s+|the\s+)?[\w-]+)?)"
    r"\s+(?:(?:a|per|each|every)\s+(?:year|annum)|annually)(?=\s+(?:on|in|for|to|by)\b)"
)
# A verb whose "as" complement says what something is called or taken for ("describe X as Y"),
# its object with a relative clause between: "describes the event [that Varnia will blame on
# Ostland] as a massacre".
_DESCRIBED_AS = re.compile(
    r"^(?P<head>(?:describes?|treats?|regards?|labels?|brands?|portrays?|depicts?|characteri[sz]es?|"
    r"classif(?:y|ies)|presents?)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
    r"\s+(?:that|which|who|whom)\s+(?:(?!as\b)[\w'\u2019,-]+\s+){1,8}?(?P<complement>as\s+\S.*)$"
)
# The baseline half of such a pair, which a headline drops ("rises to 118 percent").
_FROM_HALF = re.compile(rf"\s+from\s+{_BASELINE}[^,;]*?(?=\s+to\s+{_END_FIGURE})")
# "act to secure the long-term future of the deterrent": an infinitive's object runs to its head, and
# on through "of" after a head that is only a relation ("the future of", "the viability of"); a cut
# before the head ("to secure the long-term future") leaves the act unsaid.
_INFINITIVE = re.compile(rf"\bto\s+(?!{_NO_TO_VERB}\b)[a-z]+\b")
_RELATIONAL_HEAD = re.compile(
    r"(?i)(?:future|fate|viability|survival|security|safety|integrity|establishment|creation|development|"
    r"expansion|end|beginning|start|rest|remainder|size|scale|cost|level|number|value|role|status|quality|"
    r"provision|delivery|renewal|replacement|reform|protection|restoration|independence|sovereignty)$"
)


def _infinitive_object_spans(text: str) -> list[tuple[int, int]]:
    """Where each infinitive runs with its object: from "to" past quantifiers ("some of") to the end
    of the first phrase with a head, and past a relational head's "of" complement."""
    spans = []
    for infinitive in _INFINITIVE.finditer(text):
        after = infinitive.end()
        end = len(text)
        for boundary in _PHRASE_BREAK.finditer(text, after):
            words = re.findall(r"[\w'\u2019-]+", text[after : boundary.start()])
            if not words:
                if not re.match(r"\s+of\b", text[boundary.start() :]):
                    end = boundary.start()  # "continue to work to ...": no object
                    break
                continue
            if all(w.lower() in _NO_HEAD for w in words):
                continue  # "to curb some [of the abuses]": no head yet
            if re.match(r"\s+of\b", text[boundary.start() :]) and _RELATIONAL_HEAD.search(words[-1]):
                continue  # "the long-term future [of the deterrent]"
            end = boundary.start()
            break
        spans.append((infinitive.start(), end))
    return spans


def _unbreakable_spans(text: str) -> list[tuple[int, int]]:
    """Stretches of a title a cut may not fall inside: names, lists (from their first comma), a
    change's "from X to Y", an infinitive's object and a person's rank with the name."""
    spans = [(m.start(), m.end()) for m in _NAME_RUN.finditer(text)]
    spans += [(m.start(), m.end()) for m in _LIST.finditer(text)]
    spans += [(m.start(), m.end()) for m in _FROM_TO.finditer(text)]
    spans += _infinitive_object_spans(text)
    # "Vice Foreign Minister Ana Varga": a rank with its name, which a cut would leave as a bare office.
    spans += [(m.start(), m.end()) for m in _TITLED_OBJECT.finditer(text)]
    return spans


def _may_stop_at(text: str, cut: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a title may end at ``cut``: outside names and lists, and not between a figure or an
    office and its "of" ("less than 2% of GDP", "director of the Agency")."""
    if any(start <= cut < end for start, end in spans if text[start : start + 1] == ",") or any(
        start < cut < end for start, end in spans
    ):
        return False
    if re.match(r"\s+than\b", text[cut:]):
        return False  # "to less", "higher": a comparison without what it is compared with
    return not (re.match(r"\s+of\b", text[cut:]) and _INCOMPLETE_BEFORE_OF.search(text[:cut].rstrip()))


# A person named with an office or rank ("Army Lt. Gen. Keith Alexander", "Secretary Blinken"): in a
# title too long, the name alone says who, as a headline writes it.
# "General", "Major", "Captain" alone are left out: "General Motors" is no person.
_RANK = (
    r"(?:Lt\.|Lieut\.|Gen\.|Col\.|Maj\.|Capt\.|Adm\.|Sgt\.|Brig\.|Rear|Vice|Lieutenant|Colonel|Admiral|Brigadier|"
    r"Deputy|Under|Undersecretary|Assistant|First|Senior|Acting|"
    r"Secretary(?:\s+of\s+State)?|President|Prime\s+Minister|Foreign\s+Minister|Minister|Chancellor|Ambassador|"
    r"Governor|Senator|Chairman|Dr\.|Mr\.|Ms\.|Mrs\.)"
)
# "The Deputy Secretary of State Wendy Sherman": the article opening the sentence is no part of the rank.
_RANKED_PERSON = re.compile(
    rf"^(?:(?:Army|Navy|Air\s+Force|Marine\s+Corps)\s+(?={_RANK}))?(?:(?:[Tt]he\s+)?{_RANK}\s+)+"
    rf"(?P<name>(?!{_RANK}\s|(?:General|Major|Captain|Director|Chair|Secretary)\b)(?:(?:[A-Z][\w'-]+|[A-Z]\.)\s+){{0,2}}[A-Z][\w'-]+)$"
)


# A rank of a place ("President of Russia", "Prime Minister of the Republic of India") before the
# name: where the place stops is found by the gazetteer, not by the capitals.
_RANK_OF_PLACE = re.compile(rf"^(?:[Tt]he\s+)?{_RANK}\s+of\s+(?P<rest>(?:the\s+)?[A-Z].*)$")
_NAME_WORD = re.compile(r"[A-Z][\w'-]+|[A-Z]\.")


def _ranked_name(subject: str) -> str | None:
    """The name of a person a rank or office introduces ("Army Lt. Gen. Keith Alexander", "Secretary
    of State Antony J. Blinken", "President of Russia Vladimir Putin"); None when ``subject`` is no
    ranked person. After "<rank> of", the place is the shortest run of words the gazetteer knows as a
    country whose rest is a name of one to three words ("Prime Minister of the Republic of India
    Narendra Modi": "the Republic" is no country, "the Republic of India" is), so a given name is never
    taken for part of the place; with no such run ("Governor of Upper Freedonia Ana Varga") it is None."""
    ranked = _RANKED_PERSON.match(subject)
    if ranked:
        return ranked.group("name")
    of_place = _RANK_OF_PLACE.match(subject)
    if of_place is None:
        return None
    words = of_place.group("rest").split()
    for cut in range(1, len(words)):
        place, name = words[:cut], words[cut:]
        if len(name) > 3 or not all(_NAME_WORD.fullmatch(word) for word in name) or not _NAME_WORD.fullmatch(name[-1]):
            continue
        if name[-1].endswith(".") or not all(w[:1].isupper() or w in ("of", "the") for w in place):
            continue
        if any(a.fips is not None for a in actors_in(" ".join(place))) and not any(
            a.fips is not None for a in actors_in(" ".join(name))
        ):
            return " ".join(name)
    return None


# A person named with an office in the object ("the Emir of Qatar Sheikh Tamim", "President Ana
# Varga"): the office goes, the name stays. After "of" a place runs on until an honorific opens the
# name (there is no other sign where "Abu Dhabi" ends and the name begins).
_HONORIFIC = r"(?:Sheikh|Sheikha|Sayyid|Emir|Prince|Princess|King|Queen|Sultan|Mr\.|Mrs\.|Ms\.|Dr\.|Sir|Dame)"
_OFFICE = (
    r"(?:Crown\s+Prince|Vice\s+President|President|Prime\s+Minister|(?:[A-Z][a-z]+\s+)?Minister|Premier|Chancellor|"
    r"Secretary(?:[-\s]General)?|Chair(?:man|woman)?|Governor|Ambassador|Emir|King|Queen|Sultan)"
)
_PERSON_NAME = rf"[A-Z][\w'.-]+(?:\s+(?:{_PARTICLE}\s+)*[A-Z][\w'.-]+)*"
# The rank an office sits in goes with it, whole: "Japanese Vice Foreign Minister Mori", "municipal
# Party Secretary Nguyen"; a cut inside it ("Japanese Vice Mori") reads as no rank at all.
_RANK_WORDS = r"(?:(?:[A-Z][\w'-]*|municipal|provincial|regional|district|county|city|state|national|party)\s+)*"
_TITLED_OBJECT = re.compile(
    rf"(?:\bthe\s+)?\b{_RANK_WORDS}{_OFFICE}\s+(?:of\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*?\s+"
    rf"(?P<name>{_HONORIFIC}\s+{_PERSON_NAME})|(?P<bare>(?!of\b){_PERSON_NAME}\s+[A-Z][\w'.-]+))"
)


# A verb's object described, then named: "launch new platforms, called Civic Circles", "open a fund
# known as the Harbour Fund".
_CALLED_OBJECT = re.compile(
    r"^(?P<verb>[a-z]+)\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,?\s+(?:called|named|known\s+as|dubbed)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?[A-Z][\w'-]*)*)"
)


# "as part of", "as a result of", "as a response to": one preposition of three words, opening an
# adjunct the verb is whole without ("hold talks [as part of the summit]"), unlike "remain as director".
_AS_ADJUNCT = re.compile(
    r"\s+as\s+(?:part|a\s+(?:result|consequence|sign|token|gesture|response|follow-up|means|way))\s+(?:of|to)\b"
)


# "and" opening a second person by rank ("... and Vice Foreign Minister Bo Lee"): a list of people
# the title may stop before, as it may before a preposition.
# "and Deputy Prime Minister and Foreign Minister Prak Sokhonn": one person may hold two offices.
_AND_RANKED_PERSON = re.compile(
    rf"\s+and\s+(?=(?:the\s+)?(?:{_RANK_WORDS}{_OFFICE}\s+and\s+)?{_RANK_WORDS}{_OFFICE}\s+[A-Z])"
)
# "Foreign Minister and Alternate Prime Minister Yair Lapid": two offices of one person.
_ENDS_IN_OFFICE = re.compile(rf"\b{_OFFICE}$")


def _name_alone(titled: re.Match[str]) -> str:
    """The name of a person ``_TITLED_OBJECT`` found, without the office."""
    return titled.group("name") or titled.group("bare")


# A numeral and modifiers with no noun of their own: "ten technical" counts the noun after "and".
_COUNTED_KINDS = re.compile(
    r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|dozens?)(?:\s+[a-z-]+)*?\s+[a-z-]*[^s\W]$"
)


# Names or adjectives of nations listed before one plural head ("the Russian, Japanese and Mongolian
# leaders", "the French and German governments").
_NAMES_BEFORE_ONE_HEAD = re.compile(
    r"^(?:the\s+)?[A-Z][\w'\u2019-]*(?:,\s+[A-Z][\w'\u2019-]*)*,?\s+and\s+[A-Z][\w'\u2019-]*\s+[a-z][\w-]*s$"
)


# What opens an aside or a clause after a comma, not a further item of a list.
_NOT_A_LIST_ITEM = re.compile(
    r"(?i)^(?:with|without|or|but|which|who|whose|as|in|on|at|for|by|from|under|including|especially|"
    r"particularly|if|unless|when|while|because|since|after|before|even|not|despite|although|though)\b"
)


# "Vladimir Putin and Sebastian Kurz": two people, each by a given name and a surname (or three words).
_GIVEN_AND_SURNAME = r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})"
_TWO_PEOPLE = re.compile(rf"^{_GIVEN_AND_SURNAME}\s+and\s+{_GIVEN_AND_SURNAME}$")
_LEADER_POST = r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor)"
_TWO_POSTS = re.compile(rf"^the\s+([A-Z][a-z]+)\s+{_LEADER_POST}\s+and\s+the\s+([A-Z][a-z]+)\s+{_LEADER_POST}$")


_OF_A_NAME = re.compile(r"\s(?:of|from)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}$")
_ONE_NAME = re.compile(r"^(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}$")


def _short_subject(subject: str) -> str:
    """A list subject shortened for a title: "Strikes against ISIS, Jabhat Al-Nursa, and other
    terrorist organisations" -> "Strikes against ISIS and others"."""
    # "the resolution under which forces operate": the preposition goes with its relative clause.
    relative = re.search(
        r"\s+(?:(?:under|in|of|for|by|with|to|at|on|from|through)\s+)?(?:which|who|that|whose|whom)\s", subject
    )
    if relative and len(subject[: relative.start()].split()) >= 2:
        return subject[: relative.start()]  # "a nuclear industry which is equally appealing to ..."
    apposed = _apposition(subject.rstrip(", "))
    if apposed is not None:
        # The name, when the apposition gives one ("Mr. Varga"); else the head ("Peru").
        head, apposition = apposed
        return apposition if apposition[:1].isupper() and not head[:1].isupper() else head
    if _NAMES_BEFORE_ONE_HEAD.match(subject):
        return subject  # "the Russian, Japanese and Mongolian leaders": one plural head, no list of actors
    head, comma, tail = subject.partition(", ")
    if comma and len(head.split()) >= 2:
        # ", with or without the President's leadership": an aside, not more of a list.
        return head if _NOT_A_LIST_ITEM.match(tail) else f"{head} and others"
    pair = _TWO_PEOPLE.match(subject)
    if pair is not None and not any(a.fips for a in actors_in(subject)) and not ORGANISATION_HEAD.search(subject):
        # "Vladimir Putin and Sebastian Kurz": both by surname, rather than one dropped.
        return f"{pair.group(1).split()[-1]} and {pair.group(2).split()[-1]}"
    posts = _TWO_POSTS.match(subject)
    if posts is not None:
        # "the Russian President and the Japanese Prime Minister": the two countries' leaders.
        return f"the {posts.group(1)} and {posts.group(2)} leaders"
    head, conjunction, rest = subject.partition(" and ")
    if _PAIRED.search(head):
        return subject  # "both women and men" is one phrase
    if _OF_A_NAME.search(head) and _ONE_NAME.match(rest):
        return subject  # "the presidents of Russia and Belarus": the "and" joins the two countries, one head
    if rest[:1].isupper() and _TITLED_BODY.search(head):
        return subject  # "the Department for Work and Pensions" is one body's name
    if _COUNTED_KINDS.match(head) and re.search(r"s$", rest):
        return subject  # "ten technical and support sites": one count of sites of two kinds, no list
    kinds = rest.split()[:2]
    if head.islower() and len(kinds) == 2 and " ".join(kinds).islower() and is_plural(rest) and not is_plural(head):
        return subject  # "new trade and investment contracts": two kinds of contracts, not trade and contracts
    return head if conjunction and len(head.split()) >= 2 else subject


def title_text(p: Proposition) -> str:
    """The scenario's title: ``_title_within_limit``, mended where its cut fell on a function word
    ("... armed forces," -> "... armed forces"; ``question_form.mend_title``)."""
    return mend_title(_title_within_limit(p))


def _title_within_limit(p: Proposition) -> str:
    """Subject and phrase (the verb agreeing) in at most ``MAX_TITLE_CHARS`` characters.

    A title too long drops its parentheses ("(FTOs)"), then stops before a qualifying clause
    ("... to the public as SOMA bill holdings decline" -> "... to the public") or else at a phrase
    boundary (before a preposition, conjunction or comma, never inside "the enduring intent"),
    keeping the verb and what it acts on; a long list subject is shortened ("... and others").
    What a bill, measure or fund is for ("to prevent radicalisation", "on adoption") names it: the
    chamber it goes through ("in the UK Parliament") goes first, and the cut falls after the
    purpose's head or before the purpose, never inside it ("to tackle some").
    No cut falls inside a name ("the Ministry of Defence", "Mohammed bin Zayed"), a list of three
    items or more (it stops before the list), a change's "from X to Y" (the baseline "from X" goes
    first), an infinitive's object ("to secure the long-term future [of ...]": it stops before the
    "to"), between a figure or an office and its "of" ("2% of GDP", "director of"), before "than",
    or before an "as" that only completes the verb ("remain as director"); a person with a rank or
    office, as subject ("Army Lt. Gen. Keith Alexander", "The Deputy Secretary of State Ana Varga") or
    object ("Crown Prince of Abu Dhabi Sheikh ...", "Japanese Vice Foreign Minister Mori": the rank
    goes whole), is named by the name alone; an object described, then named ("platforms, called
    Civic Circles"), by its name; and it may stop before "and" opening a second person by rank.
    Only when no boundary fits is it cut at a whole word, backing out of a name or a list; a title
    every cut of which falls inside a name is the whole event up to ``TITLE_STRETCH_CHARS``, and a
    subject that would fill the title alone stops before one of its prepositions so the verb fits.
    A cut that would leave the verb phrase broken off ("convene emergency", "takes", "speaks with the
    leadership" without its "of", or no verb at all) shortens the subject first (``_compact_subjects``:
    a known person by surname, the body a part of it names, the head without its describing
    adjectives or the phrase after it), the verb agreeing with the shorter subject.
    """
    subject = _closed(p.subject)
    full = f"{subject} {_agreeing(p)}".strip()
    if len(full) > MAX_TITLE_CHARS:
        full = _PARENTHESIS.sub("", full)
        subject = _PARENTHESIS.sub("", subject)
    if len(full) > MAX_TITLE_CHARS and _purpose_spans(full):
        placeless = _HOLDER_PLACE.sub(r"\g<holder>", subject)
        full = f"{placeless} {full[len(subject) :].strip()}"
        subject = placeless
    if len(full) > MAX_TITLE_CHARS and len(subject) > 30:
        shorter = _short_subject(subject)
        if shorter != subject:
            full = f"{shorter} {_agreeing_anew(p, full[len(subject) :].strip(), shorter)}"
            subject = shorter
    name = _ranked_name(subject) if len(full) > MAX_TITLE_CHARS else None
    if name is not None:
        full = f"{name} {full[len(subject) :].strip()}"
        subject = name
    if len(full) > MAX_TITLE_CHARS:
        # "spends 2% of GDP a year on defence": the rate's period is the first to go, so the cut
        # does not fall on what the figure is spent on; only where the cut then ends a phrase.
        per_period = _RATE_PERIOD.sub(r"\g<figure>", full[len(subject) :].strip(), count=1)
        rated = f"{subject} {per_period}".strip()
        if rated != full and not _breaks_off(_cut_event(rated, subject), rated, subject):
            full = rated
    if len(full) > MAX_TITLE_CHARS:
        # "describes the event that Varnia will blame on Ostland as a massacre": the object's
        # relative clause goes, so the verb keeps its "as" complement, which is the claim.
        rest = full[len(subject) :].strip()
        described = _DESCRIBED_AS.match(rest)
        if described is not None:
            shorter = f"{subject} {described.group('head')} {described.group('complement')}"
            complement_at = len(subject) + len(described.group("head")) + 2
            cut = _cut_event(shorter, subject)
            # Only where the cut then keeps the complement's words and ends a phrase.
            if len(cut) > complement_at + len("as ") and not _breaks_off(cut, shorter, subject):
                full = shorter
    if len(full) > MAX_TITLE_CHARS:
        # "rises from 100 percent of GDP to 118 percent": the level reached says the event.
        full = f"{subject} {_FROM_HALF.sub('', full[len(subject) :].strip(), count=1)}".strip()
    if len(full) > MAX_TITLE_CHARS:
        # "meets Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed Al Nahyan": the name alone says who.
        full = f"{subject} {_TITLED_OBJECT.sub(_name_alone, full[len(subject) :].strip(), count=1)}".strip()
    if len(full) > MAX_TITLE_CHARS:
        # "launches new platforms, called Civic Circles": the name says which, the description only what kind.
        rest = full[len(subject) :].strip()
        called = _CALLED_OBJECT.match(rest)
        if called is not None:
            full = f"{subject} {called.group('verb')} {called.group('name')}{rest[called.end() :]}"
    if len(full) > MAX_TITLE_CHARS:
        # "directed at officials, voters, and election workers": a list no cut may go inside, after
        # a verb that says nothing without it, as its first item "and others" where the whole fits.
        full = _with_list_shortened(full, subject)
    title = _cut_event(full, subject)
    base = p.phrase.split(" ", 1)[0]
    if len(full) > MAX_TITLE_CHARS and (
        _breaks_off(title, full, subject) or cut_breaks_phrase(title, full, subject, base)
    ):
        # "The highest levels of the Russian Government convene emergency": a subject too long leaves
        # the verb's object half said; a shorter subject (its verb agreeing anew) keeps the event.
        rest = full[len(subject) :].strip()
        kept = len(title.split()) - len(subject.split())
        compact = _compact_subjects(subject)
        for shorter in compact:
            shorter_rest = _agreeing_anew(p, rest, shorter)
            candidate = _cut_event(f"{shorter} {shorter_rest}", shorter)
            if not _breaks_off(candidate, f"{shorter} {shorter_rest}", shorter):
                return candidate  # the least shortened subject that leaves the event whole
            if len(candidate.split()) - len(shorter.split()) > kept:
                title, kept = candidate, len(candidate.split()) - len(shorter.split())
        # No cut of the patterns keeps the event whole: the parse finds the longest that does,
        # within the aim or, failing that, a little beyond it (``title_cuts``).
        whole = cut_at_whole_phrase(full, subject, base, MAX_TITLE_CHARS)
        if whole is not None and not _breaks_off(whole, full, subject) and not _inside_name(whole, full):
            return _sentence_case(whole)
        wholes = [f"{shorter} {_agreeing_anew(p, rest, shorter)}" for shorter in compact]
        fitting = [w for w in [full, *wholes] if len(w) <= TITLE_STRETCH_CHARS]
        if fitting:
            # "Yekaterinburg hosts the 9th Russia-Kyrgyzstan Inter-Regional [Conference]": every cut
            # falls inside the name; the whole event, a little over the aim (its subject as short as
            # it may be: "Blinken travels to ..."), says what a cut cannot.
            return _sentence_case(min(fitting, key=len))
    if len(full) > MAX_TITLE_CHARS and len(title) <= len(subject) + 1:
        # "The Federal Law on the security of critical information infrastructure [of Russia enters
        # into force]": the subject alone fills the title and the event is lost; the subject stops
        # before one of its prepositions instead, so the verb fits.
        rest = full[len(subject) :].strip()
        for before in reversed(list(re.finditer(r"\s+(?:of|on|for|in|to|from|with|between|under)\s+", subject))):
            shorter = f"{subject[: before.start()]} {rest}"
            if len(shorter) <= TITLE_STRETCH_CHARS:
                return _sentence_case(shorter)
    return title


def _agreeing_anew(p: Proposition, rest: str, shorter: str) -> str:
    """``rest`` (the verb phrase after ``p``'s subject) with its verb agreeing with ``shorter``, the
    subject a title puts in its place ("Mr Varga and Ms Roe meet" -> "Mr Varga meets")."""
    verb, _, after_verb = rest.partition(" ")
    if verb == _agreeing(p).split(" ", 1)[0]:
        verb = _agreeing(replace(p, subject=shorter)).split(" ", 1)[0]
    return f"{verb} {after_verb}".strip()


def _with_list_shortened(full: str, subject: str) -> str:
    """``full`` with the list in its verb phrase shortened to its first item "and others" ("are
    directed at officials, voters, and election workers and infrastructure" -> "are directed at
    officials and others"), where the first item is a plural or a name, the list runs to the end or
    to a phrase's end, and the whole then fits; else ``full`` unchanged."""
    listed = _LIST.search(full, len(subject))
    if listed is None or _NOT_A_LIST_ITEM.match(listed.group(0).lstrip(", ")):
        return full  # ", with or without the President's leadership": an aside, not more items
    first = full[: listed.start()].split()[-1]
    if not (first[:1].isupper() or re.search(r"[^s]s$", first)):
        return full  # "to tackle corruption and others": a mass noun has no others of its kind
    # Only a list a preposition governs, where the cut would fall before the preposition and leave
    # the verb with nothing ("are directed"); "join joint operations" before a list says the event.
    governed = re.search(
        r"\s(?:at|to|on|against|with|for|from|into|among)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+$",
        full[: listed.start()],
    )
    if governed is None or len(_cut_event(full, subject).rstrip()) > governed.start():
        return full
    # "personnel and infrastructure": the last item runs on through its own "and".
    rest = re.sub(r"^(?:\s+(?:and|or)\s+[\w'\u2019-]+)+(?=\s|$)", "", full[listed.end() :])
    if rest and not _PHRASE_ENDS_BEFORE.match(rest):
        return full
    shortened = f"{full[: listed.start()]} and others{rest}"
    return shortened if len(shortened) <= MAX_TITLE_CHARS else full


def _cut_event(full: str, subject: str) -> str:
    """``full`` (subject, then its verb phrase) cut to ``MAX_TITLE_CHARS`` at the best place left."""
    if len(full) > MAX_TITLE_CHARS:
        # The verb and at least its first word stay: a title is an event, not a subject.
        verb_end = len(subject) + 1 + len(full[len(subject) + 1 :].split(" ", 1)[0])
        spans = _unbreakable_spans(full)
        clause = [
            m.start()
            for m in _TITLE_BREAK.finditer(full)
            if max(40, verb_end + 8) < m.start() <= MAX_TITLE_CHARS
            and _may_stop_at(full, m.start(), spans)
            # "inaugurate X as the Country of Honor", "remain as director": "as" with only a noun
            # phrase after it completes the verb; only "as" opening a clause may go.
            and (not full[m.start() :].lstrip().startswith("as ") or _AS_CLAUSE.match(full, m.start()))
        ]
        phrase = [
            m.start()
            for m in _PHRASE_BREAK.finditer(full)
            if verb_end + 4 < m.start() <= MAX_TITLE_CHARS
            and not _PAIRED.search(full[: m.start()])
            and _may_stop_at(full, m.start(), spans)
        ]
        # "meets Ana Varga and Vice Foreign Minister Bo Lee": the first of the people met says the
        # event; the capitals joined by "and" are two people, not one name a cut may not go inside.
        phrase += [
            m.start()
            for m in _AND_RANKED_PERSON.finditer(full)
            if verb_end + 4 < m.start() <= MAX_TITLE_CHARS and not _ENDS_IN_OFFICE.search(full[: m.start()])
        ]
        # "hold talks [as part of the summit]": the adjunct goes whole, the verb and object stay.
        phrase += [
            m.start()
            for m in _AS_ADJUNCT.finditer(full)
            if verb_end + 4 < m.start() <= MAX_TITLE_CHARS and _may_stop_at(full, m.start(), spans)
        ]
        phrase.sort()
        # A cut inside a purpose ("a fund for some", "introduced to") loses what names the event:
        # it ends after the purpose or before it.
        purposes = _purpose_spans(full)
        clause = [c for c in clause if not any(start < c < end for start, end in purposes)]
        phrase = [c for c in phrase if not any(start < c < end for start, end in purposes)] or phrase
        if clause:
            full = full[: clause[-1]]
        elif phrase:
            full = full[: phrase[-1]]
        full = re.sub(r"(?:\s+(?:and|or|but|of|to|the|a|an|in|on|at|for|with|by|as|their|its))+$", "", full, flags=re.I)
    return _sentence_case(_cut_words(full, MAX_TITLE_CHARS))


# Where a cut title may stop: the whole phrase, or before a preposition, a clause or a comma. Before
# "and"/"or" it may not ("challenge US [and allied interests]"): the words before may be modifiers.
_PHRASE_ENDS_BEFORE = re.compile(
    r"\s*(?:[,;:(]|(?:of|in|on|to|for|from|at|into|over|under|against|between|during|across|towards?|amid|"
    r"than|including|like|such|beyond|within|without|through|after|before|by|with|via|per|despite|as|while|"
    r"because|which|who|whom|whose|when|where|if|unless|until|since|that)\b)"
)


def _breaks_off(title: str, full: str, subject: str) -> bool:
    """Whether ``title``, cut from ``full``, stops where no phrase ends ("convene emergency",
    "host", "challenge US [and allied interests]") or before the verb."""
    if len(title) >= len(full.rstrip()):
        return False
    if len(title.split()) <= len(subject.split()):
        return True  # "The premeditated assassination": a subject with no event
    # The title may differ from ``full`` in case only (sentence case) and in trailing punctuation.
    following = full[len(title.rstrip(" ,;:")) :]
    if _AND_RANKED_PERSON.match(following) and not _ENDS_IN_OFFICE.search(title.rstrip(" ,;:")):
        return False  # "meets Ana Varga [and Vice Foreign Minister Bo Lee]": one person met is an event
    if re.match(r"\s+of\b", following) and _INCOMPLETE_BEFORE_OF.search(title.rstrip(" ,;:")):
        return True  # "speaks with the leadership [of ...]": the head says whose only with its "of"
    kept = title.rstrip(" ,;:")
    if re.search(r"\b[A-Z][\w'\u2019-]*$", kept) and (
        _NAME_LIST_GOES_ON.match(following)
        or (re.match(r",?\s+and\s+[A-Z]", following) and re.search(rf",\s+{_LIST_NAME}$", kept))
    ):
        return True  # "travels to Belgium[, Poland, Moldova and Estonia]": one of a list of names is not the trip
    return not _PHRASE_ENDS_BEFORE.match(following)


# The rest of a list of names after its first: ", Poland, Moldova, and Estonia".
_LIST_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
_NAME_LIST_GOES_ON = re.compile(rf",\s+{_LIST_NAME}(?:,\s+|,?\s+and\s+)[A-Z]")


# A subject that only picks out part of a body ("the highest levels of the Russian Government",
# "senior ranks of the army"): in a title too long, the body says who acts.
_BODY_PART = re.compile(
    r"^(?:the\s+)?(?:(?:highest|top|senior|upper|most\s+senior)\s+)?(?:levels?|ranks?|echelons?|leadership)\s+of\s+"
    r"(?P<body>\S.*)$",
    re.I,
)
# A lowercase adjective of a common derivational ending ("strategic", "premeditated", "economic",
# "aggressive", "continuous"), which describes the head and does not pick it out.
_DESCRIPTIVE = r"(?:[a-z]+(?:ic|ical|ive|ous|ful|ated|ual|ial))"
# Such adjectives right after a determiner or a possessive and before the head: an ordinal or a
# numeral before them is left alone ("the first manned launch" is no "first launch").
_HEAD_MODIFIERS = re.compile(
    rf"(?<!\S)(?P<det>(?:the|a|an|this|that|its|their|his|her|[^\s,]+(?:'s|\u2019s|s'))\s+)(?P<mods>(?:{_DESCRIPTIVE}\s+)+)"
    r"(?=[a-z][\w-]*\b)",
)
# A phrase after the head ("of Tehran's most prominent military strategist"): a head that is only a
# part, a figure or a relation ("most of", "the future of") keeps it.
# A participle before it ("payments received from ...") goes with it: a reduced relative clause.
_AFTER_HEAD = re.compile(r"(?:\s+[a-z]+(?:ed|en))?\s+(?:of|from|against|over|by|with)\s+\S.*$")


def _compact_subjects(subject: str) -> list[str]:
    """Shorter forms of a subject for a title, the least lost first: the body a part of it names
    ("the highest levels of the Russian Government" -> "The Russian Government"), the head without
    its describing adjectives ("Russia and Iran's strategic partnership" -> "Russia and Iran's
    partnership"), the head without the phrase after it ("The premeditated assassination of ..." ->
    "The premeditated assassination"), then both."""
    found: list[str] = []
    words = subject.split()
    whole, surname = actors_in(subject), actors_in(words[-1]) if words else []
    # "Antony J. Blinken": a known surname after given names and initials is that person too.
    given_names = 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z]*\.?|[A-Z][a-z'\u2019-]+", w) for w in words)
    if (
        len(words) >= 2
        and len(whole) == 1
        and (whole[0].name == subject or (given_names and whole[0].name == words[-1]))
        and whole[0].fips is None
        and [(a.cameo_country, a.fips) for a in surname] == [(whole[0].cameo_country, None)]
    ):
        found.append(words[-1])  # "Vladimir Putin" -> "Putin": a known person's surname says who
    part = _BODY_PART.match(subject)
    if part:
        body = part.group("body")
        found.append(body[:1].upper() + body[1:])
    plain = _HEAD_MODIFIERS.sub(lambda m: m.group("det"), subject, count=1)
    plain = plain[:1].upper() + plain[1:]
    after = _AFTER_HEAD.search(subject)
    headed = None
    if after and not part:
        head = subject[: after.start()].rstrip()
        if (
            len(head.split()) >= 2
            and not _INCOMPLETE_BEFORE_OF.search(head)
            and not _RELATIONAL_HEAD.search(head)
            and head.split()[-1].lower() not in _NO_HEAD
            # "the U.S. Department of State's first Learning Agenda": the "of" phrase ends in an
            # owner, and the head is what it owns, after it.
            and not re.search(r"['\u2019]s\b", subject[after.start() :])
        ):
            headed = head
    for candidate in (plain, headed, headed and _HEAD_MODIFIERS.sub(lambda m: m.group("det"), headed, count=1)):
        if candidate and candidate != subject and candidate not in found:
            found.append(candidate[:1].upper() + candidate[1:])
    return found


def slug_words(p: Proposition) -> list[str]:
    """At most six whole content words for the scenario id: the subject's, the verb, the target's."""
    subject_words = content_words(p.subject)
    # "Iran's armed forces" -> "iran": the actor's name says who; generic heads add length only.
    generic = {
        "armed",
        "forces",
        "force",
        "government",
        "leader",
        "leadership",
        "officials",
        "military",
        "president",
        "secretary",
        "minister",
        "prime",
        "foreign",
        "ambassador",
        "general",
        "chancellor",
        "senator",
    }
    named = [w for w in subject_words if w not in generic] or subject_words
    words = [w for w in named if len(w) > 1 or w.isdigit()][:2]
    phrase_words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", folded_accents(p.phrase))]
    # The verb as the text writes it ("arming" for arm): an id is made of whole words.
    verb_word = next((w for w in phrase_words if w == p.verb or lemmatise(w) == p.verb), None)
    if verb_word is not None and p.verb not in ("be", "have", "do"):
        words.append(verb_word)
    target_words = content_words(p.target) if p.target else [w for w in content_words(p.phrase) if w != p.verb]
    for word in target_words:
        if len(words) >= MAX_SLUG_WORDS:
            break
        if word not in words and (len(word) > 1 or word.isdigit()) and word not in (verb_word, *_NOT_A_TARGET):
            words.append(word)
    return words[:MAX_SLUG_WORDS]


_CRITERIA: dict[str, str] = {
    "attack": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: a strike, shelling, raid or armed attack "
        "by the actor's own forces, claimed by the actor or attributed to it by at least two major news outlets or "
        "an official investigation. Threats, exercises, interceptions without an attack, and attacks by proxies or "
        "allied groups do not count unless the claim names them."
    ),
    "threat": (
        "Yes if, between {opens} and {deadline}, {subject} publicly {phrase_3rd}: an explicit threat of force or "
        "sanction by an official of {subject}, on the record and reported by at least two major outlets. "
        "Carrying out the act itself, anonymous briefings and commentary do not count."
    ),
    "protest": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: a public demonstration, march or rally "
        "reported by at least two major outlets. Online campaigns and calls to protest that draw no crowd do not count."
    ),
    "sanction": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: new sanctions, an embargo or a "
        "blacklisting in force, published in an official register or announced by the government. Threats of "
        "sanctions and proposals still under discussion do not count."
    ),
    "expulsion": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: an official order expelling or declaring "
        "persona non grata the named people, confirmed by either government. Voluntary recalls do not count."
    ),
    "statement": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd} on the record: in an official statement, "
        "speech, interview or publication attributable to {subject}. Paraphrases by third parties and anonymous "
        "sources do not count."
    ),
    "vote": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd} in a formal vote whose result is recorded "
        "by the body that held it. Announcements of a vote to come, committee stages and failed votes do not count."
    ),
    "persistence": (
        "Yes if {subject} {phrase_3rd} from {opens} through {deadline}: still so on {deadline}, having at no "
        "time in between ended, lapsed or been revoked or suspended, as official statements or at least two major "
        "outlets report. An extension or renewal counts; a lapse later restored does not."
    ),
    "ratification": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: its instrument of ratification (or "
        "acceptance or approval) is deposited with the treaty's depositary, as the depositary's record of the "
        "treaty's status shows (for treaties deposited with the UN Secretary-General, the UN Treaty Collection). "
        "A legislature's approval or a signature without the deposit does not count."
    ),
    "referendum": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: voting takes place and the electoral "
        "authority publishes the official result. A referendum announced, scheduled, postponed or cancelled, and "
        "polls of voters, do not count."
    ),
    # "the House will reject the bill": the measure failing is the event, so a failed vote is what counts.
    "rejection": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: a formal vote in which the measure fails, "
        "as recorded by the body that held it. A measure withdrawn, tabled or left without a vote, and committee "
        "stages, do not count."
    ),
    # "the House will vote on Kate's Law": the vote held is the event, whichever way it goes.
    "vote_held": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: a formal vote held, whichever way it goes, "
        "its result recorded by the body that held it. Announcements of a vote to come, committee stages and a "
        "measure withdrawn before the vote do not count."
    ),
    # A head of state or government approving a bill or budget signs it: no vote is held.
    "assent": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: the measure signed into law or formally "
        "approved by {subject}, as recorded by the legislature or announced by the executive. A promise to sign, "
        "passage by the legislature alone and a measure let become law unsigned do not count."
    ),
    # A veto is an executive's act on a bill, not a vote: settled by the bill's record.
    "veto": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: a veto formally issued (the bill returned "
        "unsigned with a veto message, or a pocket veto), as recorded by the legislature or announced by the "
        "executive. A threat to veto, a bill signed into law and one let become law unsigned do not count."
    ),
    "election": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd} according to the certified result published "
        "by the electoral authority. Exit polls, projections and claims of victory do not count; a result still "
        "contested at the deadline resolves on its certification."
    ),
    "scheduled": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: the step actually taking place, reported by "
        "the organisers or at least two major outlets. Its announcement, scheduling or postponement does not count."
    ),
    "other": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}, as reported by at least two major outlets or "
        "an official source. Statements of intent and reports that it is being considered do not count."
    ),
}


# Verbs that a phrase coordinates after "and" and that are seldom nouns in their bare form: the
# second verb of "meet with the leaders and consult on trade" agrees with the subject too.
_SECOND_VERBS = frozenset(
    """
    be have consult discuss negotiate agree sign ratify approve adopt reject enact announce publish convene attend
    meet hold appoint nominate inaugurate begin resume continue explore examine expand strengthen deepen seek
    pursue ensure provide reaffirm reiterate emphasise emphasize underline urge ask invite inspect open build
    create establish introduce implement invest reduce impose extend renew deploy withdraw join enter remain
    become confirm deny declare say tell unveil submit propose consider decide vow leave take give make bring
    send keep go come address tackle deliver participate engage travel visit speak host launch sell buy fly
    cooperate stay rise fall grow decline slow ease persist return fail succeed win lose recover accelerate
    """.split()
)
_SECOND_VERB = re.compile(r"(?<=\s)and\s+(?:then\s+)?(?P<verb>[a-z]+)(?=\s+(?!and\b|or\b)[a-z]|\s*$)")


def _third_person(phrase: str) -> str:
    """The phrase with its verb, and a verb coordinated with it after "and", agreeing with a
    singular subject ("meet X and consult on Y" -> "meets X and consults on Y")."""
    first = _third_person_verb(phrase)
    if first == phrase:
        return phrase
    head, rest = first.split(" ", 1) if " " in first else (first, "")
    # "between A and B", "both A and B": the "and" joins the pair, not two verbs; after "to" the
    # verb is an infinitive ("plans to meet and consult").
    padded = " " + rest

    def agree(m: re.Match[str]) -> str:
        verb = m.group("verb")
        if verb not in _SECOND_VERBS or re.search(
            r"\b(?:between|both)\s+(?:\S+\s+){0,3}$|\bto\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+\s+(?:\S+\s+){0,2}$",
            padded[: m.start()],
        ):
            return m.group(0)
        return f"{m.group(0)[: m.start('verb') - m.start()]}{_third_person_verb(verb)}"

    return f"{head}{_SECOND_VERB.sub(agree, padded)}".rstrip() if rest else head


# Adverbs that stand between "will" and its verb ("will first travel", "will also sign"): the
# verb after them agrees with the subject, they stay as they are.
_BEFORE_THE_VERB = frozenset("first also soon then still never again once just jointly".split())
_ADVERB_IN_LY = re.compile(r"[a-z]+(?:ally|ently|antly|ately|fully|ously|ibly|ably|ively|edly|ingly)")


def _third_person_verb(phrase: str) -> str:
    words = phrase.split(" ", 1)
    if not words or not words[0]:
        return phrase
    verb = words[0]
    if len(verb) > 1 and verb[-1] in ",;:":
        # "develop, produce, or acquire": the verb is inflected, its comma kept after it ("develops,").
        rest = words[1] if len(words) == 2 else ""
        return f"{_third_person_verb(verb[:-1])}{verb[-1]} {rest}".rstrip()
    if len(words) == 2 and (verb in _BEFORE_THE_VERB or _ADVERB_IN_LY.fullmatch(verb)):
        return f"{verb} {_third_person_verb(words[1])}"
    lower = verb.lower()
    if lower in _STOP and lower not in ("be", "have", "do"):
        return phrase  # "the region announced today": no verb to agree
    if lower == "be":
        third = "is"
    elif lower == "have":
        third = "has"
    elif re.search(r"(?:s|sh|ch|x|z|o)$", lower):
        third = verb + "es"
    elif re.search(r"[^aeiou]y$", lower):
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return " ".join([third, *words[1:]])


# What the usual options of a categorical conflict question mean, so that a stranger can tell them apart.
_OPTION_MEANINGS: dict[str, str] = {
    "asymmetric": "through proxies, militias, cyber attacks, sabotage or attacks on shipping, not a strike by the state's own forces",
    "direct": "a strike by the state's own forces, openly claimed or attributed",
    "conventional": "with conventional forces and weapons, no weapons of mass destruction",
    "nuclear": "involving the use of a nuclear weapon",
    "limited": "confined to one place or one kind of target, over a few days",
    "full-scale": "across several places or kinds of target, sustained for more than a few days",
    "military": "involving the use of armed force",
    "diplomatic": "through statements, expulsions, talks or withdrawals, without armed force",
    "economic": "through sanctions, trade or financial measures, without armed force",
    "immediate": "within 7 days of the article",
    "delayed": "more than 7 days after the article",
}  # fmt: skip


def _options_sentence(p: Proposition) -> str:
    if not p.alternatives:
        return ""
    parts = [f"'{a}' ({_OPTION_MEANINGS[a]})" if a in _OPTION_MEANINGS else f"'{a}'" for a in p.alternatives]
    return f" Options: {', '.join(parts[:-1])} or {parts[-1]}; the answer is the option the outcome fits."


# Acts an institution records itself: its own record settles them, not "two major outlets".
_CENTRAL_BANK = re.compile(
    r"\b(?:[Cc]entral\s+[Bb]ank|Federal\s+Reserve|Federal\s+Open\s+Market\s+Committee|FOMC|Open\s+Market\s+Desk|"
    r"Monetary\s+Policy\s+Committee|Bank\s+of\s+England|"
    r"European\s+Central\s+Bank|ECB|Reserve\s+Bank|People's\s+Bank|Bundesbank)\b"
)
# "the Federal Reserve's FedNow service": a thing the central bank owns, not the bank.
_CENTRAL_BANKS_OWN = re.compile(_CENTRAL_BANK.pattern + r"['\u2019]s?\s+[\w-]")
# ... unless it is one of the bank's own bodies or officers, who set its policy.
_BANK_BODY = re.compile(
    _CENTRAL_BANK.pattern + r"|\b(?:Board|Committee|Council|Governors?|Chair(?:man|woman)?|President|Desk)\b"
)
_LEGISLATION = re.compile(
    # "proposals" may be a consultation paper, which no bill's record shows: not a bill's stage.
    r"(?i)^(?:(?:a|an|the|new|further|its|their)\s+)*(?:[\w'-]+\s+){0,2}?(?:bills?|legislation|laws?|measures|"
    r"amendments?)\b"
)
_LEGISLATIVE_STEP = re.compile(
    r"(?i)^(?:be\s+)?(?:introduce[ds]?|brought\s+forward|bring\s+forward|table[ds]?|lai[dn]|lay|presente?d?|"
    r"publishe?d?|(?:receive|given)\s+(?:royal\s+)?assent)\b"
)
_COURT = re.compile(r"\b(?:[A-Z][a-z]+\s+)*(?:Court|Tribunal)\b|\b(?:court|tribunal)\b")
_COURT_ITSELF = re.compile(r"(?i)\b(?:court|tribunal)s?$")
_JUDICIAL_ACT = re.compile(
    r"(?i)^(?:rule|decide|hear|strike|uphold|overturn|block|halt|annul|quash|dismiss|throw\s+out|convict|sentence|"
    r"acquit|order|issue|deliver|hand\s+down|review|consider|take\s+up|accept|reject)\b"
)
_BEFORE_COURT = re.compile(
    r"(?i)^(?:challenge|appeal|contest|petition|sue|file|bring)\b.*\b(?:in|before|at|to)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)*(?:court|tribunal)\b"
)
# "the pension trust fund will become exhausted": a fund runs out in its own accounts.
_FUND = re.compile(r"(?i)\b(?:trust\s+)?funds?\b")
_FUND_RUNS_OUT = re.compile(
    r"(?i)^(?:become|be|get|run)\s+(?:(?:fully|completely)\s+)?(?:exhausted|depleted|insolvent|empty|dry|out\b)"
)
_RECORDED_ACTS: dict[str, str] = {
    "publication": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}: the document itself made public (on "
        "{subject}'s own website or in its official record) within the window. An announcement of when it will "
        "appear, a leak or a summary by others does not count."
    ),
    "central_bank": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}, as shown by the central bank's own "
        "policy statements, minutes, implementation notes or published operations (for the Federal Reserve, the "
        "FOMC's statements and the New York Fed's operation schedules). Market expectations, speeches about what "
        "may be done and reports that it is being considered do not count."
    ),
    "central_bank_service": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}, as announced by the central bank itself "
        "(its press releases or the service's official pages) or reported by at least two major outlets. Planned "
        "dates, pilots and tests do not count."
    ),
    "legislation": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}, as shown by the legislature's own record "
        "of its bills and their stages (in the UK the Parliament's Bills and Legislation pages, in the US "
        "Congress.gov). A bill counts once formally introduced (its first reading); announcements, consultations "
        "and draft bills published for comment do not count."
    ),
    "fund": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}, as shown by the fund's own accounts: the "
        "annual report of its trustees or managers, or the monthly statements of the treasury that holds it (for "
        "the US Social Security and Medicare trust funds, the Trustees' Reports and the Treasury's monthly "
        "trust-fund statements). Projections of when it will happen do not count."
    ),
    "court": (
        "Yes if, between {opens} and {deadline}, {subject} {phrase_3rd}, as shown by the court's own record (its "
        "register of cases, docket, judgment or order). Statements that a case will be brought, and rulings of "
        "other courts, do not count."
    ),
}


def is_central_bank(subject: str) -> bool:
    """Whether the subject is a central bank or its rate-setting committee ("the Federal Open Market
    Committee", "the Bank of Canada"; not "Bank of America", a state's own bank only)."""
    if _CENTRAL_BANK.search(subject):
        return True
    state_bank = re.search(r"\bBank\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", subject)
    return (
        state_bank is not None
        and any(a.fips is not None for a in actors_in(state_bank.group("state")))
        and not re.search(r"\bAmerica\b", state_bank.group("state"))
    )


def of_no_known_kind(p: Proposition) -> bool:
    """Whether ``p``'s act is of none of the kinds the drafting has criteria for (a visit or other
    scheduled step, vote, election, statement, figure, act of force or pressure), names no
    alternatives, and is no act an institution records itself (``settled_by_its_record``)."""
    return p.event_kind == "other" and not p.alternatives and settled_by_its_record(p) is None


# Making a document public: "publish the aggregate results", "release its annual report", "issue
# new guidance". "Release" and "issue" only with a document, as prisoners and visas are released too.
_PUBLISHED_DOCUMENT = re.compile(
    r"(?i)^(?:publish\b|(?:release|issue|post|unveil)\s+(?:(?:the|its|their|a|an|new|updated|revised|final|first|"
    r"annual|quarterly|full|aggregate|detailed|draft|joint)\s+)*(?:[\w-]+\s+){0,2}?(?:results|report|reports|data|"
    r"statistics|figures|analysis|analyses|findings|assessment|review|strategy|guidance|paper|white\s+paper|"
    r"minutes|projections|estimates|framework|plan|roadmap|rules?|regulations?|list|statement|communiqu\w+|"
    r"declaration|transcript|study|survey|index|forecasts?)\b)"
)


def settled_by_its_record(p: Proposition) -> str | None:
    """The criteria of an act an institution records itself: a central bank's decision or operation
    (its statements and operations), a bill's stage (the legislature's record of its bills), a fund
    running out (its own accounts), a case brought or decided (the court's record); ``None`` for any
    other act."""
    if _PUBLISHED_DOCUMENT.match(p.phrase):
        # "we will publish the aggregate results": the document is its own record, whoever publishes it.
        return _RECORDED_ACTS["publication"]
    if is_central_bank(p.subject):
        own = _CENTRAL_BANKS_OWN.search(p.subject)
        if own is not None and not _BANK_BODY.search(p.subject, own.end() - 1):
            # "the Federal Reserve's FedNow service will begin operations": a service the bank runs,
            # launched in its announcements, not set in its policy statements.
            return _RECORDED_ACTS["central_bank_service"]
        return _RECORDED_ACTS["central_bank"]
    if _LEGISLATION.match(p.subject) and _LEGISLATIVE_STEP.match(p.phrase):
        return _RECORDED_ACTS["legislation"]
    if _FUND.search(p.subject) and _FUND_RUNS_OUT.match(p.phrase):
        return _RECORDED_ACTS["fund"]
    if _BEFORE_COURT.match(p.phrase) or (
        _COURT.search(p.subject) and (_COURT_ITSELF.search(p.subject) or _JUDICIAL_ACT.match(p.phrase))
    ):
        # A court's record shows what the court does ("rule", "hear the case"); "four Supreme Court
        # justices will retire" is its members' step, not a case.
        return _RECORDED_ACTS["court"]
    return None


# Votes whose outcome is the measure failing.
_REJECTING_VERBS = frozenset("reject defeat".split())


# "President Trump will not approve a budget ...": one executive's approval is a signature, not a vote.
_ASSENTING_VERBS = frozenset({"approve", "enact", "ratify", "pass"})
_EXECUTIVE = re.compile(
    r"\b(?:President|Governor|King|Queen|Emperor|Emir|Sultan|Monarch)\b(?!\s+of\s+the\s+(?:Senate|Assembly|Council|Duma|Parliament))"
)


_IN_FORCE = re.compile(
    r"(?i)^(?:be|remain|stay)\s+in\s+(?:force|place|effect|office|power|operation)\b(?!\s+(?:by|from|after)\b)"
)
_POPULAR_VOTE = re.compile(r"(?i)\b(?:referendum|referendums|referenda|plebiscite)\b")


def _criteria_kind(p: Proposition) -> str:
    """Which ``_CRITERIA`` template judges the proposition: its kind of event, or a narrower one."""
    if p.event_kind in ("vote", "scheduled", "other") and _POPULAR_VOTE.search(f"{p.subject} {p.phrase}"):
        return "referendum"  # held by an electoral authority for the voters; no legislature records it
    if p.event_kind in ("other", "scheduled") and not p.negative and _IN_FORCE.match(p.phrase):
        return "persistence"  # "the ceasefire will remain in place until March": held through the whole window
    if p.event_kind == "vote" and p.verb == "ratify" and not names_a_legislature(p.subject):
        # "New Zealand will ratify the Paris agreement": a state ratifies by depositing its instrument,
        # which many do by executive act, with no vote of a legislature to record.
        return "ratification"
    if p.verb == "veto" and p.event_kind in _CRITERIA:
        return "veto"
    if p.event_kind == "vote" and (p.verb in _REJECTING_VERBS or re.match(r"(?i)vote\s+down\b", p.phrase)):
        return "rejection"
    if p.event_kind == "vote" and p.verb in _ASSENTING_VERBS and _EXECUTIVE.search(p.subject):
        return "assent"
    if p.event_kind == "vote" and re.match(r"(?i)(?:vote\s+on|hold\s+(?:a|the)\s+vote)\b", p.phrase):
        return "vote_held"
    return p.event_kind if p.event_kind in _CRITERIA else "other"


def criteria_text(p: Proposition, opens: date, deadline: date) -> str:
    """What counts and what does not, from the template for the proposition's kind of event."""
    # "the Committee will vote to cut Bank Rate to 3%": a rate-setting committee's vote is settled by the
    # rate it announces, not by a legislature's kind of record.
    decided = re.sub(r"(?i)^(?:vote|agree|decide)\s+to\s+", "", p.phrase)
    rate_decision = (
        p.event_kind == "vote" and is_central_bank(p.subject) and bool(re.search(r"(?i)\brates?\b", decided))
    )
    if p.event_kind == "price_level" or rate_decision:
        # The source and level depend on what is measured (quantities.py): a policy rate, pump
        # prices, oil, an official statistic or a market price.
        text = price_criteria(
            _subject_in_text(p.subject),
            _agreeing(p),
            decided if rate_decision else p.phrase,
            opens.isoformat(),
            deadline.isoformat(),
        )
    else:
        kind = _criteria_kind(p)
        template = _CRITERIA[kind]
        if p.event_kind in ("other", "scheduled") or (p.event_kind == "vote" and is_central_bank(p.subject)):
            template = settled_by_its_record(p) or template
        text = template.format(
            opens=opens.isoformat(),
            deadline=deadline.isoformat(),
            subject=_subject_in_text(p.subject),
            phrase=p.phrase,
            phrase_3rd=_agreeing(p),
        )
    text += _options_sentence(p)
    text += act_only_sentence(p.intent)
    if p.negative:
        text += " The source expects this NOT to happen; the question still asks whether it does."
    return _sentence_case(text)


def _key_words(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(lemmatise(w) for w in content_words(text))


# Verbs of a ground war (invading, advancing, taking territory), one act among themselves but not
# the same act as a strike from afar.
_GROUND_VERBS = frozenset(
    "invade advance occupy seize capture take retake overrun cross push move march roll enter".split()
)


def _same_actor(a: str | None, b: str | None) -> bool:
    """Both name the same country or group ("Tehran", "Iran's armed forces"), else share a content word."""
    codes_a = {x.cameo_country or x.name for x in actors_in(a or "")}
    codes_b = {x.cameo_country or x.name for x in actors_in(b or "")}
    if codes_a and codes_b:
        return bool(codes_a & codes_b)
    return bool(_key_words(a) & _key_words(b))


def same_event(a: Proposition, b: Proposition) -> bool:
    """Same actor, action and target, for grouping claims about one event.

    Actors compare on the gazetteer's codes when both name one ("Tehran" and "Iran's armed forces"
    are Iran), else on lemmatised content words. Actions: verbs of one conflict act match (strike
    and attack); otherwise the verb must be the same and the phrases share most of their words.
    Targets compare like actors; two propositions without a target match on that.
    """
    conflict = a.event_kind in FORCE_KINDS and a.event_kind == b.event_kind
    if conflict and a.event_kind == "attack" and (a.verb in _GROUND_VERBS) != (b.verb in _GROUND_VERBS):
        return False  # an invasion (CAMEO 19, 192) is not a strike: "will not invade" is no missile strike
    if a.verb != b.verb and not conflict:
        return False
    if not a.subject.strip() or not b.subject.strip() or not _same_actor(a.subject, b.subject):
        return False
    if not conflict:
        # "say it will respond" and "say it will not negotiate" are two statements: what is said,
        # voted or scheduled has to be mostly the same words.
        words_a, words_b = _key_words(a.phrase), _key_words(b.phrase)
        if len(words_a & words_b) < 0.5 * max(len(words_a | words_b), 1):
            return False
    if not a.target and not b.target:
        return True
    if not a.target or not b.target:
        return False
    return _same_actor(a.target, b.target) and (
        bool(actors_in(a.target)) or _key_words(a.target) == _key_words(b.target)
    )
