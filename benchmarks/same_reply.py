"""The reference of rows a: a bare discord.py bot that sends the same reply as ours.

`SameReplyBot` is given, per kind of request, the reply our bot sent (the interaction
callback's body, recorded in the same run). Its one slash command `/reply kind` and every
button click answer with that reply, built the ordinary discord.py way for each request: a
`discord.Embed` from its parts and a stopped `discord.ui.View` of `discord.ui.Button`s, sent
with `allowed_mentions` none, as a new message (`/reply`) or as an edit of the clicked one
(a click). `same_reply` checks that what it sent is what ours sent, so the ratio of a row
measures our overhead and not discord.py's cost of a bigger reply.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import discord  # noqa: TID251 - benchmarks drive discord.py directly
from discord import app_commands  # noqa: TID251

__all__ = ["CLICK", "SameReplyBot", "same_reply"]

CLICK = "click"
"""The kind whose reply answers every button click (an edit of the clicked message)."""
_EPHEMERAL = 64
_COMPARED = ("embeds", "components", "flags", "allowed_mentions", "content")


def _embed(data: Mapping[str, Any]) -> discord.Embed:
    embed = discord.Embed(
        title=data.get("title"), description=data.get("description"), colour=data.get("color")
    )
    for field in data.get("fields") or []:
        embed.add_field(name=field["name"], value=field["value"], inline=field["inline"])
    if data.get("footer"):
        embed.set_footer(text=data["footer"]["text"])
    return embed


def _view(rows: list[Mapping[str, Any]]) -> discord.ui.View | None:
    if not rows:
        return None
    view = discord.ui.View(timeout=None)
    for number, row in enumerate(rows):
        for button in row["components"]:
            view.add_item(
                discord.ui.Button(
                    label=button.get("label"),
                    custom_id=button["custom_id"],
                    style=discord.ButtonStyle(button["style"]),
                    disabled=button.get("disabled", False),
                    row=number,
                )
            )
    view.stop()
    return view


def _parts(data: Mapping[str, Any]) -> dict[str, Any]:
    embeds = [_embed(e) for e in data.get("embeds") or []]
    view = _view(data.get("components") or [])
    return {"embeds": embeds, "view": view or discord.utils.MISSING}


class SameReplyBot(discord.Client):
    """`/reply kind` sends `replies[kind]`; a click edits its message to `replies["click"]`."""

    def __init__(self, replies: Mapping[str, Mapping[str, Any]]) -> None:
        super().__init__(intents=discord.Intents.none())
        self.replies = replies
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="reply", description="Send a recorded reply")
        async def reply(interaction: discord.Interaction, kind: str) -> None:
            data = self.replies[kind]
            await interaction.response.send_message(
                ephemeral=bool(int(data.get("flags") or 0) & _EPHEMERAL),
                allowed_mentions=discord.AllowedMentions.none(),
                **_parts(data),
            )

    async def setup_hook(self) -> None:
        """Register the command, as a real bot does at start-up."""
        await self.tree.sync()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A button click: edit the clicked message to the recorded click reply."""
        if interaction.type == discord.InteractionType.component:
            parts = _parts(self.replies[CLICK])
            await interaction.response.edit_message(
                embeds=parts["embeds"],
                view=parts["view"] or None,
                allowed_mentions=discord.AllowedMentions.none(),
            )


def same_reply(sent: Mapping[str, Any], recorded: Mapping[str, Any]) -> bool:
    """Whether a callback body `sent` shows the same message as the `recorded` one."""
    return all((sent.get(key) or None) == (recorded.get(key) or None) for key in _COMPARED)
