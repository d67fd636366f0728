"""A channel that refuses the bot's posts (403 Missing Permissions) never leaves a channel
quiz stuck: the quiz ends, its starter is told privately, and a new quiz can start."""

from __future__ import annotations

from tests.discord_double import DiscordDouble, Overwrite, Perm


async def test_a_channel_quiz_in_a_channel_that_refuses_posts_ends_and_tells_the_starter(
    discord_double: DiscordDouble, bot, services
):
    locked = await discord_double.add_channel(
        "locked",
        overwrites=[Overwrite(discord_double.bot_user.id, 1, deny=int(Perm.SEND_MESSAGES))],
    )
    options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": 2}
    started = await discord_double.slash(
        "quiz", options, user=discord_double.moderator, channel=locked
    )
    await started.response(timeout=10)
    told = await discord_double.wait_for(
        lambda: (
            [m for m in discord_double.dms_to(discord_double.moderator) if "stopped" in m.text]
            or None
        ),
        timeout=10,
    )
    assert "could not post" in told[0].text
    assert told[0].allowed_mentions == {"parse": []}
    posted = discord_double.bot_messages_in(locked)  # only the reply to /quiz itself
    assert not any(b.get("custom_id", "").startswith("bb:qg:") for m in posted for b in m.buttons)
    assert services.study.group == {}, "the session is closed, not left in memory"
    assert await services.store.active_sessions(services.clock.now(), kind="channel") == []
