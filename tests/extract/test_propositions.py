"""Propositions: the event of a forecast as a question a stranger could resolve.

Sentences are our own and from the labelled corpus (corpus/articles, compared with the gold
``event`` of corpus/labels); expected texts are exact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.candidates import Candidate, Probability
from forecasts.extract.corpus import CORPUS_DIR, load_label_file
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import (
    EVENT_KINDS,
    MAX_SLUG_WORDS,
    MAX_TITLE_CHARS,
    Proposition,
    _antecedent,
    _propose,
    _ranked_name,
    _titled_person,
    content_words,
    criteria_text,
    folded_accents,
    lemmatise,
    propose,
    question_text,
    same_event,
    slug_words,
    title_text,
    with_forecast,
)
from forecasts.extract.title_cuts import TITLE_STRETCH_CHARS

OPENS, DEADLINE = date(2020, 1, 5), date(2020, 3, 31)


def only(text: str, outlet: str | None = "Inside Arabia") -> Proposition:
    """The proposition of the forecast the extractor finds in ``text``: the one claim the rules
    read, or of several the one the shipped scorer is surest of (what is tested is the
    proposition, not the scorer; "Blinken arrived in Kyiv on Monday" is a claim of its date)."""
    article = Article(body=text, source="<text>", published=date(2020, 1, 4), outlet=outlet)
    found = extract_forecasts(article) or extract_forecasts(article, min_confidence=0.0)
    return propose(max(found, key=lambda c: c.confidence), article)


def from_corpus(label: str, forecast_id: str) -> tuple[Proposition, str]:
    """The proposition of the candidate covering a labelled forecast, and the gold event (whatever
    the shipped scorer's confidence in it: what is tested is the proposition)."""
    labelled = load_label_file(CORPUS_DIR / "labels" / f"{label}.yaml", CORPUS_DIR / "articles")
    gold = next(f for f in labelled.forecasts if f["id"] == forecast_id)
    overlap = [
        (min(c.char_end, gold["char_end"]) - max(c.char_start, gold["char_start"]), c)
        for c in extract_forecasts(labelled.article, min_confidence=0.0)
    ]
    best = max((o for o in overlap if o[0] > 0), key=lambda o: o[0])[1]
    return propose(best, labelled.article), gold["event"]


def test_the_question_from_the_issue() -> None:
    p = only("Iran's armed forces will probably strike US forces in Iraq within weeks, analysts said.")
    assert p == Proposition(
        subject="Iran's armed forces",
        verb="strike",
        phrase="strike US forces in Iraq",
        negative=False,
        event_kind="attack",
        target="US forces",
    )
    # The modal, the hedge and the time phrase are gone: the window is the question's dates.
    assert question_text(p, OPENS, DEADLINE) == (
        "Will Iran's armed forces strike US forces in Iraq between 2020-01-05 and 2020-03-31?"
    )
    assert title_text(p) == "Iran's armed forces strike US forces in Iraq"
    assert slug_words(p) == ["iran", "strike", "us", "forces"]
    assert criteria_text(p, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, Iran's armed forces strike US forces in Iraq: a strike, "
        "shelling, raid or armed attack by the actor's own forces, claimed by the actor or attributed to it by at "
        "least two major news outlets or an official investigation. Threats, exercises, interceptions without an "
        "attack, and attacks by proxies or allied groups do not count unless the claim names them."
    )


def test_a_negative_claim_keeps_its_negation_but_the_question_asks_the_positive_event() -> None:
    p = only("The Houthis will not stop attacking ships in the Red Sea, the official said.")
    assert (p.subject, p.verb, p.negative) == ("the Houthis", "stop", True)
    assert question_text(p, OPENS, DEADLINE) == (
        "Will the Houthis stop attacking ships in the Red Sea between 2020-01-05 and 2020-03-31?"
    )
    assert title_text(p) == "The Houthis stop attacking ships in the Red Sea"
    assert criteria_text(p, OPENS, DEADLINE).endswith(
        "The source expects this NOT to happen; the question still asks whether it does."
    )


def test_pronouns_are_resolved_to_what_they_stand_for() -> None:
    they = only(
        "The sanctions have hurt Iran's economy. They will probably not be lifted before the election, a diplomat said."
    )
    assert question_text(they, OPENS, DEADLINE) == (
        "Will the sanctions be lifted before the election between 2020-01-05 and 2020-03-31?"
    )
    assert title_text(they) == "The sanctions are lifted before the election"
    we = only('"We will strike back," said Iran\'s foreign minister Javad Zarif.')
    assert (we.subject, we.phrase, we.event_kind) == ("Iran", "strike back", "attack")
    assert slug_words(we) == ["iran", "strike"]
    title = only(
        "Secretary Blinken arrived in Kyiv on Monday. The Secretary will meet President Zelenskyy on Tuesday, a spokesman said."
    )
    assert question_text(title, OPENS, DEADLINE) == (
        "Will Secretary Blinken meet President Zelenskyy between 2020-01-05 and 2020-03-31?"
    )
    assert title.event_kind == "scheduled"


def test_it_in_a_second_clause_is_the_first_clauses_subject() -> None:
    p, gold = from_corpus("102-state-blinken-kuleba-press-availability", "102-02")
    assert gold == "Sanctions and other pressure on Russia keep growing while the war lasts."
    assert question_text(p, OPENS, DEADLINE) == "Will pressure grow between 2020-01-05 and 2020-03-31?"


def test_we_and_our_are_the_country_the_speaker_speaks_for() -> None:
    p, gold = from_corpus("103-state-blinken-austin-kyiv-visit", "103-02")
    assert gold == "Bridget Brink heads the US embassy in Ukraine."
    assert question_text(p, OPENS, DEADLINE) == (
        "Will Ambassador Brink lead the United States' diplomatic mission in Ukraine with dedication and "
        "distinction between 2020-01-05 and 2020-03-31?"
    )
    # "If confirmed": the condition is a proposition about the same subject.
    assert p.condition == Proposition("Ambassador Brink", "confirm", "be confirmed", False, "statement", None)
    assert title_text(p.condition) == "Ambassador Brink is confirmed"


def test_a_reporting_frame_is_not_the_subject() -> None:
    p, gold = from_corpus("101-state-blinken-unsc-russia-threat", "101-11")
    assert gold.startswith("Russian forces target specific groups of Ukrainians")
    assert (p.subject, p.verb, p.phrase) == ("Russia", "target", "target specific groups of Ukrainians")
    assert slug_words(p) == ["russia", "target", "specific", "groups", "ukrainians"]


def test_the_condition_of_unless_is_negative_and_its_pronoun_is_the_subject() -> None:
    p, gold = from_corpus("402-voa-north-korea-expels-bbc-journalists", "402-01")
    assert gold == "North Korea does not use nuclear weapons unless its sovereignty is violated."
    assert (p.subject, p.verb, p.negative, p.target) == ("North Korea", "use", True, "nuclear weapons")
    assert p.condition is not None
    assert (p.condition.subject, p.condition.phrase, p.condition.negative) == (
        "North Korea's sovereignty",
        "be violated",
        True,
    )


def test_a_price_level_names_its_level_and_its_source() -> None:
    p, gold = from_corpus("512-eia-steo-september-2015", "512-eia-steo-september-2015-06")
    assert gold == "US regular gasoline retail prices average about $2.38 per gallon in 2016."
    assert p.event_kind == "price_level"
    assert title_text(p) == "U.S. regular gasoline retail prices average $2.38/gal"
    assert criteria_text(p, OPENS, DEADLINE) == (
        "Yes if the average of U.S. regular gasoline retail prices from 2020-01-05 to 2020-03-31 is $2.38/gal (a "
        "published $2.375/gal up to $2.385/gal rounds to it), as measured by the mean of the official weekly average "
        "pump prices over the period (in the UK the government's weekly road fuel prices, in the US the EIA's weekly "
        "retail prices). A single day's or week's price outside it does not count, nor do forecasts of the average."
    )


def test_alternatives_come_from_rather_than_and_either_or_only() -> None:
    p = only("Iran's response will in all likelihood be asymmetric rather than direct, said Mohammad Manzarpour.")
    assert p.alternatives == ("asymmetric", "direct")
    assert slug_words(p) == ["iran", "response", "asymmetric", "direct"]
    # The options are defined, so that a stranger can tell which one happened.
    assert criteria_text(p, OPENS, DEADLINE).endswith(
        "Options: 'asymmetric' (through proxies, militias, cyber attacks, sabotage or attacks on shipping, not a "
        "strike by the state's own forces) or 'direct' (a strike by the state's own forces, openly claimed or "
        "attributed); the answer is the option the outcome fits."
    )
    # "do not take lightly" is a negation; "either Israel or the United States" names targets.
    russia, _ = from_corpus("101-state-blinken-unsc-russia-threat", "101-03")
    iran, _ = from_corpus("105-odni-ata-2024-iran", "105-06")
    assert russia.alternatives == () and iran.alternatives == ()
    # A manner or a route is no outcome: "either directly or through other channels".
    doses = only("Ostland will supply a billion doses, either directly or through other channels, said Ivo Marek.")
    assert doses.alternatives == ()


def test_criteria_templates_per_kind() -> None:
    election = Proposition("Claudia Sheinbaum", "win", "win the presidential election", False, "election", None)
    vote = Proposition("the Knesset", "approve", "approve the ceasefire agreement", False, "vote", None)
    scheduled = Proposition("Secretary Blinken", "visit", "visit Morocco", False, "scheduled", None)
    assert criteria_text(election, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, Claudia Sheinbaum wins the presidential election according to "
        "the certified result published by the electoral authority. Exit polls, projections and claims of victory "
        "do not count; a result still contested at the deadline resolves on its certification."
    )
    assert criteria_text(vote, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, the Knesset approves the ceasefire agreement in a formal vote "
        "whose result is recorded by the body that held it. Announcements of a vote to come, committee stages and "
        "failed votes do not count."
    )
    assert criteria_text(scheduled, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, Secretary Blinken visits Morocco: the step actually taking "
        "place, reported by the organisers or at least two major outlets. Its announcement, scheduling or "
        "postponement does not count."
    )


@pytest.mark.parametrize("phrase", ["reject the supplemental budget bill", "vote down the supplemental budget bill"])
def test_a_rejection_is_a_failed_vote_which_counts(phrase: str) -> None:
    verb = phrase.split()[0]
    rejection = Proposition("the US House of Representatives", verb, phrase, False, "vote", None)
    criteria = criteria_text(rejection, OPENS, DEADLINE)
    assert criteria.endswith(
        ": a formal vote in which the measure fails, as recorded by the body that held it. A measure withdrawn, "
        "tabled or left without a vote, and committee stages, do not count."
    )
    assert "failed votes do not count" not in criteria


def test_a_veto_is_settled_by_the_bills_record_not_by_a_vote() -> None:
    veto = Proposition("the US president", "veto", "veto the farm bill", False, "vote", None)
    assert criteria_text(veto, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, the US president vetoes the farm bill: a veto formally issued "
        "(the bill returned unsigned with a veto message, or a pocket veto), as recorded by the legislature or "
        "announced by the executive. A threat to veto, a bill signed into law and one let become law unsigned do "
        "not count."
    )


def test_a_head_of_state_approving_a_measure_signs_it_and_holds_no_vote() -> None:
    # A news report's "President Trump has said he will not approve a budget ..." was asked for a
    # "formal vote whose result is recorded".
    signed = Proposition("President Ana Varga", "approve", "approve a budget without the new tax", True, "vote", None)
    text = criteria_text(signed, OPENS, DEADLINE)
    assert "the measure signed into law or formally approved by President Ana Varga" in text
    assert "formal vote" not in text
    # A chamber's approval is still its vote.
    chamber = Proposition("the Senate", "approve", "approve the budget", False, "vote", None)
    assert "in a formal vote whose result is recorded" in criteria_text(chamber, OPENS, DEADLINE)


def test_a_vote_on_a_measure_is_the_vote_held_whichever_way_it_goes() -> None:
    # "the House will be voting on Kate's Law" had its failed vote excluded, though the claim is the vote.
    held = Proposition("the Ostland House", "vote", "vote on the border bill", False, "vote", None)
    text = criteria_text(held, OPENS, DEADLINE)
    assert "a formal vote held, whichever way it goes" in text and "failed votes" not in text
    passed = Proposition("the Ostland House", "pass", "pass the border bill", False, "vote", None)
    assert "failed votes do not count" in criteria_text(passed, OPENS, DEADLINE)


def test_two_modifiers_of_one_head_take_its_verb() -> None:
    deficit = Proposition(
        "the non-oil and gas deficit in Ostland", "come", "come in at 6.6 percent", False, "other", None
    )
    assert title_text(deficit).startswith("The non-oil and gas deficit in Ostland comes in")


def test_a_publication_is_settled_by_the_document_itself_whoever_publishes_it() -> None:
    fed = Proposition(
        "the Federal Reserve Board",
        "publish",
        "publish the results of its exploratory analyses",
        False,
        "scheduled",
        None,
    )
    assert criteria_text(fed, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, the Federal Reserve Board publishes the results of its exploratory "
        "analyses: the document itself made public (on the Federal Reserve Board's own website or in its official "
        "record) within the window. An announcement of when it will appear, a leak or a summary by others does not count."
    )
    # Prisoners are released too: only a document makes "release" a publication.
    freed = Proposition("Iran", "release", "release the prisoners", False, "scheduled", None)
    assert "document itself" not in criteria_text(freed, OPENS, DEADLINE)
    # A central bank's other acts keep its own record.
    bought = Proposition("the Federal Reserve", "buy", "buy Treasury securities", False, "scheduled", None)
    assert "the central bank's own policy statements" in criteria_text(bought, OPENS, DEADLINE)


def test_a_condition_denied_with_do_not_is_read_with_its_negation() -> None:
    p = only("If the Senate does not ratify the treaty, Ostland will expel the Varnian ambassador.")
    assert p.condition is not None
    assert (p.condition.subject, p.condition.phrase, p.condition.negative) == ("the Senate", "ratify the treaty", True)


def test_same_event_groups_one_actor_action_and_target() -> None:
    a = only("Iran's armed forces will probably strike US forces in Iraq within weeks, analysts said.")
    b = Proposition("Iran", "strike", "strike US forces", False, "attack", "US forces")
    c = Proposition("Iran", "attack", "attack US forces", False, "attack", "US forces")
    other_target = Proposition("Iran", "strike", "strike Saudi oil facilities", False, "attack", "Saudi oil facilities")
    other_actor = Proposition("Hezbollah", "strike", "strike US forces", False, "attack", "US forces")
    tehran = Proposition("Tehran", "attack", "attack US bases", False, "attack", "US bases")
    assert same_event(a, b) and same_event(b, c) and same_event(a, tehran)
    assert not same_event(a, other_target) and not same_event(a, other_actor)
    threat = Proposition("Iran", "threaten", "threaten US forces", False, "threat", "US forces")
    statement = Proposition("Iran", "say", "say it will respond", False, "statement", None)
    assert not same_event(b, threat) and not same_event(statement, replace(statement, verb="declare"))
    assert same_event(statement, replace(statement, phrase="say it will respond soon"))
    assert not same_event(statement, replace(statement, phrase="say it will not negotiate"))


def test_lemmas_of_inflected_verbs() -> None:
    words = "strikes expelled voting postponed honoured used exceed discussing attacks carries escalated"
    assert [lemmatise(w) for w in words.split()] == [
        "strike", "expel", "vote", "postpone", "honour", "use", "exceed", "discuss", "attack", "carry", "escalate",
    ]  # fmt: skip
    # No English verb ends in a consonant and "l", in "ul", "is" or a consonant and "ur"/"ar": an "e" was dropped.
    words = "tabled scheduling promised secured declared failed focused curled"
    assert [lemmatise(w) for w in words.split()] == [
        "table", "schedule", "promise", "secure", "declare", "fail", "focus", "curl",
    ]  # fmt: skip


PIECES = st.sampled_from(
    [
        "will", "won't", "may", "could not", "is likely to", "it", "they", "we", "this", "he", "the Secretary",
        "Iran", "US", "U.S.", "Hezbollah", "said", "if", "unless", "rather than", "either", "or", "not", ",", ".",
        "'s", "our", "strike", "be", "rising", "in 2025", "next week", "\u201c", "\u2014", "$100", "  ", "\n",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=30).map(" ".join)


def _candidate(event: str, quote: str, speaker: str, conditional_on: str | None, polarity: str) -> Candidate:
    probability = Probability(0.5, 1.0, 1.0, 0.05, 0.95, "test")
    return Candidate(
        quote=quote,
        char_start=0,
        char_end=len(quote),
        speaker=speaker,
        speaker_type="quoted_source",
        hedge=None,
        probability=probability,
        polarity=polarity,
        kind="prediction",
        window_phrase=None,
        window_start=None,
        window_end=None,
        event=event,
        conditional_on=conditional_on,
        confidence=0.5,
    )


def _words(text: str) -> set[str]:
    # As ids read them: accents folded ("Bogotá" is "bogota", "²" is "2"), and a capital letter code
    # with its number one word ("D-41" is "d41").
    folded = folded_accents(text)
    codes = {f"{letters}{number}".lower() for letters, number in re.findall(r"\b([A-Z]{1,3})-(\d+[A-Za-z]?)\b", folded)}
    return set(re.findall(r"[a-z0-9]+", folded.lower())) | codes


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT, st.text(max_size=20), st.one_of(st.none(), TEXT), st.sampled_from(["positive", "negative"]))
def test_propose_never_raises_and_its_titles_and_ids_hold(
    event: str, body: str, speaker: str, condition: str | None, polarity: str
) -> None:
    article = Article(body=body + " " + event, source="<text>")
    candidate = _candidate(event, event, speaker, condition, polarity)
    p = propose(candidate, article)
    # propose's safety net (any error -> the event as written) must not be what keeps this passing.
    assert _propose(candidate, article) == p
    assert p.event_kind in EVENT_KINDS and p.negative == (p.negative is True)
    title = title_text(p)
    assert len(title) <= TITLE_STRETCH_CHARS
    slug = slug_words(p)
    assert len(slug) <= MAX_SLUG_WORDS
    # Whole words of the proposition (its subject and phrase come from the text), never fragments.
    assert all(re.fullmatch(r"[a-z0-9]+", w) for w in slug)
    assert set(slug) <= _words(f"{p.subject} {p.phrase}")
    question = question_text(p, OPENS, DEADLINE)
    assert question.startswith("Will ") and question.endswith(" between 2020-01-05 and 2020-03-31?")
    criteria_text(p, OPENS, DEADLINE)
    if p.condition is not None:
        assert len(title_text(p.condition)) <= TITLE_STRETCH_CHARS


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_a_title_is_cut_at_a_whole_word(text: str) -> None:
    words = re.findall(r"[A-Za-z]+", text) or ["event"]
    p = Proposition("Iran", "strike", " ".join(["strike", *words]), False, "attack", None)
    title = title_text(p)
    assert len(title) <= MAX_TITLE_CHARS
    full = "Iran strikes " + " ".join(words)
    assert full.startswith(title) and (len(title) == len(full) or full[len(title)] == " ")


def test_a_proposition_is_a_value() -> None:
    p = Proposition("Iran", "strike", "strike US forces", False, "attack", "US forces")
    assert replace(p, negative=True) != p and hash(p) == hash(replace(p))


def test_capitals_stand_for_their_country_and_he_is_the_last_person_named() -> None:
    tehran = only("Tehran will probably respond with force, analysts said.")
    assert question_text(tehran, OPENS, DEADLINE) == "Will Iran respond with force between 2020-01-05 and 2020-03-31?"
    alone = only("He will likely meet Prime Minister Modi, the spokesman said.", outlet=None)
    assert alone.subject == "the spokesman"  # nobody named before "he": the one who said it, as described
    article = Article(
        body="Secretary Blinken will travel to India next week. He will likely meet Prime Minister Modi, the spokesman said.",
        source="<text>",
        published=date(2020, 1, 4),
    )
    meets = [propose(c, article) for c in extract_forecasts(article)]
    assert [title_text(p) for p in meets] == [
        "Secretary Blinken travels to India",
        "Secretary Blinken meets Prime Minister Modi",
    ]


def test_a_frame_around_the_forecast_is_not_the_event() -> None:
    p = only(
        '"I can tell you that we will raise it with the Indian government," said Thompson, a State Department official.'
    )
    assert question_text(p, OPENS, DEADLINE) == (
        "Will the United States raise it with the Indian government between 2020-01-05 and 2020-03-31?"
    )


def test_a_forecast_in_the_present_tense_and_a_cause_after_the_event() -> None:
    revenge = only("Severe revenge awaits the criminals who stain their hands with his blood, Khamenei said.")
    assert (revenge.subject, revenge.verb, revenge.phrase) == ("Severe revenge", "await", "await the criminals")
    oil = only("Oil will likely go above $100 a barrel due to a combination of the Ukraine crisis and low stocks.")
    assert title_text(oil) == "Oil goes above $100 a barrel"


def test_an_event_that_does_not_parse_is_kept_as_written_without_a_speaker_in_front() -> None:
    candidate = _candidate(
        "Revenues total $5.2 trillion in 2025.", "Revenues total $5.2 trillion in 2025.", "CBO", None, "positive"
    )
    p = propose(candidate, Article(body=candidate.quote, source="<text>"))
    assert (p.subject, p.verb, p.phrase) == ("", "happen", "Revenues total $5.2 trillion")
    assert question_text(p, OPENS, DEADLINE) == "Will revenues total $5.2 trillion between 2020-01-05 and 2020-03-31?"
    assert title_text(p) == "Revenues total $5.2 trillion"


def test_an_event_noun_gets_the_owner_the_text_gave_it() -> None:
    article = Article(
        body="Iran's response will in all likelihood be asymmetric, the analyst said. "
        "The reprisal will probably not be immediate, he added.",
        source="<text>",
        published=date(2020, 1, 4),
    )
    response, reprisal = (propose(c, article) for c in extract_forecasts(article))
    assert (response.event_kind, response.alternatives) == ("other", ())
    assert (
        question_text(reprisal, OPENS, DEADLINE)
        == "Will Iran's reprisal come between 2020-01-05 and 2020-03-31?"  # "be immediate" is its window
    )
    assert (reprisal.negative, reprisal.event_kind) == (True, "attack")
    allies = only("Iran may choose to attack US allies in the Persian Gulf.")
    assert (allies.verb, allies.target) == ("attack", "US allies")


def test_the_command_and_this_facility_are_what_the_text_named_before() -> None:
    command, _ = from_corpus("407-dod-miller-cybersecurity-challenges", "407-01")
    assert question_text(command, OPENS, DEADLINE) == (
        "Will U.S. Cyber Command stand up under U.S. Strategic Command between 2020-01-05 and 2020-03-31?"
    )
    article = Article(
        body="We have started building a facility where we will build marine platforms. "
        "We will launch the first stage of this facility in mid-2019.",
        source="<text>",
        outlet="Kremlin",
    )
    facility = propose(extract_forecasts(article)[-1], article)
    assert facility.phrase == "launch the first stage of the facility where we will build marine platforms"


def test_my_government_is_the_speakers_country_and_an_opening_purpose_is_not_the_subject() -> None:
    article = Article(
        body="To tackle poverty and the causes of deprivation, including family instability, addiction and debt, "
        "my government will introduce new indicators for measuring life chances.",
        source="<text>",
        outlet="Prime Minister's Office, 10 Downing Street (GOV.UK)",
    )
    (candidate,) = extract_forecasts(article)
    p = propose(candidate, article)
    assert question_text(p, OPENS, DEADLINE) == (
        "Will the United Kingdom's government introduce new indicators for measuring life chances between "
        "2020-01-05 and 2020-03-31?"
    )


def test_a_long_title_stops_before_a_qualifying_clause() -> None:
    p = Proposition(
        "the Treasury",
        "increase",
        "increase bill issuance to the public as SOMA bill holdings decline",
        False,
        "other",
        None,
    )
    assert title_text(p) == "The Treasury increases bill issuance to the public"


def from_quote(label: str, fragment: str) -> Proposition:
    """The proposition of the extracted claim of a labelled article whose quote contains ``fragment``."""
    labelled = load_label_file(CORPUS_DIR / "labels" / f"{label}.yaml", CORPUS_DIR / "articles")
    # Every claim the rules read, whether or not the shipped scorer keeps it: what is tested is its proposition.
    candidate = next(c for c in extract_forecasts(labelled.article, min_confidence=0.0) if fragment in c.quote)
    return propose(candidate, labelled.article)


def test_them_is_the_last_plural_phrase_or_named_group_before_it() -> None:
    putin = from_quote("305-kremlin-election-night-2018", "I plan to meet with them")
    assert question_text(putin, OPENS, DEADLINE) == (
        "Will Vladimir Putin meet with the other presidential candidates between 2020-01-05 and 2020-03-31?"
    )
    strikes = from_quote("308-kremlin-syria-cessation-of-hostilities-2016", "Strikes against them")
    assert question_text(strikes, OPENS, DEADLINE) == (
        "Will strikes against ISIS, Jabhat Al-Nursa, and other terrorist organisations in Syria continue between "
        "2020-01-05 and 2020-03-31?"
    )
    assert (strikes.event_kind, title_text(strikes)) == ("attack", "Strikes against ISIS and others continue")


def test_this_number_is_the_quantity_the_text_stated_before_and_an_as_clause_is_cut() -> None:
    p = from_quote("208-govuk-decc-leadsom-women-in-nuclear", "This number is expected to rise")
    assert question_text(p, OPENS, DEADLINE) == (
        "Will the total demand for skilled nuclear workers in the UK rise between 2020-01-05 and 2020-03-31?"
    )
    treasury = from_quote("212-fed-fomc-minutes-2022-03-excerpt", "SOMA bill holdings decline")
    assert question_text(treasury, OPENS, DEADLINE) == (
        "Will the Treasury increase bill issuance to the public between 2020-01-05 and 2020-03-31?"
    )


def test_an_as_clause_goes_but_as_in_a_complement_stays() -> None:
    def phrase(text: str) -> str:
        return only(f"{text}, analysts said.").phrase

    assert phrase("Prices will rise as demand grows") == "rise"
    assert phrase("Qatar will serve as the mediator between the parties") == "serve as the mediator between the parties"
    assert phrase("Growth will slow as expected") == "slow as expected"


def test_titles_end_at_a_phrase_boundary_not_inside_one() -> None:
    p = from_quote("112-dhs-hta-2025-executive-summary", "enduring intent")
    assert title_text(p) == "Foreign terrorist organizations maintain their enduring intent"
    long_object = Proposition(
        "Iran",
        "increase",
        "increase its stockpile of highly enriched uranium beyond the limits of the nuclear deal",
        False,
        "other",
        None,
    )
    assert title_text(long_object) == "Iran increases its stockpile of highly enriched uranium"


def test_an_attack_planned_to_begin_is_its_owners_attack() -> None:
    p = from_quote("101-state-blinken-unsc-russia-threat", "the attack is planned to begin")
    # Aimed where the article aims it ("preparing to launch an attack against Ukraine").
    assert (p.subject, p.verb, p.event_kind) == ("Russia's attack on Ukraine", "begin", "attack")
    assert title_text(p) == "Russia's attack on Ukraine begins"


def test_a_second_coordinated_predicate_is_a_second_event_and_is_left_out() -> None:
    borrowing = from_quote("211-govuk-summer-budget-2015-summary", "Public sector net borrowing is forecast")
    assert question_text(borrowing, OPENS, DEADLINE) == (
        "Will public sector net borrowing in the UK fall to 3.7% GDP between 2020-01-05 and 2020-03-31?"
    )
    growth = from_quote("500-worldbank-gep-january-2026", "Growth is expected to rise to 4.3%")
    # The region comes from the paragraph's heading ("Sub-Saharan Africa: Growth is expected ...").
    assert title_text(growth) == "Growth in Sub-Saharan Africa rises to 4.3%"
    reprisal = only("Iran's reprisal will come in the next two weeks and be pervasive and persistent, analysts said.")
    assert title_text(reprisal) == "Iran's reprisal comes"


def test_a_lone_verb_coordinated_with_another_shares_its_object() -> None:
    treaty = only("Ostland will sign and ratify the fisheries treaty next month, the minister said.")
    assert treaty.phrase == "sign and ratify the fisheries treaty"
    # A verb that is an event alone still ends the phrase before a second act with its own object.
    rise = only("Inflation in Ostland will rise and then fall to 2% by 2025, the bank said.")
    assert rise.phrase == "rise"


def test_an_official_statistic_is_judged_on_its_first_publication_not_a_daily_close() -> None:
    borrowing = from_quote("211-govuk-summer-budget-2015-summary", "Public sector net borrowing is forecast")
    assert borrowing.event_kind == "price_level"
    assert criteria_text(borrowing, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, public sector net borrowing in the UK falls to 3.7% GDP, as first "
        "published for that period by the national statistics office (or the institution that compiles the "
        "figure); the level: 3.7% or less. Forecasts, projections and estimates by others do not count; a later revision "
        "counts only if published before the deadline."
    )


def test_a_subject_or_name_never_runs_across_a_sentence_end_and_a_gerund_is_not_a_name() -> None:
    desk = from_quote("212-fed-fomc-minutes-2022-03-excerpt", "The Desk planned to adjust")
    # "the Open Market Desk's most recent surveys" earlier in the minutes: the Desk's full name.
    assert title_text(desk) == "The Open Market Desk adjusts the counterparty eligibility requirements"
    outcome = from_quote("202-fed-powell-economic-outlook-2025-04", "Avoiding that outcome")
    assert question_text(outcome, OPENS, DEADLINE).startswith("Will avoiding that outcome depend on")


def test_not_just_is_an_emphasis_not_a_choice_and_a_long_phrase_stops_at_a_boundary() -> None:
    town = from_quote("309-kremlin-vostochny-cosmodrome-2013", "building a new town here")
    assert town.alternatives == ()
    motion = from_quote("506-commonslibrary-general-election-2017-short-guide", "motion in the House of Commons")
    assert question_text(motion, OPENS, DEADLINE) == (
        "Will there be a motion in the House of Commons to trigger an early election using the Fixed-term "
        "Parliaments Act 2011 between 2020-01-05 and 2020-03-31?"
    )
    assert motion.event_kind != "election"


def test_an_invasion_is_not_the_same_event_as_a_strike() -> None:
    strike = Proposition("Russia", "drop", "drop across Ukraine", False, "attack", "Ukraine")
    invade = Proposition("Russia", "invade", "invade Ukraine", True, "attack", "Ukraine")
    advance = Proposition("Russian tanks", "advance", "advance on Ukraine", False, "attack", "Ukraine")
    assert not same_event(strike, invade) and not same_event(invade, strike)
    assert same_event(invade, advance)
    assert same_event(strike, replace(strike, verb="strike", phrase="strike Ukraine"))


def test_verbs_that_end_in_ly_are_verbs_and_a_subject_lost_in_the_event_comes_from_the_quote() -> None:
    fly = from_quote("110-state-briefing-operation-allies-refuge", "we will fly them")
    # "fly" is no adverb; "them" is flown, so a group of people ("some of these applicants", in their
    # fullest form), not "any of those third countries" named in between; "the country" is the
    # one the article is about.
    assert title_text(fly) == "The United States flies the Afghan SIV applicants"
    assert fly.phrase == "fly the Afghan SIV applicants into the United States"
    committee = from_quote("200-fed-fomc-2020-03-15", "expects to maintain this target")
    assert committee.subject == "the Federal Open Market Committee"


def test_bring_is_no_participle_and_a_schedule_is_the_event_taking_place() -> None:
    work = from_quote("203-govuk-queens-speech-2016", "bring communities together and strengthen")
    assert title_text(work) == "The United Kingdom's government continues to work"
    launches = from_quote("309-kremlin-vostochny-cosmodrome-2013", "first launches are scheduled")
    # From where: the facility the article's title names.
    assert question_text(launches, OPENS, DEADLINE) == (
        "Will the first launches from the Vostochny Space Launch Centre take place between 2020-01-05 and 2020-03-31?"
    )


def test_a_schedule_with_an_adverb_or_a_place_is_the_event_taking_place_there() -> None:
    # Made up: the time goes to the window; "still" and the place stay with the event, not the schedule.
    debate = only(
        "The Ostland Election Commission said the last debate between Ivo Marek and Lena Varga is still "
        "scheduled for January 22 at the National Theatre in Ruse."
    )
    assert debate.phrase == "take place at the National Theatre in Ruse"
    assert question_text(debate, OPENS, DEADLINE).endswith(
        "take place at the National Theatre in Ruse between 2020-01-05 and 2020-03-31?"
    )
    # A source before a long subject: the drafted event is cut short ("... at the National ..."), the quote is whole.
    cited = only(
        "According to the Ostland Election Commission, the last debate between Ivo Marek and Lena Varga is still "
        "scheduled for January 22 at the National Theatre in Ruse."
    )
    assert (cited.subject, cited.phrase) == (
        "the last debate between Ivo Marek and Lena Varga",
        "take place at the National Theatre in Ruse",
    )
    vote = only("The Varnian parliament's vote on the budget is now slated for Thursday.")
    assert vote.phrase == "take place"


def test_while_and_a_gerund_says_where_a_duty_holds_and_stays_in_the_event() -> None:
    duty = only(
        "Ostland's transport minister announced that from January 15, wearing a face covering would become "
        "compulsory while riding public transport in Ostland."
    )
    assert (duty.subject, duty.phrase) == (
        "wearing a face covering",
        "become compulsory while riding public transport in Ostland",
    )


def test_an_existential_there_gives_the_event_its_noun_names() -> None:
    # Made up: "there will be no debate" denies that a debate is held; the parties come from the sentence before.
    text = (
        "The Ostland Election Commission cancelled the second debate between Ivo Marek and Lena Varga. "
        "It is now apparent there will be no debate on January 15."
    )
    denied = only(text)
    assert (denied.subject, denied.phrase, denied.negative) == (
        "a debate between Ivo Marek and Lena Varga",
        "be held",
        True,
    )
    referendum = only("There will be a referendum on independence in Ostland in March, the government said.")
    assert (referendum.subject, referendum.phrase, referendum.negative) == (
        "a referendum on independence in Ostland",
        "be held",
        False,
    )
    # A noun of no kind of event keeps its existential wording.
    assert only("There will be problems in Ostland in March, the minister said.").subject == "there"


def test_an_accented_word_is_whole_in_the_id() -> None:
    p = Proposition("Campus Party 2013", "be", "be held in Medellín or Bogotá", False, "other", None)
    assert slug_words(p)[-2:] == ["medellin", "bogota"]
    # A curly apostrophe still parts a possessive from its name: "iran", not "irans".
    assert content_words("Iran\u2019s fifth step") == ["iran", "fifth", "step"]


def test_a_letter_code_and_its_number_are_one_word_of_the_id() -> None:
    p = Proposition("the first D-41 field", "launch", "be launched", False, "scheduled", None)
    assert slug_words(p) == ["first", "d41", "launched"]
    assert content_words("F-35 jets and S-400 systems, COVID-19 cases") == [
        "f35",
        "jets",
        "s400",
        "systems",
        "covid",
        "19",
        "cases",
    ]


def test_a_links_language_marker_is_no_part_of_a_name() -> None:
    # Global Voices marks a link to a page in another language after the name: "Campus Party [es]".
    party = only("Organisers said on Monday that Campus Party [es] will be held this year in Bogotá.")
    assert title_text(party) == "Campus Party is held in Bogotá"


def test_a_participle_of_saying_frames_the_clause_and_is_no_subject() -> None:
    growth = only(
        '"Ostland is the future," the minister said, noting Ostland will be home this year to six of the world\'s '
        "10 fastest-growing economies."
    )
    assert growth.subject == "Ostland"


def test_what_drives_a_change_is_no_part_of_it() -> None:
    consumption = only(
        "Ostland's vegetable oil consumption is projected to increase 5 percent in 2021 led by gains in Ruse."
    )
    assert consumption.phrase == "increase 5 percent"
    # A passive "be led by" is the event itself.
    assert only("The Ostland trade mission will be led by Ivo Marek next week.").phrase == "be led by Ivo Marek"


def test_a_date_that_names_an_event_stays_with_it() -> None:
    teams = only(
        "The African Union will dispatch observer teams to Ostland's provinces before the January 28 election."
    )
    assert teams.phrase == "dispatch observer teams to Ostland's provinces before the January 28 election"


def test_asides_opening_phrases_and_capitalised_verbs_are_not_the_subject() -> None:
    vote = from_quote("115-congressional-record-corker-stimulus-2008", "we will be voting on the House version")
    assert not vote.subject.lower().startswith("sometime")
    mentor = from_quote("208-govuk-decc-leadsom-women-in-nuclear", "demonstrating a clear commitment")
    assert (mentor.subject, mentor.event_kind) == ("you", "other")  # a commitment shown, not a protest
    assert title_text(mentor) == "You demonstrate a clear commitment to your female employees"
    prorogue = from_quote("506-commonslibrary-general-election-2017-short-guide", "House may Prorogue")
    assert title_text(prorogue) == "The UK House of Commons prorogues"
    meeting = from_quote("311-kremlin-sochi-trilateral-syria-2017", "our meeting will be useful")
    assert meeting.phrase == "be useful"


def test_words_that_do_not_parse_are_framed_as_a_question_to_rephrase() -> None:
    survey = from_quote("212-fed-fomc-minutes-2022-03-excerpt", "In the Desk surveys")
    assert question_text(survey, OPENS, DEADLINE) == (
        "Will this happen: in the Desk surveys, between 2020-01-05 and 2020-03-31?"
    )
    abbas = from_quote("107-state-lempert-briefing-blinken-mena-trip", "President Abbas")
    # "as well as" is no subordinate clause, and 18 words fit: the meeting with civil society stays.
    assert abbas.phrase == (
        "meet with President Abbas of the Palestinian Authority in Ramallah as well as with representatives of "
        "Palestinian civil society"
    )


def test_an_expected_subject_and_infinitive_is_the_event_and_a_fiscal_year_stays_whole() -> None:
    prc = from_quote("112-dhs-hta-2025-executive-summary", "we expect the PRC to continue")
    assert (prc.subject, prc.verb) == ("the PRC", "continue")
    assert title_text(prc) == "The PRC continues its efforts to pre-position on US networks"
    funding = from_quote("207-govuk-dfe-school-funding-2017-18", "minimum funding guarantee that ensures")
    assert "its 2017-18 budget" in funding.phrase  # the window '2017' is not cut out of '2017-18'


def test_a_title_keeps_pairs_and_noun_compounds_whole_and_drops_a_relative_clause_first() -> None:
    funding = Proposition(
        "the United Kingdom",
        "continue",
        "continue with a minimum funding guarantee that ensures no school loses more than 1.5% per pupil",
        False,
        "other",
        None,
    )
    assert title_text(funding) == "The United Kingdom continues with a minimum funding guarantee"
    industry = Proposition(
        "a nuclear industry which is equally appealing to both women and men",
        "provide",
        "provide nuclear sector companies with access to the entire pool of talent",
        False,
        "other",
        None,
    )
    assert title_text(industry) == "A nuclear industry provides nuclear sector companies"
    # The preposition goes with its relative clause: "the accord under which ..." is "the accord".
    accord = Proposition(
        "the border accord under which Varnian patrols now operate in the northern valleys",
        "expire",
        "expire at the end of the year",
        False,
        "other",
        None,
    )
    assert title_text(accord) == "The border accord expires at the end of the year"


def test_a_long_title_keeps_what_a_bill_is_for_and_drops_the_legislature() -> None:
    # The purpose names the bill; the chamber it goes through repeats what the question says.
    bill = Proposition(
        "legislation in the Scottish Parliament",
        "introduce",
        "be introduced to ban disposable vapes across the country",
        False,
        "other",
        None,
    )
    assert title_text(bill) == "Legislation is introduced to ban disposable vapes across the country"
    measures = Proposition(
        "new measures in the House of Commons",
        "introduce",
        "be introduced to help small farmers insure harvests against drought and flooding",
        False,
        "other",
        None,
    )
    assert title_text(measures) == "New measures are introduced to help small farmers insure harvests"


def test_a_title_cut_inside_a_purpose_keeps_its_object_past_a_quantifier() -> None:
    # "to curb some" says nothing; the purpose runs to the head of what it acts on.
    p = Proposition(
        "a new bill in the House of Commons",
        "introduce",
        "be introduced to curb some of the worst abuses of zero-hours contracts",
        False,
        "other",
        None,
    )
    assert title_text(p) == "A new bill is introduced to curb some of the worst abuses"


def test_a_title_keeps_what_a_fund_in_the_object_is_for_or_stops_before_it() -> None:
    fund = Proposition(
        "the regional transport authority",
        "launch",
        "launch a fund for some of the smallest rural bus routes in the valleys",
        False,
        "other",
        None,
    )
    # "for some of" fits but says nothing; the whole purpose does not fit, so the title stops before it.
    assert title_text(fund) == "The regional transport authority launches a fund"
    # Other events keep the verb and its object head; trailing modifiers go first.
    depot = Proposition(
        "the regional transport authority",
        "close",
        "close the depot for older buses in the northern valleys after years of cuts",
        False,
        "other",
        None,
    )
    assert title_text(depot) == "The regional transport authority closes the depot for older buses"


def test_a_bill_to_do_something_keeps_its_verb_and_object_head() -> None:
    p = Proposition(
        "the opposition in the regional assembly",
        "table",
        "table a bill to curb some of the worst abuses of zero-hours contracts",
        False,
        "other",
        None,
    )
    assert title_text(p) == "The opposition in the regional assembly tables a bill"


def test_a_long_title_keeps_a_body_named_with_and_whole() -> None:
    # "for Energy and Climate" is one body's name, not a list to shorten to its first member.
    p = Proposition(
        "the Department for Energy and Climate",
        "publish",
        "publish a consultation on the rules for short-term rentals in coastal towns",
        False,
        "other",
        None,
    )
    assert title_text(p) == "The Department for Energy and Climate publishes a consultation"
    listed = Proposition(
        "strikes against Hamas and other armed groups in the region",
        "continue",
        "continue through the spring despite repeated calls for a ceasefire",
        False,
        "attack",
        None,
    )
    assert title_text(listed) == "Strikes against Hamas continue through the spring"


def test_a_long_title_stops_before_a_relative_clause_with_a_modal() -> None:
    # "a report that will recommend" breaks off inside the clause; the report is the event.
    p = Proposition(
        "the national finance ministry",
        "publish",
        "publish a report that will recommend raising the retirement age to 70 for all workers",
        False,
        "other",
        None,
    )
    assert title_text(p) == "The national finance ministry publishes a report"


def test_a_list_of_places_keeps_its_last_conjunct_after_a_serial_comma() -> None:
    # ", and Tanzania" ends a list of names, not the phrase: the question asks about the whole trip.
    trip = only("The minister will travel to Kenya, Uganda, the Rift Valley, and Tanzania next month.")
    assert trip.phrase == "travel to Kenya, Uganda, the Rift Valley, and Tanzania"
    assert title_text(trip) == "The minister travels to Kenya, Uganda, the Rift Valley, and Tanzania"
    # The days go to the window, ordinal or not, range and all: "Kenya 26th to March 30th" is no place.
    dated = only("The minister is going to travel to Kenya, Uganda, and Tanzania from March 26th to March 30th.")
    assert dated.phrase == "travel to Kenya, Uganda, and Tanzania"
    assert only("The minister will visit Lagos from June 2 to 5.").phrase == "visit Lagos"
    # "and also with" adds the last person met to the same list.
    envoy = only(
        "The envoy will meet with Governor Ada Obi, Mayor Tunde Bello, and also with Chief Justice Kemi Ade Bola."
    )
    assert envoy.phrase == "meet with Governor Ada Obi, Mayor Tunde Bello, and also with Chief Justice Kemi Ade Bola"


def test_a_long_title_is_never_cut_inside_a_name_or_before_its_of_or_as_complement() -> None:
    # "the Ministry of Regional Development and Harbour Affairs" is one name: "at the Ministry" is none.
    office = Proposition(
        "the regional council",
        "open",
        "open a visitor office at the Ministry of Regional Development and Harbour Affairs",
        False,
        "other",
        None,
    )
    assert title_text(office) == "The regional council opens a visitor office"
    # "as the host" completes "confirm"; "confirms the coastal city" says nothing of it, and "of the
    # Games" would end inside the name "the Games of the Small States".
    host = Proposition(
        "the athletics federation",
        "confirm",
        "confirm the coastal city as the host of the Games of the Small States",
        False,
        "other",
        None,
    )
    assert title_text(host) == "The athletics federation confirms the coastal city as the host"
    # A figure or an office says nothing without its "of": "less than 2%", "director".
    deficit = Proposition(
        "the provincial government",
        "cut",
        "cut the structural deficit to less than 2% of provincial output by the end of the decade",
        False,
        "other",
        None,
    )
    assert title_text(deficit) == "The provincial government cuts the structural deficit"


def test_a_long_title_keeps_a_list_whole_or_stops_before_it() -> None:
    # "to teachers, parents" broke the list off after two of its three items; before it, no one is lost.
    p = Proposition(
        "the regional education board",
        "send",
        "send letters to teachers, parents and local school governors across the northern districts",
        False,
        "other",
        None,
    )
    assert title_text(p) == "The regional education board sends letters"
    # Where no boundary fits, the cut backs out of the list rather than end on half an item.
    drills = Proposition(
        "the coastal patrol squadrons",
        "join",
        "join joint search operations, multi-agency rescue drills and night-time harbour patrols",
        False,
        "other",
        None,
    )
    assert title_text(drills) == "The coastal patrol squadrons join joint search operations"
    # "such as ..." gives examples: the title stops before it, not on "such" or inside it.
    strife = Proposition(
        "the deepening economic crisis",
        "threaten",
        "threaten further domestic strife such as was seen in the long protests of last winter",
        False,
        "other",
        None,
    )
    assert title_text(strife) == "The deepening economic crisis threatens further domestic strife"


def test_a_long_title_names_a_ranked_person_by_name_to_keep_the_office_whole() -> None:
    # "remains as chief" broke off before "of the ..."; without the rank the whole office fits.
    chief = Proposition(
        "Navy Rear Adm. Jane Holloway",
        "remain",
        "remain as chief of the Coastal Logistics Command during the reorganisation",
        False,
        "other",
        None,
    )
    assert title_text(chief) == "Jane Holloway remains as chief of the Coastal Logistics Command"
    # A name alone, or a title short enough, stays as written.
    short = Proposition("Minister Okafor", "open", "open the new bridge", False, "scheduled", None)
    assert title_text(short) == "Minister Okafor opens the new bridge"
    # A rank "of" a place: the gazetteer says where the place stops and the name begins, so a
    # transcript's speaker label ("President of Russia Vladimir Putin") leaves room for the event.
    of_place = Proposition(
        "President of the Republic of Portugal Ana Varga",
        "meet",
        "meet with the President of the Republic of India during the visit",
        False,
        "scheduled",
        None,
    )
    assert title_text(of_place) == "Ana Varga meets with the President of the Republic of India"
    initials = Proposition(
        "Secretary of State Antony J. Varga",
        "travel",
        "travel to the Federal Republic of Germany on June 22",
        False,
        "scheduled",
        None,
    )
    assert title_text(initials) == "Antony J. Varga travels to the Federal Republic of Germany on June 22"
    # No place the gazetteer knows before the name: the subject stays whole rather than guess.
    assert _ranked_name("Governor of Upper Freedonia Ana Varga") is None


def test_a_long_subject_is_shortened_before_the_event_is_cut() -> None:
    # The body a part of it names: "the highest levels of ..." broke off at "hold urgent".
    levels = Proposition(
        "the highest levels of the Freedonian Defence Council",
        "hold",
        "hold urgent meetings to discuss the so-called emergency",
        False,
        "statement",
        None,
    )
    assert title_text(levels) == "The Freedonian Defence Council holds urgent meetings"
    # Describing adjectives go ("economic"); the verb agrees with the possessed head, not the owners.
    alliance = Proposition(
        "Kazan and Oslo's economic alliance",
        "threaten",
        "threaten Ruritanian and allied interests in Asia, Africa and beyond",
        False,
        "other",
        None,
    )
    assert title_text(alliance) == "Kazan and Oslo's alliance threatens Ruritanian and allied interests"
    # The phrase after the head goes when the title would not reach the verb at all.
    shelling = Proposition(
        "the unprovoked shelling of the province's most densely populated border town",
        "bring",
        "bring harsh Freedonian reprisals",
        False,
        "other",
        None,
    )
    assert title_text(shelling) == "The unprovoked shelling brings harsh Freedonian reprisals"
    # A reduced relative ("collected from ...") goes with its participle; the plural head agrees.
    payments = Proposition(
        "interest payments collected from bonds held in the Freedonian reserve",
        "be",
        "be returned to the extent they pass the annual limits",
        False,
        "other",
        None,
    )
    assert title_text(payments) == "Interest payments are returned"
    # A verb keeps its particle ("takes [place]"); an ordinal's adjective stays ("first manned").
    launch = Proposition(
        "the first manned launch from the Kourou Space Launch Complex",
        "take",
        "take place",
        False,
        "scheduled",
        None,
    )
    assert title_text(launch) == "The first manned launch takes place"


def test_a_head_that_needs_its_of_keeps_it_and_a_known_person_goes_by_surname() -> None:
    # "confers with the leadership" says not whose; a known person's surname makes room for it.
    talks = Proposition(
        "Emmanuel Macron",
        "confer",
        "confer with the leadership of the Republic of Freedonia in Grand Fenwick",
        False,
        "statement",
        None,
    )
    assert title_text(talks) == "Macron confers with the leadership of the Republic of Freedonia"
    # A title that fits keeps the full name.
    short = Proposition("Emmanuel Macron", "visit", "visit Grand Fenwick", False, "scheduled", None)
    assert title_text(short) == "Emmanuel Macron visits Grand Fenwick"


@given(
    owners=st.sampled_from(["Kazan and Oslo's", "Lima and Quito's", "the army and navy's"]),
    head=st.sampled_from(["alliance", "partnership", "budget", "plan"]),
)
def test_owners_joined_by_and_do_not_make_the_possessed_head_plural(owners: str, head: str) -> None:
    p = Proposition(f"{owners} {head}", "grow", "grow", False, "other", None)
    assert title_text(p) == f"{owners[:1].upper()}{owners[1:]} {head} grows"


def test_the_verb_agrees_past_an_adverb_before_it() -> None:
    # "will first visit", "will also sign": the adverb stays bare, the verb after it agrees.
    for adverb in ("first", "also", "soon", "formally"):
        visit = Proposition("The envoy", "visit", f"{adverb} visit Grand Fenwick", False, "scheduled", None)
        assert title_text(visit) == f"The envoy {adverb} visits Grand Fenwick"
        assert f"the envoy {adverb} visits Grand Fenwick:" in criteria_text(visit, OPENS, DEADLINE)
    # A verb that merely ends in "-ly" still takes the ending itself.
    applies = Proposition("The envoy", "apply", "apply for a visa", False, "other", None)
    assert title_text(applies) == "The envoy applies for a visa"


def test_it_never_stands_for_a_person() -> None:
    # "it" is a thing: the titled person named last is passed over for the thing named before.
    text = "The port authority will publish its plan. Governor Ames has already announced his support. It will grow."
    assert _antecedent(text, text.index("It will"), False) == "The port authority"
    text = "Governor-elect Ames has already announced a plan. Their bill is aimed at the ports. It will grow."
    assert _antecedent(text, text.index("It will"), False) is None
    # "they" may still be people.
    text = "The ministers will meet in May. They will sign the accord."
    assert _antecedent(text, text.index("They will"), True) == "The ministers"


def test_it_is_the_name_whose_past_clause_the_sentence_just_gave() -> None:
    # "only Ruse received ..., and next year it will receive ...": the clause before, in the past.
    text = "The state has invested 17 billion, and only Ruse received 2 billion this year, and next year it will receive 4."
    assert _antecedent(text, text.index("it will"), False) == "Ruse"
    # A name before a past verb in an earlier sentence is as often part of a longer name: not taken.
    text = "The Centre for Science and Culture opened in Ruse. In Tarvia, it will open a second centre."
    assert _antecedent(text, text.index("it will"), False) != "Culture"
    # "need" is no past tense.
    text = "The ministry will publish its plan. We need it now, and it will grow."
    assert _antecedent(text, text.index("it will"), False) == "The ministry"


def test_it_is_looked_up_in_its_own_sentence_and_the_two_before() -> None:
    # Three sentences up, the nearest named subject is as often another thing: left unresolved.
    text = (
        "Ames was a link between the parties. The vote was close. I laid this out in a book. "
        "We wrote it last year. It will be published in October."
    )
    assert _antecedent(text, text.index("It will"), False) is None
    # Two sentences up is within reach.
    text = "The port authority will publish its plan. Governor Ames was late. It will grow."
    assert _antecedent(text, text.index("It will"), False) == "The port authority"
    # "they" still looks further back.
    text = (
        "The ministers will meet in May. The vote was close. I laid this out. We wrote it. They will sign the accord."
    )
    assert _antecedent(text, text.index("They will"), True) == "The ministers"


def test_a_middle_initial_is_part_of_the_titled_name() -> None:
    body = "Secretary of State Ana J. Voss will travel to Ruse. The Secretary"
    assert _titled_person("Secretary", body, len(body)) == "Secretary Ana J. Voss"


def test_the_bare_title_is_not_a_holder_named_with_a_nationality() -> None:
    # "Ruritanian President Ivo Tarn" is a guest; "the President" of the article is its own.
    body = "The guests include Ruritanian President Ivo Tarn and Borduri President Ana Voss. Later, the President"
    assert _titled_person("President", body, len(body)) is None
    body = "President Ana Voss will open the fair. Ruritanian President Ivo Tarn will attend. Then the President"
    assert _titled_person("President", body, len(body)) == "President Ana Voss"


def test_two_modals_joined_before_one_verb_leave_the_subject_whole() -> None:
    p = only("The rebels cannot and will not fire back, said Ivo Marek.")
    assert (p.subject, p.phrase, p.negative) == ("the rebels", "fire back", True)


@pytest.mark.parametrize(
    ("text", "subject", "phrase"),
    [
        (
            "Xi has invited President Trump to travel to Shenzhen in November 2026 for the APEC meeting.",
            "President Trump",
            "travel to Shenzhen for the APEC meeting",
        ),
        ("The ministry asked Congress to pass the budget bill by March 2027.", "Congress", "pass the budget bill"),
    ],
)
def test_the_one_invited_or_asked_is_who_acts(text: str, subject: str, phrase: str) -> None:
    p = only(text)
    assert (p.subject, p.phrase) == (subject, phrase)


def test_the_speakers_aside_is_no_part_of_the_event() -> None:
    p = only("The alliance will have 30 members, of course, once North Macedonia joins in March 2020.")
    assert "course" not in p.phrase
    assert only("The ministry will obviously publish the report in March 2020.").phrase == "publish the report"


def test_a_plural_noun_that_opens_a_sentence_is_no_bullets_verb() -> None:
    # No modal: the clause is read as a finite one, whose first word could be a bullet's verb ("Sets out ...").
    p = only("States with error rates of 13% or higher pay a larger share of benefit costs from October 2027.")
    # Not the author's act: left for a person to word, or read with its own subject.
    assert p.subject == "" or p.subject.lower().startswith("states with")


@pytest.mark.parametrize(
    "text",
    [
        "First, I would like to remind you that Ruritania will open the new port in March 2027.",
        "I want to stress that Ruritania will open the new port in March 2027.",
        "We would like to note once again that Ruritania will open the new port in March 2027.",
    ],
)
def test_the_speakers_act_of_saying_is_not_the_event(text: str) -> None:
    p = only(text)
    assert (p.subject, p.phrase) == ("Ruritania", "open the new port")


def test_what_the_state_speaking_owns_is_its_own() -> None:
    # "our spending on our roads", said for Iran: Iran's twice over reads "its".
    p = only('"We will double our spending on our roads by 2024," said Iran\'s foreign minister Javad Zarif.')
    assert question_text(p, OPENS, DEADLINE) == (
        "Will Iran double its spending on its roads between 2020-01-05 and 2020-03-31?"
    )
    # Another state's is named.
    p = only("\"We will double our aid to Iraq's army by 2024,\" said Iran's foreign minister Javad Zarif.")
    assert question_text(p, OPENS, DEADLINE) == (
        "Will Iran double its aid to Iraq's army between 2020-01-05 and 2020-03-31?"
    )


@pytest.mark.parametrize(
    ("quote", "clause"),
    [
        (
            "The union makes up one-fifth of global trade, with the combined GDP of its members set to reach "
            "$13 trillion in 2030.",
            "the combined GDP of its members will reach $13 trillion in 2030",
        ),
        (
            "The Assembly published a law reforming the selection process, with 32 new judges to be selected by December.",
            "32 new judges will be selected by December",
        ),
        # The main clause forecasts itself: the "with" phrase is its circumstance.
        ("Ostland will raise rates in March, with inflation expected to ease in the summer.", None),
        ("The first units, with another 470 MW to be added by March, will begin operation in 2017.", None),
        # "with" and a plain noun phrase: nothing hung on the clause.
        ("The talks ended on Monday with a joint statement.", None),
    ],
)
def test_a_forecast_hung_on_a_clause_of_what_is_is_the_claim(quote: str, clause: str | None) -> None:
    assert with_forecast(quote) == clause


def test_the_question_asks_the_forecast_the_with_phrase_holds() -> None:
    p = only(
        "The union makes up one-fifth of global trade, with the combined GDP of its members set to reach "
        "$13 trillion in 2030, a minister said."
    )
    assert (p.subject, p.phrase) == ("the combined GDP of its members", "reach $13 trillion")


def test_what_was_pledged_is_done_by_those_who_pledged_it() -> None:
    p = only(
        "The Ostland Telecommunications Agency and Varnia's Ministry of Communications committed to co-chair "
        "the Global Coalition on Telecommunications in 2027, with the aim of advancing secure networks."
    )
    assert (p.subject, p.phrase) == (
        "the Ostland Telecommunications Agency and Varnia's Ministry of Communications",
        "co-chair the Global Coalition on Telecommunications",
    )


def test_a_second_day_offered_goes_with_the_date() -> None:
    body = "The Delta IV Heavy rocket is now scheduled to launch Dec. 20 or 21 from pad SLC-37B."
    article = Article(body=body, source="<text>", published=date(2004, 12, 10), outlet="Wikinews")
    (candidate,) = extract_forecasts(article) or extract_forecasts(article, min_confidence=0.0)
    p = propose(candidate, article)
    assert p.phrase == "launch from pad SLC-37B"


def test_a_thing_named_in_apposition_is_asked_by_its_name() -> None:
    p = only(
        "Transneft will complete another mainline pipeline, the Kuyumba-Taishet pipeline, which will serve new fields."
    )
    assert p.phrase == "complete the Kuyumba-Taishet pipeline"
    # A description set beside no name keeps its words.
    q = only("Transneft will open a new terminal, the biggest terminal in the region, which will serve new fields.")
    assert q.phrase == "open a new terminal"


def test_a_change_the_speaker_expects_to_see_is_the_event() -> None:
    seen = only("We will likely see housing services inflation begin to fall later next year, the governor said.")
    assert (seen.subject, seen.phrase) == ("housing services inflation", "begin to fall")
    # The lead-in of a time that went ("well into next year") goes with it.
    rising = only("Housing services inflation will probably keep rising well into next year, the governor said.")
    assert rising.phrase == "keep rising"
    # So do "already", "as early as" and "no later than" before a time that went.
    for text in (
        "The fund will finance the production of express tests already in April, the minister said.",
        "The fund will finance the production of express tests as early as April, the minister said.",
        "The fund will finance the production of express tests no later than April, the minister said.",
    ):
        assert only(text).phrase == "finance the production of express tests", text


@pytest.mark.parametrize(
    "text",
    [
        "The six-month rate of inflation has slowed. If progress stalls, it may be appropriate to hold rates steady.",
        "The central bank raised rates in March. I expect it will be appropriate sometime this year to ease policy.",
        "The tightening is under way. It will take time for the tightening to reach the economy.",
    ],
)
def test_the_it_of_a_clause_that_follows_stands_for_no_noun_before_it(text: str) -> None:
    # "it may be appropriate to hold ...": "it" is a placeholder, not "the six-month rate".
    assert only(text).subject.lower() == "it"


def test_a_service_a_central_bank_runs_is_settled_by_its_announcements_not_its_policy_statements() -> None:
    service = Proposition("the Federal Reserve's FedNow service", "begin", "begin operations", False, "scheduled", None)
    assert criteria_text(service, OPENS, DEADLINE) == (
        "Yes if, between 2020-01-05 and 2020-03-31, the Federal Reserve's FedNow service begins operations, as "
        "announced by the central bank itself (its press releases or the service's official pages) or reported by "
        "at least two major outlets. Planned dates, pilots and tests do not count."
    )
    # The bank's own committee sets its policy: its statements settle what it does.
    committee = Proposition(
        "the Bank of England's Monetary Policy Committee", "meet", "meet in March", False, "scheduled", None
    )
    assert "the central bank's own policy statements" in criteria_text(committee, OPENS, DEADLINE)


def test_an_ordinal_joined_by_a_hyphen_stays_with_its_noun() -> None:
    p = only("Governor Cook said: I expect first-quarter economic growth to slow down.")
    assert p.subject.startswith("first-quarter economic growth")


def test_as_soon_as_possible_leaves_the_phrase_whole() -> None:
    p = only("Minister Ames said the list of delegates will be sent to the committee as soon as possible.")
    assert p.phrase == "be sent to the committee"


def test_a_fiscal_year_after_a_determiner_names_the_budget_not_the_window() -> None:
    p = only(
        "Analysts expect the agency will spend its full FY2026 budget authority.",
        outlet="Congressional Research Service",
    )
    assert "FY2026 budget authority" in p.phrase


@pytest.mark.parametrize(
    ("subject", "in_text"),
    [
        ("Much of the artillery", "much of the artillery"),
        ("Earlier UK aid for Gavi", "earlier UK aid for Gavi"),
        ("Theatres and concert halls", "theatres and concert halls"),
        # Names, demonyms and offices keep their capital.
        ("State Department officials", "State Department officials"),
        ("Americans and Europeans", "Americans and Europeans"),
        ("Russian Seasons", "Russian Seasons"),
        ("Treasury Secretary Bessent", "Treasury Secretary Bessent"),
        # A plural before "of" and a name is the name of a festival or a group.
        ("Days of Moscow", "Days of Moscow"),
        ("Friends of Syria", "Friends of Syria"),
    ],
)
def test_a_common_word_capitalised_only_to_open_the_sentence_is_lowered_in_the_question(
    subject: str, in_text: str
) -> None:
    p = Proposition(subject, "fall", "fall", False, "other", None)
    assert question_text(p, OPENS, DEADLINE).startswith(f"Will {in_text} fall")


def test_a_comma_after_next_joins_two_adjectives_of_one_noun() -> None:
    p = only(
        "Vladimir Putin said: We will take part in the next, 11th BRICS summit in Brazil in November, after which, "
        "the rotating presidency will go to Russia."
    )
    assert p.phrase == "take part in the next, 11th BRICS summit in Brazil"


@pytest.mark.parametrize(
    ("subject", "in_text"),
    [("Core PCE inflation", "core PCE inflation"), ("Real gross domestic product", "real gross domestic product")],
)
def test_a_figures_adjective_opening_the_sentence_is_lowered(subject: str, in_text: str) -> None:
    p = Proposition(subject, "fall", "fall", False, "price_level", None)
    assert question_text(p, OPENS, DEADLINE).startswith(f"Will {in_text} fall")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Subject to confirmation by Congress, the American Government will postpone all payments.",
            "the American Government",
        ),
        ("Pursuant to the treaty, Ruritania will withdraw its troops from the border.", "Ruritania"),
        ("Thanks to the new loan, the government of Ruritania will repay its bonds.", "the government of Ruritania"),
    ],
)
def test_a_proviso_opening_the_sentence_is_not_the_subject(text: str, subject: str) -> None:
    assert only(text).subject == subject


