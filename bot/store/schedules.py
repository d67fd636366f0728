"""Schedules and their runs: what to post when, claimed once across processes.

`SqlSchedules` implements `bot.core.schedule_runner.ScheduleStore`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from bot.core.progress import Schedule, ScheduleRun
from bot.core.schedule import run_key
from bot.core.schedule_runner import RunRetry
from bot.store.dialect import Clock
from bot.store.records import all_columns, record
from bot.store.server_numbers import last_number, next_number
from bot.store.sql import Row, SqlDatabase

__all__ = ["SqlSchedules"]

_LOOK_AT_ONCE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""`next_run_at` of a schedule no scheduler has planned yet: due at any time."""

_SCHEDULES = f"SELECT {all_columns('schedules')} FROM schedules"
_ADD = (
    "INSERT INTO schedules (guild_id, channel_id, briefing_id, what, recurrence, at, timezone,"
    " weekday, created_by, created_at, next_run_at, number) VALUES (:guild_id, :channel_id,"
    " :briefing_id, :what, :recurrence, :at, :timezone, :weekday, :created_by, :created_at,"
    " :next_run_at, :number) RETURNING id"
)
_RUN = "schedule_id = :schedule AND run_key = :run"
_CLAIM = (
    "INSERT INTO schedule_runs (schedule_id, run_key, claimed_by, claimed_at)"
    " VALUES (:schedule, :run, :by, :at) ON CONFLICT DO NOTHING"
)
_POSTED = f"UPDATE schedule_runs SET posted_at = :now, message_id = :message WHERE {_RUN}"
_RETRY_UPSERT = (
    "INSERT INTO schedule_run_retries (schedule_id, run_key, tries, messages_posted)"
    " VALUES (:schedule, :run, :tries, :posted) ON CONFLICT (schedule_id, run_key)"
    " DO UPDATE SET tries = :tries, messages_posted = :posted"
)
_POSTED_BRIEFING = (
    "SELECT s.channel_id, r.message_id FROM schedule_runs r JOIN schedules s"
    " ON s.id = r.schedule_id WHERE s.guild_id = :guild AND s.briefing_id = :briefing"
    " AND s.what = 'briefing' AND r.message_id IS NOT NULL"
    " ORDER BY r.posted_at DESC LIMIT :limit"
)
_FAILED = (
    "UPDATE schedules SET failures = failures + 1, last_error = :reason,"
    " paused = (paused OR failures + 1 >= :pause_after) WHERE id = :schedule"
)


