"""Spans of time drafting reads that the labelling rules' window finder leaves out (issue 16).

"pay for itself in just over six years", "over the next 2 or 3 years", "by the end of the
75-year projection period", "on 12th to the 14th" with the month named before: a six-month
default window cannot show them. Texts are made up.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.scorer import RULES_ONLY
from forecasts.extract.spans_of_time import find_spans


def only(body: str, published: date) -> dict:
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=published, url="https://x.test/a")
    (candidate,) = extract_forecasts(article, RULES_ONLY)
    return draft_scenario(candidate, article, "draft", None)


def spans(text: str, published: date) -> list[tuple[str, date | None, date | None]]:
    return [(w.phrase, w.window_start, w.window_end) for w in find_spans(text, 0, published)]


def test_a_duration_from_publication_is_the_window() -> None:
    data = only("The new bridge will pay for itself in just over six years, the council said.", date(2019, 3, 4))
    # "just over six": past the six years the text says.
    assert (data["opens"], data["deadline"]) == (date(2019, 3, 4), date(2026, 3, 4))
    assert "Window from the sentence: 'in just over six years'." in data["resolution"]["criteria"]
    ranged = only("Officials expect the fleet to be replaced over the next 2 or 3 years.", date(2019, 3, 4))
    assert ranged["deadline"] == date(2022, 3, 4)


def test_the_span_of_a_projection_is_the_window() -> None:
    data = only(
        "The trust fund will be exhausted by the end of the 75-year projection period, the actuaries said.",
        date(2019, 3, 4),
    )
    assert data["deadline"] == date(2094, 3, 4)


def test_a_day_range_takes_its_month_from_the_paragraph() -> None:
    data = only(
        "The growers' fair returns to the valley in September. Organisers expect that it will draw 40,000 "
        "visitors on 12th to the 14th.",
        date(2023, 5, 4),
    )
    assert (data["opens"], data["deadline"]) == (date(2023, 9, 12), date(2023, 9, 14))


def test_a_day_range_inside_the_year_named_is_the_window() -> None:
    data = only(
        "The congress will be held in Lyon in September 2031, on 12th to the 14th, its organisers said.",
        date(2029, 5, 4),
    )
    assert (data["opens"], data["deadline"]) == (date(2031, 9, 12), date(2031, 9, 14))


def test_counts_and_figures_are_no_day_range() -> None:
    published = date(2021, 7, 20)
    assert spans("In July prices rose from 2 to 3 per cent.", published) == []
    assert spans("In July sales grew 2 to 3 percent.", published) == []
    assert spans("The fair opens in July, on 30th to the 31st.", published) == [
        ("on 30th to the 31st", date(2021, 7, 30), date(2021, 7, 31))
    ]
    assert spans("No month here, on 3rd to the 5th.", published) == []
    assert spans("The trip will take place from August 2nd to the 5th.", published) == [
        ("from August 2nd to the 5th", date(2021, 8, 2), date(2021, 8, 5))
    ]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(min_value=1, max_value=30))
def test_a_duration_ends_after_publication_and_within_its_count_plus_one(published: date, years: int) -> None:
    (found,) = spans(f"It will be done in about {years} years.", published)
    assert found[1] == published
    assert found[2] is not None and published < found[2]
    assert found[2].year - published.year == years


def test_a_quarter_of_a_year_is_its_three_months() -> None:
    published = date(2015, 9, 9)
    assert spans("Output will fall during the fourth quarter of 2015.", published) == [
        ("the fourth quarter of 2015", date(2015, 10, 1), date(2015, 12, 31))
    ]
    assert spans("Sales should pick up in Q1 2016.", published) == [("Q1 2016", date(2016, 1, 1), date(2016, 3, 31))]
    # No year written: the next such quarter not yet over.
    assert spans("Rates will rise in the second quarter.", published) == [
        ("the second quarter", date(2016, 4, 1), date(2016, 6, 30))
    ]
    assert spans("Hiring will slow in the final quarter of the year.", published) == [
        ("the final quarter of the year", date(2015, 10, 1), date(2015, 12, 31))
    ]


def test_a_month_that_names_a_reference_level_is_not_the_window() -> None:
    # "from the August level": where the fall starts, not when; the quarter named is the window.
    data = only(
        "Analysts expect pump prices to decline from the August level to an average of $2.40 a gallon during the "
        "fourth quarter of 2015.",
        date(2015, 9, 9),
    )
    # An average over the quarter is the quarter's figure, asked as such (draft_windows.is_statistic).
    assert data["question"] == (
        "Will pump prices decline from the August level to an average of $2.40 a gallon in the fourth quarter of 2015?"
    )
    assert "Window from the article: 'the fourth quarter of 2015'." in data["resolution"]["criteria"]


def test_a_quarterly_statistic_waits_for_the_quarter_s_first_figure() -> None:
    data = only("Unemployment will be 5.1% in the third quarter of 2016, the agency said.", date(2015, 9, 9))
    assert data["question"] == "Will unemployment be 5.1% in the third quarter of 2016?"
    assert data["deadline"] == date(2016, 12, 31)
    assert data["resolution"]["criteria"].endswith(
        "Settled by the first official figure for the third quarter of 2016, published by 2016-12-31 (a quarter's "
        "first figure is assumed out within three months of its end)."
    )


def test_work_spread_over_a_number_of_years_is_asked_over_them() -> None:
    published = date(2015, 9, 9)
    assert spans("The repairs will be carried out over five years.", published) == [
        ("over five years", published, date(2020, 9, 9))
    ]
    assert spans("The scheme will be phased in across three years.", published) == [
        ("across three years", published, date(2018, 9, 9))
    ]
    # A length of time already spent, or "more than", is no span from publication.
    assert spans("He was jailed for over five years.", published) == []
    assert spans("The mine closed over five years ago.", published) == []
    assert spans("Life expectancy will rise by over two years.", published) == []
    assert spans("He faces a sentence of over five years.", published) == []


def test_a_pace_over_this_parliament_is_asked_over_its_longest_term() -> None:
    published = date(2015, 7, 8)
    assert spans("Spending will fall by 1% a year over this Parliament.", published) == [
        ("over this Parliament", published, date(2020, 7, 8))
    ]
    assert spans("The party will pass the bill during the current parliamentary term.", published) == [
        ("during the current parliamentary term", published, date(2020, 7, 8))
    ]


def test_a_decade_not_over_runs_to_its_last_day_and_a_past_one_is_no_window() -> None:
    published = date(2031, 5, 6)
    assert spans("The 2030s will be the hottest decade since the 1990s.", published) == [
        ("The 2030s", date(2031, 5, 6), date(2039, 12, 31))
    ]
    assert spans("Output will double in the 2040s.", published) == [
        ("in the 2040s", date(2040, 1, 1), date(2049, 12, 31))
    ]


@given(st.integers(min_value=195, max_value=208), st.dates(min_value=date(1950, 1, 1), max_value=date(2089, 12, 31)))
def test_a_decade_window_opens_no_earlier_than_publication_and_ends_with_the_decade(tens: int, published: date) -> None:
    found = spans(f"Demand will slow in the {tens}0s.", published)
    if tens * 10 + 9 < published.year:
        assert found == []  # over already: a reference point
    else:
        ((_, start, end),) = found
        assert start == max(published, date(tens * 10, 1, 1))
        assert end == date(tens * 10 + 9, 12, 31)


def test_a_claim_on_a_decade_is_settled_after_the_figures_for_its_last_year() -> None:
    draft = only("The bank warned that the 2030s will be the weakest decade for Ruritania's exports.", date(2031, 5, 6))
    assert draft["question"] == "Will the 2030s be the weakest decade for Ruritania's exports?"
    assert draft["deadline"] == date(2040, 6, 30)
    assert draft["resolution"]["criteria"].endswith(
        "Settled by the first official figures for the whole decade, the last of them for 2039, published by "
        "2040-06-30 (a year's first figure is assumed out within six months of its end)."
    )


def test_a_part_of_a_year_is_that_part() -> None:
    published = date(2015, 9, 9)
    late = only("Analysts expect that steel output in Ruritania will recover late in 2016.", published)
    assert late["question"].endswith("between 2016-09-01 and 2016-12-31?")
    assert "Window from the article: 'late in 2016'." in late["resolution"]["criteria"]
    half = only("The minister said the new airport in Ruritania will open in the second half of 2016.", published)
    assert (half["opens"], half["deadline"]) == (date(2016, 7, 1), date(2016, 12, 31))
    # "at the end of" the year the article is written in: from publication to the year's end.
    assert spans("The port will open at the end of 2015.", published) == [
        ("at the end of 2015", published, date(2015, 12, 31))
    ]
    assert spans("The port will open at the start of 2016.", published) == [
        ("at the start of 2016", date(2016, 1, 1), date(2016, 4, 30))
    ]
    # "by the end of 2015" is a deadline the labelling rules' finder reads; drafting adds nothing.
    assert spans("The port will open by the end of 2015.", published) == []


@given(
    st.integers(min_value=1950, max_value=2090),
    st.sampled_from(["early in", "late in", "the first half of", "the second half of", "the middle of"]),
)
def test_a_part_of_a_year_lies_inside_that_year(year: int, part: str) -> None:
    ((_, first, last),) = spans(f"Growth will resume {part} {year}.", date(1949, 1, 1))
    assert first is not None and last is not None
    assert date(year, 1, 1) <= first < last <= date(year, 12, 31)
    assert (last - first).days < 184  # a third or a half, never the whole year


def test_a_part_of_a_month_is_its_third() -> None:
    published = date(2015, 9, 9)
    assert spans("The round of talks will be held in late March.", published) == [
        ("in late March", date(2016, 3, 21), date(2016, 3, 31))
    ]
    assert spans("Rates will be cut in mid-October 2015.", published) == [
        ("in mid-October 2015", date(2015, 10, 11), date(2015, 10, 20))
    ]
    assert spans("It may rain in late May.", published) == [("in late May", date(2016, 5, 21), date(2016, 5, 31))]
    assert spans("Prices may late rise.", published) == []


def test_periods_named_as_alternatives_run_to_the_end_of_the_later() -> None:
    published = date(2015, 9, 9)
    data = only("The draft treaty will be offered to the assembly in February or March 2016.", published)
    assert (data["opens"], data["deadline"]) == (date(2016, 2, 1), date(2016, 3, 31))
    assert "Window from the article: 'in February or March 2016'." in data["resolution"]["criteria"]
    # The year written with the second is the first's too, though the first alone would fall a year later.
    early = only("The draft treaty will be offered to the assembly in August or September 2016.", published)
    assert (early["opens"], early["deadline"]) == (date(2016, 8, 1), date(2016, 9, 30))
    ranged = only(
        "We have agreed that the next round of talks will be held in late March \u2013 early April.", published
    )
    assert (ranged["opens"], ranged["deadline"]) == (date(2016, 3, 21), date(2016, 4, 10))


def test_two_counts_said_respectively_run_to_the_longer() -> None:
    data = only(
        "It is projected that in 6 and 9 years, respectively, the two pension funds of Ruritania will run out of money.",
        date(2015, 9, 9),
    )
    assert (data["opens"], data["deadline"]) == (date(2015, 9, 9), date(2024, 9, 9))


def test_the_rest_of_the_decade_ends_with_the_decade() -> None:
    published = date(2015, 7, 8)
    assert spans("Spending will stay at 2% for the rest of the decade.", published) == [
        ("for the rest of the decade", published, date(2019, 12, 31))
    ]
    assert spans("Spending will double over the next decade.", published) == [
        ("over the next decade", published, date(2025, 7, 8))
    ]


def test_the_course_or_rest_of_the_year_ends_with_the_year() -> None:
    published = date(2008, 5, 3)
    data = only("Three more training classes will take place over the course of the year.", published)
    assert (data["opens"], data["deadline"]) == (published, date(2008, 12, 31))
    assert spans("Prices will stay high for the rest of this year.", published) == [
        ("for the rest of this year", published, date(2008, 12, 31))
    ]


def test_the_end_of_the_year_is_the_deadline_not_the_default_half_year() -> None:
    published = date(2031, 4, 22)
    data = only("The ceasefire accord will lapse at the end of the year, the envoy said.", published)
    assert (data["opens"], data["deadline"]) == (published, date(2031, 12, 31))
    assert spans("The mill will shut at year-end.", published) == [("at year-end", published, date(2031, 12, 31))]
    # The year's own part is another period, not the end of the year.
    assert spans("Sales fell at the end of the year's first half.", published) == []


def test_work_spread_over_a_period_of_months_is_asked_over_it() -> None:
    published = date(2022, 4, 6)
    assert spans("The caps will be phased in over a period of three months.", published) == [
        ("over a period of three months", published, date(2022, 7, 7))
    ]
    # Three months of 30.5 days; "for a period of" is a length of time, not a span from publication.
    assert spans("The caps will stay in force for a period of three months.", published) == []


def test_a_process_spread_over_a_span_runs_from_the_start_the_text_gives() -> None:
    published = date(2021, 3, 10)
    # "over a period of four months" is how long the phase-in lasts: it ends four months after it starts.
    data = only("The new fees will be phased in over a period of four months, starting in September.", published)
    assert (data["opens"], data["deadline"]) == (date(2021, 9, 1), date(2022, 1, 1))
    assert data["resolution"]["criteria"].endswith("'over a period of four months, starting in September'.")
    assert spans("Beginning in 2023, the repairs will be carried out over five years.", published) == [
        ("Beginning in 2023, the repairs will be carried out over five years", date(2023, 1, 1), date(2028, 1, 1))
    ]
    # A month already past this year is next year's; "may" in lower case is a verb, not a start.
    assert spans("Tolls will be brought in over two months starting February.", published) == [
        ("over two months starting February", date(2022, 2, 1), date(2022, 4, 3))
    ]
    assert spans("The levy will be phased in over two months starting may be hard.", published) == [
        ("over two months", published, date(2021, 5, 10))
    ]


def test_a_process_only_possible_has_no_start_so_its_span_is_no_deadline() -> None:
    published = date(2022, 4, 6)
    assert spans("The caps could be phased in over a period of three months or modestly longer.", published) == []
    assert spans("Officials said the levy might be eased in over six months.", published) == []
    data = only("The new caps could be phased in over a period of three months, officials said.", published)
    assert data["deadline"] == date(2022, 10, 3)
    # The default half year is held, with a review item saying the span is the process's length.
    assert data["review"][1:] == [
        "deadline: the article gives no window; a default of 180 days after publication was assumed",
        "deadline: 'over a period of three months' is how long the process would last, not when it ends, and the "
        "article gives no start: set the window from its start to the start plus that span",
    ]


def test_in_after_a_verb_is_its_particle_not_a_span_from_now() -> None:
    published = date(2021, 3, 10)
    # "phased in over four months" is spread over four months, not "in more than four months".
    assert spans("The fees will be phased in over four months.", published) == [
        ("over four months", published, date(2021, 7, 10))
    ]
    assert spans("The bridge will pay for itself in over six years.", published)[0] == (
        "in over six years",
        published,
        date(2028, 3, 10),
    )


def test_a_pace_set_beside_the_last_span_is_the_pace_over_this_one() -> None:
    published = date(2015, 7, 8)
    # "the same pace as over the last Parliament": the average is over this Parliament, not one year.
    data = only(
        "The government will continue to cut borrowing by around 0.8% of GDP a year on average, the same pace "
        "as over the last Parliament.",
        published,
    )
    assert (data["opens"], data["deadline"]) == (published, date(2020, 7, 8))
    assert "in 2015-16" not in data["question"]
    assert spans("Output will grow by 2% a year, a faster pace than over the last decade.", published) == [
        ("a faster pace than over the last decade", published, date(2019, 12, 31))
    ]
    assert spans("Sales will rise 3%, the same pace as in the previous year.", published) == [
        ("the same pace as in the previous year", published, date(2015, 12, 31))
    ]
    # A pace set beside another country's is no span.
    assert spans("Output will grow at the same pace as in France.", published) == []


def test_a_weekday_written_with_its_date_names_that_date() -> None:
    # Published on a Wednesday: "on Wednesday" alone would be today; the date says three weeks on.
    data = only("The assembly will be dissolved on Wednesday 24 May, the clerk said.", date(2023, 5, 3))
    assert data["opens"] <= date(2023, 5, 24) <= data["deadline"] < date(2023, 5, 31)
    # The window holds the date; the question's event does not repeat it.
    assert "24 May" not in data["question"] and "dissolved between" in data["question"]
    assert spans("It will open on Friday, June 2nd, 2028.", date(2027, 1, 4)) == [
        ("on Friday, June 2nd, 2028", date(2028, 6, 2), date(2028, 6, 2))
    ]
    # A month before publication's month, with no year, is next year's.
    assert spans("The vote will be on Tuesday 9 January.", date(2023, 11, 20)) == [
        ("on Tuesday 9 January", date(2024, 1, 9), date(2024, 1, 9))
    ]
    assert spans("She said on Monday that 3 may go.", date(2023, 1, 2)) == []


def test_the_coming_year_is_a_year_from_publication() -> None:
    published = date(2031, 4, 7)
    assert spans("In the coming year, the ministry will open four clinics.", published) == [
        ("In the coming year", published, date(2032, 4, 7))
    ]
    assert spans("Exports will recover over the year ahead.", published) == [
        ("over the year ahead", published, date(2032, 4, 7))
    ]
    # A year's thing, not a span: "the coming year's budget".
    assert spans("The cut is in the coming year's budget.", published) == []
    data = only("In the coming year, the ministry will open four clinics in the north.", published)
    assert (data["opens"], data["deadline"]) == (published, date(2032, 4, 7))


def test_a_month_of_a_year_named_with_of_is_that_month_of_that_year() -> None:
    # "in March of 2031": the year is the month's, not the next March after publication.
    assert spans("The last ferry will leave in March of 2031.", date(2029, 6, 1)) == [
        ("March of 2031", date(2031, 3, 1), date(2031, 3, 31))
    ]
    data = only("Officials expect that 3,000 workers will be at the plant in March of 2031.", date(2029, 6, 1))
    assert (data["opens"], data["deadline"]) == (date(2031, 3, 1), date(2031, 3, 31))
