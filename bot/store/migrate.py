"""Bring the database schema up to date with Alembic.

Everything runs in one transaction (both backends have transactional DDL), so a crash during
an upgrade leaves the previous version intact and the next start-up simply runs it again.
Processes starting together take turns: PostgreSQL through an advisory lock, SQLite through
`BEGIN IMMEDIATE`; whoever comes second finds the schema current and does nothing.

Alembic (with Mako and Pygments, some 13 MB resident) is imported only when the database is
behind: a start-up against a current schema reads the version table and the shipped
migration files' `revision` lines and goes on. On SQLite that check runs through the plain
SQL port (`current_revision_of`), so a start-up against a current schema loads neither
SQLAlchemy nor Alembic; a start-up that must migrate loads both, in this process, for the
rest of its life (the next start no longer needs them). Alembic runs on SQLAlchemy's
synchronous engine in a worker thread on SQLite, on its `AsyncEngine` on PostgreSQL
(`bot.store.engine.run_sync`).
"""

from __future__ import annotations

import asyncio
import functools
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bot.store.sql import SqlDatabase, SqlRunner

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

__all__ = [
    "MIGRATIONS",
    "alembic_config",
    "current_revision",
    "current_revision_of",
    "head_revision",
    "is_current",
    "shipped_head",
    "upgrade",
]

MIGRATIONS = Path(__file__).with_name("migrations")
"""The Alembic script directory, shipped inside the package."""

_LOCK_ID = 0x62726566  # "bref": any constant the whole deployment agrees on


_REVISION = re.compile(r"^revision\b[^=]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\b[^=]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the shipped migrations, optionally bound to `connection`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this code, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@functools.cache
def shipped_head() -> str | None:
    """The newest shipped migration read from the files without Alembic; None if unsure."""
    revisions: set[str] = set()
    replaced: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if found := _REVISION.search(text):
            revisions.add(found.group(1))
        if down := _DOWN.search(text):
            replaced.update(_QUOTED.findall(down.group(1)))
    heads = revisions - replaced
    return heads.pop() if len(heads) == 1 else None


def current_revision(connection: Connection) -> str | None:
    """The migration the database is at, None for an empty database."""
    from sqlalchemy import inspect

    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


MIGRATION_WAIT = 120.0
"""Seconds a process starting on PostgreSQL waits while another one migrates the database."""


def _wait_for_the_migration_lock(connection: Connection) -> None:
    """Take the migration lock, however long another process migrates: each try returns at
    once, so no try meets the 1.5 s statement timeout (a whole migration on a loaded machine
    outlasted it, and the waiting process failed to start)."""
    from sqlalchemy.util import await_only

    deadline = time.monotonic() + MIGRATION_WAIT
    try_lock = f"SELECT pg_try_advisory_xact_lock({_LOCK_ID})"
    while not connection.exec_driver_sql(try_lock).scalar():
        if time.monotonic() >= deadline:
            raise TimeoutError(f"another process kept migrating for {MIGRATION_WAIT:g} s")
        await_only(asyncio.sleep(0.05))


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        _wait_for_the_migration_lock(connection)
    head = shipped_head()
    if head is not None and current_revision(connection) == head:
        return
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


async def upgrade(url: str) -> None:
    """Apply every migration the database at `url` is missing, in one transaction."""
    from bot.store.engine import run_sync

    await run_sync(url, _upgrade, write=True)


_HAS_VERSION_TABLE = {
    "sqlite": "SELECT count(*) FROM sqlite_master"
    " WHERE type = 'table' AND name = 'alembic_version'",
    "postgresql": "SELECT count(*) FROM pg_tables WHERE tablename = 'alembic_version'"
    " AND schemaname = ANY(current_schemas(false))",
}


async def current_revision_of(sql: SqlRunner) -> str | None:
    """`current_revision` through the plain SQL port (no SQLAlchemy on SQLite)."""
    if not await sql.scalar(_HAS_VERSION_TABLE[sql.backend]):
        return None
    rows = await sql.rows("SELECT version_num FROM alembic_version")
    return str(rows[0][0]) if len(rows) == 1 else None


async def is_current(sql: SqlDatabase) -> bool:
    """Whether the database is at the newest shipped migration (read without Alembic)."""
    head = shipped_head()
    if head is None:
        return False
    async with sql.transaction() as tx:
        return await current_revision_of(tx) == head
