"""A student's small annoyances from session 32's walk, each as the student meets it: /quote and
/glossary after a quiz on one of several briefings, a leaderboard ranking nobody's right answers,
a quiz stopped before any answer, a channel question's two clocks, a channel quiz in a DM."""

from __future__ import annotations

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import solo_quiz
from tests.discord.test_walkthrough28 import play, said
from tests.discord_double import DiscordDouble


async def test_a_student_with_nothing_right_is_not_ranked_first_on_the_leaderboard(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    ana = await double.add_member("ana")
    ben = await double.add_member("ben")
    await play(double, services, await solo_quiz(double, {"count": 1}, user=ben), [False], ben)

    board = await said(double, "leaderboard", user=ben)
    assert "0 right" not in board and "1." not in board, board
    assert "Nobody has a right answer yet" in board

    await play(double, services, await solo_quiz(double, {"count": 1}, user=ana), [True], ana)
    board = await said(double, "leaderboard", user=ben)
    assert f"1. <@{ana.id}>: 1 right of 1" in board, board
    assert f"<@{ben.id}>" not in board and "you:" not in board
    assert "get a question right in a /quiz to join" in board
