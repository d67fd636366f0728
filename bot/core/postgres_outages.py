"""Which of PostgreSQL's driver errors (asyncpg's) mean the server is out of reach, not a bug.

One place for the store's outage replies (`bot.store.outages`) and the core's timers
(`bot.core.timer`): the server shutting down, starting up or ending the connection
(`pg_terminate_backend`, a restart), a connection that no longer exists, one already closed.
asyncpg is looked at only if the process has loaded it (a bot on SQLite never does).
"""

from __future__ import annotations

import sys

__all__ = ["is_postgres_outage", "is_postgres_read_only"]


def is_postgres_outage(error: BaseException) -> bool:
    """True for asyncpg's connection errors (SQLSTATE class 08), operator intervention
    (class 57: admin or crash shutdown, "the database system is starting up", a cancelled
    statement), its "connection is closed", and its protocol left out of step by the server's
    goodbye read before the connection's end ("cannot switch to state ...; another operation
    is in progress", an `InternalClientError`: the connection is dropped, not reused), and a
    write refused by a read-only server (`is_postgres_read_only`)."""
    asyncpg = sys.modules.get("asyncpg.exceptions")
    if asyncpg is None:
        return False
    if isinstance(error, (asyncpg.PostgresConnectionError, asyncpg.OperatorInterventionError)):
        return True
    if is_postgres_read_only(error):
        return True
    if isinstance(error, asyncpg.InternalClientError):
        return "another operation" in str(error)
    return isinstance(error, asyncpg.InterfaceError) and "closed" in str(error).lower()


def is_postgres_read_only(error: BaseException) -> bool:
    """True for a write PostgreSQL refused because the server takes none (SQLSTATE 25006: a
    standby after a failover, `default_transaction_read_only`): nothing was written, and
    writes work again once the server takes them."""
    asyncpg = sys.modules.get("asyncpg.exceptions")
    return asyncpg is not None and isinstance(error, asyncpg.ReadOnlySQLTransactionError)
