"""Data shown as text in Streamlit's Markdown: the one place that escapes it.

``st.markdown``, ``st.caption``, ``st.title`` and the headers, the alerts (``st.error`` ...),
widget and page-link labels, expander labels, metric labels and every ``help=`` tooltip render
their text as Markdown: an image (``![x](http://...)``) is fetched by every viewer's browser,
``:red[...]`` and ``**...**`` are drawn, links are made. So every value that comes from a
scenario file, a feed, an article or a form goes through ``escape_markdown`` (or ``code_markdown``,
``link_markdown``, ``quote_markdown``) before it is put into such text; values shown by
``st.text``, ``st.code``, selectbox options or dataframe cells are text already and are left as
they are. URLs are also checked by the schema (``forecasts.scenario.url_problem``).
"""

from __future__ import annotations

import re

from forecasts.scenario import url_problem

# Every ASCII punctuation character CommonMark lets a backslash escape that starts or ends some
# Markdown (or one of Streamlit's directives: ``:red[...]``, ``:material/icon:``, ``$math$``).
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~<>$:^=&")


def escape_markdown(text: str) -> str:
    """``text`` shown literally in Markdown: special characters escaped, white space collapsed."""
    flat = " ".join(text.split())
    return "".join(f"\\{c}" if c in _MARKDOWN_SPECIAL else c for c in flat)


def quote_markdown(quote: str, span: tuple[int, int] | None) -> str:
    """The quote as Markdown, the characters in ``span`` (the hedge) on an orange background."""
    if span is None:
        return escape_markdown(quote)
    start, end = span
    parts = (quote[:start], quote[start:end], quote[end:])
    before, hedge, after = (escape_markdown(p) for p in parts)
    # escape_markdown collapses white space, which also drops it at the joins: put it back.
    before += " " if parts[0][-1:].isspace() else ""
    after = (" " if parts[2][:1].isspace() else "") + after
    return f"{before}:orange-background[**{hedge}**]{after}"


def code_markdown(text: str) -> str:
    """``text`` as inline code that nothing in it can end: a backtick fence longer than any run inside."""
    flat = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    # Markdown drops one space inside each end of the fence: it lets the text start or end with a backtick.
    pad = " " if flat[:1] == "`" or flat[-1:] == "`" else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def link_markdown(label: str, url: str) -> str:
    """A Markdown link to ``url`` labelled ``label``; the escaped URL as plain text when it is not a web
    URL the schema would take (files are checked when loaded, but a link is no place to trust that)."""
    if url_problem(url) is not None:
        return escape_markdown(url)
    return f"[{escape_markdown(label)}]({url})"
