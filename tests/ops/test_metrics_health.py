"""The metrics and health endpoint, scraped while a student takes a quiz through the double."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.core.progress import Schedule
from bot.discord_bot.client import BriefBot
from bot.discord_bot.observe import start_ops_server
from bot.ops.http import OpsServer
from bot.ops.metrics import Metrics


@pytest.fixture
async def served(discord_double, services) -> AsyncIterator[tuple[BriefBot, OpsServer]]:
    metrics = Metrics()
    bot = BriefBot(services, metrics=metrics, guild_ready_timeout=0.05)
    await discord_double.start(bot)
    server = await start_ops_server(bot, metrics, "127.0.0.1", 0)
    try:
        yield bot, server
    finally:
        await server.close()


async def _get(server: OpsServer, path: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{server.port}{path}") as response,
    ):
        return response.status, await response.text()


def _value(text: str, name: str, **labels: str) -> float:
    """The sample `name{labels}` in a Prometheus text page (0 when absent)."""
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            found = dict(re.findall(r'(\w+)="([^"]*)"', line.split(" ")[0]))
            if all(found.get(k) == v for k, v in labels.items()):
                return float(line.rsplit(" ", 1)[1])
    return 0.0


async def _answer_first(double, message) -> None:
    first = message.buttons[0]
    if first["label"] == "Answer":
        shown = await (await double.click(message, label="Answer")).response(timeout=10)
        answered = await double.submit_modal(shown.custom_id, {"answer": "Ada Quill"})
    else:
        answered = await double.click(message, first["custom_id"])
    await answered.response(timeout=10)


async def test_the_numbers_move_during_a_quiz(discord_double, served):
    _, server = served
    status, before = await _get(server, "/metrics")
    assert status == 200
    itx = await discord_double.slash("quiz", {"briefing": "mini", "count": 3})
    message = (await itx.response(timeout=10)).message
    _, during = await _get(server, "/metrics")
    await _answer_first(discord_double, message)
    _, after = await _get(server, "/metrics")

    quizzes = _value(before, "briefbot_interactions_total", command="/quiz", outcome="ok")
    assert _value(during, "briefbot_interactions_total", command="/quiz", outcome="ok") == (
        quizzes + 1
    )
    assert _value(during, "briefbot_open_quizzes", kind="solo") == 1
    assert _value(after, "briefbot_answers_committed_total") == (
        _value(before, "briefbot_answers_committed_total") + 1
    )
    assert _value(after, "briefbot_answer_commits_total") >= 1
    assert _value(after, "briefbot_db_commit_seconds_count") > _value(
        before, "briefbot_db_commit_seconds_count"
    )
    assert _value(after, "briefbot_reply_seconds_count", kind="command") >= 1
    assert _value(after, "briefbot_gateway_connects_total", shard="0") == 1
    assert _value(after, "briefbot_gateway_latency_seconds", shard="0") >= 0
    clicks = [
        line
        for line in after.splitlines()
        if line.startswith("briefbot_interactions_total") and "button:" in line
    ]
    assert clicks, "the answer click is counted under its button"


async def test_a_resume_is_counted_per_shard(discord_double, served):
    _, server = served
    await discord_double.request_reconnect()
    _, text = await _get(server, "/metrics")
    assert _value(text, "briefbot_gateway_resumes_total", shard="0") == 1


async def test_healthz_is_green_then_names_a_vanished_database(discord_double, served, tmp_path):
    bot, server = served
    await discord_double.wait_for(bot.is_ready, timeout=10)
    status, body = await _get(server, "/healthz")
    assert status == 200 and '"database": true' in body and '"gateway": true' in body
    (tmp_path / "bot.sqlite3").unlink()
    status, body = await _get(server, "/healthz")
    assert status == 503 and '"database": false' in body and '"ready": true' in body
    assert not (tmp_path / "bot.sqlite3").exists(), "the probe never creates an empty database"


async def test_scheduled_runs_are_counted_posted_and_failed(discord_double, served, services):
    bot, server = served
    now = dt.datetime.now(dt.UTC)
    gone_channel = 4242
    for channel_id in (discord_double.news.id, gone_channel):
        await services.store.schedules.add_schedule(
            Schedule(
                guild_id=discord_double.guild.id,
                channel_id=channel_id,
                briefing_id="mini",
                what="briefing",
                recurrence="daily",
                at=(now - dt.timedelta(minutes=1)).time().replace(microsecond=0),
                timezone="UTC",
                created_by=discord_double.moderator.id,
            )
        )
    await bot.get_cog("Schedules").run_due(now)
    await asyncio.sleep(0)  # the tick event reaches its listener
    _, text = await _get(server, "/metrics")
    assert _value(text, "briefbot_scheduled_runs_total", result="posted") == 1
    assert _value(text, "briefbot_scheduled_runs_total", result="failed") == 1
