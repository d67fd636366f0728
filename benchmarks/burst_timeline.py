"""Where a burst's time goes: row a's /quiz starts and answer clicks, on one time line.

`python -m benchmarks.burst_timeline [batch] [runs]` runs row a (`benchmarks.handling`) and,
for each /quiz and click burst, prints per interaction (microseconds, medians over the runs):
the wall time from the burst's start until the writer thread starts its first batch, the
time it spent in its batches (SQL, then `COMMIT` with its fsync) and the time until the last
reply, and how many transactions the burst took; the bare bot's bursts (same replies) beside. A
measuring aid, not a row of `make bench`: names that move in the code must move here.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import time
from collections.abc import Iterator
from typing import Any

from benchmarks import handling, stub_discord
from bot.discord_bot.client import BriefBot
from bot.store import sqlite_writer
from bot.store.answers import SqlAnswers

__all__ = ["main"]

KINDS = ("brief", "quote", "quiz", "click")
_batches: list[tuple[int, float, float, float]] = []  # size, start, SQL done, committed
_burst: dict[str, Any] = {}


def _instrument() -> None:
    in_thread = SqlAnswers._write_batch_in_thread
    transaction = sqlite_writer.SqliteWriter.transaction
    sql_done: list[float] = []

    def timed_batch(self: SqlAnswers, *args: Any) -> list[bool]:
        start = time.perf_counter()
        try:
            return in_thread(self, *args)
        finally:
            end = time.perf_counter()
            _batches.append((len(args[-1]), start, sql_done[-1] if sql_done else start, end))

    @contextlib.contextmanager
    def timed_transaction(self: Any) -> Iterator[Any]:
        with transaction(self) as conn:
            yield conn
            sql_done.append(time.perf_counter())

    SqlAnswers._write_batch_in_thread = timed_batch  # type: ignore[method-assign]
    sqlite_writer.SqliteWriter.transaction = timed_transaction  # type: ignore[method-assign]
    feed = stub_discord.StubDiscord.feed
    reply = stub_discord.StubDiscord._webhook

    async def timed_feed(self: Any, bot: Any, batch: list[dict[str, Any]], **kw: Any) -> None:
        _batches.clear()
        _burst.update(start=time.perf_counter(), replies=[])
        await feed(self, bot, batch, **kw)

    def timed_reply(self: Any, *args: Any, **kwargs: Any) -> Any:
        _burst.setdefault("replies", []).append(time.perf_counter())
        return reply(self, *args, **kwargs)

    stub_discord.StubDiscord.feed = timed_feed  # type: ignore[method-assign]
    stub_discord.StubDiscord._webhook = timed_reply  # type: ignore[method-assign]


def main(argv: list[str]) -> None:
    """Print the burst time line of row a's quiz starts and clicks."""
    batch = int(argv[0]) if argv else 1000
    runs = int(argv[1]) if len(argv) > 1 else 5
    _instrument()
    rate = handling._rate
    seen = {"ours": 0, "bare": 0}
    figures: dict[str, list[dict[str, float]]] = {}

    async def timed_rate(stub: Any, bot: Any, payloads: list[dict[str, Any]]) -> float:
        result = await rate(stub, bot, payloads)
        if len(payloads) > 1:
            who = "ours" if isinstance(bot, BriefBot) else "bare"
            kind = KINDS[seen[who] % len(KINDS)]
            seen[who] += 1
            if kind in ("quiz", "click"):
                figures.setdefault(f"{kind}, {who}", []).append(_figures(len(payloads)))
        return result

    handling._rate = timed_rate  # type: ignore[assignment]
    asyncio.run(handling.measure(batch, runs))
    print(f"us per interaction (transactions: per burst), medians of {runs} bursts of {batch}")
    names = ("writer starts", "SQL, summed", "COMMIT, summed", "last reply", "transactions")
    print(f"{'':>12}" + "".join(f"{n:>20}" for n in names))
    for key in sorted(figures):
        rows = figures[key]
        cells = [statistics.median(r[n] for r in rows) for n in names]
        print(f"{key:>12}" + "".join(f"{c:>20.1f}" for c in cells))


def _figures(count: int) -> dict[str, float]:
    start = _burst["start"]
    replies = _burst.get("replies") or [start]
    first = min((b[1] for b in _batches), default=start)
    per = 1e6 / count
    return {
        "writer starts": (first - start) * per,
        "SQL, summed": sum(b[2] - b[1] for b in _batches) * per,
        "COMMIT, summed": sum(b[3] - b[2] for b in _batches) * per,
        "last reply": (max(replies) - start) * per,
        "transactions": float(len(_batches)),
    }


if __name__ == "__main__":
    main(sys.argv[1:])
