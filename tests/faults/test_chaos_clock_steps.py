"""The chaos run's wall-clock steps (`benchmarks/chaos.py`): a forward step expects each run it
passes to be posted, but for a run the bot settled as before its schedule existed. Seed 902
(session 43): a schedule made just after a forward step, its time already past that day, had
that run settled unposted (`before-created`); a step back and a step forward past the same
time then expected it posted, and the run counted a violation though the bot was right."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from benchmarks.chaos import Chaos
from bot.core.schedule import run_key
from tests.discord_double import DiscordDouble


async def test_a_forward_step_expects_no_run_settled_before_its_schedule(tmp_path: Path):
    due = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).replace(second=0, microsecond=0)
    made_late, made_early = 1, 2
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        db.execute(
            "CREATE TABLE schedules (id INTEGER, guild_id INTEGER, channel_id INTEGER,"
            " briefing_id TEXT, what TEXT, recurrence TEXT, at TEXT, timezone TEXT,"
            " weekday INTEGER)"
        )
        db.execute(
            "CREATE TABLE schedule_runs (schedule_id INTEGER, run_key TEXT, claimed_by TEXT,"
            " posted_at TEXT)"
        )
        for sid in (made_late, made_early):
            db.execute(
                "INSERT INTO schedules VALUES (?, 1, 2, 'harbour', 'briefing', 'daily', ?,"
                " 'UTC', NULL)",
                (sid, due.time().isoformat()),
            )
        db.execute(
            "INSERT INTO schedule_runs VALUES (?, ?, '123:before-created', NULL)",
            (made_late, run_key(made_late, due)),
        )
    async with DiscordDouble(second_guild=True) as double:
        chaos = Chaos(double, tmp_path, seed=1, seconds=0)
        await chaos.jump_clock(forward=True)
    assert chaos.bot_now() > due, "the step passed the schedules' time"
    assert chaos.jumped_runs == {(made_early, run_key(made_early, due))}
