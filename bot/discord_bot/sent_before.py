"""Finding a message the bot sent whose answer was lost, before sending it again.

Discord enforces a message's nonce for a few minutes only: a try after that (a later tick, a
restart) would post a message Discord took a second time. So such a retry first looks in the
conversation for the bot's message showing the same page (its title, as an embed or as the
first line of the text-only form) sent since the first try. Discord shows no message to a
bot that may not read the channel's history (no Read Message History): then the nonce alone
stands, as before, and one warning line names the channel and the permission to grant
(`history_unreadable`), so that the operator learns why a late retry may post twice; a
resumed channel quiz looks twice in a row (its last results, then its table), so the line is
written once per channel in `WARNED_EVERY`.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

import discord

from bot.core.replies import Page
from bot.discord_bot.render import embed, text_content

__all__ = ["CLOCK_MARGIN", "LOOKED_AT", "WARNED_EVERY", "history_unreadable", "sent_since"]

log = logging.getLogger(__name__)

LOOKED_AT = 50
"""Messages after the first try that are looked at (a reminder is found among the first)."""

CLOCK_MARGIN = dt.timedelta(minutes=1)
"""Looked at from this long before `since`: message ids carry Discord's clock, not ours."""

WARNED_EVERY = 600.0
"""Seconds between two warning lines about one channel's unreadable history."""

_last_warned: dict[int, float] = {}


async def sent_since(
    channel: discord.abc.Messageable,
    author_id: int,
    page: Page,
    since: dt.datetime,
    *,
    whole: bool = False,
) -> discord.Message | None:
    """`author_id`'s message in `channel` created after `since` that shows `page`, if any:
    its title (the text-only form's first line), or with `whole` its title and text too (a
    page whose title another post may share, as every quiz's "Final table").

    Discord failing the look raises (discord.HTTPException, or the network's error): the
    caller counts the try as failed, rather than risk sending twice."""
    if history_unreadable(channel):
        return None
    shown, text = embed(page), text_content(page)
    after = since - CLOCK_MARGIN
    async for message in channel.history(limit=LOOKED_AT, after=after, oldest_first=True):
        if message.author.id == author_id and _shows(message, shown, text, whole=whole):
            return message
    return None


def _shows(message: discord.Message, shown: discord.Embed, text: str, *, whole: bool) -> bool:
    """Whether `message` shows the page rendered as `shown` (or, text-only, as `text`): its
    title or first line, with `whole` its text too (as Discord keeps it: trimmed)."""
    if message.embeds:
        first = message.embeds[0]
        if (first.title or "") != (shown.title or ""):
            return False
        return not whole or (first.description or "").strip() == (shown.description or "").strip()
    if whole:
        return message.content.strip() == text.strip()
    return message.content.split("\n", 1)[0] == text.split("\n", 1)[0]


def history_unreadable(channel: object) -> bool:
    """Whether the bot may not read `channel`'s history, as its cached permissions there say
    (Discord would show it no message); if so, one warning line (at most one a channel in
    `WARNED_EVERY`) says what that risks and what to grant. A channel not in the cache, or
    a DM, is taken as readable."""
    if not isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        return False
    if channel.permissions_for(channel.guild.me).read_message_history:
        return False
    now = time.monotonic()
    if now - _last_warned.get(channel.id, -WARNED_EVERY) < WARNED_EVERY:
        return True
    _last_warned[channel.id] = now
    log.warning(
        "cannot look in #%s (%s) for a message whose answer was lost: no Read Message "
        "History there, so a retry after Discord forgot its nonce may post it twice; grant "
        "my role Read Message History in that channel",
        channel.name,
        channel.id,
    )
    return True
