"""Progress: /score, /leaderboard, /mydata and /forgetme."""

from __future__ import annotations

from typing import Literal

from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core.errors import QuizError
from bot.core.progress_views import leaderboard_reply, score_reply
from bot.core.replies import Button, ButtonStyle, Reply
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import Router, custom_id

__all__ = ["ProgressCog"]


class ProgressCog(commands.Cog, name="Progress"):
    """A student's own progress and data, and the server's leaderboard."""

    def __init__(self, services: Services, router: Router) -> None:
        self.services = services
        self.study = services.study
        router.register("fm", self.on_forget_confirm)

    @app_commands.command(
        name="score", description="Your progress: accuracy, streak, mastered, due"
    )
    @app_commands.describe(everywhere="Count answers from every server, not just this one")
    async def score(self, interaction: Interaction, everywhere: bool = False) -> None:
        """Your progress: accuracy, streak, mastered, due."""
        guild_id = None if everywhere else interaction.guild_id
        summary = await self.study.score(interaction.user.id, guild_id)
        await send_reply(interaction, score_reply(summary, self.services.library))

    @app_commands.command(name="leaderboard", description="This server's top learners")
    @app_commands.describe(period="All time, or this week (since Monday, UTC)")
    @app_commands.guild_only()
    async def leaderboard(
        self, interaction: Interaction, period: Literal["all-time", "week"] = "all-time"
    ) -> None:
        """This server's top learners."""
        assert interaction.guild_id is not None
        week = period == "week"
        top, mine = await self.study.leaderboard(
            interaction.guild_id, interaction.user.id, week=week
        )
        await send_reply(interaction, leaderboard_reply(top, mine, week=week, mention=True))

    @app_commands.command(
        name="mydata", description="Everything briefbot keeps about you, as a file"
    )
    async def mydata(self, interaction: Interaction) -> None:
        """Everything briefbot keeps about you, as a file."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await self.study.export(interaction.user.id)
        reply = Reply.text("Your data", "Your answers and review schedule, as JSON.", private=True)
        reply = Reply(reply.pages, private=True, attachments={"briefbot-mydata.json": data})
        await send_reply(interaction, reply)

    @app_commands.command(name="forgetme", description="Delete everything briefbot keeps about you")
    async def forgetme(self, interaction: Interaction) -> None:
        """Delete everything briefbot keeps about you."""
        confirm = Button(
            "confirm",
            "Yes, delete it all",
            custom_id("fm", interaction.user.id),
            ButtonStyle.DANGER,
        )
        reply = Reply.text(
            "Delete everything about you?",
            "Your answers, review schedule and quizzes will be deleted, on every server. "
            "This cannot be undone.",
            private=True,
        )
        await send_reply(interaction, Reply(reply.pages, (confirm,), private=True))

    async def on_forget_confirm(self, interaction: Interaction, args: list[str]) -> None:
        """`fm:<user>`: only that user's own click deletes their data."""
        if int(args[0]) != interaction.user.id:
            raise QuizError("Only the person who asked can confirm this.")
        count = await self.study.forget(interaction.user.id)
        done = Reply.text("Forgotten", f"Deleted {count} records kept about you.", private=True)
        await send_reply(interaction, done, edit=True)
