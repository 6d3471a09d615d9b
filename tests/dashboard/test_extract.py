"""The extract page: forecasts found in pasted text, reviewed, and (editor mode) saved as drafts."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_text import shown_text
from page_server import Answer, PageServer, serve_pages
from streamlit.testing.v1 import AppTest

from forecasts.extract import extract_from_text, fetch
from forecasts.extract.article import parse_text
from forecasts.store import load_catalog
from testdata import copy_bundled

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
PAGE = "views/extract.py"
KYIV = REPO / "tests" / "data" / "extract" / "kyiv-analysis.txt"
FED = REPO / "tests" / "data" / "extract" / "fed-preview.txt"


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled Iran 2020 case as the dashboard's scenarios folder."""
    root = tmp_path / "bundled"
    copy_bundled(root)
    monkeypatch.setenv("FORECASTS_SCENARIOS", str(root))
    return root


@pytest.fixture
def editor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECASTS_EDITOR", "1")


def extract_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def paste(at: AppTest, text: str, published: date | None = None, outlet: str = "") -> AppTest:
    at.text_area(key="extract_text").input(text)
    if published is not None:
        at.date_input(key="extract_published").set_value(published)
    if outlet:
        at.text_input(key="extract_outlet").input(outlet)
    at.button(key="extract_run").click().run()
    assert not at.exception
    return at


