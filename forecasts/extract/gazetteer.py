"""Gazetteer: names of the actors conflict forecasts talk about, mapped to the codes event feeds use.

Countries (names, demonyms, capitals used as metonyms: "Tehran will respond"), leaders (current
and recent heads of state, government, foreign affairs and defence of the countries that recur
in conflicts), armed forces and security bodies ("IRGC", "Quds Force", "the Pentagon") and
well-known armed groups (Hezbollah, Hamas, the Houthis, Kataib Hezbollah, the Taliban, ISIS,
Wagner ...) map to:

- a CAMEO actor country code (3 letters, ISO-based: IRN, USA, IRQ) and, where CAMEO has one, an
  actor type code (MIL military, GOV government, REB rebels, INS insurgents, SPY state
  intelligence, COP police, UAF unaligned armed forces), as GDELT writes them in Actor1Code
  ("IRNMIL"). Source: the CAMEO codebook, Philip A. Schrodt, *Conflict and Mediation Event
  Observations Event and Actor Codebook*, version 1.1b3 (March 2012), chapter 3 and the actor
  type table; GDELT's lookups CAMEO.country.txt and CAMEO.type.txt follow it.
  Armed groups have no country of their own in CAMEO; they are coded here, as in GDELT's
  data, by the country they operate from with their type (Hezbollah LBN REB, the Houthis YEM
  REB). Groups that span countries (ISIS, al-Qaeda) have no country code, only the type.
- a FIPS 10-4 country code (2 letters: IR, US, IZ) for the country as a place, which is what
  GDELT's ActionGeo fields carry.

The CAMEO -> FIPS table for the countries the tracker's questions are mostly about lives in
``forecasts.resolve.vocabulary`` (``CAMEO_TO_FIPS``) and is used here, extended only with the
countries it does not list.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from forecasts.resolve.vocabulary import CAMEO_TO_FIPS


@dataclass(frozen=True)
class Actor:
    """An actor named in a text: its canonical name, CAMEO country and type codes, FIPS place code.

    ``cameo_country`` is None for groups that span countries; ``fips`` is None for actors that
    are not a country (an armed group is not a place).
    """

    name: str
    cameo_country: str | None
    cameo_type: str | None
    fips: str | None

    @property
    def actor_code(self) -> str | None:
        """The Actor1Code prefix GDELT writes for this actor ("IRNMIL"), when it has a country."""
        if self.cameo_type == "IGO":
            return _IGO_CODES.get(self.name)
        if self.cameo_country is None:
            return None
        return self.cameo_country + (self.cameo_type or "")


# The tables below are data, laid out by hand to be read and extended; the formatter leaves them.
# fmt: off
# CAMEO -> FIPS for countries ``forecasts.resolve.vocabulary`` does not list (FIPS 10-4).
_MORE_FIPS: dict[str, str] = {
    "PRK": "KN", "KOR": "KS", "JPN": "JA", "IND": "IN", "TWN": "TW", "VEN": "VE", "LBY": "LY",
    "SDN": "SU", "SSD": "OD", "SOM": "SO", "ETH": "ET", "MLI": "ML", "NGA": "NI", "PSE": "WE",
    "ARM": "AM", "AZE": "AJ", "GEO": "GG", "BLR": "BO", "POL": "PL", "SRB": "RI", "MMR": "BM",
    "PHL": "RP", "VNM": "VM", "MEX": "MX", "CUB": "CU", "COL": "CO", "BRA": "BR", "ITA": "IT",
    "ESP": "SP", "NLD": "NL", "BEL": "BE", "SWE": "SW", "FIN": "FI", "NOR": "NO", "DNK": "DA",
    "EST": "EN", "LVA": "LG", "LTU": "LH", "MDA": "MD", "ROU": "RO", "HUN": "HU", "GRC": "GR",
    "CYP": "CY", "AUS": "AS", "IDN": "ID", "MYS": "MY", "THA": "TH", "KAZ": "KZ", "UZB": "UZ",
    "TJK": "TI", "KGZ": "KG", "TKM": "TX", "DZA": "AG", "MAR": "MO", "TUN": "TS", "NER": "NG",
    "BFA": "UV", "TCD": "CD", "COD": "CG", "CAF": "CT", "KEN": "KE", "ERI": "ER", "DJI": "DJ",
    "ZAF": "SF", "NIC": "NU", "BOL": "BL", "ARG": "AR", "CHL": "CI", "PER": "PE", "ECU": "EC",
}

# CAMEO country -> names, demonyms and capitals (capitals stand for governments: "Tehran said").
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "USA": ("United States", "United States of America", "U.S.A.", "USA", "U.S.", "US", "America", "American",
            "Washington"),
    "IRN": ("Iran", "Islamic Republic of Iran", "Iranian", "Tehran", "Islamic Republic"),
    "IRQ": ("Iraq", "Iraqi", "Baghdad"),
    "SAU": ("Saudi Arabia", "Saudi", "Riyadh", "the Kingdom"),
    "ARE": ("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"),
    "KWT": ("Kuwait", "Kuwaiti"),
    "QAT": ("Qatar", "Qatari", "Doha"),
    "BHR": ("Bahrain", "Bahraini", "Manama"),
    "OMN": ("Oman", "Omani", "Muscat"),
    "ISR": ("Israel", "Israeli", "Jerusalem", "Tel Aviv"),
    "SYR": ("Syria", "Syrian", "Damascus"),
    "LBN": ("Lebanon", "Lebanese", "Beirut"),
    "YEM": ("Yemen", "Yemeni", "Sanaa", "Sana'a", "Aden"),
    "JOR": ("Jordan", "Jordanian", "Amman"),
    "TUR": ("Turkey", "T\u00fcrkiye", "Turkiye", "Turkish", "Ankara"),
    "EGY": ("Egypt", "Egyptian", "Cairo"),
    "GBR": ("United Kingdom", "Britain", "Great Britain", "British", "UK", "U.K.", "London"),
    "FRA": ("France", "French", "Paris"),
    "DEU": ("Germany", "German", "Berlin"),
    "RUS": ("Russia", "Russian Federation", "Russian", "Moscow", "the Kremlin", "Kremlin"),
    "CHN": ("China", "People's Republic of China", "Chinese", "Beijing"),
    "AFG": ("Afghanistan", "Afghan", "Kabul"),
    "PAK": ("Pakistan", "Pakistani", "Islamabad"),
    "UKR": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "CAN": ("Canada", "Canadian", "Ottawa"),
    "PRK": ("North Korea", "North Korean", "DPRK", "Pyongyang"),
    "KOR": ("South Korea", "South Korean", "Republic of Korea", "ROK", "Seoul"),
    "JPN": ("Japan", "Japanese", "Tokyo"),
    "IND": ("India", "Indian", "New Delhi"),
    "TWN": ("Taiwan", "Taiwanese", "Taipei"),
    "VEN": ("Venezuela", "Venezuelan", "Caracas"),
    "LBY": ("Libya", "Libyan", "Tripoli"),
    "SDN": ("Sudan", "Sudanese", "Khartoum"),
    "SSD": ("South Sudan", "South Sudanese", "Juba"),
    "SOM": ("Somalia", "Somali", "Mogadishu"),
    "ETH": ("Ethiopia", "Ethiopian", "Addis Ababa"),
    "MLI": ("Mali", "Malian", "Bamako"),
    "NGA": ("Nigeria", "Nigerian", "Abuja"),
    "PSE": ("Palestine", "Palestinian", "Palestinian Authority", "Gaza", "West Bank", "Ramallah"),
    "ARM": ("Armenia", "Armenian", "Yerevan"),
    "AZE": ("Azerbaijan", "Azerbaijani", "Baku"),
    "GEO": ("Georgia", "Georgian", "Tbilisi"),
    "BLR": ("Belarus", "Belarusian", "Minsk"),
    "POL": ("Poland", "Polish", "Warsaw"),
    "SRB": ("Serbia", "Serbian", "Belgrade"),
    "MMR": ("Myanmar", "Burma", "Burmese", "Naypyidaw"),
    "PHL": ("Philippines", "Philippine", "Filipino", "Manila"),
    "VNM": ("Vietnam", "Vietnamese", "Hanoi"),
    "MEX": ("Mexico", "Mexican"),
    "CUB": ("Cuba", "Cuban", "Havana"),
    "COL": ("Colombia", "Colombian", "Bogot\u00e1", "Bogota"),
    "BRA": ("Brazil", "Brazilian", "Bras\u00edlia", "Brasilia"),
    "ITA": ("Italy", "Italian", "Rome"),
    "ESP": ("Spain", "Spanish", "Madrid"),
    "NLD": ("Netherlands", "Dutch", "The Hague"),
    "SWE": ("Sweden", "Swedish", "Stockholm"),
    "FIN": ("Finland", "Finnish", "Helsinki"),
    "NOR": ("Norway", "Norwegian", "Oslo"),
    "EST": ("Estonia", "Estonian", "Tallinn"),
    "LVA": ("Latvia", "Latvian", "Riga"),
    "LTU": ("Lithuania", "Lithuanian", "Vilnius"),
    "MDA": ("Moldova", "Moldovan", "Chisinau"),
    "ROU": ("Romania", "Romanian", "Bucharest"),
    "HUN": ("Hungary", "Hungarian", "Budapest"),
    "GRC": ("Greece", "Greek", "Athens"),
    "AUS": ("Australia", "Australian", "Canberra"),
    "KAZ": ("Kazakhstan", "Kazakh", "Astana"),
    "DZA": ("Algeria", "Algerian", "Algiers"),
    "MAR": ("Morocco", "Moroccan", "Rabat"),
    "NER": ("Niger", "Nigerien", "Niamey"),
    "BFA": ("Burkina Faso", "Burkinab\u00e9", "Ouagadougou"),
    "COD": ("DR Congo", "Democratic Republic of the Congo", "DRC", "Congolese", "Kinshasa"),
    "KEN": ("Kenya", "Kenyan", "Nairobi"),
    "ZAF": ("South Africa", "South African", "Pretoria"),
}

# Every other country and populous territory (forecasts/data/countries.csv, derived from GeoNames
# and the countryinfo package by scripts/derive_countries.py): its name, another common name,
# demonym and capital, and its FIPS code. The hand-laid table above wins where both have a country.
COUNTRY_TABLE = Path(__file__).resolve().parent.parent / "data" / "countries.csv"


# The demonyms news writes today where the table has an older form ("Kirghiz", "Tadzhik",
# "Argentinean", "Slovene", "Nepalese"): "Russian-Kyrgyz talks".
_CURRENT_DEMONYMS: dict[str, tuple[str, ...]] = {
    "KGZ": ("Kyrgyz", "Kyrgyzstani"),
    "TJK": ("Tajik", "Tajikistani"),
    "UZB": ("Uzbek",),
    "TKM": ("Turkmen",),
    "ARG": ("Argentine", "Argentinian"),
    "SVN": ("Slovenian",),
    "NPL": ("Nepali",),
}


def _read_country_table(path: Path = COUNTRY_TABLE) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    names: dict[str, tuple[str, ...]] = {}
    fips: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as table:
        for row in csv.DictReader(table):
            code = row["iso3"]
            if code in _COUNTRIES:
                continue
            # "Bosnian,Herzegovinian": a field may hold several demonyms.
            written = [
                row["name"],
                *row["other_names"].split("|"),
                *row["demonym"].split(","),
                *_CURRENT_DEMONYMS.get(code, ()),
                row["capital"],
            ]
            names[code] = tuple(dict.fromkeys(w.strip() for w in written if w.strip()))
            fips[code] = row["fips"]
    return names, fips


_TABLE_NAMES, _TABLE_FIPS = _read_country_table()
ALL_COUNTRIES: dict[str, tuple[str, ...]] = {**_TABLE_NAMES, **_COUNTRIES}
# CAMEO -> FIPS 10-4 for every country: the resolver's table, the hand-laid additions, then the rest.
FIPS_OF: dict[str, str] = {**_TABLE_FIPS, **CAMEO_TO_FIPS, **_MORE_FIPS}

# Leaders: name -> (CAMEO country, type). Heads of state and government, foreign and defence
# ministers, commanders, recent enough to appear in the forecasts the tracker follows.
_PEOPLE: dict[str, tuple[str, str]] = {
    # Iran
    "Ali Khamenei": ("IRN", "GOV"), "Khamenei": ("IRN", "GOV"), "Hassan Rouhani": ("IRN", "GOV"),
    "Rouhani": ("IRN", "GOV"), "Ebrahim Raisi": ("IRN", "GOV"), "Raisi": ("IRN", "GOV"),
    "Masoud Pezeshkian": ("IRN", "GOV"), "Pezeshkian": ("IRN", "GOV"), "Javad Zarif": ("IRN", "GOV"),
    "Zarif": ("IRN", "GOV"), "Abbas Araghchi": ("IRN", "GOV"), "Araghchi": ("IRN", "GOV"),
    "Qassem Soleimani": ("IRN", "MIL"), "Soleimani": ("IRN", "MIL"), "Esmail Qaani": ("IRN", "MIL"),
    "Qaani": ("IRN", "MIL"), "Hossein Salami": ("IRN", "MIL"),
    # United States
    "Donald Trump": ("USA", "GOV"), "Trump": ("USA", "GOV"), "Joe Biden": ("USA", "GOV"), "Biden": ("USA", "GOV"),
    "Barack Obama": ("USA", "GOV"), "Obama": ("USA", "GOV"), "Mike Pompeo": ("USA", "GOV"),
    "Pompeo": ("USA", "GOV"), "Antony Blinken": ("USA", "GOV"), "Blinken": ("USA", "GOV"),
    "Marco Rubio": ("USA", "GOV"), "Lloyd Austin": ("USA", "MIL"), "Mark Esper": ("USA", "MIL"),
    "Esper": ("USA", "MIL"), "Pete Hegseth": ("USA", "MIL"), "Hegseth": ("USA", "MIL"),
    "Kamala Harris": ("USA", "GOV"), "Mike Pence": ("USA", "GOV"), "JD Vance": ("USA", "GOV"),
    # Russia, Ukraine, Belarus
    "Vladimir Putin": ("RUS", "GOV"), "Putin": ("RUS", "GOV"), "Sergei Lavrov": ("RUS", "GOV"),
    "Lavrov": ("RUS", "GOV"), "Sergei Shoigu": ("RUS", "MIL"), "Shoigu": ("RUS", "MIL"),
    "Andrei Belousov": ("RUS", "MIL"), "Dmitry Medvedev": ("RUS", "GOV"), "Medvedev": ("RUS", "GOV"),
    "Volodymyr Zelenskyy": ("UKR", "GOV"), "Volodymyr Zelensky": ("UKR", "GOV"), "Zelenskyy": ("UKR", "GOV"),
    "Zelensky": ("UKR", "GOV"), "Dmytro Kuleba": ("UKR", "GOV"), "Kuleba": ("UKR", "GOV"),
    "Alexander Lukashenko": ("BLR", "GOV"), "Lukashenko": ("BLR", "GOV"),
    # Israel and its neighbours
    "Benjamin Netanyahu": ("ISR", "GOV"), "Netanyahu": ("ISR", "GOV"), "Yoav Gallant": ("ISR", "MIL"),
    "Gallant": ("ISR", "MIL"), "Israel Katz": ("ISR", "MIL"), "Naftali Bennett": ("ISR", "GOV"),
    "Yair Lapid": ("ISR", "GOV"), "Bashar al-Assad": ("SYR", "GOV"), "Assad": ("SYR", "GOV"),
    "Ahmed al-Sharaa": ("SYR", "GOV"), "Hassan Nasrallah": ("LBN", "REB"), "Nasrallah": ("LBN", "REB"),
    "Naim Qassem": ("LBN", "REB"), "Yahya Sinwar": ("PSE", "REB"), "Sinwar": ("PSE", "REB"),
    "Ismail Haniyeh": ("PSE", "REB"), "Haniyeh": ("PSE", "REB"), "Mahmoud Abbas": ("PSE", "GOV"),
    # Iraq, Gulf, Turkey, Egypt
    "Adel Abdul-Mahdi": ("IRQ", "GOV"), "Mustafa al-Kadhimi": ("IRQ", "GOV"),
    "Mohammed Shia al-Sudani": ("IRQ", "GOV"), "Sudani": ("IRQ", "GOV"), "Muqtada al-Sadr": ("IRQ", "OPP"),
    "Abu Mahdi al-Muhandis": ("IRQ", "REB"), "Mohammed bin Salman": ("SAU", "GOV"), "MBS": ("SAU", "GOV"),
    "King Salman": ("SAU", "GOV"), "Mohamed bin Zayed": ("ARE", "GOV"), "Recep Tayyip Erdogan": ("TUR", "GOV"),
    "Erdogan": ("TUR", "GOV"), "Erdo\u011fan": ("TUR", "GOV"), "Abdel Fattah el-Sisi": ("EGY", "GOV"),
    "Sisi": ("EGY", "GOV"),
    # Asia
    "Xi Jinping": ("CHN", "GOV"), "Xi": ("CHN", "GOV"), "Wang Yi": ("CHN", "GOV"), "Kim Jong Un": ("PRK", "GOV"),
    "Kim Jong-un": ("PRK", "GOV"), "Narendra Modi": ("IND", "GOV"), "Modi": ("IND", "GOV"),
    "Shehbaz Sharif": ("PAK", "GOV"), "Imran Khan": ("PAK", "GOV"), "Tsai Ing-wen": ("TWN", "GOV"),
    "Lai Ching-te": ("TWN", "GOV"), "Yoon Suk Yeol": ("KOR", "GOV"), "Fumio Kishida": ("JPN", "GOV"),
    "Hibatullah Akhundzada": ("AFG", "REB"),
    # Europe and the Americas
    "Emmanuel Macron": ("FRA", "GOV"), "Macron": ("FRA", "GOV"), "Olaf Scholz": ("DEU", "GOV"),
    "Scholz": ("DEU", "GOV"), "Friedrich Merz": ("DEU", "GOV"), "Boris Johnson": ("GBR", "GOV"),
    "Rishi Sunak": ("GBR", "GOV"), "Keir Starmer": ("GBR", "GOV"), "Starmer": ("GBR", "GOV"),
    "Nicol\u00e1s Maduro": ("VEN", "GOV"), "Nicolas Maduro": ("VEN", "GOV"), "Maduro": ("VEN", "GOV"),
    "Ilham Aliyev": ("AZE", "GOV"), "Nikol Pashinyan": ("ARM", "GOV"),
}

# Armed forces, security bodies and armed groups: name -> (CAMEO country or None, type).
_BODIES: dict[str, tuple[str | None, str]] = {
    "Islamic Revolutionary Guard Corps": ("IRN", "MIL"), "Revolutionary Guards": ("IRN", "MIL"),
    "Revolutionary Guard": ("IRN", "MIL"), "IRGC": ("IRN", "MIL"), "Quds Force": ("IRN", "MIL"),
    "Basij": ("IRN", "MIL"), "the Pentagon": ("USA", "MIL"), "Pentagon": ("USA", "MIL"),
    "CENTCOM": ("USA", "MIL"), "Central Command": ("USA", "MIL"), "White House": ("USA", "GOV"),
    "State Department": ("USA", "GOV"),
    "GOV.UK": ("GBR", "GOV"),
    "Downing Street": ("GBR", "GOV"),
    "HM Treasury": ("GBR", "GOV"),
    "Whitehall": ("GBR", "GOV"),
    "Elysee": ("FRA", "GOV"),
    "\u00c9lys\u00e9e": ("FRA", "GOV"), "CIA": ("USA", "SPY"), "Congress": ("USA", "LEG"),
    "IDF": ("ISR", "MIL"), "Israel Defense Forces": ("ISR", "MIL"), "Mossad": ("ISR", "SPY"),
    "Knesset": ("ISR", "LEG"), "Duma": ("RUS", "LEG"), "FSB": ("RUS", "SPY"), "GRU": ("RUS", "SPY"),
    "Wagner Group": ("RUS", "MIL"), "Wagner": ("RUS", "MIL"), "Africa Corps": ("RUS", "MIL"),
    "People's Liberation Army": ("CHN", "MIL"), "PLA": ("CHN", "MIL"),
    "Hezbollah": ("LBN", "REB"), "Hizbollah": ("LBN", "REB"), "Hizballah": ("LBN", "REB"),
    "Hamas": ("PSE", "REB"), "Palestinian Islamic Jihad": ("PSE", "REB"), "Islamic Jihad": ("PSE", "REB"),
    "Houthis": ("YEM", "REB"), "Houthi": ("YEM", "REB"), "Ansar Allah": ("YEM", "REB"),
    "Kataib Hezbollah": ("IRQ", "REB"), "Kata'ib Hezbollah": ("IRQ", "REB"),
    "Popular Mobilization Forces": ("IRQ", "MIL"), "Popular Mobilisation Forces": ("IRQ", "MIL"), "PMF": ("IRQ", "MIL"),
    "Hashd al-Shaabi": ("IRQ", "MIL"), "Asaib Ahl al-Haq": ("IRQ", "REB"), "Taliban": ("AFG", "REB"),
    "Tehrik-i-Taliban Pakistan": ("PAK", "REB"), "TTP": ("PAK", "REB"), "Haqqani network": ("AFG", "REB"),
    "Islamic State": (None, "REB"), "ISIS": (None, "REB"), "ISIL": (None, "REB"), "Daesh": (None, "REB"),
    "al-Qaeda": (None, "REB"), "al-Qaida": (None, "REB"), "Al Qaeda": (None, "REB"),
    "al-Shabaab": ("SOM", "REB"), "Al-Shabaab": ("SOM", "REB"), "Boko Haram": ("NGA", "REB"),
    "Rapid Support Forces": ("SDN", "REB"), "RSF": ("SDN", "REB"), "Hayat Tahrir al-Sham": ("SYR", "REB"),
    "HTS": ("SYR", "REB"), "PKK": ("TUR", "REB"), "Kurdistan Workers' Party": ("TUR", "REB"),
    "SDF": ("SYR", "REB"), "Syrian Democratic Forces": ("SYR", "REB"),
    "NATO": (None, "IGO"), "North Atlantic Treaty Organization": (None, "IGO"),
    "United Nations": (None, "IGO"), "UN": (None, "IGO"), "U.N.": (None, "IGO"),
    "UN Security Council": (None, "IGO"), "Security Council": (None, "IGO"),
    "European Union": (None, "IGO"), "EU": (None, "IGO"), "African Union": (None, "IGO"),
}
# Intergovernmental organisations: no country, an Actor1Code of their own (IGO + region + group),
# as GDELT writes it ("IGOUNO" United Nations, "IGOEUREEC" European Union in its exports; NATO
# and the African Union by the codebook's same pattern).
_IGO_CODES: dict[str, str] = {
    "NATO": "IGOWSTNAT", "United Nations": "IGOUNO", "European Union": "IGOEUREEC", "African Union": "IGOAFRAFU",
}
# fmt: on

# Words after a country name that say which part of the state acts: "Iranian forces" -> MIL.
_TYPE_AFTER = (
    (
        re.compile(
            r"^(?:'s\s+|\u2019s\s+)?(?:\w+\s+){0,2}?(?:armed\s+forces|military|army|navy|air\s+force|forces|troops|soldiers|missiles?|drones?|warships?|militias?|proxies)\b",
            re.I,
        ),
        "MIL",
    ),
    (
        re.compile(
            r"^(?:'s\s+|\u2019s\s+)?(?:\w+\s+){0,2}?(?:government|regime|administration|officials|authorities|leader|leaders|ministry|leadership|president|prime\s+minister|foreign\s+minister|cabinet|diplomats?)\b",
            re.I,
        ),
        "GOV",
    ),
    (re.compile(r"^(?:'s\s+|\u2019s\s+)?(?:\w+\s+){0,1}?(?:police|security\s+forces)\b", re.I), "COP"),
    (re.compile(r"^(?:'s\s+|\u2019s\s+)?(?:\w+\s+){0,1}?(?:intelligence|spies|spy\s+agency)\b", re.I), "SPY"),
    (re.compile(r"^(?:'s\s+|\u2019s\s+)?(?:\w+\s+){0,1}?(?:rebels|militants|insurgents|separatists)\b", re.I), "REB"),
    (re.compile(r"^(?:'s\s+|\u2019s\s+)?(?:\w+\s+){0,1}?(?:protesters|demonstrators)\b", re.I), "OPP"),
)


# Spellings of one body -> the name it is known by (and that ACLED's actor names contain).
_CANONICAL: dict[str, str] = {
    "ISIS": "Islamic State", "ISIL": "Islamic State", "Daesh": "Islamic State",
    "al-Qaida": "al-Qaeda", "Al Qaeda": "al-Qaeda", "Hizbollah": "Hezbollah", "Hizballah": "Hezbollah",
    "Houthi": "Houthis", "Ansar Allah": "Houthis", "Kata'ib Hezbollah": "Kataib Hezbollah",
    "Islamic Revolutionary Guard Corps": "IRGC", "Revolutionary Guards": "IRGC", "Revolutionary Guard": "IRGC",
    "Popular Mobilisation Forces": "Popular Mobilization Forces", "PMF": "Popular Mobilization Forces",
    "Hashd al-Shaabi": "Popular Mobilization Forces", "Wagner": "Wagner Group", "Israel Defense Forces": "IDF",
    "Al-Shabaab": "al-Shabaab", "RSF": "Rapid Support Forces", "HTS": "Hayat Tahrir al-Sham",
    "Kurdistan Workers' Party": "PKK", "Syrian Democratic Forces": "SDF", "PLA": "People's Liberation Army",
    "Central Command": "CENTCOM",
    "North Atlantic Treaty Organization": "NATO", "UN": "United Nations",
    "U.N.": "United Nations", "UN Security Council": "United Nations", "Security Council": "United Nations",
    "EU": "European Union",
}  # fmt: skip


def _entries() -> dict[str, tuple[str, str | None, str | None, bool]]:
    """Written form -> (canonical name, CAMEO country, type, is a country)."""
    entries: dict[str, tuple[str, str | None, str | None, bool]] = {}
    for code, names in _COUNTRIES.items():
        for name in names:
            entries[name] = (names[0], code, None, True)
    for code, names in _TABLE_NAMES.items():
        for name in names:
            # A name the hand-laid table gives a country already keeps that country.
            entries.setdefault(name, (names[0], code, None, True))
    for name, (code, kind) in _PEOPLE.items():
        entries[name] = (name, code, kind, False)
    for name, (maybe_code, kind) in _BODIES.items():
        entries[name] = (_CANONICAL.get(name, name.removeprefix("the ")), maybe_code, kind, False)
    return entries


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str | None, str | None, bool]]]:
    entries = _entries()
    # Longest first so "South Korea" wins over "Korea" and "Kataib Hezbollah" over "Hezbollah".
    names = sorted(entries, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    # Case matters: "US" is the country, "us" the pronoun; a trailing "s" takes plurals ("Iranians").
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?:s(?!\w)|(?!\w))(?!\.\w)"), entries


def _lookup(
    found: str, entries: dict[str, tuple[str, str | None, str | None, bool]]
) -> tuple[str, str | None, str | None, bool] | None:
    if found in entries:
        return entries[found]
    if found.endswith("s") and found[:-1] in entries:
        return entries[found[:-1]]
    return None


def actor_named(text: str) -> Actor | None:
    """The actor ``text`` is a name of, exactly ("Tehran", "the Kremlin"), else None."""
    pattern, entries = _pattern()
    m = pattern.fullmatch(text.strip()) or pattern.fullmatch(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE))
    return actors_in(m.group(0))[0] if m and actors_in(m.group(0)) else None


_DOCUMENT_AFTER = re.compile(
    r"\s+(?:Agreements?|Accords?|Conventions?|Protocols?|Treaty|Charter|Declaration|Pact|Process|Format|Consensus|"
    r"Principles|Communiqu[e\u00e9])\b",
    re.IGNORECASE,
)


def _names_a_document(written: str, name: str, after: str) -> bool:
    """A capital city naming a treaty ("Paris Agreement"); a country's own name or adjective ("Canada
    Agreement", "Iranian accord") still names the party."""
    return written != name and not re.search(r"(?:ans?|ese|ish|i|ic)$", written) and bool(_DOCUMENT_AFTER.match(after))


