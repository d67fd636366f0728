"""Bring the database schema up to date with Alembic, on the store's own async engine.

Everything runs in one transaction (both backends have transactional DDL), so a crash during
an upgrade leaves the previous version intact and the next start-up simply runs it again.
Processes starting together take turns: PostgreSQL through an advisory lock, SQLite through
`BEGIN IMMEDIATE`; whoever comes second finds the schema current and does nothing.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store.engine import WRITE

__all__ = ["MIGRATIONS", "alembic_config", "current_revision", "head_revision", "upgrade"]

MIGRATIONS = Path(__file__).with_name("migrations")
"""The Alembic script directory, shipped inside the package."""

_LOCK_ID = 0x62726566  # "bref": any constant the whole deployment agrees on


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the shipped migrations, optionally bound to `connection`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this code."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The migration the database is at, None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
    if current_revision(connection) == head_revision():
        return
    command.upgrade(alembic_config(connection), "head")


async def upgrade(engine: AsyncEngine) -> None:
    """Apply every migration the database is missing, in one transaction."""
    async with engine.execution_options(**WRITE).begin() as conn:
        await conn.run_sync(_upgrade)
