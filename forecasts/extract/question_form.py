"""Question form: does a drafted question read as a well-formed question about named things?

The drafting builds "Will <subject> <phrase> between <opens> and <deadline>?" from a clause it
took apart with patterns, not a parser. When the taking apart goes wrong the words show it: a
second finite verb ("Will the move is akin to ..."), a modal's verb left after a preposition
("the provisions of be made public"), a relative clause never closed ("the new company, which is
to be called X and be based near Chicago have ..."), a sentence that starts with no subject
("Will even if ...", "Will working with ..."), words that only the speaker's listeners could
resolve ("laid before you", "this war", "test it", "a new town here"), a title that breaks off
("The new company, have"), or a date the question already passed. A person has to rewrite such a
question whole, which is the work a draft is meant to save, so ``judge_question_form`` says what
is wrong, quoting the words, and the claim is listed with that reason instead of drafted
(``forecasts extract --write DIR --draft-all`` drafts it anyway).

The checks read the question and title as English, with no knowledge of any article: they are
grammar (agreement, what may follow a preposition, what a question may open with) and reference
(pronouns and demonstratives a reader outside the article cannot resolve). Each is narrow on
purpose: a well-formed question wrongly held back costs a forecast, so a check fires only on
word sequences that English does not allow in a question of this shape.
"""

from __future__ import annotations

import re
from datetime import date

from forecasts.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from forecasts.extract.cut_marks import find_cut_mark
from forecasts.extract.duties import RULE_IN_FORCE
from forecasts.extract.participles import IRREGULAR_PARTICIPLES
from forecasts.extract.windows import MONTHS

# The window the drafting appends ("between 2020-01-05 and 2020-03-31?", "in 2030?", "in March
# 2016?", "on 2026-02-20?", "by the end of 2026?"): not part of the event's wording.
_WINDOW_TAIL = re.compile(
    r"\s+(?:between\s+\d{4}-\d{2}-\d{2}\s+and\s+\d{4}-\d{2}-\d{2}"
    r"|(?:in|by|on|during|over|before)\s+(?:the\s+(?:end|first|second|third|fourth)\s+(?:\w+\s+)?of\s+)?"
    rf"(?:(?:{MONTH_NAMES})\s+)?(?:\d{{4}}(?:-\d{{2}})*(?:[-/]\d{{2}})?|Q[1-4]\s+\d{{4}}|the\s+\d{{4}}\S*\s+\w+(?:\s+year)?))"
    r"[^?]*\?$"
)

# Words a question's subject cannot start with: finite verbs, modals, conjunctions, and adverbs
# that open a clause ("Will even if this law was passed ...", "Will is somewhat inconsistent").
_NOT_AN_OPENING = frozenset(
    """
    is are was were be been being am has have had do does did can could may might must shall should would will
    not never if even when while although though because since unless until whether so then also still yet however
    moreover furthermore therefore thus hence and or but nor as than that which who whom whose where why how
    to of for with without from by at into onto upon about against among between during after before under over
    together along apart barring including despite alongside besides amid via within beyond across throughout
    toward towards regarding concerning unlike
    """.split()
)

# Finite forms: after "Will <subject>" the verb is bare, so one of these outside a clause of its
# own ("that is", "which has") means two clauses were run together.
# Past tenses whose participle differs ("came", not "come") are finite wherever they stand.
_FINITE = frozenset(
    """
    is are was were has does isn't aren't wasn't weren't hasn't doesn't rose fell grew came went took gave became
    began saw spoke wrote chose broke drew flew threw knew
    suggests includes carries indicates says seems appears allows enables requires ensures lets provides expects
    wants believes
    """.split()
)
# Words that open a clause inside the question, which may have its own finite verb.
_CLAUSE_OPENERS = frozenset(
    """
    that which who whom whose what where when while as than if because since after before until unless whether
    though although once how why so whatever whichever whoever wherever there it this these those they he she
    we i you one
    """.split()
)

# A bare auxiliary right after a preposition: a modal's verb left where the modal was cut out
# ("the provisions of be made public", "Russia, as be").
_PREPOSITION_THEN_BARE = re.compile(
    r"(?i)\b(?P<words>(?:of|for|from|with|without|about|as|at|into|on|upon|by|than)\s+(?:be|have|been)\b)"
    r"(?!\s+(?:it|that|this)\b)"
)

# A relative clause opened with a comma ("the new company, which is to be called ...") that the
# question never closes before the window: the main verb went into it.
_OPEN_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s+(?P<rest>[^,]+)$")

