"""Scenario -> file -> scenario is the identity, for any valid scenario hypothesis can build."""

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml_rs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.phrases import phrase_table
from forecasts.scenario import (
    Condition,
    Evidence,
    EvidenceEntry,
    Forecast,
    ForecastEntry,
    Ladder,
    Option,
    Resolution,
    ResolutionEntry,
    Scenario,
    Source,
)
from forecasts.store import dump_yaml, parse_scenario, render_scenario

slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
# Any printable text, including YAML-significant characters, quotes and non-Latin scripts.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff\x85"),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() != "")
probabilities = st.floats(min_value=0.001, max_value=0.999, allow_nan=False)
offsets = st.sampled_from([UTC, timezone(timedelta(hours=3, minutes=30)), timezone(timedelta(hours=-5))])
days = st.dates(min_value=date(2019, 1, 1), max_value=date(2020, 12, 31))
instants = st.one_of(
    days,
    st.builds(
        lambda d, s, tz: datetime(d.year, d.month, d.day, tzinfo=tz) + timedelta(seconds=s),
        days,
        st.integers(0, 86399),
        offsets,
    ),
)
urls = st.builds(lambda s: f"https://example.org/{s}", slugs)
hedges = st.sampled_from(sorted(phrase_table()))


def forecasts_for(option_ids):
    if not option_ids:
        return probabilities
    return (
        st.lists(st.integers(1, 100), min_size=len(option_ids), max_size=len(option_ids))
        .map(lambda w: {o: wi / sum(w) for o, wi in zip(option_ids, w, strict=True)})
        .filter(lambda d: all(0 < v < 1 for v in d.values()))
    )


@st.composite
def scenarios(draw):
    sid = draw(slugs)
    categorical = draw(st.booleans())
    option_ids = (
        draw(st.lists(st.sampled_from(["asymmetric", "direct", "none", "other"]), min_size=2, max_size=4, unique=True))
        if categorical
        else []
    )
    created = draw(days)
    deadline = created + timedelta(days=draw(st.integers(1, 400)))
    status = draw(st.sampled_from(["draft", "open", "resolved", "annulled"]))
    outcomes = option_ids + ["ambiguous"] if categorical else ["yes", "no", "ambiguous"]
    resolution = Resolution(
        criteria=draw(texts),
        sources=draw(st.lists(texts, max_size=2)),
        outcome=draw(st.sampled_from(outcomes)) if status == "resolved" else None,
        resolved_at=deadline if status == "resolved" else None,
        resolved_by=draw(texts) if status == "resolved" else None,
    )
    forecast_values = forecasts_for(option_ids)
    sources = draw(
        st.lists(
            st.builds(
                Source,
                quote=texts,
                speaker=texts,
                role=st.none() | texts,
                outlet=st.none() | texts,
                url=st.none() | urls,
                published=st.none() | days,
                hedge=st.none() | hedges,
                prior=st.none() | probabilities,
                polarity=st.sampled_from(["positive", "negative"]),
                option=st.sampled_from(option_ids) if categorical else st.none(),
                note=st.none() | texts,
            ),
            max_size=3,
        )
    )
    forecasts = draw(
        st.lists(
            st.builds(
                Forecast,
                at=instants,
                by=texts,
                probability=forecast_values,
                stated=st.none() | texts,
                note=st.none() | texts,
            ),
            max_size=3,
        )
    )
    evidence = draw(
        st.lists(
            st.builds(
                Evidence, at=instants, by=texts, note=texts, url=st.none() | urls, likelihood_ratio=st.floats(0.01, 100)
            ),
            max_size=2,
        )
    )
    history = draw(
        st.lists(
            st.one_of(
                st.builds(
                    ForecastEntry,
                    type=st.just("forecast"),
                    at=instants,
                    by=texts,
                    probability=forecast_values,
                    note=st.none() | texts,
                ),
                st.builds(
                    EvidenceEntry,
                    type=st.just("evidence"),
                    at=instants,
                    by=texts,
                    note=texts,
                    direction=st.sampled_from(["up", "down"]),
                    strength=st.sampled_from(["weak", "moderate", "strong"]),
                ),
                st.builds(
                    ResolutionEntry,
                    type=st.just("resolution"),
                    at=instants,
                    by=texts,
                    outcome=st.sampled_from(outcomes + ["annulled"]),
                    source=st.none() | urls,
                ),
            ),
            max_size=4,
        )
    )
    return Scenario(
        id=sid,
        title=draw(texts),
        question=draw(texts),
        kind="categorical" if categorical else "binary",
        options=[Option(id=o, label=draw(texts)) for o in option_ids] or None,
        case="case",
        tags=draw(st.lists(slugs, max_size=3)),
        created=created,
        opens=draw(st.none() | st.just(created)),
        deadline=deadline,
        status=status,
        resolution=resolution,
        ladder=draw(st.none() | st.builds(Ladder, name=slugs, rung=st.integers(1, 9))),
        conditional_on=draw(st.none() | st.builds(Condition, scenario=slugs, outcome=st.sampled_from(["yes", "no"]))),
        sources=sources,
        forecasts=forecasts,
        evidence=evidence,
        history=history,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_scenario_file_round_trip(scenario):
    text = render_scenario(scenario)
    loaded = parse_scenario(Path("scenarios") / "case" / f"{scenario.id}.yaml", text).scenario
    assert loaded == scenario
    assert render_scenario(loaded) == text


TRICKY = [
    "1e3",
    "08",
    "-08",
    "0b101",
    "1__0",
    "+.5",
    "0x_1",
    "-2E5",
    "0o17",
    "1:30",
    "yes",
    "NO",
    "017",
    "0x1F",
    "1_000",
    ".5",
    "1.",
    "~",
    "null",
    "2020-01-04",
    "2020-01-04T10:00:00Z",
    "2020-13-01",
    "+1",
    ".inf",
    "3:1",
    "1 in 4",
    "70%",
    "true",
    "@x",
    "#x",
    "- x",
    "a: b",
    '"q"',
    "it's",
    " lead",
    "trail ",
    "multi\nline\n",
    "tab\there",
    "\u2019curly\u2019",
    "*alias",
    "&anchor",
    "!tag",
    "<<",
]


@given(st.lists(st.one_of(st.sampled_from(TRICKY), texts), min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_any_text_reads_back_as_the_same_text(values):
    from forecasts.document import parse_document
    from forecasts.store import dump_yaml

    data = {f"k{i}": v for i, v in enumerate(values)}
    assert parse_document(dump_yaml(data)).data == data


@pytest.mark.parametrize("text", ["_0", "__1_", "_.5", "_1e3", "._1", "+_1", "-_1", "1_000", "0x1F", "1.5"])
def test_text_that_yaml_rs_reads_as_a_number_is_quoted(text):
    """yaml-rs reads '_0' as the number 0 (underscores anywhere in a number): writing must quote it."""
    assert yaml_rs.loads(dump_yaml({"question": text}))["question"] == text


@given(st.from_regex(r"[-+]?[_0-9.]{1,6}(?:[eE][-+]?[0-9])?", fullmatch=True))
def test_number_like_text_round_trips(text):
    assert yaml_rs.loads(dump_yaml({"question": text}))["question"] == text
