"""A channel quiz whose process died after its final table went out and before the quiz was
marked ended in the store: the restart finds it saved finished and goes to post its table.

Discord's enforced nonce stops a second post for a few minutes only; a restart after longer
(a host down, a crash loop) posted the table again: the channel saw "Final table" twice.
Now the resumed quiz first looks in the channel for its own table (its title and its rows)
posted since it was last saved, and ends without posting it again; the table of a quiz that
ended just before in the same channel is not taken for it.
"""

from __future__ import annotations

import pytest

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_channel_quiz_killed_between import (
    killed_after_the_close_saved,
    killed_while_closing,
    voted_on_the_last_question,
)
from tests.faults.test_channel_quiz_notes_once import count
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote


@pytest.mark.timeout(60)
async def test_killed_after_its_table_went_out_the_restart_posts_no_second_table(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("channel quiz killed after its final table went out")
    session, _, _ = await voted_on_the_last_question(discord_double, services)
    figures.tried += 1

    quizzes = bot.channel_quizzes
    assert quizzes is not None
    await killed_while_closing(bot, services, session, monkeypatch, (quizzes, "_end"))
    assert count(discord_double, "Final table") == 1, "the table went out before the kill"
    discord_double.expire_nonces()  # the restart came minutes later
    await quizzes.resume()

    assert session.session_id not in quizzes.live, "the resumed quiz ended"
    assert count(discord_double, "Final table") == 1, "the channel sees its table once"
    assert await quizzes.resume() == 0, "ended in the store: nothing left to resume"
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_the_last_quizs_table_does_not_stand_for_the_next_ones(
    discord_double: DiscordDouble, bot: BriefBot, services, monkeypatch: pytest.MonkeyPatch
):
    """A quiz that ended with its table just before, in the same channel, is not taken for
    the next quiz's: killed before its own table went out, the next one posts it."""
    figures = tally("channel quiz killed before its table, another quiz's table just before")
    earlier = await start_channel_quiz(discord_double, services)
    before, pupil = await players(discord_double, 2)  # each quiz's table has its own player
    for index in (0, 1):
        shown = await question_message(discord_double, earlier)
        await (await vote(discord_double, earlier, shown, before)).message()
        closing = await discord_double.click(
            shown, label="Close question", user=discord_double.moderator
        )
        await closing.response(timeout=10)
        await discord_double.wait_for(lambda i=index: earlier.index > i or None)
    await discord_double.wait_for(lambda: count(discord_double, "Final table") or None)

    session = await start_channel_quiz(discord_double, services)
    first = await question_message(discord_double, session)
    await (await vote(discord_double, session, first, pupil)).message()
    close = await discord_double.click(first, label="Close question", user=discord_double.moderator)
    await close.response(timeout=10)
    await discord_double.wait_for(lambda: session.index == 1 or None)
    last = await question_message(discord_double, session)
    await (await vote(discord_double, session, last, pupil)).message()
    figures.tried += 1

    await killed_after_the_close_saved(bot, services, session, monkeypatch)
    discord_double.expire_nonces()
    await bot.channel_quizzes.resume()  # type: ignore[union-attr]
    await discord_double.wait_for(lambda: count(discord_double, "Final table") == 2 or None)
    assert count(discord_double, "Final table") == 2, "each quiz's own table, once"
    figures.survived += 1