# Words only the speaker's listeners can resolve. Second person is never resolved by drafting;
# first person is, so what is left was missed.
_PERSONAL = re.compile(
    r"(?<![\w'\u2019-])(?P<word>you|your|yours|we|us|our|ours|I|me|my"
    # "we're pleased", "I'll": a contraction is the same person.
    r"|(?:[Ww]e|[Yy]ou|I)['\u2019](?:re|ve|ll|d|m))(?![\w'\u2019-])"
)
# "this war", "these boosts", "all this": a demonstrative the drafting did not resolve. Time
# nouns are left alone: "this year" is a window, which the window check reads.
_DEMONSTRATIVE = re.compile(
    r"(?i)(?<![\w-])(?P<words>(?:this|these|those|such)\s+(?!(?:year|month|week|day|time|quarter|season|spring|"
    r"summer|autumn|fall|winter|morning|afternoon|evening|weekend|decade|century|fiscal|financial|calendar|"
    # "such as", "all of this today at": no noun follows, so nothing is pointed at.
    r"as|at|in|on|of|to|for|from|by|with|is|are|was|were|will|would|today|now|and|or|but|that|which|who)\b)"
    r"[a-z][\w-]*|all\s+(?:of\s+)?(?:this|that|these|those)\b)"
)
# An object pronoun or a place adverb with nothing to stand for: "test it", "open it up",
# "build a new town here".
_DANGLING_REFERENCE = re.compile(
    r"(?i)(?<![\w-])(?P<words>(?:[a-z]+\s+)(?:it|them)(?=\s+(?:up|out|off|down|on|in|over|back)\b|$)"
    r"|[a-z]+\s+here(?=$|\s*,))"
)
# "a similar project with Turkey", "the same arrangement": a thing told only by its likeness to one
# the article named before, which the question does not ("the same day", "a similar amount to" say
# when or how much against something named after them).
_LIKE_ANOTHER = re.compile(
    r"(?i)(?<![\w-])(?P<words>(?:a|an|the)\s+(?:similar|comparable|same|analogous)\s+(?!(?:day|time|week|month|year|"
    r"period|date|way|as|to)\b)[a-z][\w-]*+)(?!\s+(?:as|to)\b)"
)
# "the so-called crisis": the speaker's scare quotes around a thing he denies is what it is called.
# Left in the question (the article named no one form of it), the words neither say which thing
# nor read as the question's own: a stranger is asked about a sneer.
_SO_CALLED = re.compile(r"(?i)(?<![\w-])(?P<words>(?:the\s+)?so[- ]called\s+[\w'\u2019-]+)")
# A subject that a press officer or moderator speaks for, not one who acts.
_SPOKESPERSON = re.compile(
    r"(?i)\b(?P<words>(?:press\s+secretary|spokes(?:man|woman|person)|moderator|press\s+officer|"
    r"deputy\s+press\s+secretary|correspondent|reporter))\b"
)
# Time words that only the article's date can place, left inside the question.
_RELATIVE_TIME = re.compile(
    r"(?i)(?<![\w-])(?P<words>today|tonight|tomorrow|yesterday|(?:next|last|this\s+coming)\s+(?:week|month|year|"
    r"weekend)|(?:in|by|during)\s+that\s+(?:year|month|week|period)|by\s+then|at\s+that\s+time)(?![\w-])"
)
# A date written in words inside the question ("on 30 May 2024", "on May 30, 2024").
_WORDED_DATE = re.compile(
    rf"(?i)\b(?:on\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAMES})\s+(?P<year>\d{{4}})\b"
    rf"|\b(?:on\s+)?(?P<month2>{MONTH_NAMES})\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})\b"
)
# Verbs of the mind or of speech as the event: nothing happens that a stranger could see.
_MENTAL = re.compile(
    r"(?i)^(?P<words>(?:\S+\s+){1,6}?(?:expect|hope|think|believe|look\s+forward|worry|wonder|feel|"
    r"want|wish|reckon|suppose|imagine))\b(?!\s+(?:to\s+)?(?:announce|sign|launch|hold|meet|visit))"
)
# "Congress may contemplate whether adjustments are needed", "weigh whether to extend": weighing a
# question is done in heads and rooms; the decision it comes to is the event.
_WEIGHING = re.compile(
    r"(?i)^(?P<words>(?:\S+\s+){1,6}?(?:contemplate|consider|weigh|ponder|debate|discuss|examine|assess|"
    r"evaluate|review|study|explore|deliberate(?:\s+on)?)\s+(?:whether|if)\b)"
)
# "take $150 billion", "take 5 billion dollars a year": an amount taken reads as a cost, not an act.
_TAKES_AN_AMOUNT = re.compile(
    r"(?i)\b(?P<words>take\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s+"
    r"(?:dollars|pounds|euros))(?:\s+(?:million|billion|trillion|bn|m))?)"
)
# A subject cut off from its verb by a noun phrase after a comma ("the first year of insolvency of
# the funds, the program have enough revenue"): a fronted phrase taken for the subject.
_APPOSITIVE_THEN_VERB = re.compile(
    r"^(?P<head>[^,]{3,}),\s+(?P<words>(?:the|a|an|its|their|his|her)\s+(?:[\w'-]+\s+){0,3}?(?:have|be))\b"
)
# A bare "be"/"have" with nothing that allows it before: after "Will <subject>" only the first
# one is the question's verb; another is a second clause's verb left bare.
_BARE_VERB = re.compile(r"(?<![\w'-])(?:be|have)(?![\w'-])")
_ALLOWS_BARE = frozenset(
    "to will would could should can may might must shall not never also and or n't cannot either neither".split()
)
# "the trustees project that the funds become exhausted": a reporting verb and its clause left in.
_REPORTED_CLAUSE = re.compile(
    r"(?i)\b(?P<words>[a-z]+\s+(?:project|projects|forecast|forecasts|expect|expects|estimate|estimates|predict|"
    r"predicts|say|says|believe|believes|warn|warns|suggest|suggests|show|shows|indicate|indicates|find|finds|"
    r"found|decided|agreed|concluded)\s+that)\s"
)
# "the council decided, after long talks, that the port reopen": a past verb of saying or deciding,
# an inserted phrase, and the clause it reported; the sentence's own verb left in the question.
_REPORTED_PAST = re.compile(
    r"(?i)\b(?P<words>(?:decided|agreed|announced|said|stated|confirmed|concluded|noted|warned|reiterated|stressed|"
    r"determined|reported|argued|acknowledged|insisted),\s+[^,]{1,60},\s+that)\s"
)
# "the next stage be to launch": the stage is no actor; the act is what was to be done.
_BE_TO = re.compile(r"(?i)^(?P<words>(?:\S+\s+){1,6}?be\s+to\s+[a-z]+)\b")
# "the outcome be that prices will rise": the forecast is the clause after "that", not the outcome.
_BE_THAT = re.compile(r"(?i)^(?P<words>(?:\S+\s+){1,6}?be\s+that)\s")
# "the OBR forecasts employment be": the reporting verb of the sentence left in the question.
_REPORTED = re.compile(
    r"\b(?P<words>[A-Z][\w.&-]*\s+(?:forecasts|projects|expects|estimates|predicts|says|believes|thinks|argues|"
    r"warns|reckons|anticipates))\s+(?!(?:to|that|for|of|on|in)\b)[a-z]"
)
# "debt ... rises from 100 percent to 118 percent": a finite verb of movement with its figures.
_MOVEMENT_FINITE = re.compile(
    r"(?i)\b(?P<words>(?:rises|falls|grows|increases|declines|drops|climbs|reaches|exceeds)\s+(?:from|to)\s+"
    r"(?:about\s+|around\s+)?[$£€]?\d[\d.,]*(?:\s*(?:percent|per\s+cent|%))?)"
)
# "have evolved", "have been identified" as the question's verb: what will already have
# happened, from a past modal ("could have evolved").
_PERFECT = re.compile(r"^(?P<head>(?:\S+\s+){1,8}?)(?P<words>have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ought))\b")
# A day written as an ordinal ("26th to the 29th", "on the 3rd"): a date only the article places.
_ORDINAL_DAY = re.compile(
    r"(?i)\b(?P<words>\d{1,2}(?:st|nd|rd|th)\s+(?:to|and|-|through|until)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
    r"|on\s+the\s+\d{1,2}(?:st|nd|rd|th)(?!\s+(?:anniversary|century|floor|day\s+of)))\b"
)
# Words a title may not end on: a function word, or a word that only modifies the next one.
_TITLE_END = frozenset(
    """
    a an the and or but of to in on at for with by from as than that which who its their his her our your this
    these those just only even very about around nearly almost towards toward into onto over under between among
    while when if some many several each every both all any most few
    """.split()
)


