"""Interactions that reach the bot late (a slow gateway, the bot's process paused or its loop
busy): Discord's 3 s to answer count from the user's click, not from the bot's first look.

The bot defers once `DEFER_AFTER` has passed since the interaction was created (its id says
when), so a click delivered 2 s late whose commit takes 1.4 s is deferred at once and its
verdict follows (was: deferred 1.5 s after the bot began, 3.5 s after the click: "This
interaction failed", though the answer was committed).
"""

from __future__ import annotations

import pytest

from tests.discord_double import CallbackType, DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    database,
    locked,
    shows_next,
    solo,
    start_button_question,
)

LATE = 2.0
"""Seconds between the click and its delivery to the bot."""
COMMIT_SECONDS = 1.4
"""Seconds the answer's commit waits for the database (locked by another connection)."""


@pytest.mark.timeout(30)
async def test_a_click_delivered_2_s_late_is_deferred_in_time_and_its_verdict_shown(
    discord_double: DiscordDouble, bot, services
):
    figures = tally("solo answer delivered 2 s late, commit 1.4 s")
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    discord_double.deliver_late(LATE)
    async with locked(database(services), COMMIT_SECONDS):
        click = await answer_solo(discord_double, services, message, pupil)
        figures.tried += 1
        reply = await click.response(timeout=10)
    assert discord_double.late_interactions() == [], "answered within 3 s of the click"
    assert reply.type == CallbackType.DEFERRED_UPDATE, "late and slow: deferred first"
    await discord_double.wait_for(lambda: shows_next(message) or None, timeout=10)
    assert await committed(services, session.session_id) == 1
    figures.survived += 1
