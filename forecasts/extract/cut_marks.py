"""Cut marks: what a drafted question shows when the drafting cut the claim's words in the wrong place.

The drafting builds "Will <subject> <event> <window>?" from the claim's clause. When it cuts the
clause at the wrong word, the question keeps a mark of the cut that no reader would write:

- it opens with a preposition or a reporting verb ("Will in the absence of ...", "Will according
  to estimates account for ...", "Will confirms that ..."): the subject was left behind;
- a name is followed by a past-tense verb and its object ("Will Sterett departed Naval Base
  ..."), or a past verb is coordinated after the event ("and sharply cut its output"): the
  sentence told what was done, and the future verb belongs to another clause;
- a relative pronoun stands right before a bare verb ("the bridge that be closed"): the clause's
  subject or modal was cut;
- the event stops on a word that needs more after it ("planned for the end of", "exhausted or
  sometime"): what followed went into the window or was dropped;
- a comparison with the thing itself at a moment only the article places ("higher than they
  were");
- a word that leans on the article's moment or the sentence before stays in ("attack Taiwan now",
  "a high turnout nonetheless happen"): a stranger reading the question alone cannot place it.

Each is a question a person must rewrite whole, so the claim is listed instead of drafted. The
checks read only the question's words; they know nothing of the article, so they hold for any text.
"""

from __future__ import annotations

import re

# Prepositions that cannot open a subject ("in", "on" before a figure do: "in 2024, ..." is a
# person's opening and "on-time" is one word, both excluded where this is used).
_PREPOSITION_OPENING = re.compile(
    r"^(?P<words>(?:in|on|according\s+to|despite|following|amid|amidst|within|across|through|via|per(?!\s+(?:capita|cent)\b)|unlike|"
    r"including|regarding|concerning|given|toward|towards|beyond|besides|except|alongside|throughout)\s+\S+)"
    r"(?=\s)"
)
# "confirms that", "expects that": a reporting verb whose subject was cut off.
_REPORTING_OPENING = re.compile(r"^(?P<words>[a-z]+s\s+that)\b")
# A regular past tense: "-ed", but not a bare verb that ends so ("exceed", "shed").
_PAST_VERB = r"(?P<verb>(?!(?:shed|shred|embed|sled|wed|bed)\b)[a-z]{2,}(?<!e)ed)"
# "Sterett departed Naval Base", "Kovar signed the accord": a name, then a past-tense verb and its object.
_NAME_THEN_PAST = re.compile(
    rf"^(?P<words>(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){{1,3}}{_PAST_VERB}\s+"
    r"(?:the|a|an|its|their|his|her|[A-Z]\w*))\b"
)
# "down blend the uranium and significantly lowered its rate": a second verb, in the past, with its
# own object; an "-ed" word before a possessive is a finite verb, not a noun's participle.
_AND_THEN_PAST = re.compile(rf"\b(?P<words>and\s+(?:[a-z]+ly\s+)?{_PAST_VERB}\s+(?:its|their|his|her))\b")
# "the village that be demolished": a relative pronoun with the bare verb right after it, whose
# subject or modal was cut.
_RELATIVE_THEN_BARE = re.compile(r"(?i)\b(?P<words>[a-z]+\s+(?:that|which|who)\s+be)\b(?!\s+(?:it|that|this)\b)")
# The last word of the event needs words after it.
_OPEN_END = re.compile(
    r"(?i)(?P<words>(?:\S+\s+){0,2}(?<!\S)(?:of|for|to|at|with|from|or|and|the|a|an|than|sometime|starting|beginning|"
    r"until|including|such|"
    # Prepositions that are never a verb's particle ("phased in", "take over" are whole), and a
    # relative pronoun, which always opens a clause: "take place, during [which ...]".
    r"during|between|among|amongst|amid|amidst|via|despite|upon|regarding|concerning|which|whom|whose))$"
)
# Words that place the event by the article's moment, or by the sentence before it.
_LEANING = re.compile(
    r"(?i)(?<![\w-])(?P<words>now|right\s+now|currently|at\s+present|nonetheless|nevertheless|therefore|"
    r"consequently|meanwhile|otherwise)(?![\w-])"
)
# "higher than they were", "lower than it is": compared with itself at a moment only the article places.
_PAST_OF_ITSELF = re.compile(
    r"(?i)(?P<words>than\s+(?:they|it|he|she|we|this|that)\s+(?:were|was|is|are|had\s+been|have\s+been|used\s+to\s+be))"
    r"(?=\s*$|\s+(?:before|last|previously|then|a\s+(?:year|decade)\s+ago|at\s+the\s+(?:start|end)))"
)
_PRESENT_TENSE = re.compile(r"(?i)(?:right\s+)?now|currently|at\s+present$")
_RELATIVE = re.compile(r"(?i)\b(?:which|who|whom|whose|where|that)\b")
# A figure or a date right after "in"/"on" is a person's own opening ("in 2024, will ..."), not a cut.
_FIGURE_NEXT = re.compile(r"^(?:in|on)\s+\d")


def find_cut_mark(body: str) -> str | None:
    """Why the question's event wording (``question_form.question_body``) shows a cut, quoting it, or None."""
    if re.search(r",\s+will\b", body, re.IGNORECASE):
        return None  # "In 2024, will ...": a person's wording, opened as its writer chose
    opening = _PREPOSITION_OPENING.match(body)
    if opening is not None and not _FIGURE_NEXT.match(body):
        return f"garbled question: it opens with {opening.group('words')!r}, not with who or what"
    reporting = _REPORTING_OPENING.match(body)
    if reporting is not None:
        return f"garbled question: it opens with {reporting.group('words')!r}; whoever reports it was cut off"
    past = _NAME_THEN_PAST.match(body)
    if past is not None:
        return (
            f"garbled question: {past.group('words')!r} tells what was done ({past.group('verb')!r}); "
            "the future event is another clause"
        )
    past = _AND_THEN_PAST.search(body)
    if past is not None:
        return (
            f"garbled question: {past.group('words')!r} tells what was done ({past.group('verb')!r}); "
            "the future event is another clause"
        )
    relative = _RELATIVE_THEN_BARE.search(body)
    if relative is not None:
        return f"garbled question: {relative.group('words')!r} has lost the subject or modal of its clause"
    end = _OPEN_END.search(body)
    if end is not None:
        return f"garbled question: the event stops at {end.group('words')!r}; what followed was cut"
    compared = _PAST_OF_ITSELF.search(body)
    if compared is not None:
        return f"unresolved reference: {compared.group('words')!r} compares with a time the question does not name"
    leaning = _LEANING.search(body)
    if leaning is not None and _PRESENT_TENSE.match(leaning.group("words")):
        # "forces that now operate in Iraq": a relative clause describing the present, not the event's time.
        leaning = None if _RELATIVE.search(body[: leaning.start()]) else leaning
    if leaning is not None:
        return f"unresolved reference: {leaning.group('words')!r} leans on the article's moment or its sentence before"
    return None
