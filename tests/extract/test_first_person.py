"""Who "we", "our" and "my" stand for: the speaker's organisation, or the state it speaks for.

Texts are made up, of the shapes the hand-scored sample found drafted wrongly ("we" in a
department's statement drafted as the whole country).
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import propose

PUBLISHED = date(2021, 3, 1)


def test_we_in_a_departments_statement_is_the_department_not_the_country() -> None:
    body = "Rail passengers face delays this spring. We will publish the rail investment plan next month."
    article = Article(body=body, source="dft.html", outlet="Department for Transport (GOV.UK)", published=PUBLISHED)
    candidate = claim(
        body,
        "We will publish the rail investment plan",
        "Department for Transport (GOV.UK)",
        "author (no byline)",
        "author",
    )
    assert propose(candidate, article).subject == "the Department for Transport"


def test_our_is_the_department_except_for_what_belongs_to_the_nation() -> None:
    body = "Our inspectors will visit every depot. Our economy will grow faster than forecast."
    article = Article(body=body, source="dft.html", outlet="Department for Transport (GOV.UK)", published=PUBLISHED)
    department = "Department for Transport (GOV.UK)"
    inspectors = claim(body, "Our inspectors will visit every depot", department, "author (no byline)", "author")
    economy = claim(body, "Our economy will grow faster than forecast", department, "author (no byline)", "author")
    assert propose(inspectors, article).subject == "the Department for Transport's inspectors"
    assert propose(economy, article).subject == "the United Kingdom's economy"


def test_we_is_the_organisation_the_speakers_role_names() -> None:
    body = 'Anna Berg spoke at the opening. "We will open a second mine in the north," she said.'
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    company = claim(
        body, "We will open a second mine in the north", "Anna Berg", "President of the Northern Mining Group"
    )
    assert propose(company, article).subject == "the Northern Mining Group"
    # A party official speaks for the party the role names by its initials.
    party = claim(body, "We will open a second mine in the north", "Anna Berg", "former NDP district chief")
    assert propose(party, article).subject == "the NDP"


def test_we_is_the_country_when_the_speaker_speaks_for_a_state() -> None:
    body = '"We will open talks with our neighbours," the president said.'
    article = Article(body=body, source="wire.txt", outlet="Helsinki Business Wire", published=PUBLISHED)
    head_of_state = claim(body, "We will open talks with our neighbours", "Sauli Niinisto", "President of Finland")
    assert propose(head_of_state, article).subject == "Finland"
    # A foreign ministry speaks for its state: its "we" is the country.
    ministry = claim(
        body, "We will open talks with our neighbours", "Ministry for Foreign Affairs of Finland", "author", "author"
    )
    assert propose(ministry, article).subject == "Finland"


def test_a_name_written_without_the_keeps_it_and_every_our_is_resolved() -> None:
    body = "We will set out the next stage of pension reform."
    article = Article(body=body, source="hmt.html", outlet="HM Treasury (GOV.UK)", published=PUBLISHED)
    treasury = claim(body, body.rstrip("."), "HM Treasury (GOV.UK)", "author (no byline)", "author")
    assert propose(treasury, article).subject == "HM Treasury"
    body = "Talks will advance our security, our interests and our values."
    article = Article(body=body, source="wire.txt", outlet="Wire", published=PUBLISHED)
    minister = claim(body, body.rstrip("."), "Sauli Niinisto", "President of Finland")
    assert propose(minister, article).phrase == "advance Finland's security, Finland's interests and Finland's values"
