"""Many faults, mixed, at seeded random moments, on the real bot process while three students
and a moderator use it (`benchmarks/chaos.py`, short runs of a few seeds): every acknowledged
answer is stored once, every interaction is answered within Discord's 3 s or was not
acknowledged and its retry works, no message shows a traceback or can ping, open quizzes go
on after the last restart, a post due while the bot was down comes once, SIGTERM exits 0.

The long runs (`python -m benchmarks.chaos --seed N --minutes M`) are outside `make test`."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.chaos import FAULTS, INVARIANTS, Chaos, Solo, Student, run_chaos
from tests.discord_double import DiscordDouble
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
        chaos.check_answers()
    details = [detail for name, detail in chaos.report.violations if name == INVARIANTS[0]]
    assert len(details) == 2, chaos.report.table()
    assert any("stored 2 times" in d for d in details)
    assert any("3 acknowledged, 2 stored" in d for d in details)