# Two figures for one level ("rise to 2.4% and 2.3% in 2017"): a list of years' forecasts run together.
_TWO_FIGURES = re.compile(
    r"(?i)(?P<words>\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:and|or|then)\s+(?:(?:to|at|of)\s+)?[$£€]?\d[\d.,]*"
    r"\s*(?:%|percent|per\s+cent)"
    # "$54/b and $59/b", "$3.10 a gallon and $3.25 a gallon": two prices for one level
    r"|[$£€]\d[\d.,]*(?:/\w+|\s+(?:a|per)\s+\w+)?\s+(?:and|or|then)\s+(?:(?:to|at|of)\s+)?[$£€]\d[\d.,]*"
    r"(?:/\w+|\s+(?:a|per)\s+\w+)?)"
)
# A count with no noun ("provide up to 300 total", "send 40"): what was counted was cut.
_COUNT_WITHOUT_NOUN = re.compile(
    r"(?i)(?:\b(?P<verb>provide|send|supply|deliver|sell|buy|deploy|build|acquire|produce|train|hire|order|"
    r"transfer|export|import|ship|field|purchase)\s+)?(?P<words>(?:(?:up\s+to|about|around|some|nearly|almost|"
    r"over|more\s+than|at\s+least)\s+)?(?<![$\u00a3\u20ac])\b\d[\d,]*(?P<total>\s+(?:total|in\s+total|altogether|"
    r"all\s+told))?)$"
)
# A subject that ends on the conjunction of a clause ("debt swells as"), perhaps with a place put
# after it: the clause was split at a later verb, so the subject is a clause and its verb.
_SUBJECT_ENDS_ON_CONJUNCTION = re.compile(
    r"(?P<words>\S+\s+(?:as|and|or|but|while|because|when|if))(?:\s+in\s+(?:the\s+)?[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*)*)?$"
)
# A subordinate clause inside the subject ("all the more so since the matches"): the subject is
# no noun phrase.
_SUBORDINATOR = re.compile(r"(?i)(?<![\w-])(?P<words>since|because|although|whereas|unless)(?![\w-])")


# A number cut at its thousands separator ("take 000 principal applicants"), or a time left as a
# fragment of an alternative ("be exhausted or September 2025").
_CUT_NUMBER = re.compile(r"(?<![\d.,])(?P<words>000(?:,\d{3})*)(?![\d.,])")
# "missions for state, international": a list of modifiers cut before its noun.
_CUT_LIST = re.compile(r"(?P<words>,\s+[a-z]+(?:al|ic|ive|ary|an))$")
_TIME_FRAGMENT = re.compile(rf"(?i)(?P<words>\b(?:or|and)\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?)\s*$")


# Verbs that need their object and are seldom nouns: "Will Chile join" says not what Chile joins.
_NEEDS_AN_OBJECT = frozenset(
    """
    join attend enter approve adopt ratify exceed introduce nominate appoint acquire impose seize invade annex
    recognise recognize
    """.split()
)


# A measure with nobody's name on it: "annual revenues", "demand", "the total output".
_MEASURE_ALONE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:annual|yearly|monthly|total|overall|net|gross|average|real|nominal|new|future|"
    r"projected|expected)\s+){0,2}(?:revenues?|demand|sales|output|production|profits?|growth|inflation|"
    r"unemployment|exports|imports|prices|costs|spending|investment|debt|deficit|borrowing|jobs|employment|"
    r"turnover|earnings|wages|income|capacity|orders|emissions)$"
)


# Two noun phrases with one head after a comma and no "and" before the second: a list whose
# conjunction and last item were cut ("vote against the House bill, the Senate bill").
_DETERMINER = r"(?:the|a|an|its|their|his|her|this|that|these|those)"
_RUN_TOGETHER_LIST = re.compile(
    rf"(?P<words>\b{_DETERMINER}\s+(?:[\w'.-]+\s+){{0,3}}?(?P<first>[a-z][\w-]*),\s+{_DETERMINER}\s+"
    r"(?:[\w'.-]+\s+){0,3}?(?P<second>[a-z][\w-]*))$"
)
# Three items or more with no "and" or "or" before the last ("use radio, leaflets, websites").
_LIST_WITHOUT_CONJUNCTION = re.compile(r"(?P<words>[\w'-]+(?:\s+[\w'-]+)?(?:,\s+[\w'-]+(?:\s+[\w'-]+){0,2}){2,})$")

# A year or a clause's adverb put before the subject ("2024, Mexico ...", "meanwhile, the ...").
# A lower-case word before a comma may open a list subject ("exports, imports and output"), so
# only an adverb counts.
_FRONTED = re.compile(
    r"^(?P<words>(?:(?:19|20)\d{2}|\d{1,2}|[a-z]+ly|meanwhile|then|now|soon|later|instead|overall|also|thus|"
    r"still|yet|today|tomorrow|tonight|afterwards|eventually),)\s"
)
# The same adverbs keep their capital when they opened the sentence ("Later, the governor, ...");
# a capitalised word in "-ly" is left out, as names end so too ("Italy, Spain and ...").
_FRONTED_CAPITAL = re.compile(
    r"^(?P<words>(?:Meanwhile|Then|Now|Soon|Later|Instead|Overall|Also|Thus|Still|Yet|Today|Tomorrow|Tonight|"
    r"Afterwards|Eventually|Finally|Subsequently|Additionally|Incidentally),)\s"
)
# A sentence adverb that opened the sentence, capitalised, with the verb straight after it
# ("Incidentally recall ..."): its subject was lost. Only adverbs' own endings count, as names end
# in "-ly" too ("Connolly", "Kelly").
_CAPITAL_ADVERB = re.compile(
    r"^(?P<word>[A-Z][a-z]+(?:ally|ently|antly|ately|fully|ously|ibly|ably|ively|edly|ingly|nkly))\s+[a-z]"
)
# A place set before the sentence that lost its preposition ("[In] Lima, Peru, the Minister will
# meet ..."): a name, a comma, then "the" and a title with no comma to close it before the verb.
_PLACE_THEN_SUBJECT = re.compile(
    r"^(?P<words>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3},\s+the\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
    r"\s+(?!(?:and|or|nor)\b)[a-z]"
)
# "the bilateral agendas discuss ...": what talks are about cannot hold them; a "they" that opened
# the sentence was read as the topics instead of the people who meet.
_TOPIC_AS_SPEAKER = re.compile(
    r"^(?P<words>(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:agendas?|topics?|issues|matters|themes|subjects)\s+"
    r"(?:discuss|debate|negotiate|talk|confer|consult|deliberate))\b"
)
# "Mr. President, ...", "Madam Speaker, ...": a title with no name is how a speaker addresses the
# chair, so as a subject it names no one who acts.
_FORM_OF_ADDRESS = re.compile(
    r"^(?P<words>(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+(?:President|Speaker|Chairman|Chairwoman|Chair|Chairperson))"
    r"\s+[a-z]"
)

