"""A verb of conflict picks the attack or threat template and a CAMEO rule only in its hostile sense."""

from __future__ import annotations

from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.conflict_senses import threat_as_act
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import Proposition, criteria_text, event_kind_of, propose
from forecasts.extract.rule_proposal import propose_rule

OPENS, DEADLINE = date(2020, 1, 5), date(2020, 3, 31)


def test_a_passive_targeted_for_selects_and_attacks_no_one() -> None:
    assert event_kind_of("target", "the new volunteers", "be targeted for the second intake") == "other"
    assert event_kind_of("target", "the grants", "be targeted at small farms") == "other"
    assert event_kind_of("target", "Russia", "target Ukrainian power plants") == "attack"
    assert event_kind_of("target", "the convoy", "be targeted by drones") == "attack"
    chosen = Proposition("the new volunteers", "target", "be targeted for the second intake", False, "other", None)
    assert "armed attack" not in criteria_text(chosen, OPENS, DEADLINE)


def test_threatening_something_at_risk_is_no_threat_and_gets_no_cameo_rule() -> None:
    assert event_kind_of("threaten", "Russian hackers", "threaten the stability of the banking system") == "other"
    assert event_kind_of("threaten", "rising sea levels", "threaten coastal towns") == "other"
    assert event_kind_of("threaten", "the drought", "threaten farmers in the south") == "other"
    assert event_kind_of("threaten", "Iran", "threaten to close the Strait of Hormuz") == "threat"
    assert event_kind_of("threaten", "hackers", "continue to threaten the integrity of the grid") == "other"
    assert event_kind_of("threaten", "the floods", "threaten Peru's fragile recovery") == "other"
    assert event_kind_of("threaten", "Iran", "continue to threaten US interests in the Gulf") == "threat"
    assert event_kind_of("threaten", "Iran", "continue to threaten to close the strait") == "threat"
    assert event_kind_of("threaten", "Russia", "threaten Ukraine with new strikes") == "threat"
    risk = Proposition(
        "Russia", "threaten", "threaten the integrity of Ukraine's power grid", False, "other", "Ukraine"
    )
    assert propose_rule(risk, OPENS, DEADLINE) is None
    assert "explicit threat" not in criteria_text(risk, OPENS, DEADLINE)
    threat = Proposition("Russia", "threaten", "threaten Ukraine with new strikes", False, "threat", "Ukraine")
    assert propose_rule(threat, OPENS, DEADLINE) is not None


def test_using_a_thing_that_is_no_arms_as_a_weapon_is_a_figure_and_no_attack() -> None:
    assert event_kind_of("use", "Norway", "use fish exports as a weapon against its neighbours") == "other"
    assert event_kind_of("use", "the cartel", "use oil supplies as a political weapon") == "other"
    assert event_kind_of("use", "Belarus", "use migrants as a lever against Poland") == "other"
    assert event_kind_of("turn", "Qatar", "turn its gas into a weapon") == "other"
    # Arms used as weapons, and weapons used, stay force.
    assert event_kind_of("use", "the rebels", "use drones as weapons against the base") == "attack"
    assert event_kind_of("use", "Serbia", "use chemical weapons") == "attack"
    figure = Proposition("Norway", "use", "use fish exports as a weapon", False, "other", None)
    assert "armed attack" not in criteria_text(figure, OPENS, DEADLINE)
    assert propose_rule(figure, OPENS, DEADLINE) is None


def test_a_gun_fired_in_a_figure_is_no_attack() -> None:
    assert event_kind_of("fire", "the United Kingdom", "fire the starting gun on a global economic race") == "other"
    assert event_kind_of("fire", "the economy", "fire on all cylinders") == "other"
    assert event_kind_of("fire", "the army", "fire artillery at the town") == "attack"


