"""A quiz that has fewer questions than were asked for says so at its start.

`/quiz count:25 difficulty:hard` started "Question 1/11" without a word (walk 38): a student
could not tell a short quiz from questions lost on the way."""

from __future__ import annotations

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble


async def test_a_solo_quiz_short_of_its_count_says_why(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    options = {"briefing": "mini", "count": 25}
    first = (await (await double.slash("quiz", options)).response()).message
    assert "This quiz has 3 questions, not 25: that is every question" in first.text, first.text

    asked_for_what_it_has = {"briefing": "mini", "count": 2}
    second = (await (await double.slash("quiz", asked_for_what_it_has)).response()).message
    assert "This quiz has" not in second.text, second.text


async def test_a_channel_quiz_short_of_its_count_says_why_in_its_announcement(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    options = {"briefing": "mini", "count": 25, "mode": "channel", "timer": 0}
    announced = await (await double.slash("quiz", options, user=double.moderator)).told()
    assert "This quiz has 3 questions, not 25" in announced.text, announced.text
