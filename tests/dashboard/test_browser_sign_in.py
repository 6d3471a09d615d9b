"""Signing in for real: a shared dashboard, an OpenID Connect provider started by the test, Chromium.

The dashboard runs with ``[auth]`` secrets that point at ``oidc_provider`` (as a team's point at
Google or Okta) and the scenarios folder's ``_settings.yaml`` naming the editor. A viewer gets no
forms; after "Sign in to edit" (Streamlit's ``st.login``: the provider, the callback, the identity
cookie) the editor records a forecast, and the file says who wrote it. Skips, saying why, without
Chromium or Playwright.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider, run_provider
from running_app import Server, free_port, run_dashboard

from testdata import copy_bundled

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
BROWSER_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
TIMEOUT_MS = 30_000
SCENARIO = "practice-hormuz-closure"
EDITOR = {"sub": "u-1", "email": "ana.torres@example.org", "email_verified": True, "name": "Ana Torres"}

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
pytest.importorskip("authlib", reason="Authlib is not installed: st.login needs it (pip install Authlib)")


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    with run_provider(EDITOR) as running:
        yield running


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sign-in") / "scenarios"
    copy_bundled(root)
    (root / "_settings.yaml").write_text("editors:\n  emails: [ana.torres@example.org]\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def server(scenarios: Path, provider: Provider, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    # The README's secrets, with the test's provider and port.
    port = free_port()
    site = tmp_path_factory.mktemp("site")
    (site / ".streamlit").mkdir()
    (site / ".streamlit" / "secrets.toml").write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "a-long-random-string-for-the-sign-in-test-only"\n'
        f'client_id = "{CLIENT_ID}"\n'
        f'client_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{provider.metadata_url}"\n',
        encoding="utf-8",
    )
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    with run_dashboard(scenarios, log, editor=False, cwd=site, port=port) as running:
        yield running


def test_an_editor_signs_in_and_their_entry_carries_their_identity(
    server: Server, scenarios: Path, tmp_path: Path
) -> None:
    path = next(scenarios.rglob(f"{SCENARIO}.yaml"))
    before = yaml.safe_load(path.read_text(encoding="utf-8")).get("history") or []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{server.url}/scenario?id={SCENARIO}")
            page.get_by_role("button", name="Sign in to edit").wait_for(timeout=TIMEOUT_MS)
            assert page.get_by_role("button", name="Record forecast").count() == 0  # a viewer: no forms
            # The provider signs Ana in at once; Streamlit's callback sets the identity cookie and
            # brings her back to the app's home page.
            with page.expect_response(lambda r: "/oauth2callback" in r.url, timeout=TIMEOUT_MS):
                page.get_by_role("button", name="Sign in to edit").click()
            page.wait_for_url(f"{server.url}/", timeout=TIMEOUT_MS)
            page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
            page.goto(f"{server.url}/scenario?id={SCENARIO}")
            page.get_by_text("Editing as Ana Torres (ana.torres@example.org)").wait_for(timeout=TIMEOUT_MS)
            form = page.locator('[data-testid="stForm"]').filter(has=page.get_by_role("button", name="Record forecast"))
            form.get_by_role("textbox", name="Probability of yes", exact=True).fill("7%")
            form.get_by_role("button", name="Record forecast").click()
            page.get_by_text("Recorded Ana Torres's forecast: 7%").wait_for(timeout=TIMEOUT_MS)
        except Exception as exc:
            page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
            log = server.log.read_text(errors="replace")[-3000:]
            raise AssertionError(f"{exc}\n(screenshot: {tmp_path / 'failure.png'})\n{log}") from None
        finally:
            browser.close()
    history = yaml.safe_load(path.read_text(encoding="utf-8"))["history"]
    assert len(history) == len(before) + 1
    entry = history[-1]
    assert (entry["by"], entry["probability"]) == ("Ana Torres", 0.07)
    assert (entry["recorded"]["via"], entry["recorded"]["identity"]) == ("dashboard", "ana.torres@example.org")
