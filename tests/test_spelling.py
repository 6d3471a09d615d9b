"""Suggestions for misspelt names come from one place, ``forecasts.spelling``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from forecasts.spelling import did_you_mean, suggestion

words = st.text(alphabet="abcdefghij_", min_size=1, max_size=8)


def test_the_closest_valid_name_is_suggested() -> None:
    assert did_you_mean("sorces", ["sources", "criteria", "rule"]) == " (did you mean 'sources'?)"
    assert did_you_mean("zzz", ["sources", "criteria"]) == ""
    assert suggestion(["likely", "unlikely"]) == " (did you mean 'likely' or 'unlikely'?)"
    assert suggestion([]) == ""


@given(word=words, choices=st.lists(words, max_size=6))
def test_a_suggestion_is_always_one_of_the_choices(word: str, choices: list[str]) -> None:
    hint = did_you_mean(word, choices)
    assert hint == "" or any(hint == f" (did you mean {c!r}?)" for c in choices)
