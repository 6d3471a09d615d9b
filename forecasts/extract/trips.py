"""Trips: a visit, tour or summit the article dates, and the claims made about what happens on it.

A briefing previews a trip ("The Secretary will travel to Ruritania and Freedonia May 10-13")
and then says what is expected of it ("We expect to discuss trade with our Ruritanian
partners", "he will meet with Prime Minister Firefly"). Those claims carry no window of their
own, yet they are about the days of the trip, not the next half year. So:

- a trip is a sentence with a word of travel or meeting (travel, visit, trip, tour, summit,
  meetings, talks, "meet with", "will be in"; a programme's day, "On May 12, he will meet with
  ...", is one) and a range of days, or a single day, named by its date or
  weekday (not "today", "this week" or a deadline "by Friday"), that has not passed; each
  dated stretch of it is a leg, with the places named between it and the previous one (or the
  word of travel): "to Ruritania May 10-11 and to Freedonia May 12-13";
- a claim is about a trip when its sentence speaks of what one does on one: meeting, talks,
  discussing, signing, visiting a site, taking part in or attending an occasion, "during the visit", "while in Freedonia", "on this trip", "at the summit";
- its window is the leg whose places the claim names (countries by name, demonym, capital or
  leader, ``forecasts.extract.gazetteer``; other places by their capitalised names), when the claim
  names some legs and not all, else the whole trip of the nearest trip before the claim
  (after it when none is before; or a trip that spans it: "arrive on Tuesday" within "from
  July 26th to the 29th"), plus ``REPORTING_DAYS`` for the news of the last day;
- an act done at a stop ("he will meet with U.S. businesses") whose phrase names no place takes
  the stop its paragraph has reached ("the trip will culminate in Algiers", "While in Rabat"):
  ``with_stop``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from forecasts.extract.event_days import REPORTING_DAYS
from forecasts.extract.gazetteer import actors_in
from forecasts.extract.sentences import split_sentences
from forecasts.extract.windows import Window

_TRAVEL = re.compile(
    r"(?i)\b(?:travel(?:s|ling|ing|led)?|visit(?:s|ing)?|trip|tour(?:s|ing)?|journey|summit|"
    r"meetings?|talks|will\s+be\s+in|head(?:s|ing)?\s+to|arriv(?:e|es|ing)\s+in|stop\s+in|conference|forum|"
    # A day of a visit's programme: "On May 12, the President will meet with ...".
    r"meet(?:s|ing)?\s+with)\b"
)
# What one does on a trip: the claim's sentence must speak of it to take the trip's days.
_ON_A_TRIP = re.compile(
    r"(?i)\b(?:meet(?:s|ing)?\s+with\b|meets?\s+(?:the\s+)?(?-i:[A-Z])|discuss(?:es|ing)?|talks\s+with|hold\s+talks|sign(?:s|ing)?\b|"
    # "He will also hold bilateral meetings with ...", "a bilateral engagement with Lavrov".
    r"(?:hold|have)\s+(?:a\s+)?(?:\w+\s+){0,2}?(?:meetings?|talks|consultations)\b|bilateral\s+(?:meetings?|engagements?)|"
    # A city or country visited on the way: "will be visiting Jerusalem, Ramallah, Cairo, and Amman".
    r"visit(?:s|ing)?\s+(?-i:[A-Z])|"
    # Met in person at a stop: "engage with students", "participate in a roundtable", "deliver remarks".
    r"engag(?:e|es|ing)\s+with|participat(?:e|es|ing)\s+in|tak(?:e|es|ing)\s+part\s+in|attend(?:s|ing)?\s+the\b|"
    # A site seen on the way: "will visit a tractor plant", "visit the new port".
    r"visit(?:s|ing)?\s+(?:a|an|the)\s|deliver(?:s|ing)?\s+(?:remarks|a\s+speech|an\s+address|a\s+lecture)|"
    r"during\s+(?:the|this|his|her|their|our|that)\s+(?:visit|trip|tour|stay|stop|summit|meeting)|"
    r"while\s+(?:in|there)\b|on\s+(?:the|this|his|her|their|our|that)\s+(?:trip|visit|tour|journey)|"
    r"at\s+the\s+(?:summit|meeting|talks|conference|forum)|in\s+(?:his|her|their|our)\s+meetings?|"
    r"(?:his|her|their|our)\s+(?:counterparts?|hosts?|partners))"
)

# Days a trip is not dated by: the day of speaking ("today", "this week", "tomorrow"), or a
# deadline ("by Friday") that says when something is due, not when the travel is.
_RELATIVE = re.compile(
    r"(?i)^(?:today|tonight|tomorrow|yesterday|(?:this|next|last)\s+\w+|later\b|by\b|before\b|until\b|ahead\b)"
)
# Except the day a traveller sets off: "departing tomorrow", "will travel to Bali tomorrow", "will be
# traveling to Israel ... today". The day says when the trip starts, not how long it lasts.
_DEPARTURE_DAY = re.compile(r"(?i)^(?:later\s+)?(?:today|tonight|tomorrow)$")
_DEPARTURE = re.compile(
    r"(?i)\b(?:depart(?:s|ing)?|leav(?:e|es|ing)\s+for|sets?\s+off|(?:will|is|are)\s+(?:be\s+)?"
    r"travel(?:l?ing)?|head(?:s|ing)?\s+(?:out\s+)?to)\b"
)
# How long a trip dated only by its day of departure is asked over: a week from that day.
DEPARTURE_TRIP_DAYS = 7


@dataclass(frozen=True)
class Leg:
    """One dated stretch of a trip and the places named with it (``_places``)."""

    phrase: str
    start: date
    end: date
    places: frozenset[str]


@dataclass(frozen=True)
class Trip:
    """A dated trip: its legs, in order, and where in the body its sentence is."""

    sentence_start: int
    sentence_end: int
    legs: tuple[Leg, ...]

    @property
    def start(self) -> date:
        return min(leg.start for leg in self.legs)

    @property
    def end(self) -> date:
        return max(leg.end for leg in self.legs)

    @property
    def phrase(self) -> str:
        return "; ".join(leg.phrase for leg in self.legs)


_NOT_A_PLACE = frozenset(
    """The A An In On At To And Of For From With While During This That We He She They It His Her Their Our
    January February March April May June July August September October November December""".split()
)


def _places(text: str) -> frozenset[str]:
    """The countries ``text`` names (CAMEO codes: by name, demonym, capital or leader) and its
    capitalised words (a city or country the gazetteer does not know: "Lyon")."""
    names = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w not in _NOT_A_PLACE}
    return _countries(text) | names


def _countries(text: str) -> frozenset[str]:
    """The countries ``text`` names, as CAMEO codes (by name, demonym, capital or leader)."""
    return frozenset(a.cameo_country for a in actors_in(text) if a.cameo_country)


# A sentence that tells of a trip made ("our talks took place", "we met in February"), with nothing
# in it still to come.
_PAST_ENCOUNTER = re.compile(
    r"(?i)\b(?:took\s+place|was|were|had|did|met|visited|held|went|came|travell?ed|arrived|hosted)\b"
)
_TO_COME = re.compile(
    r"(?i)\b(?:will|shall|would|is\s+to|are\s+to|going\s+to|expected|scheduled|planned|due|set\s+to|plans?\s+to|"
    r"upcoming|next|coming)\b|['\u2019]ll\b"
)


def find_trips(body: str, published: date | None, windows_in: Callable[[int, int], list[Window]]) -> list[Trip]:
    """The trips the article dates: sentences of travel with dated windows (``windows_in(start,
    end)``: the windows of ``body[start:end]``, body offsets) that end on or after ``published``."""
    trips: list[Trip] = []
    for sentence in split_sentences(body):
        if not _TRAVEL.search(sentence.text):
            continue
        if _PAST_ENCOUNTER.search(sentence.text) and not _TO_COME.search(sentence.text):
            continue  # "As in February in Moscow, our talks took place ...": a trip already made
        departs = _DEPARTURE.search(sentence.text) is not None
        dated = [
            w
            for w in (_trip_days(w, departs) for w in windows_in(sentence.start, sentence.end))
            if w is not None
            and w.window_start is not None
            and w.window_end is not None
            and (w.window_end - w.window_start).days <= 31
            and (published is None or w.window_end >= published)
        ]
        legs: list[Leg] = []
        travel = _TRAVEL.search(sentence.text)
        assert travel is not None
        # Who travels is named before the word of travel; where to, after it.
        previous = sentence.start + travel.end()
        for w in dated:
            assert w.window_start is not None and w.window_end is not None
            # The places named since the previous leg's dates (or the sentence's start) are this leg's.
            legs.append(Leg(w.phrase, w.window_start, w.window_end, _places(body[previous : w.end])))
            previous = max(previous, w.end)
        if legs:
            trips.append(Trip(sentence.start, sentence.end, tuple(legs)))
    return trips


def _trip_days(window: Window, departs: bool) -> Window | None:
    """The days ``window`` gives a trip its sentence tells of: its own, or, for the day a traveller
    sets off (``departs``: the sentence has a word of departure), that day and the week after it;
    None for a day of speaking or a deadline (``_RELATIVE``)."""
    if departs and _DEPARTURE_DAY.match(window.phrase) and window.window_start is not None:
        return replace(window, window_end=window.window_start + timedelta(days=DEPARTURE_TRIP_DAYS - 1))
    return None if _RELATIVE.match(window.phrase) else window


def is_about_a_trip(sentence: str) -> bool:
    """Whether the sentence speaks of what one does on a trip (meeting, discussing, "while in"), or
    opens a step of its schedule with the place it is at ("In Lyon, she will open the fair")."""
    if _ON_A_TRIP.search(sentence) is not None:
        return True
    # The traveller, not a thing done in the place: "In Lyon, she will ...", not "In Lyon, taxes will ...".
    return any(
        m.group("place").split()[0] not in _NOT_A_PLACE and _TRAVELLER.match(sentence, m.end("place"))
        for m in _OPENS_AT_A_STOP.finditer(sentence)
    )


# Who a schedule's step is done by: a pronoun or a title ("the Secretary", "the Prime Minister").
_TRAVELLER = re.compile(r",\s+(?:he|she|they|we|the\s+[A-Z]\w*|[A-Z]\w+\s+[A-Z]\w+)\b")


def trip_window(trips: list[Trip], sentence: str, sentence_start: int) -> tuple[str, date, date] | None:
    """The days a claim's sentence about a trip is asked over: the legs whose places it names,
    else the nearest trip's (before it, else after), with ``REPORTING_DAYS`` of room; or None."""
    if not trips or not is_about_a_trip(sentence):
        return None
    named = _places(sentence)
    if named:
        for trip in sorted(trips, key=lambda t: abs(t.sentence_start - sentence_start)):
            legs = [leg for leg in trip.legs if leg.places & named]
            if legs and len(legs) < len(trip.legs):
                start, end = min(leg.start for leg in legs), max(leg.end for leg in legs)
                return "; ".join(leg.phrase for leg in legs), start, end + timedelta(days=REPORTING_DAYS)
        # "Next, he will visit the Philippines": the trip whose stops name the country, whole, before
        # the nearest trip, which may be another event the briefing mentions ("the November summit").
        countries = _countries(sentence)
        for trip in sorted(trips, key=lambda t: abs(t.sentence_start - sentence_start)):
            if countries and any(leg.places & countries for leg in trip.legs):
                return trip.phrase, trip.start, trip.end + timedelta(days=REPORTING_DAYS)
    before = [t for t in trips if t.sentence_start <= sentence_start]
    nearest = before[-1] if before else trips[0]
    # "We will arrive late on Tuesday" is a day of "the trip will take place from July 26th to the 29th".
    trip = max(
        (t for t in trips if t.start <= nearest.start and nearest.end <= t.end), key=lambda t: (t.end - t.start).days
    )
    return trip.phrase, trip.start, trip.end + timedelta(days=REPORTING_DAYS)


