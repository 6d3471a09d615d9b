"""Officials named by their office, and whose official a title alone names.

A government's own release names its officials by title alone ("Deputy Secretary Sherman",
"the Minister", "Ambassador Reyes") and names every other government's by nationality ("Japanese
Vice Foreign Minister Mori", "Vietnamese officials"). So an official with no nationality in a
release a government publishes is that government's; in a news outlet's report, whose official a
bare title names is not said.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from forecasts.extract.article import Article
from forecasts.extract.article_countries import publisher_country
from forecasts.extract.gazetteer import actors_in

# Titles of office that name a state's official: a person, not a body.
_OFFICE_TITLE = re.compile(
    r"\b(?:(?:Deputy|Under|Assistant|Vice|Prime|Foreign|Defen[cs]e|Interior|Finance|Trade|First)\s+)*"
    r"(?:Secretary|Minister|Ambassador|Envoy|Spokes(?:person|man|woman)|Administrator|President|Chancellor|"
    r"Attorney\s+General|Premier|Undersecretary|Commissioner|Counsellor|Counselor)\b"
)
# Outlets that are a government or one of its offices ("U.S. Department of State", "President of
# Russia", "Ministry of Foreign Affairs"), as against a news outlet a government may fund.
_GOVERNMENT_OUTLET = re.compile(
    r"\b(?:Department|Ministry|Government|Embassy|Mission\s+to|Cabinet|Chancellery|White\s+House|Kremlin|"
    r"President\s+of|Prime\s+Minister(?:'s)?\s+Office|Office\s+of\s+the)\b"
)


def is_named_by_office(subject: str) -> bool:
    """Whether ``subject`` is an official named by a title of office and no country
    ("Deputy Secretary Sherman", "the Foreign Minister"), not "the Japanese Foreign Minister"."""
    return _OFFICE_TITLE.search(subject) is not None and not any(a.cameo_country for a in actors_in(subject))


def publishing_government(article: Article) -> str | None:
    """The CAMEO code of the government that publishes ``article`` itself (a ".gov" or ".mil"
    address, an outlet that is a department, ministry or head of state's office), else None: a
    news outlet's country says nothing of whose officials it reports."""
    labels = (urlsplit(article.url or "").hostname or "").lower().split(".")
    official_host = "gov" in labels or "mil" in labels
    if not official_host and _GOVERNMENT_OUTLET.search(article.outlet or "") is None:
        return None
    return publisher_country(article)