def actors_in(text: str) -> list[Actor]:
    """Actors named in ``text``, in order of first mention, each once.

    A country followed by words for its armed forces, government, police or intelligence gets
    the matching CAMEO type ("Iran's armed forces" -> IRN MIL, "the Iraqi government" -> IRQ GOV).
    """
    pattern, entries = _pattern()
    found: list[Actor] = []
    for m in pattern.finditer(text):
        entry = _lookup(m.group(0), entries)
        if entry is None:
            continue
        name, code, kind, is_country = entry
        if is_country and _names_a_document(m.group(0), name, text[m.end() : m.end() + 30]):
            continue  # "the Paris Agreement", "the Minsk accords": a document signed there, not the state
        if is_country and re.match(
            r"['\u2019]?s?\s*(?:allies|partners|proxies|adversaries|enemies|rivals|foes)\b",
            text[m.end() : m.end() + 20],
        ):
            continue  # "US allies in the Gulf" are not the US
        if is_country and kind is None:
            after = text[m.end() : m.end() + 60].lstrip()
            for type_pattern, type_code in _TYPE_AFTER:
                if type_pattern.match(after):
                    kind = type_code
                    break
        fips = FIPS_OF.get(code) if (code is not None and is_country) else None
        actor = Actor(name, code, kind, fips)
        if actor not in found:
            found.append(actor)
    return found


