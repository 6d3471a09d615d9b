"""`forecasts extract`: formats, exit codes, messages, and --write drafts."""

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from forecasts.cli import cli
from forecasts.store import load_catalog

DATA = Path(__file__).parent.parent / "data" / "extract"
FIELDS = [
    "quote",
    "char_start",
    "char_end",
    "speaker",
    "speaker_type",
    "speaker_role",
    "hedge",
    "probability",
    "polarity",
    "kind",
    "window_phrase",
    "window_start",
    "window_end",
    "event",
    "conditional_on",
    "confidence",
    "flags",
]
ARTICLE = (
    "title: Test\noutlet: Test Wire\nurl: https://example.org/t\npublished: 2020-01-04\n\n"
    "\u201cIran's reprisal will probably not be immediate,\u201d Jane Roe, an analyst at Example Institute, said.\n\n"
    "Iran could attack US allies in the next two weeks.\n"
)


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORECASTS_SCENARIOS", raising=False)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_has_every_field(run, article):
    result = run("extract", str(article), "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)["forecasts"]
    assert [list(r) for r in records] == [FIELDS, FIELDS]
    first, second = records
    assert {k: first[k] for k in FIELDS if k not in ("probability", "speaker_role", "confidence")} == {
        "quote": "Iran's reprisal will probably not be immediate",
        "char_start": 1,
        "char_end": 47,
        "speaker": "Jane Roe",
        "speaker_type": "quoted_source",
        "hedge": "probably",
        "polarity": "negative",
        "kind": "prediction",
        "window_phrase": None,
        "window_start": None,
        "window_end": None,
        "event": "Iran's reprisal will not be immediate.",
        "conditional_on": None,
        "flags": [],
    }
    assert 0.0 < first["confidence"] < 1.0
    assert first["speaker_role"] == "analyst at Example Institute"
    assert first["probability"] == {
        "mean": 0.6726,
        "p05": 0.4591,
        "p50": None,
        "p95": 0.8571,
        "beta": [9.4148, 4.5826],
        "options": None,
        "basis": "phrase table 'probably' (survey)",
        "detail": None,
        "note": None,
    }
    assert (second["hedge"], second["window_phrase"], second["window_start"], second["window_end"]) == (
        "could",
        "in the next two weeks",
        "2020-01-04",
        "2020-01-18",
    )
    assert (second["speaker"], second["speaker_type"]) == ("Test Wire", "author")


def test_yaml_matches_json(run, article):
    as_json = json.loads(run("extract", str(article), "--format", "json").stdout)
    assert yaml.safe_load(run("extract", str(article), "--format", "yaml").stdout) == as_json


def test_text_listing(run, article):
    result = run("extract", str(article), "--min-confidence", "0")
    assert result.exit_code == 0
    confidences = re.findall(r"   confidence (0\.\d\d)\n", result.stdout)
    assert len(confidences) == 2
    assert re.sub(r"   confidence 0\.\d\d\n", "   confidence C\n", result.stdout) == (
        f"{article}: 2 forecasts (published 2020-01-04, Test Wire)\n"
        "\n"
        "1. Jane Roe (quoted_source; analyst at Example Institute)  [1-47]\n"
        "   \u201cIran's reprisal will probably not be immediate\u201d\n"
        "   event:   Iran's reprisal will not be immediate.\n"
        "   hedge:   'probably' -> P(as stated, negation included) 67% (90% 46%-86%); prediction\n"
        "   confidence C\n"
        "\n"
        "2. Test Wire (author; author (no byline))  [100-150]\n"
        "   \u201cIran could attack US allies in the next two weeks.\u201d\n"
        "   event:   Iran will attack US allies in the next two weeks.\n"
        "   hedge:   'could' -> P(as stated) 40% (90% 12%-72%); prediction\n"
        "   window:  'in the next two weeks' -> 2020-01-04 .. 2020-01-18\n"
        "   confidence C\n"
    )


def test_standard_input_and_published_option(run):
    result = run("extract", "-", "--published", "2020-01-04", "--format", "json", input="Iran will strike next week.")
    (record,) = json.loads(result.stdout)["forecasts"]
    assert (record["window_start"], record["window_end"]) == ("2020-01-04", "2020-01-11")


def test_missing_publication_date_is_a_warning(run):
    result = run("extract", "-", "--format", "json", input="Iran will strike next week.")
    (record,) = json.loads(result.stdout)["forecasts"]
    assert (record["window_phrase"], record["window_start"]) == ("next week", None)
    assert result.stderr == (
        "warning: standard input: no publication date; relative windows ('next week') stay unresolved "
        "(pass --published YYYY-MM-DD)\n"
    )


def test_errors_exit_1_with_a_message(run, tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"{tmp_path / 'nope.txt'}: no such file; give a .txt or .html article, a URL, or - for standard input\n"
    )
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01\x02\xff" * 100)
    result = run("extract", str(junk))
    assert (result.exit_code, result.stderr) == (
        1,
        f"{junk}: not a text file (it holds binary data); give a .txt or .html article\n",
    )
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"It will rain. " * 750_000)  # 10.5 MB
    result = run("extract", str(huge))
    assert result.exit_code == 1
    assert "is too large for one article" in result.stderr


