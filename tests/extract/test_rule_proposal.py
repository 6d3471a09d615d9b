"""Proposed machine rules: a proposition's actors and verb as a GDELT or ACLED rule, marked for review."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from forecasts.extract.article import Article
from forecasts.extract.corpus import CORPUS_DIR, load_label_file
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.gazetteer import Actor, actors_in, place_in
from forecasts.extract.propositions import EVENT_KINDS, Proposition, propose
from forecasts.extract.rule_proposal import propose_rule
from forecasts.scenario import Rule
from forecasts.store import load_catalog

OPENS, DEADLINE = date(2020, 1, 5), date(2020, 3, 31)


def rule_of(text: str) -> dict[str, Any] | None:
    article = Article(body=text, source="<text>", published=date(2020, 1, 4), outlet="Inside Arabia")
    (candidate,) = extract_forecasts(article)
    return propose_rule(propose(candidate, article), OPENS, DEADLINE)


def loads_in_a_scenario(tmp_path: Path, rule: dict[str, Any]) -> list[str]:
    """Problems `forecasts validate` finds with the rule under `resolution: rule:` of an open scenario."""
    scenario = {
        "id": "proposed",
        "title": "Proposed",
        "question": "Will it happen between 2020-01-05 and 2020-03-31?",
        "created": "2020-01-04",
        "opens": "2020-01-05",
        "deadline": "2020-03-31",
        "status": "open",
        "resolution": {"criteria": "Yes if it happens.", "rule": rule},
    }
    root = tmp_path / "scenarios"
    (root / "demo").mkdir(parents=True)  # tmp_path may be a subfolder per rule
    (root / "demo" / "proposed.yaml").write_text(yaml.safe_dump(scenario, sort_keys=False), encoding="utf-8")
    catalog = load_catalog(root)
    return [p.message for p in catalog.problems]


def test_an_attack_on_us_forces_in_iraq(tmp_path: Path) -> None:
    rule = rule_of("Iran's armed forces will probably strike US forces in Iraq within weeks, analysts said.")
    assert rule == {
        "feed": "gdelt",
        "actor1_country": "IRN",
        "actor2_country": "USA",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "action_country": "IZ",  # a place is a FIPS code, the actors CAMEO codes
        "min_sources": 3,
        "review": True,
    }
    assert loads_in_a_scenario(tmp_path, rule) == []


def test_an_armed_group_is_its_country_and_type_and_the_target_follows_the_weapon() -> None:
    assert rule_of("Hezbollah will likely fire rockets at Israel.") == {
        "feed": "gdelt",
        "actor1_country": "LBN",
        "actor1_code": "LBNREB",
        "actor2_country": "ISR",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "min_sources": 3,
        "review": True,
    }


def test_sanctions_expulsions_and_threats_map_to_their_cameo_codes(tmp_path: Path) -> None:
    sanctions = rule_of("The US will impose new sanctions on Iran.")
    assert sanctions == {
        "feed": "gdelt",
        "actor1_country": "USA",
        "actor2_country": "IRN",
        "quad_class": 4,
        "event_codes": ["163"],  # "on Iran" is the target, not where it happens
        "min_sources": 3,
        "review": True,
    }
    expel = rule_of("Iraq will expel US troops.")
    assert expel is not None and expel["event_codes"] == ["166"] and expel["actor2_country"] == "USA"
    threat = rule_of("Iran will threaten to close the Strait of Hormuz.")
    assert threat is not None and (threat["quad_class"], threat["event_root_codes"]) == (3, [13])
    military = Proposition("Iran", "threaten", "threaten a military response", False, "threat", None)
    assert propose_rule(military, OPENS, DEADLINE) == {
        "feed": "gdelt",
        "actor1_country": "IRN",
        "quad_class": 3,
        "event_codes": ["138"],
        "min_sources": 3,
        "review": True,
    }
    for i, rule in enumerate((sanctions, expel, threat)):
        assert loads_in_a_scenario(tmp_path / str(i), rule) == []


def test_groups_without_a_country_and_protests_go_to_acled() -> None:
    isis = Proposition("Islamic State", "attack", "attack Christians in Syria", False, "attack", "Christians")
    assert propose_rule(isis, OPENS, DEADLINE) == {
        "feed": "acled",
        "event_type": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
        "actor1": "Islamic State",
        "country": "Syria",
        "review": True,
    }
    daesh = Proposition("Daesh", "attack", "attack Kirkuk", False, "attack", "Kirkuk")
    assert propose_rule(daesh, OPENS, DEADLINE, fighting_country="IRQ") == {
        "feed": "acled",
        "event_type": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
        "actor1": "Islamic State",  # the name ACLED's actors carry, not the alias
        "country": "Iraq",  # the gazetteer does not place Kirkuk: where the article places the fighting bounds it
        "review": True,
    }
    protests = Proposition("protests", "spread", "spread across Iran", False, "protest", None)
    assert propose_rule(protests, OPENS, DEADLINE) == {
        "feed": "acled",
        "event_type": "Protests",
        "country": "Iran",
        "review": True,
    }


def test_an_acled_rule_without_a_country_is_not_proposed() -> None:
    # ACLED has every country's fighting: "raids against al-Qaeda" unbounded would match them all.
    raids = Proposition("raids against al-Qaeda", "continue", "continue", False, "attack", None)
    assert propose_rule(raids, OPENS, DEADLINE) is None
    assert propose_rule(raids, OPENS, DEADLINE, fighting_country="YEM") == {
        "feed": "acled",
        "event_type": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
        "actor2": "al-Qaeda",
        "country": "Yemen",
        "review": True,
    }
    in_place = Proposition("Daesh", "attack", "attack villages in Syria", False, "attack", "villages")
    assert propose_rule(in_place, OPENS, DEADLINE, fighting_country="YEM")["country"] == "Syria"  # type: ignore[index]


def test_statements_prices_elections_and_unknown_actors_get_no_rule() -> None:
    assert rule_of("Oil prices will likely rise above $100 a barrel by March.") is None
    for p in (
        Proposition("Russia", "say", "say the talks failed", False, "statement", None),
        Proposition("Claudia Sheinbaum", "win", "win the election", False, "election", None),
        Proposition("Secretary Blinken", "meet", "meet his counterparts", False, "scheduled", None),
        Proposition("the rebels", "attack", "attack the capital", False, "attack", "the capital"),
    ):
        assert propose_rule(p, OPENS, DEADLINE) is None
    strike = Proposition("Iran", "strike", "strike US forces", False, "attack", "US forces")
    assert propose_rule(strike, DEADLINE, OPENS) is None  # a window that ends before it opens


def test_a_corpus_forecast_gets_a_rule() -> None:
    labelled = load_label_file(
        CORPUS_DIR / "labels" / "101-state-blinken-unsc-russia-threat.yaml", CORPUS_DIR / "articles"
    )
    gold = next(f for f in labelled.forecasts if f["id"] == "101-11")
    candidate = next(c for c in extract_forecasts(labelled.article) if c.char_start <= gold["char_start"] < c.char_end)
    assert propose_rule(propose(candidate, labelled.article), OPENS, DEADLINE) == {
        "feed": "gdelt",
        "actor1_country": "RUS",
        "actor2_country": "UKR",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "min_sources": 3,
        "review": True,
    }


def test_weapons_falling_troops_advancing_and_nuclear_use_are_military_events() -> None:
    labelled = load_label_file(
        CORPUS_DIR / "labels" / "101-state-blinken-unsc-russia-threat.yaml", CORPUS_DIR / "articles"
    )
    gold = next(f for f in labelled.forecasts if f["id"] == "101-06")
    assert gold["event"] == "Russia carries out missile and air strikes across Ukraine."
    candidate = next(c for c in extract_forecasts(labelled.article) if c.char_start <= gold["char_start"] < c.char_end)
    bombs = propose(candidate, labelled.article)
    assert (bombs.subject, bombs.phrase, bombs.event_kind) == (
        "Russian missiles and bombs",
        "drop across Ukraine",
        "attack",
    )
    assert propose_rule(bombs, OPENS, DEADLINE) == {
        "feed": "gdelt",
        "actor1_country": "RUS",
        "actor2_country": "UKR",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "action_country": "UP",  # FIPS for Ukraine, where the actor is CAMEO's UKR
        "min_sources": 3,
        "review": True,
    }
    nuclear = rule_of("North Korea will not use nuclear weapons unless its sovereignty is violated, the agency said.")
    assert nuclear is not None and nuclear["event_codes"] == ["2042"] and nuclear["actor1_country"] == "PRK"
    tanks = Proposition("Russian tanks", "advance", "advance on Kyiv", False, "attack", "Kyiv")
    rule = propose_rule(tanks, OPENS, DEADLINE)
    assert rule is not None and (rule["actor1_country"], rule["event_root_codes"]) == ("RUS", [19])


def test_the_gazetteer_names_countries_leaders_forces_and_groups() -> None:
    assert actors_in("Tehran said the IRGC and Kataib Hezbollah would answer Trump; the Iraqi government agreed.") == [
        Actor("Iran", "IRN", None, "IR"),
        Actor("IRGC", "IRN", "MIL", None),
        Actor("Kataib Hezbollah", "IRQ", "REB", None),
        Actor("Trump", "USA", "GOV", None),
        Actor("Iraq", "IRQ", "GOV", "IZ"),
    ]
    assert actors_in("let us go") == []  # the pronoun is not the country
    assert actors_in("U.S. diplomats") == [Actor("United States", "USA", "GOV", "US")]
    assert place_in("sanctions on Iran") is None and place_in("strikes in Iraq") == Actor("Iraq", "IRQ", None, "IZ")


WORDS = st.sampled_from(
    ["Iran", "US", "Hezbollah", "ISIS", "Iraq", "forces", "in", "at", "on", "the", "Syria", "rockets", "Tehran", "x"]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(WORDS, max_size=4).map(" ".join),
    st.sampled_from(sorted({"strike", "attack", "threaten", "protest", "expel", "sanction", "fire", "say", "seize"})),
    st.lists(WORDS, max_size=6).map(" ".join),
    st.sampled_from(EVENT_KINDS),
)
def test_a_proposed_rule_always_validates_and_is_marked_for_review(
    subject: str, verb: str, rest: str, kind: str
) -> None:
    p = Proposition(subject, verb, f"{verb} {rest}".strip(), False, kind, rest or None)
    rule = propose_rule(p, OPENS, DEADLINE)
    if rule is not None:
        assert rule["review"] is True
        TypeAdapter(Rule).validate_python(rule)


def test_a_reprisal_owned_by_a_country_and_allies_that_are_not_the_country() -> None:
    article = Article(
        body=(
            "Iran's response will be asymmetric, the analyst said. "
            "The military reprisal will probably not be immediate, he added."
        ),
        source="<text>",
    )
    # Every claim the rules read, whether or not the shipped scorer keeps it: what is tested is the rule.
    reprisal = propose(extract_forecasts(article, min_confidence=0.0)[1], article)
    assert propose_rule(reprisal, OPENS, DEADLINE) == {  # a reprisal is a strike when force is named
        "feed": "gdelt",
        "actor1_country": "IRN",
        "quad_class": 4,
        "event_root_codes": [18, 19, 20],
        "min_sources": 3,
        "review": True,
    }
    # "US allies in the Persian Gulf" are not the United States but the Gulf's states.
    allies = rule_of("Iran may choose to attack US allies in the Persian Gulf.")
    assert allies is not None and allies["actor2_country"] == ["SAU", "ARE", "KWT", "BHR", "QAT", "OMN"]


def test_visits_meetings_demands_and_cooperation_get_cameo_codes_when_both_sides_are_named() -> None:
    def rule(subject: str, verb: str, phrase: str, kind: str) -> dict[str, Any] | None:
        return propose_rule(Proposition(subject, verb, phrase, False, kind, None), OPENS, DEADLINE)

    assert rule("Secretary Blinken", "visit", "visit Morocco", "scheduled") == {
        "feed": "gdelt",
        "actor1_country": "USA",
        "actor2_country": "MAR",
        "quad_class": 1,
        "event_codes": ["042"],  # make a visit
        "min_sources": 3,
        "review": True,
    }
    assert rule("Vladimir Putin", "meet", "meet with President Erdogan", "scheduled") == {
        "feed": "gdelt",
        "actor1_country": "RUS",
        "actor2_country": "TUR",
        "quad_class": 1,
        "event_root_codes": [4],  # consult
        "min_sources": 3,
        "review": True,
    }
    demand = rule("Iran", "demand", "demand that US troops leave Iraq", "statement")
    assert demand is not None and (demand["event_root_codes"], demand["actor2_country"]) == ([10], "USA")
    talks = rule("Russia", "negotiate", "negotiate with Ukraine", "other")
    assert talks is not None and talks["event_codes"] == ["046"]
    # A meeting with no one named would match every meeting the actor holds; a remark is no act.
    assert rule("Vladimir Putin", "meet", "meet with them", "scheduled") is None
    assert rule("Russia", "say", "say the talks failed", "statement") is None


def test_nato_the_un_and_the_eu_are_actor_codes_of_their_own(tmp_path: Path) -> None:
    assert [(a.name, a.actor_code) for a in actors_in("NATO and the UN Security Council, then the EU")] == [
        ("NATO", "IGOWSTNAT"),
        ("United Nations", "IGOUNO"),
        ("European Union", "IGOEUREEC"),
    ]
    rule = rule_of("The EU will probably impose new sanctions on Russia next month.")
    assert rule == {
        "feed": "gdelt",
        "actor1_code": "IGOEUREEC",
        "actor2_country": "RUS",
        "quad_class": 4,
        "event_codes": ["163"],
        "min_sources": 3,
        "review": True,
    }
    assert loads_in_a_scenario(tmp_path, rule) == []


def test_strikes_against_a_group_name_the_group_struck_not_the_striker() -> None:
    text = (
        "ISIS, Jabhat Al-Nursa, and other terrorist organisations designated by the United Nations Security "
        "Council, are excluded from the cessation of hostilities. Strikes against them will continue, officials said."
    )
    article = Article(body=text, source="<text>", published=date(2020, 1, 4), outlet="Kremlin")
    candidate = next(c for c in extract_forecasts(article) if "Strikes against them" in c.quote)
    p = propose(candidate, article)
    assert (p.subject, p.event_kind) == (
        "strikes against ISIS, Jabhat Al-Nursa, and other terrorist organisations",
        "attack",
    )
    assert propose_rule(p, OPENS, DEADLINE) is None  # no place: ACLED would match ISIS anywhere
    assert propose_rule(p, OPENS, DEADLINE, fighting_country="SYR") == {
        "feed": "acled",
        "event_type": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
        "actor2": "Islamic State",
        "country": "Syria",
        "review": True,
    }


def test_where_a_meeting_is_held_is_no_side_of_it() -> None:
    """ "meet with the regime in Brussels": Belgium hosts, it does not meet; the one met is Actor2."""
    in_brussels = Proposition(
        "the United States",
        "meet",
        "meet with the regime in Brussels to resolve the disputes over Tehran's nuclear program",
        False,
        "scheduled",
        None,
    )
    rule = propose_rule(in_brussels, OPENS, DEADLINE)
    assert rule is not None
    assert (rule["actor1_country"], rule["actor2_country"], rule["action_country"]) == ("USA", "IRN", "BE")
    at_the_white_house = Proposition(
        "the United States", "meet", "meet with Japanese officials at the White House", False, "scheduled", None
    )
    rule = propose_rule(at_the_white_house, OPENS, DEADLINE)
    assert rule is not None
    assert (rule["actor1_country"], rule["actor2_country"]) == ("USA", "JPN")
    # An attack's "at" is still its target.
    rockets = Proposition("Hamas", "fire", "fire rockets at Israel", False, "attack", None)
    rule = propose_rule(rockets, OPENS, DEADLINE)
    assert rule is not None and rule["actor2_country"] == "ISR"


def test_weapons_deployed_are_stationed_not_used() -> None:
    # "deploy missiles" puts them in place: no attack criteria, and the rule is a force posture
    # (152, as for troops sent), not an attack (18-20) or nuclear use (2042).
    deployed = rule_of("Russia will deploy nuclear missiles in Belarus next year, the ministry said.")
    assert deployed is not None and deployed.get("event_codes") == ["152"], deployed
    assert "event_root_codes" not in deployed
    used = rule_of("Russia will use nuclear missiles against Ukraine, the ministry said.")
    assert used is not None and used.get("event_codes") == ["2042"], used
