"""How to run the check: its options and their defaults, one source for the library and the CLI.

Kept apart from ``forecasts.resolve.check`` (which reads feeds with pandas) so that the command
line can declare ``forecasts check``'s options without importing the engine: commands that fit
nothing start fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from forecasts.dates import When
from forecasts.resolve.feeds import FeedSpec

# Flag open scenarios without a forecast for this many days.
STALE_DAYS = 14
# A passed deadline is "due" this many days, then "overdue".
OVERDUE_DAYS = 7
# Flag probability moves larger than this share since the last check.
MOVED_THRESHOLD = 0.15
# At most this many GDELT 15-minute batches per lastupdate.txt source per run (a day's worth).
MAX_BATCHES = 96


@dataclass(frozen=True)
class CheckOptions:
    """How to run the check. ``now`` is the instant it runs as; ``recorded_at`` what goes in ``at:``."""

    root: Path
    now: datetime
    recorded_at: When
    feeds: tuple[FeedSpec, ...] = ()
    since: datetime | None = None
    dry_run: bool = False
    stale_days: int = STALE_DAYS
    overdue_days: int = OVERDUE_DAYS
    moved_threshold: float = MOVED_THRESHOLD
    max_batches: int = MAX_BATCHES