def test_bad_published_is_a_usage_error(run, article):
    result = run("extract", str(article), "--published", "2020-13-01")
    assert result.exit_code == 2
    assert "'2020-13-01' is not a date (YYYY-MM-DD)" in result.stderr


def test_empty_and_foreign_input_give_an_empty_result(run):
    empty = '{\n  "schema_version": 1,\n  "forecasts": []\n}\n'
    result = run("extract", "-", "--format", "json", "--published", "2020-01-04", input="")
    assert (result.exit_code, result.stdout) == (0, empty)
    assert result.stderr == "warning: standard input: the article has no text; nothing to extract\n"
    german = "Die Regierung wird die Gespräche nächste Woche wieder aufnehmen, sagte der Sprecher. " * 5
    result = run("extract", "-", "--format", "json", "--published", "2020-01-04", input=german)
    assert (result.exit_code, result.stdout) == (0, empty)
    assert "does not look like English" in result.stderr


def test_html_of_scripts_says_so(run):
    result = run("extract", str(DATA / "scripts-only.html"), "--published", "2020-01-04")
    assert result.exit_code == 0
    assert "0 forecasts" in result.stdout
    assert "only 3 words of text found in the HTML" in result.stderr


def test_explain_says_for_every_cue_sentence_what_was_kept_or_dropped(run):
    text = "Could Iran strike first? Iran will strike US bases next week, analysts said. The will of the people."
    result = run("extract", "-", "--published", "2020-01-04", "--explain", input=text)
    lines = result.stderr.splitlines()
    assert lines[0].startswith("3 sentences with a future cue (claims scored at least ")
    assert lines[1] == "  [0-24] 'Could Iran strike first?'"
    assert re.match(r"    dropped 0\.\d\d \[0-24\] 'Could': rules: rhetorical_question; ", lines[2])
    assert re.match(r"    kept 0\.\d\d \[25-60\] 'will': rules: reads as a forecast; ", lines[4])
    assert lines[6] == "    no claim: no future marker (the cue word is a noun, a month or a past form)"


def test_min_confidence_trades_recall_for_precision(run, article):
    def count(threshold):
        result = run("extract", str(article), "--format", "json", "--min-confidence", threshold)
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)["forecasts"]

    everything, surest = count("0"), count("1")
    assert len(everything) == 2 and surest == []
    assert run("extract", str(article), "--min-confidence", "1.5").exit_code == 2


def drafted_ids(path):
    """The ids `extract --write` gives the article's forecasts: their propositions' slug words
    (tests/extract/test_propositions.py pins those down; here only the wiring is checked)."""
    from forecasts.extract.article import read_article
    from forecasts.extract.extractor import analyse_article
    from forecasts.extract.propositions import propose, slug_words

    article = read_article(str(path))
    return ["-".join(slug_words(propose(c, article))) for c in analyse_article(article).candidates]


def test_write_drafts_that_validate_and_never_duplicate(run, article, tmp_path):
    reprisal_id, allies_id = drafted_ids(article)
    # --draft-all: the two made-up sentences are drafted however sure the scorer is of them (the
    # drafting cut is tested in test_resolvability.py); what is tested here is the files written.
    result = run("extract", str(article), "--write", "scenarios/test-case", "--draft-all", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"wrote scenarios/test-case/{reprisal_id}.yaml",
        f"wrote scenarios/test-case/{allies_id}.yaml",
        "2 draft(s) written to scenarios/test-case, 0 claim(s) attached to existing scenarios, 0 skipped as already "
        "present",
    ]
    assert run("validate").stdout == "ok: 2 scenarios in scenarios valid\n"
    catalog = load_catalog(tmp_path / "scenarios")
    drafts = {f.scenario.id: f.scenario for f in catalog.files}
    reprisal = drafts[reprisal_id]
    assert (reprisal.status, reprisal.case, str(reprisal.created), str(reprisal.deadline)) == (
        "draft",
        "test-case",
        "2020-01-04",
        "2020-01-11",  # "not be immediate" is asked about the next week (forecasts.extract.imminence)
    )
    # The wording is the proposition's (tests/extract/test_propositions.py); no marker is left in it.
    assert reprisal.question.startswith("Will ") and reprisal.question.endswith(" between 2020-01-04 and 2020-01-11?")
    assert "DRAFT" not in reprisal.question and reprisal.review[0].startswith("question: ")
    (source,) = reprisal.sources
    assert (source.quote, source.speaker, source.role, source.outlet, source.url, str(source.published)) == (
        "Iran's reprisal will probably not be immediate",
        "Jane Roe",
        "analyst at Example Institute",
        "Test Wire",
        "https://example.org/t",
        "2020-01-04",
    )
    assert (source.hedge, source.prior, source.polarity) == ("probably", None, "negative")
    assert "characters 1-47 of the body" in source.note
    allies = drafts[allies_id]
    assert (str(allies.opens), str(allies.deadline)) == ("2020-01-04", "2020-01-18")
    before = {p: p.read_bytes() for p in (tmp_path / "scenarios").rglob("*.yaml")}

    again = run("extract", str(article), "--write", "scenarios/test-case", "--draft-all", "--format", "json")
    assert again.exit_code == 0
    assert again.stderr.splitlines() == [
        f'skipped (already in scenarios/test-case/{reprisal_id}.yaml): "Iran\'s reprisal will probably not be immediate"',
        f"skipped (already in scenarios/test-case/{allies_id}.yaml): "
        "'Iran could attack US allies in the next two weeks.'",
        "0 draft(s) written to scenarios/test-case, 0 claim(s) attached to existing scenarios, 2 skipped as already "
        "present",
    ]
    assert {p: p.read_bytes() for p in (tmp_path / "scenarios").rglob("*.yaml")} == before


