"""Students' reading preferences: one row per student who ever chose.

`SqlPreferences` implements `bot.core.preferences.PreferencesStore`. Every interaction reads
its student's preferences first; on SQLite that read goes through the store's plain reader
(`bot.store.sqlite_reader`, one hop to its thread) instead of a thread hop per driver call.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import partial

from bot.core.preferences import Chosen
from bot.store.dialect import Clock
from bot.store.sql import SqlDatabase, read_bool, read_maybe_bool
from bot.store.sqlite_reader import ReadSql, SqliteReader

__all__ = ["SqlPreferences"]

_CHOICES = "SELECT user_id, text_only, untimed FROM learner_preferences WHERE user_id IN (:ids)"
_DEFAULTS = "SELECT guild_id, text_only_default FROM guild_settings WHERE guild_id IN (:ids)"


class SqlPreferences:
    """Each student's text-only and untimed choices (`PreferencesStore`)."""

    def __init__(self, sql: SqlDatabase, clock: Clock, reader: SqliteReader | None = None) -> None:
        self._sql = sql
        self._reader = reader
        self._clock = clock

    async def get_preferences(self, user_id: int) -> Chosen:
        """A student's reading preferences (all None when they never chose)."""
        chosen, _defaults = await self.preferences_of([user_id])
        return chosen.get(user_id, Chosen())

    async def preferences_of(
        self, user_ids: Collection[int], guild_ids: Collection[int] = ()
    ) -> tuple[dict[int, Chosen], dict[int, bool]]:
        """The choices of the students among `user_ids` who ever chose, and the text-only
        default of each server among `guild_ids` that has settings (one read transaction)."""
        if self._reader is not None:
            return await self._reader.read(partial(_read_choices, list(user_ids), list(guild_ids)))
        chosen: dict[int, Chosen] = {}
        defaults: dict[int, bool] = {}
        async with self._sql.transaction() as tx:
            if user_ids:
                for user_id, text_only, untimed in await tx.rows(_CHOICES, {"ids": list(user_ids)}):
                    chosen[user_id] = Chosen(read_maybe_bool(text_only), read_maybe_bool(untimed))
            if guild_ids:
                for guild_id, text_only in await tx.rows(_DEFAULTS, {"ids": list(guild_ids)}):
                    defaults[guild_id] = read_bool(text_only)
        return chosen, defaults

    async def set_preferences(
        self, user_id: int, *, text_only: bool | None, untimed: bool | None
    ) -> Chosen:
        """Change the preferences given (None keeps one as it is); returns the result."""
        changes = {
            name: value
            for name, value in (("text_only", text_only), ("untimed", untimed))
            if value is not None
        }
        updates = ", ".join(f"{name} = :{name}" for name in [*changes, "updated_at"])
        await self._sql.execute(
            "INSERT INTO learner_preferences (user_id, text_only, untimed, updated_at)"
            " VALUES (:user, :text_only, :untimed, :updated_at)"
            f" ON CONFLICT (user_id) DO UPDATE SET {updates}",
            {
                "user": user_id,
                "text_only": text_only,
                "untimed": untimed,
                "updated_at": self._clock(),
            },
        )
        return await self.get_preferences(user_id)

    async def untimed_among(self, user_ids: Collection[int]) -> set[int]:
        """Which of these students chose untimed."""
        if not user_ids:
            return set()
        rows = await self._sql.rows(
            "SELECT user_id FROM learner_preferences WHERE user_id IN (:ids) AND untimed = :yes",
            {"ids": list(user_ids), "yes": True},
        )
        return {user_id for (user_id,) in rows}


def _read_choices(
    user_ids: list[int], guild_ids: list[int], sql: ReadSql
) -> tuple[dict[int, Chosen], dict[int, bool]]:
    """`preferences_of` as plain SQL on the SQLite reader (booleans are stored as 0 and 1)."""
    chosen: dict[int, Chosen] = {}
    defaults: dict[int, bool] = {}
    if user_ids:
        query = (
            "SELECT user_id, text_only, untimed FROM learner_preferences "
            f"WHERE user_id IN ({', '.join('?' * len(user_ids))})"
        )
        for user_id, text_only, untimed in sql.rows(query, tuple(user_ids)):
            chosen[user_id] = Chosen(read_maybe_bool(text_only), read_maybe_bool(untimed))
    if guild_ids:
        query = (
            "SELECT guild_id, text_only_default FROM guild_settings "
            f"WHERE guild_id IN ({', '.join('?' * len(guild_ids))})"
        )
        for guild_id, text_only in sql.rows(query, tuple(guild_ids)):
            defaults[guild_id] = read_bool(text_only)
    return chosen, defaults
