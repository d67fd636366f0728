"""A country's government stands for the country ("the kenyan government" for Kenya), as a
capital does in the news; never another country's, and never when the answer is no country.
The phrasings are invented for these tests."""

from __future__ import annotations

import pytest

from bot.core.matching import is_correct


@pytest.mark.parametrize(
    "typed",
    ["the kenyan government", "Kenya's government", "the government of kenya", "kenya govt"],
)
def test_a_countrys_government_is_the_country(typed):
    assert is_correct(typed, "Kenya", (), ["Uganda"])


@pytest.mark.parametrize(
    "typed",
    ["the ugandan government", "the government of uganda", "the government", "government of"],
)
def test_another_countrys_government_or_none_is_not_the_country(typed):
    assert not is_correct(typed, "Kenya", (), ["Uganda"])


def test_a_government_word_is_not_read_past_when_the_answer_is_no_country():
    assert not is_correct("firm government", "Firm", (), ["Divided"])
