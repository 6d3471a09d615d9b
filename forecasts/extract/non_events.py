"""Claims that sound like forecasts but name no event a stranger could observe.

The resolvability gate (``forecasts.extract.resolvability``) judges a claim's verb and its
object. Some claims pass that test on their words and still forecast nothing one could watch
happen:

- **an option laid out**: "the council could raise revenue by selling land", "the ministry
  could instead cut costs": a possibility modal with the means to an end ("by selling"), or an
  alternative to another course ("instead", "alternatively"), lists a choice, not a forecast
  ("Iran could strike US bases within days" has neither, and is one); so does a report's "Congress
  may wish to ...", "Members could legislate ..." ("Congress could pass the bill" is a forecast);
- **coming to know**: "we will know in a few hours who has won", "investors will learn whether
  ...": what happens is a person learning something; the question is what they learn;
- **an evaluation of an event**: "the vote is set to be a tense election", "the summit will be a
  difficult meeting", "collaboration will be essential", "firms will need to be very
  intentional": the event may be scheduled, but the claim is its character or how one ought to
  be, which no report settles ("there will be a snap election" names the kind of event, and is
  kept);
- **an outcome spread or dependent**: "the impact will vary by firm", "the answer will depend
  on the data": how an outcome falls, not what happens;
- **a worry**: "I worry less about the outbreak of civil war": a state of mind about an event,
  not a forecast that it happens ("I worry that the army will stage a coup" forecasts one);
- **a hope**: "I hope that the Houthis will demonstrate ...", "Biden looks forward to visiting
  India": what the speaker wants (the labelling rules count hope and desire among the distractors);
- **a frame of mind changed**: "change Moscow's strategic calculus", "reshape the regional
  landscape": an act on how someone thinks, not on anything one can see;
- **a means put to use**: "leverage their trade links to blunt the tariffs": turning an
  advantage to a purpose, with no act named;
- **no horizon**: "catch up over the long term", "eventually": a change with no figure, no year
  and no window to check it in;
- **a necessity, more than nothing**: "will need to borrow more to pay for ...": what must be done,
  by an amount compared with nothing named;
- **an experience or a feeling**: "will leave with unforgettable memories", "will enjoy the
  hospitality", "will be impressed": how someone feels ("the party will enjoy a majority" holds
  seats one can count, and is kept);
- **a trend with no measure**: "increasingly will engage in illicit activities": the question
  would drop the adverb and ask about a practice already going on as if it were new;
- **an abstract phase**: "enter into a transition period", "enter a new era": a phase introduced
  as new has no start a report could date ("the transition period" of a treaty, and a recession
  read from GDP, have one);
- **an act without its object, or a figure**: "will end up paying" (for what?), "they are going
  to fold", "pay a heavy price", "loom over the elections" ("pay a dividend of 5 pence", and a
  company that folds, are acts);
- **a figure of fate, an unnamed change**: "severe revenge awaits the criminals", "the main
  changes will happen after the inauguration": what is in store, or that something big changes,
  with no act or change named;
- **a commitment with no act named**: "will conduct the necessary work with Damascus", "will take
  the necessary steps", "will do everything possible", "will do what is needed": a promise to act
  whose act is left to be chosen ("will take the necessary steps to leave the euro" names the end,
  and is left to the other tests);
- **an abstract cause**: "a convergence of trends could precipitate a crisis", "a combination of
  factors will trigger a recession": an aggregate of trends or factors is nothing a report dates,
  so "did it cause the event?" cannot be settled; what can be asked is whether the event happens
  ("a drift in policy could trigger a debt crisis" names a cause one can point to, and is kept);
- **nearness or manner, not the event**: "military reprisal is on the horizon", "a deal is in
  the offing", "the response will be swift and harsh": the event is the subject, and the
  predicate says only that it is coming, or how soon or how hard, with no date or measure; what
  can be asked is whether the event happens by a date ("the reprisal will not be immediate" is
  about the next week, ``forecasts.extract.imminence``, and is kept);
- **an event put to use for words**: "will use the crisis to denounce its rivals", "will exploit
  the summit as a platform": a motive for speech that goes on anyway, no act one could date
  ("will use force to retake the town" names an act, and is kept);
- **relative growth with no period**: "debt will grow faster than the economy", "costs will
  outpace revenues": two rates compared over no stated span, a long-run projection a six-month
  window cannot hold ("grow faster than the economy in 2027" names its year, and is kept);
- **a pace that changes, with no periods**: "the pace of consumer spending will slow": growth
  in one period set against growth in an earlier one, neither named, so no figure settles it in
  the window ("inflation will rise" is a level, counted from the window's opening, and is kept);
- **an occasion marked**: "will mark the anniversary with the opening of the bridge": the
  anniversary comes anyway; the event to ask about is what it is marked with;
- **an obligation already imposed**: "have been found guilty and will have to pay fines": the
  decision is taken, and what could be forecast is only whether the act it requires is done;
- **a span from an event to come**: "will take 4 to 8 months to prepare the vote after the law is
  passed": a length counted from a start that has not come, which no window from publication
  sees begin or end;
- **a practice building a quality**: "long-term engagement will build resilience": a practice as
  the actor and a quality with no measure, a general argument for the practice;
- **what each of a kind is**: "each cohort will bring together governments": a design described;
- **a use or a realisation, no act**: "will come in handy", "will prove useful", "his words will be
  translated into action", "the plans will bear fruit": which use or which deeds is left unsaid;
- **a classification**: "would constitute a year of action", "will amount to a breach": what
  something counts as, not an act;
- **a relative clause with its object moved**: "the works that the party could claim credit for",
  "the commitments that the leaders will adopt at the summit": the claim describes the noun
  before it;
- **an indirect question**: "let's see what will happen", "it is unclear whether the strike will
  spread": asked, not forecast;
- **a theory's implication**: "this story implies that the unemployment rate will fall", "the
  model predicts that ...": what the reasoning entails, laid out to explain it;
- **a view recounted**: "some commentators argued that unemployment would have to rise": what
  others expected, told in the past tense; or a forecast recalled from a year before the text
  ("in its December 2012 statement, the Committee noted that it expected ...");
- **an objection anticipated**: "some will say it is twice that": words put in no one's mouth to
  answer them.

Each finder returns the reason, quoting the words it judged, or None.
"""

from __future__ import annotations

import re
from datetime import date

from forecasts.extract.propositions import lemmatise

# A possibility modal that lays out a choice: "could also ... by selling", "might instead".
_POSSIBILITY = r"(?:could|might)"
_ALTERNATIVE_COURSE = re.compile(
    rf"\b{_POSSIBILITY}\s+(?:\w+\s+)?(?:instead|alternatively|otherwise)\b|\b{_POSSIBILITY}\s+(?:\w+\s+)?"
    r"(?:choose|opt|elect)\s+to\s+\w+\s+\w+\s+(?:\w+\s+)?(?:or|rather\s+than|instead\s+of)\b",
    re.IGNORECASE,
)
# The means to an end: "by selling", "through collecting" after the verb phrase.
_MEANS = re.compile(r"\b(?:by|through)\s+(?:\w+ly\s+)?[a-z]+ing\b", re.IGNORECASE)
_MODAL_OF_POSSIBILITY = re.compile(rf"\b{_POSSIBILITY}\s+(?:(?:also|well|even|still|then|further)\s+)*\w+", re.I)

# Verbs of coming to know: the event is in someone's head.
_KNOWING = frozenset("know realise realize wonder".split())
# Verbs that are coming to know only before a question or a "that" clause ("learn whether ...");
# with an object they can be acts ("discover a new comet", "see heavy fighting").
_LEARNING = frozenset("learn discover see hear find".split())
_QUESTION_WORD = re.compile(r"^(?:\w+\s+){0,5}?(?:whether|if|who|what|which|how|when|where|why|that)\b", re.I)

