"""Students' reading preferences: kept across a reopen, one student never affects another,
exported by /mydata and deleted by /forgetme (SQLite and PostgreSQL)."""

from __future__ import annotations

from bot.core.preferences import Chosen
from bot.store import Store, open_store


async def test_a_student_who_never_chose_has_no_choice(store: Store) -> None:
    assert await store.get_preferences(7) == Chosen(None, None)


async def test_choices_change_only_what_they_name_and_survive_a_reopen(store_url: str) -> None:
    store = await open_store(store_url)
    try:
        first = await store.set_preferences(7, text_only=None, untimed=True)
        second = await store.set_preferences(7, text_only=True, untimed=None)
        await store.set_preferences(8, text_only=False, untimed=None)
    finally:
        await store.close()

    assert first == Chosen(text_only=None, untimed=True)
    assert second == Chosen(text_only=True, untimed=True)
    reopened = await open_store(store_url)
    try:
        assert await reopened.get_preferences(7) == Chosen(True, True)
        assert await reopened.get_preferences(8) == Chosen(False, None)
        assert await reopened.untimed_among([7, 8, 9]) == {7}
        assert await reopened.untimed_among([]) == set()
        await reopened.update_settings(1, text_only_default=True)
        assert await reopened.preferences_of([7, 9], [1, 2]) == ({7: Chosen(True, True)}, {1: True})
    finally:
        await reopened.close()


async def test_mydata_exports_them_and_forgetme_deletes_them(store: Store) -> None:
    await store.set_preferences(7, text_only=True, untimed=False)
    await store.set_preferences(8, text_only=None, untimed=True)

    exported = [r for r in await store.export_user(7) if r["record"] == "preferences"]
    removed = await store.forget_user(7)

    assert [(r["user_id"], r["text_only"], r["untimed"]) for r in exported] == [(7, True, False)]
    assert removed == 1
    assert await store.get_preferences(7) == Chosen()
    assert await store.get_preferences(8) == Chosen(None, True)
