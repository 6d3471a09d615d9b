"""Markdown and HTML in scenario data are shown as text in a real browser, on every page.

The scenarios' titles, questions, criteria, quotes, speakers, outlets, notes, option labels and
names carry payloads: an image pointing at an HTTP server the test runs on 127.0.0.1, an HTML
``<img>`` pointing there too, ``:red[x]``, ``**bold**`` and a ``javascript:`` link; so do the
editor's name, a forecast's note typed into the form, an article pasted on the Extract page and a
scenario id in the URL. Each page is opened in Chromium (Debian's /usr/bin/chromium through
Playwright; skipped, saying why, without them), and then: the local server has received no
request, no ``<img>`` and no bold text came from the data, no link goes to ``javascript:``, and
the payload's literal text is on the page. Hovering the overview's links shows the question
tooltip, which is checked the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from page_server import PageServer, serve_pages
from running_app import Server, run_dashboard

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
VIEWPORT = {"width": 1400, "height": 1000}
TIMEOUT_MS = 30_000
AS_OF = "2020-01-12"
# A browser asks for an image as it draws it, and every request to the witness is recorded on the
# browser's side as it is made (so one cut short by leaving the page still counts): each page gets
# a moment to make such requests before it is checked, and the whole test a longer one at its end,
# when what the browser asked for and what the witness received are checked again.
SETTLE_MS = 500
FINAL_SETTLE_MS = 1500

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def witness() -> Iterator[PageServer]:
    """The server every payload points at: any request to it means something rendered."""
    with serve_pages() as server:
        yield server


def payload(witness: PageServer, where: str) -> str:
    """Text carrying every kind of injection, tagged with the field it is in."""
    return (
        f"{where} **bold** :red[x] ![pixel]({witness.url}/{where}-md.png) "
        f'<img src="{witness.url}/{where}-html.png"> [link](javascript:alert(1))'
    )


def _scenarios(root: Path, witness: PageServer) -> None:
    def p(where: str) -> str:
        return payload(witness, where)

    def source(where: str) -> dict[str, Any]:
        return {
            "quote": f"It will probably happen, {p(where + '-quote')}",
            "speaker": p(where + "-speaker"),
            "role": p(where + "-role"),
            "outlet": p(where + "-outlet"),
            "url": f"{witness.url}/{where}-source-link",
            "published": "2020-01-01",
            "hedge": "probably",
            "note": p(where + "-source-note"),
        }

    alpha = {
        "id": "alpha",
        "title": p("alpha-title"),
        "question": p("alpha-question"),
        "case": "inject",
        "tags": ["inject"],
        "created": "2020-01-01",
        "deadline": "2020-01-20",
        "status": "resolved",
        "resolution": {
            "criteria": p("alpha-criteria"),
            "sources": [p("alpha-resolution-source")],
            "outcome": "yes",
            "resolved_at": "2020-01-10",
            "resolved_by": p("alpha-resolved-by"),
            "evidence": [{"url": f"{witness.url}/alpha-evidence-link", "note": p("alpha-resolution-note")}],
        },
        "ladder": {"name": "inject-ladder", "rung": 1},
        "sources": [source("alpha")],
        "forecasts": [
            {"at": "2020-01-02", "by": p("alpha-forecaster"), "probability": 0.3, "note": p("alpha-forecast-note")}
        ],
        "evidence": [
            {
                "at": "2020-01-03",
                "by": p("alpha-evidence-by"),
                "note": p("alpha-evidence-note"),
                "url": f"{witness.url}/alpha-evidence",
                "direction": "up",
                "strength": "weak",
            }
        ],
    }
    beta = {
        "id": "beta",
        "title": p("beta-title"),
        "question": p("beta-question"),
        "case": "inject",
        "created": "2020-01-02",
        "deadline": "2020-01-15",
        "resolution": {"criteria": p("beta-criteria")},
        "ladder": {"name": "inject-ladder", "rung": 2},
        "conditional_on": {"scenario": "alpha", "outcome": "yes"},
        "sources": [source("beta")],
        "forecasts": [
            {"at": "2020-01-04", "by": p("beta-forecaster"), "probability": 0.2, "note": p("beta-note-1")},
            {"at": "2020-01-11", "by": p("beta-forecaster"), "probability": 0.6, "note": p("beta-note-2")},
        ],
    }
    gamma = {
        "id": "gamma",
        "title": p("gamma-title"),
        "question": p("gamma-question"),
        "kind": "categorical",
        "options": [{"id": "calm", "label": p("gamma-calm")}, {"id": "storm", "label": p("gamma-storm")}],
        "case": "inject",
        "created": "2020-01-02",
        "deadline": "2020-03-31",
        "resolution": {"criteria": p("gamma-criteria")},
        "forecasts": [{"at": "2020-01-05", "by": p("gamma-forecaster"), "probability": {"calm": 0.7, "storm": 0.3}}],
    }
    folder = root / "inject"
    folder.mkdir(parents=True)
    for scenario in (alpha, beta, gamma):
        text = yaml.safe_dump(scenario, sort_keys=False, allow_unicode=True, width=1000)
        (folder / f"{scenario['id']}.yaml").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def server(witness: PageServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("markup") / "scenarios"
    _scenarios(root, witness)
    with run_dashboard(root, tmp_path_factory.mktemp("streamlit") / "streamlit.log", editor=True) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _open(page: Any, url: str, ready: str) -> None:
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
    page.wait_for_selector(ready, timeout=TIMEOUT_MS)


def _nothing_rendered(page: Any, witness: PageServer, where: str, literal: str, asked: list[str]) -> None:
    """The browser asked the witness for nothing (``asked``: the requests it made to it) and no request
    reached it, nothing from the data was drawn, and ``literal`` reads as text."""
    page.get_by_text(literal, exact=False).filter(visible=True).first.wait_for(timeout=TIMEOUT_MS)
    page.wait_for_timeout(SETTLE_MS)
    assert asked == [], f"{where}: the browser asked for {asked}"
    assert witness.seen() == [], f"{where}: the browser fetched {witness.seen()}"
    assert page.locator(f'img[src^="{witness.url}"]').count() == 0, where
    assert page.locator('[data-testid="stMain"] img').count() == 0, where
    # **bold** drawn would be a <strong> holding just "bold" (a name shown in bold holds "**bold**").
    drawn = re.compile(r"^\s*bold\s*$")
    assert page.locator("strong, b, em").filter(has_text=drawn).count() == 0, where
    assert page.locator('a[href^="javascript"]').count() == 0, where
    # Streamlit turns a bare http://... in text into a link (after escaping: it works on the text).
    # Such a link shows exactly where it goes; only the URL fields link under a word ("link").
    for anchor in page.locator(f'a[href^="{witness.url}"]').all():
        href = anchor.get_attribute("href") or ""
        if not href.endswith("-link"):
            assert anchor.inner_text().strip() == href, (where, href, anchor.inner_text())
    # Streamlit draws :red[x] as a coloured span holding only "x": the literal text stays instead.
    assert page.get_by_text(":red[x]", exact=False).count() > 0, where
    assert page.get_by_text("**bold**", exact=False).count() > 0, where


def _hover_until_shown(page: Any, target: Any, tooltip: Any, attempts: int = 3) -> None:
    """Hover ``target`` until ``tooltip`` shows. On a loaded machine Streamlit may redraw the element
    under the pointer after the hover, and a tooltip then waits for a pointer that never moves: the
    pointer leaves and comes back, a few times, before the wait fails."""
    for attempt in range(attempts):
        target.hover()
        try:
            tooltip.first.wait_for(timeout=TIMEOUT_MS // attempts)
            return
        except Exception:
            if attempt == attempts - 1:
                raise
            page.mouse.move(0, 0)


@contextmanager
def _explained(page: Any, shots: Path, server: Server) -> Iterator[None]:
    """On failure, keep a screenshot of the page and add the server's last output to the error."""
    try:
        yield
    except Exception as exc:
        page.screenshot(path=shots / "failure.png", full_page=True)
        tail = server.log.read_text(errors="replace")[-2000:]
        raise AssertionError(f"{exc}\n(screenshot: {shots / 'failure.png'})\nstreamlit output:\n{tail}") from exc