# Verbs whose subject must be an event ("the summit will take place"), with a subject that is people
# or a share of them ("50 students each"): the event's noun was lost.
_EVENT_VERB = re.compile(r"^(?P<subject>.+?)\s+(?P<verb>take\s+place|be\s+held|be\s+staged|occur|happen)\b")
_PEOPLE = frozenset(
    """
    people persons students pupils children soldiers troops officers officials leaders members delegates
    participants visitors fans workers citizens residents refugees migrants voters teachers doctors nurses
    patients players athletes competitors candidates ministers diplomats journalists tourists passengers
    employees staff volunteers recruits graduates men women he she they we
    """.split()
)

# Two determiner phrases side by side, the first plural ("join the countries the peaceful use ..."):
# the relative pronoun between them was lost. Verbs with two objects ("give the countries the
# right") and object relatives without "that", whose verb follows ("the weapons the army needs"),
# are English.
_SIDE_BY_SIDE = re.compile(
    r"\b(?P<before>[a-z]+)\s+(?P<words>(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*s)\s+"
    r"(?:the|a|an|its|their)\s+(?P<next>[a-z][\w-]*)(?:\s+(?P<third>[a-z][\w-]*))?)"
)
_TWO_OBJECTS = frozenset(
    """
    give gives offer send show tell grant hand lend pay promise sell teach bring deny award owe cost allow ask buy
    get leave assign refuse charge wish call name make consider elect appoint declare
    """.split()
)
_TIME_PLURALS = frozenset("days weeks months years times hours minutes decades centuries ways moments".split())

# A bare year between two common nouns inside a prepositional phrase ("the receipt of pupil number
# data 2017 schools"): the preposition and words that placed the year were cut with a time phrase.
_BARE_YEAR = re.compile(
    r"\b(?:of|for|from|on|with|about|in|by|under|over)\s+(?P<nouns>(?:[a-z][\w-]*\s+){0,3}?)"
    r"(?P<before>[a-z][\w-]*)\s+(?P<year>(?:19|20)\d{2})\s+(?P<after>[a-z][\w-]*)"
)
_YEAR_MAY_FOLLOW = frozenset(
    """
    the a an its their his her our this that these those each every any some no of in on at to for from by with
    since until till before after during through between and or than over under around about into per versus vs
    spring summer autumn fall winter early late mid end fiscal financial calendar tax academic school model year
    years season budget
    """.split()
)


# "in Iraq of 2010": "of YEAR" after a place, left when the month before it ("in August of 2010")
# was taken out as the window.
_PLACE_OF_YEAR = re.compile(r"\b(?P<words>in\s+(?P<place>[A-Z][a-z]+)\s+of\s+(?:19|20)\d{2})\b")
_NAMES_A_YEAR_MAY_FOLLOW = frozenset(
    "Spring Summer Autumn Fall Winter Class Year Season Budget Session Congress Parliament Act Treaty War".split()
)


def _place_of_year(body: str) -> str | None:
    found = _PLACE_OF_YEAR.search(body)
    if (
        found is None
        or found.group("place") in _NAMES_A_YEAR_MAY_FOLLOW
        or re.fullmatch(MONTH_NAMES, found.group("place"))
    ):
        return None
    return f"garbled question: {found.group('words')!r} has lost the month or season before 'of'"


def question_body(question: str) -> str:
    """The question's event wording: without "Will " and without the window the drafting appends."""
    body = question.strip()
    if body.lower().startswith("will "):
        body = body[5:]
    found = _WINDOW_TAIL.search(body)
    if found is not None:
        body = body[: found.start()]
    return body.rstrip(" ?")


# "the petition", "the depots": a sortal noun picks out one thing only through the mention the
# article made of it ("a petition for a recount"), so bare "the <noun>" as the whole subject cannot
# be resolved by a stranger. A functional noun has one referent wherever the country or event is
# known ("the economy", "the government", "the election" of a text about one; the qualifiers add
# the country), and reads whole.
_BARE_DEFINITE = re.compile(r"^the\s+(?P<noun>[a-z][a-z-]+)$")
_FUNCTIONAL_NOUNS = frozenset(
    """
    economy government election elections referendum president presidency parliament congress senate
    legislature cabinet opposition military army navy police judiciary public population weather climate
    market markets currency budget inflation unemployment country nation world regime administration
    monarchy king queen throne capital border war ceasefire constitution
    """.split()
)


def _anaphoric_definite(subject: str, body: str) -> bool:
    """The whole subject is "the <sortal noun>" and the question names nothing that says which:
    no complement after it ("the depots in Ostland") and no name anywhere in the event ("the summit
    opens in Geneva" is the Geneva summit; "the stores retain their names" is anyone's)."""
    m = _BARE_DEFINITE.match(subject.strip())
    if m is None or m.group("noun") in _FUNCTIONAL_NOUNS:
        return False
    rest = body[len(subject.strip()) :] if body.lower().startswith(subject.strip().lower()) else None
    if rest is None or re.match(r"\s+(?:of|for|in|at|on|from|to|between|with)\b", rest):
        return False
    # A month or weekday says when, not which.
    named = re.findall(r"\b[A-Z][\w'-]*", rest)
    return not any(re.fullmatch(rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})", word) is None for word in named)


