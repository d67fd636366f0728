"""Server settings: one row per server that changed any, defaults for the rest.

`SqlSettings` implements `bot.core.server_settings.SettingsStore`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select

from bot.core.progress import GuildSettings
from bot.store.database import Database, DatabaseConnection
from bot.store.dialect import Clock, dialect_insert
from bot.store.engine import WRITE
from bot.store.schema import guild_settings

__all__ = ["SqlSettings"]

_SETTING_FIELDS = frozenset(f.name for f in dataclasses.fields(GuildSettings)) - {"guild_id"}


class SqlSettings:
    """Each server's settings (`SettingsStore`)."""

    def __init__(self, engine: Database, clock: Clock) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._clock = clock
        self._insert = dialect_insert(engine.dialect.name)

    async def get_settings(self, guild_id: int) -> GuildSettings:
        """A server's settings, the defaults for anything never changed."""
        async with self._engine.connect() as conn:
            return await self._settings(conn, guild_id)

    async def update_settings(self, guild_id: int, /, **changes: Any) -> GuildSettings:
        """Change some of a server's settings, leaving the others; returns the result.

        Keys are `GuildSettings` fields; an unknown key or a bad value raises ValueError and
        changes nothing.
        """
        unknown = set(changes) - _SETTING_FIELDS
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        defaults = GuildSettings(guild_id)
        dataclasses.replace(defaults, **changes)  # validates the new values
        values = {name: getattr(defaults, name) for name in _SETTING_FIELDS} | changes
        values["updated_at"] = self._clock()
        set_ = {**changes, "updated_at": values["updated_at"]}
        async with self._write.begin() as conn:
            await conn.execute(
                self._insert(guild_settings)
                .values(guild_id=guild_id, **values)
                .on_conflict_do_update(index_elements=[guild_settings.c.guild_id], set_=set_)
            )
            return await self._settings(conn, guild_id)

    @staticmethod
    async def _settings(conn: DatabaseConnection, guild_id: int) -> GuildSettings:
        row = (
            (
                await conn.execute(
                    select(guild_settings).where(guild_settings.c.guild_id == guild_id)
                )
            )
            .mappings()
            .one_or_none()
        )
        if row is None:
            return GuildSettings(guild_id)
        return GuildSettings(
            guild_id=guild_id,
            moderator_role_id=row["moderator_role_id"],
            quiz_timer_seconds=row["quiz_timer_seconds"],
            untimed_default=bool(row["untimed_default"]),
            default_briefing=row["default_briefing"],
            qotd_channel_id=row["qotd_channel_id"],
            language=row["language"],
            text_only_default=bool(row["text_only_default"]),
        )
