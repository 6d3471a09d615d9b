"""Hypotheticals: a claim argued under a supposition rather than forecast.

"If we left, this right would be lost", "were the region to secede, its exports would fall",
"leaving the single market would hit our service industries", "no other supplier would come
close": each says what *would* happen in a world the speaker supposes, to argue for or against
it. None names an event the world is expected to bring about, so none is a question a stranger
could resolve. An open conditional is a forecast all the same: "if the motion passes tomorrow,
there will be an election on 8 June" expects its condition may well come about, and the
drafting turns the condition into a scenario of its own.

The difference is grammatical, not a list of sentences:

- **remote modal**: the claim's verb is governed by "would", "could" or "might" (not "will");
- **supposition**: with a remote modal, a supposition in the past tense ("if we left", "if the
  army attacked", "if they were to", "were the region to", "unless it had"), a subject that is an
  act supposed rather than an actor ("leaving the single market", "the implementation of price
  indexing"), or one that denies any actor ("no other supplier", "nothing");
- **the speaker's own choice**: a condition whose subject is the speaker ("if we wait", "unless I
  act"), whatever the modal: "they are going to fold if we wait" argues for waiting.

Reported expectations keep their "would" ("Iran said it would strike", "the ministry announced
that the tariff would take effect"): the subject is an actor, there is no supposition, and
nothing here refuses them.

Nor is a claim forecast when it is said *for* someone else (``find_not_forecast``): the
complement of a demand ("calls on Moscow to announce that Moscow will not invade": the caller
fears it will), a "would" argued by one side of a debate ("opponents argue that the cap would
..."), an aim someone should set ("the board should aim to keep 3,000 staff": advice, not
foresight), a "would" that holds in a model's scenarios ("in a range of plausible scenarios", "under
the baseline projection").

Nor is the reason given for a forecast (``find_reason_given``): in "because firms may invest
less, prices are likely to rise" the claim is the forecast of prices, and "firms may invest less"
the mechanism argued for it, with no date or measure of its own; nor a fear given as the motive
for an act ("they voted because they are afraid that the chiefs will not sign",
``find_fear_as_motive``); nor a maxim whose subject is anyone fitting a description ("a king that
fails to rule justly will die in disgrace", ``find_generic_subject``).
"""

from __future__ import annotations

import re

from forecasts.extract.gazetteer import actors_in
from forecasts.extract.propositions import lemmatise

REMOTE_MODALS = frozenset({"would", "could", "might", "'d", "\u2019d"})
_WOULD = frozenset({"would", "'d", "\u2019d"})

# Words that may stand between a modal and its verb ("would also hit", "would not be lost").
_BETWEEN = frozenset(
    """not never also then still only just soon surely certainly probably likely quickly simply really indeed
    even ever all both be been have""".split()
)
# Irregular past forms, for the tense of a supposition ("if we left", "if they went").
_IRREGULAR_PAST = frozenset(
    """were was had did didn't left went came took made gave got lost won kept held sent spent chose broke fell
    rose stood fought sold bought brought thought told said saw knew ran began""".split()
)
_PRESENT_AUXILIARIES = frozenset("is are am does do has have will shall can may must".split())
# A supposition in the past tense: "if we left", "if the army attacked", "unless it had".
_REMOTE_IF = re.compile(r"\b(?P<if>if|unless|supposing|suppose)\s+(?P<words>[\w'\u2019 -]+)", re.IGNORECASE)
# Inversion: "were the region to secede", "had the talks failed", "should it come to that".
_INVERTED = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:were|had)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:to\s+\w+|\w+ed)\b", re.I
)
# A subject that is an act supposed, not an actor: a gerund ("leaving the single market") or a
# nominalised proposal ("the implementation of price indexing", "such a change").
_SUPPOSED_ACT = re.compile(
    r"^(?:(?:the|a|an|any|such\s+an?)\s+)?(?:implementation|introduction|adoption|abolition|repeal|removal|"
    r"imposition|extension|scrapping|privatisation|privatization|nationalisation|nationalization)\s+of\b"
    r"|^(?:such\s+an?|this|that|any\s+such)\s+(?:change|move|reform|proposal|plan|policy|step|measure)\b",
    re.IGNORECASE,
)
# An announcement or ruling whose content the claim is: "Shapps announced that from June 15, wearing a
# face covering would become compulsory" reports a rule to come, its "would" the announced "will".
_ANNOUNCED_THAT = re.compile(
    r"(?i)\b(?:announced|confirmed|declared|decided|decreed|ruled|ordered|stated)\s+"
    r"(?:(?:on|in|last|this)\s+\w+\s+)?that\b"
)
_NOT_GERUNDS = frozenset("during nothing something anything everything king morning evening housing".split())
# A subject that denies any actor: "no other supplier would come close".
_NOBODY = re.compile(r"^(?:no|none|nothing|nobody|no\s+one|neither)\b", re.IGNORECASE)
# A condition on the speaker's own choice: "if we wait", "unless I act now". What befalls the
# speaker is no choice: "if we are attacked", "if I get elected" are conditions on others' acts.
_SPEAKERS_CHOICE = re.compile(
    r"\b(?:if|unless)\s+(?:we|i)\s+(?!(?:are|am|were|was|get|got|be|is)\b)"
    r"(?:(?:don't|do\s+not|didn't|just|only|now|all)\s+)?[\w'\u2019-]+",
    re.IGNORECASE,
)


