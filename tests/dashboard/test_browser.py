"""The dashboard in a real browser: `streamlit run` on a free local port, driven by Chromium.

Starts the app on a copy of the bundled scenarios in editor mode, visits every page in the light
and the dark theme (screenshots go to the test's temporary folder; on the extract page it finds the
forecasts in a pasted article), adds a forecast through the form and checks that the page and
`forecasts show` both have it. Uses Debian's Chromium
(/usr/bin/chromium) through Playwright; skips, saying why, when either is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from running_app import Server, run_dashboard

from forecasts.cli import cli
from forecasts.extract import extract_forecasts
from forecasts.extract.article import parse_text
from testdata import copy_bundled

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
BROWSER_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
VIEWPORT = {"width": 1400, "height": 1000}
TIMEOUT_MS = 30_000
FORECASTER = "Browser Tester"
SCENARIO = "iran-direct-strike"
ARTICLE = REPO / "tests" / "data" / "extract" / "kyiv-analysis.txt"

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser") / "scenarios"
    return copy_bundled(root)


@pytest.fixture(scope="module")
def server(scenarios: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with run_dashboard(scenarios, tmp_path_factory.mktemp("streamlit") / "streamlit.log") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _open(page: sync_api.Page, url: str, ready: str) -> None:
    """Go to ``url`` and wait for the app and for the element that says this page has drawn."""
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
    page.wait_for_selector(ready, timeout=TIMEOUT_MS)


def _metric(page: sync_api.Page, label: str) -> str:
    metric = page.locator('[data-testid="stMetric"]').filter(has_text=label)
    return metric.locator('[data-testid="stMetricValue"]').inner_text(timeout=TIMEOUT_MS).strip()


def _screenshot(page: sync_api.Page, path: Path) -> None:
    """The whole page: Streamlit scrolls inside its main block, so grow the window to fit it first."""
    height = page.evaluate(
        """() => Math.max(...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"]')]
            .map(e => e.scrollHeight), 0)"""
    )
    page.set_viewport_size({"width": VIEWPORT["width"], "height": max(VIEWPORT["height"], min(int(height), 6000))})
    page.wait_for_timeout(400)  # let charts redraw at the new size
    page.screenshot(path=path)
    page.set_viewport_size(VIEWPORT)


def _visit_every_page(page: sync_api.Page, url: str, shots: Path, theme: str) -> None:
    _open(page, url, '[data-testid="stDataFrame"]')
    _screenshot(page, shots / f"overview-{theme}.png")
    # The day after the missile strikes: every panel has something in it.
    _open(page, f"{url}/?as_of=2020-01-09", '[data-testid="stPageLink"]')
    page.wait_for_selector('[data-testid="stVegaLiteChart"]', timeout=TIMEOUT_MS)
    _screenshot(page, shots / f"overview-2020-01-09-{theme}.png")

    _open(page, f"{url}/scenario?id={SCENARIO}", '[data-testid="stVegaLiteChart"]')
    page.get_by_role("heading", name="Direct Iranian strike on US forces").wait_for(timeout=TIMEOUT_MS)
    _screenshot(page, shots / f"scenario-{theme}.png")

    _open(page, f"{url}/ladders?as_of=2020-01-04", '[data-testid="stVegaLiteChart"]')
    page.get_by_text("As of the end of 2020-01-04 (UTC)").wait_for(timeout=TIMEOUT_MS)
    page.wait_for_selector('[data-testid="stSlider"]', timeout=TIMEOUT_MS)
    _screenshot(page, shots / f"ladders-{theme}.png")

    _open(page, f"{url}/track-record", '[data-testid="stVegaLiteChart"]')
    page.get_by_role("heading", name="How the pundits did").wait_for(timeout=TIMEOUT_MS)
    page.locator('[data-testid="stExpander"]').filter(has_text="Mohammad Manzarpour").wait_for(timeout=TIMEOUT_MS)
    _screenshot(page, shots / f"track-record-{theme}.png")

    _open(page, f"{url}/extract", '[data-testid="stForm"]')
    page.get_by_role("textbox", name="Article text", exact=True).fill(ARTICLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Find forecasts").click()
    # As many as the library finds in the same text (the learned scorer decides how many).
    found = len(extract_forecasts(parse_text(ARTICLE.read_text(encoding="utf-8"), "pasted")))
    assert found >= 3
    page.get_by_role("heading", name=f"{found} forecasts found").wait_for(timeout=TIMEOUT_MS)
    page.get_by_role("button", name=f"Save {found} as drafts").wait_for(timeout=TIMEOUT_MS)
    _screenshot(page, shots / f"extract-{theme}.png")


@contextmanager
def _explained(page: sync_api.Page, shots: Path, server: Server) -> Iterator[None]:
    """On failure, keep a screenshot of the page and add the server's last output to the error."""
    try:
        yield
    except Exception as exc:
        page.screenshot(path=shots / "failure.png")
        tail = server.log.read_text(errors="replace")[-2000:]
        raise AssertionError(f"{exc}\n(screenshot: {shots / 'failure.png'})\nstreamlit output:\n{tail}") from exc


