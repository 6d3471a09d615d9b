"""What frames the event is not the event: the speaker's reporting verb, a fronted concession, a
predicate left without its subject, a capital that only opens the sentence, and a hedge on intent.

Texts are made up, of the shapes the second hand-scored sample (seed 17) found: "The OBR forecasts
employment to be ..." drafted as "Will the OBR forecasts employment be ...", "Will even if this law
was passed next week, the ... deadline be met", "Will working with members of ... graduate", "Will
Old and inefficient prisons be closed and new institutions built", "Will Iran seek to acquire ...",
and "Novatek's strategy provides for producing ...".
"""

from __future__ import annotations

from datetime import date

from hand_made_claims import claim

from forecasts.extract.article import Article
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import (
    Proposition,
    criteria_text,
    is_plural,
    propose,
    question_text,
    title_text,
)
from forecasts.extract.scorer import RULES_ONLY

P = date(2021, 8, 2)
END = date(2021, 12, 31)
WHEN = "between 2021-08-02 and 2021-12-31"


def proposition(body: str, quote: str | None = None, event: str | None = None) -> Proposition:
    """The proposition of ``quote`` (the whole body, its full stop aside, unless given) in ``body``."""
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    return propose(claim(body, quote or body.rstrip("."), "Jane Roe", "an official", event=event), article)


def test_a_reporting_verb_is_the_speakers_and_what_is_forecast_is_the_subject() -> None:
    p = proposition("The Treasury forecasts unemployment to be 4.2 million in 2022, falling each year after.")
    assert (p.subject, p.phrase) == ("unemployment", "be 4.2 million")
    assert question_text(p, P, END) == f"Will unemployment be 4.2 million {WHEN}?"
    assert title_text(p) == "Unemployment is 4.2 million"
    assert criteria_text(p, P, END).startswith(f"Yes if, {WHEN}, unemployment is 4.2 million,")
    assert proposition("The central bank projects inflation will ease to 3% by June.").subject == "inflation"
    assert proposition("The IMF estimates the deficit to reach 5% of GDP.").subject == "the deficit"
    assert proposition("Our economists predicted the index would top 5,000.").subject == "the index"
    # The same words as nouns stay in the subject.
    assert proposition("The energy projects in the north will be finished by May.").subject == (
        "the energy projects in the north"
    )
    assert proposition("Its latest estimates show that output will fall.").subject == "output"


def test_a_fronted_concession_or_time_clause_is_cut_from_the_subject() -> None:
    p = proposition("That means that even if the bill was signed next week, the March deadline is unlikely to be met.")
    assert (p.subject, p.phrase) == ("the March deadline", "be met")
    assert question_text(p, P, END) == f"Will the March deadline be met {WHEN}?"
    assert title_text(p) == "The March deadline is met"
    assert proposition("Although talks resumed, the ceasefire will collapse.").subject == "the ceasefire"
    assert proposition("While prices stay high, the government will cut fuel duty.").subject == "the government"
    assert proposition("Even though the mayor objects, the council will close the depot.").subject == "the council"
    # Without its comma the clause ends where the subject's noun phrase begins.
    assert proposition("To reach the target in 2025 the government will cut spending.").subject == "the government"
    assert proposition("When the talks fail the army will advance.").subject == "the army"


def test_a_participle_left_of_a_progressive_verb_is_no_subject() -> None:
    body = (
        "Currently, 12 nurses are helping staff at the clinic to teach the first group of 30 trainees, "
        "which will qualify on June 3."
    )
    event = "Helping staff at the clinic to teach the first group of 30 trainees will qualify on June 3."
    p = proposition(body, body.rstrip("."), event)
    assert not p.parsed
    assert p.phrase.startswith("Currently, 12 nurses are helping staff")  # the words to rephrase, as said
    # An infinitive has no nominal subject either.
    assert not proposition("To train the recruits will take two years.").parsed
    # A gerund that opens its own sentence is a subject: "Avoiding that outcome will depend on ...".
    assert proposition("Avoiding a recession will depend on the central bank.").subject == "avoiding a recession"


def test_a_capital_that_only_opens_the_sentence_is_lowered_and_a_gapped_second_event_is_cut() -> None:
    body = "The plan was published on Monday. Old and crowded hospitals will be closed and new clinics opened in the region."
    p = proposition(body, body.split(". ", 1)[1].rstrip("."))
    assert (p.subject, p.phrase) == ("old and crowded hospitals", "be closed")
    assert question_text(p, P, END) == f"Will old and crowded hospitals be closed {WHEN}?"
    assert proposition("Defending Nato territory will cost more.").subject == "defending Nato territory"
    assert proposition("Violence or threats will be directed at officials.").subject == "violence or threats"
    assert proposition("Nation-state hackers will target the vote.").subject == "nation-state hackers"
    assert proposition("Saudi-led forces will strike the port.").subject == "Saudi-led forces"
    # Names stay as written, at the start of a sentence or not.
    assert proposition("Acting Secretary Jane Roe will visit Kyiv.").subject == "Acting Secretary Jane Roe"
    assert proposition("Gazprom shares will rise.").subject == "Gazprom shares"
    body = "Kenyon said so. Kenyon will announce the layoffs, and the union says Kenyon will not talk."
    assert proposition(body, "Kenyon will announce the layoffs").subject == "Kenyon"


