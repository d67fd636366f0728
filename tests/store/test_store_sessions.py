"""Quiz sessions survive a restart and go away when ended or expired."""

from __future__ import annotations

import datetime as dt

from store_helpers import NOW

from bot.core.store_port import AppStore
from bot.store import open_store

HOUR = dt.timedelta(hours=1)


async def test_a_session_survives_reopening_the_store(store_url: str) -> None:
    store = await open_store(store_url, clock=lambda: NOW)
    await store.sessions.save_session("quiz-1", "solo", 7, 1, 5, '{"next": 3}', NOW + HOUR)
    await store.close()

    reopened = await open_store(store_url)
    try:
        session = await reopened.sessions.load_session("quiz-1")
    finally:
        await reopened.close()
    assert session is not None
    assert (session.kind, session.owner_id, session.guild_id, session.channel_id) == (
        "solo",
        7,
        1,
        5,
    )
    assert session.state == '{"next": 3}'
    assert session.expires_at == NOW + HOUR
    assert session.updated_at == NOW


async def test_saving_again_replaces_the_state(store: AppStore) -> None:
    await store.sessions.save_session("quiz-1", "solo", 7, None, None, '{"next": 1}', NOW + HOUR)
    await store.sessions.save_session(
        "quiz-1", "solo", 7, None, None, '{"next": 2}', NOW + 2 * HOUR
    )

    session = await store.sessions.load_session("quiz-1")
    assert session is not None
    assert (session.state, session.expires_at) == ('{"next": 2}', NOW + 2 * HOUR)


async def test_ended_and_expired_sessions_are_gone(store: AppStore) -> None:
    await store.sessions.save_session("quiz-1", "solo", 7, 1, 5, "{}", NOW + HOUR)
    await store.sessions.save_session("quiz-2", "group", 8, 1, 5, "{}", NOW + HOUR)

    assert await store.sessions.end_session("quiz-1") is True
    assert await store.sessions.end_session("quiz-1") is False
    assert await store.sessions.load_session("quiz-1") is None

    assert await store.sessions.load_session("quiz-2", now=NOW) is not None
    assert await store.sessions.load_session("quiz-2", now=NOW + HOUR) is None
    assert await store.sessions.purge_expired_sessions(NOW + HOUR) == 1
    assert await store.sessions.load_session("quiz-2") is None


async def test_active_sessions_can_be_found_by_owner_and_kind(store: AppStore) -> None:
    await store.sessions.save_session("a", "solo", 7, 1, 5, "{}", NOW + HOUR)
    await store.sessions.save_session("b", "group", 7, 1, 5, "{}", NOW + HOUR)
    await store.sessions.save_session("c", "solo", 8, 1, 5, "{}", NOW + HOUR)
    await store.sessions.save_session("d", "solo", 7, 1, 5, "{}", NOW)  # already over

    assert [s.session_id for s in await store.sessions.active_sessions(NOW)] == ["a", "b", "c"]
    assert [s.session_id for s in await store.sessions.active_sessions(NOW, owner_id=7)] == [
        "a",
        "b",
    ]
    found = await store.sessions.active_sessions(NOW, owner_id=7, kind="solo")
    assert [s.session_id for s in found] == ["a"]
