"""Editor forms on a scenario's page: a forecast, evidence, a resolution.

Every write goes through ``forecasts.recording`` (validated, appended to the file's history
atomically). Submitting runs a callback before the page reruns: it reads the file afresh, records
the entry or collects the errors, and keeps them in the session so the rerun shows each message
under the input it is about (``RecordError.field``, or the field of a problem the store found in
the new entry). On an error nothing is written and the inputs keep what was typed; on success
the inputs are cleared and the page, re-read on the files' new stamps, shows the entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import streamlit as st

from dashboard import data, markup
from dashboard.editor import Mode, Writer, decide, editing_mode, editor_box, writer_for
from forecasts.dates import DateError, When, end_instant, now_utc, parse_when, start_instant
from forecasts.display import format_forecast
from forecasts.probability import ACCEPTED_FORMS, ProbabilityError, parse_probability
from forecasts.problems import ScenarioError
from forecasts.recording import RecordError, record_evidence, record_forecast, record_resolution
from forecasts.scenario import ANNULLED, Scenario
from forecasts.state import scenario_state
from forecasts.store import ScenarioFile, read_scenario

Errors = dict[str | None, list[str]]

FORECAST = "forecast"
EVIDENCE = "evidence"
RESOLUTION = "resolution"
GENERAL = None

AT_HELP = (
    "When it was said, in UTC. Leave empty for now; back-fill with a date (2020-01-06, the start of that day) "
    "or a time with its zone (2020-01-06T09:00Z)."
)
DIRECTIONS = ("up", "down")
_EVIDENCE_CLEAR: dict[str, Any] = {
    "note": "",
    "url": "",
    "likelihood_ratio": "",
    "at": "",
    "direction": None,
    "strength": None,
    "option": None,
}
_RESOLUTION_CLEAR: dict[str, Any] = {"outcome": None, "source": "", "note": "", "resolved_at": None, "correct": False}
STRENGTHS = ("weak", "moderate", "strong")


@dataclass(frozen=True)
class FormKeys:
    """Session-state keys of one form on one scenario's page."""

    kind: str
    scenario_id: str

    @property
    def form(self) -> str:
        """The ``st.form`` key."""
        return f"{self.kind}-{self.scenario_id}"

    def field(self, name: str) -> str:
        """The widget key of an input."""
        return f"{self.form}-{name}"

    @property
    def submit(self) -> str:
        """The submit button's key."""
        return self.field("submit")

    @property
    def errors(self) -> str:
        """Where the last submission's errors wait for the rerun."""
        return f"{self.form}:errors"

    @property
    def done(self) -> str:
        """Where the last submission's confirmation waits for the rerun."""
        return f"{self.form}:done"


# --- showing -------------------------------------------------------------------------------


def _errors(keys: FormKeys) -> Errors:
    found = st.session_state.get(keys.errors)
    return found if isinstance(found, dict) else {}


def _field_error(keys: FormKeys, name: str) -> None:
    """The messages about input ``name``, right under it."""
    for message in _errors(keys).get(name, []):
        st.error(markup.escape_markdown(message), icon=":material/error:")


def _general_errors(keys: FormKeys, fields: Sequence[str]) -> None:
    """Messages not about one of the form's inputs (the file, the scenario's state, the entry as a whole)."""
    for name, messages in _errors(keys).items():
        if name is None or name not in fields:
            for message in messages:
                st.error(markup.escape_markdown(message), icon=":material/error:")


def _confirmation(keys: FormKeys) -> None:
    message = st.session_state.pop(keys.done, None)
    if message:
        st.success(markup.escape_markdown(message), icon=":material/check_circle:")


def _text(keys: FormKeys, name: str) -> str:
    value = st.session_state.get(keys.field(name))
    return value.strip() if isinstance(value, str) else ""


# --- recording -----------------------------------------------------------------------------


def _add(errors: Errors, name: str | None, message: str) -> None:
    errors.setdefault(name, []).append(message)


def _store_errors(errors: Errors, exc: ScenarioError) -> None:
    # Problems in the new entry come without a line, named by the entry's field; anything else
    # (the file itself) is shown whole, with its file:line.
    for problem in exc.problems:
        if problem.line is None and problem.field:
            _add(errors, problem.field, problem.message)
        else:
            _add(errors, GENERAL, str(problem))


def _parse_at(keys: FormKeys, errors: Errors) -> When | None:
    text = _text(keys, "at")
    if not text:
        return None
    try:
        return parse_when(text)
    except DateError as exc:
        _add(errors, "at", str(exc))
        return None


