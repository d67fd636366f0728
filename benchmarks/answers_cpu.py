"""Where row c1's CPU goes: `python -m benchmarks.answers_cpu [users] [each]`.

Runs row c1's workload (ours only: `users` concurrent users, `each` answers one after
another, SQLite with `synchronous=FULL`) with cProfile on the event loop and in the writer
thread, and prints per answer the calls and own CPU time of each stage (a builtin's own time
goes to its caller's stage), then the functions with most own time. Call counts are exact
whatever the machine's load; times carry cProfile's overhead and the load.

`--no-profile` runs the same workload without a profiler, and `--skip` the set-up alone
(store opened, users' first answers not given): under `valgrind --tool=callgrind` the
difference between the two totals, divided by the answers, is the instructions per answer,
repeatable whatever the load::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p \\
        .venv/bin/python -m benchmarks.answers_cpu 1000 5 --no-profile [--skip]

A measuring aid, not a row of `make bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from benchmarks.answers import _check, _update, _users
from benchmarks.click_profile import (
    WAITING,
    per_stage,
    print_top_functions,
    profile_writer,
    stage_in,
)
from benchmarks.collector import as_in_our_process
from bot.core.progress import AnswerRecord
from bot.core.review import ReviewScheduler
from bot.store import open_store

__all__ = ["STAGES", "main", "stage_of"]

STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("FSRS", ("/fsrs/", "bot/core/review.py")),
    ("statements (batch_sql)", ("bot/store/batch_sql.py", "bot/store/batch_plan.py")),
    ("sqlite3 (driver)", ("sqlite3", "bot/store/sqlite_writer.py", "sqlite_file.py")),
    ("JSON", ("json/",)),
    ("times", ("datetime", "_strptime")),
    ("writer (batching, hand-over)", ("bot/store/",)),
    ("benchmark (the users)", ("benchmarks/",)),
    ("asyncio loop", ("asyncio/", "selectors", "threading.py", "queue.py")),
)
"""Stages by the first matching fragment of a function's file (checked in this order)."""


def stage_of(filename: str) -> str:
    """The stage of this profile a function of `filename` belongs to."""
    return stage_in(STAGES, filename)


async def run(
    users: int, each: int, *, profile: bool, skip: bool
) -> tuple[pstats.Stats | None, int]:
    """Row c1's workload on a fresh SQLite store (profiled if asked); the answers given."""
    loop_profiler = cProfile.Profile(time.thread_time_ns, 1e-9)
    writer_profiler = cProfile.Profile(time.thread_time_ns, 1e-9)
    restore = profile_writer(writer_profiler) if profile else (lambda: None)
    scheduler = ReviewScheduler()
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = await open_store(f"sqlite+aiosqlite:///{Path(folder) / 'c1.sqlite3'}")
            try:

                async def answer(rec: AnswerRecord) -> None:
                    if not await store.answers.record_answer(rec, _update(scheduler, rec)):
                        raise RuntimeError(f"answer not recorded as new: {rec}")

                if not skip:
                    with as_in_our_process():
                        if profile:
                            loop_profiler.enable()
                        await _users(users, each, answer)
                        if profile:
                            loop_profiler.disable()
                    await _check(store, users, each)
            finally:
                await store.close()
    finally:
        restore()
    answers = 0 if skip else users * each
    if not profile:
        return None, answers
    stats = pstats.Stats(loop_profiler)
    if writer_profiler.getstats():
        stats.add(writer_profiler)
    return stats, answers


def report(stats: pstats.Stats, answers: int, top: int) -> None:
    """Print the stage table and the `top` functions by own time, per answer."""
    stages = per_stage(stats, stage_of)
    stages.pop(WAITING, None)
    print(f"{answers} answers, per answer (own CPU time of each thread under cProfile):")
    print(f"{'stage':32} {'calls':>8} {'own us':>8}")
    for stage, (ncalls, seconds) in stages.items():
        print(f"{stage:32} {ncalls / answers:8.2f} {seconds / answers * 1e6:8.2f}")
    total_calls = sum(c for c, _ in stages.values())
    total_own = sum(t for _, t in stages.values())
    print(f"{'total':32} {total_calls / answers:8.2f} {total_own / answers * 1e6:8.2f}")
    print()
    print_top_functions(stats, answers, "answer", top)


def main(argv: list[str] | None = None) -> None:
    """Run and print the profile (or only run, for callgrind)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.answers_cpu")
    parser.add_argument("users", nargs="?", type=int, default=1000)
    parser.add_argument("each", nargs="?", type=int, default=5)
    parser.add_argument("--no-profile", action="store_true", help="run without cProfile")
    parser.add_argument("--skip", action="store_true", help="set-up only")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    stats, answers = asyncio.run(
        run(args.users, args.each, profile=not args.no_profile, skip=args.skip)
    )
    if stats is not None:
        report(stats, answers, args.top)
    else:
        print(f"{answers} answers given")


if __name__ == "__main__":
    main()
