"""The system clock's offset file (`CLOCK_OFFSET_FILE`): how the chaos run steps the wall clock
of the running bot, as an NTP step would, without touching the machine's clock."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from bot.core.clock import SystemClock

HOUR = dt.timedelta(hours=1)


def step(path: Path, seconds: float) -> None:
    """Replace the offset file (as the chaos run does: written aside, then renamed)."""
    aside = path.with_suffix(".new")
    aside.write_text(str(seconds), encoding="utf-8")
    os.replace(aside, path)


def near(shown: dt.datetime, expected: dt.datetime) -> bool:
    return abs(shown - expected) < dt.timedelta(seconds=5)


def test_the_wall_clock_moves_by_the_file_and_monotonic_time_does_not(tmp_path: Path):
    offset = tmp_path / "clock-offset"
    clock = SystemClock(offset)
    assert near(clock.now(), dt.datetime.now(dt.UTC)), "no file: no offset"
    before = clock.monotonic()
    step(offset, 3 * 3600)
    assert near(clock.now(), dt.datetime.now(dt.UTC) + 3 * HOUR)
    step(offset, -3600)
    assert near(clock.now(), dt.datetime.now(dt.UTC) - HOUR), "read again once replaced"
    assert clock.monotonic() - before < 5, "durations do not jump"
    offset.write_text("not a number", encoding="utf-8")
    os.utime(offset, ns=(1, 1))
    assert near(clock.now(), dt.datetime.now(dt.UTC)), "nothing readable: no offset"
    offset.unlink()
    assert near(clock.now(), dt.datetime.now(dt.UTC))
