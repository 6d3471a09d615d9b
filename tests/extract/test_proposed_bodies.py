"""A body a proposal would create, described as if it existed, is a provision, not a forecast."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from forecasts.extract.article import Article
from forecasts.extract.drafts import write_drafts
from forecasts.extract.extractor import analyse_article
from forecasts.extract.proposed_bodies import find_proposed_body

BODY = (
    "Next week I will introduce legislation to establish a national fiscal commission. "
    "The Fiscal Commission will send Congress a package of reforms within a year."
)


def test_a_body_the_proposal_would_set_up_is_named() -> None:
    before = BODY.index("The Fiscal Commission")
    assert find_proposed_body("the Fiscal Commission", BODY, before) == (
        "a proposal's provision: 'the Fiscal Commission' is the commission 'legislation to establish a national "
        "fiscal commission' would set up; it acts only if the proposal passes: ask whether it passes"
    )


def test_a_body_that_exists_or_is_proposed_only_later_passes() -> None:
    before = BODY.index("The Fiscal Commission")
    assert find_proposed_body("the European Commission", "The European Commission will fine Google.", 0) is None
    assert find_proposed_body("the Senate", BODY, before) is None  # not the kind of body the bill creates
    assert find_proposed_body("the Fiscal Commission", BODY, 10) is None  # the proposal comes after the claim


def test_the_drafting_lists_a_proposals_provision(tmp_path: Path) -> None:
    body = (
        "Senator Anna Berg spoke on the floor of the Senate on Monday.\n\n"
        "Next week I will introduce a bill that would create an independent budget commission, she said.\n\n"
        "The budget commission will send Congress a package of reforms within a year, she said.\n\n"
        "Congress will vote on the budget in March, she said."
    )
    article = Article(body=body, source="<text>", outlet="Congressional Record", published=date(2024, 1, 8))
    root = tmp_path / "scenarios"
    report = write_drafts(analyse_article(article).candidates, article, root / "case", root)
    held = {candidate.quote[:24]: reason[:40] for candidate, reason in report.not_drafted}
    assert held["The budget commission wi"] == "a proposal's provision: 'the budget comm"
