"""/help: what the bot can do."""

from __future__ import annotations

from discord import app_commands
from discord.ext import commands

from bot.core.commands import Surface, description_of, help_text, moderator_help
from bot.core.replies import Reply
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply

__all__ = ["HELP_TEXT", "HelpCog"]

HELP_TEXT = "\n\n".join(
    (
        help_text(Surface.DISCORD),
        "A solo quiz only you see; a channel quiz everyone answers. "
        "After each answer you see the right one and why. Under each answer, "
        '"Report a problem" tells the moderators a question is wrong or unclear.',
        moderator_help(),
    )
)
"""/help on Discord: the registry's student commands, then its moderator commands."""


class HelpCog(commands.Cog, name="Help"):
    """What the bot can do."""

    @app_commands.command(name="help", description=description_of("help"))
    async def help(self, interaction: Interaction) -> None:
        """What briefbot can do."""
        await send_reply(interaction, Reply.text("briefbot", HELP_TEXT, private=True))
