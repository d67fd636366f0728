"""What a moderator's first hour and a student's week on the Discord double tripped over."""

from __future__ import annotations

from tests.discord.test_bot import solo_quiz


async def test_a_mistyped_quiz_does_not_use_up_the_students_cooldown(discord_double, bot):
    for typo in ("harbor", "mnii"):
        refused = await (await discord_double.slash("quiz", {"briefing": typo})).message()
        assert "No briefing matches" in refused.text
    started = await solo_quiz(discord_double)
    assert "Question 1/" in started.text
    await solo_quiz(discord_double)
    third = await (await discord_double.slash("quiz", {"briefing": "mini"})).message()
    assert "Slow down" in third.text, "two started quizzes still use the allowance up"
