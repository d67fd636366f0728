"""A channel that starts refusing the bot's posts (403, a permission taken away) never leaves a
channel quiz stuck: the quiz ends, its starter is told privately, nothing is left open."""

from __future__ import annotations

from tests.discord_double import DiscordDouble


async def test_a_channel_quiz_whose_channel_refuses_posts_ends_and_tells_the_starter(
    discord_double: DiscordDouble, bot, services
):
    options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": 2}
    news = discord_double.news
    await (
        await discord_double.slash("quiz", options, user=discord_double.moderator, channel=news)
    ).response(timeout=10)
    question = await discord_double.wait_for_message(
        news, lambda m: "Question 1/2" in m.text, timeout=10
    )
    refused = discord_double.fail_next(f"POST /channels/{news.id}/messages", times=50, status=403)
    close = await discord_double.click(
        question, label="Close question", user=discord_double.moderator
    )
    await close.response(timeout=10)
    told = await discord_double.wait_for(
        lambda: (
            [m for m in discord_double.dms_to(discord_double.moderator) if "stopped" in m.text]
            or None
        ),
        timeout=10,
    )
    assert refused.hits, "the channel did refuse"
    assert "could not post" in told[0].text
    assert told[0].allowed_mentions == {"parse": []}
    assert services.study.group == {}, "the session is closed, not left in memory"
    assert await services.store.sessions.active_sessions(services.clock.now(), kind="channel") == []
