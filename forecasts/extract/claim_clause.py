"""The claim's own clause, read from the parse of the sentence it stands in.

``question_syntax`` parses the drafted question alone, so it cannot see what the drafting left
out of the sentence. This module finds the drafted phrase in the parse of the claim's sentence
(its verb, then its words in order) and reads there what the question cannot show:

- the phrase stops inside a noun phrase: its last word belongs to a noun further on ("replace
  coal generation with clean[, innovative nuclear energy]", "use covert, rather than declared[,
  facilities]"), or the things it lists go on after it ("staff in retail, all users of taxis[ and
  private hire vehicles]"): the question names half a thing;
- the claim was said long before the article: "In February 2023, President Putin announced that
  Russia would suspend ...", in an article of 2026, recounts a forecast whose time has come
  (with "will", "announced that NASA will use ...", the writer holds it still to come);
- the claim's verb hangs from "assume" ("the baseline assumes that the tax will stay in force"):
  what a projection takes as given, not what anyone forecasts;
- the claim's only modal is "shall" and its subject is not the speaker ("This Treaty shall enter
  into force ten days after ...", "The Secretary shall report to the Committees"): a provision of
  a treaty, bill or charter; readers rewrote all 13 such drafts of the held-out articles;
- the claim's verb carries "should" or "ought" and no other modal: the sentence says what ought
  to happen ("the administration should aim to keep 50,000 troops"); readers rewrote all 8 such
  drafts they read up to the twenty-sixth round (a price level's "should" expects, and stays);
- the claim's verb carries "could" or "can" and no other modal: the sentence says what is
  possible ("tariffs could increase costs", "experts say we could produce 2 million barrels a
  day"), not what is expected. Readers rewrote 13 of 14 such drafts over the held-out sets and
  the labelled articles up to the twenty-third round (2026-12-06); the one kept was a price level
  ("oil could go above $100 a barrel"), a level a stranger can check on a date, which stays. So
  does an act of force or pressure ("Iran could attack US allies"): there "could" is the ordinary
  hedge of a conflict forecast, and the event has a rule to check it.

A fault is returned as the reason the claim is listed rather than drafted.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from forecasts.extract.calendar_names import MONTH_NAMES
from forecasts.extract.propositions import FORCE_KINDS
from forecasts.extract.syntax import parse
from forecasts.extract.windows import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words before their noun inside a noun phrase; a phrase ending on one has lost the noun.
_INSIDE_NOUN_PHRASE = frozenset(
    {"amod", "compound", "nummod", "nmod:poss", "det", "det:predet", "case", "flat", "fixed", "conj", "cc"}
)
_NOUN_TAGS = ("NN", "CD", "JJ")
_COMMON_NOUNS = frozenset({"NN", "NNS"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Between the verb and the next word of the phrase the drafting drops an adverb, a time or an aside.
_MAX_GAP = 6
_POSSIBILITY = frozenset({"could", "can"})
# The words of a reworded phrase that still find its verb in the sentence ("take forward both").
_VERB_WORDS = 3
# "In February 2023, Putin announced that Russia would ...": the month (or year) a statement was made.
_DATED = re.compile(rf"\b(?:(?P<month>{MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?)?(?P<year>(?:19|20)\d\d)\b")
_BARE_MONTH = re.compile(rf"^(?:in|last|by)\s+({MONTH_NAMES})$", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_PAST_TAGS = ("VBD", "VBN")
# Verbs whose past with "to" reports a forecast ("expected inflation to be over 3 percent").
_PROJECTION_VERBS = frozenset({"expect", "project", "predict", "forecast", "anticipate"})
# Verbs whose simple past, of the speaker's own "I" or "we", is a view the speaker once held.
_BELIEF_VERBS = _PROJECTION_VERBS | {"believe", "think", "fear", "hope", "assume", "suppose"}
# A statement this long before the article reports a forecast whose time has mostly come.
_OLD_STATEMENT_DAYS = 60
# The verbs through which a modal reaches the claim's verb ("could decide to engage").
_CHAIN_DEPS = frozenset({"xcomp", "conj", "ccomp"})
# ... and through which a verb of saying governs it ("announced that Russia would suspend").
_SAID_DEPS = _CHAIN_DEPS | {"aux", "aux:pass", "cop"}
# Where "could" is the genre's ordinary hedge on a checkable event: an act of force or pressure
# between named parties ("Iran could attack US allies in the next two weeks").
_HEDGED_KINDS = FORCE_KINDS


def _norm(word: str) -> str:
    return word.lower().strip(".,;:'\u2019\"\u201c\u201d()[]")


def find_phrase_tokens(sentence: str, quote_start: int, quote_end: int, phrase: str) -> tuple[Token, Token] | None:
    """The first and last word of the drafted phrase in the parse of ``sentence``, or None when
    its words cannot be found in order within the quote (``quote_start``/``quote_end`` are
    offsets into ``sentence``). The phrase opens on its verb in base form, matched on its lemma."""
    words = [w for w in (_norm(t.text) for t in parse(phrase)) if w]
    if len(words) < 2:
        return None
    doc = parse(sentence)
    for first in doc:
        if not quote_start <= first.idx < quote_end or words[0] not in (first.lemma_.lower(), _norm(first.text)):
            continue
        last, matched, gap = first, 1, 0
        for token in doc[first.i + 1 :]:
            if matched == len(words) or gap > _MAX_GAP:
                break
            if words[matched] in (_norm(token.text), token.lemma_.lower()):
                last, matched, gap = token, matched + 1, 0
            else:
                gap += 1
        if matched == len(words):
            return first, last
    return None


def _carries_would(token: Token) -> bool:
    return any(c.lower_ == "would" and c.tag_ == "MD" for c in token.children)


def _would_predicates(sentence: str, quote_start: int, quote_end: int) -> list[Token]:
    """The words within the quote that carry a "would"."""
    return [t for t in parse(sentence) if quote_start <= t.idx < quote_end and _carries_would(t)]


def _reworded_phrase_verb(sentence: str, quote_start: int, quote_end: int, phrase: str) -> Token | None:
    """The verb of a phrase the drafting reworded ("take forward both aims by promising to halve the
    United Kingdom's emissions"): its first words still find it in the sentence, or None."""
    found = find_phrase_tokens(sentence, quote_start, quote_end, " ".join(phrase.split()[:_VERB_WORDS]))
    return found[0] if found is not None else None


def _list_item(doc: Doc, last: Token, item: Token) -> bool:
    """Whether ``item`` reads as a further thing in the list ending on ``last``: only a comma, a
    conjunction, determiners and modifiers between them ("and mostly for bunkering purposes" is an
    aside), and no "-ing" word with a preposition after it ("building on ..." is a participle)."""
    between = doc[last.i + 1 : item.i]
    if any(t.tag_.startswith(("RB", "IN", "VB")) for t in between):
        return False
    return not (item.lower_.endswith("ing") and item.i + 1 < len(doc) and doc[item.i + 1].tag_ == "IN")


def find_cut_phrase(doc: Doc, last: Token) -> str | None:
    """Why the phrase ending on ``last`` stops inside a noun phrase, or cuts a list of things short
    ("include staff in retail, all users of taxis[ and private hire vehicles]"), or None."""
    head = last.head
    if head.i > last.i and last.dep_ in _INSIDE_NOUN_PHRASE and head.tag_.startswith(_NOUN_TAGS):
        thing = doc[head.left_edge.i : head.i + 1].text
        return f"garbled question: the phrase stops inside a noun phrase ({last.text!r} of {thing!r})"
    # Common nouns both: a place's state after a comma ("Fort Lee, Virginia") or a participle the
    # parser joins ("grid, building on ...") is no list.
    more = [
        c for c in last.children if c.dep_ == "conj" and c.i > last.i and c.tag_ in _NOUNS and _list_item(doc, last, c)
    ]
    if not more or last.tag_ not in _COMMON_NOUNS:
        return None
    rest = doc[last.i + 1 : more[-1].right_edge.i + 1].text
    return f"garbled question: the phrase cuts a list short after {last.text!r} ({rest!r} is left out)"


_NORM = frozenset({"should", "ought"})


def _verb_chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs it hangs from ("could decide to engage": engage, decide), at most five."""
    chain = [verb]
    while chain[-1].dep_ in _CHAIN_DEPS and chain[-1].head is not chain[-1] and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def _only_modals(verb: Token, allowed: frozenset[str]) -> str | None:
    """The first modal of ``verb`` (or of the verbs it hangs from, "could decide to engage") when
    it has one and every one is ``allowed``; else None."""
    modals = [c.lower_ for token in _verb_chain(verb) for c in token.children if c.tag_ == "MD"]
    return modals[0] if modals and all(m in allowed for m in modals) else None


def find_norm(verb: Token) -> str | None:
    """Why the claim says what ought to happen rather than what will, or None: its only modal is
    "should" or "ought" ("the administration should aim to keep 50,000 troops", "supply and demand
    ought to put oil at $55")."""
    modal = _only_modals(verb, _NORM)
    if modal is None:
        return None
    return f"a norm, not a forecast: {modal!r} {verb.text!r} says what ought to happen, not what is expected"


_PROVISION = frozenset({"shall"})
_SPEAKERS = frozenset({"i", "we"})


def find_provision(verb: Token) -> str | None:
    """Why the claim is a provision rather than a forecast, or None: its only modal is "shall" and
    its subject is not the speaker ("This Treaty shall enter into force ten days after ...",
    "Decisions of the Conference shall be taken by consensus", "The Secretary of State shall report
    to the Committees"). A treaty's, bill's or charter's "shall" lays down what must be, whether or
    not it comes into force; "we shall see" and "I shall make a statement" are the speaker's own."""
    if verb.dep_ in ("aux", "aux:pass", "cop") and verb.head is not verb:
        verb = verb.head  # "shall be taken": the modal hangs from the participle, not from "be"
    modal = _only_modals(verb, _PROVISION)
    if modal is None:
        return None
    subjects = [c for token in _verb_chain(verb) for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "expl")]
    if any(s.lower_ in _SPEAKERS for s in subjects):
        return None
    return f"a provision, not a forecast: {modal!r} {verb.text!r} lays down what must be, not what is expected"


def find_possibility(verb: Token) -> str | None:
    """Why the claim states a possibility rather than an expectation, or None: its only modal is
    "could" or "can"."""
    modal = _only_modals(verb, _POSSIBILITY)
    if modal is None:
        return None
    return f"a possibility, not an expectation: {modal!r} {verb.text!r} says what may happen, not what is expected"


# "may increase rather than reduce": with two outcomes named, a "may" weighs them as a "could" does.
_POSSIBLE_OUTCOMES = _POSSIBILITY | {"may", "might"}


def find_possible_alternatives(sentence: str, quote_start: int, quote_end: int, phrase: str) -> str | None:
    """Why a claim that names alternatives ("stablecoins may increase rather than reduce the primacy
    of the dollar", "an overreaction could worsen conditions rather than ameliorate them") weighs
    what may happen rather than forecasting which will, or None: its only modal is one of
    possibility. An analyst's "may A rather than B" argues against an expected B; it does not say
    A will happen, so a categorical question over A and B asks what no one forecast."""
    verb = _reworded_phrase_verb(sentence, quote_start, quote_end, phrase)
    modal = _only_modals(verb, _POSSIBLE_OUTCOMES) if verb is not None else None
    if verb is None or modal is None:
        return None
    return (
        f"a possibility, not an expectation: {modal!r} {verb.text!r} weighs what may happen, not which "
        "of the alternatives will"
    )


# Verbs of being whose complement may be one of two kinds of outcome ("be asymmetric rather than direct").
_STATE_VERBS = frozenset({"be", "become", "remain", "prove"})
_KIND_TAGS = ("JJ", "NN")


def find_contrast_of_acts(phrase: str, alternatives: tuple[str, ...]) -> str | None:
    """Why the alternatives a claim names are no choice a categorical question could ask, or None.

    A question over alternatives holds when the claim says which of two kinds the event will be
    ("Iran's response will be asymmetric rather than direct"): a verb of being and, after it, two
    adjectives or nouns. Two acts or states set against each other ("a strike would delay, not
    destroy", "will face worse, not better", "should follow, not lead") are rhetoric more often
    than a forecast of which; readers published none of the categorical questions drafted from
    them."""
    words = phrase.split()
    if len(alternatives) < 2 or not words:
        return None
    doc = parse(f"It will {phrase}.")
    tags = {t.lower_: t.tag_ for t in doc}
    if words[0].lower() in _STATE_VERBS and all(tags.get(a, "").startswith(_KIND_TAGS) for a in alternatives):
        return None
    return (
        f"a contrast, not a choice: {alternatives[0]!r} against {alternatives[1]!r} sets two acts or states "
        "against each other, not two outcomes to choose between; word the question yourself (--draft-all drafts it)"
    )


def find_old_statement(verb: Token, published: date | None) -> str | None:
    """Why the claim is a statement or view from before the article, or None. Its "would" (or the
    "to" of "expected inflation to be ...") hangs from a past verb of saying or believing:
    - in the pluperfect ("Mofaz, who had at first insisted he would never join ...": said before
      the past the article recounts, whatever the date);
    - dated more than ``_OLD_STATEMENT_DAYS`` before ``published`` ("In February 2023, President
      Putin announced that Russia would suspend ...", "In June, the median participant projected
      that ...": a month without a year is the last such month before the article);
    - the speaker's own past view ("I believed tapering would have to start", "I thought it
      would"): a view still held is "I expect";
    - about a year already over when the article appeared ("predicted that 2021 inflation would be
      below 4 percent", in 2022).
    What it forecast has since happened or not, and the article recounts it. With "will"
    ("announced that NASA will use ...") the writer holds the event still to come, and the claim
    stands."""
    reported = _past_saying(verb)
    if reported is not None:
        said, predicate = reported
        had = next((c for c in said.children if c.dep_ == "aux" and c.lower_ == "had"), None)
        if had is not None:
            return _said_before(verb.doc[had.i : said.i + 1].text)
        found = _own_past_view(said)
        if published is not None and found is None:
            year = _claim_year(said, predicate)
            if year is None or year < published.year:
                # Said long ago of a year still to come ("in September 2025 ... stated that four
                # prototypes would be operational in 2026", read in 2026): the forecast is open.
                found = _dated_statement(said, published)
            if found is None and year is not None and year < published.year:
                found = f"already past: the statement ({said.text!r}) is about {year}, over before the article"
        if found is not None:
            return found
    # The parser misreads "who had at first insisted he would ...": the words say it.
    words = _PLUPERFECT_SAYING.search(verb.doc.text[: verb.idx])
    return _said_before(words.group(0).strip()) if words is not None else None


def _past_saying(verb: Token) -> tuple[Token, Token] | None:
    """The past verb of saying or believing the claim is reported under, and the claim's predicate
    (where its "would" or "to" sits), or None when the claim carries no "would" (nor a
    projection's "to") or hangs from no past verb."""
    # The modal sits on the predicate a copula or an infinitive hangs from ("would be below 4
    # percent", "would have to start").
    head = verb
    while not _carries_would(head):
        if head.dep_ == "xcomp" and head.head.lemma_ in _PROJECTION_VERBS and head.head.tag_ in _PAST_TAGS:
            return head.head, head  # "expected inflation to be over 3 percent"
        if head.dep_ not in ("cop", "xcomp", "conj") or head.head is head:
            return None
        head = head.head
    said = head
    # "predicted that 2021 inflation would be": the parser may take the clause for an object.
    while said.dep_ in _SAID_DEPS | {"obj"} and said.head is not said:
        said = said.head
        if said.tag_ in _PAST_TAGS:
            return said, head
    return None


def _own_past_view(said: Token) -> str | None:
    """Why ``said`` is the speaker's own view, held before and reported in the past, or None."""
    if said.tag_ != "VBD" or said.lemma_ not in _BELIEF_VERBS:
        return None
    subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.lower_ not in ("i", "we"):
        return None
    return f"a past view: {subject.text + ' ' + said.text!r} recounts what the speaker once expected, not a forecast"


def _claim_year(said: Token, predicate: Token) -> int | None:
    """The year the claim reported under ``said`` is about, or None: the latest inside the
    predicate ("that 2021 inflation would be below 4 percent") or else the first after it
    ("expected inflation to be over 3 percent in 2021 and ...")."""
    doc = said.doc
    inside = _YEAR.findall(doc[predicate.left_edge.i : predicate.right_edge.i + 1].text)
    after = _YEAR.findall(doc[predicate.right_edge.i + 1 : max(said.right_edge.i, predicate.right_edge.i) + 1].text)
    years = [int(y) for y in inside] or [int(y) for y in after[:1]]
    return max(years) if years else None


def find_assumption(verb: Token) -> str | None:
    """Why the claim is what a projection assumes rather than what anyone forecasts, or None: its
    verb hangs from "assume" ("the baseline assumes that the tax will stay in force", "the estimate
    assumes that Iran would use its declared facilities", "rates are assumed to rise"). An
    assumption is taken as given to work something else out; whether it comes true is no one's
    forecast."""
    head = verb
    while head.dep_ in _SAID_DEPS and head.head is not head:
        head = head.head
        if head.lower_.startswith("assum") and head.tag_.startswith("VB"):
            return (
                f"an assumption, not a forecast: {head.text!r} says what a projection takes as given, "
                "not what anyone expects"
            )
    return None


def _said_before(words: str) -> str:
    return f"already past: {words!r} reports a statement made before the events the article recounts"


def _dated_statement(said: Token, published: date) -> str | None:
    """Why the time written before ``said`` dates it more than ``_OLD_STATEMENT_DAYS`` before
    ``published``, or None."""
    for child in said.children:
        if child.dep_ not in ("obl", "obl:tmod", "nmod:tmod", "advmod", "obl:unmarked") or child.i > said.i:
            continue
        when_said = child.doc[child.left_edge.i : child.right_edge.i + 1].text.rstrip(",;: ")
        found = _DATED.search(when_said)
        if found is not None:
            month = MONTHS[found.group("month").lower()] if found.group("month") else 12
            when = date(int(found.group("year")), month, 1)
        else:
            bare = _BARE_MONTH.search(when_said)
            if bare is None:
                continue
            # "In June", said in the past: the last June before the article.
            month = MONTHS[bare.group(1).lower()]
            when = date(published.year - (month > published.month), month, 1)
        if (published - when).days > _OLD_STATEMENT_DAYS:
            return f"already past: {when_said!r} dates the statement ({said.text!r}), long before the article"
    return None


# "had (at first) insisted he would", "had promised that they would": a statement made before a past.
_PLUPERFECT_SAYING = re.compile(
    r"\bhad\s+(?:[a-z]+\s+){0,3}?(?:said|insisted|promised|vowed|pledged|claimed|announced|stated|declared|told\s+\w+|"
    r"warned|predicted|assured\s+\w+|maintained|argued|projected|expected|forecast|anticipated|believed|thought)(?=(?:\s+that)?\s+(?:[\w'\u2019-]+\s+){1,6}?would\s+"
    r"(?:[a-z]+\s+){0,2}$)",
    re.IGNORECASE,
)


def judge_claim_clause(
    sentence: str,
    quote_start: int,
    quote_end: int,
    phrase: str,
    event_kind: str = "",
    published: date | None = None,
) -> str | None:
    """Why the drafted ``phrase``, read in the claim's ``sentence``, makes no question: cut inside a
    noun phrase (``find_cut_phrase``), said long before ``published`` (``find_old_statement``),
    what a projection assumes (``find_assumption``), a provision (``find_provision``), a norm
    (``find_norm``) or only a possibility (``find_possibility``, except for an act of force or
    pressure), neither for a price level; None when it is sound or cannot be found in the sentence."""
    found = find_phrase_tokens(sentence, quote_start, quote_end, phrase)
    if found is not None:
        verb, last = found
        cut = find_cut_phrase(verb.doc, last)
        if cut is not None:
            return cut
    else:
        # "promising to halve our emissions" drafted as "... the United Kingdom's emissions": the
        # drafting reworded the phrase, so its end is not in the sentence, but its verb is, with
        # the modals that say whether it is a forecast at all.
        reworded = _reworded_phrase_verb(sentence, quote_start, quote_end, phrase)
        if reworded is None:
            # "would cause a slowdown in both inflation and activity" drafted as "both inflation
            # ... fall": no word of the verb is left, but a quote with one "would" has one claim.
            would = _would_predicates(sentence, quote_start, quote_end)
            return find_old_statement(would[0], published) if len(would) == 1 else None
        verb = reworded
    old = find_old_statement(verb, published) or find_assumption(verb) or find_provision(verb)
    if old is not None:
        return old
    if verb.dep_ == "aux:pass" and verb.head is not verb:
        # "should be completed", "could be held": the modal sits on the participle the "be" serves.
        # ("should be fully operational by 2020" is a state expected by a date, and stays.)
        verb = verb.head
    if event_kind == "price_level":
        return None  # "prices should fall", "oil could go above $100": of a level, both expect
    return find_norm(verb) or (find_possibility(verb) if event_kind not in _HEDGED_KINDS else None)