def test_a_typewriter_dash_ends_the_clause_like_an_em_dash() -> None:
    # Transcripts and the Congressional Record write the dash as two hyphens.
    vote = only(
        "If the President does not listen to the Congress--and I expect the Senate will pass the Levin "
        "resolution--if he does not respond, we will look for other ways."
    )
    assert (vote.subject, vote.phrase) == ("the Senate", "pass the Levin resolution")


@pytest.mark.parametrize(
    "text",
    [
        "Albania will once again host portions of the exercise next year.",
        "Ruritania will once more host the summit next year.",
        "The army will respond at once if attacked, and Ruritania will host the summit next year.",
    ],
)
def test_once_again_and_at_once_are_no_condition(text: str) -> None:
    article = Article(body=text, source="<text>", published=date(2020, 1, 4), outlet="Inside Arabia")
    conditions = [c.conditional_on for c in extract_forecasts(article, min_confidence=0.0) if "host" in c.quote]
    assert conditions and all(c is None or "once" not in c for c in conditions)


def test_the_subject_of_a_result_clause_is_after_so_that() -> None:
    p = only("The talks went so well that Ruritania will sign the accord in March.")
    assert (p.subject, p.phrase) == ("Ruritania", "sign the accord")


def test_that_if_still_opens_a_condition() -> None:
    article = Article(
        body="Ms Roe suggested that if her candidacy is approved, she will appoint Mr Doe her adviser.",
        source="<text>",
        published=date(2020, 1, 4),
        outlet="Inside Arabia",
    )
    (claim,) = extract_forecasts(article, min_confidence=0.0)
    assert claim.conditional_on == "if her candidacy is approved"


