"""A forecaster saying its new forecast matches its earlier one compares two forecasts, both known
when the article is published: no outcome is forecast, so the gate refuses it (resolvability.py)."""

from __future__ import annotations

import pytest
from gate_verdicts import judged_in

# The earlier forecast's occasion is named with a year and the article gives its figures: still
# two forecasts compared, not an outcome.
EARLIER = "At the Spring Review 2028 the council forecast export growth of 2.1% in 2029. "


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        (
            "The Fiscal Council expects the level of exports in 2029 to be broadly the same as it forecast at "
            "the Spring Review 2028.",
            "same as it forecast at the ...",
        ),
        (
            "The institute expects investment in 2030 to be much the same as they projected in the spring.",
            "same as they projected in the ...",
        ),
        (
            "The board expects the level of output in 2029 to be in line with its previous forecast.",
            "in line with its previous forecast",
        ),
    ],
)
def test_a_forecast_compared_with_the_forecasters_own_earlier_forecast_is_refused(sentence: str, quoted: str) -> None:
    assert judged_in(EARLIER + sentence, sentence[:25]) == (
        False,
        "no_event",
        f"a comparison of two forecasts: {quoted!r} sets the forecast against the forecaster's own earlier one, "
        "both known at publication; ask about the figure itself",
    )


def test_an_outcome_compared_with_a_figure_stays_checkable() -> None:
    resolvable, grounds, _ = judged_in("Public debt will be lower than it was in 2019.", "Public debt")
    assert (resolvable, grounds) == (True, "quantity")
