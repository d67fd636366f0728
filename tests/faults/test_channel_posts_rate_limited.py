"""Discord answering a channel quiz's post 429 five times running (discord.py waits each out,
then gives up with the 429 itself): the post is tried again like one failing with a 5xx,
under its nonce, so the results and the next question each go out once, the quiz goes on and
every acknowledged vote counts. Was: the 429 was not a refusal the quiz knew, so the close
failed with a traceback."""

from __future__ import annotations

import logging

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_channel_quiz_rate_limits import went_on_once
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote

RETRY_AFTER = 0.1
"""Seconds each 429 asks the bot to wait."""


@pytest.mark.timeout(30)
async def test_a_channel_quiz_post_answered_429_five_times_goes_out_once_and_the_quiz_goes_on(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    figures = tally("channel vote, Discord 429 five times on the quiz's results post")
    caplog.set_level(logging.WARNING)
    session = await start_channel_quiz(discord_double, services)
    pupil = (await players(discord_double, 1))[0]
    acknowledged = 0
    route = f"POST /channels/{discord_double.news.id}/messages"
    limited = None
    for number in (1, 2):
        question = await question_message(discord_double, session)
        seen = await (await vote(discord_double, session, question, pupil)).message()
        acknowledged += "Answer registered" in seen.text
        figures.tried += 1
        if number == 1:
            limited = discord_double.rate_limit_next(route, retry_after=RETRY_AFTER, times=5)
        close = await discord_double.click(
            question, label="Close question", user=discord_double.moderator
        )
        await close.response(timeout=10)
        await discord_double.wait_for(lambda n=number: session.index == n or None, timeout=15)
    await discord_double.wait_for_message(
        discord_double.news, lambda m: "Final table" in m.text, timeout=15
    )
    assert limited is not None and len(limited.hits) == 5, "Discord answered 429 five times"
    await went_on_once(discord_double, services, session, acknowledged, figures, caplog)