# Adjectives that judge an event rather than say which event it is ("a tense election").
_EVALUATIVE = (
    r"(?:tense|bitter|close|tight|heated|fierce|difficult|tough|hard|crucial|critical|decisive|pivotal|historic|"
    r"momentous|landmark|messy|ugly|acrimonious|contentious|dramatic|significant|important|key|big|huge|serious|"
    r"successful|disastrous|fraught|stormy|rocky|bruising|nail-biting|hard-fought|interesting|exciting|major|"
    r"real|genuine|defining|watershed|"
    # "will be essential for fostering progress", "our progress will be incremental and slow": what a
    # course is worth or how it goes, said of no act one could see.
    r"essential|vital|necessary|indispensable|imperative|paramount|instrumental|fundamental|incremental|gradual|"
    r"useful|helpful|beneficial|valuable|worthwhile|prudent|wise|intentional|careful|cautious|vigilant|mindful)"
)
_EVALUATION = re.compile(
    # "firms will need to be very intentional about ...": how one ought to be, no more an event.
    rf"^(?:(?:need|needs|have|has|ought)\s+to\s+)?be\s+(?:(?:a|an|the)\s+)?(?:(?:very|most|particularly|especially|potentially|highly|rather|really|"
    rf"extremely|increasingly)\s+)?{_EVALUATIVE}\b(?:\s+(?:and|,)\s+\w+)?(?:\s+[a-z-]+){{0,2}}",
    re.IGNORECASE,
)
_TRAILING = frozenset("for with to in on of at by and or from as between among a an the".split())

# A state of mind about an event: "worry less about", "are concerned about", "fear for".
_WORRY = re.compile(
    r"\b(?:worry|worries|worried|concerned|anxious|nervous|fret|frets|fear|fears|afraid|care|cares)\s+"
    r"(?:(?:much|less|more|most|least|a\s+lot|a\s+little|little|greatly|deeply|far|somewhat|too)\s+){0,2}"
    r"(?:about|over|for|of)\b",
    re.IGNORECASE,
)
# A modal in the quote forecasts something beside the worry ("a trend that could precipitate a crisis").
_FUTURE_IN_QUOTE = re.compile(
    r"\b(?:will|would|shall|could|might|may|going\s+to|is\s+to|are\s+to)\b|'ll\b|\u2019ll\b", re.I
)

# How someone thinks or weighs things: changing it is no act a stranger could see.
FRAME_OF_MIND_NOUNS = frozenset(
    """calculus calculation calculations calculations thinking mindset mind minds perception perceptions
    attitude attitudes psyche psychology worldview mentality dynamic dynamics equation equations""".split()
)
# Turning an advantage to a purpose: "leverage", "harness", "capitalise on".
USE_OF_ADVANTAGE_VERBS = frozenset("leverage harness capitalise capitalize parlay mitigate offset".split())

# A change with no horizon: "over the long term", "in the long run", "eventually", "over time",
# "it may take many years to get the drug trade under control", "it will take some time before
# inflation moves back" (a span, not a date).
_NO_HORIZON = re.compile(
    r"\b(?:over|in)\s+the\s+(?:long|longer|medium|longer)[\s-](?:term|run|haul)\b|\beventually\b|\bover\s+time\b|"
    r"\bsooner\s+or\s+later\b|\bin\s+the\s+(?:years|decades)\s+(?:ahead|to\s+come)\b|"
    r"\btake\s+(?:(?:many|several|a\s+few|some|a\s+number\s+of)\s+(?:more\s+)?(?:years|decades)|years|decades|"
    r"(?:a\s+)?(?:long|very\s+long|considerable)\s+time|(?:some\s+)?time|a\s+while|a\s+generation)\b",
    re.IGNORECASE,
)
# A total summed over a working life ("savings over the service life of the fleet", "over its
# lifetime"): the life runs past any window and ends on no date, so no report settles the sum.
_LIFETIME = re.compile(
    r"\bover\s+(?:the|its|their|a|an)\s+(?:\w+\s+)?(?:service\s+life|life\s*time|life\s+cycle|life\s*span|"
    r"useful\s+life|working\s+life|operational\s+life|lifetime|lifecycle|lifespan)\b",
    re.IGNORECASE,
)
# "need to borrow more": a necessity, with an adverb of amount that has no noun after it and no
# "than". What must happen is not what will; and "more" than what? ("Prices will rise further" is
# a movement counted from the window's opening, and "borrow more" a forecast of borrowing: both kept.)
_BARE_COMPARATIVE = re.compile(
    r"^(?:need|have|be\s+forced|be\s+obliged|be\s+required)\s+to\s+(?P<said>[a-z]+\s+(?:\w+\s+)?(?:more|less|further))"
    r"(?=\s*$|[\s,;.]+(?:to|in|by|for|over|as|and|so|because|if|when|while|from|after)\b|[,;.])",
    re.IGNORECASE,
)


# "Congress may wish to", "Members could legislate", "Congress might decide to engage": a report
# laying out what a legislature can do, in the verbs of that genre; "Congress could pass the bill"
# is a forecast, and kept.
_OPTION_FOR_A_LEGISLATURE = re.compile(
    r"\b(?:Congress|Members(?:\s+of\s+Congress)?|lawmakers|legislators|policymakers|Parliament)\s+"
    r"(?:may|might|could)\s+(?:also\s+|further\s+|then\s+)?(?:wish|choose|decide|opt|seek|consider|examine|explore|"
    r"legislate|contemplate|weigh|assess|evaluate|review|engage|conduct|direct|request|monitor)\b"
)


def find_option(clause: str, phrase: str) -> str | None:
    """The choice a possibility modal lays out ("could also raise revenue by selling ..."), quoted
    as the modal and its verb, or None. A modal of possibility alone is a hedged forecast."""
    legislature = _OPTION_FOR_A_LEGISLATURE.search(clause)
    if legislature is not None:
        return f"an option, not a forecast: {legislature.group(0)!r} lays out what a legislature can do"
    modal = _MODAL_OF_POSSIBILITY.search(clause)
    if modal is None:
        return None
    alternative = _ALTERNATIVE_COURSE.search(clause)
    if alternative is not None:
        return f"an option, not a forecast: {alternative.group(0)!r} lays out a course one might take"
    means = _MEANS.search(phrase)
    if means is not None and _MEANS.search(clause[modal.start() :]):
        return f"an option, not a forecast: {modal.group(0)!r} ... {means.group(0)!r} lays out a means to an end"
    return None


def find_coming_to_know(verb: str, phrase: str, quote: str) -> str | None:
    """Someone learning something ("know in a few hours", "learn whether"), quoted, or None."""
    words = phrase.split()
    said = _trimmed(words[:5])
    if verb in _KNOWING:
        return f"a mental event: {said!r} is someone coming to know, not an event; ask about what they learn"
    if verb in _LEARNING:
        rest = _after_verb(quote, verb) or " ".join(words[1:])
        if _QUESTION_WORD.match(rest.strip()) or (verb == "find" and rest.lower().startswith("out")):
            return f"a mental event: {said!r} is someone coming to know, not an event; ask about what they learn"
    return None


# "the actual impact will vary by firm", "the answer will depend on the data": how an outcome is spread
# or what it turns on, not an outcome.
_DEPENDENCE = re.compile(
    r"^(?:vary|varies|differ|differs|depend|depends)\b(?:\s+(?:by|on|upon|from|with|across|among|widely|greatly|considerably|a\s+lot)\b)?",
    re.IGNORECASE,
)


def find_dependence(phrase: str) -> str | None:
    """An outcome said to vary or to depend on something ("vary by firm"), quoted, or None."""
    found = _DEPENDENCE.match(phrase)
    if found is None:
        return None
    return f"no event: {found.group(0)!r} says how an outcome is spread or what it turns on, not what happens"


def find_evaluation(phrase: str) -> str | None:
    """A judgement of an event's character ("be a tense election"), quoted, or None."""
    found = _EVALUATION.match(phrase)
    if found is None:
        return None
    said = _trimmed(found.group(0).split())
    if not found.group(0).lower().startswith("be"):
        return f"a norm: {said!r} says how someone ought to be, which no report settles"
    return f"an evaluation: {said!r} judges what the event will be like, which no report settles"


# A speaker musing on a choice of their own: "maybe I will run", "perhaps I'll write a book". The
# speaker's own act is theirs to choose; "maybe" says it is not chosen, so nothing is forecast.
_MUSING = re.compile(
    r"\b(?:maybe|perhaps)\s*,?\s+I\s+(?:will|shall|might|may|could)\b|\b(?:maybe|perhaps)\s*,?\s+I['\u2019]ll\b",
    re.IGNORECASE,
)


def find_musing(quote: str) -> str | None:
    """A speaker musing on a choice of their own ("maybe I will finance a club"), quoted, or None."""
    found = _MUSING.search(quote)
    if found is None:
        return None
    return f"a musing, not a forecast: {found.group(0)!r} weighs a choice of the speaker's own, not yet made"


