"""Proposed rules read the claim's sentence and the article: where the fighting is, whose allies, what force."""

from __future__ import annotations

from datetime import date
from typing import Any

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.event_places import fighting_country
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.gazetteer import Actor
from forecasts.extract.officials import is_named_by_office, publishing_government
from forecasts.extract.propositions import Proposition
from forecasts.extract.rule_proposal import REVIEW_ALLIES, REVIEW_NO_ACTOR1, REVIEW_NO_PLACE, propose_rule

SAHEL = Actor("Mali", "MLI", None, "ML")


def draft_of(body: str, quote: str, outlet: str = "Example Herald", url: str | None = None) -> dict[str, Any]:
    """The draft `forecasts extract --write` makes of the claim in ``body`` that contains ``quote``."""
    article = Article(body=body, source="<text>", published=date(2021, 3, 1), outlet=outlet, url=url)
    candidate = next(c for c in extract_forecasts(article, min_confidence=0.0) if quote in c.quote)
    return draft_scenario(candidate, article, "draft", None)


def test_the_place_of_fighting_is_where_the_article_puts_it_not_who_fights_or_speaks() -> None:
    assert fighting_country("Officials in Moscow said the truce in Mali begins on Monday.") == SAHEL
    assert fighting_country("Russian strikes hit targets overnight. The Malian conflict goes on.") == SAHEL
    assert fighting_country("Officials in Moscow said the raids will go on. Russian jets flew north.") is None


def test_an_acled_rule_is_bounded_by_where_the_fighting_is_not_by_the_publisher() -> None:
    # Published in Russia, about Russian diplomacy: Russia is named most, but the fighting is in Mali.
    body = (
        "Russian and French diplomats agreed in Moscow on a truce in Mali. The Russian side said the "
        "cessation of hostilities in Mali begins on Monday. Russia and France will monitor it. "
        "Al-Qaeda and its affiliates are excluded from the truce. Air strikes against them will continue."
    )
    draft = draft_of(body, "Air strikes against them will continue", outlet="Kremlin", url="https://kremlin.ru/x")
    rule = draft["resolution"]["rule"]
    assert (rule["feed"], rule["country"]) == ("acled", "Mali")


def test_an_acled_rule_with_no_place_of_fighting_is_left_to_a_person_with_a_note() -> None:
    body = (
        "Russian officials met their French counterparts in Moscow on Monday. "
        "Al-Qaeda and its affiliates are excluded from the agreement. Air strikes against them will continue."
    )
    draft = draft_of(body, "Air strikes against them will continue", outlet="Kremlin", url="https://kremlin.ru/x")
    assert "rule" not in draft["resolution"]
    assert REVIEW_NO_PLACE in draft["review"]
    assert REVIEW_NO_PLACE == (
        "resolution.rule: none proposed, as the article does not say in which country the events happen; "
        "write an ACLED rule with country: the country where they happen"
    )


GULF = ["SAU", "ARE", "KWT", "BHR", "QAT", "OMN"]


def test_someones_allies_are_the_states_the_article_names_never_the_patron() -> None:
    in_region = draft_of("Analysts said Venezuela might decide to strike US allies in the Persian Gulf.", "strike")
    assert in_region["resolution"]["rule"]["actor2_country"] == GULF  # the Gulf's states, not the US
    listed = draft_of(
        "Cuba could attack America's allies such as Colombia and Mexico, the analyst said, though Brazil disagreed.",
        "attack",
    )
    assert listed["resolution"]["rule"]["actor2_country"] == ["COL", "MEX"]


def test_allies_the_article_does_not_name_leave_actor2_to_a_person() -> None:
    draft = draft_of("Venezuela may well attack US allies, the analyst said.", "attack")
    rule = draft["resolution"]["rule"]
    assert "actor2_country" not in rule and rule["actor1_country"] == "VEN"
    assert REVIEW_ALLIES.format(allies="US allies") in draft["review"]
    assert REVIEW_ALLIES.format(allies="US allies") == (
        "resolution.rule: the target 'US allies' names no country and the article does not say which; "
        "add actor2_country with their CAMEO codes (SAU Saudi Arabia, ARE United Arab Emirates)"
    )


