"""Schedules and their runs: what to post when, claimed once across processes.

`SqlSchedules` implements `bot.core.schedule_runner.ScheduleStore`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.progress import Schedule, ScheduleRun
from bot.core.schedule_runner import RunRetry
from bot.store.database import Database
from bot.store.dialect import Clock, dialect_insert
from bot.store.engine import WRITE
from bot.store.schema import schedule_run_retries, schedule_runs, schedules

__all__ = ["SqlSchedules"]

_LOOK_AT_ONCE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""`next_run_at` of a schedule no scheduler has planned yet: due at any time."""


class SqlSchedules:
    """Each server's schedules and the runs claimed for them (`ScheduleStore`)."""

    def __init__(self, engine: Database, clock: Clock) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._clock = clock
        self._insert = dialect_insert(engine.dialect.name)

    async def add_schedule(self, schedule: Schedule) -> Schedule:
        """Store a new schedule; returns it with the id the store gave it.

        The next `due_schedules` includes it, whatever its time: planning it settles its runs.
        """
        async with self._write.begin() as conn:
            new_id = (
                await conn.execute(
                    schedules.insert()
                    .values(
                        guild_id=schedule.guild_id,
                        channel_id=schedule.channel_id,
                        briefing_id=schedule.briefing_id,
                        what=schedule.what,
                        recurrence=schedule.recurrence,
                        at=schedule.at.isoformat(),
                        timezone=schedule.timezone,
                        weekday=schedule.weekday,
                        created_by=schedule.created_by,
                        created_at=self._clock(),
                        next_run_at=_LOOK_AT_ONCE,
                    )
                    .returning(schedules.c.id)
                )
            ).scalar_one()
        return dataclasses.replace(schedule, id=new_id)

    async def list_schedules(self, guild_id: int | None = None) -> list[Schedule]:
        """One server's schedules, or every server's when `guild_id` is None, oldest first."""
        query = select(schedules).order_by(schedules.c.id)
        if guild_id is not None:
            query = query.where(schedules.c.guild_id == guild_id)
        async with self._engine.connect() as conn:
            rows = await conn.execute(query)
            return [_schedule(row) for row in rows.mappings()]

    async def due_schedules(self, now: dt.datetime) -> list[Schedule]:
        """Every server's schedules a scheduler needs to look at by `now`, earliest first.

        Read by index (`next_run_at`): the cost follows what is due, not how many exist.
        """
        query = (
            select(schedules)
            .where(schedules.c.next_run_at <= now)
            .order_by(schedules.c.next_run_at, schedules.c.id)
        )
        async with self._engine.connect() as conn:
            rows = await conn.execute(query)
            return [_schedule(row) for row in rows.mappings()]

    async def set_next_look(self, schedule_id: int, when: dt.datetime) -> None:
        """When a scheduler next needs to look at a schedule (`bot.core.schedule.next_look`)."""
        async with self._write.begin() as conn:
            await conn.execute(
                update(schedules).where(schedules.c.id == schedule_id).values(next_run_at=when)
            )

    async def remove_schedule(self, guild_id: int, schedule_id: int) -> bool:
        """Delete a server's schedule and its run history; False if it has no such schedule."""
        async with self._write.begin() as conn:
            await conn.execute(
                delete(schedule_runs).where(
                    schedule_runs.c.schedule_id.in_(
                        select(schedules.c.id).where(
                            schedules.c.id == schedule_id, schedules.c.guild_id == guild_id
                        )
                    )
                )
            )
            result = await conn.execute(
                delete(schedules).where(
                    schedules.c.id == schedule_id, schedules.c.guild_id == guild_id
                )
            )
        return result.rowcount > 0

    async def claim_run(self, schedule_id: int, run_key: str, claimed_by: str) -> bool:
        """Claim one run of a schedule before posting it; True for exactly one claimer ever.

        `run_key` names the run (e.g. the scheduled time in ISO form); `claimed_by` names the
        process, for diagnosis. False if someone claimed it already or the schedule is gone.
        """
        try:
            async with self._write.begin() as conn:
                exists = await conn.scalar(
                    select(schedules.c.id).where(schedules.c.id == schedule_id)
                )
                if exists is None:
                    return False
                result = await conn.execute(
                    self._insert(schedule_runs)
                    .values(
                        schedule_id=schedule_id,
                        run_key=run_key,
                        claimed_by=claimed_by,
                        claimed_at=self._clock(),
                    )
                    .on_conflict_do_nothing()
                )
                return result.rowcount == 1
        except IntegrityError:  # the schedule was removed while we claimed
            return False

    async def release_run(self, schedule_id: int, run_key: str, claimed_by: str) -> None:
        """Forget `claimed_by`'s claim of a run that was not posted: it can be claimed again."""
        async with self._write.begin() as conn:
            await conn.execute(
                delete(schedule_runs).where(
                    schedule_runs.c.schedule_id == schedule_id,
                    schedule_runs.c.run_key == run_key,
                    schedule_runs.c.claimed_by == claimed_by,
                    schedule_runs.c.posted_at.is_(None),
                )
            )

    async def mark_run_posted(
        self, schedule_id: int, run_key: str, message_id: int | None = None
    ) -> bool:
        """Note that a claimed run was posted; False if there is no such claimed run."""
        async with self._write.begin() as conn:
            result = await conn.execute(
                update(schedule_runs)
                .where(
                    schedule_runs.c.schedule_id == schedule_id,
                    schedule_runs.c.run_key == run_key,
                )
                .values(posted_at=self._clock(), message_id=message_id)
            )
            await conn.execute(
                delete(schedule_run_retries).where(
                    schedule_run_retries.c.schedule_id == schedule_id,
                    schedule_run_retries.c.run_key == run_key,
                )
            )
            await conn.execute(
                update(schedules)
                .where(schedules.c.id == schedule_id, schedules.c.failures > 0)
                .values(failures=0, last_error=None)
            )
        return result.rowcount > 0

    async def run_retry(self, schedule_id: int, run_key: str) -> RunRetry:
        """What failed posts of a run left (a fresh `RunRetry` for a run not tried yet)."""
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(
                        schedule_run_retries.c.tries, schedule_run_retries.c.messages_posted
                    ).where(
                        schedule_run_retries.c.schedule_id == schedule_id,
                        schedule_run_retries.c.run_key == run_key,
                    )
                )
            ).first()
        return RunRetry() if row is None else RunRetry(row.tries, row.messages_posted)

    async def save_run_retry(self, schedule_id: int, run_key: str, retry: RunRetry) -> None:
        """Keep a failed run's tries and posted messages (forgotten once it is posted)."""
        values = {"tries": retry.tries, "messages_posted": retry.messages_posted}
        try:
            async with self._write.begin() as conn:
                await conn.execute(
                    self._insert(schedule_run_retries)
                    .values(schedule_id=schedule_id, run_key=run_key, **values)
                    .on_conflict_do_update(
                        index_elements=[
                            schedule_run_retries.c.schedule_id,
                            schedule_run_retries.c.run_key,
                        ],
                        set_=values,
                    )
                )
        except IntegrityError:  # the schedule was removed meanwhile: nothing to keep
            return

    async def record_run_failure(
        self, schedule_id: int, reason: str, pause_after: int
    ) -> Schedule | None:
        """Count one more failed post in a row (pausing at `pause_after`); the schedule now."""
        async with self._write.begin() as conn:
            await conn.execute(
                update(schedules)
                .where(schedules.c.id == schedule_id)
                .values(
                    failures=schedules.c.failures + 1,
                    last_error=reason[:200],
                    paused=schedules.c.paused | (schedules.c.failures + 1 >= pause_after),
                )
            )
            row = (
                (await conn.execute(select(schedules).where(schedules.c.id == schedule_id)))
                .mappings()
                .one_or_none()
            )
        return None if row is None else _schedule(row)

    async def get_run(self, schedule_id: int, run_key: str) -> ScheduleRun | None:
        """A claimed run, with whether and when it was posted."""
        async with self._engine.connect() as conn:
            row = (
                (
                    await conn.execute(
                        select(schedule_runs).where(
                            schedule_runs.c.schedule_id == schedule_id,
                            schedule_runs.c.run_key == run_key,
                        )
                    )
                )
                .mappings()
                .one_or_none()
            )
        return None if row is None else ScheduleRun(**row)


def _schedule(row: Any) -> Schedule:
    at = row["at"]
    return Schedule(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        briefing_id=row["briefing_id"],
        what=row["what"],
        recurrence=row["recurrence"],
        at=dt.datetime.fromisoformat(at) if "T" in at else dt.time.fromisoformat(at),
        timezone=row["timezone"],
        weekday=row["weekday"],
        created_by=row["created_by"],
        failures=row["failures"],
        last_error=row["last_error"],
        paused=row["paused"],
    )
