"""Many faults, mixed, at seeded random moments, on the real bot process while students and a
moderator of each of two servers use it (`benchmarks/chaos.py`, short runs of a few seeds):
every acknowledged answer is stored once, every interaction is answered within Discord's 3 s
or was not acknowledged and its retry works, no message shows a traceback or can ping, open
quizzes go on after the last restart, a post due while the bot was down comes once, SIGTERM
exits 0, no server is shown the other's data and each counts only its own answers.

The long runs (`python -m benchmarks.chaos --seed N --minutes M`) are outside `make test`."""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from benchmarks.chaos import (
    FAULTS,
    HELD_SINCE,
    HELD_SINCE_48,
    HELD_SINCE_48_SEED,
    HELD_SINCE_SEED,
    INVARIANTS,
    POSTGRES_HELD_SINCE_SEED,
    Chaos,
    ChaosReport,
    Solo,
    Student,
    run_chaos,
)
from benchmarks.chaos_servers import leaks, places_of
from tests.discord_double import DiscordDouble
from tests.discord_double.messages import create_message
from tests.faults.figures import tally
from tests.ops.processes import PROCESS_TEST_TIMEOUT

CHAOS_SECONDS = 10.0
"""Seconds of faults and users per seed; the end checks and restarts come on top."""


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
@pytest.mark.parametrize("seed", [11, 12, 13])
async def test_seeded_chaos_keeps_every_invariant(seed: int):
    report = await run_chaos(seed, CHAOS_SECONDS)
    figures = tally(f"chaos seed {seed}, {sum(report.faults.values())} mixed faults")
    acknowledged = report.checked[INVARIANTS[0]]
    lost = sum(1 for name, _ in report.violations if name == INVARIANTS[0])
    figures.tried += acknowledged
    figures.survived += acknowledged - lost
    figures.lost += lost
    assert sum(report.faults[name] for name in FAULTS) >= 2, report.table()
    assert report.actions, report.table()
    assert report.violations == [], report.table()


async def test_the_chaos_checks_report_a_lost_and_a_doubled_answer(tmp_path: Path):
    """The end check is not blind: a student shown three verdicts in a quiz whose store holds
    two rows, one answer twice, is two violations (one lost, one doubled)."""
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        db.execute("CREATE TABLE answers (session_id TEXT, user_id INTEGER, question_id TEXT)")
        db.executemany("INSERT INTO answers VALUES ('s1', 7, ?)", [("q1",), ("q1",)])
    async with DiscordDouble() as double:
        chaos = Chaos(double, tmp_path, seed=1, seconds=0)
        student = Student(SimpleNamespace(id=7, username="ana"), random.Random(1))
        student.sessions.append(Solo(None, "s1", acknowledged={1, 2, 3}))
        chaos.students = [student]
        await chaos.check_answers()
    details = [detail for name, detail in chaos.report.violations if name == INVARIANTS[0]]
    assert len(details) == 2, chaos.report.table()
    assert any("stored 2 times" in d for d in details)
    assert any("3 acknowledged, 2 stored" in d for d in details)


async def test_a_restart_excuses_only_what_was_created_while_the_bot_was_down(tmp_path: Path):
    """A late first response is excused by a restart only for an interaction created between
    the signal (or just before it) and the moment the new process's gateway session was
    ready: one created a second after that is the bot's to answer within 3 s."""
    async with DiscordDouble() as double:
        chaos = Chaos(double, tmp_path, seed=1, seconds=0)
        moments: dict[str, float] = {}

        async def stop(how: signal.Signals) -> int:
            moments["signal"] = time.monotonic()
            await asyncio.sleep(0.3)  # the old process ends, the new one starts
            return 0

        async def start() -> float:
            moments["ready"] = time.monotonic()
            await asyncio.sleep(0.2)  # READY sent; the harness sees it parsed a moment later
            return moments["ready"]

        chaos.stop, chaos.start = stop, start  # type: ignore[method-assign]
        await chaos.restart(signal.SIGKILL)
    down, ready = moments["signal"], moments["ready"]
    assert chaos.excused(down + 0.1, answered=True)
    assert chaos.excused(down - 1.0, answered=True), "its 3 s cut by the kill"
    assert not chaos.excused(ready + 1.0, answered=True)
    assert not chaos.excused(ready + 1.0, answered=False)


async def test_the_chaos_checks_report_a_title_and_a_channel_shown_in_the_other_server():
    """The two-server check is not blind: server A's briefing title posted in B's channel, and
    B's channel named in a DM to a student of A alone, are two leaks; the shared student's
    DMs may name both servers."""
    async with DiscordDouble(second_guild=True) as double:
        a, b = places_of(double, seed=1)
        pupil = await double.add_member("pupil0")
        state, bot = double.state, double.bot_user
        create_message(state, b.channel.id, {"content": a.titles[0]}, [], author=bot)
        for user in (pupil, double.student):
            dm = double.dm_channel(user)
            create_message(state, dm.id, {"content": f"see {b.channel.mention}"}, [], author=bot)

        found = leaks(double, [a, b])

    assert len(found) == 2, found
    assert any("Tidewater ferry returns" in leak and "Second Test Server" in leak for leak in found)
    assert any(b.channel.mention in leak and "pupil0" in leak for leak in found)