def test_the_allies_a_sentence_lists_end_where_the_list_ends() -> None:
    p = Proposition("Venezuela", "attack", "attack US allies", False, "attack", "US allies")
    sentence = (
        "Venezuela may attack US allies, among them Colombia, Mexico and Spain, the analyst said, as Brazil feared."
    )
    rule = propose_rule(p, date(2021, 3, 2), date(2021, 8, 28), sentence=sentence)
    assert rule is not None and rule["actor2_country"] == ["COL", "MEX", "ESP"]  # not Brazil, after the list


def test_retaliation_is_an_armed_attack_only_when_force_is_named() -> None:
    # Answering in kind by restrictions is no strike: no conflict rule.
    draft = draft_of("Poland banned the exports. But Belarus will not retaliate, the minister said.", "retaliate")
    assert "rule" not in draft["resolution"]
    armed = draft_of("After the drone attack on its base, Belarus will retaliate, the minister said.", "retaliate")
    assert armed["resolution"]["rule"]["event_root_codes"] == [18, 19, 20]
    window = (date(2021, 3, 2), date(2021, 8, 28))
    reprisal = Proposition("Armenia's reprisal", "come", "come soon", False, "attack", None)
    assert propose_rule(reprisal, *window, sentence="Armenia's reprisal will come soon, he said.") is None
    military = Proposition("Armenia's military reprisal", "come", "come soon", False, "attack", None)
    assert propose_rule(military, *window) is not None
    # "Respond" also answers questions: the sentence's troops do not make the answer a strike.
    answer = Proposition("Georgia", "respond", "respond to the report", False, "statement", None)
    assert propose_rule(answer, *window, sentence="Georgia will respond to the report on troops.") is None
    force = Proposition("Georgia", "respond", "respond militarily", False, "statement", None)
    assert propose_rule(force, *window) == {
        "feed": "gdelt",
        "actor1_country": "GEO",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "min_sources": 3,
        "review": True,
    }


# A ministry's release names its own envoy by title alone and the other side by nationality.
ENVOY_BODY = (
    "The ministry announced the envoy's programme on Monday. "
    "In Nairobi, Undersecretary Halvorsen will meet with Kenyan Trade Minister Ana Wekesa next week."
)


def test_an_official_named_by_title_in_a_government_release_is_that_government_s_actor1() -> None:
    draft = draft_of(
        ENVOY_BODY,
        "Halvorsen will meet",
        outlet="Ministry of Foreign Affairs of Norway",
        url="https://www.regjeringen.no/x",
    )
    rule = draft["resolution"]["rule"]
    assert rule["actor1_country"] == "NOR"
    assert rule["actor2_country"] == "KEN"


def test_a_meeting_whose_own_side_is_unknown_gets_no_rule_but_a_note() -> None:
    # A news outlet's report: whose undersecretary a bare title names is not said, and a rule with
    # Kenya as Actor2 alone would match every meeting Kenya's officials hold.
    draft = draft_of(ENVOY_BODY, "Halvorsen will meet", outlet="Example Herald", url="https://herald.example.com/x")
    assert draft["resolution"].get("rule") is None
    assert REVIEW_NO_ACTOR1.format(subject="Undersecretary Halvorsen") in draft["review"]


def test_a_government_is_known_by_its_address_or_outlet_not_by_a_news_outlet_s_country() -> None:
    def published(outlet: str, url: str) -> Article:
        return Article(body="", source="<text>", published=date(2021, 3, 1), outlet=outlet, url=url)

    assert publishing_government(published("U.S. Department of State", "https://www.state.gov/x")) == "USA"
    assert publishing_government(published("Example Herald", "https://news.example.gov/x")) == "USA"
    assert publishing_government(published("Voice of America", "https://www.voanews.com/x")) is None
    assert is_named_by_office("Deputy Secretary Halvorsen")
    assert is_named_by_office("the Foreign Minister")
    assert not is_named_by_office("the Kenyan Trade Minister")
    assert not is_named_by_office("Ana Wekesa")