# "work on a constitution will begin": a constitution, a charter or an anthem is always some state's
# or body's own; written indefinite, with no owner after it ("a charter for the union") and no name
# anywhere in the question, it does not say whose, which the article said only elsewhere.
_OWNED_KIND = re.compile(
    r"(?i)(?<![\w-])(?P<words>an?\s+(?:(?:new|draft|common|single|joint|founding|national)\s+)?"
    r"(?:constitution|charter|statute|anthem|flag|currency))(?!\s+(?:for|of)\b)(?![\w-])"
)


def _ownerless_kind(body: str) -> str | None:
    """The words of an indefinite "a constitution" whose owner the question never names, or None."""
    m = _OWNED_KIND.search(body)
    if m is None:
        return None
    words = re.findall(r"\b[A-Z][\w'-]*", body)
    if body[:1].isupper() and words and words[0].lower() in ("the", "a", "an", "work", "talks", "drafting"):
        words = words[1:]  # the question's first word is capitalised as a sentence's, not as a name
    if any(re.fullmatch(rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})", w) is None for w in words):
        return None
    return m.group("words")


# "map the zones where the militias operate": a relative clause after "the <noun>" is what says
# which zones. The drafted phrase ends before "where"/"which"/"who", so the question asks about "the
# zones", which a stranger cannot pick out.
_OBJECT_AT_END = re.compile(r"(?<![\w-])the\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)$")
_RELATIVE_AFTER = r"\s+(?P<clause>(?:where|in\s+which|whose|which|who)\s+[^.;:,()\u2013\u2014]+)"


def find_dropped_relative(phrase: str, quote: str) -> str | None:
    """Why the phrase's last words, "the <noun>", are unresolved when the quote told them by a
    relative clause the phrase dropped ("the zones" of "map the zones where the militias operate"),
    quoting both, or None. A noun with one referent wherever its country is known ("the
    government") reads whole without the clause."""
    found = _OBJECT_AT_END.search(phrase.strip())
    if found is None or found.group("noun") in _FUNCTIONAL_NOUNS:
        return None
    told = re.search(re.escape(found.group(0)) + _RELATIVE_AFTER, quote)
    if told is None:
        return None
    return (
        f"unresolved reference: {found.group(0)!r} is told only by the clause "
        f"{_words(told.group('clause'), 8)!r}, which the question drops"
    )


# "more visitors are going to Lisbon": "going to" before a name is a journey to a place, told in the
# present, not the "going to" of the future; verbs never take a capital mid-sentence.
_GOING_TO_A_PLACE = re.compile(
    r"(?:\b(?:is|are|am|was|were)|['\u2019](?:s|re|m))\s+(?:(?:now|still|also|increasingly)\s+)?going\s+to\s+"
    r"(?P<place>[A-Z][\w'\u2019.-]*)"
)


def find_motion_read_as_future(phrase: str, quote: str) -> str | None:
    """Why the claim is no forecast when its event was drafted from "going to <Place>", a journey
    told in the present ("more visitors are going to Lisbon"), read as the future "going to": the
    phrase then opens with the place, or with what is left of it, where a verb should be, quoting the
    quote's words; else None."""
    first = phrase.strip().split(" ", 1)[0].lower().strip(",;:.")
    for found in _GOING_TO_A_PLACE.finditer(quote):
        place = found.group("place").lower().strip(",;:.")
        if len(first) > 1 and place.endswith(first):
            return f"not a forecast: {found.group(0)!r} is a journey to a place, not 'going to' of the future"
    return None


# "will open not in May as planned, but in June": a time the claim denies, followed by its correction.
_DENIED_TIME = re.compile(
    r"(?i)\bnot\s+(?:from|on|in|by|until|before|after|at|during)\s+[^,;:.]{1,40}?,?\s+as\s+"
    r"(?:(?:had\s+been|was|were|originally|initially|previously|first)\s+)*"
    r"(?:planned|scheduled|expected|foreseen|announced|envisaged|intended|promised)\b"
)


def find_denied_time(quote: str) -> str | None:
    """Why the claim's date cannot be drafted as its window when the claim denies it ("not from July
    1 as planned, but from June 1"): the planned time is the one that will not hold, and the time
    forecast is the correction after "but", which the drafted words cut; else None."""
    found = _DENIED_TIME.search(quote)
    if found is None:
        return None
    return (
        f"garbled question: {found.group(0)!r} is a time the claim denies; the time it forecasts is "
        "its correction (after 'but' or before 'not'), which the drafted window does not take"
    )


# "protracted negotiations could devolve into violence", "talks regarding the budget will follow": talks
# are held by parties, and a subject of talks that names none, by name or by "between"/"with", leaves
# a stranger to guess whose talks the question asks about.
_TALKS_WITHOUT_PARTIES = re.compile(
    r"^(?:[a-z][\w-]*\s+){0,2}(?:negotiations?|talks|dialogue|clashes|fighting|hostilities)\b"
    r"(?!.*\b(?:between|with|among|amongst)\b)[^A-Z]*$"
)


# Verbs whose bare form ends in "ed" ("need", "exceed", "shed"): no past tense.
_BARE_IN_ED = re.compile(r"(?:eed|^shed|^shred|^wed|^embed|^bed|^sled)$")


def _past_after_subject(subject: str, body: str) -> str | None:
    """The subject and the word after it where that word, the question's verb, is a regular past
    tense ("the trip the region announced"), or None: the clause told what was done."""
    said = subject.strip()
    if not said or not body.lower().startswith(said.lower()):
        return None
    verb = body[len(said) :].split(" ", 2)[1:2] if body[len(said) : len(said) + 1] == " " else []
    # "the delegations decided, after talks, that ...": the comma of an inserted phrase is no part
    # of the verb.
    word = verb[0].rstrip(",;:") if verb else ""
    if not re.fullmatch(r"[a-z]{2,}ed", word) or _BARE_IN_ED.search(word):
        return None
    return f"{said.split()[-1]} {word}"


