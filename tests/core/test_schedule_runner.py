"""The schedule loop against in-memory ports: each run posted once, late ones skipped."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.core.errors import InvalidInput
from bot.core.library import Library
from bot.core.moderation_views import schedule_line
from bot.core.progress import Schedule
from bot.core.qotd import Qotd, QotdService
from bot.core.replies import Reply
from bot.core.review import ReviewScheduler
from bot.core.schedule import Run
from bot.core.schedule_runner import (
    MAX_SCHEDULES_PER_SERVER,
    PAUSE_AFTER,
    RETRY_AFTER,
    DeliveryError,
    RunRetry,
    ScheduleRunner,
)
from bot.core.testing import InMemoryScheduleStore
from bot.i18n import current_language

ROOT = Path(__file__).parent.parent.parent
START = dt.datetime(2026, 1, 5, 8, 59, 50, tzinfo=dt.UTC)
GUILD, OTHER_GUILD, CHANNEL = 1, 2, 10


class ChannelLog:
    """A delivery that keeps what it posted, for the servers it serves."""

    def __init__(self, guilds: set[int]) -> None:
        self.guilds = guilds
        self.posted: list[str] = []
        self.refused = False  # the bot lost its permission in the channel
        self.warned: list[tuple[int | None, str]] = []

    def serves(self, guild_id: int) -> bool:
        return guild_id in self.guilds

    async def deliver(self, run: Run, retry: RunRetry) -> int:
        if self.refused:
            raise DeliveryError("I may not send messages in #news")
        self.posted.append(run.key)
        return len(self.posted)

    async def reveal(self, qotd: Qotd) -> bool:
        return False

    async def warn(self, schedule: Schedule, notice: Reply) -> None:
        self.warned.append((schedule.created_by, notice.pages[0].body))


def daily(guild_id: int = GUILD) -> Schedule:
    return Schedule(guild_id, CHANNEL, "mini", "briefing", "daily", dt.time(9, 0), "UTC")


def runner(store: InMemoryScheduleStore, clock: FakeClock, delivery: ChannelLog, name: str):
    library = Library(ROOT / "tests" / "fixtures")
    qotd = QotdService(library, store.repositories(), clock, ReviewScheduler())
    return ScheduleRunner(store, qotd, clock, delivery, name, interval=30)  # type: ignore[arg-type]


async def test_two_processes_on_one_store_post_a_due_run_once_on_their_own_ticks():
    store, clock = InMemoryScheduleStore(), FakeClock(START)
    first, second = ChannelLog({GUILD}), ChannelLog({GUILD})
    runners = [runner(store, clock, first, "a"), runner(store, clock, second, "b")]
    await runners[0].add(daily(), clock.now())  # its runs before now are settled
    settled = len(store.runs)
    for r in runners:
        r.start()
    for _ in range(5):
        await asyncio.sleep(0)
    clock.advance(30)
    for _ in range(20):
        await asyncio.sleep(0)
    for r in runners:
        await r.stop()
    assert len(first.posted + second.posted) == 1
    assert len(store.runs) == settled + 1


async def test_a_run_missed_beyond_the_grace_window_is_skipped_and_other_servers_left_alone():
    store, clock = InMemoryScheduleStore(), FakeClock(START)
    delivery = ChannelLog({GUILD})
    loop = runner(store, clock, delivery, "a")
    mine = await loop.add(daily(), clock.now())
    theirs = await loop.add(daily(OTHER_GUILD), clock.now())
    clock.advance(3 * 3600)  # the process was down from before 09:00 until about 12:00
    tick = await loop.run_due(clock.now())
    assert delivery.posted == [] and tick.posted == []
    assert tick.skipped == ["1:2026-01-05T09:00Z"]
    assert store.runs[(mine.id, tick.skipped[0])][0] == "a:skipped"
    assert not any(key[0] == theirs.id and "01-05" in key[1] for key in store.runs)


async def test_failed_posts_are_recorded_shown_told_and_pause_the_schedule():
    store, clock = InMemoryScheduleStore(), FakeClock(START)
    delivery = ChannelLog({GUILD})
    loop = runner(store, clock, delivery, "a")
    made = await loop.add(replace(daily(), created_by=77), clock.now())
    assert made.id is not None
    delivery.refused = True
    for day in range(PAUSE_AFTER):
        clock.advance(86_400 if day else 15)
        tick = await loop.run_due(clock.now())
        assert len(tick.failed) == 1
        (schedule,) = await store.list_schedules(GUILD)
        assert schedule.failures == day + 1 and "send messages" in (schedule.last_error or "")
    assert schedule.paused, f"paused after {PAUSE_AFTER} failures in a row"
    assert len(delivery.warned) == PAUSE_AFTER and all(w[0] == 77 for w in delivery.warned)
    assert "paused" in delivery.warned[-1][1]
    _, details = schedule_line(schedule, clock.now(), lambda c: f"#{c}")
    assert "Paused after 3 failed posts" in details
    delivery.refused = False
    clock.advance(86_400)
    tick = await loop.run_due(clock.now())
    assert tick.posted == [] and tick.failed == [], "a paused schedule is not run"


async def test_a_post_after_a_failure_clears_the_count():
    store, clock = InMemoryScheduleStore(), FakeClock(START)
    delivery = ChannelLog({GUILD})
    loop = runner(store, clock, delivery, "a")
    await loop.add(daily(), clock.now())
    delivery.refused = True
    clock.advance(15)
    await loop.run_due(clock.now())
    delivery.refused = False
    clock.advance(86_400)
    await loop.run_due(clock.now())
    (schedule,) = await store.list_schedules(GUILD)
    assert schedule.failures == 0 and not schedule.paused
    _, details = schedule_line(schedule, clock.now(), lambda c: f"#{c}")
    assert "failed" not in details


async def test_a_run_whose_earlier_tries_cannot_be_read_is_released_and_posted_later():
    store, clock = InMemoryScheduleStore(), FakeClock(START)
    delivery = ChannelLog({GUILD})
    loop = runner(store, clock, delivery, "a")
    await loop.add(daily(), clock.now())
    real = store.run_retry

    async def database_down(schedule_id: int, run_key: str) -> RunRetry:
        raise ConnectionError("the database is not answering")

    store.run_retry = database_down  # type: ignore[method-assign]
    clock.advance(15)
    tick = await loop.run_due(clock.now())
    assert delivery.posted == [] and tick.failed == []
    store.run_retry = real  # type: ignore[method-assign]
    clock.advance(RETRY_AFTER.total_seconds())
    await loop.run_due(clock.now())
    assert len(delivery.posted) == 1, "released, so posted once the store answers"


async def test_a_server_may_have_at_most_so_many_schedules_with_a_clear_message():
    store, clock = InMemoryScheduleStore(), FakeClock(START)
    loop = runner(store, clock, ChannelLog({GUILD}), "a")
    for minute in range(MAX_SCHEDULES_PER_SERVER):
        await loop.add(replace(daily(), at=dt.time(10, minute)), clock.now())
    with pytest.raises(InvalidInput, match="remove one with /unschedule"):
        await loop.add(replace(daily(), at=dt.time(11, 0)), clock.now())
    assert len(await store.list_schedules(GUILD)) == MAX_SCHEDULES_PER_SERVER
    await loop.add(daily(OTHER_GUILD), clock.now())  # another server has its own allowance


class CountingStore(InMemoryScheduleStore):
    """The in-memory store, counting the schedules each tick reads; listing every server's
    schedules is refused (one server's list, for /schedules and duplicates, is fine)."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[int] = []

    async def list_schedules(self, guild_id: int | None = None) -> list[Schedule]:
        if guild_id is None:  # one server's list (the cap on adding) is fine
            raise AssertionError("a tick must not load every schedule")
        return await super().list_schedules(guild_id)

    async def due_schedules(self, now: dt.datetime) -> list[Schedule]:
        due = await super().due_schedules(now)
        self.read.append(len(due))
        return due


async def test_a_tick_reads_only_the_schedules_whose_next_run_has_come():
    store, clock = CountingStore(), FakeClock(START)  # 08:59:50
    delivery = ChannelLog({GUILD})
    loop = runner(store, clock, delivery, "a")
    at_nine = await loop.add(daily(), clock.now())
    for hour in (12, 15, 18):
        later = Schedule(GUILD, CHANNEL, "mini", "briefing", "daily", dt.time(hour, 0), "UTC")
        await loop.add(later, clock.now())

    await loop.run_due(clock.now())  # new schedules are looked at once, then at their next run
    clock.advance(30)  # 09:00:20
    await loop.run_due(clock.now())
    clock.advance(60)
    await loop.run_due(clock.now())

    assert store.read == [4, 1, 0]
    assert delivery.posted == [f"{at_nine.id}:2026-01-05T09:00Z"]
    assert store.next_looks[at_nine.id] == dt.datetime(2026, 1, 6, 9, 0, tzinfo=dt.UTC)


class FrenchChannelLog(ChannelLog):
    """A delivery that also keeps the language each post was made in."""

    def __init__(self, guilds: set[int]) -> None:
        super().__init__(guilds)
        self.languages: list[str] = []

    async def deliver(self, run: Run, retry: RunRetry) -> int:
        self.languages.append(current_language())
        return await super().deliver(run, retry)


async def test_posts_and_failure_notices_speak_each_servers_language():
    store, clock = InMemoryScheduleStore(), FakeClock(START)
    delivery = FrenchChannelLog({GUILD, OTHER_GUILD})
    library = Library(ROOT / "tests" / "fixtures")
    qotd = QotdService(library, store.repositories(), clock, ReviewScheduler())

    async def language(guild_id: int) -> str | None:
        return "fr" if guild_id == GUILD else None

    loop = ScheduleRunner(store, qotd, clock, delivery, "a", server_language=language)  # type: ignore[arg-type]
    await loop.add(replace(daily(), created_by=77), clock.now())
    await loop.add(daily(OTHER_GUILD), clock.now())
    clock.advance(15)
    await loop.run_due(clock.now())
    assert sorted(delivery.languages) == ["en", "fr"]

    delivery.refused = True
    clock.advance(86_400)
    await loop.run_due(clock.now())
    french, english = sorted(delivery.warned, key=lambda w: w[0] is None)
    assert french[1].startswith("La programmation n° 1 n'a pas pu publier")
    assert english[1].startswith("Schedule #1 could not post"), "each server counts its own"
