"""The question-form check: drafted questions a person would rewrite whole are held back.

Every question here is made up in the drafted shape; none is taken from the labelled articles.
"""

from __future__ import annotations

from datetime import date

import pytest
from hand_made_claims import claim
from hypothesis import given
from hypothesis import strategies as st

from forecasts.extract.article import Article
from forecasts.extract.drafts import judge_draft, write_drafts
from forecasts.extract.extractor import extract_forecasts
from forecasts.extract.propositions import propose
from forecasts.extract.question_form import judge_opening, judge_question_form, mend_title, question_body
from forecasts.extract.scorer import RULES_ONLY

WINDOW = "between 2031-02-01 and 2031-07-31?"


def test_the_window_is_not_part_of_the_event() -> None:
    assert question_body(f"Will Chile hold a referendum {WINDOW}") == "Chile hold a referendum"
    assert question_body("Will output rise to 4% in 2031?") == "output rise to 4%"
    assert question_body("Will the agency publish its estimate on 2031-02-20?") == "the agency publish its estimate"


@pytest.mark.parametrize(
    "question",
    [
        f"Will Chile hold a referendum on the new constitution {WINDOW}",
        f"Will the central bank of Norway raise its policy rate to 5% {WINDOW}",
        f"Will the ministry, which runs the ports, close the harbour at Tromso {WINDOW}",
        f"Will Peru, Chile and Bolivia sign the lithium accord {WINDOW}",
        f"Will the strikes that began in March continue {WINDOW}",
        f"Will the agency that is in charge of the census publish its count {WINDOW}",
        f"Will the government be able to pass the budget and have it signed {WINDOW}",
        f"Will inflation in Peru be below 3% {WINDOW}",
        f"Will the company begin building the plant on 3 March 2031 {WINDOW}",
        f"Will spending on defence rise to 2% of GDP {WINDOW}",
        f"Will over 800 companies take part in the tender {WINDOW}",
        f"Will the agency take 4,000 new applicants {WINDOW}",
        f"Will the talks in Lima resume {WINDOW}",
        f"Will Brent crude trade between $54/b and $80/b on average {WINDOW}",
        f"Will the central bank be able to cut rates {WINDOW}",
        f"Will Peru sign the accord with Chile, Bolivia and Ecuador {WINDOW}",
        f"Will Peru join the accord {WINDOW}",
        f"Will the fund pay out 1,000,000 dollars {WINDOW}",
        f"Will early voting start in Lima {WINDOW}",
        f"Will Peru's elderly get the new pension {WINDOW}",
        f"Will Peru join talks such as the ones in Lima {WINDOW}",
        f"Will training with the coast guard begin {WINDOW}",
        f"Will the parties agree to hold talks on the 20th anniversary of the accord {WINDOW}",
        f'Will the band release an album called "You and I" {WINDOW}',
        # Likeness to something the question names, or a time.
        f"Will Peru sign the same accord as Chile {WINDOW}",
        f"Will Peru and Chile vote on the same day {WINDOW}",
        "Between 2031-01-01 and 2031-03-31, will Chile hold a referendum?",
    ],
)
def test_well_formed_questions_pass(question: str) -> None:
    assert judge_question_form(question, "Chile holds a referendum", date(2031, 1, 31)) is None


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            f"Will even if the bill passes, the deadline be met {WINDOW}",
            "garbled question: it opens with 'even if the ...', not with who or what",
        ),
        (
            f"Will is unlikely to change the result {WINDOW}",
            "garbled question: it opens with 'is unlikely to ...', not with who or what",
        ),
        (
            f"Will introducing the new levy through the tax code include relief for farmers {WINDOW}",
            "garbled question: it opens with a clause, 'introducing the new ...', not with who or what",
        ),
        (
            f"Will the plan is similar to the one of 2019 {WINDOW}",
            "garbled question: a second verb, 'the plan is similar', after 'Will'",
        ),
        (
            f"Will the terms of be published by the ministers {WINDOW}",
            "garbled question: 'the terms of be' has a verb after a preposition",
        ),
        (
            f"Will the merged firm, which is to be named Norsalt and be based in Oslo have 900 shops {WINDOW}",
            "garbled question: the clause 'which is to be ...' is never closed",
        ),
        (
            f"Will the last year of the treaty, the fund have enough money to pay pensions {WINDOW}",
            "garbled question: 'the fund have' is cut off from 'the last year of ...' by a comma",
        ),
        (
            f"Will the IMF forecasts growth be 3.1% {WINDOW}",
            "garbled question: a second verb, 'IMF forecasts', after 'Will'",
        ),
        (
            f"Will the budget allows Ostland to launch the mission send astronauts to the Moon {WINDOW}",
            "garbled question: a second verb, 'the budget allows Ostland', after 'Will'",
        ),
        (
            f"Will public debt in Peru held by banks rises from 40 percent to 55 percent {WINDOW}",
            "garbled question: a second verb, 'rises from 40 percent', after 'Will'",
        ),
        (
            f"Will further bills be laid before you {WINDOW}",
            "unresolved reference: 'you' is a person only the speaker's listeners know",
        ),
        (
            f"Will the talks settle what we owe {WINDOW}",
            "unresolved reference: 'we' is a person only the speaker's listeners know",
        ),
        (
            f"Will Peru win this dispute {WINDOW}",
            "unresolved reference: 'this dispute' is not resolved to what it stands for",
        ),
        (
            f"Will all this be finished {WINDOW}",
            "unresolved reference: 'all this' is not resolved to what it stands for",
        ),
        (
            f"Will Chile launch it {WINDOW}",
            "unresolved reference: 'launch it' is not resolved to what it stands for",
        ),
        (
            f"Will a similar project with Chile be completed {WINDOW}",
            "unresolved reference: 'a similar project' is said to be like something the question does not name",
        ),
        (
            f"Will Norway open a new port here {WINDOW}",
            "unresolved reference: 'port here' is not resolved to what it stands for",
        ),
        (
            f"Will Deputy Press Secretary Jane Roe take steps to close the base {WINDOW}",
            "wrong actor: 'Deputy Press Secretary' speaks for others; the question needs who acts",
        ),
        (
            f"Will hopefully be debated in the Senate {WINDOW}",
            "garbled question: it opens with 'hopefully be debated ...', not with who or what",
        ),
        (
            f"Will they stay close to that level {WINDOW}",
            "unresolved reference: 'they' is not resolved to a name",
        ),
        (
            f"Will Minister Roe that the Navy buy two frigates {WINDOW}",
            "garbled question: 'Minister Roe that' has lost the verb that reports the clause",
        ),
        (
            f"Will the fund's trustees project that the fund become exhausted {WINDOW}",
            "garbled question: a second verb, 'trustees project that', after 'Will'",
        ),
        (
            f"Will the next phase be to build a second dock {WINDOW}",
            "garbled question: 'the next phase be to build' names a plan's step, not who acts",
        ),
        (
            f"Will the port host ships for state, commercial {WINDOW}",
            "garbled question: ', commercial' is a fragment of the claim's words",
        ),
        (
            f"Will not fees cut savers out of gains {WINDOW}",
            "garbled question: it opens with 'not fees cut ...', not with who or what",
        ),
        (
            f"Will Brent crude average $54/b and $59/b {WINDOW}",
            "garbled question: '$54/b and $59/b' gives two figures for one level",
        ),
        (
            f"Will Peru join {WINDOW}",
            "garbled question: 'Peru join' says not what (the verb's object is missing)",
        ),
        (
            "Will growth in Peru slow to 3.4% and to 3.1% in 2031?",
            "garbled question: '3.4% and to 3.1%' gives two figures for one level",
        ),
        (
            f"Will the agency take 000 new applicants {WINDOW}",
            "garbled question: '000' is a fragment of the claim's words",
        ),
        (
            f"Will the fund be exhausted or September 2031 {WINDOW}",
            "garbled question: 'or September 2031' is a fragment of the claim's words",
        ),
        (
            f"Will Chile discuss all of this at the summit {WINDOW}",
            "unresolved reference: 'all of this' is not resolved to what it stands for",
        ),
        (
            f"Will the median path for the policy rate rose another 50 basis points {WINDOW}",
            "garbled question: a second verb, 'policy rate rose another', after 'Will'",
        ),
        (
            "Will inflation in Peru rise to 3.4% and 3.1% in 2031?",
            "garbled question: '3.4% and 3.1%' gives two figures for one level",
        ),
        (
            f"Will the vote be held tomorrow {WINDOW}",
            "time left in the wording: 'tomorrow' only the article's date can place",
        ),
        (
            f"Will debt in that year be lower than planned {WINDOW}",
            "time left in the wording: 'in that year' only the article's date can place",
        ),
        (
            f"Will the summit take place 12th to the 14th {WINDOW}",
            "time left in the wording: '12th to the 14th' only the article's date can place",
        ),
        (
            f"Will Peru expect as of now {WINDOW}",
            "no observable event: 'Peru expect' is a state of mind",
        ),
        (
            f"Will the Navy take $3 billion a year to run the base {WINDOW}",
            "garbled question: 'take $3 billion' is a cost, not an act",
        ),
        (
            f"Will the rebels have regrouped their forces {WINDOW}",
            "already past: 'have regrouped' asks what will already have happened",
        ),
        (
            f"Will the Senate pass the bill on 14 January 2031 {WINDOW}",
            "already past: 'on 14 January 2031' is before publication (2031-01-31)",
        ),
    ],
)
def test_questions_a_person_would_rewrite_are_held_back(question: str, reason: str) -> None:
    assert judge_question_form(question, "Peru does something", date(2031, 1, 31)) == reason