def test_a_hedge_on_intent_is_dropped_and_the_criteria_say_only_the_act_counts() -> None:
    seek = proposition("The army will seek to recruit new pilots.")
    assert (seek.subject, seek.phrase, seek.verb) == ("the army", "recruit new pilots", "recruit")
    assert question_text(seek, P, END) == f"Will the army recruit new pilots {WHEN}?"
    assert title_text(seek) == "The army recruits new pilots"
    assert criteria_text(seek, P, END) == (
        f"Yes if, {WHEN}, the army recruits new pilots, as reported by at least two major outlets or an official "
        "source. Statements of intent and reports that it is being considered do not count. Only the act itself "
        "counts: seeking, trying or planning to do it does not."
    )
    # Without "will" the intent verb is the modal; the criteria say the same.
    seeks = proposition("The army seeks to recruit new pilots.")
    assert (seeks.phrase, criteria_text(seeks, P, END)) == (seek.phrase, criteria_text(seek, P, END))
    decide = proposition("The council will decide to raise the tax.")
    assert question_text(decide, P, END) == f"Will the council raise the tax {WHEN}?"
    assert criteria_text(decide, P, END).endswith("Only the act itself counts: deciding to do it does not.")
    assert proposition("The country will try to join the alliance.").phrase == "join the alliance"
    # "Continue to" is no intent: continuing is the event.
    assert proposition("The army will continue to recruit pilots.").phrase == "continue to recruit pilots"


def test_a_plan_that_provides_for_an_act_is_its_owners_act() -> None:
    p = proposition("The company's plan provides for building 12 new plants by 2030.")
    assert (p.subject, p.phrase) == ("the company", "build 12 new plants")
    assert question_text(p, P, END) == f"Will the company build 12 new plants {WHEN}?"
    assert "Only the act itself counts" in criteria_text(p, P, END)
    p = proposition("Acme's strategy envisages producing 40 million tonnes of steel.")
    assert (p.subject, p.phrase) == ("Acme", "produce 40 million tonnes of steel")


def test_a_plural_head_before_regarding_or_about_takes_a_plural_verb() -> None:
    assert is_plural("talks regarding the budget") and is_plural("negotiations about the border")
    talks = Proposition("talks regarding the budget", "follow", "follow", False, "other", None)
    assert title_text(talks) == "Talks regarding the budget follow"


def test_a_response_named_by_its_means_is_asked_as_the_act() -> None:
    # "retaliate by shelling the border towns": what a stranger checks is the shelling.
    made = proposition("Ostland will retaliate by shelling the border towns of Varnia.")
    assert (made.verb, made.phrase, made.event_kind) == ("shell", "shell the border towns of Varnia", "attack")
    assert question_text(made, P, END) == f"Will Ostland shell the border towns of Varnia {WHEN}?"


def test_a_condition_that_is_a_response_by_its_means_is_drafted_as_the_act() -> None:
    body = "If Varnians respond by shelling the border towns, Ostland will close the strait."
    article = Article(body=body, source="wire.txt", outlet="Test Wire", published=P)
    (candidate,) = extract_forecasts(article, RULES_ONLY)
    condition = propose(candidate, article).condition
    assert condition is not None
    assert (condition.verb, condition.phrase, condition.event_kind) == ("shell", "shell the border towns", "attack")


def test_a_response_with_no_act_after_by_stays_a_response() -> None:
    # "by Friday" says when, and "imposing" has no base form the drafting knows: both left as written.
    assert proposition("Ostland will respond to the report by Friday.").phrase == "respond to the report"
    assert proposition("Ostland will respond by imposing new tariffs.").phrase == "respond by imposing new tariffs"


def test_a_fronted_adverb_or_place_phrase_is_cut_from_the_subject() -> None:
    # Of the shapes drafted from new articles: "Will Altogether, the incoming data, suggest ...",
    # "Will Across the Latin American and Caribbean region, electorates ... fuel ...".
    assert proposition("Altogether, the incoming data will suggest stronger growth.").subject == "the incoming data"
    across = proposition("Across the region, angry voters will fuel protests.")
    assert (across.subject, across.phrase) == ("angry voters", "fuel protests")
    assert proposition("Between 2020 and 2024, the fund will double.").subject == "the fund"
    # A list of names is the subject, commas and all.
    assert proposition("Iran, Iraq and Syria will hold talks in May.").subject == "Iran, Iraq and Syria"
