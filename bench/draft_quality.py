"""How publishable are the drafts `forecasts extract --write` makes? New drafting vs. the old one.

On the labelled corpus (``forecasts.extract.corpus.load_corpus()``: corpus/labels, and the
gold articles of ../shared when present) every article is extracted with the shipped scorer and
its forecasts matched to the gold ones (spans, as bench/extraction_eval.py). Over the matched
pairs, for the new drafting (``forecasts.extract.drafts``) and the old one (the functions of
``forecasts/extract/drafts.py`` before issue 16, kept below for this comparison only):

- question names actors and action: the question contains one of the gold event's actor words
  (its capitalised words, first-word articles aside; with none, its first content word) and one
  of the first four lower-case words after the actor (the action and what it acts on), words
  compared on their first five letters;
- id of whole words: every part of the id is a whole word of the article or event (or a word's
  base form), not a stop word, at most six parts;
- scenarios per distinct gold event: the extractor often finds a forecast more than once (the
  label's ``alt_quotes`` are its restatements elsewhere in the article), and one article's gold
  forecasts may share an ``event``; every claim whose span overlaps a gold event's quote or
  alt_quotes is about that event, and the measure is the number of scenario files those claims
  end up in, per distinct gold event (the old drafting wrote a file per claim; the new one
  groups and attaches). Target <= 1.1;
- subject and verb: the proposition's subject names the gold event's actor (the words before
  its main verb; the same CAMEO country in the gazetteer, else a shared content word other than
  generic heads such as "forces" or "government") and its verb is the gold event's action (same
  lemma, or one synonym group: strike/attack/hit, rise/increase ...), counted exact and with
  synonyms;
- conflict events given a rule that validates: gold forecasts of conflict articles whose gold
  event names a conflict act (attack, strike, invade, threaten, sanction, expel, protest, ...;
  ``CONFLICT_WORDS``) that CAMEO or ACLED can code (``codable``: the gold action is a verb of
  force, threat, protest, sanction, expulsion, demand, cooperation, meeting or negotiation, and
  the event is not a cyber or influence operation, a war's end or outcome, or a capability
  built up: those have no event code), and whose draft carries a ``resolution.rule`` in a file
  that validates. Target >= 0.7 (the old drafting proposed no rule). The count of conflict
  events CAMEO/ACLED cannot code is printed beside it.

The hand-scored sample (bench/draft_quality_sample.yaml) holds 30 drafts picked at random
(seed ``SAMPLE_SEED``) among every draft of every article, each scored by a person: publishable
as is, one field edited, or rewritten; the bench prints its tally (target: >= 80% as is or one
field edited). ``--new-sample FILE`` writes a fresh, unscored sample to score by hand (never over an existing file),
drawn from the drafts ``write_drafts`` actually writes: after the resolvability gate.

Every verdict a reader has given is kept in bench/draft_verdicts.yaml, on the draft exactly as it
was scored (``--add-verdicts FILE`` merges a scored sample in; a later verdict on the same draft
wins). The bench counts the drafts written now that a reader scored as they are, by verdict: a
larger, if not random, look than one sample of 30 (drafts changed since their reading, and drafts
never read, are left out and counted). It does the same for the articles in bench/drafting_holdout/,
which the drafting was never built from (unlabelled, so only this count is made of them). Under
each count, the claims held back now are tallied by the verdict a reader gave the same claim's
draft when it was drafted, by the kind of reason (``held_back_verdicts``): what each check costs
in publishable drafts and saves in rewritten ones.

The resolvability gate (``forecasts.extract.resolvability``, ``--gate`` prints this section
alone): the corpus is split by article into a DEV half and a TEST half (``half_of``: a stable
hash of the article's name), the gate was designed looking at DEV only, and for each half the
bench counts, over the claims the extractor lists, the share of gold forecasts (matched claims)
the gate keeps, the share of the extractor's false positives it drops, and among the false
positives that match a labelled distractor, the share dropped per distractor category. The
confidences come from the shipped scorer, which was trained on both halves; so the TEST half is
also measured with a scorer trained on the DEV half only (needs scikit-learn, the ``train``
extra), the figure that says how the gate does on articles nobody tuned anything on. Each is
printed for several drafting cuts (``DRAFT_CONFIDENCE`` is the one used), beside the cut on
confidence alone; and the hand-scored sample's drafts are tallied by whether the gate now holds
them back.

A round reads new held-out sets blind with ``--read-sets SET... --out FILE`` (every draft of
those sets and ``--held-back N`` of the claims the gate holds back, drafted anyway and marked
``held_back: true``), a reader scores the file, ``--tally FILE`` counts the two apart, and
``--add-verdicts FILE`` keeps the verdicts.

    python bench/draft_quality.py [--details] [--new-sample FILE] [--gate] [--add-verdicts FILE]
    python bench/draft_quality.py --read-sets ep eq --out reading.yaml [--held-back 30]
    python bench/draft_quality.py --tally reading.yaml
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from forecasts.extract.article import Article, read_article
from forecasts.extract.candidates import Candidate
from forecasts.extract.corpus import LabelledArticle, load_corpus
from forecasts.extract.drafts import draft_scenario, judge_draft, normalise_quote, window_of, write_drafts
from forecasts.extract.evaluation import label_spans, match_spans, span_overlap
from forecasts.extract.extractor import analyse_article
from forecasts.extract.gazetteer import actors_in
from forecasts.extract.propositions import Proposition, content_words, lemmatise, propose, slug_words
from forecasts.extract.resolvability import DRAFT_CONFIDENCE, judge_resolvability
from forecasts.extract.scorer import Scorer
from forecasts.problems import ScenarioError
from forecasts.store import create_file, dump_yaml, load_catalog, parse_scenario, replace_file

SAMPLE = Path(__file__).with_name("draft_quality_sample.yaml")
# Each re-score draws afresh, so fixes are never judged on the drafts that guided them: 16 drew the
# first sample, 17 the one after the gate (whose faults guided the second round), 18 the one after that
# (whose faults guided the third), 19 the one after that (the fourth), 20 the one after that (its faults and
# 17-19's guided the question-form check and the fifth round), 21 the one after that (the sixth), 22 the
# one after that (the seventh), 23 the one after that (the eighth), 24 the one after that (the ninth), 25 the
# one after that (the tenth), 26 and 27 two samples of the same drafting (the tenth's), 28 the one after
# the eleventh round (whose faults were read off 26 and 27 and every earlier score), 29 the one after
# the twelfth (its faults read off 28), 30 the one after the thirteenth (its faults read off 29), 31
# the one after the fourteenth (its faults read off 30), 32 the one after the fifteenth (its faults
# read off 31), 33 the one after the sixteenth and seventeenth (their faults read off 32 and off a
# reading of every draft then written, draft_verdicts.yaml), the current one.
SAMPLE_SEED = 33
SAMPLE_SIZE = 30
SCORES = ("as_is", "one_field", "rewritten")
# Every verdict a reader has given, on the draft exactly as it was scored (samples and whole-pool
# readings). A draft the drafting still writes unchanged keeps its verdict; one it now writes
# differently has none until read again.
VERDICTS = Path(__file__).with_name("draft_verdicts.yaml")
# Articles the drafting was never built from (unlabelled; see drafting_holdout/README.md).
HOLDOUT = Path(__file__).with_name("drafting_holdout")
# The held-out sets, by the letters a file name starts with, and what each has been used for
# (drafting_holdout/README.md).
HOLDOUT_SETS = {
    "h": "read after the seventeenth round; guided the eighteenth",
    "g": "read after the eighteenth round; guided the nineteenth",
    "k": "read after the eighteenth round; guided the nineteenth",
    "m": "read after the nineteenth round; guided the twentieth",
    "p": "read after the twentieth round; guided the twenty-first (the parser's checks)",
    "q": "read after the twentieth round; checked the twenty-first (the parser's checks)",
    "r": "read after the twentieth round; guided the twenty-first (a question naming no one)",
    "s": "read once after the twenty-first round, blind; guided the twenty-second",
    "t": "read once after the twenty-second round, blind; guided the twenty-third",
    "u": "read once after the twenty-third round, blind; used for nothing else",
    "v": "read once after the twenty-fourth round, blind; guided the twenty-fifth",
    "w": "read once after the twenty-fourth round, blind; guided the twenty-fifth",
    "x": "read once after the twenty-fifth round, blind; guided the twenty-sixth",
    "y": "read once after the twenty-sixth round, blind; guided the twenty-seventh",
    "z": "read once after the twenty-seventh round, blind; guided two fixes after it",
    "n": "read once after the twenty-seventh round and set z's fixes, blind; its verdicts guided the twenty-eighth",
    "o": "read once after the twenty-eighth round, blind (the twenty-seventh writes the same drafts); guided its fixes",
    "j": "read once after the twenty-eighth round, blind (the twenty-seventh writes the same drafts); guided its fixes",
    "i": "read once after the twenty-eighth round and its fixes from sets o and j, blind; guided three fixes after it",
    "e": "read once after the twenty-eighth round and all its fixes but the last two, blind; guided those two",
    "f": "read once after the twenty-eighth round's fixes, blind; guided one check after it ('strike a blow for')",
    "a": "read once, blind, with set b (round 28's drafts and round 29's gate, chosen before); guided three checks",
    "b": "read once, blind, with set a (round 28's drafts and round 29's gate, chosen before); guided three checks",
    "c": "read once, blind, with set d: the twenty-eighth round's drafts and all of the twenty-ninth's",
    "d": "read once, blind, with set c: the twenty-eighth round's drafts and all of the twenty-ninth's",
    "l": "read once, blind, with set aa: the twenty-eighth round's drafts and all of the twenty-ninth's",
    "aa": "read once, blind, with set l: the twenty-eighth round's drafts and all of the twenty-ninth's",
    "ab": "read once, blind, with set ac: the twenty-eighth round's drafts and all of the twenty-ninth's",
    "ac": "read once, blind, with set ab: the twenty-eighth round's drafts and all of the twenty-ninth's",
    "ad": "read once, blind, with set ae, after all of round 29 but 'participate in', which set ae guided",
    "ae": "read once, blind, with set ad, after all of round 29 but 'participate in', which it guided",
    "af": "read once, blind, with set ag: round 29's drafts, which round 30's first four changes leave as they are",
    "ag": "read once, blind, with set af; with it guided round 30's later fixes (a weekend, an aim, an aside)",
    "ah": "read once, blind, with set ai, after round 30's fixes from af and ag; guided two checks after it",
    "ai": "read once, blind, with set ah, after round 30's fixes from af and ag; guided two checks after it",
    "aj": "read once, blind, with set ak, after round 30's checks from ah and ai; guided one fix after it",
    "ak": "read once, blind, with set aj, after round 30's checks from ah and ai; guided one fix after it",
    "al": "read once, blind, with set am, after round 30 but its trips fix (gathered favouring bilateral meetings); guided that",
    "am": "read once, blind, with set al, after round 30 but its trips fix (gathered favouring bilateral meetings); guided that",
    "an": "read once, blind, with set ao, after round 31's first changes (undated acts); guided four fixes after it",
    "ao": "read once, blind, with set an, after round 31's first changes (undated acts); guided five fixes after it",
    "ap": "read once, blind, with set aq, after round 31's fixes from an and ao (both rounds draft alike there)",
    "aq": "read once, blind, with set ap, after round 31's fixes from an and ao; guided three fixes after it",
    "ar": "read once, blind, with set as, after all of round 31; its draft treaty guided one check ('shall')",
    "as": "read once, blind, with set ar, after all of round 31; used for nothing else",
    "at": "read once, blind, with set au, after round 32's checks (work plans, conditional triggers); used for nothing else",
    "au": "read once, blind, with set at, after round 32's checks; its Bali briefing then guided the trip-departure fix",
    "av": "read once, blind, with set aw, after round 32's checks; its Jerusalem trip then guided the trip-departure fix",
    "aw": "read once, blind, with set av, after round 32's checks; its Phnom Penh release then guided the office fix",
    "ax": "read once, blind, with set ay, after all of round 32; used for nothing else",
    "ay": "read once, blind, with set ax, after all of round 32; used for nothing else",
    "az": "read once, blind, with set ba, by round 32's code; the publishability model's first test; used for nothing else",
    "ba": "read once, blind, with set az (five Wikinews stories), by round 32's code; the publishability model's first test",
    "bb": "read once, blind, with set bc (Wikinews, GOV.UK, State, CRS); rounds 32 and 33 draft alike; used for nothing else",
    "bc": "read once, blind, with set bb (Kremlin, Wikinews, VOA, GOV.UK, State); rounds 32 and 33 draft alike; used for nothing else",
    "bd": "read once, blind, with set be (Fed speeches, CRS, State, Kremlin); round 33 throughout drafts alike; used for nothing else",
    "be": "read once, blind, with set bd (Fed speeches, Kremlin, State, GOV.UK); round 33 throughout drafts alike; used for nothing else",
    "bf": "read once, blind, with set bg (Fed speeches, Kremlin, State, Congressional Record), drafted by round 34's start; guided its later checks",
    "bg": "read once, blind, with set bf (Fed speeches, Kremlin, State, GOV.UK), drafted by round 34's start; guided its later checks",
    "bh": "read once, blind, with sets bi to bk (Kremlin, State, Congressional Record, CRS); round 34 throughout drafts alike; used for nothing else",
    "bi": "read once, blind, with sets bh, bj, bk (Kremlin, State, GOV.UK, Congressional Record, Fed); round 34 throughout drafts alike; then guided two fixes",
    "bj": "read once, blind, with sets bh, bi, bk (Fed, Kremlin, State, Congressional Record); round 34 throughout drafts alike; used for nothing else",
    "bk": "read once, blind, with sets bh to bj (Kremlin, State, Congressional Record, Fed); round 34 throughout drafts alike; used for nothing else",
    "bl": "read once, blind, with set bm (Kremlin, State, Congressional Record, Fed), drafted by round 34's end; used for nothing else",
    "bm": "read once, blind, with set bl (Kremlin, State, Congressional Record, Fed), drafted by round 34's end; used for nothing else",
    "bn": "read once, blind, with set bo (Kremlin, State, GOV.UK, Congressional Record, CRS, Fed), drafted alike by rounds 34 and 35's start; then guided round 35",
    "bo": "read once, blind, with set bn (Kremlin, State, Congressional Record, CRS, Fed), drafted alike by rounds 34 and 35's start; then guided round 35",
    "bp": "read once, blind, with sets bq to bu (Kremlin, State, GOV.UK, Congressional Record, CRS, Fed), the union of rounds 34 and 35; then guided round 35's last fixes",
    "bq": "read once, blind, with sets bp, br to bu (Kremlin, State, Congressional Record, CRS, Fed), the union of rounds 34 and 35; then guided round 35's last fixes",
    "br": "read once, blind, with sets bp, bq, bs to bu (Kremlin, State, Congressional Record, CRS, Fed), the union of rounds 34 and 35; then guided round 35's last fixes",
    "bs": "read once, blind, with sets bp to br, bt, bu (Kremlin, State, Congressional Record, CRS, Fed), the union of rounds 34 and 35; used for nothing else",
    "bt": "read once, blind, with sets bp to bs, bu (Kremlin, State, Congressional Record, CRS, Fed), the union of rounds 34 and 35; used for nothing else",
    "bu": "read once, blind, with sets bp to bt (Kremlin, State, Congressional Record, CRS, Fed), the union of rounds 34 and 35; then guided round 35's last fixes",
    "bv": "read once, blind, with sets bw to by (Kremlin, Global Voices, Congressional Record, CRS, Fed, DVIDS), by round 35's end; then guided round 36",
    "bw": "read once, blind, with sets bv, bx, by (Kremlin, Global Voices, Congressional Record, CRS, Fed), by round 35's end; then guided round 36",
    "bx": "read once, blind, with sets bv, bw, by (Kremlin, Global Voices, Congressional Record, CRS, Fed, DVIDS), by round 35's end; then guided round 36",
    "by": "read once, blind, with sets bv to bx (Kremlin, Global Voices, Congressional Record, CRS, Fed), by round 35's end; then guided round 36",
    "bz": "read once, blind, with set ca (Kremlin, Congressional Record, CRS, Fed), drafted alike by round 35's end and round 36's first fix; then guided round 36",
    "ca": "read once, blind, with set bz (Kremlin, Congressional Record, CRS, Fed), drafted alike by round 35's end and round 36's first fix; then guided round 36",
    "cb": "read once, blind, with set cc (Kremlin, Congressional Record, CRS, Fed), the union of round 35's end and round 36's first fixes; then guided round 36",
    "cc": "read once, blind, with set cb (Kremlin, Congressional Record, CRS, Fed), the union of round 35's end and round 36's first fixes; then guided round 36",
    "cd": "read once, blind, with sets ce to ci (Kremlin, Congressional Record, CRS, Fed), the union of rounds 35 and 36's ends; used for nothing else",
    "ce": "read once, blind, with sets cd, cf to ci (Kremlin, Congressional Record, CRS, Fed), the union of rounds 35 and 36's ends; then guided round 36's last fixes",
    "cf": "read once, blind, with sets cd, ce, cg to ci (US presidential speeches, White House), the union of rounds 35 and 36's ends; used for nothing else",
    "cg": "read once, blind, with sets cd to cf, ch, ci (US presidential speeches, White House), the union of rounds 35 and 36's ends; used for nothing else",
    "ch": "read once, blind, with sets cd to cg, ci (US presidential speeches, White House, Kremlin), the union of rounds 35 and 36's ends; used for nothing else",
    "ci": "read once, blind, with sets cd to ch (US presidential speeches, White House, Kremlin), the union of rounds 35 and 36's ends; then guided round 36's last fixes",
    "cj": "read once, blind, with sets ck, cl (US presidential speeches, Congressional Record, Fed), the union of round 35's end and round 36's last code; then guided round 36's last drafting commit",
    "ck": "read once, blind, with sets cj, cl (US presidential speeches, Congressional Record, Fed), the union of round 35's end and round 36's last code; used for nothing else",
    "cl": "read once, blind, with sets cj, ck (US presidential speeches, Congressional Record, Fed), the union of round 35's end and round 36's last code; then guided round 36's last drafting commit",
    "cm": "read once, blind, with sets cn, co, cp (White House releases, CRS, Congressional Record, US presidential speeches, Fed), the union of round 36's end and round 37's first fixes; used for nothing else",
    "cn": "read once, blind, with sets cm, co, cp (White House releases, CRS, Congressional Record, US presidential speeches, Fed), the union of round 36's end and round 37's first fixes; used for nothing else",
    "co": "read once, blind, with sets cm, cn, cp (White House releases, CRS, Congressional Record, US presidential speeches, Fed), the union of round 36's end and round 37's first fixes; used for nothing else",
    "cp": "read once, blind, with sets cm, cn, co (White House releases, CRS, Congressional Record, US presidential speeches, Fed), the union of round 36's end and round 37's first fixes; then guided round 37's later fixes",
    "cq": "read once, blind, with sets cr, cs (Kremlin, presidential speeches, Fed, State Department, CRS, Congressional Record), the union of round 36's end and round 37's reader-trained scorer; then guided round 37's last fixes",
    "cr": "read once, blind, with sets cq, cs (Kremlin, presidential speeches, Fed, State Department, CRS, Congressional Record), the union of round 36's end and round 37's reader-trained scorer; then guided round 37's last fixes",
    "cs": "read once, blind, with sets cq, cr (Kremlin, presidential speeches, Fed, State Department, CRS, Congressional Record), the union of round 36's end and round 37's reader-trained scorer; then guided round 37's last fixes",
    "ct": "read once, blind, with sets cu, cv (Congressional Record, State Department, Kremlin, presidential speeches, Fed), the union of round 36's end and round 37's last code; used for nothing else",
    "cu": "read once, blind, with sets ct, cv (Congressional Record, State Department, Kremlin, presidential speeches, Fed), the union of round 36's end and round 37's last code; then guided round 37's two last fixes",
    "cv": "read once, blind, with sets ct, cu (Congressional Record, State Department, Kremlin, presidential speeches, Fed), the union of round 36's end and round 37's last code; then guided round 37's two last fixes",
    "cw": "read once, blind, with sets cx, cy (presidential speeches, Congressional Record), the union of round 37's end and round 38's first code; no drafts, so it guided nothing",
    "cx": "read once, blind, with sets cw, cy (Kremlin, State Department), the union of round 37's end and round 38's first code; then guided round 38's later fixes",
    "cy": "read once, blind, with sets cw, cx (Fed, presidential speeches, Kremlin), the union of round 37's end and round 38's first code; then guided round 38's later fixes",
    "cz": "read once, blind, with sets da, db (Kremlin, State Department), the union of round 37's end and round 38's code after the fixes sets cx and cy guided",
    "da": "read once, blind, with sets cz, db (Kremlin, State Department), the union of round 37's end and round 38's code after the fixes sets cx and cy guided",
    "db": "read once, blind, with sets cz, da (Fed, presidential speeches, Congressional Record), the union of round 37's end and round 38's code after the fixes sets cx and cy guided; then guided round 38's last fix (disarmament is no attack)",
    "dc": "read once, blind, with sets dd, de (Kremlin, State Department), the union of round 37's end and round 38's last drafting code",
    "dd": "read once, blind, with sets dc, de (Kremlin, State Department), the union of round 37's end and round 38's last drafting code; then guided round 38's window fixes",
    "de": "read once, blind, with sets dc, dd (Fed, presidential speeches, Congressional Record), the union of round 37's end and round 38's last drafting code; then guided round 38's window fixes",
    "df": "read once, blind, with sets dg, dh (Kremlin, State Department), round 38's final drafting code (round 39's event-word scorer wrote the same drafts)",
    "dg": "read once, blind, with sets df, dh (Kremlin, State Department), round 38's final drafting code (round 39's event-word scorer wrote the same drafts); then guided round 39's purpose and title fixes",
    "dh": "read once, blind, with sets df, dg (Fed, presidential speeches, Congressional Record), round 38's final drafting code (round 39's event-word scorer wrote the same drafts)",
    "di": "read once, blind, with set dj (Kremlin, State Department), the union of round 38's end and round 39's drafting cut",
    "dj": "read once, blind, with set di (Fed, presidential speeches, Congressional Record), the union of round 38's end and round 39's drafting cut",
    "dk": "read once, blind, with set dl (Kremlin, State Department), the union of round 38's end and round 39's final drafting code",
    "dl": "read once, blind, with set dk (Fed, presidential speeches, Congressional Record), the union of round 38's end and round 39's final drafting code",
    "dm": "read once, blind, with sets dn and do (Kremlin, State Department), the union of round 39's final drafting code and round 40's",
    "dn": "read once, blind, with sets dm and do (Fed, presidential speeches, Congressional Record), the union of round 39's final drafting code and round 40's",
    "do": "read once, blind, with sets dm and dn (Kremlin, presidential speeches, Congressional Record), the union of round 39's final drafting code and round 40's",
    "dp": "read once, blind, with sets dq and dr (Kremlin, State Department), the union of round 39's final drafting code and 2819f70 of round 40",
    "dq": "read once, blind, with sets dp and dr (presidential speeches, Congressional Record, Global Voices), the union of round 39's final drafting code and 2819f70 of round 40",
    "dr": "read once, blind, with sets dp and dq (Kremlin, CRS, GOV.UK), the union of round 39's final drafting code and 2819f70 of round 40; then guided round 40's last fixes",
    "dt": "read once, blind, after round 40 (Wikinews, 2004 to 2020; the first of round 41's title fix only); then guided round 41",
    "du": "read once, blind, with set dt (Wikinews, 2005 to 2020); then guided round 41",
    "dv": "read once, blind, with set dt (Kremlin government meetings, Miller Center, Congressional Record); then guided round 41",
    "dw": "read once, blind, in round 41 after its first fixes (Wikinews, January to June 2019); then guided its last fixes",
    "dx": "read once, blind, with set dw (Wikinews, July to December 2019); then guided round 41's last fixes",
    "dy": "read once, blind, with set dw (Wikinews, 2020); then guided round 41's last fixes",
    "dz": "read once, blind, after round 41's fixes (Wikinews, March to June 2019 and 2020); used for nothing else",
    "ea": "read once, blind, with set dz (Wikinews, July to December 2019 and 2020); used for nothing else",
    "eb": "read once, blind, with set dz (Kremlin, Miller Center, Congressional Record); then guided two fixes (a vote on a measure, a shared head noun)",
    "ed": "read once, blind, at the start of round 42 (VOA's reports on China's Belt and Road, 2018-2019); then guided its fixes",
    "ee": "read once, blind, with set ed (USDA, EIA, US Treasury); then guided round 42's fixes",
    "ef": "read once, blind, with set ed (Global Voices, May 2012; Wikinews, 2007-2023); then guided round 42's fixes",
    "eg": "read once, blind, after round 42's fixes (European Commission press releases, 2020-2021); then guided one fix",
    "eh": "read once, blind, with set eg (NASA, 2024; an RBA speech; six RBA statements read but not stored); then guided one fix",
    "ei": "read once, blind, on round 42's final code (Global Voices, 2011; read but not stored); used for nothing else",
    "ej": "read once, blind, with set ei (Wikinews, 2005-2015); used for nothing else",
    "ek": "read once, blind, with set el (DoD and Air Force news, 2015-16; State Department, 2021-22); then guided two title fixes",
    "el": "read once, blind, after round 43's first fixes (Australian Prime Minister's releases, 2011-2017; five New Zealand releases read but not stored); then guided round 43's fixes",
    "em": "read once, blind, after round 43's second fixes (Clean Energy Wire, December 2024; US Treasury, 2010-2023); then guided two fixes",
    "en": "read once, blind, on round 43's drafting (fe995df: Clean Energy Wire, 2020-2026); then guided nothing",
    "eo": "read once, blind, with set en (Wikinews, 2006-2017); then guided nothing",
    "ep": "their held claims guided round 44's first fixes, then read once with sets eq and es (VOA staff stories on China in Africa, 2018-19); guided one fix after",
    "eq": "their held claims guided round 44's first fixes, then read once with sets ep and es (The Conversation, autumn 2026); then guided two fixes",
    "et": "read once, blind, with set eu on round 44's final drafting (The Conversation, 2023-2026; seven of its ten texts read but not stored); used for nothing else",
    "eu": "read once, blind, with set et on round 44's final drafting (Treasury, 1998-2025); used for nothing else",
    "es": "read once, blind, with sets ep and eq after round 44's first fixes (Treasury and State Department, 1999-2026; The Conversation set er read too, not stored); then guided three fixes",
}
# What a reader saw: a verdict holds for a draft only while every one of these is the same.
SCORED_FIELDS = ("article", "quote", "id", "title", "question", "criteria", "rule", "conditional_on")
CONFLICT_WORDS = (
    "attack strike strikes bomb shell invade invasion advance fight clash kill assault raid missile launch fire "
    "seize threaten threat sanction expel protest war offensive retaliat reprisal shoot capture occupy"
).split()
STOP = frozenset(
    "the a an of to in on at for and or but will would could may might be is are was were its it this that their "
    "his her there with by from as than into not no more most also further only".split()
)


# --- the old drafting (forecasts/extract/drafts.py before issue 16), for the comparison only ---------------------

_OLD_LOWER_FIRST = frozenset(
    "the a an this that these those its their his her our my your further any some no more most such both each".split()
)


def old_slug(candidate: Candidate) -> str:
    """The old id: up to seven non-stop words of the drafted event, cut at 60 characters."""
    words = [w for w in re.findall(r"[a-z0-9]+", candidate.event.lower()) if w not in STOP]
    base = "-".join(words[:7]) or "forecast"
    return base[:60].strip("-") or "forecast"


def old_question(candidate: Candidate, opens: date, deadline: date) -> str:
    """The old question: the event with its modal, behind a DRAFT marker."""
    event = candidate.event.rstrip(".")
    match = re.match(r"^(?P<subject>.+?) will (?:not )?(?P<rest>.+)$", event)
    when = f"between {opens.isoformat()} and {deadline.isoformat()}"
    if match:
        subject = match["subject"]
        first, _, rest = subject.partition(" ")
        if first.lower() in _OLD_LOWER_FIRST:
            subject = " ".join(filter(None, [first.lower(), rest]))
        body = f"Will {subject} {match['rest']} {when}?"
    else:
        body = f"Will this happen {when}: {event}?"
    if candidate.conditional_on:
        condition = candidate.conditional_on.rstrip(",. ")
        condition = re.sub(r"^(?:if\s+and\s+when|if)\s+", "", condition, flags=re.IGNORECASE)
        body = f"If {condition}: {body[0].lower()}{body[1:]}"
    return f"DRAFT (review the wording): {body}"


# --- the measures ------------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", text.replace("\u2019", "'"))


def _stem(word: str) -> str:
    return word.lower().removesuffix("'s")[:5]


def gold_actors_and_action(event: str) -> tuple[set[str], set[str]]:
    """Stems of the gold event's actor words and of the four lower-case words after them."""
    words = _words(event)
    actors = [w for i, w in enumerate(words) if w[0].isupper() and not (i == 0 and w.lower() in STOP)]
    if not actors:
        actors = [next((w for w in words if w.lower() not in STOP), words[0] if words else "")]
    after = [w for w in words[1:] if w[0].islower() and w.lower() not in STOP and _stem(w) not in map(_stem, actors)]
    return {_stem(w) for w in actors if w}, {_stem(w) for w in after[:4]}


