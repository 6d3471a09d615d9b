"""The library's import graph is a layering: no cycle, not even through imports inside functions.

Built from the source with ``ast`` (every ``import`` and ``from ... import`` anywhere in a module:
at the top, inside functions, under ``if TYPE_CHECKING``), so an import moved into a function to
dodge a cycle still counts. Importing ``a.b.c`` also runs ``a/__init__`` and ``a/b/__init__``,
so those count as imported too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import forecasts

PACKAGE = Path(forecasts.__file__).resolve().parent


def module_name(path: Path, package: Path = PACKAGE) -> str:
    """``forecasts.model.shown`` for forecasts/model/shown.py, ``forecasts.model`` for its __init__."""
    parts = ["forecasts", *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Every first-party module and the first-party modules it imports (anywhere in its source)."""
    paths = {module_name(p, package): p for p in sorted(package.rglob("*.py"))}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = name.split(".") if is_package else name.split(".")[:-1]
                    base = base[: len(base) - (node.level - 1)]
                    source = ".".join([*base, node.module] if node.module else base)
                else:
                    source = node.module or ""
                # ``from pkg import sub`` imports the module pkg.sub when there is one.
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in paths else source for a in node.names]
            for target in targets:
                parts = target.split(".")
                for depth in range(1, len(parts) + 1):
                    prefix = ".".join(parts[:depth])
                    if prefix in paths and prefix != name and not name.startswith(prefix + "."):
                        graph[name].add(prefix)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_library_has_no_import_cycle() -> None:
    assert find_cycles(import_graph()) == []


def test_the_model_builds_on_the_timeline_and_priors_never_on_what_is_shown() -> None:
    # The shown probability (estimate, and state on top of it) combines the model with the
    # timeline and the source priors; the model reads those two and nothing above them.
    graph = import_graph()
    for name, imported in graph.items():
        # forecasts.model.command is the `update` and `backtest` commands: a CLI above the engine.
        if name.startswith("forecasts.model") and name != "forecasts.model.command":
            assert not imported & {"forecasts.estimate", "forecasts.state"}, (name, sorted(imported))
    for low in ("forecasts.timeline", "forecasts.source_priors"):
        assert not {m for m in graph[low] if m.startswith(("forecasts.model", "forecasts.estimate", "forecasts.state"))}


def test_the_graph_sees_imports_inside_functions_and_finds_a_cycle(tmp_path: Path) -> None:
    package = tmp_path / "forecasts"
    (package / "model").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "model" / "__init__.py").write_text("", encoding="utf-8")
    (package / "state.py").write_text("from forecasts.estimate import Estimate\n", encoding="utf-8")
    (package / "estimate.py").write_text(
        "def shown():\n    from forecasts.model import shown\n    return shown\n", encoding="utf-8"
    )
    (package / "model" / "shown.py").write_text("from . import data\n", encoding="utf-8")
    (package / "model" / "data.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..state import all_forecasts\n", encoding="utf-8"
    )
    graph = import_graph(package)
    assert graph["forecasts.estimate"] == {"forecasts.model.shown", "forecasts.model"}
    assert find_cycles(graph) == [
        ["forecasts.estimate", "forecasts.model.data", "forecasts.model.shown", "forecasts.state"]
    ]
