"""Alembic environment: runs migrations on the connection the store hands in.

The store calls Alembic with a connection already inside a transaction
(`bot.store.migrate.upgrade`). From the command line,
`alembic -c bot/store/alembic.ini upgrade head` (or `revision --autogenerate`) opens
DATABASE_URL, or the default SQLite file, the same way.
"""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection

from bot.store.engine import DEFAULT_URL, normalise_url, run_sync
from bot.store.schema import in_schema_of, metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=in_schema_of(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    return (
        context.config.get_main_option("sqlalchemy.url")
        or os.environ.get("DATABASE_URL")
        or DEFAULT_URL
    )


if context.is_offline_mode():
    context.configure(url=normalise_url(_url()), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (connection := context.config.attributes.get("connection")) is not None:
    _configure(connection)
else:
    asyncio.run(run_sync(_url(), _configure, write=True))
