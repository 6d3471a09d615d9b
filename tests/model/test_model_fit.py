"""The ADVI fast path: iterate averaging lands on the optimum the last iterate jitters around."""

from __future__ import annotations

import numpy as np
import pytest


def test_iterate_average_recovers_a_conjugate_normal_posterior() -> None:
    import pymc as pm

    from forecasts.model.fit import IterateAverage

    rng = np.random.default_rng(3)
    y = rng.normal(1.3, 1.0, 50)
    # mu ~ Normal(0, 10), y ~ Normal(mu, 1): the posterior is Normal(sum(y) / (n + 1/100), 1 / sqrt(n + 1/100)).
    precision = len(y) + 1 / 100
    exact_mean, exact_sd = y.sum() / precision, precision**-0.5
    errors = {}
    for averaged in (False, True):
        with pm.Model():
            mu = pm.Normal("mu", 0.0, 10.0)
            pm.Normal("y", mu, 1.0, observed=y)
            average = IterateAverage(1500)
            approx = pm.fit(
                n=2000,
                method="advi",
                random_seed=1,
                progressbar=False,
                obj_optimizer=pm.adam(learning_rate=0.1),  # large: the last iterate jitters visibly
                callbacks=[average] if averaged else None,
            )
            if averaged:
                assert average.count == 500
                average.apply(approx)
            mean = float(approx.mean.eval()[0])
            sd = float(approx.std.eval()[0])
        errors[averaged] = abs(mean - exact_mean)
    assert errors[True] < 0.01
    assert sd == pytest.approx(exact_sd, rel=0.15)
    assert errors[True] < errors[False]


def test_an_average_of_nothing_leaves_the_approximation_alone() -> None:
    from forecasts.model.fit import IterateAverage

    class Approx:
        params: list[object] = []

    IterateAverage(10).apply(Approx())  # no iterations after the start: nothing to set
