"""The feed fixtures are derived from the timeline by tests/data/feeds/make_feeds.py, reproducibly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"


def load_builder():
    spec = importlib.util.spec_from_file_location("make_feeds", FEEDS / "make_feeds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_feeds"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_fixtures_are_what_the_builder_makes_from_the_timeline(shared) -> None:
    builder = load_builder()
    built = builder.build_all(shared("data/events/timeline_2020.yaml"))
    assert sorted(built) == sorted(
        str(p.relative_to(FEEDS)) for p in FEEDS.rglob("*") if p.is_file() and p.suffix.lower() == ".csv"
    )
    stale = [name for name, data in built.items() if (FEEDS / name).read_bytes() != data]
    assert stale == [], "run .venv/bin/python tests/data/feeds/make_feeds.py"


def test_every_timeline_event_is_coded_once(shared) -> None:
    import yaml

    builder = load_builder()
    timeline = yaml.safe_load(shared("data/events/timeline_2020.yaml").read_text())
    rows = builder.timeline_rows(timeline)
    assert len({url for _, url in rows}) >= len(timeline)
    assert len(timeline) == len(builder.CODING) == 35
