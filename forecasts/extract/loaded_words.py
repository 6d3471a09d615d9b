"""Loaded words: a quoted party's charged label in place of the article's neutral wording.

An article quotes a side in its own terms ("expelling all US occupation forces", "the Zionist
entity", "the puppet government") and a draft that lifts the phrase asks the question in that
side's words. A stranger's question needs the article's own neutral wording: the same noun phrase
without the charged word ("US forces"), when the article uses it (``neutral_wording``);
``loaded_word`` names a charged word that stays.
"""

from __future__ import annotations

import re

# Words that label a side rather than describe it, as a modifier of the noun after them.
# ("terrorist" and "criminal" are left out: neutral reports use them of designated groups and charges.)
_CHARGED = r"occupation|occupying|occupier|Zionist|crusader|puppet|mercenary|infidel|apostate"
# "US occupation forces": an owner (a capitalised word or two, optional), the charged word, the noun.
_LOADED_PHRASE = re.compile(
    rf"(?P<owner>(?:[A-Z][\w.'\u2019-]*\s+){{0,2}})(?P<charged>(?i:{_CHARGED}))\s+(?P<noun>[a-z][\w-]*)"
)


def loaded_word(phrase: str) -> str | None:
    """The charged word ``phrase`` labels something with ("occupation" in "US occupation forces"), or None."""
    found = _LOADED_PHRASE.search(phrase)
    return found.group("charged") if found else None


def neutral_wording(phrase: str, body: str) -> str:
    """ "expelling all US occupation forces" -> "expelling all US forces" when the article itself
    says "US forces": each charged label whose neutral form (the same owner and noun) the article
    uses is replaced by it; others stay, for ``loaded_word`` to find."""

    # The article's own use, not the quoted label again: the labels taken out, the owner and noun side by side.
    unlabelled = _LOADED_PHRASE.sub(" ", body)

    def neutral(m: re.Match[str]) -> str:
        plain = f"{m.group('owner')}{m.group('noun')}"
        # A bare noun ("the troops") says nothing of whose; only an owner's noun is the same thing.
        if m.group("owner") and re.search(rf"\b{re.escape(plain)}\b", unlabelled):
            return plain
        return m.group(0)

    return _LOADED_PHRASE.sub(neutral, phrase)