def judge_question_form(
    question: str, title: str, published: date | None = None, subject: str | None = None
) -> str | None:
    """Why the drafted question or title is not well-formed, quoting the words, or None.

    The question has the drafted shape, "Will <subject> <event> <window>?".
    ``published`` is the article's date: a date in the question's words before it means the
    event is already past. ``subject``, the proposition's subject when known, is checked for a
    measure that names no one's ("annual revenues": whose?).
    """
    if subject is not None and _MEASURE_ALONE.match(subject.strip()):
        return f"unresolved reference: {subject.strip()!r} does not say whose or where"
    if subject is not None and _NO_NOUN.match(subject.strip()):
        return f"unresolved reference: {subject.strip()!r} names no thing"
    if subject is not None and _ACT_WITHOUT_ACTOR.match(subject.strip()):
        return f"unresolved reference: {_words(subject.strip(), 6)!r} says who is struck, not who strikes"
    if subject is not None and _TALKS_WITHOUT_PARTIES.match(subject.strip()):
        return f"unresolved reference: {_words(subject.strip(), 6)!r} does not say between whom"
    past = _past_after_subject(subject, question_body(question)) if subject is not None else None
    if past is not None:
        return f"garbled question: {past!r} is in the past where 'Will' needs the bare verb"
    if subject is not None and _anaphoric_definite(subject, question_body(question)):
        return f"unresolved reference: {subject.strip()!r} is named only elsewhere in the article"
    ownerless = _ownerless_kind(question_body(question))
    if ownerless is not None:
        return f"unresolved reference: {ownerless!r} does not say whose"
    cut = _SUBJECT_ENDS_ON_CONJUNCTION.search(subject.strip()) if subject is not None else None
    if subject is not None and cut is not None:
        return f"garbled question: the subject {cut.group('words')!r} ends on a conjunction; its clause was split"
    clause = _SUBORDINATOR.search(subject) if subject is not None else None
    if subject is not None and clause is not None:
        return f"garbled question: the subject {_words(subject, 6)!r} holds a clause ({clause.group('words')!r})"
    body = question_body(question)
    if not body:
        return "garbled question: no event left after the window"
    if re.match(r"(?i)this\s+happen\b", body):
        # The frame the drafting gives a claim it could not take apart ("Will this happen: ...").
        return f"garbled question: no subject and verb could be read in {_words(body, 8)!r}; a person words it"
    for check in (
        _opening,
        _second_verb,
        _preposition_then_verb,
        _open_relative,
        _appositive_then_verb,
        _bare_verbs,
        _reported,
        _unresolved,
        _speaker,
    ):
        reason = check(body)
        if reason is not None:
            return reason
    for check in (
        _cut_list,
        _event_without_event,
        _side_by_side,
        _bare_year,
        _place_of_year,
        _relative_time,
        _ordinal_day,
        _mental,
        _amount_taken,
        _perfect,
        _two_figures,
        _fragment,
        _count_without_noun,
        _no_object,
        find_cut_mark,
    ):
        reason = check(body)
        if reason is not None:
            return reason
    past = _past_date(body, published)
    if past is not None:
        return past
    return _broken_title(title)


def judge_opening(question: str) -> str | None:
    """Why the question does not open with who or what acts ("Will not weeks die ..."), or None:
    the one check a categorical question, whose frame the others do not read, still needs."""
    return _opening(question_body(question))


def _opening(body: str) -> str | None:
    # Only the drafted shape is read: "Will <subject> ...". A person's "Between X and Y, will ..."
    # reaches here whole and opens however its writer chose.
    if re.match(r"(?i)(?:between|by|if|before|after|in|on|when)\b", body) and re.search(r",\s+will\b", body):
        return None
    fronted = _FRONTED.match(body) or _FRONTED_CAPITAL.match(body)
    if fronted is not None:
        return f"garbled question: it opens with {_words(body, 3)!r}, a time or an adverb before who or what"
    if _CAPITAL_ADVERB.match(body) is not None:
        return f"garbled question: it opens with {_words(body, 3)!r}, an adverb where who or what should be"
    place = _PLACE_THEN_SUBJECT.match(body)
    if place is not None:
        return f"garbled question: {place.group('words')!r} joins a place set before the sentence to who acts"
    topic = _TOPIC_AS_SPEAKER.match(body)
    if topic is not None:
        return f"unresolved reference: the subject of {topic.group('words')!r} is what is talked about, not who talks"
    address = _FORM_OF_ADDRESS.match(body)
    if address is not None:
        return f"not a forecast: {address.group('words')!r} is the speaker addressing the chair, not who acts"
    # "let's wait and see", "let us first observe": an exhortation to the listeners, not a forecast.
    exhortation = re.match(r"(?i)let(?:['\u2019]s|\s+us)\b", body)
    if exhortation is not None:
        return f"not a forecast: {_words(body, 3)!r} urges the listeners to act, it foretells nothing"
    first, _, rest = body.partition(" ")
    word = first.lower().strip(",;:")
    if word in _NOT_AN_OPENING and not rest[:1].isdigit():  # "over 800 companies", "about 40 ships"
        return f"garbled question: it opens with {_words(body, 3)!r}, not with who or what"
    # "Will introducing the new levy ... include relief": a gerund clause with its own object, whose
    # "event" is a consequence of an act rather than an act.
    following = rest.split(" ", 1)[0] if rest else ""
    if (
        first.islower()
        and word.endswith("ing")
        and len(word) > 5
        # With its own object ("introducing the levy"), not a noun with a preposition ("spending on").
        and (following[:1].isupper() or following.lower() in ("the", "a", "an", "its", "their", "his", "her"))
        # "Will wearing a face covering become compulsory": the act a rule makes a duty is its subject.
        and RULE_IN_FORCE.search(rest) is None
    ):
        return f"garbled question: it opens with a clause, {_words(body, 3)!r}, not with who or what"
    # "Will confirmed by the festival's success ...": a participle phrase where the subject should
    # be; its noun was cut off before it.
    if (
        first.islower()
        and (word in IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 4))
        and re.match(r"(?i)(?:by|in|with|at|for|from|as|to|under|after)\b", following)
    ):
        return f"garbled question: it opens with {_words(body, 3)!r}, a participle, not with who or what"
    # "Will hopefully be debated": an adverb where the subject should be.
    if first.islower() and word.endswith("ly") and len(word) > 4 and word not in NOUNS_IN_LY:
        return f"garbled question: it opens with {_words(body, 3)!r}, not with who or what"
    contracted = _CONTRACTED_OPENING.match(body)
    if contracted is not None:
        return f"garbled question: it opens with {contracted.group('words')!r}, a contraction with its own verb"
    if word in _SUBJECT_PRONOUNS:
        return f"unresolved reference: {first!r} is not resolved to a name"
    # "Will Zelenskyy that the United States ...": a name, then the clause its lost verb reported.
    reported = _NAME_THEN_THAT.match(body)
    if reported is not None:
        return f"garbled question: {reported.group('words')!r} has lost the verb that reports the clause"
    return None


