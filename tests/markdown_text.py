"""What a reader sees of Markdown that the dashboard escaped (``dashboard.markup``): tests compare that."""

from __future__ import annotations

import re

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def shown_text(markdown: str) -> str:
    """``markdown`` with its backslash escapes of ASCII punctuation removed, as it reads on the page."""
    return _ESCAPED.sub(r"\1", markdown)
