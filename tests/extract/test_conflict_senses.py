"""A verb of conflict picks the attack or threat template and a CAMEO rule only in its hostile sense."""

from __future__ import annotations

from datetime import date

from forecasts.extract.propositions import Proposition, criteria_text, event_kind_of
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
