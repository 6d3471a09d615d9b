"""Reading articles: header files, plain text, HTML, standard input, and bad input."""

import io
from datetime import date
from pathlib import Path

import pytest

from forecasts.extract.article import MAX_ARTICLE_BYTES, ArticleError, looks_english, read_article

DATA = Path(__file__).parent.parent / "data" / "extract"


def test_header_file_body_starts_after_the_blank_line():
    article = read_article(str(DATA / "grain-corridor.txt"))
    assert (article.title, article.outlet, article.url, article.published) == (
        "Black Sea grain deal in doubt as Moscow weighs exit",
        "Harbour Wire",
        "https://example.org/news/grain-corridor",
        date(2023, 7, 10),
    )
    assert article.body.startswith("Russia is likely to pull out")
    raw = (DATA / "grain-corridor.txt").read_text(encoding="utf-8")
    assert raw.endswith(article.body)


def test_plain_text_is_all_body_and_a_byline_names_the_author():
    article = read_article(str(DATA / "kyiv-analysis.txt"))
    assert article.body == (DATA / "kyiv-analysis.txt").read_text(encoding="utf-8")
    assert (article.author, article.published, article.outlet) == ("Dana Whitfield", None, None)


def test_command_line_values_override_the_header():
    article = read_article(str(DATA / "grain-corridor.txt"), published=date(2023, 7, 11), outlet="Other")
    assert (article.published, article.outlet) == (date(2023, 7, 11), "Other")


def test_url_null_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"title: T\r\noutlet: O\r\nurl: null\r\npublished: 2020-01-04\r\n\r\nIt will rain.\r\n")
    article = read_article(str(path))
    assert (article.url, article.body) == (None, "It will rain.\n")


def test_bad_header_date_names_file_line_and_fix(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("title: T\noutlet: O\nurl: null\npublished: 2020-13-01\n\nBody.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_article(str(path))
    assert str(info.value) == f"{path}:4: published: '2020-13-01' is not a date (YYYY-MM-DD)"


def test_html_goes_through_the_main_text_extractor():
    article = read_article(str(DATA / "saved-page.html"))
    assert (article.title, article.author, article.outlet, article.url, article.published, article.kind) == (
        "Oil traders brace for OPEC+ cut",
        "Amira Haddad",
        "Harbour Wire",
        "https://example.org/markets/opec-cut",
        date(2023, 9, 28),
        "html",
    )
    assert "gtag" not in article.body and "Most read" not in article.body and "Subscribe" not in article.body
    assert "OPEC+ is scheduled to meet in Vienna on October 4" in article.body


def test_html_of_scripts_only_gives_almost_no_text():
    article = read_article(str(DATA / "scripts-only.html"))
    assert len(article.body.split()) < 10


def test_standard_input_text_and_html():
    article = read_article("-", stdin=io.BytesIO(b"It will rain tomorrow."))
    assert (article.body, article.source) == ("It will rain tomorrow.", "standard input")
    html = (DATA / "saved-page.html").read_bytes()
    assert read_article("-", stdin=io.BytesIO(html)).kind == "html"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "not a text file (it holds binary data); give a .txt or .html article",
        ),
        (bytes(range(256)) * 8, "not a text file (it holds binary data); give a .txt or .html article"),
    ],
)
def test_binary_junk_is_refused(tmp_path, content, message):
    path = tmp_path / "junk.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(str(path))
    assert str(info.value) == f"{path}: {message}"


def test_windows_1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Iran\u2019s response will come soon.".encode("cp1252"))
    article = read_article(str(path))
    assert article.body == "Iran\u2019s response will come soon."
    assert article.warnings == (f"{path}: not UTF-8; read as Windows-1252",)


def test_a_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(10_000_000)
    with pytest.raises(ArticleError) as info:
        read_article(str(path))
    assert str(info.value) == (
        f"{path}: 10.0 MB is too large for one article (the limit is {MAX_ARTICLE_BYTES / 1e6:.0f} MB); split it into articles"
    )


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(
        ArticleError, match="no such file; give a .txt or .html article, a URL, or - for standard input"
    ):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(ArticleError, match="is a folder; give one article file"):
        read_article(str(tmp_path))


def test_language_check():
    assert looks_english((DATA / "grain-corridor.txt").read_text(encoding="utf-8"))
    german = (
        "Die Regierung wird die Gespräche nächste Woche wieder aufnehmen, sagte der Sprecher am Montag in Berlin. " * 3
    )
    assert not looks_english(german)
