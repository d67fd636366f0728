"""The shard lock's connection gone without a word (a failover to another server, a network
partition, a firewall forgetting an idle connection): PostgreSQL ended the session holding
the lock, but the goodbye never reached the bot, so its connection still looks open.

Was: the keeper only asked the driver whether the connection was closed, which it never
learnt: the process went on serving without its lock, and a second process for the shard
took it and served beside it, for good (every click answered twice, every channel quiz
started twice). Now each look is a round trip: one that does not answer sends the keeper to
the database on a new connection, where it takes the lock again, or finds another process
holding it and stops its process (exit 5, `bot.discord_bot.runner`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bot.ops import shard_lock
from bot.ops.instance_lock import AlreadyRunningError
from bot.ops.shard_lock import hold_shard_lock
from tests.store.pg import PostgresServer

pytestmark = pytest.mark.timeout(60)


class SilenceableLink:
    """A TCP relay to PostgreSQL whose connections can be silenced one by one: nothing more
    goes through either way, but both ends stay open (no FIN, no RST)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.links: dict[int, asyncio.Event] = {}
        """Each connection's switch, by the port PostgreSQL sees it come from (its
        `pg_stat_activity.client_port`): set, it carries nothing more."""
        self._server: asyncio.Server | None = None
        self._pumps: set[asyncio.Task[None]] = set()
        self._writers: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> SilenceableLink:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self._server is not None
        self._server.close()
        for pump in self._pumps:
            pump.cancel()
        await asyncio.gather(*self._pumps, return_exceptions=True)
        for writer in self._writers:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
        await self._server.wait_closed()

    @property
    def listening_port(self) -> int:
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(self.host, self.port)
        self._writers += [writer, up_writer]
        silenced = asyncio.Event()
        self.links[int(up_writer.get_extra_info("sockname")[1])] = silenced
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            pump = asyncio.create_task(self._pump(source, sink, silenced))
            self._pumps.add(pump)
            pump.add_done_callback(self._pumps.discard)

    async def silence(self, connection: asyncpg.Connection, admin: asyncpg.Connection) -> None:
        """Silence the link carrying `connection` (found by its session's client port: the
        driver's own cancel requests open links of their own, so the newest is not always it)."""
        port = await admin.fetchval(
            "SELECT client_port FROM pg_stat_activity WHERE pid = $1", connection.get_server_pid()
        )
        self.links[int(port)].set()

    @staticmethod
    async def _pump(
        source: asyncio.StreamReader, sink: asyncio.StreamWriter, silenced: asyncio.Event
    ) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await source.read(65536):
                if silenced.is_set():
                    continue  # swallowed: the far end's words never arrive
                sink.write(data)
                await sink.drain()
            if not silenced.is_set():
                sink.close()  # the end of a connection goes through, unless silenced


async def test_a_lock_connection_gone_silently_is_noticed_taken_again_or_its_process_stops(
    postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(shard_lock, "KEPT_EVERY", 0.05)
    monkeypatch.setattr(shard_lock, "_PING_S", 0.5)
    url = make_url(postgres.url)
    async with SilenceableLink(url.host or "127.0.0.1", url.port or 5432) as link:
        relayed = url.set(port=link.listening_port).render_as_string(hide_password=False)
        first = await hold_shard_lock(relayed, None)
        assert first is not None and first.connection is not None
        stopped = asyncio.Event()

        async def stop() -> None:
            stopped.set()

        keeper = asyncio.create_task(first.keep(stop))
        admin = await asyncpg.connect(shard_lock._libpq_url(postgres.url))
        try:
            # The lock's session ends on the server; its goodbye is swallowed on the way.
            silent = first.connection
            await link.silence(silent, admin)
            await admin.fetchval("SELECT pg_terminate_backend($1)", silent.get_server_pid())
            await wait_until(lambda: first.connection not in (None, silent))
            assert not stopped.is_set()
            with pytest.raises(AlreadyRunningError):  # taken again: a second process waits
                await hold_shard_lock(postgres.url, (0,))

            # Again, but another process takes the shard before the keeper looks.
            kept = first.connection
            assert kept is not None
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
            await link.silence(kept, admin)
            await admin.fetchval("SELECT pg_terminate_backend($1)", kept.get_server_pid())
            second = await hold_shard_lock(postgres.url, (0,))
            assert second is not None, "the lock was free on the server"
            assert not kept.is_closed(), "the first process was told nothing"
            await asyncio.wait_for(first.keep(stop), 20)
            assert stopped.is_set() and first.taken_by_another.is_set(), "the first one stops"
            await second.release()
        finally:
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
            for connection in (first.connection,):
                if connection is not None:
                    connection.terminate()
            await admin.close()


async def wait_until(done: Callable[[], bool]) -> None:
    async with asyncio.timeout(20):
        while not done():
            await asyncio.sleep(0.02)


async def test_a_lock_connection_the_driver_dropped_is_taken_again_or_its_process_stops(
    postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
):
    """asyncpg drops a connection whose cancelled query the server never acknowledges (a
    silent link under load: a look timed out, and the next look's wait for the cancel too),
    and a dropped connection no longer knows its server process.

    Was: the keeper asked the dropped connection for it on every pass, failed, and looked
    again, for good: it never took the lock again when it was free, nor stopped the process
    when another had taken it (the project's CI caught it: the test above timed out).
    """
    monkeypatch.setattr(shard_lock, "KEPT_EVERY", 0.05)
    first = await hold_shard_lock(postgres.url, None)
    assert first is not None and first.connection is not None
    stopped = asyncio.Event()

    async def stop() -> None:
        stopped.set()

    try:
        # Dropped by the driver, its lock free on the server: the keeper takes it again.
        dropped = first.connection
        dropped.terminate()
        keeper = asyncio.create_task(first.keep(stop))
        try:
            await wait_until(lambda: first.connection not in (None, dropped))
        finally:
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
        with pytest.raises(AlreadyRunningError):
            await hold_shard_lock(postgres.url, (0,))

        # Dropped again, and another process takes the shard first: the first one stops.
        assert first.connection is not None
        first.connection.terminate()
        second = await hold_shard_lock(postgres.url, (0,))
        assert second is not None, "the lock was free on the server"
        await asyncio.wait_for(first.keep(stop), 20)
        assert stopped.is_set() and first.taken_by_another.is_set(), "the first one stops"
        await second.release()
    finally:
        await first.release()