@pytest.mark.parametrize(
    ("title", "mended"),
    [
        ("The fund's plan pays off in just", "The fund's plan pays off"),
        ("The ministers invest in the armed forces,", "The ministers invest in the armed forces"),
        ("The launch is planned for the end of", "The launch is planned for the end"),
        ("Tensions push fuel prices further", "Tensions push fuel prices further"),
        ("Peru votes", "Peru votes"),
        ("New laws are introduced to tackle some", "New laws are introduced"),
        ("The ministers plan to invest", "The ministers plan to invest"),
        ("The president visits Lyon to participate", "The president visits Lyon"),
        ("The army moves troops north to attack", "The army moves troops north to attack"),
    ],
)
def test_a_title_cut_on_a_function_word_is_mended(title: str, mended: str) -> None:
    assert mend_title(title) == mended
    assert judge_question_form(f"Will Peru raise fuel prices {WINDOW}", title) is None


def test_a_title_left_with_a_lone_verb_is_held_back() -> None:
    assert judge_question_form(f"Will Peru raise fuel prices {WINDOW}", "The merged firm, have") == (
        "garbled title: 'The merged firm, have' breaks off after 'have'"
    )


@pytest.mark.parametrize("subject", ["annual revenues", "demand", "the total output", "Inflation"])
def test_a_measure_with_no_owner_or_place_is_held_back(subject: str) -> None:
    assert judge_question_form(f"Will {subject} rise {WINDOW}", f"{subject} rises", subject=subject) == (
        f"unresolved reference: {subject!r} does not say whose or where"
    )