# "I hope that the Houthis will ...", "we sincerely hope ...": what the speaker wants, which the
# labelling rules count among statements of hope and desire, not forecasts.
_HOPE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:do|very\s+much|sincerely|really|still|certainly|truly)\s+)?(?:hope|wish)\b"
    r"|\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+hopes\b"
    # "it is my hope that maybe we will be granted a debate", "our hope is that ...".
    r"|\b(?:[Ii]t\s+is|[Ii]t's)\s+(?:my|our)\s+(?:\w+\s+)?hope\b|\b(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?hope\s+is\b"
    # "Biden very much looks forward to visiting India": a wish, however warm.
    r"|\blook(?:s|ing)?\s+forward\s+to\b"
)


# "sought confirmation from the United States that the tariffs would not exceed 15%", "demanded that
# the government hold new elections": what someone asks another to do or to promise, not what anyone expects.
_REQUEST = re.compile(
    r"(?i)\b(?:sought|seeks?|seeking|asked|asks|asking|requested|requests|requesting|demanded|demands|demanding|"
    r"urged|urges|urging)\b(?:\s+(?!(?:said|says|say|told|tell|think|thinks|believe|believes|expect|expects)\b)"
    r"[\w'\u2019.-]+){0,6}?\s+(?:(?:assurances?|guarantees?|confirmation|a\s+commitment|"
    r"a\s+pledge|a\s+promise)\s+(?:[\w'\u2019.-]+\s+){0,6}?)?that\b"
)


def find_request(quote: str) -> str | None:
    """A request or demand the claim is the content of ("sought confirmation that X would not ...",
    "demanded that the government hold ..."), quoted, or None."""
    found = _REQUEST.search(quote)
    if found is None:
        return None
    words = " ".join(found.group(0).split()[:3])
    return f"a request, not a forecast: {words!r} asks for what is to be done or promised, not what is expected"


def find_hope(quote: str) -> str | None:
    """A speaker's hope or wish for an event ("I hope that X will ..."), quoted, or None."""
    found = _HOPE.search(quote)
    if found is None:
        return None
    return f"a hope, not a forecast: {found.group(0)!r} says what the speaker wants, not what they expect"


# "this story implies that unemployment will fall", "the model predicts that ...": what a theory
# or model entails, laid out to explain it, not what the speaker expects of the world.
_THEORY_IMPLIES = re.compile(
    r"(?i)\b(?:this|that|the|such\s+an?|an?|our|their)\s+(?:simple\s+|standard\s+|textbook\s+|same\s+)?"
    r"(?:story|model|theory|framework|logic|mechanism|curve|equation|reasoning|argument|view|hypothesis|scenario)\s+"
    r"(?:would\s+)?(?:implies|implied|imply|predicts|predicted|predict|says|suggests|suggested)\s+that\b"
)
# "some commentators argued that unemployment would have to rise": others' view, told as past.
_RECOUNTED_VIEW = re.compile(
    r"(?i)\b(?:some|many|most|other|several)\s+(?:\w+\s+)?(?:commentators|economists|analysts|observers|critics|"
    r"forecasters|experts|pundits|people|scholars|researchers)\s+(?:had\s+)?(?:argued|claimed|contended|thought|"
    r"believed|predicted|feared|warned|suggested|expected)\s+(?:that\s+)?"
)


# "in its December 2012 statement, the Committee noted that it expected ...", "back in 2019 the
# ministry predicted ...": a forecast made years before the text, recalled; the text's own forecast,
# if any, is elsewhere.
_DATED_PAST_FRAME = re.compile(
    r"(?i)\b(?:(?:back\s+)?in|during|at)\s+(?:(?:its|the|his|her|their|our|a)\s+)?(?:(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b(?:\s+[a-z]+){0,2}?,?\s+"
    r"(?:[\w'\u2019.-]+\s+){0,6}?(?:noted|said|stated|expected|projected|predicted|forecast|forecasted|wrote|warned|"
    r"announced|anticipated|indicated|signalled|signaled|judged)\s+(?:that\s+)?"
)


def find_dated_past_forecast(quote: str, published: date | None) -> str | None:
    """A forecast the quote recalls from a year before publication ("in its December 2012
    statement, the Committee noted that it expected ..."), quoted, or None."""
    if published is None:
        return None
    found = _DATED_PAST_FRAME.search(quote)
    if found is None or int(found.group("year")) >= published.year:
        return None
    words = " ".join(found.group(0).split()[:6])
    return f"a forecast recalled from {found.group('year')}: {words!r} reports what was expected then, not a forecast of the text's"


# "Some will say it is twice that", "critics will argue that ...": the speaker answering an objection
# put in no one's mouth, not a statement anyone is expected to make.
_OBJECTION_ANTICIPATED = re.compile(
    r"(?i)\b(?:some|many|others|critics|sceptics|skeptics|cynics|detractors|opponents|people|naysayers)\s+"
    r"(?:will|would|may|might)\s+(?:say|argue|claim|contend|object|suggest|ask|tell\s+you|point\s+out)\b"
)


def find_anticipated_objection(quote: str) -> str | None:
    """An objection the speaker anticipates ("some will say ..."), quoted, or None."""
    found = _OBJECTION_ANTICIPATED.search(quote)
    if found is None:
        return None
    return f"an objection anticipated, not a forecast: {found.group(0)!r} puts words in no one's mouth to answer them"


def find_theory_implication(quote: str) -> str | None:
    """What a theory, model or story entails ("this story implies that the unemployment rate will
    fall"), laid out to explain it, quoted, or None: the speaker's forecast, if any, comes after."""
    found = _THEORY_IMPLIES.search(quote)
    if found is None:
        return None
    return f"a theory's implication, not a forecast: {found.group(0)!r} says what the reasoning entails"


def find_recounted_view(quote: str) -> str | None:
    """Others' view told in the past tense ("some commentators argued that unemployment would have
    to rise"), quoted, or None: what they expected then, not a forecast the article makes."""
    found = _RECOUNTED_VIEW.search(quote)
    if found is None:
        return None
    return f"a view recounted, not a forecast: {found.group(0).strip()!r} tells what others expected"


def find_worry(quote: str) -> str | None:
    """A state of mind about an event, with no forecast that it happens ("worry less about the
    outbreak"), quoted, or None. "I worry that X will ..." forecasts, and is left alone."""
    found = _WORRY.search(quote)
    if found is None or _FUTURE_IN_QUOTE.search(quote):
        return None
    return f"a state of mind: {found.group(0)!r} is a worry, not a forecast that the event happens"


def find_no_horizon(phrase: str) -> str | None:
    """A change with no horizon ("over the long term"), quoted, or None. The caller checks first
    that there is no number, year or window to hold it to."""
    found = _NO_HORIZON.search(phrase)
    if found is None:
        return None
    return f"nothing to measure: {found.group(0)!r} names no date to check the change by"


def find_lifetime_total(text: str) -> str | None:
    """A total summed over a working life ("the savings over the service life of the fleet will
    exceed $2B"), quoted, or None. The life has no end date, so no window holds the sum."""
    found = _LIFETIME.search(text)
    if found is None:
        return None
    return f"nothing to measure by a date: {found.group(0)!r} sums over a life that ends on no date"


def find_bare_comparative(phrase: str) -> str | None:
    """A necessity by an amount compared with nothing named ("need to borrow more to pay for ..."),
    quoted, or None.
    The caller checks first that the phrase has no number."""
    if re.search(r"\bthan\b", phrase, re.IGNORECASE):
        return None
    found = _BARE_COMPARATIVE.match(phrase)
    if found is None:
        return None
    return f"nothing to measure: {found.group('said')!r} compares with nothing named"


def _after_verb(quote: str, verb: str) -> str:
    """The quote's words after the first form of ``verb`` ("learn", "learns", "learned")."""
    found = re.search(rf"\b{re.escape(verb)}\w*\b", quote, re.IGNORECASE)
    return quote[found.end() :] if found else ""


def _trimmed(words: list[str]) -> str:
    """The words quoted, without a trailing preposition or article: "be a difficult meeting for"
    quotes as "be a difficult meeting", for the preposition belongs to what follows."""
    words = [w.strip(",;:.") for w in words]
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    return " ".join(words)


# --- nothing a stranger could observe: experiences, trends, phases, acts without their object --------------------

