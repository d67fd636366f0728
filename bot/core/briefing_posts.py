"""A moderator's post of a briefing's part in a channel, kept so that running it again posts
nothing twice, however much later, and a post deleted is posted anew.

The platform remembers a post's keys only a few minutes (`bot.core.posts.post_key`), so the
store keeps each channel's last post of each briefing part: its round (a new round for a new
post) and the messages of it that went out, each recorded once the platform took it. `/post`
run again then goes on where the last one stopped (it failed part-way), shows the last one
(it went out, the moderator's reply was lost), or starts a new round (it was deleted, or
`SAME_POST_FOR` has passed). A round's messages go under keys of their own, so a new round is
never answered with the messages of the one before.

Before a message goes out the round is kept, after it its message; the one window between
them (the platform took a message, its answer was lost) is closed when the post goes on: the
channel is asked whether that message is there (`ChannelMessages.went_out`), so it is not
sent again after the platform forgot its key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from bot.core.clock import Clock
from bot.core.posts import PostPart, post_key

__all__ = [
    "EARLIER_KEPT",
    "SAME_POST_FOR",
    "BriefingPostStore",
    "BriefingPosts",
    "ChannelMessages",
    "PostRound",
    "new_post_from",
]

SAME_POST_FOR = dt.timedelta(hours=1)
"""How long `/post` of the same briefing part in the same channel is the same post (a retry):
after that, and whenever a message of it was deleted, it is a new post."""
EARLIER_KEPT = 20
"""Messages of a channel's earlier rounds of one post kept to be edited on withdrawal (the
newest): a post repeated every day for weeks keeps its last few weeks."""
ROUNDS = 1000
"""Rounds are told apart in a key modulo this (the platform forgets keys within minutes)."""


@dataclass(frozen=True, slots=True)
class PostRound:
    """One post of a briefing part in a channel: its messages that went out, in order."""

    guild_id: int | None
    channel_id: int
    key: str
    """`post_key` of the briefing and part (or `bot.core.withdrawn_posts.assignment_post_key`:
    an assignment's announcement and reminder, kept to be edited when it is withdrawn)."""
    round: int
    """The how-many-th post of it in the channel: a new one after a deletion or a while."""
    messages: int
    """How many messages the post has."""
    message_ids: tuple[int, ...]
    """The messages of this round the platform took, in order."""
    updated_at: dt.datetime
    began_after: int
    """A platform id older than any message of the round (the command's that began it)."""
    earlier: tuple[int, ...] = ()
    """Messages of the channel's earlier rounds of the same post, oldest first (at most
    `EARLIER_KEPT`): they still invite students, so a withdrawal edits them too."""

    @property
    def finished(self) -> bool:
        """Whether every message of the post went out."""
        return len(self.message_ids) >= self.messages

    @property
    def once(self) -> str:
        """The key this round's messages go under (each with its number), which the platform
        enforces for a few minutes: a round of its own, so a post deleted is posted anew."""
        return f"{self.key}r{self.round % ROUNDS}"


def new_post_from(post: PostRound) -> dt.datetime:
    """When `/post` of the same part in the same channel is a new post again, not a retry of
    this one (unless a message of it is deleted first)."""
    return post.updated_at + SAME_POST_FOR


class BriefingPostStore(Protocol):
    """Each channel's last post of each briefing part."""

    async def last_post(self, channel_id: int, key: str) -> PostRound | None:
        """The channel's last post under this key, if any."""
        ...

    async def save_post(self, post: PostRound) -> None:
        """Keep `post` as the channel's last post under its key (replacing the one before)."""
        ...

    async def posts_under(self, guild_id: int, keys: Collection[str]) -> list[PostRound]:
        """Every channel's last post of this server under any of `keys`."""
        ...


class ChannelMessages(Protocol):
    """The platform's answers about the messages of a post in its channel."""

    async def deleted(self, message_ids: Sequence[int]) -> bool:
        """Whether any of these messages was deleted."""
        ...

    async def went_out(self, number: int, after: int) -> int | None:
        """The id of the post's message `number` (from 0) if it is in the channel after the
        message (or command) `after`, though its answer was lost; None if it is not."""
        ...


class BriefingPosts:
    """Decides what `/post` sends and records each message that went out."""

    def __init__(self, store: BriefingPostStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    async def begin(
        self,
        *,
        guild_id: int | None,
        channel_id: int,
        briefing_id: str,
        part: PostPart,
        messages: int,
        began_after: int,
        channel: ChannelMessages,
    ) -> PostRound:
        """The round to post: the last one, to go on with (failed part-way, the message whose
        answer was lost recorded if the channel shows it) or to show as it is (`finished`: it
        went out, the moderator's reply was lost), or a new one, kept before anything is sent
        (the first; a message of the last deleted; the post changed; `SAME_POST_FOR` past).
        `began_after`: the platform's id of the command asking."""
        key = post_key(briefing_id, part)
        now = self.clock.now()
        last = await self.store.last_post(channel_id, key)
        if last is not None and not await self._over(last, messages, now, channel):
            if last.finished:
                return last
            after = last.message_ids[-1] if last.message_ids else last.began_after
            taken = await channel.went_out(len(last.message_ids), after)
            return last if taken is None else await self.sent(last, taken)
        new = PostRound(
            guild_id=guild_id,
            channel_id=channel_id,
            key=key,
            round=1 if last is None else last.round + 1,
            messages=messages,
            message_ids=(),
            updated_at=now,
            began_after=began_after,
            earlier=() if last is None else (*last.earlier, *last.message_ids)[-EARLIER_KEPT:],
        )
        await self.store.save_post(new)
        return new

    async def _over(
        self, last: PostRound, messages: int, now: dt.datetime, channel: ChannelMessages
    ) -> bool:
        """Whether `last` is done with: a new post starts instead of it."""
        if last.messages != messages or now - last.updated_at > SAME_POST_FOR:
            return True
        return bool(last.message_ids) and await channel.deleted(last.message_ids)

    async def sent(self, post: PostRound, message_id: int) -> PostRound:
        """Record a message of `post` the platform took (before anything else is done)."""
        done = replace(
            post, message_ids=(*post.message_ids, message_id), updated_at=self.clock.now()
        )
        await self.store.save_post(done)
        return done
