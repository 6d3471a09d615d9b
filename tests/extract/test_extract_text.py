"""Sentences, quotation spans and the scan text, with exact offsets."""

from forecasts.extract.sentences import quoted_spans, scan_text, split_paragraphs, split_sentences


def texts(body):
    return [s.text for s in split_sentences(body)]


def test_sentences_keep_abbreviations_initials_and_ellipses_together():
    body = (
        "Gen. Smith met U.S. officials under George W. Bush. Prices rose 3.5% on Jan. 5 in Washington.\n"
        "We are about to enter an election. . . . I worry less about war."
    )
    assert texts(body) == [
        "Gen. Smith met U.S. officials under George W. Bush.",
        "Prices rose 3.5% on Jan. 5 in Washington.",
        "We are about to enter an election.",
        "I worry less about war.",
    ]


def test_sentences_end_after_closing_quotes_and_markup():
    body = "\u201cIt will rain.\u201d He said so. __Venezuela.__ Russia will drill."
    assert texts(body) == ["\u201cIt will rain.\u201d", "He said so.", "__Venezuela.__", "Russia will drill."]


def test_offsets_point_into_the_body():
    body = "Title line\n\n  First one. Second one!\nThird"
    for s in split_sentences(body):
        assert body[s.start : s.end] == s.text
    assert [s.paragraph for s in split_sentences(body)] == [0, 1, 1, 2]


def test_quoted_spans_handle_curly_straight_and_unopened_quotes():
    body = 'rest of a quote.\u201d Then \u201cone\u201d and "two" and \u201cunclosed'
    (paragraph,) = split_paragraphs(body)
    assert [body[s.start : s.end] for s in quoted_spans(body, paragraph)] == [
        "rest of a quote.",
        "one",
        "two",
        "unclosed",
    ]


def test_scan_text_folds_typography_without_moving_offsets():
    body = "Iran\u2019s \u201cresponse\u201d [will] come \u2013 soon\u00a0now"
    scan = scan_text(body)
    assert scan == 'Iran\'s "response"  will  come \u2014 soon now'
    assert len(scan) == len(body)
