"""Article text -> candidate forecasts: quote, speaker, hedge and prior, window, condition, event.

Rule-based and offline: sentences are split with offsets, future markers found, each marker's
clause judged against the distractor rules, and the hedge read through the phrase table.
``extract_forecasts(read_article(path))`` is the library entry point; ``forecasts extract`` the
command.
"""

from forecasts.extract.article import Article, ArticleError, read_article
from forecasts.extract.candidates import Candidate, Probability
from forecasts.extract.extractor import analyse_article, extract_forecasts, extract_from_text

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
