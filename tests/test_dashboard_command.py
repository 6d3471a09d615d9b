"""``forecasts dashboard``: the local editor binds the server to 127.0.0.1, and nothing else turns editing on."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from forecasts.cli import cli

REPO = Path(__file__).resolve().parent.parent


def started(
    monkeypatch: pytest.MonkeyPatch, tree: Path, *args: str, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run ``forecasts dashboard`` with Streamlit's start replaced: what it would have run, and the output."""
    seen: dict[str, Any] = {}

    def execve(path: str, command: list[str], environment: dict[str, str]) -> None:
        seen.update(command=command, env=environment)

    monkeypatch.setattr(os, "execve", execve)  # the command becomes Streamlit through os.execve
    # Under pytest, `import dashboard` can find tests/dashboard (a folder without __init__): point it at the app's.
    monkeypatch.setitem(
        sys.modules, "dashboard", types.SimpleNamespace(__file__=str(REPO / "dashboard" / "__init__.py"))
    )
    for name in ("FORECASTS_EDITOR", "FORECASTS_LOCAL_EDITOR"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(cli, ["dashboard", "--scenarios", str(tree), *args], env=env)
    assert result.exit_code == 0, result.output
    seen["stderr"] = result.stderr
    return seen


def address(command: list[str]) -> str | None:
    return command[command.index("--server.address") + 1] if "--server.address" in command else None


def test_local_editor_binds_the_server_to_localhost_only(monkeypatch: pytest.MonkeyPatch, tree: Path) -> None:
    seen = started(monkeypatch, tree, "--local-editor")
    assert address(seen["command"]) == "127.0.0.1"
    assert seen["env"]["FORECASTS_LOCAL_EDITOR"] == "1"
    # Given on the command line, it wins over any server.address in .streamlit/config.toml.
    assert seen["command"].count("--server.address") == 1


def test_without_the_flag_nothing_switches_editing_on(monkeypatch: pytest.MonkeyPatch, tree: Path) -> None:
    seen = started(monkeypatch, tree)
    assert address(seen["command"]) is None
    assert "FORECASTS_LOCAL_EDITOR" not in seen["env"]
    assert "FORECASTS_EDITOR" not in seen["env"]


@pytest.mark.parametrize(("args", "env"), [(("--editor",), None), ((), {"FORECASTS_EDITOR": "1"})])
def test_the_old_switches_now_mean_the_local_editor_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, tree: Path, args: tuple[str, ...], env: dict[str, str] | None
) -> None:
    seen = started(monkeypatch, tree, *args, env=env)
    assert address(seen["command"]) == "127.0.0.1"
    assert seen["env"]["FORECASTS_LOCAL_EDITOR"] == "1"
    assert "FORECASTS_EDITOR" not in seen["env"]
    assert (
        "warning: --editor and FORECASTS_EDITOR=1 are deprecated; they now mean --local-editor "
        "(editing on 127.0.0.1 only)" in seen["stderr"]
    )