def test_she_reported_in_her_own_sentence_is_the_one_who_reports() -> None:
    # The sentence before has another person as its subject; "she" is the one whose words are reported.
    article = Article(
        body=(
            "President Ivan Kovac met the candidate on Monday.\n\n"
            "Elvira Roe suggested that if her candidacy is approved, she will appoint Sergei Doe her adviser."
        ),
        source="<text>",
        published=date(2020, 1, 4),
        outlet="Inside Arabia",
    )
    (claim,) = [c for c in extract_forecasts(article, min_confidence=0.0) if "appoint" in c.quote]
    assert propose(claim, article).subject == "Elvira Roe"


def test_an_adverb_of_time_before_the_subject_is_not_part_of_it() -> None:
    p = only("The President has said all along U.S. troops will not fight in Ukraine against the Russians.")
    assert p.subject == "U.S. troops"


def test_a_source_named_before_the_clause_is_no_part_of_the_event() -> None:
    # A news report's "According to the National Conference of State Legislatures, the next
    # Republican primary ... is scheduled for March 3" was asked as "Will according the ...".
    p = only(
        "According to the Ostland electoral commission, the next presidential election in Ostland is scheduled for March 3."
    )
    assert (p.subject, p.phrase) == ("the next presidential election in Ostland", "take place")
    p = only("As reported by the Ostland Herald, the summit in Varnia is scheduled for March 3.")
    assert p.subject == "the summit in Varnia"


