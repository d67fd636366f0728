"""Walkthrough 30: a student's month through the Discord double. Each verdict a student reads,
alone or with the channel, names the article its answer comes from."""

from __future__ import annotations

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, solo_quiz
from tests.discord.test_walkthrough_together import channel_question, choice_buttons
from tests.discord_double import DiscordDouble

ARTICLE = "Source: Harbour reopens after storm · 2026-01-05"
"""The footer naming `mini`'s article, its headline and date."""


async def test_a_solo_verdict_names_the_article_its_answer_comes_from(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    message = await solo_quiz(discord_double, {"count": 1})
    await (await answer_right(discord_double, services, message)).response()
    assert "Right!" in message.text, message.text
    assert message.embeds[0]["footer"]["text"] == ARTICLE


async def test_a_channel_questions_results_name_the_article_its_answer_comes_from(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    question = await channel_question(discord_double, 1, difficulty="easy")
    await (
        await discord_double.click(question, choice_buttons(question)[0]["custom_id"])
    ).response()
    await (
        await discord_double.click(question, label="Close question", user=discord_double.moderator)
    ).response()
    results = await discord_double.wait_for_message(
        discord_double.general, lambda m: "The answer:" in m.text, after=question, timeout=10
    )
    assert results.embeds[0]["footer"]["text"] == ARTICLE
