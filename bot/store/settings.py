"""Server settings: one row per server that changed any, defaults for the rest.

`SqlSettings` implements `bot.core.server_settings.SettingsStore`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.core.progress import GuildSettings
from bot.store.dialect import Clock
from bot.store.sql import SqlDatabase, SqlRunner, read_bool

__all__ = ["SqlSettings"]

_SETTING_FIELDS = tuple(
    sorted(f.name for f in dataclasses.fields(GuildSettings) if f.name != "guild_id")
)
"""The stored settings, each a column of `guild_settings` of the same name."""

_READ = (
    "SELECT moderator_role_id, quiz_timer_seconds, untimed_default, default_briefing,"
    " qotd_channel_id, language, text_only_default FROM guild_settings WHERE guild_id = :guild"
)


def _upsert(changed: list[str]) -> str:
    """Insert a server's whole row, or on conflict change only the `changed` columns."""
    columns = ", ".join(_SETTING_FIELDS)
    values = ", ".join(f":{name}" for name in _SETTING_FIELDS)
    updates = ", ".join(f"{name} = :{name}" for name in [*changed, "updated_at"])
    return (
        f"INSERT INTO guild_settings (guild_id, {columns}, updated_at)"
        f" VALUES (:guild, {values}, :updated_at)"
        f" ON CONFLICT (guild_id) DO UPDATE SET {updates}"
    )


class SqlSettings:
    """Each server's settings (`SettingsStore`)."""

    def __init__(self, sql: SqlDatabase, clock: Clock) -> None:
        self._sql = sql
        self._clock = clock

    async def get_settings(self, guild_id: int) -> GuildSettings:
        """A server's settings, the defaults for anything never changed."""
        return await self._settings(self._sql, guild_id)

    async def update_settings(self, guild_id: int, /, **changes: Any) -> GuildSettings:
        """Change some of a server's settings, leaving the others; returns the result.

        Keys are `GuildSettings` fields; an unknown key or a bad value raises ValueError and
        changes nothing.
        """
        unknown = set(changes) - set(_SETTING_FIELDS)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        defaults = GuildSettings(guild_id)
        dataclasses.replace(defaults, **changes)  # validates the new values
        values = {name: getattr(defaults, name) for name in _SETTING_FIELDS} | changes
        params = {**values, "guild": guild_id, "updated_at": self._clock()}
        async with self._sql.transaction(write=True) as tx:
            await tx.execute(_upsert(sorted(changes)), params)
            return await self._settings(tx, guild_id)

    @staticmethod
    async def _settings(sql: SqlRunner, guild_id: int) -> GuildSettings:
        row = await sql.one(_READ, {"guild": guild_id})
        if row is None:
            return GuildSettings(guild_id)
        role, timer, untimed, briefing, qotd, language, text_only = row
        return GuildSettings(
            guild_id=guild_id,
            moderator_role_id=role,
            quiz_timer_seconds=timer,
            untimed_default=read_bool(untimed),
            default_briefing=briefing,
            qotd_channel_id=qotd,
            language=language,
            text_only_default=read_bool(text_only),
        )
