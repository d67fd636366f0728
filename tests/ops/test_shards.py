"""Shards across processes: two real bot processes, shards 0 and 1 of 2, on one PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
import signal

import pytest
from processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, bot_env, finish, make_workdir, start_bot

from bot.core.progress import Schedule
from bot.store import open_store
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)


async def _schedule_due_now(url: str, guild_id: int, channel_id: int, by: int) -> int:
    store = await open_store(url)
    try:
        at = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2)).time().replace(microsecond=0)
        saved = await store.schedules.add_schedule(
            Schedule(
                guild_id=guild_id,
                channel_id=channel_id,
                briefing_id="mini",
                what="briefing",
                recurrence="daily",
                at=at,
                timezone="UTC",
                created_by=by,
            )
        )
        assert saved.id is not None
        return saved.id
    finally:
        await store.close()


async def test_two_processes_serve_their_own_shard_and_post_a_scheduled_run_once(
    tmp_path, postgres
):
    work = make_workdir(tmp_path)
    async with DiscordDouble(shard_count=2) as double:
        await _schedule_due_now(postgres.url, double.guild.id, double.news.id, double.moderator.id)
        owner = double.state.shard_of(double.guild.id)
        processes = []
        for shard in (0, 1):
            env = bot_env(
                work,
                double.server.api_url,
                double.token,
                DATABASE_URL=postgres.url,
                SHARD_COUNT="2",
                SHARD_IDS=str(shard),
                SCHEDULE_TICK_SECONDS="0.3",
                CONTENT_POLL_SECONDS="0.3",
            )
            processes.append(await start_bot(work, env))
        outputs: list[str] = []
        try:
            await double.wait_for(lambda: len(double.server.sessions) == 2, timeout=STARTS_WITHIN)
            reply = await (await double.slash("score")).response(timeout=10)
            assert reply.ephemeral
            await double.wait_for(
                lambda: any(m.buttons for m in double.bot_messages_in(double.news)), timeout=20
            )
            await asyncio.sleep(2)  # several more ticks of both schedulers
            posts = [m for m in double.bot_messages_in(double.news) if m.buttons]
            reload = await double.slash("reload", user=double.moderator)
            await reload.message()
            await asyncio.sleep(1.5)  # a few polls of the other process
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                outputs.append((await finish(process))[1])
    assert sorted(i["shard"] for i in double.state.identifies) == [[0, 2], [1, 2]]
    assert len(posts) == 1, "the scheduled run is posted once, by one process"
    assert f"/score in server {double.guild.id}: ok" in outputs[owner]
    assert "/score" not in outputs[1 - owner], "the other process never saw that server"
    assert "in 1 server(s)" in outputs[owner] and "in 0 server(s)" in outputs[1 - owner]
    assert "after a /reload elsewhere" in outputs[1 - owner], "/reload reached the other process"
    assert "after a /reload elsewhere" not in outputs[owner], "and only once in its own"
