"""Is the database usable? Checks at start-up, for `briefbot doctor` and for `/healthz`.

`open_checked_store(url)` opens the store like `open_store` and then checks it is intact and
writable; anything wrong becomes one `DatabaseProblem`: what is wrong and how to fix it, in
one line, never a traceback. `check_database(url)` reports each check separately (reachable,
migrated, writable, integrity) without changing anything but an empty database's schema.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.store import migrate
from bot.store.dialect import Clock, utc_now
from bot.store.limits import STATEMENT_TIMEOUT
from bot.store.outages import (
    DATABASE_DOWN,
    DISK_FULL,
    driver_error,
    is_database_outage,
    outage_message,
)
from bot.store.sql import SqlDatabase, open_sql
from bot.store.sqlite_file import DatabaseVanishedError, sqlite_database
from bot.store.store import Store, open_store

__all__ = [
    "DATABASE_DOWN",
    "DISK_FULL",
    "Check",
    "DatabaseProblem",
    "check_database",
    "database_reachable",
    "is_database_outage",
    "open_checked_store",
    "outage_message",
]

_RESTORE = (
    "restore it from a backup (or `sqlite3 FILE .recover`), or set DATABASE_URL to a new file"
)


class DatabaseProblem(Exception):
    """The database cannot be used: `what` is wrong, `fix` says what to do."""

    def __init__(self, what: str, fix: str) -> None:
        super().__init__(f"{what}: {fix}")
        self.what = what
        self.fix = fix


@dataclass(frozen=True, slots=True)
class Check:
    """One named check: ok, or the problem with its fix."""

    name: str
    ok: bool
    detail: str


async def open_checked_store(url: str, *, clock: Clock = utc_now) -> Store:
    """`open_store(url, clock=clock)`, then integrity and writability; raises
    `DatabaseProblem`."""
    where = _describe(url)
    _preflight(url, where)
    try:
        sql = open_sql(url, pooled=False)
    except Exception as exc:
        raise _problem(exc, where) from None
    try:
        await _verify(sql, where)
    except Exception as exc:
        raise _problem(exc, where) from None
    finally:
        await sql.close()
    try:
        return await open_store(url, clock=clock)
    except Exception as exc:
        raise _problem(exc, where) from None


async def check_database(url: str) -> list[Check]:
    """Reachable, migrated, writable, integrity: one `Check` each (stops at the first failure)."""
    where = _describe(url)
    path = _sqlite_path(url) if where.startswith("the SQLite") else None
    if path is not None and not path.exists():
        fix = "start the bot once (it creates it), or fix DATABASE_URL"
        return [Check("database reachable", False, f"{path} does not exist yet: {fix}")]
    try:
        _preflight(url, where)
        sql = open_sql(url, pooled=False)
    except DatabaseProblem as problem:
        return [Check("database reachable", False, str(problem))]
    except ValueError as exc:
        return [Check("database reachable", False, f"DATABASE_URL: {exc}")]
    checks: list[Check] = []
    try:
        steps = (
            ("database reachable", _reachable),
            ("database migrated", _migrated),
            ("database writable", _writable),
            ("database integrity", _integrity),
        )
        for name, step in steps:
            try:
                detail = await step(sql, where)
            except DatabaseProblem as problem:
                checks.append(Check(name, False, str(problem)))
                break
            except Exception as exc:
                checks.append(Check(name, False, str(_problem(exc, where))))
                break
            checks.append(Check(name, True, detail))
    finally:
        await sql.close()
    return checks


async def database_reachable(sql: SqlDatabase) -> bool:
    """One cheap round trip (for `/healthz`): False on any error or after the time limit."""
    try:
        async with asyncio.timeout(STATEMENT_TIMEOUT + 0.5):
            await sql.scalar("SELECT 1")
    except Exception:
        return False
    return True


# --- the checks ---------------------------------------------------------------------------


async def _verify(sql: SqlDatabase, where: str) -> None:
    await _reachable(sql, where)
    await _integrity(sql, where)
    if sql.backend == "sqlite":  # PostgreSQL: once migrated (its tables may not exist)
        await _writable(sql, where)


async def _reachable(sql: SqlDatabase, where: str) -> str:
    await sql.scalar("SELECT 1")
    return f"{where} answers"


async def _migrated(sql: SqlDatabase, where: str) -> str:
    async with sql.transaction() as tx:
        current = await migrate.current_revision_of(tx)
    head = migrate.shipped_head()
    if current is None:
        raise DatabaseProblem(
            f"{where} has no briefbot tables yet", "start the bot once: it creates them"
        )
    if head is not None and current != head:
        raise DatabaseProblem(
            f"{where} is at schema {current}, this code expects {head}",
            "start the bot (it migrates on start-up), or run the matching briefbot version",
        )
    return f"schema at {current}"


async def _writable(sql: SqlDatabase, where: str) -> str:
    if sql.backend == "sqlite":
        async with sql.transaction(write=True) as tx:
            version = await tx.scalar("PRAGMA user_version")
            await tx.execute(f"PRAGMA user_version = {int(version)}")
        return "a write transaction commits"
    async with sql.transaction() as tx:
        read_only = await tx.scalar("SHOW transaction_read_only")
        recovery = await tx.scalar("SELECT pg_is_in_recovery()")
        may_insert = await tx.scalar(
            "SELECT to_regclass('answers') IS NULL OR has_table_privilege('answers', 'INSERT')"
        )
    if read_only == "on" or recovery:
        raise DatabaseProblem(
            f"{where} is read-only (a standby, or default_transaction_read_only)",
            "point DATABASE_URL at the primary server",
        )
    if not may_insert:
        raise DatabaseProblem(
            f"the database user may not write to {where}",
            "GRANT INSERT, UPDATE, DELETE on briefbot's tables to that user",
        )
    return "writes allowed"


async def _integrity(sql: SqlDatabase, where: str) -> str:
    if sql.backend != "sqlite":
        return "kept by PostgreSQL"
    rows = [row[0] for row in await sql.rows("PRAGMA quick_check")]
    if rows != ["ok"]:
        raise DatabaseProblem(f"{where} is damaged ({str(rows[0])[:80]!r})", _RESTORE)
    return "quick_check ok"


# --- turning failures into one line --------------------------------------------------------


def _sqlite_path(url: str) -> Path | None:
    database = sqlite_database(url)
    return None if database is None else Path(database).expanduser()


def _describe(url: str) -> str:
    try:
        database = sqlite_database(url)
        if database is not None:
            return f"the SQLite file {database}"
        from bot.store.engine import normalise_url

        parsed = normalise_url(url)
    except ValueError as exc:
        raise DatabaseProblem(f"DATABASE_URL is not usable ({exc})", "fix DATABASE_URL") from None
    return f"PostgreSQL at {parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


MIN_FREE_BYTES = 1 << 20
"""Free space a SQLite database's disk needs at start-up (its -wal and -shm files grow)."""


