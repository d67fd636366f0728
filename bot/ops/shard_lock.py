"""One bot process per shard on a PostgreSQL database, as `instance_lock` is on SQLite.

Two processes serving one shard (a rolling restart that starts the new process before the
old one stops, a service started twice) both get every interaction and event of its
servers: a channel quiz started once ran twice (two first questions), an `/assign` could be
announced twice, and each process resumed and closed the other's channel quizzes. Their
in-memory turn-taking cannot see each other; the database can. So `run` on PostgreSQL first
takes session-level advisory locks on one connection kept for the process's life: every
shard it serves (`(KEY, shard)`, exclusive) and the whole bot (`(KEY, -1)`: exclusive when
it serves every shard, shared when it serves some), so processes share a database only if no
shard is in both. PostgreSQL drops the locks when the process ends, even by `kill -9` (its
connection closes). A second process waits `WAIT_S` for the first to stop, then gives up
with one line and exit 5, as on SQLite (a service manager starts it again later).

A lost connection (PostgreSQL restarted, the backend ended, or the link gone without a word,
as in a failover to another server) loses the locks: `keep` notices by a round trip, takes
them again as soon as the database answers, and reports when another process holds them by
then.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.ops.instance_lock import WAIT_S, AlreadyRunningError

if TYPE_CHECKING:  # loaded on PostgreSQL only: a SQLite bot never imports asyncpg
    import asyncpg

__all__ = ["KEPT_EVERY", "KEY", "ShardLock", "hold_shard_lock"]

log = logging.getLogger(__name__)

KEY = 0x62726662  # "brfb": the lock space of running bots, beside the migrations' lock
WHOLE_BOT = -1
"""The second key of the whole bot's lock (shard ids are from 0)."""
KEPT_EVERY = 2.0
"""Seconds between two looks at the lock's connection."""
_POLL_S = 0.1
_PING_S = 2.0
"""Seconds the lock's connection has to answer a look."""
_ANSWER_S = 5.0
_CLOSE_S = 0.5
"""Seconds the database has to answer one try (a frozen one: the keeper tries later)."""


def _libpq_url(database_url: str) -> str | None:
    """The database URL as asyncpg takes it; None for SQLite (which has its own lock)."""
    if database_url.split(":", 1)[0].split("+", 1)[0] not in ("postgresql", "postgres"):
        return None  # a SQLite bot never loads sqlalchemy for this
    from bot.store.engine import normalise_url

    url = normalise_url(database_url)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _statements(shard_ids: tuple[int, ...] | None) -> list[str]:
    if shard_ids is None:
        return [f"SELECT pg_try_advisory_lock({KEY}, {WHOLE_BOT})"]
    return [f"SELECT pg_try_advisory_lock_shared({KEY}, {WHOLE_BOT})"] + [
        f"SELECT pg_try_advisory_lock({KEY}, {int(shard)})" for shard in shard_ids
    ]


