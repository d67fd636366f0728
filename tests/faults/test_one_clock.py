"""One wall clock for the whole bot: what the store stamps (a briefing's publication, a saved
quiz, a review's update) is read on the bot's clock, the one its schedules, reminders and
quizzes use, so a stepped wall clock (`CLOCK_OFFSET_FILE`, the chaos run's clock fault) moves
them all alike. Was: the store stamped the machine's time while the rest read the bot's clock,
so the chaos run's steps moved only part of the bot."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.bot_fixtures import HARBOUR

START = dt.datetime(2031, 3, 4, 9, 30, tzinfo=dt.UTC)
GUILD = 42


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_publication_is_stamped_on_the_bots_clock(services: Services, clock: FakeClock):
    content = services.content
    await content.upload(GUILD, "harbour.yaml", HARBOUR.encode())
    clock.advance(90)
    await content.publish(GUILD, "harbour")
    record, versions = await content.history(GUILD, "harbour")
    published = [v.published_at for v in versions if v.published_at is not None]
    assert published == [START + dt.timedelta(seconds=90)], published
    assert record.updated_at == START + dt.timedelta(seconds=90)
