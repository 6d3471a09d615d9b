"""The sampler against an analytic posterior: the base rate is a conjugate Beta-Binomial."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from forecasts.model.build import build_model, training_set
from forecasts.model.config import FitConfig, ModelConfig, PriorConfig
from forecasts.model.data import EVIDENCE_COLUMNS, JUDGMENT_COLUMNS, ModelData
from forecasts.model.fit import fit_model


def resolved_units(yes: int, no: int) -> ModelData:
    n = yes + no
    units = pd.DataFrame(
        {
            "key": [f"u{i}" for i in range(n)],
            "scenario": [f"u{i}" for i in range(n)],
            "option": None,
            "opens": 0.0,
            "deadline": 10.0,
            "shape": 1.0,
            "outcome": [1.0] * yes + [0.0] * no,
            "settled_at": 10.0,
            "n_options": 1,
        }
    )
    return ModelData(units, pd.DataFrame(columns=JUDGMENT_COLUMNS), pd.DataFrame(columns=EVIDENCE_COLUMNS))


def test_base_rate_posterior_is_beta_binomial():
    config = ModelConfig(priors=PriorConfig(base_rate_alpha=2.0, base_rate_beta=3.0))
    data = resolved_units(yes=7, no=13)
    training = training_set(data, config)
    assert (training.base_yes, training.base_total) == (7, 20)
    result = fit_model(build_model(training, config), training, FitConfig(draws=1500, tune=500, keep_draws=3000))
    draws = result.calibration.draws["base_rate"]
    exact = stats.beta(2 + 7, 3 + 13)
    assert draws.mean() == pytest.approx(exact.mean(), abs=0.01)
    assert draws.std() == pytest.approx(exact.std(), rel=0.1)
    assert np.quantile(draws, 0.9) == pytest.approx(exact.ppf(0.9), abs=0.02)
    assert result.diagnostics["divergences"] == 0
