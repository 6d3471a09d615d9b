"""Editor mode: who is editing, and the forms that record forecasts, evidence and resolutions.

Each form writes through ``forecasts.recording``; the tests read the file back to see the appended
history entry, and compare bytes to see that an invalid entry wrote nothing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_text import shown_text
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Node

REPO = Path(__file__).resolve().parents[2]


APP = REPO / "dashboard" / "app.py"
NAME = "Dana Editor"


def scenario_page(scenario_id: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["id"] = scenario_id
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def sign_in(at: AppTest, name: str = NAME) -> AppTest:
    at.text_input(key="editor_name_input").input(name)
    return at.button(key="editor_start").click().run()


def editor_page(scenario_id: str, **params: str) -> AppTest:
    at = sign_in(scenario_page(scenario_id, **params))
    assert not at.exception
    return at


def history(path: Path) -> list[dict[str, Any]]:
    """The file's history entries, without the ``recorded:`` attribution (see ``attributions``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [{k: v for k, v in entry.items() if k != "recorded"} for entry in data.get("history") or []]


def attributions(path: Path) -> list[dict[str, Any] | None]:
    """The ``recorded:`` block of each history entry (None where there is none)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [entry.get("recorded") for entry in data.get("history") or []]


def flat(node: Block) -> list[Node]:
    found: list[Node] = []
    for child in node.children.values():
        found += flat(child) if isinstance(child, Block) else [child]
    return found


def message_after(at: AppTest, key: str) -> str | None:
    """The error shown right under the input ``key`` in its form, or None."""
    for form in at.get("form"):
        elements = flat(form)
        for i, element in enumerate(elements):
            if getattr(element, "key", None) == key:
                following = elements[i + 1] if i + 1 < len(elements) else None
                return shown_text(following.value) if following is not None and following.type == "error" else None
    raise AssertionError(f"no input {key!r} in any form")


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


# --- who may edit ---------------------------------------------------------------------------


def test_viewer_mode_has_no_forms(scenarios: Path) -> None:
    at = scenario_page("strike")
    assert not at.exception
    assert not at.get("form")
    assert not at.button
    assert any("`forecasts dashboard --local-editor`" in c.value for c in at.caption)


def test_local_editor_asks_who_is_editing_first(scenarios: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECASTS_LOCAL_EDITOR", "1")
    at = scenario_page("strike")
    assert not at.exception
    # Only the name form until a name is given.
    assert [f.children[0].key for f in at.get("form")] == ["editor_name_input"]

    at.text_input(key="editor_name_input").input("   ")
    at.button(key="editor_start").click().run()
    assert message_after(at, "editor_name_input") == "Type your name: it is recorded with everything you enter."
    assert len(at.get("form")) == 1

    sign_in(at)
    assert not at.exception
    assert any(f"Editing as **{NAME}**" in m.value for m in at.markdown)
    keys = {w.key for w in at.text_input}
    assert {"forecast-strike-probability", "evidence-strike-url", "resolution-strike-source"} <= keys
    # The name is kept for the session: another scenario's page does not ask again.
    at.selectbox(key="scenario_id").select("response").run()
    assert "forecast-response-p-asymmetric" in {w.key for w in at.text_input}

    at.button(key="editor_switch").click().run()
    assert at.text_input(key="editor_name_input").value == NAME
    assert "forecast-response-p-asymmetric" not in {w.key for w in at.text_input}


def test_deprecated_editor_secret_means_the_local_editor(scenarios: Path) -> None:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.secrets["editor"] = True
    at.query_params["id"] = "strike"
    at.run()
    assert not at.exception
    assert at.text_input(key="editor_name_input")


# --- forecasts ------------------------------------------------------------------------------


def test_forecast_form_appends_to_the_file(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    at = editor_page("strike")
    assert metric(at, "Forecasts") == "2"
    at.text_input(key="forecast-strike-probability").input("3:1")
    at.text_area(key="forecast-strike-note").input("Missile units on alert")
    at.text_input(key="forecast-strike-at").input("2020-01-07T10:00:00Z")
    at.button(key="forecast-strike-submit").click().run()
    assert not at.exception
    assert not at.error
    assert history(path) == [
        {
            "type": "forecast",
            "at": datetime(2020, 1, 7, 10, tzinfo=UTC),
            "by": NAME,
            "probability": 0.75,
            "stated": "3:1",
            "note": "Missile units on alert",
        }
    ]
    assert shown_text(at.success[0].value) == f"Recorded {NAME}'s forecast: 75% at 2020-01-07 10:00 UTC."
    # Who put it there: the local dashboard (no git repository around this copy, so no git author).
    [recorded] = attributions(path)
    assert recorded is not None and set(recorded) == {"at", "via"}
    assert recorded["via"] == "local-dashboard"
    assert abs((recorded["at"] - datetime.now(UTC)).total_seconds()) < 60
    # The page shows it at once, and the inputs are cleared for the next one.
    assert metric(at, "Forecasts") == "3"
    assert metric(at, "Probability") == "75%"
    assert list(at.dataframe[0].value["by"]) == ["alice", "bob", NAME]
    assert at.text_input(key="forecast-strike-probability").value == ""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("probability", "1.3", "'1.3' is not strictly between 0 and 1"),
        ("probability", "liekly", "'liekly' is not a probability (did you mean 'likely'?)"),
        ("probability", "", "'' is not a probability"),
        ("at", "2020-13-01", "'2020-13-01' is not a date (YYYY-MM-DD)"),
    ],
)
def test_invalid_forecast_shows_the_error_by_the_field_and_writes_nothing(
    editing: Path, field: str, value: str, message: str
) -> None:
    path = editing / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = editor_page("strike")
    at.text_input(key="forecast-strike-probability").input("40%")
    at.text_input(key=f"forecast-strike-{field}").input(value)
    at.button(key="forecast-strike-submit").click().run()
    assert not at.exception
    shown = message_after(at, f"forecast-strike-{field}")
    assert shown is not None and message in shown
    assert len(at.error) == 1
    assert path.read_bytes() == before
    # What was typed stays, to be corrected.
    assert at.text_input(key=f"forecast-strike-{field}").value == value
    assert not at.success


def test_forecast_after_the_resolution_is_refused(editing: Path) -> None:
    path = editing / "demo" / "proxy.yaml"
    before = path.read_bytes()
    at = editor_page("proxy")
    assert any("can only be back-filled to before then" in c.value for c in at.caption)
    at.text_input(key="forecast-proxy-probability").input("70%")
    at.button(key="forecast-proxy-submit").click().run()
    assert not at.exception
    assert "proxy: cannot record a forecast: resolved as 'yes' on 2020-01-04" in shown_text(at.error[0].value)
    assert path.read_bytes() == before


def test_categorical_forecast_one_input_per_option(editing: Path) -> None:
    path = editing / "demo" / "response.yaml"
    before = path.read_bytes()
    at = editor_page("response")
    for option, value in {"asymmetric": "60%", "direct": "0.3", "none": "20%"}.items():
        at.text_input(key=f"forecast-response-p-{option}").input(value)
    at.text_input(key="forecast-response-at").input("2020-01-08")
    at.button(key="forecast-response-submit").click().run()
    # The sum is checked by the store; its message sits under the options.
    assert message_after(at, "forecast-response-p-none") == "option probabilities sum to 1.1, not 1"
    assert path.read_bytes() == before

    # A hedge word is a probability too (its survey mean), so only the sum is wrong.
    at.text_input(key="forecast-response-p-direct").input("likely")
    at.button(key="forecast-response-submit").click().run()
    assert message_after(at, "forecast-response-p-direct") is None
    assert (message_after(at, "forecast-response-p-none") or "").startswith("option probabilities sum to 1.")
    assert path.read_bytes() == before

    at.text_input(key="forecast-response-p-direct").input("20%")
    at.button(key="forecast-response-submit").click().run()
    assert not at.error
    entry = history(path)[-1]
    assert entry["probability"] == {"asymmetric": 0.6, "direct": 0.2, "none": 0.2}
    assert entry["at"] == date(2020, 1, 8)
    assert metric(at, "Most likely: asymmetric") == "60%"


def test_categorical_forecast_names_the_option_that_is_wrong(editing: Path) -> None:
    path = editing / "demo" / "response.yaml"
    before = path.read_bytes()
    at = editor_page("response")
    at.text_input(key="forecast-response-p-asymmetric").input("60%")
    at.text_input(key="forecast-response-p-direct").input("abc")
    at.button(key="forecast-response-submit").click().run()
    assert "'abc' is not a probability" in (message_after(at, "forecast-response-p-direct") or "")
    assert "give 'none' a probability too" in (message_after(at, "forecast-response-p-none") or "")
    assert message_after(at, "forecast-response-p-asymmetric") is None
    assert path.read_bytes() == before


# --- evidence and resolutions ---------------------------------------------------------------


def test_evidence_form(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = editor_page("strike")
    at.text_area(key="evidence-strike-note").input("IRGC vows revenge")
    at.text_input(key="evidence-strike-url").input("ftp://example.org/x")
    at.selectbox(key="evidence-strike-direction").select("up")
    at.text_input(key="evidence-strike-at").input("2020-01-07")
    at.button(key="evidence-strike-submit").click().run()
    assert not at.exception
    assert "'ftp://example.org/x' is not a URL" in (message_after(at, "evidence-strike-url") or "")
    assert path.read_bytes() == before

    at.text_input(key="evidence-strike-url").input("https://example.org/irgc")
    at.button(key="evidence-strike-submit").click().run()
    # Direction without strength: the store's check, shown by the direction.
    assert message_after(at, "evidence-strike-direction") == "direction needs a strength: weak, moderate or strong"
    assert path.read_bytes() == before

    at.selectbox(key="evidence-strike-strength").select("weak")
    at.text_input(key="evidence-strike-likelihood_ratio").input("2")
    at.button(key="evidence-strike-submit").click().run()
    assert any("give likelihood_ratio or direction + strength, not both" in shown_text(e.value) for e in at.error)
    assert path.read_bytes() == before

    at.text_input(key="evidence-strike-likelihood_ratio").input("")
    at.button(key="evidence-strike-submit").click().run()
    assert not at.error
    assert history(path) == [
        {
            "type": "evidence",
            "at": date(2020, 1, 7),
            "by": NAME,
            "note": "IRGC vows revenge",
            "url": "https://example.org/irgc",
            "direction": "up",
            "strength": "weak",
        }
    ]
    evidence_log = next(d.value for d in at.dataframe if "weight" in d.value.columns)
    assert "IRGC vows revenge" in set(evidence_log["note"])


def test_evidence_likelihood_ratio_must_be_a_positive_number(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = editor_page("strike")
    at.text_area(key="evidence-strike-note").input("note")
    at.text_input(key="evidence-strike-likelihood_ratio").input("two")
    at.button(key="evidence-strike-submit").click().run()
    assert "'two' is not a number" in (message_after(at, "evidence-strike-likelihood_ratio") or "")
    at.text_input(key="evidence-strike-likelihood_ratio").input("0")
    at.button(key="evidence-strike-submit").click().run()
    assert "0.0 is not a likelihood ratio from 0.001 to 1000" in (
        message_after(at, "evidence-strike-likelihood_ratio") or ""
    )
    assert path.read_bytes() == before


def test_resolution_form(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = editor_page("strike")
    at.text_input(key="resolution-strike-source").input("https://example.org/missiles")
    at.button(key="resolution-strike-submit").click().run()
    assert message_after(at, "resolution-strike-outcome") == "choose the outcome"
    assert path.read_bytes() == before

    at.selectbox(key="resolution-strike-outcome").select("yes")
    at.text_input(key="resolution-strike-source").input("")
    at.button(key="resolution-strike-submit").click().run()
    assert message_after(at, "resolution-strike-source") == "must not be empty"
    assert path.read_bytes() == before

    at.text_input(key="resolution-strike-source").input("https://example.org/missiles")
    at.text_area(key="resolution-strike-note").input("Missiles hit two bases.")
    at.date_input(key="resolution-strike-resolved_at").set_value(date(2020, 1, 8))
    at.button(key="resolution-strike-submit").click().run()
    assert not at.exception
    assert not at.error
    entry = history(path)[-1]
    assert {k: entry[k] for k in ("type", "by", "outcome", "resolved_at", "source", "note")} == {
        "type": "resolution",
        "by": NAME,
        "outcome": "yes",
        "resolved_at": date(2020, 1, 8),
        "source": "https://example.org/missiles",
        "note": "Missiles hit two bases.",
    }
    assert metric(at, "Status") == "resolved: yes"

    # A second resolution needs the correction box.
    after_first = path.read_bytes()
    at.selectbox(key="resolution-strike-outcome").select("no")
    at.text_input(key="resolution-strike-source").input("https://example.org/retraction")
    at.button(key="resolution-strike-submit").click().run()
    assert "already resolved as 'yes'" in at.error[0].value
    assert path.read_bytes() == after_first
    at.checkbox(key="resolution-strike-correct").check()
    at.button(key="resolution-strike-submit").click().run()
    assert not at.error
    assert history(path)[-1]["outcome"] == "no"
    assert metric(at, "Status") == "resolved: no"


def test_store_refusal_is_shown_as_an_error(editing: Path) -> None:
    # `history: []` reads fine, but an entry cannot be appended to a flow list: the store refuses.
    path = editing / "demo" / "retaliation-if-strike.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "history: []\n", encoding="utf-8")
    before = path.read_bytes()
    at = editor_page("retaliation-if-strike")
    at.text_input(key="forecast-retaliation-if-strike-probability").input("50%")
    at.text_input(key="forecast-retaliation-if-strike-at").input("2020-01-07")
    at.button(key="forecast-retaliation-if-strike-submit").click().run()
    assert not at.exception
    assert len(at.error) == 1
    assert "retaliation-if-strike.yaml:17: history: cannot append safely" in shown_text(at.error[0].value)
    assert path.read_bytes() == before


def test_file_broken_while_the_page_is_open(editing: Path) -> None:
    path = editing / "demo" / "strike.yaml"
    at = editor_page("strike")
    broken = path.read_text(encoding="utf-8").replace("deadline: 2020-01-31", "deadline: 2020-13-31")
    path.write_text(broken, encoding="utf-8")
    at.text_input(key="forecast-strike-probability").input("50%")
    at.button(key="forecast-strike-submit").click().run()
    assert not at.exception
    assert "The file of scenario `strike` has problems" in at.error[0].value
    assert "strike.yaml:10: deadline: '2020-13-31' is not a date" in at.code[-1].value
    assert path.read_text(encoding="utf-8") == broken
