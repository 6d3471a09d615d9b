"""Extract: paste an article (or give its URL), review the forecasts found, save them as drafts.

The extractor is ``forecasts.extract`` (the same as ``forecasts extract``); it runs only when
asked, and whatever goes wrong (an unreachable URL, a binary page, a bug) is shown as an error,
never as a crashed page. Only editors may give a URL: a viewer must not be able to make the server
fetch anything, so the field is not offered to them and a URL in a viewer's session is refused
when the form is run; editors' fetches go through ``forecasts.extract.fetch`` (public addresses
only). Everything from the article is shown as text, never as Markdown (``dashboard.markup``).
Each forecast found is shown with its hedge highlighted; a person picks the ones worth keeping
and corrects the event, speaker and deadline. In editor mode the chosen ones are written as
draft scenarios into a case folder through ``forecasts.extract.drafts``: validated, created
atomically, never overwriting, and skipping quotes already in the tree; and the drafts in the
tree are reviewed (edit, accept, merge, reject) in ``dashboard.draft_review``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import streamlit as st

from dashboard import data, markup
from dashboard.draft_review import show_draft_review
from dashboard.editor import authorise, editor_mode, read_only_reason, session_origin
from dashboard.extraction import Extraction, case_folders, case_problem
from dashboard.views import show_root
from forecasts.display import format_bound, format_probability
from forecasts.extract import Article, ArticleError, Candidate, analyse_article, read_article
from forecasts.extract.article import FETCH_TIMEOUT_SECONDS, MAX_ARTICLE_BYTES, looks_english, parse_text
from forecasts.extract.draft_windows import with_deadline
from forecasts.extract.drafts import DraftReport, write_drafts
from forecasts.phrases import locate_hedge

TEXT_KEY = "extract_text"
URL_KEY = "extract_url"
PUBLISHED_KEY = "extract_published"
OUTLET_KEY = "extract_outlet"
RESULT_KEY = "extract:result"
ERROR_KEY = "extract:error"
SAVED_KEY = "extract:saved"
SAVE_ERROR_KEY = "extract:save_error"
CASE_KEY = "extract_case"
DRAFT_ALL_KEY = "extract_draft_all"
NEW_CASE_KEY = "extract_new_case"
NEW_CASE = "New case folder…"
PASTED = "pasted text"


def _key(run: int, index: int, name: str) -> str:
    return f"extract-{run}-{index}-{name}"


def _warnings(article: Article) -> tuple[str, ...]:
    found = list(article.warnings)
    if not article.body.strip():
        found.append("The article has no text: nothing to extract.")
        return tuple(found)
    if not looks_english(article.body):
        found.append("The text does not look like English; the extraction rules are for English.")
    if article.published is None:
        found.append(
            "No publication date: relative windows ('next week') stay unresolved. Give the date it was published."
        )
    return tuple(found)


def _read() -> Article:
    """The article from the inputs: pasted text (an optional ``key: value`` header allowed) or a URL."""
    text = str(st.session_state.get(TEXT_KEY) or "")
    url = str(st.session_state.get(URL_KEY) or "").strip()
    if url and not editor_mode():
        # Checked here, on the server, not only by hiding the field: a session can be sent any value.
        raise ArticleError(
            "Only editors may have the dashboard fetch a URL; paste the article's text instead "
            "(editors: sign in, or run `forecasts dashboard --local-editor` on your own machine)."
        )
    if text.strip() and url:
        raise ArticleError("Give the article's text or its URL, not both: clear one of them.")
    if url:
        if not re.match(r"^https?://\S+$", url, re.IGNORECASE):
            raise ArticleError(f"{url!r} is not an http(s) URL; write e.g. https://example.org/story")
        article = read_article(url, timeout=FETCH_TIMEOUT_SECONDS)
    elif text.strip():
        size = len(text.encode("utf-8"))
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{size / 1e6:.1f} MB is too large for one article (the limit is {MAX_ARTICLE_BYTES / 1e6:.0f} MB); "
                "split it into articles"
            )
        article = parse_text(text, PASTED)
    else:
        raise ArticleError(
            "Paste the article's text or give its URL." if editor_mode() else "Paste the article's text."
        )
    published = st.session_state.get(PUBLISHED_KEY)
    if isinstance(published, date):
        article = replace(article, published=published)
    outlet = " ".join(str(st.session_state.get(OUTLET_KEY) or "").split())
    if outlet:
        article = replace(article, outlet=outlet)
    return article


def _extract() -> None:
    """Read and extract; keep the result, or the error, for the rerun."""
    st.session_state.pop(ERROR_KEY, None)
    st.session_state.pop(SAVED_KEY, None)
    st.session_state.pop(SAVE_ERROR_KEY, None)
    previous = st.session_state.get(RESULT_KEY)
    run = previous.run + 1 if isinstance(previous, Extraction) else 1
    try:
        article = _read()
        candidates = analyse_article(article).candidates
    except ArticleError as exc:
        st.session_state[ERROR_KEY] = str(exc)
        st.session_state.pop(RESULT_KEY, None)
        return
    except Exception as exc:  # noqa: BLE001 -- the page must survive any failure of the extractor
        st.session_state[ERROR_KEY] = (
            f"The extractor failed on this article ({type(exc).__name__}: {exc}). "
            "Try the text without its header, or run `forecasts extract` on a saved copy to see more."
        )
        st.session_state.pop(RESULT_KEY, None)
        return
    st.session_state[RESULT_KEY] = Extraction(article, candidates, run, _warnings(article))


def _input_form(editing: bool) -> None:
    with st.form("extract_input", border=True, enter_to_submit=False):
        st.text_area(
            "Article text",
            key=TEXT_KEY,
            height=220,
            placeholder="Paste the article here. A header of key: value lines (title:, outlet:, url:, published:) "
            "and a blank line may come first.",
        )
        if editing:
            st.text_input(
                "…or its URL",
                key=URL_KEY,
                placeholder="https://…",
                help=f"Fetched from public addresses only, up to {MAX_ARTICLE_BYTES / 1e6:g} MB, "
                f"with a {FETCH_TIMEOUT_SECONDS:g} s timeout.",
            )
        cells = st.columns(2)
        cells[0].date_input(
            "Published",
            value=None,
            key=PUBLISHED_KEY,
            min_value=date(1900, 1, 1),
            format="YYYY-MM-DD",
            help="Windows such as 'next week' are counted from it; overrides the article's own date.",
        )
        cells[1].text_input("Outlet", key=OUTLET_KEY, placeholder="e.g. Inside Arabia", help="Overrides the article's.")
        st.form_submit_button("Find forecasts", key="extract_run", type="primary", on_click=_extract)


def _hedge_text(candidate: Candidate) -> str:
    p = candidate.probability
    hedge = f"hedge “{markup.escape_markdown(candidate.hedge)}”" if candidate.hedge else "no hedge (a bare “will”)"
    claim = "P(as stated, negation included)" if candidate.polarity == "negative" else "P(as stated)"
    return (
        f"{hedge} → {claim} **{format_probability(p.mean)}** "
        f"(90% interval {format_bound(p.p05)}–{format_bound(p.p95)}) · {candidate.kind.replace('_', ' ')}"
    )


def _review(found: Extraction, editing: bool) -> None:
    article, candidates = found.article, found.candidates
    published = article.published.isoformat() if article.published else "no date"
    st.subheader(f"{len(candidates)} forecast{'s' if len(candidates) != 1 else ''} found", anchor=False)
    st.caption(
        " · ".join(
            x
            for x in (
                markup.escape_markdown(article.title or article.source),
                markup.escape_markdown(article.outlet or "no outlet"),
                f"published {published}",
                f"{len(article.body.split())} words",
            )
            if x
        )
    )
    for warning in found.warnings:
        st.warning(markup.escape_markdown(warning), icon=":material/warning:")
    if not candidates:
        st.info("No forecast found in this text: no future statement the rules recognise.")
        return
    if editing:
        st.caption("Tick the forecasts to keep and correct what the extractor got wrong; then save them below.")
    for index, c in enumerate(candidates):
        with st.container(border=True):
            head = st.columns([1, 5], vertical_alignment="center")
            head[0].checkbox("Include", value=True, key=_key(found.run, index, "include"))
            who = c.speaker + (f" ({c.speaker_role})" if c.speaker_role else "")
            extra = f" · flags: {', '.join(c.flags)}" if c.flags else ""
            head[1].caption(
                f"{index + 1}. {markup.escape_markdown(who)} · {c.speaker_type.replace('_', ' ')} · "
                f"confidence {c.confidence:.2f}{markup.escape_markdown(extra)}"
            )
            st.markdown("> " + markup.quote_markdown(c.quote, locate_hedge(c.quote, c.hedge)))
            st.markdown(_hedge_text(c))
            details = []
            if c.window_phrase:
                span = f"{c.window_start or '?'} to {c.window_end or '?'}"
                details.append(f"window “{markup.escape_markdown(c.window_phrase)}” = {span}")
            if c.conditional_on:
                details.append(f"if {markup.escape_markdown(c.conditional_on)}")
            if details:
                st.caption(" · ".join(details))
            cells = st.columns([4, 2, 2, 1.4])
            cells[0].text_input(
                "Event", value=c.event, key=_key(found.run, index, "event"), help="The question is drafted from it."
            )
            cells[1].text_input("Speaker", value=c.speaker, key=_key(found.run, index, "speaker"))
            cells[2].text_input("Role", value=c.speaker_role or "", key=_key(found.run, index, "role"))
            cells[3].date_input(
                "Deadline",
                value=c.window_end,
                key=_key(found.run, index, "deadline"),
                min_value=date(1900, 1, 1),
                format="YYYY-MM-DD",
                help="Left as found, the draft's window follows the article (empty: the publication date plus "
                "half a year, which the draft says was assumed). Changed, the draft keeps the date you set.",
            )


def _edited(found: Extraction) -> tuple[list[Candidate], list[str]]:
    """The ticked forecasts with the person's corrections, and what is wrong with them."""
    chosen: list[Candidate] = []
    problems: list[str] = []
    for index, c in enumerate(found.candidates):
        if not st.session_state.get(_key(found.run, index, "include"), True):
            continue
        event = " ".join(str(st.session_state.get(_key(found.run, index, "event"), c.event)).split())
        speaker = " ".join(str(st.session_state.get(_key(found.run, index, "speaker"), c.speaker)).split())
        role = " ".join(str(st.session_state.get(_key(found.run, index, "role"), c.speaker_role or "")).split())
        deadline = st.session_state.get(_key(found.run, index, "deadline"), c.window_end)
        if not event:
            problems.append(f"Forecast {index + 1}: the event is empty; say what is predicted to happen.")
        if not speaker:
            problems.append(f"Forecast {index + 1}: the speaker is empty; say who made the forecast.")
        chosen.append(
            with_deadline(
                replace(c, event=event, speaker=speaker, speaker_role=role or None),
                deadline if isinstance(deadline, date) else None,
            )
        )
    return chosen, problems


