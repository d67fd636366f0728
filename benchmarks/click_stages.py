"""Where a committed answer click's time goes: wall-clock stages of row b's click, medians.

`python -m benchmarks.click_stages [clicks] [--bare]` runs row b's clicks (our bot, or with
`--bare` the bare discord.py click) with a timestamp taken at the start (and some ends) of
each stage of the path, by wrapping the functions named below, and prints the median time
between consecutive stages. A measuring aid, not a row of `make bench`: the wrappers add a
few microseconds per stage, and names that move in the code must move here.

Each stage also shows the process's CPU time (every thread's, `time.process_time`) and, per
click, wall less CPU: time in which no thread of ours ran (the disk's flush, a thread woken
but not yet running, the machine's other work). Medians hide a loaded machine's tail; the
means add up to the mean click. `TMPDIR=/dev/shm` puts the store on memory (the same
`synchronous=FULL` commits, with a flush that costs microseconds): the click without the
device.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import resource
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import aiohttp
import discord.gateway  # noqa: TID251 - benchmarks drive discord.py directly

from benchmarks import end_to_end
from benchmarks.bare import BareBot
from bot.core.study import StudyService
from bot.discord_bot import respond
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs import quiz as quiz_cog
from bot.discord_bot.router import Router
from bot.store import sqlite_writer, thread_writer
from bot.store.answers import SqlAnswers
from bot.store.preferences import SqlPreferences
from tests.discord_double import callbacks, double

__all__ = ["main"]


class _Mark(NamedTuple):
    wall: float
    cpu: float  # every thread's CPU: what of a stage is not waiting
    sleeps: int  # every thread's voluntary context switches: waits for a wake-up
    preempted: int  # involuntary ones: the machine's other work ran instead


_marks: dict[str, _Mark] = {}
_clicks: list[dict[str, _Mark]] = []
SENT = "double sends the click"
GOT = "double gets the reply"


def _mark(name: str) -> None:
    if name not in _marks:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        now = time.perf_counter()
        _marks[name] = _Mark(now, time.process_time(), usage.ru_nvcsw, usage.ru_nivcsw)


class _CollectThenArm:
    """Stands in for `gc` in row b's module: each timed click starts a new set of marks."""

    @staticmethod
    def collect() -> None:
        gc.collect()
        if _marks:
            _clicks.append(dict(_marks))
        _marks.clear()
        _mark("armed")


def _around(owner: Any, name: str, start: str, end: str | None = None) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        _mark(start)
        try:
            return await original(*args, **kwargs)
        finally:
            if end:
                _mark(end)

    setattr(owner, name, wrapped)


def _around_sync(owner: Any, name: str, start: str, end: str) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        _mark(start)
        try:
            return original(*args, **kwargs)
        finally:
            _mark(end)

    setattr(owner, name, wrapped)


def _instrument() -> None:
    end_to_end.gc = _CollectThenArm  # type: ignore[assignment]
    dispatch = double.DiscordDouble.dispatch

    async def timed_dispatch(self: Any, event: str, *args: Any, **kwargs: Any) -> Any:
        if event == "INTERACTION_CREATE" and "armed" in _marks:
            _mark(SENT)
        return await dispatch(self, event, *args, **kwargs)

    double.DiscordDouble.dispatch = timed_dispatch  # type: ignore[method-assign]
    _around(discord.gateway.DiscordWebSocket, "received_message", "gateway message in")
    _around(BriefBot, "on_interaction", "our handler")
    _around(BareBot, "on_interaction", "our handler")
    _around(SqlPreferences, "preferences_of", "preferences read", "preferences read done")
    _around(Router, "_handle", "router handler")
    _around(StudyService, "judge_solo", "study service", "judged, commit started")
    _around_sync(SqlAnswers, "begin_answer", "answer queued", "answer queued")
    _around_sync(SqlAnswers, "_write_batch_in_thread", "writer thread runs", "commit done")
    _around_sync(thread_writer, "_resolve", "writer back on the loop", "writer back on the loop")
    _around_sync(respond, "render_reply", "verdict rendering", "verdict rendered")
    transaction = sqlite_writer.SqliteWriter.transaction

    @contextlib.contextmanager
    def timed_transaction(self: Any) -> Iterator[Any]:
        with transaction(self) as conn:
            yield conn
            _mark("SQL done, COMMIT")

    sqlite_writer.SqliteWriter.transaction = timed_transaction  # type: ignore[method-assign]
    _around(respond, "send_rendered", "send_rendered")
    _around(aiohttp.ClientSession, "_request", "HTTP request out")
    quiz_cog.send_rendered = respond.send_rendered
    quiz_cog.render_reply = respond.render_reply
    _around(callbacks.InteractionRoutes, "callback", GOT)


