"""The reference: a bare discord.py bot whose one slash command, and one button, reply "ok"."""

from __future__ import annotations

import discord  # noqa: TID251 - benchmarks drive discord.py directly
from discord import app_commands  # noqa: TID251

__all__ = ["BUTTON_ID", "BareBot"]

BUTTON_ID = "bare:ok"


class _OkView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)
        self.add_item(discord.ui.Button(label="ok", custom_id=BUTTON_ID))
        self.stop()


class BareBot(discord.Client):
    """`/ok` answers "ok"; `/button` answers "ok" with a button; a click on it answers "ok"."""

    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.none())
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="ok", description="Reply ok")
        async def ok(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("ok")

        @self.tree.command(name="button", description="Reply ok with a button")
        async def button(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("ok", view=_OkView())

    async def setup_hook(self) -> None:
        """Register the command, as a real bot does at start-up."""
        await self.tree.sync()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A click on the button: edit the message to "ok"."""
        if interaction.type == discord.InteractionType.component:
            await interaction.response.edit_message(content="ok")