def _chosen_case() -> tuple[str | None, str | None]:
    picked = st.session_state.get(CASE_KEY)
    if picked == NEW_CASE or picked is None:
        name = str(st.session_state.get(NEW_CASE_KEY) or "").strip()
        problem = case_problem(name)
        if problem:
            return None, problem
        return name, None
    return str(picked), None


def _save(found: Extraction) -> None:
    st.session_state.pop(SAVED_KEY, None)
    st.session_state.pop(SAVE_ERROR_KEY, None)
    root = data.scenarios_root()
    case, problem = _chosen_case()
    chosen, problems = _edited(found)
    if problem:
        problems.insert(0, problem)
    if not chosen:
        problems.append("No forecast is ticked: tick the ones to save.")
    if problems or case is None:
        st.session_state[SAVE_ERROR_KEY] = problems
        return
    # Decided here, on the server, at the click: a save button shown earlier proves nothing.
    decision = authorise(case, f"saving drafts in {case}")
    if not decision.allowed:
        st.session_state[SAVE_ERROR_KEY] = [f"Nothing saved: {decision.reason}"]
        return
    try:
        report = write_drafts(
            chosen,
            found.article,
            root / case,
            root,
            origin=session_origin(),
            draft_all=bool(st.session_state.get(DRAFT_ALL_KEY)),
        )
    except Exception as exc:  # noqa: BLE001 -- a failed save must be reported, not crash the page
        st.session_state[SAVE_ERROR_KEY] = [f"Nothing more was saved: {type(exc).__name__}: {exc}"]
        return
    st.session_state[SAVED_KEY] = report


