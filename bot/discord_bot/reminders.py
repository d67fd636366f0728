"""The Discord side of the core's `ReminderSender`: a direct message with "Review now"."""

from __future__ import annotations

import discord

from bot.core.preferences import PreferencesService
from bot.core.replies import Button, ButtonStyle, Reply
from bot.discord_bot.custom_ids import REVIEW_NOW
from bot.discord_bot.render import NO_PINGS, page_message, view_of
from bot.i18n import _

__all__ = ["DiscordReminderSender"]


class DiscordReminderSender:
    """Sends a reminder as a direct message with a "Review now" button."""

    def __init__(
        self, client: discord.Client, preferences: PreferencesService | None = None
    ) -> None:
        self.client = client
        self.preferences = preferences

    async def send_reminder(self, user_id: int, reply: Reply) -> None:
        """DM the student; raises discord.HTTPException when their DMs are closed."""
        user = self.client.get_user(user_id) or await self.client.fetch_user(user_id)
        button = Button("review", _("Review now"), REVIEW_NOW.build(), ButtonStyle.PRIMARY)
        text_only = await self.text_only(user_id)
        await user.send(
            **page_message(reply.pages[0], text_only=text_only),
            view=view_of((button,), text_only=text_only) or discord.utils.MISSING,
            allowed_mentions=NO_PINGS,
        )

    async def text_only(self, user_id: int) -> bool:
        """Whether the student reads in the text-only mode (their own choice; a DM has no
        server to take a default from)."""
        if self.preferences is None:
            return False
        return (await self.preferences.effective(user_id, None)).text_only
