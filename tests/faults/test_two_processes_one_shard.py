"""Two bot processes on one PostgreSQL database serving the same shard: a rolling restart
that starts the new process before the old one stops, or a service started twice.

Both would get every interaction of the shard's servers, and what each process keeps in
memory to take turns (one channel quiz per channel, one `/assign` announcing at a time, the
quiz and review starts) cannot see the other: a channel quiz started once ran twice (two
first questions in the channel, each process closing its own), and the new process resumed
the old one's live quizzes. Now the database decides, as the SQLite file's lock does: a
second process for a shard already served waits 2 s, then exits 5 with one line; once the
first has stopped, the next start serves (`bot.ops.shard_lock`).
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

import asyncpg
import pytest

from bot.ops import shard_lock
from bot.ops.instance_lock import AlreadyRunningError
from bot.ops.shard_lock import hold_shard_lock
from tests.discord_double import DiscordDouble
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)


def first_questions(double: DiscordDouble) -> int:
    return sum("Question 1/2" in m.text for m in double.bot_messages_in(double.news))


async def test_a_second_process_for_a_served_shard_stops_and_the_class_sees_one_quiz(
    tmp_path, postgres
):
    work = make_workdir(tmp_path)
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token, DATABASE_URL=postgres.url)
        old = await start_bot(work, env)
        outputs: list[str] = []
        try:
            await double.wait_for(lambda: len(double.server.sessions) == 1, timeout=STARTS_WITHIN)
            new = await start_bot(work, env)
            try:
                code, said = await finish(new, timeout=STARTS_WITHIN)
            except TimeoutError:
                new.send_signal(signal.SIGTERM)
                await finish(new)
                raise AssertionError("the second process went on serving the shard") from None
            assert code == 5, said
            assert "already serving every shard on this PostgreSQL database" in said
            assert "Traceback" not in said
            start = await double.slash(
                "quiz",
                {"briefing": "mini", "mode": "channel", "timer": 0, "count": 2},
                user=double.moderator,
                channel=double.news,
            )
            await start.response(timeout=10)
            await double.wait_for(lambda: first_questions(double) or None, timeout=10)
            await double.sync()
            assert first_questions(double) == 1, "one quiz, one first question"
        finally:
            old.send_signal(signal.SIGTERM)
            outputs.append((await finish(old))[1])
        assert "Traceback" not in outputs[0]

        handed_over = await start_bot(work, env)  # the old one has stopped: the next serves
        try:
            await double.wait_for(lambda: len(double.server.sessions) == 1, timeout=STARTS_WITHIN)
            reply = await (await double.slash("score")).response(timeout=10)
            assert reply.ephemeral
        finally:
            handed_over.send_signal(signal.SIGTERM)
            code, said = await finish(handed_over)
        assert code == 0 and "Traceback" not in said, said


async def test_a_lock_lost_with_its_connection_is_taken_again_or_its_process_stops(
    postgres, monkeypatch: pytest.MonkeyPatch
):
    """PostgreSQL ending the lock's connection (a restart, a killed backend) drops the lock:
    the process takes it again once the database answers; when another process took it
    meanwhile, the first one stops (exit 5) rather than serve the shard beside it."""
    monkeypatch.setattr(shard_lock, "KEPT_EVERY", 0.05)
    first = await hold_shard_lock(postgres.url, None)
    assert first is not None and first.connection is not None
    stopped = asyncio.Event()

    async def stop() -> None:
        stopped.set()

    keeper = asyncio.create_task(first.keep(stop))
    admin = await asyncpg.connect(shard_lock._libpq_url(postgres.url))
    try:
        lost = first.connection
        await admin.fetchval("SELECT pg_terminate_backend($1)", lost.get_server_pid())
        await wait_until(lambda: first.connection not in (None, lost))
        with pytest.raises(AlreadyRunningError):  # taken again: a second process still waits
            await hold_shard_lock(postgres.url, (0,))

        kept = first.connection
        assert kept is not None
        keeper.cancel()  # the keeper is slow to look: another process takes the lock first
        await asyncio.gather(keeper, return_exceptions=True)
        await admin.fetchval("SELECT pg_terminate_backend($1)", kept.get_server_pid())
        await wait_until(lambda: kept.is_closed())
        second = await hold_shard_lock(postgres.url, (0,))
        assert second is not None
        await asyncio.wait_for(first.keep(stop), 10)
        assert stopped.is_set() and first.taken_by_another.is_set(), "the first one stops"
        await second.release()
    finally:
        keeper.cancel()
        await asyncio.gather(keeper, return_exceptions=True)
        await first.release()
        await admin.close()


async def wait_until(done: Callable[[], bool]) -> None:
    async with asyncio.timeout(10):
        while not done():
            await asyncio.sleep(0.02)