def _disk_full(where: str) -> DatabaseProblem:
    return DatabaseProblem(
        f"the disk holding {where} is full",
        "free some space on it, or set DATABASE_URL to a file on another disk",
    )


def _preflight(url: str, where: str) -> None:
    """File-system problems SQLite would report vaguely ("unable to open database file")."""
    path = _sqlite_path(url)
    if path is None:
        return
    folder = path.parent
    for parent in (folder, *folder.parents):
        if parent.exists() and not parent.is_dir():
            raise DatabaseProblem(
                f"{parent} is a file, so {where} cannot be created under it",
                "set DATABASE_URL to a path in a folder",
            )
    if path.is_dir():
        raise DatabaseProblem(
            f"{path} is a folder, not a database file", "set DATABASE_URL to a file"
        )
    if path.exists() and not os.access(path, os.R_OK):
        raise DatabaseProblem(
            f"{where} cannot be read by this user",
            f"give the bot's user read and write access to {path}",
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseProblem(
            f"{where} is read-only", f"give the bot's user write access to {path}"
        )
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseProblem(
            f"the folder {folder} is read-only (SQLite writes its -wal and -shm files there)",
            f"give the bot's user write access to {folder}",
        )
    if folder.is_dir() and shutil.disk_usage(folder).free < MIN_FREE_BYTES:
        raise _disk_full(where)


def _problem(exc: BaseException, where: str) -> DatabaseProblem:
    """One line for an exception raised while opening or checking the database."""
    if isinstance(exc, DatabaseProblem):
        return exc
    if isinstance(exc, DatabaseVanishedError):
        return DatabaseProblem(str(exc), "restore the file and restart the bot")
    original = driver_error(exc)
    text = str(original).lower()
    if isinstance(original, sqlite3.Error) or "sqlite" in type(original).__module__:
        if "database or disk is full" in text:
            return _disk_full(where)
        if "not a database" in text:
            return DatabaseProblem(f"{where} is not a SQLite database", _RESTORE)
        if "malformed" in text or "corrupt" in text:
            return DatabaseProblem(f"{where} is damaged ({text[:60]})", _RESTORE)
        if "readonly" in text or "read-only" in text:
            return DatabaseProblem(
                f"{where} is read-only",
                "give the bot's user write access to the file and its folder",
            )
        if "unable to open" in text:
            return DatabaseProblem(
                f"{where} cannot be opened", "check the path and the file's permissions"
            )
        if "locked" in text or "busy" in text:
            return DatabaseProblem(
                f"{where} stays locked by another program", "stop the program holding it"
            )
    if isinstance(original, PermissionError):
        return DatabaseProblem(
            f"no permission to create {where}", "give the bot's user write access to its folder"
        )
    if isinstance(original, TimeoutError | asyncio.TimeoutError):
        return DatabaseProblem(
            f"{where} did not answer within {STATEMENT_TIMEOUT} s",
            "check that the server is running and not overloaded",
        )
    if isinstance(original, OSError):
        return DatabaseProblem(
            f"cannot reach {where} ({type(original).__name__})",
            "start the server or fix the host and port in DATABASE_URL",
        )
    name = type(original).__name__
    if name in ("InvalidPasswordError", "InvalidAuthorizationSpecificationError"):
        return DatabaseProblem(
            f"{where} refused the user name or password", "fix them in DATABASE_URL"
        )
    if name == "InvalidCatalogNameError":
        return DatabaseProblem(
            f"{where} does not exist", "create it (createdb) or fix DATABASE_URL"
        )
    return DatabaseProblem(
        f"{where} cannot be used ({name}: {str(original)[:80]})",
        "check DATABASE_URL and the server",
    )
