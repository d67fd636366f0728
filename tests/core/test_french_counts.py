"""Counts a French reader sees with real plurals, never "juste(s)" (walkthrough 31): the
question of the day's reveal, which the whole channel reads."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.progress import AnswerRecord
from bot.core.qotd import Qotd, pick_question, reveal_of, reveal_reply
from bot.i18n import use_language
from tests.core.test_qotd import MINI, START


@pytest.mark.parametrize(
    ("right", "says"),
    [(0, "2 personnes ont répondu, 0 juste."), (2, "2 personnes ont répondu, 2 justes.")],
)
def test_the_reveal_counts_right_answers_with_a_french_plural(right: int, says: str) -> None:
    qq = pick_question(MINI, dt.date(2026, 1, 5))
    qotd = Qotd("s", 1, 2, "mini", qq.question.id, qq.options, dt.date(2026, 1, 5), START, START)
    answers = [
        AnswerRecord(user, 1, "mini", qq.question.id, None, user < 100 + right, 9.0, START, "s")
        for user in (100, 101)
    ]
    with use_language("fr"):
        text = reveal_reply(reveal_of(qotd, qq, answers), {}).pages[0].body
    assert says in text, text
    assert "(s)" not in text