# Where a paragraph of a trip's schedule puts the traveller: "the trip will culminate in Algiers",
# "will first visit Morocco", "While in Rabat", "arrive in Lyon". A lower-case "in" places the
# traveller only after a verb of being or ending somewhere: after a noun it says where that thing
# is ("the crisis in Burma", "the war in Ukraine"), not where the trip is.
_STOP = re.compile(
    r"\b(?:[Ww]hile\s+in|In|(?:end|ends|culminates?|concludes?|begins?|starts?|stops?|stays?|be|is|are|remains?|"
    r"lands?|continues?)\s+in|visit(?:s|ing)?|to|arriv(?:e|es|ing)\s+in)\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
    # A place ends its phrase ("in Algiers, where"); "in Israeli politics" names none.
    r"(?=\s*[,.;:)]|\s+(?:and|on|where|for|from|to|before|after|with)\b|\s*$)"
)
# An act done at a stop: a meeting, talks, a signing, an inauguration, a visit to a site.
_ACT_AT_A_STOP = re.compile(
    r"(?i)^(?:meet|hold\s+talks|sign|inaugurate|tour|address|attend|hold\s+(?:a\s+)?(?:meeting|talks|news\s+conference)|"
    r"engage\s+with|participate\s+in|deliver\s+(?:remarks|a\s+speech|an\s+address|a\s+lecture))\b"
)


