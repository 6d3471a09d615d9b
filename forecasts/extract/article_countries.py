"""The country an article comes from (its publisher) and the country it is about.

The publisher's country decides conventions of the text itself, such as which fiscal year
"2019-20" means (HM Treasury's runs April to March). It comes from the web address (a national
domain, "gov.uk", a US ".gov" or ".mil") or else from a country the outlet's name holds ("U.S.
Department of State", "HM Treasury (GOV.UK)").

The country an article is about qualifies what it names without saying whose: "the general
election" in a piece on Poland is Poland's, whoever publishes it. It is the country the title
and the text up to the claim name most often, the publisher's country counting as two mentions
(an article from gov.uk that never says "UK" is still about the UK).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from forecasts.extract.article import Article
from forecasts.extract.gazetteer import actors_in

# National domains (ISO 3166 two letters, "uk" for the United Kingdom) -> CAMEO country.
_DOMAINS: dict[str, str] = {
    "uk": "GBR", "us": "USA", "ru": "RUS", "fr": "FRA", "de": "DEU", "ca": "CAN", "au": "AUS", "in": "IND",
    "jp": "JPN", "cn": "CHN", "ua": "UKR", "ir": "IRN", "il": "ISR", "tr": "TUR", "it": "ITA", "es": "ESP",
    "pl": "POL", "nl": "NLD", "se": "SWE", "no": "NOR", "fi": "FIN", "kr": "KOR", "tw": "TWN", "mx": "MEX",
    "br": "BRA", "za": "ZAF", "nz": "NZL", "ie": "IRL", "pk": "PAK", "eg": "EGY", "sa": "SAU", "ae": "ARE",
}  # fmt: skip
# Outlet names that are the state they belong to without naming it.
_US_BODIES = re.compile(r"(?i)\b(?:congress(?:ional)?|federal\s+reserve|pentagon|white\s+house)\b")
_UK_BODIES = re.compile(r"(?i)\b(?:gov\.uk|hm\s+treasury|house\s+of\s+commons|house\s+of\s+lords|whitehall)\b")


def publisher_country(article: Article) -> str | None:
    """The CAMEO code of the country the article is published in, if its address or outlet says."""
    host = urlsplit(article.url or "").hostname or ""
    if host:
        labels = host.lower().split(".")
        if labels[-1] in ("gov", "mil") or (len(labels) > 1 and labels[-2] in ("gov", "mil") and labels[-1] == "us"):
            return "USA"  # .gov and .mil without a country are the US federal government's
        if labels[-1] in _DOMAINS and labels[-1] != "us":
            return _DOMAINS[labels[-1]]
    outlet = article.outlet or ""
    if _UK_BODIES.search(outlet):
        return "GBR"
    if _US_BODIES.search(outlet):
        return "USA"
    for actor in actors_in(outlet):
        if actor.fips is not None and actor.cameo_country:
            return actor.cameo_country
    return None


def subject_country(article: Article, before: int) -> str | None:
    """The CAMEO code of the country the article is about, as far as ``before`` in its body."""
    counts: Counter[str] = Counter()
    text = f"{article.title or ''}\n{article.body[:before]}"
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        for actor in actors_in(sentence):
            if actor.cameo_country and actor.fips is not None:
                counts[actor.cameo_country] += 1
    publisher = publisher_country(article)
    if publisher is not None:
        counts[publisher] += 2
    if not counts:
        return None
    # A tie goes to the publisher's country.
    return max(counts, key=lambda code: (counts[code], code == publisher))