def _table(clicks: list[dict[str, _Mark]]) -> Iterator[str]:
    """Per stage: medians of its wall time, of the process's CPU time (every thread) and, per
    click, of their difference (no thread of ours running); the means of wall and of not-CPU
    time, and the mean counts of voluntary context switches (a thread that slept and had to be
    woken) and of involuntary ones (preempted by other work)."""
    fullest = max(clicks, key=len)
    order = sorted(set(fullest) - {"armed"}, key=lambda stage: fullest[stage].wall)
    yield f"{'ms; stage (from -> to)':>55} {'medians: wall':>13} {'CPU':>7} {'not CPU':>8}"
    yield f"{'':>55} {'means: wall':>13} {'not CPU':>16} {'sleeps':>7} {'preempted':>9}"
    previous = order[0]
    for stage in order[1:]:
        both = [c for c in clicks if stage in c and previous in c]
        yield f"{previous:>26} -> {stage:<26}" + _figures(both, previous, stage)
        previous = stage
    yield f"{'click to reply, p50':>55}" + _figures(clicks, SENT, GOT)
    # The click's path around the commit's flush, whatever the order of the stages between.
    for name, start, end in _AROUND_THE_FLUSH:
        both = [c for c in clicks if start in c and end in c]
        if both:
            yield f"{name:>55}" + _figures(both, start, end)


_AROUND_THE_FLUSH = (
    ("click to COMMIT (SQL done), p50", SENT, "SQL done, COMMIT"),
    ("COMMIT to commit done, p50", "SQL done, COMMIT", "commit done"),
    ("commit done to reply, p50", "commit done", GOT),
)


def _figures(clicks: list[dict[str, _Mark]], start: str, end: str) -> str:
    wall = [(c[end].wall - c[start].wall) * 1000 for c in clicks]
    cpu = [(c[end].cpu - c[start].cpu) * 1000 for c in clicks]
    idle = [w - c for w, c in zip(wall, cpu, strict=True)]
    sleeps = statistics.fmean(c[end].sleeps - c[start].sleeps for c in clicks)
    preempted = statistics.fmean(c[end].preempted - c[start].preempted for c in clicks)
    medians = (statistics.median(wall), statistics.median(cpu), statistics.median(idle))
    means = (statistics.fmean(wall), statistics.fmean(idle), sleeps, preempted)
    return " {:13.3f} {:7.3f} {:8.3f}\n{:>68.3f} {:16.3f} {:7.2f} {:9.2f}".format(*medians, *means)


def main(argv: list[str]) -> None:
    """Print the stage table of `argv[0]` clicks (default 200)."""
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    logging.basicConfig(level=logging.ERROR)
    clicks = int(next((a for a in argv if a.isdigit()), "200"))
    bare = "--bare" in argv
    _instrument()
    measure: Callable[[int], Any] = end_to_end._bare if bare else end_to_end._ours
    asyncio.run(measure(clicks))
    _clicks.append(dict(_marks))
    timed = [c for c in _clicks if SENT in c and GOT in c][end_to_end.WARM_UP :]
    print(f"{'bare discord.py' if bare else 'briefbot'}: {len(timed)} clicks, median per stage")
    print("\n".join(_table(timed)))


if __name__ == "__main__":
    main(sys.argv[1:])