@pytest.mark.parametrize(
    "subject", ["the largest", "the latter", "the most ambitious", "the economic, political", "continuing"]
)
def test_a_subject_with_no_noun_is_held_back(subject: str) -> None:
    assert judge_question_form(f"Will {subject} be finished {WINDOW}", "t", subject=subject) == (
        f"unresolved reference: {subject!r} names no thing"
    )


@pytest.mark.parametrize("subject", ["the economic, political and social costs", "Brazil, Chile and Peru"])
def test_a_list_with_its_noun_is_a_subject(subject: str) -> None:
    assert judge_question_form(f"Will {subject} rise {WINDOW}", "t", subject=subject) is None


def test_a_subject_holding_a_clause_is_held_back() -> None:
    subject = "all the more so since the fair's stands"
    assert judge_question_form(f"Will {subject} open in 11 cities {WINDOW}", "t", subject=subject) == (
        "garbled question: the subject 'all the more so since the ...' holds a clause ('since')"
    )


@pytest.mark.parametrize("subject", ["Acme's annual revenues", "demand for nurses in Peru", "inflation in Chile"])
def test_a_measure_with_an_owner_or_a_place_passes(subject: str) -> None:
    assert judge_question_form(f"Will {subject} rise {WINDOW}", f"{subject} rises", subject=subject) is None


