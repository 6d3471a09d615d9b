"""Article text -> candidate forecasts: quote, speaker, hedge and prior, window, condition, event.

Rule-based and offline: sentences are split with offsets, future markers found, each marker's
clause judged against the distractor rules, and the hedge read through the phrase table.
``extract_forecasts(read_article(path))`` is the library entry point; ``forecasts extract`` the
command.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from forecasts.extract.article import Article, ArticleError, read_article
    from forecasts.extract.candidates import Candidate, Probability
    from forecasts.extract.extractor import analyse_article, extract_forecasts, extract_from_text

# Where each name of the package's API lives. Importing it on first use keeps `import
# forecasts.extract.article` (and every command of the CLI that fits nothing) from loading the
# whole extractor.
_HOMES = {
    "Article": "article",
    "ArticleError": "article",
    "read_article": "article",
    "Candidate": "candidates",
    "Probability": "candidates",
    "analyse_article": "extractor",
    "extract_forecasts": "extractor",
    "extract_from_text": "extractor",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'forecasts.extract' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"forecasts.extract.{home}"), name)
    globals()[name] = value  # looked up once
    return value


__all__ = [
    "Article",
    "ArticleError",
    "Candidate",
    "Probability",
    "analyse_article",
    "extract_forecasts",
    "extract_from_text",
    "read_article",
]
