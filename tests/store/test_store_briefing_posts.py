"""Each channel's last /post of each briefing part, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

from store_helpers import NOW

from bot.core.briefing_posts import PostRound
from bot.core.store_port import AppStore

BIG = 1_575_663_608_233_197_572
"""A Discord id past 32 bits."""
ROUND = PostRound(
    guild_id=BIG,
    channel_id=BIG + 1,
    key="p0123456789abcdef",
    round=1,
    messages=3,
    message_ids=(),
    updated_at=NOW,
    began_after=BIG + 2,
)
"""A post's first round before any of its messages went out."""


async def test_a_post_round_trips_and_the_next_round_replaces_it(store: AppStore) -> None:
    posts = store.briefing_posts
    first = ROUND
    assert await posts.last_post(first.channel_id, first.key) is None
    await posts.save_post(first)
    sent = dataclasses.replace(first, message_ids=(BIG + 3, BIG + 4))
    await posts.save_post(sent)
    assert await posts.last_post(first.channel_id, first.key) == sent
    assert await posts.last_post(first.channel_id + 1, first.key) is None
    assert await posts.last_post(first.channel_id, "pother") is None
    second = dataclasses.replace(first, round=2, message_ids=(BIG + 9,))
    await posts.save_post(second)
    assert await posts.last_post(first.channel_id, first.key) == second


async def test_a_servers_posts_under_some_keys_are_found_in_every_channel(store: AppStore) -> None:
    """What withdrawing a briefing or work edits: its posts in each channel of that server,
    never another server's, never another key's."""
    posts = store.briefing_posts
    here = dataclasses.replace(ROUND, key="a7", messages=1, message_ids=(BIG + 3,))
    there = dataclasses.replace(here, channel_id=BIG + 2, message_ids=(BIG + 4,))
    other_key = dataclasses.replace(here, key="a8")
    other_server = dataclasses.replace(here, guild_id=BIG + 100, channel_id=BIG + 101)
    for post in (here, there, other_key, other_server):
        await posts.save_post(post)

    assert await posts.posts_under(BIG, ["a7", "p-none"]) == [here, there]
    assert await posts.posts_under(BIG + 100, ["a7"]) == [other_server]
    assert await posts.posts_under(BIG, []) == []