# A state of a country supposed rather than found ("a nuclear-armed Ostland", "a stronger Varnia"):
# an adjective before a country's name as the head of an indefinite noun phrase.
_SUPPOSED_COUNTRY = re.compile(
    r"\b(?:[Aa]|[Aa]n)\s+(?:(?:more|less|newly|fully|truly|far|much)\s+)?(?P<state>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)(?=\s*(?:[,;:.]|$)|\s+(?:would|will|could|may|might|can|is|"
    r"was|with|that|and|or)\b)"
)
# An event supposed as the subject, the cause of what follows ("a defeat in Ostland will condemn
# ...", "a war with Varnia would cost ..."). Asked in the passive ("a deal will be signed") it is
# the forecast itself.
_SUPPOSED_EVENT = re.compile(
    r"^(?:a|an)\s+(?:[\w-]+\s+)?(?:defeat|war|victory|collapse|withdrawal|failure|conflict|invasion|"
    r"retreat|surrender|pullout|pull-out)\s+(?:in|with|on|against|from|of|by|over)\b",
    re.IGNORECASE,
)
_NOT_STATES = frozenset("visiting new former future current united".split())


def find_supposed_state(clause: str, subject: str, phrase: str) -> str | None:
    """A claim whose subject, or the phrase fronted before it, is a supposed state of a country
    ("a nuclear-armed Ostland would ...", "Emboldened by a nuclear-armed Ostland, they may ...") or
    a supposed event ("a defeat in Ostland will condemn ..."), with the words, or None. It argues
    what would follow from the supposition; the supposition itself is what one could forecast."""
    for found in _SUPPOSED_COUNTRY.finditer(clause):
        state, name = found.group("state"), found.group("name")
        if state in _NOT_STATES or re.search(r"(?:ian|ean|ese|ish)$", name):
            continue  # "a visiting Varnian delegation", "the new Ostland": no state supposed
        if any(actor.fips is not None for actor in actors_in(name)):
            return f"a hypothetical: {found.group(0)!r} is a state supposed, and the claim what would follow from it"
    if _SUPPOSED_EVENT.match(subject.strip()) and not phrase.lower().startswith("be "):
        return f"a hypothetical: {_short(subject)!r} is an event supposed, and the claim what would follow from it"
    return None