@dataclass
class ShardLock:
    """The connection holding this process's shard locks (dropping it drops them)."""

    url: str
    shard_ids: tuple[int, ...] | None
    connection: asyncpg.Connection | None
    taken_by_another: asyncio.Event = field(default_factory=asyncio.Event)
    server_pid: int | None = None
    """The server process of the lock's session, kept apart from `connection`: once the
    driver has dropped a connection (a cancel nobody acknowledged) it no longer knows it."""

    def __post_init__(self) -> None:
        if self.connection is not None:
            self.server_pid = self.connection.get_server_pid()

    async def _take(self, connection: asyncpg.Connection) -> bool:
        """Try every lock once on `connection`; True when all are held (else none is)."""
        for statement in _statements(self.shard_ids):
            if not await connection.fetchval(statement, timeout=_ANSWER_S):
                await connection.execute("SELECT pg_advisory_unlock_all()", timeout=_ANSWER_S)
                return False
        return True

    async def keep(self, lost: Callable[[], Awaitable[None]]) -> None:
        """Look at the lock's connection every `KEPT_EVERY` s (a round trip: a connection
        whose far end is gone without a word looks open); when it does not answer, ask the
        database from a new connection whether the locks are still this process's, and take
        them again on it when they are free; if another process holds them by then, set
        `taken_by_another`, await `lost()` (stop serving) and return."""
        while True:
            await asyncio.sleep(KEPT_EVERY)
            if await self._answers():
                continue
            import asyncpg

            try:
                connection = await asyncpg.connect(self.url, timeout=_ANSWER_S)
            except Exception as exc:  # the database is still down: look again later
                log.debug("shard lock: no connection yet (%r)", exc)
                continue
            try:
                if await self._still_ours(connection):  # only slow to answer: keep it
                    await connection.close(timeout=_CLOSE_S)
                    continue
                taken = await self._take(connection)
            except Exception as exc:
                log.debug("shard lock: not taken again yet (%r)", exc)
                connection.terminate()
                continue
            if taken:
                self._drop_connection()
                self.connection, self.server_pid = connection, connection.get_server_pid()
                log.info("shard lock taken (again) once the database answered")
                continue
            await connection.close(timeout=2)
            log.error(
                "another briefbot process took this process's shards while its database "
                "connection was lost: stopping (two would answer every click twice)"
            )
            self.taken_by_another.set()
            await lost()
            return

    async def _answers(self) -> bool:
        """Whether the lock's connection is open and answers a round trip in time."""
        connection = self.connection
        if connection is None or connection.is_closed():
            return False
        try:
            await connection.fetchval("SELECT 1", timeout=_PING_S)
        except Exception as exc:  # closed, timed out, or its far end gone
            log.debug("shard lock: its connection does not answer (%r)", exc)
            return False
        return True

    async def _still_ours(self, connection: asyncpg.Connection) -> bool:
        """Whether the database says the locks are still held by this process's connection
        (alive on the server, only slow to answer), asked on another `connection`."""
        if self.connection is None or self.server_pid is None:
            return False
        holders = await connection.fetch(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 "
            "AND objsubid = 2 AND granted",
            KEY,
            timeout=_ANSWER_S,
        )
        return self.server_pid in {row["pid"] for row in holders}

    def _drop_connection(self) -> None:
        """Forget the old connection at once (its far end may never answer a goodbye)."""
        connection, self.connection = self.connection, None
        if connection is not None and not connection.is_closed():
            connection.terminate()

    async def release(self) -> None:
        """Drop the locks (the process's end drops them too)."""
        connection, self.connection = self.connection, None
        if connection is None or connection.is_closed():
            return
        try:  # briefly: a stop has `STOP_WITHIN` seconds in all
            await connection.close(timeout=_CLOSE_S)
        except Exception:  # a frozen database: drop the socket, its backend ends with it
            connection.terminate()


async def hold_shard_lock(database_url: str, shard_ids: tuple[int, ...] | None) -> ShardLock | None:
    """Lock this process's shards in the PostgreSQL database at `database_url` (None on
    SQLite). A database that does not answer (opening the store then says why, or it is
    frozen for a while) leaves the locks to `ShardLock.keep`.

    `shard_ids` None locks every shard. Raises `AlreadyRunningError` if another process
    still holds one of them after `WAIT_S` seconds.
    """
    url = _libpq_url(database_url)
    if url is None:
        return None
    import asyncpg

    try:
        connection = await asyncpg.connect(url, timeout=_ANSWER_S)
    except Exception as exc:  # opening the store reports it; the keeper takes it later
        log.warning("shard lock: cannot connect yet (%r); taken once the database answers", exc)
        return ShardLock(url, shard_ids, None)
    lock = ShardLock(url, shard_ids, connection)
    deadline = time.monotonic() + WAIT_S
    try:
        while not await lock._take(connection):
            if time.monotonic() >= deadline:
                served = "every shard" if shard_ids is None else f"shard(s) {list(shard_ids)}"
                raise AlreadyRunningError(
                    f"another briefbot process is already serving {served} on this "
                    "PostgreSQL database: stop it first (two would answer every click and "
                    "start every channel quiz twice)"
                )
            await asyncio.sleep(_POLL_S)
    except AlreadyRunningError:
        await connection.close(timeout=2)
        raise
    except Exception as exc:  # the database stopped answering: the keeper takes it later
        log.warning("shard lock: not taken yet (%r); taken once the database answers", exc)
        connection.terminate()
        return ShardLock(url, shard_ids, None)
    return lock