# Words in "-ly" that are nouns or names, not adverbs ("the General Assembly", "the family").
NOUNS_IN_LY = frozenset(
    "early only family supply assembly ally rally monopoly daily weekly monthly quarterly yearly elderly italy "
    "july anomaly reply belly bully jelly".split()
)
_SUBJECT_PRONOUNS = frozenset("they he she it them him her".split())
_NAME_THEN_THAT = re.compile(r"^(?P<words>(?:[A-Z][\w'\u2019.-]*\s+){1,4}that)(?:,|\s+(?:the\s+|[A-Z]))")
# "Will it's the intention ...", "Will there's a risk ...": a contraction holds its own finite verb,
# so the question has two.
_CONTRACTED_OPENING = re.compile(r"(?i)^(?P<words>(?:it|that|there|here|what|who|he|she|this)['\u2019](?:s|re|ll|d))\b")
# A subject that is an adjective with no noun ("the largest", "the latter"): it names no thing.
# So is a list of adjectives whose noun was cut ("the economic, political"), and a verb of aspect
# whose verb was cut ("continuing [to roll out]").
# "strikes against the rebels", "attacks on shipping": an attack named by whom it strikes, with no
# one doing it (no "Russian", no "by"), so no one's forces can be checked and no rule has an actor.
_ACT_WITHOUT_ACTOR = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:air|missile|drone|rocket)\s?)?(?:strikes|attacks|raids|bombings|shelling|assaults|"
    r"offensives)\s+(?:against|on)\s+(?!.*\bby\s)"
)
_NO_NOUN = re.compile(
    r"(?i)^(?:the\s+)?(?:\w+est|most\s+\w+|latter|former|first|last|rest|others?"
    r"|(?:\w+,\s+)+(?:and\s+)?\w+(?:al|ic|ive|ary|ous)"
    r"|continuing|starting|beginning|keeping|trying|seeking|ensuring)$"
)


def _second_verb(body: str) -> str | None:
    words = body.split()
    for i, word in enumerate(words):
        if word.lower().strip(",;:()") not in _FINITE or i == 0:
            continue
        before = [w.lower().strip(",;:()") for w in words[max(0, i - 8) : i]]
        if any(w in _CLAUSE_OPENERS for w in before) or any("," in w for w in words[max(0, i - 3) : i]):
            continue
        return f"garbled question: a second verb, {' '.join(words[max(0, i - 2) : i + 2])!r}, after 'Will'"
    return None


def _preposition_then_verb(body: str) -> str | None:
    found = _PREPOSITION_THEN_BARE.search(body)
    if found is None:
        return None
    return (
        f"garbled question: {_around(body, found.start('words'), found.end('words'))!r} has a verb after a preposition"
    )


def _appositive_then_verb(body: str) -> str | None:
    found = _APPOSITIVE_THEN_VERB.search(body)
    if found is None or re.search(r"\b(?:and|or)\b", found.group("words")):
        return None
    return f"garbled question: {found.group('words')!r} is cut off from {_words(found.group('head'), 4)!r} by a comma"


def _bare_verbs(body: str) -> str | None:
    words = [w.lower().strip(",;:()") for w in body.split()]
    bare = [i for i, w in enumerate(words) if _BARE_VERB.fullmatch(w)]
    for i in bare[1:]:
        before = words[i - 1] if i else ""
        if before in _ALLOWS_BARE or before.endswith("n't") or before in _FINITE:
            continue
        return f"garbled question: a second verb, {' '.join(body.split()[max(0, i - 2) : i + 1])!r}, after 'Will'"
    return None


def _reported(body: str) -> str | None:
    found = (
        _REPORTED.search(body)
        or _MOVEMENT_FINITE.search(body)
        or _REPORTED_CLAUSE.search(body)
        or _REPORTED_PAST.search(body)
    )
    if found is None:
        be_that = _BE_THAT.match(body)
        if be_that is not None:
            return f"garbled question: {be_that.group('words')!r} asks about the clause after 'that'; a person words it"
        found = _BE_TO.match(body)
        if found is None:
            return None
        return f"garbled question: {found.group('words')!r} names a plan's step, not who acts"
    return f"garbled question: a second verb, {found.group('words')!r}, after 'Will'"


def _open_relative(body: str) -> str | None:
    found = _OPEN_RELATIVE.search(body)
    if found is None or len(found.group("rest").split()) < 4:
        return None
    return f"garbled question: the clause {_words(found.group(0).lstrip(', '), 4)!r} is never closed"


def _unresolved(body: str) -> str | None:
    for pattern, what in (
        (_PERSONAL, "a person only the speaker's listeners know"),
        (_DEMONSTRATIVE, "not resolved to what it stands for"),
        (_DANGLING_REFERENCE, "not resolved to what it stands for"),
        (_LIKE_ANOTHER, "said to be like something the question does not name"),
        (_SO_CALLED, "the speaker's label, not resolved to what the article named"),
    ):
        for found in pattern.finditer(body):
            start, end = found.span("words") if "words" in pattern.groupindex else found.span("word")
            if _quoted(body, start):
                continue
            return f"unresolved reference: {body[start:end]!r} is {what}"
    return None


def _speaker(body: str) -> str | None:
    found = _SPOKESPERSON.search(" ".join(body.split()[:8]))
    if found is None:
        return None
    return f"wrong actor: {found.group('words')!r} speaks for others; the question needs who acts"


def _relative_time(body: str) -> str | None:
    found = _RELATIVE_TIME.search(body)
    if found is None:
        return None
    return f"time left in the wording: {found.group('words')!r} only the article's date can place"


def _fragment(body: str) -> str | None:
    found = _CUT_NUMBER.search(body) or _TIME_FRAGMENT.search(body) or _CUT_LIST.search(body)
    if found is None:
        return None
    return f"garbled question: {found.group('words')!r} is a fragment of the claim's words"


def _count_without_noun(body: str) -> str | None:
    found = _COUNT_WITHOUT_NOUN.search(body)
    if found is None or not (found.group("verb") or found.group("total")):
        return None
    return f"garbled question: {found.group('words')!r} counts nothing (the noun of what is counted was cut)"


