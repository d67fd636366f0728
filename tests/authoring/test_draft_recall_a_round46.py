"""Speakers named in the quote's own sentence that the drafter still left open (round 46a).

Rule 1: "Justice Ama Boateng granted bail ... “...,” the judge said." The role kept for a judge
introduced by title is "Justice", a word "the judge" does not hold, so the one judge was never
looked up (fresh69 cd16, fresh16 v11). A Justice Minister is no judge.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def test_the_judge_is_the_one_justice_named_before() -> None:
    article = (
        "Two men jailed over harbour smuggling\n\n"
        "Justice Ama Boateng sentenced the two men on Tuesday after they admitted bringing "
        "the goods through the harbour at night.\n\n"
        "Their lawyer, Kofi Mensah, asked for a fine instead of prison.\n\n"
        "“The amount of goods involved leaves this court no room for a fine,” the judge said. "
        "“Both of you knew what you were carrying.”\n"
    )
    speakers = _speakers(article)
    assert speakers["The amount of goods "] == "Ama Boateng"


def test_a_justice_minister_is_not_the_judge() -> None:
    article = (
        "New courts promised for the north\n\n"
        "Justice Minister Ama Boateng opened two new court buildings in the north on "
        "Tuesday.\n\n"
        "Crowds gathered outside as the first case was heard.\n\n"
        "“The amount of work waiting for this court is very large,” the judge said.\n"
    )
    speakers = _speakers(article)
    assert speakers.get("The amount of work w") != "Ama Boateng"
