"""/preferences: a student's text-only mode and untimed play."""

from __future__ import annotations

from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core.commands import description_of
from bot.core.preferences import enter_preferences
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.i18n import N_

__all__ = ["PreferencesCog"]


class PreferencesCog(commands.Cog, name="Preferences"):
    """A student's own reading preferences."""

    def __init__(self, services: Services) -> None:
        self.service = services.preferences

    @app_commands.command(name="preferences", description=description_of("preferences"))
    @app_commands.describe(
        text_only=N_("Plain text, no embeds, answers on the buttons (for screen readers)"),
        untimed=N_("No timers, no speed bonus, no countdowns"),
    )
    async def preferences(
        self,
        interaction: Interaction,
        text_only: bool | None = None,
        untimed: bool | None = None,
    ) -> None:
        """See or change your reading preferences."""
        current, reply = await self.service.choose(
            interaction.user.id, interaction.guild_id, text_only=text_only, untimed=untimed
        )
        enter_preferences(current)  # the answer already in the chosen mode
        await send_reply(interaction, reply)
