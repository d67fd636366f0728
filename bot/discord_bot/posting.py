"""Posting a briefing into a channel: permission checks, embeds, and the two lasting buttons.

The buttons carry `b1:qz:<briefing>` ("Quiz me") and `b1:nt:<briefing>` ("Sources & notes"),
so they reach the router after any restart; the moderation cog handles them.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.core.models import Briefing
from bot.core.paginate import fit_reply
from bot.core.posts import PostPart, briefing_post, group_pages, group_texts
from bot.core.replies import Button, ButtonStyle, Reply
from bot.discord_bot.custom_ids import QUIZ_ME, SOURCES
from bot.discord_bot.limits import EMBED_TOTAL, EMBEDS_PER_MESSAGE, MESSAGE_CONTENT
from bot.discord_bot.render import NO_PINGS, embed, text_content, view_of
from bot.discord_bot.sent_before import history_unreadable
from bot.discord_bot.text_only import TEXT_PAGE
from bot.i18n import N_, _, ngettext

__all__ = [
    "IN_THREADS",
    "LOOKS_BACK",
    "NEEDED",
    "PostInChannel",
    "Postable",
    "briefing_messages",
    "cannot_post",
    "message_nonce",
    "missing_permissions",
    "needed_to_post",
    "post_buttons",
    "post_refused",
    "same_embed",
    "send_briefing",
]

log = logging.getLogger(__name__)

NEEDED = {
    "view_channel": N_("View Channel"),
    "send_messages": N_("Send Messages"),
    "embed_links": N_("Embed Links"),
}
"""The permissions the bot needs in a channel to post there, with the names Discord shows."""

IN_THREADS = {"send_messages_in_threads": N_("Send Messages in Threads")}
"""What the bot needs besides `NEEDED` to post in a thread (the invite asks for both)."""

LOOKS_BACK = {"read_message_history": "Read Message History"}
"""What the invite asks for besides, though posting does not need it: to find in a channel a
message Discord took whose answer was lost, so that a late retry does not post it twice
(`bot.discord_bot.sent_before`)."""

Postable = discord.TextChannel | discord.Thread
Message = tuple[dict[str, Any], discord.ui.View | None]
"""One message of a post: what it sends (`embeds`, or a text-only post's `content`) and
the buttons under it."""


def needed_to_post(
    channel: discord.abc.GuildChannel | discord.Thread, *, text_only: bool
) -> dict[str, str]:
    """The permissions posting in `channel` takes: a thread's include `IN_THREADS`; a
    text-only server's posts have no embed, so they take no Embed Links."""
    needed = {**NEEDED, **IN_THREADS} if isinstance(channel, discord.Thread) else dict(NEEDED)
    if text_only:
        del needed["embed_links"]
    return needed


def missing_permissions(
    channel: discord.abc.GuildChannel | discord.Thread, *, text_only: bool
) -> list[str]:
    """What the bot lacks to post in `channel` (names as Discord shows them); `text_only`:
    the server's shared posts are plain text (`/settings text_only_default`)."""
    perms = channel.permissions_for(channel.guild.me)
    return [
        name
        for flag, name in needed_to_post(channel, text_only=text_only).items()
        if not getattr(perms, flag)
    ]


def post_refused(channel: discord.abc.GuildChannel | discord.Thread, *, text_only: bool) -> str:
    """A sentence for Discord refusing a post the permission check let through: the
    permissions posting there takes (a thread's included), to check on the bot's role."""
    names = ", ".join(_(name) for name in needed_to_post(channel, text_only=text_only).values())
    return _(
        "Discord refused my post in {channel}: check my role's permissions there ({names})."
    ).format(channel=channel.mention, names=names)


def post_not_taken(
    channel: discord.abc.GuildChannel | discord.Thread, *, nothing_posted: bool
) -> str:
    """A sentence for Discord failing a post in a way that may pass (a 5xx, a 429 past
    discord.py's waits, the network): what is in the channel, and that running the command
    again posts only what is missing (each message goes under its own nonce and is kept)."""
    if nothing_posted:
        return _(
            "Discord did not take my post in {channel} just now, so nothing was posted there. "
            "Please try again in a moment."
        ).format(channel=channel.mention)
    return _(
        "Discord did not take all of my post in {channel} just now: part of it may be there. "
        "Please try again in a moment: running the same command again posts only what is "
        "missing, never a message twice."
    ).format(channel=channel.mention)


def cannot_post(channel: discord.abc.GuildChannel | discord.Thread, missing: list[str]) -> str:
    """A sentence telling a moderator which permissions to grant, and where."""
    names = ", ".join(_(name) for name in missing)
    return ngettext(
        "I cannot post in {channel}: I am missing the {names} permission there. A server admin "
        "can grant it to my role in the channel's settings (Edit Channel > Permissions).",
        "I cannot post in {channel}: I am missing the {names} permissions there. A server admin "
        "can grant them to my role in the channel's settings (Edit Channel > Permissions).",
        len(missing),
    ).format(channel=channel.mention, names=names)


def post_buttons(briefing: Briefing) -> tuple[Button, ...]:
    """ "Quiz me" (when the briefing has questions) and "Sources & notes" for a post."""
    notes = Button("notes", _("Sources & notes"), SOURCES.build(briefing.id))
    if not briefing.questions:
        return (notes,)
    return (Button("quiz", _("Quiz me"), QUIZ_ME.build(briefing.id), ButtonStyle.PRIMARY), notes)


def briefing_messages(
    briefing: Briefing, part: PostPart, *, text_only: bool = False
) -> list[Message]:
    """The post as messages of embeds, or, in a server whose shared posts are text only
    (`/settings text_only_default`), as plain text, as many pages a message as fit; the
    buttons go under the last one."""
    if text_only:
        pages = briefing_post(briefing, part, TEXT_PAGE)
        # the closing line may take a last page past its limit: fitted, as any reply
        fitted = fit_reply(Reply(tuple(pages)), TEXT_PAGE).pages
        texts = group_texts([text_content(page) for page in fitted], characters=MESSAGE_CONTENT)
        return [
            (
                {"content": text},
                view_of(post_buttons(briefing), text_only=True) if n == len(texts) else None,
            )
            for n, text in enumerate(texts, start=1)
        ]
    pages = briefing_post(briefing, part)
    groups = group_pages(pages, per_message=EMBEDS_PER_MESSAGE, characters=EMBED_TOTAL)
    messages: list[Message] = []
    for number, group in enumerate(groups, start=1):
        view = view_of(post_buttons(briefing)) if number == len(groups) else None
        messages.append(({"embeds": [embed(page) for page in group]}, view))
    return messages


def message_nonce(key: str | None, n: int) -> str | int:
    """The nonce of a post's message `n` (from 0): `{key}.{n}`, which Discord enforces (sent
    again within a few minutes, the message it has comes back); without a key, a random one,
    as discord.py picks."""
    return secrets.randbits(64) if key is None else f"{key}.{n}"


HISTORY = 100
"""Messages after the last one recorded that are looked at for one whose answer was lost."""


class PostInChannel:
    """`bot.core.briefing_posts.ChannelMessages` for a briefing's post in a Discord channel."""

    def __init__(self, channel: Postable, messages: Sequence[Message]) -> None:
        self.channel = channel
        self.messages = messages

    async def deleted(self, message_ids: Sequence[int]) -> bool:
        """See the port. An answer other than 404 (no Read Message History, an outage) is one
        warning line and counts as there: nothing is posted twice."""
        for message_id in reversed(message_ids):
            try:
                await self.channel.fetch_message(message_id)
            except discord.NotFound:
                return True
            except discord.HTTPException as exc:
                log.warning("cannot tell whether message %s is still there: %s", message_id, exc)
                return False
        return False

    async def went_out(self, number: int, after: int) -> int | None:
        """See the port: our message after `after` whose first embed is the one message
        `number` starts with (its title and text). A failed look is one warning line and
        None: Discord's nonce still stops a second post for a few minutes."""
        if history_unreadable(self.channel):
            return None
        try:
            return await self._find(number, after)
        except discord.HTTPException as exc:
            log.warning("cannot look for a message of a post in the channel: %s", exc)
        return None

    async def laid_out_alike(self, posted: int, after: int) -> bool:
        """Whether the `posted` messages a retry would skip are this post's as laid out now:
        the last of them is in the channel after `after` as message `posted - 1` starts
        (False when text only was turned on or off, the briefing reloaded or the bot upgraded
        since, which cut the post into other messages). A failed look, or a channel whose
        history the bot may not read, counts as alike, as before: nothing is posted twice."""
        if posted == 0:
            return True
        if posted > len(self.messages):
            return False
        if history_unreadable(self.channel):
            return True
        try:
            return await self._find(posted - 1, after) is not None
        except discord.HTTPException as exc:
            log.warning("cannot look for a message of a post in the channel: %s", exc)
            return True

    async def _find(self, number: int, after: int) -> int | None:
        """The id of our message after `after` starting as message `number` does."""
        expected = self.messages[number][0]
        me = self.channel.guild.me
        async for message in self.channel.history(
            limit=HISTORY, after=discord.Object(after), oldest_first=True
        ):
            if message.author.id == me.id and _starts_alike(message, expected):
                return message.id
        return None


def _starts_alike(message: discord.Message, expected: dict[str, Any]) -> bool:
    """Whether `message` starts as a post's message that sends `expected` does: its first
    embed, or a text-only message's text (as Discord keeps them: trimmed)."""
    if "embeds" in expected:
        return bool(message.embeds) and same_embed(message.embeds[0], expected["embeds"][0])
    return (message.content or "").strip() == str(expected.get("content", "")).strip()


def same_embed(one: discord.Embed, other: discord.Embed) -> bool:
    """Whether two embeds have the same title and text (as Discord keeps them: trimmed)."""
    return (one.title or "").strip() == (other.title or "").strip() and (
        one.description or ""
    ).strip() == (other.description or "").strip()


async def send_briefing(
    channel: Postable,
    briefing: Briefing,
    part: PostPart,
    *,
    skip: int = 0,
    on_sent: Callable[[discord.Message], Awaitable[None]] | None = None,
    nonce: str | None = None,
    text_only: bool = False,
) -> list[discord.Message]:
    """Post the briefing in `channel`; returns the messages sent, the one with buttons last.

    `skip`: how many of its first messages went out already (a retry sends the rest);
    `on_sent` is awaited with each message sent (to keep how far the post got). With a
    `nonce`, message n goes with the nonce `{nonce}.{n}` that Discord enforces: sent again
    within a few minutes (its process stopped before it heard back), Discord returns the
    message it already has instead of posting it twice. `text_only`: the server's shared
    posts are plain text (`briefing_messages`)."""
    sent = []
    messages = briefing_messages(briefing, part, text_only=text_only)
    for n, (content, view) in enumerate(messages[skip:], start=skip):
        message = await channel.send(
            **content,
            view=view or discord.utils.MISSING,
            allowed_mentions=NO_PINGS,
            nonce=message_nonce(nonce, n),
        )
        sent.append(message)
        if on_sent is not None:
            await on_sent(message)
    return sent
