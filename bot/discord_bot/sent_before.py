"""Finding a message the bot sent whose answer was lost, before sending it again.

Discord enforces a message's nonce for a few minutes only: a try after that (a later tick, a
restart) would post a message Discord took a second time. So such a retry first looks in the
conversation for the bot's message showing the same page (its title, as an embed or as the
first line of the text-only form) sent since the first try. Discord leaves out messages the
bot may not read (no Read Message History): then the nonce alone stands, as before.
"""

from __future__ import annotations

import datetime as dt

import discord

from bot.core.replies import Page
from bot.discord_bot.render import embed, text_content

__all__ = ["CLOCK_MARGIN", "LOOKED_AT", "sent_since"]

LOOKED_AT = 50
"""Messages after the first try that are looked at (a reminder is found among the first)."""

CLOCK_MARGIN = dt.timedelta(minutes=1)
"""Looked at from this long before `since`: message ids carry Discord's clock, not ours."""


async def sent_since(
    channel: discord.abc.Messageable, author_id: int, page: Page, since: dt.datetime
) -> discord.Message | None:
    """`author_id`'s message in `channel` created after `since` that shows `page`, if any.

    Discord failing the look raises (discord.HTTPException, or the network's error): the
    caller counts the try as failed, rather than risk sending twice."""
    title = embed(page).title or ""
    first_line = text_content(page).split("\n", 1)[0]
    after = since - CLOCK_MARGIN
    async for message in channel.history(limit=LOOKED_AT, after=after, oldest_first=True):
        if message.author.id != author_id:
            continue
        if message.embeds and (message.embeds[0].title or "") == title:
            return message
        if not message.embeds and message.content.split("\n", 1)[0] == first_line:
            return message
    return None
