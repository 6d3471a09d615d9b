"""Checks that need a whole scenario: options vs. outcomes, dates in order, hedges known.

Each check returns ``(field path, message)`` pairs so that every problem in a file is reported,
not just the first. Checks across files (unique ids, conditions, ladders) are in ``store``; the
one that needs a graph walk, conditions that form a cycle, is here (``find_condition_cycles``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from forecasts.dates import end_instant, start_instant
from forecasts.document import FieldPath
from forecasts.phrases import UnknownPhraseError, phrase_prior
from forecasts.resolve.scope import check_rule
from forecasts.scenario import ANNULLED, ResolutionEntry, Scenario, Source, SourceEntry

Finding = tuple[FieldPath, str]

# People write 0.33/0.33/0.33; anything closer to 1 than this passes.
SUM_TOLERANCE = 0.011


def check_scenario(scenario: Scenario) -> list[Finding]:
    """Every problem in one scenario that the field types alone cannot catch."""
    return [
        *_check_options(scenario),
        *_check_dates(scenario),
        *_check_status(scenario),
        *_check_sources(scenario),
        *_check_forecasts(scenario),
        *_check_evidence(scenario),
        *check_rule(scenario),
    ]


def _join(values: list[str]) -> str:
    return ", ".join(values)


def _check_options(s: Scenario) -> Iterator[Finding]:
    if s.kind == "categorical":
        if not s.options or len(s.options) < 2:
            yield ("kind",), "a categorical scenario needs options: at least two, each with id and label"
            return
        seen: set[str] = set()
        for i, option in enumerate(s.options):
            if option.id in seen:
                yield ("options", i, "id"), f"option id {option.id!r} is used twice; option ids must be unique"
            if option.id in ("ambiguous", ANNULLED):
                yield ("options", i, "id"), f"{option.id!r} is reserved for resolutions; pick another option id"
            seen.add(option.id)
    elif s.options:
        yield ("options",), "only a categorical scenario has options; set kind: categorical or remove options"


def _check_dates(s: Scenario) -> Iterator[Finding]:
    if s.opens is not None and end_instant(s.deadline) <= start_instant(s.opens):
        yield (
            ("deadline",),
            f"{s.deadline.isoformat()} is not after opens ({s.opens.isoformat()}); move the deadline later or opens earlier",
        )
    if end_instant(s.deadline) < start_instant(s.created):
        yield ("deadline",), f"{s.deadline.isoformat()} is before created ({s.created.isoformat()})"


def _check_outcome(s: Scenario, outcome: str, path: FieldPath, allow_annulled: bool) -> Iterator[Finding]:
    valid = s.outcomes() + ([ANNULLED] if allow_annulled else [])
    if outcome not in valid:
        yield path, f"{outcome!r} is not an outcome of this {s.kind} scenario; use one of: {_join(valid)}"


def _check_status(s: Scenario) -> Iterator[Finding]:
    if s.review and not s.is_draft:
        # A question still marked for review must not count as published.
        yield (
            ("review",),
            f"status is {s.status!r} but review items remain ({'; '.join(s.review)}); check each and remove it "
            "from review:, or set status: draft (`forecasts drafts accept ID` opens a draft once none remain)",
        )
    outcome = s.resolution.outcome
    if s.status == "resolved":
        if outcome is None:
            yield ("resolution",), "status is 'resolved' but resolution has no outcome; add resolution.outcome"
        if s.resolution.resolved_at is None:
            yield ("resolution",), "status is 'resolved' but resolution has no resolved_at date; add it"
    elif outcome is not None:
        yield ("resolution", "outcome"), f"outcome is set but status is {s.status!r}; set status: resolved"
    if outcome is not None:
        yield from _check_outcome(s, outcome, ("resolution", "outcome"), allow_annulled=False)
    for i, entry in enumerate(s.history):
        if isinstance(entry, ResolutionEntry):
            yield from _check_outcome(s, entry.outcome, ("history", i, "outcome"), allow_annulled=True)


def _check_sources(s: Scenario) -> Iterator[Finding]:
    listed: list[tuple[FieldPath, Source]] = [(("sources", i), source) for i, source in enumerate(s.sources)]
    listed += [(("history", i), e) for i, e in enumerate(s.history) if isinstance(e, SourceEntry)]
    for where, source in listed:
        if source.hedge is not None and source.prior is None:
            try:
                phrase_prior(source.hedge)
            except UnknownPhraseError as exc:
                yield (*where, "hedge"), f"{exc}; add prior: with the probability it implies"
        if s.kind == "categorical" and source.option is None:
            yield where, f"a source on a categorical scenario needs option: (one of {_join(s.option_ids())})"
        yield from _check_option_ref(s, source.option, (*where, "option"))


def _check_option_ref(s: Scenario, option: str | None, path: FieldPath) -> Iterator[Finding]:
    if option is None:
        return
    if s.kind != "categorical":
        yield path, "only sources and evidence on a categorical scenario name an option"
    elif option not in s.option_ids():
        yield path, f"{option!r} is not an option of this scenario; use one of: {_join(s.option_ids())}"


def _check_forecasts(s: Scenario) -> Iterator[Finding]:
    entries = [(("forecasts", i), f) for i, f in enumerate(s.forecasts)]
    entries += [(("history", i), e) for i, e in enumerate(s.history) if e.type == "forecast"]
    for path, forecast in entries:
        p = forecast.probability
        if s.kind == "binary":
            if isinstance(p, dict):
                yield path + ("probability",), "a binary scenario takes one probability, not one per option"
            continue
        if not isinstance(p, dict):
            yield (
                path + ("probability",),
                (
                    f"a categorical scenario takes a probability per option ({_join(s.option_ids())}), "
                    f"e.g. {{{', '.join(f'{o}: 0.5' for o in s.option_ids()[:2])}, ...}}"
                ),
            )
            continue
        missing = [o for o in s.option_ids() if o not in p]
        unknown = [o for o in p if o not in s.option_ids()]
        if unknown:
            yield path + ("probability",), f"unknown option {_join(unknown)}; options are: {_join(s.option_ids())}"
        if missing:
            yield path + ("probability",), f"no probability for option {_join(missing)}; give every option one"
        total = sum(p.values())
        if not unknown and not missing and abs(total - 1) > SUM_TOLERANCE:
            yield path + ("probability",), f"option probabilities sum to {total:.3g}, not 1"


def _check_evidence(s: Scenario) -> Iterator[Finding]:
    entries = [(("evidence", i), e) for i, e in enumerate(s.evidence)]
    entries += [(("history", i), e) for i, e in enumerate(s.history) if e.type == "evidence"]
    for path, ev in entries:
        if ev.likelihood_ratio is None and ev.direction is None:
            yield (
                path,
                "evidence needs likelihood_ratio (e.g. 2.0) or direction (up or down) with strength (weak, moderate or strong)",
            )
        if ev.likelihood_ratio is not None and (ev.direction is not None or ev.strength is not None):
            yield path, "give likelihood_ratio or direction + strength, not both"
        if ev.direction is not None and ev.strength is None:
            yield path + ("direction",), "direction needs a strength: weak, moderate or strong"
        if ev.strength is not None and ev.direction is None:
            yield path + ("strength",), "strength needs a direction: up or down"
        yield from _check_option_ref(s, ev.option, path + ("option",))


def find_condition_cycles(conditions: Mapping[str, str]) -> list[list[str]]:
    """Every cycle among conditions, ``{scenario id: the id it is conditional on}``.

    A question conditional on itself, directly (``a → a``) or through others (``a → b → a``),
    has no world to be asked in: neither probability can be worked out before the other. Each
    cycle is given once, as its ids in the order the conditions run, starting from the smallest;
    scenarios that merely lead into a cycle are not part of it.
    """
    cycles: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(conditions):
        # Every scenario has at most one condition, so from any start there is a single path:
        # follow it until it ends, meets a finished walk, or comes back on itself.
        path: list[str] = []
        on_path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node not in done and node not in on_path:
            on_path[node] = len(path)
            path.append(node)
            node = conditions.get(node)
        if node is not None and node in on_path:
            cycle = path[on_path[node] :]
            first = cycle.index(min(cycle))
            cycles.append(cycle[first:] + cycle[:first])
        done.update(path)
    return cycles
