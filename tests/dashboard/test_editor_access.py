"""Who may write on a shared dashboard: viewers read, signed-in editors on the allow-list record.

The identity provider is Streamlit's testing hook for ``st.user`` (``AppTest.user``): the claims an
OpenID Connect provider would put in the ID token. ``[auth]`` in the secrets is what makes the
dashboard a shared one; the allow-list is the scenarios folder's ``_settings.yaml``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_text import shown_text
from streamlit import config
from streamlit.testing.v1 import AppTest

from testdata import copy_bundled

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a-test-cookie-secret-of-some-length",
    "client_id": "forecasts-test",
    "client_secret": "test-secret",
    "server_metadata_url": "https://idp.example.org/.well-known/openid-configuration",
}
ANA = {"is_logged_in": True, "email": "ana.torres@example.org", "email_verified": True, "name": "Ana Torres"}
VIEWER = {"is_logged_in": False}
FORMS = {"forecast-strike", "evidence-strike", "resolution-strike"}


def allow(root: Path, text: str = "editors:\n  emails: [ana.torres@example.org]\n") -> None:
    (root / "_settings.yaml").write_text(text, encoding="utf-8")


def shared_page(user: dict[str, Any], scenario_id: str = "strike", **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.secrets["auth"] = AUTH
    at.user = user
    at.query_params["id"] = scenario_id
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def form_keys(at: AppTest) -> set[str]:
    return {str(f.proto.form.form_id) for f in at.get("form")}


def entries(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8")).get("history") or [])


def refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "dashboard.editor"]


def test_a_viewer_reads_without_signing_in_and_cannot_write(scenarios: Path) -> None:
    allow(scenarios)
    at = shared_page(VIEWER)
    assert not at.exception
    assert not form_keys(at)
    assert [b.label for b in at.button] == ["Sign in to edit"]
    assert any(m.label == "Probability" for m in at.metric)  # the page itself is all there
    assert any(
        c.value == "Viewers need no account. Editors sign in to record forecasts, evidence and resolutions."
        for c in at.caption
    )


def test_a_signed_in_editor_off_the_list_cannot_write(scenarios: Path) -> None:
    allow(scenarios, "editors:\n  emails: [ben.okafor@example.org]\n")
    at = shared_page(ANA)
    assert not at.exception
    assert not form_keys(at)
    assert any(
        "Signed in as **Ana Torres (ana.torres@example.org)**: read-only here" in shown_text(m.value)
        for m in at.markdown
    )
    assert [b.label for b in at.button] == ["Sign out"]
    reasons = [shown_text(c.value) for c in at.caption if "is not an editor" in shown_text(c.value)]
    assert reasons and reasons[0].startswith(
        "ana.torres@example.org is not an editor of the case 'demo': ask whoever keeps "
    )


def test_an_allowed_editor_records_under_their_identity(scenarios: Path) -> None:
    allow(scenarios)
    path = scenarios / "demo" / "strike.yaml"
    at = shared_page(ANA)
    assert not at.exception
    assert FORMS <= form_keys(at)
    assert any("Editing as **Ana Torres (ana.torres@example.org)**" in shown_text(m.value) for m in at.markdown)
    assert "editor_name_input" not in {w.key for w in at.text_input}  # no name to type: the provider says
    at.text_input(key="forecast-strike-probability").input("30%")
    at.text_input(key="forecast-strike-at").input("2020-01-07")
    at.button(key="forecast-strike-submit").click().run()
    assert not at.exception
    assert not at.error
    [entry] = entries(path)
    assert entry["by"] == "Ana Torres"
    recorded = entry["recorded"]
    assert (recorded["via"], recorded["identity"]) == ("dashboard", "ana.torres@example.org")
    assert "git_author" not in recorded
    assert abs((recorded["at"] - datetime.now(UTC)).total_seconds()) < 60
    # The page shows who wrote it, from where.
    who = next(d.value for d in at.dataframe if "who wrote it" in d.value.columns)
    assert who.to_dict("records")[-1] | {"written": ""} == {
        "entry": "forecast",
        "at": "2020-01-07",
        "by": "Ana Torres",
        "written": "",
        "from": "dashboard (signed in)",
        "who wrote it": "ana.torres@example.org",
    }


def test_editors_by_group_and_by_case(scenarios: Path) -> None:
    allow(
        scenarios, "editors:\n  groups: [forecasters]\n  cases:\n    other:\n      emails: [ana.torres@example.org]\n"
    )
    # Listed for another case only: not here.
    assert not form_keys(shared_page(ANA))
    # In the group the provider names: everywhere.
    assert FORMS <= form_keys(shared_page(ANA | {"groups": ["forecasters"]}))
    # An address the provider has not verified counts for nothing.
    allow(scenarios)
    assert not form_keys(shared_page(ANA | {"email_verified": False, "sub": "u-42"}))


@pytest.mark.parametrize("lose_rights", ["signed out", "removed from the list"])
def test_a_submission_from_a_session_that_may_not_write_is_refused_and_logged(
    scenarios: Path, caplog: pytest.LogCaptureFixture, lose_rights: str
) -> None:
    # The form was sent to an editor; by the time it comes back the session may no longer write:
    # the callback that writes decides again, on the server.
    allow(scenarios)
    path = scenarios / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = shared_page(ANA)
    at.text_input(key="forecast-strike-probability").input("90%")
    at.text_input(key="forecast-strike-at").input("2020-01-07")
    if lose_rights == "signed out":
        at.user = VIEWER
        reason = "Sign in to record forecasts, evidence and resolutions; viewers need no account."
    else:
        allow(scenarios, "editors:\n  emails: []\n")
        reason = "ana.torres@example.org is not an editor of the case 'demo'"
    with caplog.at_level(logging.WARNING, logger="dashboard.editor"):
        at.button(key="forecast-strike-submit").click().run()
    assert not at.exception
    assert path.read_bytes() == before
    assert any(shown_text(e.value).startswith(f"Not recorded: {reason}") for e in at.error)
    who = "a viewer" if lose_rights == "signed out" else "ana.torres@example.org"
    assert any(
        m.startswith(f"refused a forecast on strike in case demo from {who}: {reason}") for m in refusals(caplog)
    )


def test_crafted_session_state_and_query_string_open_nothing(scenarios: Path, caplog: pytest.LogCaptureFixture) -> None:
    allow(scenarios)
    path = scenarios / "demo" / "strike.yaml"
    before = path.read_bytes()
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.secrets["auth"] = AUTH
    at.user = VIEWER
    at.session_state["editor_name"] = "Mallory"  # the local mode's name, set by hand
    at.session_state["forecast-strike-probability"] = "90%"
    at.query_params.update({"id": "strike", "editor": "1", "forecast-strike-probability": "0.9", "by": "Mallory"})
    with caplog.at_level(logging.WARNING, logger="dashboard.editor"):
        at.run()
    assert not at.exception
    assert not form_keys(at)
    assert path.read_bytes() == before
    assert at.query_params == {"id": "strike"}
    assert sorted(refusals(caplog)) == [
        f"refused query parameter {key!r}: the URL cannot switch on editing or fill in a form"
        for key in sorted(["by", "editor", "forecast-strike-probability"])
    ]


def test_an_unreadable_editors_list_lets_nobody_write(scenarios: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(scenarios)
    allow(scenarios, "editors:\n  emails: [ana.torres]\n")
    at = shared_page(ANA)
    assert not form_keys(at)
    assert any(
        "the editors' list cannot be read: _settings.yaml:2: editors.emails[0]: 'ana.torres' is not an e-mail address"
        in shown_text(c.value)
        for c in at.caption
    )


# --- the local, single-user mode -------------------------------------------------------------


@pytest.mark.parametrize("address", [None, "", "0.0.0.0", "192.168.1.20", "::"])
def test_the_local_editor_refuses_a_server_other_interfaces_reach(
    scenarios: Path, monkeypatch: pytest.MonkeyPatch, address: str | None
) -> None:
    monkeypatch.setenv("FORECASTS_LOCAL_EDITOR", "1")
    config.set_option("server.address", address)  # the conftest puts 127.0.0.1 back afterwards
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["id"] = "strike"
    at.run()
    assert not at.exception
    assert not form_keys(at)
    assert "editor_name_input" not in {w.key for w in at.text_input}
    shown = str(address) if address else "every interface"
    assert any(
        shown_text(c.value).startswith(
            f"Read-only view: the local editor only works on a server bound to 127.0.0.1, and this one listens on {shown}."
        )
        for c in at.caption
    )


@pytest.mark.parametrize("address", ["127.0.0.1", "localhost", "::1"])
def test_the_local_editor_works_on_loopback(scenarios: Path, monkeypatch: pytest.MonkeyPatch, address: str) -> None:
    monkeypatch.setenv("FORECASTS_LOCAL_EDITOR", "1")
    config.set_option("server.address", address)
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["id"] = "strike"
    at.run()
    assert "editor_name_input" in {w.key for w in at.text_input}


def test_the_deprecated_switch_means_the_local_editor_and_warns(
    scenarios: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import dashboard.editor

    monkeypatch.setattr(dashboard.editor, "_warned", [])
    monkeypatch.setenv("FORECASTS_EDITOR", "1")
    config.set_option("server.address", "0.0.0.0")
    with caplog.at_level(logging.WARNING, logger="dashboard.editor"):
        at = AppTest.from_file(str(APP), default_timeout=30)
        at.query_params["id"] = "strike"
        at.run()
    # Once everyone's switch, now the local mode: a server others can reach stays read-only.
    assert not form_keys(at)
    assert "editor_name_input" not in {w.key for w in at.text_input}
    assert refusals(caplog)[0].startswith(
        "FORECASTS_EDITOR=1 and 'editor = true' in the secrets are deprecated: they now mean the local single-user "
        "editor, on 127.0.0.1 only (forecasts dashboard --local-editor)."
    )


def test_a_draft_review_click_from_a_session_that_lost_its_rights_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "bundled"
    copy_bundled(root)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    allow(root, "editors:\n  cases:\n    practice:\n      emails: [ana.torres@example.org]\n")
    draft = root / "practice" / "practice-iran-threatens-us-persons-2024.yaml"
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.secrets["auth"] = AUTH
    at.user = ANA
    at.run()
    at.switch_page("views/extract.py").run()
    reject = "draft-practice-iran-threatens-us-persons-2024-reject"
    assert reject in {b.key for b in at.button}  # an editor of the case gets the review
    allow(root, "editors:\n  emails: []\n")
    with caplog.at_level(logging.WARNING, logger="dashboard.editor"):
        at.button(key=reject).click().run()
    assert not at.exception
    assert draft.is_file()
    assert not (root / "_rejected").exists()
    assert any(
        m.startswith(
            "refused a draft review of practice-iran-threatens-us-persons-2024 in case practice from "
            "ana.torres@example.org: ana.torres@example.org is not an editor of the case 'practice'"
        )
        for m in refusals(caplog)
    )
