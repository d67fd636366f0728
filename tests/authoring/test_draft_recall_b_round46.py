"""Quotes with no speech verb of their own, and speakers carried from elsewhere (round 46,
recall b).

Rule 1: "Justice Ada Mensah told the court ... “...,” the judge said." A Justice's role reads
"Justice", and "the judge" was compared with it word for word, so the article's one judge
was never found (fresh69 cd16, fresh16 v11). A bench title ("Justice", "Chief Justice",
"High Court Justice") now also goes by "judge"; a "Minister of Justice" does not, and two
Justices named before the quote leave it nobody's.
"""

from __future__ import annotations

from bot.authoring.draft import UNATTRIBUTED_NAME
from tests.authoring.test_draft_recall_round44 import _speakers


def _court_report(title_and_name: str, second: str = "") -> str:
    return (
        "Two men jailed over boat cargo\n\n"
        "Two fishermen who tried to land a cargo of cannabis on the north coast were jailed "
        "for nine years on Tuesday.\n\n"
        f"{title_and_name} told the pair that a fine was out of the question given the "
        "size of the cargo.\n\n"
        f"{second}"
        "Both men had pleaded guilty at an earlier sitting.\n\n"
        "“The court has weighed the amount of drugs and the harm they would have done,” "
        "the judge said.\n"
    )


def test_the_judge_is_the_one_justice_of_the_article() -> None:
    speakers = _speakers(_court_report("Justice Ada Mensah"))
    assert speakers["The court has weighe"] == "Ada Mensah"


def test_the_judge_is_the_one_chief_justice_of_the_article() -> None:
    speakers = _speakers(_court_report("Chief Justice Ada Mensah"))
    assert speakers["The court has weighe"] == "Ada Mensah"


def test_a_minister_of_justice_is_no_judge() -> None:
    speakers = _speakers(_court_report("Minister of Justice Ada Mensah"))
    assert speakers["The court has weighe"] == UNATTRIBUTED_NAME


def test_two_justices_before_the_quote_leave_the_judge_unnamed() -> None:
    second = "Justice Kofi Boateng had adjourned the case twice last year.\n\n"
    speakers = _speakers(_court_report("Justice Ada Mensah", second))
    assert speakers["The court has weighe"] == UNATTRIBUTED_NAME
