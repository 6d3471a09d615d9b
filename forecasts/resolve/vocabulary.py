"""The codes rules are written in: CAMEO event and country codes, FIPS 10-4 places, ACLED types.

GDELT uses two country-code systems side by side (see ../shared/data/events/SCHEMAS.md):
actors carry CAMEO 3-letter codes (IRN, IRQ, USA) and places carry FIPS 10-4 2-letter codes
(IR = Iran, IZ = Iraq, US). Mixing them up is the classic mistake, so validation names the code
in the other system when it knows it.
"""

from __future__ import annotations

# CAMEO 3-letter actor country -> FIPS 10-4 2-letter geo code, for the countries the tracker's
# questions are mostly about. Only used to suggest the right code in error messages.
CAMEO_TO_FIPS: dict[str, str] = {
    "USA": "US",
    "IRN": "IR",
    "IRQ": "IZ",
    "SAU": "SA",
    "ARE": "AE",
    "KWT": "KU",
    "QAT": "QA",
    "BHR": "BA",
    "OMN": "MU",
    "ISR": "IS",
    "SYR": "SY",
    "LBN": "LE",
    "YEM": "YM",
    "JOR": "JO",
    "TUR": "TU",
    "EGY": "EG",
    "GBR": "UK",
    "FRA": "FR",
    "DEU": "GM",
    "RUS": "RS",
    "CHN": "CH",
    "AFG": "AF",
    "PAK": "PK",
    "UKR": "UP",
    "CAN": "CA",
}
FIPS_TO_CAMEO: dict[str, str] = {fips: cameo for cameo, fips in CAMEO_TO_FIPS.items()}

# Every CAMEO event code GDELT emits (CAMEO manual 1.1b3, GDELT's CAMEO.eventcodes.txt).
# A rule's code matches that code and every code below it (195 matches 1951 and 1952).
CAMEO_EVENT_CODES: frozenset[str] = frozenset(
    """
    01 010 011 012 013 014 015 016 017 018 019
    02 020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242 0243 0244 025 0251
    0252 0253 0254 0255 0256 026 027 028
    03 030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 035 0351
    0352 0353 0354 0355 0356 036 037 038 039
    04 040 041 042 043 044 045 046
    05 050 051 052 053 054 055 056 057
    06 060 061 062 063 064
    07 070 071 072 073 074 075
    08 080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085 086 0861 0862
    0863 087 0871 0872 0873 0874
    09 090 091 092 093 094
    10 100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051
    1052 1053 1054 1055 1056 106 107 108
    11 110 111 112 1121 1122 1123 1124 1125 113 114 115 116
    12 120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 1242 1243 1244
    1245 1246 125 126 127 128 129
    13 130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 1381 1382 1383
    1384 1385 139
    14 140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441 1442
    1443 1444 145 1451 1452 1453 1454
    15 150 151 152 153 154 155
    16 160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663
    17 170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 176
    18 180 181 182 1821 1822 1823 183 1831 1832 1833 1834 184 185 186
    19 190 191 192 193 194 195 1951 1952 196
    20 200 201 202 203 204 2041 2042
    """.split()
)

# QuadClass GDELT really emits for each root code (checked in three real files, SCHEMAS.md §5).
QUAD_CLASS_OF_ROOT: dict[int, int] = {
    **dict.fromkeys(range(1, 6), 1),
    **dict.fromkeys(range(6, 10), 2),
    **dict.fromkeys(range(10, 15), 3),
    **dict.fromkeys(range(15, 21), 4),
}
QUAD_CLASS_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

# ACLED's event types and the sub-event types under each (ACLED codebook 2023; SCHEMAS.md §4).
ACLED_SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
ACLED_EVENT_TYPES: tuple[str, ...] = tuple(ACLED_SUB_EVENT_TYPES)
ACLED_EVENT_TYPE_OF_SUB: dict[str, str] = {
    sub: event_type for event_type, subs in ACLED_SUB_EVENT_TYPES.items() for sub in subs
}
