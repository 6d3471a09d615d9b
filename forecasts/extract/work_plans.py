"""Work plans: what a speaker says "we plan to" do is listed, not drafted.

"Next year, we plan to launch a second satellite", "This year, we plan to ship around 482 million
tonnes of oil", "We plan to hold around 150 events at different levels": an official reporting to
a meeting reads out the plan of the body they run. The plan is a real one, and it often has a
date, but what it is about the article says around it, not in the sentence: the second satellite
is Turkey's Turksat-4B on a Russian rocket, the 150 events are those of Russia's BRICS
presidency, the 482 million tonnes are the whole year's shipments, not those left after the
meeting. A question drafted from the sentence alone ("Will Russia launch a second satellite in
2015?") asks something else. Readers of held-out drafts published 2 of 21 such drafts
(bench/draft_verdicts.yaml, bench/drafting_holdout), against about four in ten for the rest.

A plan with "will" ("we will launch ...") is left to the other checks, and so is anyone else's
plan ("Gazprom plans to ..."), whose sentence names the planner.
"""

from __future__ import annotations

import re

from forecasts.extract.candidates import Candidate

# "we plan to", "we are also planning to", "I have planned to": the speaker's own plan, whose verb
# is the claim's.
_OWN_PLAN = re.compile(
    r"(?i)(?<![\w'\u2019-])(?:I|we)(?:\s+(?:also|now|still|already|currently|certainly|further|do|then)){0,2}"
    r"\s+(?:plan|(?:am|are|['\u2019]m|['\u2019]re)\s+(?:(?:also|now|still|currently)\s+)?planning|have\s+planned|"
    r"planned)\s+to\b"
)
# What a person does with a claim the drafting lists because only the article says what it is about.
ASK_FOR_THE_PROGRAMME = "say whose programme it belongs to, where and counted how (--draft-all drafts it as it stands)"


# At most two words between the plan's "to" and the quote the extractor took from after it.
_JUST_BEFORE = re.compile(r"^\s*(?:[\w'\u2019-]+\s+){0,2}$")


def find_work_plan(candidate: Candidate, before: str) -> str | None:
    """Why the claim is listed rather than drafted, when it is the speaker's own work plan ("we plan
    to ..."), or None. ``before`` is the claim's sentence up to the quote: the plan's words may
    come just before it ("Next year, we plan to | launch ...")."""
    found = _OWN_PLAN.search(candidate.quote)
    if found is None:
        found = next((m for m in _OWN_PLAN.finditer(before) if _JUST_BEFORE.match(before[m.end() :])), None)
    if found is None:
        return None
    words = re.sub(r"\s+", " ", found.group(0))
    reason = f"the speaker's work plan: {words!r} reads out a plan the article describes around it"
    return f"{reason}; {ASK_FOR_THE_PROGRAMME}"
