"""A retry that looks in the channel for what it already posted, where the bot may not read
the channel's history (no Read Message History: Discord shows it no message at all).

The look (a channel quiz's final table after a restart, `/post` and reminders retried late)
finds nothing there, so only Discord's nonce, kept a few minutes, stops a second post; a
restart later than that posts the table again. Nothing in the bot can tell otherwise, but
the operator is now told why, once per channel (a resumed quiz looks for its last results and
then its table: one line), with the permission to grant (was: nothing said; the README's
invite link did not ask for the permission either).
"""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble, payloads
from tests.discord_double.state import Overwrite, Perm
from tests.faults.figures import tally
from tests.faults.test_channel_quiz_killed_between import (
    killed_while_closing,
    voted_on_the_last_question,
)
from tests.faults.test_channel_quiz_notes_once import count


@pytest.mark.timeout(60)
async def test_a_table_looked_for_where_history_is_hidden_names_the_permission_to_grant(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    figures = tally("channel quiz table, restart late, no Read Message History")
    session, _, _ = await voted_on_the_last_question(discord_double, services)
    news = discord_double.news
    news.overwrites.append(Overwrite(discord_double.bot_user.id, 1, deny=Perm.READ_MESSAGE_HISTORY))
    await discord_double.dispatch("CHANNEL_UPDATE", payloads.channel(news))
    await discord_double.sync()
    figures.tried += 1

    quizzes = bot.channel_quizzes
    assert quizzes is not None
    await killed_while_closing(bot, services, session, monkeypatch, (quizzes, "_end"))
    assert count(discord_double, "Final table") == 1, "the table went out before the kill"
    discord_double.expire_nonces()  # the restart came minutes later
    with caplog.at_level(logging.WARNING):
        await quizzes.resume()

    assert session.session_id not in quizzes.live, "the resumed quiz ended"
    said = [r.getMessage() for r in caplog.records if "Read Message History" in r.getMessage()]
    assert len(said) == 1, "one line for the two looks in one channel"
    assert f"#{news.name}" in said[0] and "grant" in said[0], said
    assert "Traceback" not in caplog.text
    figures.survived += 1