# Verbs of experiencing: what happens is how someone feels ("will enjoy the hospitality").
_EXPERIENCING = frozenset("enjoy relish savour savor love cherish treasure feel".split())
# What one may "enjoy" that a stranger can check: a majority held, a right or status in law.
_HELD_GOODS = re.compile(
    r"\b(?:majority|majorities|lead|monopoly|immunity|status|access|rights?|seats?|exemptions?|protection|"
    r"support\s+of\s+\d|growth|surplus)\b",
    re.IGNORECASE,
)
# A feeling as the complement of "be": "will be impressed", "will be delighted".
_FEELING = re.compile(
    r"^(?:be|become|get)\s+(?:(?:very|so|truly|deeply|really|pleasantly|genuinely|most|quite|all)\s+)*"
    r"(?P<feeling>impressed|delighted|pleased|satisfied|dissatisfied|disappointed|happy|unhappy|proud|thrilled|"
    r"amazed|astonished|moved|touched|grateful|glad|excited|enchanted|charmed|inspired|overwhelmed|"
    r"comfortable|at\s+home)\b",
    re.IGNORECASE,
)
# An experience had or carried away: "have a wonderful time", "leave with unforgettable memories".
_EXPERIENCE_HAD = re.compile(
    r"^(?:have\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:time|fun|experience|stay|holiday|visit)\b"
    r"|(?:leave|go\s+home|return(?:\s+home)?|come\s+away|depart)\s+with\s+(?:\w+\s+){0,3}?"
    r"(?:memories|memory|impressions?|experiences?|feelings?|sense|smiles?)\b"
    r"|make\s+(?:\w+\s+){0,2}?memories\b)",
    re.IGNORECASE,
)

# Adverbs of a growing trend: "increasingly will engage", "will more and more rely on".
_TREND = re.compile(
    r"\b(?:increasingly|more\s+and\s+more|ever\s+more|more\s+(?:often|frequently)|with\s+growing\s+frequency)\b",
    re.IGNORECASE,
)
# What may stand between the trend adverb and the verb it bears on ("increasingly will engage").
_TREND_GAP = frozenset("will would shall is are be to going 'll \u2019ll also likely probably".split())

# A phase entered or begun, introduced as new ("a transition period", "a new era"): nothing marks
# its start. A defined one ("the transition period" of a treaty) and a recession (read from GDP)
# name a start one can date, and are kept.
_PHASE = re.compile(
    r"^(?:enter|begin|start|embark|usher|move|open|mark|herald)\s+(?:(?:into|on|upon|in)\s+)?"
    r"(?P<said>(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:period|era|phase|stage|chapter|epoch|age|cycle|normal|"
    r"transition|juncture|time))\b",
    re.IGNORECASE,
)

# Verbs that name no act without their object: "end up paying" (paying what, for what?), "will
# recall" (an envoy, or only a memory?), "will agree" (to what?), "will engage" (with whom, on what?),
# "will win" (which contest?).
_NEEDS_OBJECT = frozenset(
    "pay spend give sacrifice contribute suffer recall agree engage decide deliver win have get make put bring".split()
)
# Verbs of giving way, a figure for being beaten or conceding ("they are going to fold"); a business
# that folds closes, which a register records.
_GIVING_WAY = frozenset("fold cave crumble buckle wilt falter waver blink".split())
_BUSINESS = re.compile(
    r"\b(?:company|companies|firm|firms|business|businesses|bank|banks|newspaper|magazine|airline|club|chain|"
    r"retailer|start-?up|venture|fund|lender|insurer|carrier|brand|shop|store|restaurant)s?\b",
    re.IGNORECASE,
)
# "Pay a heavy price": a figure of suffering, not a payment.
_PRICE_FIGURE = re.compile(
    r"^pay\s+(?:a|the)\s+(?:\w+\s+)?price\b|^pay\s+dearly\b",
    re.IGNORECASE,
)

# Something said to weigh on an event ("loom over the elections", "cast a shadow over the talks"):
# a figure of presence, which nothing reported shows ("a strike looms" alone forecasts the strike).
_WEIGHING = re.compile(
    r"^(?:loom\s+(?:large\s+)?over|hang\s+over|cast\s+(?:a\s+|its\s+|their\s+)?(?:long\s+|dark\s+)?(?:shadow|pall|cloud)\s+"
    r"over|overshadow|haunt)\b(?:\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?=\s+(?:in|on|at|for|of|by|and|or|as|with|from|until|after|before)\b|\s*$|[,.;:]))?",
    re.IGNORECASE,
)

# Unnamed change said to come: "the main changes will happen", "big changes will come". Which changes,
# the claim does not say ("the changes will take place", read back to what they are, is left to the
# drafting; "the election will take place" names its event).
_UNNAMED_CHANGE = re.compile(
    r"(?i)^(?:(?:the|some|many|more|further|real|several)\s+)?(?:(?:main|big|bigger|biggest|major|significant|"
    r"important|dramatic|fundamental|serious|profound|sweeping|radical|real|great|huge|key|deep|substantial)\s+)+"
    r"(?:changes?|developments?|shifts?|things|moves|shake-?ups?|transformations?)$"
)
_OCCURRING = frozenset("happen occur come take follow arrive begin start unfold emerge".split())

# An obligation a decision has already imposed: "have been found guilty and will have to pay".
_OBLIGED = re.compile(
    r"^(?P<said>(?:have|has|need|needs|be\s+(?:required|obliged|forced|ordered|made))\s+to\s+[a-z]+)", re.I
)
_IMPOSED = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:(?:already|now|just|since|also)\s+)?been|was|were)\s+(?:(?:already|also)\s+)?"
    r"(?:found\s+guilty|convicted|sentenced|ordered|fined|told|instructed|directed|condemned|required|obliged|"
    r"forced)\b",
    re.IGNORECASE,
)

# Work, steps or measures qualified only by being needed, or "everything possible", "what it takes":
# the claim commits to act without saying which act.
_NEEDED = r"(?:necessary|needed|required|appropriate|requisite|relevant|proper|possible)"
_DOING = r"(?:do|does|doing|did|done|conduct|carry\s+out|undertake|take|make|perform)"
_UNNAMED_ACT = re.compile(
    rf"^(?P<said>{_DOING}\s+(?:(?:all|any|whatever|every)\s+)?(?:the\s+)?(?:{_NEEDED}\s+(?:\w+\s+)?"
    rf"(?:work|steps?|measures?|actions?|efforts?|things?|arrangements?)|(?:all|everything|anything)\s+"
    rf"(?:(?:that\s+is|that's|it\s+can|they\s+can|we\s+can|in\s+\w+\s+power)\s+)?{_NEEDED}|"
    rf"(?:what|whatever)\s+(?:is|it\s+takes|\w+\s+takes?|is\s+{_NEEDED})(?:\s+{_NEEDED})?))"
    r"(?P<rest>\s+(?:to|in\s+order\s+to)\s+\w+)?",
    re.IGNORECASE,
)


def find_unnamed_act(phrase: str) -> str | None:
    """A commitment to act with no act named ("will conduct the necessary work with Damascus",
    "will do everything possible", "will take the necessary measures"), quoted, or None. With
    an end named ("take the necessary steps to leave the euro") the end is the forecast, and the
    claim is left to the other tests."""
    found = _UNNAMED_ACT.match(phrase.strip())
    if found is None or found.group("rest"):
        return None
    said = " ".join(found.group("said").split())
    return f"no act named: {said!r} commits to act without saying which act; ask about the act itself"


# An aggregate of abstractions as the subject of a causal verb: "a convergence of trends", "a mix of
# factors", "these forces".
_ABSTRACT_CAUSE = re.compile(
    r"(?i)^(?:(?:a|an|the|this|that|these|those|such\s+a)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:convergence|confluence|combination|mix|mixture|accumulation|coincidence|interplay|set|series|"
    r"web|tangle|cocktail)\s+of\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?P<head>trends|factors|forces|dynamics|pressures|tendencies|currents|developments|circumstances)$"
)
_CAUSING = frozenset("precipitate trigger spark provoke cause unleash ignite fuel bring produce create".split())


def find_abstract_cause(subject: str, verb: str) -> str | None:
    """A cause that is an aggregate of trends or factors ("a convergence of trends could precipitate
    a crisis"), quoted, or None: no report dates such a cause, so whether it caused the event cannot
    be settled. "A drift in policy could trigger a debt crisis" is kept."""
    said = subject.strip()
    if verb not in _CAUSING or _ABSTRACT_CAUSE.match(said) is None:
        return None
    return (
        f"no observable cause: {said!r} is no event a report could date, so whether it {verb}s the event cannot "
        "be settled; ask whether the event itself happens"
    )


