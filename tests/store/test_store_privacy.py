"""/mydata and /forgetme: a user sees everything kept about them, and can have it all deleted."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

from store_helpers import NOW, answer, rows_mentioning

from bot.core.progress import ReviewState, Schedule
from bot.core.store_port import AppStore

HOUR = dt.timedelta(hours=1)


async def _fill(store: AppStore, user_id: int) -> Schedule:
    await store.answers.record_answer(answer(user_id, "q1"), ReviewState("{}", NOW + HOUR))
    await store.answers.record_answer(answer(user_id, "q2", correct=False, guild_id=None))
    await store.sessions.save_session(f"solo-{user_id}", "solo", user_id, 1, 5, "{}", NOW + HOUR)
    return await store.schedules.add_schedule(
        Schedule(
            guild_id=1,
            channel_id=5,
            briefing_id="b1",
            what="briefing",
            recurrence="daily",
            at=dt.time(8, 0),
            timezone="Europe/Berlin",
            created_by=user_id,
        )
    )


async def test_export_holds_the_users_answers_reviews_sessions_and_schedules(
    store: AppStore,
) -> None:
    await _fill(store, 7)
    await _fill(store, 8)

    exported = await store.personal_data.export_user(7)

    json.dumps(exported)  # ready for a JSON file as it is
    answers = [r for r in exported if r["record"] == "answer"]
    assert [(a["question_id"], a["correct"], a["guild_id"]) for a in answers] == [
        ("q1", True, 1),
        ("q2", False, None),
    ]
    assert answers[0]["answered_at"] == NOW.isoformat()
    assert {r["record"] for r in exported} == {"answer", "review", "session", "schedule"}
    assert all(7 in (r.get("user_id"), r.get("owner_id"), r.get("created_by")) for r in exported)


async def test_forget_user_leaves_nothing_and_spares_everyone_else(
    store: AppStore, store_url: str
) -> None:
    schedule = await _fill(store, 7)
    await _fill(store, 8)

    removed = await store.personal_data.forget_user(7)

    assert removed == 5  # two answers, a review, a session, authorship of a schedule
    assert set((await rows_mentioning(store_url, 7)).values()) == {0}
    assert await store.personal_data.export_user(7) == []
    assert (await store.progress.score(7, None, NOW)).overall.answered == 0
    assert await store.progress.rank_of(1, 7) is None
    assert await store.reviews.due_reviews(7, NOW + 2 * HOUR) == []
    # the server's schedule keeps running, without its author
    (kept,) = [s for s in await store.schedules.list_schedules(1) if s.id == schedule.id]
    assert kept.created_by is None
    # the other user is untouched
    assert (await store.progress.score(8, None, NOW)).overall.answered == 2
    assert len(await store.personal_data.export_user(8)) == 5
    assert await store.personal_data.forget_user(7) == 0


async def test_forget_user_also_removes_answers_still_being_written(store: AppStore) -> None:
    pending = [
        asyncio.ensure_future(store.answers.record_answer(answer(7, f"q{n}"))) for n in range(30)
    ]
    await asyncio.sleep(0)

    await store.personal_data.forget_user(7)

    assert all(p.done() for p in pending)
    assert await store.personal_data.export_user(7) == []
