"""Recovery: simulated forecasters with known bias and slope are recognised from outcomes."""

import numpy as np
import pandas as pd
import pytest

from forecasts.model.build import build_model, training_set
from forecasts.model.config import FitConfig, ModelConfig
from forecasts.model.data import EVIDENCE_COLUMNS, ModelData, expit

BIAS = np.array([-0.8, -0.4, 0.0, 0.1, 0.4, 0.7])
SLOPE = np.array([0.5, 0.7, 0.9, 1.1, 1.3, 1.6])


def simulated(per_forecaster: int = 400, seed: int = 3) -> ModelData:
    rng = np.random.default_rng(seed)
    n = len(BIAS) * per_forecaster
    who = np.repeat(np.arange(len(BIAS)), per_forecaster)
    x = rng.normal(0.0, 1.5, n)  # stated log-odds
    y = (rng.random(n) < expit(BIAS[who] + SLOPE[who] * x)).astype(float)
    units = pd.DataFrame(
        {
            "key": [f"q{i}" for i in range(n)],
            "scenario": [f"q{i}" for i in range(n)],
            "option": None,
            "opens": 0.0,
            "deadline": np.inf,
            "shape": 0.0,
            "outcome": y,
            "settled_at": 100.0,
            "n_options": 1,
        }
    )
    judgments = pd.DataFrame(
        {
            "unit": units["key"],
            "who": [f"f{w}" for w in who],
            "outlet": "(none)",
            "phrase": "(number)",
            "kind": "forecast",
            "at": 1.0,
            "p": expit(x),
            "beta_a": np.nan,
            "beta_b": np.nan,
            "offset": 0.0,
            "scale": 1.0,
        }
    )
    return ModelData(units, judgments, pd.DataFrame(columns=EVIDENCE_COLUMNS))


def test_known_calibration_parameters_are_recovered():
    from forecasts.model.fit import fit_model

    config = ModelConfig(groups=("who",), training_half_life_days=None, clip=1e-6)
    training = training_set(simulated(), config)
    result = fit_model(build_model(training, config), training, FitConfig(draws=400, tune=400))
    d = result.calibration.draws
    order = [training.levels["who"].index(f"f{i}") for i in range(len(BIAS))]
    bias = d["bias_mu"][:, None] + d["bias_sd_who"][:, None] * d["bias_z_who"][:, order]
    slope = d["slope_mu"][:, None] + d["slope_sd_who"][:, None] * d["slope_z_who"][:, order]
    assert bias.mean(axis=0) == pytest.approx(BIAS, abs=0.3)
    assert slope.mean(axis=0) == pytest.approx(SLOPE, abs=0.25)
    # The ordering of who is over- and who under-confident is learned.
    assert np.all(np.diff(slope.mean(axis=0)) > 0)
    assert result.diagnostics["divergences"] == 0
    assert result.diagnostics["max_rhat"] < 1.05
