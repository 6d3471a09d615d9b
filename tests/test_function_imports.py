"""Imports inside functions are there to keep start-up light, never to import a module again.

An import inside a function runs on every call and hides a dependency from the top of the file;
it is worth it only for a module that is costly to load (the model, pandas, the extractor) and
that the file does not otherwise load. Importing, inside a function, a module the file already
imports at its top is a re-import: it only scatters the file's dependencies.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ("forecasts", "dashboard", "scripts")  # what ships and what derives its data


def imported_module(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The modules an import statement loads (``from x import y`` loads ``x``)."""
    if isinstance(node, ast.ImportFrom):
        return [node.module or ""] if not node.level else []
    return [alias.name for alias in node.names]


def reimports(source: str) -> list[tuple[int, str]]:
    """(line, module) of every import inside a function of a module the file imports at its top."""
    tree = ast.parse(source)
    top = {m for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom) for m in imported_module(node)}
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import | ast.ImportFrom):
                found += [(node.lineno, m) for m in imported_module(node) if m in top]
    return sorted(set(found))


def test_the_check_finds_a_reimport() -> None:
    source = "from dataclasses import dataclass\n\ndef f():\n    from dataclasses import replace\n    return replace\n"
    assert reimports(source) == [(4, "dataclasses")]
    assert reimports("import json\n\ndef f():\n    import pandas\n    return pandas\n") == []


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_function_imports_a_module_its_file_already_imports(folder: str) -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {module}"
        for path in sorted((REPO / folder).rglob("*.py"))
        for line, module in reimports(path.read_text(encoding="utf-8"))
    ]
    assert found == []