# Country names written with "the" in running text.
_WITH_THE = frozenset(
    {
        "United States", "United Kingdom", "United Arab Emirates", "Netherlands", "Philippines", "DR Congo",
        "Democratic Republic of the Congo", "Republic of the Congo", "Dominican Republic", "Central African Republic",
        "Czech Republic", "Gambia", "Bahamas", "Maldives", "Comoros",
    }
)  # fmt: skip


def display_name(actor: Actor) -> str:
    """The actor's name as a sentence writes it: "the United States", "Iran", "Hezbollah"."""
    return f"the {actor.name}" if actor.name in _WITH_THE else actor.name


def country_actor(code: str) -> Actor:
    """The country with CAMEO code ``code`` as an actor without a type ("IRN" -> Iran, IR)."""
    names = ALL_COUNTRIES.get(code)
    return Actor(names[0] if names else code, code, None, FIPS_OF.get(code))


def place_in(text: str) -> Actor | None:
    """The country where ``text`` places the event ("in Iraq", "across Ukraine", "inside Syria").

    "on Iran" and "at Israel" name a target, not a place: sanctions on Iran are not imposed there.
    """
    m = re.search(
        r"\b(?:in|inside(?:\s+of)?|across|throughout|within)\s+((?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)", text
    )
    if not m:
        return None
    for actor in actors_in(m.group(1)):
        if actor.fips is not None and actor.cameo_type is None:
            return actor
    return None
