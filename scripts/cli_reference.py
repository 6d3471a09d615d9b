"""Write docs/cli.md's command reference from the CLI itself (every command's --help).

    .venv/bin/python scripts/cli_reference.py           # rewrite the generated part of docs/cli.md
    .venv/bin/python scripts/cli_reference.py --check   # exit 1 if it is stale

Only the part between the cli-reference markers is rewritten; text around it stays as written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forecasts.cli_reference import reference_path, updated_document
from forecasts.store import write_derived_file

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or with --check, compare) docs/cli.md; the exit status says if it was stale."""
    parser = argparse.ArgumentParser(description="Write docs/cli.md's command reference from the CLI.")
    parser.add_argument("--check", action="store_true", help="Only say whether docs/cli.md is stale (exit 1 if so).")
    args = parser.parse_args(argv)
    path = reference_path(REPO)
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    wanted = updated_document(current)
    if current == wanted:
        return 0
    if args.check:
        print(f"{path.relative_to(REPO)}: stale; run `python scripts/cli_reference.py`", file=sys.stderr)
        return 1
    # Atomic: a reader (or an editor with the file open) never sees half a file.
    write_derived_file(path, wanted.encode("utf-8"))
    print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
