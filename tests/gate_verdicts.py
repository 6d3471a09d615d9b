"""The resolvability gate's verdict on one made-up sentence, as the extractor finds its claim.

Gate tests judge a sentence whole (extractor, proposition, gate), with the scorer's confidence
fixed, so that what they pin is the gate's structure, not the scorer's weights.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.extractor import analyse_article
from forecasts.extract.propositions import propose
from forecasts.extract.resolvability import judge_resolvability


def judged(sentence: str, confidence: float = 0.9) -> tuple[bool, str, str]:
    """The gate's verdict on the one claim of ``sentence``, in a short article published 2026-01-05."""
    article = Article(
        body="The ministry published its report on Monday. " + sentence, source="t.txt", published=date(2026, 1, 5)
    )
    found = [c for c in analyse_article(article, None, 0.0).candidates if sentence[:15] in c.quote]
    assert len(found) == 1, [c.quote for c in analyse_article(article, None, 0.0).candidates]
    candidate = replace(found[0], confidence=confidence)
    verdict = judge_resolvability(candidate, propose(candidate, article), article)
    return verdict.resolvable, verdict.grounds, verdict.reason
