"""Pieces every dashboard page shows: the as-of date control, the catalog's problems, the posterior's state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard import data, markup
from dashboard.editor import authorise
from dashboard.posterior import as_of_basis, refit_job, start_refit
from forecasts.model.staleness import posterior_status
from forecasts.store import Catalog

AS_OF_KEY = "as_of"
AS_OF_PARAM = "as_of"
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


def _sync_as_of_param() -> None:
    """Keep ``?as_of=`` in the URL in step with the date picked (left out for the default)."""
    picked = st.session_state.get(AS_OF_KEY)
    wanted = None if picked is None or picked == data.default_as_of().day else picked.isoformat()
    if st.query_params.get(AS_OF_PARAM) == wanted:
        return
    if wanted is None:
        del st.query_params[AS_OF_PARAM]
    else:
        st.query_params[AS_OF_PARAM] = wanted


def as_of_control(where: DeltaGenerator) -> date:
    """The as-of date picker; starts at ``?as_of=``, ``$FORECASTS_AS_OF`` or today.

    Every page shows it under the same key, so the date stays when the page changes.
    """
    default = data.default_as_of()
    if st.session_state.get(AS_OF_KEY) is None:
        st.session_state[AS_OF_KEY] = data.parse_as_of(st.query_params.get(AS_OF_PARAM)) or default.day
    with where:
        picked = st.date_input(
            "As of",
            key=AS_OF_KEY,
            min_value=EARLIEST,
            max_value=LATEST,
            format="YYYY-MM-DD",
            help=(
                "Show what was known at the end of this day (UTC): later forecasts, evidence and "
                "resolutions are left out, and so are scenarios created after it."
            ),
        )
    if default.problem:
        st.warning(markup.escape_markdown(default.problem))
    # Page changes drop the query string; put the date back so the URL always says it.
    _sync_as_of_param()
    return picked if isinstance(picked, date) else default.day


def link_as_of(as_of: date) -> date | None:
    """The as-of date to carry in links: None when it is the default anyway."""
    return None if as_of == data.default_as_of().day else as_of


def show_root() -> None:
    """Where the scenarios are read from."""
    st.caption(f"Scenarios: {markup.code_markdown(str(data.scenarios_root()))}")


def show_problems(catalog: Catalog) -> None:
    """A warning naming how many files have problems, with every problem in an expander."""
    if not catalog.problems:
        return
    files = sorted({str(p.path) for p in catalog.problems})
    noun = "file has" if len(files) == 1 else "files have"
    st.warning(
        f"{len(files)} scenario {noun} problems; a file that does not load is left out, the rest are shown.",
        icon=":material/warning:",
    )
    with st.expander(f"Problems in scenario files ({len(catalog.problems)})"):
        st.code("\n".join(str(p) for p in catalog.problems), language=None, wrap_lines=True)


REFIT_POLL_SECONDS = 2.0


def _start_refit(root: Path) -> None:
    # A refit takes the machine's cores for a while: only editors start one, checked here at the click.
    if authorise(None, "a refit").allowed:
        start_refit(root)


def _refit_button(root: Path, label: str) -> None:
    st.button(
        label,
        key="posterior_refit",
        icon=":material/refresh:",
        on_click=_start_refit,
        args=(root,),
        help="Runs `forecasts update --method advi` in the background; the pages keep showing the current "
        "posterior until the new one is written.",
    )


@st.fragment(run_every=REFIT_POLL_SECONDS)
def _refit_progress(root: Path) -> None:
    """While a refit runs: say so, and look again every few seconds (only this part reruns)."""
    job = refit_job(root)
    if job is None or job.poll():
        st.rerun(scope="app")  # finished: redraw the page with the new posterior
    assert job is not None
    st.info(
        f"Refitting the model (ADVI), started {job.started.strftime('%H:%M:%S')} UTC. The page shows the current "
        "posterior until the new one is written.",
        icon=":material/hourglass_top:",
    )


def show_as_of_basis(as_of: date) -> None:
    """Which model fit the page's probabilities come from, or why none is used at this date."""
    line = as_of_basis(data.scenarios_root(), as_of)
    if line is not None:
        # Our own wording (the command in it in backticks), so no escaping.
        st.caption(line[0].upper() + line[1:] + ".")


def posterior_notice(catalog: Catalog, editing: bool, offer_first_fit: bool = False) -> None:
    """A notice when the model's posterior is stale (editors get a Refit button), and a refit's progress.

    Nothing is fitted on page load: only the button starts a refit, in a subprocess.
    """
    root = data.scenarios_root()
    job = refit_job(root)
    if job is not None and not job.poll():
        _refit_progress(root)
        return
    if job is not None and job.returncode not in (None, 0):
        st.error(
            f"The last refit failed (exit status {job.returncode}); the posterior was left as it was.",
            icon=":material/error:",
        )
        if job.output:
            st.code(job.output, language=None, wrap_lines=True)
    status = posterior_status(root, catalog.files)
    if status.stale:
        fitted = f"fitted {status.fitted_at[:16].replace('T', ' ')} UTC" if status.fitted_at else "fitted earlier"
        cells = st.columns([5, 1], vertical_alignment="center") if editing else [st.container()]
        cells[0].warning(
            # The method and date come from the posterior's files: shown as text.
            markup.escape_markdown(
                f"The model's posterior is stale ({(status.method or 'model').upper()}, {fitted}): "
                f"{'; '.join(status.reasons)}. "
            )
            + "Changed scenarios are recomputed from the stored calibration; "
            + ("refit to learn from them." if editing else "run `forecasts update` to learn from them."),
            icon=":material/update:",
        )
        if editing:
            with cells[1]:
                _refit_button(root, "Refit (ADVI)")
    elif not status.exists and offer_first_fit:
        cells = st.columns([5, 1], vertical_alignment="center") if editing else [st.container()]
        cells[0].caption(
            "No model posterior yet: probabilities are the latest forecasts or the hedges' priors. "
            + (
                "Fit the Bayesian model to pool every source and forecaster."
                if editing
                else "Run `forecasts update` to fit the Bayesian model, which pools every source and forecaster."
            )
        )
        if editing:
            with cells[1]:
                _refit_button(root, "Fit (ADVI)")
    if job is not None and job.returncode == 0 and job.finished is not None:
        st.caption(f":material/check_circle: Refit finished {job.finished.strftime('%H:%M:%S')} UTC.")
