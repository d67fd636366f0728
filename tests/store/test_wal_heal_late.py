"""A refusal for the removed `-wal` reported after the store healed (a click whose commit
failed before the heal, answered after it) asks for a heal that is already done: nothing is
closed again and nothing is logged, where an ERROR "cannot heal ... stop the bot cleanly" used
to tell the operator to stop a bot that was saving again."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import pytest

from bot.store.sqlite_file import DatabaseVanishedError, FileWatch
from bot.store.wal_heal import WalHealer


def wal_database(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY)")
    connection.execute("INSERT INTO answers DEFAULT VALUES")
    return connection


async def test_a_heal_asked_again_after_the_store_healed_does_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    database = tmp_path / "bot.sqlite3"
    wal = tmp_path / "bot.sqlite3-wal"
    held = wal_database(database)
    closed: list[str] = []

    async def release() -> None:
        held.close()
        closed.append("every connection")

    healer = WalHealer(wal, release)
    watch = FileWatch(database)
    wal.unlink()
    with pytest.raises(DatabaseVanishedError):
        watch.check()  # a transaction refused: the heal starts
    await asyncio.sleep(0)  # the heal is scheduled on the loop
    await healer.close()  # waits for it
    assert closed == ["every connection"]
    assert any("saving again" in r.getMessage() for r in caplog.records)

    saving_again = wal_database(database)  # the bot saves again, on a new -wal
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        await healer.heal()  # the late refusal's request
    saving_again.close()
    assert closed == ["every connection"], "nothing closed again"
    assert caplog.records == [], "no line about a heal that is done"
