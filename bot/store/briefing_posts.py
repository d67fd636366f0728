"""Each channel's last post of each briefing part, or of an assignment's announcement
(`bot.core.briefing_posts.BriefingPostStore`)."""

from __future__ import annotations

import json
from collections.abc import Collection

from bot.core.briefing_posts import PostRound
from bot.store.records import all_columns, record
from bot.store.sql import Row, SqlDatabase

__all__ = ["SqlBriefingPosts"]

_LAST = (
    f"SELECT {all_columns('briefing_posts')} FROM briefing_posts"
    " WHERE channel_id = :channel AND post_key = :key"
)
_OF_SERVER = (
    f"SELECT {all_columns('briefing_posts')} FROM briefing_posts"
    " WHERE guild_id = :guild AND post_key IN (:keys) ORDER BY post_key, channel_id"
)
_SAVE = (
    "INSERT INTO briefing_posts (channel_id, post_key, guild_id, round, messages, message_ids,"
    " updated_at, began_after, earlier_ids) VALUES (:channel, :key, :guild, :round, :messages,"
    " :ids, :at, :after, :earlier) ON CONFLICT (channel_id, post_key) DO UPDATE SET"
    " guild_id = :guild, round = :round, messages = :messages, message_ids = :ids,"
    " updated_at = :at, began_after = :after, earlier_ids = :earlier"
)


def _post(row: Row) -> PostRound:
    fields = record("briefing_posts", row)
    return PostRound(
        guild_id=fields["guild_id"],
        channel_id=fields["channel_id"],
        key=fields["post_key"],
        round=fields["round"],
        messages=fields["messages"],
        message_ids=tuple(json.loads(fields["message_ids"])),
        updated_at=fields["updated_at"],
        began_after=fields["began_after"],
        earlier=tuple(json.loads(fields["earlier_ids"])),
    )


class SqlBriefingPosts:
    """`BriefingPostStore` in plain SQL."""

    def __init__(self, sql: SqlDatabase) -> None:
        self._sql = sql

    async def last_post(self, channel_id: int, key: str) -> PostRound | None:
        """See the port."""
        row = await self._sql.one(_LAST, {"channel": channel_id, "key": key})
        return None if row is None else _post(row)

    async def posts_under(self, guild_id: int, keys: Collection[str]) -> list[PostRound]:
        """See the port."""
        if not keys:
            return []
        rows = await self._sql.rows(_OF_SERVER, {"guild": guild_id, "keys": list(keys)})
        return [_post(row) for row in rows]

    async def save_post(self, post: PostRound) -> None:
        """See the port."""
        values = {
            "channel": post.channel_id,
            "key": post.key,
            "guild": post.guild_id,
            "round": post.round,
            "messages": post.messages,
            "ids": json.dumps(list(post.message_ids)),
            "at": post.updated_at,
            "after": post.began_after,
            "earlier": json.dumps(list(post.earlier)),
        }
        async with self._sql.transaction(write=True) as tx:
            await tx.execute(_SAVE, values)
