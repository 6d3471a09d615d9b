"""Articles of our own, phrased unlike the gold set: every forecast with its fields."""

from datetime import date
from pathlib import Path

from forecasts.extract import read_article
from forecasts.extract.extractor import extract_forecasts as _extract
from forecasts.extract.scorer import RULES_ONLY

DATA = Path(__file__).parent.parent / "data" / "extract"


def summary(name, **overrides):
    article = read_article(str(DATA / name), **overrides)
    found = _extract(article, scorer=RULES_ONLY)
    for c in found:
        assert article.body[c.char_start : c.char_end] == c.quote
    return [
        (
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
        for c in found
    ]


def test_news_wire_article():
    # Left alone: "Traders fear the corridor will close" (sentiment), "Could Turkey broker ...?"
    # (question), "hopes the deal can be saved", "stands ready", "may be testing", "how far the
    # West will bend", "could have been higher had ..." (counterfactual), "It remains to be seen".
    assert summary("grain-corridor.txt") == [
        (
            "Russia is likely to pull out of the Black Sea grain deal before it expires on July 17",
            "three diplomats",
            "reported_source",
            "likely",
            "positive",
            "reported_expectation",
            "before it expires on July 17",
            "2023-07-10",
            "2023-07-16",
            None,
        ),
        (
            "We will not extend the agreement unless our demands on fertiliser exports are met",
            "Sergei Vershinin",
            "quoted_source",
            None,
            "negative",
            "threat",
            None,
            None,
            None,
            "unless our demands on fertiliser exports are met",
        ),
        (
            "Analysts at Meridian Capital expect benchmark wheat prices to climb above $300 a tonne in the coming "
            "weeks if shipments stop.",
            "Analysts at Meridian Capital",
            "reported_source",
            "expect",
            "positive",
            "reported_expectation",
            "in the coming weeks",
            "2023-07-10",
            "2023-08-21",
            "if shipments stop",
        ),
        (
            "There is a real chance that importers in North Africa will face shortages by the end of the year",
            "Laura Bennett",
            "quoted_source",
            "real chance",
            "positive",
            "prediction",
            "by the end of the year",
            "2023-07-10",
            "2023-12-31",
            None,
        ),
        (
            "She added that Egypt would probably not be affected before October.",
            "Laura Bennett",
            "quoted_source",
            "probably",
            "negative",
            "prediction",
            "before October",
            "2023-07-10",
            "2023-09-30",
            None,
        ),
        (
            "The UN Security Council is scheduled to meet on Thursday to discuss the corridor.",
            "Harbour Wire",
            "author",
            None,
            "positive",
            "scheduled",
            "on Thursday",
            "2023-07-13",
            "2023-07-13",
            None,
        ),
        (
            "Ukraine's agriculture ministry said exports would not resume through the corridor before September",
            "Ukraine's agriculture ministry",
            "quoted_source",
            None,
            "negative",
            "prediction",
            "before September",
            "2023-07-10",
            "2023-08-31",
            None,
        ),
        (
            "it warned that farmers could lose up to a quarter of their harvest.",
            "Ukraine's agriculture ministry",
            "quoted_source",
            "could",
            "positive",
            "prediction",
            None,
            None,
            None,
            None,
        ),
    ]


def test_opinion_piece_without_header_or_date():
    # Left alone: "should negotiate" (normative), "Sanctions will continue" (vague), "What happens
    # if ...?" (question), "Nobody knows when the war will end", "is going to get harder" (vague).
    assert summary("kyiv-analysis.txt") == [
        (
            "Kyiv will almost certainly launch another offensive in the south next year, once Western air-defence "
            "deliveries arrive.",
            "Dana Whitfield",
            "author",
            "almost certainly",
            "positive",
            "prediction",
            "next year",
            None,
            None,
            "once Western air-defence deliveries arrive",
        ),
        (
            "Its commanders believe the Russian lines near Tokmak will crack within six months.",
            "Its commanders",
            "reported_source",
            None,
            "positive",
            "reported_expectation",
            "within six months",
            None,
            None,
            None,
        ),
        (
            "Moscow, for its part, is unlikely to agree to a ceasefire before the US presidential election in November "
            "2024.",
            "Dana Whitfield",
            "author",
            "unlikely",
            "positive",
            "prediction",
            "before the US presidential election in November 2024",
            None,
            "2024-10-31",
            None,
        ),
        ("it will not.", "Dana Whitfield", "author", None, "negative", "prediction", None, None, None, None),
        (
            "European governments are expected to adopt a twelfth package in December",
            "diplomats",
            "reported_source",
            "expected",
            "positive",
            "reported_expectation",
            "in December",
            None,
            None,
            None,
        ),
        (
            "Congress could block the next tranche",
            "Dana Whitfield",
            "author",
            "could",
            "positive",
            "prediction",
            None,
            None,
            None,
            None,
        ),
        (
            "without it Ukraine would run short of artillery shells by March.",
            "Dana Whitfield",
            "author",
            None,
            "positive",
            "prediction",
            "by March",
            None,
            None,
            "without it",
        ),
    ]


def test_opinion_piece_with_a_publication_date_resolves_its_windows():
    windows = [
        (w, s, e) for _, _, _, _, _, _, w, s, e, _ in summary("kyiv-analysis.txt", published=date(2023, 10, 2)) if w
    ]
    assert windows == [
        ("next year", "2024-01-01", "2024-12-31"),
        ("within six months", "2023-10-02", "2024-04-02"),  # 6 x 30.5 days
        ("before the US presidential election in November 2024", "2023-10-02", "2024-10-31"),
        ("in December", "2023-12-01", "2023-12-31"),
        ("by March", "2023-10-02", "2024-03-31"),
    ]


def test_saved_web_page():
    assert summary("saved-page.html") == [
        (
            "Brent crude rose for a third day on Thursday as traders bet that producers will tighten supply again "
            "before winter.",
            "traders",
            "reported_source",
            None,
            "positive",
            "reported_expectation",
            "before winter",
            "2023-09-28",
            "2023-11-30",
            None,
        ),
        (
            "OPEC+ is scheduled to meet in Vienna on October 4",
            "Amira Haddad",
            "author",
            None,
            "positive",
            "scheduled",
            "on October 4",
            "2023-10-04",
            "2023-10-04",
            None,
        ),
        (
            "delegates said the group would probably extend its output cuts until the end of the year.",
            "delegates",
            "reported_source",
            "probably",
            "positive",
            "reported_expectation",
            "until the end of the year",
            "2023-09-28",
            "2023-12-31",
            None,
        ),
        (
            "We will not let prices collapse",
            "senior Gulf energy official",
            "quoted_source",
            None,
            "negative",
            "threat",
            None,
            None,
            None,
            None,
        ),
        (
            "Analysts at Northgate Securities expect Brent to reach $100 a barrel in the coming weeks.",
            "Analysts at Northgate Securities",
            "reported_source",
            "expect",
            "positive",
            "reported_expectation",
            "in the coming weeks",
            "2023-09-28",
            "2023-11-09",
            None,
        ),
        (
            "There is a strong chance that petrol prices in Europe will rise by the end of October",
            "Tomas Lind",
            "quoted_source",
            "strong chance",
            "positive",
            "prediction",
            "by the end of October",
            "2023-09-28",
            "2023-10-31",
            None,
        ),
    ]


def test_markets_numbers_and_negated_expectations():
    # Left alone: "Will it be enough ...?", "Only time will tell", and "The government shutdown
    # that was due to begin on Friday has been averted" (a past schedule).
    found = summary("fed-preview.txt")
    assert [(q[:40], speaker, hedge, polarity, kind) for q, speaker, _, hedge, polarity, kind, *_ in found] == [
        ("The Federal Reserve is widely expected t", "Example Times", "expected", "positive", "prediction"),
        ("Fed officials may signal cuts later this", "Example Times", "may", "positive", "prediction"),
        (
            "Most economists polled by Example Times ",
            "Most economists polled by Example Times",
            None,
            "positive",
            "reported_expectation",
        ),
        ("I think we'll see three cuts by December", "Priya Natarajan", "I think", "positive", "prediction"),
        ("Markets are pricing in a 60% chance of a", "Markets", "60% chance", "positive", "reported_expectation"),
        ("Chair Jerome Powell has said the bank wi", "Jerome Powell", None, "negative", "prediction"),
        ("He is due to hold a press conference aft", "Example Times", None, "positive", "scheduled"),
        ("If inflation picks up again, the Fed cou", "Mark Ellis", "could", "positive", "prediction"),
        ("He does not expect a recession this year", "Mark Ellis", "expect", "negative", "prediction"),
    ]


def test_a_stated_number_is_its_own_prior():
    article = read_article(str(DATA / "fed-preview.txt"))
    (markets,) = [c for c in _extract(article, scorer=RULES_ONLY) if c.speaker == "Markets"]
    assert markets.probability.to_dict() == {
        "mean": 0.6,
        "beta": [30.0, 20.0],
        "p05": 0.4872,
        "p50": None,
        "p95": 0.7128,
        "options": None,
        "basis": "stated number: Beta with mean 0.6",
        "detail": None,
        "note": None,
    }
    assert markets.event == "A June cut will happen."