def test_a_date_after_publication_is_not_past() -> None:
    assert (
        judge_question_form(f"Will the Senate pass the bill on 14 March 2031 {WINDOW}", "t", date(2031, 1, 31)) is None
    )


_NAMES = st.sampled_from(["Peru", "Chile", "the central bank", "Norway's parliament", "the ministry of ports"])
_ACTS = st.sampled_from(["hold a referendum", "raise its policy rate", "sign the accord", "close the harbour"])


@given(_NAMES, _ACTS)
def test_a_subject_and_an_act_always_pass(subject: str, act: str) -> None:
    question = f"Will {subject} {act} {WINDOW}"
    assert judge_question_form(question, f"{subject} {act}"[:70]) is None


BODY = (
    "OSLO, 2 March 2031. The minister closed the session. Peru will win this dispute by June. "
    "Norway will hold a referendum on the port in June, officials said."
)


def test_write_drafts_lists_a_garbled_question_instead_of_drafting_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = Article(
        body=BODY, source="article.txt", published=date(2031, 3, 2), outlet="Oslo Times", url="https://example.org/a"
    )
    garbled = claim(BODY, "Peru will win this dispute by June.", "The minister", None)
    sound = claim(BODY, "Norway will hold a referendum on the port in June", "officials", None)
    assert judge_draft(garbled, propose(garbled, article), article) == (
        "unresolved reference: 'this dispute' is not resolved to what it stands for"
    )
    report = write_drafts([garbled, sound], article, tmp_path / "scenarios" / "t", tmp_path / "scenarios")
    assert [(c.quote, reason) for c, reason in report.not_drafted] == [
        (garbled.quote, "unresolved reference: 'this dispute' is not resolved to what it stands for")
    ]
    assert len(report.written) == 1
    everything = write_drafts([garbled], article, tmp_path / "scenarios" / "u", tmp_path / "scenarios", draft_all=True)
    assert len(everything.written) == 1 and not everything.not_drafted


# A sortal noun ("petition", "depots", "ferry") picks out one thing only through a mention the
# article made elsewhere: bare "the <noun>" as the whole subject is anaphoric and a stranger cannot
# say which. A functional noun ("the economy", "the government") has one referent in the country
# or event the qualifiers add, and reads whole.
@pytest.mark.parametrize("subject", ["the petition", "the depots", "the ferry", "the pledge"])
def test_a_bare_sortal_noun_as_the_subject_is_held_back(subject: str) -> None:
    assert judge_question_form(f"Will {subject} be approved {WINDOW}", "t", subject=subject) == (
        f"unresolved reference: {subject!r} is named only elsewhere in the article"
    )


@pytest.mark.parametrize(
    "subject", ["the economy", "the government", "the election", "the president", "the federal funds rate"]
)
def test_a_functional_noun_or_a_described_subject_reads_whole(subject: str) -> None:
    assert judge_question_form(f"Will {subject} change {WINDOW}", "t", subject=subject) is None


def test_a_bare_sortal_noun_the_question_qualifies_reads_whole() -> None:
    question = f"Will the depots in Ostland be closed {WINDOW}"
    assert judge_question_form(question, "t", subject="the depots") is None