def _fresh(path: str, errors: Errors) -> ScenarioFile | None:
    """The scenario as it is on disk now (another tab or the CLI may have written since)."""
    try:
        return read_scenario(Path(path))
    except ScenarioError as exc:
        _store_errors(errors, exc)
        return None


def _when_text(when: When) -> str:
    return data.format_when(when) + (" UTC" if isinstance(when, datetime) else "")


def _visibility(when: When, as_of: date) -> str:
    if start_instant(when).date() > as_of:
        return f" It is after the as-of date ({as_of.isoformat()}): move the date on to see it."
    return ""


def _may_write(found: ScenarioFile, kind: str, errors: Errors) -> Writer | None:
    """Who records this, decided on the server now: a form shown earlier proves nothing."""
    writer = writer_for(found.case, f"a {kind} on {found.scenario.id}")
    if writer is None:
        decision = decide(found.case)
        if decision.allowed and editing_mode() is Mode.LOCAL:
            _add(errors, GENERAL, "Say who is editing first.")
        else:
            _add(errors, GENERAL, f"Not recorded: {decision.reason}")
    return writer


def _submit(
    keys: FormKeys, path: str, record: Callable[[ScenarioFile, Writer, Errors], str | None], clear: dict[str, Any]
) -> None:
    """Run one submission: record it, or keep its errors; on success reset the inputs in ``clear``."""
    st.session_state.pop(keys.done, None)
    errors: Errors = {}
    message = None
    found = _fresh(path, errors)
    writer = _may_write(found, keys.kind, errors) if found is not None else None
    if found is not None and writer is not None:
        try:
            message = record(found, writer, errors)
        except RecordError as exc:
            _add(errors, exc.field, exc.message)
        except ScenarioError as exc:
            _store_errors(errors, exc)
    if errors or message is None:
        st.session_state[keys.errors] = errors
        return
    st.session_state.pop(keys.errors, None)
    st.session_state[keys.done] = message
    for field, empty in clear.items():
        st.session_state[keys.field(field)] = empty


def _record_forecast(keys: FormKeys, options: Sequence[str], as_of: date) -> Callable[..., str | None]:
    def record(found: ScenarioFile, writer: Writer, errors: Errors) -> str | None:
        by = writer.by
        at = _parse_at(keys, errors)
        if options:
            texts = {o: _text(keys, f"p-{o}") for o in options}
            for option, text in texts.items():
                if not text:
                    _add(errors, f"p-{option}", f"give {option!r} a probability too, e.g. 10%: every option needs one")
                    continue
                try:
                    parse_probability(text)
                except ProbabilityError as exc:
                    _add(errors, f"p-{option}", str(exc))
            probability = ",".join(f"{o}={t}" for o, t in texts.items())
        else:
            probability = _text(keys, "probability")
        if errors:
            return None
        entry = record_forecast(found, probability, by, note=_text(keys, "note") or None, at=at, origin=writer.origin)
        return (
            f"Recorded {by}'s forecast: {format_forecast(entry.probability)} at {_when_text(entry.at)}."
            + _visibility(entry.at, as_of)
        )

    return record


def _record_evidence(keys: FormKeys, as_of: date) -> Callable[..., str | None]:
    def record(found: ScenarioFile, writer: Writer, errors: Errors) -> str | None:
        by = writer.by
        at = _parse_at(keys, errors)
        ratio_text = _text(keys, "likelihood_ratio")
        ratio = None
        if ratio_text:
            try:
                ratio = float(ratio_text)
            except ValueError:
                _add(
                    errors,
                    "likelihood_ratio",
                    f"{ratio_text!r} is not a number; write e.g. 2 (twice as likely if yes) or 0.5 (half as likely)",
                )
        if errors:
            return None
        entry = record_evidence(
            found,
            by,
            note=_text(keys, "note"),
            url=_text(keys, "url") or None,
            likelihood_ratio=ratio,
            direction=st.session_state.get(keys.field("direction")),
            strength=st.session_state.get(keys.field("strength")),
            option=st.session_state.get(keys.field("option")),
            at=at,
            origin=writer.origin,
        )
        return f"Recorded {by}'s evidence at {_when_text(entry.at)}." + _visibility(entry.at, as_of)

    return record


