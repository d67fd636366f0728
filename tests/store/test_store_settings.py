"""Per-server settings: defaults until changed, changes kept, one server never affects another."""

from __future__ import annotations

import asyncio

import pytest

from bot.core.progress import GuildSettings
from bot.core.store_port import AppStore
from bot.store import open_store


async def test_a_new_server_gets_the_defaults(store: AppStore) -> None:
    settings = await store.settings.get_settings(1)

    assert settings == GuildSettings(guild_id=1)
    assert (settings.quiz_timer_seconds, settings.untimed_default) == (20, False)
    assert settings.moderator_role_id is None


async def test_updates_change_only_what_they_name_and_last(store_url: str) -> None:
    store = await open_store(store_url)
    await store.settings.update_settings(1, quiz_timer_seconds=45, moderator_role_id=555)
    updated = await store.settings.update_settings(1, default_briefing="b1", qotd_channel_id=9)
    await store.close()

    assert updated == GuildSettings(1, 555, 45, False, "b1", 9)
    reopened = await open_store(store_url)
    try:
        assert await reopened.settings.get_settings(1) == updated
        assert await reopened.settings.get_settings(2) == GuildSettings(guild_id=2)
        cleared = await reopened.settings.update_settings(
            1, moderator_role_id=None, untimed_default=True
        )
    finally:
        await reopened.close()
    assert cleared == GuildSettings(1, None, 45, True, "b1", 9)


@pytest.mark.parametrize(
    "changes",
    [{"colour": "red"}, {"guild_id": 2}, {"quiz_timer_seconds": 0}, {"quiz_timer_seconds": True}],
)
async def test_a_bad_change_is_refused_and_changes_nothing(
    store: AppStore, changes: dict[str, object]
) -> None:
    await store.settings.update_settings(1, quiz_timer_seconds=30)

    with pytest.raises(ValueError):
        await store.settings.update_settings(1, **changes)
    assert (await store.settings.get_settings(1)).quiz_timer_seconds == 30


async def test_concurrent_updates_of_different_settings_both_stick(store_url: str) -> None:
    first, second = await open_store(store_url), await open_store(store_url)
    try:
        await asyncio.gather(
            first.settings.update_settings(1, quiz_timer_seconds=60),
            second.settings.update_settings(1, qotd_channel_id=77),
        )
        settings = await first.settings.get_settings(1)
    finally:
        await first.close()
        await second.close()
    assert (settings.quiz_timer_seconds, settings.qotd_channel_id) == (60, 77)
