"""Draft scenario files from extracted forecasts (``forecasts extract --write DIR``).

Each forecast becomes one file ``DIR/<id>.yaml`` with ``status: draft``: a question and
criteria drafted from the event and marked for review, a deadline from the window (or, with no
window, the publication date plus ``DEFAULT_HORIZON_DAYS``), and a ``sources`` entry with the
quote, speaker, outlet, hedge and offsets. Files are created with ``forecasts.store.
create_scenario``, so nothing is ever overwritten, and validated as they are written.

A forecast whose quote already appears, from the same source, anywhere in the scenarios tree is
skipped and reported: running the command twice drafts nothing new. "Same quote" ignores case,
quote marks and spacing, and also holds when the quote lies inside an existing one (a person
quoted the whole sentence) or an existing one is a trimmed version of it (at least half of it);
"same source" means the same URL, or the same outlet when either side has no URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from forecasts.dates import now_utc
from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate
from forecasts.phrases import lookup_phrase
from forecasts.problems import ScenarioError
from forecasts.store import create_scenario, dump_yaml, find_scenario_files, load_catalog

# A forecast with no time expression still needs a deadline; half a year matches the "coming
# months" convention and keeps drafts from lingering open. The criteria say it was assumed.
DEFAULT_HORIZON_DAYS = 180
MAX_ID_WORDS = 7
_SLUG_STOP = frozenset(
    "the a an of to in on at for and or but will would could may might be is are was were its it this that "
    "their his her there with by from as than into not no more most also further only".split()
)


_LOWER_FIRST = frozenset(
    "the a an this that these those its their his her our my your further any some no more most such both each".split()
)


@dataclass(frozen=True)
class ExistingSource:
    """A source already in the tree: its quote (normalised), URL, outlet and file."""

    quote: str
    url: str | None
    outlet: str | None
    path: Path


@dataclass
class DraftReport:
    """What --write did: files written, forecasts skipped as duplicates, failures."""

    written: list[Path] = field(default_factory=list)
    skipped: list[tuple[Candidate, Path]] = field(default_factory=list)
    failed: list[tuple[Candidate, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def normalise_quote(text: str) -> str:
    """Lower case, letters and digits only, single spaces: quotes compare on their words."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'")))


def _same_quote(ours: str, theirs: str) -> bool:
    """Our quote appears in theirs (they quoted the whole sentence), or theirs is a trimmed ours."""
    if not ours or not theirs:
        return False
    if ours in theirs:
        return True
    return theirs in ours and len(theirs) >= 0.5 * len(ours)


def _same_source(url: str | None, outlet: str | None, other: ExistingSource) -> bool:
    if url and other.url:
        return url.rstrip("/") == other.url.rstrip("/")
    if outlet and other.outlet:
        return outlet.strip().lower() == other.outlet.strip().lower()
    return True


def _roots(folder: Path, scenarios: Path) -> list[Path]:
    roots = [scenarios] if scenarios.is_dir() else []
    inside = any(folder.resolve().is_relative_to(root.resolve()) for root in roots)
    if folder.is_dir() and not inside:
        roots.append(folder)
    return roots


def existing_sources(roots: list[Path]) -> tuple[list[ExistingSource], set[str], list[str]]:
    """Sources and ids already in the trees, and a warning per unreadable file (skipped)."""
    sources: list[ExistingSource] = []
    ids: set[str] = set()
    warnings: list[str] = []
    for root in roots:
        catalog = load_catalog(root)
        for problem_path in sorted({p.path for p in catalog.problems}):
            warnings.append(f"{problem_path}: invalid, not searched for duplicates (run `forecasts validate`)")
        for scenario_file in catalog.files:
            ids.add(scenario_file.scenario.id)
            for source in scenario_file.scenario.sources:
                sources.append(
                    ExistingSource(normalise_quote(source.quote), source.url, source.outlet, scenario_file.path)
                )
        # Files that failed to load still hold their id (the file name): do not reuse it.
        ids.update(path.stem for path in find_scenario_files(root))
    return sources, ids, warnings


def find_duplicate(candidate: Candidate, article: Article, sources: list[ExistingSource]) -> Path | None:
    """The file that already holds this quote from this source, if any."""
    quote = normalise_quote(candidate.quote)
    for source in sources:
        if _same_quote(quote, source.quote) and _same_source(article.url, article.outlet, source):
            return source.path
    return None


def slug_for(candidate: Candidate, taken: set[str]) -> str:
    """A short id from the event's words, unique among ``taken`` (suffix -2, -3, ...)."""
    words = [w for w in re.findall(r"[a-z0-9]+", candidate.event.lower()) if w not in _SLUG_STOP]
    base = "-".join(words[:MAX_ID_WORDS]) or "forecast"
    base = base[:60].strip("-") or "forecast"
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug


def _case_of(folder: Path) -> str | None:
    name = folder.name
    return name if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name) else None


def _question(candidate: Candidate, opens: date, deadline: date) -> str:
    event = candidate.event.rstrip(".")
    match = re.match(r"^(?P<subject>.+?) will (?:not )?(?P<rest>.+)$", event)
    when = f"between {opens.isoformat()} and {deadline.isoformat()}"
    if match:
        subject = match["subject"]
        first, _, rest = subject.partition(" ")
        if first.lower() in _LOWER_FIRST:  # "The reprisal" -> "the reprisal", but "Iran" stays
            subject = " ".join(filter(None, [first.lower(), rest]))
        body = f"Will {subject} {match['rest']} {when}?"
    else:
        body = f"Will this happen {when}: {event}?"
    if candidate.conditional_on:
        condition = candidate.conditional_on.rstrip(",. ")
        condition = re.sub(r"^(?:if\s+and\s+when|if)\s+", "", condition, flags=re.IGNORECASE)
        body = f"If {condition}: {body[0].lower()}{body[1:]}"
    return f"DRAFT (review the wording): {body}"