def test_write_never_overwrites_and_searches_the_whole_tree(run, article, tmp_path):
    other = tmp_path / "scenarios" / "other-case"
    other.mkdir(parents=True)
    # A person already made a scenario from the first quote (they quoted the whole sentence).
    (other / "hand-made.yaml").write_text(
        "id: hand-made\ntitle: T\nquestion: Q?\ncreated: 2020-01-04\ndeadline: 2020-03-31\n"
        "resolution:\n  criteria: C\nsources:\n"
        '  - quote: "Iran\'s reprisal will probably not be immediate, Jane Roe said"\n'
        "    speaker: Jane Roe\n    outlet: Test Wire\n",
        encoding="utf-8",
    )
    # A file already holds the id the second draft would take: the draft gets the next id.
    allies_id = drafted_ids(article)[1]
    (other / f"{allies_id}.yaml").write_text(
        (other / "hand-made.yaml")
        .read_text()
        .replace("id: hand-made", f"id: {allies_id}")
        .replace("Iran's reprisal will probably not be immediate, Jane Roe said", "Something else entirely"),
        encoding="utf-8",
    )
    result = run("extract", str(article), "--write", "scenarios/drafts", "--format", "json")
    assert result.stderr.splitlines() == [
        'skipped (already in scenarios/other-case/hand-made.yaml): "Iran\'s reprisal will probably not be immediate"',
        f"wrote scenarios/drafts/{allies_id}-2.yaml",
        "1 draft(s) written to scenarios/drafts, 0 claim(s) attached to existing scenarios, 1 skipped as already "
        "present",
    ]
    assert run("validate").exit_code == 0


def test_write_into_a_file_is_refused(run, article, tmp_path):
    (tmp_path / "afile").write_text("x")
    result = run("extract", str(article), "--write", "afile")
    assert result.exit_code == 2  # click refuses a file where a folder is expected


def test_control_characters_from_the_article_are_shown_escaped(run):
    text = "Iran will strike US bases next week, \x1b]0;owned\x07 analysts said.\n"
    result = run("extract", "-", "--published", "2020-01-04", "--min-confidence", "0", "--explain", input=text)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\x1b" not in result.stderr
    assert "\\x1b" in result.stdout and "\\x07" in result.stdout


def test_a_broken_install_is_named_not_a_traceback(run, article, monkeypatch):
    # A parser or scorer file missing from the package: the command says which and how to mend it.
    import forecasts.extract.scorer as scorer_module
    import forecasts.extract.syntax as syntax

    def no_parser(path=syntax.PARSER_PATH):
        raise syntax.ParserError(f"{path}: cannot load the parser: gone; the package's files are incomplete")

    monkeypatch.setattr(syntax, "load_parser", no_parser)
    syntax.parse.cache_clear()
    result = run("extract", str(article), "--published", "2020-01-04", "--write", "scenarios/case")
    assert result.exit_code == 1
    assert "parser: cannot load the parser: gone; the package's files are incomplete" in result.output
    assert "Traceback" not in result.output

    def no_scorer():
        raise scorer_module.ScorerError("extract_scorer.json: cannot read the extraction scorer: gone")

    monkeypatch.setattr(scorer_module, "default_scorer", no_scorer)
    result = run("extract", str(article), "--published", "2020-01-04")
    assert result.exit_code == 1
    assert "extract_scorer.json: cannot read the extraction scorer: gone" in result.output
