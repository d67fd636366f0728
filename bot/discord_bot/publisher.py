"""The Discord side of the core's `Publisher` port: replies posted into channels.

Each page becomes its own message (so a long results table is posted whole), the buttons go
under the last one, and nothing posted can ping anyone. A post is shared by everyone in the
channel, so it follows the server's text-only default (`/settings text_only_default`), not
one student's preference. Discord refusing a post (403 missing permission or access, 404
unknown channel) or failing to take it (a 5xx outage or a 429 that outlasted discord.py's
retries, a dropped or hung connection) becomes the core's `PostRefused`, marked `passing`
when trying again may help: a channel quiz tries such a post again, then ends and its
starter is told, instead of waiting for a question that was never posted.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

import discord

from bot.core.errors import PostRefused
from bot.core.ports import Posted
from bot.core.replies import Reply
from bot.discord_bot.discord_down import describe, is_discord_down, is_html_page
from bot.discord_bot.posting import message_nonce
from bot.discord_bot.render import NO_PINGS, page_message, view_of
from bot.discord_bot.sent_before import sent_since

__all__ = ["DiscordPublisher", "TextOnlyDefault", "refusals_as_core_errors"]

log = logging.getLogger(__name__)


@contextmanager
def refusals_as_core_errors() -> Iterator[None]:
    """Turn Discord's 403 / 404 / 5xx on a post, a 429 past discord.py's waits, or the
    network failing it (a dropped connection, no answer in time), into `PostRefused` (with
    Discord's reason; `passing` for a 5xx, a 429 or the network)."""
    try:
        yield
    except (discord.Forbidden, discord.NotFound, discord.DiscordServerError) as exc:
        reason = (
            describe(exc)
            if is_html_page(exc)
            else f"{exc.status} {exc.text or exc.__class__.__name__}"
        )
        raise PostRefused(reason, passing=exc.status >= 500) from exc
    except Exception as exc:
        if is_discord_down(exc):  # a 429 past discord.py's waits, or the network
            raise PostRefused(describe(exc), passing=True) from exc
        raise


TextOnlyDefault = Callable[[int], Awaitable[bool]]
"""Whether a server (by id) reads in the text-only mode by default."""


class DiscordPublisher:
    """Posts and edits replies in channels by id, through one client."""

    def __init__(self, client: discord.Client, text_only: TextOnlyDefault | None = None) -> None:
        self.client = client
        self.text_only_default = text_only

    async def _text_only(self, channel: object) -> bool:
        """The text-only default of the channel's server (off when it cannot be read)."""
        guild = getattr(channel, "guild", None)
        if self.text_only_default is None or guild is None:
            return False
        try:
            return await self.text_only_default(guild.id)
        except Exception as exc:  # an outage must not stop a post
            log.warning("reading the text-only default of server %s failed: %r", guild.id, exc)
            return False

    def _channel(self, channel_id: int) -> discord.abc.Messageable:
        channel = self.client.get_channel(channel_id)
        if isinstance(channel, discord.abc.Messageable):
            return channel
        return self.client.get_partial_messageable(channel_id)

    async def post(
        self,
        channel_id: int,
        reply: Reply,
        *,
        once: str | None = None,
        since: dt.datetime | None = None,
    ) -> Posted:
        """Every page of `reply` as its own message; the buttons under the last. With `once`,
        each page goes with a nonce Discord enforces (`message_nonce`). With `since`, the
        bot's message showing the whole first page (title and text) sent after then, if the
        channel shows one, is the post (`sent_since`; a failed look fails the post, rather
        than risk a second)."""
        channel = self._channel(channel_id)
        with refusals_as_core_errors():
            me = self.client.user
            if since is not None and me is not None:
                found = await sent_since(channel, me.id, reply.pages[0], since, whole=True)
                if found is not None:
                    return Posted(channel_id, (found.id,))
            return await self._post(channel, channel_id, reply, once)

    async def _post(
        self,
        channel: discord.abc.Messageable,
        channel_id: int,
        reply: Reply,
        once: str | None = None,
    ) -> Posted:
        sent: list[int] = []
        text_only = await self._text_only(channel)
        for number, page in enumerate(reply.pages, start=1):
            last = number == len(reply.pages)
            view = view_of(reply.buttons, text_only=text_only) if last else None
            message = await channel.send(
                **page_message(page, text_only=text_only),
                view=view or discord.utils.MISSING,
                allowed_mentions=NO_PINGS,
                nonce=message_nonce(once, number - 1),
            )
            sent.append(message.id)
        return Posted(channel_id, tuple(sent))

    async def direct(self, user_id: int, reply: Reply) -> None:
        """Every page of `reply` as a direct message to one user."""
        with refusals_as_core_errors():
            user = self.client.get_user(user_id) or await self.client.fetch_user(user_id)
            channel = await user.create_dm()
            await self._post(channel, channel.id, reply)

    async def edit(self, channel_id: int, message_id: int, reply: Reply) -> None:
        """Show the first page and the buttons of `reply` in place of a posted message."""
        channel = self._channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable) or not hasattr(
            channel, "get_partial_message"
        ):
            return
        message = channel.get_partial_message(message_id)
        text_only = await self._text_only(channel)
        with refusals_as_core_errors():
            await message.edit(
                **page_message(reply.pages[0], text_only=text_only),
                view=view_of(reply.buttons, text_only=text_only),
                allowed_mentions=NO_PINGS,
            )