class SqlSchedules:
    """Each server's schedules and the runs claimed for them (`ScheduleStore`)."""

    def __init__(self, sql: SqlDatabase, clock: Clock) -> None:
        self._sql = sql
        self._clock = clock

    async def add_schedule(
        self, schedule: Schedule, settled: Sequence[dt.datetime] = (), settled_by: str = ""
    ) -> Schedule:
        """Store a new schedule; returns it with the id the store gave it. Its runs at
        `settled` are claimed by `settled_by` in the same transaction (see the port).

        The next `due_schedules` includes it, whatever its time: planning it settles its runs.
        """
        async with self._sql.transaction(write=True) as tx:
            number = await next_number(tx, schedule.guild_id, "schedule")
            new_id = await tx.scalar(
                _ADD,
                {
                    "number": number,
                    "guild_id": schedule.guild_id,
                    "channel_id": schedule.channel_id,
                    "briefing_id": schedule.briefing_id,
                    "what": schedule.what,
                    "recurrence": schedule.recurrence,
                    "at": schedule.at.isoformat(),
                    "timezone": schedule.timezone,
                    "weekday": schedule.weekday,
                    "created_by": schedule.created_by,
                    "created_at": self._clock(),
                    "next_run_at": _LOOK_AT_ONCE,
                },
            )
            for at in settled:
                await tx.execute(
                    _CLAIM,
                    {
                        "schedule": new_id,
                        "run": run_key(new_id, at),
                        "by": settled_by,
                        "at": self._clock(),
                    },
                )
        return dataclasses.replace(schedule, id=new_id, number=number)

    async def list_schedules(self, guild_id: int | None = None) -> list[Schedule]:
        """One server's schedules, or every server's when `guild_id` is None, oldest first."""
        if guild_id is None:
            rows = await self._sql.rows(f"{_SCHEDULES} ORDER BY id")
        else:
            rows = await self._sql.rows(
                f"{_SCHEDULES} WHERE guild_id = :guild ORDER BY id", {"guild": guild_id}
            )
        return [_schedule(row) for row in rows]

    async def due_schedules(self, now: dt.datetime) -> list[Schedule]:
        """Every server's schedules a scheduler needs to look at by `now`, earliest first.

        Read by index (`next_run_at`): the cost follows what is due, not how many exist.
        """
        rows = await self._sql.rows(
            f"{_SCHEDULES} WHERE next_run_at <= :now ORDER BY next_run_at, id", {"now": now}
        )
        return [_schedule(row) for row in rows]

    async def set_next_look(self, schedule_id: int, when: dt.datetime) -> None:
        """When a scheduler next needs to look at a schedule (`bot.core.schedule.next_look`)."""
        await self._sql.execute(
            "UPDATE schedules SET next_run_at = :when WHERE id = :schedule",
            {"when": when, "schedule": schedule_id},
        )

    async def remove_schedule(self, guild_id: int, schedule_id: int) -> bool:
        """Delete a server's schedule and its run history; False if it has no such schedule."""
        key = {"schedule": schedule_id, "guild": guild_id}
        async with self._sql.transaction(write=True) as tx:
            await tx.execute(
                "DELETE FROM schedule_runs WHERE schedule_id IN"
                " (SELECT id FROM schedules WHERE id = :schedule AND guild_id = :guild)",
                key,
            )
            removed = await tx.execute(
                "DELETE FROM schedules WHERE id = :schedule AND guild_id = :guild", key
            )
        return removed > 0

    async def last_number(self, guild_id: int) -> int:
        """See the port."""
        return await last_number(self._sql, guild_id, "schedule")

    async def claim_run(self, schedule_id: int, run_key: str, claimed_by: str) -> bool:
        """Claim one run of a schedule before posting it; True for exactly one claimer ever.

        `run_key` names the run (e.g. the scheduled time in ISO form); `claimed_by` names the
        process, for diagnosis. False if someone claimed it already or the schedule is gone.
        """
        try:
            async with self._sql.transaction(write=True) as tx:
                exists = await tx.scalar(
                    "SELECT id FROM schedules WHERE id = :schedule", {"schedule": schedule_id}
                )
                if exists is None:
                    return False
                claimed = await tx.execute(
                    _CLAIM,
                    {
                        "schedule": schedule_id,
                        "run": run_key,
                        "by": claimed_by,
                        "at": self._clock(),
                    },
                )
                return claimed == 1
        except self._sql.integrity_errors:  # the schedule was removed while we claimed
            return False

    async def release_run(self, schedule_id: int, run_key: str, claimed_by: str) -> None:
        """Forget `claimed_by`'s claim of a run that was not posted: it can be claimed again."""
        await self._sql.execute(
            f"DELETE FROM schedule_runs WHERE {_RUN} AND claimed_by = :by AND posted_at IS NULL",
            {"schedule": schedule_id, "run": run_key, "by": claimed_by},
        )

    async def take_over_run(
        self, schedule_id: int, run_key: str, claimed_by: str, taken_by: str
    ) -> bool:
        """Claim for `taken_by` a run `claimed_by` claimed and never posted (its process
        stopped part-way); True for one taker only."""
        taken = await self._sql.execute(
            "UPDATE schedule_runs SET claimed_by = :taker, claimed_at = :now"
            f" WHERE {_RUN} AND claimed_by = :by AND posted_at IS NULL",
            {
                "schedule": schedule_id,
                "run": run_key,
                "by": claimed_by,
                "taker": taken_by,
                "now": self._clock(),
            },
        )
        return taken == 1

    async def mark_run_posted(
        self, schedule_id: int, run_key: str, message_id: int | None = None
    ) -> bool:
        """Note that a claimed run was posted; False if there is no such claimed run."""
        key = {"schedule": schedule_id, "run": run_key}
        async with self._sql.transaction(write=True) as tx:
            posted = await tx.execute(_POSTED, {**key, "now": self._clock(), "message": message_id})
            await tx.execute(f"DELETE FROM schedule_run_retries WHERE {_RUN}", key)
            await tx.execute(
                "UPDATE schedules SET failures = 0, last_error = NULL"
                " WHERE id = :schedule AND failures > 0",
                key,
            )
        return posted > 0

    async def run_retry(self, schedule_id: int, run_key: str) -> RunRetry:
        """What failed posts of a run left (a fresh `RunRetry` for a run not tried yet)."""
        row = await self._sql.one(
            f"SELECT tries, messages_posted FROM schedule_run_retries WHERE {_RUN}",
            {"schedule": schedule_id, "run": run_key},
        )
        return RunRetry() if row is None else RunRetry(*row)

    async def save_run_retry(self, schedule_id: int, run_key: str, retry: RunRetry) -> None:
        """Keep a failed run's tries and posted messages (forgotten once it is posted)."""
        try:
            await self._sql.execute(
                _RETRY_UPSERT,
                {
                    "schedule": schedule_id,
                    "run": run_key,
                    "tries": retry.tries,
                    "posted": retry.messages_posted,
                },
            )
        except self._sql.integrity_errors:  # the schedule was removed meanwhile: nothing to keep
            return

    async def record_run_failure(
        self, schedule_id: int, reason: str, pause_after: int
    ) -> Schedule | None:
        """Count one more failed post in a row (pausing at `pause_after`); the schedule now."""
        async with self._sql.transaction(write=True) as tx:
            await tx.execute(
                _FAILED,
                {"reason": reason[:200], "pause_after": pause_after, "schedule": schedule_id},
            )
            row = await tx.one(f"{_SCHEDULES} WHERE id = :schedule", {"schedule": schedule_id})
        return None if row is None else _schedule(row)

    async def posted_briefing_messages(
        self, guild_id: int, briefing_id: str, limit: int
    ) -> list[tuple[int, int]]:
        """See the port."""
        rows = await self._sql.rows(
            _POSTED_BRIEFING, {"guild": guild_id, "briefing": briefing_id, "limit": limit}
        )
        return [(int(row[0]), int(row[1])) for row in rows]

    async def get_run(self, schedule_id: int, run_key: str) -> ScheduleRun | None:
        """A claimed run, with whether and when it was posted."""
        row = await self._sql.one(
            f"SELECT {all_columns('schedule_runs')} FROM schedule_runs WHERE {_RUN}",
            {"schedule": schedule_id, "run": run_key},
        )
        return None if row is None else ScheduleRun(**record("schedule_runs", row))


def _schedule(row: Row) -> Schedule:
    fields: dict[str, Any] = record("schedules", row)
    at = fields["at"]
    return Schedule(
        id=fields["id"],
        number=fields["number"],
        guild_id=fields["guild_id"],
        channel_id=fields["channel_id"],
        briefing_id=fields["briefing_id"],
        what=fields["what"],
        recurrence=fields["recurrence"],
        at=dt.datetime.fromisoformat(at) if "T" in at else dt.time.fromisoformat(at),
        timezone=fields["timezone"],
        weekday=fields["weekday"],
        created_by=fields["created_by"],
        failures=fields["failures"],
        last_error=fields["last_error"],
        paused=fields["paused"],
    )
