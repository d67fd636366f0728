"""The reference: a bare discord.py bot whose one slash command, and one button, reply "ok".

`python -m benchmarks.bare` runs it as a process of its own against the Discord double (rows
e3 and f2); that process imports discord.py, yarl and this module, nothing of the bot.
"""

from __future__ import annotations

import discord  # noqa: TID251 - benchmarks drive discord.py directly
from discord import app_commands  # noqa: TID251

__all__ = ["BUTTON_ID", "BareBot", "run_against_double"]

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


async def run_against_double() -> None:
    """Run the bare bot against the API at DISCORD_API_BASE and the gateway at BENCH_GATEWAY."""
    import os

    import yarl

    # A plain Client goes straight to the default gateway: point both at the double.
    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["BENCH_GATEWAY"])
    async with BareBot() as bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


if __name__ == "__main__":  # `python -m benchmarks.bare`: a bare bot process (rows e3, f2)
    import asyncio

    asyncio.run(run_against_double())