def names_event(question: str, event: str) -> bool:
    """The question names one of the gold actor words and one of its action words."""
    actors, action = gold_actors_and_action(event)
    said = {_stem(w) for w in _words(question)}
    return bool(actors & said) and bool(action & said)


def whole_words(scenario_id: str, candidate: Candidate, body: str) -> bool:
    """Every part of the id is a whole non-stop word of the article (a pronoun resolved to a name
    elsewhere in it counts; a verb in its base form too) or of the drafted event; at most six parts."""
    parts = re.sub(r"-\d+$", "", scenario_id).split("-")
    text = {w.lower().removesuffix("'s") for w in _words(f"{body} {candidate.event}")}
    text |= {p for w in text for p in re.split(r"[-']", w)}
    text |= {lemmatise(w) for w in text}  # "stained" gives "stain": a whole word still
    return len(parts) <= 6 and all(p in text and p not in STOP for p in parts)


def is_conflict(article: LabelledArticle, event: str) -> bool:
    """A gold event of a conflict article that names a conflict act."""
    if article.meta.get("topic") != "conflict":
        return False
    lowered = event.lower()
    return any(re.search(rf"\b{re.escape(w)}", lowered) for w in CONFLICT_WORDS)


# --- subject and verb against the gold event (from the propositions helper's bench) --------------------------------

