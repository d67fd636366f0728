"""Students' reading preferences: one row per student who ever chose.

`SqlPreferences` implements `bot.core.preferences.PreferencesStore`. Every interaction reads
its student's preferences first; on SQLite that read goes through the store's plain reader
(`bot.store.sqlite_reader`, on the event loop) instead of a thread hop per driver call.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import partial

from sqlalchemy import select

from bot.core.preferences import Chosen
from bot.store.database import Database
from bot.store.dialect import Clock, dialect_insert
from bot.store.engine import WRITE
from bot.store.schema import guild_settings, learner_preferences
from bot.store.sqlite_reader import ReadSql, SqliteReader

__all__ = ["SqlPreferences"]


class SqlPreferences:
    """Each student's text-only and untimed choices (`PreferencesStore`)."""

    def __init__(self, engine: Database, clock: Clock, reader: SqliteReader | None = None) -> None:
        self._engine = engine
        self._reader = reader
        self._write = engine.execution_options(**WRITE)
        self._clock = clock
        self._insert = dialect_insert(engine.dialect.name)

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
        async with self._engine.connect() as conn:
            if user_ids:
                query = select(learner_preferences).where(
                    learner_preferences.c.user_id.in_(list(user_ids))
                )
                for row in (await conn.execute(query)).mappings():
                    chosen[row["user_id"]] = Chosen(row["text_only"], row["untimed"])
            if guild_ids:
                settings = select(guild_settings.c.guild_id, guild_settings.c.text_only_default)
                settings = settings.where(guild_settings.c.guild_id.in_(list(guild_ids)))
                for guild_id, text_only in await conn.execute(settings):
                    defaults[guild_id] = bool(text_only)
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
        values = {"text_only": text_only, "untimed": untimed, "updated_at": self._clock()}
        async with self._write.begin() as conn:
            await conn.execute(
                self._insert(learner_preferences)
                .values(user_id=user_id, **values)
                .on_conflict_do_update(
                    index_elements=[learner_preferences.c.user_id],
                    set_={**changes, "updated_at": values["updated_at"]},
                )
            )
        return await self.get_preferences(user_id)

    async def untimed_among(self, user_ids: Collection[int]) -> set[int]:
        """Which of these students chose untimed."""
        if not user_ids:
            return set()
        query = select(learner_preferences.c.user_id).where(
            learner_preferences.c.user_id.in_(list(user_ids)),
            learner_preferences.c.untimed.is_(True),
        )
        async with self._engine.connect() as conn:
            return set((await conn.scalars(query)).all())


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
            chosen[user_id] = Chosen(_flag(text_only), _flag(untimed))
    if guild_ids:
        query = (
            "SELECT guild_id, text_only_default FROM guild_settings "
            f"WHERE guild_id IN ({', '.join('?' * len(guild_ids))})"
        )
        for guild_id, text_only in sql.rows(query, tuple(guild_ids)):
            defaults[guild_id] = bool(text_only)
    return chosen, defaults


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)
