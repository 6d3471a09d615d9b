"""Build the feed fixtures in this folder from ../shared/data/events/timeline_2020.yaml.

    .venv/bin/python tests/data/feeds/make_feeds.py          # rewrite the fixtures
    .venv/bin/python tests/data/feeds/make_feeds.py --check  # exit 1 if they are out of date

Every file here is derived, none is copied: GDELT rows are written in the real 61-column 2.0
layout (../shared/data/events/SCHEMAS.md §1) from the 35 dated, sourced events of the timeline,
the way GDELT codes events: one incident yields several rows (actor codes, batches, articles),
first reports from US outlets carry the US Eastern date, and counts (NumSources etc.) describe the
batch a row was first seen in. The coding below (CAMEO codes, actors, places, counts, batch times)
is editorial: it follows the timeline's ``cameo_hint`` where there is one and is otherwise a
judgement of how GDELT would most likely code the event; it is not GDELT output. Goldstein values
are GDELT's constants per code (CAMEO.goldsteinscale.txt). Place coordinates are approximate and
GNS feature ids of cities are placeholders (negative numbers from -100001 up), not lookups; the
Tehran, Washington and "United States" geo fields are as they appear in the real GDELT sample.

Besides the timeline's events the GDELT feed holds seeded background rows (other actors, other
places, every day) and three traps a careless matcher falls into: an old event (a 2019 Iranian
downing of a US drone) reported again inside the window (SQLDATE 2019 but DATEADDED 2020), a
single-source IRN->USA "assault" row below every rule's min_sources, and an Iraqi actor acting in
Iran (CAMEO IRQ, FIPS IR).

ACLED rows are written by hand in both export layouts (current and pre-2023) for the Iraq events
of the timeline; their event ids (IRQ9xxxx) and numbers are ours, not ACLED's (ACLED's terms forbid
redistributing its rows).

Outputs:
  gdelt/iran-2020-timeline.export.CSV   2.0 layout, 2020-01-02 .. 2020-03-31 (the case's feed)
  gdelt/20200108.export.CSV             1.0 daily layout (58 columns) + back-file rows (57)
  acled/iraq-2020-current.csv           ACLED export, columns since March 2023, "08 January 2020" dates
  acled/iraq-2020-pre2023.csv           ACLED export, pre-2023 columns, ISO dates (as the API gives)
  broken/truncated.export.CSV           the GDELT feed cut off in the middle of a row
  broken/garbled.export.CSV             the GDELT feed with a stretch of random bytes
  broken/shifted.export.CSV             the GDELT feed with one tab lost (60 fields on a row)
  broken/truncated-acled.csv            the current ACLED export cut off in the middle of a row
  broken/garbled-acled.csv              the current ACLED export with a date that is not a date
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).parent
TIMELINE = HERE.parents[3] / "shared" / "data" / "events" / "timeline_2020.yaml"

# --- GDELT vocabulary used below ---------------------------------------------------------------

GOLDSTEIN = {
    "010": 0.0,
    "012": -0.4,
    "015": 0.0,
    "036": 4.0,
    "042": 1.9,
    "043": 2.8,
    "046": 7.0,
    "057": 8.0,
    "0874": 10.0,
    "1042": -5.0,
    "1056": -5.0,
    "111": -2.0,
    "112": -2.0,
    "114": -2.0,
    "128": -5.0,
    "1384": -7.0,
    "138": -7.0,
    "1412": -6.5,
    "141": -6.5,
    "152": -7.2,
    "154": -7.2,
    "1622": -5.6,
    "163": -8.0,
    "166": -7.0,
    "180": -9.0,
    "1823": -10.0,
    "183": -10.0,
    "186": -10.0,
    "190": -10.0,
    "194": -10.0,
    "195": -10.0,
    "051": 3.4,
    "061": 6.4,
    "071": 7.4,
}
QUAD = {
    **dict.fromkeys(range(1, 6), 1),
    **dict.fromkeys(range(6, 10), 2),
    **dict.fromkeys(range(10, 15), 3),
    **dict.fromkeys(range(15, 21), 4),
}


@dataclass(frozen=True)
class Actor:
    code: str
    name: str
    country: str
    type1: str = ""


@dataclass(frozen=True)
class Place:
    kind: int
    name: str
    fips: str
    adm1: str
    lat: float
    lon: float
    feature: str


NOBODY = Actor("", "", "")
USA = Actor("USA", "UNITED STATES", "USA")
USAMIL = Actor("USAMIL", "UNITED STATES", "USA", "MIL")
USAGOV = Actor("USAGOV", "WHITE HOUSE", "USA", "GOV")
USAEMB = Actor("USAGOV", "US EMBASSY", "USA", "GOV")
USALEG = Actor("USALEG", "CONGRESS", "USA", "LEG")
IRN = Actor("IRN", "IRAN", "IRN")
IRNMIL = Actor("IRNMIL", "REVOLUTIONARY GUARD", "IRN", "MIL")
IRNGOV = Actor("IRNGOV", "TEHRAN", "IRN", "GOV")
IRNCVL = Actor("IRNCVL", "MOURNER", "IRN", "CVL")
IRQ = Actor("IRQ", "IRAQ", "IRQ")
IRQGOV = Actor("IRQGOV", "BAGHDAD", "IRQ", "GOV")
IRQLEG = Actor("IRQLEG", "IRAQI PARLIAMENT", "IRQ", "LEG")
IRQMIL = Actor("IRQMIL", "IRAQI ARMY", "IRQ", "MIL")
IRQUAF = Actor("IRQUAF", "MILITIA", "IRQ", "UAF")
IRQCVL = Actor("IRQCVL", "PROTESTER", "IRQ", "CVL")
UKR = Actor("UKR", "UKRAINE", "UKR")
UKRBUS = Actor("UKRBUS", "UKRAINE INTERNATIONAL AIRLINES", "UKR", "BUS")
GBR = Actor("GBR", "BRITISH", "GBR")
GBRMIL = Actor("GBRMIL", "BRITISH", "GBR", "MIL")
FRA = Actor("FRA", "FRANCE", "FRA")
DEU = Actor("DEU", "GERMANY", "DEU")
ESPMIL = Actor("ESPMIL", "SPANISH", "ESP", "MIL")
NATO = Actor("IGOWSTNAT", "NATO", "", "IGO")

_feature = iter(range(100001, 200000))


def city(name: str, fips: str, adm1: str, lat: float, lon: float) -> Place:
    return Place(4, name, fips, adm1, lat, lon, str(-next(_feature)))


IRAQ = Place(1, "Iraq", "IZ", "IZ", 33.0, 44.0, "IZ")
IRAN = Place(1, "Iran", "IR", "IR", 32.0, 53.0, "IR")
UNITED_STATES = Place(1, "United States", "US", "US", 39.828175, -98.5795, "US")
UNITED_KINGDOM = Place(1, "United Kingdom", "UK", "UK", 54.0, -4.0, "UK")
WASHINGTON = Place(3, "Washington, District of Columbia, United States", "US", "USDC", 38.8951, -77.0364, "531871")
WHITE_HOUSE = Place(3, "White House, District of Columbia, United States", "US", "USDC", 38.8951, -77.0364, "531871")
TEHRAN = Place(4, "Tehran, Tehran, Iran", "IR", "IR26", 35.75, 51.5148, "10074674")
BAGHDAD = city("Baghdad, Baghdad, Iraq", "IZ", "IZ07", 33.3386, 44.3939)
BAGHDAD_AIRPORT = city("Baghdad International Airport, Baghdad, Iraq", "IZ", "IZ07", 33.2625, 44.2346)
GREEN_ZONE = city("Green Zone, Baghdad, Iraq", "IZ", "IZ07", 33.3106, 44.3895)
AIN_AL_ASAD = city("Ain Al Asad, Al Anbar, Iraq", "IZ", "IZ01", 33.7856, 42.4412)
ERBIL = city("Arbil, Arbil, Iraq", "IZ", "IZ11", 36.19, 44.0089)
BALAD = city("Balad, Salah ad Din, Iraq", "IZ", "IZ18", 34.0164, 44.1453)
TAJI = city("Taji, Baghdad, Iraq", "IZ", "IZ07", 33.5236, 44.2567)
KIRKUK = city("Kirkuk, At Ta'mim, Iraq", "IZ", "IZ13", 35.4681, 44.3922)
BESMAYA = city("Besmaya, Baghdad, Iraq", "IZ", "IZ07", 33.1803, 44.6311)
QAYYARAH = city("Qayyarah, Ninawa, Iraq", "IZ", "IZ15", 35.8003, 43.2906)
AL_QAIM = city("Al Qaim, Al Anbar, Iraq", "IZ", "IZ01", 34.3686, 41.0944)
JURF = city("Jurf Al Sakhar, Babil, Iraq", "IZ", "IZ06", 32.8683, 44.1722)
KARBALA = city("Karbala, Karbala', Iraq", "IZ", "IZ12", 32.6160, 44.0249)
KERMAN = city("Kerman, Kerman, Iran", "IR", "IR29", 30.2832, 57.0788)
HORMUZ = city("Strait Of Hormuz, Hormozgan, Iran", "IR", "IR11", 26.5667, 56.25)


@dataclass(frozen=True)
class Row:
    sqldate: str
    added: str
    actor1: Actor
    actor2: Actor
    code: str
    place: Place
    sources: int
    mentions: int | None = None
    articles: int | None = None
    url: str | None = None  # default: the event's source (alternating with source_2)
    root_event: int = 1


def R(
    sqldate: str,
    added: str,
    a1: Actor,
    a2: Actor,
    code: str,
    place: Place,
    sources: int,
    mentions: int | None = None,
    url: str | None = None,
) -> Row:
    return Row(sqldate, added, a1, a2, code, place, sources, mentions, None, url)


# --- the coding of each timeline event, keyed by a unique part of its source URL -------------------
# Times are DATEADDED (UTC, a 15-minute batch). Iraq is UTC+3, Iran UTC+3:30, US Eastern UTC-5.

CODING: dict[str, list[Row]] = {
    "hozint.com/2020/01/u-s-drone-strike": [  # 00:30 Baghdad, 3 Jan = 21:30 UTC, 2 Jan; US reports dated 2 Jan
        R("20200102", "20200102214500", USAMIL, IRNMIL, "195", BAGHDAD_AIRPORT, 4, 20),
        R("20200103", "20200103001500", USA, IRNMIL, "186", BAGHDAD_AIRPORT, 25, 140),
        R("20200103", "20200103031500", USAMIL, IRQUAF, "195", BAGHDAD_AIRPORT, 12, 60),
        R("20200103", "20200103120000", USA, IRN, "190", IRAQ, 9, 45),
        R("20200103", "20200105093000", USA, IRNMIL, "186", BAGHDAD, 6, 18),  # recalled two days later
    ],
    "thepigeonexpress.com/rocket-strikes": [
        R("20200103", "20200103190000", USAMIL, IRN, "154", WASHINGTON, 6, 24),
    ],
    "thedailybeast.com/rockets-fall-on-iraqs-balad": [  # evening local, 4 Jan
        R("20200104", "20200104171500", NOBODY, USAEMB, "190", GREEN_ZONE, 7, 30),
        R("20200104", "20200104173000", NOBODY, USAMIL, "194", BALAD, 5, 18),
    ],
    "artsy.net/news/artsy-editorial-president-trump": [  # tweets of the evening of 4 Jan (US)
        R("20200104", "20200104233000", USAGOV, IRN, "1384", WHITE_HOUSE, 30, 160),
        R("20200105", "20200105060000", USA, IRN, "1384", UNITED_STATES, 11, 40),
    ],
    "reportfocusnews.com/2020/01/05/iraqi-lawmakers": [
        R("20200104", "20200104200000", NATO, IRQ, "1622", IRAQ, 4, 12),
    ],
    "wikinews.org/wiki/Iraqi_Parliament_votes": [  # vote in the afternoon of 5 Jan, Baghdad
        R("20200105", "20200105131500", IRQLEG, USAMIL, "166", BAGHDAD, 20, 110),
        R("20200105", "20200105134500", IRQLEG, USA, "1056", BAGHDAD, 6, 22),
        R("20200105", "20200105150000", IRQ, USAMIL, "166", IRAQ, 9, 30),
    ],
    "iranprimer.usip.org/blog/2020/jan/06": [
        R("20200105", "20200105180000", IRNGOV, NOBODY, "128", TEHRAN, 15, 70),
    ],
    "thedailybeast.com/qassem-soleimani-funeral": [
        R("20200106", "20200106080000", IRNCVL, USA, "141", TEHRAN, 20, 90),
    ],
    "workingwithcrowds.com/funeral-of-general": [
        R("20200107", "20200107093000", NOBODY, IRNCVL, "180", KERMAN, 18, 75),
    ],
    "w.owiki.org/wiki/Operation_Martyr_Soleimani": [  # 01:30 local, 8 Jan = 22:00 UTC, 7 Jan
        R("20200107", "20200107221500", IRNMIL, USAMIL, "195", AIN_AL_ASAD, 2, 8),  # first US reports
        R("20200108", "20200107230000", IRNMIL, USAMIL, "190", AIN_AL_ASAD, 14, 60),
        R("20200108", "20200107230000", IRNMIL, USAMIL, "195", ERBIL, 9, 34),
        R("20200108", "20200108011500", IRN, USA, "190", IRAQ, 22, 120),
        R(
            "20200108",
            "20200108034500",
            IRNMIL,
            USA,
            "195",
            AIN_AL_ASAD,
            31,
            150,
            url="https://www.thenationalnews.com/world/mena/one-year-on-iran-s-al-asad-missile-attacks-in-iraq-1.1142788",
        ),
        R("20200108", "20200108063000", IRNGOV, USA, "015", TEHRAN, 12, 40),
        R("20200108", "20200108071500", IRN, IRQ, "190", AIN_AL_ASAD, 5, 16),
    ],
    "panorama.am/en/news/2020/01/21/Bloomberg": [  # 06:12 local = 02:42 UTC
        R("20200108", "20200108044500", IRNMIL, UKRBUS, "195", TEHRAN, 35, 180),
        R("20200108", "20200108090000", IRN, UKR, "190", IRAN, 8, 30),
    ],
    "ktvq.com/news/trending/house-approves": [
        R("20200108", "20200108171500", USAGOV, IRN, "163", WHITE_HOUSE, 40, 220),
        R("20200108", "20200108171500", USAGOV, IRN, "012", WHITE_HOUSE, 9, 30),
    ],
    "thedailybeast.com/two-rockets-land-near-baghdads": [  # 23:45 local, 8 Jan = 20:45 UTC
        R("20200108", "20200108210000", NOBODY, USAEMB, "190", GREEN_ZONE, 6, 26),
        R("20200109", "20200109031500", NOBODY, USA, "183", GREEN_ZONE, 3, 9),
    ],
    "rferl.org/amp/us-house-approves-resolution": [
        R("20200109", "20200109220000", USALEG, USAGOV, "1042", WASHINGTON, 18, 80),
    ],
    "rferl.org/amp/u-s-announces-new-iran-sanctions": [
        R("20200110", "20200110163000", USAGOV, IRNGOV, "163", WASHINGTON, 25, 120),
    ],
    "aviationbusinessme.com/tags/flight-ps752": [
        R("20200111", "20200111061500", IRNMIL, UKR, "015", TEHRAN, 45, 260),
        R("20200111", "20200111064500", IRNMIL, UKRBUS, "195", TEHRAN, 12, 50),
    ],
    "firstpost.com/world/four-iraqi-soldiers": [
        R("20200112", "20200112153000", NOBODY, IRQMIL, "194", BALAD, 7, 28),
        R("20200112", "20200112160000", NOBODY, USA, "190", BALAD, 3, 10),
    ],
    "ynetnews.com/article/S1Zv8XsxU": [
        R("20200114", "20200114110000", GBR, IRN, "114", UNITED_KINGDOM, 20, 90),
        R("20200114", "20200114111500", FRA, IRN, "114", UNITED_KINGDOM, 10, 40),
        R("20200114", "20200114111500", DEU, IRN, "114", UNITED_KINGDOM, 8, 30),
    ],
    "rustavi2.ge/en/news/153627": [
        R("20200120", "20200120190000", NOBODY, USAEMB, "190", GREEN_ZONE, 4, 14),
    ],
    "bbc.com/news/av/world-middle-east-51234223": [
        R("20200124", "20200124100000", IRQCVL, USAMIL, "1412", BAGHDAD, 30, 140),
    ],
    "theepochtimes.com/34-us-troops": [
        R("20200124", "20200124220000", USAMIL, NOBODY, "010", WASHINGTON, 14, 60),
    ],
    "washingtonpost.com/world/middle_east/three-rockets": [  # Sunday evening local, 26 Jan
        R("20200126", "20200126171500", NOBODY, USAEMB, "190", GREEN_ZONE, 14, 70),
        R("20200127", "20200127051500", NOBODY, USA, "194", BAGHDAD, 9, 33),
    ],
    "connectingvets.radio.com/articles/pentagon-109": [
        R("20200210", "20200210211500", USAMIL, NOBODY, "010", WASHINGTON, 10, 40),
    ],
    "news.yahoo.com/senate-republicans-expected": [
        R("20200213", "20200213200000", USALEG, USAGOV, "1042", WASHINGTON, 20, 100),
    ],
    "jewishpress.com/news/us-news/rocket-fire-strikes": [  # ~20:45 local
        R("20200213", "20200213180000", NOBODY, USAMIL, "190", KIRKUK, 5, 20),
    ],
    "time.com/5784949/united-states-embassy": [  # ~03:24 local, 16 Feb = 00:24 UTC
        R("20200216", "20200216011500", NOBODY, USAEMB, "190", GREEN_ZONE, 9, 40),
    ],
    "latimes.com/world-nation/story/2020-03-11": [  # evening local, 11 Mar
        R("20200311", "20200311171500", IRQUAF, USAMIL, "190", TAJI, 30, 160),
        R("20200311", "20200311174500", NOBODY, GBRMIL, "190", TAJI, 8, 30),
    ],
    "digital-release.thehill.com/policy/defense/487088": [
        R("20200311", "20200311210000", USALEG, USAGOV, "1042", WASHINGTON, 12, 50),
    ],
    "somalitimes.co.uk/iraq-army-says-us-strikes": [  # announced 12 Mar (US), early 13 Mar local
        R("20200312", "20200312230000", USAMIL, IRQUAF, "195", JURF, 18, 90),
        R("20200313", "20200313040000", USAMIL, IRQUAF, "195", KARBALA, 11, 45),
        R("20200313", "20200313081500", IRQGOV, USA, "111", BAGHDAD, 15, 60),
    ],
    "taskandpurpose.com/news/iraq-rocket-attack-camp-taji": [  # 10:51 local, 14 Mar
        R("20200314", "20200314081500", NOBODY, USAMIL, "194", TAJI, 12, 55),
    ],
    "warfare.today/2020/03/17/more-rocket-attacks": [
        R("20200317", "20200317140000", NOBODY, ESPMIL, "190", BESMAYA, 3, 9),
    ],
    "almasdarnews.com/article/us-coalition-troops-withdraw": [
        R("20200319", "20200319120000", USAMIL, IRQMIL, "0874", AL_QAIM, 6, 20),
    ],
    "dawn.com/news/1544087": [
        R("20200326", "20200326023000", NOBODY, USAEMB, "190", GREEN_ZONE, 5, 18),
        R("20200326", "20200326101500", USAMIL, IRQMIL, "0874", QAYYARAH, 4, 12),
    ],
    "axios.com/us-coalition-iraq-withdrawal": [
        R("20200329", "20200329120000", USAMIL, IRQMIL, "0874", KIRKUK, 7, 26),
    ],
    "jpost.com/Israel-News/US-troops-in-Israel": [
        R("20200331", "20200331160000", USAMIL, IRN, "152", AIN_AL_ASAD, 10, 40),
    ],
}

TRAPS = [
    # An old event reported again inside the window: SQLDATE 2019, DATEADDED 2020.
    R(
        "20190620",
        "20200105100000",
        IRNMIL,
        USAMIL,
        "195",
        HORMUZ,
        6,
        20,
        url="https://example.org/trap/iran-downed-us-drone-june-2019",
    ),
    # A threat mis-coded as an assault by one outlet: below every rule's min_sources.
    R(
        "20200106",
        "20200106141500",
        IRN,
        USA,
        "190",
        TEHRAN,
        1,
        2,
        url="https://example.org/trap/single-source-assault",
    ),
    # An Iraqi actor acting in Iran: CAMEO country IRQ, FIPS place IR.
    R(
        "20200115",
        "20200115090000",
        IRQGOV,
        IRNGOV,
        "042",
        TEHRAN,
        5,
        15,
        url="https://example.org/trap/iraqi-pm-visits-tehran",
    ),
]

BACKGROUND_PAIRS = [
    (
        Actor("CHN", "CHINA", "CHN"),
        USA,
        ["036", "042", "046", "112"],
        city("Beijing, Beijing, China", "CH", "CH22", 39.9289, 116.388),
    ),
    (
        Actor("RUS", "RUSSIA", "RUS"),
        Actor("SYR", "SYRIA", "SYR"),
        ["042", "043", "061", "190"],
        Place(1, "Syria", "SY", "SY", 35.0, 38.0, "SY"),
    ),
    (
        Actor("ISR", "ISRAEL", "ISR"),
        Actor("LBN", "LEBANON", "LBN"),
        ["111", "138", "190"],
        Place(4, "Beirut, Beyrouth, Lebanon", "LE", "LE04", 33.8719, 35.5097, "-801546"),
    ),
    (
        Actor("SAU", "SAUDI ARABIA", "SAU"),
        Actor("YEM", "YEMEN", "YEM"),
        ["190", "195", "057"],
        Place(1, "Yemen", "YM", "YM", 15.0, 48.0, "YM"),
    ),
    (
        Actor("DEU", "GERMANY", "DEU"),
        Actor("FRA", "FRANCE", "FRA"),
        ["042", "051", "057"],
        Place(1, "Germany", "GM", "GM", 51.0, 9.0, "GM"),
    ),
    (USAGOV, Actor("CAN", "CANADA", "CAN"), ["042", "043", "071"], WASHINGTON),
]


def background(day: date, rng: random.Random) -> list[Row]:
    rows = []
    for _ in range(6):
        a1, a2, codes, place = rng.choice(BACKGROUND_PAIRS)
        if rng.random() < 0.5:
            a1, a2 = a2, a1
        added = datetime.combine(day, datetime.min.time()) + timedelta(minutes=15 * rng.randrange(96))
        rows.append(
            R(
                day.strftime("%Y%m%d"),
                added.strftime("%Y%m%d%H%M%S"),
                a1,
                a2,
                rng.choice(codes),
                place,
                rng.randint(1, 9),
                None,
                url=f"https://example.org/news/{day:%Y%m%d}/{rng.randrange(10**6):06d}",
            )
        )
    return rows


# --- writing rows ----------------------------------------------------------------------------


def _geo(actor: Actor, place: Place) -> list[str]:
    if not actor.code:
        return ["0", "", "", "", "", "", "", ""]
    return _place(place)


def _place(place: Place) -> list[str]:
    return [str(place.kind), place.name, place.fips, place.adm1, "", f"{place.lat:g}", f"{place.lon:g}", place.feature]


def _actor(actor: Actor) -> list[str]:
    return [actor.code, actor.name, actor.country, "", "", "", "", actor.type1, "", ""]


def gdelt_fields(event_id: int, row: Row, url: str, rng: random.Random) -> list[str]:
    sqldate = datetime.strptime(row.sqldate, "%Y%m%d")
    root = int(row.code[:2])
    mentions = row.mentions if row.mentions is not None else row.sources * rng.randint(2, 5)
    articles = row.articles if row.articles is not None else mentions
    fields = [
        str(event_id),
        row.sqldate,
        row.sqldate[:6],
        row.sqldate[:4],
        f"{sqldate.year + (sqldate.month * 30 + sqldate.day) / 365:.4f}",
        *_actor(row.actor1),
        *_actor(row.actor2),
        str(row.root_event),
        row.code,
        row.code[:3],
        row.code[:2],
        str(QUAD[root]),
        f"{GOLDSTEIN[row.code]:.1f}",
        str(mentions),
        str(row.sources),
        str(articles),
        repr(round(rng.uniform(-9.0, -1.0) if QUAD[root] >= 3 else rng.uniform(-2.0, 4.0), 12)),
        *_geo(row.actor1, row.place),
        *_geo(row.actor2, row.place),
        *_place(row.place),
        row.added,
        url,
    ]
    assert len(fields) == 61, len(fields)
    return fields


def _v1(fields: list[str], back_file: bool) -> list[str]:
    """2.0 fields -> 1.0 daily (58: no ADM2) or back-file (57: no SOURCEURL either)."""
    adm2 = {39, 47, 55}
    v1 = [f for i, f in enumerate(fields) if i not in adm2]
    v1[56] = v1[56][:8]  # DATEADDED is a date in 1.0
    return v1[:57] if back_file else v1


def timeline_rows(timeline: list[dict[str, object]]) -> list[tuple[Row, str]]:
    found: list[tuple[Row, str]] = []
    used: set[str] = set()
    for event in timeline:
        source = str(event["source"])
        keys = [k for k in CODING if k in source]
        if len(keys) != 1:
            raise SystemExit(
                f"timeline event {event['date']} {source}: {len(keys)} codings match; code every event once"
            )
        used.add(keys[0])
        second = str(event.get("source_2") or source)
        for i, row in enumerate(CODING[keys[0]]):
            found.append((row, row.url or (source if i % 2 == 0 else second)))
    unused = set(CODING) - used
    if unused:
        raise SystemExit(f"codings for events not in the timeline: {sorted(unused)}")
    return found


def tsv(rows: list[list[str]]) -> bytes:
    return "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")


def build_gdelt(timeline: list[dict[str, object]]) -> dict[str, bytes]:
    rng = random.Random(20200104)
    rows = timeline_rows(timeline) + [(t, t.url or "") for t in TRAPS]
    day = date(2020, 1, 2)
    while day <= date(2020, 3, 31):
        rows += [(r, r.url or "") for r in background(day, rng)]
        day += timedelta(days=1)
    rows.sort(key=lambda item: (item[0].added, item[0].sqldate, item[0].code, item[0].actor1.code, item[0].actor2.code))
    fields = [gdelt_fields(900_000_001 + i, row, url, rng) for i, (row, url) in enumerate(rows)]
    main = tsv(fields)
    daily = [_v1(f, back_file=False) for f in fields if f[59].startswith("20200108")]
    back = [
        # 1988 events as the 1.0 back-file holds them (57 columns, no SOURCEURL).
        _v1(
            gdelt_fields(200_000_001, R("19880418", "20130203000000", USAMIL, IRNMIL, "190", HORMUZ, 3, 9), "", rng),
            back_file=True,
        ),
        _v1(
            gdelt_fields(200_000_002, R("19880703", "20130203000000", USAMIL, IRN, "195", HORMUZ, 4, 12), "", rng),
            back_file=True,
        ),
    ]
    return {
        "gdelt/iran-2020-timeline.export.CSV": main,
        "gdelt/20200108.export.CSV": tsv(daily + back),
        "broken/truncated.export.CSV": main[: int(len(main) * 0.6)].rsplit(b"\t", 3)[0],
        "broken/garbled.export.CSV": _garble(main, rng),
        "broken/shifted.export.CSV": _lose_a_tab(main),
    }


def _garble(data: bytes, rng: random.Random) -> bytes:
    at = len(data) // 2
    noise = bytes([0xFF, 0xFE, 0x00, 0x9C]) + bytes(rng.randrange(256) for _ in range(60))
    return data[:at] + noise + data[at + len(noise) :]


def _lose_a_tab(data: bytes) -> bytes:
    lines = data.split(b"\n")
    victim = len(lines) // 3
    lines[victim] = lines[victim].replace(b"\t", b"", 1)
    return b"\n".join(lines)


# --- ACLED -----------------------------------------------------------------------------------

ACLED_CURRENT = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
).split(",")
ACLED_PRE2023 = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
).split(",")

US_FORCES = "Military Forces of the United States (2017-2021)"
IRGC = "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
UNKNOWN = "Unidentified Armed Group (Iraq)"
KH = "Kataib Hezbollah"
IRAQ_FORCES = "Military Forces of Iraq (2018-2022)"
EXPLOSIONS, SHELLING, AIR = "Explosions/Remote violence", "Shelling/artillery/missile attack", "Air/drone strike"

# id, date, precision, type, sub-type, actor1, inter1, actor2, inter2, admin1, admin2, location, lat, lon,
# source, notes, fatalities, timestamp
ACLED_EVENTS: list[tuple[object, ...]] = [
    (
        "IRQ90001",
        date(2020, 1, 4),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        US_FORCES,
        8,
        "Salah al-Din",
        "Balad",
        "Balad Air Base",
        34.0164,
        44.1453,
        "Reuters",
        "Rockets and mortars hit Balad air base hosting US forces.",
        0,
        1578200000,
    ),
    (
        "IRQ90002",
        date(2020, 1, 8),
        1,
        EXPLOSIONS,
        SHELLING,
        IRGC,
        8,
        US_FORCES,
        8,
        "Al Anbar",
        "Hit",
        "Ain al Asad Air Base",
        33.7856,
        42.4412,
        "Reuters; AP",
        "IRGC ballistic missiles hit Ain al-Asad air base hosting US forces.",
        0,
        1578600000,
    ),
    (
        "IRQ90003",
        date(2020, 1, 8),
        1,
        EXPLOSIONS,
        SHELLING,
        IRGC,
        8,
        US_FORCES,
        8,
        "Erbil",
        "Erbil",
        "Erbil",
        36.19,
        44.0089,
        "Reuters; AP",
        "IRGC ballistic missiles hit the airport base at Erbil.",
        0,
        1578600000,
    ),
    (
        "IRQ90004",
        date(2020, 1, 8),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        "",
        0,
        "Baghdad",
        "Resafa",
        "Baghdad - Green Zone",
        33.3106,
        44.3895,
        "Kurdistan24",
        "Two Katyusha rockets land in the Green Zone near the US Embassy.",
        0,
        1578700000,
    ),
    (
        "IRQ90005",
        date(2020, 1, 12),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        IRAQ_FORCES,
        1,
        "Salah al-Din",
        "Balad",
        "Balad Air Base",
        34.0164,
        44.1453,
        "Firstpost",
        "Eight Katyusha rockets hit the runway; four Iraqi air force personnel wounded.",
        0,
        1579000000,
    ),
    (
        "IRQ90006",
        date(2020, 1, 24),
        1,
        "Protests",
        "Peaceful protest",
        "Protesters (Iraq)",
        6,
        "",
        0,
        "Baghdad",
        "Karkh",
        "Baghdad - Jadriya",
        33.2811,
        44.3828,
        "BBC",
        "Supporters of Moqtada al-Sadr march demanding the departure of US forces.",
        0,
        1580000000,
    ),
    (
        "IRQ90007",
        date(2020, 1, 26),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        "Civilians (United States)",
        7,
        "Baghdad",
        "Resafa",
        "Baghdad - Green Zone",
        33.3106,
        44.3895,
        "Washington Post",
        "Rockets hit the US Embassy compound; one hit the dining facility, one person injured.",
        0,
        1580100000,
    ),
    (
        "IRQ90008",
        date(2020, 2, 13),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        US_FORCES,
        8,
        "Kirkuk",
        "Kirkuk",
        "K1 Air Base",
        35.4681,
        44.3922,
        "Jewish Press",
        "Rocket attack on K1 base hosting coalition troops.",
        0,
        1581700000,
    ),
    (
        "IRQ90009",
        date(2020, 3, 11),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        US_FORCES,
        8,
        "Baghdad",
        "Tarmia",
        "Camp Taji",
        33.5236,
        44.2567,
        "LA Times; Task & Purpose",
        "About 30 rockets fired at Camp Taji; two US and one British service member killed.",
        2,
        1584000000,
    ),
    (
        "IRQ90010",
        date(2020, 3, 13),
        1,
        EXPLOSIONS,
        AIR,
        US_FORCES,
        8,
        KH,
        3,
        "Babil",
        "Musayab",
        "Jurf al-Sakhar",
        32.8683,
        44.1722,
        "Washington Post",
        "US precision strikes on Kataib Hezbollah weapons depots; Iraq says soldiers, police and a civilian killed.",
        6,
        1584200000,
    ),
    (
        "IRQ90011",
        date(2020, 3, 14),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        US_FORCES,
        8,
        "Baghdad",
        "Tarmia",
        "Camp Taji",
        33.5236,
        44.2567,
        "Task & Purpose",
        "At least 25 rockets hit Camp Taji; three US service members wounded.",
        0,
        1584300000,
    ),
    (
        "IRQ90012",
        date(2020, 3, 17),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        "Military Forces of Spain (2018-2023)",
        8,
        "Baghdad",
        "Mahmudiya",
        "Besmaya",
        33.1803,
        44.6311,
        "Warfare Today",
        "Two rockets hit Besmaya base hosting Spanish and NATO trainers.",
        0,
        1584500000,
    ),
    (
        "IRQ90013",
        date(2020, 3, 19),
        2,
        "Strategic developments",
        "Non-violent transfer of territory",
        US_FORCES,
        8,
        IRAQ_FORCES,
        1,
        "Al Anbar",
        "Al-Qaim",
        "Al Qaim",
        34.3686,
        41.0944,
        "Al Masdar",
        "Coalition hands its al-Qaim post to Iraqi forces (week of 19 March).",
        0,
        1584700000,
    ),
    (
        "IRQ90014",
        date(2020, 3, 26),
        1,
        EXPLOSIONS,
        SHELLING,
        UNKNOWN,
        3,
        "",
        0,
        "Baghdad",
        "Resafa",
        "Baghdad - Green Zone",
        33.3106,
        44.3895,
        "Dawn",
        "Two rockets hit an empty square near an Iraqi security headquarters in the Green Zone.",
        0,
        1585300000,
    ),
]
# A revision ACLED published later: Camp Taji, 11 Mar, with the British soldier counted (3 killed).
ACLED_REVISION = ("IRQ90009", 3, 1586000000)


def _acled_row(event: tuple[object, ...], columns: list[str], iso_dates: bool) -> list[str]:
    (
        event_id,
        day,
        precision,
        etype,
        sub,
        a1,
        i1,
        a2,
        i2,
        admin1,
        admin2,
        location,
        lat,
        lon,
        source,
        notes,
        deaths,
        stamp,
    ) = event
    assert isinstance(day, date)
    inter = sorted(x for x in (int(i1), int(i2)) if x)  # type: ignore[call-overload]
    values = {
        "event_id_cnty": str(event_id),
        "event_id_no_cnty": str(event_id)[3:],
        "data_id": str(int(str(event_id)[3:]) + 7_000_000),
        "event_date": day.isoformat() if iso_dates else day.strftime("%d %B %Y"),
        "year": str(day.year),
        "time_precision": str(precision),
        "disorder_type": "Demonstrations"
        if etype == "Protests"
        else "Strategic developments"
        if etype == "Strategic developments"
        else "Political violence",
        "event_type": str(etype),
        "sub_event_type": str(sub),
        "actor1": str(a1),
        "assoc_actor_1": "",
        "inter1": str(i1),
        "actor2": str(a2),
        "assoc_actor_2": "",
        "inter2": str(i2),
        "interaction": "".join(str(x) for x in inter) if len(inter) == 2 else f"{inter[0]}0" if inter else "0",
        "civilian_targeting": "Civilian targeting" if str(a2).startswith("Civilians") else "",
        "iso": "368",
        "iso3": "IRQ",
        "region": "Middle East",
        "country": "Iraq",
        "admin1": str(admin1),
        "admin2": str(admin2),
        "admin3": "",
        "location": str(location),
        "latitude": f"{lat}",
        "longitude": f"{lon}",
        "geo_precision": "1",
        "source": str(source),
        "source_scale": "International",
        "notes": str(notes),
        "fatalities": str(deaths),
        "tags": "",
        "timestamp": str(stamp),
    }
    return [values[c] for c in columns]


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def build_acled() -> dict[str, bytes]:
    current_rows = [_acled_row(e, ACLED_CURRENT, iso_dates=False) for e in ACLED_EVENTS]
    event_id, deaths, stamp = ACLED_REVISION
    original = next(e for e in ACLED_EVENTS if e[0] == event_id)
    revised = (*original[:16], deaths, stamp)
    current_rows.append(_acled_row(revised, ACLED_CURRENT, iso_dates=False))
    current = csv_bytes(ACLED_CURRENT, current_rows)
    old = csv_bytes(ACLED_PRE2023, [_acled_row(e, ACLED_PRE2023, iso_dates=True) for e in ACLED_EVENTS])
    garbled = current.replace(b"13 February 2020", b"13 Febuary 2020", 1)
    assert garbled != current
    return {
        "acled/iraq-2020-current.csv": current,
        "acled/iraq-2020-pre2023.csv": old,
        "broken/truncated-acled.csv": current[: current.index(b"IRQ90008")]
        + b"IRQ90008,13 February 2020,2020,1,Political",
        "broken/garbled-acled.csv": garbled,
    }


def build_all(timeline_path: Path = TIMELINE) -> dict[str, bytes]:
    """Every fixture, by path relative to this folder."""
    timeline = yaml.safe_load(timeline_path.read_text(encoding="utf-8"))
    return {**build_gdelt(timeline), **build_acled()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a fixture differs from what would be built")
    args = parser.parse_args()
    if not TIMELINE.exists():
        print(f"{TIMELINE} not found: the fixtures are built from ../shared", file=sys.stderr)
        return 1
    stale = []
    for relative, data in build_all().items():
        path = HERE / relative
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(relative)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(HERE)} ({len(data):,} bytes)")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
