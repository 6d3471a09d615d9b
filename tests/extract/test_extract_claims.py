"""Which clauses are forecasts, and every field of the ones that are (small texts of our own)."""

from datetime import date

import pytest

from forecasts.extract import extract_from_text as _extract_from_text
from forecasts.extract.scorer import RULES_ONLY
from forecasts.phrases import phrase_prior

P = date(2024, 1, 10)  # a Wednesday


def extract_from_text(text, **kwargs):
    """The rules' reading (the learned scorer is tested on the corpus, not pinned sentence by sentence)."""
    return _extract_from_text(text, scorer=RULES_ONLY, **kwargs)


def one(text, published=P):
    found = extract_from_text(text, published=published, outlet="Test Wire")
    assert len(found) == 1, [c.quote for c in found]
    return found[0]


def fields(c):
    return (
        c.quote,
        c.speaker,
        c.speaker_type,
        c.hedge,
        c.polarity,
        c.kind,
        c.window_phrase,
        c.window_start and c.window_start.isoformat(),
        c.window_end and c.window_end.isoformat(),
        c.conditional_on,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran will probably retaliate within two weeks, officials said.",
            (
                "Iran will probably retaliate within two weeks",
                "officials",
                "reported_source",
                "probably",
                "positive",
                "reported_expectation",
                "within two weeks",
                "2024-01-10",
                "2024-01-24",
                None,
            ),
        ),
        (
            "The talks will not resume before March.",
            (
                "The talks will not resume before March.",
                "Test Wire",
                "author",
                None,
                "negative",
                "prediction",
                "before March",
                "2024-01-10",
                "2024-02-29",
                None,
            ),
        ),
        (
            "If sanctions are lifted, Iran will resume oil exports.",
            (
                "If sanctions are lifted, Iran will resume oil exports.",
                "Test Wire",
                "author",
                None,
                "positive",
                "prediction",
                None,
                None,
                None,
                "If sanctions are lifted",
            ),
        ),
        (
            "Even if talks fail, prices will fall.",
            (
                "Even if talks fail, prices will fall.",
                "Test Wire",
                "author",
                None,
                "positive",
                "prediction",
                None,
                None,
                None,
                None,
            ),
        ),
        (
            "\u201cWe will strike back,\u201d the general said.",
            ("We will strike back", "general", "quoted_source", None, "positive", "threat", None, None, None, None),
        ),
        (
            "The summit is scheduled for March 3.",
            (
                "The summit is scheduled for March 3.",
                "Test Wire",
                "author",
                None,
                "positive",
                "scheduled",
                "March 3",
                "2024-03-03",
                "2024-03-03",
                None,
            ),
        ),
        (
            "The summit opens on Monday in Geneva.",
            (
                "The summit opens on Monday in Geneva.",
                "Test Wire",
                "author",
                None,
                "positive",
                "scheduled",
                "on Monday",
                "2024-01-15",
                "2024-01-15",
                None,
            ),
        ),
        (
            "Economists expect inflation to fall below 3% next year.",
            (
                "Economists expect inflation to fall below 3% next year.",
                "Economists",
                "reported_source",
                "expect",
                "positive",
                "reported_expectation",
                "next year",
                "2025-01-01",
                "2025-12-31",
                None,
            ),
        ),
        (
            "There is a real possibility that the ceasefire will collapse in the coming days.",
            (
                "There is a real possibility that the ceasefire will collapse in the coming days.",
                "Test Wire",
                "author",
                "real possibility",
                "positive",
                "prediction",
                "in the coming days",
                "2024-01-10",
                "2024-01-17",
                None,
            ),
        ),
    ],
)
def test_forecast_fields(text, expected):
    assert fields(one(text)) == expected


def test_negative_forecast_keeps_the_prior_of_the_claim_as_stated():
    # The event keeps the negation, so the probability is that of the claim as made.
    c = one("The reprisal will probably not be immediate.")
    assert (c.hedge, c.polarity, c.event) == ("probably", "negative", "The reprisal will not be immediate.")
    assert c.probability.mean == pytest.approx(phrase_prior("probably").mean)
    assert (c.probability.beta_a, c.probability.beta_b) == (
        phrase_prior("probably").beta_a,
        phrase_prior("probably").beta_b,
    )


def test_bare_will_has_no_hedge_and_the_will_prior():
    c = one("Russia will hold elections in March.")
    will = phrase_prior("will")
    assert c.hedge is None
    assert c.probability.to_dict() == {
        "mean": round(will.mean, 4),
        "beta": [round(will.beta_a, 4), round(will.beta_b, 4)],
        "p05": round(will.p05, 4),
        "p50": None,
        "p95": round(will.p95, 4),
        "options": None,
        "basis": "no hedge: phrase table 'will'",
        "detail": None,
        "note": None,
    }


def test_unknown_hedge_is_flagged_with_a_uniform_prior():
    c = one("The government is on the cusp of collapse.")
    assert (c.hedge, c.flags) == ("on the cusp of", ("unknown_hedge",))
    assert c.probability.to_dict()["beta"] == [1.0, 1.0]


