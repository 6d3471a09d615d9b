"""A body a proposal would create, described as if it existed: "the commission will send to Congress ...".

A legislator presenting a bill ("we will introduce legislation to establish a national
commission") goes on to say what the body will do: "The SAFE Commission will be comprised of 16
voting members", "the commission will send to Congress a legislative package". Those are the
bill's provisions, not forecasts: the body acts only if the bill passes, and until then there is
nothing to watch. A claim whose subject is the kind of body the article says a bill, act or
proposal would establish, create or set up, said after that, is listed for a person, who may ask
whether the bill passes instead.

When the check was written (the twenty-fifth round), readers had rewritten every draft of such a
provision they read (3 of 3, all in one floor statement of set v of ``bench/drafting_holdout``).
"""

from __future__ import annotations

import re

# "legislation to establish a national commission", "a bill that would create an independent
# agency", "the proposal sets up a new fund": the kind of body the proposal brings into being.
_ESTABLISHED_BY_A_PROPOSAL = re.compile(
    r"(?i)\b(?:legislation|bill|act|proposal|amendment|resolution|measure)\s+"
    r"(?:(?:that|which)\s+(?:would|will)\s+|to\s+|would\s+|will\s+)?"
    r"(?:establish|create|set\s+up|sets\s+up|establishes|creates)\s+(?:a|an|the)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?P<body>commission|committee|council|board|agency|office|fund|authority|panel|task\s+force|tribunal|"
    r"court|bank|corporation|program|programme)\b"
)


def find_proposed_body(subject: str, body: str, before: int) -> str | None:
    """Why a claim whose ``subject`` is a body a proposal in ``body`` (before offset ``before``)
    would establish is a provision, not a forecast; None when no proposal before it creates one
    of that kind."""
    words = subject.lower().split()
    if not words:
        return None
    head = words[-1].rstrip("s")
    for found in _ESTABLISHED_BY_A_PROPOSAL.finditer(body, 0, before):
        kind = found.group("body").lower()
        if kind.split()[-1] == head:
            return (
                f"a proposal's provision: {subject!r} is the {kind} {found.group(0)!r} would set up; it acts "
                "only if the proposal passes: ask whether it passes"
            )
    return None
