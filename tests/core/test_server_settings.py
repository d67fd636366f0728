"""The /settings rules against an in-memory settings store."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import InvalidInput, NotAllowed, NotFound
from bot.core.library import Library
from bot.core.server_settings import SERVER_DEFAULT, SettingsChange, SettingsService
from bot.core.testing import InMemorySettingsStore

ROOT = Path(__file__).parent.parent.parent
GUILD = 7


def service() -> tuple[SettingsService, InMemorySettingsStore]:
    library = Library(ROOT / "tests" / "fixtures")
    library.reload()
    store = InMemorySettingsStore()
    return SettingsService(store, library), store


async def test_only_manage_server_chooses_the_moderator_role_and_a_refusal_saves_nothing():
    settings, store = service()
    with pytest.raises(NotAllowed, match="Manage Server"):
        await settings.apply(GUILD, SettingsChange(moderator_role_id=5, quiz_timer_seconds=30))
    assert store.saved == {}
    done = await settings.apply(GUILD, SettingsChange(moderator_role_id=5, may_manage_server=True))
    assert done.current.moderator_role_id == 5 and done.changed == ["moderator role"]


async def test_everyone_cannot_be_the_moderator_role_and_set_with_clear_is_refused():
    settings, store = service()
    with pytest.raises(InvalidInput, match="@everyone"):
        await settings.apply(
            GUILD,
            SettingsChange(moderator_role_id=GUILD, role_is_everyone=True, may_manage_server=True),
        )
    with pytest.raises(InvalidInput, match="not both"):
        await settings.apply(GUILD, SettingsChange(qotd_channel_id=3, clear="qotd_channel"))
    assert store.saved == {}


async def test_a_default_briefing_is_saved_by_its_id_and_can_be_cleared():
    settings, _store = service()
    with pytest.raises(NotFound):
        await settings.apply(GUILD, SettingsChange(default_briefing="volcanoes of iceland"))
    done = await settings.apply(GUILD, SettingsChange(default_briefing="mini"))
    assert done.current.default_briefing is not None
    cleared = await settings.apply(GUILD, SettingsChange(clear="default_briefing"))
    assert cleared.current.default_briefing is None
    unchanged = await settings.apply(GUILD, SettingsChange())
    assert unchanged.changed == [] and unchanged.current == cleared.current


async def test_a_shipped_language_is_saved_the_default_clears_it_and_another_is_refused():
    settings, store = service()
    with pytest.raises(InvalidInput, match="en, fr"):
        await settings.apply(GUILD, SettingsChange(language="klingon"))
    assert store.saved == {}
    done = await settings.apply(GUILD, SettingsChange(language="fr"))
    assert done.current.language == "fr" and done.changed == ["language"]
    cleared = await settings.apply(GUILD, SettingsChange(language=SERVER_DEFAULT))
    assert cleared.current.language is None
