"""The resolvability gate's verdict on a made-up text, as the extractor finds its claim, and what
the drafting writes and holds back of a made-up article (``draft_article``).

Gate tests judge a text whole (extractor, proposition, gate), with the scorer's confidence
fixed, so that what they pin is the gate's structure, not the scorer's weights.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from forecasts.extract.article import Article
from forecasts.extract.drafts import DraftReport, write_drafts
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import propose
from forecasts.extract.resolvability import DRAFT_CONFIDENCE, judge_resolvability

PUBLISHED = date(2026, 1, 5)


def judged_in(body: str, part: str, confidence: float = 0.9, published: date = PUBLISHED) -> tuple[bool, str, str]:
    """The gate's verdict (resolvable, grounds, reason) on the one claim of ``body`` whose quote
    holds ``part``, the scorer's confidence set to ``confidence``."""
    article = Article(body=body, source="t.txt", published=published)
    found = [c for c in analyse_article(article, None, 0.0).candidates if part in c.quote]
    assert len(found) == 1, [c.quote for c in analyse_article(article, None, 0.0).candidates]
    candidate = replace(found[0], confidence=confidence)
    verdict = judge_resolvability(candidate, propose(candidate, article), article)
    return verdict.resolvable, verdict.grounds, verdict.reason


def judged(sentence: str, confidence: float = 0.9) -> tuple[bool, str, str]:
    """The gate's verdict on the one claim of ``sentence``, after a sentence of report, in a short
    article published 2026-01-05."""
    return judged_in("The ministry published its report on Monday. " + sentence, sentence[:15], confidence)


# The two refusals that say only that the drafting does not know the event's kind: the claim
# passed every check of its shape and is listed for a person to word (``resolvability``).
LEFT_TO_A_PERSON = ("not clearly an event: ", "no recognised measure: ")
# The grounds of a claim the gate drafts.
DRAFTED_GROUNDS = frozenset({"act", "quantity", "state", "event_kind", "alternatives"})


def passes_the_checks(verdict: tuple[bool, str, str]) -> bool:
    """Whether no check of the claim's shape refused it: it is drafted, or listed only because
    the drafting does not recognise its verb or its figure's measure."""
    resolvable, _, reason = verdict
    return resolvable or reason.startswith(LEFT_TO_A_PERSON)


def draft_article(
    body: str, folder: Path, outlet: str = "Example News", published: date = date(2024, 1, 8)
) -> DraftReport:
    """What ``forecasts extract --write`` makes of ``body``: drafts written into ``folder`` and the
    claims it holds back, with their reasons. The claims are those the shipped scorer lists, each
    taken as clearing the drafting cut (``DRAFT_CONFIDENCE``), so that what a test pins is the
    drafting's structure, not how sure the scorer is of a made-up sentence (the cut is tested in
    tests/extract/test_resolvability.py)."""
    article = Article(body=body, source="<text>", outlet=outlet, published=published)
    root = folder / "scenarios"
    listed = [replace(c, confidence=max(c.confidence, DRAFT_CONFIDENCE)) for c in analyse_article(article).candidates]
    return write_drafts(listed, article, root / "case", root)


def drafted_and_held(
    body: str, folder: Path, outlet: str = "Example News", key: Callable[[str], str] = lambda quote: quote[:30]
) -> tuple[list[str], dict[str, str]]:
    """``draft_article``'s drafts by file name, and the claims it holds back by ``key`` of their
    quote, with their reasons."""
    report = draft_article(body, folder, outlet=outlet)
    return [p.name for p in report.written], {key(c.quote): r for c, r in report.not_drafted}
