"""Write docs/schema/<command>.json, the JSON Schema of each command's ``--format json`` output.

Generated from the models in ``forecasts.json_schema``; ``tests/test_json_schema.py`` fails when
a file is not what this script would write. Run it after changing a command's JSON:

    .venv/bin/python scripts/json_schemas.py           # write the files
    .venv/bin/python scripts/json_schemas.py --check   # exit 1, naming them, if any is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forecasts.json_schema import schema_texts
from forecasts.store import write_derived_file

FOLDER = Path(__file__).resolve().parents[1] / "docs" / "schema"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the schema files; the exit status says if any is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Only say which files are stale (exit 1 if any).")
    args = parser.parse_args(argv)
    stale = [
        name
        for name, text in schema_texts().items()
        if not (FOLDER / name).is_file() or (FOLDER / name).read_text(encoding="utf-8") != text
    ]
    if args.check:
        for name in stale:
            print(f"docs/schema/{name}: stale; run `python scripts/json_schemas.py`", file=sys.stderr)
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, text in schema_texts().items():
        if name in stale:
            write_derived_file(FOLDER / name, text.encode("utf-8"))
            print(f"wrote docs/schema/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
