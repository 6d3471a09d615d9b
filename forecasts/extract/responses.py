"""Responses: an act named as the means of a response.

"Ostland will respond by imposing sanctions", "if Varnians retaliate by shelling the border
towns", "the bank reacted by raising rates": the verb says the act answers something, the gerund
after "by" says what the act is. A stranger checks the act (sanctions imposed, towns shelled),
so the drafting asks about it: "respond" alone reads as a statement ("responded in a speech"),
and its criteria would ask for words on the record rather than the act. What it answers is the
claim's context, not part of the event.
"""

from __future__ import annotations

import re

# "respond by", "retaliated by", "is reacting by": the response verb in any form, then the means.
_RESPONSE_BY = re.compile(
    r"(?i)^(?:respond|retaliate|react|reply|answer|hit\s+back|strike\s+back)\s+"
    r"(?:(?:to|against)\s+(?:[\w'\u2019-]+\s+){1,4}?)?by\s+(?P<gerund>[a-z]{3,}ing)\s+(?P<rest>\S.*)$"
)


def response_by_means(phrase: str) -> tuple[str, str] | None:
    """ "respond by imposing sanctions on Varnia" -> ("imposing", "sanctions on Varnia"): the gerund
    that names the act and the words after it, or None when the phrase is no response named by its
    means ("respond to the report", "respond by Friday")."""
    found = _RESPONSE_BY.match(phrase.strip())
    if found is None:
        return None
    return found.group("gerund"), found.group("rest")