def find_experience(verb: str, phrase: str) -> str | None:
    """An experience or a feeling ("will enjoy the hospitality", "will be impressed", "will leave
    with unforgettable memories"), quoted, or None. "The party will enjoy a majority" holds a
    seat count one can check, and is kept."""
    words = phrase.split()
    if verb in _EXPERIENCING and words and lemmatise(words[0].lower()) == verb:
        if verb == "enjoy" and _HELD_GOODS.search(" ".join(words[1:5])):
            return None
        said = _trimmed(words[:4])
        return f"an experience: {said!r} is how someone feels, which no report settles"
    feeling = _FEELING.match(phrase)
    if feeling is not None:
        return f"an experience: {feeling.group(0)!r} is how someone feels, which no report settles"
    had = _EXPERIENCE_HAD.match(phrase)
    if had is not None:
        return f"an experience: {had.group(0)!r} is what someone lives through, which no report settles"
    return None


def find_trend(quote: str, verb: str) -> str | None:
    """A growing trend in an act ("North Korea increasingly will engage in ...", "will more and
    more rely on"), quoted, or None. Asked as a question the adverb drops, and what is already
    done would be asked as if new; more of it than what, the claim does not say. The caller
    checks first that there is no number to count it by."""
    for found in _TREND.finditer(quote):
        # The words after the adverb, past the modal, up to the claim's verb.
        after = re.findall(r"[A-Za-z'\u2019-]+", quote[found.end() :])[:4]
        for i, word in enumerate(after):
            if lemmatise(word.lower()) == verb:
                said = " ".join([found.group(0), *after[: i + 1]])
                return f"a trend with no measure: {said!r} asks for more of what goes on, compared with nothing"
            if word.lower() not in _TREND_GAP:
                break
    return None


def find_phase(phrase: str) -> str | None:
    """A phase entered, introduced as new ("enter into a transition period", "enter a new era"),
    quoted, or None. "Enter the transition period" (a defined one) and "enter a recession" are
    kept."""
    found = _PHASE.match(phrase)
    if found is None:
        return None
    said = " ".join(phrase[: found.end()].split())
    return f"an abstract phase: {said!r} names no start a report could date; ask about the act that would begin it"


def find_act_without_object(subject: str, verb: str, phrase: str) -> str | None:
    """An act whose object the claim leaves out ("will end up paying": for what?), a figure of
    giving way ("they are going to fold") or of suffering ("pay a heavy price"), quoted, or None.
    "Pay a dividend of 5 pence" names what is paid, and "the company will fold" a closure."""
    words = [w.strip(",;:.") for w in phrase.split()]
    lowered = [w.lower() for w in words]
    # "end up paying", "wind up giving": the act is the gerund.
    if len(lowered) >= 3 and lowered[0] in ("end", "wind") and lowered[1] == "up" and lowered[2].endswith("ing"):
        said_verb, rest = lemmatise(lowered[2]), lowered[3:]
        said = " ".join(words[:3])
    else:
        said_verb, rest = verb, lowered[1:]
        said = " ".join(words[:1])
    figure = _PRICE_FIGURE.match(phrase)
    if figure is not None:
        return f"a figure of speech: {figure.group(0)!r} is suffering a loss, not a payment; ask about the loss itself"
    if rest:
        return None
    if said_verb in _NEEDS_OBJECT:
        return f"an act without its object: {said!r} does not say what, or for what; ask about the thing itself"
    if said_verb in _GIVING_WAY and not _BUSINESS.search(subject):
        return (
            f"a figure of speech: {said!r} says someone gives way, not what they do; ask about an act (a surrender, "
            "a withdrawal, a concession)"
        )
    return None


def find_imposed_obligation(phrase: str, clause: str) -> str | None:
    """An obligation a decision already taken imposes ("have been found guilty and will have to
    pay fines"), quoted, or None: it holds at publication, so it is no forecast; what could be
    forecast is whether the act it requires happens. "Will have to pay fines if it misses the
    deadline" imposes nothing yet, and is left to the other tests."""
    obliged = _OBLIGED.match(phrase)
    if obliged is None:
        return None
    imposed = _IMPOSED.search(clause)
    if imposed is None:
        return None
    return (
        f"already so at publication: {imposed.group(0)!r} has imposed {obliged.group('said')!r}; ask whether the "
        "act it requires is done"
    )


def find_weighing(phrase: str) -> str | None:
    """Something said to weigh on an event ("the legacy will loom over the elections", "the scandal
    will overshadow the summit"), quoted, or None: a figure of presence, not an act."""
    found = _WEIGHING.match(phrase)
    if found is None:
        return None
    return f"a figure of speech: {found.group(0)!r} says something weighs on an event, not that anything happens"


# "strike a blow for morality and justice", "deal a blow to the rebels' hopes": a figure for a gain or
# a setback, no strike; what would show it is the act behind the figure.
_BLOW = re.compile(
    r"(?i)^(?:strike|deal|land)\s+(?:a|an|another|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?blows?\s+"
    r"(?:for|against|to|at)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
)


def find_blow(phrase: str) -> str | None:
    """A blow struck for or against something ("strike a blow for morality and justice"), quoted,
    or None: a figure, not an attack."""
    found = _BLOW.match(phrase.strip())
    if found is None:
        return None
    return f"a figure of speech: {found.group(0)!r} is a gain or a setback told as a blow, not an attack; ask about the act itself"


def find_fate(verb: str, phrase: str) -> str | None:
    """What is in store for someone ("severe revenge awaits the criminals", "a harsh winter will
    await Europe"), quoted, or None: a figure of fate, which names no act by anyone."""
    if verb != "await":
        return None
    said = _trimmed(phrase.split()[:3])
    return f"a figure of speech: {said!r} says what is in store, not what anyone does; ask about the act itself"


# A state or an ideal said to happen or win: "the situation in Gaza [will] happen", "Ukraine's
# independence will prevail". A situation goes on whatever happens; an ideal prevailing is a verdict.
_STATE_HEAD = re.compile(
    r"(?i)\b(?:situation|state\s+of\s+affairs|status\s+quo|circumstances|independence|sovereignty|democracy|"
    r"freedom|liberty|justice|truth|reason|peace|good|right|common\s+sense)$"
)
_PREVAILING = frozenset("happen occur prevail triumph endure win".split())


def find_state_happening(subject: str, verb: str) -> str | None:
    """A state or an ideal said to happen or prevail ("the situation in Gaza", "Ukraine's
    sovereignty prevail"), quoted, or None: no act a report could date."""
    head = re.split(r"\s+(?:in|of|on|for|at|between)\s+", subject.strip(), maxsplit=1)[0]
    if verb not in _PREVAILING or _STATE_HEAD.search(head) is None:
        return None
    return (
        f"no observable event: {subject.strip()!r} names a state or an ideal, which does not {verb} on a day "
        "a report could date"
    )


# A holiday, a religious season or a date on the calendar: it begins when the calendar says,
# whatever anyone does ("The Jewish holiday starts sundown on Wednesday", "the holy month of
# Ramadan will begin at the end of the week").
_CALENDAR_OCCASION = re.compile(
    r"(?i)\b(?:holidays?|holy\s+(?:month|week|day)|ramadan|eid(?:\s+al-\w+)?|passover|easter|lent|advent|christmas|"
    r"hanukk?ah|chanukah|yom\s+kippur|rosh\s+hashanah|sukkot|diwali|nowruz|navruz|new\s+year(?:['\u2019]s)?(?:\s+day)?|"
    r"lunar\s+new\s+year|thanksgiving|sabbath|solstice|equinox|festival\s+of\s+\w+)$"
)
_CALENDAR_VERBS = frozenset("begin start fall end arrive come commence finish".split())


def find_calendar_occasion(subject: str, verb: str) -> str | None:
    """A holiday or season said to begin or end ("the Jewish holiday starts sundown on Wednesday"),
    quoted, or None: the calendar fixes it, so there is nothing to forecast."""
    head = re.split(r"\s+(?:in|of|on|for|at|this|next)\s+", subject.strip(), maxsplit=1)[0]
    if verb not in _CALENDAR_VERBS or _CALENDAR_OCCASION.search(head) is None:
        return None
    return f"no forecast: {subject.strip()!r} {verb}s on a date the calendar fixes, whatever anyone does"


def find_unnamed_change(subject: str, verb: str) -> str | None:
    """Change said to come with nothing to say which ("the main changes will happen after the
    inauguration", "big changes will come"), quoted, or None."""
    if verb not in _OCCURRING or _UNNAMED_CHANGE.match(subject.strip()) is None:
        return None
    return f"no named event: {subject.strip()!r} does not say which change; ask about one of them"


