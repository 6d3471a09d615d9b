"""dashboard.markup: whatever the text, escaped Markdown renders as that text and nothing else.

Rendered with markdown-it-py (CommonMark, raw HTML allowed so that any that slipped through would
show), which Streamlit's own dependency ``rich`` brings along. Streamlit's directives
(``:red[...]``, ``:material/icon:``) need an unescaped colon, checked on the escaped text itself.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dashboard.markup import code_markdown, escape_markdown, link_markdown, quote_markdown

markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed (it comes with rich)")
RENDER = markdown_it.MarkdownIt("commonmark", {"html": True})
PAYLOADS = [
    "![pixel](http://127.0.0.1:9/p.png)",
    '<img src="http://127.0.0.1:9/p.png">',
    ":red[x] **bold** _it_ ~~gone~~ `code` $x^2$",
    "[link](javascript:alert(1)) <https://example.org> https://example.org www.example.org",
    "# heading\n- item\n1. one\n> quote\n---\n| a | b |",
    "&lt;b&gt; &#60;img&#62; \\*not\\*",
]
# Control characters are refused by the schema (and markdown-it replaces NUL): left out.
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=60)


def _paragraph(rendered: str) -> str:
    """The text of a single paragraph, or the whole HTML when it is anything else."""
    match = re.fullmatch(r"<p>(.*)</p>\n", rendered, re.DOTALL)
    return html.unescape(match[1]) if match and "<" not in match[1] else rendered


@given(TEXT)
@example("![pixel](http://127.0.0.1:9/p.png)")
def test_escaped_text_renders_as_itself(text: str) -> None:
    escaped = escape_markdown(text)
    flat = " ".join(text.split())
    rendered = RENDER.render(escaped)
    assert (rendered == "" and flat == "") or _paragraph(rendered) == flat
    # Streamlit's directives and icons start at a colon: none is left unescaped.
    assert not re.search(r"(?<!\\):", escaped.replace("\\\\", ""))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_render_as_text(payload: str) -> None:
    rendered = RENDER.render(escape_markdown(payload))
    assert not re.search(r"<(?!/?p>)", rendered), rendered
    assert _paragraph(rendered) == " ".join(payload.split())


@given(TEXT)
@example("a `b` ``c``")
def test_code_spans_hold_the_text(text: str) -> None:
    flat = " ".join(text.split())
    if not flat:
        return
    rendered = RENDER.render(code_markdown(text))
    match = re.fullmatch(r"<p><code>(.*)</code></p>\n", rendered, re.DOTALL)
    assert match is not None, rendered
    assert html.unescape(match[1]) == flat


def test_links_go_only_to_web_urls() -> None:
    assert RENDER.render(link_markdown("link", "https://example.org/report")) == (
        '<p><a href="https://example.org/report">link</a></p>\n'
    )
    for url in ("javascript:alert(1)", "https://example.org/a)![p](http://127.0.0.1:9/p.png", "https://x.org/a b"):
        rendered = RENDER.render(link_markdown("link", url))
        assert "<a " not in rendered and "<img" not in rendered
        assert _paragraph(rendered) == " ".join(url.split())


def test_a_quote_keeps_its_hedge_highlighted_and_the_rest_as_text() -> None:
    quote = "It will **probably** :red[x] happen"
    start = quote.index("probably")
    marked = quote_markdown(quote, (start, start + len("probably")))
    assert marked == "It will \\*\\*:orange-background[**probably**]\\*\\* \\:red\\[x\\] happen"
