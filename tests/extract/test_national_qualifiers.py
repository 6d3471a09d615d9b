"""National statistics, policies, institutions and legislation get the article's country when
they name no place (issue 16, hand-scored sample: "employment", "the inheritance tax threshold",
"prisons", "legislation will be introduced" in UK articles)."""

from __future__ import annotations

from datetime import date

import pytest
from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.propositions import criteria_text, propose
from forecasts.extract.qualifiers import qualify_subject, with_country, with_jurisdiction, with_the_country

UK = dict(url="https://www.gov.uk/government/news/plans", outlet="HM Treasury (GOV.UK)")
BODY = "The Chancellor set out the plans today. The figures follow below."


def _article(body: str = BODY, **where: str) -> Article:
    return Article(body=body, source="story.txt", published=date(2016, 5, 18), **where)


@pytest.mark.parametrize(
    ("subject", "qualified"),
    [
        ("employment", "employment in the UK"),
        ("public sector net borrowing", "public sector net borrowing in the UK"),
        ("the effective inheritance tax threshold", "the effective inheritance tax threshold in the UK"),
        ("the total demand for skilled nuclear workers", "the total demand for skilled nuclear workers in the UK"),
        ("Old and inefficient prisons", "Old and inefficient prisons in the UK"),
        ("legislation", "legislation in the UK Parliament"),
    ],
)
def test_a_national_matter_without_a_place_gets_the_articles_country(subject: str, qualified: str) -> None:
    assert qualify_subject(subject, _article(**UK), len(BODY)) == qualified


@pytest.mark.parametrize(
    "subject",
    [
        "growth in developing countries",  # names its place
        "Britain's inflation",  # names its country
        "Novatek's output",  # a company's, not a nation's
        "the stores",  # not a national matter
    ],
)
def test_a_subject_with_its_place_or_no_national_matter_is_left_as_written(subject: str) -> None:
    assert with_jurisdiction(subject, _article(**UK), len(BODY)) == subject


def test_no_country_is_guessed_for_an_article_with_no_publisher_country() -> None:
    # A global report that mentions one country in passing is not about that country's growth.
    body = "Growth picked up in Brazil last year. Growth will be largely flat next year."
    article = _article(body, url="https://www.example.org/report", outlet="Example Institute")
    assert qualify_subject("growth", article, body.index("Growth will")) == "growth"


def test_a_foreign_country_article_gets_its_own_parliament() -> None:
    body = "Poland's government met in Warsaw. Poland's ministers said Poland would act."
    article = _article(body, url="https://www.gov.pl/web/news", outlet="Polish government")
    assert with_jurisdiction("legislation", article, len(body)) == "legislation in Poland's parliament"
    assert with_jurisdiction("unemployment", article, len(body)) == "unemployment in Poland"


COUNTRY_BODY = (
    "The first 400 interpreters and their families will be housed at Camp Alder in Virginia. "
    "The charter airline will fly the interpreters into the country next week."
)
STATE = {"url": "https://www.state.gov/briefing", "outlet": "U.S. Department of State"}


def test_the_country_is_the_one_the_article_is_about() -> None:
    quote = "The charter airline will fly the interpreters into the country next week."
    made = Article(body=COUNTRY_BODY, source="briefing.txt", published=date(2021, 7, 20), **STATE)
    p = propose(claim(COUNTRY_BODY, quote, "U.S. Department of State", "author (no byline)", "author"), made)
    assert p.phrase == "fly the interpreters into the United States"
    article = _article(COUNTRY_BODY, **STATE)
    # Its possessive, and a subject that is the article's own country, too.
    assert with_the_country("the country's economy", "grow", article, len(COUNTRY_BODY)) == (
        "the United States' economy",
        "grow",
    )
    assert with_the_country("the United States", "fly them into the country", article, len(COUNTRY_BODY)) == (
        "the United States",
        "fly them into the United States",
    )


