"""What the extract page keeps between reruns, and the checks on where drafts go.

Kept in a module (not the page script, which Streamlit re-executes on every rerun) so that the
session's ``Extraction`` is an instance of the same class on the next run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from forecasts.extract import Article, Candidate

CASE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Extraction:
    """One run of the extractor: the article read, the forecasts found, a run number for widget keys."""

    article: Article
    candidates: list[Candidate]
    run: int
    warnings: tuple[str, ...]


def case_problem(name: str) -> str | None:
    """Why ``name`` cannot be a case folder (a file-name-safe slug), or None when it can."""
    if not name:
        return "Name the new case folder, e.g. ukraine-2023."
    if not CASE_NAME.fullmatch(name):
        return f"{name!r} is not a case name: use lower-case letters, digits and single hyphens, e.g. ukraine-2023."
    return None


def case_folders(root: Path) -> list[str]:
    """The case folders under the scenarios root (not hidden ones, nor ``_posterior``)."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
