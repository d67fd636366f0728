"""An answer inside a longer sentence: a clause after it ("it was Moretti who said it") is
read past when it names no other answer and does not take the answer back; a reason that
takes it back ("thats wrong") is no reason. The phrasings are invented for these tests."""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct

PEOPLE = [Person("Anna Moretti", ("Moretti",)), Person("Tomas Berg", ("Berg",))]


@pytest.mark.parametrize(
    "typed",
    [
        "it was anna moretti who said it",
        "its moretti who announced that",
        "Moretti who gave the speech",
        "it was moretti that said so",
    ],
)
def test_the_answer_before_a_clause_about_it_is_the_answer(typed):
    assert is_correct(typed, "Anna Moretti", (), (), PEOPLE)


@pytest.mark.parametrize(
    "typed",
    [
        "it was berg who said it",  # another person
        "moretti who was quoted by berg",  # the clause names another person
        "moretti who knows",  # a shrug, not a clause
        "moretti that is wrong",
        "the one who is not moretti",
    ],
)
def test_a_clause_never_makes_a_wrong_or_hedged_answer_right(typed):
    assert not is_correct(typed, "Anna Moretti", (), (), PEOPLE)


@pytest.mark.parametrize("typed", ["kenya, thats wrong", "kenya, who knows", "kenya, idk"])
def test_a_reason_that_takes_the_answer_back_is_no_reason(typed):
    assert not is_correct(typed, "Kenya", (), ["Uganda"])


def test_a_clause_after_a_place_is_read_past_unless_it_names_another():
    assert is_correct("its kenya which hosted the talks", "Kenya", (), ["Uganda"])
    assert not is_correct("kenya which borders uganda", "Kenya", (), ["Uganda"])