def test_one_sentence_holds_several_forecasts():
    found = extract_from_text("The strike will probably not be immediate but will come within days.", published=P)
    assert [(c.quote, c.hedge, c.polarity, c.window_phrase) for c in found] == [
        ("The strike will probably not be immediate", "probably", "negative", None),
        ("will come within days.", "probably", "positive", "within days"),
    ]
    assert found[1].event == "The strike will come within days."
    assert "hedge_from_previous_clause" in found[1].flags


def test_pronoun_speaker_resolves_to_the_last_person_named():
    text = (
        "Maike Currie, an investment director at Fidelity International, said oil could go above $100.\n\n"
        "\u201cIt is going to hurt consumers,\u201d she said."
    )
    found = extract_from_text(text, published=P)
    assert [(c.speaker, c.hedge) for c in found] == [("Maike Currie", "could"), ("Maike Currie", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Could Iran strike first?",
        "The attack could have been worse.",
        "Moscow may be preparing a new offensive.",
        "It would be a disaster.",
        "Investors fear that the bank will raise rates.",
        "Washington hopes the talks will succeed.",
        "\u201cWe will take all necessary measures,\u201d a spokesman said.",
        "Their resolve will continue.",
        "It will be hard to deter Beijing.",
        "Our policy will not change.",
        "Any attack will be seen as an act of war.",
        "Nobody knows when the war will end.",
        "One could argue the deal is dead.",
        "It remains to be seen whether the truce will hold.",
        "The ministry plans to expand exports.",
        "The minister was going to resign.",
        "The army must withdraw from the border.",
        "We stand prepared to go further.",
        "By God's will, the martyrs are honoured.",
        "The fighting is going to get harder.",
        "Traders are likely providing cover for the move.",
    ],
)
def test_distractors_are_not_forecasts(text):
    assert [c.quote for c in extract_from_text(text, published=P)] == []


def test_what_stands_as_of_a_date_is_no_claim_and_the_same_date_ahead_is_weighed():
    from forecasts.extract.article import Article
    from forecasts.extract.extractor import analyse_article

    published = date(2021, 7, 16)
    stands = (
        "As it stands, there are approximately 20,000 applicants at some stage of the process, and {} July of 2021, "
        "approximately 50 percent of these applicants are at the initial stage."
    )
    as_of = Article(body=stands.format("as of"), source="<text>", published=published, outlet="Test Wire")
    ahead = Article(body=stands.format("in"), source="<text>", published=published, outlet="Test Wire")
    assert analyse_article(as_of).scored == []
    assert len(analyse_article(ahead).scored) == 1


def test_a_date_inside_a_relative_clause_with_its_own_modal_times_that_clause_not_the_claim():
    # "by 2030" is when the programme "will cut" emissions; the launch is "tomorrow".
    launch = one("Tomorrow, the ministry will launch a programme that will cut emissions by 2030.")
    assert (launch.window_phrase, launch.window_end) == ("Tomorrow", date(2024, 1, 11))
    # With no date of its own, the claim keeps the only one the sentence gives.
    alone = one("The ministry will launch a programme that will cut emissions by 2030.")
    assert (alone.window_phrase, alone.window_end) == ("by 2030", date(2030, 12, 31))
    # A date after the verb's own object is the claim's, before or after a clause without a modal.
    own = one("Tomorrow, the ministry will launch a programme that cuts emissions by 2030.")
    assert own.window_phrase == "by 2030"


def test_a_time_right_after_a_perfect_tense_dates_what_is_done_not_the_claim():
    # "the level we have reached today" says when the level was reached; the field opens "this year".
    c = one("This year the company will open a field that supports the level we have reached today.")
    assert (c.window_phrase, c.window_end) == ("This year", date(2024, 12, 31))
    # A future perfect is still the claim's time.
    done = one("The company will have reached the level by 2030.")
    assert (done.window_phrase, done.window_end) == ("by 2030", date(2030, 12, 31))


def test_the_year_of_a_target_set_is_no_window_but_of_one_met_it_is():
    setting = one("The Commission will make proposals on renewable energy, in particular setting a 2040 target.")
    assert setting.window_phrase is None
    target_for = one("The Commission will make proposals on renewable energy, setting a target for 2040.")
    assert target_for.window_phrase is None
    meeting = one("Ostland will cut emissions by 55 percent to meet its 2030 target.")
    assert (meeting.window_phrase, meeting.window_end) == ("2030", date(2030, 12, 31))


def test_a_figure_in_an_expected_noun_keeps_its_decimal_point_and_thousands_comma():
    c = one("Economists expect a 7.5 percent contraction over the year.")
    assert c.event == "A 7.5 percent contraction over the year will happen.", c.event
    c = one("Officials expect a 1,500 strong deployment in March.")
    assert c.event.startswith("A 1,500 strong deployment in March"), c.event
