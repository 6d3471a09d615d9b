"""The parser's reading of a drafted question: one clause, "Will <subject> <verb> ...?"."""

from __future__ import annotations

import runpy
from datetime import date
from pathlib import Path

import pytest

from forecasts.extract.article import Article
from forecasts.extract.drafts import write_drafts
from forecasts.extract.extractor import analyse_article
from forecasts.extract.question_syntax import judge_question_syntax
from forecasts.extract.syntax import PARSER_PATH, ParserError, load_parser, parse


def test_the_parser_tags_and_parses_a_forecast() -> None:
    doc = parse("Iran's armed forces will strike US forces in Iraq.")
    strike = next(t for t in doc if t.text == "strike")
    assert strike.tag_ == "VB"
    assert {c.dep_ for c in strike.children} >= {"nsubj", "aux", "obj"}
    assert next(c for c in strike.children if c.dep_ == "nsubj").text == "forces"


def test_a_missing_parser_names_the_folder_and_the_fix() -> None:
    missing = PARSER_PATH.parent / "no-such-parser"
    with pytest.raises(
        ParserError,
        match=r"no-such-parser: cannot load the parser: .*reinstall it \(pip install -e \.\) or rebuild the parser",
    ):
        load_parser(missing)


@pytest.mark.parametrize(
    ("subject", "phrase"),
    [
        ("Iran's armed forces", "strike US forces in Iraq"),
        ("the Federal Reserve", "cut interest rates by a quarter point"),
        ("old and inefficient prisons in the UK", "be closed"),
        ("Russian missiles and bombs", "hit Ukrainian cities"),
        ("Cambodian Prime Minister Hun Sen", "extend his rule by another five years"),
        ("National Security Minister Itamar Ben Gvir", "leave the government"),
        ("the next, 12th round of consultations", "be held in Geneva"),
        ("Vladimir Putin", "hold talks with Shinzo Abe"),
        ("Secretary Blinken", "travel to Rwanda"),
        ("the Committee", "not raise the target range"),
        ("there", "be a motion in the House of Commons to trigger an early election"),
        ("Russia and the United States", "establish a communication hotline"),
        ("Russia and China", "meet with each other again in Osaka"),
        # An adjective a preposition takes without a noun, and a predicate adjective.
        ("Ostland", "recognize the new border for good"),
        ("the army", "hand over its heavy guns in public"),
        ("the shops in the capital", "remain closed"),
        # "that" opening a clause, or dating the event, points at nothing.
        ("Russia", "meet at that time"),
        ("Russia", "ensure that sanctions are lifted"),
    ],
)
def test_a_well_formed_question_passes(subject: str, phrase: str) -> None:
    assert judge_question_syntax(subject, phrase) is None


