"""The graph against the numpy predictions: the same parameters give the same likelihood.

``build_model`` stacks group effects and splits queries into plain and pooled ones for speed;
``predict_probabilities`` computes every query the plain way. Fed one parameter draw, the graph's
log-likelihood must equal the Bernoulli log-likelihood of numpy's probabilities.
"""

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pymc as pm
import pytensor
import pytest

from forecasts.model.build import (
    build_model,
    effect_layouts,
    source_combinations,
    split_queries,
    training_set,
    zero_sum_levels,
)
from forecasts.model.config import ModelConfig
from forecasts.model.data import ModelData
from forecasts.model.fit import calibration_from_draws
from forecasts.model.pooling import predict_probabilities


def small_world(seed: int = 5) -> ModelData:
    """Resolved units judged several times by sources in three groups; half the units decay."""
    rng = np.random.default_rng(seed)
    n_units, n_judgments = 40, 400
    opens = rng.uniform(0, 50, n_units)
    length = rng.uniform(10, 60, n_units)
    units = pd.DataFrame(
        {
            "key": [f"u{i}" for i in range(n_units)],
            "scenario": [f"u{i}" for i in range(n_units)],
            "option": None,
            "opens": opens,
            "deadline": opens + length,
            "shape": np.where(np.arange(n_units) % 2 == 0, 1.0, 0.0),  # even units: a constant hazard
            "outcome": (rng.random(n_units) < 0.4).astype(float),
            "settled_at": opens + length,
            "n_options": 1,
        }
    )
    unit = rng.integers(0, n_units, n_judgments)
    who = rng.integers(0, 8, n_judgments)
    judgments = pd.DataFrame(
        {
            "unit": [f"u{i}" for i in unit],
            "who": [f"w{i}" for i in who],
            "outlet": [f"o{i % 3}" for i in who],
            "phrase": np.where(rng.random(n_judgments) < 0.3, "likely", "(number)"),
            "kind": "forecast",
            "at": opens[unit] + rng.uniform(0, 0.9, n_judgments) * length[unit],
            "p": rng.uniform(0.05, 0.95, n_judgments),
            "beta_a": np.nan,
            "beta_b": np.nan,
            "offset": 0.0,
            "scale": 1.0,
        }
    )
    evidence = pd.DataFrame(
        {"unit": units["key"][:10], "at": (opens + 0.5 * length)[:10], "shift": rng.normal(0, 1, 10), "sd": 0.0}
    )
    return ModelData(units, judgments, evidence)


@pytest.fixture(scope="module")
def fitted_pieces():
    config = ModelConfig(half_life_days=10.0, training_half_life_days=None)
    data = small_world()
    training = training_set(data, config)
    return data, config, training, build_model(training, config)


def test_the_world_has_plain_pooled_decaying_and_shifted_queries(fitted_pieces):
    _, _, training, _ = fitted_pieces
    split = split_queries(training, source_combinations(training)[1])
    assert len(split.plain_query) > 100 and len(split.pooled_query) > 20
    assert (split.row_ratio < 1).any() and np.any(training.layout.shift != 0)
    # who (8 levels) learns its spread; outlet and phrase (3 and 2) keep theirs fixed; phrase has no slope.
    effects = training.effects
    assert effects["bias"].learned == ["who"] and set(effects["bias"].fixed) == {"outlet", "phrase"}
    assert effects["slope"].groups == ["who", "outlet"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_graph_likelihood_equals_numpy_predictions(fitted_pieces, seed):
    data, config, training, model = fitted_pieces
    prior = pm.draw(model.free_RVs, random_seed=seed)
    values = dict(zip([rv.name for rv in model.free_RVs], prior, strict=True))
    potential = pytensor.function(model.free_RVs, model.potentials[0], on_unused_input="ignore")
    graph = float(potential(*prior))

    posterior = {name: SimpleNamespace(values=np.asarray(v)[None, None, ...]) for name, v in values.items()}
    calibration = calibration_from_draws(posterior, training, None)
    p = predict_probabilities(calibration, data, training.layout, config)[0]
    y = training.outcome
    reference = float(np.sum(training.weight * (y * np.log(p) + (1 - y) * np.log1p(-p))))
    assert graph == pytest.approx(reference, rel=1e-9)


def test_each_groups_effects_sum_to_zero_in_the_draws(fitted_pieces):
    _, _, training, model = fitted_pieces
    prior = pm.draw(model.free_RVs, draws=5, random_seed=3)
    posterior = {
        rv.name: SimpleNamespace(values=np.asarray(v)[None, ...]) for rv, v in zip(model.free_RVs, prior, strict=True)
    }
    draws = calibration_from_draws(posterior, training, None).draws
    for group in ("who", "outlet", "phrase"):
        assert np.allclose(draws[f"bias_z_{group}"].sum(axis=1), 0.0)
    assert np.allclose(draws["slope_z_phrase"], 0.0) and np.allclose(draws["slope_sd_phrase"], 0.0)
    assert np.allclose(draws["bias_sd_outlet"], ModelConfig().priors.bias_group_sd)


def test_effect_layouts_stack_groups_in_order():
    levels = {"who": ["a", "b", "c", "d", "e", "f", "g"], "outlet": ["x", "y"], "phrase": [], "kind": ["k", "m"]}
    layouts = effect_layouts(levels, ModelConfig())
    bias = layouts["bias"]
    assert bias.groups == ["who", "outlet", "kind"] and bias.offsets == [0, 7, 9] and bias.sizes == [7, 2, 2]
    assert bias.slice("outlet") == slice(7, 9) and bias.learned == ["who"]
    assert layouts["slope"].groups == ["who", "outlet", "kind"]


def test_zero_sum_levels_is_pymcs_zero_sum_map_for_each_group():
    import pytensor.tensor as pt
    from pymc.distributions.transforms import ZeroSumTransform

    sizes = np.array([5, 2, 7])
    raw = np.random.default_rng(0).normal(size=(3, sizes.sum() - len(sizes)))
    levels = zero_sum_levels(raw, sizes)
    transform = ZeroSumTransform(zerosum_axes=[-1])
    level, free = 0, 0
    for n in sizes:
        expected = transform.backward(pt.as_tensor(raw[:, free : free + n - 1])).eval()
        np.testing.assert_allclose(levels[:, level : level + n], expected, atol=1e-12)
        level, free = level + n, free + n - 1
    # the graph computes the same as numpy
    np.testing.assert_allclose(zero_sum_levels(pt.as_tensor(raw[1]), sizes).eval(), levels[1], atol=1e-12)


def _graph_constants(model: pm.Model) -> list[tuple[str, tuple[int, ...], bytes]]:
    from pytensor.graph.basic import Constant
    from pytensor.graph.traversal import ancestors

    found = [np.asarray(v.data) for v in ancestors([model.logp()]) if isinstance(v, Constant)]
    return sorted((a.dtype.str, a.shape, a.tobytes()) for a in found)


def test_data_are_graph_inputs_so_a_refit_on_new_data_reuses_compiled_code():
    # Compiled code is cached on disk under a key covering the graph's constants: two worlds with
    # the same sources and groups but other judgments and outcomes must give the same constants.
    config = ModelConfig(half_life_days=10.0, training_half_life_days=None)
    first, second = (build_model(training_set(small_world(seed), config), config) for seed in (5, 6))
    assert _graph_constants(first) == _graph_constants(second)
    assert not np.array_equal(first["data_floats"].get_value(), second["data_floats"].get_value())
    assert max(int(np.prod(shape)) for _, shape, _ in _graph_constants(first)) < 50  # no data among them
