"""A he/she is not given to someone the article calls "Mr" / "Ms" of the other sex (round 55).

Round 54's `named_antecedent.other_gender` kept its new rule from giving a "she" to a person
the article calls "Mr" (or a "he" to a "Ms"/"Mrs"); the older rules that follow a he/she
through the article (`quotes._Salience.resolve`) had no such check, so "Mr Samuel Dube
visited the school. ... “...,” she said." drafted Dube. The same function now guards both.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_she_after_a_mister_is_not_his() -> None:
    article = (
        "Valley school reopens after the floods\n\n"
        "Mr Samuel Dube visited the valley school on Monday, three weeks after the river "
        "burst its banks.\n\n"
        "“The children have lost a whole term of lessons,” she said.\n"
    )
    assert _speakers(article).get("The children have lo") != "Samuel Dube"


def test_a_he_after_a_missus_is_not_hers() -> None:
    article = (
        "Harbour fees to rise in spring\n\n"
        "Mrs Ilse Varga told the harbour board on Tuesday that the fees would rise.\n\n"
        "“Nobody wants to pay more for a mooring,” he said.\n"
    )
    assert _speakers(article).get("Nobody wants to pay ") != "Ilse Varga"


def test_a_he_after_a_mister_is_still_his() -> None:
    article = (
        "Valley school reopens after the floods\n\n"
        "Mr Samuel Dube visited the valley school on Monday, three weeks after the river "
        "burst its banks.\n\n"
        "“The children have lost a whole term of lessons,” he said.\n"
    )
    assert _speakers(article)["The children have lo"] == "Samuel Dube"


def test_a_she_after_a_missus_is_still_hers() -> None:
    article = (
        "Harbour fees to rise in spring\n\n"
        "Mrs Ilse Varga told the harbour board on Tuesday that the fees would rise.\n\n"
        "“Nobody wants to pay more for a mooring,” she said.\n"
    )
    assert _speakers(article)["Nobody wants to pay "] == "Ilse Varga"
