"""Time windows: the conventions of gold.yaml, resolved against the publication date."""

from datetime import date

import pytest

from forecasts.extract.windows import find_windows, parse_calendar_date

P = date(2020, 1, 4)  # a Saturday


def window(text, published=P):
    found = find_windows(text, 0, published)
    assert len(found) == 1, found
    w = found[0]
    return (
        w.phrase,
        w.window_start.isoformat() if w.window_start else None,
        w.window_end.isoformat() if w.window_end else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("will come in the next two weeks", ("in the next two weeks", "2020-01-04", "2020-01-18")),
        ("forces out next week.", ("next week", "2020-01-04", "2020-01-11")),
        ("is due by January 6", ("by January 6", "2020-01-04", "2020-01-06")),
        # A month as the deadline allows the whole month, as the labelled corpus reads it; "before" does not.
        ("to be completed by June 2028", ("by June 2028", "2020-01-04", "2028-06-30")),
        ("training through March 2027", ("through March 2027", "2020-01-04", "2027-03-31")),
        ("done by March", ("by March", "2020-01-04", "2020-03-31")),
        ("done before June 2028", ("before June 2028", "2020-01-04", "2028-05-31")),
        ("is due on January 5 to 6.", ("January 5 to 6", "2020-01-05", "2020-01-06")),
        # The year after a day range is both days'.
        ("to Paris, France, June 24-27, 2021, where", ("June 24-27, 2021", "2021-06-24", "2021-06-27")),
        ("to Paris June 24\u201327, 2021.", ("June 24\u201327, 2021", "2021-06-24", "2021-06-27")),
        ("in Venezuela from August 13 to 27", ("from August 13 to 27", "2020-08-13", "2020-08-27")),
        ("in the coming days", ("in the coming days", "2020-01-04", "2020-01-11")),
        ("in the coming weeks", ("in the coming weeks", "2020-01-04", "2020-02-15")),
        ("in the coming months", ("in the coming months", "2020-01-04", "2020-07-02")),
        ("in the coming years", ("in the coming years", "2020-01-04", "2023-01-04")),
        ("will happen soon", ("soon", "2020-01-04", "2020-02-03")),
        ("very soon", ("very soon", "2020-01-04", "2020-02-03")),
        ("will respond promptly", ("promptly", "2020-01-04", "2020-02-03")),
        ("will begin work right away", ("right away", "2020-01-04", "2020-02-03")),
        ("an attack is imminent", ("imminent", "2020-01-04", "2020-02-03")),
        ("this year", ("this year", "2020-01-04", "2020-12-31")),
        ("later this year", ("later this year", "2020-01-04", "2020-12-31")),
        # Calendar quarters: the one of publication, from publication; the next one whole.
        ("growth this quarter", ("this quarter", "2020-01-04", "2020-03-31")),
        ("in the current quarter", ("the current quarter", "2020-01-04", "2020-03-31")),
        ("sales next quarter", ("next quarter", "2020-04-01", "2020-06-30")),
        ("sales in the coming quarter", ("the coming quarter", "2020-04-01", "2020-06-30")),
        ("in the next year", ("in the next year", "2020-01-04", "2021-01-03")),
        ("in the next couple months", ("in the next couple months", "2020-01-04", "2020-03-05")),
        ("before March 3", ("before March 3", "2020-01-04", "2020-03-02")),
        ("by the end of the year", ("by the end of the year", "2020-01-04", "2020-12-31")),
        ("by the end of March", ("by the end of March", "2020-01-04", "2020-03-31")),
        ("on Tuesday", ("on Tuesday", "2020-01-07", "2020-01-07")),
        # A weekday with its date: the year in which they agree, past ones too.
        ("met on Tuesday, December 31, in Paris", ("on Tuesday, December 31", "2019-12-31", "2019-12-31")),
        ("talks on Thursday, January 9", ("on Thursday, January 9", "2020-01-09", "2020-01-09")),
        ("on Saturday", ("on Saturday", "2020-01-04", "2020-01-04")),
        ("in 2021", ("in 2021", "2021-01-01", "2021-12-31")),
        ("in 2020", ("in 2020", "2020-01-04", "2020-12-31")),
        ("in May", ("in May", "2020-05-01", "2020-05-31")),
        ("its January 2024 election", ("January 2024", "2024-01-01", "2024-01-31")),
        ("within 30 days", ("within 30 days", "2020-01-04", "2020-02-03")),
        # Hours end on whole days, rounded up; "less than" and "just over" stay about the count.
        ("within 24 hours", ("within 24 hours", "2020-01-04", "2020-01-05")),
        ("in less than 48 hours", ("in less than 48 hours", "2020-01-04", "2020-01-06")),
        ("in just over 50 hours", ("in just over 50 hours", "2020-01-04", "2020-01-07")),
        ("in the next 72 hours", ("in the next 72 hours", "2020-01-04", "2020-01-07")),
        # 2020-01-04 is a Saturday: "this weekend" is that Saturday and Sunday, "next weekend" the one after.
        ("voting this weekend", ("this weekend", "2020-01-04", "2020-01-05")),
        ("over the weekend", ("over the weekend", "2020-01-04", "2020-01-05")),
        ("next weekend", ("next weekend", "2020-01-11", "2020-01-12")),
        ("tomorrow", ("tomorrow", "2020-01-05", "2020-01-05")),
        ("next month", ("next month", "2020-02-01", "2020-02-29")),
        ("before winter", ("before winter", "2020-01-04", "2020-11-30")),
        ("before the election in November", ("before the election in November", "2020-01-04", "2020-10-31")),
    ],
)
def test_window_conventions(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize("text", ["going forward", "for the foreseeable future", "eventually", "in the long run"])
def test_open_ended_windows_keep_the_phrase_without_dates(text):
    assert window(text) == (text, None, None)


def test_without_a_publication_date_only_years_resolve():
    assert window("in the next two weeks", published=None) == ("in the next two weeks", None, None)
    assert window("by January 6, 2021", published=None) == ("by January 6, 2021", None, "2021-01-06")


def test_may_the_modal_is_not_may_the_month():
    assert find_windows("Iran may strike, and it may happen.", 0, P) == []
    assert window("The vote is set for May 8") == ("May 8", "2020-05-08", "2020-05-08")


def test_offsets_are_body_offsets():
    text = "Iran will retaliate in the next two weeks."
    (w,) = find_windows(text, 100, P)
    assert (w.start, w.end) == (100 + text.index("in the next"), 100 + text.index("."))


def test_calendar_dates_are_read_by_dateparser():
    assert parse_calendar_date("5th of January 2021", None) == date(2021, 1, 5)
    assert parse_calendar_date("Jan. 5", P) == date(2020, 1, 5)
    assert parse_calendar_date("January 3", P) == date(2021, 1, 3)  # the next one on or after publication
    # The day of publication itself is that day, not the same day a year on.
    assert parse_calendar_date("March 28", date(2022, 3, 28)) == date(2022, 3, 28)
    assert parse_calendar_date("March 27", date(2022, 3, 28)) == date(2023, 3, 27)
    assert parse_calendar_date("December 30", date(9999, 12, 31)) is None


def test_dates_at_the_edge_of_the_calendar_do_not_crash():
    (w,) = find_windows("in the next two weeks", 0, date(9999, 12, 31))
    assert (w.window_start, w.window_end) == (None, None)


def test_a_range_written_with_an_en_dash_stays_in_the_claim():
    """The scan folds dashes to one (a clause breaks there), but not a dash between two numbers."""
    from forecasts.extract import extract_from_text

    (claim,) = extract_from_text("The minister will travel to Paris June 24\u201327, 2021.", published=P)
    assert (claim.window_phrase, claim.window_start, claim.window_end) == (
        "June 24\u201327, 2021",
        date(2021, 6, 24),
        date(2021, 6, 27),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ready to launch the service between May and July of 2023",
            ("between May and July of 2023", "2023-05-01", "2023-07-31"),
        ),
        ("on track to deliver it by May to July of 2023.", ("May to July of 2023", "2023-05-01", "2023-07-31")),
        ("the talks will run from March to June.", ("from March to June", "2020-03-01", "2020-06-30")),
        # A span over the turn of the year: the year named is its end.
        ("the heating season, December to February 2021,", ("December to February 2021", "2020-12-01", "2021-02-28")),
    ],
)
def test_a_span_of_months_is_one_window(text, expected):
    assert window(text) == expected


def test_may_and_a_month_is_no_span_without_between_from_or_a_year():
    assert [w.phrase for w in find_windows("Prices may and July figures will show it.", 0, P)] == ["July"]


def test_a_year_after_post_or_pre_qualifies_a_noun_and_is_no_window():
    assert find_windows("proposals for the post-2030 period", 0, P) == []
    assert find_windows("back to pre-2020 levels", 0, P) == []
    assert [w.phrase for w in find_windows("by mid-2030", 0, P)] == ["by mid-2030"]