def _record_resolution(keys: FormKeys) -> Callable[..., str | None]:
    def record(found: ScenarioFile, writer: Writer, errors: Errors) -> str | None:
        outcome = st.session_state.get(keys.field("outcome"))
        if not outcome:
            _add(errors, "outcome", "choose the outcome")
            return None
        resolved_at = st.session_state.get(keys.field("resolved_at"))
        entry = record_resolution(
            found,
            outcome,
            writer.by,
            source=_text(keys, "source"),
            note=_text(keys, "note") or None,
            resolved_at=resolved_at if isinstance(resolved_at, date) else None,
            correct=bool(st.session_state.get(keys.field("correct"))),
            origin=writer.origin,
        )
        settled = entry.resolved_at or entry.at
        return f"Recorded the resolution: {entry.outcome}, settled {_when_text(settled)}."

    return record


# --- forms ---------------------------------------------------------------------------------


def _at_input(keys: FormKeys, scenario: Scenario) -> None:
    if end_instant(scenario.deadline) < now_utc():
        # "now" is past the deadline, so an empty field would be refused: say so before the user tries.
        deadline = _when_text(scenario.deadline)
        st.caption(f"The deadline ({deadline}) has passed: give the date it was said, on or before {deadline}.")
        placeholder = f"e.g. {start_instant(scenario.deadline).date().isoformat()}"
    else:
        placeholder = "now"
    st.text_input("When (UTC)", key=keys.field("at"), placeholder=placeholder, help=AT_HELP)
    _field_error(keys, "at")


def forecast_form(scenario_file: ScenarioFile, as_of: date) -> None:
    """A probability (or one per option), a note and when it was said."""
    s = scenario_file.scenario
    keys = FormKeys(FORECAST, s.id)
    options = s.option_ids()
    fields = ["at", "note", "probability", *(f"p-{o}" for o in options)]
    with st.form(keys.form, border=False, enter_to_submit=False):
        if options:
            labels = {o.id: o.label for o in s.options or []}
            st.caption("One probability per option; together they make 100%.")
            for option in options:
                label = labels.get(option)
                st.text_input(
                    f"P({option})",  # an option id is a slug: nothing in it is Markdown
                    key=keys.field(f"p-{option}"),
                    placeholder="e.g. 60%",
                    help=markup.escape_markdown(label) if label else None,
                )
                _field_error(keys, f"p-{option}")
            _field_error(keys, "probability")
        else:
            st.text_input(
                "Probability of yes",
                key=keys.field("probability"),
                placeholder="0.7, 70%, 3:1, 1 in 4 or likely",
                help=f"Write {ACCEPTED_FORMS}.",
            )
            _field_error(keys, "probability")
        st.text_area("Note", key=keys.field("note"), placeholder="Why, in a sentence", height=80)
        _field_error(keys, "note")
        _at_input(keys, s)
        _general_errors(keys, fields)
        st.form_submit_button(
            "Record forecast",
            key=keys.submit,
            type="primary",
            on_click=_submit,
            args=(keys, str(scenario_file.path), _record_forecast(keys, options, as_of), dict.fromkeys(fields, "")),
        )
    _confirmation(keys)


def _dash(value: Any) -> str:
    return "—" if value is None else str(value)


def evidence_form(scenario_file: ScenarioFile, as_of: date) -> None:
    """A note and link, weighed by a likelihood ratio or by a direction and a strength."""
    s = scenario_file.scenario
    keys = FormKeys(EVIDENCE, s.id)
    fields = ["note", "url", "direction", "strength", "likelihood_ratio", "option", "at"]
    with st.form(keys.form, border=False, enter_to_submit=False):
        st.text_area("Note", key=keys.field("note"), placeholder="What happened, in a sentence", height=80)
        _field_error(keys, "note")
        st.text_input("Link", key=keys.field("url"), placeholder="https://…")
        _field_error(keys, "url")
        st.caption("How much it moves the odds: a direction and a strength, **or** a likelihood ratio.")
        cells = st.columns(2)
        with cells[0]:
            st.selectbox("Direction", [None, *DIRECTIONS], key=keys.field("direction"), format_func=_dash)
            _field_error(keys, "direction")
        with cells[1]:
            st.selectbox("Strength", [None, *STRENGTHS], key=keys.field("strength"), format_func=_dash)
            _field_error(keys, "strength")
        st.text_input(
            "Likelihood ratio",
            key=keys.field("likelihood_ratio"),
            placeholder="e.g. 2",
            help="P(this evidence | yes) / P(this evidence | no): above 1 raises the odds, below 1 lowers them.",
        )
        _field_error(keys, "likelihood_ratio")
        if s.kind == "categorical":
            st.selectbox(
                "Option",
                [None, *s.option_ids()],
                key=keys.field("option"),
                format_func=_dash,
                help="The option it bears on",
            )
            _field_error(keys, "option")
        _at_input(keys, s)
        _general_errors(keys, fields)
        st.form_submit_button(
            "Record evidence",
            key=keys.submit,
            type="primary",
            on_click=_submit,
            args=(keys, str(scenario_file.path), _record_evidence(keys, as_of), _EVIDENCE_CLEAR),
        )
    _confirmation(keys)


