"""A price or rate is judged on the source that publishes that kind of quantity, and a change on its
level when the window opens.

Texts are made up, of the shapes the hand-scored sample found judged on "the ICE Brent
front-month settlement": a policy rate's rise in basis points, pump prices pushed up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.drafts import draft_scenario
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import Proposition, _moved_quantity, criteria_text, propose
from forecasts.extract.quantities import (
    DEFENCE_SPENDING,
    MARKET_PRICE,
    PUMP_PRICE,
    SET_RATE,
    STATISTIC,
    WTI_PRICE,
    find_joined_targets,
    level_text,
    measured_event,
    price_criteria,
    quantity_of,
)

OPENS, DEADLINE = date(2023, 2, 1), date(2023, 12, 31)


def test_a_policy_rate_is_the_central_banks_announced_target_and_a_change_counts_from_the_start() -> None:
    rate = Proposition("the bank rate", "rise", "rise by about 75 basis points", False, "price_level", None)
    assert criteria_text(rate, OPENS, DEADLINE) == (
        "Yes if, between 2023-02-01 and 2023-12-31, the bank rate rises by about 75 basis points, as shown by the "
        "policy rate the central bank announces after its rate-setting meetings; the change is counted from the "
        "rate in force on 2023-02-01: about 75 basis points (a figure from 71.25 basis points up to 78.75 basis "
        "points counts). Market expectations, futures prices and forecasts of "
        "the rate do not count."
    )


def test_pump_prices_are_the_official_weekly_statistic_and_oil_is_brent() -> None:
    body = "The motoring group warned the strike would push up diesel prices further."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(body, "the strike would push up diesel prices further", "motoring group", None), article)
    assert p.event_kind == "price_level"
    assert criteria_text(p, OPENS, DEADLINE) == (
        "Yes if, between 2023-02-01 and 2023-12-31, diesel prices rise further, as shown by the "
        "official weekly average pump price (in the UK the government's weekly road fuel prices, in the US the "
        "EIA's weekly retail prices); compared with the price in the week of 2023-02-01. Prices at single "
        "stations and forecasts of the price do not count."
    )
    oil = Proposition("oil prices", "reach", "reach $120 a barrel", False, "price_level", "$120 a barrel")
    assert criteria_text(oil, OPENS, DEADLINE) == (
        "Yes if, between 2023-02-01 and 2023-12-31, oil prices reach $120 a barrel, as shown by the daily "
        "settlement of the ICE Brent front-month futures contract; the level: $120 a barrel or more. Intraday spikes and "
        "forecasts of the level do not count."
    )


def test_a_statistic_is_the_national_statistics_offices_first_release() -> None:
    cpi = Proposition("inflation", "fall", "fall to 2.5%", False, "price_level", None)
    assert criteria_text(cpi, OPENS, DEADLINE) == (
        "Yes if, between 2023-02-01 and 2023-12-31, inflation falls to 2.5%, as first published for that period "
        "by the national statistics office (or the institution that compiles the figure); the level: 2.5% or less. "
        "Forecasts, projections and estimates by others do not count; a later revision counts only if published "
        "before the deadline."
    )


def test_the_quantity_is_what_the_subject_names_or_else_what_the_verb_moves() -> None:
    assert quantity_of("crude oil production", "fall by 5%") is STATISTIC
    assert quantity_of("WTI crude prices", "average $70") is WTI_PRICE
    assert quantity_of("the weaker pound", "push inflation to 3.1%") is STATISTIC
    assert quantity_of("the main rate of VAT", "increase from 20% to 22%") is SET_RATE
    assert quantity_of("gold", "hit $2,500 an ounce") is MARKET_PRICE


def test_a_level_after_to_or_an_average_of_is_a_level_not_a_change() -> None:
    assert level_text(SET_RATE, "increase from 20% to 22%", "2023-02-01") == "; the level: 22% or more"
    assert (
        level_text(PUMP_PRICE, "decline to an average of $3.10/gal", "2023-02-01") == "; the level: $3.10/gal or less"
    )
    assert level_text(STATISTIC, "grow faster than the economy", "2023-02-01") == (
        "; compared with the economy over the same period"
    )
    assert level_text(STATISTIC, "rise", "2023-02-01") == (
        "; compared with the level last published before 2023-02-01 (the figure for the latest period then)"
    )
    assert level_text(MARKET_PRICE, "rise", "2023-02-01") == "; compared with the level on 2023-02-01"


def test_the_level_says_which_side_of_it_counts() -> None:
    assert level_text(STATISTIC, "fall to 3.8%", "2031-02-01") == "; the level: 3.8% or less"
    assert level_text(STATISTIC, "edge up to 2.3%", "2031-02-01") == "; the level: 2.3% or more"
    # "edge", "move", "tick" say no direction alone: the particle does.
    assert level_text(STATISTIC, "edge down to 2.6%", "2031-02-01") == "; the level: 2.6% or less"
    assert level_text(STATISTIC, "tick lower to 4.1%", "2031-02-01") == "; the level: 4.1% or less"
    assert level_text(MARKET_PRICE, "climb above $100", "2031-02-01") == "; the level: above $100"
    assert level_text(STATISTIC, "stay below 2%", "2031-02-01") == "; the level: below 2%"
    assert level_text(STATISTIC, "be about $7 billion", "2031-02-01") == (
        "; the level: about $7 billion (a figure from $6.65 billion up to $7.35 billion counts)"
    )


def test_a_statistic_said_to_be_at_a_figure_is_met_by_what_rounds_to_it() -> None:
    assert level_text(STATISTIC, "hold steady at 2.4%", "2031-02-01") == (
        "; the level: 2.4% (a published 2.35% up to 2.45% rounds to it)"
    )
    assert level_text(STATISTIC, "be 31.2 million", "2031-02-01") == (
        "; the level: 31.2 million (a published 31.15 million up to 31.25 million rounds to it)"
    )
    # A rate set by law is what it is: no rounding.
    assert level_text(SET_RATE, "be £1 million", "2031-02-01") == "; the level: £1 million"


def test_a_cause_moving_a_price_is_asked_as_the_price_moving() -> None:
    body = "Analysts said the drought would send grain prices sharply higher towards the milestone of $9 a bushel."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=OPENS)
    quote = "the drought would send grain prices sharply higher towards the milestone of $9 a bushel"
    p = propose(claim(body, quote, "Analysts", None), article)
    assert (p.subject, p.phrase) == ("grain prices", "rise to $9 a bushel")
    body = "The minister said the new levy would bring energy bills down to 2019 levels."
    p = propose(claim(body, "the new levy would bring energy bills down to 2019 levels", "minister", None), article)
    assert (p.subject, p.phrase) == ("energy bills", "fall to 2019 levels")
    # With no direction and no level there is nothing to ask about the price alone.
    body = "The strike will drive costs at the port."
    p = propose(claim(body, "The strike will drive costs at the port", "minister", None), article)
    assert p.subject == "the strike"


def test_a_cause_of_a_rise_in_a_statistic_is_asked_as_the_statistic_moving_in_the_publishers_country() -> None:
    """ "Duties will cause at least a temporary rise in unemployment": the cause has no measure; a
    stranger checks the statistic, in the country a national body publishing about its own economy means."""
    body = (
        "The central bank chair spoke on the economy. Higher import duties are likely to cause at least a "
        "temporary rise in unemployment, she said."
    )
    article = Article(
        body=body, source="talk.txt", outlet="Test", url="https://www.centralbank.gov/talk", published=OPENS
    )
    quote = "Higher import duties are likely to cause at least a temporary rise in unemployment"
    p = propose(claim(body, quote, "she", None), article)
    assert (p.subject, p.phrase, p.event_kind) == ("unemployment in the US", "rise", "price_level")
    assert criteria_text(p, OPENS, DEADLINE) == (
        "Yes if, between 2023-02-01 and 2023-12-31, unemployment in the US rises, as first published for that "
        "period by the national statistics office (or the institution that compiles the figure); compared with "
        "the level last published before 2023-02-01 (the figure for the latest period then). Forecasts, "
        "projections and estimates by others do not count; a later revision counts only if published before the "
        "deadline."
    )
    # The noun names the direction; a place after the measure stays with it.
    body = "Analysts said the drought would trigger a sharp fall in exports in Ruritania."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=OPENS)
    p = propose(
        claim(body, "the drought would trigger a sharp fall in exports in Ruritania", "Analysts", None), article
    )
    assert (p.subject, p.phrase) == ("exports in Ruritania", "fall")
    # A time after the measure is the move's window, not a place of the measure.
    assert _moved_quantity("spark a jump in grain prices in the coming months") == (
        "grain prices",
        "rise in the coming months",
    )
    # Someone's own figure ("its costs") is the subject's, which the question would lose.
    body = "The strike will cause a rise in its costs."
    p = propose(claim(body, "The strike will cause a rise in its costs", "minister", None), article)
    assert p.subject == "the strike"


# A price forecast for a period as a whole ("average $71/b in 2027", "range from $41/b to $83/b"):
# the period's average counts, as the published average settles it, not a day's price or "outlets".
def test_a_price_said_to_range_between_two_figures_is_judged_on_its_average_over_the_window() -> None:
    spread = Proposition("WTI crude oil prices", "range", "range from $41/b to $83/b", False, "price_level", None)
    assert criteria_text(spread, OPENS, DEADLINE) == (
        "Yes if the average of WTI crude oil prices from 2023-02-01 to 2023-12-31 is between $41/b and $83/b (both "
        "included), as measured by the EIA's published average of daily WTI (Cushing, Oklahoma) spot prices for the "
        "period (its monthly and annual averages); for a period it has not averaged, the mean of the daily "
        "settlements of the NYMEX WTI front-month futures contract over it. A single day's or week's price outside "
        "it does not count, nor do forecasts of the average."
    )


def test_a_price_said_to_average_a_figure_is_met_by_an_average_that_rounds_to_it() -> None:
    average = Proposition("the price of copper", "average", "average $9,400 a tonne", False, "price_level", None)
    assert criteria_text(average, OPENS, DEADLINE) == (
        "Yes if the average of the price of copper from 2023-02-01 to 2023-12-31 is $9,400 a tonne (a published "
        "$9,399.5 a tonne up to $9,400.5 a tonne rounds to it), as measured by the mean of the daily closing values "
        "over the period on the exchange or market that quotes it. A single day's or week's price outside it does "
        "not count, nor do forecasts of the average."
    )


def test_a_price_said_to_move_to_an_average_is_judged_on_the_average_with_the_verbs_side() -> None:
    moved = Proposition(
        "retail diesel prices in Ostland",
        "decline",
        "decline from the March level to an average of $3.40/gal",
        False,
        "price_level",
        None,
    )
    assert criteria_text(moved, OPENS, DEADLINE) == (
        "Yes if the average of retail diesel prices in Ostland from 2023-02-01 to 2023-12-31 is $3.40/gal or less, "
        "as measured by the mean of the official weekly average pump prices over the period (in the UK the "
        "government's weekly road fuel prices, in the US the EIA's weekly retail prices). A single day's or week's "
        "price outside it does not count, nor do forecasts of the average."
    )


def drafted(body: str, published: date = date(2026, 3, 4)) -> tuple[str | None, dict[str, Any]]:
    """The window phrase of the one claim of a made-up news report, and its drafted scenario."""
    article = Article(body=body, source="<text>", published=published, outlet="Daily Ledger")
    (candidate,) = extract_forecasts(article)
    return candidate.window_phrase, draft_scenario(candidate, article, "drafted", None)


def drafted_criteria(body: str, published: date = date(2026, 3, 4)) -> str:
    """The criteria drafted for the one claim of a made-up news report."""
    return drafted(body, published)[1]["resolution"]["criteria"]  # type: ignore[no-any-return]


def test_a_range_forecast_in_an_article_is_drafted_as_a_price_on_its_average() -> None:
    criteria = drafted_criteria(
        "The agency expects Ruritanian gas prices to range from $2.10 to $3.40 per MMBtu in 2027."
    )
    assert criteria.startswith(
        "Yes if the average of Ruritanian gas prices in 2027 is between $2.10 and $3.40 per MMBtu (both included), "
        "as measured by the mean of the daily closing values"
    )
    assert "two major outlets" not in criteria


@pytest.mark.parametrize(
    ("quote", "level"),
    [
        ("Brent crude could go above $130 a barrel, a trader said.", "above $130 a barrel"),
        ("Brent crude will top $130 a barrel, a trader said.", "above $130 a barrel"),
        ("Brent crude will break $130 a barrel, a trader said.", "above $130 a barrel"),
        ("Brent crude will exceed $130 a barrel, a trader said.", "above $130 a barrel"),
        ("Brent crude will climb past $130 a barrel, a trader said.", "above $130 a barrel"),
        ("Brent crude will fall below $40 a barrel, a trader said.", "below $40 a barrel"),
        ("Brent crude will dip under $40 a barrel, a trader said.", "below $40 a barrel"),
    ],
)
def test_a_price_crossing_a_level_is_judged_on_the_benchmarks_daily_settlement_whatever_the_verb(
    quote: str, level: str
) -> None:
    article = Article(body=quote, source="wire.txt", outlet="Test Wire", published=OPENS)
    said = quote.split(" will ")[-1].split(" could ")[-1].split(",")[0]
    p = propose(claim(quote, quote, "Test Wire", None, speaker_type="author"), article)
    assert p.event_kind == "price_level"
    verb, rest = said.split(" ", 1)
    says = f"{verb}s" if not verb.endswith("s") else f"{verb}es"
    assert criteria_text(p, OPENS, DEADLINE) == (
        f"Yes if, between 2023-02-01 and 2023-12-31, Brent crude {'goes' if verb == 'go' else says} {rest}, as "
        f"shown by the daily settlement of the ICE Brent front-month futures contract; the level: {level}. "
        "Intraday spikes and forecasts of the level do not count."
    )


def test_a_currency_crossing_a_level_is_judged_on_its_daily_close_with_its_unit() -> None:
    quote = "The rouble will dip under 120 to the dollar, a trader said."
    article = Article(body=quote, source="wire.txt", outlet="Test Wire", published=OPENS)
    p = propose(claim(quote, quote, "Test Wire", None, speaker_type="author"), article)
    assert criteria_text(p, OPENS, DEADLINE) == (
        "Yes if, between 2023-02-01 and 2023-12-31, the rouble dips under 120 to the dollar, as shown by the daily "
        "closing value on the exchange or market that quotes it; the level: below 120 to the dollar. Intraday "
        "spikes and forecasts of the level do not count."
    )


def test_a_figure_given_as_around_it_says_the_band_that_counts() -> None:
    # With decimals, what rounds to it; a whole number, often a round one, within 5% either way.
    assert level_text(STATISTIC, "stand at around 2.6%", "2031-02-01") == (
        "; the level: around 2.6% (a figure from 2.55% up to 2.65% counts)"
    )
    assert level_text(MARKET_PRICE, "trade at roughly $80 a barrel", "2031-02-01") == (
        "; the level: roughly $80 a barrel (a figure from $76 a barrel up to $84 a barrel counts)"
    )
    assert level_text(STATISTIC, "rise to about 4.2%", "2031-02-01") == "; the level: about 4.2%, that is 4.15% or more"
    assert level_text(STATISTIC, "fall to about 4.2%", "2031-02-01") == "; the level: about 4.2%, that is 4.25% or less"
    # "Nearly" is just under the figure, within the band "about" would accept.
    assert level_text(STATISTIC, "be nearly $7 billion", "2031-02-01") == (
        "; the level: nearly $7 billion (a figure from $6.65 billion up to, not including, $7 billion counts)"
    )
    assert level_text(STATISTIC, "average almost 3.2 per cent", "2031-02-01") == (
        "; the level: almost 3.2 per cent (a figure from 3.15 per cent up to, not including, 3.2 per cent counts)"
    )
    # "More than" is the source's own bound, left as it is.
    assert level_text(STATISTIC, "be more than $7 billion", "2031-02-01") == "; the level: more than $7 billion"


@pytest.mark.parametrize(
    ("subject", "phrase", "level"),
    [
        ("the budget deficit", "reduce the budget deficit to less than 3% of GDP", "; the level: less than 3%"),
        ("unemployment in Ostland", "fall to less than 6 percent", "; the level: less than 6 percent"),
        ("inflation in Ostland", "rise to more than 4%", "; the level: more than 4%"),
        ("employment in Ostland", "fall to fewer than 30 million", "; the level: fewer than 30 million"),
    ],
)
def test_a_level_said_to_be_less_or_more_than_a_figure_excludes_the_figure(
    subject: str, phrase: str, level: str
) -> None:
    assert level_text(quantity_of(subject, phrase), phrase, "2023-02-01") == level


def test_a_share_of_gdp_spent_on_defence_a_year_is_judged_on_the_yearly_defence_figures() -> None:
    pledge = "that Ostland spends 2.5% of GDP a year on defence until 2030"
    assert measured_event("ensure", "the Ostland government", pledge)
    assert quantity_of("the Ostland government", pledge) is DEFENCE_SPENDING


def test_a_statistic_named_with_its_abbreviation_in_brackets_is_measured() -> None:
    assert measured_event("come", "consumer price index (CPI) inflation", "come in at 3.2 percent this year")


@pytest.mark.parametrize(
    "phrase",
    [
        "reduce the budget deficit to less than 3% of GDP and get debt falling as a share of GDP",
        "cut borrowing to 2% of GDP and bring the debt ratio down",
        "cut the deficit to 3% of GDP and public debt to 60% of GDP",
    ],
)
def test_two_targets_joined_by_and_are_no_one_question(phrase: str) -> None:
    assert find_joined_targets(phrase) is not None


@pytest.mark.parametrize(
    "phrase",
    [
        "create 4,000 jobs in the province and over 20,000 jobs across the country",
        "slow to 3.1% in 2027 and to 2.9% in 2028",
        "average $61/b in 2027 and $64/b in 2028",
        "rise to 5% and stay there",
    ],
)
def test_figures_of_one_measure_joined_by_and_are_one_claim(phrase: str) -> None:
    assert find_joined_targets(phrase) is None


def test_jobs_given_as_two_figures_with_their_places_are_both_the_level() -> None:
    phrase = "create 3,000 jobs in the province and over 20,000 jobs across the country"
    assert level_text(quantity_of("Acme Gas", phrase), phrase, "2023-02-01") == (
        "; the level: 3,000 jobs or more in the province and more than 20,000 jobs across the country"
    )
    criteria = price_criteria("Acme Gas", "creates 3,000 jobs", phrase, "2023-02-01", "2030-12-31")
    assert "(indirect jobs) do not count" not in criteria
    assert "jobs at suppliers and contractors count" in criteria


def test_jobs_given_as_one_figure_stay_the_projects_own() -> None:
    phrase = "create 3,000 jobs"
    assert level_text(quantity_of("Acme Gas", phrase), phrase, "2023-02-01") == "; the level: 3,000 jobs or more"
    assert "(indirect jobs) do not count" in price_criteria("Acme Gas", "creates", phrase, "2023-02-01", "2030-12-31")


def test_a_rate_said_to_slow_or_pick_up_is_read_against_its_last_published_figure() -> None:
    body = "Core goods inflation in the United States will slow over the next year, the governor said."
    article = Article(body=body, source="speech.txt", outlet="Federal Reserve Board", published=OPENS)
    p = propose(claim(body, body.split(",")[0], "Lisa Cook", "Governor"), article)
    assert p.event_kind == "price_level"
    # The window's words go, with the preposition they leave behind ("slow over").
    assert p.phrase == "slow"
    assert criteria_text(p, OPENS, DEADLINE).endswith(
        "compared with the level last published before 2023-02-01 (the figure for the latest period then). "
        "Forecasts, projections and estimates by others do not count; a later revision counts only if published "
        "before the deadline."
    )
    pick_up = Proposition("growth in the euro area", "pick", "pick up", False, "other", None)
    assert "compared with the level last published" in price_criteria(
        pick_up.subject, "picks up", pick_up.phrase, "2023-02-01", "2023-12-31"
    )


def test_a_price_index_a_statistics_office_compiles_is_a_statistic_not_a_market_price() -> None:
    assert (
        quantity_of("personal consumption expenditures (PCE) housing services prices", "increase further") is STATISTIC
    )
    assert quantity_of("consumer prices in the euro area", "rise") is STATISTIC
    assert quantity_of("oil prices", "rise") is not STATISTIC


def test_a_level_said_to_grow_by_a_percentage_over_a_year_is_judged_on_that_years_growth_rate() -> None:
    # A budget speech's "real wages will grow 4.1 percent next year" was counted from the last figure
    # before the window opened; the year's published growth rate settles it.
    published = date(2023, 9, 27)
    criteria = drafted_criteria(
        "The finance minister said real wages in Ostland will grow 4.1 percent next year.", published
    )
    assert "; the growth rate the office publishes for 2024 (against the year before): 4.1 percent or more." in criteria
    assert "last published before" not in criteria
    # A rate's change stays a change of the rate.
    criteria = drafted_criteria(
        "The finance minister said inflation in Ostland will rise 0.5 percent next year.", published
    )
    assert "growth rate the office publishes" not in criteria


def test_a_change_from_one_periods_level_to_anothers_is_the_second_level_in_the_second_period() -> None:
    # Made up: "from slightly over 3 percent next year" is where the change starts; the forecast is 1 percent in 2029.
    window, data = drafted(
        "We expect Ruritania's budget deficit to decline from slightly over 3 percent next year to 1 percent in 2029.",
        date(2026, 10, 12),
    )
    assert window == "in 2029"
    assert data["question"].endswith("to 1 percent in 2029?")
    assert data["title"].endswith("declines to 1 percent")
    criteria = data["resolution"]["criteria"]
    assert criteria.startswith("Yes if, for 2029,")
    assert "; the level: 1 percent or less." in criteria


def test_vegetable_or_heating_oil_is_no_crude_oil_price() -> None:
    # Made up. A consumption figure is a statistic of whoever counts it; a heating fuel a retail price.
    consumption = drafted_criteria(
        "The agency projects that Ruritania's vegetable oil consumption will rise 5 percent in 2027."
    )
    assert "Brent" not in consumption and "for 2027" in consumption
    heating = drafted_criteria("The agency expects Ruritanian heating oil prices to average $3.09 per gallon in 2027.")
    assert "Brent" not in heating
    assert "the mean of the official weekly average residential prices over the period" in heating
    # Crude is still crude.
    assert "Brent" in drafted_criteria("The agency expects Brent crude oil prices to average $78 a barrel in 2027.")


def test_a_price_average_over_a_quarter_named_from_this_year_is_the_whole_quarters_average() -> None:
    # Made up: published mid-December, the quarter began before; its average is over the whole quarter.
    _, data = drafted(
        "The agency expects Brent prices to average $78/bbl in the fourth quarter this year.", date(2026, 12, 17)
    )
    assert data["question"] == "Will Brent prices average $78/bbl in the fourth quarter of 2026?"
    assert data["resolution"]["criteria"].startswith(
        "Yes if the average of Brent prices in the fourth quarter of 2026 is"
    )
