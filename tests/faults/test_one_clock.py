"""One wall clock for the whole bot: what the store stamps (a briefing's publication, a saved
quiz, a review's update) and the open-quiz gauge of /metrics read the bot's clock, the one
its schedules, reminders and quizzes use, so a stepped wall clock (`CLOCK_OFFSET_FILE`, the
chaos run's clock fault) moves them all alike. Was: the store stamped the machine's time and
the gauge read it, while the rest read the bot's clock, so the chaos run's steps moved only
part of the bot."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from bot.discord_bot.observe import start_ops_server
from bot.ops.metrics import Metrics
from tests.bot_fixtures import HARBOUR
from tests.ops.test_metrics_health import _get, _value

START = dt.datetime(2021, 3, 4, 9, 30, tzinfo=dt.UTC)
"""Years behind the machine's clock: a quiz open on it has expired on the machine's."""
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


async def test_the_open_quiz_gauge_reads_the_bots_clock(discord_double, services: Services):
    """A quiz open on the bot's clock (here years behind the machine's) is counted open."""
    metrics = Metrics()
    bot = BriefBot(services, metrics=metrics, guild_ready_timeout=0.05)
    await discord_double.start(bot)
    server = await start_ops_server(bot, metrics, "127.0.0.1", 0)
    try:
        itx = await discord_double.slash("quiz", {"briefing": "mini", "count": 3})
        assert "Question 1/3" in (await itx.message(timeout=10)).text
        _, page = await _get(server, "/metrics")
        assert _value(page, "briefbot_open_quizzes", kind="solo") == 1
    finally:
        await server.close()
