"""Each server's own numbers for its schedules, assignments and question reports (`#1`, ...)."""

from __future__ import annotations

from typing import Literal

from bot.store.sql import SqlRunner

__all__ = ["last_number", "next_number"]

Kind = Literal["schedule", "assignment", "report"]

_NEXT = (
    "INSERT INTO server_numbers (guild_id, kind, last) VALUES (:guild, :kind, 1)"
    " ON CONFLICT (guild_id, kind) DO UPDATE SET last = server_numbers.last + 1"
    " RETURNING last"
)


async def next_number(tx: SqlRunner, guild_id: int, kind: Kind) -> int:
    """The server's next number of this kind, in the caller's transaction: counted per
    server from 1, never given twice (the row's lock orders servers' concurrent adds)."""
    number = await tx.scalar(_NEXT, {"guild": guild_id, "kind": kind})
    assert number is not None
    return int(number)


async def last_number(sql: SqlRunner, guild_id: int, kind: Kind) -> int:
    """The highest number of this kind the server was ever given (0 for none)."""
    last = await sql.scalar(
        "SELECT last FROM server_numbers WHERE guild_id = :guild AND kind = :kind",
        {"guild": guild_id, "kind": kind},
    )
    return int(last or 0)
