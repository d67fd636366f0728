"""Withdrawing work or a briefing edits what announced it (`bot.core.withdrawn_posts`), on an
in-memory store and publisher: every kept message once, the others' servers never, and a
message the platform refuses to edit does not stop the rest."""

from __future__ import annotations

import datetime as dt

from bot.core.briefing_posts import BriefingPosts
from bot.core.clock import FakeClock
from bot.core.testing import InMemoryPublisher
from bot.core.withdrawn_posts import WithdrawnPosts
from tests.core.test_briefing_posts import Channel, MemoryPosts

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
HERE, ELSEWHERE = 1, 2
NEWS, CLOSED, OTHER_SERVERS = 10, 11, 20


def _setup() -> tuple[InMemoryPublisher, WithdrawnPosts, BriefingPosts]:
    store, publisher, clock = MemoryPosts(), InMemoryPublisher(), FakeClock(START)
    return publisher, WithdrawnPosts(store, publisher, clock), BriefingPosts(store, clock)


async def _posted(posts: BriefingPosts, guild: int, channel: int, briefing: str, ids) -> None:
    post = await posts.begin(
        guild_id=guild,
        channel_id=channel,
        briefing_id=briefing,
        part="all",
        messages=len(ids),
        began_after=0,
        channel=Channel(),
    )
    for message_id in ids:
        post = await posts.sent(post, message_id)


async def test_a_briefings_posts_in_every_channel_of_its_server_become_the_notice():
    publisher, withdrawn, posts = _setup()
    await _posted(posts, HERE, NEWS, "harbour~1", [101, 102])
    await _posted(posts, HERE, CLOSED, "harbour~1", [103])
    await _posted(posts, ELSEWHERE, OTHER_SERVERS, "harbour~1", [201])
    await _posted(posts, HERE, NEWS, "docks~2", [104])
    publisher.refused.add(CLOSED)  # the bot lost access there: that edit fails, not the rest

    edited = await withdrawn.briefing_withdrawn(HERE, "harbour~1", "Harbour reopens")

    assert edited == 2
    assert sorted(publisher.buttons) == [101, 102]
    notice = publisher.buttons[101]
    assert notice.buttons == () and "“Harbour reopens” was withdrawn" in notice.pages[0].title
    assert await withdrawn.briefing_withdrawn(HERE, "harbour~1", "Harbour reopens") == 0, (
        "nothing is edited twice"
    )


async def test_an_assignments_announcement_and_reminder_are_edited_and_its_neighbours_not():
    publisher, withdrawn, _ = _setup()
    await withdrawn.announced(HERE, NEWS, 7, [301])
    await withdrawn.announced(HERE, NEWS, 7, [302], reminder=True)
    await withdrawn.announced(HERE, NEWS, 8, [303])

    edited = await withdrawn.assignment_withdrawn(HERE, 7, 7, "Harbour reopens")

    assert edited == 2 and sorted(publisher.buttons) == [301, 302]
    body = publisher.buttons[301].pages[0].body
    assert "Harbour reopens" in body and "nothing to start" in body
