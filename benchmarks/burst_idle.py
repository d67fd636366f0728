"""How long row a's event loop sits idle during our bursts, waiting for the writer thread.

`python -m benchmarks.burst_idle [batch] [runs]` runs row a (`benchmarks.handling`) with the
loop's selector timed, and prints for each of our bursts (/brief, /quote, /quiz starts, answer
clicks; medians over the runs, milliseconds) its wall time and the time the loop spent waiting
in `select` (idle: nothing ready to run, such as a commit's fsync it waits for). Time the loop
spends waiting for the GIL while the writer thread runs Python is not idle here: it shows in
the wall time only. A burst whose idle time is a small part of its wall time gains nothing from
overlapping the writer's commits with the loop's work (the eighteenth pass, in
docs/performance-passes.md). A measuring aid, not a row of `make bench`.
"""

from __future__ import annotations

import asyncio
import selectors
import statistics
import sys
import time
from typing import Any

from benchmarks import handling
from bot.discord_bot.client import BriefBot

__all__ = ["main"]

_idle = [0.0]
_bursts: dict[str, list[tuple[float, float]]] = {}


def _instrument() -> None:
    select = selectors.EpollSelector.select
    rate = handling._rate

    def timed_select(self: selectors.EpollSelector, timeout: float | None = None) -> Any:
        start = time.perf_counter()
        try:
            return select(self, timeout)
        finally:
            _idle[0] += time.perf_counter() - start

    async def timed_rate(stub: Any, bot: Any, batch: list[dict[str, Any]]) -> float:
        _idle[0] = 0.0
        start = time.perf_counter()
        result = await rate(stub, bot, batch)
        wall = time.perf_counter() - start
        if isinstance(bot, BriefBot) and len(batch) > 1:
            kind = "click" if batch[0].get("type") == 3 else str(batch[0]["data"]["name"])
            _bursts.setdefault(kind, []).append((wall, _idle[0]))
        return result

    selectors.EpollSelector.select = timed_select  # type: ignore[method-assign,assignment]
    handling._rate = timed_rate


def main(argv: list[str] | None = None) -> None:
    """Run row a with the loop's idle time measured; print it per burst."""
    args = sys.argv[1:] if argv is None else argv
    batch = int(args[0]) if args else 1000
    runs = int(args[1]) if len(args) > 1 else 5
    _instrument()
    asyncio.run(handling.measure(batch, runs))
    print(f"ms per burst of {batch}, medians of {runs} runs (ours only)")
    print(f"{'burst':8} {'wall':>8} {'loop idle':>10}")
    for kind, timed in _bursts.items():
        wall = statistics.median(w for w, _ in timed) * 1e3
        idle = statistics.median(i for _, i in timed) * 1e3
        print(f"{kind:8} {wall:8.1f} {idle:10.1f}")


if __name__ == "__main__":
    main()