@pytest.mark.parametrize(
    ("subject", "phrase", "reason"),
    [
        # A time fronted before the subject.
        ("Later, the President,", "hold a video conference", "garbled question: 'Later' is not part of the subject"),
        # A list marker left in front of the subject.
        ("(4) The Palestinian Authority", "establish a separate account", "garbled question: '4' is not part"),
        # A clause cut in two: the subject holds a verb of its own.
        (
            "U.S. officials expressed concerns about Russia's",
            "launch a satellite into space",
            "garbled question: 'U.S. officials expressed' is a clause of its own",
        ),
        # Two clauses run into one question.
        (
            "the price of oil",
            "come down sharply and at the same time it would stop the speculation",
            "garbled question: a second clause runs on",
        ),
        (
            "Russia's opportunities",
            "expand after the second stage and its capacity will increase from 30 million tonnes",
            "garbled question: a second clause runs on",
        ),
        # The event made the subject of another verb: two clauses run into one.
        (
            "one reason the debt in the US",
            "increase is that the larger the debt outstanding",
            "garbled question: 'increase is that the larger the ...' makes the event the subject of another verb",
        ),
        # A pronoun where the subject should be named.
        ("they", "attack the base", "unresolved reference: the subject 'they' does not say who or what"),
        # A question that breaks off.
        ("the Fed", "cut rates to", "garbled question: it breaks off on 'to'"),
        (
            "Ostland",
            "recognize territorial changes brought about by unprovoked",
            "garbled question: it breaks off on 'by unprovoked', an adjective whose noun is lost",
        ),
        # A forecast inside the question: the question asks about the saying.
        (
            "President Vladimir Putin",
            "like to emphasise that Russia will build up its gas liquefying capacities",
            "garbled question: a second clause runs on ('that Russia will build')",
        ),
        # A possessive that lost its noun.
        ("President Biden's", "build from the bottom up", "garbled question: the subject ends on a possessive"),
        # "that" pointing at a thing the article named elsewhere.
        (
            "the United States",
            "release that document at the NATO summit in Madrid",
            "unresolved reference: 'that document' is not resolved to what it stands for",
        ),
        # One actor cannot meet "each other".
        ("Russia", "meet with each other again in Osaka", "garbled question: 'Russia' alone cannot meet 'each other'"),
    ],
)
def test_a_garbled_question_is_named(subject: str, phrase: str, reason: str) -> None:
    found = judge_question_syntax(subject, phrase)
    assert found is not None and found.startswith(reason), found


def test_the_drafting_lists_a_claim_whose_question_does_not_parse(tmp_path: Path) -> None:
    body = (
        "The committee met on Monday to agree the conditions for the transfer.\n\n"
        "Under the agreement, (4) The Palestinian Authority will open a separate account next month to hold the funds, "
        "the committee said.\n\n"
        "The price of Brent crude will come down sharply this year and at the same time it would stop the speculation that "
        "keeps prices high, the senator said.\n\n"
        "The central bank will raise its key rate to 5% in March, the governor said."
    )
    article = Article(body=body, source="<text>", title="Plans", outlet="Example News", published=date(2024, 1, 8))
    root = tmp_path / "scenarios"
    report = write_drafts(analyse_article(article).candidates, article, root / "case", root)
    held = {candidate.quote.split(",")[0][:30]: reason for candidate, reason in report.not_drafted}
    assert held == {
        "Under the agreement": "garbled question: '4' is not part of the subject 'The Palestinian Authority'",
        "The price of Brent crude will ": "garbled question: a second clause runs on ('and at the same time it ...')",
    }
    assert [path.name.endswith("raise-key-rate.yaml") for path in report.written] == [True]


SENTENCE = (
    "# text = Rain will fall .\n"
    "1\tRain\train\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tfall\tfall\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
)


def test_the_training_split_is_rebuilt_from_the_treebank_sources(tmp_path: Path) -> None:
    # A checkout without the large en_ewt-ud-train.conllu: the split is its listed sources, in order.
    train_parser = runpy.run_path(str(Path(__file__).resolve().parents[2] / "scripts" / "train_parser.py"))
    sources = tmp_path / "not-to-release" / "sources" / "weblog"
    sources.mkdir(parents=True)
    (sources / "a.conllu").write_text(SENTENCE, encoding="utf-8")
    (sources / "b.conllu").write_text(SENTENCE.replace("Rain", "Snow"), encoding="utf-8")
    lists = tmp_path / "not-to-release" / "file-lists"
    lists.mkdir(parents=True)
    (lists / "files.train").write_text("weblog/b.conllu\nweblog/a.conllu\n", encoding="utf-8")
    text = train_parser["read_split"](tmp_path, "train")
    assert text == SENTENCE.replace("Rain", "Snow") + "\n" + SENTENCE + "\n"
    assert train_parser["write_docbin"](text, tmp_path / "train.spacy") == 1
    (lists / "files.dev").write_text("weblog/c.conllu\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"c\.conllu: listed in files\.dev but missing from the checkout"):
        train_parser["read_split"](tmp_path, "dev")
