"""Derive forecasts/data/phrases.csv from the survey summaries in ../shared/data/wep.

Run from the repository root:  python scripts/derive_phrase_table.py [--wep ../shared/data/wep]

The raw survey files stay in ../shared; only the derived figures are kept in the repository.
Source rows: the `pooled` rows of `phrase_summary_4sd.csv` (every individual answer to the exact
wording, all surveys, answers more than 4 SD from their (phrase, survey) mean dropped, Beta fitted
by the method of moments). Surveys pooled there:
  - Kucharski, CAPphrase (2026), 5,174 respondents, CC-BY 4.0, doi:10.5281/zenodo.18750055
  - Mauboussin & Mauboussin, "If You Say Something Is 'Likely,' How Likely Do People Think It Is?",
    Harvard Business Review, 3 July 2018 (probabilitysurvey.com), ~1,830 respondents
  - Fagen-Ulmschneider, "Perception of Probability Words" (2019), 123 respondents
  - zonination, "Perceptions of Probability and Numbers" (Reddit, 2015), 45 respondents
Hedges that no survey asked about are mapped to the surveyed phrase closest in meaning (ALIASES
below, each with its reason); the table marks them `basis = alias of <phrase>`.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from scipy import stats

# Frequency words ("often", "rarely") describe how often something recurs, not the chance that
# one event happens, so they are left out of a table of hedges.
FREQUENCY_WORDS = {
    "always",
    "almost always",
    "frequently",
    "often",
    "not often",
    "rarely",
    "usually",
    "never",
    "more often than not",
}

# hedge -> (surveyed phrase, why it reads the same)
ALIASES: dict[str, tuple[str, str]] = {
    "in all likelihood": ("highly likely", "idiom for 'very probably'"),
    "most likely": ("highly likely", "superlative of 'likely' used as 'very probably'"),
    "very likely": ("highly likely", "intensified 'likely'"),
    "very probably": ("highly likely", "intensified 'probably'"),
    "on the verge of": ("highly likely", "imminent and all but certain"),
    "no question": ("almost certain", "booster: speaker admits no doubt"),
    "undoubtedly": ("almost certain", "booster: speaker admits no doubt"),
    "without doubt": ("almost certain", "booster: speaker admits no doubt"),
    "certain": ("almost certain", "closest surveyed certainty phrase"),
    "surely": ("almost certainly", "booster"),
    "definitely": ("almost certainly", "booster"),
    "all but inevitable": ("almost certain", "'all but' = almost"),
    "all but certain": ("almost certain", "'all but' = almost"),
    "virtually certain": ("almost certain", "'virtually' = almost"),
    "inevitable": ("almost certain", "stated as unavoidable"),
    "inevitably": ("almost certain", "stated as unavoidable"),
    "expect": ("likely", "an expectation is read like 'likely'"),
    "expects": ("likely", "an expectation is read like 'likely'"),
    "expected": ("likely", "an expectation is read like 'likely'"),
    "good chance": ("likely", "weaker than 'very good chance'"),
    "could": ("could happen", "surveyed as 'could happen'"),
    "may": ("may happen", "surveyed as 'may happen'"),
    "might": ("might happen", "surveyed as 'might happen'"),
    "could well": ("realistic possibility", "'well' lifts 'could' to a real possibility"),
    "may well": ("realistic possibility", "'well' lifts 'may' to a real possibility"),
    "potentially": ("possibly", "adverb of possibility"),
    "possible": ("possibly", "adjective of the surveyed adverb"),
    "perhaps": ("maybe", "synonym"),
    "cannot be ruled out": ("might happen", "concedes a possibility without asserting it"),
    "can't be ruled out": ("might happen", "concedes a possibility without asserting it"),
    "not ruled out": ("might happen", "concedes a possibility without asserting it"),
    "doubtful": ("we doubt", "adjective of the surveyed phrase"),
    "very unlikely": ("highly unlikely", "intensified 'unlikely'"),
    "likely not": ("unlikely", "negated 'likely'"),
    "no chance": ("almost no chance", "closest surveyed phrase"),
    "will": ("will happen", "a bare 'will' (no hedge)"),
    "going to": ("will happen", "a bare 'is going to' (no hedge)"),
}

HEADER = """\
# Hedge phrase -> Beta prior on the probability a reader hears in it.
# Derived by scripts/derive_phrase_table.py from ../shared/data/wep/phrase_summary_4sd.csv
# (pooled rows: every answer to the exact wording across the surveys, 4-SD outliers dropped,
# method-of-moments Beta fit). Surveys: Kucharski, CAPphrase (2026, 5,174 respondents,
# CC-BY 4.0, doi:10.5281/zenodo.18750055); Mauboussin & Mauboussin, HBR 3 July 2018
# (probabilitysurvey.com); Fagen-Ulmschneider, Perception of Probability Words (2019);
# zonination, Perceptions of Probability and Numbers (Reddit, 2015).
# basis: 'survey' rows come straight from the surveys; 'alias of X' rows reuse the fit of the
# surveyed phrase X (reason given). p05/p95 are quantiles of the Beta fit.
"""

FIELDS = ["phrase", "mean", "p05", "p50", "p95", "beta_a", "beta_b", "n", "basis", "reason"]


def derive_rows(summary: Path) -> list[dict[str, str]]:
    """Read the pooled summary rows and return the table rows, surveyed phrases then aliases."""
    surveyed: dict[str, dict[str, str]] = {}
    with summary.open(newline="") as fh:
        for row in csv.DictReader(fh):
            if row["source"] != "pooled" or row["phrase"] in FREQUENCY_WORDS:
                continue
            a, b = float(row["beta_a"]), float(row["beta_b"])
            surveyed[row["phrase"]] = {
                "phrase": row["phrase"],
                "mean": f"{a / (a + b):.4f}",
                "p05": f"{stats.beta.ppf(0.05, a, b):.4f}",
                "p50": f"{stats.beta.ppf(0.50, a, b):.4f}",
                "p95": f"{stats.beta.ppf(0.95, a, b):.4f}",
                "beta_a": f"{a:.4f}",
                "beta_b": f"{b:.4f}",
                "n": row["n"],
                "basis": "survey",
                "reason": "",
            }
    rows = [surveyed[p] for p in sorted(surveyed)]
    for alias, (target, reason) in sorted(ALIASES.items()):
        if alias in surveyed:
            continue
        rows.append({**surveyed[target], "phrase": alias, "basis": f"alias of {target}", "reason": reason})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wep", type=Path, default=Path("../shared/data/wep"))
    parser.add_argument("--out", type=Path, default=Path("forecasts/data/phrases.csv"))
    args = parser.parse_args()
    rows = derive_rows(args.wep / "phrase_summary_4sd.csv")
    with args.out.open("w", newline="") as fh:
        fh.write(HEADER)
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} phrases to {args.out}")


if __name__ == "__main__":
    main()
