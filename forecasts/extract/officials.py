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
from forecasts.extract.gazetteer import actors_in, country_actor, display_name

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


# A bare title of office as a question writes it ("the Secretary", "the Prime Minister", "the
# Chancellor"): not followed by "of ..." or a name, which say whose it is already.
_BARE_OFFICE = re.compile(
    r"(?<![\w'\u2019-])(?P<the>[Tt]he)\s+(?P<title>(?:(?:Deputy|Prime|Foreign|Home|Defen[cs]e|Health|Interior|Finance|"
    r"Trade)\s+)?(?:Secretary|Minister|President|Premier|Chancellor))"
    r"(?!\s+(?:of|for)\b)(?!\s+[A-Z])(?![\w'\u2019-])"
)
# The department a US release comes from names its Secretary's office ("U.S. Department of State":
# "the Secretary" is the Secretary of State).
_US_DEPARTMENT = re.compile(r"\bDepartment\s+of\s+(?P<department>State|Defen[cs]e|the\s+Treasury|Energy|Commerce)\b")
_DEPARTMENT_HOSTS = {"state.gov": "State", "defense.gov": "Defense", "treasury.gov": "the Treasury"}
# How a question names a country before its office ("the US Secretary of State"); other countries'
# offices are written "the President of Russia".
_OFFICE_PREFIX = {"USA": "US", "GBR": "UK"}


def _department(article: Article) -> str | None:
    host = (urlsplit(article.url or "").hostname or "").lower()
    for domain, department in _DEPARTMENT_HOSTS.items():
        if host == domain or host.endswith(f".{domain}"):
            return department
    found = _US_DEPARTMENT.search(article.outlet or "")
    return found.group("department") if found else None


def qualify_offices(text: str, article: Article) -> str:
    """ "the Secretary" -> "the US Secretary of State", "the Chancellor" -> "the UK Chancellor of the
    Exchequer", "the President" -> "the President of Russia": a bare title of office in a release a
    government publishes is that government's office (``publishing_government``), which a question
    read on its own must say. Left as it is in a news outlet's text, where whose office it is is not
    said; a title whose holder the article names is named by ``full_names.name_for_title`` first."""
    code = publishing_government(article)
    if code is None:
        return text
    department = _department(article) if code == "USA" else None

    def qualified(m: re.Match[str]) -> str:
        office = m.group("title")
        if department is not None and office in ("Secretary", "Deputy Secretary"):
            office = f"{office} of {department}"
        elif code == "GBR" and office == "Chancellor":
            office = "Chancellor of the Exchequer"
        prefix = _OFFICE_PREFIX.get(code)
        if prefix is not None:
            return f"{m.group('the')} {prefix} {office}"
        return f"{m.group('the')} {office} of {display_name(country_actor(code))}"

    return _BARE_OFFICE.sub(qualified, text)


# "My right hon. Friend the Secretary of State for Health", "the hon. Member for Bath, the Minister":
# Parliament's form of address before the office, which says who speaks of whom, not who acts.
_PARLIAMENTARY_ADDRESS = re.compile(
    r"^(?:(?:[Mm]y|[Oo]ur|[Tt]he)\s+)?(?:(?:[Rr]ight|R[Tt]\.?)\s+)?(?:[Hh]on(?:ourable|\.)?|[Hh]onorable)\s+"
    r"(?:and\s+(?:learned|gallant)\s+)?(?:[Ff]riend|[Mm]ember|[Gg]entleman|[Ll]ady)"
    r"(?:\s+for\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)?,?\s+(?=(?:the\s+)?[A-Z])"
)


def without_parliamentary_address(subject: str) -> str:
    """``subject`` without Parliament's form of address before an office or a name ("My Rt Hon
    Friend the Secretary of State for Health" -> "the Secretary of State for Health"); unchanged
    when there is none, or nothing follows it."""
    found = _PARLIAMENTARY_ADDRESS.match(subject)
    if found is None or found.end() >= len(subject):
        return subject
    return subject[found.end() :]
