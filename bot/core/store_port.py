"""The whole store as the application sees it: one port made of the per-area ports.

`bot.store.Store` provides it; `bot.app` composes it and hands it to services and adapters,
which name only this port (or a narrower one), never the concrete store.
"""

from __future__ import annotations

from typing import Protocol

from bot.core.ports import ProgressStore
from bot.core.preferences import PreferencesStore
from bot.core.schedule_runner import ScheduleStore
from bot.core.server_settings import SettingsStore

__all__ = ["AppStore"]


class AppStore(ProgressStore, ScheduleStore, SettingsStore, PreferencesStore, Protocol):
    """Answers and reviews, sessions, schedules and runs, settings, preferences, personal data."""

    async def close(self) -> None:
        """Commit what is queued and release the database."""
        ...
