"""One bot process per SQLite file (per shard): a lock held for the process's life.

Two `briefbot run` on one SQLite file (a second terminal, a service manager starting one
while another lingers) would each open a gateway session and keep quizzes in memory: every
scheduled post would go out twice and each process would close the other's channel quizzes
without its votes. So `run` first takes an exclusive `fcntl` lock on a file beside the
database (`<database>.lock`, which records the holder's pid); the system drops it when the
process ends, even by `kill -9`. A second process waits `WAIT_S` for the first to end, then
gives up with one line. Shards split one bot between processes: each locks the bytes of its
own shard ids, so two processes share a file only if no shard is in both. The console, the
tests take no lock; PostgreSQL holds its own, in the database (`bot.ops.shard_lock`).
"""

from __future__ import annotations

import fcntl
import os
import time
from dataclasses import dataclass
from pathlib import Path

from bot.store.sqlite_file import sqlite_database

__all__ = ["WAIT_S", "AlreadyRunningError", "InstanceLock", "hold_instance_lock"]

WAIT_S = 2.0
"""How long a second process waits for the first to end before giving up."""

_POLL_S = 0.1
_PID_AT = 1 << 20
"""The holder's pid is written from here on: beyond every shard's byte."""


class AlreadyRunningError(Exception):
    """Another bot process holds the database (the message says which and what to do)."""


@dataclass
class InstanceLock:
    """The open lock file; the lock lasts as long as it stays open (or the process lives)."""

    path: Path
    fd: int

    def release(self) -> None:
        """Drop the lock (the process's end drops it too)."""
        os.close(self.fd)


def hold_instance_lock(database_url: str, shard_ids: tuple[int, ...] | None) -> InstanceLock | None:
    """Lock the SQLite file at `database_url` for this process (None on PostgreSQL, or
    when the lock file cannot be made: the store's own checks then report the folder).

    `shard_ids` None locks every shard. Raises `AlreadyRunningError` if another process
    still holds it after `WAIT_S` seconds.
    """
    try:
        named = sqlite_database(database_url)
    except ValueError:  # no file path (in memory, a URI): opening the store says what is wrong
        return None
    if named is None:
        return None
    database = Path(named).expanduser().resolve()
    path = database.with_name(f"{database.name}.lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a read-only folder, say: opening the store then says what is wrong
        return None
    try:
        _lock_shards(fd, shard_ids, database)
    except BaseException:
        os.close(fd)
        raise
    _note_pid(fd)
    return InstanceLock(path, fd)


def _note_pid(fd: int) -> None:
    """Write this process's pid where a second process reads it (a full disk: no pid)."""
    try:
        os.ftruncate(fd, _PID_AT)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), _PID_AT)
    except OSError:
        return


def _lock_shards(fd: int, shard_ids: tuple[int, ...] | None, database: Path) -> None:
    """Lock each shard's byte (all of them for None), waiting up to WAIT_S for a holder."""
    ranges = [(0, 0)] if shard_ids is None else [(shard, 1) for shard in shard_ids]
    deadline = time.monotonic() + WAIT_S
    for start, length in ranges:
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length or _PID_AT, start)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise AlreadyRunningError(_message(fd, database)) from None
                time.sleep(_POLL_S)


def _message(fd: int, database: Path) -> str:
    holder = os.pread(fd, 16, _PID_AT).decode(errors="replace").strip()
    who = f"(pid {holder}) " if holder.isdigit() else ""
    return (
        f"another briefbot process {who}is already running on {database}: stop it first "
        "(two would answer every click and post every schedule twice)"
    )