def find_hypothetical(clause: str, subject: str, verb: str) -> str | None:
    """Why the claim whose verb (lemma ``verb``) and subject are read from ``clause`` is argued
    under a supposition rather than forecast, with the words quoted, or None.

    ``clause`` is the claim's sentence up to the end of the claim (where its modal and any
    if-clause sit).
    """
    choice = _SPEAKERS_CHOICE.search(clause)
    if choice is not None:
        return f"a conditional on the speaker's own choice ({choice.group(0)!r}), argued rather than forecast"
    modal = modal_of(clause, verb)
    if modal not in REMOTE_MODALS:
        return None
    supposition = _remote_supposition(clause)
    if supposition is not None:
        return f"a hypothetical: {modal!r} under the supposition {supposition!r}, argued rather than forecast"
    if modal not in _WOULD:
        return None  # "defending the border could come at a cost": a possibility, not a supposition
    first = subject.split()[0].lower() if subject.split() else ""
    # A gerund with an object ("leaving the single market"), not a noun ("the killing of").
    second = subject.split()[1].lower() if len(subject.split()) > 1 else ""
    gerund = (
        first.endswith("ing")
        and len(first) > 4
        and first not in _NOT_GERUNDS
        and lemmatise(first) != first
        and second != "of"
    )
    if (gerund or _SUPPOSED_ACT.match(subject)) and not _ANNOUNCED_THAT.search(clause):
        return f"a hypothetical: what {_short(subject)!r} {modal} do is a supposed act's effect, not a forecast"
    # The proposition turns "no other supplier" into "any other supplier" with the negation apart:
    # the clause says who was denied.
    nobody = _NOBODY.match(subject) or re.search(
        rf"(?:^|[,;:]\s*)(?P<subject>{_NOBODY.pattern[1:]}(?:\s+[\w'\u2019-]+){{0,5}}?)\s+{re.escape(modal)}\b",
        clause,
        re.IGNORECASE,
    )
    if nobody is not None:
        denied = nobody.group("subject") if "subject" in nobody.groupdict() else subject
        return f"a hypothetical: {_short(denied)!r} {modal} names no one, a comparison argued rather than forecast"
    return None


def modal_of(clause: str, verb: str) -> str | None:
    """The modal governing ``verb`` in ``clause`` ("would" in "this right would be lost", "will"
    in "Iran will strike"), lower-cased, or None when no form of the verb follows one. Every
    occurrence of the verb is tried, and the last governed one wins: the main clause comes last
    more often than a subordinate one."""
    words: list[str] = re.findall(r"[A-Za-z'\u2019-]+", clause)
    found: str | None = None
    for i, word in enumerate(words):
        lower = word.lower()
        if lemmatise(lower) != verb and lower != verb:
            continue
        j = i - 1
        while j >= 0 and (words[j].lower() in _BETWEEN or words[j].lower().endswith("ly")):
            j -= 1
        if j < 0:
            continue
        before = words[j].lower()
        for contracted in ("'d", "\u2019d", "'ll", "\u2019ll"):
            if before.endswith(contracted) and before != contracted:
                before = contracted
        if before in REMOTE_MODALS or before in ("will", "shall", "'ll", "\u2019ll", "may", "can", "must", "should"):
            found = before
    return found


def _remote_supposition(clause: str) -> str | None:
    """The words of a supposition in the past tense ("if we left", "were the region to secede"),
    or None: an if-clause in the present ("if the motion passes") is an open condition."""
    for found in _REMOTE_IF.finditer(clause):
        # The words of the if-clause up to its first past form, four words at most: "if the army
        # attacked"; a comma or other punctuation ends the clause first.
        words = found.group("words").split()[:5]
        for end, word in enumerate(words):
            lower = word.lower()
            if lower in _PRESENT_AUXILIARIES:
                break  # "if the deal is approved": an open condition, its participle no past
            if lower in _IRREGULAR_PAST or (lower.endswith("ed") and len(lower) > 4 and lemmatise(lower) != lower):
                return " ".join([found.group("if"), *words[: end + 1]])
    inverted = _INVERTED.search(clause)
    if inverted is not None:
        return inverted.group(0).strip(" ,;:")
    return None