def _outcome_label(scenario: Scenario) -> Callable[[str], str]:
    labels = {o.id: o.label for o in scenario.options or []}
    labels[ANNULLED] = "annulled (the question is void)"

    def label(outcome: str) -> str:
        return (
            f"{outcome} — {labels[outcome]}"
            if outcome in labels and outcome != ANNULLED
            else labels.get(outcome, outcome)
        )

    return label


def resolution_form(scenario_file: ScenarioFile) -> None:
    """The outcome, the source that settles it, a note and the day it was settled."""
    s = scenario_file.scenario
    keys = FormKeys(RESOLUTION, s.id)
    current = scenario_state(scenario_file, now_utc())
    fields = ["outcome", "source", "note", "resolved_at", "correct"]
    with st.form(keys.form, border=False, enter_to_submit=False):
        st.selectbox(
            "Outcome",
            [*s.outcomes(), ANNULLED],
            index=None,
            key=keys.field("outcome"),
            placeholder="Choose the outcome",
            format_func=_outcome_label(s),
        )
        _field_error(keys, "outcome")
        st.text_input("Source", key=keys.field("source"), placeholder="https://… (the report that settles it)")
        _field_error(keys, "source")
        st.text_area("Note", key=keys.field("note"), placeholder="What happened", height=80)
        _field_error(keys, "note")
        st.date_input(
            "Settled on",
            value=None,
            key=keys.field("resolved_at"),
            min_value=date(1900, 1, 1),
            format="YYYY-MM-DD",
            help="The day the outcome was settled (the deadline, for an event that did not happen). Empty: now.",
        )
        _field_error(keys, "resolved_at")
        if current.resolution is not None:
            r = current.resolution
            st.checkbox(
                markup.escape_markdown(
                    f"Correct the resolution recorded earlier ({r.outcome}, {data.format_when(r.resolved_at)})"
                ),
                key=keys.field("correct"),
            )
        _general_errors(keys, fields)
        st.form_submit_button(
            "Record resolution",
            key=keys.submit,
            type="primary",
            on_click=_submit,
            args=(keys, str(scenario_file.path), _record_resolution(keys), _RESOLUTION_CLEAR),
        )
    _confirmation(keys)


def _refusals(scenario_id: str) -> None:
    """A submission refused because this session may no longer write: its forms are gone, so say it here."""
    for kind in (FORECAST, EVIDENCE, RESOLUTION):
        keys = FormKeys(kind, scenario_id)
        for message in (st.session_state.pop(keys.errors, None) or {}).get(GENERAL, []):
            st.error(markup.escape_markdown(message), icon=":material/error:")


def record_panel(scenario_file: ScenarioFile, as_of: date) -> None:
    """The editor's box: who is editing (signed in, or named locally), then tabs with the three forms.

    Only a session that may write in the scenario's case gets the forms; the submissions check again.
    """
    with st.container(border=True):
        st.subheader("Record", anchor=False)
        if editor_box(scenario_file.case) is None:
            if editing_mode() is Mode.LOCAL:
                st.caption("Say who you are to record forecasts, evidence and resolutions.")
            _refusals(scenario_file.scenario.id)
            return
        current = scenario_state(scenario_file, now_utc())
        if current.resolution is not None:
            st.caption(
                f"Resolved {markup.escape_markdown(current.resolution.outcome)} on "
                f"{data.format_when(current.resolution.resolved_at)}: "
                "forecasts and evidence can only be back-filled to before then."
            )
        tabs = st.tabs(["Forecast", "Evidence", "Resolution"])
        with tabs[0]:
            forecast_form(scenario_file, as_of)
        with tabs[1]:
            evidence_form(scenario_file, as_of)
        with tabs[2]:
            resolution_form(scenario_file)
