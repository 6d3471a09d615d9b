"""The claim's own clause read in its sentence: a phrase cut inside a noun phrase, an assumption, a possibility."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forecasts.extract.article import Article
from forecasts.extract.claim_clause import (
    find_contrast_of_acts,
    find_phrase_tokens,
    find_possible_alternatives,
    judge_claim_clause,
)
from forecasts.extract.drafts import write_drafts
from forecasts.extract.extractor import analyse_article


def _judge(sentence: str, phrase: str, event_kind: str = "other", published: date | None = None) -> str | None:
    return judge_claim_clause(sentence, 0, len(sentence), phrase, event_kind, published)


def test_the_phrase_is_found_in_its_sentence_by_lemma_and_order() -> None:
    sentence = "Officials said the ministry will soon publish its new rules for exporters."
    found = find_phrase_tokens(sentence, 0, len(sentence), "publish its new rules for exporters")
    assert found is not None
    assert (found[0].text, found[1].text) == ("publish", "exporters")
    assert find_phrase_tokens(sentence, 0, 10, "publish its new rules") is None  # outside the quote
    assert find_phrase_tokens(sentence, 0, len(sentence), "publish its budget") is None


@pytest.mark.parametrize(
    ("sentence", "phrase", "reason"),
    [
        (
            "The plant will replace diesel generators with cheap, reliable solar power by 2030.",
            "replace diesel generators with cheap",
            "garbled question: the phrase stops inside a noun phrase ('cheap' of 'with cheap, reliable solar power')",
        ),
        (
            "The rebels will surrender their heavy, medium and light weapons to the monitors.",
            "surrender their heavy",
            "garbled question: the phrase stops inside a noun phrase ('heavy' of 'their heavy, medium and light weapons')",
        ),
        (
            "The army will send trainers to help with training, advising, assisting, and intelligence.",
            "send trainers to help with training",
            "garbled question: the phrase cuts a list short after 'training' (', advising, assisting' is left out)",
        ),
        (
            "Analysts expect oil to account for 26 percent of total energy consumption, coal for 25 percent.",
            "account for 26 percent of total energy consumption",
            "garbled question: the phrase cuts a list short after 'consumption' (', coal' is left out)",
        ),
        (
            "I believe the administration should aim to keep 50,000 troops in the country.",
            "aim to keep 50,000 troops in the country",
            "a norm, not a forecast: 'should' 'aim' says what ought to happen, not what is expected",
        ),
        (
            "Analysts warn that higher tariffs could raise prices for farmers in the region.",
            "raise prices for farmers in the region",
            "a possibility, not an expectation: 'could' 'raise' says what may happen, not what is expected",
        ),
        (
            "Engineers say the new field can produce 40,000 barrels a day.",
            "produce 40,000 barrels a day",
            "a possibility, not an expectation: 'can' 'produce' says what may happen, not what is expected",
        ),
        (
            "The senators could decide to hold hearings on the merger.",
            "hold hearings on the merger",
            "a possibility, not an expectation: 'could' 'hold' says what may happen, not what is expected",
        ),
        # The drafting reworded the phrase's end ("our" -> "the United Kingdom's"): its verb still
        # carries the modal.
        (
            "The G7 can take forward both aims by promising to halve our carbon emissions by 2030.",
            "take forward both aims by promising to halve the United Kingdom's carbon emissions",
            "a possibility, not an expectation: 'can' 'take' says what may happen, not what is expected",
        ),
    ],
)
def test_a_fault_in_the_claims_clause_is_named(sentence: str, phrase: str, reason: str) -> None:
    assert _judge(sentence, phrase) == reason


@pytest.mark.parametrize(
    ("sentence", "phrase", "event_kind"),
    [
        ("The plant will replace diesel generators with solar power by 2030.", "replace diesel generators", "other"),
        ("The ministry will publish its rules in March.", "publish its rules", "other"),
        ("Higher tariffs will probably raise prices for farmers.", "raise prices for farmers", "other"),
        # "could" beside "will": the claim expects the event.
        ("The rebels will attack and could seize the airport.", "seize the airport", "attack"),
        # An act of force: "could" is the ordinary hedge of a conflict forecast.
        ("Iran could attack US allies in the next two weeks.", "attack US allies", "attack"),
        # Of a level, "should" expects.
        ("Oil prices should fall to $60 next year.", "fall to $60", "price_level"),
        # A level a stranger can check on a date is a forecast however it is hedged.
        ("Traders said oil could go above $100 a barrel this winter.", "go above $100 a barrel", "price_level"),
        # An aside after the last thing is no list cut short.
        (
            "The company will produce 5 million tonnes, and mostly for export markets.",
            "produce 5 million tonnes",
            "other",
        ),
        # Words the parser cannot find in order: nothing is said.
        ("The ministry will publish its rules in March.", "release the rules", "other"),
    ],
)
def test_a_sound_clause_passes(sentence: str, phrase: str, event_kind: str) -> None:
    assert _judge(sentence, phrase, event_kind) is None


def test_a_statement_made_long_before_the_article_is_already_past() -> None:
    sentence = "In February 2023, the president announced that the country would leave the treaty."
    assert _judge(sentence, "leave the treaty", published=date(2026, 4, 22)) == (
        "already past: 'In February 2023' dates the statement ('announced'), long before the article"
    )
    # A month before the article: what was announced is still to come.
    assert _judge(sentence, "leave the treaty", published=date(2023, 3, 20)) is None
    # "will": the writer holds the event still to come.
    later = "In February 2023, the president announced that the country will leave the treaty."
    assert _judge(later, "leave the treaty", published=date(2026, 4, 22)) is None
    # No date on the saying: the article's own report.
    assert (
        _judge(
            "The president announced that the country would leave the treaty.",
            "leave the treaty",
            published=date(2026, 4, 22),
        )
        is None
    )


def test_a_statement_in_the_pluperfect_is_already_past() -> None:
    # Said before the past the article recounts ("had insisted"): the article reports an old pledge.
    sentence = "Marek, who had at first insisted he would never join the coalition, was worried about the polls."
    assert _judge(sentence, "join the coalition", published=date(2031, 5, 9)) == (
        "already past: 'had at first insisted' reports a statement made before the events the article recounts"
    )
    sentence = "The minister had said that the army would withdraw from the town by June."
    assert (_judge(sentence, "withdraw from the town", published=date(2031, 5, 9)) or "").startswith("already past")
    # The simple past of saying is the article's own report of an expectation.
    sentence = "The minister said that the army would withdraw from the town by June."
    assert _judge(sentence, "withdraw from the town", published=date(2031, 5, 9)) is None


@pytest.mark.parametrize(
    ("sentence", "phrase", "word"),
    [
        (
            "The baseline assumes that the alternative minimum tax will stay in force next year.",
            "stay in force",
            "assumes",
        ),
        (
            "The estimate assumed that Ostland would use its declared sites to enrich uranium.",
            "use its declared sites",
            "assumed",
        ),
    ],
)
def test_what_a_projection_assumes_is_no_forecast(sentence: str, phrase: str, word: str) -> None:
    assert _judge(sentence, phrase) == (
        f"an assumption, not a forecast: {word!r} says what a projection takes as given, not what anyone expects"
    )


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "This Treaty shall enter into force ten days after the deposit of the twenty-fifth notification.",
            "enter into force",
        ),
        ("Decisions of the Conference shall be taken by consensus.", "be taken by consensus"),
        (
            "The Secretary of State shall report to the Committees on Appropriations within 90 days.",
            "report to the Committees",
        ),
    ],
)
def test_a_provision_is_no_forecast(sentence: str, phrase: str) -> None:
    assert (_judge(sentence, phrase) or "").startswith("a provision, not a forecast: 'shall'")


def test_the_speakers_own_shall_and_a_shall_with_will_are_judged_as_forecasts() -> None:
    assert _judge("We shall open the new bridge in March.", "open the new bridge") is None
    assert _judge("The Treaty will enter into force in March.", "enter into force") is None


def test_what_is_expected_on_an_assumption_is_still_a_forecast() -> None:
    sentence = "Assuming that inflation stays low, the central bank will raise its key rate in March."
    assert _judge(sentence, "raise its key rate", "price_level") is None
    assert _judge("The bank expects that the rouble will fall below 100 in March.", "fall below 100") is None


def test_the_drafting_lists_a_possibility_and_drafts_an_expectation(tmp_path: Path) -> None:
    body = (
        "Kenya's trade ministry met exporters on Monday.\n\n"
        "The minister warned that Kenya could impose new tariffs on Ugandan sugar next year.\n\n"
        "The Central Bank of Kenya will raise its key rate to 5% in March, the governor said."
    )
    article = Article(body=body, source="<text>", title="Plans", outlet="Example News", published=date(2024, 1, 8))
    root = tmp_path / "scenarios"
    report = write_drafts(analyse_article(article).candidates, article, root / "case", root)
    held = {candidate.quote.split(",")[0][:30]: reason for candidate, reason in report.not_drafted}
    assert held == {
        "The minister warned that Kenya": "a possibility, not an expectation: 'could' 'impose' says what may "
        "happen, not what is expected"
    }
    assert [path.name.endswith("raise-key-rate.yaml") for path in report.written] == [True]


@pytest.mark.parametrize(
    ("sentence", "phrase", "published", "reason"),
    [
        (
            "In the March 2021 SEP, no Committee member expected inflation to be over 3 percent for 2021.",
            "be over 3 percent",
            date(2022, 5, 6),
            "already past: 'In the March 2021 SEP' dates the statement ('expected'), long before the article",
        ),
        (
            "In June, the median participant projected that the policy rate would remain at its lower bound.",
            "remain at its lower bound",
            date(2022, 3, 21),
            "already past: 'In June' dates the statement ('projected'), long before the article",
        ),
        (
            "One of 35 submissions in the survey predicted that 2021 inflation would be below 4 percent.",
            "be below 4 percent",
            date(2022, 3, 21),
            "already past: the statement ('predicted') is about 2021, over before the article",
        ),
        (
            "Every participant now expected inflation to be over 3 percent in 2021 and five believed it would fall in 2022.",
            "be over 3 percent",
            date(2022, 5, 6),
            "already past: the statement ('expected') is about 2021, over before the article",
        ),
        (
            "I believed tapering of asset purchases would have to start in the second half of the year.",
            "start in the second half",
            date(2022, 5, 6),
            "a past view: 'I believed' recounts what the speaker once expected, not a forecast",
        ),
        (
            "At the start of the year I had projected that tighter policy would cause a slowdown in activity.",
            "activity slow down",
            date(2024, 2, 14),
            "already past: 'had projected' reports a statement made before the events the article recounts",
        ),
    ],
)
def test_a_projection_recounted_from_the_past_is_no_forecast(
    sentence: str, phrase: str, published: date, reason: str
) -> None:
    assert _judge(sentence, phrase, published=published) == reason


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # Said this month: the article's own report.
        ("In May, officials predicted that the dam would be finished by 2032.", "be finished"),
        # Of someone else, undated: the reporter's past tense of a current expectation.
        ("Analysts expected the bank to raise rates on Thursday.", "raise rates"),
        # About a year still to come.
        ("Forecasters predicted that 2032 inflation would be below 4 percent.", "be below 4 percent"),
    ],
)
def test_a_current_expectation_reported_in_the_past_tense_stands(sentence: str, phrase: str) -> None:
    assert _judge(sentence, phrase, published=date(2031, 5, 9)) is None


def test_an_old_statement_about_a_year_still_to_come_stands() -> None:
    sentence = (
        "In September 2025, the Chief of Staff stated that four prototypes would be operational "
        "within Army formations at some point in 2026."
    )
    assert _judge(sentence, "be operational within Army formations", published=date(2026, 4, 23)) is None
    assert (_judge(sentence, "be operational within Army formations", published=date(2027, 4, 23)) or "").startswith(
        "already past"
    )


@pytest.mark.parametrize(
    ("sentence", "phrase", "reason"),
    [
        (
            "Because stablecoins are pegged to the dollar, they may increase rather than reduce its primacy abroad.",
            "increase rather than reduce its primacy",
            "a possibility, not an expectation: 'may' 'increase' weighs what may happen, not which of the "
            "alternatives will",
        ),
        (
            "It is possible that an overreaction could worsen conditions rather than ameliorate them.",
            "worsen conditions rather than ameliorate them",
            "a possibility, not an expectation: 'could' 'worsen' weighs what may happen, not which of the "
            "alternatives will",
        ),
        # A forecast of which one: kept.
        ("Iran's response will be asymmetric rather than direct.", "be asymmetric rather than direct", None),
    ],
)
def test_alternatives_weighed_as_possibilities_are_no_categorical_forecast(
    sentence: str, phrase: str, reason: str | None
) -> None:
    assert find_possible_alternatives(sentence, 0, len(sentence), phrase) == reason


@pytest.mark.parametrize(
    ("phrase", "alternatives", "reason"),
    [
        ("be asymmetric rather than direct", ("asymmetric", "direct"), None),
        ("be a war rather than a skirmish", ("war", "skirmish"), None),
        (
            "delay, not destroy the programme",
            ("delay", "destroy"),
            "a contrast, not a choice: 'delay' against 'destroy' sets two acts or states against each other, not "
            "two outcomes to choose between; word the question yourself (--draft-all drafts it)",
        ),
        (
            "be strengthened and not undermined",
            ("strengthened", "undermined"),
            "a contrast, not a choice: 'strengthened' against 'undermined' sets two acts or states against each "
            "other, not two outcomes to choose between; word the question yourself (--draft-all drafts it)",
        ),
    ],
)
def test_a_categorical_question_needs_two_kinds_of_outcome(
    phrase: str, alternatives: tuple[str, ...], reason: str | None
) -> None:
    assert find_contrast_of_acts(phrase, alternatives) == reason


def test_the_modal_of_a_passive_is_read_on_its_participle() -> None:
    sentence = "The talks on the services agreement should be completed as soon as possible."
    assert _judge(sentence, "be completed") == (
        "a norm, not a forecast: 'should' 'completed' says what ought to happen, not what is expected"
    )
    # A state expected by a date ("should be fully operational by 2020") is read as a forecast.
    assert _judge("The spaceport should be fully operational by 2020.", "be fully operational") is None
