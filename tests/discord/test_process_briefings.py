"""Two bot processes on one PostgreSQL (shards 0 and 1 of 2: one process per shard, as the
README requires): what a moderator publishes through one, the other serves within seconds,
without a restart (a server that moves shard, or the reviews in direct messages that shard 0
answers, read briefings published through another process)."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from collections.abc import AsyncIterator, Iterator

import asyncpg
import pytest
from sqlalchemy.engine import make_url
from test_process import finish, start, workdir  # noqa: F401

from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble
from tests.discord_double.payloads import guild_create
from tests.ops.processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN
from tests.store.pg import PostgresServer, PostgresUnavailableError

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if url := os.environ.get("BRIEFBOT_TEST_PG_URL"):
        yield url
        return
    try:
        server = PostgresServer()
        url = server.start()
    except PostgresUnavailableError as exc:
        pytest.fail(f"cannot start PostgreSQL: {exc}", pytrace=False)
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture
async def database(pg_url: str) -> AsyncIterator[str]:
    parsed = make_url(pg_url)
    name = f"briefbot_proc_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, database=parsed.database
    )
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        yield parsed.set(database=name).render_as_string(hide_password=False)
        await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def _slash_text(double: DiscordDouble, name: str, options=None, user=None) -> str:
    itx = await double.slash(name, options or {}, user=user)
    return (await itx.message()).text


async def test_a_second_process_serves_what_the_first_published(workdir, database):  # noqa: F811
    async with DiscordDouble(shard_count=2) as double:
        env = {"DATABASE_URL": database, "SHARD_COUNT": "2"}
        owner = double.state.shard_of(double.guild.id)
        first = await start(
            workdir, double.server.api_url, double.token, env | {"SHARD_IDS": str(owner)}
        )
        second = None
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            other = {"SHARD_IDS": str(1 - owner)}
            second = await start(workdir, double.server.api_url, double.token, env | other)
            await double.wait_for(lambda: len(double.server.sessions) == 2, timeout=STARTS_WITHIN)
            moved = False  # Discord sends the server to the other shard once it is "moved"
            routed = double.state.shard_of
            double.state.shard_of = lambda guild: (1 - owner) if moved else routed(guild)
            mod = double.moderator
            file = {"file": ("harbour.yaml", HARBOUR.encode())}
            assert "no problems" in await _slash_text(double, "briefing upload", file, mod)
            published = await _slash_text(double, "briefing publish", {"briefing": "harbour"}, mod)
            assert "Published" in published

            moved = True  # as after a resharding: the other process now answers this server
            (taker,) = [x for x in double.server.sessions if x.shard_id == 1 - owner]
            guild = double.state.guild_by_id(double.guild.id)
            assert guild is not None
            await taker.send(0, guild_create(guild, intents=taker.intents), "GUILD_CREATE")
            await double.sync()
            for _ in range(40):  # each process checks the database every 2 s
                if "Harbour reopens" in await _slash_text(double, "briefings"):
                    break
                await asyncio.sleep(0.25)
            else:
                raise AssertionError("the second process never served the new briefing")
            quiz = await _slash_text(double, "quiz", {"briefing": "harbour", "count": 3})
            assert "Question 1/3" in quiz
        finally:
            for process in (first, second):
                if process is not None and process.returncode is None:
                    process.send_signal(signal.SIGTERM)
            outputs = [await finish(p) for p in (first, second) if p is not None]
        for code, output in outputs:
            assert code == 0 and "Traceback" not in output