def test_retaliating_with_no_force_named_is_no_armed_attack() -> None:
    assert event_kind_of("retaliate", "Belarus", "retaliate", "But Belarus will not retaliate, the minister said.") == (
        "other"
    )
    # Force named in the claim or, for "retaliate", in its sentence.
    assert event_kind_of("retaliate", "Belarus", "retaliate with missile strikes") == "attack"
    assert (
        event_kind_of(
            "retaliate", "Belarus", "retaliate", "After the drone attack on its base, Belarus will retaliate."
        )
        == "attack"
    )
    # "Respond" answers questions too: with no force in the claim it is a statement, whatever the sentence says.
    assert event_kind_of(
        "respond", "Georgia", "respond to the report", "Georgia will respond to the report on troops."
    ) == ("statement")


def test_a_drafted_retaliation_takes_its_criteria_from_the_force_its_sentence_names() -> None:
    def criteria_of(body: str) -> str:
        article = Article(body=body, source="wire.txt", published=OPENS)
        (candidate,) = [c for c in analyse_article(article, None, 0.0).candidates if "retaliate" in c.quote]
        return criteria_text(propose(candidate, article), OPENS, DEADLINE)

    unarmed = criteria_of("Poland banned the exports. Belarus will retaliate within weeks, the minister said.")
    assert unarmed.startswith("Yes if, between 2020-01-05 and 2020-03-31, Belarus retaliates, as reported by")
    armed = criteria_of("After the drone attack on its base, Belarus will retaliate within weeks, the minister said.")
    assert "Belarus retaliates: a strike, shelling, raid or armed attack" in armed


def test_posing_a_threat_to_someone_is_asked_as_threatening_them() -> None:
    assert threat_as_act("continue to pose a credible threat to U.S. forces in Iraq") == (
        "continue to threaten U.S. forces in Iraq"
    )
    assert threat_as_act("present a direct threat to Israel") == "threaten Israel"
    assert threat_as_act("pose threats to shipping in the Gulf") == "threaten shipping in the Gulf"
    assert threat_as_act("pose a question to the minister") == "pose a question to the minister"
    body = "Iraqi Shia militias almost certainly will continue to pose a credible threat to U.S. forces in Iraq."
    article = Article(body=body, source="<text>", published=OPENS, outlet="Test Wire")
    (candidate,) = analyse_article(article).candidates
    p = propose(candidate, article)
    assert (p.verb, p.event_kind) == ("threaten", "threat")
    rule = propose_rule(p, OPENS, DEADLINE)
    assert rule is not None
    assert (rule["actor1_country"], rule["actor2_country"], rule["event_root_codes"]) == ("IRQ", "USA", [13])
    # What it endangers is a quality: no threat, no rule.
    at_risk = threat_as_act("pose a serious threat to regional stability")
    assert event_kind_of("threaten", "the militias", at_risk) == "other"


def test_a_blow_struck_at_the_heart_of_a_capacity_is_no_attack() -> None:
    phrase = "strike the heart of Russia's ability to engage in warfare"
    assert event_kind_of("strike", "the United States", phrase) == "other"
    assert event_kind_of("strike", "the United States", "strike at the very core of the regime's finances") == "other"
    # A strike on a place stays an attack.
    assert event_kind_of("strike", "Iran", "strike the heart of the base at Ain al-Asad") == "attack"


def test_weapons_destroyed_with_no_one_named_are_disarmament_not_an_attack() -> None:
    missiles = "our entire complement of Pershing II and ground-launched cruise missiles"
    assert event_kind_of("destroy", missiles, "be all destroyed") == "other"
    assert event_kind_of("destroy", "additional backup missiles on both sides", "be destroyed") == "other"
    # Destroyed by someone named, or a target that is no weapon, is still an attack.
    assert event_kind_of("destroy", "the missile launchers", "be destroyed by Israeli jets") == "attack"
    assert event_kind_of("destroy", "the bridge", "be destroyed") == "attack"


def test_a_fight_in_court_or_against_a_social_ill_is_no_attack() -> None:
    # A news report's "vowed to keep fighting the good fight with court cases" got the attack criteria.
    assert (
        event_kind_of("fight", "the president", "keep fighting the good fight with court cases challenging the results")
        == "other"
    )
    assert event_kind_of("fight", "the government", "fight corruption in the customs service") == "other"
    assert event_kind_of("fight", "the campaign", "fight it out in the courts") == "other"
    assert event_kind_of("fight", "Ostland's army", "fight the rebels in the north") == "attack"
