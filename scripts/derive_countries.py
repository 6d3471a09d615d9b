"""Derive forecasts/data/countries.csv: every country and populous territory, for the gazetteer.

The hand-laid gazetteer (``forecasts.extract.gazetteer``) names the countries conflict
forecasts mostly talk about, with their leaders and armed groups. Articles name others
(Cambodia, Thailand, Malawi, Sri Lanka ...); without them a Cambodian election becomes "the US
election" and a rule cannot place an event. This table adds, for every place GeoNames lists with
a FIPS 10-4 code and at least ``MIN_POPULATION`` people (the microstates and small territories
left out are rarely forecast about, and some of their names are words or other places'
names: "Jersey", "Male", "Victoria"):

- ``iso3``: the ISO 3166-1 alpha-3 code, which CAMEO's country codes follow;
- ``fips``: the FIPS 10-4 code GDELT's ActionGeo fields carry;
- ``name``, ``capital``: GeoNames' short name and capital;
- ``other_names``: another common name, from the countryinfo package's data ("Czech Republic"
  beside "Czechia", "East Timor" beside "Timor Leste"), ``|``-separated;
- ``demonym``: from the countryinfo package's data ("Cambodian"), unless two places share it.

Sources: GeoNames' countryInfo.txt (https://download.geonames.org/export/dump/countryInfo.txt,
CC BY 4.0, GeoNames.org) and the JSON files of the countryinfo package
(https://pypi.org/project/countryinfo/, MIT licence).

    pip download --no-deps countryinfo && unzip countryinfo-*.whl -d /tmp/countryinfo
    python scripts/derive_countries.py countryInfo.txt /tmp/countryinfo/countryinfo/data
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from forecasts.store import replace_file

OUT = Path(__file__).resolve().parent.parent / "forecasts" / "data" / "countries.csv"
MIN_POPULATION = 150_000
# GeoNames' own codes that are no ISO or CAMEO country code ("XKX", Kosovo's placeholder).
NOT_ISO = frozenset({"XKX", "SCG", "ANT"})
# Capitals whose names are as often another place or a word.
AMBIGUOUS_CAPITALS = frozenset(
    {"Victoria", "Kingston", "Male", "Georgetown", "Hamilton", "Douglas", "Santiago", "Sofia"}
)
# Names a reader would not use for the country, or that are another country's word.
SKIPPED_NAMES = frozenset({"Palestinian Territory"})
COLUMNS = ("iso3", "fips", "name", "other_names", "demonym", "capital")


def read_geonames(path: Path) -> list[dict[str, str]]:
    """GeoNames' rows: ISO3, FIPS, name, capital, population."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 8:
            sys.exit(f"{path}: a row with {len(cells)} columns where GeoNames has 19: {line[:60]!r}")
        rows.append(
            {
                "iso3": cells[1],
                "fips": cells[3],
                "name": cells[4].strip(),
                "capital": cells[5].strip(),
                "population": cells[7] or "0",
            }
        )
    return rows


def read_countryinfo(folder: Path) -> dict[str, dict[str, object]]:
    """countryinfo's record of each country, by ISO3."""
    out: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso = data.get("ISO") or {}
        code = iso.get("alpha3") if isinstance(iso, dict) else None
        if isinstance(code, str):
            out[code] = data
    if not out:
        sys.exit(f"{folder}: no countryinfo JSON files (with ISO alpha3 codes) found")
    return out


def derive(geonames: list[dict[str, str]], info: dict[str, dict[str, object]]) -> list[dict[str, str]]:
    """The table's rows, by ISO3."""
    rows = []
    demonyms = [str(record.get("demonym") or "") for record in info.values()]
    shared = {d for d in demonyms if d and demonyms.count(d) > 1}  # "Chinese" is also Hong Kong's
    for row in geonames:
        if not row["fips"] or row["iso3"] in NOT_ISO or int(float(row["population"])) < MIN_POPULATION:
            continue
        if row["name"] in SKIPPED_NAMES:
            continue
        record = info.get(row["iso3"], {})
        other = str(record.get("name") or "")
        demonym = str(record.get("demonym") or "")
        rows.append(
            {
                "iso3": row["iso3"],
                "fips": row["fips"],
                "name": row["name"],
                "other_names": other if other and other != row["name"] else "",
                "demonym": "" if demonym in shared else demonym,
                "capital": "" if row["capital"] in AMBIGUOUS_CAPITALS else row["capital"],
            }
        )
    return sorted(rows, key=lambda r: r["iso3"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("geonames", type=Path, help="GeoNames' countryInfo.txt.")
    parser.add_argument("countryinfo", type=Path, help="The countryinfo package's data folder (one JSON per country).")
    parser.add_argument("--out", type=Path, default=OUT, help="Where to write the table.")
    args = parser.parse_args()
    rows = derive(read_geonames(args.geonames), read_countryinfo(args.countryinfo))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    replace_file(args.out, buffer.getvalue().encode("utf-8"))
    print(f"wrote {args.out}: {len(rows)} countries and territories")


if __name__ == "__main__":
    main()
