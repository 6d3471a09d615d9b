"""A legislative session's programme: a law it promises to pass is due by the session's end.

A speech opening a session of parliament (the Queen's or King's Speech, a Speech from the Throne)
lists what the government means to do in that session. A bill's introduction can be checked
within the drafting's default half year, but an Act's passage ("my government will legislate
to ...", "X will be placed on a statutory footing", "... will be passed") takes the session: bills
introduced late in it pass in its last months. Such a claim is asked to the session's end, about
a year after the speech (``SESSION_DAYS``), not the default half year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate

# A session usually runs about a year from the speech that opens it to the next.
SESSION_DAYS = 365
SESSION_PHRASE = "the session the speech opens"

# The speech that opens a session: named, or its address to both Houses and its closing formula.
_SESSION_SPEECH = re.compile(
    r"(?i)\b(?:queen's|king's|queen\u2019s|king\u2019s)\s+speech\b|\b(?:speech\s+from\s+the\s+throne|throne\s+speech)\b"
)
_ADDRESS_TO_THE_HOUSES = re.compile(r"(?i)\bmy\s+lords\s+and\s+members\s+of\s+the\s+house\s+of\s+commons\b")
_LAID_BEFORE_YOU = re.compile(r"(?i)\b(?:will\s+be\s+laid\s+before\s+you|will\s+be\s+brought\s+before\s+you)\b")
# An Act's passage, not a bill's introduction ("legislation will be introduced to ..." is not one).
_PASSAGE = re.compile(
    r"(?i)\b(?:legislate|be\s+(?:placed|put)\s+on\s+an?\s+(?:\w+\s+)?(?:statutory|legal)\s+footing|"
    r"be\s+(?:enshrined|written)\s+(?:in|into)\s+law|become\s+law|be\s+(?:passed|enacted)(?!\s+(?:on|to)\b)|"
    r"receive\s+royal\s+assent)\b"
)


def opens_a_session(article: Article) -> bool:
    """Whether the article is the speech that opens a session of parliament: named so in its title,
    or addressing both Houses and saying measures will be laid before them."""
    if article.title and _SESSION_SPEECH.search(article.title):
        return True
    return bool(_ADDRESS_TO_THE_HOUSES.search(article.body) and _LAID_BEFORE_YOU.search(article.body))


def session_deadline(candidate: Candidate, article: Article) -> date | None:
    """The session's end, for a claim in a session-opening speech that promises an Act's passage;
    else None (the claim's window is looked for elsewhere)."""
    if article.published is None or not _PASSAGE.search(candidate.quote):
        return None
    if not opens_a_session(article):
        return None
    return article.published + timedelta(days=SESSION_DAYS)
