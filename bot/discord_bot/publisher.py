"""The Discord side of the core's `Publisher` port: replies posted into channels.

Each page becomes its own message (so a long results table is posted whole), the buttons go
under the last one, and nothing posted can ping anyone.
"""

from __future__ import annotations

import discord

from bot.core.ports import Posted
from bot.core.replies import Reply
from bot.discord_bot.render import NO_PINGS, embed, view_of

__all__ = ["DiscordPublisher"]


class DiscordPublisher:
    """Posts and edits replies in channels by id, through one client."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def _channel(self, channel_id: int) -> discord.abc.Messageable:
        channel = self.client.get_channel(channel_id)
        if isinstance(channel, discord.abc.Messageable):
            return channel
        return self.client.get_partial_messageable(channel_id)

    async def post(self, channel_id: int, reply: Reply) -> Posted:
        """Every page of `reply` as its own message; the buttons under the last."""
        channel = self._channel(channel_id)
        sent: list[int] = []
        for number, page in enumerate(reply.pages, start=1):
            last = number == len(reply.pages)
            view = view_of(reply.buttons) if last else None
            message = await channel.send(
                embed=embed(page),
                view=view or discord.utils.MISSING,
                allowed_mentions=NO_PINGS,
            )
            sent.append(message.id)
        return Posted(channel_id, tuple(sent))

    async def edit(self, channel_id: int, message_id: int, reply: Reply) -> None:
        """Show the first page and the buttons of `reply` in place of a posted message."""
        channel = self._channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable) or not hasattr(
            channel, "get_partial_message"
        ):
            return
        message = channel.get_partial_message(message_id)
        await message.edit(
            embed=embed(reply.pages[0]),
            view=view_of(reply.buttons),
            allowed_mentions=NO_PINGS,
        )