def test_a_bare_sortal_noun_anchored_by_a_name_in_the_event_reads_whole() -> None:
    # "the summit opens in Geneva": the name the event holds says which summit.
    assert judge_question_form(f"Will the summit open on Monday in Geneva {WINDOW}", "t", subject="the summit") is None


def test_a_month_or_weekday_in_the_event_says_when_not_which() -> None:
    assert judge_question_form(f"Will the ferry sail on Monday in March {WINDOW}", "t", subject="the ferry") == (
        "unresolved reference: 'the ferry' is named only elsewhere in the article"
    )


@pytest.mark.parametrize(
    "subject", ["strikes against the rebels", "attacks on shipping in the gulf", "Air strikes on them"]
)
def test_an_attack_named_by_whom_it_strikes_with_no_one_striking_is_held_back(subject: str) -> None:
    assert judge_question_form(f"Will {subject} continue {WINDOW}", "t", subject=subject) == (
        f"unresolved reference: {' '.join(subject.split()[:6])!r} says who is struck, not who strikes"
    )


@pytest.mark.parametrize(
    "subject",
    ["Peruvian strikes against the rebels", "attacks on shipping by the rebels", "raids by the army", "Chile"],
)
def test_an_attack_with_its_striker_passes(subject: str) -> None:
    assert judge_question_form(f"Will {subject} continue {WINDOW}", "t", subject=subject) is None


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            f"Will Ostland send up to 400 total {WINDOW}",
            "garbled question: 'up to 400 total' counts nothing (the noun of what is counted was cut)",
        ),
        (
            f"Will Ostland supply 40 {WINDOW}",
            "garbled question: '40' counts nothing (the noun of what is counted was cut)",
        ),
        (
            f"Will voters in 30 towns across the region came together and announced a boycott {WINDOW}",
            "garbled question: a second verb, 'the region came together', after 'Will'",
        ),
    ],
)
def test_a_count_with_no_noun_or_a_past_tense_after_will_is_held_back(question: str, reason: str) -> None:
    assert judge_question_form(question, "Ostland acts") == reason


@pytest.mark.parametrize(
    "question",
    [
        f"Will Ostland send 400 troops {WINDOW}",
        f"Will the index reach 400 {WINDOW}",
        f"Will the port handle $400 {WINDOW}",
        f"Will the rebels who took the town withdraw {WINDOW}",
    ],
)
def test_a_counted_noun_a_level_or_a_past_tense_in_a_relative_clause_passes(question: str) -> None:
    assert judge_question_form(question, "Ostland acts") is None


def test_a_subject_that_ends_on_a_conjunction_is_a_clause_split_at_the_wrong_verb() -> None:
    question = f"Will output swells as in the Ostland increase in exports outpace imports {WINDOW}"
    assert judge_question_form(question, "Output swells", subject="output swells as in the Ostland") == (
        "garbled question: the subject 'swells as' ends on a conjunction; its clause was split"
    )
    question = f"Will exports as a share of output rise {WINDOW}"
    assert judge_question_form(question, "Exports rise", subject="exports as a share of output") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Unemployment in Ostland is forecast to peak at 7.1% in 2024, before falling to 5.2% in 2029.",
        "Public debt in Ostland is forecast to peak at 91.2% of GDP in 2024-25, before falling to 84.5% of GDP in "
        "2030-31.",
    ],
)
def test_a_statistic_for_a_period_whose_figure_is_out_before_publication_is_not_drafted(sentence: str) -> None:
    article = Article(
        body=sentence, source="a.txt", published=date(2026, 3, 4), outlet="Test Wire", url="https://www.gov.uk/x"
    )
    (candidate,) = extract_forecasts(article, RULES_ONLY)
    reason = judge_draft(candidate, propose(candidate, article), article)
    assert reason is not None and reason.startswith("already past: the figure for 2024")


