"""A draft's window follows the article, not the six-month default, and a statistic waits for its figure.

The extractor keeps the labelling rules' windows: only a time expression inside the claim's own
clause counts. A draft needs more: the period given elsewhere in the sentence ("In 2023, ...,
and X will thus join ..."), in the paragraph when the claim's subject refers back ("This
number is expected to rise ... Demand is forecast to peak in 2021"), by a scheduled event the
claim names ("the 2024 election"), and a statistic for a period is settled by its first
official figure, published after the period ends. Texts are made up, of the shapes the
hand-scored sample found (bench/draft_quality_sample.yaml).
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate
from forecasts.extract.draft_windows import release_deadline, us_election_day, with_deadline
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.scorer import RULES_ONLY


def drafts(body: str, published: date) -> dict[str, dict]:
    """Every draft of the article, keyed by the first words of its quote."""
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=published, url="https://www.gov.uk/x")
    found: dict[str, dict] = {}
    for candidate in extract_forecasts(article, RULES_ONLY):
        found[" ".join(candidate.quote.split()[:3])] = draft_scenario(candidate, article, "draft", None)
    return found


def only(body: str, published: date, start: str) -> dict:
    return drafts(body, published)[start]


def test_a_year_elsewhere_in_the_sentence_is_the_window() -> None:
    data = only(
        "In 2023, the firm will open its first plant at the port, and Ruritania will thus join the countries "
        "that build cars.",
        date(2018, 4, 3),
        "Ruritania will thus",
    )
    assert data["question"] == "Will Ruritania join the countries that build cars between 2023-01-01 and 2023-12-31?"
    assert data["deadline"] == date(2023, 12, 31)
    assert "Window from the sentence: 'In 2023'." in data["resolution"]["criteria"]
    assert not any(line.startswith("deadline: the article gives no window") for line in data["review"])


def test_a_subject_that_refers_back_takes_the_period_of_its_paragraph() -> None:
    body = (
        "In 2015 the number of trained nurses in Ruritania was about 40,000. This number is expected to rise as new "
        "hospitals open. Demand is forecast to peak in 2021 at over 60,000.\n\n"
        "The minister will visit the region, her office said."
    )
    found = drafts(body, date(2016, 3, 8))
    assert found["This number is"]["deadline"] == date(2021, 12, 31)
    assert "Window from the paragraph: 'in 2021'." in found["This number is"]["resolution"]["criteria"]
    # A subject of its own, in another paragraph, keeps the default.
    assert found["The minister will"]["deadline"] == date(2016, 9, 4)


def test_a_window_inside_an_even_if_clause_gives_way_to_the_deadline_the_claim_names() -> None:
    data = only(
        "Even if the bill was passed next week, the October 1 deadline is unlikely to be met, the senator said.",
        date(2008, 6, 27),
        "Even if the",
    )
    assert (data["opens"], data["deadline"]) == (date(2008, 6, 27), date(2008, 10, 1))


def test_a_named_election_of_a_year_is_asked_until_that_year_ends() -> None:
    body = (
        "We expect many of them will seek to interfere with the 2024 election. Foreign hackers likely will try "
        "to break into the networks of election officials."
    )
    found = drafts(body, date(2023, 9, 14))
    assert (found["Foreign hackers likely"]["opens"], found["Foreign hackers likely"]["deadline"]) == (
        date(2023, 9, 14),
        date(2024, 12, 31),
    )
    # "the 2024 election" in the claim itself is the election, not the whole calendar year 2024.
    own = found["We expect many"]
    assert (own["opens"], own["deadline"]) == (date(2023, 9, 14), date(2024, 12, 31))


def test_a_yearly_statistic_is_settled_by_its_first_figure_after_the_year() -> None:
    data = only(
        "Employment is forecast to be 31.2 million in 2015, the agency said.",
        date(2015, 7, 8),
        "Employment is forecast",
    )
    # (the subject's wording is propositions' and qualifiers' business, not the window's)
    assert data["question"].endswith(" be 31.2 million in 2015?") and "between" not in data["question"]
    assert data["deadline"] == date(2016, 6, 30)
    assert data["resolution"]["criteria"].lower().startswith("yes if, for 2015, employment")
    assert "the first official figure for 2015, published by 2016-06-30" in data["resolution"]["criteria"]


def test_a_fiscal_year_statistic_and_a_monthly_one_wait_for_their_release() -> None:
    fiscal = only(
        "Public sector net borrowing is forecast to fall to 3.7% of GDP in 2015-16, the Treasury said.",
        date(2015, 7, 8),
        "Public sector net",
    )
    assert fiscal["deadline"] == date(2016, 9, 30)
    assert fiscal["question"].endswith(" fall to 3.7% of GDP in 2015-16?") and "between" not in fiscal["question"]
    monthly = only("Inflation will be 2.1% in March, the central bank said.", date(2015, 1, 8), "Inflation will be")
    assert monthly["deadline"] == date(2015, 5, 12)
    assert "the first official figure for March" in monthly["resolution"]["criteria"]
    # A level reached BY a date is no period's figure: the deadline stays.
    by = only("Inflation will fall to 2% by March, the central bank said.", date(2015, 1, 8), "Inflation will fall")
    assert by["deadline"] == date(2015, 3, 31)


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(["year", "quarter", "month"])
)
def test_a_release_comes_after_the_period_and_within_seven_months(end: date, length: str) -> None:
    deadline = release_deadline(end, length)
    assert end < deadline <= date(end.year + 1, 12, 31)
    assert (deadline - end).days <= 7 * 31


def test_a_past_year_in_the_sentence_is_no_window() -> None:
    body = "In 2015 the plant was opened, and the firm will hire more workers."
    article = Article(body=body, source="wire.txt", published=date(2016, 3, 8))
    start = body.index("the firm")
    candidate = claim(body, body[start:], "x", None, speaker_type="author")
    candidate = Candidate(**{**candidate.__dict__, "sentence_start": 0, "sentence_end": len(body)})
    data = draft_scenario(candidate, article, "draft", None)
    assert data["deadline"] == date(2016, 9, 4)


def test_the_day_a_statement_was_made_is_not_the_window_of_what_it_forecasts() -> None:
    # "today" dates the saying, outside the claim: the talks get the default horizon, not one day.
    body = "The minister has indicated today that talks with the unions will take place."
    draft = only(body, date(2017, 4, 18), "The minister has")
    assert draft["deadline"] > date(2017, 5, 18)
    assert "the day the sentence names" not in draft["resolution"]["criteria"]
    # A day that is the forecast's own stays its window.
    own = only("The minister said the talks will take place today.", date(2017, 4, 18), "The minister said")
    assert own["deadline"] <= date(2017, 4, 21)


def test_a_deadline_a_person_set_is_kept_as_given() -> None:
    # The Extract page's correction: a window_end with no words read from the text.
    body = "The Federal Reserve will keep interest rates unchanged on March 20."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=date(2024, 3, 19))
    (candidate,) = extract_forecasts(article, RULES_ONLY)
    assert draft_scenario(candidate, article, "fed", None)["deadline"] == date(2024, 3, 22)  # room for reports
    corrected = with_deadline(candidate, date(2024, 3, 21))
    data = draft_scenario(corrected, article, "fed", None)
    assert data["deadline"] == date(2024, 3, 21)
    assert "Window from the" not in data["resolution"]["criteria"]
    assert with_deadline(candidate, candidate.window_end) is candidate


def test_in_that_year_is_the_year_named_before_it() -> None:
    # The claim points back to the fiscal year named in the sentence before it.
    data = only(
        "Net debt is forecast to peak in 2019-20. The Treasury expects that debt in that year will be lower "
        "than in the last forecast.",
        date(2016, 3, 16),
        "The Treasury expects",
    )
    assert data["opens"] == date(2019, 4, 1)
    assert data["deadline"] == date(2020, 9, 30)  # the first figure for 2019-20
    assert "Window from the paragraph: 'in 2019-20'." in data["resolution"]["criteria"]
    # Named earlier in the claim's own sentence, the same.
    same = only(
        "Net debt is forecast to peak in 2019-20, and the Treasury expects that debt in that year will be lower "
        "than in the last forecast.",
        date(2016, 3, 16),
        "the Treasury expects",
    )
    assert (same["opens"], same["deadline"]) == (date(2019, 4, 1), date(2020, 9, 30))


def test_by_then_runs_from_publication_to_the_time_named_in_the_paragraph() -> None:
    body = (
        "The new line is due to open in 2029. By then the city will have doubled its fleet of electric buses, "
        "the mayor said."
    )
    data = only(body, date(2025, 2, 3), "By then the")
    assert (data["opens"], data["deadline"]) == (date(2025, 2, 3), date(2029, 12, 31))


def test_a_year_named_for_the_same_thing_in_the_paragraph_is_the_window() -> None:
    body = (
        "The company plans a new battery plant at the port, with production to start in 2027. "
        "The plant will create 2,100 jobs, the mayor said.\n\n"
        "The council will also cut business rates."
    )
    found = drafts(body, date(2024, 3, 4))
    jobs = found["The plant will"]
    assert (jobs["opens"], jobs["deadline"]) == (date(2024, 3, 4), date(2027, 12, 31))
    assert "Window from the paragraph: 'in 2027'." in jobs["resolution"]["criteria"]
    # Another thing, in another paragraph, keeps the default.
    assert found["The council will"]["deadline"] == date(2024, 8, 31)


def test_before_then_ends_before_the_day_named_in_the_paragraph() -> None:
    body = (
        "The assembly will be dissolved on 6 June 2031. The chamber will probably adjourn its sittings before then, "
        "the clerk said."
    )
    data = only(body, date(2031, 4, 2), "The chamber will")
    assert (data["opens"], data["deadline"]) == (date(2031, 4, 2), date(2031, 6, 5))


def test_a_time_in_a_clause_about_a_past_act_is_not_the_window() -> None:
    data = only(
        "The board will continue selling its bonds, as set out in the guidance that was published in May.",
        date(2015, 9, 9),
        "The board will",
    )
    assert (data["opens"], data["deadline"]) == (date(2015, 9, 9), date(2016, 3, 7))
    assert (
        "deadline: the article gives no window; a default of 180 days after publication was assumed" in data["review"]
    )
    assert "Window from" not in data["resolution"]["criteria"]
    # A clause that looks ahead keeps its time, though a past verb stands before it.
    ahead = only("The vote that was postponed will be held in May, officials said.", date(2015, 9, 9), "The vote that")
    assert (ahead["opens"], ahead["deadline"]) == (date(2016, 5, 1), date(2016, 5, 31))


def test_the_window_of_a_second_complement_is_not_the_first_one_s() -> None:
    data = only(
        "The government will ensure that Ruritania spends 2% of GDP a year on roads for the rest of the decade, "
        "and that spending on schools increases by 5 billion by 2020.",
        date(2015, 9, 9),
        "The government will",
    )
    assert (data["opens"], data["deadline"]) == (date(2015, 9, 9), date(2019, 12, 31))
    assert "Window from the article: 'for the rest of the decade'." in data["resolution"]["criteria"]


def test_ahead_of_an_event_in_a_year_is_asked_from_publication_until_that_year_ends() -> None:
    data = only(
        "Ruritania's president will visit Paris ahead of the French election in 2017.",
        date(2015, 9, 9),
        "Ruritania's president will",
    )
    assert (data["opens"], data["deadline"]) == (date(2015, 9, 9), date(2017, 12, 31))
    # Without "ahead of", the year is the period asked over.
    during = only("Ruritania's president will visit Paris in 2017.", date(2015, 9, 9), "Ruritania's president will")
    assert (during["opens"], during["deadline"]) == (date(2017, 1, 1), date(2017, 12, 31))


def test_ahead_of_a_us_federal_election_in_a_year_ends_on_its_election_day() -> None:
    data = only(
        "Ahead of the U.S. election in 2028, Ruritania will try to sway American voters online.",
        date(2027, 3, 1),
        "Ahead of the",
    )
    assert (data["opens"], data["deadline"]) == (date(2027, 3, 1), date(2028, 11, 7))
    midterms = only(
        "Freedonia will court both parties ahead of the US midterm elections in 2026.",
        date(2026, 2, 2),
        "Freedonia will court",
    )
    assert midterms["deadline"] == date(2026, 11, 3)
    # An election of another country keeps the year's end: its day is not computable from the year.
    other = only(
        "Ruritania will try to sway voters online ahead of the French presidential election in 2028.",
        date(2027, 3, 1),
        "Ruritania will try",
    )
    assert other["deadline"] == date(2028, 12, 31)


@given(st.integers(min_value=1900, max_value=2200))
def test_a_us_election_day_is_the_tuesday_after_the_first_monday_of_november(year: int) -> None:
    day = us_election_day(year)
    if year % 2:
        assert day is None
        return
    assert day is not None
    assert (day.month, day.weekday()) == (11, 1)
    assert 2 <= day.day <= 8


def test_a_price_said_to_average_a_figure_in_a_year_is_that_whole_year_s_average_settled_after_it() -> None:
    data = only(
        "The agency forecasts that Brent crude oil prices will average $61/b in 2031.",
        date(2031, 5, 4),
        "The agency forecasts",
    )
    assert data["question"] == "Will Brent crude oil prices average $61/b in 2031?"
    # Worked out from prices published day by day, the year's average is out within a month of its end.
    assert (data["opens"], data["deadline"]) == (date(2031, 5, 4), date(2032, 1, 31))
    criteria = data["resolution"]["criteria"]
    assert criteria.startswith("Yes if the average of Brent crude oil prices in 2031 is $61/b (a published")
    assert criteria.endswith("Settled by the average for 2031 once its prices are out, by 2032-01-31.")
    # A price said to reach a level in the year is any day's price, asked over the rest of the year.
    reached = only("Brent crude oil prices will rise to $61/b in 2031.", date(2031, 5, 4), "Brent crude oil")
    assert (reached["opens"], reached["deadline"]) == (date(2031, 5, 4), date(2031, 12, 31))


def test_the_day_a_level_was_reached_in_a_past_clause_is_the_baseline_s_not_the_window() -> None:
    published = date(2031, 3, 4)  # a Tuesday: "on Sunday" read forward would be 2031-03-09
    said = "The motoring group warned the dispute would push up diesel prices further"
    dated = only(f"{said}, after they hit a record 171.3p a litre on Sunday.", published, "The motoring group")
    undated = only(f"{said}, after they hit a record 171.3p a litre.", published, "The motoring group")
    assert (dated["opens"], dated["deadline"]) == (published, date(2031, 8, 31))
    assert (undated["opens"], undated["deadline"]) == (published, date(2031, 8, 31))
    assert "on Sunday" not in dated["resolution"]["criteria"]
    # A level still to be reached is the claim's own, and its day the window.
    ahead = only("Diesel prices will hit a record 171.3p a litre on Sunday.", published, "Diesel prices will")
    assert ahead["opens"] == date(2031, 3, 9)


def test_the_span_the_next_sentence_gives_the_whole_is_the_part_s_window() -> None:
    published = date(2015, 9, 9)
    found = drafts(
        "The largest is a road that will link Ruritania and Freedonia across the mountains. These are projects "
        "that will be carried out over five years, the minister said.",
        published,
    )
    road = found["The largest is"]
    assert (road["opens"], road["deadline"]) == (published, date(2020, 9, 9))
    assert "Window from the paragraph: 'over five years'." in road["resolution"]["criteria"]
    jobs = only(
        "We will create 9,000 jobs in the north. According to our estimates, this will add 0.2 percent to GDP "
        "annually over the next 10 years.",
        published,
        "We will create",
    )
    assert jobs["deadline"] == date(2025, 9, 6)
    # A next sentence about something else gives nothing: the default, marked for review.
    other = only(
        "We will create 9,000 jobs in the north. Wages in the capital will rise over the next 10 years.",
        published,
        "We will create",
    )
    assert other["deadline"] == date(2016, 3, 7)
    assert (
        "deadline: the article gives no window; a default of 180 days after publication was assumed" in other["review"]
    )


def test_a_time_in_a_later_clause_with_its_own_verb_is_that_clause_s() -> None:
    published = date(2015, 9, 9)
    found = drafts(
        "The first plant will be small, and next year we will probably decide on two more plants.", published
    )
    first = found["The first plant"]
    assert first["deadline"] == date(2016, 3, 7)
    assert (
        "deadline: the article gives no window; a default of 180 days after publication was assumed" in first["review"]
    )
    # A time set before the claim scopes over the sentence; one in a phrase without a verb is the claim's.
    fronted = only(
        "In 2023, we will commission the reactor, and Ruritania will thus join the countries that build cars.",
        published,
        "Ruritania will thus",
    )
    assert (fronted["opens"], fronted["deadline"]) == (date(2023, 1, 1), date(2023, 12, 31))
    reaching = only("Steel prices will rise, reaching a peak by 2017.", published, "Steel prices will")
    assert reaching["deadline"] == date(2017, 12, 31)


def test_what_a_project_yields_is_asked_until_the_year_it_starts_operating() -> None:
    published = date(2019, 11, 18)
    found = drafts(
        "The annual production capacity will be 90 tonnes. The project will create 4,000 jobs, the governor said."
        "\n\nIn all, the investment is large. Production will be launched in 2024.",
        published,
    )
    for start in ("The annual production", "The project will"):
        assert (found[start]["opens"], found[start]["deadline"]) == (published, date(2024, 12, 31))
        assert "Window from the article: 'in 2024'." in found[start]["resolution"]["criteria"]
    # Two dated starts leave the choice to a person: the default, marked for review.
    two = drafts(
        "The project will create 4,000 jobs, the governor said.\n\nProduction will be launched in 2024. "
        "Production at the second mine will start in 2026.",
        published,
    )["The project will"]
    assert two["deadline"] == date(2020, 5, 16)
    assert "deadline: the article gives no window; a default of 180 days after publication was assumed" in two["review"]


def test_before_then_at_a_paragraph_s_start_points_to_the_paragraph_before() -> None:
    data = only(
        "The Prime Minister has announced a June election. This means that the assembly will be dissolved on "
        "Wednesday 3 May.\n\nThe assembly may adjourn before then. Its speaker is expected to say more.",
        date(2017, 4, 18),
        "The assembly may",
    )
    assert (data["opens"], data["deadline"]) == (date(2017, 4, 18), date(2017, 5, 2))


def test_the_date_that_glosses_the_day_of_a_statement_is_no_window() -> None:
    data = only(
        "The Leader of the House has indicated today (18 April) that talks on the budget will follow.",
        date(2017, 4, 18),
        "The Leader of",
    )
    assert (data["opens"], data["deadline"]) == (date(2017, 4, 18), date(2017, 10, 15))
    assert (
        "deadline: the article gives no window; a default of 180 days after publication was assumed" in data["review"]
    )
    assert "18 April" not in data["resolution"]["criteria"]


def test_a_later_sentence_naming_the_claim_s_act_as_a_noun_gives_its_time() -> None:
    published = date(2005, 1, 4)
    data = only(
        "Officials close to the president have reported that the government will propose changing the pension "
        "formula, according to a newspaper.\n\nThe government's proposal, which will be offered to the assembly "
        "in February or March 2005, is part of a wider reform.",
        published,
        "Officials close to",
    )
    assert (data["opens"], data["deadline"]) == (published, date(2005, 3, 31))
    assert "Window from the article: 'in February or March 2005'." in data["resolution"]["criteria"]
    # A later sentence about something else names no time of the claim's.
    other = only(
        "The minister will visit Ruritania, her office said.\n\nThe weather is expected to be fine in the second "
        "half of 2005.",
        published,
        "The minister will",
    )
    assert other["deadline"] == date(2005, 7, 3)


def test_the_time_of_a_purpose_opening_the_sentence_is_a_deadline_for_the_means() -> None:
    published = date(2018, 7, 8)
    # What is done to reach a goal at a time is done by then, not during that year alone.
    data = only(
        "To balance the books in 2021 the government will cut around $12 billion of spending, the minister said.",
        published,
        "To balance the",
    )
    assert (data["opens"], data["deadline"]) == (published, date(2021, 12, 31))
    assert data["question"] == (
        "Will the UK government cut around $12 billion of spending between 2018-07-08 and 2021-12-31?"
    )
    after = only(
        "Sales fell. In order to win the vote in 2021, the party will recruit 5,000 new members, its leader said.",
        published,
        "In order to",
    )
    assert (after["opens"], after["deadline"]) == (published, date(2021, 12, 31))
    # The year of the claim's own act, or a purpose after it, is the period asked over.
    own = only(
        "The party will recruit 5,000 new members in 2021 to win the vote, its leader said.",
        published,
        "The party will",
    )
    assert (own["opens"], own["deadline"]) == (date(2021, 1, 1), date(2021, 12, 31))


def test_the_time_of_a_purpose_after_the_main_clause_is_a_deadline_for_the_means() -> None:
    published = date(2018, 7, 8)
    # The goal's figure and year are the purpose's; what is bought for it is bought by then.
    data = only(
        "We plan to buy nearly 300 buses in order to bring the share of electric vehicles in the fleet "
        "up to 60 percent by 2024, the mayor said.",
        published,
        "We plan to",
    )
    assert (data["opens"], data["deadline"]) == (published, date(2024, 12, 31))
    plain = only(
        "The city will hire 400 teachers so as to open the new schools in 2022, the mayor said.",
        published,
        "The city will",
    )
    assert (plain["opens"], plain["deadline"]) == (published, date(2022, 12, 31))


def test_a_figure_followed_by_another_figures_period_keeps_its_own_period() -> None:
    # "peak at X in A, before falling to Y in B": the question keeps X, so its period is A, not B,
    # even where A is past and the extractor took B (the draft is then held back as past).
    data = only(
        "Unemployment in Ostland is forecast to peak at 7.1% in 2024, before falling to 5.2% in 2029.",
        date(2026, 3, 4),
        "Unemployment in Ostland",
    )
    assert data["question"] == "Will unemployment in Ostland peak at 7.1% in 2024?"


def test_a_share_of_gdp_spent_a_year_over_several_years_is_settled_by_each_years_figure() -> None:
    data = only(
        "The government will ensure that Ostland spends 2.5% of GDP a year on defence for the rest of the decade.",
        date(2026, 3, 4),
        "The government will",
    )
    assert data["question"].endswith("in each year from 2026 to 2029?")
    assert data["deadline"] == date(2030, 6, 30)
    criteria = data["resolution"]["criteria"]
    assert "NATO's yearly figures" in criteria
    assert "the level: 2.5% or more in each year's figure, not on average over the years" in criteria


def test_a_statistic_put_at_a_level_by_a_year_is_that_years_figure() -> None:
    data = only(
        "The fiscal council expects that borrowing will fall to 1.2% of GDP by 2028-29.",
        date(2026, 3, 4),
        "The fiscal council",
    )
    assert data["question"] == "Will borrowing in the UK fall to 1.2% of GDP in 2028-29?"
    assert data["deadline"] == date(2029, 9, 30)
    assert "Settled by the first official figure for 2028-29, published by 2029-09-30" in data["resolution"]["criteria"]


def test_next_week_is_the_calendar_week_after_publication_s() -> None:
    # Published on a Wednesday: next week runs to the Sunday eleven days on, not to next Wednesday.
    data = only(
        "The ministry will open the new border crossing next week, officials said.",
        date(2031, 5, 7),
        "The ministry will",
    )
    assert data["question"].endswith(" between 2031-05-07 and 2031-05-18?")
    assert data["deadline"] == date(2031, 5, 18)
    # Published on a Sunday: the week that starts the next day.
    data = only(
        "The ministry will open the new border crossing next week, officials said.",
        date(2031, 5, 11),
        "The ministry will",
    )
    assert data["deadline"] == date(2031, 5, 18)


def test_next_week_said_in_the_paragraph_is_the_calendar_week_too() -> None:
    body = (
        "The agency is working to move some 400 families out of the flooded valley starting next week. They will be "
        "housed in the capital's schools, the agency said."
    )
    data = only(body, date(2031, 5, 7), "They will be")
    assert data["deadline"] == date(2031, 5, 18)
    assert "Window from the paragraph: 'next week'." in data["resolution"]["criteria"]


SESSION_SPEECH = (
    "My Lords and Members of the House of Commons.\n\n"
    "My government will legislate to reform the water companies of the realm.\n\n"
    "A Bill will be introduced to create a new coastal rescue service.\n\n"
    "The Harbour Trust will be placed on a permanent statutory footing.\n\n"
    "Other measures will be laid before you."
)


def test_an_act_promised_in_a_session_s_opening_speech_is_asked_to_the_session_s_end() -> None:
    found = drafts(SESSION_SPEECH, date(2031, 6, 4))
    assert found["My government will"]["deadline"] == date(2032, 6, 3)
    assert found["The Harbour Trust"]["deadline"] == date(2032, 6, 3)
    assert (
        "Window from the article: 'the session the speech opens'."
        in found["My government will"]["resolution"]["criteria"]
    )
    # A bill's introduction is checked within the default half year.
    assert found["A Bill will"]["deadline"] == date(2031, 12, 1)


def test_a_promise_to_legislate_outside_a_session_s_opening_speech_keeps_the_default() -> None:
    body = "The party will legislate to reform the water companies, its leader said at the rally."
    assert only(body, date(2031, 6, 4), "The party will")["deadline"] == date(2031, 12, 1)


def test_a_claim_that_builds_is_asked_until_the_completion_the_article_schedules() -> None:
    published = date(2030, 2, 4)
    body = (
        "The ministry has awarded a contract for the Ardan port project. The project will build a new "
        "container terminal at the harbour, officials said.\n\n"
        "The work at Ardan is scheduled for completion by June 30, 2031."
    )
    data = only(body, published, "The project will")
    assert (data["opens"], data["deadline"]) == (published, date(2031, 6, 30))
    # Two completions scheduled: which one is the claim's cannot be told, so the default holds.
    two = body + " The second phase will be completed in 2033."
    assert only(two, published, "The project will")["deadline"] < date(2031, 1, 1)
    # A claim that builds nothing keeps its own window.
    other = body.replace("The project will build a new container terminal", "The project will hire local staff")
    assert only(other, published, "The project will")["deadline"] < date(2031, 1, 1)


def test_a_year_before_the_window_is_a_time_not_a_figure_it_dates() -> None:
    # "since 1972" is no level the claim starts from: "by 2028" is the mission's window.
    body = "Artemis IV is to be the first crewed landing on the Moon since 1972 and is planned to occur by 2028."
    draft = only(body, date(2026, 4, 13), "Artemis IV is")
    assert draft["deadline"] == date(2028, 12, 31)


def test_a_time_the_previous_sentence_opens_with_is_the_window_of_the_next_about_the_same_thing() -> None:
    body = (
        "Next week at the United Nations in New York, the President will chair a meeting of the U.N. Security "
        "Council. The Council will hold a special summit on nuclear nonproliferation.\n\n"
        "Next week, the village chief took a straw poll in Taches. The ruling party will win the vote in Taches, "
        "the chief said."
    )
    found = drafts(body, date(2009, 9, 14))
    summit = found["The Council will"]
    # "Next week": the calendar week after publication's, to its Sunday.
    assert summit["deadline"] == date(2009, 9, 27)
    assert "Window from the paragraph: 'Next week'." in summit["resolution"]["criteria"]
    # A time that dates a past act ("took a straw poll") is not the next sentence's.
    assert "Window from the paragraph" not in found["The ruling party"]["resolution"]["criteria"]


def test_an_opening_time_is_not_taken_by_a_sentence_about_something_else() -> None:
    body = "Next week the minister will open the new bridge. Ruritania will raise its tariffs on steel imports."
    found = drafts(body, date(2009, 9, 14))
    assert found["Ruritania will raise"]["deadline"] != date(2009, 9, 27)


def test_a_trip_told_in_the_past_dates_no_meeting_to_come() -> None:
    # "during your visit on July 3-4 we had talks", read in September: last July's visit, not next year's.
    data = only(
        "On the sidelines of the summit, President Varga will also meet with Prime Minister Ames.\n\n"
        "I would like to note that during your visit to Ostland on July 3-4 we had very substantial talks.",
        date(2017, 9, 3),
        "On the sidelines",
    )
    assert "July" not in data["resolution"]["criteria"]
    assert data["opens"] == date(2017, 9, 3)


def test_a_figures_month_just_over_is_that_month_not_next_years() -> None:
    # Said in mid-January: December's figure, due in February, not next December's.
    data = only(
        "Governor Ames said core PCE inflation in December will remain close to 2 percent.",
        date(2024, 1, 16),
        "Governor Ames said",
    )
    assert "December 2023" in data["question"], data["question"]
    # Said in June, "December" is still to come.
    data = only(
        "Governor Ames said core PCE inflation in December will remain close to 2 percent.",
        date(2024, 6, 16),
        "Governor Ames said",
    )
    assert "December 2024" in data["question"], data["question"]


def test_a_date_before_a_past_verb_of_saying_dates_the_saying_not_the_forecast() -> None:
    published = date(2026, 10, 7)
    body = (
        "The war goes on. On October 4, Ostland's parliamentary speaker, Ivo Marek, said the strait "
        "will not reopen fully until Varnia meets its demands."
    )
    claim_body = body[body.index("On October 4") :]
    made = claim(
        body,
        claim_body,
        "Ivo Marek",
        "parliamentary speaker",
        window=("On October 4", date(2027, 10, 4), date(2027, 10, 4)),
    )
    article = Article(body=body, source="story.txt", outlet="Test Wire", published=published)
    draft = draft_scenario(made, article, "strait", None)
    assert draft["question"].endswith("between 2026-10-07 and 2027-04-05?")
    # A time after the verb of saying still dates the forecast.
    body = "The minister said the bridge will open on Monday."
    made = claim(body, body, "The minister", None, window=("on Monday", date(2026, 10, 12), date(2026, 10, 12)))
    article = Article(body=body, source="story.txt", outlet="Test Wire", published=published)
    assert draft_scenario(made, article, "bridge", None)["question"].endswith("between 2026-10-12 and 2026-10-14?")