def _show_report(report: DraftReport, root: Path) -> None:
    def shown(path: Path) -> str:
        return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)

    if report.written:
        lines = "\n".join(f"- {markup.code_markdown(shown(p))}" for p in report.written)
        st.success(
            f"Wrote {len(report.written)} draft scenario{'s' if len(report.written) != 1 else ''} "
            f"(status: draft; review each before opening it):\n{lines}",
            icon=":material/check_circle:",
        )
    if report.attached:
        lines = "\n".join(
            f"- “{markup.escape_markdown(c.quote[:90])}” to {markup.code_markdown(shown(p))}"
            for c, p in report.attached
        )
        st.info(f"Attached {len(report.attached)} claim(s) to scenarios already asking the same event:\n{lines}")
    if report.skipped:
        lines = "\n".join(
            f"- “{markup.escape_markdown(c.quote[:90])}” is in {markup.code_markdown(shown(p))}"
            for c, p in report.skipped
        )
        st.info(f"Skipped {len(report.skipped)} already in the scenarios (same quote, same source):\n{lines}")
    if report.not_drafted:
        lines = "\n".join(
            f"- “{markup.escape_markdown(c.quote[:90])}”: {markup.escape_markdown(reason)}"
            for c, reason in report.not_drafted
        )
        st.info(
            f"Not drafted: {len(report.not_drafted)} claim(s) name no event a stranger could check, would give "
            f"a question to rewrite whole, or the scorer doubts they forecast (tick “Draft these claims too” to draft "
            f"them anyway):\n{lines}"
        )
    for candidate, message in report.failed:
        st.error(markup.escape_markdown(f"Not written: “{candidate.quote[:60]}”: {message}"), icon=":material/error:")
    for warning in report.warnings:
        st.warning(markup.escape_markdown(warning), icon=":material/warning:")
    if not (report.written or report.attached or report.skipped or report.not_drafted or report.failed):
        st.info("Nothing to write.")