# A sentence of a schedule opening with the place it is at: "In Lyon, the Minister will ...",
# "Also in Lyon, she will ...".
_OPENS_AT_A_STOP = re.compile(
    r"(?m)(?:^|[.!?]\s+)(?:Also\s+in|In|While\s+in)\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}),\s+"
    r"(?:[\w'\u2019.-]+\s+){0,5}?(?:will|is\s+to|is\s+due\s+to|is\s+expected\s+to|would)\s"
)


def stop_of(body: str, before: int) -> str | None:
    """The place the trip's schedule has reached at ``before`` (a claim's start): the last place
    its paragraph, up to the claim, puts the traveller in ("the trip will culminate in Algiers"),
    when the paragraph speaks of travel; None when it names none or is no trip's."""
    paragraph_start = body.rfind("\n\n", 0, before) + 1
    # Up to the end of the claim's sentence: "While in Rabat, the Secretary will meet ...".
    ends = [at for at in (body.find(". ", before), body.find("\n", before)) if at >= 0]
    paragraph = body[paragraph_start : min(ends, default=len(body))]
    # A schedule's paragraph may name no travel at all, only its stops: "In Lyon, she will meet ...".
    if not _TRAVEL.search(paragraph) and not _OPENS_AT_A_STOP.search(paragraph):
        return None
    stops = [(m.start(), m.group("place")) for m in _STOP.finditer(paragraph) if actors_in(m.group("place"))]
    # A schedule's sentence opening with its place ("In Vientiane, she will meet ...") names a stop
    # even when the gazetteer does not know the town.
    stops += [
        (m.start("place"), m.group("place"))
        for m in _OPENS_AT_A_STOP.finditer(paragraph)
        if m.group("place").split()[0] not in _NOT_A_PLACE
    ]
    return max(stops)[1] if stops else None


