"""Row b1 with and without the device's flush: the same clicks, the store on disk and in memory.

`python -m benchmarks.device_floor [rounds] [clicks] [--memory DIR]` alternates, in one
process, row b's bare click, our click with the store on the disk (the system's temporary
folder, as in `make bench`) and our click with the store on a memory file system (`DIR`,
default `/dev/shm`): the same code and the same `synchronous=FULL` commits, whose flush costs
microseconds in memory. Each round prints the three p50s, the load average and the disk's own
flush (median `fdatasync` of 4 KiB written over a file's blocks, and appended to it, in the
temporary folder; `wal_growth` times SQLite's own commits); then the medians over rounds.
Ours on disk less ours in memory is what the device adds to a click; ours in memory over the
bare click is the ratio of our own work, the floor b1 would read on a device with a free
flush. A measuring aid, not a row of `make bench`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

from benchmarks import end_to_end
from benchmarks.table import median, percentile

__all__ = ["main"]

SYNCS = 50
"""`fdatasync` calls per round's probe of the disk."""


def flush_ms(*, grow: bool, syncs: int = SYNCS) -> float:
    """Median milliseconds of `fdatasync` after writing 4 KiB in the temporary folder: over
    blocks already there, or appended (`grow`, as a fresh store's WAL grows: the file's new
    size goes through the file system's journal too)."""
    handle, path = tempfile.mkstemp(prefix="briefbot-flush-")
    try:
        if not grow:
            os.write(handle, bytes(4096 * syncs))
            os.fsync(handle)
        times = []
        for block in range(syncs):
            os.pwrite(handle, os.urandom(4096), block * 4096)
            began = time.perf_counter()
            os.fdatasync(handle)
            times.append((time.perf_counter() - began) * 1000)
            time.sleep(0.001)  # as clicks come: the device idles between flushes
        return statistics.median(times)
    finally:
        os.close(handle)
        os.unlink(path)


async def _round(clicks: int, memory: Path) -> tuple[float, float, float]:
    bare = percentile(await end_to_end._bare(clicks), 50)
    on_disk = percentile(await end_to_end._ours(clicks), 50)
    in_memory = percentile(await end_to_end._ours(clicks, under=memory), 50)
    return bare, on_disk, in_memory


def main(argv: list[str]) -> None:
    """Print `rounds` (default 3) rounds of `clicks` (default 100) clicks each, then medians."""
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    logging.basicConfig(level=logging.ERROR)
    numbers = [int(a) for a in argv if a.isdigit()]
    rounds, clicks = (numbers + [3, 100][len(numbers) :])[:2]
    memory = Path(argv[argv.index("--memory") + 1] if "--memory" in argv else "/dev/shm")
    rows: list[tuple[float, ...]] = []
    print(
        f"p50 of {clicks} clicks, ms: bare, ours (disk), ours (memory); "
        "disk fdatasync over, appended; load average"
    )
    for number in range(rounds):
        load = os.getloadavg()[0]
        over, appended = flush_ms(grow=False), flush_ms(grow=True)
        bare, on_disk, in_memory = asyncio.run(_round(clicks, memory))
        rows.append((bare, on_disk, in_memory, over, appended))
        print(
            f"round {number + 1}: {bare:.2f} {on_disk:.2f} {in_memory:.2f}; "
            f"{over:.3f} {appended:.3f}; {load:.1f}",
            flush=True,
        )
    bare, on_disk, in_memory, over, appended = (median(c) for c in zip(*rows, strict=True))
    print(
        f"medians: bare {bare:.2f}, ours on disk {on_disk:.2f} ({on_disk / bare:.2f}x), "
        f"ours in memory {in_memory:.2f} ({in_memory / bare:.2f}x) ms; the device adds "
        f"{on_disk - in_memory:.2f} ms a click (fdatasync {over:.3f} over, "
        f"{appended:.3f} appended)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
