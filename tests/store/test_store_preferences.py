"""Students' reading preferences: kept across a reopen, one student never affects another,
exported by /mydata and deleted by /forgetme (SQLite and PostgreSQL)."""

from __future__ import annotations

from bot.core.preferences import Chosen
from bot.core.store_port import AppStore as Store
from bot.store import open_store


async def test_a_student_who_never_chose_has_no_choice(store: Store) -> None:
    assert await store.preferences.get_preferences(7) == Chosen(None, None)


async def test_choices_change_only_what_they_name_and_survive_a_reopen(store_url: str) -> None:
    store = await open_store(store_url)
    try:
        first = await store.preferences.set_preferences(7, text_only=None, untimed=True)
        second = await store.preferences.set_preferences(7, text_only=True, untimed=None)
        await store.preferences.set_preferences(8, text_only=False, untimed=None)
    finally:
        await store.close()

    assert first == Chosen(text_only=None, untimed=True)
    assert second == Chosen(text_only=True, untimed=True)
    reopened = await open_store(store_url)
    try:
        assert await reopened.preferences.get_preferences(7) == Chosen(True, True)
        assert await reopened.preferences.get_preferences(8) == Chosen(False, None)
        assert await reopened.preferences.untimed_among([7, 8, 9]) == {7}
        assert await reopened.preferences.untimed_among([]) == set()
        await reopened.settings.update_settings(1, text_only_default=True)
        assert await reopened.preferences.preferences_of([7, 9], [1, 2]) == (
            {7: Chosen(True, True)},
            {1: True},
        )
    finally:
        await reopened.close()


async def test_mydata_exports_them_and_forgetme_deletes_them(store: Store) -> None:
    await store.preferences.set_preferences(7, text_only=True, untimed=False)
    await store.preferences.set_preferences(8, text_only=None, untimed=True)

    exported = [r for r in await store.personal_data.export_user(7) if r["record"] == "preferences"]
    removed = await store.personal_data.forget_user(7)

    assert [(r["user_id"], r["text_only"], r["untimed"]) for r in exported] == [(7, True, False)]
    assert removed == 1
    assert await store.preferences.get_preferences(7) == Chosen()
    assert await store.preferences.get_preferences(8) == Chosen(None, True)