# Verbs a gold event's main verb is looked for among (the first such word after its actor).
GOLD_VERBS = frozenset(
    """
accept achieve add advance affect agree aim allow announce approve arrive ask assess attack attempt avoid back ban be
become begin benefit block boost break bring build buy call campaign cancel capture carry cause cease change charge
claim clash climb close collapse come commit complete conduct confirm consider continue contract control convene
cost create cross cut damage decide decline declare decrease default defeat defend deliver demand deny deploy describe
destroy deter develop die dismiss divert do drop ease effect elect emerge end engage enter escalate establish
evacuate exceed expand expel experience exploit extend face fail fall fight finance fire fly focus follow force form
freeze fuel fund gain get give go grow halt happen head help hike hit hold host impose improve include increase
influence intensify intervene introduce invade invest issue jam join keep kill lack launch lead leave lift limit
look lose lower maintain make manage meet mobilize mount move need negotiate nominate obligate occupy offer open
operate order outpace overtake pass pay persist plan play post prepare press prevail prevent proceed produce
prompt protect protest provide pursue push raise reach receive recognize reduce refuse regain reject release remain
remove repeat replace report require resign respond restart restore result resume retain retaliate return reveal
rise run sanction say see seek seize sell send set shell shift shoot show shrink shut sign slow spend spread
stabilize stage stand start stay steal stop strengthen strike struggle succeed suffer supply support surge sustain
suspend take talk target test threaten tighten top trade train transfer travel try turn undermine unveil use visit
vote wage want warn weaken widen win withdraw work worsen yield
""".split()
)
SYNONYMS = [
    frozenset(g.split())
    for g in (
        "keep continue remain maintain persist sustain stay pursue",
        "attack strike hit target bomb shell fire launch assault raid",
        "win prevail succeed defeat",
        "rise increase grow climb expand surge raise boost intensify widen hike",
        "fall drop decline decrease shrink contract slow reduce lower ease cut weaken",
        "say declare state announce claim describe call issue",
        "hold convene meet host stage",
        "begin start launch resume restart",
        "stop halt end cease suspend freeze",
        "use deploy employ",
        "invade advance enter occupy seize capture",
    )
]
GENERIC_HEADS = frozenset(
    "armed forces force government leader leadership officials military president country state states regime".split()
)
_CATENATIVE = frozenset("keep continue try seek start begin attempt stop manage fail resume".split())