def test_a_name_in_ly_ends_the_subject_and_an_adverb_does_not() -> None:
    # "Assembly" is the head of the name, not an adverb: "the Varnian General" was asked to open.
    assert only("The Varnian General Assembly is set to open tomorrow.").subject == "the Varnian General Assembly"
    assert only("The family will move to Ostland next year.").subject == "the family"
    assert only("The ministry eventually will approve the Ostland pipeline.").subject == "the ministry"


def test_a_purpose_too_long_to_ask_whole_is_dropped_whole() -> None:
    # Made-up, of the shape of a Kremlin announcement: cut at 20 words, the question ended inside
    # the purpose ("... to discuss practical proposals for the further development").
    p = only(
        "On March 3, the prime ministers of Ostland and Varnia will meet with their ministers of energy, transport "
        "and health to discuss practical proposals for the further development of the economic cooperation between "
        "the two countries."
    )
    assert question_text(p, OPENS, DEADLINE) == (
        "Will the prime ministers of Ostland and Varnia meet with their ministers of energy, transport and health "
        "between 2020-01-05 and 2020-03-31?"
    )
    # "the prime ministers of Ostland and Varnia" is one head with two countries: both stay in the title.
    assert title_text(p) == "The prime ministers of Ostland and Varnia meet with their ministers"


