"""A slash command's events need no task of their own (`BriefBot.dispatch`), yet whatever
listens to them still hears every one, and buttons still reach the router."""

from __future__ import annotations

import asyncio
from typing import Any

import discord

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.discord_double.state import HANG_GUARD


class Heard:
    """What a callback was told, and a wait until it was told `count` things."""

    def __init__(self, count: int) -> None:
        self.items: list[Any] = []
        self.count = count
        self.all = asyncio.Event()

    def add(self, item: Any) -> None:
        self.items.append(item)
        if len(self.items) >= self.count:
            self.all.set()

    async def wait(self) -> list[Any]:
        await asyncio.wait_for(self.all.wait(), HANG_GUARD)
        return self.items


async def _quiz_and_click(double: DiscordDouble) -> None:
    quiz = await double.slash("quiz", {"briefing": "mini", "difficulty": "easy"})  # buttons
    question = (await quiz.response()).message
    click = await double.click(question, question.buttons[0]["custom_id"])
    verdict = await click.message()
    assert "The answer is" in verdict.text, "the click was routed and answered with its verdict"


async def test_listeners_still_hear_commands_clicks_and_completions(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    interactions, completions = Heard(2), Heard(1)

    async def on_interaction(interaction: discord.Interaction) -> None:
        interactions.add(interaction.type.name)

    async def on_app_command_completion(
        interaction: discord.Interaction, command: discord.app_commands.Command[Any, ..., Any]
    ) -> None:
        completions.add(command.qualified_name)

    bot.add_listener(on_interaction)
    bot.add_listener(on_app_command_completion)
    try:
        await _quiz_and_click(discord_double)
        assert await interactions.wait() == ["application_command", "component"]
        assert await completions.wait() == ["quiz"]
    finally:
        bot.remove_listener(on_interaction)
        bot.remove_listener(on_app_command_completion)


async def test_a_command_and_a_click_are_counted_with_no_listener(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    counted = Heard(2)
    original = bot.observer.interaction
    bot.observer.interaction = lambda _i, name, outcome: counted.add((name, outcome))  # type: ignore[method-assign]
    bot.router.on_outcome = bot.observer.interaction
    try:
        await _quiz_and_click(discord_double)
        items = await counted.wait()
    finally:
        bot.observer.interaction = original  # type: ignore[method-assign]
        bot.router.on_outcome = original
    assert ("/quiz", "ok") in items, "the command's completion is logged (and counted)"
    assert ("button:qs", "ok") in items, "the click went through the router"