# Each page, what shows it has drawn, and a field whose whole payload it shows (None: only titles,
# cut short, so only their start is looked for).
PAGES = [
    ("overview", f"/?as_of={AS_OF}", '[data-testid="stPageLink"]', None),
    ("scenario alpha", f"/scenario?id=alpha&as_of={AS_OF}", '[data-testid="stVegaLiteChart"]', "alpha-criteria"),
    ("scenario beta", f"/scenario?id=beta&as_of={AS_OF}", '[data-testid="stVegaLiteChart"]', "beta-question"),
    ("scenario gamma", f"/scenario?id=gamma&as_of={AS_OF}", '[data-testid="stVegaLiteChart"]', "gamma-question"),
    ("ladders", f"/ladders?as_of={AS_OF}", '[data-testid="stVegaLiteChart"]', "alpha-title"),
    ("track record", f"/track-record?as_of={AS_OF}", '[data-testid="stExpander"]', "alpha-quote"),
]


def test_no_page_renders_markup_from_the_data(
    server: Server, browser: Any, witness: PageServer, tmp_path: Path
) -> None:
    shots = tmp_path / "screenshots"
    shots.mkdir()
    context = browser.new_context(viewport=VIEWPORT)
    asked: list[str] = []
    context.on("request", lambda request: asked.append(request.url) if request.url.startswith(witness.url) else None)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    checked = []
    with _explained(page, shots, server):
        for name, path, ready, field in PAGES:
            _open(page, server.url + path, ready)
            if name == "track record":
                for expander in page.locator('[data-testid="stExpander"] summary').all():
                    expander.click()
            literal = payload(witness, field) if field else "beta-title **bold** :red[x]"
            _nothing_rendered(page, witness, name, literal, asked)
            page.screenshot(path=shots / f"{name.replace(' ', '-')}.png", full_page=True)
            checked.append(name)

        # The overview's links carry the question as their tooltip.
        _open(page, f"{server.url}/?as_of={AS_OF}", '[data-testid="stPageLink"]')
        tooltip = page.locator('[data-testid="stTooltipContent"]')
        _hover_until_shown(page, page.locator('[data-testid="stPageLink"]', has_text="beta-title").first, tooltip)
        assert payload(witness, "beta-question") in " ".join(tooltip.first.inner_text().split())
        _nothing_rendered(page, witness, "question tooltip", payload(witness, "beta-question"), asked)
        checked.append("question tooltip")

        # An id in the URL is shown back in the error: as text.
        _open(page, f"{server.url}/scenario?id=%2A%2Abold%2A%2A%3Ared%5Bx%5D%3Cimg%3E", '[data-testid="stAlert"]')
        assert page.locator("strong", has_text="bold").count() == 0
        page.get_by_text("**bold**:red[x]<img>", exact=False).first.wait_for(timeout=TIMEOUT_MS)
        checked.append("unknown id in the URL")

        # The editor's name, a note typed into the form and an option label's tooltip.
        _open(page, f"{server.url}/scenario?id=gamma&as_of={AS_OF}", '[data-testid="stVegaLiteChart"]')
        name = payload(witness, "editor-name")
        page.get_by_role("textbox", name="Who is editing?", exact=True).fill(name)
        page.get_by_role("button", name="Start editing").click()
        page.get_by_text("Editing as editor-name **bold**", exact=False).wait_for(timeout=TIMEOUT_MS)
        form = page.locator('[data-testid="stForm"]').filter(has=page.get_by_role("button", name="Record forecast"))
        form.get_by_role("textbox", name="P(calm)", exact=True).fill("60%")
        form.get_by_role("textbox", name="P(storm)", exact=True).fill("40%")
        form.get_by_role("textbox", name="Note", exact=True).fill(payload(witness, "form-note"))
        form.get_by_role("textbox", name="When (UTC)", exact=True).fill("2020-01-06")
        form.get_by_role("button", name="Record forecast").click()
        page.get_by_text(f"Recorded {name}'s forecast", exact=False).wait_for(timeout=TIMEOUT_MS)
        _nothing_rendered(page, witness, "editor name and form", f"Editing as {name}", asked)
        _hover_until_shown(
            page, form.locator('[data-testid="stTooltipIcon"]').first, page.locator('[data-testid="stTooltipContent"]')
        )
        _nothing_rendered(page, witness, "option label tooltip", payload(witness, "gamma-calm"), asked)
        checked.append("editor forms")

        # An article pasted on the Extract page, with payloads in its header and its quotes.
        _open(page, f"{server.url}/extract", '[data-testid="stForm"]')
        article = (
            f"title: {payload(witness, 'article-title')}\noutlet: {payload(witness, 'article-outlet')}\n"
            f"published: 2020-01-04\n\nThe minister said the talks will probably resume next week, "
            f"{payload(witness, 'article-quote')}.\n"
        )
        page.get_by_role("textbox", name="Article text", exact=True).fill(article)
        page.get_by_role("button", name="Find forecasts").click()
        page.get_by_role("heading", name=re.compile(r"^\d+ forecasts? found$")).wait_for(timeout=TIMEOUT_MS)
        _nothing_rendered(page, witness, "extract", payload(witness, "article-title"), asked)
        page.screenshot(path=shots / "extract.png", full_page=True)
        checked.append("extract")
        page.wait_for_timeout(FINAL_SETTLE_MS)
        assert asked == [], f"the browser asked for {asked}"
        assert witness.seen() == [], f"the browser fetched {witness.seen()}"
    context.close()
    assert not errors, errors
    print(f"pages checked for injection: {len(checked)}: {', '.join(checked)}")
    assert len(checked) == len(PAGES) + 4
