"""/help: what the bot can do."""

from __future__ import annotations

from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core.commands import (
    START_HERE,
    Surface,
    description_of,
    help_text,
    moderator_help_for,
)
from bot.core.replies import Reply
from bot.discord_bot.checks import is_moderator
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.i18n import N_, _

__all__ = ["HelpCog", "help_text_for_discord"]

QUIZ_HELP = N_(
    "A solo quiz only you see; a channel quiz everyone answers. "
    "After each answer you see the right one and why. Under each answer, "
    '"Report a problem" tells the moderators a question is wrong or unclear.'
)


def help_text_for_discord(moderator: bool = True) -> str:
    """/help on Discord in the current language: the registry's student commands, then its
    moderator commands for a `moderator` (else where moderators see them)."""
    parts = (
        _(START_HERE),
        help_text(Surface.DISCORD),
        _(QUIZ_HELP),
        moderator_help_for(moderator),
    )
    return "\n\n".join(parts)


class HelpCog(commands.Cog, name="Help"):
    """What the bot can do."""

    def __init__(self, services: Services) -> None:
        self.settings = services.store.settings

    @app_commands.command(name="help", description=description_of("help"))
    async def help(self, interaction: Interaction) -> None:
        """What briefbot can do: the moderator commands only for a moderator of this server."""
        moderator = False
        if interaction.guild_id is not None:
            settings = await self.settings.get_settings(interaction.guild_id)
            moderator = is_moderator(interaction, settings)
        shown = help_text_for_discord(moderator)
        await send_reply(interaction, Reply.text("briefbot", shown, private=True))