def _criteria(candidate: Candidate, article: Article, opens: date, deadline: date, assumed: bool) -> str:
    positive = re.sub(r"\bwill not\b", "will", candidate.event.rstrip("."))
    parts = [
        "DRAFT: review before setting status to open.",
        f"Yes if this happens between {opens.isoformat()} and {deadline.isoformat()}: {positive}, "
        "as reported by at least two major news organisations; No otherwise.",
    ]
    if candidate.polarity == "negative":
        parts.append("The source predicted that it would NOT happen (polarity: negative).")
    if candidate.conditional_on:
        parts.append(f"Annul if this condition does not hold: {candidate.conditional_on.strip()}.")
    if assumed:
        parts.append(
            f"The article gives no time window: the deadline is a default horizon of {DEFAULT_HORIZON_DAYS} days "
            "after publication; set it."
        )
    elif candidate.window_phrase:
        parts.append(f"Window from the article: {candidate.window_phrase!r}.")
    return " ".join(parts)


def draft_scenario(candidate: Candidate, article: Article, scenario_id: str, case: str | None) -> dict[str, Any]:
    """The scenario data for one forecast, in schema key order."""
    created = article.published or now_utc().date()
    opens = candidate.window_start if candidate.window_start and candidate.window_start >= created else created
    assumed = candidate.window_end is None
    try:
        horizon = opens + timedelta(days=DEFAULT_HORIZON_DAYS)
    except OverflowError:
        horizon = date.max
    deadline = candidate.window_end if candidate.window_end else horizon
    if deadline < opens:
        deadline = opens
    source: dict[str, Any] = {"quote": candidate.quote, "speaker": candidate.speaker}
    if candidate.speaker_role:
        source["role"] = candidate.speaker_role
    if article.outlet:
        source["outlet"] = article.outlet
    if article.url and re.match(r"^https?://\S+$", article.url):
        source["url"] = article.url
    if article.published:
        source["published"] = article.published
    if candidate.hedge:
        source["hedge"] = candidate.hedge
        if lookup_phrase(candidate.hedge) is None:
            source["prior"] = round(min(0.99, max(0.01, candidate.hedge_prior_mean or 0.5)), 4)
    source["polarity"] = candidate.polarity
    window = (
        f"window {candidate.window_phrase!r} = {candidate.window_start}..{candidate.window_end}"
        if candidate.window_phrase
        else "no window in the text"
    )
    source["note"] = (
        f"Drafted by forecasts extract from {article.source}, characters {candidate.char_start}-{candidate.char_end} "
        f"of the body; kind {candidate.kind}; {window}; speaker type {candidate.speaker_type}; "
        f"confidence {candidate.confidence:.2f}"
        + (f"; flags: {', '.join(candidate.flags)}" if candidate.flags else "")
        + "."
    )
    data: dict[str, Any] = {
        "id": scenario_id,
        "title": _title(candidate),
        "question": _question(candidate, opens, deadline),
        "kind": "binary",
    }
    if case:
        data["case"] = case
    data.update(
        {
            "tags": ["extracted", candidate.kind.replace("_", "-")],
            "created": created,
            "opens": opens,
            "deadline": deadline,
            "status": "draft",
            "resolution": {"criteria": _criteria(candidate, article, opens, deadline, assumed), "sources": []},
            "sources": [source],
        }
    )
    return data


def _title(candidate: Candidate) -> str:
    title = candidate.event.rstrip(".")
    if len(title) > 80:
        title = title[:77].rsplit(" ", 1)[0] + "..."
    return title or "Extracted forecast"


HEADER = (
    "# DRAFT scenario written by `forecasts extract` from {source}.\n"
    "# Check the question, criteria, deadline and tags, then set status: open.\n"
)


def write_drafts(candidates: list[Candidate], article: Article, folder: Path, scenarios: Path) -> DraftReport:
    """Create one draft per new forecast in ``folder``; never overwrite; skip duplicates."""
    report = DraftReport()
    sources, taken, warnings = existing_sources(_roots(folder, scenarios))
    report.warnings.extend(warnings)
    case = _case_of(folder)
    for candidate in candidates:
        duplicate = find_duplicate(candidate, article, sources)
        if duplicate is not None:
            report.skipped.append((candidate, duplicate))
            continue
        scenario_id = slug_for(candidate, taken)
        data = draft_scenario(candidate, article, scenario_id, case)
        text = HEADER.format(source=article.source) + dump_yaml(data)
        path = folder / f"{scenario_id}.yaml"
        try:
            create_scenario(path, text)
        except ScenarioError as exc:
            report.failed.append((candidate, str(exc)))
            continue
        except OSError as exc:
            report.failed.append((candidate, f"{path}: cannot write: {exc.strerror}"))
            continue
        taken.add(scenario_id)
        sources.append(ExistingSource(normalise_quote(candidate.quote), article.url, article.outlet, path))
        report.written.append(path)
    return report
