"""Every country and populous territory is in the gazetteer, not only those the hand-laid table names."""

from __future__ import annotations

import runpy
from datetime import date
from pathlib import Path

import pytest

from forecasts.extract.article import Article
from forecasts.extract.gazetteer import actors_in, country_actor, display_name
from forecasts.extract.qualifiers import with_country

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "name", "cameo", "fips"),
    [
        ("Cambodia", "Cambodia", "KHM", "CB"),
        ("the Cambodian government", "Cambodia", "KHM", "CB"),
        ("Phnom Penh said", "Cambodia", "KHM", "CB"),
        ("Sri Lankan voters", "Sri Lanka", "LKA", "CE"),
        ("Thailand", "Thailand", "THA", "TH"),
        ("the Czech Republic", "Czechia", "CZE", "EZ"),
        ("Papua New Guinea", "Papua New Guinea", "PNG", "PP"),
    ],
)
def test_a_country_outside_the_hand_laid_table_is_named(text: str, name: str, cameo: str, fips: str) -> None:
    (actor,) = actors_in(text)
    assert (actor.name, actor.cameo_country, actor.fips) == (name, cameo, fips)


def test_the_hand_laid_table_keeps_its_names() -> None:
    # Hong Kong's people are "Chinese" too; the word stays China's.
    assert [a.cameo_country for a in actors_in("Chinese officials")] == ["CHN"]
    assert actors_in("New Jersey") == []  # a territory's name that is also a US state's is not listed
    assert display_name(country_actor("COG")) == "the Republic of the Congo"


def test_an_election_in_an_article_about_a_country_the_table_adds_is_that_countrys() -> None:
    body = (
        "Cambodia votes on July 29. Cambodian voters will choose among 20 parties. "
        "The ruling party of Cambodia expects to win the upcoming election."
    )
    article = Article(
        body=body,
        source="voa.txt",
        outlet="Voice of America",
        url="https://www.voanews.com/a/cambodia.html",
        published=date(2018, 7, 22),
    )
    assert with_country("the upcoming election", article, len(body)) == "Cambodia's upcoming election"


def test_the_table_is_derived_from_geonames_and_countryinfo(tmp_path: Path) -> None:
    derive = runpy.run_path(str(REPO / "scripts" / "derive_countries.py"))["derive"]
    geonames = [
        {"iso3": "KHM", "fips": "CB", "name": "Cambodia", "capital": "Phnom Penh", "population": "14453680"},
        {"iso3": "HKG", "fips": "HK", "name": "Hong Kong", "capital": "Hong Kong", "population": "6898686"},
        {"iso3": "TUV", "fips": "TV", "name": "Tuvalu", "capital": "Funafuti", "population": "10472"},
        {"iso3": "XKX", "fips": "KV", "name": "Kosovo", "capital": "Pristina", "population": "1800000"},
        {"iso3": "JAM", "fips": "JM", "name": "Jamaica", "capital": "Kingston", "population": "2847232"},
    ]
    info = {
        "KHM": {"name": "Cambodia", "demonym": "Cambodian"},
        "HKG": {"name": "Hong Kong", "demonym": "Chinese"},
        "CHN": {"name": "China", "demonym": "Chinese"},
        "JAM": {"name": "Jamaica", "demonym": "Jamaican"},
    }
    assert derive(geonames, info) == [
        {"iso3": "HKG", "fips": "HK", "name": "Hong Kong", "other_names": "", "demonym": "", "capital": "Hong Kong"},
        {"iso3": "JAM", "fips": "JM", "name": "Jamaica", "other_names": "", "demonym": "Jamaican", "capital": ""},
        {
            "iso3": "KHM",
            "fips": "CB",
            "name": "Cambodia",
            "other_names": "",
            "demonym": "Cambodian",
            "capital": "Phnom Penh",
        },
    ]


def test_todays_demonyms_and_every_demonym_of_a_field_name_the_country() -> None:
    # The table's older forms ("Kirghiz", "Tadzhik") and a field of two ("Bosnian,Herzegovinian").
    for demonym, country in [
        ("Kyrgyz", "Kyrgyzstan"),
        ("Tajik", "Tajikistan"),
        ("Uzbek", "Uzbekistan"),
        ("Argentine", "Argentina"),
        ("Herzegovinian", "Bosnia and Herzegovina"),
    ]:
        assert [a.name for a in actors_in(f"{demonym} officials")] == [country]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("New Zealand will ratify the Paris Agreement on climate change", ["New Zealand"]),
        ("the Minsk accords will hold", []),
        ("talks in Paris will resume", ["France"]),
        ("the US-Mexico-Canada Agreement will be reviewed", ["United States", "Mexico", "Canada"]),
        ("the Iranian accord will lapse", ["Iran"]),
    ],
)
def test_a_capital_naming_a_treaty_is_no_party_to_it(text: str, names: list[str]) -> None:
    assert [a.name for a in actors_in(text)] == names
