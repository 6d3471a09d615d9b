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
below, each with its reason); the table marks them `basis = alias of <phrase>`. Intensified forms
("highly probable") scale the base phrase's log-odds by the ratio the surveys show for
likely -> highly likely and unlikely -> highly unlikely (`basis = intensified <phrase>`).
"""

from __future__ import annotations

import argparse
import csv
import math
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
    # Hedges met in news and analysis (forecasts extract); each maps to the closest surveyed reading.
    "possibility": ("possibly", "noun of the surveyed adverb"),
    "a possibility": ("possibly", "noun of the surveyed adverb"),
    "distinct possibility": ("serious possibility", "'distinct' = serious"),
    "strong possibility": ("serious possibility", "'strong' = serious"),
    "remote possibility": ("remote chance", "'remote' as in the surveyed 'remote chance'"),
    "slight possibility": ("chances are slight", "'slight' as in the surveyed phrase"),
    "slight chance": ("chances are slight", "'slight' as in the surveyed phrase"),
    "slim chance": ("chances are slight", "'slim' = slight"),
    "strong chance": ("very good chance", "'strong' = very good"),
    "real chance": ("real possibility", "'real' as in the surveyed phrase"),
    "a risk": ("could happen", "a risk is a possibility the speaker fears, not a likelihood"),
    "risk": ("could happen", "a risk is a possibility the speaker fears, not a likelihood"),
    "there is no question": ("almost certain", "booster: speaker admits no doubt"),
    "there's no question": ("almost certain", "booster: speaker admits no doubt"),
    "no doubt": ("almost certain", "booster: speaker admits no doubt"),
    "there is no doubt": ("almost certain", "booster: speaker admits no doubt"),
    "there's no doubt": ("almost certain", "booster: speaker admits no doubt"),
    "without a doubt": ("almost certain", "booster: speaker admits no doubt"),
    "doubtless": ("almost certain", "booster: speaker admits no doubt"),
    "unquestionably": ("almost certain", "booster: speaker admits no doubt"),
    "near certain": ("almost certain", "'near' = almost"),
    "nearly certain": ("almost certain", "'nearly' = almost"),
    "almost inevitable": ("almost certain", "'almost' + stated as unavoidable"),
    "bound to": ("almost certainly", "stated as unavoidable"),
    "sure to": ("almost certainly", "booster"),
    "in all probability": ("highly likely", "idiom for 'very probably'"),
    "on the brink of": ("highly likely", "imminent and all but certain, like 'on the verge of'"),
    "chances are": ("likely", "idiom for 'probably'"),
    "odds are": ("likely", "idiom for 'probably'"),
    "presumably": ("probably", "synonym"),
    "should expect": ("likely", "an expectation is read like 'likely'"),
    "can expect": ("likely", "an expectation is read like 'likely'"),
    "fully expect": ("highly likely", "intensified expectation"),
    "more likely than not": ("better than even", "synonym"),
    "even chance": ("about even", "synonym"),
    "fifty-fifty": ("about even", "synonym"),
    "toss-up": ("about even", "synonym"),
    "conceivably": ("possibly", "synonym"),
    "conceivable": ("possibly", "synonym"),
    "might well": ("realistic possibility", "'well' lifts 'might' to a real possibility"),
    "i think": ("we believe", "first-person belief, surveyed as 'we believe'"),
    "i believe": ("we believe", "first-person belief, surveyed as 'we believe'"),
    "we think": ("we believe", "first-person belief, surveyed as 'we believe'"),
    "i doubt": ("we doubt", "first-person doubt, surveyed as 'we doubt'"),
    "i am concerned that": ("real possibility", "the speaker flags a risk as live, not as likely"),
    "i'm concerned that": ("real possibility", "the speaker flags a risk as live, not as likely"),
    "i am worried that": ("real possibility", "the speaker flags a risk as live, not as likely"),
    "i'm worried that": ("real possibility", "the speaker flags a risk as live, not as likely"),
    "i worry that": ("real possibility", "the speaker flags a risk as live, not as likely"),
    "i worry about": ("real possibility", "the speaker flags a risk as live, not as likely"),
    "i fear that": ("real possibility", "the speaker flags a risk as live, not as likely"),
    "i worry less about": (
        "probably",
        "a risk the speaker discounts; written with polarity negative it reads as 'probably not'",
    ),
    "that is not to say it won't happen": ("might happen", "concedes a possibility without asserting it"),
    "that's not to say it won't happen": ("might happen", "concedes a possibility without asserting it"),
    "not to say it won't happen": ("might happen", "concedes a possibility without asserting it"),
    "not out of the question": ("might happen", "concedes a possibility without asserting it"),
    "not impossible": ("could happen", "concedes a possibility without asserting it"),
    "impossible": ("almost no chance", "closest surveyed phrase"),
    "virtually impossible": ("almost no chance", "closest surveyed phrase"),
    # Negated hedges are mapped by meaning, not by 1 - p: "not certain" is a shrug, not a 'no'.
    "not likely": ("unlikely", "negated 'likely'"),
    "not expected": ("unlikely", "negated expectation"),
    "not probable": ("improbable", "negated 'probable'"),
    "not possible": ("almost no chance", "negated 'possible'"),
    "not certain": ("maybe", "negated certainty is open doubt"),
    "uncertain": ("maybe", "open doubt"),
}

# Intensified hedges no survey asked about ("highly probable") are derived from the surveyed pairs
# likely -> highly likely and unlikely -> highly unlikely: the log-odds of the base phrase are scaled
# by the mean ratio of those pairs, and the Beta keeps the base phrase's concentration (a + b).
INTENSIFIER_PAIRS = (("likely", "highly likely"), ("unlikely", "highly unlikely"))
INTENSIFIERS = ("very", "highly")
# Only words that lean one way: intensifying "possible" ("very possible") raises it, which scaling
# log-odds away from 0.5 would get backwards, so such words are left to the aliases.
INTENSIFIABLE = ("likely", "unlikely", "probable", "improbable", "doubtful")

HEADER = """\
# Hedge phrase -> Beta prior on the probability a reader hears in it.
# Derived by scripts/derive_phrase_table.py from ../shared/data/wep/phrase_summary_4sd.csv
# (pooled rows: every answer to the exact wording across the surveys, 4-SD outliers dropped,
# method-of-moments Beta fit). Surveys: Kucharski, CAPphrase (2026, 5,174 respondents,
# CC-BY 4.0, doi:10.5281/zenodo.18750055); Mauboussin & Mauboussin, HBR 3 July 2018
# (probabilitysurvey.com); Fagen-Ulmschneider, Perception of Probability Words (2019);
# zonination, Perceptions of Probability and Numbers (Reddit, 2015).
# basis: 'survey' rows come straight from the surveys; 'alias of X' rows reuse the fit of the
# surveyed phrase X (reason given); 'intensified X' rows scale X's log-odds as the surveyed
# intensifier pairs do (reason given). p05/p95 are quantiles of the Beta fit.
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
    rows.extend(intensified_rows(rows))
    return rows


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def intensified_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows for 'very X' / 'highly X' not in the table, scaled as the surveyed intensifier pairs are."""
    by_phrase = {row["phrase"]: row for row in rows}
    factors = [
        _logit(float(by_phrase[strong]["mean"])) / _logit(float(by_phrase[base]["mean"]))
        for base, strong in INTENSIFIER_PAIRS
    ]
    factor = sum(factors) / len(factors)
    derived: list[dict[str, str]] = []
    for base in sorted(INTENSIFIABLE):
        source = by_phrase[base]
        a, b = float(source["beta_a"]), float(source["beta_b"])
        mean = 1 / (1 + math.exp(-factor * _logit(a / (a + b))))
        concentration = a + b
        new_a, new_b = mean * concentration, (1 - mean) * concentration
        for word in INTENSIFIERS:
            phrase = f"{word} {base}"
            if phrase in by_phrase:
                continue
            derived.append(
                {
                    "phrase": phrase,
                    "mean": f"{mean:.4f}",
                    "p05": f"{stats.beta.ppf(0.05, new_a, new_b):.4f}",
                    "p50": f"{stats.beta.ppf(0.50, new_a, new_b):.4f}",
                    "p95": f"{stats.beta.ppf(0.95, new_a, new_b):.4f}",
                    "beta_a": f"{new_a:.4f}",
                    "beta_b": f"{new_b:.4f}",
                    "n": source["n"],
                    "basis": f"intensified {base}",
                    "reason": f"log-odds of '{base}' x {factor:.2f} (mean ratio of surveyed likely/highly likely and unlikely/highly unlikely)",
                }
            )
    return derived


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
