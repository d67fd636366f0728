"""Reading a student's preferences never holds an interaction up: a database that does not
answer gives the defaults, and is not asked again for a while."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import discord

from bot.core.preferences import Chosen, Preferences, PreferencesService, current_preferences
from bot.core.testing import InMemoryPreferencesStore
from bot.discord_bot.reader import Reader


class FrozenStore(InMemoryPreferencesStore):
    """A store whose preference reads never answer."""

    asked = 0

    async def preferences_of(self, user_ids, guild_ids=()):  # type: ignore[override]
        self.asked += 1
        await asyncio.Event().wait()
        return {}, {}


def interaction(user_id: int = 7) -> SimpleNamespace:
    return SimpleNamespace(
        type=discord.InteractionType.application_command,
        user=SimpleNamespace(id=user_id),
        guild_id=1,
    )


async def test_a_frozen_database_gives_the_defaults_and_is_not_asked_again_at_once() -> None:
    store = FrozenStore()
    store.chosen[7] = Chosen(text_only=True, untimed=True)
    reader = Reader(PreferencesService(store))

    await reader.enter(interaction())  # type: ignore[arg-type]
    first = current_preferences()
    await reader.enter(interaction(8))  # type: ignore[arg-type]

    assert first == Preferences() and current_preferences() == Preferences()
    assert store.asked == 1, "after a failed read the next interactions do not wait for it"


async def test_a_healthy_read_enters_the_students_choice() -> None:
    store = InMemoryPreferencesStore()
    await store.set_preferences(7, text_only=True, untimed=None)
    reader = Reader(PreferencesService(store))

    await reader.enter(interaction())  # type: ignore[arg-type]

    assert current_preferences() == Preferences(text_only=True)


async def test_a_read_given_up_is_one_warning_and_loses_no_saved_preference(caplog) -> None:
    """The defaults only stand in for one interaction's rendering: nothing is written from
    them, so a change of one preference while reads hang keeps the other as saved."""
    store = FrozenStore()
    store.chosen[7] = Chosen(text_only=True, untimed=False)
    reader = Reader(PreferencesService(store))

    with caplog.at_level("WARNING", logger="bot.discord_bot.reader"):
        await reader.enter(interaction())  # type: ignore[arg-type]
        await reader.enter(interaction())  # type: ignore[arg-type]
    await store.set_preferences(7, text_only=None, untimed=True)  # /preferences untimed:True

    (line,) = [r.getMessage() for r in caplog.records]
    assert "user 7" in line and "TimeoutError" in line, "one line per outage, naming the cause"
    assert store.chosen[7] == Chosen(text_only=True, untimed=True)
