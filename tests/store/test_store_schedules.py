"""Schedules and their runs: each run is claimed by exactly one process, ever."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from store_helpers import NOW, query_plans, selects_run

from bot.core.progress import Schedule
from bot.core.schedule import run_key
from bot.core.schedule_runner import RunRetry
from bot.core.store_port import AppStore
from bot.store import open_store


def daily(guild_id: int = 1, **changes: object) -> Schedule:
    fields: dict[str, object] = {
        "guild_id": guild_id,
        "channel_id": 5,
        "briefing_id": "b1",
        "what": "question",
        "recurrence": "daily",
        "at": dt.time(8, 30),
        "timezone": "Europe/Berlin",
        "created_by": 7,
    }
    fields.update(changes)
    return Schedule(**fields)  # type: ignore[arg-type]


async def test_schedules_round_trip_with_their_times(store: AppStore) -> None:
    once = await store.schedules.add_schedule(
        daily(what="briefing", recurrence="once", at=dt.datetime(2025, 3, 14, 18, 0))
    )
    weekly = await store.schedules.add_schedule(
        daily(recurrence="weekly", weekday=4, at=dt.time(7, 5))
    )
    elsewhere = await store.schedules.add_schedule(daily(guild_id=2))

    assert once.id is not None and weekly.id is not None and once.id != weekly.id
    assert await store.schedules.list_schedules(1) == [once, weekly]
    assert await store.schedules.list_schedules() == [once, weekly, elsewhere]
    assert await store.schedules.list_schedules(3) == []


async def test_a_schedule_is_removed_only_from_its_own_server(store: AppStore) -> None:
    schedule = await store.schedules.add_schedule(daily(guild_id=1))
    assert schedule.id is not None

    assert await store.schedules.remove_schedule(2, schedule.id) is False
    assert await store.schedules.list_schedules(1) == [schedule]
    assert await store.schedules.remove_schedule(1, schedule.id) is True
    assert await store.schedules.list_schedules(1) == []
    assert await store.schedules.remove_schedule(1, schedule.id) is False


@pytest.mark.parametrize(
    "bad",
    [
        {"recurrence": "once"},  # needs a date and time
        {"recurrence": "weekly"},  # needs a weekday
        {"weekday": 2},  # daily takes none
        {"what": "poll"},
        {"recurrence": "hourly"},
        {"at": dt.time(8, 0, tzinfo=dt.UTC)},
        {"timezone": ""},
    ],
)
def test_an_impossible_schedule_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        daily(**bad)


async def test_a_run_is_claimed_once_then_marked_posted(store: AppStore) -> None:
    schedule = await store.schedules.add_schedule(daily())
    assert schedule.id is not None
    key = "2025-03-10T08:30+01:00"

    assert await store.schedules.claim_run(schedule.id, key, "shard-0") is True
    assert await store.schedules.claim_run(schedule.id, key, "shard-0") is False
    assert await store.schedules.claim_run(schedule.id, "2025-03-11T08:30+01:00", "shard-1") is True

    run = await store.schedules.get_run(schedule.id, key)
    assert run is not None
    assert (run.claimed_by, run.claimed_at, run.posted_at) == ("shard-0", NOW, None)
    assert await store.schedules.mark_run_posted(schedule.id, key, message_id=42) is True
    run = await store.schedules.get_run(schedule.id, key)
    assert run is not None
    assert (run.posted_at, run.message_id) == (NOW, 42)
    assert await store.schedules.mark_run_posted(schedule.id, "never-claimed") is False
    assert await store.schedules.get_run(schedule.id, "never-claimed") is None


async def test_the_runs_from_before_a_schedule_are_settled_as_it_is_saved(store: AppStore) -> None:
    """In the same transaction: a stop right after saving it can never post one of them."""
    before = [NOW - dt.timedelta(days=1), NOW - dt.timedelta(minutes=20)]
    saved = await store.schedules.add_schedule(daily(), before, "p1:before-created")
    assert saved.id is not None
    for at in before:
        key = run_key(saved.id, at)
        assert not await store.schedules.claim_run(saved.id, key, "p2")
        claim = await store.schedules.get_run(saved.id, key)
        assert claim is not None and claim.claimed_by == "p1:before-created"
    assert await store.schedules.claim_run(saved.id, run_key(saved.id, NOW), "p2")


async def test_a_released_run_can_be_claimed_again_but_never_a_posted_one(store: AppStore) -> None:
    schedule = await store.schedules.add_schedule(daily())
    assert schedule.id is not None
    failed, posted = "2025-03-10T08:30+01:00", "2025-03-11T08:30+01:00"
    assert await store.schedules.claim_run(schedule.id, failed, "shard-0")
    await store.schedules.release_run(schedule.id, failed, "shard-1")  # not its claim
    assert not await store.schedules.claim_run(schedule.id, failed, "shard-1")
    await store.schedules.release_run(schedule.id, failed, "shard-0")
    assert await store.schedules.claim_run(schedule.id, failed, "shard-1"), "claimable again"

    assert await store.schedules.claim_run(schedule.id, posted, "shard-0")
    assert await store.schedules.mark_run_posted(schedule.id, posted, message_id=7)
    await store.schedules.release_run(schedule.id, posted, "shard-0")
    assert not await store.schedules.claim_run(schedule.id, posted, "shard-1"), "posted: kept"


async def test_a_failed_runs_tries_are_kept_until_it_is_posted(store: AppStore) -> None:
    schedule = await store.schedules.add_schedule(daily())
    assert schedule.id is not None
    key, other = "2025-03-10T08:30+01:00", "2025-03-11T08:30+01:00"
    assert await store.schedules.run_retry(schedule.id, key) == RunRetry(0, 0)
    await store.schedules.save_run_retry(schedule.id, key, RunRetry(1, 2))
    await store.schedules.save_run_retry(schedule.id, key, RunRetry(2, 2))
    assert await store.schedules.run_retry(schedule.id, key) == RunRetry(2, 2)
    assert await store.schedules.run_retry(schedule.id, other) == RunRetry(0, 0)

    assert await store.schedules.claim_run(schedule.id, key, "shard-0")
    assert await store.schedules.mark_run_posted(schedule.id, key, message_id=7)
    assert await store.schedules.run_retry(schedule.id, key) == RunRetry(0, 0), "posted: gone"
    await store.schedules.remove_schedule(1, schedule.id)
    await store.schedules.save_run_retry(schedule.id, key, RunRetry(1, 0))  # removed: no error


async def test_a_run_of_a_removed_schedule_cannot_be_claimed(store: AppStore) -> None:
    schedule = await store.schedules.add_schedule(daily())
    assert schedule.id is not None
    await store.schedules.remove_schedule(1, schedule.id)

    assert await store.schedules.claim_run(schedule.id, "k", "shard-0") is False


async def test_one_claimer_wins_across_processes(store_url: str) -> None:
    """Ten claimers of each run (two per process) race at once. The runs are raced one after
    the other: all five at once made 50 fresh PostgreSQL connections in the same instant, a
    burst no process makes (its pool stays open), which under a loaded machine once went
    past the 1 s connect limit (a limit kept: with the 1.5 s statement limit it keeps a
    reply to a student within Discord's 3 s when the server is frozen)."""
    stores = [await open_store(store_url) for _ in range(5)]  # five engines, as five shards
    try:
        schedule = await stores[0].schedules.add_schedule(daily())
        assert schedule.id is not None
        keys = [f"2025-03-{day:02d}T08:30" for day in range(1, 6)]

        results = []
        for key in keys:
            results += await asyncio.gather(
                *(
                    s.schedules.claim_run(schedule.id, key, f"shard-{n}")
                    for n, s in enumerate(stores)
                    for _ in range(2)
                )
            )
    finally:
        for s in stores:
            await s.close()

    per_key = [results[i * 10 : (i + 1) * 10] for i in range(len(keys))]
    assert [claims.count(True) for claims in per_key] == [1] * len(keys)


async def test_failed_posts_are_counted_pause_the_schedule_and_a_post_clears_them(
    store: AppStore,
) -> None:
    schedule = await store.schedules.add_schedule(daily())
    assert schedule.id is not None
    first = await store.schedules.record_run_failure(
        schedule.id, "channel 5 is gone", pause_after=2
    )
    assert first is not None and (first.failures, first.paused) == (1, False)
    assert first.last_error == "channel 5 is gone"
    await store.schedules.claim_run(schedule.id, "run-1", "a")
    await store.schedules.mark_run_posted(schedule.id, "run-1", 99)
    (cleared,) = await store.schedules.list_schedules(1)
    assert (cleared.failures, cleared.last_error) == (0, None)
    await store.schedules.record_run_failure(schedule.id, "403 Missing Permissions", pause_after=2)
    paused = await store.schedules.record_run_failure(
        schedule.id, "403 Missing Permissions", pause_after=2
    )
    assert paused is not None and paused.paused and paused.failures == 2
    assert await store.schedules.record_run_failure(12345, "gone", pause_after=2) is None


async def test_a_tick_reads_only_the_schedules_due(store: AppStore) -> None:
    first, second, third = [
        await store.schedules.add_schedule(daily(guild_id=g)) for g in (1, 2, 3)
    ]
    assert first.id is not None and second.id is not None and third.id is not None

    # a new schedule is due at once, so that planning it settles its runs
    assert await store.schedules.due_schedules(NOW) == [first, second, third]

    await store.schedules.set_next_look(first.id, NOW + dt.timedelta(hours=1))
    await store.schedules.set_next_look(second.id, NOW + dt.timedelta(hours=2))
    await store.schedules.set_next_look(third.id, NOW + dt.timedelta(days=1))
    assert await store.schedules.due_schedules(NOW) == []
    assert await store.schedules.due_schedules(NOW + dt.timedelta(hours=1)) == [first]
    assert await store.schedules.due_schedules(NOW + dt.timedelta(hours=3)) == [first, second]

    await store.schedules.remove_schedule(1, first.id)
    assert await store.schedules.due_schedules(NOW + dt.timedelta(days=2)) == [second, third]


async def test_due_schedules_and_due_reveals_are_read_by_index(
    store: AppStore, store_url: str
) -> None:
    for guild in range(1, 40):
        saved = await store.schedules.add_schedule(daily(guild_id=guild))
        assert saved.id is not None
        await store.schedules.set_next_look(saved.id, NOW + guild * dt.timedelta(hours=1))
        await store.sessions.save_session(
            f"qotd-{guild}", "qotd", 0, guild, 5, "{}", NOW + guild * dt.timedelta(hours=1)
        )
        await store.sessions.save_session(f"solo-{guild}", "solo", guild, guild, 5, "{}", NOW)

    with selects_run() as queries:
        await store.schedules.due_schedules(NOW)
        await store.sessions.active_sessions(
            NOW, kind="qotd", expires_by=NOW + dt.timedelta(days=1)
        )
    plans = await query_plans(store_url, queries)

    assert len(plans) == 2
    for plan in plans:
        upper = plan.upper()
        assert "SCAN SCHEDULES" not in upper and "SCAN SESSIONS" not in upper, plan
        assert "SEQ SCAN" not in upper, plan
    assert "next_run_at" in plans[0]
    assert "kind" in plans[1] and "expires_at" in plans[1]


async def test_a_briefings_scheduled_posts_are_found_by_server_and_briefing(
    store: AppStore,
) -> None:
    """What withdrawing a briefing edits: the posted runs of this server's schedules of it
    (their buttons' messages), not a question of the day, another briefing or server."""
    schedules = store.schedules
    for message_id, schedule in (
        (41, daily(what="briefing")),
        (42, daily(what="briefing", channel_id=6)),
        (43, daily()),  # a question of the day of it
        (44, daily(what="briefing", briefing_id="b2")),
        (45, daily(guild_id=2, what="briefing")),
    ):
        saved = await schedules.add_schedule(schedule)
        assert saved.id is not None
        await schedules.claim_run(saved.id, "2025-03-10T08:30+01:00", "shard-0")
        await schedules.mark_run_posted(saved.id, "2025-03-10T08:30+01:00", message_id)
        await schedules.claim_run(saved.id, "2025-03-11T08:30+01:00", "shard-0")  # not posted

    found = await schedules.posted_briefing_messages(1, "b1", 10)

    assert sorted(found) == [(5, 41), (6, 42)]
    assert len(await schedules.posted_briefing_messages(1, "b1", 1)) == 1
