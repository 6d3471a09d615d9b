"""One rule for what a source implies, read alike by the shown prior, the scores and the model.

"A source backs one option, the others share 1 - p" used to be written three times
(``estimate``, ``scoring``, ``model.data``); it now lives in ``forecasts.source_priors`` and these
tests hold every reader to it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forecasts.estimate import estimate_probability
from forecasts.model.config import ModelConfig
from forecasts.model.data import scenario_rows
from forecasts.phrases import phrase_prior
from forecasts.scenario import Scenario
from forecasts.source_priors import option_share, source_distribution
from forecasts.store import parse_scenario, render_scenario

AS_OF = datetime(2020, 2, 1, tzinfo=UTC)


def categorical(n_options: int, backed: int, prior: float | None, against: bool) -> Scenario:
    source: dict[str, object] = {
        "quote": "The answer will be this one",
        "speaker": "Ana",
        "option": f"o{backed}",
        "polarity": "negative" if against else "positive",
    }
    if prior is None:
        source["hedge"] = "likely"
    else:
        source["prior"] = prior
    return Scenario.model_validate(
        {
            "id": "pick",
            "title": "Pick",
            "question": "Which one by 2020-12-31?",
            "kind": "categorical",
            "options": [{"id": f"o{i}", "label": f"Option {i}"} for i in range(n_options)],
            "created": "2020-01-01",
            "deadline": "2020-12-31",
            "resolution": {"criteria": "The one reported."},
            "sources": [source],
        }
    )


priors = st.one_of(st.none(), st.floats(min_value=0.001, max_value=0.999))


@settings(max_examples=60, deadline=None)
@given(n=st.integers(2, 6), data=st.data(), prior=priors, against=st.booleans())
def test_a_source_backs_its_option_and_the_others_share_the_rest(
    n: int, data: st.DataObject, prior: float | None, against: bool
) -> None:
    backed = data.draw(st.integers(0, n - 1))
    scenario = categorical(n, backed, prior, against)
    spread = source_distribution(scenario, scenario.sources[0])
    assert spread is not None
    claim = phrase_prior("likely").mean if prior is None else prior
    p = 1 - claim if against else claim
    assert spread[f"o{backed}"] == pytest.approx(p)
    assert all(v == pytest.approx((1 - p) / (n - 1)) for k, v in spread.items() if k != f"o{backed}")
    assert sum(spread.values()) == pytest.approx(1)
    # The shown prior is that spread (one source) ...
    shown = estimate_probability(scenario, [], AS_OF)
    assert shown.basis == "sources" and shown.options == pytest.approx(spread)
    # ... and the model's judgment rows state the same probabilities, affine in the claim.
    scenario_file = parse_scenario(Path("demo/pick.yaml"), render_scenario(scenario))
    rows = scenario_rows(scenario_file, AS_OF, ModelConfig())
    assert {r.unit.split(":")[1]: r.p for r in rows.judgments} == pytest.approx(spread)
    assert {r.unit.split(":")[1]: r.offset + r.scale * claim for r in rows.judgments} == pytest.approx(spread)


def test_the_shares_are_pinned() -> None:
    scenario = categorical(3, 0, 0.7, against=False)
    assert source_distribution(scenario, scenario.sources[0]) == pytest.approx({"o0": 0.7, "o1": 0.15, "o2": 0.15})
    against = categorical(3, 0, 0.7, against=True)
    assert source_distribution(against, against.sources[0]) == pytest.approx({"o0": 0.3, "o1": 0.35, "o2": 0.35})
    share = option_share(against.sources[0], "o1", 3)
    assert share is not None and (share.offset, share.scale) == (0.0, 0.5)


def test_a_claim_that_backs_no_option_says_nothing() -> None:
    scenario = categorical(3, 0, 0.7, against=False)
    loose = scenario.sources[0].model_copy(update={"option": None})
    assert option_share(loose, "o1", 3) is None
    assert source_distribution(scenario, loose) is None
