"""`python -m benchmarks` (`make bench`): every measurement against its reference, one table.

Each row is the median over repeated runs of ours and of its reference, both measured in this
run on this machine, their ratio, the target (issues 7 and 18) and PASS or MISS. `--quick` runs
each measurement once at a small size (a smoke run: its figures are not the real ones);
`--only a,c` runs some rows. Nothing here contacts any host but 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.table import Row, machine, render

__all__ = ["main"]


@dataclass(frozen=True, slots=True)
class Sizes:
    """How much each benchmark does, and how many times."""

    runs: int
    batch: int  # a: interactions per batch
    clicks: int  # b: timed clicks per run
    users: int  # c: concurrent users
    answers_each: int  # c: answers per user (ours)
    naive_each: int  # c: answers per user (the reference)
    briefings: int  # d
    sessions: int  # e
    startup_runs: int  # f
    big_answers: int  # g: answers in the big store
    big_learners: int  # g: learners in it
    big_reads: int  # g: reads timed per row
    schedules: int  # h: schedules in the store (and `sessions` quizzes in progress)


FULL = Sizes(5, 1000, 200, 1000, 20, 3, 1000, 10_000, 5, 1_000_000, 10_000, 50, 10_000)
QUICK = Sizes(1, 100, 10, 1000, 2, 1, 20, 200, 1, 20_000, 500, 5, 200)
"""A smoke run's sizes: enough for every row to print a verdict. Rows b, d, e and h were cut
where their time follows the size (b 22 -> 15 s, d 7.5 -> 1.8, e 24 -> 14, h 3.5 -> 1.5 at
load 7); a, c, f and g spend theirs starting processes and servers, whatever the size."""
QUICK_SETTLE = 1.0
"""Seconds a `--quick` run lets each bot settle after ready before reading its memory."""


def _sections(sizes: Sizes, quick: bool) -> dict[str, Callable[[], list[Row]]]:
    from benchmarks import (
        answers,
        autocomplete,
        content,
        end_to_end,
        handling,
        memory,
        preferences,
        scale,
        scheduler,
        startup,
    )

    return {
        "a": lambda: asyncio.run(handling.measure(sizes.batch, sizes.runs)),
        "b": lambda: asyncio.run(end_to_end.measure(sizes.clicks, max(1, sizes.runs // 2))),
        "c": lambda: asyncio.run(
            answers.measure(
                sizes.users, sizes.answers_each, sizes.naive_each, max(1, sizes.runs // 2)
            )
        ),
        "d": lambda: content.measure(sizes.briefings, max(1, sizes.runs // 2)),
        "e": lambda: memory.measure(
            max(1, sizes.runs // 2),
            sizes.sessions,
            run_red=not quick,
            settle=QUICK_SETTLE if quick else None,
        ),
        "f": lambda: startup.measure(sizes.startup_runs),
        "g": lambda: scale.measure(sizes.big_answers, sizes.big_learners, sizes.big_reads),
        "h": lambda: scheduler.measure(sizes.schedules, sizes.sessions, sizes.big_reads),
        "i": lambda: autocomplete.measure(sizes.briefings, max(1, sizes.runs)),
        "j": lambda: asyncio.run(preferences.measure(sizes.users, sizes.runs)),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the table; exit 1 with `--strict` if a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run, small sizes")
    parser.add_argument("--only", default="abcdefghij", help="which rows, e.g. `a,c` (default all)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any target is missed")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=DeprecationWarning)  # discord.py imports audioop
    logging.basicConfig(level=logging.ERROR)
    sizes = QUICK if args.quick else FULL
    wanted = [key for key in "abcdefghij" if key in args.only]
    sections = _sections(sizes, args.quick)
    rows: list[Row] = []
    started = time.perf_counter()
    for key in wanted:
        print(f"measuring {key} ...", file=sys.stderr, flush=True)
        rows += sections[key]()
    note = " (--quick: smoke sizes, not the real figures)" if args.quick else ""
    header = (
        f"briefbot benchmarks{note}"
        f"\n{machine()}\nmedians of repeated runs; each reference measured in the same run; "
        f"took {time.perf_counter() - started:.0f} s"
    )
    print(render(rows, header))
    missed = [row.key for row in rows if row.verdict == "MISS"]
    if missed:
        print(f"\nmissed: {', '.join(missed)}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