def _is_verb(word: str) -> bool:
    return (
        bool(re.match(r"^[a-z][a-z'-]*$", word)) and lemmatise(word) in GOLD_VERBS and not word.endswith(("ing", "ed"))
    )


def gold_split(event: str) -> tuple[str, set[str]]:
    """The gold event's actor (the words before its main verb) and action lemmas (the verb and,
    after a catenative "keep"/"try", its complement): "Russian forces launch an attack" ->
    ("Russian forces", {"launch"})."""
    words = event.rstrip(".").replace(",", " ,").split()
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in ("does", "do", "is", "are", "will") and i + 1 < len(words):
            j = i + 1 + (words[i + 1] == "not")
            if j < len(words):
                nxt = words[j]
                extra = {lemmatise(words[j + 1])} if nxt in ("be", "get") and j + 1 < len(words) else set()
                return " ".join(words[:i]), {lemmatise(nxt)} | extra
        if not _is_verb(w):
            continue
        if i + 1 < len(words) and _is_verb(words[i + 1]) and w.endswith("s"):
            continue  # "Russian forces target": a plural noun before the verb
        lemmas = {lemmatise(w)}
        rest = words[i + 1 :]
        if lemmatise(w) in _CATENATIVE and rest:
            nxt = rest[1] if rest[0] == "to" and len(rest) > 1 else rest[0]
            lemmas.add(lemmatise(nxt))
        return " ".join(words[:i]), lemmas
    return event, set()