def files_under(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


def test_finds_the_forecasts_in_pasted_text_with_hedges_highlighted(bundled: Path) -> None:
    text = KYIV.read_text(encoding="utf-8")
    at = paste(extract_page(), text, published=date(2023, 10, 2))
    wanted = extract_from_text(parse_text(text, "x").body, published=date(2023, 10, 2))
    assert at.subheader[0].value == f"{len(wanted)} forecasts found"
    quotes = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert "> Kyiv will :orange-background[**almost certainly**] launch another offensive" in quotes
    assert "> Moscow, for its part, is :orange-background[**unlikely**] to agree to a ceasefire" in quotes
    assert [t.value for t in at.text_input if t.key and t.key.endswith("-event")] == [c.event for c in wanted]
    assert len([c for c in at.checkbox if c.key and c.key.endswith("-include")]) == len(wanted)
    # With a date, "before the US presidential election in November 2024" is a deadline to edit.
    deadlines = [d.value for d in at.date_input if d.key and d.key.endswith("-deadline")]
    assert date(2024, 10, 31) in deadlines
    assert not at.warning


def test_viewer_mode_reviews_only(bundled: Path) -> None:
    at = paste(extract_page(), KYIV.read_text(encoding="utf-8"))
    assert at.subheader[0].value.endswith("forecasts found")
    assert not [b for b in at.button if b.key == "extract_save"]
    assert any("Review only" in c.value for c in at.caption)
    # No publication date: said so.
    assert any("No publication date" in w.value for w in at.warning)


def test_errors_are_shown_not_raised(bundled: Path) -> None:
    at = extract_page()
    at.button(key="extract_run").click().run()
    assert not at.exception
    assert shown_text(at.error[0].value) == "Paste the article's text."


def test_editor_url_errors_are_shown_not_raised(bundled: Path, editor: None) -> None:
    at = extract_page()
    at.button(key="extract_run").click().run()
    assert shown_text(at.error[0].value) == "Paste the article's text or give its URL."
    at.text_input(key="extract_url").input("ftp://example.org/story")
    at.button(key="extract_run").click().run()
    assert "is not an http(s) URL" in shown_text(at.error[0].value)
    at.text_input(key="extract_url").input("https://nothing-here.invalid/story")
    at.button(key="extract_run").click().run()
    assert not at.exception
    assert shown_text(at.error[0].value).startswith(
        "https://nothing-here.invalid/story: cannot fetch the page (the name 'nothing-here.invalid' does not resolve"
    )


LOOPBACK_REFUSED = (
    "{url}: refused: it points to 127.0.0.1, a loopback address; only public http(s) addresses are fetched; "
    "save the page and pass the file"
)


@pytest.fixture
def pages() -> Iterator[PageServer]:
    """A page on this machine that the dashboard must never fetch: its requests are the witness."""
    article = KYIV.read_bytes()
    with serve_pages({"/story.txt": Answer(body=article, headers={"Content-Type": "text/plain"})}) as server:
        yield server


def test_viewers_are_not_offered_a_url_field(bundled: Path) -> None:
    at = extract_page()
    assert [t.key for t in at.text_input if t.key == "extract_url"] == []
    assert at.text_area(key="extract_text") is not None


def test_a_url_in_a_viewer_session_is_refused_and_nothing_is_fetched(bundled: Path, pages: PageServer) -> None:
    at = extract_page()
    # A crafted session: the widget is not there, but its key is set as a hostile client could.
    at.session_state["extract_url"] = f"{pages.url}/story.txt"
    at.button(key="extract_run").click().run()
    assert not at.exception
    assert [shown_text(e.value) for e in at.error] == [
        "Only editors may have the dashboard fetch a URL; paste the article's text instead "
        "(editors: sign in, or run `forecasts dashboard --local-editor` on your own machine)."
    ]
    assert not at.subheader
    assert pages.seen() == []


def test_an_editor_url_on_this_machine_is_refused_and_nothing_is_fetched(
    bundled: Path, editor: None, pages: PageServer
) -> None:
    url = f"{pages.url}/story.txt"
    at = extract_page()
    at.text_input(key="extract_url").input(url)
    at.button(key="extract_run").click().run()
    assert not at.exception
    assert [shown_text(e.value) for e in at.error] == [LOOPBACK_REFUSED.format(url=url)]
    assert pages.seen() == []


def test_an_editor_url_that_redirects_inside_is_refused(
    bundled: Path, editor: None, pages: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A public name whose page redirects to this machine: the redirect is refused, not followed."""
    real, real_connect = socket.getaddrinfo, socket.create_connection
    connected: list[tuple[str, int]] = []

    def resolve(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        return real("93.184.216.34" if host == "news.example" else host, port, *args, **kwargs)

    def connect(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        # The public address is the test's own server, so the redirect comes from a "public" page.
        connected.append(address)
        return real_connect(("127.0.0.1", pages.port), *args, **kwargs)

    pages.routes["/moved"] = Answer(302, headers={"Location": f"{pages.url}/story.txt"})
    monkeypatch.setattr(fetch.socket, "getaddrinfo", resolve)
    monkeypatch.setattr(fetch.socket, "create_connection", connect)
    url = f"http://news.example:{pages.port}/moved"
    at = extract_page()
    at.text_input(key="extract_url").input(url)
    at.button(key="extract_run").click().run()
    assert [shown_text(e.value) for e in at.error] == [
        f"{url}: refused: it redirects to {pages.url}/story.txt, which points to 127.0.0.1, a loopback address; "
        "only public http(s) addresses are fetched; save the page and pass the file"
    ]
    assert connected == [("93.184.216.34", pages.port)]
    assert pages.seen() == ["GET /moved"]


def test_editor_saves_the_ticked_forecasts_as_valid_drafts(bundled: Path, editor: None) -> None:
    before = files_under(bundled)
    at = paste(extract_page(), FED.read_text(encoding="utf-8"))
    count = len([c for c in at.checkbox if c.key and c.key.endswith("-include")])
    assert count >= 3
    # Keep the first two, correct the first one's event and speaker, drop the rest.
    for box in [c for c in at.checkbox if c.key and c.key.endswith("-include")][2:]:
        box.uncheck()
    events = [t for t in at.text_input if t.key and t.key.endswith("-event")]
    events[0].input("The Federal Reserve will keep interest rates unchanged on 2024-03-20.")
    deadline = [d for d in at.date_input if d.key and d.key.endswith("-deadline")][0]
    deadline.set_value(date(2024, 3, 21))
    at.run()
    at.selectbox(key="extract_case").select("New case folder…").run()
    at.text_input(key="extract_new_case").input("fed-2024").run()
    save = at.button(key="extract_save")
    assert save.label == "Save 2 as drafts"
    save.click().run()
    assert not at.exception
    assert not at.error
    written = sorted((bundled / "fed-2024").glob("*.yaml"))
    # The second claim ("may signal cuts") names no act the drafting recognises: listed, not drafted.
    assert len(written) == 1
    assert "Wrote 1 draft scenario " in at.success[0].value
    assert "Not drafted: 1 claim(s)" in at.info[0].value and "'signal cuts'" in at.info[0].value
    catalog = load_catalog(bundled)
    assert not catalog.problems, [str(p) for p in catalog.problems]
    drafts = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in written}
    assert {d["status"] for d in drafts.values()} == {"draft"}
    assert {d["case"] for d in drafts.values()} == {"fed-2024"}
    # The title is drafted from the corrected event (a proposition: no modal).
    corrected = [d for d in drafts.values() if d["title"].startswith("The Federal Reserve keeps interest rates")]
    # The deadline the person set is kept as given (no days added for reports).
    assert len(corrected) == 1 and corrected[0]["deadline"] == date(2024, 3, 21)
    assert corrected[0]["sources"][0]["outlet"] == "Example Times"
    # Nothing that was there before changed.
    after = files_under(bundled)
    assert {p: after[p] for p in before} == before

    # Saving again writes nothing and overwrites nothing: both are reported as already present.
    saved = {p: p.read_bytes() for p in written}
    at.button(key="extract_save").click().run()
    assert not at.exception
    assert not at.success
    assert "Skipped 1 already in the scenarios" in at.info[0].value
    assert {p: p.read_bytes() for p in written} == saved
    assert sorted((bundled / "fed-2024").glob("*.yaml")) == written


def test_editor_errors_keep_everything_unwritten(bundled: Path, editor: None) -> None:
    before = files_under(bundled)
    at = paste(extract_page(), KYIV.read_text(encoding="utf-8"))
    at.selectbox(key="extract_case").select("New case folder…").run()
    at.text_input(key="extract_new_case").input("../escape").run()
    at.button(key="extract_save").click().run()
    assert not at.exception
    assert "'../escape' is not a case name" in shown_text(at.error[0].value)
    [t for t in at.text_input if t.key and t.key.endswith("-event")][0].input("  ")
    at.text_input(key="extract_new_case").input("ukraine-2023").run()
    at.button(key="extract_save").click().run()
    assert [shown_text(e.value) for e in at.error] == [
        "Forecast 1: the event is empty; say what is predicted to happen."
    ]
    assert files_under(bundled) == before
    assert not (bundled / "ukraine-2023").exists()


def test_editor_is_told_which_claims_were_not_drafted_and_can_draft_them_too(bundled: Path, editor: None) -> None:
    text = (REPO / "tests" / "data" / "extract" / "resolvability.txt").read_text(encoding="utf-8")
    # Without the claim whose fate is the scorer's confidence (tests/extract/test_resolvability.py).
    text = text.replace("\nFirst, Russia plans to manufacture a pretext for its attack.\n", "\n")
    at = paste(extract_page(), text)
    at.selectbox(key="extract_case").select("New case folder…").run()
    at.text_input(key="extract_new_case").input("gate-2020").run()
    at.button(key="extract_save").click().run()
    assert not at.exception and not at.error
    # The three clear events are drafted; the claims with nothing to observe are listed, with why.
    assert "Wrote 3 draft scenarios" in at.success[0].value
    (held_back,) = [i.value.replace("\\", "") for i in at.info if i.value.startswith("Not drafted: ")]
    assert "name no event a stranger could check" in held_back
    # Each claim on a line with the reason it was held back (which claims the shipped scorer lists
    # and doubts moves as it is retrained; the reasons are pinned in tests/extract/test_resolvability.py).
    header, *items = held_back.strip().splitlines()
    count = int(re.search(r"Not drafted: (\d+) claim", header).group(1))  # type: ignore[union-attr]
    assert count == len(items) >= 1
    assert all(re.fullmatch(r"- “[^”]+”: (?:unsure: the scorer is 0\.\d+ sure that .+|no .+|\w.+)", i) for i in items)
    assert len(list((bundled / "gate-2020").glob("*.yaml"))) == 3

    at.checkbox(key="extract_draft_all").check().run()
    at.text_input(key="extract_new_case").input("gate-all").run()
    at.button(key="extract_save").click().run()
    assert not at.exception and not at.error
    assert not [i.value for i in at.info if i.value.startswith("Not drafted: ")]
    drafted = len(list((bundled / "gate-all").glob("*.yaml")))
    assert drafted > 3 and f"Wrote {drafted} draft scenarios" in at.success[0].value
