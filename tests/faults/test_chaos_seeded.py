"""Many faults, mixed, at seeded random moments, on the real bot process while three students
and a moderator use it (`benchmarks/chaos.py`, short runs of a few seeds): every acknowledged
answer is stored once, every interaction is answered within Discord's 3 s or was not
acknowledged and its retry works, no message shows a traceback or can ping, open quizzes go
on after the last restart, a post due while the bot was down comes once, SIGTERM exits 0.

The long runs (`python -m benchmarks.chaos --seed N --minutes M`) are outside `make test`."""

from __future__ import annotations

import pytest

from benchmarks.chaos import FAULTS, INVARIANTS, run_chaos
from tests.faults.figures import tally
from tests.ops.processes import PROCESS_TEST_TIMEOUT

CHAOS_SECONDS = 15.0
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