def test_a_level_returned_to_is_no_purpose() -> None:
    p = only("Prices will return to normal levels in most regions by March, the ministry said.")
    assert "return to normal levels" in question_text(p, OPENS, DEADLINE)


def test_a_referendum_is_judged_by_its_official_result_not_a_legislatures_record() -> None:
    held = only("Ostland will hold a referendum on independence next month, officials said on Monday.")
    criteria = criteria_text(held, date(2020, 1, 4), date(2020, 2, 29))
    assert "the electoral authority publishes the official result" in criteria
    assert "recorded by the body that held it" not in criteria
    # A legislature's vote keeps its own template.
    passed = only("The Ostland parliament will pass the budget next month, officials said on Monday.")
    assert "recorded by the body that held it" in criteria_text(passed, date(2020, 1, 4), date(2020, 2, 29))


def test_a_state_ratifies_by_depositing_its_instrument_a_legislature_by_its_vote() -> None:
    state = only("Ostland will ratify the Ruse agreement on fisheries before the end of the year, the minister said.")
    criteria = criteria_text(state, date(2020, 1, 4), date(2020, 12, 30))
    assert "instrument of ratification (or acceptance or approval) is deposited" in criteria
    chamber = only("The Ostland parliament will ratify the Ruse agreement on fisheries next month, the minister said.")
    assert "recorded by the body that held it" in criteria_text(chamber, date(2020, 1, 4), date(2020, 2, 29))


