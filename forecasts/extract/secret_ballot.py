"""A person's own vote in a secret ballot: "I will vote for Samdech", "we'll vote for the CPP".

Who one voter (or a group of voters quoted in a street interview) chooses is secret: no report
can settle it, only the result of the whole election, which is another question. A vote recorded
by name (a legislator's, "I will vote for the bill") is drafted: the body's record shows it.
"""

from __future__ import annotations

import re

from forecasts.extract.candidates import Candidate
from forecasts.extract.first_person import FIRST_PERSON_WILL

# "I will vote for Samdech", "we'll vote for him": a candidate or party, not a bill or motion.
_OWN_BALLOT = re.compile(
    rf"(?i){FIRST_PERSON_WILL}\s+(?:\w+\s+)?vote\s+for\s+"
    r"(?!(?:the|this|that|a|an)\s+(?:bill|motion|amendment|resolution|budget|measure|act|treaty|law|proposal)\b)"
)


def find_secret_ballot(candidate: Candidate) -> str | None:
    """Why the claim is one voter's secret ballot, or None."""
    found = _OWN_BALLOT.search(candidate.quote)
    if found is None:
        return None
    return f"no observable event: {found.group(0).strip()!r} is one voter's secret ballot"