def with_stop(phrase: str, body: str, before: int) -> str:
    """ "meet with U.S. businesses" -> "meet with U.S. businesses in Algiers": an act done at a
    stop of a trip whose phrase names no place in or at which it happens takes the stop the
    schedule's paragraph has reached (``stop_of``); the phrase unchanged otherwise."""
    if not _ACT_AT_A_STOP.match(phrase.strip()):
        return phrase
    if re.search(r"\b(?:in|at)\s+[A-Z]", phrase):
        return phrase
    stop = stop_of(body, before)
    if stop is None or stop in phrase:
        return phrase
    # "engage with Moroccan youth" already says where: the stop's country, by its demonym.
    stop_countries = {a.cameo_country for a in actors_in(stop) if a.cameo_country}
    if stop_countries & {a.cameo_country for a in actors_in(phrase)}:
        return phrase
    # Before a purpose or relative clause, so the place stays with the act: "meet X in Rabat to discuss ...".
    clause = re.search(r"\s(?:to|that|which|who|where|when)\s", phrase)
    if "," in phrase[: clause.start() if clause else len(phrase)]:
        return phrase  # a list of those met ("meet with A, B, C"): no place fits between them
    if clause is None:
        return f"{phrase.strip()} in {stop}"
    return f"{phrase[: clause.start()]} in {stop}{phrase[clause.start() :]}"