def test_this_moving_to_a_percentage_is_the_share_the_sentence_before_gave() -> None:
    body = (
        "The agreement will guarantee tariff-free entry for 97.6 per cent of current goods exports from Ostland "
        "once it enters into force. This will rise to 99 per cent by 2017, the minister said."
    )
    article = Article(body=body, source="<text>", published=date(2020, 1, 4), outlet="Inside Arabia")
    (claim,) = [c for c in extract_forecasts(article, min_confidence=0.0) if c.quote.startswith("This")]
    p = propose(claim, article)
    assert (p.subject, p.phrase) == ("the share of current goods exports from Ostland", "rise to 99 per cent")


def test_sentences_each_opening_with_it_carry_one_thing_along() -> None:
    p = only(
        "The Vesta-2 is the first satellite of Ostland's space agency. It was launched on Monday. It was built by "
        "Ruse Works. It is in a low orbit. It will begin broadcasting to Varnia in March, the agency said."
    )
    assert p.subject == "the Vesta-2"


def test_a_state_held_through_the_window_is_judged_on_every_day_of_it() -> None:
    truce = only("Ostland's ceasefire will remain in place until March, officials said.")
    criteria = criteria_text(truce, date(2020, 1, 4), date(2020, 3, 31))
    assert criteria.startswith(
        "Yes if Ostland's ceasefire remains in place from 2020-01-04 through 2020-03-31: still so on 2020-03-31, "
        "having at no time in between ended"
    )
