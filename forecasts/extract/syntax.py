"""The syntax of a sentence: part-of-speech tags and dependencies, from a trained parser.

The drafting builds its questions with patterns; a parser sees what the patterns cannot, such
as a subject that is not one phrase ("Later, the President, hold ...") or two clauses run into
one question. The parser is a spaCy pipeline (tagger and dependency parser) trained on the
Universal Dependencies English Web Treebank (UD_English-EWT, CC BY-SA 4.0) by
``scripts/train_parser.py`` and shipped in ``forecasts/data/parser``: Penn Treebank tags
(``Token.tag_``) and UD relations (``Token.dep_``). Nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARSER_PATH = Path(__file__).resolve().parent.parent / "data" / "parser"


class ParserError(Exception):
    """The parser cannot be loaded; the message names the folder and the fix."""


@cache
def load_parser(path: Path = PARSER_PATH) -> Language:
    """The shipped parser (loaded once)."""
    import spacy  # noqa: PLC0415 - spaCy takes a second to import; only drafting needs it

    try:
        return spacy.load(path)
    except (OSError, ValueError) as exc:
        raise ParserError(
            f"{path}: cannot load the parser: {exc}; the package's files are incomplete: reinstall it "
            "(pip install -e .) or rebuild the parser (python scripts/train_parser.py UD_ENGLISH_EWT_CHECKOUT)"
        ) from None


@lru_cache(maxsize=4096)
def parse(text: str) -> Doc:
    """The parsed sentence (cached: drafting reads a claim's question more than once)."""
    return load_parser()(text)
