"""Unrest a condition is said to bring about: the unrest is the event.

"The economic, political, and societal seeds of popular discontent could threaten further domestic
strife akin to the protests inside Iran", "rising food prices could spark protests": what a report
dates is the strife or the protests; the condition only says why, and no report settles whether it
caused them. Such a claim is asked as "Will further domestic strife break out in Iran ...?", an
event of the kind "protest", which ACLED records (event type Protests, in the country where they
happen). The place is the one the claim's sentence gives ("inside Iran"); without one the question
asks about the unrest alone and a person adds where.

An actor's own act stays as it is: "the opposition will stage protests" is asked as said, and
"Russia will stoke unrest in Moldova" is Russia's doing, an influence operation, not unrest
breaking out.
"""

from __future__ import annotations

import re

from forecasts.extract.caused_events import is_event_cause
from forecasts.extract.gazetteer import actors_in, display_name, place_in

_UNREST = r"(?:protests?|demonstrations?|riots?|rioting|unrest|strife|uprisings?|disturbances|civil\s+disorder)"
# "threaten further domestic strife", "spark protests", "fuel continued anti-incumbency protests",
# "lead to unrest": a verb of bringing about, then the unrest with up to four words before its noun.
_CAUSED_UNREST = re.compile(
    r"(?i)^(?:continue\s+to\s+)?(?:threaten|spark|fuel|trigger|provoke|ignite|stoke|cause|foment|unleash|"
    r"lead\s+to|result\s+in|give\s+rise\s+to)\s+(?P<unrest>(?:[\w'\u2019-]+\s+){0,4}?" + _UNREST + r")\b"
)
UNREST_NOUN = re.compile(rf"(?i)\b{_UNREST}$")
# People whose own act the unrest would be: "angry voters will fuel protests".
_PEOPLE = re.compile(
    r"(?i)\b(?:voters|citizens|people|workers|students|activists|protesters|demonstrators|opposition|unions?|"
    r"farmers|residents|crowds|supporters|youths?|groups?|parties|party|movements?)\b"
)
# A place the phrase gives that is no country: "in the capital", "across the north".
_PLACE_WRITTEN = re.compile(r"\b(?:in|across|inside|throughout)\s+the\s+[a-z][\w-]*(?:\s+[A-Z][\w'-]*)*")


def unrest_as_event(subject: str, phrase: str, sentence: str = "") -> tuple[str, str] | None:
    """(subject, phrase) asking whether the unrest ``phrase`` says ``subject`` brings about breaks
    out ("further domestic strife", "break out in Iran"), or None when the phrase names no unrest
    brought about, or the subject is an actor (a country, a body, a named group)."""
    m = _CAUSED_UNREST.match(phrase.strip())
    if m is None or actors_in(subject) or _PEOPLE.search(subject) or is_event_cause(subject):
        # An actor's or people's own doing, or an event as the cause (``caused_events`` asks for
        # the event with the cause as its condition).
        return None
    # "fuel continued anti-incumbency protests": what goes on already cannot break out.
    unrest = re.sub(r"(?i)^(?:continued|continuing|ongoing)\s+", "", m.group("unrest"))
    rest = phrase[m.end() :]
    place = place_in(rest) or place_in(sentence)
    written = _PLACE_WRITTEN.search(rest)
    if place is not None:
        where = f" in {display_name(place)}"
    else:
        where = f" {written.group(0)}" if written is not None else ""  # "in the capital", as written
    return unrest, f"break out{where}"
