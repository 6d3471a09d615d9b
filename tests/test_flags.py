"""One reading of on/off switches for the command and the dashboard (forecasts.flags)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forecasts.flags import ON_VALUES, parse_flag


@pytest.mark.parametrize("value", ["1", "true", "TRUE", " Yes ", "on\n", True, 1])
def test_on(value: object) -> None:
    assert parse_flag(value) is True


@pytest.mark.parametrize("value", [None, "", "0", "false", "off", "no", "ture", "enabled", "1.0", False, 0, 2, 1.0])
def test_off(value: object) -> None:
    assert parse_flag(value) is False


@given(st.sampled_from(sorted(ON_VALUES)), st.text(" \t\n", max_size=3), st.text(" \t\n", max_size=3), st.booleans())
def test_any_case_and_surrounding_space_is_still_on(word: str, before: str, after: str, upper: bool) -> None:
    assert parse_flag(before + (word.upper() if upper else word.title()) + after)


@given(st.text())
def test_only_the_on_words_are_on(text: str) -> None:
    assert parse_flag(text) == (text.strip().lower() in ON_VALUES)
