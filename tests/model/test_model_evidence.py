"""Evidence -> log-odds shift: the documented strength -> likelihood ratio table."""

import math

import pytest

from forecasts.model.config import EvidenceConfig
from forecasts.model.evidence import evidence_shift, strength_ratio
from forecasts.scenario import Evidence


def entry(**kw):
    return Evidence(at="2020-01-07", by="a", note="n", **kw)


def test_strength_words_map_to_jeffreys_ratios():
    config = EvidenceConfig()
    assert [strength_ratio(s, config) for s in ("weak", "moderate", "strong")] == [1.5, 3.0, 10.0]
    with pytest.raises(ValueError, match="'huge' is not one of: weak, moderate, strong"):
        strength_ratio("huge", config)


def test_direction_sets_the_sign_and_strength_the_size_with_uncertainty():
    config = EvidenceConfig()
    up = evidence_shift(entry(direction="up", strength="moderate"), config)
    down = evidence_shift(entry(direction="down", strength="moderate"), config)
    assert up.mean == pytest.approx(math.log(3)) and down.mean == pytest.approx(-math.log(3))
    assert up.sd == pytest.approx(0.5 * math.log(3))


def test_a_stated_likelihood_ratio_is_used_as_given():
    shift = evidence_shift(entry(likelihood_ratio=4.0), EvidenceConfig())
    assert shift.mean == pytest.approx(math.log(4)) and shift.sd == pytest.approx(0.25 * math.log(4))
