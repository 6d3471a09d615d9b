"""Scenarios as model data: units, judgments and evidence, as columnar tables.

A **unit** is one yes/no quantity the model estimates: a binary scenario, or one option of a
categorical scenario ("will the answer be `direct`?"). A **judgment** is one statement of a
probability for a unit, by someone, at some time: a source's claim (its hedge read through the
phrase table, or its stated number) or a forecaster's forecast. **Evidence** shifts a unit's
log-odds from its time on. Times are days since 1970-01-01 UTC (floats).

Who a judgment comes from is described by four groups whose calibration is learned with partial
pooling: ``who`` (speaker or forecaster), ``outlet``, ``phrase`` (the hedge, ``(number)`` for a
stated number, ``will`` for a bare "will") and ``kind`` (``source``, ``forecast`` or ``base rate``).

**The outside view.** A scenario with a stored base rate (``forecasts.baserate``: how often
its rule matched in the years before it) gets one more judgment, from the source ``base rate``
(who, kind ``base rate``, phrase ``(base rate)``), made when the scenario was created: the chance
of at least one qualifying incident in the days from then (or from opens) to the deadline, under
the history's constant daily hazard (for a categorical scenario, of the option its rule's match
gives). Its calibration is learned from resolved scenarios like any other source's, and an
untagged binary scenario with a base rate decays with a constant hazard (the history's), whatever
the model's default shape.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd

from forecasts.baserate import BaseRate, scenario_chance
from forecasts.dates import When, end_instant, start_instant
from forecasts.model.config import ModelConfig
from forecasts.model.evidence import evidence_shift
from forecasts.model.hazard import NO_DECAY, SHAPE_TAGS, hazard_shape, shape_for_tags
from forecasts.phrases import lookup_phrase, normalize_phrase
from forecasts.scenario import Scenario
from forecasts.source_priors import BARE_WILL, option_share
from forecasts.store import ScenarioFile
from forecasts.timeline import all_evidence, all_forecasts, resolution_at

Array = npt.NDArray[np.float64]
DAY = 86400.0
NUMBER = "(number)"
NONE = "(none)"
BASE_RATE = "base rate"  # the outside view's who and kind
BASE_RATE_PHRASE = "(base rate)"


class UnitRow(NamedTuple):
    """One unit: a binary scenario, or one option of a categorical one (``option`` None for binary)."""

    key: str
    scenario: str
    option: str | None
    opens: float
    deadline: float
    shape: float  # the hazard exponent (``forecasts.model.hazard``); 0: no decay
    outcome: float  # 1, 0, or NaN while unknown
    settled_at: float
    n_options: int


class JudgmentRow(NamedTuple):
    """One judgment of a unit (see ``ModelData`` for ``offset``, ``scale`` and ``claim``)."""

    unit: str
    who: str
    outlet: str
    phrase: str
    kind: str
    at: float
    p: float
    beta_a: float
    beta_b: float
    offset: float
    scale: float
    claim: str


class EvidenceRow(NamedTuple):
    """A log-odds shift of a unit from ``at`` on, with its uncertainty."""

    unit: str
    at: float
    shift: float
    sd: float


UNIT_COLUMNS = list(UnitRow._fields)
JUDGMENT_COLUMNS = list(JudgmentRow._fields)
EVIDENCE_COLUMNS = list(EvidenceRow._fields)


def to_days(moment: datetime) -> float:
    """An aware datetime as days since the epoch."""
    return moment.timestamp() / DAY


def start_days(when: When) -> float:
    """The first instant of a date or datetime, in days since the epoch."""
    return to_days(start_instant(when))


def end_days(when: When) -> float:
    """The last instant of a date (end of day) or a datetime, in days since the epoch."""
    return to_days(end_instant(when))


EPOCH = pd.Timestamp("1970-01-01", tz="UTC")


def series_days(values: pd.Series) -> Array:
    """UTC timestamps (any resolution) as days since the epoch; NaT becomes NaN."""
    stamps = pd.to_datetime(values, utc=True)
    return np.asarray(((stamps - EPOCH) / pd.Timedelta(days=1)).to_numpy(dtype=float, na_value=np.nan), dtype=float)


def logit(p: Array | float, clip: float = 1e-6) -> Array:
    """Log-odds, with p held within [clip, 1 - clip]."""
    q = np.clip(np.asarray(p, dtype=float), clip, 1 - clip)
    return np.asarray(np.log(q) - np.log1p(-q))


def expit(x: Array | float) -> Array:
    """Inverse of ``logit``."""
    return np.asarray(1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float))))


@dataclass
class ModelData:
    """Units, judgments and evidence as DataFrames (columns as in the module's constants).

    ``judgments.p`` is the probability stated for the unit. For a hedge, ``beta_a``/``beta_b``
    give the phrase table's Beta for the claim, and the unit's probability is
    ``offset + scale * claim`` (scale -1 for a claim against the event; for the other options of
    a categorical claim, the claim's complement shared equally). Stated numbers have NaN betas.
    ``judgments.claim`` names the statement a row comes from: the rows one hedged claim gives
    (one per option of a categorical scenario) share it, so they share each Beta draw and the
    options stay coherent draw by draw. Empty (or missing): the row is a claim of its own.
    """

    units: pd.DataFrame
    judgments: pd.DataFrame
    evidence: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    def unit_index(self) -> dict[str, int]:
        """Row number of each unit key."""
        return {key: i for i, key in enumerate(self.units["key"])}


def unit_keys(scenario: Scenario) -> list[str]:
    """The unit keys of a scenario: its id, or ``id:option`` for each option."""
    if scenario.kind == "categorical":
        return [f"{scenario.id}:{option}" for option in scenario.option_ids()]
    return [scenario.id]


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class ScenarioRecord:
    """What the model keeps about a scenario besides its units: structure and provenance."""

    id: str
    path: str
    sha256: str
    case: str
    kind: str
    units: list[str]
    ladder: tuple[str, int] | None
    condition: tuple[str, str] | None
    marginal: str | None
    created: float
    status: str
    outcome: str | None
    settled_at: float | None
    known_at: float | None
    last_judgment: float | None  # the last judgment before settlement: the model's final view


@dataclass
class ScenarioRows:
    """A scenario's rows of model data, and notes on what was left out."""

    units: list[UnitRow] = field(default_factory=list)
    judgments: list[JudgmentRow] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def scenario_rows(
    scenario_file: ScenarioFile, as_of: datetime, config: ModelConfig, base_rate: BaseRate | None = None
) -> ScenarioRows:
    """Unit, judgment and evidence rows for one scenario, as known at ``as_of``.

    ``base_rate``: the scenario's stored base rate, the outside view (see the module), used when
    ``config.outside_view``.
    """
    scenario = scenario_file.scenario
    _, resolution = resolution_at(scenario, as_of)
    keys = unit_keys(scenario)
    options = scenario.option_ids()
    # A binary scenario's one unit has no option; a categorical one has a unit per option.
    unit_options: list[str | None] = list(options) if options else [None]
    opens = start_days(scenario.opens or scenario.created)
    deadline = end_days(scenario.deadline)
    outcome = resolution.outcome if resolution else None
    settled_at = start_days(resolution.resolved_at) if resolution else math.nan
    outside = base_rate if config.outside_view and outside_view_unit(scenario) is not None else None
    if scenario.kind != "binary":
        shape = NO_DECAY
    elif outside is not None and not any(tag in SHAPE_TAGS for tag in scenario.tags):
        shape = hazard_shape("constant", config)  # the history's hazard is a constant rate
    else:
        shape = shape_for_tags(list(scenario.tags), config)
    rows = ScenarioRows()
    for key, option in zip(keys, unit_options, strict=True):
        if option is None:
            value = {"yes": 1.0, "no": 0.0}.get(outcome or "", math.nan)
        else:
            value = math.nan if outcome in (None, "ambiguous", "annulled") else float(outcome == option)
        rows.units.append(
            UnitRow(key, scenario.id, option, opens, deadline, shape, value, settled_at, max(len(options), 1))
        )
    moment = to_days(as_of)
    for number, source in enumerate(scenario.all_sources()):
        at = start_days(source.published) if source.published is not None else start_days(scenario.created)
        if at > moment:
            continue
        if source.prior is not None:
            claim, beta, phrase = source.prior, (math.nan, math.nan), NUMBER
        else:
            phrase_text = source.hedge or BARE_WILL
            prior = lookup_phrase(phrase_text)
            if prior is None:
                rows.notes.append(
                    f"{scenario_file.path}: source {source.speaker!r}: hedge {source.hedge!r} is not in the phrase table; left out"
                )
                continue
            claim, beta, phrase = prior.mean, (prior.beta_a, prior.beta_b), normalize_phrase(phrase_text)
        for key, option in zip(keys, unit_options, strict=True):
            share = option_share(source, option, len(options))
            if share is None:
                continue  # a categorical claim that backs no option says nothing about any
            rows.judgments.append(
                JudgmentRow(
                    unit=key,
                    who=source.speaker,
                    outlet=source.outlet or NONE,
                    phrase=phrase,
                    kind="source",
                    at=at,
                    p=share.of(claim),
                    beta_a=beta[0],
                    beta_b=beta[1],
                    offset=share.offset,
                    scale=share.scale,
                    claim=f"{scenario.id}#source{number}",
                )
            )
    if outside is not None and start_days(scenario.created) <= moment:
        rows.judgments.append(outside_view_row(scenario, outside))
    for forecast in all_forecasts(scenario):
        at = start_days(forecast.at)
        if at > moment:
            continue
        stated = lookup_phrase(forecast.stated) if forecast.stated else None
        values: dict[str | None, float] = (
            dict(forecast.probability.items())
            if isinstance(forecast.probability, dict)
            else {None: forecast.probability}
        )
        for key, option in zip(keys, unit_options, strict=True):
            if option not in values:
                continue
            if stated is not None and option is None:
                phrase, p, beta = normalize_phrase(forecast.stated or ""), stated.mean, (stated.beta_a, stated.beta_b)
            else:
                phrase, p, beta = NUMBER, values[option], (math.nan, math.nan)
            rows.judgments.append(
                JudgmentRow(key, forecast.by, NONE, phrase, "forecast", at, p, beta[0], beta[1], 0.0, 1.0, "")
            )
    for item in all_evidence(scenario):
        at = start_days(item.at)
        shift = evidence_shift(item, config.evidence)
        if at > moment or shift is None:
            continue
        if scenario.kind == "categorical":
            if item.option is None or item.option not in options:
                rows.notes.append(f"{scenario_file.path}: evidence of {item.at.isoformat()} names no option; left out")
                continue
            key = f"{scenario.id}:{item.option}"
        else:
            key = scenario.id
        rows.evidence.append(EvidenceRow(key, at, shift.mean, shift.sd))
    return rows


def outside_view_unit(scenario: Scenario) -> str | None:
    """The unit a base rate speaks to: a binary scenario, or the option a categorical rule's match gives."""
    rule = scenario.resolution.rule
    if rule is None:
        return None
    if scenario.kind == "binary":
        return scenario.id
    return f"{scenario.id}:{rule.on_match}" if rule.on_match in scenario.option_ids() else None


def outside_view_row(scenario: Scenario, rate: BaseRate) -> JudgmentRow:
    """The base rate as a judgment, made when the scenario was created.

    It covers the days from then (or from opens, if later) to the deadline at the history's
    constant hazard (``forecasts.baserate.scenario_chance``). A binary rule whose match means "no" (``on_match: no``) gives the complement.
    """
    at = start_days(scenario.created)
    p = scenario_chance(scenario, rate)
    rule = scenario.resolution.rule
    if scenario.kind == "binary" and rule is not None and rule.on_match == "no":
        p = 1.0 - p
    unit = outside_view_unit(scenario) or scenario.id
    return JudgmentRow(unit, BASE_RATE, NONE, BASE_RATE_PHRASE, BASE_RATE, at, p, math.nan, math.nan, 0.0, 1.0, "")


def scenario_record(scenario_file: ScenarioFile, as_of: datetime, judgment_times: list[float]) -> ScenarioRecord:
    """Structure and provenance of a scenario for the posterior file."""
    scenario = scenario_file.scenario
    status, resolution = resolution_at(scenario, as_of)
    settled = start_days(resolution.resolved_at) if resolution else math.inf
    before = [t for t in judgment_times if t < settled]
    return ScenarioRecord(
        id=scenario.id,
        path=str(scenario_file.path),
        sha256=file_digest(scenario_file.path),
        case=scenario_file.case,
        kind=scenario.kind,
        units=unit_keys(scenario),
        ladder=(scenario.ladder.name, scenario.ladder.rung) if scenario.ladder else None,
        condition=(scenario.conditional_on.scenario, scenario.conditional_on.outcome)
        if scenario.conditional_on
        else None,
        marginal=scenario.marginal_group(),
        created=start_days(scenario.created),
        status=status,
        outcome=resolution.outcome if resolution else None,
        settled_at=start_days(resolution.resolved_at) if resolution else None,
        known_at=end_days(resolution.resolved_at) if resolution else None,
        last_judgment=max(before) if before else None,
    )


def scenario_data(
    files: list[ScenarioFile],
    as_of: datetime,
    config: ModelConfig,
    base_rates: Mapping[str, BaseRate] | None = None,
) -> tuple[ModelData, list[ScenarioRecord]]:
    """Model data for every scenario that existed at ``as_of``, with one record per scenario.

    ``base_rates`` (by scenario id) add the outside view where ``config.outside_view``.
    """
    units: list[UnitRow] = []
    judgments: list[JudgmentRow] = []
    evidence: list[EvidenceRow] = []
    notes: list[str] = []
    records: list[ScenarioRecord] = []
    moment = to_days(as_of)
    for scenario_file in files:
        if start_days(scenario_file.scenario.created) > moment or scenario_file.scenario.is_draft:
            continue
        rows = scenario_rows(scenario_file, as_of, config, (base_rates or {}).get(scenario_file.scenario.id))
        units += rows.units
        judgments += rows.judgments
        evidence += rows.evidence
        notes += rows.notes
        records.append(scenario_record(scenario_file, as_of, [row.at for row in rows.judgments]))
    return (
        ModelData(
            pd.DataFrame(units, columns=UNIT_COLUMNS),
            pd.DataFrame(judgments, columns=JUDGMENT_COLUMNS),
            pd.DataFrame(evidence, columns=EVIDENCE_COLUMNS),
            notes,
        ),
        records,
    )


def forecast_table_data(
    frame: pd.DataFrame,
    *,
    unit: str = "unit",
    who: str = "who",
    probability: str = "probability",
    at: str = "at",
    outcome: str = "outcome",
    settled_at: str | None = None,
    kind: str | None = None,
) -> ModelData:
    """Model data from a flat table of forecasts (backtests): one unit per distinct ``unit``.

    Times are pandas UTC timestamps; outcome is 1, 0 or NaN. Units never decay (no window).
    """
    times = series_days(frame[at])
    grouped = frame.assign(_at=times).groupby(unit, sort=False)
    first = grouped.first()
    unit_frame = pd.DataFrame(
        {
            "key": first.index.astype(str),
            "scenario": first.index.astype(str),
            "option": None,
            "opens": grouped["_at"].min().to_numpy(),
            "deadline": math.inf,
            "shape": NO_DECAY,
            "outcome": first[outcome].astype(float).to_numpy(),
            "settled_at": series_days(first[settled_at]) if settled_at is not None else math.inf,
            "n_options": 1,
        }
    )
    judgments = pd.DataFrame(
        {
            "unit": frame[unit].astype(str).to_numpy(),
            "who": np.array([str(v) for v in frame[who].to_numpy()], dtype=object),
            "outlet": NONE,
            "phrase": NUMBER,
            "kind": frame[kind].astype(str).to_numpy() if kind is not None else "forecast",
            "at": times,
            "p": frame[probability].astype(float).to_numpy(),
            "beta_a": math.nan,
            "beta_b": math.nan,
            "offset": 0.0,
            "scale": 1.0,
            "claim": "",
        }
    )
    return ModelData(unit_frame, judgments, pd.DataFrame(columns=EVIDENCE_COLUMNS))