def same_actor(mine: str, gold: str) -> bool:
    """Both name one CAMEO country, else share a content word that is not a generic head."""
    a = {x.cameo_country for x in actors_in(mine) if x.cameo_country}
    b = {x.cameo_country for x in actors_in(gold) if x.cameo_country}
    if a & b:
        return True
    return bool(
        ({lemmatise(w) for w in content_words(mine)} - GENERIC_HEADS)
        & ({lemmatise(w) for w in content_words(gold)} - GENERIC_HEADS)
    )


def same_action(mine: set[str], gold: set[str], synonyms: bool) -> bool:
    """One lemma in common, or (with ``synonyms``) two lemmas of one synonym group."""
    if mine & gold:
        return True
    return synonyms and any(m in g and x in g for g in SYNONYMS for m in mine for x in gold)


def actions_of(p: Proposition) -> set[str]:
    """The proposition's verb and the first word of its phrase ("continue" of "continue to strike")."""
    first = lemmatise(p.phrase.split()[0]) if p.phrase.split() else p.verb
    return ({p.verb, first} - {"be"}) or {"be"}


# Verbs whose events CAMEO codes (roots 03-04 cooperation and meetings, 10 demand, 13 threaten,
# 14 protest, 15 military posture, 16 sanction/expel, 17 coerce, 18-20 force; 08 yield: ceasefire,
# withdrawal) or ACLED records (battles, explosions, violence against civilians, protests).
CODABLE_VERBS = frozenset(
    """
    strike attack bomb shell shoot fire hit target retaliate raid assault ambush bombard storm destroy launch carry
    conduct mount stage wage escalate unleash invade fight clash occupy seize capture take advance kill assassinate
    use threaten warn protest demonstrate rally march riot sanction impose embargo boycott expel deport arrest
    detain blockade mobilize mobilise deploy demand visit meet negotiate talk cooperate sign withdraw
    """.split()
)
# Events no CAMEO or ACLED code records: cyber and influence operations, a war's end or outcome,
# capabilities built up, and a conflict's general state.
NOT_CODABLE = re.compile(
    r"\b(?:cyber\w*|hack\w*|ransomware|disinformation|influence|propaganda|win|wins|won|ends?|lasts?|volatile|"
    r"rebuil\w*|exercises?|develop\w*|acquire|buy|expands?\s+its\s+enrichment|keep\s+growing|pretext)\b",
    re.IGNORECASE,
)


def codable(event: str) -> bool:
    """Whether CAMEO or ACLED can code the gold event: its action is a codable verb (after a
    catenative, its complement too) and it is not one of the kinds no event code records."""
    if NOT_CODABLE.search(event):
        return False
    if re.search(r"\bprotests?\b", event, re.IGNORECASE):
        return True  # "protests break out again in Iran": ACLED's Protests
    _, actions = gold_split(event)
    if "use" in actions and not re.search(r"\bweapons?\b", event, re.IGNORECASE):
        actions = actions - {"use"}  # using a war to denounce is a statement; using weapons is force
    return bool(actions & CODABLE_VERBS)


def new_draft(candidate: Candidate, article: Article) -> dict[str, Any]:
    """The draft the new drafting makes of one claim on its own."""
    scenario_id = "-".join(slug_words(propose(candidate, article))) or "forecast"
    return draft_scenario(candidate, article, scenario_id, None)


def validates(data: dict[str, Any]) -> bool:
    """The draft's file validates (schema and single-file checks)."""
    try:
        parse_scenario(Path(f"{data['id']}.yaml"), dump_yaml(data))
    except ScenarioError:
        return False
    return True


@dataclass
class Figures:
    """Counts for one drafting: numerators and denominators of each measure."""

    named: int = 0
    whole: int = 0
    matched: int = 0
    files_per_event: list[int] = field(default_factory=list)
    conflict: int = 0
    conflict_ruled: int = 0
    uncodable: int = 0
    subject: int = 0
    verb: int = 0
    subject_verb: int = 0
    subject_verb_synonyms: int = 0

    def share(self, n: int, d: int) -> str:
        return f"{n / d:.2f} ({n}/{d})" if d else "-"