def _short(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


# The complement of a demand, call, request or proposal: "calls on Russia to announce that",
# "urged the rebels to", "demand that", "asked Iran to", "we want Moscow to say". What follows is
# what the speaker wants said or done, not what they expect: the demanded pledge "Russia will not
# invade" comes from someone who fears it will. "want to" with no one between is an intention
# (the speaker's own act), so "want" needs an object.
_DEMAND = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"implor(?:e|es|ed|ing)|want(?:s|ed|ing)?)"
    r"\s+(?!(?:to|whether|if|about|how|what|when|why|who|for)\b)(?:[\w'\u2019.-]+\s+){1,5}?to\s+[\w-]+"
    r"|\b(?:demand(?:s|ed|ing)?|request(?:s|ed|ing)?|propos(?:e|es|ed|ing)|insist(?:s|ed|ing)?|"
    r"recommend(?:s|ed|ing)?)\s+that\b",
    re.IGNORECASE,
)
# A pledge someone is challenged or obliged to make: "Ostland can announce today that it will not
# invade", "the junta must declare that it will hold elections". What someone can or must say is
# the speaker's dare or demand, not his forecast (he dares because he doubts it). The speaker's own
# "we can say that", "I can confirm that" asserts it, so a first-person subject is left alone.
_PLEDGE_ASKED = re.compile(
    r"(?<![\w'\u2019-])(?P<who>[\w'\u2019-]+)\s+(?P<modal>can|could|should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)"
    r"\s+(?:[a-z]+ly\s+|now\s+|simply\s+|also\s+|still\s+)?"
    r"(?P<verb>announce|declare|state|say|pledge|promise|commit|confirm|affirm|guarantee|make\s+(?:it\s+)?clear)"
    r"\b[^.!?;:]{0,160}?\bthat\b",
    re.IGNORECASE,
)
# An aim someone should or must set: "the board should aim to keep 3,000 staff", "lenders must
# strive to cut fees". "Should" may expect ("the storm should reach the coast"), but no one expects
# an effort to be aimed: a modal of duty before a verb of striving is the speaker's advice, and the
# act after it is what he wants, not what he foresees ("the board will aim to keep" is an aim
# announced, and is left to the gate).
_AIM_ADVISED = re.compile(
    r"(?i)\b(?P<modal>should|ought\s+to|must|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?:(?:\w+ly|also|still|now|instead|rather|at\s+least)\s+)?"
    r"(?P<aim>aim|seek|strive|try|endeavou?r|work|attempt|look)\s+to\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z-]+)"
)
_FIRST_PERSON = frozenset("i we one you".split())
# A side of a debate, and its verb of arguing: "opponents argue that", "critics of the plan say".
_SIDE = re.compile(
    r"\b(?P<side>(?:opponents|critics|supporters|proponents|advocates|detractors|sceptics|skeptics|defenders)"
    r"(?:\s+(?:of|for)\s+(?:[\w'\u2019-]+\s+){1,4}?)?)\s*"
    r"(?P<verb>argue[sd]?|say|said|contend(?:s|ed)?|claim(?:s|ed)?|maintain(?:s|ed)?|insist(?:s|ed)?|"
    r"counter(?:s|ed)?|warn(?:s|ed)?|believe[sd]?|point\s+out|pointed\s+out)\b",
    re.IGNORECASE,
)
# A model's scenarios or projection: "in a range of plausible interest rate scenarios", "under
# the baseline projection", "in most simulations", "under these assumptions".
_MODEL_SCENARIO = re.compile(
    r"\b(?:in|under|across|for)\s+(?:a|the|all|most|many|several|some|each|every|these|those|its|our|their)?\s*"
    r"(?:(?:wide\s+|broad\s+)?range\s+of\s+|number\s+of\s+|variety\s+of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:scenarios?|projections?|simulations?|assumptions|model\s+runs?)\b",
    re.IGNORECASE,
)


# "Whether this bill will be passed or not, ...": the outcome left open (explicit uncertainty).
# "Whether or not it rains, the parade will be held" leaves only the rain open: the modal is in the question.
_WHETHER_OR_NOT = re.compile(
    r"(?i)\bwhether\s+(?!or\b)[^.;:?!]{0,80}?\b(?:will|would|shall|can|could|may|might)\b[^.;:?!]{1,100}?\bor\s+not\b"
)


