"""Where a write comes from: the dashboard (a signed-in editor, or the local single-user mode) or the CLI.

Every forecast, evidence and resolution recorded through ``forecasts.recording`` carries a
``recorded:`` block (``forecasts.scenario.Recorded``): when it was written, from where, and who
wrote it. A signed-in editor is named by the identity their provider vouched for; the command
line and the local dashboard, which have no sign-in, by the git author of the scenarios folder's
repository (``git config user.name`` / ``user.email``, or ``$GIT_AUTHOR_NAME`` / ``$GIT_AUTHOR_EMAIL``
as git itself reads them), next to the ``by`` the person typed.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from forecasts.scenario import Recorded

Via = Literal["dashboard", "local-dashboard", "cli"]
_GIT_TIMEOUT_SECONDS = 5


@dataclass(frozen=True)
class Origin:
    """Who is writing and from where; ``stamp`` adds the moment the entry is written."""

    via: Via
    identity: str | None = None
    git_author: str | None = None

    def stamp(self, now: datetime) -> Recorded:
        """The ``recorded:`` block for an entry written at ``now``."""
        return Recorded(at=now, via=self.via, identity=self.identity, git_author=self.git_author)


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            timeout=_GIT_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):  # no git on this machine, or a hung one: no author
        return None
    value = " ".join(done.stdout.split())
    return value if done.returncode == 0 and value else None


def find_git_author(folder: Path) -> str | None:
    """``Name <email>`` of the git author for the repository holding ``folder``, or None.

    None when ``folder`` is not in a git work tree (a global identity says nothing about *this*
    folder's history) or git knows neither a name nor an e-mail for it.
    """
    if not folder.is_dir() or _git(folder, "rev-parse", "--is-inside-work-tree") != "true":
        return None
    name = " ".join(os.environ.get("GIT_AUTHOR_NAME", "").split()) or _git(folder, "config", "--get", "user.name")
    email = " ".join(os.environ.get("GIT_AUTHOR_EMAIL", "").split()) or _git(folder, "config", "--get", "user.email")
    if name and email:
        return f"{name} <{email}>"
    return name or (f"<{email}>" if email else None)


def cli_origin(folder: Path) -> Origin:
    """A write from the command line, on the scenarios folder ``folder``."""
    return Origin("cli", git_author=find_git_author(folder))


def local_dashboard_origin(folder: Path) -> Origin:
    """A write from the dashboard's local single-user mode (no sign-in, bound to 127.0.0.1)."""
    return Origin("local-dashboard", git_author=find_git_author(folder))


def dashboard_origin(identity: str) -> Origin:
    """A write from the dashboard by the signed-in editor ``identity`` (their e-mail or subject)."""
    return Origin("dashboard", identity=identity)


def describe_origin(recorded: Recorded | None) -> tuple[str, str]:
    """(from where, who) of a history entry, in words: ``("dashboard", "ana@example.org")``,
    ``("command line", "git: Ana Torres <ana@example.org>")``; entries older than attribution say so."""
    if recorded is None:
        return ("not recorded", "written before attribution was kept")
    where = {"dashboard": "dashboard (signed in)", "local-dashboard": "dashboard (local)", "cli": "command line"}[
        recorded.via
    ]
    if recorded.identity:
        return (where, recorded.identity)
    return (where, f"git: {recorded.git_author}" if recorded.git_author else "no git author known")
