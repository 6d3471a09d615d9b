"""Claims that are not the article's own are not drafted (``forecasts.extract.borrowed_text``).

Made-up pages of the shapes the hand-scored draft sample had to rewrite: another story's headline
under a link label ("READ ALSO:", "Related:", "See also", "WATCH:"), and a speaker reading out
what an agreement prescribes. Each is judged with the scorer sure (0.9): the structure decides.
Beside each, a forecast of the same shape that must still be drafted.
"""

from __future__ import annotations

import pytest
from gate_verdicts import judged_in as judged
from gate_verdicts import passes_the_checks

LEAD = "The envoy arrived in the capital on Monday.\n\n"


@pytest.mark.parametrize(
    ("label", "page"),
    [
        (
            "READ ALSO:",
            LEAD + "READ ALSO:\n\nDrought Could Force Farmers Off the Northern Plains\n\nThe talks went on.",
        ),
        ("Related:", LEAD + "Related: The Port Strike Will Spread to Rotterdam\n\nThe talks went on."),
        ("See also", LEAD + "See also\nThe Ferry Company Will Cut Its Winter Sailings\n"),
        ("WATCH:", LEAD + "WATCH: Lisbon Could Ban Cruise Ships From the Old Harbour\n"),
    ],
)
def test_a_headline_under_a_link_label_is_another_storys_and_not_drafted(label: str, page: str) -> None:
    headline = page.split(label, 1)[1].strip().split("\n", 1)[0]
    assert judged(page, headline[:20]) == (
        False,
        "not_own",
        f"not the article's own claim: it follows the link label {label!r}, a headline of another story",
    )


def test_a_forecast_in_running_text_after_a_link_is_the_articles_own() -> None:
    page = LEAD + "READ ALSO: Ferry Fares Rise Again\n\nThe ferry company will close its Dover office in March."
    resolvable, grounds, _ = judged(page, "The ferry company")
    assert (resolvable, grounds) == (True, "act")
    # "Watch" in a sentence is a verb, not a label.
    running = LEAD + "Watch what happens next: the ferry company will close its Dover office in March."
    assert judged(running, "the ferry company")[:2] == (True, "act")


def test_what_an_agreement_prescribes_read_out_is_not_the_speakers_forecast() -> None:
    after = (
        "The treaty says that the border posts pass to the other side in spring. And the handover should end after "
        "a final settlement is signed. This is what the text of the treaty says. We stand by it."
    )
    assert judged(LEAD + after, "the handover") == (
        False,
        "not_own",
        "not a forecast: 'should' reports what a document prescribes ('This is what the text of the treaty says'); "
        "ask whether the parties do it by a date",
    )
    under = "Under the accord, the militia should hand over its heavy guns within sixty days, the envoy said."
    assert judged(LEAD + under, "the militia") == (
        False,
        "not_own",
        "not a forecast: 'should' reports what a document prescribes ('Under the accord'); ask whether the parties "
        "do it by a date",
    )


def test_a_schedule_under_an_agreement_and_a_plain_should_stay_forecasts() -> None:
    # "Will" under a document is a schedule the speaker expects; "should" with no document is a forecast.
    assert passes_the_checks(
        judged(LEAD + "Under the accord, the militia will hand over its heavy guns within sixty days.", "militia")
    )
    assert passes_the_checks(
        judged(LEAD + "The militia should hand over its heavy guns within sixty days, the envoy said.", "militia")
    )


def test_what_a_bill_or_budget_request_would_do_is_its_content_not_a_forecast() -> None:
    request = (
        "The FY2027 budget request for the Ruritanian Survey totals $1.1 billion. The Minerals Program's funding "
        "would increase from $68.7 million to $78.9 million in FY2027."
    )
    assert judged(LEAD + request, "The Minerals Program") == (
        False,
        "not_own",
        "not a forecast: 'would' describes what a proposal ('FY2027 budget request') would do if adopted; ask whether it "
        "is adopted by a date",
    )
    bill = "H.R. 8148 was introduced in April. It would bar exchanges from listing contracts on elections in 2026."
    assert judged(LEAD + bill, "It would bar")[:2] == (False, "not_own")


def test_a_view_of_what_happens_to_a_bill_or_a_would_with_no_proposal_stays_a_forecast() -> None:
    # Someone's view that the bill passes is a forecast about the proposal, not its content.
    assert passes_the_checks(
        judged(LEAD + "The bill is before the Senate. Analysts said it would pass the Senate in June.", "it would pass")
    )
    # "Will" about a bill is a schedule or a forecast, not its content.
    assert passes_the_checks(judged(LEAD + "The Senate will vote on the bill in June.", "The Senate will"))