# "the Speaker will make her own decisions about whether or not to visit": who decides, the act left open.
_DECISION_LEFT_OPEN = re.compile(
    r"(?i)\b(?:decid\w*|decisions?|choose|choice)\s+(?:\w+\s+){0,2}?whether\s+(?:or\s+not\s+)?to\b"
)
# "the stabilization of Somalia will not happen without a real commitment": what the event needs,
# argued to win the commitment, not a forecast of the event or of its absence.
_NOT_WITHOUT = re.compile(
    r"(?i)\b(?:will\s+not|won't|cannot|can't|would\s+not|wouldn't|will\s+never|could\s+not|couldn't)\b"
    r"[^.;:]{0,80}?\bwithout\b"
)


def find_not_forecast(clause: str, sentence: str, verb: str) -> str | None:
    """Why the claim (verb lemma ``verb``) is said for someone else or for a model rather than
    forecast by its source, with the words quoted, or None.

    ``clause`` is the claim's sentence up to the end of the claim; ``sentence`` the whole
    sentence (a model's scenario often follows the claim). Three shapes: the complement of a
    demand or call ("calls on Russia to announce that Russia will not invade"), a "would" that
    a side in a debate argues ("opponents argue that the cap would cut retirees out"), and a
    "would" over a model's scenarios ("prepayments would stay under the cap in a range of
    plausible scenarios"), and an outcome left open ("whether the bill will be passed or not"). A
    report of someone's expectation ("the minister said the army will
    withdraw", "analysts expect the bank will cut rates") is none of these.
    """
    # Only a demand within the claim's own clause governs it: a semicolon or a full stop
    # starts a claim of its own.
    own = re.split(r"[;:]\s|,\s+(?:and|but|while|whereas)\s", clause)[-1]
    open_question = _WHETHER_OR_NOT.search(sentence) or _DECISION_LEFT_OPEN.search(own)
    if open_question is not None:
        return f"an open question, not a forecast: {_short(open_question.group(0), 8)!r} leaves the outcome open"
    needed = _NOT_WITHOUT.search(own)
    if needed is not None:
        return (
            f"a condition argued, not a forecast: {_short(needed.group(0), 8)!r} says what the event needs, "
            "not that it will come"
        )
    demands = list(_DEMAND.finditer(own))
    if demands:
        # The last demand before the claim is the one whose complement it is.
        return f"what is demanded, not forecast: the claim follows {_short(demands[-1].group(0), 8)!r}"
    pledges = [m for m in _PLEDGE_ASKED.finditer(own) if m.group("who").lower() not in _FIRST_PERSON]
    if pledges:
        asked = f"{pledges[-1].group('modal')} {pledges[-1].group('verb')}"
        return f"a pledge someone is dared or bound to make, not forecast: the claim follows {asked!r}"
    # The advised aim must govern the claim's own verb, which is checked; a clause may run on past
    # the claim (", and not succumb to ..."), so the aim is looked for in the whole sentence part.
    part = re.split(r"[;:]\s|[.!?]\s+", clause)[-1]
    aims = [m for m in _AIM_ADVISED.finditer(part) if lemmatise(m.group("verb").lower()) == verb]
    if aims:
        advised = f"{' '.join(aims[-1].group('modal').split())} {aims[-1].group('aim')} to"
        return f"advice, not a forecast: {advised!r} says what someone ought to try, not what will happen"
    modal = modal_of(clause, verb)
    if modal not in REMOTE_MODALS:
        return None
    side = _SIDE.search(own)
    if side is not None:
        said = f"{side.group('side').strip()} {side.group('verb')}"
        return f"an argument of one side: {_short(said, 8)!r} that it {modal} happen, not the source's forecast"
    scenario = _MODEL_SCENARIO.search(sentence)
    if scenario is not None:
        return f"a model's statement: {modal!r} {_short(scenario.group(0), 8)!r}, not a forecast of the event"
    return None