def test_every_page_and_a_forecast_added_in_the_browser(
    server: Server, browser: sync_api.Browser, scenarios: Path, tmp_path: Path
) -> None:
    shots = tmp_path / "screenshots"
    shots.mkdir()
    context = browser.new_context(viewport=VIEWPORT, color_scheme="light")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    with _explained(page, shots, server):
        _add_a_forecast(page, server.url, scenarios, shots)
    context.close()

    dark = browser.new_context(viewport=VIEWPORT, color_scheme="dark")
    dark_page = dark.new_page()
    dark_page.on("pageerror", lambda exc: errors.append(str(exc)))
    with _explained(dark_page, shots, server):
        _visit_every_page(dark_page, server.url, shots, "dark")
    dark.close()

    assert not errors, errors
    taken = sorted(p.name for p in shots.glob("*.png"))
    assert len(taken) == 14, taken


def _add_a_forecast(page: sync_api.Page, url: str, scenarios: Path, shots: Path) -> None:
    """Every page in the light theme, then a forecast through the form, seen on the page and by the CLI."""
    _visit_every_page(page, url, shots, "light")

    # Add a forecast through the form on the scenario's page.
    _open(page, f"{url}/scenario?id={SCENARIO}", '[data-testid="stVegaLiteChart"]')
    before = int(_metric(page, "Forecasts"))
    page.get_by_role("textbox", name="Who is editing?", exact=True).fill(FORECASTER)
    page.get_by_role("button", name="Start editing").click()
    page.get_by_text(f"Editing as {FORECASTER}").wait_for(timeout=TIMEOUT_MS)
    form = page.locator('[data-testid="stForm"]').filter(has=page.get_by_role("button", name="Record forecast"))
    form.get_by_role("textbox", name="Probability of yes", exact=True).fill("35%")
    form.get_by_role("textbox", name="Note", exact=True).fill("Added in the browser test")
    form.get_by_role("textbox", name="When (UTC)", exact=True).fill("2020-01-06T12:00:00Z")
    _screenshot(page, shots / "forecast-form-light.png")
    form.get_by_role("button", name="Record forecast").click()
    page.get_by_text(f"Recorded {FORECASTER}'s forecast: 35% at 2020-01-06 12:00 UTC.").wait_for(timeout=TIMEOUT_MS)
    page.wait_for_function(
        """([label, want]) => [...document.querySelectorAll('[data-testid="stMetric"]')]
            .some(m => m.innerText.includes(label) && m.innerText.includes(want))""",
        arg=["Forecasts", str(before + 1)],
        timeout=TIMEOUT_MS,
    )
    assert _metric(page, "Forecasts") == str(before + 1)
    _screenshot(page, shots / "forecast-recorded-light.png")

    # `forecasts show` reads the file the app wrote (in this process: the app ran in its own).
    shown = CliRunner().invoke(cli, ["show", SCENARIO, "--format", "json", "--scenarios", str(scenarios)])
    assert shown.exit_code == 0, shown.output
    recorded = [f for f in json.loads(shown.stdout)["forecasts"] if f["by"] == FORECASTER]
    # Who wrote it: the local single-user dashboard (this copy is in no git repository: no author).
    assert [f.pop("recorded")["via"] for f in recorded] == ["local-dashboard"]
    assert recorded == [
        {
            "at": "2020-01-06T12:00:00+00:00",
            "by": FORECASTER,
            "probability": {
                "mean": 0.35,
                "p05": None,
                "p50": None,
                "p95": None,
                "beta": None,
                "options": None,
                "basis": "forecast",
                "detail": f"{FORECASTER}, 2020-01-06T12:00:00+00:00",
                "note": None,
            },
            "stated": "35%",
            "note": "Added in the browser test",
            "type": "forecast",
        }
    ]
