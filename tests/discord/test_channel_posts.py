"""Replies the bot posts into a channel by itself are posted whole: every page."""

from __future__ import annotations

from bot.app import Services
from tests.discord_double import DiscordDouble

PLAYERS = 150


async def test_the_final_table_of_150_players_is_posted_with_every_page(
    discord_double: DiscordDouble, bot, services: Services
):
    await (
        await discord_double.slash(
            "quiz",
            {"briefing": "mini", "count": 1, "mode": "channel", "timer": 0},
            user=discord_double.moderator,
        )
    ).response()
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/1" in m.text
    )
    session = next(iter(services.study.group.values()))
    qq = session.current()
    right = qq.right_key or qq.question.answer_text
    players = [10_000 + n for n in range(PLAYERS)]
    for user_id in players:  # as if 150 students had clicked the right answer
        session.answer(user_id, right, services.clock.now(), 0)

    await (
        await discord_double.click(question, label="Close question", user=discord_double.moderator)
    ).response()
    await discord_double.wait_for_message(
        discord_double.general, lambda m: f"<@{players[-1]}>: " in m.text, after=question
    )
    tables = [
        m.text for m in discord_double.bot_messages_in(discord_double.general) if m.id > question.id
    ]
    posted = "\n".join(tables)
    assert all(f"<@{user_id}>: " in posted for user_id in players)
    assert sum("Final table" in t for t in tables) >= 2, "the table spans several messages"
