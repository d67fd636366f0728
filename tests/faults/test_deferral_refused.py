"""Discord refusing a click's deferral (a 429 past discord.py's waits, or Cloudflare's 429)
while the click's work is still going on (its commit waiting on another program's lock on the
SQLite file). Was: the bot waited on the work and sent the verdict when it ended, past
Discord's 3 s, so the student saw "This interaction failed" (and at 10 s, "I could not finish
this in time", past the 3 s too); now the handler is stopped 2.5 s after the click
(`LAST_CALL`), its commit going on shielded, and the student asked privately to try again
while Discord still takes a first response; the retry shows the kept verdict, counted once.

The double's 3 s window is taken off (as in `test_reply_rate_limited.py`): what must hold at
any speed is that the note is the first response and comes while the work is still held."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    database,
    right_answer,
    shows_next,
    solo,
    start_button_question,
)
from tests.faults.test_reply_rate_limited import RETRY_AFTER, tracebacks


@pytest.mark.timeout(40)
@pytest.mark.parametrize("cloudflare", [False, True], ids=["discord-429", "cloudflare-429"])
async def test_a_click_whose_deferral_is_refused_is_told_to_retry_before_its_work_ends(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture, cloudflare
):
    figures = tally("solo answer, its deferral refused (429) while the commit waits")
    discord_double.server.ack_window = float("inf")
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING)
    holder = sqlite3.connect(database(services), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # the commit waits until the note is seen
    try:
        refused = discord_double.rate_limit_next(
            "/callback",
            retry_after=RETRY_AFTER,
            times=1 if cloudflare else 5,
            cloudflare=cloudflare,
        )
        click = await answer_solo(discord_double, services, message, pupil, answer)
        told = await click.response(timeout=15)
        still_held = holder.in_transaction
    finally:
        holder.rollback()
        holder.close()
    figures.tried += 1
    assert len(refused.hits) == (1 if cloudflare else 5), "the deferral took the 429s"
    assert told.ephemeral and "Discord" in told.text and "try again" in told.text, told.text
    assert still_held, "told while the work was still waiting, not after it"
    assert tracebacks(caplog) == [], "no traceback"
    lines = [r.getMessage() for r in caplog.records if "deferral" in r.getMessage()]
    assert len(lines) == 1 and "429" in lines[0], lines

    await discord_double.wait_for(lambda: not len(bot.in_flight) or None, timeout=15)
    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    await discord_double.wait_for(lambda: shows_next(message) or None, timeout=10)
    kept = await committed(services, session.session_id)
    assert kept == 1, "the shielded commit landed once; the retry showed it"
    figures.survived += kept == 1