# A sentence that opens with its reason: "Because firms may invest less ..., prices are likely to
# rise". The main clause, after the first comma, holds the forecast.
_REASON_FIRST = re.compile(r"(?i)^\s*(?P<reason>(?:because|given\s+that|now\s+that)\s+[^,;]+?),\s+(?P<main>[^;]+)$")
_FORECAST_CUE = re.compile(
    r"(?i)\b(?:will|would|may|might|could|shall|likely|unlikely|expected|set\s+to|going\s+to|bound\s+to)\b|'ll\b"
)


def find_reason_given(sentence: str, verb: str) -> str | None:
    """Why the claim (verb lemma ``verb``) is the reason a sentence gives for its forecast rather
    than the forecast ("Because firms may invest less, prices are likely to rise"), quoted, or
    None: the verb stands in an opening "because" clause and the main clause after it forecasts."""
    found = _REASON_FIRST.match(sentence)
    if found is None or not _FORECAST_CUE.search(found.group("main")):
        return None
    words = re.findall(r"[A-Za-z'\u2019-]+", found.group("reason"))
    if not any(lemmatise(w.lower()) == verb for w in words):
        return None
    return (
        f"a reason given, not the forecast: {_short(found.group('reason'), 8)!r} argues for the forecast that "
        f"follows ({_short(found.group('main').rstrip('. '), 8)!r}); ask about that"
    )


# An indefinite subject picked out by a relative clause in the present: "a king that fails to rule
# justly will die in disgrace", "any company that ignores the rules will be fined". The subject is
# whoever fits the description, so the claim is a rule of life or of law, true of no one in
# particular; a past relative clause ("a man who shot three people will appear in court") picks out
# someone, and is a forecast about him.
_GENERIC_SUBJECT = re.compile(
    r"(?i)^(?P<said>(?:a|an|any|every|whoever|anyone|anybody)\b(?:\s+[\w'\u2019-]+){0,3}?\s+(?:that|who|which)\s+"
    r"(?:(?:does\s+not|doesn't|do\s+not|don't|dares?\s+to|tries\s+to|seeks\s+to)\s+)?(?P<verb>[a-z]+))\b"
)
_NOT_GENERIC_VERBS = frozenset("is was has had does did were are".split())


def find_generic_subject(subject: str) -> str | None:
    """Why the claim is a maxim rather than a forecast, quoted, or None: its subject is anyone
    fitting a description in the present tense ("a king that fails to rule", "any country that
    attacks")."""
    found = _GENERIC_SUBJECT.match(subject.strip())
    if found is None:
        return None
    verb = found.group("verb").lower()
    if verb in _NOT_GENERIC_VERBS or not verb.endswith("s") or verb.endswith("ss"):
        return None
    return (
        f"a maxim, not a forecast: {_short(found.group('said'))!r} is anyone who fits the description, a rule "
        "about no one in particular; ask about a named person or body"
    )


# A fear given as the reason for an act: "they went to vote because they are afraid that the
# officials will not sign", "many left for fear that the army would return". The complement is
# the motive the text reports for what people did, not the source's forecast.
_FEAR_AS_MOTIVE = re.compile(
    r"(?i)\b(?:(?:because|since|as)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:(?:are|is|were|was|feel|felt)\s+)?"
    r"(?:(?:so|very|too)\s+)?(?:afraid|fear|fears|feared|fearful|worried|worry|worries|scared|frightened|concerned)"
    r"\s+that|(?:for|out\s+of)\s+fear(?:\s+that)?)\b"
)


def find_fear_as_motive(clause: str) -> str | None:
    """Why the claim is a fear reported as someone's motive ("they voted because they are afraid
    that the officials will not sign"), quoted, or None: ``clause`` ends where the claim ends,
    and the fear stands in the claim's own clause."""
    own = re.split(r"[;:]\s|[.!?]\s+", clause)[-1]
    found = _FEAR_AS_MOTIVE.search(own)
    if found is None:
        return None
    return (
        f"a motive, not the source's forecast: {_short(found.group(0).strip(), 8)!r} gives the fear that made "
        "people act; ask about an act the source itself forecasts"
    )