def test_a_so_called_label_left_in_the_question_is_an_unresolved_reference() -> None:
    # The speaker's scare quotes: which blockade is meant, and whether it is one, the words do not say.
    question = f"Will the Varnian cabinet hold emergency talks to end the so-called blockade {WINDOW}"
    assert judge_question_form(question, "The Varnian cabinet holds emergency talks") == (
        "unresolved reference: 'the so-called blockade' is the speaker's label, not resolved to what the article named"
    )


def test_a_so_called_label_the_article_named_is_drafted_with_the_name() -> None:
    body = (
        "Ostland closed the Korvi blockade checkpoints on Monday. "
        "The Varnian cabinet will hold emergency talks to end the so-called blockade."
    )
    article = Article(body=body, source="a.txt", published=date(2026, 3, 4), outlet="Test Wire")
    (candidate,) = [c for c in extract_forecasts(article, RULES_ONLY) if "emergency talks" in c.quote]
    assert judge_draft(candidate, propose(candidate, article), article) is None


def test_an_object_told_by_a_relative_clause_the_question_drops_is_unresolved() -> None:
    body = "Ostland and Varnia will jointly close the zones where the militias operate."
    article = Article(body=body, source="a.txt", published=date(2026, 3, 4), outlet="Test Wire")
    (candidate,) = extract_forecasts(article, RULES_ONLY)
    assert judge_draft(candidate, propose(candidate, article), article) == (
        "unresolved reference: 'the zones' is told only by the clause 'where the militias operate', which the "
        "question drops"
    )


def test_an_object_named_or_functional_keeps_its_draft_without_the_clause() -> None:
    # A name says which bridge; "the government" has one referent in a country's news.
    for body in (
        "Ostland will reopen the Korvi bridge, which the floods closed in May.",
        "The king will dissolve the government, which lost its majority.",
    ):
        article = Article(body=body, source="a.txt", published=date(2026, 3, 4), outlet="Test Wire")
        (candidate,) = extract_forecasts(article, RULES_ONLY)
        reason = judge_draft(candidate, propose(candidate, article), article)
        assert reason is None or "told only by the clause" not in reason


@pytest.mark.parametrize(
    ("subject", "reason"),
    [
        ("lengthy negotiations", "unresolved reference: 'lengthy negotiations' does not say between whom"),
        ("talks about the budget", "unresolved reference: 'talks about the budget' does not say between whom"),
        ("Ostland's talks with Varnia", None),
        ("talks between the unions and the ministry", None),
        ("the Geneva talks", None),
    ],
)
def test_talks_as_a_subject_name_their_parties(subject: str, reason: str | None) -> None:
    question = f"Will {subject} collapse {WINDOW}"
    assert judge_question_form(question, f"{subject} collapse", subject=subject) == reason


def test_a_first_person_contraction_is_a_person_only_the_listeners_know() -> None:
    assert judge_question_form(f"Will we\u2019re pleased to host the summit {WINDOW}", "t") == (
        "unresolved reference: 'we\u2019re' is a person only the speaker's listeners know"
    )
    assert judge_question_form(f"Will the harbour's we're-open campaign continue {WINDOW}", "t") is None


def test_a_regular_past_tense_where_the_bare_verb_goes_is_held_back() -> None:
    subject = "the minister's spring tour the coast"
    assert judge_question_form(f"Will {subject} announced {WINDOW}", "t", subject=subject) == (
        "garbled question: 'coast announced' is in the past where 'Will' needs the bare verb"
    )
    assert judge_question_form(f"Will Ostland need more grain {WINDOW}", "t", subject="Ostland") is None
    assert judge_question_form(f"Will Ostland shed its reserves {WINDOW}", "t", subject="Ostland") is None


# A constitution, a charter or an anthem is always some state's or body's own: written indefinite,
# with no owner after it and no name in the question, it does not say whose.
@pytest.mark.parametrize(
    "question",
    [f"Will work on a constitution begin {WINDOW}", f"Will drafting of a new charter start in March {WINDOW}"],
)
def test_an_indefinite_charter_with_no_owner_named_is_held_back(question: str) -> None:
    reason = judge_question_form(question, "t")
    assert reason is not None and reason.startswith("unresolved reference: 'a ")
    assert reason.endswith("does not say whose")