def _save_panel(found: Extraction) -> None:
    root = data.scenarios_root()
    with st.container(border=True):
        st.subheader("Save as draft scenarios", anchor=False)
        folders = case_folders(root)
        options = [*folders, NEW_CASE]
        if st.session_state.get(CASE_KEY) not in options:
            st.session_state[CASE_KEY] = NEW_CASE if not folders else folders[0]
        cells = st.columns(2, vertical_alignment="bottom")
        cells[0].selectbox(
            "Case folder", options, key=CASE_KEY, help=f"A folder under {markup.code_markdown(str(root))}"
        )
        if st.session_state.get(CASE_KEY) == NEW_CASE:
            cells[1].text_input("New case folder", key=NEW_CASE_KEY, placeholder="e.g. ukraine-2023")
        ticked = sum(
            bool(st.session_state.get(_key(found.run, i, "include"), True)) for i in range(len(found.candidates))
        )
        st.caption(
            "One draft per event (claims about the same event share it; a conditional forecast's condition gets a "
            "draft of its own), `status: draft`, never overwriting a file; a claim about an event already in the "
            "scenarios is attached to it, and a quote already there from the same source is skipped. A claim that "
            "names no event a stranger could check (nothing to observe, a past assessment, no named subject), "
            "whose question would need rewriting whole, or that the scorer gives less than even odds of being a "
            "forecast, is not drafted, and the reason is shown."
        )
        st.checkbox(
            "Draft these claims too",
            key=DRAFT_ALL_KEY,
            help="Also draft the claims that name no event a stranger could check, whose question would need "
            "rewriting whole or that the scorer doubts (as `forecasts extract --write --draft-all`).",
        )
        st.button(
            f"Save {ticked} as drafts",
            key="extract_save",
            type="primary",
            disabled=ticked == 0,
            on_click=_save,
            args=(found,),
        )
        for message in st.session_state.get(SAVE_ERROR_KEY) or []:
            st.error(markup.escape_markdown(message), icon=":material/error:")
        report = st.session_state.get(SAVED_KEY)
        if isinstance(report, DraftReport):
            _show_report(report, root)


editing = editor_mode()
st.title("Extract forecasts")
st.caption(
    ("Paste an article or give its URL" if editing else "Paste an article")
    + ": every forecast in it is found with who said it, the hedge words and the "
    "probability they imply, the time window and any condition — the same as `forecasts extract`."
)
_input_form(editing)
error = st.session_state.get(ERROR_KEY)
if error:
    st.error(markup.escape_markdown(str(error)), icon=":material/error:")
found = st.session_state.get(RESULT_KEY)
if isinstance(found, Extraction):
    _review(found, editing)
    if editing and found.candidates:
        _save_panel(found)
if editing:
    show_draft_review(data.scenarios_root())
show_root()
if not editing:
    st.caption("Review only: editors save the forecasts found as draft scenarios. " + read_only_reason())