# A span an effort takes, counted from an event still to come: "take 4 to 8 months to prepare the
# vote after the law is passed", "will take two years to rebuild once the fighting stops". The span
# is a length, not an event; it starts only when its condition is met, so a window counted from
# publication sees neither its start nor its end. What can be asked is whether the later event
# happens by a date (the vote held within eight months of the law).
_SPAN_TAKEN = re.compile(
    r"^(?:take|last|require|need)\s+(?P<span>(?:[\w.-]+\s+){0,4}?(?:days?|weeks?|months?|years?|decades?))\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_COUNTED_FROM = re.compile(
    r"\b(?P<from>(?:after|once|following|as\s+soon\s+as)\s+(?!\d)(?:[\w'\u2019-]+\s*){1,6})", re.IGNORECASE
)
# "after the law was passed": a start already come, from which a window could be counted.
_PAST_START = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


def find_span_from_condition(verb: str, phrase: str, condition: str | None = None) -> str | None:
    """A span of time an effort takes, counted from an event not yet come ("take 4 to 8 months to
    prepare for elections after the law is passed"), quoted, or None: a length with a start still
    to come is no event in a window ("the bridge will take two years to rebuild" has no such start,
    and is left to the other tests). ``condition`` is the claim's condition when the proposition
    split it off ("once the blockade ends"): the span is counted from it all the same."""
    if verb not in ("take", "last", "require", "need"):
        return None
    taken = _SPAN_TAKEN.match(phrase.strip())
    if taken is None:
        return None
    counted = _COUNTED_FROM.search(taken.group("rest"))
    start = counted.group("from") if counted is not None else condition
    if start is None or _PAST_START.search(start):
        return None
    return (
        f"a span, not an event: {taken.group('span')!r} counted from {_short_words(start)!r}, which "
        "has not happened; ask whether the later event happens within that span of it"
    )