def _cut_list(body: str) -> str | None:
    found = _RUN_TOGETHER_LIST.search(body)
    if found is not None and found.group("first").lower() == found.group("second").lower():
        return f"garbled question: {found.group('words')!r} is a list cut before its last item"
    listed = _LIST_WITHOUT_CONJUNCTION.search(body)
    if listed is not None and not re.search(r"\b(?:and|or|nor)\b", listed.group("words")):
        return f"garbled question: {_words(listed.group('words'), 6)!r} is a list cut before its last item"
    return None


def _event_without_event(body: str) -> str | None:
    found = _EVENT_VERB.match(body)
    if found is None:
        return None
    # The head comes before a preposition: "three classes of 30 pupils each" are classes.
    head = re.split(r"\s+(?:of|in|for|from|with|at|on|by)\s+", found.group("subject").lower(), maxsplit=1)[0]
    words = head.split()
    if words[-1] == "each" or words[-1] in _PEOPLE:
        verb = re.sub(r"\s+", " ", found.group("verb"))
        return f"garbled question: {found.group('subject')!r} is no event that can {verb!r}"
    return None


def _side_by_side(body: str) -> str | None:
    for found in _SIDE_BY_SIDE.finditer(body):
        head = found.group("head").lower()
        if head.endswith(("ss", "us", "is")) or head in _TIME_PLURALS or found.group("before").lower() in _TWO_OBJECTS:
            continue
        # "the weapons the army needs": the second phrase is the subject of a relative clause.
        if any(w and re.search(r"(?:[^s]s|ed)$", w) for w in (found.group("next"), found.group("third"))):
            continue
        return f"garbled question: {found.group('words')!r} runs two noun phrases together (a word such as 'that' is missing)"
    return None


def _bare_year(body: str) -> str | None:
    found = _BARE_YEAR.search(body)
    if found is None:
        return None
    before, after = found.group("before").lower(), found.group("after").lower()
    if before in _YEAR_MAY_FOLLOW or after in _YEAR_MAY_FOLLOW or before in _NOT_AN_OPENING:
        return None
    words = f"{found.group('before')} {found.group('year')} {found.group('after')}"
    return f"garbled question: {words!r} has lost the words that tie the year to the rest"


def _no_object(body: str) -> str | None:
    words = body.split()
    last = words[-1].lower().strip(",;:") if words else ""
    if len(words) < 2 or last not in _NEEDS_AN_OBJECT:
        return None
    return f"garbled question: {' '.join(words[-2:])!r} says not what (the verb's object is missing)"


def _two_figures(body: str) -> str | None:
    found = _TWO_FIGURES.search(body)
    if found is None or re.search(r"(?i)\b(?:between|from)\s+$", body[: found.start()]):
        return None  # "between $54/b and $80/b": a range is one level
    return f"garbled question: {found.group('words')!r} gives two figures for one level"


def _ordinal_day(body: str) -> str | None:
    found = _ORDINAL_DAY.search(body)
    if found is None:
        return None
    return f"time left in the wording: {found.group('words')!r} only the article's date can place"


def _perfect(body: str) -> str | None:
    found = _PERFECT.search(body)
    if found is None or found.group("head").split()[-1].lower() in ("to", "not"):
        return None
    return f"already past: {found.group('words')!r} asks what will already have happened"


def _mental(body: str) -> str | None:
    found = _MENTAL.search(body)
    if found is not None:
        return f"no observable event: {found.group('words')!r} is a state of mind"
    weighed = _WEIGHING.search(body)
    if weighed is not None:
        return f"no observable event: {weighed.group('words')!r} is a deliberation; only what it decides can be seen"
    return None


def _amount_taken(body: str) -> str | None:
    found = _TAKES_AN_AMOUNT.search(body)
    if found is None:
        return None
    return f"garbled question: {found.group('words')!r} is a cost, not an act"


def _past_date(body: str, published: date | None) -> str | None:
    if published is None:
        return None
    for found in _WORDED_DATE.finditer(body):
        day = found.group("day") or found.group("day2")
        month = (found.group("month") or found.group("month2")).lower()
        year = found.group("year") or found.group("year2")
        try:
            when = date(int(year), MONTHS[month], int(day))
        except (KeyError, ValueError):
            continue
        if when < published:
            return f"already past: {found.group(0).strip()!r} is before publication ({published.isoformat()})"
    return None


# Verbs that say nothing without what follows them ("to participate" in what?), at a title's end.
_NEEDS_ITS_PHRASE = frozenset("participate take attend discuss join engage contribute help ensure".split())


def mend_title(title: str) -> str:
    """The title without the words it broke off on: a trailing comma, function word or modifier
    ("... armed forces," -> "... armed forces", "... planned for the end of" -> "... planned for the
    end"), or a purpose whose verb says nothing alone ("... to participate"). The title is cut to fit
    a length; where the cut fell is no reason to rewrite the draft."""
    words = title.rstrip(" .").split()
    cut = False
    while len(words) > 3:
        last = words[-1]
        if last.endswith((",", ";", ":")):
            words[-1] = last.rstrip(",;:")
            continue
        if last.lower() in _TITLE_END:
            words.pop()
            cut = True
            continue
        break
    if cut and len(words) > 4 and words[-2].lower() == "to":
        del words[-2:]  # "introduced to tackle [some]": a purpose with its object cut off goes whole
    elif len(words) > 4 and words[-2].lower() == "to" and words[-1].lower() in _NEEDS_ITS_PHRASE:
        del words[-2:]  # "visits St Petersburg to participate [in the forum]": the purpose goes whole
    return " ".join(words) or title


def _broken_title(title: str) -> str | None:
    # "The new company, have": the subject and then a lone bare verb after a comma, once the
    # title's own cut is mended.
    head, comma, tail = mend_title(title).rpartition(", ")
    if comma and len(tail.split()) == 1 and tail.lower() in ("have", "be", "do", "make", "take", "get"):
        return f"garbled title: {title!r} breaks off after {tail!r}"
    return None


def _quoted(text: str, at: int) -> bool:
    """Whether position ``at`` is inside quotation marks (a title or a slogan quoted as written)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _words(text: str, count: int) -> str:
    parts = text.split()
    return " ".join(parts[:count]) + (" ..." if len(parts) > count else "")


def _around(text: str, start: int, end: int) -> str:
    before = text[:start].split()[-2:]
    return " ".join([*before, text[start:end]])
