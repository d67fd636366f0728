"""The Discord side of the core's `ReminderSender`: a direct message with "Review now"."""

from __future__ import annotations

import discord

from bot.core.replies import Button, ButtonStyle, Reply
from bot.discord_bot.custom_ids import REVIEW_NOW
from bot.discord_bot.render import NO_PINGS, embed, view_of
from bot.i18n import _

__all__ = ["DiscordReminderSender"]


class DiscordReminderSender:
    """Sends a reminder as a direct message with a "Review now" button."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send_reminder(self, user_id: int, reply: Reply) -> None:
        """DM the student; raises discord.HTTPException when their DMs are closed."""
        user = self.client.get_user(user_id) or await self.client.fetch_user(user_id)
        button = Button("review", _("Review now"), REVIEW_NOW.build(), ButtonStyle.PRIMARY)
        await user.send(
            embed=embed(reply.pages[0]),
            view=view_of((button,)) or discord.utils.MISSING,
            allowed_mentions=NO_PINGS,
        )