def _files_of_claims(candidates: list[Candidate], article: Article) -> dict[tuple[int, int], str]:
    """Which scenario file each claim ends up in when the new drafting writes the article."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "scenarios"
        # Grouping is measured over every claim, the resolvability gate aside (its own section below):
        # a claim the gate holds back has no scenario, and counting it as one would blur the two.
        report = write_drafts(candidates, article, root / "case", root, draft_all=True)
        where: dict[tuple[int, int], str] = {}
        quotes = {}
        for scenario_file in load_catalog(root).files:
            for source in scenario_file.scenario.all_sources():
                quotes[source.quote] = scenario_file.scenario.id
        for c in candidates:
            if c.quote in quotes:
                where[(c.char_start, c.char_end)] = quotes[c.quote]
        for c, path in report.attached:
            where[(c.char_start, c.char_end)] = path.stem
        return where


def measure(corpus: list[LabelledArticle], details: bool) -> tuple[Figures, Figures]:
    """The measures over every matched gold forecast, new drafting and old (subject and verb: new only)."""
    new, old = Figures(), Figures()
    for labelled in corpus:
        article = labelled.article
        candidates = analyse_article(article).candidates
        pairs = match_spans(labelled.forecasts, [(c.char_start, c.char_end) for c in candidates])
        files = _files_of_claims(candidates, article)
        by_event_new: dict[str, set[str]] = defaultdict(set)
        by_event_old: dict[str, set[int]] = defaultdict(set)
        for gold in labelled.forecasts:
            key = " ".join(_words(str(gold.get("event") or "").lower()))
            for index, c in enumerate(candidates):
                if any(span_overlap(own, (c.char_start, c.char_end)) > 0 for own, _ in label_spans(gold)):
                    by_event_new[key].add(files.get((c.char_start, c.char_end), f"unwritten-{index}"))
                    by_event_old[key].add(index)
        for gold_index, cand_index in pairs:
            gold, candidate = labelled.forecasts[gold_index], candidates[cand_index]
            event = str(gold.get("event") or "")
            opens, deadline, _ = window_of(candidate, article)
            draft = new_draft(candidate, article)
            old_q = old_question(candidate, opens, deadline)
            for figures, question, scenario_id in (
                (new, draft["question"], draft["id"]),
                (old, old_q, old_slug(candidate)),
            ):
                figures.matched += 1
                figures.named += names_event(question, event)
                figures.whole += whole_words(scenario_id, candidate, article.body)
            p = propose(candidate, article)
            g_actor, g_action = gold_split(event)
            s_ok = bool(p.subject.strip()) and same_actor(p.subject, g_actor)
            new.subject += s_ok
            new.verb += same_action(actions_of(p), g_action, True)
            new.subject_verb += s_ok and same_action(actions_of(p), g_action, False)
            new.subject_verb_synonyms += s_ok and same_action(actions_of(p), g_action, True)
            if is_conflict(labelled, event) and not codable(event):
                new.uncodable += 1
                old.uncodable += 1
            elif is_conflict(labelled, event):
                new.conflict += 1
                old.conflict += 1
                new.conflict_ruled += bool(draft["resolution"].get("rule")) and validates(draft)
                if details and not draft["resolution"].get("rule"):
                    print(f"  no rule {labelled.name}: {draft['question']!r} vs gold {event!r}", file=sys.stderr)
            if details and not names_event(draft["question"], event):
                print(f"  {labelled.name}: {draft['question']!r} vs gold {event!r}", file=sys.stderr)
        new.files_per_event += [len(files_) for files_ in by_event_new.values()]
        old.files_per_event += [len(claims) for claims in by_event_old.values()]
    return new, old


def read_sample(path: Path) -> list[dict[str, Any]]:
    """The hand-scored sample (an empty list if there is none yet)."""
    if not path.exists():
        return []
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(items.get("drafts") or [])


def verdict_key(draft: dict[str, Any]) -> str:
    """The fields a reader judged, as one string: equal keys, the same draft."""
    return json.dumps([draft.get(name) for name in SCORED_FIELDS], sort_keys=True, ensure_ascii=False)


def read_verdicts(path: Path = VERDICTS) -> list[dict[str, Any]]:
    """The archive of verdicts (an empty list if there is none)."""
    return read_sample(path)


def add_verdicts(scored: Path, archive: Path = VERDICTS) -> tuple[int, int]:
    """Merge a scored sample's verdicts into the archive (a later verdict on the same draft replaces
    the earlier); returns (added, replaced). Unscored drafts are refused, naming them."""
    items = yaml.safe_load(scored.read_text(encoding="utf-8")) or {}
    drafts = list(items.get("drafts") or [])
    unscored = [str(d.get("id")) for d in drafts if d.get("score") not in SCORES]
    if unscored:
        sys.exit(f"{scored}: {len(unscored)} drafts have no score in {', '.join(SCORES)}: {', '.join(unscored[:5])}")
    kept = {verdict_key(d): d for d in read_verdicts(archive)}
    added = replaced = 0
    for draft in drafts:
        key = verdict_key(draft)
        replaced += key in kept
        added += key not in kept
        kept[key] = {
            **{name: draft.get(name) for name in SCORED_FIELDS},
            "score": draft["score"],
            "why": draft.get("why"),
            "seed": items.get("seed"),
        }
    data = {
        "about": "every reader's verdict on a draft, as scored (bench/draft_quality.py --add-verdicts)",
        "drafts": sorted(kept.values(), key=lambda d: (str(d["article"]), str(d["id"]))),
    }
    replace_file(archive, dump_yaml(data).encode("utf-8"))
    return added, replaced


def tally_verdicts(pool: list[dict[str, Any]], verdicts: list[dict[str, Any]]) -> dict[str | None, int]:
    """How many of the drafts written now have each verdict (None: no reader has seen this draft as it is)."""
    by_key = {verdict_key(d): d["score"] for d in verdicts}
    tally: dict[str | None, int] = defaultdict(int)
    for draft in pool:
        tally[by_key.get(verdict_key(draft))] += 1
    return tally


def print_verdicts(pool: list[dict[str, Any]], where: str) -> None:
    """The drafts written now, by the verdict a reader gave the identical draft."""
    tally = tally_verdicts(pool, read_verdicts())
    seen = sum(n for score, n in tally.items() if score is not None)
    ok = tally["as_is"] + tally["one_field"]
    print(f"\n{where}: drafts written now that a reader scored as they are ({VERDICTS.name}): {seen} of {len(pool)}")
    for score in SCORES:
        print(f"  {score:<10} {tally[score]:>3}")
    if seen:
        print(f"  publishable as is or with one field edited: {ok}/{seen} = {ok / seen:.0%}")


def draw_sample(corpus: list[LabelledArticle]) -> list[dict[str, Any]]:
    """``SAMPLE_SIZE`` drafts picked at random (seeded) among every draft of every article."""
    pool = all_drafts(corpus)
    return random.Random(SAMPLE_SEED).sample(pool, min(SAMPLE_SIZE, len(pool)))


def all_drafts(corpus: list[LabelledArticle]) -> list[dict[str, Any]]:
    """Every draft of every article, as the sample records it (score and why left empty)."""
    return drafts_of([(labelled.name, labelled.article) for labelled in corpus])


def holdout_articles(folder: Path = HOLDOUT) -> list[tuple[str, Article]]:
    """The held-out articles, by name (file stem)."""
    return [(path.stem, read_article(str(path))) for path in sorted(folder.glob("*.txt"))]


def drafts_of(articles: list[tuple[str, Article]]) -> list[dict[str, Any]]:
    """Every draft ``--write`` makes of these articles, as a sample records it (score and why left empty)."""
    return draft_articles(articles)[0]


def draft_articles(
    articles: list[tuple[str, Article]], draft_all: bool = False
) -> tuple[list[dict[str, Any]], list[tuple[str, str, str]]]:
    """``drafts_of``, and the claims ``--write`` holds back, as (article, quote, reason): one drafting
    pass serves both counts. With ``draft_all``, every listed claim is drafted (``--draft-all``)."""
    pool: list[dict[str, Any]] = []
    held: list[tuple[str, str, str]] = []
    for name, article in articles:
        candidates = analyse_article(article).candidates
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "scenarios"
            report = write_drafts(candidates, article, root / "case", root, draft_all=draft_all)
            held.extend((name, candidate.quote, reason) for candidate, reason in report.not_drafted)
            for scenario_file in load_catalog(root).files:
                s = scenario_file.scenario
                rule = s.resolution.rule.model_dump(mode="json", exclude_none=True) if s.resolution.rule else None
                pool.append(
                    {
                        "id": s.id,
                        "article": name,
                        "quote": s.all_sources()[0].quote if s.all_sources() else None,
                        "title": s.title,
                        "question": s.question,
                        "criteria": s.resolution.criteria,
                        "rule": rule,
                        "conditional_on": s.conditional_on.scenario if s.conditional_on else None,
                        "score": None,
                        "why": None,
                    }
                )
    return pool, held


HELD_BACK_ROWS = 8
# How many claims held back a reading of held-out sets drafts anyway, for the reader to judge what the gate costs.
HELD_BACK_SAMPLE = 30


def set_letters(name: str) -> str:
    """The held-out set an article's file name is in: the letters before its number ("ep" of "ep01-...")."""
    return re.split(r"\d", name, maxsplit=1)[0]


def reading_of_sets(sets: list[str], held_back: int = HELD_BACK_SAMPLE) -> dict[str, Any]:
    """A reading file for the held-out sets named (their file names' letters, "ep"): every draft
    ``--write`` makes of their articles, and ``held_back`` of the claims it holds back (picked at
    random, seeded by the sets' names), drafted as ``--draft-all`` would and marked ``held_back:
    true``; score and why left empty. A reader scores them blind; ``--tally`` counts the two apart."""
    articles = [(name, a) for name, a in holdout_articles() if set_letters(name) in sets]
    # Two passes: the drafts read must be exactly what --write writes, and --draft-all groups claims otherwise.
    written, _ = draft_articles(articles)
    keys = {(d["article"], normalise_quote(str(d["quote"]))) for d in written}
    everything, _ = draft_articles(articles, draft_all=True)
    rest = [d for d in everything if (d["article"], normalise_quote(str(d["quote"]))) not in keys]
    seed = "holdout-" + "-".join(sets)
    sampled = random.Random(seed).sample(rest, min(held_back, len(rest)))
    drafts = written + [{**d, "held_back": True} for d in sampled]
    return {"seed": seed, "drafts": sorted(drafts, key=lambda d: (str(d["article"]), str(d["id"])))}