def _short_words(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


# The event coming, said by a figure of nearness: "on the horizon", "around the corner", "in the offing".
_NEARNESS = re.compile(
    r"(?i)^be\s+(?:not\s+)?(?:(?:already|now|firmly|clearly|surely|very\s+much|still)\s+)?"
    r"(?P<said>(?:on|over)\s+the\s+horizon|(?:just\s+)?(?:around|round)\s+the\s+corner|in\s+the\s+offing|"
    r"(?:in|on)\s+the\s+cards|in\s+the\s+(?:works|pipeline|wings)|in\s+store|at\s+hand|in\s+sight|"
    r"(?:just\s+)?a\s+matter\s+of\s+time|(?:close|near)\s+at\s+hand|only\s+a\s+question\s+of\s+time)"
)
# How soon or how hard an event comes, with no date or measure: "be swift", "be drastic and harsh".
# ("Immediate" and "imminent" are the next week, ``forecasts.extract.imminence``: a measure.)
_MANNER = (
    r"(?:swift|quick|rapid|prompt|speedy|inevitable|drastic|severe|harsh|fierce|"
    r"forceful|proportionate|disproportionate|calibrated|measured|massive|devastating|overwhelming|crushing|"
    r"painful|symbolic|restrained|muted|delayed|belated)"
)
_MANNER_ONLY = re.compile(
    rf"(?i)^be\s+(?:not\s+)?(?:(?:very|so|too|rather|quite|likely|probably|both|necessarily|particularly)\s+)?"
    rf"(?P<said>{_MANNER}(?:\s*(?:,|and|or|but)\s+(?:\w+ly\s+)?{_MANNER})*)\s*[.,;]?$"
)


def find_nearness(phrase: str) -> str | None:
    """An event said only to be coming ("be on the horizon", "be in the offing"), quoted, or None.
    The caller's subject names the event."""
    near = _NEARNESS.match(phrase.strip())
    if near is None:
        return None
    return (
        f"no observable event: {near.group('said')!r} is a figure of nearness, saying the event is coming but "
        "not when; ask whether the event itself happens by a date"
    )


def find_manner(phrase: str) -> str | None:
    """An event said only to come soon or hard ("be swift", "be drastic and harsh"), quoted,
    or None. The caller's subject names the event."""
    manner = _MANNER_ONLY.match(phrase.strip())
    if manner is None:
        return None
    return (
        f"nothing to measure: {manner.group('said')!r} says how soon or how hard the event comes, with no date "
        "or measure; ask whether the event itself happens by a date"
    )


# Putting an event or a situation to use for speech: "use the crisis to denounce", "exploit the
# summit as a platform". What follows "to" is a stance, which goes on in speeches anyway.
_PUT_TO_USE = frozenset("use exploit seize instrumentalise instrumentalize weaponise weaponize".split())
_STANCE = (
    r"(?:denounce|decry|condemn|critici[sz]e|vilify|demoni[sz]e|discredit|delegitimi[sz]e|portray|depict|paint|"
    r"frame|cast|justify|legitimi[sz]e|rally|galvani[sz]e|burnish|bolster|promote|advance|push|amplify|"
    r"highlight|showcase|underscore|spotlight|stoke|inflame|sow|fan|shore\s+up|distract|deflect|attack\s+the\s+image)"
)
_USED_FOR_WORDS = re.compile(
    rf"(?i)^(?:use|exploit|seize(?:\s+on|\s+upon)?|instrumentali[sz]e|weaponi[sz]e)\s+(?P<thing>(?:[\w'\u2019-]+\s+){{1,6}}?)"
    rf"(?:(?:to|in\s+order\s+to)\s+(?P<stance>{_STANCE})\b"
    r"|as\s+(?:a|an)\s+(?:\w+\s+)?(?P<figure>pretext|platform|opportunity|excuse|springboard|talking\s+point|"
    r"rallying\s+cry|propaganda\s+tool|wedge|cudgel|weapon|tool|lever|bargaining\s+chip)\b)"
)


def find_used_for_words(verb: str, phrase: str) -> str | None:
    """An event or situation put to use for speech ("use the war to denounce its rivals") or as a
    figure ("as a pretext", "as a weapon"), quoted, or None. "Use force to retake the town" puts
    a means to an act, and is left to the rest of the gate."""
    if verb not in _PUT_TO_USE:
        return None
    found = _USED_FOR_WORDS.match(phrase.strip())
    if found is None:
        return None
    said = _trimmed(found.group(0).split())
    return (
        f"no observable event: {said!r} is a motive, putting something to use for words or as a figure; ask about "
        "a named act (a step taken, a measure imposed, a statement on a date)"
    )


# An occasion marked with an event: "mark the anniversary with the opening of the bridge".
_OCCASION_MARKED = re.compile(
    r"(?i)^(?:mark|celebrate|commemorate|observe|honou?r|greet)\s+(?:the|its|their|our|this|that|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:anniversary|centenary|centennial|bicentenary|jubilee|birthday|holiday|occasion|"
    r"milestone|day)\b(?:\s+of\s+(?:[\w'\u2019.-]+\s+){1,5}?)?\s*with\s+(?P<event>.+)$"
)


def find_occasion_marked(verb: str, phrase: str) -> str | None:
    """An occasion marked with an event ("mark the anniversary with the opening of the bridge"),
    quoting the event, or None: the occasion comes anyway, so the question is the event."""
    if verb not in ("mark", "celebrate", "commemorate", "observe", "honour", "honor", "greet"):
        return None
    found = _OCCASION_MARKED.match(phrase.strip())
    if found is None:
        return None
    event = _trimmed(found.group("event").split()[:8])
    return (
        f"an occasion marked: the occasion comes anyway, and the event is what it is marked with ({event!r}); "
        "ask whether that happens by the occasion's date"
    )


# Two rates of growth compared: "grow faster than the economy", "outpace growth in revenues".
_RELATIVE_GROWTH = re.compile(
    r"(?i)^(?P<said>(?:(?:continue\s+to|go\s+on\s+to)\s+)?(?:grow|rise|increase|expand|climb|fall|decline|shrink)\s+(?:\w+ly\s+)?(?:faster|slower|"
    r"more\s+(?:quickly|rapidly|slowly)|less\s+(?:quickly|rapidly))\s+than\s+(?:[\w'\u2019-]+\s*){1,4}"
    r"|(?:outpace|outstrip|outgrow|lag)\s+(?:behind\s+)?(?:[\w'\u2019-]+\s*){1,4})"
)


def find_relative_growth(phrase: str) -> str | None:
    """Two rates of growth compared over no stated period ("grow faster than the economy"),
    quoted, or None. The caller checks first that there is no number, year or window."""
    found = _RELATIVE_GROWTH.match(phrase.strip())
    if found is None:
        return None
    said = _trimmed(found.group("said").split())
    return (
        f"nothing to measure: {said!r} compares two rates of growth over no stated period, a long-run "
        "projection; ask about a level (a share of GDP, say) by a date"
    )


# The speed of a flow as the subject: "the pace of consumer spending", "the rate of job growth".
_PACE = re.compile(r"(?i)^(?:the\s+)?(?:\w+\s+)?(?:pace|speed|rate|momentum|tempo)\s+of\s+(?P<flow>.+)$")
_PACE_CHANGING = frozenset("slow accelerate quicken pick moderate ease decelerate speed cool".split())


def find_pace_change(subject: str, verb: str) -> str | None:
    """A pace said to change ("the pace of consumer spending will slow"), quoted, or None: growth
    in one period set against an earlier one, with neither named. The caller checks first that
    there is no number, year or window."""
    found = _PACE.match(subject.strip())
    if found is None or verb not in _PACE_CHANGING:
        return None
    return (
        f"nothing to measure: {_trimmed(subject.split())!r} changing sets growth in one period against an earlier "
        "one, neither named; ask about the figure for a named period (growth in a year, a quarter)"
    )


# A topic of a conversation: "touch briefly on the fair", "talk about trade", "raise the issue of
# visas", "broach the dam". Whether a subject came up in a meeting is seen only by those in the
# room; a readout lists what the sides chose to say was discussed, and a topic missing from it was
# not thereby left out, so neither answer can be checked. A statement, an agreement or a decision on
# the topic would be an act, and is asked about as one.
_TOPIC_RAISED = re.compile(
    r"(?i)^(?:(?:touch|dwell)\s+(?:\w+ly\s+)?(?:on|upon)|(?:talk|speak|chat)\s+(?:\w+ly\s+)?about"
    r"|(?:raise|bring\s+up|broach)\s+(?:the\s+)?(?:issue|question|topic|subject|matter)s?\s+of|broach)\b"
)


def find_topic_raised(phrase: str) -> str | None:
    """A topic said to come up in a conversation ("touch briefly on the fair", "talk about
    trade", "raise the issue of visas"), quoted, or None: nothing a stranger could see happen."""
    found = _TOPIC_RAISED.match(phrase.strip())
    if found is None:
        return None
    said = _trimmed(phrase.split()[: len(found.group(0).split()) + 3])
    return (
        f"a topic of conversation: {said!r} says what will be talked about, which only those present see and "
        "no readout settles; ask about a statement, an agreement or a decision on it"
    )


# A body's membership told whole: "the union will include every state in the region", "the bloc
# will comprise all the coastal countries". Who is in a community, a union or an alliance is set by
# its founding text, usually already signed when it is described; asked over a window, nothing
# happens in it. What may happen is a member joining, signing or leaving, which is asked as that act.
_BODY_NOUNS = frozenset(
    """
    community communities union unions bloc blocs alliance alliances league leagues federation
    confederation association organisation organization council commission coalition partnership
    pact club forum zone area grouping group
    """.split()
)
_WHOLE_MEMBERSHIP = re.compile(
    r"(?i)^(?P<words>(?:include|comprise|encompass|consist\s+of|be\s+made\s+up\s+of|be\s+composed\s+of)\s+"
    r"(?:every|all|each)(?:\s+(?:of\s+)?the)?\s+[\w-]+)"
)


def find_whole_membership(subject: str, phrase: str) -> str | None:
    """A body's membership told whole ("the union will include every state in the region"),
    quoted, or None: a composition its founding text sets, not an event with a day."""
    if not _BODY_NOUNS & {w.lower().strip(",") for w in subject.split()}:
        return None
    found = _WHOLE_MEMBERSHIP.match(phrase.strip())
    if found is None:
        return None
    return (
        f"a composition, not an event: {found.group('words')!r} tells who {_trimmed(subject.split()[-3:])!r} "
        "is made of, which its founding text sets; ask whether a named member joins, signs or leaves by a date"
    )


# How often an act recurs: "rotation will take place at least twice a year", "meet four times a
# year". A frequency is a rule of practice; a window of months cannot show it kept.
_FREQUENCY = re.compile(
    r"(?i)\b(?:(?:at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)\s+)?"
    r"(?:once|twice|thrice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:a|per|every|each)\s+"
    r"(?:year|month|week|day|quarter)\b"
)


def find_frequency(phrase: str) -> str | None:
    """How often an act recurs ("take place at least twice a year"), quoted, or None."""
    found = _FREQUENCY.search(phrase)
    if found is None:
        return None
    return (
        f"a frequency, not an event: {found.group(0)!r} says how often, which no window settles; ask whether "
        "the next one takes place by a date"
    )


# What a thing is made of: "the battery is planned to consist of four launchers", "the zone is estimated to
# contain more cobalt than all land reserves", "the deep-water zones are predicted to hold enormous
# quantities of hydrocarbons". Whatever the subject, a make-up is a design or an estimate, not an event
# with a day; what may happen is the thing being built, fielded or found.
_MAKE_UP = re.compile(
    r"(?i)^(?P<words>(?:consist\s+of|comprise|contain|be\s+(?:made\s+up|composed|comprised)\s+of)\s+"
    r"(?:[\w'\u2019,-]+\s*){0,3}"
    r"|hold\s+(?:[\w'\u2019,$%.-]+\s+){0,3}?(?:quantities|reserves|deposits|amounts|volumes|stocks|resources)\b)"
)


def find_make_up(phrase: str) -> str | None:
    """What a thing is made of ("consist of four launchers", "contain more cobalt"), quoted, or
    None: a design or an estimate, not an event."""
    found = _MAKE_UP.match(phrase.strip())
    if found is None:
        return None
    return (
        f"a make-up, not an event: {_trimmed(found.group('words').split())!r} says what the thing is made of; "
        "ask whether it is built, fielded or found by a date"
    )


# A practice as the subject, building a quality: "long-term engagement will build resilience",
# "dialogue will foster trust". A practice goes on with no day, and a quality it builds has no
# measure, so the claim is a general argument for the practice, not a forecast of anything seen.
_PRACTICE_HEAD = re.compile(
    r"(?i)^(?:engagement|cooperation|co-operation|collaboration|partnership|dialogue|diplomacy|investment|"
    r"assistance|aid|support|education|training|outreach|leadership|governance|reform|reforms|integration|"
    r"coordination|co-ordination|prevention|development|transparency|accountability|approach|action|work|efforts?)$"
)
_BUILT_QUALITY = re.compile(
    r"(?i)^(?:build|foster|promote|strengthen|enhance|deepen|nurture|cultivate|bolster|improve|increase|create|"
    r"generate|restore|sustain|reinforce)\s+(?:(?:greater|more|long-term|lasting|mutual|local|national|"
    r"community|public|societal|social|economic|regional|the|a|an)\s+)*(?P<quality>resilience|trust|confidence|"
    r"capacity|capacities|stability|understanding|cohesion|goodwill|momentum|awareness|ownership|legitimacy|"
    r"prosperity|security|peace|tolerance|solidarity|good\s+will)\b"
)


def find_practice_effect(subject: str, phrase: str) -> str | None:
    """A practice said to build a quality ("long-term partner engagement will build resilience"),
    quoted, or None: the subject's head is a practice, not an actor, and what it builds has no
    measure a report could give."""
    head = re.split(r"\s+(?:of|in|on|for|with|between|among|by)\s+", subject.strip(), maxsplit=1)[0].split()
    if not head or _PRACTICE_HEAD.match(head[-1].strip(",.;:")) is None:
        return None
    built = _BUILT_QUALITY.match(phrase.strip())
    if built is None:
        return None
    return (
        f"a general claim about a practice: {_trimmed(subject.split())!r} building {built.group('quality')!r} names "
        "no act and no measure; ask about a named step (a programme launched, a figure reported) by a date"
    )


# What each of a kind is: "each cohort will bring together governments", "every panel will include
# a judge". A distributive subject with a verb of composition describes how the thing is made up,
# a design set when it is planned, not an event on a day; the launch of the things is the event.
_COMPOSED = re.compile(
    r"(?i)^(?P<said>(?:bring\s+together|gather|include|comprise|consist\s+of|contain|feature|involve|"
    r"focus\s+on|be\s+(?:made\s+up|composed|comprised)\s+of|be\s+(?:co-)?(?:led|chaired|run)\s+by)"
    r"\s+(?:[\w'\u2019-]+\s*){0,3})"
)


def find_description_of_each(subject: str, phrase: str) -> str | None:
    """What each (every) one of a kind is made of ("each cohort will bring together governments"),
    quoted, or None: a description of a design, not an event."""
    if re.match(r"(?i)^(?:each|every)\s+(?!of\s+(?:the\s+)?(?:two|three|both)\b)", subject.strip()) is None:
        return None
    found = _COMPOSED.match(phrase.strip())
    if found is None:
        return None
    return (
        f"a description, not an event: {_trimmed(subject.split())!r} {_trimmed(found.group('said').split())!r} "
        "says what each one is made of or does by design; ask whether they are launched or meet by a date"
    )


# An outcome said with no act in it: a thing judged of use ("come in handy", "prove useful"), or
# words or plans said to become deeds ("be translated into action", "bear fruit", "be put into
# practice"). Which use, or which deeds, is left unsaid, so no report could say it happened; what
# can be asked is whether a named act is done ("put the tariff into force" names its act).
_OUTCOME_FIGURE = re.compile(
    r"(?i)^(?:(?:\w+ly|still|also|even|soon|then|yet)\s+)*(?P<said>come\s+in\s+(?:very\s+)?handy|"
    r"(?:prove|be)\s+(?:(?:very|quite|extremely|particularly|most|highly)\s+)?"
    r"(?:useful|handy|helpful|valuable|fruitful|beneficial|worthwhile)\b|be\s+of\s+(?:\w+\s+)?(?:use|help|value)\b|"
    r"(?:be\s+)?(?:translated|turned|put|converted|transformed)\s+into\s+(?:concrete\s+|real\s+|practical\s+)?"
    r"(?:action|actions|practice|deeds|reality|results)\b|bear\s+fruit|come\s+to\s+fruition)"
)


def find_outcome_figure(phrase: str) -> str | None:
    """A use or a realisation with no act named ("come in handy", "be translated into action"),
    quoted, or None."""
    found = _OUTCOME_FIGURE.match(phrase.strip())
    if found is None:
        return None
    return (
        f"no act named: {found.group('said')!r} says something will be of use or become deeds, not which act is "
        "done; ask about a named act by a date"
    )


# Verbs that classify: "would constitute a Year of Action", "will amount to a violation", "will
# count as a default". They say what something is taken to be, which is a designation or a
# judgement, not an act anyone does on a day.
_CLASSIFYING = re.compile(
    r"(?i)^(?P<said>(?:constitute|amount\s+to|count\s+as|qualify\s+as)\s+(?:[\w'\u2019-]+\s*){1,3})"
)


def find_classification(phrase: str) -> str | None:
    """A classification ("constitute a Year of Action", "amount to a violation"), quoted, or None:
    what something counts as, not an event."""
    found = _CLASSIFYING.match(phrase.strip())
    if found is None:
        return None
    return (
        f"a classification, not an event: {_trimmed(found.group('said').split())!r} says what something counts as; "
        "ask about an act (a declaration, a ruling, a step taken) by a date"
    )


# A relative clause whose object was moved before it: "the works that the party could claim credit
# for", "the issues which the envoy will deal with". The clause describes the noun before the
# relative pronoun; the preposition left at its end shows that its object is that noun, so drafted
# alone the claim asks about an act on nothing named.
_STRANDED = re.compile(
    r"(?i)\b(?P<noun>[\w'\u2019-]+)\s+(?:that|which|whom)\s+(?:[\w'\u2019.-]+\s+){1,5}?"
    r"(?:will|would|could|might|may|can|shall|should|is\s+to|are\s+to)\s+(?:[\w'\u2019-]+\s+){1,5}?"
    # The purpose may follow: "the $100 billion that Congress will be asked to vote on to sustain ...".
    r"(?P<preposition>for|with|about|on|to|of|in|at|from|into|over|against|upon)(?:\s*[.!?]?\s*$|\s+to\s+(?-i:[a-z]+)\b)"
)


# "the political commitments that our nations' leaders will adopt at the summit": a transitive verb
# followed at once by where or when, its object the noun before "that".
_GAPPED_TRANSITIVE = re.compile(
    r"(?i)\b(?P<noun>[\w'\u2019-]+)\s+(?:that|which)\s+(?:[\w'\u2019.-]+\s+){1,5}?"
    r"(?:will|would|could|might|may|can|shall|is\s+to|are\s+to)\s+(?:\w+ly\s+)?"
    r"(?P<verb>adopt|sign|approve|pass|consider|discuss|review|present|submit|publish|release|announce|implement|"
    r"negotiate|deliver|build|buy|sell|send|launch|unveil|finalise|finalize|endorse|ratify|introduce|provide)\s+"
    r"(?=(?:at|in|on|during|by|next|this|later|soon|tomorrow|today|before|after|within|over)\b)"
)


# Verbs before "that" which open a clause said or known, not a relative clause on a noun.
_SAYING = frozenset(
    """predicts predicted says said expects expected believes believed thinks thought hopes hoped argues argued
    warns warned claims claimed insists insisted announced announces noted notes shows showed suggests suggested
    ensure ensures means meant know knows knew clear sure""".split()
)


def find_stranded_relative(clause: str) -> str | None:
    """A claim inside a relative clause whose object is the noun before it ("public works that the
    party could claim credit for", "the commitments that the leaders will adopt at the summit"),
    quoted, or None: ``clause`` ends where the claim ends."""
    gapped = _GAPPED_TRANSITIVE.search(clause.strip())
    if gapped is not None:
        return (
            f"a description, not a forecast: the claim is a relative clause on {gapped.group('noun')!r}, whose "
            f"{gapped.group('verb')!r} has its object moved before it; ask about an act on a named thing"
        )
    found = _STRANDED.search(clause.strip())
    if found is None or found.group("noun").lower() in _SAYING:
        return None  # "predicts that the party will hold on to win": "that" opens what is said
    return (
        f"a description, not a forecast: the claim is a relative clause on {found.group('noun')!r}, ending on "
        f"{found.group('preposition')!r} with its object moved before it; ask about an act on a named thing"
    )


# A claim inside an indirect question: "let's see what will happen in the capital", "no one knows
# whether the talks will resume". The subject read ends on the question word, so what follows is
# asked, not forecast: the speaker says they do not know.
# "Which", "who", "when" and "where" also open relative clauses ("the meeting, which will take place"),
# so only the words that open no relative clause count at the subject's end.
_QUESTION_WORDS = frozenset("what whether how why".split())
# A verb or adjective of not knowing or of waiting, before its question: "wait to see whether",
# "it is unclear whether", "wonder how".
_ASKED = re.compile(
    r"(?i)\b(?P<said>(?:see|know|knows|wonder|wonders|wondering|unclear|uncertain|unknown|ask|asks|asking|watch|"
    r"observe|sure|certain|tell|question)\s+(?:whether|if|how|what|when))\s+(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:will|would|is\s+going\s+to|are\s+going\s+to|'ll|\u2019ll)\b"
)


# "and if so, whether the State Department will take ...": a "whether" that opens a clause of its
# own, after a comma or "and", is a question carried on from the sentence's verb of asking.
_WHETHER_ASKED = re.compile(
    r"(?i)(?:^|[,;]\s*|\b(?:and|or)\s+)(?P<said>whether)\s+(?:[\w'\u2019-]+\s+){1,6}?"
    r"(?:will|would|is\s+going\s+to|are\s+going\s+to)\b"
)


def find_indirect_question(subject: str, clause: str) -> str | None:
    """A claim asked inside an indirect question ("let's first observe what will happen", "it is
    unclear whether the strike will spread"), quoted, or None: the subject read ends on the
    question word, or the claim's own clause (``clause`` ends where the claim ends) puts a verb of
    not knowing or waiting and its question word before it."""
    words = subject.strip().split()
    if words and words[-1].lower().strip(",;:") in _QUESTION_WORDS:
        said = _trimmed(words[-6:])
    else:
        last = re.split(r"[;:]\s|[.!?]\s+", clause)[-1]
        asked = _ASKED.search(last) or _WHETHER_ASKED.search(last)
        if asked is None:
            return None
        said = asked.group("said")
    return (
        f"a question, not a forecast: {said!r} asks what is to come and forecasts nothing; "
        "ask about a claim the source makes"
    )
