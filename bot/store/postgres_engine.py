"""The PostgreSQL engine: SQLAlchemy's `AsyncEngine` on asyncpg, with client-side time limits.

Imported only for a PostgreSQL URL (`bot.store.engine.create_engine`), so a process on SQLite
never loads SQLAlchemy's asyncio extension, the ORM it imports, or greenlet.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.store.engine import CONNECT_TIMEOUT, STATEMENT_TIMEOUT

__all__ = ["create_postgres_engine"]


def create_postgres_engine(url: URL, *, pooled: bool = True) -> AsyncEngine:
    """An async engine for the PostgreSQL `url` (see `bot.store.engine.create_engine`)."""
    pool: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    engine = create_async_engine(
        url,
        **pool,
        # No pre-ping: on a frozen server it would cost a second time limit before the query's
        # own. A connection the driver already knows is dead is dropped at checkout instead
        # (`_refuse_dead_connection`, no round trip).
        **({"pool_timeout": STATEMENT_TIMEOUT} if pooled else {}),
        connect_args={"timeout": CONNECT_TIMEOUT, "command_timeout": STATEMENT_TIMEOUT},
    )
    event.listen(engine.sync_engine, "handle_error", _drop_timed_out_connection)
    event.listen(engine.sync_engine.pool, "invalidate", _terminate)
    if pooled:
        event.listen(engine.sync_engine.pool, "checkout", _refuse_dead_connection)
    return engine


def _terminate(dbapi_connection: Any, _record: Any, _error: BaseException | None) -> None:
    """Close a dropped connection at once: a polite close would wait on a frozen server."""
    raw = getattr(dbapi_connection, "_connection", None)
    if raw is not None and not raw.is_closed():
        raw.terminate()


def _refuse_dead_connection(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Drop a pooled connection the driver already knows is closed (the server restarted, or
    ended it, while it sat in the pool): the pool connects afresh instead, and no user's
    action fails on it. Costs no round trip."""
    raw = getattr(dbapi_connection, "_connection", None)
    if raw is not None and raw.is_closed():
        raise sa_exc.DisconnectionError("the server closed this pooled connection")


def _drop_timed_out_connection(context: Any) -> None:
    """A statement that timed out leaves its connection unusable: drop it, skip the rollback.

    Otherwise the pool would wait a second `STATEMENT_TIMEOUT` for a rollback on a frozen
    server before the caller sees the error.
    """
    error: BaseException | None = context.original_exception
    while error is not None:
        if isinstance(error, TimeoutError):
            context.is_disconnect = True
            return
        error = error.__cause__ or error.__context__
