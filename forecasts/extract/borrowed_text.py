"""Text an article carries but does not claim: links to other stories, what a document provides or a proposal would do.

A news page lists other stories' headlines under labels ("READ ALSO:", "Related:", "See also",
"WATCH:"); "Killing of the Commander Could Activate Sleeper Cells" under such a label is the
headline of another article, whose forecast this article neither makes nor argues. A speaker who
reads out a document ("The agreements say that ... This process should end after a settlement.
This is what the text of the agreement says.") reports what the document prescribes: a deontic
"should", "shall" or "is to" under a document's authority is an obligation, not the speaker's
expectation. (A plain "will" under a document, "under the deal, troops will withdraw by May",
is a schedule and stays a forecast.) A report describing a bill or a budget request ("H.R. 8148
would bar ...", "the program's funding would increase from $68.7 million to $78.9 million") says
what the text would do if adopted: its content, not a forecast that it is adopted. None is drafted.
"""

from __future__ import annotations

import re

# The labels news pages put before links to other stories: a label with its separator, or a line
# that is the label alone ("READ ALSO:" with the headline on the next line).
_LINK_LABEL = (
    r"(?:read\s+also|also\s+read|read\s+more|more\s+to\s+read|related(?:\s+(?:stories|articles?|coverage|content|"
    r"reading|news))?|see\s+also|watch|listen|recommended(?:\s+for\s+you)?|further\s+reading|"
    r"you\s+(?:may|might)\s+also\s+like|more\s+on\s+this(?:\s+story)?|don['\u2019]t\s+miss|editor['\u2019]s\s+picks?)"
)
_LABELLED_LINE = re.compile(rf"(?i)^\s*[\[(]?{_LINK_LABEL}[\])]?\s*(?:[:|>\u00bb\u2013\u2014-]+)\s*")
_LABEL_ALONE = re.compile(rf"(?i)^\s*[\[(]?{_LINK_LABEL}[\])]?\s*[:|>\u00bb\u2013\u2014.-]*\s*$")

# Texts that bind their parties: what they "say" is an obligation, not a forecast.
_DOCUMENT = (
    r"(?:agreements?|accords?|treaty|treaties|deal|memorandum|protocol|charter|constitution|law|statute|decree|"
    r"resolution|convention|contract|text|clauses?|articles?\s+\d+\w*|terms)"
)
_PROVIDES = (
    r"(?:says?|said|states?|stated|stipulates?|stipulated|provides?|provided|specif(?:y|ies|ied)|reads?|prescribes?|"
    r"envisages?|envisaged|requires?|required|sets?\s+out|lays?\s+down)"
)
# "Under the agreements, ...", "According to the treaty, ...", "The accord says that ...".
_UNDER_A_DOCUMENT = re.compile(
    rf"(?i)\b(?:under|according\s+to|in\s+line\s+with|pursuant\s+to|as\s+(?:laid\s+down|set\s+out)\s+in)\s+"
    rf"(?:the\s+|this\s+|that\s+|these\s+|its\s+|their\s+)?(?:terms\s+of\s+the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}"
    rf"{_DOCUMENT}\b|\b(?:the|this|that|these)\s+(?:[A-Z][\w-]*\s+){{0,3}}{_DOCUMENT}\s+{_PROVIDES}\b"
)
# "This is what the text of the agreement says": the sentence before is the document's.
_THAT_IS_WHAT_IT_SAYS = re.compile(
    rf"(?i)^\s*(?:this|that|these)\s+(?:is|are)\s+(?:exactly\s+)?what\s+(?:the\s+|this\s+|our\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?{_DOCUMENT}\s+(?:[\w-]+\s+){{0,3}}?{_PROVIDES}\b"
)
_DEONTIC = re.compile(
    r"(?i)\b(?:should|shall|must|ought\s+to|(?:is|are)\s+(?:supposed\s+|obliged\s+|required\s+)?to\s+\w+|"
    r"has\s+to|have\s+to)\b"
)


def find_link_line(body: str, start: int) -> str | None:
    """Why the claim whose sentence begins at ``start`` is another story's headline, or None: its
    line opens with a link label ("Related: Iran could ..."), or the line before it (blank lines
    skipped) is the label alone."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    labelled = _LABELLED_LINE.match(body[line_start : line_end if line_end >= 0 else len(body)])
    if labelled is not None:
        label = labelled.group(0).strip()
        return f"not the article's own claim: it follows the link label {label!r}, a headline of another story"
    if body[line_start:start].strip():
        return None  # the claim is inside a line of running text
    before = body[:line_start].rstrip().rsplit("\n", 1)[-1]
    if before.strip() and _LABEL_ALONE.match(before):
        label = before.strip()
        return f"not the article's own claim: it follows the link label {label!r}, a headline of another story"
    return None


def find_document_content(clause: str, next_sentence: str) -> str | None:
    """Why a claim reports what a document prescribes, or None: a deontic modal ("should",
    "shall", "is to") in a clause set under a document ("under the treaty", "the accord says"),
    or followed by "this is what the agreement says"."""
    deontic = _DEONTIC.search(clause)
    if deontic is None:
        return None
    source = _UNDER_A_DOCUMENT.search(clause) or _THAT_IS_WHAT_IT_SAYS.match(next_sentence)
    if source is None:
        return None
    said = " ".join(source.group(0).split())
    return (
        f"not a forecast: {deontic.group(0)!r} reports what a document prescribes ({said!r}); ask whether "
        "the parties do it by a date"
    )


# A proposal a text describes: a bill, a budget request, a draft law, an amendment.
_PROPOSAL = re.compile(
    r"\b(?:[Bb]ills?|[Ll]egislation|H\.\s?R\.\s?\d+|S\.\s?\d+|[Aa]mendments?|[Pp]roposals?|[Pp]roposed|"
    r"(?:[Bb]udget|FY\s?\d{2,4}|[Aa]ppropriations?)\s+(?:[Bb]udget\s+)?[Rr]equests?|(?:the|this|its|their)\s+request|"
    r"[Dd]raft\s+law|"
    r"[Pp]rovisions?)\b"
)
_WOULD = re.compile(r"(?i)\bwould\b")
_WILL = re.compile(r"(?i)\b(?:will|shall|won['\u2019]t)\b|['\u2019]ll\b")
# "analysts say the bill would pass": a view of what happens to the proposal, not its content.
_VIEW_BEFORE = re.compile(
    r"(?i)\b(?:says?|said|told|tells|announced|expects?|expected|predicts?|predicted|believes?|believed|thinks?|"
    r"thought|hopes?|hoped|warns?|warned|argues?|argued|promised|pledged|vowed|estimates?|estimated|projects?|"
    r"projected|forecasts?|likely|unlikely|probably|doubt)\b"
)


def find_proposal_effect(clause: str, paragraph: str) -> str | None:
    """Why a claim describes what a proposal would do rather than forecast it, or None: its only
    modal is "would", with no one's view before it, and its paragraph up to the claim is about a
    bill, a budget request, a draft law or an amendment ("The FY2027 request ... Mineral
    Resources Program funding would increase from $68.7 million to $78.9 million", "H.R. 8148
    would state that ..."). What the text would do if adopted is its content; whether it is
    adopted is the question, and the claim does not forecast it."""
    would = _WOULD.search(clause)
    if would is None or _WILL.search(clause) or _VIEW_BEFORE.search(clause, 0, would.start()):
        return None
    proposal = _PROPOSAL.search(paragraph)
    if proposal is None:
        return None
    return (
        f"not a forecast: 'would' describes what a proposal ({proposal.group(0)!r}) would do if adopted; ask "
        "whether it is adopted by a date"
    )
