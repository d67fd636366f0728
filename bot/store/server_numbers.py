"""Each server's own numbers for its schedules, assignments and question reports (`#1`, ...)."""

from __future__ import annotations

from typing import Literal

from bot.store.sql import SqlRunner

__all__ = ["next_number"]

_NEXT = (
    "INSERT INTO server_numbers (guild_id, kind, last) VALUES (:guild, :kind, 1)"
    " ON CONFLICT (guild_id, kind) DO UPDATE SET last = server_numbers.last + 1"
    " RETURNING last"
)


async def next_number(
    tx: SqlRunner, guild_id: int, kind: Literal["schedule", "assignment", "report"]
) -> int:
    """The server's next number of this kind, in the caller's transaction: counted per
    server from 1, never given twice (the row's lock orders servers' concurrent adds)."""
    number = await tx.scalar(_NEXT, {"guild": guild_id, "kind": kind})
    assert number is not None
    return int(number)
