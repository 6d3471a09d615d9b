"""Fixtures for the resolution tests: feed fixtures, a local HTTP server, scenario trees."""

from __future__ import annotations

import functools
import http.server
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from testdata import bundled_scenarios, copy_bundled

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
FEEDS = TESTS / "data" / "feeds"
CASE = bundled_scenarios() / "iran-2020"
SHARED = REPO.parent / "shared"


@pytest.fixture
def feeds() -> Path:
    """tests/data/feeds (read-only: copy before changing anything)."""
    return FEEDS


@pytest.fixture
def shared() -> Callable[[str], Path]:
    """A path under ../shared, or skip the test saying why."""

    def find(relative: str) -> Path:
        path = SHARED / relative
        if not path.exists():
            pytest.skip(
                f"{path} not found: the ../shared reference material sits beside the checkout only in development"
            )
        return path

    return find


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def http_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local HTTP server on 127.0.0.1 serving a temporary folder: (base URL, folder)."""
    folder = tmp_path / "www"
    folder.mkdir()
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_port() -> str:
    """The base URL of a port on 127.0.0.1 that nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def strip_resolutions(text: str) -> str:
    """A scenario file without the resolution entries appended to its history (the rest kept)."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("history:"))
    items: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("- "):
            items.append([line])
        else:
            items[-1].append(line)
    kept = [item for item in items if not item[0].startswith("- type: resolution")]
    head = lines[:start] + (["history:\n"] if kept else [])
    return "".join(head + [line for item in kept for line in item])


@pytest.fixture
def stripped_case(tmp_path: Path) -> Path:
    """A copy of the bundled case with its recorded resolutions taken out: (scenarios root)."""
    root = tmp_path / "scenarios"
    shutil.copytree(CASE, root / CASE.name)
    for path in (root / CASE.name).glob("*.yaml"):
        path.write_text(strip_resolutions(path.read_text(encoding="utf-8")), encoding="utf-8")
    return root


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A copy of the bundled scenarios folder, as committed (resolutions included)."""
    return copy_bundled(tmp_path / "bundled")


def scenario_with_rule(
    rule: dict[str, object],
    opens: str = "2020-01-05",
    deadline: str = "2020-03-31",
    scenario_id: str = "probe",
    options: list[str] | None = None,
) -> Scenario:
    """A scenario (not on disk) carrying ``rule``."""
    from forecasts.scenario import Scenario

    data: dict[str, object] = {
        "id": scenario_id,
        "title": "Probe",
        "question": "Will it happen?",
        "created": "2020-01-04",
        "opens": opens,
        "deadline": deadline,
        "resolution": {"criteria": "Yes if it happens.", "rule": rule},
    }
    if options:
        data["kind"] = "categorical"
        data["options"] = [{"id": o, "label": o.title()} for o in options]
    return Scenario.model_validate(data)


@pytest.fixture
def make_scope() -> Callable[..., RuleScope]:
    """Build the RuleScope of a rule on a probe scenario: make_scope({...}, opens=..., deadline=...)."""
    from forecasts.resolve.scope import rule_scope

    def build(rule: dict[str, object], **kwargs: object) -> RuleScope:
        scope = rule_scope(scenario_with_rule(rule, **kwargs))  # type: ignore[arg-type]
        assert scope is not None
        return scope

    return build


@pytest.fixture
def timeline_events(feeds: Path) -> GdeltEvents:
    """The GDELT feed built from the timeline, parsed and prepared for matching."""
    from forecasts.resolve.gdelt import parse_gdelt
    from forecasts.resolve.rules import GdeltEvents

    path = feeds / "gdelt" / "iran-2020-timeline.export.CSV"
    return GdeltEvents(parse_gdelt(path.read_bytes(), path.name).frame)


if TYPE_CHECKING:
    from forecasts.resolve.rules import GdeltEvents
    from forecasts.resolve.scope import RuleScope
    from forecasts.scenario import Scenario
