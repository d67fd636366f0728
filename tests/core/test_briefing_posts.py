"""`/post`'s rules for running it again (`bot.core.briefing_posts`), on an in-memory store
and a fake channel: when it is the same post, when a new one, what a retry records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from bot.core.briefing_posts import EARLIER_KEPT, SAME_POST_FOR, BriefingPosts, PostRound
from bot.core.clock import FakeClock

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


class MemoryPosts:
    def __init__(self) -> None:
        self.posts: dict[tuple[int, str], PostRound] = {}

    async def last_post(self, channel_id: int, key: str) -> PostRound | None:
        return self.posts.get((channel_id, key))

    async def save_post(self, post: PostRound) -> None:
        self.posts[(post.channel_id, post.key)] = post

    async def posts_under(self, guild_id: int, keys: Collection[str]) -> list[PostRound]:
        return [p for p in self.posts.values() if p.guild_id == guild_id and p.key in keys]


class Channel:
    """Messages deleted, and the one whose answer was lost if Discord took it."""

    def __init__(self) -> None:
        self.gone: set[int] = set()
        self.lost: dict[int, int] = {}
        self.looked_after: list[int] = []

    async def deleted(self, message_ids: Sequence[int]) -> bool:
        return bool(self.gone & set(message_ids))

    async def went_out(self, number: int, after: int) -> int | None:
        self.looked_after.append(after)
        return self.lost.get(number)


async def begin(posts: BriefingPosts, channel: Channel, messages: int = 3) -> PostRound:
    return await posts.begin(
        guild_id=1,
        channel_id=5,
        briefing_id="mini",
        part="summary",
        messages=messages,
        began_after=100,
        channel=channel,
    )


async def post_all(posts: BriefingPosts, post: PostRound, first_id: int) -> PostRound:
    for n in range(len(post.message_ids), post.messages):
        post = await posts.sent(post, first_id + n)
    return post


async def test_a_finished_post_is_shown_until_deleted_or_an_hour_later() -> None:
    clock, channel = FakeClock(START), Channel()
    posts = BriefingPosts(MemoryPosts(), clock)
    first = await post_all(posts, await begin(posts, channel), 200)
    again = await begin(posts, channel)
    assert again == first and again.finished, "the reply was lost: shown, nothing sent"
    channel.gone.add(201)
    anew = await begin(posts, channel)
    assert (anew.round, anew.message_ids, anew.once) == (2, (), f"{first.key}r2")
    second = await post_all(posts, anew, 300)
    clock.advance(SAME_POST_FOR.total_seconds() + 1)
    assert (await begin(posts, channel)).round == 3, "a while later it is a new post"
    assert (await begin(posts, channel, messages=4)).round == 4, "so is a changed one"
    assert second.once != first.once


async def test_a_post_failed_part_way_goes_on_and_records_the_message_whose_answer_was_lost():
    channel = Channel()
    posts = BriefingPosts(MemoryPosts(), FakeClock(START))
    post = await posts.sent(await begin(posts, channel), 200)
    assert (await begin(posts, channel)).message_ids == (200,)
    assert channel.looked_after == [200], "looked for message 1 after message 0"
    channel.lost[1] = 201
    resumed = await begin(posts, channel)
    assert resumed.message_ids == (200, 201) and resumed.round == post.round
    assert (await begin(posts, channel)).message_ids == (200, 201), "kept"


async def test_a_new_round_keeps_the_earlier_rounds_messages_the_newest_few() -> None:
    """Each new post of the same part in a channel keeps the messages of the ones before it,
    so a withdrawal reaches them too; only the newest EARLIER_KEPT, however often it ran."""
    clock = FakeClock(START)
    posts, channel = BriefingPosts(MemoryPosts(), clock), Channel()
    sent: list[int] = []
    for number in range(EARLIER_KEPT + 5):
        post = await begin(posts, channel, messages=1)
        assert post.earlier == tuple(sent[-EARLIER_KEPT:])
        await posts.sent(post, 1000 + number)
        sent.append(1000 + number)
        clock.advance(SAME_POST_FOR.total_seconds() + 1)
