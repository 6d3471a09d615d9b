"""The dashboard run with `streamlit run` on a free local port, for the browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Server:
    """The running app: its URL and the file its output goes to."""

    url: str
    log: Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, server: subprocess.Popen[bytes], log: Path, seconds: float = 45) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit exited with {server.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"streamlit did not answer on {url} within {seconds:.0f} s:\n{log.read_text(errors='replace')[-3000:]}")


@contextmanager
def run_dashboard(
    scenarios: Path, log: Path, editor: bool = True, cwd: Path = REPO, port: int | None = None
) -> Iterator[Server]:
    """``streamlit run dashboard/app.py`` on ``scenarios`` (editor mode unless told), until the block ends.

    ``cwd`` is where Streamlit looks for ``.streamlit/secrets.toml``; ``port`` a free one by default.
    """
    port = port or free_port()
    env = {**os.environ, "FORECASTS_SCENARIOS": str(scenarios), "PYTHONUNBUFFERED": "1"}
    env.pop("FORECASTS_AS_OF", None)
    env.pop("FORECASTS_EDITOR", None)
    env.pop("FORECASTS_LOCAL_EDITOR", None)
    if editor:
        # The local single-user mode, as `forecasts dashboard --local-editor` starts it (127.0.0.1 below).
        env["FORECASTS_LOCAL_EDITOR"] = "1"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(REPO / "dashboard" / "app.py"),
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield Server(url, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