def tally_reading(path: Path) -> dict[str, dict[str | None, int]]:
    """A scored reading file's verdicts, apart for the drafts written and the claims held back."""
    drafts = read_sample(path)
    tally: dict[str, dict[str | None, int]] = {"written": defaultdict(int), "held back": defaultdict(int)}
    for draft in drafts:
        tally["held back" if draft.get("held_back") else "written"][draft.get("score")] += 1
    return tally


def held_back_verdicts(held: list[tuple[str, str, str]]) -> dict[str, dict[str, int]]:
    """For the claims ``--write`` holds back now (``draft_articles``), the verdict a reader gave a
    draft of the same claim (same article and quote) when it was drafted, by the kind of reason it
    is held back for ("garbled question", "unresolved reference", ...): what each check costs and saves."""
    verdicts = {(d["article"], normalise_quote(str(d["quote"]))): d["score"] for d in read_verdicts()}
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, quote, reason in held:
        score = verdicts.get((name, normalise_quote(quote)))
        if score is not None:
            tally[re.split(r":| \(| in '", reason, maxsplit=1)[0]][score] += 1
    return tally


def print_held_back(held: list[tuple[str, str, str]], where: str) -> None:
    """``held_back_verdicts`` as a table: publishable (as is or one field) against rewritten."""
    tally = held_back_verdicts(held)
    if not tally:
        return
    print(f"  held back now, by the verdict on the claim's earlier draft ({where}): publishable / rewritten")
    kinds = sorted(tally.items(), key=lambda kv: -sum(kv[1].values()))
    rest: dict[str, int] = defaultdict(int)
    for _kind, scores in kinds[HELD_BACK_ROWS:]:
        for score, n in scores.items():
            rest[score] += n
    shown = kinds[:HELD_BACK_ROWS] + ([(f"{len(kinds) - HELD_BACK_ROWS} other reasons", rest)] if rest else [])
    for kind, scores in shown:
        print(f"    {kind:<44} {scores['as_is'] + scores['one_field']:>3} / {scores['rewritten']:>3}")


# --- the resolvability gate: DEV and TEST halves -----------------------------------------------------------------

HALF_SALT = "resolvability:"
# The cuts the gate's trade-off is printed at, the drafting cut among them whatever it is set to.
GATE_CUTS = tuple(sorted({0.25, 0.35, 0.45, 0.55, DRAFT_CONFIDENCE}))


def half_of(name: str) -> str:
    """ "dev" or "test": a stable hash of the article's name (salted, so not the scorer's folds)."""
    return "dev" if int(hashlib.sha256((HALF_SALT + name).encode()).hexdigest(), 16) % 2 == 0 else "test"


@dataclass
class GateFigures:
    """For one half and one scorer: claims listed, and per drafting cut how many the gate keeps."""

    articles: int = 0
    gold: int = 0
    false: int = 0
    gold_kept: dict[float, int] = field(default_factory=lambda: defaultdict(int))
    false_dropped: dict[float, int] = field(default_factory=lambda: defaultdict(int))
    confidence_gold_kept: dict[float, int] = field(default_factory=lambda: defaultdict(int))
    confidence_false_dropped: dict[float, int] = field(default_factory=lambda: defaultdict(int))
    by_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    refused_because: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    # At the drafting cut, with the question-form check after the gate (what --write drafts).
    drafted_gold: int = 0
    drafted_false: int = 0


def distractor_category(labelled: LabelledArticle, span: tuple[int, int]) -> str | None:
    """The category of the labelled distractor a claim's span overlaps (as the matching counts overlap)."""
    for item in labelled.distractors:
        if "char_start" in item and span_overlap((int(item["char_start"]), int(item["char_end"])), span) > 0:
            return str(item.get("category") or "uncategorised")
    return None


def measure_gate(articles: list[LabelledArticle], scorer: Scorer | None) -> GateFigures:
    """The gate's figures over these articles, the extractor listing with ``scorer`` (None: shipped)."""
    figures = GateFigures(articles=len(articles))
    for labelled in articles:
        article = labelled.article
        candidates = analyse_article(article, scorer).candidates
        matched = {j for _, j in match_spans(labelled.forecasts, [(c.char_start, c.char_end) for c in candidates])}
        for index, candidate in enumerate(candidates):
            gold = index in matched
            p = propose(candidate, article)
            verdicts = {cut: judge_resolvability(candidate, p, article, cut) for cut in GATE_CUTS}
            figures.gold += gold
            figures.false += not gold
            for cut, verdict in verdicts.items():
                figures.gold_kept[cut] += gold and verdict.resolvable
                figures.false_dropped[cut] += not gold and not verdict.resolvable
                figures.confidence_gold_kept[cut] += gold and candidate.confidence >= cut
                figures.confidence_false_dropped[cut] += not gold and candidate.confidence < cut
            verdict = verdicts[DRAFT_CONFIDENCE]
            drafted = verdict.resolvable and judge_draft(candidate, p, article) is None
            figures.drafted_gold += gold and drafted
            figures.drafted_false += not gold and drafted
            if not verdict.resolvable:
                figures.refused_because[verdict.grounds][0 if gold else 1] += 1
            category = None if gold else distractor_category(labelled, (candidate.char_start, candidate.char_end))
            if category is not None:
                figures.by_category[category][0] += 1
                figures.by_category[category][1] += not verdict.resolvable
    return figures


def dev_trained_scorer(dev: list[LabelledArticle]) -> Scorer | None:
    """A scorer trained on the DEV half only (None without scikit-learn)."""
    try:
        from forecasts.extract.training import examples_of, train_scorer
    except ImportError:
        return None
    return train_scorer([examples_of(a) for a in dev])


def _share(n: int, d: int) -> str:
    return f"{n / d:.2f} ({n}/{d})" if d else "-"


def _row(name: str, cells: list[str]) -> None:
    print(f"{name:<52}" + "".join(f"{cell:>26}" for cell in cells))


def print_gate(corpus: list[LabelledArticle]) -> None:
    """The resolvability gate's section: DEV and TEST, shipped scorer and a DEV-trained one."""
    dev = [a for a in corpus if half_of(a.name) == "dev"]
    test = [a for a in corpus if half_of(a.name) == "test"]
    columns = [("DEV", measure_gate(dev, None)), ("TEST", measure_gate(test, None))]
    held_out = dev_trained_scorer(dev)
    if held_out is not None:
        columns.append(("TEST, DEV-trained scorer", measure_gate(test, held_out)))
    figures = [f for _, f in columns]
    cut = DRAFT_CONFIDENCE
    print(
        f"\nresolvability gate (forecasts.extract.resolvability), drafting cut {cut}, over the claims listed: "
        f"DEV {len(dev)} articles (the gate was designed on these), TEST {len(test)}"
    )
    _row("", [name for name, _ in columns])
    _row("gold forecasts kept", [_share(f.gold_kept[cut], f.gold) for f in figures])
    _row("extractor false positives dropped", [_share(f.false_dropped[cut], f.false) for f in figures])
    _row("... and with the question-form check: gold kept", [_share(f.drafted_gold, f.gold) for f in figures])
    _row(
        "... and with the question-form check: FP dropped",
        [_share(f.false - f.drafted_false, f.false) for f in figures],
    )
    print("false positives matching a labelled distractor, dropped, by category:")
    for category in sorted({c for f in figures for c in f.by_category}, key=lambda c: -figures[0].by_category[c][0]):
        _row(f"  {category}", [_share(f.by_category[category][1], f.by_category[category][0]) for f in figures])
    print("refused, by the test that refused them (gold / false positives):")
    for ground in sorted({g for f in figures for g in f.refused_because}):
        _row(f"  {ground}", [f"{f.refused_because[ground][0]} / {f.refused_because[ground][1]}" for f in figures])
    print("gold kept / false positives dropped, by the gate's drafting cut and by a cut on confidence alone:")
    for value in GATE_CUTS:
        _row(
            f"  gate, drafting cut {value}",
            [
                f"{f.gold_kept[value] / max(1, f.gold):.2f} / {f.false_dropped[value] / max(1, f.false):.2f}"
                for f in figures
            ],
        )
        _row(
            f"  no gate, confidence >= {value}",
            [
                f"{f.confidence_gold_kept[value] / max(1, f.gold):.2f} / "
                f"{f.confidence_false_dropped[value] / max(1, f.false):.2f}"
                for f in figures
            ],
        )
    print_drafts_written(corpus)
    print_sample_gate(corpus)


