"""Students' preferences in the core: their choice wins, the server's default fills in, the
console's words are checked, and the reply reads well in English and French."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.core.class_chart import chart_description, results_text
from bot.core.classwork import DayResult
from bot.core.errors import InvalidInput
from bot.core.preferences import (
    Chosen,
    Preferences,
    PreferencesService,
    current_preferences,
    parse_switch,
    use_preferences,
)
from bot.core.progress import GuildSettings
from bot.core.testing import InMemoryPreferencesStore
from bot.i18n import use_language


def service() -> tuple[PreferencesService, InMemoryPreferencesStore]:
    store = InMemoryPreferencesStore()
    store.saved[1] = GuildSettings(1, text_only_default=True)
    return PreferencesService(store), store


async def test_the_students_choice_wins_and_the_servers_default_fills_in() -> None:
    preferences, _store = service()

    assert await preferences.effective(7, 1) == Preferences(text_only=True)
    assert await preferences.effective(7, 2) == Preferences()
    assert await preferences.effective(7, None) == Preferences()
    await preferences.choose(7, 1, untimed=True)
    assert await preferences.effective(7, 1) == Preferences(text_only=True, untimed=True)
    await preferences.choose(7, 1, text_only=False)
    assert await preferences.effective(7, 1) == Preferences(text_only=False, untimed=True)
    assert await preferences.untimed_among([7, 8]) == {7}


async def test_choosing_nothing_shows_the_preferences_and_changes_nothing() -> None:
    preferences, store = service()

    current, reply = await preferences.choose(7, None)

    assert current == Preferences() and store.chosen == {}
    assert reply.private and reply.pages[0].title == "Your preferences"


async def test_a_french_student_reads_the_preferences_in_french() -> None:
    preferences, _store = service()

    with use_language("fr"):
        _current, reply = await preferences.choose(7, 1, untimed=True)

    page = reply.pages[0]
    assert page.title == "Préférences enregistrées"
    assert "Sans chrono" in page.body and "activé" in page.body


def test_the_preferences_of_a_request_stay_inside_it() -> None:
    assert current_preferences() == Preferences()
    with use_preferences(Preferences(untimed=True)):
        assert current_preferences().untimed
    assert current_preferences() == Preferences()


@pytest.mark.parametrize(("typed", "meant"), [("on", True), ("OFF", False), ("oui", True)])
def test_console_switches(typed: str, meant: bool) -> None:
    assert parse_switch(typed) is meant


def test_an_odd_switch_gets_a_clear_message() -> None:
    with pytest.raises(InvalidInput, match="on or off"):
        parse_switch("maybe")


def test_the_chart_as_text_and_its_alternative_text_carry_its_figures() -> None:
    days = [
        DayResult(dt.date(2026, 11, 20), answered=4, correct=3),
        DayResult(dt.date(2026, 11, 21), answered=1, correct=0),
    ]

    assert results_text(days).splitlines() == [
        "2026-11-20: 4 answers (right: 75%)",
        "2026-11-21: 1 answer (right: 0%)",
    ]
    described = chart_description(days, "Right answers per day: Club")
    assert "2026-11-20" in described and "2026-11-21" in described
    assert "5 answers in all (right: 60%)" in described


async def test_reads_at_the_same_moment_are_one_read_and_nothing_is_kept() -> None:
    preferences, store = service()
    store.chosen[2] = Chosen(text_only=False)
    calls: list[list[int]] = []
    real = store.preferences_of

    async def counted(user_ids, guild_ids):
        calls.append(sorted(user_ids))
        return await real(user_ids, guild_ids)

    store.preferences_of = counted  # type: ignore[method-assign]
    found = await asyncio.gather(*(preferences.effective(u, 1) for u in (1, 2, 3)))
    store.chosen[3] = Chosen(text_only=False)
    again = await preferences.effective(3, 1)

    assert calls[0] == [1, 2, 3]
    assert [f.text_only for f in found] == [True, False, True]
    assert again.text_only is False, "a change is seen at the next read"