@pytest.mark.parametrize(
    "question",
    [
        f"Will Ostland adopt a new constitution {WINDOW}",
        f"Will work on a charter for the river union begin {WINDOW}",
        f"Will the Tarvic League agree on a common currency {WINDOW}",
    ],
)
def test_a_charter_whose_owner_the_question_names_reads_whole(question: str) -> None:
    assert judge_question_form(question, "t") is None


def _judged(body: str, words: str) -> str | None:
    article = Article(body=body, source="a.txt", published=date(2026, 3, 4), outlet="Test Wire")
    (candidate,) = [c for c in extract_forecasts(article, RULES_ONLY) if words in c.quote]
    return judge_draft(candidate, propose(candidate, article), article)


@pytest.mark.parametrize("place", ["Andalusia", "Lisbon", "Sofia"])
def test_going_to_a_named_place_is_a_journey_not_the_future(place: str) -> None:
    body = f"Hotels are full. More and more visitors from Norway are going to {place}, which has new beaches."
    reason = _judged(body, "visitors")
    # A journey is no act the drafting recognises either, and that check comes first.
    assert reason is not None and reason.startswith(("not a forecast:", "not clearly an event:")), reason
    # The future "going to" before a verb is drafted as usual.
    assert _judged("Hotels are full. Norway's largest airline is going to open a route to Lisbon.", "route") is None


def test_an_exhortation_to_the_listeners_is_no_forecast() -> None:
    for opening in ("let's", "let us"):
        reason = judge_question_form(f"Will {opening} wait and see what the council decides {WINDOW}", "x")
        assert reason is not None and reason.startswith("not a forecast:"), reason


def test_a_time_the_claim_denies_is_not_drafted_as_its_window() -> None:
    body = "The ministry said the new Dover ferry line will open not in May as planned, but in August."
    reason = _judged(body, "ferry")
    assert reason is not None and "denies" in reason, reason
    assert _judged("The ministry said the new Dover ferry line will open in May as planned.", "ferry") is None


def test_a_participle_where_the_subject_should_be_is_garbled() -> None:
    # The noun before "confirmed by" was cut off: the question opens on the participle.
    assert judge_question_form(
        "Will confirmed by the success of the spring fair be repeated between 2030-01-01 and 2030-06-30?", "T"
    ) == ("garbled question: it opens with 'confirmed by the ...', a participle, not with who or what")
    assert judge_question_form("Will known in advance be between 2030-01-01 and 2030-06-30?", "T") is not None
    # A subject that merely starts with such a word is left alone.
    assert (
        judge_question_form(
            "Will united forces advance on the capital between 2030-01-01 and 2030-06-30?", "United forces advance"
        )
        is None
    )


def test_the_frame_for_a_claim_not_taken_apart_is_never_drafted() -> None:
    assert judge_question_form("Will this happen: they can, between 2030-01-01 and 2030-06-30?", "T") == (
        "garbled question: no subject and verb could be read in 'this happen: they can,'; a person words it"
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # A time adverb before the subject keeps its capital from the sentence's start.
        (f"Will Afterwards, the mayor, open the new bridge {WINDOW}", "'Afterwards, the mayor, ...'"),
        (f"Will Later, the governor, sign the decree {WINDOW}", "'Later, the governor, ...'"),
    ],
)
def test_a_capitalised_fronted_adverb_is_not_the_subject(question: str, words: str) -> None:
    assert judge_question_form(question, "T") == (
        f"garbled question: it opens with {words}, a time or an adverb before who or what"
    )


@pytest.mark.parametrize(
    "question",
    [
        f"Will Frankly remind the board {WINDOW}",
        f"Will Unfortunately delay the vote {WINDOW}",
        f"Will Additionally note the losses {WINDOW}",
    ],
)
def test_a_capitalised_sentence_adverb_is_not_the_subject(question: str) -> None:
    reason = judge_question_form(question, "T")
    assert reason is not None and reason.startswith("garbled question: it opens with"), reason


