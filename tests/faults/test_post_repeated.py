"""`/post` run again later: after a moderator deleted the post, after Discord forgot the
post's nonces (it keeps them a few minutes), after the moderator's reply was lost.

A post deleted and posted again is a new post (was: the same nonce, which Discord answers
for a deleted message with 404 Unknown Message, so the moderator got an error and no post);
a retry after a failure part-way, or after the moderator's reply was lost, posts nothing
twice however much later it comes (was: past Discord's memory of the nonces the whole
briefing went out again)."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)

POST = {"briefing": "nk-troops-russia", "part": "summary"}


def shown(double: DiscordDouble) -> list:
    """The bot's messages still in #news."""
    return [m for m in double.bot_messages_in(double.news) if not m.deleted]


async def post(double: DiscordDouble) -> str:
    """The moderator's /post of the summary in #news; the reply's text."""
    sent = await double.slash("post", {**POST, "channel": double.news}, user=double.moderator)
    return (await sent.message(timeout=10)).text


def quiz_me_buttons(double: DiscordDouble) -> list:
    """The Quiz me buttons still in #news."""
    return [m for m in posts_in(double, double.news) if not m.deleted]


def no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    assert [r.getMessage() for r in caplog.records if r.exc_info] == [], "no traceback"


async def posted_whole_once_after_nonces_forgotten(double: DiscordDouble) -> None:
    """Discord forgets its nonces, the moderator runs /post again: it says Posted and #news
    holds each of the post's messages once, with one Quiz me button."""
    double.expire_nonces()
    assert "Posted" in await post(double)
    assert len(shown(double)) == 3, "each of its messages once"
    assert len(quiz_me_buttons(double)) == 1


@pytest.mark.timeout(30)
@pytest.mark.parametrize("deleted", ["all", "the last"])
async def test_a_post_deleted_by_a_moderator_is_posted_anew(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture, deleted: str
):
    figures = tally(f"/post again after a moderator deleted {deleted} of it")
    caplog.set_level(logging.WARNING)
    assert "Posted" in await post(discord_double)
    first = shown(discord_double)
    assert len(first) == 3
    for message in first if deleted == "all" else first[-1:]:
        await discord_double.delete(message)
    figures.tried += 1
    told = await post(discord_double)
    assert "Posted" in told, told
    new = [m for m in shown(discord_double) if m not in first]
    assert len(new) == 3, "the whole briefing again, as new messages"
    assert len(quiz_me_buttons(discord_double)) == 1, "one Quiz me button in the channel"
    assert str(new[-1].id) in told, "the reply links the new post"
    figures.survived += 1
    no_traceback(caplog)


@pytest.mark.timeout(30)
async def test_a_retry_after_discord_forgot_the_nonces_posts_only_the_rest(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture
):
    figures = tally("/post, 2nd message's answer lost, retried after Discord forgot nonces")
    caplog.set_level(logging.WARNING)
    route = f"POST /channels/{discord_double.news.id}/messages"
    discord_double.reset_next(route, served=True, after=1)
    assert "try again" in await post(discord_double)
    assert len(shown(discord_double)) == 2
    figures.tried += 1
    await posted_whole_once_after_nonces_forgotten(discord_double)
    figures.survived += 1
    no_traceback(caplog)


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("quick_retries")
async def test_a_retry_after_the_reply_was_lost_shows_the_post_and_posts_nothing(
    discord_double: DiscordDouble, bot: BriefBot, caplog: pytest.LogCaptureFixture
):
    figures = tally("/post, its reply failed (503), retried after Discord forgot nonces")
    caplog.set_level(logging.WARNING)
    lost = discord_double.fail_next("POST /webhooks", times=5, status=503)
    await post(discord_double)
    assert lost.hits, "the moderator's reply failed"
    assert len(shown(discord_double)) == 3
    discord_double.expire_nonces()
    figures.tried += 1
    told = await post(discord_double)
    assert "Already posted" in told and str(shown(discord_double)[-1].id) in told
    assert len(shown(discord_double)) == 3, "not posted twice"
    figures.survived += 1
    no_traceback(caplog)


@pytest.mark.timeout(30)
async def test_a_post_whose_record_failed_on_a_full_disk_goes_on_once_there_is_room(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
):
    figures = tally("/post, disk full after its first message went out, retried later")
    caplog.set_level(logging.WARNING)
    posts = services.store.briefing_posts
    save = posts.save_post
    saves = 0

    async def full_after_the_round(post: object) -> None:
        nonlocal saves
        saves += 1
        if saves > 1:  # the round was kept; its first message went out, then the disk filled
            raise sqlite3.OperationalError("database or disk is full")
        await save(post)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(posts, "save_post", full_after_the_round)
        told = await post(discord_double)
    assert "cannot save" in told and len(shown(discord_double)) == 1, told
    figures.tried += 1
    await posted_whole_once_after_nonces_forgotten(discord_double)
    figures.survived += 1
    no_traceback(caplog)
