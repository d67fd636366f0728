"""The Discord side of the core's `ReminderSender`: a direct message with "Review now"."""

from __future__ import annotations

import datetime as dt

import discord

from bot.core.errors import DirectMessagesClosed
from bot.core.preferences import PreferencesService
from bot.core.replies import Button, ButtonStyle, Reply
from bot.discord_bot.custom_ids import REVIEW_NOW
from bot.discord_bot.posting import message_nonce
from bot.discord_bot.render import NO_PINGS, page_message, view_of
from bot.discord_bot.sent_before import sent_since
from bot.i18n import _

__all__ = ["CANNOT_MESSAGE_USER", "DiscordReminderSender"]

CANNOT_MESSAGE_USER = 50007
"""Discord's code for a direct message the user does not accept (DMs closed, bot blocked)."""


class DiscordReminderSender:
    """Sends a reminder as a direct message with a "Review now" button."""

    def __init__(
        self, client: discord.Client, preferences: PreferencesService | None = None
    ) -> None:
        self.client = client
        self.preferences = preferences

    async def send_reminder(
        self,
        user_id: int,
        reply: Reply,
        *,
        once: str | None = None,
        since: dt.datetime | None = None,
    ) -> None:
        """DM the student (with `once`, under that enforced nonce: `message_nonce`; with
        `since`, not when the DMs hold that reminder since then: `sent_since`);
        `DirectMessagesClosed` when Discord refuses (their DMs closed to the bot),
        discord.HTTPException for another failure (a failed look too)."""
        user = self.client.get_user(user_id) or await self.client.fetch_user(user_id)
        if since is not None and self.client.user is not None:
            channel = user.dm_channel or await user.create_dm()
            if await sent_since(channel, self.client.user.id, reply.pages[0], since):
                return
        button = Button("review", _("Review now"), REVIEW_NOW.build(), ButtonStyle.PRIMARY)
        text_only = await self.text_only(user_id)
        try:
            await user.send(
                **page_message(reply.pages[0], text_only=text_only),
                view=view_of((button,), text_only=text_only) or discord.utils.MISSING,
                allowed_mentions=NO_PINGS,
                nonce=message_nonce(once, 0),
            )
        except discord.Forbidden as exc:
            if exc.code == CANNOT_MESSAGE_USER:
                raise DirectMessagesClosed(f"403 {exc.text}") from exc
            raise

    async def text_only(self, user_id: int) -> bool:
        """Whether the student reads in the text-only mode (their own choice; a DM has no
        server to take a default from)."""
        if self.preferences is None:
            return False
        return (await self.preferences.effective(user_id, None)).text_only