def test_the_country_is_left_when_another_country_acts_or_it_is_a_description() -> None:
    article = _article(COUNTRY_BODY, **STATE)
    # Canada defending "the country" may mean its own; "the country of origin" refers to none.
    assert with_the_country("Canada", "defend the country", article, len(COUNTRY_BODY)) == (
        "Canada",
        "defend the country",
    )
    assert with_the_country("they", "return to the country of origin", article, len(COUNTRY_BODY)) == (
        "they",
        "return to the country of origin",
    )


def test_the_chamber_of_a_legislatures_own_record_is_its_own() -> None:
    # A floor speech about Russia in the Congressional Record: "the Senate" is the US Senate.
    body = "Russia has rejected the amendments. Russia will not accept changes. The Senate will meet in closed session today."
    article = _article(body, url="https://www.congress.gov/congressional-record", outlet="Congressional Record")
    quote = "The Senate will meet in closed session today"
    p = propose(claim(body, quote, "Congressional Record", "author (no byline)", "author"), article)
    assert p.subject == "the US Senate"


def test_the_president_of_a_legislatures_own_record_is_its_own_but_not_the_government() -> None:
    # A floor speech about Afghanistan: "the President" asking Congress is the US President, while a
    # bare "the government" is still the country the speech is about.
    body = (
        "Afghanistan needs more help. Afghanistan will hold talks. The fighting in Afghanistan goes on. "
        "The President is likely to ask Congress for additional funds for Afghanistan. "
        "The government will hold elections."
    )
    record = _article(body, url="https://www.congress.gov/congressional-record", outlet="Congressional Record")
    quote = "The President is likely to ask Congress for additional funds for Afghanistan"
    asked = propose(claim(body, quote, "Congressional Record", "author (no byline)", "author"), record)
    assert asked.subject == "the US President"
    assert qualify_subject("the government", record, body.index("The government")) == "Afghanistan's government"
    # In a news outlet's report the office is the country the article is about.
    news = _article(body, url="https://example.com/story", outlet="Example News")
    assert qualify_subject("the President", news, body.index("The President")) == "Afghanistan's President"


def test_an_office_is_the_country_its_sentence_names_by_adjective() -> None:
    # A briefing in Bangkok: "reports from the Sri Lankan parliament, the speaker, who said the
    # president intends to step down" is Sri Lanka's president, not Thailand's.
    body = (
        "Thailand will host the talks. Thailand and the United States signed the communique in Bangkok. "
        "We have also seen reports from the Sri Lankan parliament, the speaker, who said the president intends "
        "to step down on July 13th."
    )
    article = _article(body)
    at = body.index("We have")
    assert qualify_subject("the president", article, at) == "Sri Lanka's president"
    # A sentence naming no country by adjective, or two, leaves the article's country.
    two = body.replace("the Sri Lankan parliament", "the Sri Lankan and Indian parliaments")
    assert qualify_subject("the president", _article(two), two.index("We have")) == "Thailand's president"


def test_members_of_a_national_court_counted_are_that_many_of_the_countrys_and_not_a_case() -> None:
    body = (
        "Brazil's president lost the first round in Brazil on Sunday. "
        "Moreover, four Supreme Court justices are due to retire upon reaching the mandatory retirement age."
    )
    made = Article(body=body, source="story.txt", outlet="Test Wire", published=date(2026, 10, 5))
    quote = body[body.index("four") :].rstrip(".")
    p = propose(claim(body, quote, "Test Wire", None, speaker_type="author"), made)
    assert p.subject == "four of Brazil's Supreme Court justices"
    text = criteria_text(p, date(2026, 10, 5), date(2027, 4, 3))
    assert text.startswith("Yes if, between 2026-10-05 and 2027-04-03, four of Brazil's Supreme Court justices retire ")
    assert "docket" not in text


def test_members_of_the_us_supreme_court_take_the_short_name() -> None:
    body = "The president spoke in the United States on Sunday. Four Supreme Court justices are due to retire."
    made = Article(body=body, source="story.txt", outlet="Test Wire", published=date(2026, 10, 5))
    assert with_country("Four Supreme Court justices", made, body.index("Four")) == (
        "four of the US Supreme Court justices"
    )