@pytest.mark.parametrize(
    "question",
    [
        f"Will Connolly resign {WINDOW}",
        f"Will Italy, the Netherlands and Spain sign the accord {WINDOW}",
        f"Will Mr. Speaker Dalton adjourn the house {WINDOW}",
    ],
)
def test_names_lists_and_appositives_open_a_question_well(question: str) -> None:
    assert judge_question_form(question, "T") is None


def test_a_place_fused_into_the_subject_is_garbled() -> None:
    # "In Lima, Peru, the Minister will meet ..." lost its preposition: the place is no part of who acts.
    assert judge_question_form(f"Will the Maldives, the Minister meet with the envoy {WINDOW}", "T") == (
        "garbled question: 'the Maldives, the Minister' joins a place set before the sentence to who acts"
    )


@pytest.mark.parametrize("address", ["Mr. President", "Madam Speaker", "Mr Chairman", "Madam President"])
def test_a_form_of_address_is_not_who_acts(address: str) -> None:
    # A speaker's "Mr. President, next week ..." addresses the chair; the chair does not act.
    assert judge_question_form(f"Will {address} celebrate the harvest festival {WINDOW}", "T") == (
        f"not a forecast: {address!r} is the speaker addressing the chair, not who acts"
    )


@pytest.mark.parametrize(
    "subject", ["the economic and security agendas", "the main topics", "the outstanding issues", "the trade matters"]
)
def test_what_is_talked_about_does_not_do_the_talking(subject: str) -> None:
    # "They will discuss ..." resolved to the agenda instead of the people who meet.
    reason = judge_question_form(f"Will {subject} discuss port fees {WINDOW}", "T")
    assert reason is not None and "is what is talked about" in reason, reason


@pytest.mark.parametrize(
    "question",
    [
        f"Will the issues be discussed at the summit {WINDOW}",
        f"Will the ministers discuss the outstanding issues {WINDOW}",
        f"Will the issues raised by the unions delay the vote {WINDOW}",
    ],
)
def test_topics_of_talks_may_still_be_a_subject(question: str) -> None:
    assert judge_question_form(question, "T") is None


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            f"Will Congress contemplate whether the funding levels need adjusting {WINDOW}",
            "Congress contemplate whether",
        ),
        (f"Will the cabinet weigh whether to extend the ban {WINDOW}", "the cabinet weigh whether"),
    ],
)
def test_weighing_a_question_is_no_event(question: str, words: str) -> None:
    assert judge_question_form(question, "t") == (
        f"no observable event: {words!r} is a deliberation; only what it decides can be seen"
    )


@pytest.mark.parametrize(
    "question",
    [f"Will the cabinet consider the budget {WINDOW}", f"Will the council decide whether to extend the ban {WINDOW}"],
)
def test_a_decision_or_a_thing_considered_passes(question: str) -> None:
    assert judge_question_form(question, "t") is None


def test_a_categorical_question_is_still_read_for_how_it_opens() -> None:
    from forecasts.extract.question_form import judge_opening

    assert judge_opening("Will not weeks die between 2022-04-07 and 2022-04-09: which of days, weeks?") == (
        "garbled question: it opens with 'not weeks die', not with who or what"
    )
    assert judge_opening("Will Iran respond between 2020-01-05 and 2020-03-31: which of asymmetric, direct?") is None


def test_a_gerund_is_the_subject_of_a_duty_coming_into_force() -> None:
    assert (
        judge_opening("Will wearing a face covering become compulsory on trains between 2020-06-15 and 2020-06-17?")
        is None
    )
    # A gerund clause with its own object before any other verb is still no subject.
    assert judge_opening(
        "Will introducing the new levy include relief for small firms between 2020-01-05 and 2020-03-31?"
    )