def print_drafts_written(corpus: list[LabelledArticle]) -> None:
    """Draft files --write makes over the whole corpus, with the gate and without it (--draft-all)."""
    written = {False: 0, True: 0}
    for labelled in corpus:
        candidates = analyse_article(labelled.article).candidates
        for draft_all in written:
            with tempfile.TemporaryDirectory() as tmp:
                root = Path(tmp) / "scenarios"
                report = write_drafts(candidates, labelled.article, root / "case", root, draft_all=draft_all)
                written[draft_all] += len(report.written)
    print(
        f"draft files over the {len(corpus)} articles: {written[False]} with the gate, {written[True]} without it "
        f"(--draft-all)"
    )


def print_sample_gate(corpus: list[LabelledArticle]) -> None:
    """The hand-scored sample's drafts, by score: how many the gate and the question-form check now hold back."""
    scored = [d for d in read_sample(SAMPLE) if d.get("score") in SCORES]
    if not scored:
        return
    by_name = {a.name: a for a in corpus}
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for draft in scored:
        labelled = by_name.get(str(draft.get("article")))
        if labelled is None:
            continue
        article = labelled.article
        candidate = next((c for c in analyse_article(article).candidates if c.quote == draft.get("quote")), None)
        if candidate is None:
            continue  # no longer listed by the extractor: not the gate's doing
        tally[draft["score"]][0] += 1
        tally[draft["score"]][1] += judge_draft(candidate, propose(candidate, article), article) is not None
    print(f"hand-scored sample ({SAMPLE.name}), drafts now held back (gate or question form), by score:")
    for score in SCORES:
        print(f"  {score:<10} {tally[score][1]} of {tally[score][0]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="List the questions that miss the gold event.")
    parser.add_argument(
        "--new-sample", type=Path, metavar="FILE", help="Write a fresh unscored sample to FILE (never over a file)."
    )
    parser.add_argument("--gate", action="store_true", help="Print only the resolvability gate's section.")
    parser.add_argument(
        "--add-verdicts",
        type=Path,
        metavar="FILE",
        help=f"Merge a scored sample's verdicts into {VERDICTS.name} (a later verdict on the same draft wins).",
    )
    parser.add_argument(
        "--read-sets",
        nargs="+",
        metavar="SET",
        help="Write an unscored reading file (--out) of these held-out sets' drafts and a sample of their held-back claims.",
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="Where --read-sets writes (never over a file).")
    parser.add_argument(
        "--held-back",
        type=int,
        default=HELD_BACK_SAMPLE,
        metavar="N",
        help=f"How many held-back claims --read-sets drafts for the reader (default {HELD_BACK_SAMPLE}).",
    )
    parser.add_argument("--tally", type=Path, metavar="FILE", help="Count a scored reading file's verdicts.")
    args = parser.parse_args()
    if args.tally:
        for where, scores in tally_reading(args.tally).items():
            counted = ", ".join(f"{score} {scores[score]}" for score in SCORES)
            unscored = scores[None]
            ok = scores["as_is"] + scores["one_field"]
            print(f"{where}: {counted}; publishable {ok} of {ok + scores['rewritten']}; unscored {unscored}")
        return
    if args.read_sets:
        if args.out is None:
            sys.exit("--read-sets needs --out FILE: where to write the reading file")
        present = {set_letters(path.stem) for path in HOLDOUT.glob("*.txt")}
        unknown = [name for name in args.read_sets if name not in present]
        if unknown:
            sys.exit(
                f"--read-sets: no file of {HOLDOUT.name}/ is in set {', '.join(unknown)} (a set is the letters file names start with, as ep01-...)"
            )
        reading = reading_of_sets(args.read_sets, args.held_back)
        try:
            create_file(args.out, dump_yaml(reading).encode("utf-8"))
        except FileExistsError:
            sys.exit(f"{args.out}: already exists; give a new file name")
        written = sum(not d.get("held_back") for d in reading["drafts"])
        print(
            f"wrote {written} drafts and {len(reading['drafts']) - written} held-back claims to {args.out}; score each: {', '.join(SCORES)}"
        )
        return
    if args.add_verdicts:
        added, replaced = add_verdicts(args.add_verdicts)
        print(f"{VERDICTS.name}: {added} verdicts added, {replaced} replaced")
        return
    corpus = load_corpus()
    if args.gate:
        print_gate(corpus)
        return
    if args.new_sample:
        drafts = draw_sample(corpus)
        data = dump_yaml({"seed": SAMPLE_SEED, "drafts": drafts}).encode("utf-8")
        try:
            # A sample holds a person's hand scores: a fresh one never replaces it.
            create_file(args.new_sample, data)
        except FileExistsError:
            sys.exit(
                f"{args.new_sample}: already exists; give a new file name (move it over {SAMPLE.name} once scored)"
            )
        print(f"wrote {len(drafts)} unscored drafts to {args.new_sample}; score each: {', '.join(SCORES)}")
        return
    new, old = measure(corpus, args.details)
    n_gold = sum(len(a.forecasts) for a in corpus)
    print(f"{len(corpus)} articles, {n_gold} gold forecasts, {new.matched} matched by the extractor\n")
    rows = [
        ("question names actors and action", new.share(new.named, new.matched), old.share(old.named, old.matched)),
        ("subject names the gold actor", new.share(new.subject, new.matched), "-"),
        ("verb is the gold action (synonyms)", new.share(new.verb, new.matched), "-"),
        ("subject and verb (exact lemma)", new.share(new.subject_verb, new.matched), "-"),
        ("subject and verb (synonyms)", new.share(new.subject_verb_synonyms, new.matched), "-"),
        ("id of whole words (<= 6)", new.share(new.whole, new.matched), old.share(old.whole, old.matched)),
        (
            "scenarios per distinct gold event (<= 1.1)",
            f"{sum(new.files_per_event) / max(1, len(new.files_per_event)):.2f} ({sum(new.files_per_event)}/{len(new.files_per_event)})",
            f"{sum(old.files_per_event) / max(1, len(old.files_per_event)):.2f} ({sum(old.files_per_event)}/{len(old.files_per_event)})",
        ),
        (
            "conflict events with a rule that validates (>= 0.7)",
            new.share(new.conflict_ruled, new.conflict),
            old.share(0, old.conflict),
        ),
        ("  conflict events CAMEO/ACLED cannot code (left out)", str(new.uncodable), str(old.uncodable)),
    ]
    print(f"{'measure':<52} {'new':>16} {'old':>16}")
    for name, a, b in rows:
        print(f"{name:<52} {a:>16} {b:>16}")
    pool, held = draft_articles([(labelled.name, labelled.article) for labelled in corpus])
    sample = read_sample(SAMPLE)
    scored = [d for d in sample if d.get("score") in SCORES]
    print(f"\nhand-scored sample ({SAMPLE.name}): {len(scored)} of {len(sample)} scored")
    if scored:
        for score in SCORES:
            n = sum(d["score"] == score for d in scored)
            print(f"  {score:<10} {n:>3}  {n / len(scored):.0%}")
        now = {(d["article"], d["id"]): d for d in pool}
        changed = [d for d in scored if (now.get((d["article"], d["id"])) or {}).get("question") != d.get("question")]
        if changed:
            print(
                f"  {len(changed)} of the scored drafts are drafted differently now (or no longer): "
                "the tally is of the drafts as scored; --new-sample FILE draws a fresh sample to score"
            )
        ok = sum(d["score"] in ("as_is", "one_field") for d in scored)
        print(
            f"  publishable as is or with one field edited: {ok}/{len(scored)} = {ok / len(scored):.0%} (target >= 80%)"
        )
    print_verdicts(pool, f"the {len(corpus)} labelled articles")
    print_held_back(held, "labelled articles")
    holdout = holdout_articles()
    for prefix, about in HOLDOUT_SETS.items():
        articles = [(name, article) for name, article in holdout if set_letters(name) == prefix]
        if articles:
            set_pool, set_held = draft_articles(articles)
            print_verdicts(set_pool, f"the {len(articles)} articles {prefix}* of {HOLDOUT.name}/ ({about})")
            print_held_back(set_held, f"set {prefix}")
    print_gate(corpus)


if __name__ == "__main__":
    main()