async def test_the_clock_check_reports_a_run_never_posted_and_a_post_shown_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The check of the clock's steps is not blind: a run a forward step passed that the
    store never marks posted is a violation, and so are two scheduled posts in a channel
    only schedules post to when the store holds one posted run."""
    monkeypatch.setattr("benchmarks.chaos.JUMP_SETTLES_S", 0.0)
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        db.execute("CREATE TABLE schedules (id INTEGER, channel_id INTEGER, last_error TEXT)")
        db.execute("CREATE TABLE schedule_runs (schedule_id INTEGER, run_key TEXT, posted_at TEXT)")
    async with DiscordDouble(second_guild=True) as double:
        chaos = Chaos(double, tmp_path, seed=1, seconds=0)
        general = chaos.places[0].channel
        with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
            db.execute("INSERT INTO schedules VALUES (1, ?, NULL)", (general.id,))
            db.execute("INSERT INTO schedule_runs VALUES (1, '1:2026-11-28T15:00Z', 'now')")
        chaos.jumped_runs = {(1, "1:2026-11-28T15:00Z"), (1, "1:2026-11-29T15:00Z")}
        quiz_me = [{"type": 1, "components": [{"type": 2, "label": "Quiz me", "style": 1}]}]
        for _ in range(2):
            post = {"content": "Tidewater ferry returns", "components": quiz_me}
            create_message(double.state, general.id, post, [], author=double.bot_user)
        await chaos.check_jumped_runs()
    details = [detail for name, detail in chaos.report.violations if name == INVARIANTS[9]]
    assert len(details) == 2, chaos.report.table()
    assert any("1:2026-11-29T15:00Z the clock passed, never posted" in d for d in details)
    assert any("1 runs posted, 2 shown" in d for d in details)


async def test_seeds_before_960_draw_as_they_did_and_later_seeds_also_draw_the_faults_held_since(
    tmp_path: Path,
):
    """A pinned seed draws from the faults it always drew from (so its run is the same);
    from `HELD_SINCE_SEED` on, the read-only store while running, the 429 storm and the
    servers held after READY are drawn too."""
    async with DiscordDouble(second_guild=True) as double:
        old = Chaos(double, tmp_path, seed=HELD_SINCE_SEED - 1, seconds=0)
        new = Chaos(double, tmp_path, seed=HELD_SINCE_SEED, seconds=0)
    assert old.drawn == FAULTS
    assert new.drawn == FAULTS + HELD_SINCE


async def test_postgres_seeds_before_972_draw_as_they_did_and_later_ones_draw_it_read_only(
    tmp_path: Path,
):
    """With `--postgres`, a pinned seed draws what it always drew (so its run is the same);
    from `POSTGRES_HELD_SINCE_SEED` on, PostgreSQL turning read-only is drawn too (it was
    never drawn: only `test_postgres_read_only.py` held it)."""
    server: Any = SimpleNamespace(url="postgresql+asyncpg://postgres@127.0.0.1:1/postgres")
    async with DiscordDouble(second_guild=True) as double:
        older = [Chaos(double, tmp_path, seed=s, seconds=0) for s in (HELD_SINCE_SEED - 1, 971)]
        new = Chaos(double, tmp_path, seed=POSTGRES_HELD_SINCE_SEED, seconds=0)
    for chaos in (*older, new):
        chaos.use_postgres(server)
    assert POSTGRES_HELD_SINCE_SEED == 972
    assert [f for f in older[0].drawn if "PostgreSQL" in f] == [
        "PostgreSQL restarted",
        "PostgreSQL frozen 1-4 s",
        "PostgreSQL connections killed",
    ]
    assert older[1].drawn == (*older[0].drawn, *HELD_SINCE[1:])
    assert new.drawn == (*older[1].drawn, "PostgreSQL read-only 2-6 s")


async def test_seeds_before_980_draw_as_they_did_and_later_ones_draw_the_faults_held_in_48(
    tmp_path: Path,
):
    """A seed before `HELD_SINCE_48_SEED` draws what it always drew, on either store (so its
    run is the same); from 980 on, the pause past the heartbeat timeout and the unreadable
    or half-written content under `/reload` are drawn too."""
    server: Any = SimpleNamespace(url="postgresql+asyncpg://postgres@127.0.0.1:1/postgres")
    async with DiscordDouble(second_guild=True) as double:
        old = Chaos(double, tmp_path, seed=HELD_SINCE_48_SEED - 1, seconds=0)
        new = Chaos(double, tmp_path, seed=HELD_SINCE_48_SEED, seconds=0)
        old_pg = Chaos(double, tmp_path, seed=HELD_SINCE_48_SEED - 1, seconds=0)
        new_pg = Chaos(double, tmp_path, seed=HELD_SINCE_48_SEED, seconds=0)
    assert HELD_SINCE_48_SEED == 980
    assert old.drawn == FAULTS + HELD_SINCE
    assert new.drawn == FAULTS + HELD_SINCE + HELD_SINCE_48
    for chaos in (old_pg, new_pg):
        chaos.use_postgres(server)
    assert HELD_SINCE_48[0] not in old_pg.drawn and HELD_SINCE_48[1] not in old_pg.drawn
    assert new_pg.drawn == (*old_pg.drawn, *HELD_SINCE_48)


def test_the_chaos_table_keeps_every_count_in_its_column() -> None:
    """faults-48's two fault names are 41 and 44 characters, wider than the table's column of
    40: their counts were pushed right ("content unreadable or cut mid-write, /reload     2"
    out of line with the "times" above). The column is now as wide as the widest name."""
    report = ChaosReport(980)
    report.faults.update({name: 2 for name in HELD_SINCE_48})
    report.actions.update({"/quiz": 3})
    table = report.table().splitlines()
    fault_rows = table[table.index(next(r for r in table if r.startswith("fault injected"))) :]
    heading, *rows = fault_rows[: fault_rows.index("")]
    assert any(row.startswith(HELD_SINCE_48[1]) for row in rows), rows
    for row in rows:
        assert len(row) == len(heading) and row[-5:].strip().isdigit(), (heading, row)
