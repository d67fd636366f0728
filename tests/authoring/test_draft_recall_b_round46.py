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


def _port_report(quote_paragraph: str) -> str:
    return (
        "Border checks at the harbour\n\n"
        "The harbour handles more than a million containers a year, and a share of them is "
        "opened for inspection before it leaves the quay.\n\n"
        f"{quote_paragraph}\n\n"
        "The checks take about two hours a ship.\n"
    )


def test_a_quote_after_sentences_about_one_person_in_its_paragraph_is_theirs() -> None:
    article = _port_report(
        "Inspector Lena Vos walks us along the quay. “This morning we are opening a ship "
        "from the south with a hold full of fruit.”"
    )
    assert _speakers(article)["This morning we are "] == "Lena Vos"


def test_a_quote_with_its_own_unnamed_speaker_stays_unattributed() -> None:
    article = _port_report(
        "Residents say Inspector Lena Vos was fair to them. “This morning we are opening a "
        "ship from the south. It is time the port listened to us,” a community leader "
        "emphasized."
    )
    assert _speakers(article).get("This morning we are ") != "Lena Vos"


def test_a_colon_after_sentences_about_one_person_leaves_the_quote_unattributed() -> None:
    article = _port_report(
        "Inspector Lena Vos leaves the quay, and a colleague can be heard telling the crew: "
        "“This morning we are opening a ship from the south.”"
    )
    assert _speakers(article).get("This morning we are ") != "Lena Vos"
