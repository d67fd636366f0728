"""Channel quizzes as a class meets them: where they may run, what they show, who stops them."""

from __future__ import annotations

from tests.discord_double import Overwrite, Perm


async def test_a_channel_quiz_where_the_bot_cannot_post_is_refused_first(
    discord_double, bot, services
):
    locked = await discord_double.add_channel(
        "locked",
        overwrites=[Overwrite(discord_double.bot_user.id, 1, deny=int(Perm.EMBED_LINKS))],
    )
    itx = await discord_double.slash(
        "quiz", {"briefing": "mini", "mode": "channel", "timer": 0}, channel=locked
    )
    reply = await itx.response()
    assert reply.ephemeral
    assert "missing the Embed Links permission" in reply.message.text
    assert "went wrong" not in reply.message.text
    assert services.study.group == {}
    assert discord_double.bot_messages_in(locked) == []
